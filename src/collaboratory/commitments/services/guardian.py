"""A youth member's money commitment and their guardian's answer (safeguards.md: "a money
commitment by a minor needs the guardian's approval").

`commitment_create` stores such a commitment as awaiting and calls
`commitment_guardian_request` in the same transaction: each guardian whose consent stands gets
a single-use link (networks/tokens.py; only the digest is stored). Until a guardian approves,
the commitment is on no board, follow-up list or figure (`models.NOT_COUNTED`).
`commitment_guardian_decide` records the first answer with one conditional UPDATE; an
approval then announces the commitment to the room like a new one (and an offer made on the
asks board to its presenter, through the `on_offer` hooks). One still waiting on the
18th birthday is the young adult's to keep or withdraw (`commitment_adult_decide`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.commitments.live.events import KIND_CONSOLE, KIND_CREATED, live_event_record
from collaboratory.commitments.models import Commitment, GuardianApproval, GuardianApprovalLink
from collaboratory.commitments.selectors import guardian_link_for_token
from collaboratory.commitments.services.offer_hooks import offer_counted
from collaboratory.commitments.services.payload import commitment_payload
from collaboratory.creditclub.selectors import minor_name
from collaboratory.networks.mail import in_guardian_language, mail_send
from collaboratory.networks.selectors import guardian_emails_of, under_guardians
from collaboratory.networks.tokens import new_token, token_digest
from collaboratory.people.models import User

GUARDIAN_LINK_DAYS = 14
# The kept approval emails of a youth member: "guardian-money:<youth id>:<link id>".
MONEY_APPROVAL_TOPIC = "guardian-money:"


class GuardianLinkUnusable(Exception):
    """Unknown, expired or used link, or the commitment was decided already: one answer."""


def presenter_name_for_guardian(commitment: Commitment) -> str:
    """The presenter as the guardian reads them, in the email and on its link's page. The
    guardian is an adult outside the cohort: another young person is named to them by first
    name only (`minor_name`), as to any adult who is not a steward."""
    presenter = commitment.proposal.proposer
    return minor_name(presenter.full_name) if presenter.is_minor else presenter.full_name


def _approval_email(commitment: Commitment, link: str) -> tuple[str, str]:
    youth = commitment.committer
    values = {
        "name": youth.full_name or _("Your youth member"),
        "what": commitment.what,
        "amount": commitment.amount_text or "-",
        "presenter": presenter_name_for_guardian(commitment),
        "project": commitment.proposal.title,
        "gathering": commitment.gathering.title,
        "days": GUARDIAN_LINK_DAYS,
        "link": link,
    }
    subject = _("Your approval, please: %(name)s offered money at %(gathering)s") % values
    body = (
        _(
            "%(name)s offered a commitment of money at %(gathering)s, to %(presenter)s's "
            'project "%(project)s":\n\n%(what)s\nAmount: %(amount)s\n\n'
            "A youth member's money commitment counts only with a guardian's approval. "
            "Approve or decline it here (no account needed; the link works once, for "
            "%(days)s days):\n%(link)s\n\n"
            "The stewards of the network get a copy of this email."
        )
        % values
    )
    return subject, body


def money_approval_topic(youth_id: int, link_id: int) -> str:
    """What a kept approval email is filed under (`mail_send`'s topic): one per link, so one
    guardian's email never replaces another's, and by youth, so that deleting the account
    drops every one still waiting (`guardian_money_emails_forget`)."""
    return f"{MONEY_APPROVAL_TOPIC}{youth_id}:{link_id}"


def commitment_guardian_request(*, commitment: Commitment, now: datetime | None = None) -> int:
    """Issue one approval link per guardian of the youth committer and email it (after
    commit). Returns how many links were issued; with no guardian on file, none, and the
    commitment waits for a steward to contact the family."""
    now = now or timezone.now()
    youth: User = commitment.committer
    issued: list[tuple[str, str, int]] = []
    for email in guardian_emails_of(user=youth):
        token = new_token()
        link = GuardianApprovalLink.objects.create(
            network=commitment.network,
            commitment=commitment,
            guardian_email=email,
            token_digest=token_digest(token),
            created_at=now,
            expires_at=now + timedelta(days=GUARDIAN_LINK_DAYS),
        )
        issued.append((email, token, link.pk))
    audit_record(
        action="commitment.guardian_requested",
        actor=youth,
        network=commitment.network,
        target=commitment,
        data={"guardians": len(issued)},
    )

    def send() -> None:
        for email, token, link_id in issued:
            link = settings.SITE_URL + reverse("guardian_approval:decide", kwargs={"token": token})
            # The guardian's language, not that of whoever entered the commitment.
            with in_guardian_language(email, youth=youth):
                subject, body = _approval_email(commitment, link)
            # The youth's own words go to their guardian; the stewards get their copy.
            mail_send(
                network=commitment.network,
                subject=subject,
                body=body,
                recipients=[email],
                free_text=True,
                authors=[youth],
                topic=money_approval_topic(youth.pk, link_id),
            )

    transaction.on_commit(send)
    return len(issued)


def commitment_guardian_decide(
    *, token: str, approve: bool, now: datetime | None = None
) -> Commitment:
    """The guardian's answer through their link: approve (the commitment counts from now
    and shows on the board) or decline (it never counts). The first answer wins; any other
    use of a link raises `GuardianLinkUnusable`."""
    now = now or timezone.now()
    link = guardian_link_for_token(token=token, now=now)
    if link is None:
        raise GuardianLinkUnusable
    with scope(network=link.network), transaction.atomic():
        used = GuardianApprovalLink.objects.filter(pk=link.pk, used_at__isnull=True).update(
            used_at=now
        )
        decision = GuardianApproval.APPROVED if approve else GuardianApproval.DECLINED
        decided = Commitment.objects.filter(
            pk=link.commitment_id,
            network=link.network,
            guardian_approval=GuardianApproval.AWAITING,
            undone_at__isnull=True,
            hidden_at__isnull=True,
        ).update(
            guardian_approval=decision,
            guardian_approved=approve,
            # It counts from the approval: the offer email's hourly pass looks back from it.
            counted_at=now if approve else None,
        )
        if not used or not decided:
            raise GuardianLinkUnusable
        commitment = link.commitment
        commitment.guardian_approval = decision
        commitment.guardian_approved = approve
        commitment.counted_at = now if approve else None
        audit_record(
            action=f"commitment.guardian_{decision}",
            network=link.network,
            target=commitment,
            data={"committer": commitment.committer_id},
        )
        if approve:
            live_event_record(
                network=link.network,
                gathering=commitment.gathering,
                kind=KIND_CREATED,
                payload=commitment_payload(commitment),
            )
            # An offer made on the asks board is told to its presenter from now.
            offer_counted(commitment=commitment)
        else:
            # It leaves the console's waiting list, live; nothing reaches the board.
            live_event_record(
                network=link.network, gathering=commitment.gathering, kind=KIND_CONSOLE, payload={}
            )
    return commitment


def commitment_adult_decide(
    *,
    commitment: Commitment,
    user: User,
    keep: bool,
    now: datetime | None = None,
    why: str = "",
) -> Commitment:
    """A money commitment made as a minor still waits for the guardian on the 18th
    birthday, when the guardian's say ends: the committer, an adult now, keeps it (it counts
    from now and is announced to the room, as an approval is) or withdraws it (undone, never
    counted). Never counted silently: it was made as a minor. One conditional UPDATE, so a
    second press changes nothing; before 18, or on someone else's commitment, refused.

    `why` is set when nobody pressed: the rule that withdrew it for them (money in a cohort
    they left, which they can no longer keep there), recorded with no actor."""
    now = now or timezone.now()
    if why and keep:
        raise ValueError("Only a withdrawal is made on someone's behalf.")
    if commitment.committer_id != user.pk:
        raise ValidationError(_("Only the person who made a commitment can decide about it."))
    if under_guardians(user=user, now=now):
        raise ValidationError(
            _("This commitment waits for your guardian's approval until you turn 18.")
        )
    changes: dict[str, object] = {"guardian_approval": GuardianApproval.NOT_NEEDED}
    if keep:
        changes["counted_at"] = now  # it counts from now, as from an approval
    else:
        changes["undone_at"] = now
    with scope(network=commitment.network), transaction.atomic():
        decided = Commitment.objects.filter(
            pk=commitment.pk,
            network=commitment.network,
            committer=user,
            guardian_approval=GuardianApproval.AWAITING,
            undone_at__isnull=True,
            hidden_at__isnull=True,
        ).update(**changes)
        if not decided:
            raise ValidationError(
                _("This commitment no longer waits for a decision: it was decided already.")
            )
        commitment.refresh_from_db()
        audit_record(
            action="commitment.kept_at_18" if keep else "commitment.withdrawn_at_18",
            actor=None if why else user,
            network=commitment.network,
            target=commitment,
            data={"why": why} if why else None,
        )
        if keep:
            live_event_record(
                network=commitment.network,
                gathering=commitment.gathering,
                kind=KIND_CREATED,
                payload=commitment_payload(commitment),
            )
            offer_counted(commitment=commitment)
        else:
            # Withdrawn: it leaves the console's waiting list, live.
            live_event_record(
                network=commitment.network,
                gathering=commitment.gathering,
                kind=KIND_CONSOLE,
                payload={},
            )
    return commitment
