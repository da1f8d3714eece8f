"""Follow-through blocks other apps' pages include, so those apps need no follow-through code:
`{% project_followthrough_block proposal %}` on the Credit Club's project page and
`{% gratitude_board gathering %}` on the live room's projection board."""

from __future__ import annotations

import uuid
from typing import Any

from django import template

from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough.selectors import gratitude_roll_call, project_followthrough
from collaboratory.gatherings.models import Gathering

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
        # The update form's own key: sent twice, an update is posted and emailed once.
        "update_key": uuid.uuid4(),
        "network": context.get("network"),
        "csrf_token": context.get("csrf_token"),
        "request": request,
    }


@register.inclusion_tag("followthrough/_gratitude_board.html")
def gratitude_board(gathering: Gathering) -> dict[str, Any]:
    """The roll call the room reads before the first presenter: what was kept since the
    previous gathering, grouped by project, with young people named as the room's adult
    members read them (no viewer: everyone in the room reads the board)."""
    return {"thanks": gratitude_roll_call(gathering=gathering, viewer=None)}
