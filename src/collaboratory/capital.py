"""The shared vocabulary of help: kinds of capital and categories of asks and offers.

Offered assets (people), asks (creditclub) and commitments all speak it, so it lives once.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class CapitalKind(models.TextChoices):
    SOCIAL = "social", _("Social")
    INTELLECTUAL = "intellectual", _("Intellectual")
    INSTITUTIONAL = "institutional", _("Institutional")
    FINANCIAL = "financial", _("Financial")


CAPITAL_EXPLAINED = {
    CapitalKind.SOCIAL: _("introductions, networks"),
    CapitalKind.INTELLECTUAL: _("expertise, advice with a concrete deliverable"),
    CapitalKind.INSTITUTIONAL: _("space, staff time, platforms, endorsement, volunteers"),
    CapitalKind.FINANCIAL: _("money"),
}


class HelpCategory(models.TextChoices):
    SPACE = "space", _("Space")
    INTRO_PEOPLE = "intro_people", _("Introductions to people")
    INTRO_ORGANIZATIONS = "intro_organizations", _("Introductions to organizations")
    VOLUNTEERS = "volunteers", _("Volunteers")
    AMPLIFICATION = "amplification", _("Advocates and amplification")
    EXPERTISE = "expertise", _("Expertise")
    FUNDING = "funding", _("Funding")
    OTHER = "other", _("Other")


# The kind of capital a category usually is, offered as the default in forms.
DEFAULT_KIND = {
    HelpCategory.SPACE: CapitalKind.INSTITUTIONAL,
    HelpCategory.INTRO_PEOPLE: CapitalKind.SOCIAL,
    HelpCategory.INTRO_ORGANIZATIONS: CapitalKind.SOCIAL,
    HelpCategory.VOLUNTEERS: CapitalKind.INSTITUTIONAL,
    HelpCategory.AMPLIFICATION: CapitalKind.SOCIAL,
    HelpCategory.EXPERTISE: CapitalKind.INTELLECTUAL,
    HelpCategory.FUNDING: CapitalKind.FINANCIAL,
    HelpCategory.OTHER: CapitalKind.SOCIAL,
}


def kind_or_default(*, kind: str, category: str) -> str:
    """`kind` as chosen, or, left empty, the kind its category usually is (`DEFAULT_KIND`);
    "" when neither is known. Asks and offered assets both default by it: an offer's form
    once preselected "Social" for every category ("Space (Social)")."""
    if kind:
        return kind
    return DEFAULT_KIND.get(HelpCategory(category), "") if category in HelpCategory.values else ""
