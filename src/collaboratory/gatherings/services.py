"""Every write to gatherings goes through here."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import NoReturn
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import (
    AgendaItem,
    AgendaKind,
    Attendance,
    CalendarFeed,
    DecisionStatus,
    Gathering,
    GatheringFormat,
    GatheringPart,
    GatheringSettings,
    NoticeKind,
    NoticeSent,
    Rsvp,
    RsvpStatus,
    StipendRequest,
    Substitution,
    new_page_version,
)
from collaboratory.gatherings.selectors import (
    check_in_code_day,
    check_in_day,
    gathering_seats_taken,
    gathering_settings_for,
    part_open_among,
)
from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, Organization
from collaboratory.people.models import User

log = logging.getLogger(__name__)

RSVP_ANSWERS = ("yes", "no", "maybe")


def pages_changed(*, gathering_id: int, network_id: int) -> str:
    """Give the gathering, and its network's gathering list, new version tokens: the page
    cache (gatherings/pagecache.py) is keyed by them, so the next request renders afresh.
    Every write that the gathering page or the list shows calls this inside its own
    transaction, so no reader can see the new token before the new data. Returns the token."""
    token = new_page_version()
    Gathering.objects.filter(network=network_id, pk=gathering_id).update(version=token)
    GatheringSettings.objects.filter(network=network_id).update(version=token)
    return token


def _pages_changed(gathering: Gathering) -> None:
    gathering.version = pages_changed(gathering_id=gathering.pk, network_id=gathering.network_id)


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
    for _at, item_title, kind in agenda:
        if kind not in AgendaKind.values:
            raise ValidationError(
                {
                    "agenda": _("%(item)s: unknown kind %(kind)s.")
                    % {"item": item_title, "kind": kind}
                }
            )
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
        _pages_changed(gathering)
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
    current = [(p.title, p.starts_at, p.ends_at) for p in gathering.parts.all()]
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
    if gathering.stipend_budget < gathering.stipend_committed:
        raise ValidationError(
            {"stipend_budget": _("The budget cannot go below the stipends already approved.")}
        )
    for _at, item_title, kind in agenda or ():
        if kind not in AgendaKind.values:
            raise ValidationError(
                {
                    "agenda": _("%(item)s: unknown kind %(kind)s.")
                    % {"item": item_title, "kind": kind}
                }
            )
    gathering.full_clean()
    with transaction.atomic():
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
            _promote_waitlist(gathering=_locked(gathering), now=timezone.now())
        if agenda is not None:
            AgendaItem.objects.filter(gathering=gathering).delete()
            AgendaItem.objects.bulk_create(
                AgendaItem(
                    network=gathering.network, gathering=gathering, starts_at=a, title=t, kind=k
                )
                for a, t, k in agenda
            )
        _pages_changed(gathering)
        audit_record(
            action="gathering.updated",
            actor=actor,
            network=gathering.network,
            target=gathering,
            data={"fields": sorted(fields)},
        )
    return gathering


def part_template_parse(text: str) -> list[dict[str, object]]:
    """Parse the settings form's template: one part a line, "day | start | end | title",
    with day 0 for the first day (e.g. "1 | 08:00 | 15:00 | Meeting")."""
    parts: list[dict[str, object]] = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        problem = None
        if len(fields) != 4 or not fields[3]:
            problem = _("write day | start | end | title")
        else:
            day, start, end, title = fields
            try:
                starts, ends = time.fromisoformat(start), time.fromisoformat(end)
            except ValueError:
                problem = _("write times as HH:MM, like 08:00")
            else:
                if not day.isdigit() or int(day) > 6:
                    problem = _("the day is a number from 0 (first day) to 6")
                elif ends <= starts:
                    problem = _("the part must end after it starts")
        if problem:
            raise ValidationError(
                {
                    "part_template": _("Line %(number)s: %(problem)s.")
                    % {"number": number, "problem": problem}
                }
            )
        parts.append({"title": title, "day": int(day), "start": start, "end": end})
    if not parts:
        raise ValidationError({"part_template": _("The template needs at least one part.")})
    return parts


def gathering_settings_update(
    *,
    network: Network,
    actor: User,
    part_template: str,
    default_capacity: int,
    rsvp_reminder_days: int,
    gathering_reminder_days: int,
) -> GatheringSettings:
    """Change the network's gathering template and reminder offsets."""
    options = gathering_settings_for(network=network)
    options.part_template = part_template_parse(part_template)
    options.default_capacity = default_capacity
    options.rsvp_reminder_days = rsvp_reminder_days
    options.gathering_reminder_days = gathering_reminder_days
    options.full_clean()
    with transaction.atomic():
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


