"""Setting gatherings up: create, edit, the network's template and settings, announce."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import (
    PART_DEFAULTS,
    VIRTUAL_PART,
    AgendaItem,
    AgendaKind,
    Attendance,
    Gathering,
    GatheringFormat,
    GatheringPart,
    GatheringSettings,
)
from collaboratory.gatherings.selectors import gathering_settings_for
from collaboratory.gatherings.services.pages import gathering_pages_changed, settings_row_make
from collaboratory.gatherings.services.parsing import part_template_parse
from collaboratory.gatherings.services.rsvp import gathering_lock, waitlist_promote
from collaboratory.networks.models import Network, Organization
from collaboratory.people.models import User


def _check_agenda(agenda: Sequence[tuple[datetime, str, str]]) -> None:
    """Each agenda item (time, title, kind) has a known kind."""
    for _at, item_title, kind in agenda:
        if kind not in AgendaKind.values:
            raise ValidationError(
                {
                    "agenda": _("%(item)s: unknown kind %(kind)s.")
                    % {"item": item_title, "kind": kind}
                }
            )


def _agenda_replaced(gathering: Gathering, agenda: Sequence[tuple[datetime, str, str]]) -> None:
    """Make the agenda `agenda`, keeping the row of every item that stays: the same kind at
    the same time and title, or moved (same title) or renamed (same time), or its kind
    corrected (same time and title). Other apps hang rows off an item (a session's seating
    plans), and the edit form sends the whole agenda on every save, so deleting and writing
    it again lost them on a change of venue."""
    left = list(AgendaItem.objects.filter(gathering=gathering).order_by("starts_at", "pk"))
    wanted = list(agenda)
    keys = (
        lambda a, t, k: (a, t, k),
        lambda a, t, k: (t, k),
        lambda a, t, k: (a, k),
        lambda a, t, k: (a, t),
    )
    for key in keys:
        for row in list(wanted):
            item = next((i for i in left if key(i.starts_at, i.title, i.kind) == key(*row)), None)
            if item is None:
                continue
            left.remove(item)
            wanted.remove(row)
            if (item.starts_at, item.title, item.kind) != row:
                item.starts_at, item.title, item.kind = row
                item.save(update_fields=["starts_at", "title", "kind"])
    AgendaItem.objects.filter(pk__in=[i.pk for i in left]).delete()
    AgendaItem.objects.bulk_create(
        AgendaItem(network=gathering.network, gathering=gathering, starts_at=a, title=t, kind=k)
        for a, t, k in wanted
    )


def gathering_create(
    *,
    network: Network,
    title: str,
    format: str,
    parts: Sequence[tuple[str, datetime, datetime]],
    city: str = "",
    host_organization: Organization | None = None,
    venue: str = "",
    address: str = "",
    video_link: str = "",
    capacity: int | None = None,
    rsvp_deadline: datetime | None = None,
    proposal_deadline: datetime | None = None,
    youth_take_part: bool = False,
    stipend_budget: Decimal = Decimal(0),
    agenda: Sequence[tuple[datetime, str, str]] = (),
    actor: User | None = None,
) -> Gathering:
    """Create a gathering with its parts (title, start, end), in order, and its agenda
    (time, title, kind)."""
    if not parts:
        raise ValidationError(_("A gathering has at least one part."))
    for part_title, starts_at, ends_at in parts:
        if ends_at <= starts_at:
            raise ValidationError(_("%(part)s must end after it starts.") % {"part": part_title})
    starts_at, ends_at = min(p[1] for p in parts), max(p[2] for p in parts)
    if rsvp_deadline is not None and rsvp_deadline > starts_at:
        raise ValidationError(
            {"rsvp_deadline": _("The RSVP deadline must fall before the gathering starts.")}
        )
    if proposal_deadline is not None and proposal_deadline > starts_at:
        raise ValidationError(
            {"proposal_deadline": _("The proposal deadline must fall before the gathering.")}
        )
    if stipend_budget < 0:
        raise ValidationError({"stipend_budget": _("The stipend budget cannot be negative.")})
    _check_agenda(agenda)
    gathering = Gathering(
        network=network,
        title=title,
        format=format,
        city=city,
        host_organization=host_organization,
        starts_at=starts_at,
        ends_at=ends_at,
        venue=venue,
        address=address,
        video_link=video_link,
        capacity=capacity,
        rsvp_deadline=rsvp_deadline,
        proposal_deadline=proposal_deadline,
        youth_take_part=youth_take_part,
        stipend_budget=stipend_budget,
    )
    gathering.full_clean()
    with transaction.atomic():
        gathering.save()
        GatheringPart.objects.bulk_create(
            GatheringPart(network=network, gathering=gathering, title=t, starts_at=s, ends_at=e)
            for t, s, e in parts
        )
        AgendaItem.objects.bulk_create(
            AgendaItem(network=network, gathering=gathering, starts_at=a, title=t, kind=k)
            for a, t, k in agenda
        )
        gathering_pages_changed(gathering)
        if actor is not None:
            audit_record(action="gathering.created", actor=actor, network=network, target=gathering)
    return gathering


EDITABLE_FIELDS = (
    "venue",
    "address",
    "video_link",
    "capacity",
    "rsvp_deadline",
    "proposal_deadline",
    "youth_take_part",
    "stipend_budget",
)


def gathering_update(
    *,
    gathering: Gathering,
    actor: User | None = None,
    agenda: Sequence[tuple[datetime, str, str]] | None = None,
    parts: Sequence[tuple[str, datetime, datetime]] | None = None,
    **fields: object,
) -> Gathering:
    """Change a gathering's details (EDITABLE_FIELDS) and, when given, replace its agenda
    and its parts (title, start, end). Parts are fixed once anyone has checked in."""
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValueError(f"Not editable here: {', '.join(unknown)}")
    # A part titled before default titles were stored in English ("Reunión" typed or made in
    # Spanish) comes back from the form as the English default: the same part, not a change.
    current = [
        (PART_DEFAULTS.stored(p.title), p.starts_at, p.ends_at) for p in gathering.parts.all()
    ]
    if parts is not None and list(parts) == current:
        parts = None
    if parts is not None:
        if not parts:
            raise ValidationError({"parts": _("A gathering has at least one part.")})
        for part_title, starts_at, ends_at in parts:
            if ends_at <= starts_at:
                raise ValidationError(
                    {"parts": _("%(part)s must end after it starts.") % {"part": part_title}}
                )
        if Attendance.objects.filter(part__gathering=gathering).exists():
            raise ValidationError(
                {"parts": _("The parts cannot change once people have checked in.")}
            )
        gathering.starts_at = min(p[1] for p in parts)
        gathering.ends_at = max(p[2] for p in parts)
        fields = {**fields, "starts_at": gathering.starts_at, "ends_at": gathering.ends_at}
    for name, value in fields.items():
        setattr(gathering, name, value)
    if gathering.rsvp_deadline is not None and gathering.rsvp_deadline > gathering.starts_at:
        raise ValidationError(
            {"rsvp_deadline": _("The RSVP deadline must fall before the gathering starts.")}
        )
    # As at creation: the call for presenters closes at this deadline, so one after the
    # start kept it open through the gathering and after.
    if (
        gathering.proposal_deadline is not None
        and gathering.proposal_deadline > gathering.starts_at
    ):
        raise ValidationError(
            {"proposal_deadline": _("The proposal deadline must fall before the gathering.")}
        )
    _budget_covers_approved(gathering)  # before full_clean, which words it as a constraint
    _check_agenda(agenda or ())
    gathering.full_clean()
    with transaction.atomic():
        # Again with the approved total as it stands, under the lock `stipend_decide` takes:
        # the copy the edit page loaded may predate an approval, and a budget below it broke
        # the budget's check constraint (a 500) instead of being refused.
        gathering.stipend_committed = gathering_lock(gathering).stipend_committed
        _budget_covers_approved(gathering)
        gathering.save(update_fields=list(fields))
        if parts is not None:
            GatheringPart.objects.filter(gathering=gathering).delete()
            GatheringPart.objects.bulk_create(
                GatheringPart(
                    network=gathering.network, gathering=gathering, title=t, starts_at=a, ends_at=b
                )
                for t, a, b in parts
            )
        if "capacity" in fields:  # more seats: the waitlist moves up at once
            waitlist_promote(gathering=gathering_lock(gathering), now=timezone.now())
        if agenda is not None:
            _agenda_replaced(gathering, agenda)
        gathering_pages_changed(gathering)
        audit_record(
            action="gathering.updated",
            actor=actor,
            network=gathering.network,
            target=gathering,
            data={"fields": sorted(fields)},
        )
    return gathering


def _budget_covers_approved(gathering: Gathering) -> None:
    if gathering.stipend_budget < gathering.stipend_committed:
        raise ValidationError(
            {"stipend_budget": _("The budget cannot go below the stipends already approved.")}
        )


def _settings_for_update(network: Network) -> GatheringSettings:
    """The network's settings row, made here if it is not yet (`settings_row_make`: reads
    never make it) and locked until the caller's transaction ends."""
    settings_row_make(network_id=network.pk)
    return GatheringSettings.objects.select_for_update().get(network=network)


