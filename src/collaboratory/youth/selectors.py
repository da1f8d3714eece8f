"""Reads of the youth program. Callers run inside the network's scope unless a function says
otherwise (the public pages find their network by the object they name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import F, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.selectors import (
    STILL_AWAITING_GUARDIAN,
    commitments_awaiting_guardian,
)
from collaboratory.followthrough.selectors import commitments_owed, commitments_to_me
from collaboratory.gatherings.selectors import gatherings_for_list
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Role,
)
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import under_guardians
from collaboratory.networks.tokens import digests_match, keyed_token_parse
from collaboratory.people.models import MINOR_AGE_BANDS, GuardianConsent, User
from collaboratory.people.selectors import when
from collaboratory.youth.models import (
    AbsenceNotice,
    Application,
    CohortSession,
    Concern,
    EscalationStep,
    GuardianLink,
    MakeUp,
    MoneyAskedAt18,
    ProgramCycle,
    SafeguardingLead,
    SessionAttendance,
    VettedAdult,
)
from collaboratory.youth.program import concern_deleted_on, hold_lapsed, vetting_current


def cycle_for_public(*, cycle_id: int) -> ProgramCycle | None:
    """A youth cohort's cycle by number, for the public form (no scope: no network yet)."""
    with scopes_disabled():
        return (
            ProgramCycle.objects.select_related("network")
            .filter(pk=cycle_id, network__kind=NetworkKind.YOUTH)
            .first()
        )


def cycles_of(*, network: Network) -> QuerySet[ProgramCycle]:
    return ProgramCycle.objects.filter(network=network)


def applications_of(*, cycle: ProgramCycle) -> QuerySet[Application]:
    return Application.objects.filter(network=cycle.network, cycle=cycle).prefetch_related(
        "references"
    )


def adults_of(*, network: Network) -> QuerySet[User]:
    return (
        User.objects.filter(memberships__network=network, memberships__status__in=ADMITTED_STATUSES)
        .exclude(memberships__network=network, memberships__role=Role.YOUTH_MEMBER)
        .order_by("full_name", "pk")
    )


def youth_members_of(*, network: Network) -> QuerySet[User]:
    return User.objects.filter(
        memberships__network=network,
        memberships__role=Role.YOUTH_MEMBER,
        memberships__status__in=ADMITTED_STATUSES,
    ).order_by("full_name", "pk")


def youth_waiting_of(*, network: Network) -> QuerySet[User]:
    """Students who took up the invitation and wait for their guardian's consent: not in
    the cohort yet, not gone from it either."""
    return User.objects.filter(
        memberships__network=network,
        memberships__role=Role.YOUTH_MEMBER,
        memberships__status=MembershipStatus.PENDING_CONSENT,
    ).order_by("full_name", "pk")


def youth_records_of(*, network: Network) -> QuerySet[User]:
    """Everyone who holds a youth member's row in the cohort, admitted or not: a dismissed or
    departed member's record stays (until the retention period) for the stewards to read,
    and their guardian's link to be turned off."""
    return User.objects.filter(
        memberships__network=network, memberships__role=Role.YOUTH_MEMBER
    ).distinct()


def sessions_of(*, network: Network) -> QuerySet[CohortSession]:
    return CohortSession.objects.filter(network=network).select_related("facilitator")


def sessions_upcoming(*, network: Network) -> QuerySet[CohortSession]:
    """Sessions still to begin, the next one first."""
    return (
        CohortSession.objects.filter(network=network, starts_at__gt=timezone.now())
        .select_related("facilitator")
        .order_by("starts_at", "pk")
    )


def sessions_past(*, network: Network) -> QuerySet[CohortSession]:
    """Sessions that have begun, the latest first."""
    return (
        CohortSession.objects.filter(network=network, starts_at__lte=timezone.now())
        .select_related("facilitator")
        .order_by("-starts_at", "pk")
    )


