"""Substitutes: a member sends someone in their place, who gets a pass and no account."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop
from django_scopes import scope, scopes_disabled

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
    substitute_reads_member,
    substitution_member_admitted,
)
from collaboratory.gatherings.services.budget import stipends_release_unseated
from collaboratory.gatherings.services.pages import gathering_pages_changed
from collaboratory.gatherings.services.rsvp import (
    gathering_lock,
    rsvp_guardians_tell,
    waitlist_promote,
)
from collaboratory.networks.mail import (
    in_language_of,
    mail_retries_forget,
    mail_retries_supersede,
    mail_send,
)
from collaboratory.networks.models import Network, NetworkKind
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
        # Asked already: the same answer whatever the address, before any refusal that
        # depends on it (a minor's address was refused ahead of it, so a member who had
        # asked read one answer for a student's address and another for anyone else's).
        if Substitution.objects.filter(gathering=gathering, member=member).exists():
            raise ValidationError(_("You have already asked for a substitute for this gathering."))
        if _address_refused(member=member, email=substitution.email):
            raise ValidationError({"sub_email": ADDRESS_REFUSED})
        _address_free_to_request(gathering=gathering, member=member, email=substitution.email)
        substitution.save()
        gathering_pages_changed(gathering)
        audit_record(
            action="substitution.requested",
            actor=member,
            network=gathering.network,
            target=substitution,
        )
    return substitution


# The one refusal of an address that cannot be a substitute for a reason the member is not
# told: a minor's account address, and the member's own. One wording for both, naming no one
# and no reason, so the answer for a student's address is the answer for the member's own
# (it said "cannot be named ... Name someone else." for a minor's address alone, which told
# the adult who typed it that it was a student's: `test_substitute_minor_address.py`).
ADDRESS_REFUSED = gettext_lazy(
    "This address cannot be named as a substitute for this gathering. Ask a steward if you "
    "need help."
)


def _address_refused(*, member: User, email: str) -> bool:
    """Whether `email` cannot be named as `member`'s substitute, for a reason the refusal
    (`ADDRESS_REFUSED`) does not give: the member's own address (nobody comes in their own
    place: the pass would be a second seat for the member, their RSVP declined for it), or
    a minor's account address. A minor's is refused in words that name no one, whether or
    not the student is coming: the refusals below name whoever holds a seat, which told an
    adult who typed a student's address whose it was (a minor's contact details reach no
    adult), and a pass would bring a student into a gathering in an adult's place, outside
    their cohort and consent."""
    email = email.strip()
    if not email:
        return False
    if email.lower() == member.email.lower():
        return True
    return bool(minor_account_emails(emails=[email]))


def _address_free_to_request(
    *, gathering: Gathering, member: User, email: str, field: str = "sub_email"
) -> None:
    """Refuse, beside the email field (`field`), a substitute whose address already holds a
    seat here: a pass of this gathering names it, or a member of that address said "yes".
    Either way the steward could only deny the request (`_no_second_pass`,
    `_no_second_seat`); the member, who typed the address, is told the name it holds the
    seat under. The same refusals stand when a pass's address is corrected
    (`substitution_pass_resend`)."""
    held = pass_naming_address(gathering=gathering, email=email)
    if held is not None:
        raise ValidationError(
            {
                field: _(
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
                field: _(
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
            # A request stored before the refusal (`_address_refused`).
            if _address_refused(member=substitution.member, email=substitution.email):
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
            # The clock, not `now`: compared with when a kept email was made (`_given_up`).
            substitution.pass_link_at = timezone.now()
        substitution.status = DecisionStatus.APPROVED if approve else DecisionStatus.DENIED
        substitution.closed_by = "" if approve else Substitution.ClosedBy.STEWARD
        substitution.decided_at = now
        substitution.save(
            update_fields=["status", "closed_by", "decided_at", "pass_digest", "pass_link_at"]
        )
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
        # The member, only while they belong: one removed from the network reads nothing
        # more of its gatherings (their mail waiting here was dropped at the end), and the
        # email told them to answer an RSVP they no longer may.
        if substitution_member_admitted(substitution=substitution):
            _withdrawal_tell(substitution=substitution, gathering=gathering)
        # The substitute holds a link and may come to the door with it: told, in words
        # that name no one, unless the member's end told them already that it stopped.
        if not _stop_told(substitution):
            _substitute_tell(substitution=substitution, gathering=gathering, why="withdrawn")
    return True


# --- Telling the substitute that their pass stopped, or works again --------------------------
#
# A pass stops when a steward withdraws it (`substitution_revoke`), and while the member who
# named the substitute is out of the network (`_admitted`: removed, suspended, left), or for
# good when they delete their account (the row goes with it). The substitute has no account:
# an email is the only way they learn it before the door. It never names the member: a pass
# can be forwarded, and a person removed or deleted is no one's to name to it. A pass stopped
# with its member's end stands again at a reinstatement, and the substitute is told that too,
# with the pass's link in that email: a new one, since only the secret's digest is kept. The
# pass email may never have reached them (kept while the mail server was down, it was dropped
# at the member's end: it named the member, and its link was dead then), and "open it with
# the link in the email that brought it" pointed at an email they never had. A new link each
# time is simpler than knowing which email arrived (a kept email can also be given up after
# two days, or dropped by a newer notice) and is safe: the old link, in a forwarded email
# too, stops, and the newest notice carries the only link that opens the pass.
# What a substitute was last told, "stopped" or "works again", is `Substitution.pass_notice`,
# moved by one conditional UPDATE in the transaction that sends the notice: networks calls
# the end hooks again for a membership already out, and each must tell once. The audit
# rows (`substitution.pass_stopped` / `substitution.pass_resumed`) are still written; they
# were the state until gatherings 0013 copied it into the field.

STOP_TOLD = "substitution.pass_stopped"
RESUME_TOLD = "substitution.pass_resumed"


def _stop_told(substitution: Substitution) -> bool:
    """Whether the substitute was last told that the pass stopped with its member's end."""
    return substitution.pass_notice == Substitution.PassNotice.STOPPED


