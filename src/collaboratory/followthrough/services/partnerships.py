"""Partnerships and projects born in the network: members record them, stewards publish
them to the network's list."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from collaboratory.audit.services import audit_record
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough.models import Partnership
from collaboratory.followthrough.services.links import link_checked
from collaboratory.followthrough.services.updates import TEXT_MAX_CHARS
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    Network,
    NetworkKind,
    Organization,
)
from collaboratory.networks.rules import is_network_member, is_network_steward
from collaboratory.people.models import MINOR_AGE_BANDS, User


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
    now: datetime | None = None,
) -> Partnership:
    """A member records a partnership or project born in the network; stewards publish it.
    Linked people, organizations and projects must belong to this network."""
    now = now or timezone.now()
    if not is_network_member(recorded_by, network):
        raise PermissionDenied(_("Only members of this network record its partnerships."))
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
    with transaction.atomic():
        partnership = Partnership.objects.create(
            network=network,
            kind=kind,
            title=title,
            story=story,
            links="\n".join(link_lines),
            recorded_by=recorded_by,
            created_at=now,
        )
        partnership.members.set(member_ids | {recorded_by.pk})
        partnership.organizations.set(organization_ids)
        partnership.proposals.set(proposal_ids)
        partnership.commitments.set(
            Commitment.objects.filter(
                network=network,
                proposal_id__in=proposal_ids,
                committer_id__in=member_ids | {recorded_by.pk},
                hidden_at__isnull=True,
                undone_at__isnull=True,
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
    back."""
    if not is_network_steward(actor, partnership.network):
        raise PermissionDenied(_("Only stewards publish partnerships."))
    now = now or timezone.now()
    with transaction.atomic():
        partnership.published_at = now if published else None
        partnership.save(update_fields=["published_at"])
        audit_record(
            action="partnership.published" if published else "partnership.unpublished",
            actor=actor,
            network=partnership.network,
            target=partnership,
        )
    return partnership