def facilitator_vetted(*, session: CohortSession, now: datetime | None = None) -> bool:
    """Whether the session has a vetted facilitator: one named, still an admitted adult of
    the cohort, whose vetting is current today and, for a session still to come, on its
    day (`services.session_save`'s rule). A session without one must not go ahead
    (safeguards.md: no adult alone with a minor without a second vetted adult)."""
    return bool(_sessions_vetted(network=session.network, sessions=[session], now=now))


def _sessions_vetted(
    *, network: Network, sessions: list[CohortSession], now: datetime | None = None
) -> set[int]:
    """The pks of those of the network's `sessions` that have a vetted facilitator
    (`facilitator_vetted`), in two queries whatever their number."""
    named = {s.facilitator_id for s in sessions if s.facilitator_id is not None}
    if not named:
        return set()
    with scopes_disabled():  # asked from any page of the cohort, in or out of its scope
        adults = set(
            Membership.objects.filter(
                network=network, user_id__in=named, status__in=ADMITTED_STATUSES
            )
            .exclude(role=Role.YOUTH_MEMBER)
            .values_list("user_id", flat=True)
        )
        records = {
            record.user_id: record
            for record in VettedAdult.objects.filter(network=network, user_id__in=adults)
        }
    today = date_in(network, now or timezone.now())
    return {
        s.pk
        for s in sessions
        if (record := records.get(s.facilitator_id)) is not None
        and all(
            vetting_current(
                background_check_on=record.background_check_on,
                training_on=record.training_on,
                on=on,
            )
            for on in {today, max(today, date_in(network, s.starts_at))}
        )
    }


def sessions_without_vetted_facilitator(*, network: Network) -> list[CohortSession]:
    """The coming sessions that have no vetted facilitator (`facilitator_vetted`), the next
    one first: the cohort's stewards name one before it begins. Two queries for them all,
    not three a session: the stewards' home lists a year of weekly sessions."""
    coming = list(sessions_upcoming(network=network))
    vetted = _sessions_vetted(network=network, sessions=coming)
    return [s for s in coming if s.pk not in vetted]


def sees_session_links(*, session: CohortSession, membership: Membership | None) -> bool:
    """Whether this member of the cohort may read the session's video and recording links,
    the way into a room of students: the session's own facilitator while vetted, the
    cohort's admitted students and its stewards. Any other adult of the cohort (a member, a
    facilitator of other sessions, an adult whose vetting lapsed) learns the session is
    online, not how to enter it."""
    if membership is None or membership.status not in ADMITTED_STATUSES:
        return False
    if membership.network_id != session.network_id:
        return False
    if membership.role in (Role.STEWARD, Role.YOUTH_MEMBER):
        return True
    return membership.user_id == session.facilitator_id and facilitator_vetted(session=session)


def attendance_for(*, session: CohortSession, member: User) -> SessionAttendance | None:
    """The member's own attendance at one session (with its make-up), or None."""
    return (
        SessionAttendance.objects.filter(network=session.network, session=session, member=member)
        .select_related("makeup")
        .first()
    )


@dataclass(frozen=True)
class RosterRow:
    member: User
    notice: AbsenceNotice | None
    attendance: SessionAttendance | None


def session_roster(*, session: CohortSession) -> list[RosterRow]:
    """Each youth member with their notice and attendance for the session (three queries)."""
    notices = {n.member_id: n for n in AbsenceNotice.objects.filter(session=session)}
    marks = {a.member_id: a for a in SessionAttendance.objects.filter(session=session)}
    return [
        RosterRow(m, notices.get(m.pk), marks.get(m.pk))
        for m in youth_members_of(network=session.network)
    ]


def attendance_of(*, network: Network, member: User) -> QuerySet[SessionAttendance]:
    return (
        SessionAttendance.objects.filter(network=network, member=member)
        .select_related("session", "makeup")
        .order_by("session__starts_at")
    )


def makeups_open(*, network: Network, member: User) -> QuerySet[MakeUp]:
    return MakeUp.objects.filter(
        network=network, attendance__member=member, done_at__isnull=True
    ).select_related("attendance__session")


