"""Check-in and the attendance ledger (members), and substitutes checked in at the door."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import (
    Attendance,
    DecisionStatus,
    Gathering,
    GatheringPart,
    Substitution,
)
from collaboratory.gatherings.selectors import (
    check_in_code_day,
    check_in_day,
    part_open_among,
    substitute_pass_naming,
    substitution_member_admitted,
    youth_guest_of,
)
from collaboratory.gatherings.services.pages import pages_changed
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
from collaboratory.networks.scoping import date_in
from collaboratory.people.models import User


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
    substitute = (
        Substitution.objects.filter(
            gathering=gathering, member=user, status=DecisionStatus.APPROVED
        )
        .values_list("name", flat=True)
        .first()
    )
    if substitute is not None:
        # Their seat is the substitute's (a "yes" is refused for the same reason): checked
        # in beside them, two people sat on one seat and the ledger said both came. A
        # steward at the door can still check them in, having seen who is there.
        raise ValidationError(
            _(
                "%(name)s comes in your place: your seat is theirs. If plans changed, ask "
                "a steward at the door."
            )
            % {"name": substitute}
        )
    named = substitute_pass_naming(gathering=gathering, user=user)
    if named is not None:
        _named_substitute_in(substitution=named, actor=user, now=now)
        return part
    _attendance_record(
        part=part, user_id=user.pk, source=Attendance.Source.SELF_CHECK_IN, actor=user, now=now
    )
    return part


def _named_substitute_in(
    *, substitution: Substitution, actor: User, now: datetime | None = None
) -> None:
    """A member named as another's substitute comes on the pass: their check-in, from their
    phone or the door's member row, is the pass's, recorded once, so the door list's
    count (ledger + passes checked in) counts them once. Done already (either way round):
    nothing changes, and they are told."""
    if not substitution_check_in(substitution=substitution, actor=actor, now=now):
        raise ValidationError(
            _("%(name)s is already checked in as the substitute of %(member)s: nothing changed.")
            % {"name": substitution.name, "member": substitution.member}
        )


def _attendance_record(
    *, part: GatheringPart, user_id: int, source: str, actor: User, now: datetime | None = None
) -> Attendance:
    """Write one ledger row (once per person and part) and audit the first check-in; the
    person's substitute request still waiting is closed with it."""
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
            _waiting_substitution_close(
                gathering_id=part.gathering_id, user_id=user_id, actor=actor, now=now
            )
    return attendance


def _waiting_substitution_close(
    *, gathering_id: int, user_id: int, actor: User, now: datetime | None
) -> None:
    """Someone in the room sends nobody (`substitution_decide` refuses the approval), so a
    request still waiting is denied here rather than left in the stewards' queue until one
    of them denies it: by every check-in that puts the person in the room, in the ledger or
    on a pass naming them. One conditional UPDATE: a steward deciding it at the same moment
    wins or loses whole. Stored as closed by the check-in (`closed_by`), so the pages say
    so and not of a steward's denial; audited as a denial with its reason; no email, as a
    steward's denial sends none (the member's page and the stewards' list say why)."""
    waiting = (
        Substitution.objects.filter(
            gathering_id=gathering_id, member_id=user_id, status=DecisionStatus.PENDING
        )
        .select_related("network")
        .first()
    )
    if waiting is None or not Substitution.objects.filter(
        pk=waiting.pk, status=DecisionStatus.PENDING
    ).update(
        status=DecisionStatus.DENIED,
        closed_by=Substitution.ClosedBy.CHECK_IN,
        decided_at=now or timezone.now(),
    ):
        return
    _substitution_changed(
        waiting, action="substitution.denied", actor=actor, data={"reason": "member_checked_in"}
    )


def attendance_door_check_in(
    *, part: GatheringPart, user_id: int, actor: User, now: datetime | None = None
) -> Attendance | None:
    """A steward checks someone in from the door list: a member, or a youth guest of a
    gathering where youth take part (as their own phone would). Never before the
    gathering's first calendar day (`date_in`): the list once marked people as having come
    to a gathering a month away, and seating and insights counted them. Afterwards it stays
    open, as the steward's only way to put right a ledger that missed someone. A member
    named as another's substitute is checked in on the pass instead (None: no ledger row)."""
    network = part.network
    first_day = date_in(network, part.gathering.starts_at)
    if date_in(network, now or timezone.now()) < first_day:
        raise ValidationError(
            _(
                "The door list opens on the gathering's first day, %(day)s: nobody is "
                "checked in before it."
            )
            % {"day": date_format(first_day, "DATE_FORMAT")}
        )
    if not Membership.objects.filter(
        network=part.network_id, user_id=user_id, status__in=ADMITTED_STATUSES
    ).exists():
        person = User.objects.filter(pk=user_id).first()
        if person is None or not youth_guest_of(user=person, gathering=part.gathering):
            raise ValidationError(_("Only members of this network can be checked in here."))
    person = User.objects.filter(pk=user_id).first()
    named = substitute_pass_naming(gathering=part.gathering, user=person) if person else None
    if named is not None:
        _named_substitute_in(substitution=named, actor=actor, now=now)
        return None
    return _attendance_record(
        part=part, user_id=user_id, source=Attendance.Source.DOOR_LIST, actor=actor, now=now
    )