def _pass_notice_move(
    substitution: Substitution, *, to: str, was: tuple[str, ...], **also: object
) -> bool:
    """Record that the substitute is told `to` (and write `also` with it), if what they
    were last told is one of `was` and the pass still stands approved: one conditional
    UPDATE, so of two runs of a hook at once one tells. Returns whether this call moved it
    (and so must tell)."""
    moved = Substitution.objects.filter(
        pk=substitution.pk, status=DecisionStatus.APPROVED, pass_notice__in=was
    ).update(pass_notice=to, **also)
    if not moved:
        return False
    substitution.pass_notice = to
    for field, value in also.items():
        setattr(substitution, field, value)
    return True


def _notice_topic(substitution: Substitution) -> str:
    """The `mail_send` topic of the notices to a substitute: a newer one drops an older
    still kept for the mail server ("stopped" arriving after "works again")."""
    return f"substitute-notice:{substitution.pk}"


def _substitute_tell(
    *, substitution: Substitution, gathering: Gathering, why: str, link: str = ""
) -> None:
    """Email the substitute, once the change commits, that their pass was withdrawn by the
    stewards (`why` "withdrawn"), stopped with the member's end ("member_left") or works
    again ("member_back", with the pass's new `link`), in the language the pass was sent
    in, naming no member."""
    with in_language_of(substitution.member):
        if why == "member_back":
            subject = _("Your pass for %(gathering)s works again")
        else:
            subject = _("Your pass for %(gathering)s no longer works")
        subject %= {"gathering": gathering.title}
        body = render_to_string(
            "gatherings/email/substitute_pass_stopped.txt",
            {
                "name": substitution.name,
                "network": gathering.network.name,
                "gathering": gathering.title,
                "why": why,
                "link": link,
            },
        )
    topic = _notice_topic(substitution)
    mail_retries_supersede(network=gathering.network, topic=topic)
    _substitute_mail(substitution, gathering, subject=subject, body=body, topic=topic)


def _substitute_mail(
    substitution: Substitution, gathering: Gathering, *, subject: str, body: str, topic: str
) -> None:
    """Mail the substitute (no account: their address on the request) once the change
    commits; a rolled-back change sends nothing, and a failed send undoes nothing."""
    recipient = substitution.email
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


