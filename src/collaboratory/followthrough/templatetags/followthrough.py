"""`{% project_followthrough proposal %}`: the follow-through block of a project page (the
Credit Club's proposal page includes it), so the creditclub app needs no follow-through code."""

from __future__ import annotations

from typing import Any

from django import template

from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough.selectors import project_followthrough

register = template.Library()


@register.inclusion_tag("followthrough/_project.html", takes_context=True)
def project_followthrough_block(context: template.Context, proposal: Proposal) -> dict[str, Any]:
    request = context["request"]
    shown = proposal.state in (ProposalState.SELECTED, ProposalState.PRESENTED)
    data = project_followthrough(proposal=proposal) if shown else None
    return {
        "shown": shown,
        "data": data,
        "proposal": proposal,
        "is_presenter": proposal.proposer_id == request.user.pk,
        "is_presented": proposal.state == ProposalState.PRESENTED,
        "network": context.get("network"),
        "csrf_token": context.get("csrf_token"),
        "request": request,
    }