def _pipe_lines(text: str, *, field: str, shape: str) -> list[tuple[int, list[str]]]:
    """Numbered non-empty lines of a "a | b | title" textarea, each with three fields and a
    title; any other line is refused with its number and the expected shape."""
    lines = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or not fields[2]:
            _line_error(field, number, _("write %(shape)s") % {"shape": shape})
        lines.append((number, fields))
    return lines


def _line_error(field: str, number: int, problem: str) -> NoReturn:
    raise ValidationError(
        {field: _("Line %(number)s: %(problem)s.") % {"number": number, "problem": problem}}
    )


def parts_parse(text: str, *, zone: ZoneInfo) -> list[tuple[str, datetime, datetime]]:
    """Parse the edit form's parts: one a line, "YYYY-MM-DD HH:MM | HH:MM | title" (start,
    end on the same day), times in the network's zone."""
    parts = []
    for number, (start, end, title) in _pipe_lines(
        text, field="parts", shape="YYYY-MM-DD HH:MM | HH:MM | title"
    ):
        try:
            starts = datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
            ends = datetime.combine(starts.date(), time.fromisoformat(end), zone)
        except ValueError:
            _line_error(
                "parts", number, _("write the start as YYYY-MM-DD HH:MM and the end as HH:MM")
            )
        parts.append((title, starts, ends))
    return parts


def agenda_parse(text: str, *, zone: ZoneInfo) -> list[tuple[datetime, str, str]]:
    """Parse the edit form's agenda: one item a line, "YYYY-MM-DD HH:MM | kind | title",
    times in the network's zone; kinds are meal, ritual, small_groups, credit_club, other."""
    items = []
    for number, (when, kind, title) in _pipe_lines(
        text, field="agenda", shape="YYYY-MM-DD HH:MM | kind | title"
    ):
        try:
            at = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        except ValueError:
            _line_error("agenda", number, _("write the time as YYYY-MM-DD HH:MM"))
        if kind not in AgendaKind.values:
            _line_error(
                "agenda",
                number,
                _("the kind is one of %(kinds)s") % {"kinds": ", ".join(AgendaKind.values)},
            )
        items.append((at, title, kind))
    return items