def substitution_check_in(
    *, substitution: Substitution, actor: User, now: datetime | None = None
) -> bool:
    """Substitutes have no account, so they are not in the member ledger: their own
    substitution row records that they came. The status is read afresh: a door list loaded
    before a steward withdrew the pass must not let the substitute in. Only on a day of the
    gathering (the network's calendar day, `date_in`), as a member's own check-in is: any
    day once marked them as having come weeks before the gathering, or after it. False if
    they were checked in already (a double tap, or a member named as the substitute who
    checked in on their phone): nothing changes."""
    now = now or timezone.now()
    substitution.refresh_from_db(fields=["status"])
    if substitution.status != DecisionStatus.APPROVED:
        raise ValidationError(_("Only an approved substitute can be checked in."))
    if not substitution_member_admitted(substitution=substitution):
        raise ValidationError(
            _(
                "%(member)s is no longer in the network, so the pass of their substitute "
                "has stopped."
            )
            % {"member": substitution.member}
        )
    network = substitution.gathering.network
    days = _days_of(network, substitution.gathering.parts.all())
    if date_in(network, now) not in days:
        raise ValidationError(
            _("Substitutes are checked in at the door on the days of the gathering: %(days)s.")
            % {"days": ", ".join(date_format(day, "DATE_FORMAT") for day in days)}
        )
    return _substitution_mark_in(substitution=substitution, actor=actor, now=now)


def _days_of(network: Network, parts: Iterable[GatheringPart]) -> list[date]:
    """The network's calendar days a gathering's parts cover, from the day each starts to
    the day it ends: an evening part that runs past midnight is still open at the door
    after it, as a member's phone check-in to it is. One that ends at midnight sharp does
    not cover the day after."""
    days: set[date] = set()
    for part in parts:
        day = date_in(network, part.starts_at)
        last = max(day, date_in(network, part.ends_at - timedelta(microseconds=1)))
        while day <= last:
            days.add(day)
            day += timedelta(days=1)
    return sorted(days)


def _substitution_mark_in(*, substitution: Substitution, actor: User, now: datetime) -> bool:
    """Set the pass's `checked_in_at` if it is unset, in one conditional update: the only
    write that records a substitute, whichever path (door, or a member named as one on
    their phone) gets there first. False, with nothing recorded or audited, if it was set.
    A member the pass names is in the room now: their own request still waiting is closed,
    as a check-in in the ledger closes it."""
    with transaction.atomic():
        if not Substitution.objects.filter(pk=substitution.pk, checked_in_at__isnull=True).update(
            checked_in_at=now
        ):
            return False  # checked in already (a double tap, or the other path)
        _substitution_changed(substitution, action="substitution.checked_in", actor=actor)
        named = (
            User.objects.filter(email__iexact=substitution.email)
            .exclude(pk=substitution.member_id)
            .values_list("pk", flat=True)
            .first()
        )
        if named is not None:
            _waiting_substitution_close(
                gathering_id=substitution.gathering_id, user_id=named, actor=actor, now=now
            )
    return True


def _substitution_changed(
    substitution: Substitution, *, action: str, actor: User, data: dict[str, str] | None = None
) -> None:
    """After a conditional update of a pass or request: the gathering's pages show it, and
    it goes on the record."""
    pages_changed(gathering_id=substitution.gathering_id, network_id=substitution.network_id)
    audit_record(
        action=action, actor=actor, network=substitution.network, target=substitution, data=data
    )


def attendance_bulk_record(
    *, network: Network, entries: Sequence[tuple[int, int]], source: str
) -> None:
    """Record (part id, user id) pairs in the ledger; pairs already there are skipped."""
    rows = [Attendance(network=network, part_id=p, user_id=u, source=source) for p, u in entries]
    with transaction.atomic():
        Attendance.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