def gathering_settings_update(
    *,
    network: Network,
    actor: User,
    part_template: str,
    default_capacity: int,
    rsvp_reminder_days: int,
    gathering_reminder_days: int,
) -> GatheringSettings:
    """Change the network's gathering template and reminder offsets. The first save makes
    the settings row (reads never do); two first saves at once make one."""
    parsed = part_template_parse(part_template)
    checked = GatheringSettings(
        network=network,
        part_template=parsed,
        default_capacity=default_capacity,
        rsvp_reminder_days=rsvp_reminder_days,
        gathering_reminder_days=gathering_reminder_days,
    )
    checked.full_clean(exclude=["network"])
    with transaction.atomic():
        options = _settings_for_update(network)
        options.part_template = parsed
        options.default_capacity = default_capacity
        options.rsvp_reminder_days = rsvp_reminder_days
        options.gathering_reminder_days = gathering_reminder_days
        # Not `version`: writing back the token read above could undo a newer one.
        options.save(
            update_fields=[
                "part_template",
                "default_capacity",
                "rsvp_reminder_days",
                "gathering_reminder_days",
            ]
        )
        audit_record(action="gathering_settings.updated", actor=actor, network=network)
    return options


def gathering_settings_copy(*, source: Network, target: Network, actor: User | None) -> None:
    """`target` starts with `source`'s gathering template and reminder offsets (a network
    launched from training plans its first gathering like the national one)."""
    with scope(network=source):
        origin = gathering_settings_for(network=source)
    with scope(network=target), transaction.atomic():
        options = _settings_for_update(target)
        options.part_template = origin.part_template
        options.default_capacity = origin.default_capacity
        options.rsvp_reminder_days = origin.rsvp_reminder_days
        options.gathering_reminder_days = origin.gathering_reminder_days
        options.save(
            update_fields=[
                "part_template",
                "default_capacity",
                "rsvp_reminder_days",
                "gathering_reminder_days",
            ]
        )
        audit_record(
            action="gathering_settings.copied",
            actor=actor,
            network=target,
            data={"from": source.pk},
        )


