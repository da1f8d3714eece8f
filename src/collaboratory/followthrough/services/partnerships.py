"""Partnerships and projects born in the network: members record them, stewards publish
them to the network's list. Partnerships that last: milestones and a status that the people
on it (or a steward) keep, a prompt to its people at 6 and 12 months (each sent exactly
once, `PartnershipPrompt`), and members of a sibling local network taking part once they
accept an invitation (`partnership_invite`, `partnership_invitation_answer`)."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_scopes import scope, scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough.models import (
    Partnership,
    PartnershipInvitation,
    PartnershipMilestone,
    PartnershipPrompt,
)
from collaboratory.followthrough.services.links import link_checked, site_link
from collaboratory.followthrough.services.updates import TEXT_MAX_CHARS
from collaboratory.networks.mail import in_language_of, mail_send
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    MailKind,
    Membership,
    Network,
    NetworkKind,
    Organization,
)
from collaboratory.networks.rules import is_network_member, is_network_steward
from collaboratory.networks.scoping import date_in
from collaboratory.people.models import MINOR_AGE_BANDS, User
from collaboratory.submissions import stored_once, submission_key


def partnership_record(
    *,
    network: Network,
    recorded_by: User,
    kind: str,
    title: str,
    story: str,
    links: str = "",
    member_ids: Iterable[int] = (),
    organization_ids: Iterable[int] = (),
    proposal_ids: Iterable[int] = (),
    idempotency_key: uuid.UUID | str,
    now: datetime | None = None,
) -> Partnership:
    """A member records a partnership or project born in the network; stewards publish it.
    Linked people, organizations and projects must belong to this network; the commitments
    between them that count (`COUNTED`) are linked. Once per
    idempotency key (the form's, required): the same form sent again returns the first
    record, even when both posts race; a form without a usable key records nothing."""
    now = now or timezone.now()
    if not is_network_member(recorded_by, network):
        raise PermissionDenied(_("Only members of this network record its partnerships."))
    key = submission_key(idempotency_key, _NO_KEY)
    existing = Partnership.objects.filter(network=network, idempotency_key=key).first()
    if existing is not None:
        return _same_record(existing, recorded_by)
    errors: dict[str, list[str]] = {}
    if kind not in Partnership.Kind.values:
        errors["kind"] = [_("Choose partnership or project.")]
    title = (title or "").strip()
    if not title:
        errors["title"] = [_("Give it a title.")]
    elif len(title) > 150:
        errors["title"] = [_("Keep the title under 150 characters.")]
    story = (story or "").strip()
    if not story:
        errors["story"] = [_("Tell the story: who met whom, and what grew from it.")]
    elif len(story) > TEXT_MAX_CHARS:
        errors["story"] = [
            ngettext(
                "Keep the story under %(n)d character.",
                "Keep the story under %(n)d characters.",
                TEXT_MAX_CHARS,
            )
            % {"n": TEXT_MAX_CHARS}
        ]
    link_lines = [line.strip() for line in (links or "").splitlines() if line.strip()]
    for line in link_lines:
        link_checked(line, errors, "links")
    member_ids = {int(i) for i in member_ids}
    organization_ids = {int(i) for i in organization_ids}
    proposal_ids = {int(i) for i in proposal_ids}
    linkable = Membership.objects.filter(
        network=network, user_id__in=member_ids, status__in=ADMITTED_STATUSES
    )
    if network.kind != NetworkKind.YOUTH:  # minors are seen only inside their youth cohort
        linkable = linkable.exclude(user__age_band__in=MINOR_AGE_BANDS)
    found = set(linkable.values_list("user_id", flat=True))
    if found != member_ids:
        errors["members"] = [_("Choose members of this network from the search by name.")]
    if Organization.objects.filter(network=network, pk__in=organization_ids).count() != len(
        organization_ids
    ):
        errors["organizations"] = [_("Choose organizations of this network from the list.")]
    projects = set(
        Proposal.objects.filter(
            network=network, pk__in=proposal_ids, state=ProposalState.PRESENTED
        ).values_list("pk", flat=True)
    )
    if projects != proposal_ids:
        errors["proposals"] = [_("Choose presented projects of this network from the list.")]
    if errors:
        raise ValidationError(errors)
    try:
        return _record(
            network=network,
            recorded_by=recorded_by,
            kind=kind,
            title=title,
            story=story,
            link_lines=link_lines,
            member_ids=member_ids,
            organization_ids=organization_ids,
            proposal_ids=proposal_ids,
            key=key,
            now=now,
        )
    except IntegrityError:
        # A concurrent post of the same form won the unique constraint: return its record.
        existing = Partnership.objects.filter(network=network, idempotency_key=key).first()
        if existing is None:
            raise
        return _same_record(existing, recorded_by)


#: What a form without a usable key is told (the page always renders one).
_NO_KEY = gettext_lazy(
    "This form had no usable submission key, so nothing was recorded; send the form again."
)


def _same_record(existing: Partnership, recorded_by: User) -> Partnership:
    """The partnership stored under this key, when this person recorded it: a key sent
    again by someone else is refused (it never opens their record)."""
    if existing.recorded_by_id != recorded_by.pk:
        raise ValidationError(
            {
                "idempotency_key": _(
                    "This form was already used by someone else, so nothing was recorded; "
                    "send the form again."
                )
            }
        )
    return existing


def _record(
    *,
    network: Network,
    recorded_by: User,
    kind: str,
    title: str,
    story: str,
    link_lines: list[str],
    member_ids: set[int],
    organization_ids: set[int],
    proposal_ids: set[int],
    key: uuid.UUID,
    now: datetime,
) -> Partnership:
    with transaction.atomic():
        partnership = Partnership.objects.create(
            network=network,
            kind=kind,
            title=title,
            story=story,
            links="\n".join(link_lines),
            recorded_by=recorded_by,
            created_at=now,
            idempotency_key=key,
        )
        partnership.members.set(member_ids | {recorded_by.pk})
        partnership.organizations.set(organization_ids)
        partnership.proposals.set(proposal_ids)
        # Only commitments that count: a youth's money that their guardian declined was
        # never a promise the network may hold (safeguards.md), and one still awaiting the
        # guardian is not one yet.
        partnership.commitments.set(
            Commitment.objects.filter(
                COUNTED,
                network=network,
                proposal_id__in=proposal_ids,
                committer_id__in=member_ids | {recorded_by.pk},
            )
        )
        audit_record(
            action="partnership.recorded", actor=recorded_by, network=network, target=partnership
        )
    return partnership


def partnership_publish(
    *, partnership: Partnership, actor: User, published: bool, now: datetime | None = None
) -> Partnership:
    """Stewards curate: publish a recorded partnership to the network's list, or take it
    back. Asked again for what it already is (a double tap), it keeps the first moment."""
    if not is_network_steward(actor, partnership.network):
        raise PermissionDenied(_("Only stewards publish partnerships."))
    now = now or timezone.now()
    with transaction.atomic():
        stored = (
            Partnership.objects.select_for_update()
            .filter(pk=partnership.pk)
            .values_list("published_at", flat=True)
            .get()
        )
        if (stored is not None) == published:
            partnership.published_at = stored
            return partnership
        partnership.published_at = now if published else None
        partnership.save(update_fields=["published_at"])
        audit_record(
            action="partnership.published" if published else "partnership.unpublished",
            actor=actor,
            network=partnership.network,
            target=partnership,
        )
    return partnership


# --------------------------------------------------------------------------- lasting

PROMPT_MONTHS = (6, 12)
# A check-in goes out only this long after its day (the network's calendar days), so a
# partnership recorded years ago is not prompted when the worker first runs (as with the
# presenters' prompts).
PARTNERSHIP_PROMPT_WINDOW = timedelta(days=14)
MILESTONE_MAX_CHARS = 150


def partnership_may_tend(user: User, partnership: Partnership) -> bool:
    """The people on a partnership and the stewards of its home network keep its milestones
    and status."""
    if is_network_steward(user, partnership.network):
        return True
    return partnership.members.filter(pk=user.pk).exists() and is_network_member(
        user, partnership.network
    )


def _tend_check(user: User, partnership: Partnership) -> None:
    if not partnership_may_tend(user, partnership):
        raise PermissionDenied(_("Only the people on this partnership or a steward keep it."))


def partnership_milestone_add(
    *,
    partnership: Partnership,
    actor: User,
    title: str,
    due_on: date | None = None,
    idempotency_key: uuid.UUID | str,
    now: datetime | None = None,
) -> PartnershipMilestone:
    """Add a step the partnership means to reach. Once per idempotency key (the add form's,
    required): the same form sent again (a double tap) returns the first milestone, even
    when both posts race; a form without a usable key adds nothing."""
    _tend_check(actor, partnership)
    now = now or timezone.now()
    network = partnership.network
    key = submission_key(idempotency_key, _NO_KEY)
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": [_("Name the milestone.")]})
    if len(title) > MILESTONE_MAX_CHARS or "\n" in title or "\r" in title:
        raise ValidationError(
            {"title": [_("Keep the milestone to one line under 150 characters.")]}
        )

    def create() -> PartnershipMilestone:
        milestone = PartnershipMilestone.objects.create(
            network=network,
            partnership=partnership,
            title=title,
            due_on=due_on,
            added_by=actor,
            created_at=now,
            idempotency_key=key,
        )
        audit_record(
            action="partnership.milestone_added",
            actor=actor,
            network=network,
            target=partnership,
            data={"milestone": milestone.pk},
        )
        return milestone

    return stored_once(
        stored=lambda: PartnershipMilestone.objects.filter(
            network=network, idempotency_key=key
        ).first(),
        create=create,
        same=lambda found: _same_milestone(found, partnership, actor),
    )


def _same_milestone(
    existing: PartnershipMilestone, partnership: Partnership, actor: User
) -> PartnershipMilestone:
    """The milestone stored under this key, when this person added it to this partnership:
    a key sent again by someone else, or for another partnership, is refused."""
    if existing.added_by_id != actor.pk or existing.partnership_id != partnership.pk:
        raise ValidationError(
            {
                "idempotency_key": _(
                    "This form was already used, so nothing was added; send the form again."
                )
            }
        )
    return existing


def partnership_milestone_reach(
    *,
    milestone: PartnershipMilestone,
    actor: User,
    reached: bool,
    now: datetime | None = None,
) -> PartnershipMilestone:
    """Mark a milestone reached (or not yet, to undo a slip). Asked again for what it already
    is (a double tap), it keeps the first day."""
    _tend_check(actor, milestone.partnership)
    now = now or timezone.now()
    with transaction.atomic():
        stored = (
            PartnershipMilestone.objects.select_for_update()
            .filter(pk=milestone.pk)
            .values_list("reached_at", flat=True)
            .get()
        )
        if (stored is not None) == reached:
            milestone.reached_at = stored
            return milestone
        milestone.reached_at = now if reached else None
        milestone.save(update_fields=["reached_at"])
        audit_record(
            action="partnership.milestone_reached" if reached else "partnership.milestone_reopened",
            actor=actor,
            network=milestone.network,
            target=milestone.partnership,
            data={"milestone": milestone.pk},
        )
    return milestone


def partnership_status_set(
    *, partnership: Partnership, actor: User, status: str, now: datetime | None = None
) -> Partnership:
    """Say where the partnership stands: active, paused, completed or ended."""
    _tend_check(actor, partnership)
    if status not in Partnership.Status.values:
        raise ValidationError({"status": [_("Choose active, paused, completed or ended.")]})
    now = now or timezone.now()
    if status == partnership.status:
        return partnership
    with transaction.atomic():
        before = partnership.status
        partnership.status = status
        partnership.status_changed_at = now
        partnership.save(update_fields=["status", "status_changed_at"])
        audit_record(
            action="partnership.status_set",
            actor=actor,
            network=partnership.network,
            target=partnership,
            data={"from": before, "to": status},
        )
    return partnership


# How long an invitation onto a partnership waits for its answer.
INVITATION_DAYS = 14
# At most this many addresses in one post (the form's field holds 5,000 characters).
INVITE_MAX_ADDRESSES = 50


def partnership_invite(
    *,
    partnership: Partnership,
    actor: User,
    partner_network: Network,
    emails: Iterable[str],
    now: datetime | None = None,
) -> None:
    """Invite members of a sibling local network onto a partnership, by the addresses a
    home steward typed. Both networks sit under the same national network, and the steward
    must also be an admitted member of the partner network. Each typed address gets one
    invitation row whoever it belongs to (unique per partnership and address: a double tap
    or a retry sends nothing more); only an adult admitted member there is emailed, and
    named on the partnership once they accept (`partnership_invitation_answer`). An address
    whose invitation ran out unaccepted is invited again (`_invitation_renew`; a decline
    stands). Returns nothing: what it did must not tell the steward who is a member of the
    other network."""
    home = partnership.network
    if not is_network_steward(actor, home) or not is_network_member(actor, partner_network):
        raise PermissionDenied(
            _("Only a steward here who also belongs to the other network invites its members.")
        )
    now = now or timezone.now()
    errors: dict[str, list[str]] = {}
    if (
        partner_network.pk == home.pk
        or partner_network.kind != NetworkKind.LOCAL
        or home.parent_id is None
        or partner_network.parent_id != home.parent_id
    ):
        errors["partner_network"] = [
            _("Choose another local network under the same national network.")
        ]
    elif _other_partner(partnership, partner_network):
        errors["partner_network"] = [
            _("This partnership already invites members of another network; keep to that one.")
        ]
    typed = list(dict.fromkeys(e.strip().lower() for e in emails if e.strip()))
    bad = [e for e in typed if not _looks_like_email(e)]
    if not typed:
        errors["member_emails"] = [_("Write at least one member's email.")]
    elif bad:
        errors["member_emails"] = [
            _("%(address)s is not an email address.") % {"address": bad[0][:80]}
        ]
    elif len(typed) > INVITE_MAX_ADDRESSES:
        errors["member_emails"] = [
            _("Invite at most %(n)d addresses at a time.") % {"n": INVITE_MAX_ADDRESSES}
        ]
    if errors:
        raise ValidationError(errors)
    # Read in the partner network's own scope: a page of the home network runs in the home's.
    with scope(network=partner_network):
        adults = {
            email: user_id
            for email, user_id in Membership.objects.filter(
                network=partner_network, status__in=ADMITTED_STATUSES
            )
            .exclude(user__age_band__in=MINOR_AGE_BANDS)
            .annotate(address=Lower("user__email"))
            .filter(address__in=typed)
            .values_list("address", "user_id")
        }
        invited: list[PartnershipInvitation] = []
        with transaction.atomic():
            for email in typed:
                try:
                    with transaction.atomic():
                        invited.append(
                            PartnershipInvitation.objects.create(
                                network=partner_network,
                                partnership=partnership,
                                home_network=home,
                                email=email,
                                invitee_id=adults.get(email),
                                invited_by=actor,
                                created_at=now,
                                expires_at=now + timedelta(days=INVITATION_DAYS),
                            )
                        )
                except IntegrityError:  # invited already: again only once it ran out
                    renewed = _invitation_renew(
                        partnership, email, adults.get(email), actor=actor, now=now
                    )
                    if renewed is not None:
                        invited.append(renewed)
            if invited:
                # The count of addresses typed, never who among them is a member.
                audit_record(
                    action="partnership.invited",
                    actor=actor,
                    network=home,
                    target=partnership,
                    data={"partner_network": partner_network.pk, "addresses": len(invited)},
                )
            for invitation in invited:
                if invitation.invitee_id is not None and not invitation.answer:
                    _invitation_email(invitation.pk)


def _invitation_renew(
    partnership: Partnership,
    email: str,
    invitee_id: int | None,
    *,
    actor: User,
    now: datetime,
) -> PartnershipInvitation | None:
    """The invitation of `email` sent again, when it ran out unaccepted: it runs another
    `INVITATION_DAYS` and the steward's page reads "sent" again. Unanswered, it goes to
    whoever the address belongs to now (emailed by the caller). Declined, the decline stands
    (nobody is emailed, the answer is kept) but its dates move the same way, so the page
    reads alike for a declined address and one of no member. Before it ran out, or once
    accepted, nothing changes. One conditional update: a double tap renews once."""
    row = PartnershipInvitation.objects.filter(partnership=partnership, email=email).first()
    if row is None or row.answer == PartnershipInvitation.Answer.ACCEPTED or now < row.expires_at:
        return None
    fields: dict[str, object] = {
        "created_at": now,
        "expires_at": now + timedelta(days=INVITATION_DAYS),
        "invited_by": actor,
    }
    if not row.answer:
        fields["invitee_id"] = invitee_id
    done = PartnershipInvitation.objects.filter(
        pk=row.pk, answer=row.answer, expires_at=row.expires_at
    ).update(**fields)
    if done != 1:  # renewed or answered by someone else meanwhile
        return None
    row.refresh_from_db()
    return row


def _other_partner(partnership: Partnership, partner_network: Network) -> bool:
    """Whether the partnership already spans, or invites into, another network: it has one
    partner network."""
    if partnership.partner_network_id not in (None, partner_network.pk):
        return True
    with scopes_disabled():  # its invitations live in their partner networks
        return (
            PartnershipInvitation.objects.filter(partnership=partnership)
            .exclude(network=partner_network)
            .exists()
        )


def _looks_like_email(text: str) -> bool:
    try:
        validate_email(text)
    except ValidationError:
        return False
    return True


def _invitation_email(invitation_id: int) -> None:
    """The invited member's email: who invites them onto what, and the page where they
    accept or decline. Sent in the transaction that stores it; a failed send is no error
    the steward may read (it would say the address is a member's): the invitation waits on
    the member's list of invitations all the same."""
    with scopes_disabled():
        invitation = (
            PartnershipInvitation.objects.select_related(
                "partnership", "home_network", "network", "invitee", "invited_by"
            )
            .filter(pk=invitation_id, invitee__isnull=False)
            .first()
        )
    if invitation is None or invitation.invitee is None:
        return
    person = invitation.invitee
    link = site_link(
        "followthrough:partnership_invitation",
        network_slug=invitation.network.slug,
        invitation_id=invitation.pk,
    )
    with in_language_of(person):
        subject = _("An invitation onto a partnership of %(network)s") % {
            "network": invitation.home_network.name
        }
        body = render_to_string(
            "followthrough/email/partnership_invitation.txt",
            {"invitation": invitation, "person": person, "link": link},
        )
    authors = [invitation.invited_by] if invitation.invited_by else []
    mail_send(
        network=invitation.network,
        subject=subject,
        body=body,
        recipients=[person],
        # The partnership's title is its recorder's words.
        free_text=True,
        authors=authors,
        link=link,
    )


def partnership_invitation_answer(
    *,
    invitation: PartnershipInvitation,
    user: User,
    accept: bool,
    now: datetime | None = None,
) -> PartnershipInvitation:
    """The invited member accepts (and is named on the partnership, which then counts as
    spanning their network) or declines. Answered once: one conditional update, so a double
    tap or a retry changes nothing more; the same answer again is no error. Refused after
    the invitation ran out, and for anyone but the member it was sent to, who must still be
    an adult admitted there."""
    now = now or timezone.now()
    if invitation.invitee_id is None or invitation.invitee_id != user.pk:
        raise PermissionDenied(_("This invitation is not yours to answer."))
    answer = (
        PartnershipInvitation.Answer.ACCEPTED if accept else PartnershipInvitation.Answer.DECLINED
    )
    partner_network = invitation.network
    # Read and written in the partner network's scope, whichever page or task asks.
    with scope(network=partner_network), transaction.atomic():
        stored = (
            PartnershipInvitation.objects.filter(pk=invitation.pk)
            .values_list("answer", flat=True)
            .get()
        )
        if stored == answer:
            invitation.answer = stored
            return invitation
        if stored:
            raise ValidationError(_("You have answered this invitation already."))
        if now >= invitation.expires_at:
            raise ValidationError(
                _("This invitation ran out on %(day)s; ask its steward to invite you again.")
                % {"day": date_format(date_in(partner_network, invitation.expires_at))}
            )
        if accept and (
            user.is_minor
            or not Membership.objects.filter(
                network=partner_network, user=user, status__in=ADMITTED_STATUSES
            ).exists()
        ):
            raise PermissionDenied(
                _("Only an adult member of %(network)s can accept it.")
                % {"network": partner_network.name}
            )
        done = PartnershipInvitation.objects.filter(pk=invitation.pk, answer="").update(
            answer=answer, answered_at=now
        )
        if done != 1:  # answered between the read and the write: the first answer stands
            invitation.refresh_from_db()
            return invitation
        invitation.answer, invitation.answered_at = answer, now
        partnership = invitation.partnership
        if accept:
            partnership.members.add(user)
            # The partnership spans networks from its first acceptance (the national
            # roll-up counts it then), never from an invitation alone.
            with scopes_disabled():  # the partnership lives in the home network
                Partnership.objects.filter(pk=partnership.pk, partner_network__isnull=True).update(
                    partner_network=partner_network
                )
            audit_record(
                action="partnership.invitation_accepted",
                actor=user,
                network=invitation.home_network,
                target=partnership,
                data={"partner_network": partner_network.pk},
            )
        else:
            # In the partner network's log only: the home network reads "not accepted"
            # once the invitation runs out, as for any other address.
            audit_record(
                action="partnership.invitation_declined",
                actor=user,
                network=partner_network,
                target=invitation,
            )
    return invitation


def partnership_invitations_forget(*, user_id: int, email: str) -> None:
    """Account deletion hook (`people.services.on_account_delete`): every invitation onto a
    partnership to the person's address goes, whoever it pointed at (a minor's address and
    one typed before its account existed point at no one, and kept the deleted person's
    address). The partnerships they accepted lose them with the account."""
    with scopes_disabled():  # each lives in its partner network
        PartnershipInvitation.objects.filter(
            Q(invitee_id=user_id) | Q(email=email.strip().lower())
        ).delete()


When = TypeVar("When", date, datetime)


def months_after(when: When, months: int) -> When:
    """The same day (and time) `months` calendar months later (the 31st becomes the
    month's last)."""
    month0 = when.month - 1 + months
    year, month = when.year + month0 // 12, month0 % 12 + 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


def _prompt_recipients(partnership: Partnership) -> list[User]:
    """The people on it who are still admitted in its home network: the check-in links to
    the partnership's page there, which a partner network's member cannot open (nor keep
    the milestones it asks about)."""
    admitted = Membership.objects.filter(
        network_id=partnership.network_id, status__in=ADMITTED_STATUSES
    ).values("user_id")
    return list(partnership.members.filter(pk__in=admitted).order_by("pk"))


def partnership_prompts_send(*, network: Network, now: datetime | None = None) -> int:
    """Prompt the people of every still-running partnership of `network` at 6 and 12 months
    to update its milestones and status. Each prompt goes out exactly once: its sent-log row
    is written in the transaction that sends, and the unique constraint makes a second run
    (or a concurrent worker) skip it. Returns how many prompts went out."""
    now = now or timezone.now()
    today = date_in(network, now)
    # A day wider than the window: which day a partnership was recorded on is the network's
    # calendar's to say.
    earliest = (
        months_after(now, -max(PROMPT_MONTHS)) - PARTNERSHIP_PROMPT_WINDOW - timedelta(days=1)
    )
    candidates = list(
        Partnership.objects.filter(
            network=network,
            status__in=(Partnership.Status.ACTIVE, Partnership.Status.PAUSED),
            created_at__gte=earliest,
        ).order_by("pk")
    )
    done = set(
        PartnershipPrompt.objects.filter(network=network, partnership__in=candidates).values_list(
            "partnership_id", "months"
        )
    )
    sent = 0
    for partnership in candidates:
        # Calendar months from the day it was recorded in the network's calendar: summer
        # time, and a UTC date a day ahead of the network's, move nothing.
        recorded_on = date_in(network, partnership.created_at)
        for months in PROMPT_MONTHS:
            due = months_after(recorded_on, months)
            if (partnership.pk, months) in done or not (
                due <= today < due + PARTNERSHIP_PROMPT_WINDOW
            ):
                continue
            sent += _prompt_send(partnership, months, now)
    return sent


def _prompt_send(partnership: Partnership, months: int, now: datetime) -> int:
    recipients = _prompt_recipients(partnership)
    try:
        with transaction.atomic():
            row = PartnershipPrompt.objects.create(
                network=partnership.network,
                partnership=partnership,
                months=months,
                sent_at=now,
            )
            link = site_link(
                "followthrough:partnership",
                network_slug=partnership.network.slug,
                partnership_id=partnership.pk,
            )
            count = 0
            for person in recipients:
                with in_language_of(person):
                    subject = _("%(months)d months on: how is %(title)s going?") % {
                        "months": months,
                        "title": partnership.title,
                    }
                    body = render_to_string(
                        "followthrough/email/partnership_prompt.txt",
                        {
                            "partnership": partnership,
                            "months": months,
                            "link": link,
                            "person": person,
                        },
                    )
                count += mail_send(
                    network=partnership.network,
                    subject=subject,
                    body=body,
                    recipients=[person],
                    free_text=False,
                    kind=MailKind.REMINDERS,
                    link=link,
                )
            row.recipients = count
            row.save(update_fields=["recipients"])
    except IntegrityError:  # another run sent it first
        return 0
    return 1
