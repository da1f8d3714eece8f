"""Youth-adult ties (issue 14): the headline figure counts distinct committer -> presenter
pairs between a minor and an adult, either way, by the same rule as every counted commitment
(hidden, undone or awaiting a guardian's approval do not count), youth guests included (they
commit in the host network without a membership there), under the small-cell rule."""

from __future__ import annotations

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_hide
from collaboratory.insights.report import build_report
from collaboratory.insights.selectors import (
    Scope,
    engine_inputs,
    insights_figures,
    sensitive_published,
)
from collaboratory.insights.selectors.inputs import youth_adult_ties
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

    assert youth_adult_ties(rows) == {(1, 2), (2, 1)}


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


def _published_ties(helpnet: HelpNet) -> dict[str, str]:
    """The youth-adult ties headline of every reporting period, as a steward reads it."""
    first, second = helpnet.first, helpnet.second
    scopes = {
        "all": Scope(),
        "first": Scope(gathering_id=first.pk),
        "second": Scope(gathering_id=second.pk),
        "first year": Scope(year=helpnet.year_of(first)),
        "second year": Scope(year=helpnet.year_of(second)),
    }
    published = sensitive_published(network=helpnet.network)
    out = {}
    for name, scope in scopes.items():
        report = build_report(insights_figures(network=helpnet.network, scope=scope), published)
        out[name] = next(h.value for h in report.headline if h.key == "youth_adult_ties")
    return out


def test_a_hidden_periods_ties_are_not_the_gap_between_two_published_periods(
    helpnet: HelpNet,
) -> None:
    # k = 6: six adults commit to the minor's project at the first gathering (6 ties); at
    # the second the minor's one commitment to Ben is the only tie (hidden). The whole
    # history counts 7: published beside the first gathering's 6 (or the first year's),
    # the hidden 1 was their difference.
    insights_settings_update(network=helpnet.network, actor=helpnet.steward, min_cell_size=6)
    power = PresentedProposalFactory(
        gathering=helpnet.first, proposer=helpnet.minor, title="Power Project"
    )
    h = helpnet
    for adult in (h.ann, h.ben, h.cat, h.dan, h.member, h.steward):
        CommitmentFactory(proposal=power, committer=adult, status="kept")

    shown = _published_ties(helpnet)

    hidden = "fewer than 6"
    assert shown["second"] == shown["second year"] == hidden
    for whole, part in (("all", "first"), ("all", "first year")):
        assert hidden in (shown[whole], shown[part]), shown
    # A gathering alone in its year: the year is that gathering, so both show or neither.
    assert (shown["first"] == hidden) == (shown["first year"] == hidden)
