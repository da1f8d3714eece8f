"""A youth member's Power Project along its path (domain.md, Youth Collaboratory): idea (as
proposed) -> shaped with adults at the first gathering -> reflection at the second. Adults
commit to it in the room like to any presenter; follow-through and its emails run through
`mail_send`'s minor-safe rules like every other commitment's."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.creditclub.models import PowerStage, Proposal, ProposalState
from collaboratory.networks.rules import is_network_steward
from collaboratory.people.models import User

# Each stage and the one that follows it.
NEXT_STAGE = {PowerStage.IDEA: PowerStage.SHAPED, PowerStage.SHAPED: PowerStage.REFLECTION}


def power_project_advance(
    *, proposal: Proposal, actor: User, now: datetime | None = None
) -> Proposal:
    """A steward moves a Power Project one step along its path: to "shaped" once it was
    presented at the first gathering, to "reflection" at the second."""
    now = now or timezone.now()
    if not is_network_steward(actor, proposal.network):
        raise PermissionDenied(_("Only the network's stewards can move a Power Project on."))
    if proposal.state != ProposalState.PRESENTED:
        # Asked first, of every proposal alike: during an anonymized review the refusal
        # must not tell a youth member's proposal (a Power Project) from an adult's.
        raise ValidationError(
            _(
                "Only a presented project moves along a Power Project's path: mark it "
                "presented first."
            )
        )
    if not proposal.is_power_project:
        raise ValidationError(_("This proposal is not a Power Project."))
    stage = NEXT_STAGE.get(PowerStage(proposal.power_stage))
    if stage is None:
        raise ValidationError(_("This Power Project has reached its reflection: the path ends."))
    previous = proposal.power_stage
    moved = Proposal.objects.filter(pk=proposal.pk, power_stage=previous).update(
        power_stage=stage, power_stage_at=now
    )
    if not moved:  # another steward moved it meanwhile
        raise ValidationError(_("This Power Project was moved on meanwhile: reload the page."))
    proposal.power_stage, proposal.power_stage_at = stage, now
    audit_record(
        action="proposal.power_stage",
        actor=actor,
        network=proposal.network,
        target=proposal,
        data={"from": previous, "to": stage},
    )
    return proposal
