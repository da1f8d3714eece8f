"""RSVPs and the waitlist: seats are counted and taken under the gathering's lock."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Literal
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import (
    DecisionStatus,
    Gathering,
    NoticeKind,
    NoticeSent,
    Rsvp,
    RsvpStatus,
    Substitution,
)
from collaboratory.gatherings.selectors import (
    checked_in_part,
    gathering_seats_taken,
    presenter_call,
    rsvps_waiting,
    substitute_tie,
)
from collaboratory.gatherings.services.budget import stipends_release_unseated
from collaboratory.gatherings.services.pages import gathering_pages_changed
from collaboratory.networks.mail import in_guardian_language, mail_send
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.networks.selectors import guardian_emails_of
from collaboratory.people.models import User

RSVP_ANSWERS = ("yes", "no", "maybe")


def gathering_lock(gathering: Gathering) -> Gathering:
    """Lock the gathering row for the rest of the transaction. PostgreSQL: a row lock.
    SQLite: writes already run in IMMEDIATE transactions, which hold the database's write
    lock from BEGIN, so seat counts cannot change under us either way."""
    return Gathering.objects.select_for_update().get(pk=gathering.pk)


def waitlist_promote(*, gathering: Gathering, now: datetime) -> list[Rsvp]:
    """Fill free seats from the waitlist, first come first served, passing over anyone who
    may no longer come (`rsvps_waiting`). Call under the lock. Reads the seats afresh, so a
    second call finds none free: it is safe to repeat."""
    waiting = rsvps_waiting().filter(gathering=gathering)
    if gathering.capacity is None:
        free = waiting.count()
    else:
        free = gathering.capacity - gathering_seats_taken(gathering=gathering)
    promoted = []
    if free > 0:
        waiting = waiting.select_related("user").order_by("waitlisted_at", "pk")[:free]
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
            if rsvp.user.is_minor:
                rsvp.gathering = gathering  # read by the email, perhaps outside any scope
                # The guardians last heard "On the waitlist": where their child will be has
                # changed. After commit: a promotion rolled back tells nobody.
                transaction.on_commit(
                    partial(rsvp_guardians_tell, rsvp=rsvp, user=rsvp.user, why="promoted")
                )
    return promoted


def _gatherings_of_person(
    *, user_id: int, networks: list[int] | None, now: datetime
) -> list[Gathering]:
    """The gatherings not over (of these networks, or any) where the person answered or
    sent a substitute. Call with scopes disabled: a youth cohort's member answers in the
    host's gatherings."""
    answered = Rsvp.objects.filter(user_id=user_id).values("gathering_id")
    sent = Substitution.objects.filter(member_id=user_id).values("gathering_id")
    found = Gathering.objects.filter(ends_at__gt=now).filter(Q(pk__in=answered) | Q(pk__in=sent))
    if networks is not None:
        found = found.filter(network_id__in=networks)
    return list(found.select_related("network").order_by("pk"))


def _recount(gatherings: list[Gathering], *, user_id: int, now: datetime) -> list[Rsvp]:
    """Free seats to the first people waiting (`rsvps_waiting` passes over anyone who may
    not come), under each gathering's lock, give back the person's approved stipend if
    they no longer hold a seat (`stipends_release_unseated`), and new page versions. Called
    again, it finds no seat free and nothing to give back."""
    promoted: list[Rsvp] = []
    for gathering in gatherings:
        locked = gathering_lock(gathering)
        promoted += waitlist_promote(gathering=locked, now=now)
        stipends_release_unseated(
            gathering=locked, now=now, user_ids=[user_id], why="membership_changed"
        )
        gathering_pages_changed(locked)
    return promoted


def _seats_recount(*, network: Network, user_id: int) -> list[Rsvp]:
    """What a change of whether the person may come does to the gatherings not over that
    the membership lets them come to (the network's, and the host's for a youth cohort)
    where they answered or sent a substitute (`_recount`). Nothing is written to the
    person's own rows: the count reads who may come (`rsvps_holding_seats`)."""
    now = timezone.now()
    networks = [network.pk]
    if network.kind == NetworkKind.YOUTH and network.parent_id:  # its youth guests' host
        networks.append(network.parent_id)
    with scopes_disabled():
        gatherings = _gatherings_of_person(user_id=user_id, networks=networks, now=now)
        return _recount(gatherings, user_id=user_id, now=now)


def seats_free_after_membership_end(*, network: Network, user_id: int) -> list[Rsvp]:
    """A membership ended (registered with networks' `on_membership_end`, called in the
    same transaction): the seats the person's "yes" and their substitute's pass held are no
    longer counted, so the first people waiting get them now rather than at some later
    "yes", and the pages show the new count (`_seats_recount`)."""
    return _seats_recount(network=network, user_id=user_id)