def escalation_of(*, network: Network, member: User) -> QuerySet[EscalationStep]:
    return EscalationStep.objects.filter(network=network, member=member)


def vetted_adults(*, network: Network) -> QuerySet[VettedAdult]:
    return (
        VettedAdult.objects.filter(network=network)
        .select_related("user")
        .order_by("user__full_name")
    )


def leads_of(*, network: Network) -> QuerySet[SafeguardingLead]:
    """The named leads still admitted in the network: a lead who left keeps no say (they
    can no longer open the concerns), so with none left the stewards act again."""
    return SafeguardingLead.objects.filter(
        network=network,
        user__memberships__network=network,
        user__memberships__status__in=ADMITTED_STATUSES,
    ).select_related("user")


def concerns_of(*, network: Network) -> QuerySet[Concern]:
    return Concern.objects.filter(network=network).select_related("filed_by", "member", "held_by")


def linked_born_on() -> Coalesce:
    """The date of birth of the young person a concern names, from their membership of its
    cohort as a youth member while they are linked: the member a guardian reported from,
    else the reporter (`services._concern_born_on_fill` copies it onto the concern)."""

    def born_on(field: str) -> Subquery:
        return Subquery(
            Membership.objects.filter(
                network_id=OuterRef("network_id"),
                user_id=OuterRef(field),
                role=Role.YOUTH_MEMBER,
                born_on__isnull=False,
            ).values("born_on")[:1]
        )

    return Coalesce(born_on("member_id"), born_on("filed_by_id"))


@dataclass(frozen=True)
class ConcernRow:
    concern: Concern
    # The day the retention run deletes it (or would, were it not held), on the cohort's
    # calendar, and whether that day has come.
    deleted_on: date
    past: bool
    # A hold whose date has passed, not yet cleared by the retention run: the concern is no
    # longer held (`program.hold_lapsed`), and the page offers to hold it again.
    hold_lapsed: bool = False


def concern_rows(
    *, network: Network, years: int, until_age: int, now: datetime | None = None
) -> list[ConcernRow]:
    """The leads' page: each concern with the day `program.concern_deleted_on` gives it,
    timed as the next retention run times it (a date of birth recorded since it was filed,
    read from a person still linked, counts)."""
    today = date_in(network, now or timezone.now())
    rows = []
    for concern in concerns_of(network=network).annotate(
        born_on_known=Coalesce(F("named_born_on"), linked_born_on())
    ):
        deleted_on = concern_deleted_on(
            raised_on=date_in(network, concern.created_at),
            born_on=concern.born_on_known,
            years=years,
            until_age=until_age,
        )
        lapsed = concern.held_until is not None and hold_lapsed(
            held_until=concern.held_until, today=today
        )
        rows.append(
            ConcernRow(
                concern=concern, deleted_on=deleted_on, past=deleted_on <= today, hold_lapsed=lapsed
            )
        )
    return rows


def guardian_links_of(*, network: Network, member: User) -> QuerySet[GuardianLink]:
    return GuardianLink.objects.filter(network=network, member=member).order_by("-created_at")


