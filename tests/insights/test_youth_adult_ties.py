"""Youth-adult ties (issue 14): the headline figure counts distinct committer -> presenter
pairs between a minor and an adult, either way, by the same rule as every counted commitment
(hidden, undone or awaiting a guardian's approval do not count), youth guests included (they
commit in the host network without a membership there), under the small-cell rule."""

from __future__ import annotations

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_hide
from collaboratory.insights.selectors import Scope, engine_inputs, insights_figures
from collaboratory.insights.selectors.inputs import youth_adult_tie_count
from collaboratory.insights.services import insights_settings_update
from collaboratory.people.models import AgeBand
from tests.conftest import client_for
from tests.factories import CommitmentFactory, PresentedProposalFactory, UserFactory
from tests.insights.conftest import HelpNet
from tests.insights.test_views import headline


def _dashboard_figure(helpnet: HelpNet) -> str:
    page = client_for(helpnet.steward).get(
        reverse("insights:dashboard", kwargs={"network_slug": helpnet.network.slug})
    )
    assert page.status_code == 200
    return headline(page.content.decode(), "youth_adult_ties")


def test_ties_are_distinct_directed_pairs_between_a_minor_and_an_adult() -> None:
    rows = [
        (1, 2, True, False),  # minor -> adult
        (1, 2, True, False),  # the same pair again
        (2, 1, False, True),  # the other way: a second tie
        (3, 2, False, False),  # adult -> adult
        (1, 4, True, True),  # minor -> minor
    ]

    assert youth_adult_tie_count(rows) == 2


def test_one_tie_is_below_the_smallest_published_count(helpnet: HelpNet) -> None:
    # The hand-worked network has one: the minor committed to Ben.
    assert engine_inputs(network=helpnet.network, scope=Scope()).youth_adult_ties == 1
    assert _dashboard_figure(helpnet) == "fewer than 11"


def test_ties_either_way_and_a_guests_count_once_k_is_reached(helpnet: HelpNet) -> None:
    insights_settings_update(network=helpnet.network, actor=helpnet.steward, min_cell_size=6)
    power = PresentedProposalFactory(
        gathering=helpnet.second, proposer=helpnet.minor, title="Power Project"
    )
    adults = (helpnet.ann, helpnet.ben, helpnet.cat, helpnet.dan)
    for adult in adults:
        CommitmentFactory(proposal=power, committer=adult, status="kept")
    CommitmentFactory(proposal=power, committer=helpnet.ann, status="kept")  # same pair
    # A youth guest: a minor with no membership in this network.
    guest = UserFactory(full_name="Gus Guest", age_band=AgeBand.AGE_13_15)
    CommitmentFactory(proposal=helpnet.ann_proposal, committer=guest, status="kept")
    hidden = CommitmentFactory(proposal=power, committer=helpnet.member, status="kept")
    with scopes_disabled():
        commitment_hide(commitment=hidden, actor=helpnet.steward, reason="Entered by mistake")

    # minor -> Ben, four adults -> minor, guest -> Ann; the hidden one does not count.
    assert insights_figures(network=helpnet.network).youth_adult_ties == 6
    assert _dashboard_figure(helpnet) == "6"
    assert (
        insights_figures(
            network=helpnet.network, scope=Scope(gathering_id=helpnet.first.pk)
        ).youth_adult_ties
        == 1
    )
