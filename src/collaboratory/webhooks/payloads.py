"""What each webhook event says: from an audit event to (event type, data), or None.

Payloads carry ids, states and titles, and people only by display name: never an email
address, a phone number, a free-text note or commitment wording, nor any self-description.
A minor is never named ("a youth member"), and text a minor wrote (their project's title)
is left out, so no contact detail a minor typed can leave the network this way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.urls import reverse

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import NOT_COUNTED, Commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.people.models import User
from collaboratory.webhooks.models import EventType

YOUTH_LABEL = "a youth member"  # a fixed English word: payloads are data, not pages
FORMER_MEMBER_LABEL = "a former member"  # in place of a person who deleted their account


def person(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    if user.is_minor:
        return {"name": YOUTH_LABEL, "youth_member": True}
    return {"name": user.full_name, "youth_member": False}


def _link(name: str, **kwargs: Any) -> str:
    return settings.SITE_URL + reverse(name, kwargs=kwargs)


def gathering_data(gathering: Gathering) -> dict[str, Any]:
    return {
        "id": gathering.pk,
        "title": gathering.title,
        "format": gathering.format,
        "city": gathering.city,
        "starts_at": gathering.starts_at.isoformat(),
        "ends_at": gathering.ends_at.isoformat(),
        "url": _link("gatherings:detail", network_slug=gathering.network.slug, pk=gathering.pk),
    }


def proposal_data(proposal: Proposal) -> dict[str, Any]:
    by_minor = proposal.proposer.is_minor
    return {
        "id": proposal.pk,
        "title": None if by_minor else proposal.title,
        "state": proposal.state,
        "presenter": person(proposal.proposer),
    }


def commitments_for_payload(ids: list[int]) -> dict[int, Commitment]:
    """The commitments with what their payload reads, in one query."""
    rows = Commitment.objects.select_related(
        "proposal__proposer", "committer", "gathering", "network"
    ).filter(pk__in=ids)
    return {c.pk: c for c in rows}


def commitment_state(commitment: Commitment) -> dict[str, Any]:
    """A commitment's payload data as it stands (made's, and withdrawn's)."""
    return {
        "commitment": {
            "id": commitment.pk,
            "status": commitment.status,
            "capital": commitment.capital,
            "amount": (
                f"{commitment.amount.normalize():f}" if commitment.amount is not None else None
            ),
            "unit": commitment.unit,
            "due_on": commitment.due_on.isoformat(),
            "url": _link(
                "followthrough:commitment",
                network_slug=commitment.network.slug,
                commitment_id=commitment.pk,
            ),
        },
        "committer": person(commitment.committer),
        "project": proposal_data(commitment.proposal),
        "gathering": {"id": commitment.gathering_id, "title": commitment.gathering.title},
    }


def commitment_data(event: AuditEvent) -> dict[str, Any] | None:
    commitment = commitments_for_payload([int(event.target_id)]).get(int(event.target_id))
    if commitment is None:
        return None
    if event.action == "commitment.created" and commitment.guardian_approval in NOT_COUNTED:
        # A minor's money waits for the guardian and counts nowhere until approved: it is
        # made, for the network's systems too, at `commitment.guardian_approved` (or at
        # `commitment.kept_at_18`, when the committer keeps it on turning 18).
        return None
    data = commitment_state(commitment)
    if event.action == "commitment.status":
        data["commitment"]["previous_status"] = event.data.get("from")
        data["commitment"]["status"] = event.data.get("to", commitment.status)
        data["moved_by"] = sorted(event.data.get("roles", []))
    return data


def _proposal_selected(event: AuditEvent) -> dict[str, Any] | None:
    proposal = (
        Proposal.objects.select_related("proposer", "gathering__network")
        .filter(pk=event.target_id)
        .first()
    )
    if proposal is None:
        return None
    return {"proposal": proposal_data(proposal), "gathering": gathering_data(proposal.gathering)}


def _gathering_announced(event: AuditEvent) -> dict[str, Any] | None:
    gathering = Gathering.objects.select_related("network").filter(pk=event.target_id).first()
    return None if gathering is None else {"gathering": gathering_data(gathering)}


def memberships_for_payload(ids: list[int]) -> dict[int, Membership]:
    """The memberships with their people, in one query."""
    return {m.pk: m for m in Membership.objects.select_related("user").filter(pk__in=ids)}


def member_data(membership: Membership) -> dict[str, Any]:
    return {
        "member": {
            "membership_id": membership.pk,
            "role": membership.role,
            **(person(membership.user) or {}),
        }
    }


def _membership_created(event: AuditEvent) -> dict[str, Any] | None:
    if event.data.get("status") != MembershipStatus.ACTIVE:
        return None  # a youth member joins at `membership.consent_granted`
    membership = Membership.objects.select_related("user").filter(pk=event.target_id).first()
    return None if membership is None else member_data(membership)


def _consent_granted(event: AuditEvent) -> dict[str, Any] | None:
    membership = Membership.objects.select_related("user").filter(pk=event.target_id).first()
    return None if membership is None else member_data(membership)


# audit action -> (webhook event, how to build its data)
ACTIONS: dict[str, tuple[str, Callable[[AuditEvent], dict[str, Any] | None]]] = {
    "commitment.created": (EventType.COMMITMENT_MADE, commitment_data),
    "commitment.guardian_approved": (EventType.COMMITMENT_MADE, commitment_data),
    # Kept by the committer on turning 18, it counts from then, as an approved one does.
    "commitment.kept_at_18": (EventType.COMMITMENT_MADE, commitment_data),
    "commitment.status": (EventType.COMMITMENT_MOVED, commitment_data),
    # Withdrawn carries exactly what made did: not whether it was undone or hidden (a
    # steward's moderation of a named person is not the receiver's to know), nor the reason.
    "commitment.undone": (EventType.COMMITMENT_WITHDRAWN, commitment_data),
    "commitment.hidden": (EventType.COMMITMENT_WITHDRAWN, commitment_data),
    "proposal.selected": (EventType.PROPOSAL_SELECTED, _proposal_selected),
    "gathering.announced": (EventType.GATHERING_ANNOUNCED, _gathering_announced),
    "membership.created": (EventType.MEMBER_JOINED, _membership_created),
    "membership.consent_granted": (EventType.MEMBER_JOINED, _consent_granted),
}