def guardian_email_of(*, network: Network, member: User) -> str:
    """The guardian who consented (the latest consent), else the one on the member's own
    application (tied to their account: one a stranger sent with the member's email names
    the stranger's guardian, who must not get a link to this minor's record).
    A request nobody confirmed comes last: PostgreSQL sorts an empty confirmation first
    when newest-first, which sent the link to a minor's record to an unanswered address.
    Nobody once the member turned 18: the guardian's view, link and notices end with it.

    A withdrawn consent names nobody: not its guardian, nor that guardian through an older
    consent of theirs confirmed before the withdrawal, nor a request left unanswered before
    it, nor the application (whose address is the one that withdrew, as a rule). The
    revoked guardian's view kept opening the minor's record, and a new link or a step's
    notice went to them. Only a consent confirmed after a guardian's withdrawal makes that
    guardian the guardian again."""
    if not under_guardians(user=member):
        return ""
    consents = list(
        GuardianConsent.objects.filter(network=network, user=member).order_by(
            F("confirmed_at").desc(nulls_last=True), "-requested_at"
        )
    )
    if not consents:
        application = (
            Application.objects.filter(network=network, applicant=member)
            .order_by("-submitted_at")
            .first()
        )
        return application.guardian_email if application else ""
    withdrawn: dict[str, datetime] = {}
    for c in consents:
        if c.revoked_at is not None:
            address = c.guardian_email.lower()
            withdrawn[address] = max(c.revoked_at, withdrawn.get(address, c.revoked_at))
    last_withdrawal = max(withdrawn.values(), default=None)
    for c in consents:
        if c.revoked_at is not None:
            continue
        if c.confirmed_at is None:
            # An unanswered request from before a withdrawal was overtaken by it.
            if last_withdrawal is None or c.requested_at > last_withdrawal:
                return c.guardian_email
            continue
        ended = withdrawn.get(c.guardian_email.lower())
        if ended is None or c.confirmed_at > ended:
            return c.guardian_email
    return ""


def guardian_link_for_token(*, token: str) -> GuardianLink | None:
    """The live link a `<id>.<secret>` token names, or None (compared in constant time).
    A link stops once another guardian is on record (a new consent): the standing view of a
    minor's record belongs to the guardian of now, not to whoever it was emailed to once."""
    pk, secret = keyed_token_parse(token)
    found = None
    if pk is not None:
        with scopes_disabled():
            found = (
                GuardianLink.objects.select_related("network", "member")
                .filter(pk=pk, revoked_at__isnull=True)
                .first()
            )
    matched = digests_match(secret, found.token_digest if found else None)  # hashed either way
    if found is None or not matched:
        return None
    with scope(network=found.network):
        current = guardian_email_of(network=found.network, member=found.member)
    return found if current.lower() == found.guardian_email.lower() else None


def guardian_view(*, link: GuardianLink) -> dict[str, Any]:
    """What the guardian sees: the youth member's gatherings and RSVPs, commitments made and
    received, session attendance and make-ups, and escalation steps. The host network's
    gatherings where youth take part count too: there the member RSVPs, commits and is
    committed to as a guest (networks/guests.py). A money commitment waits for the
    guardian in either network, and is listed as waiting from both."""
    network, member = link.network, link.member
    with scope(network=network):
        gatherings = list(
            gatherings_for_list(network=network, user=member).prefetch_related(Prefetch("parts"))
        )
        made = list(commitments_owed(network=network, user=member))
        received = commitments_to_me(network=network, user=member)
        attendance = list(attendance_of(network=network, member=member))
        steps = list(escalation_of(network=network, member=member))
        # A money commitment at one of the cohort's own gatherings waits for the guardian
        # as one at the host's does (it is in neither list of commitments until approved).
        awaiting: list[Any] = list(commitments_awaiting_guardian(network=network, user=member))
    host = network.parent
    if host is not None:
        with scope(network=host):
            gatherings += list(
                gatherings_for_list(network=host, user=member)
                .filter(youth_take_part=True)
                .prefetch_related(Prefetch("parts"))
            )
            made += list(commitments_owed(network=host, user=member))
            received += commitments_to_me(network=host, user=member)
            awaiting += list(commitments_awaiting_guardian(network=host, user=member))
    gatherings.sort(key=lambda g: g.starts_at, reverse=True)
    return {
        "cohort": network,
        "member": member,
        "gatherings": [(g, next(iter(getattr(g, "my_rsvps", [])), None)) for g in gatherings],
        "made": made,
        "awaiting": awaiting,
        "received": received,
        "attendance": attendance,
        "steps": steps,
        "now": timezone.now(),
    }


def _cohort_and_host(network: Network) -> list[Network]:
    return [network] if network.parent is None else [network, network.parent]