def _passes_of_member(*, user_id: int, networks: list[int] | None) -> list[Substitution]:
    """The approved passes the person sent for gatherings not over (of these networks, or
    any). Call with scopes disabled: a youth guest sends one in the host's."""
    found = Substitution.objects.filter(
        member_id=user_id,
        status=DecisionStatus.APPROVED,
        gathering__ends_at__gt=timezone.now(),
    )
    if networks is not None:
        found = found.filter(gathering__network_id__in=networks)
    return list(found.select_related("gathering__network", "member").order_by("pk"))


def _member_networks(network: Network) -> list[int]:
    """The networks whose gatherings a membership of `network` lets one come to (its own,
    and the host's for a youth cohort), as `rsvp._seats_recount` reads them."""
    networks = [network.pk]
    if network.kind == NetworkKind.YOUTH and network.parent_id:
        networks.append(network.parent_id)
    return networks


def _pass_stopped_tell(substitution: Substitution, *, why: str) -> bool:
    """Tell the substitute that the pass stopped with its member (their end `why`), unless
    they were last told so already. Returns whether they were told."""
    stopped = Substitution.PassNotice.STOPPED
    if not _pass_notice_move(substitution, to=stopped, was=("", Substitution.PassNotice.RESUMED)):
        return False
    gathering = substitution.gathering
    # The pass email still kept for the mail server would bring the dead link late.
    mail_retries_supersede(
        network=gathering.network, topic=_pass_topic(substitution), reason="withdrawn"
    )
    _substitute_tell(substitution=substitution, gathering=gathering, why="member_left")
    audit_record(
        action=STOP_TOLD,
        network=gathering.network,
        target=substitution,
        data={"gathering": gathering.pk, "why": why},
    )
    return True


def substitutes_told_after_membership_end(*, network: Network, user_id: int) -> int:
    """A membership ended (networks' `on_membership_end`, in its transaction): each pass the
    person sent that stopped with it, for a gathering not over, is told to its substitute,
    once. Returns how many were told."""
    told = 0
    with scopes_disabled():
        for substitution in _passes_of_member(user_id=user_id, networks=_member_networks(network)):
            if substitution_member_admitted(substitution=substitution):
                continue
            if _pass_stopped_tell(substitution, why="membership_ended"):
                told += 1
    return told


def substitutes_told_after_reinstatement(*, network: Network, user_id: int) -> int:
    """A membership came back (networks' `on_membership_reinstated`): each pass whose
    substitute was told it stopped stands again, and they are told so, once, with a new
    link to it (the old one stops: only its digest is kept, and the email that carried it
    may never have reached them)."""
    told = 0
    with scopes_disabled():
        for substitution in _passes_of_member(user_id=user_id, networks=_member_networks(network)):
            if not substitution_member_admitted(substitution=substitution):
                continue
            secret = new_token()
            if not _pass_notice_move(
                substitution,
                to=Substitution.PassNotice.RESUMED,
                was=(Substitution.PassNotice.STOPPED,),
                **_new_link_fields(substitution, secret),
            ):
                continue
            gathering = substitution.gathering
            _substitute_tell(
                substitution=substitution,
                gathering=gathering,
                why="member_back",
                link=_pass_link(substitution, secret),
            )
            audit_record(
                action=RESUME_TOLD,
                network=gathering.network,
                target=substitution,
                data={"gathering": gathering.pk, "new_link": True},
            )
            told += 1
    return told


def substitutes_told_after_account_delete(*, user_id: int, email: str) -> int:
    """An account is being deleted (people's `on_account_delete`, registered before
    `seats_free_after_account_delete`, which deletes the person's substitutions): each pass
    they sent for a gathering not over stops for good, and its substitute is told, unless
    the member's end told them already. Every pass email of theirs still kept for the mail
    server is dropped: it named the member. `email` is not used (the hook's signature)."""
    told = 0
    with scopes_disabled():
        for substitution in _passes_of_member(user_id=user_id, networks=None):
            if _pass_stopped_tell(substitution, why="account_deleted"):
                told += 1
        sent = Substitution.objects.filter(member_id=user_id).values_list("pk", flat=True)
        topics = [_pass_topic(Substitution(pk=pk)) for pk in sent]
    if topics:
        mail_retries_forget(Q(topic__in=topics), reason="withdrawn")
    return told


