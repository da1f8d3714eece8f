"""What the asks board offers beside an ask, for other apps' pages, so those apps need no
matching code: `{% proposal_ask_help proposal asks as help %}` on the Credit Club's project
page, then `help.offer` and `help.suggest` (sets of ask ids)."""

from __future__ import annotations

from collections.abc import Iterable

from django import template

from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.matching.selectors_asks import ProposalAskHelp, proposal_ask_help

register = template.Library()


@register.simple_tag(takes_context=True, name="proposal_ask_help")
def proposal_ask_help_tag(
    context: template.Context, proposal: Proposal, asks: Iterable[Ask]
) -> ProposalAskHelp:
    return proposal_ask_help(proposal=proposal, asks=list(asks), viewer=context["request"].user)