def money_catch_up_due(*, network: Network) -> set[int]:
    """The cohort's youth members, admitted or not, who are adults already and still have
    money committed as minors waiting for a guardian, in the cohort or its host, that no
    email asked them about (`MoneyAskedAt18`): an earlier version moved them on the
    birthday without a word about it, or said nothing of a cohort they had left. One
    query."""
    places = [network.pk] if network.parent_id is None else [network.pk, network.parent_id]
    with scopes_disabled():  # the cohort's members' own rows in the cohort and its host
        members = Membership.objects.filter(network=network, role=Role.YOUTH_MEMBER).values(
            "user_id"
        )
        return set(
            Commitment.objects.filter(
                STILL_AWAITING_GUARDIAN, network_id__in=places, committer_id__in=members
            )
            .exclude(pk__in=MoneyAskedAt18.objects.values("commitment_id"))
            .exclude(committer__age_band__in=MINOR_AGE_BANDS)
            .values_list("committer_id", flat=True)
        )


def own_commitment_of(*, network: Network, member: User, pk: int) -> Any | None:
    """One of the member's own commitments in the cohort or its host network, or None."""
    for place in _cohort_and_host(network):
        with scope(network=place):
            found = (
                Commitment.objects.filter(network=place, committer=member, pk=pk)
                .select_related("network", "gathering", "proposal__proposer")
                .first()
            )
        if found is not None:
            return found
    return None


def personal_youth_program(user: User) -> dict[str, Any]:
    """The person's own youth-program rows in every cohort, for "export my data"."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        applications = list(
            # By the account, never the email: a stranger may have typed this address.
            Application.objects.filter(applicant=user)
            .select_related("cycle", "network")
            .prefetch_related("references")
            .order_by("pk")
        )
        attendance = list(
            SessionAttendance.objects.filter(member=user)
            .select_related("session", "network", "makeup")
            .order_by("pk")
        )
        notices = list(
            AbsenceNotice.objects.filter(member=user).select_related("session").order_by("pk")
        )
        steps = list(EscalationStep.objects.filter(member=user).select_related("network"))
        concerns = list(Concern.objects.filter(filed_by=user).order_by("pk"))
        # An adult's vetting and lead role: account deletion removes them too.
        vetting = list(VettedAdult.objects.filter(user=user).select_related("network"))
        leads = list(SafeguardingLead.objects.filter(user=user).select_related("network"))
    return {
        "applications": [
            {
                "network": a.network.name,
                "cycle": a.cycle.name,
                "submitted_at": when(a.submitted_at),
                "status": a.status,
                # Everything the student wrote on it is theirs to take away.
                "full_name": a.full_name,
                "email": a.email,
                "guardian_email": a.guardian_email,
                "school": a.school,
                "city": a.city,
                "code_of_conduct_version": a.conduct_version,
                "statement": a.statement,
                "references": [
                    {"name": r.name, "email": r.email, "relation": r.relation}
                    for r in a.references.all()
                ],
            }
            for a in applications
        ],
        "sessions": [
            {
                "network": a.network.name,
                "session": a.session.title,
                "presence": a.presence,
                "reflection": getattr(getattr(a, "makeup", None), "reflection", ""),
            }
            for a in attendance
        ],
        "absence_notices": [{"session": n.session.title, "reason": n.reason} for n in notices],
        "escalation_steps": [
            {"network": s.network.name, "step": s.kind, "note": s.note, "at": when(s.created_at)}
            for s in steps
        ],
        "concerns_filed": [{"about": c.about, "at": when(c.created_at)} for c in concerns],
        "vetting": [
            {
                "network": v.network.name,
                "background_check_on": v.background_check_on.isoformat(),
                "training_on": v.training_on.isoformat(),
                "expires_on": v.expires_on.isoformat(),
            }
            for v in vetting
        ],
        "safeguarding_lead_in": [lead.network.name for lead in leads],
    }