def gathering_parts_from_template(
    *, network: Network, format: str, first_day: date
) -> list[tuple[str, datetime, datetime]]:
    """The network's template laid on a date, in the network's time zone. A virtual
    gathering has one afternoon part."""
    zone = ZoneInfo(network.time_zone)
    if format == GatheringFormat.VIRTUAL:
        return [
            (
                VIRTUAL_PART,  # stored in English, shown in the reader's language
                datetime.combine(first_day, time(13), tzinfo=zone),
                datetime.combine(first_day, time(15, 30), tzinfo=zone),
            )
        ]
    parts = []
    for item in gathering_settings_for(network=network).part_template:
        day = first_day + timedelta(days=int(item["day"]))
        start = time.fromisoformat(str(item["start"]))
        end = time.fromisoformat(str(item["end"]))
        parts.append(
            (
                str(item["title"]),
                datetime.combine(day, start, tzinfo=zone),
                datetime.combine(day, end, tzinfo=zone),
            )
        )
    return parts


def gathering_announce(*, gathering: Gathering, actor: User, now: datetime | None = None) -> None:
    """Mark the gathering announced; the notice task emails every member once."""
    now = now or timezone.now()
    already = _("This gathering has already been announced.")
    if gathering.announced_at is not None:
        raise ValidationError(already)
    with transaction.atomic():
        # The copy may predate another press of the button (a double click reaching two
        # processes): only the update that finds it unannounced announces and is recorded.
        if not Gathering.objects.filter(pk=gathering.pk, announced_at__isnull=True).update(
            announced_at=now
        ):
            raise ValidationError(already)
        gathering.announced_at = now
        gathering_pages_changed(gathering)
        audit_record(
            action="gathering.announced", actor=actor, network=gathering.network, target=gathering
        )