def seats_count_again_after_reinstatement(*, network: Network, user_id: int) -> list[Rsvp]:
    """A membership came back (registered with networks' `on_membership_reinstated`, in the
    same transaction): the person's "yes" and their substitute's pass count again. Nobody
    loses a seat given meanwhile, so a gathering may be over capacity; a waiting answer
    waits again, promoted now if a seat is free (one freed while they were out, with nobody
    else waiting). The pages get new tokens (`_seats_recount`): kept, they showed the old
    count, waitlist and answers until the gathering next changed."""
    return _seats_recount(network=network, user_id=user_id)


def seats_free_after_account_delete(*, user_id: int, email: str) -> list[Rsvp]:
    """An account is being deleted (registered with people's `on_account_delete`, in the
    deletion's transaction, before the account's rows go): its answers and substitutes
    would leave by cascade with nothing recounted, so nobody waiting got the seats and the
    kept pages showed the old count. They are deleted here instead, and the gatherings not
    over where they were are recounted as at a membership's end (`_recount`). `email` is
    not used (the hook's signature)."""
    now = timezone.now()
    with scopes_disabled():  # the person's answers, in whichever networks they were
        gatherings = _gatherings_of_person(user_id=user_id, networks=None, now=now)
        Rsvp.objects.filter(user_id=user_id).delete()
        Substitution.objects.filter(member_id=user_id).delete()
        return _recount(gatherings, user_id=user_id, now=now)


def _no_seat_beside_a_substitute(*, gathering: Gathering, user: User) -> None:
    """Refuse a "yes" from a member whose substitute was approved: the seat is the
    substitute's, with a pass already sent, and a second one would be taken for the same
    place. Likewise from a member who comes as someone's substitute."""
    substitute = (
        Substitution.objects.filter(
            gathering=gathering, member=user, status=DecisionStatus.APPROVED
        )
        .values_list("name", flat=True)
        .first()
    )
    if substitute is not None:
        raise ValidationError(
            _(
                "%(name)s comes in your place, with a pass already sent, so the seat is "
                "theirs. If your plans changed, write to a steward."
            )
            % {"name": substitute}
        )
    tie = substitute_tie(gathering=gathering, user=user)
    if tie is not None and tie.standing_for:
        # Named as a member's substitute: the pass holds a seat for them already, and a
        # "yes" besides took a second one for the same person.
        raise ValidationError(
            _(
                "You come as the substitute of %(name)s: the seat of that pass is yours "
                "already. If your plans changed, write to a steward."
            )
            % {"name": tie.standing_for}
        )


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
    checked_in_to = checked_in_part(gathering=gathering, user=user, now=now)
    if checked_in_to is not None:
        # In the room: a "no" gave their seat to the waitlist while they sat in it. The
        # page offers no form then (the same rule); between parts the answer may change.
        raise ValidationError(
            _(
                "You are checked in to %(part)s, so your answer no longer changes. If you "
                "must leave, tell a steward."
            )
            % {"part": checked_in_to.label}
        )
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
        locked = gathering_lock(gathering)
        if answer == "yes":
            _no_seat_beside_a_substitute(gathering=gathering, user=user)
        rsvp = Rsvp.objects.filter(gathering=gathering, user=user).first()
        previous = rsvp.status if rsvp else None
        if answer != "no":
            _offer_to_present_unchanged_outside_the_call(
                gathering=gathering,
                offered=rsvp.wants_to_present if rsvp else False,
                wanted=wants_to_present,
                now=now,
            )
        if rsvp is None:
            rsvp = Rsvp(network=gathering.network, gathering=gathering, user=user)
        if answer == "yes":
            if previous not in (RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED):
                # A seat can free up with nobody giving it up (a substitute's pass stops when
                # their member is removed): those waiting get it before a new "yes" does.
                waitlist_promote(gathering=locked, now=now)
            if previous in (RsvpStatus.CONFIRMED, RsvpStatus.WAITLISTED):
                status = previous
            elif locked.capacity is None or gathering_seats_taken(gathering=locked) < (
                locked.capacity
            ):
                status = RsvpStatus.CONFIRMED
            else:
                status = RsvpStatus.WAITLISTED
                rsvp.waitlisted_at = now
                # Waiting again: the page promises an email if a seat opens, and the
                # sent-log of an earlier seat's email kept this one from going out.
                NoticeSent.objects.filter(
                    gathering=gathering, user=user, kind=NoticeKind.PROMOTED
                ).delete()
        else:
            status = RsvpStatus.MAYBE if answer == "maybe" else RsvpStatus.DECLINED
        if not previous == status == RsvpStatus.CONFIRMED:
            # Only a seat kept is the seat the waitlist gave (`waitlist_promote` sets this):
            # a promotion not yet told was told after the seat was given up and a later
            # "yes" took a free one ("you are off the waitlist").
            rsvp.promoted_at = None
        rsvp.status = status
        rsvp.both_parts = both_parts
        rsvp.wants_to_present = wants_to_present and answer != "no"
        rsvp.dietary_needs = dietary_needs.strip()
        rsvp.access_needs = access_needs.strip()
        rsvp.answered_at = now
        rsvp.full_clean(exclude=["network", "gathering", "user"])
        rsvp.save()
        gathering_pages_changed(gathering)
        audit_record(
            action="rsvp.answered",
            actor=user,
            network=gathering.network,
            target=rsvp,
            data={"status": status, "previous": previous},
        )
        if status != RsvpStatus.CONFIRMED:
            # No seat, no trip: an approved stipend goes back to the budget (once).
            stipends_release_unseated(
                gathering=locked, now=now, user_ids=[user.pk], actor=user, why="rsvp_changed"
            )
        if previous == RsvpStatus.CONFIRMED and status != RsvpStatus.CONFIRMED:
            waitlist_promote(gathering=locked, now=now)
    if user.is_minor and status != previous:
        # Only a change: the same answer sent twice (a double tap, a retry on bad wifi)
        # told the guardians twice.
        rsvp_guardians_tell(rsvp=rsvp, user=user)
    return rsvp


