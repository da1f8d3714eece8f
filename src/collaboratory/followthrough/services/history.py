"""Commitments recorded as they happened (the demo generator, imports), not replayed
through the moves."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import NOT_COUNTED, Commitment
from collaboratory.followthrough.models import (
    CommitmentActivity,
    Partnership,
    PartnershipInvitation,
    PartnershipMilestone,
    PresenterFeedback,
    ProjectUpdate,
)
from collaboratory.followthrough.services.move_mail import history_logged_as_told
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
from collaboratory.people.models import MINOR_AGE_BANDS


def commitment_history_bulk_create(
    *,
    network: Network,
    commitments: list[Commitment],
    activity: list[CommitmentActivity] = (),  # type: ignore[assignment]
) -> list[Commitment]:
    """Record commitments as they happened (states taken as given, not replayed through
    the transitions), with the notes that went with them. Every row is checked first:
    its network, a known status, and kept dates only on kept ones. Its moves are logged as
    told (`history_logged_as_told`): no email goes for history."""
    settled_kept = {lifecycle.KEPT, lifecycle.PARTLY_KEPT}
    for c in commitments:
        if c.network_id != network.pk or c.status not in lifecycle.STATES:
            raise ValidationError(
                _("Each commitment must belong to this network, in a known status.")
            )
        if (c.kept_at is not None) != (c.status in settled_kept):
            raise ValidationError(_("Only kept and partly kept commitments have a kept date."))
    for c in commitments:
        if c.counted_at is None and c.guardian_approval not in NOT_COUNTED:
            c.counted_at = c.created_at  # it counted from when it was made
    with transaction.atomic():
        created = Commitment.objects.bulk_create(commitments, batch_size=500)
        for item in activity:
            item.commitment_id = item.commitment.pk
        stored = CommitmentActivity.objects.bulk_create(list(activity), batch_size=500)
        # History, not moves made now: nobody is emailed about it, then or by a later pass.
        history_logged_as_told(activities=stored)
        audit_record(
            action="commitment.history_imported",
            network=network,
            data={"count": len(created)},
        )
    return created


def project_history_bulk_create(
    *,
    network: Network,
    updates: list[ProjectUpdate],
    feedback: list[PresenterFeedback],
    partnerships: list[tuple[Partnership, list[int], list[Commitment]]],
    milestones: Sequence[PartnershipMilestone] = (),
) -> None:
    """Record presenters' updates and feedback and the partnerships that grew from kept
    commitments, as they happened (the demo generator). A partnership comes with its
    members' user ids and its commitments; its projects are theirs; `milestones` name their
    partnerships among these. Every row must belong to the network, and a partnership's
    commitments must be kept and count (not hidden, undone, or a youth's money the guardian
    has not approved). A member of its partner network who is not one of this network is on
    it only as an adult admitted member there, recorded as having accepted an invitation (a
    day after it was recorded): nobody of another network is named without their consent,
    in history either."""
    commitments = [c for _p, _m, cs in partnerships for c in cs]
    network_ids = [
        *(u.network_id for u in updates),
        *(f.network_id for f in feedback),
        *(p.network_id for p, _m, _c in partnerships),
        *(c.network_id for c in commitments),
        *(m.network_id for m in milestones),
    ]
    if any(n != network.pk for n in network_ids):
        raise ValidationError(_("Each record must belong to this network."))
    if any(
        c.status not in (lifecycle.KEPT, lifecycle.PARTLY_KEPT) or not c.is_shown
        for c in commitments
    ):
        raise ValidationError(_("A partnership grows only from kept commitments that count."))
    accepted = _partners_accepted(network, partnerships)
    with transaction.atomic():
        ProjectUpdate.objects.bulk_create(updates, batch_size=500)
        PresenterFeedback.objects.bulk_create(feedback, batch_size=500)
        invitations = []
        for index, (partnership, members, kept) in enumerate(partnerships):
            partnership.save()
            partnership.members.set(members)
            partnership.proposals.set({c.proposal_id for c in kept})
            partnership.commitments.set(kept)
            for partner_id, user_id, email in accepted[index]:
                on = partnership.created_at + timedelta(days=1)
                invitations.append(
                    PartnershipInvitation(
                        network_id=partner_id,
                        partnership=partnership,
                        home_network=network,
                        email=email.lower(),
                        invitee_id=user_id,
                        invited_by_id=partnership.recorded_by_id,
                        created_at=partnership.created_at,
                        expires_at=partnership.created_at + timedelta(days=14),
                        answer=PartnershipInvitation.Answer.ACCEPTED,
                        answered_at=on,
                    )
                )
        with scopes_disabled():  # each lives in its partner network
            PartnershipInvitation.objects.bulk_create(invitations, batch_size=500)
        PartnershipMilestone.objects.bulk_create(milestones, batch_size=500)
        audit_record(
            action="project.history_imported",
            network=network,
            data={
                "updates": len(updates),
                "feedback": len(feedback),
                "partnerships": len(partnerships),
                "milestones": len(milestones),
            },
        )


def _partners_accepted(
    network: Network, partnerships: list[tuple[Partnership, list[int], list[Commitment]]]
) -> list[list[tuple[int, int, str]]]:
    """Per partnership, its members from its partner network (the network's id, theirs and
    their address), each an adult admitted member there; anyone who belongs to neither
    network is refused."""
    with scopes_disabled():  # the members' networks, home and partner
        ids = {user_id for _p, members, _c in partnerships for user_id in members}
        home = set(
            Membership.objects.filter(network=network, user_id__in=ids).values_list(
                "user_id", flat=True
            )
        )
        partners = {
            (network_id, user_id): email
            for network_id, user_id, email in Membership.objects.filter(
                user_id__in=ids - home, status__in=ADMITTED_STATUSES
            )
            .exclude(user__age_band__in=MINOR_AGE_BANDS)
            .values_list("network_id", "user_id", "user__email")
        }
    result = []
    for partnership, members, _kept in partnerships:
        found = []
        for user_id in members:
            if user_id in home:
                continue
            partner_id = partnership.partner_network_id
            email = partners.get((partner_id, user_id)) if partner_id is not None else None
            if partner_id is None or email is None:
                raise ValidationError(
                    _(
                        "Each person on a partnership must belong to its network, or be an "
                        "adult member of its partner network."
                    )
                )
            found.append((partner_id, user_id, email))
        result.append(found)
    return result
