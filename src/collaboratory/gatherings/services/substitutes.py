"""Substitutes: a member sends someone in their place, who gets a pass and no account."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.gatherings.models import (
    DecisionStatus,
    Gathering,
    Rsvp,
    RsvpStatus,
    Substitution,
)
from collaboratory.gatherings.selectors import (
    checked_in_anywhere,
    gathering_seats_taken,
    pass_naming_address,
    rsvps_holding_seats,
    substitution_member_admitted,
)
from collaboratory.gatherings.services.budget import stipends_release_unseated
from collaboratory.gatherings.services.pages import gathering_pages_changed
from collaboratory.gatherings.services.rsvp import (
    gathering_lock,
    rsvp_guardians_tell,
    waitlist_promote,
)
from collaboratory.networks.mail import in_language_of, mail_retries_supersede, mail_send
from collaboratory.networks.tokens import keyed_token, new_token, token_digest
from collaboratory.people.models import User
from collaboratory.people.selectors import minor_account_emails

# --- What other apps do when a substitute is approved ----------------------------------------
#
# Apps above gatherings (seating: the substitute takes the member's seat in plans already
# made) register here, from their AppConfig.ready(), a function that gatherings calls inside
# the approval's transaction, under the gathering's lock. An explicit registry and not a
# signal, as people's hooks: the reaction belongs to the approval, all or nothing, and a
# failure must roll the approval back rather than be sent past.

SubstitutionApprovedHook = Callable[..., object]  # called as fn(substitution=..., actor=...)
_approved_hooks: list[SubstitutionApprovedHook] = []


def on_substitution_approved(fn: SubstitutionApprovedHook) -> SubstitutionApprovedHook:
    """Register `fn(substitution=..., actor=...)`: called in the approval's transaction once
    the substitution is stored as approved (and the member's RSVP no longer a yes)."""
    if fn not in _approved_hooks:
        _approved_hooks.append(fn)
    return fn


# A withdrawal is the approval undone, so apps above react to it the same way (seating: the
# substitute leaves the plans, their seats back to the member if the member comes after
# all): called in the withdrawal's transaction, under the gathering's lock, once, since a
# replayed withdrawal returns before it.
_revoked_hooks: list[SubstitutionApprovedHook] = []


def on_substitution_revoked(fn: SubstitutionApprovedHook) -> SubstitutionApprovedHook:
    """Register `fn(substitution=..., actor=...)`: called in the withdrawal's transaction
    once the substitution is stored as revoked and the waitlist has taken the seat."""
    if fn not in _revoked_hooks:
        _revoked_hooks.append(fn)
    return fn


def _substitution_check(*, gathering: Gathering, member: User) -> None:
    """Whether the member has a seat a substitute could take (read under the lock)."""
    if Rsvp.objects.filter(gathering=gathering, user=member, status=RsvpStatus.WAITLISTED).exists():
        # A substitute would take a free seat ahead of everyone waiting for one.
        raise ValidationError(
            _("You are on the waitlist: a substitute can take only a seat that is yours.")
        )
    holds_seat = Rsvp.objects.filter(
        gathering=gathering, user=member, status=RsvpStatus.CONFIRMED
    ).exists()
    if (
        not holds_seat
        and gathering.capacity is not None
        and gathering_seats_taken(gathering=gathering) >= gathering.capacity
    ):
        # Approval would be refused (substitution_decide): say so now rather than leave a
        # request no steward can approve.
        raise ValidationError(
            _(
                "The gathering is full and you hold no seat in it, so a substitute could not "
                "come in your place. Ask again if a seat frees up."
            )
        )


def _same_request(
    *, gathering: Gathering, member: User, name: str, email: str
) -> Substitution | None:
    """The member's request still waiting for this substitute (same name, same address in
    any case): sent again, it is the same request, answered as sent. A phone's second tap on
    bad wifi, once the first had gone through, read "You have already asked"."""
    existing = Substitution.objects.filter(
        gathering=gathering, member=member, status=DecisionStatus.PENDING
    ).first()
    if (
        existing is not None
        and existing.name == name.strip()
        and existing.email.lower() == email.strip().lower()
    ):
        return existing
    return None


def substitution_request(
    *,
    gathering: Gathering,
    member: User,
    name: str,
    email: str,
    reason: str,
    now: datetime | None = None,
) -> Substitution:
    """A member asks to send someone in their place, for this gathering only. The same
    request again, still waiting, is returned as it is (nothing written twice)."""
    now = now or timezone.now()
    if now >= gathering.starts_at:
        raise ValidationError(_("Substitutions are arranged before the gathering starts."))
    if checked_in_anywhere(gathering=gathering, user=member):
        # Check-in opens two hours before the start: someone in the room sends nobody.
        raise ValidationError(
            _(
                "You are checked in to this gathering, so nobody can come in your place. "
                "If you must leave, tell a steward."
            )
        )
    # Checked and written under the gathering's lock: the same request sent twice at once
    # (a double tap reaching two processes) found no earlier row in both, and the second
    # write failed on the unique constraint.
    with transaction.atomic():
        locked = gathering_lock(gathering)
        replayed = _same_request(gathering=gathering, member=member, name=name, email=email)
        if replayed is not None:
            return replayed
        _substitution_check(gathering=locked, member=member)
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
        if _a_minors_address(substitution.email):
            raise ValidationError(
                {
                    "sub_email": _(
                        "This address cannot be named as a substitute for this gathering. "
                        "Name someone else."
                    )
                }
            )
        _address_free_to_request(gathering=gathering, member=member, email=substitution.email)
        if Substitution.objects.filter(gathering=gathering, member=member).exists():
            raise ValidationError(_("You have already asked for a substitute for this gathering."))
        substitution.save()
        gathering_pages_changed(gathering)
        audit_record(
            action="substitution.requested",
            actor=member,
            network=gathering.network,
            target=substitution,
        )
    return substitution


def _a_minors_address(email: str) -> bool:
    """Whether `email` is a minor's account address. Such an address is refused as a
    substitute in words that name no one, whether or not the student is coming: the
    refusals below name whoever holds a seat, which told an adult who typed a student's
    address whose it was (a minor's contact details reach no adult), and a pass would bring
    a student into a gathering in an adult's place, outside their cohort and consent."""
    return bool(email) and bool(minor_account_emails(emails=[email.strip()]))


def _address_free_to_request(*, gathering: Gathering, member: User, email: str) -> None:
    """Refuse, beside the email field, a substitute whose address already holds a seat here:
    a pass of this gathering names it, or a member of that address said "yes". Either way
    the steward could only deny the request (`_no_second_pass`, `_no_second_seat`); the
    member, who typed the address, is told the name it holds the seat under."""
    held = pass_naming_address(gathering=gathering, email=email)
    if held is not None:
        raise ValidationError(
            {
                "sub_email": _(
                    "%(holder)s already holds a pass for this gathering under this email "
                    "address, so a second pass would give one person two seats. Name someone "
                    "else."
                )
                % {"holder": held.name}
            }
        )
    coming = (
        rsvps_holding_seats()
        .filter(gathering=gathering, user__email__iexact=email)
        .exclude(user=member)
        .select_related("user")
        .first()
    )
    if coming is not None:
        raise ValidationError(
            {
                "sub_email": _(
                    "%(name)s already holds a seat at this gathering with their own answer, so "
                    "a pass would give them a second one. Name someone else."
                )
                % {"name": coming.user.full_name}
            }
        )


def _no_second_pass(*, substitution: Substitution, gathering: Gathering) -> None:
    """Refuse to approve a second pass naming an address that holds one: one person, two
    seats. Read under the gathering's lock, so of two approvals at once the second sees the
    first; the unique constraint `substitution_one_pass_per_email` backs it."""
    held = pass_naming_address(gathering=gathering, email=substitution.email)
    if held is not None:
        raise ValidationError(
            _(
                "%(holder)s already holds a pass for this gathering under %(email)s (in place "
                "of %(member)s), so this one would give them a second seat. Deny this "
                "request, or withdraw that pass first."
            )
            % {
                "holder": held.name,
                "email": substitution.email,
                "member": held.member.full_name,
            }
        )


def _no_second_seat(*, substitution: Substitution, gathering: Gathering) -> None:
    """Refuse to approve a substitute who is a member already holding a seat here with
    their own "yes": the pass would be a second seat for one person. (A "yes" after being
    named is refused at the RSVP, `_no_seat_beside_a_substitute`.) Stewards see who is
    coming, so naming them tells the steward nothing new."""
    coming = (
        rsvps_holding_seats()
        .filter(gathering=gathering, user__email__iexact=substitution.email)
        .exclude(user=substitution.member_id)
        .select_related("user")
        .first()
    )
    if coming is not None:
        raise ValidationError(
            _(
                "%(name)s already holds a seat at this gathering with their own answer, so a "
                "pass would give them a second one. Deny this request, or ask %(member)s to "
                "name someone else."
            )
            % {"name": coming.user.full_name, "member": substitution.member.full_name}
        )


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
        gathering = gathering_lock(substitution.gathering)
        substitution.refresh_from_db(from_queryset=Substitution.objects.select_for_update())
        if substitution.status != DecisionStatus.PENDING:
            raise ValidationError(_("This request has already been decided."))
        if approve and not substitution_member_admitted(substitution=substitution):
            # A substitute comes in a member's place: with no member, there is no place.
            raise ValidationError(
                _("%(member)s is no longer in the network: their substitute cannot come.")
                % {"member": substitution.member}
            )
        if approve:
            if checked_in_anywhere(gathering=gathering, user=substitution.member):
                # Asked for before, the member came after all: the seat is theirs, in the
                # room (their own request is refused from then on, as the page says).
                raise ValidationError(
                    _(
                        "%(member)s is checked in to this gathering, so nobody comes in "
                        "their place: deny this request."
                    )
                    % {"member": substitution.member.full_name}
                )
            if _a_minors_address(substitution.email):  # a request stored before the refusal
                raise ValidationError(
                    _(
                        "This address cannot be named as a substitute for this gathering: "
                        "deny this request."
                    )
                )
            _no_second_seat(substitution=substitution, gathering=gathering)
            _no_second_pass(substitution=substitution, gathering=gathering)
            rsvp = Rsvp.objects.filter(gathering=gathering, user=substitution.member).first()
            if rsvp is not None and rsvp.status == RsvpStatus.CONFIRMED:
                rsvp.status = RsvpStatus.DECLINED
                rsvp.save(update_fields=["status"])
                if substitution.member.is_minor:
                    # The guardians last read "Coming". After commit: a decision rolled
                    # back tells nobody.
                    rsvp.gathering = gathering
                    transaction.on_commit(
                        partial(
                            rsvp_guardians_tell,
                            rsvp=rsvp,
                            user=substitution.member,
                            why="substituted",
                        )
                    )
            elif gathering.capacity is not None and (
                gathering_seats_taken(gathering=gathering) >= gathering.capacity
            ):
                raise ValidationError(
                    _("The gathering is full: the substitute would take a seat that is not free.")
                )
            secret = new_token()
            substitution.pass_digest = token_digest(secret)
        substitution.status = DecisionStatus.APPROVED if approve else DecisionStatus.DENIED
        substitution.closed_by = "" if approve else Substitution.ClosedBy.STEWARD
        substitution.decided_at = now
        substitution.save(update_fields=["status", "closed_by", "decided_at", "pass_digest"])
        if approve:
            # The seat is the substitute's: the member's approved stipend goes back.
            stipends_release_unseated(
                gathering=gathering,
                now=now,
                user_ids=[substitution.member_id],
                actor=actor,
                why="substitute_approved",
            )
            for react in _approved_hooks:
                react(substitution=substitution, actor=actor)
        gathering_pages_changed(gathering)
        audit_record(
            action="substitution.approved" if approve else "substitution.denied",
            actor=actor,
            network=gathering.network,
            target=substitution,
        )
        if secret is not None:
            _pass_send(substitution=substitution, gathering=gathering, secret=secret)
    return None if secret is None else keyed_token(substitution.pk, secret)


def substitution_revoke(
    *, substitution: Substitution, actor: User, now: datetime | None = None
) -> bool:
    """A steward withdraws an approved substitute: the pass stops (its page says it was
    withdrawn), the seat is freed for the first person waiting, and the member who named
    the substitute is told. False when it was withdrawn already: a replay changes nothing
    and tells nobody twice.

    Read under the gathering's lock and the row's, as `substitution_decide`: a page loaded
    before another steward acted may be stale."""
    now = now or timezone.now()
    with transaction.atomic():
        gathering = gathering_lock(substitution.gathering)
        substitution.refresh_from_db(from_queryset=Substitution.objects.select_for_update())
        if substitution.status == DecisionStatus.REVOKED:
            return False
        if substitution.status != DecisionStatus.APPROVED:
            raise ValidationError(
                _("Only an approved substitute can be withdrawn, and this one was not approved.")
            )
        if now >= gathering.ends_at:
            raise ValidationError(_("This gathering is over: its passes have stopped already."))
        substitution.status = DecisionStatus.REVOKED
        substitution.revoked_at = now
        substitution.save(update_fields=["status", "revoked_at"])
        promoted = waitlist_promote(gathering=gathering, now=now)
        # Its pass email still kept for the mail server (down at the approval) would reach
        # the substitute late with a dead link: dropped in this transaction, on the record.
        mail_retries_supersede(
            network=gathering.network, topic=_pass_topic(substitution), reason="withdrawn"
        )
        for react in _revoked_hooks:
            react(substitution=substitution, actor=actor)
        gathering_pages_changed(gathering)
        audit_record(
            action="substitution.revoked",
            actor=actor,
            network=gathering.network,
            target=substitution,
            data={"gathering": gathering.pk, "promoted": len(promoted)},
        )
        _withdrawal_tell(substitution=substitution, gathering=gathering)
    return True


def _withdrawal_tell(*, substitution: Substitution, gathering: Gathering) -> None:
    """Tell the member who named the substitute, in their language, once the withdrawal
    commits; a failed send does not undo it."""
    member = substitution.member
    link = settings.SITE_URL + reverse(
        "gatherings:detail", kwargs={"network_slug": gathering.network.slug, "pk": gathering.pk}
    )
    with in_language_of(member):
        subject = _("Your substitute's pass for %(gathering)s was withdrawn") % {
            "gathering": gathering.title
        }
        body = render_to_string(
            "gatherings/email/substitute_withdrawn.txt",
            {
                "member": member.full_name,
                "name": substitution.name,
                "gathering": gathering.title,
                "link": link,
            },
        )
    transaction.on_commit(
        lambda: mail_send(
            network=gathering.network,
            subject=subject,
            body=body,
            recipients=[member],
            free_text=False,
        )
    )


def _pass_topic(substitution: Substitution) -> str:
    """The `mail_send` topic of a substitute's pass email: withdrawing the pass drops its
    copy still kept for the mail server (`substitution_revoke`)."""
    return f"substitute-pass:{substitution.pk}"


def _pass_send(*, substitution: Substitution, gathering: Gathering, secret: str) -> None:
    """Mail the substitute their pass once the approval commits (a rolled-back approval
    sends nothing); a failed send does not undo the approval."""
    link = settings.SITE_URL + reverse(
        "gatherings_public:pass", kwargs={"token": keyed_token(substitution.pk, secret)}
    )
    # The substitute has no account: they read the language of the member who named them.
    with in_language_of(substitution.member):
        subject = _("Your pass for %(gathering)s") % {"gathering": gathering.title}
        body = render_to_string(
            "gatherings/email/pass.txt",
            {
                "name": substitution.name,
                "member": substitution.member,
                "gathering": gathering.title,
                "link": link,
            },
        )
    recipient, topic = substitution.email, _pass_topic(substitution)
    transaction.on_commit(
        lambda: mail_send(
            network=gathering.network,
            subject=subject,
            body=body,
            recipients=[recipient],
            free_text=False,
            topic=topic,
        )
    )