def _offer_to_present_unchanged_outside_the_call(
    *, gathering: Gathering, offered: bool, wanted: bool, now: datetime
) -> None:
    """Whether a member would like to present is asked while the call for presenters is
    open: the gathering's page stops asking when it closes (and keeps the answer given), so
    nothing else may change it then either, the API included. Answering no still clears it."""
    if wanted == offered:
        return
    call = presenter_call(gathering)
    if call is None or call.is_open(now):
        return
    if call.opens_at is not None and now < call.opens_at:
        message = _(
            "The call for presenters of %(gathering)s is not open yet: whether you would "
            "like to present can be said once it opens."
        )
    else:
        message = _(
            "The call for presenters of %(gathering)s is closed: whether you would like to "
            "present can no longer change."
        )
    raise ValidationError({"wants_to_present": message % {"gathering": gathering.title}})


def rsvp_guardians_tell(
    *, rsvp: Rsvp, user: User, why: Literal["answered", "promoted", "substituted"] = "answered"
) -> int:
    """Tell a youth member's guardians (those whose consent stands) what the youth answered
    for which gathering, when and where; or that a seat opened for them on the waitlist
    (`promoted`); or that a substitute took their seat (`substituted`, the substitute
    unnamed): a guardian should know where their child will be. Our words only (no free
    text), through `mail_send`. Returns how many were sent one."""
    gathering = rsvp.gathering
    # On the gathering network's clock, with the zone named: the API or a task has no
    # page's zone, and a guardian elsewhere would read the time as their own.
    zone = gathering.network.time_zone
    when = f"{gathering.starts_at.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M} ({zone})"
    sent = 0
    for email in guardian_emails_of(user=user):
        with in_guardian_language(email, youth=user):
            values = {
                "name": user.full_name or _("Your youth member"),
                "gathering": gathering.title,
                "answer": rsvp.get_status_display(),
                "when": when,
                "where": ", ".join(x for x in (gathering.venue, gathering.city) if x),
            }
            if why == "promoted":
                subject = _("A seat opened for %(name)s at %(gathering)s") % values
                body = _(
                    "%(name)s was on the waitlist for %(gathering)s and now has a seat: "
                    "%(answer)s.\n"
                    "When: %(when)s\nWhere: %(where)s\n\n"
                    "You get this email because you are their guardian for the Youth "
                    "Collaboratory. Questions? Ask the stewards of the youth cohort."
                )
            elif why == "substituted":
                subject = _("%(name)s will not be at %(gathering)s") % values
                body = _(
                    "A substitute goes to %(gathering)s in place of %(name)s, as %(name)s "
                    "asked and a steward approved: %(answer)s.\n"
                    "When: %(when)s\nWhere: %(where)s\n\n"
                    "You get this email because you are their guardian for the Youth "
                    "Collaboratory. Questions? Ask the stewards of the youth cohort."
                )
            else:
                subject = _("%(name)s answered the RSVP for %(gathering)s") % values
                body = _(
                    "%(name)s answered the RSVP for %(gathering)s: %(answer)s.\n"
                    "When: %(when)s\nWhere: %(where)s\n\n"
                    "You get this email because you are their guardian for the Youth "
                    "Collaboratory. Questions? Ask the stewards of the youth cohort."
                )
            body %= values
        sent += mail_send(
            network=gathering.network,
            subject=subject,
            body=body,
            recipients=[email],
            free_text=False,
        )
    if sent:
        audit_record(
            action="rsvp.guardian_told",
            actor=None,
            network=gathering.network,
            target=rsvp,
            data={"guardians": sent, "why": why},
        )
    return sent