def _withdrawal_tell(*, substitution: Substitution, gathering: Gathering) -> None:
    """Tell the member who named the substitute, in their language, once the withdrawal
    commits; a failed send does not undo it."""
    _member_tell(
        substitution=substitution,
        gathering=gathering,
        subject=gettext_noop("Your substitute's pass for %(gathering)s was withdrawn"),
        template="gatherings/email/substitute_withdrawn.txt",
    )


def _member_tell(
    *, substitution: Substitution, gathering: Gathering, subject: str, template: str
) -> None:
    """Email the member who named the substitute, in their language, once the transaction
    commits (a failed send does not undo it): `subject` (translated here, with
    %(name)s and %(gathering)s) and `template` read the member's and substitute's names,
    the gathering's title and a link to its page."""
    member = substitution.member
    link = settings.SITE_URL + reverse(
        "gatherings:detail", kwargs={"network_slug": gathering.network.slug, "pk": gathering.pk}
    )
    with in_language_of(member):
        words = _(subject) % {"name": substitution.name, "gathering": gathering.title}
        body = render_to_string(
            template,
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
            subject=words,
            body=body,
            recipients=[member],
            free_text=False,
        )
    )


def _pass_topic(substitution: Substitution) -> str:
    """The `mail_send` topic of a substitute's pass email: withdrawing the pass drops its
    copy still kept for the mail server (`substitution_revoke`)."""
    return f"substitute-pass:{substitution.pk}"


def _pass_link(substitution: Substitution, secret: str) -> str:
    """The pass page's address for this secret (only its digest is stored)."""
    return settings.SITE_URL + reverse(
        "gatherings_public:pass", kwargs={"token": keyed_token(substitution.pk, secret)}
    )


def _new_link_fields(substitution: Substitution, secret: str) -> dict[str, object]:
    """The fields that give the pass a new link (`secret`, only its digest stored): the old
    link's digest joins the replaced ones, the last `PASS_REPLACED_KEPT` of them, so the old
    link answers "replaced" (`substitution_pass_replaced`); and whatever the mail queue
    gave up of the old link's email no longer stands against this one."""
    replaced = list(substitution.replaced_digests or [])
    if substitution.pass_digest:
        replaced.append(substitution.pass_digest)
    return {
        "pass_digest": token_digest(secret),
        "replaced_digests": replaced[-Substitution.PASS_REPLACED_KEPT :],
        # The clock, not a caller's `now`: compared with when a kept email was made.
        "pass_link_at": timezone.now(),
        "pass_undelivered_at": None,
    }


# --- A pass email the mail queue gave up ------------------------------------------------------
#
# The pass email (approval or "send the pass again", topic `substitute-pass:<id>`) and the
# "works again" email that carries a new link (topic `substitute-notice:<id>`) are kept for
# the mail server when it refuses them, and given up after two days of failed tries. The
# mail queue then tells gatherings (`networks.mail.register_given_up`, registered in
# apps.py): the substitution is marked `pass_undelivered_at`, so the stewards' list and the
# member's page say "pass email not delivered" and a steward can send it again. Before, the
# row was deleted and only counted: the substitute never had the link and nobody knew.

UNDELIVERED_MARKED = "substitution.pass_undelivered"
SENT_AGAIN = "substitution.pass_resent"


def substitute_pass_given_up(network: Network, key: str, made_at: datetime) -> bool:
    """The mail queue gave up the pass email (topic `substitute-pass:<key>`) first kept at
    `made_at`: mark the substitution undelivered, once, if that email carried the link that
    opens the pass now (made after it was issued), the pass still stands approved and its
    gathering is not over. Audited (`substitution.pass_undelivered`). Returns whether it was
    marked now."""
    return _given_up(network, key, made_at, notice=False)


def substitute_notice_given_up(network: Network, key: str, made_at: datetime) -> bool:
    """`substitute_pass_given_up` for a notice to the substitute (`substitute-notice:<key>`):
    only the "works again" one carries the link, so only while that is what they were last
    told (a newer notice drops the older kept ones of its topic)."""
    return _given_up(network, key, made_at, notice=True)