def gathering_parts_from_template(
    *, network: Network, format: str, first_day: date
) -> list[tuple[str, datetime, datetime]]:
    """The network's template laid on a date, in the network's time zone. A virtual
    gathering has one afternoon part."""
    zone = ZoneInfo(network.time_zone)
    if format == GatheringFormat.VIRTUAL:
        return [
            (
                _("Virtual gathering"),
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
    if gathering.announced_at is not None:
        raise ValidationError(_("This gathering has already been announced."))
    with transaction.atomic():
        Gathering.objects.filter(pk=gathering.pk, announced_at__isnull=True).update(
            announced_at=now
        )
        gathering.announced_at = now
        _pages_changed(gathering)
        audit_record(
            action="gathering.announced", actor=actor, network=gathering.network, target=gathering
        )


def attendance_bulk_record(
    *, network: Network, entries: Sequence[tuple[int, int]], source: str
) -> None:
    """Record (part id, user id) pairs in the ledger; pairs already there are skipped."""
    rows = [Attendance(network=network, part_id=p, user_id=u, source=source) for p, u in entries]
    with transaction.atomic():
        Attendance.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)


# --- RSVP and the waitlist ------------------------------------------------------------------


def _locked(gathering: Gathering) -> Gathering:
    """Lock the gathering row for the rest of the transaction. PostgreSQL: a row lock.
    SQLite: writes already run in IMMEDIATE transactions, which hold the database's write
    lock from BEGIN, so seat counts cannot change under us either way."""
    return Gathering.objects.select_for_update().get(pk=gathering.pk)


def _promote_waitlist(*, gathering: Gathering, now: datetime) -> list[Rsvp]:
    """Fill free seats from the waitlist, first come first served. Call under the lock."""
    if gathering.capacity is None:
        free = Rsvp.objects.filter(gathering=gathering, status=RsvpStatus.WAITLISTED).count()
    else:
        free = gathering.capacity - gathering_seats_taken(gathering=gathering)
    promoted = []
    if free > 0:
        waiting = Rsvp.objects.filter(gathering=gathering, status=RsvpStatus.WAITLISTED).order_by(
            "waitlisted_at", "pk"
        )[:free]
        for rsvp in waiting:
            rsvp.status = RsvpStatus.CONFIRMED
            rsvp.promoted_at = now
            rsvp.save(update_fields=["status", "promoted_at"])
            audit_record(
                action="rsvp.promoted",
                network=gathering.network,
                target=rsvp,
                data={"gathering": gathering.pk},
            )
            promoted.append(rsvp)
    return promoted


def rsvp_submit(
    *,
    gathering: Gathering,
    user: User,
    answer: str,
    both_parts: bool = False,
    wants_to_present: bool = False,
    dietary_needs: str = "",
    access_needs: str = "",
    now: datetime | None = None,
) -> Rsvp:
    """Answer yes, no or maybe. Yes takes a seat, or a place on the waitlist when the
    gathering is full; giving up a seat promotes the first person waiting."""
    now = now or timezone.now()
    if answer not in RSVP_ANSWERS:
        raise ValidationError({"answer": _("Choose yes, no or maybe.")})
    if gathering.rsvp_deadline is not None and now > gathering.rsvp_deadline:
        raise ValidationError(
            _("The RSVP deadline has passed; ask a steward if your plans changed.")
        )
    if now >= gathering.ends_at:
        raise ValidationError(_("This gathering is over."))
    parts = list(gathering.parts.all())
    if answer == "yes" and len(parts) > 1 and not both_parts:
        raise ValidationError(
            {
                "both_parts": _(
                    "Members attend both parts in full. Confirm that you will, or choose a "
                    "later gathering."
                )
            }
        )
    with transaction.atomic():
        locked = _locked(gathering)
        rsvp = Rsvp.objects.filter(gathering=gathering, user=user).first()
        previous = rsvp.status if rsvp else None
        if rsvp is None:
            rsvp = Rsvp(network=gathering.network, gathering=gathering, user=user)
        if answer == "yes":
            if previous in (RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED):
                status = previous
            elif locked.capacity is None or gathering_seats_taken(gathering=locked) < (
                locked.capacity
            ):
                status = RsvpStatus.CONFIRMED
            else:
                status = RsvpStatus.WAITLISTED
                rsvp.waitlisted_at = now
        else:
            status = RsvpStatus.MAYBE if answer == "maybe" else RsvpStatus.DECLINED
        rsvp.status = status
        rsvp.both_parts = both_parts
        rsvp.wants_to_present = wants_to_present and answer != "no"
        rsvp.dietary_needs = dietary_needs.strip()
        rsvp.access_needs = access_needs.strip()
        rsvp.answered_at = now
        rsvp.full_clean(exclude=["network", "gathering", "user"])
        rsvp.save()
        _pages_changed(gathering)
        audit_record(
            action="rsvp.answered",
            actor=user,
            network=gathering.network,
            target=rsvp,
            data={"status": status, "previous": previous},
        )
        if previous == RsvpStatus.CONFIRMED and status != RsvpStatus.CONFIRMED:
            _promote_waitlist(gathering=locked, now=now)
    return rsvp


# --- Stipends -------------------------------------------------------------------------------


def stipend_request_submit(
    *,
    gathering: Gathering,
    user: User,
    reason: str,
    amount: Decimal,
    no_institutional_support: bool,
    now: datetime | None = None,
) -> StipendRequest:
    """Ask for a travel stipend. Only for members coming without institutional support."""
    now = now or timezone.now()
    errors: dict[str, str] = {}
    if not no_institutional_support:
        errors["no_institutional_support"] = _(
            "Travel stipends are for members whose organization does not cover travel: tick "
            "the box if that is your case."
        )
    if not reason.strip():
        errors["reason"] = _("Say in a sentence why you need the stipend.")
    if amount <= 0:
        errors["amount"] = _("Enter an amount above zero, in dollars.")
    if errors:
        raise ValidationError(errors)
    rsvp = Rsvp.objects.filter(gathering=gathering, user=user).first()
    if rsvp is None or rsvp.status not in (RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED):
        raise ValidationError(_("Answer yes to the gathering before asking for a stipend."))
    with transaction.atomic():
        existing = StipendRequest.objects.filter(gathering=gathering, user=user).first()
        if existing is not None and existing.status != DecisionStatus.PENDING:
            raise ValidationError(_("Your stipend request has already been decided."))
        stipend = existing or StipendRequest(
            network=gathering.network, gathering=gathering, user=user
        )
        stipend.reason = reason.strip()
        stipend.amount = amount
        stipend.requested_at = now
        stipend.save()
        _pages_changed(gathering)
        audit_record(
            action="stipend.requested",
            actor=user,
            network=gathering.network,
            target=stipend,
            data={"amount": str(amount)},
        )
    return stipend


def stipend_decide(
    *, stipend: StipendRequest, approve: bool, actor: User, now: datetime | None = None
) -> StipendRequest:
    """Approve or deny. An approval raises the gathering's committed total with one
    conditional UPDATE that only matches while the total stays within the budget, so two
    stewards approving at once can never exceed it (on SQLite and PostgreSQL alike)."""
    now = now or timezone.now()
    with transaction.atomic():
        claimed = StipendRequest.objects.filter(
            pk=stipend.pk, status=DecisionStatus.PENDING
        ).update(
            status=DecisionStatus.APPROVED if approve else DecisionStatus.DENIED,
            decided_at=now,
            decided_by=actor,
        )
        if not claimed:
            raise ValidationError(_("This request has already been decided."))
        pages_changed(gathering_id=stipend.gathering_id, network_id=stipend.network_id)
        if approve:
            fits = Gathering.objects.filter(
                pk=stipend.gathering_id,
                stipend_committed__lte=F("stipend_budget") - stipend.amount,
            ).update(stipend_committed=F("stipend_committed") + stipend.amount)
            if not fits:
                gathering = Gathering.objects.get(pk=stipend.gathering_id)
                remaining = gathering.stipend_budget - gathering.stipend_committed
                raise ValidationError(
                    _(
                        "Approving %(amount)s would exceed the budget: %(remaining)s remains. "
                        "Deny it, or raise the budget first."
                    )
                    % {
                        "amount": f"{stipend.amount:.2f}",
                        "remaining": f"{remaining:.2f}",
                    }
                )
        audit_record(
            action="stipend.approved" if approve else "stipend.denied",
            actor=actor,
            network=stipend.network,
            target=stipend,
            data={"amount": str(stipend.amount)},
        )
    stipend.refresh_from_db()
    return stipend


# --- Substitutions --------------------------------------------------------------------------


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def substitution_request(
    *,
    gathering: Gathering,
    member: User,
    name: str,
    email: str,
    reason: str,
    now: datetime | None = None,
) -> Substitution:
    """A member asks to send someone in their place, for this gathering only."""
    now = now or timezone.now()
    if now >= gathering.starts_at:
        raise ValidationError(_("Substitutions are arranged before the gathering starts."))
    substitution = Substitution(
        network=gathering.network,
        gathering=gathering,
        member=member,
        name=name.strip(),
        email=email.strip(),
        reason=reason.strip(),
        requested_at=now,
    )
    errors = {}
    if not substitution.name:
        errors["sub_name"] = _("Give the substitute's full name.")
    if not substitution.reason:
        errors["sub_reason"] = _("Say in a sentence why you are sending a substitute.")
    try:
        substitution.full_clean(exclude=["network", "gathering", "member", "name", "reason"])
    except ValidationError:
        errors["sub_email"] = _("Enter the substitute's email, like name@example.org.")
    if errors:
        raise ValidationError(errors)
    if Substitution.objects.filter(gathering=gathering, member=member).exists():
        raise ValidationError(_("You have already asked for a substitute for this gathering."))
    with transaction.atomic():
        substitution.save()
        _pages_changed(gathering)
        audit_record(
            action="substitution.requested",
            actor=member,
            network=gathering.network,
            target=substitution,
        )
    return substitution


def substitution_decide(
    *, substitution: Substitution, approve: bool, actor: User, now: datetime | None = None
) -> str | None:
    """Approve or deny. On approval the member's seat (or a free one) goes to the
    substitute, who gets a pass for this gathering only and no account. Returns the pass
    secret once (only its digest is stored).

    Everything the decision rests on (the request's status, the member's RSVP, the seats
    taken) is read after the gathering's lock is taken: the caller's copy may be stale, as
    when two stewards decide the same request at once."""
    now = now or timezone.now()
    secret = None
    with transaction.atomic():
        gathering = _locked(substitution.gathering)
        substitution.refresh_from_db(from_queryset=Substitution.objects.select_for_update())
        if substitution.status != DecisionStatus.PENDING:
            raise ValidationError(_("This request has already been decided."))
        if approve:
            rsvp = Rsvp.objects.filter(gathering=gathering, user=substitution.member).first()
            if rsvp is not None and rsvp.status == RsvpStatus.CONFIRMED:
                rsvp.status = RsvpStatus.DECLINED
                rsvp.save(update_fields=["status"])
            elif gathering.capacity is not None and (
                gathering_seats_taken(gathering=gathering) >= gathering.capacity
            ):
                raise ValidationError(
                    _("The gathering is full: the substitute would take a seat that is not free.")
                )
            secret = secrets.token_urlsafe(32)
            substitution.pass_digest = _digest(secret)
        substitution.status = DecisionStatus.APPROVED if approve else DecisionStatus.DENIED
        substitution.decided_at = now
        substitution.save(update_fields=["status", "decided_at", "pass_digest"])
        _pages_changed(gathering)
        audit_record(
            action="substitution.approved" if approve else "substitution.denied",
            actor=actor,
            network=gathering.network,
            target=substitution,
        )
        if secret is not None:
            link = settings.SITE_URL + reverse(
                "gatherings_public:pass", kwargs={"token": f"{substitution.pk}.{secret}"}
            )
            subject = _("Your pass for %(gathering)s") % {"gathering": gathering.title}
            body = _(
                "Hello %(name)s,\n\n%(member)s has asked you to take their place at "
                "%(gathering)s. Your pass, for this gathering only: %(link)s\n"
            ) % {
                "name": substitution.name,
                "member": substitution.member,
                "gathering": gathering.title,
                "link": link,
            }
            recipient = substitution.email
            transaction.on_commit(
                lambda: mail_send(
                    network=gathering.network,
                    subject=subject,
                    body=body,
                    recipients=[recipient],
                    free_text=False,
                    fail_silently=True,
                )
            )
    return None if secret is None else f"{substitution.pk}.{secret}"


def substitution_for_pass(*, token: str) -> Substitution | None:
    """The approved substitution a pass token names, or None. Constant-time comparison."""
    pk, _sep, secret = token.partition(".")
    found = None
    if pk.isdigit():
        found = (
            Substitution.objects.select_related("gathering", "network")
            .filter(pk=int(pk), status=DecisionStatus.APPROVED)
            .first()
        )
    stored = found.pass_digest if found is not None else "0" * 64
    if hmac.compare_digest(_digest(secret), stored) and found is not None:
        return found
    return None


# --- Check-in and the ledger ----------------------------------------------------------------


def attendance_check_in(
    *, gathering: Gathering, user: User, code: str, now: datetime | None = None
) -> GatheringPart:
    """A member checks in from their phone with the code of the day, from the QR code in the
    room. A code is accepted only in its own day's check-in window, so a code seen once
    (shared, or from yesterday) does not check anyone in from home."""
    now = now or timezone.now()
    parts = list(gathering.parts.all())
    code_day = check_in_code_day(gathering=gathering, code=code, parts=parts)
    if code_day is None:
        raise ValidationError(_("This check-in link is not for this gathering."))
    part = part_open_among(parts, now=now)
    if part is None:
        raise ValidationError(
            _("Check-in opens two hours before a part starts and closes when it ends.")
        )
    if check_in_day(part=part, zone=ZoneInfo(gathering.network.time_zone)) != code_day:
        raise ValidationError(
            _(
                "This check-in code is for another day of the gathering. Scan the code in "
                "the room today, or ask a steward at the door."
            )
        )
    _attendance_record(
        part=part, user_id=user.pk, source=Attendance.Source.SELF_CHECK_IN, actor=user
    )
    return part


def _attendance_record(
    *, part: GatheringPart, user_id: int, source: str, actor: User
) -> Attendance:
    """Write one ledger row (once per person and part) and audit the first check-in."""
    with transaction.atomic():
        attendance, created = Attendance.objects.get_or_create(
            network=part.network, part=part, user_id=user_id, defaults={"source": source}
        )
        if created:
            audit_record(
                action=(
                    "attendance.checked_in"
                    if source == Attendance.Source.SELF_CHECK_IN
                    else "attendance.door_check_in"
                ),
                actor=actor,
                network=part.network,
                target=part,
                data={"user": user_id},
            )
    return attendance


def attendance_door_check_in(*, part: GatheringPart, user_id: int, actor: User) -> Attendance:
    """A steward checks someone in from the door list."""
    if not Membership.objects.filter(
        network=part.network_id, user_id=user_id, status__in=ADMITTED_STATUSES
    ).exists():
        raise ValidationError(_("Only members of this network can be checked in here."))
    return _attendance_record(
        part=part, user_id=user_id, source=Attendance.Source.DOOR_LIST, actor=actor
    )


def substitution_check_in(
    *, substitution: Substitution, actor: User, now: datetime | None = None
) -> None:
    """Substitutes have no account, so they are not in the member ledger: their own
    substitution row records that they came."""
    if substitution.status != DecisionStatus.APPROVED:
        raise ValidationError(_("Only an approved substitute can be checked in."))
    with transaction.atomic():
        Substitution.objects.filter(pk=substitution.pk, checked_in_at__isnull=True).update(
            checked_in_at=now or timezone.now()
        )
        pages_changed(gathering_id=substitution.gathering_id, network_id=substitution.network_id)
        audit_record(
            action="substitution.checked_in",
            actor=actor,
            network=substitution.network,
            target=substitution,
        )


# --- Calendar feeds -------------------------------------------------------------------------


def calendar_feed_issue(*, network: Network, user: User, now: datetime | None = None) -> str:
    """A new secret calendar URL token; any earlier one stops working."""
    now = now or timezone.now()
    secret = secrets.token_urlsafe(32)
    with transaction.atomic():
        CalendarFeed.objects.filter(network=network, user=user, revoked_at__isnull=True).update(
            revoked_at=now
        )
        feed = CalendarFeed.objects.create(
            network=network, user=user, digest=_digest(secret), created_at=now
        )
        audit_record(action="calendar_feed.issued", actor=user, network=network, target=feed)
    return f"{feed.pk}.{secret}"


def calendar_feed_revoke(*, network: Network, user: User, now: datetime | None = None) -> int:
    with transaction.atomic():
        count = CalendarFeed.objects.filter(
            network=network, user=user, revoked_at__isnull=True
        ).update(revoked_at=now or timezone.now())
        audit_record(action="calendar_feed.revoked", actor=user, network=network)
    return count


def calendar_feed_for_token(*, token: str) -> CalendarFeed | None:
    """The active feed a token names, or None; the secret is compared in constant time."""
    pk, _sep, secret = token.partition(".")
    found = None
    if pk.isdigit():
        found = (
            CalendarFeed.objects.select_related("network", "user")
            .filter(pk=int(pk), revoked_at__isnull=True)
            .first()
        )
    stored = found.digest if found is not None else "0" * 64
    if hmac.compare_digest(_digest(secret), stored) and found is not None:
        return found
    return None


# --- Notices --------------------------------------------------------------------------------


def _notice_text(kind: str, gathering: Gathering, link: str) -> tuple[str, str]:
    values = {"gathering": gathering.title, "link": link}
    if kind == NoticeKind.ANNOUNCEMENT:
        return (
            _("You are invited: %(gathering)s") % values,
            _("%(gathering)s is open for RSVPs. Answer here: %(link)s") % values,
        )
    if kind == NoticeKind.RSVP_REMINDER:
        return (
            _("Will you come to %(gathering)s?") % values,
            _("The RSVP deadline is near. Answer here: %(link)s") % values,
        )
    if kind == NoticeKind.PROMOTED:
        return (
            _("A seat opened for you at %(gathering)s") % values,
            _("You are off the waitlist and confirmed. Details: %(link)s") % values,
        )
    return (
        _("Soon: %(gathering)s") % values,
        _("See you at %(gathering)s. Details: %(link)s") % values,
    )


def _send_notice(
    *, gathering: Gathering, user_id: int, email: str, kind: str, now: datetime
) -> bool:
    """Write the sent-log row and send in one transaction: a failed send rolls the row back,
    so the next run retries; a row already there means it went out before."""
    link = settings.SITE_URL + reverse(
        "gatherings:detail", kwargs={"network_slug": gathering.network.slug, "pk": gathering.pk}
    )
    subject, body = _notice_text(kind, gathering, link)
    try:
        with transaction.atomic():
            NoticeSent.objects.create(
                network=gathering.network,
                gathering=gathering,
                user_id=user_id,
                kind=kind,
                sent_at=now,
            )
            mail_send(
                network=gathering.network,
                subject=subject,
                body=body,
                recipients=[email],
                free_text=False,
            )
    except Exception:  # a failed send is retried on the next run
        log.warning("Notice %s for gathering %s not sent; will retry", kind, gathering.pk)
        return False
    return True


def notices_send_due(*, network: Network, now: datetime | None = None) -> int:
    """Send every notice due at `now` that has not gone out yet; returns how many went."""
    now = now or timezone.now()
    options = gathering_settings_for(network=network)
    sent = 0
    gatherings = Gathering.objects.filter(
        network=network, announced_at__isnull=False, ends_at__gt=now
    ).select_related("network")
    members = Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES)
    for gathering in gatherings:
        due: list[tuple[str, dict[int, str]]] = []
        everyone = dict(members.values_list("user_id", "user__email"))
        due.append((NoticeKind.ANNOUNCEMENT, everyone))
        answered = set(Rsvp.objects.filter(gathering=gathering).values_list("user_id", flat=True))
        if gathering.rsvp_deadline is not None and (
            gathering.rsvp_deadline - timedelta(days=options.rsvp_reminder_days)
            <= now
            < gathering.rsvp_deadline
        ):
            due.append(
                (
                    NoticeKind.RSVP_REMINDER,
                    {u: e for u, e in everyone.items() if u not in answered},
                )
            )
        confirmed = Rsvp.objects.filter(gathering=gathering, status=RsvpStatus.CONFIRMED)
        if (
            gathering.starts_at - timedelta(days=options.gathering_reminder_days)
            <= now
            < gathering.starts_at
        ):
            due.append(
                (
                    NoticeKind.GATHERING_REMINDER,
                    dict(confirmed.values_list("user_id", "user__email")),
                )
            )
        due.append(
            (
                NoticeKind.PROMOTED,
                dict(
                    confirmed.filter(promoted_at__isnull=False).values_list(
                        "user_id", "user__email"
                    )
                ),
            )
        )
        for kind, recipients in due:
            already = set(
                NoticeSent.objects.filter(gathering=gathering, kind=kind).values_list(
                    "user_id", flat=True
                )
            )
            for user_id, email in recipients.items():
                if user_id not in already and _send_notice(
                    gathering=gathering, user_id=user_id, email=email, kind=kind, now=now
                ):
                    sent += 1
    return sent