def _given_up(network: Network, key: str, made_at: datetime, *, notice: bool) -> bool:
    if not (key.isascii() and key.isdigit()):
        return False
    now = timezone.now()
    with scope(network=network), transaction.atomic():
        rows = Substitution.objects.filter(
            Q(pass_link_at__isnull=True) | Q(pass_link_at__lte=made_at),
            pk=int(key),
            network=network,
            status=DecisionStatus.APPROVED,
            pass_undelivered_at__isnull=True,
            gathering__ends_at__gt=now,
        )
        if notice:
            rows = rows.filter(pass_notice=Substitution.PassNotice.RESUMED)
        # One conditional UPDATE: two retry workers giving up two emails of the same link
        # mark it once, and audit it once.
        if not rows.update(pass_undelivered_at=now):
            return False
        substitution = Substitution.objects.select_related("gathering").get(pk=int(key))
        gathering_pages_changed(substitution.gathering)
        audit_record(
            action=UNDELIVERED_MARKED,
            network=network,
            target=substitution,
            data={"gathering": substitution.gathering_id, "notice": notice},
        )
    return True


# Written for the pass's address, never the addresses: the audit log outlives a
# substitution and its substitute has no account to export or delete.
ADDRESS_CORRECTED = "address_corrected"


def _corrected_address(*, substitution: Substitution, gathering: Gathering, email: str) -> str:
    """The address a pass is sent again to: blank, or the one it names (in any case), is the
    same address (returned as ""); another is checked as a substitute's address is when
    named (`_address_refused`, `_address_free_to_request`), each refusal beside the field
    `email`."""
    email = email.strip()
    if not email or email.lower() == substitution.email.lower():
        return ""
    try:
        Substitution._meta.get_field("email").clean(email, substitution)
    except ValidationError:
        raise ValidationError(
            {"email": _("Enter the substitute's email, like name@example.org.")}
        ) from None
    if _address_refused(member=substitution.member, email=email):
        raise ValidationError({"email": ADDRESS_REFUSED})
    _address_free_to_request(
        gathering=gathering, member=substitution.member, email=email, field="email"
    )
    return email


@dataclass(frozen=True)
class PassResent:
    """What `substitution_pass_resend` did, for the page to say so: whether the address was
    corrected, and whether the member who named the substitute was emailed about it. Read
    from the service, not guessed by the view from the row it read before the lock."""

    corrected: bool
    member_told: bool


def substitution_pass_resend(
    *,
    substitution: Substitution,
    actor: User,
    undelivered_at: datetime | None,
    email: str = "",
    now: datetime | None = None,
) -> PassResent | None:
    """Send the pass again after the mail queue gave up its email (`pass_undelivered_at`):
    a new link, the old one answering "replaced" from then on, and one new email to the
    substitute (topic `substitute-pass:<id>`: given up again, it is marked again). Done by
    a steward, or by the member who named the substitute (the views check which). Audited
    (`substitution.pass_resent`).

    `email`, when given and not the pass's address, corrects it (the likeliest reason an
    email is not delivered is a mistyped address, and a member names a substitute only
    once per gathering): the pass is re-issued to it, refused beside the field `email` as a
    substitute's address is when named (not an address; the member's own or a minor's; one
    holding another pass here, or a seat with its own answer). The audit row says that the
    address was corrected, never the addresses.

    `undelivered_at` is the mark the page showed. A second POST of that page (a double
    click, a retry on bad wifi) finds the mark cleared by the first and a link issued since
    it: it returns None, sending and writing nothing. Refused, changing nothing: a pass not
    approved or withdrawn, a gathering over, a member no longer in the network (the pass
    does not work), and an email that was not given up.

    Read under the gathering's lock and the row's, as `substitution_revoke`."""
    now = now or timezone.now()
    with transaction.atomic():
        gathering = gathering_lock(substitution.gathering)
        substitution.refresh_from_db(from_queryset=Substitution.objects.select_for_update())
        if substitution.status == DecisionStatus.REVOKED:
            raise ValidationError(
                _("This substitute's pass was withdrawn, so it cannot be sent again.")
            )
        if substitution.status != DecisionStatus.APPROVED:
            raise ValidationError(
                _("Only an approved substitute's pass can be sent, and this one was not approved.")
            )
        if now >= gathering.ends_at:
            raise ValidationError(_("This gathering is over: its passes have stopped already."))
        if not substitution_member_admitted(substitution=substitution):
            raise ValidationError(
                _(
                    "%(member)s is no longer in the network, so this substitute's pass does not "
                    "work: it is not sent again."
                )
                % {"member": substitution.member.full_name}
            )
        if substitution.pass_undelivered_at is None:
            if (
                undelivered_at is not None
                and substitution.pass_link_at is not None
                and substitution.pass_link_at >= undelivered_at
            ):
                return None  # sent again already, since the page was loaded
            raise ValidationError(
                _(
                    "The pass email of %(name)s was not reported undelivered, so it was not "
                    "sent again."
                )
                % {"name": substitution.name}
            )
        corrected = _corrected_address(substitution=substitution, gathering=gathering, email=email)
        secret = new_token()
        fields = _new_link_fields(substitution, secret)
        if corrected:
            fields["email"] = corrected
        for field, value in fields.items():
            setattr(substitution, field, value)
        try:
            # A savepoint: on PostgreSQL a failed statement spoils the transaction around it.
            with transaction.atomic():
                substitution.save(update_fields=list(fields))
        except IntegrityError as error:
            # Checked above under the gathering's lock; `substitution_one_pass_per_email`
            # backs it against a write that took no lock.
            if "substitution_one_pass_per_email" not in str(error):
                raise
            raise ValidationError(
                {
                    "email": _(
                        "Another pass for this gathering was just given this address, so a "
                        "second pass would give one person two seats. Name someone else."
                    )
                }
            ) from None
        # Kept emails with the old link (the pass, a "works again") would bring a dead link.
        mail_retries_supersede(network=gathering.network, topic=_notice_topic(substitution))
        mail_retries_supersede(network=gathering.network, topic=_pass_topic(substitution))
        gathering_pages_changed(gathering)
        audit_record(
            action=SENT_AGAIN,
            actor=actor,
            network=gathering.network,
            target=substitution,
            data={"gathering": gathering.pk, "new_link": True, ADDRESS_CORRECTED: bool(corrected)},
        )
        _pass_send(substitution=substitution, gathering=gathering, secret=secret, again=True)
        # The member named the substitute at the address the stewards have just replaced:
        # told once, with the resend (a replayed POST returns above). Not when they
        # corrected it themselves.
        member_told = bool(corrected) and actor.pk != substitution.member_id
        if member_told:
            _address_corrected_tell(substitution=substitution, gathering=gathering)
    return PassResent(corrected=bool(corrected), member_told=member_told)


def _address_corrected_tell(*, substitution: Substitution, gathering: Gathering) -> None:
    """Tell the member who named the substitute, in their language, once the resend
    commits, that the stewards sent the pass to a corrected address. Neither address is in
    it, nor a masked one: an email sits in an inbox and gets forwarded, the new address is
    the substitute's own, and what the member can do with the news (ask the substitute
    whether the pass arrived, tell the stewards if not) needs none."""
    _member_tell(
        substitution=substitution,
        gathering=gathering,
        subject=gettext_noop(
            "The pass of %(name)s for %(gathering)s was sent to a corrected address"
        ),
        template="gatherings/email/substitute_address_corrected.txt",
    )


def _pass_send(
    *, substitution: Substitution, gathering: Gathering, secret: str, again: bool = False
) -> None:
    """Mail the substitute their pass once the approval commits (a rolled-back approval
    sends nothing); a failed send does not undo the approval. `again`: a steward sent it
    again (`substitution_pass_resend`), and the email says its link replaces earlier ones."""
    link = _pass_link(substitution, secret)
    # The substitute has no account: they read the language of the member who named them.
    with in_language_of(substitution.member):
        subject = _("Your pass for %(gathering)s") % {"gathering": gathering.title}
        body = render_to_string(
            "gatherings/email/pass.txt",
            {
                "name": substitution.name,
                # First name and network only (`substitute_reads_member`): the email
                # can be forwarded, and the substitute may be no member.
                "member": substitute_reads_member(substitution.member),
                "network": gathering.network.name,
                "gathering": gathering.title,
                "link": link,
                "again": again,
            },
        )
    _substitute_mail(
        substitution, gathering, subject=subject, body=body, topic=_pass_topic(substitution)
    )
