"""Ranking: the text score combined with what the network knows, with reasons, inside the
network's boundaries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import CommitmentStatus
from collaboratory.commitments.services.commitment import commitment_hide, commitment_undo
from collaboratory.creditclub.models import Ask
from collaboratory.gatherings.models import Gathering
from collaboratory.matching.ranking import suggestions_for_ask, suggestions_for_asks
from collaboratory.networks.models import MembershipStatus, NetworkKind, Role
from collaboratory.people.models import AgeBand
from collaboratory.people.services import offered_asset_add
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)
from tests.matching.conftest import (
    GRANT_REVIEW,
    HALL,
    INTRODUCTIONS,
    NEWSLETTER,
    VENUE_ASK,
    Scene,
    make_scene,
    names,
)

pytestmark = pytest.mark.django_db


def test_a_venue_ask_suggests_the_community_hall_first_by_meaning(scene: Scene) -> None:
    # The hall shares no word with the ask and is filed under "other", not "space".
    scene.member("Hana Hall", HALL)
    scene.member("Ivan Intro", INTRODUCTIONS)
    scene.member("Gus Grant", GRANT_REVIEW)
    scene.member("Nell News", NEWSLETTER)

    suggestions = suggestions_for_ask(ask=scene.ask)

    assert suggestions.method == "embedding"
    assert names(suggestions)[0] == "Hana Hall"
    assert suggestions.items[0].reasons[0] == "offers: Our community hall seats 80"
    assert "Gus Grant" not in names(suggestions)  # unrelated offers are no suggestion at all


def past_gathering(scene: Scene, days_ago: int) -> Gathering:
    return GatheringFactory(
        network=scene.network, first_part_at=timezone.now() - timedelta(days=days_ago)
    )


def test_reasons_name_the_offer_kept_commitments_and_a_new_tie(db: None) -> None:
    scene = make_scene(presenter_sector="Business")
    hana = scene.member("Hana Hall", HALL, sector=scene.sector("Faith"))
    other = PresentedProposalFactory(gathering=past_gathering(scene, 90))
    for _ in range(3):
        CommitmentFactory(
            proposal=other, committer=hana, capital="institutional", status=CommitmentStatus.KEPT
        )
    CommitmentFactory(
        proposal=other, committer=hana, capital="social", status=CommitmentStatus.KEPT
    )

    (suggestion,) = suggestions_for_ask(ask=scene.ask).items

    assert suggestion.reasons == ["offers: Our community hall seats 80", "new tie across sectors"]
    assert suggestion.record == ["kept 3 institutional commitments (space, staff, volunteers)"]


def test_kept_commitments_hidden_or_undone_are_no_record_and_no_score(scene: Scene) -> None:
    # Hana's one counted kept commitment is her record; Ivan's two are hidden or undone.
    hana = scene.member("Hana Hall", HALL)
    ivan = scene.member("Ivan Inn", HALL)
    other = PresentedProposalFactory(gathering=past_gathering(scene, 90))
    steward = MembershipFactory(network=scene.network, role=Role.STEWARD).user
    CommitmentFactory(
        proposal=other, committer=hana, capital="institutional", status=CommitmentStatus.KEPT
    )
    hidden, undone = (
        CommitmentFactory(proposal=other, committer=ivan, capital="institutional", status=status)
        for status in (CommitmentStatus.KEPT, CommitmentStatus.PARTLY_KEPT)
    )
    with scopes_disabled():
        commitment_hide(commitment=hidden, actor=steward, reason="Not a commitment")
        commitment_undo(commitment=undone, actor=ivan, now=undone.created_at)

    by_name = {s.name: s for s in suggestions_for_ask(ask=scene.ask).items}

    assert by_name["Hana Hall"].record == [
        "kept 1 institutional commitment (space, staff, volunteers)"
    ]
    assert by_name["Ivan Inn"].record == []
    assert by_name["Ivan Inn"].score < by_name["Hana Hall"].score


def test_no_new_tie_bonus_for_someone_who_already_helped_the_presenter(scene: Scene) -> None:
    hana = scene.member("Hana Hall", HALL, age_band=AgeBand.AGE_65_UP)
    earlier = PresentedProposalFactory(
        gathering=past_gathering(scene, 90), proposer=scene.presenter
    )
    CommitmentFactory(proposal=earlier, committer=hana, status=CommitmentStatus.RELEASED)

    (suggestion,) = suggestions_for_ask(ask=scene.ask).items

    assert not any("generations" in reason for reason in suggestion.reasons)


def test_someone_who_already_committed_to_the_ask_is_not_suggested_for_it(scene: Scene) -> None:
    """The follow-up page lists the commitments to each ask and then "who else could help":
    the member whose offer is already in that list is no suggestion for the same ask, in
    the network or in the room. Their commitment to another ask does not count."""
    hana = scene.member("Hana Hall", HALL)
    ivan = scene.member("Ivan Inn", HALL)
    for person in (hana, ivan):
        scene.check_in(person)
    CommitmentFactory(proposal=scene.proposal, committer=hana, capital="institutional")
    other = PresentedProposalFactory(
        gathering=past_gathering(scene, 90),
        proposer=scene.presenter,
        asks=(("space", "institutional", "A hall for 60 people on a Friday night"),),
    )
    with scopes_disabled():
        other_ask = Ask.objects.select_related("proposal", "network").get(proposal=other)

    assert names(suggestions_for_ask(ask=scene.ask)) == ["Ivan Inn"]
    assert names(suggestions_for_ask(ask=scene.ask, among=scene.gathering)) == ["Ivan Inn"]
    assert sorted(names(suggestions_for_ask(ask=other_ask))) == ["Hana Hall", "Ivan Inn"]


def test_a_first_tie_across_generations_is_a_reason(scene: Scene) -> None:
    scene.member("Hana Hall", HALL, age_band=AgeBand.AGE_65_UP)

    (suggestion,) = suggestions_for_ask(ask=scene.ask).items

    assert suggestion.reasons[-1] == "new tie across generations"


def test_several_divides_make_one_reason(db: None) -> None:
    scene = make_scene(presenter_sector="Business")
    with scopes_disabled():
        scene.presenter.region = "Ohio"
        scene.presenter.save(update_fields=["region"])
    scene.member(
        "Hana Hall", HALL, sector=scene.sector("Faith"), region="Texas", age_band=AgeBand.AGE_65_UP
    )

    (suggestion,) = suggestions_for_ask(ask=scene.ask).items

    assert suggestion.reasons == [
        "offers: Our community hall seats 80",
        "new tie across sectors, regions and generations",
    ]


def test_a_youth_guests_power_project_finds_ties_across_generations(db: None) -> None:
    # The guest presents at the parent network's gathering with no membership there.
    national = NetworkFactory()
    youth = make_scene(network=NetworkFactory(kind=NetworkKind.YOUTH, parent=national))
    with scopes_disabled():
        guest = youth.presenter
        guest.age_band = AgeBand.AGE_16_17
        guest.save(update_fields=["age_band"])
    scene = make_scene(network=national)
    proposal = PresentedProposalFactory(
        gathering=scene.gathering, proposer=guest, asks=(("space", "institutional", VENUE_ASK),)
    )
    with scopes_disabled():
        ask = Ask.objects.select_related("proposal", "network").get(proposal=proposal)
    scene.member("Hana Hall", HALL)

    (suggestion,) = suggestions_for_ask(ask=ask).items

    assert suggestion.reasons[-1] == "new tie across generations"


def another_ask(scene: Scene, category: str, capital: str, text: str) -> Ask:
    proposal = PresentedProposalFactory(
        gathering=scene.gathering, asks=((category, capital, text),)
    )
    with scopes_disabled():
        return Ask.objects.select_related("proposal", "network").get(proposal=proposal)


MAP_HELP = ("intellectual", "expertise", "GIS mapping help: I read tree-canopy and shade maps")
CURRICULUM = ("intellectual", "expertise", "Curriculum design for youth programs")


def test_a_strong_match_hides_offers_that_pass_only_on_their_category(scene: Scene) -> None:
    ask = another_ask(scene, "expertise", "intellectual", "Help reading a tree-canopy map")
    scene.member("Gia Maps", MAP_HELP)
    scene.member("Cy Curriculum", CURRICULUM)

    assert names(suggestions_for_ask(ask=ask)) == ["Gia Maps"]


def test_without_a_strong_match_the_nearest_offers_of_the_category_stay(scene: Scene) -> None:
    # The floor is relative to the best offer there is, not a bar a small network never meets.
    ask = another_ask(scene, "expertise", "intellectual", "Help reading a tree-canopy map")
    scene.member("Cy Curriculum", CURRICULUM)

    assert names(suggestions_for_ask(ask=ask)) == ["Cy Curriculum"]


def test_a_funding_ask_suggests_funding_offers_whatever_their_words(scene: Scene) -> None:
    ask = another_ask(scene, "funding", "financial", "Fans and cooling kits")
    scene.member("Gwen Grant", ("financial", "funding", "A small grant of up to $2,500"))
    scene.member("Vic Van", ("institutional", "other", "A van and driver for a day"))

    assert names(suggestions_for_ask(ask=ask)) == ["Gwen Grant"]


def test_the_fallback_matches_by_words_and_says_so(scene: Scene, words_only: None) -> None:
    scene.member("Rita Room", ("institutional", "space", "A room for meetings on Saturday"))
    scene.member("Ivan Intro", INTRODUCTIONS)

    suggestions = suggestions_for_ask(ask=scene.ask)

    assert suggestions.by_words
    assert not suggestions.catching_up
    assert names(suggestions) == ["Rita Room"]


def test_a_busy_member_drops_below_an_equal_one(scene: Scene) -> None:
    busy = scene.member("Bea Busy", HALL)
    scene.member("Cal Calm", HALL)
    recent = PresentedProposalFactory(gathering=past_gathering(scene, 3))
    for _ in range(4):
        CommitmentFactory(proposal=recent, committer=busy)

    suggestions = suggestions_for_ask(ask=scene.ask)

    assert names(suggestions) == ["Cal Calm", "Bea Busy"]
    assert suggestions.items[1].record == ["already committed 4 times in the last 30 days"]


def test_commitments_older_than_a_month_do_not_count_as_load(scene: Scene) -> None:
    busy = scene.member("Bea Busy", HALL)
    scene.member("Cal Calm", HALL)
    old = PresentedProposalFactory(gathering=past_gathering(scene, 60))
    for _ in range(4):
        CommitmentFactory(proposal=old, committer=busy, status=CommitmentStatus.RELEASED)

    suggestions = suggestions_for_ask(ask=scene.ask)

    assert names(suggestions) == ["Bea Busy", "Cal Calm"]  # equal: by name


# ---------------------------------------------------------------------------- boundaries


def test_members_of_another_network_are_never_suggested(scene: Scene) -> None:
    scene.member("Far Away", HALL, network=NetworkFactory())
    scene.member("Near By", NEWSLETTER)

    assert "Far Away" not in names(suggestions_for_ask(ask=scene.ask))


def test_people_hidden_from_the_directory_are_not_suggested(scene: Scene) -> None:
    scene.member("Sue Suspended", HALL, status=MembershipStatus.SUSPENDED)
    scene.member("Amy Active", HALL)

    assert names(suggestions_for_ask(ask=scene.ask)) == ["Amy Active"]


def test_the_presenter_is_not_suggested_for_their_own_ask(scene: Scene) -> None:
    offered_asset_add(
        user=scene.presenter, kind="institutional", category="space", description=HALL[2]
    )

    assert names(suggestions_for_ask(ask=scene.ask)) == []


def test_minors_are_not_suggested_outside_their_youth_cohort(scene: Scene) -> None:
    scene.member("Young Yara", HALL, age_band=AgeBand.AGE_16_17)

    assert names(suggestions_for_ask(ask=scene.ask)) == []


def test_minors_are_suggested_inside_their_youth_cohort_without_contact(db: None) -> None:
    youth = make_scene(network=NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory()))
    youth.member("Young Yara", HALL, age_band=AgeBand.AGE_16_17, role="youth_member")

    (suggestion,) = suggestions_for_ask(ask=youth.ask).items

    assert suggestion.name == "Young Yara"
    assert not any("regions" in reason for reason in suggestion.reasons)
    assert not hasattr(suggestion, "email")


def test_the_room_narrows_to_people_checked_in(scene: Scene) -> None:
    here = scene.member("Hera Here", HALL)
    scene.member("Otto Out", HALL)
    scene.check_in(here)

    assert names(suggestions_for_ask(ask=scene.ask, among=scene.gathering)) == ["Hera Here"]


def test_queries_do_not_grow_with_the_number_of_members(scene: Scene) -> None:
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            suggestions_for_ask(ask=scene.ask)
        return len(queries)

    scene.member("One", HALL)
    suggestions_for_ask(ask=scene.ask)  # vectors computed inline and stored the first time
    one = count()
    for n in range(8):
        scene.member(f"More {n}", HALL, NEWSLETTER)
    suggestions_for_ask(ask=scene.ask)
    assert count() == one


def test_queries_do_not_grow_with_the_number_of_asks(scene: Scene) -> None:
    more = PresentedProposalFactory(
        gathering=scene.gathering,
        asks=(
            ("volunteers", "institutional", "Ushers for the opening night"),
            ("amplification", "social", "A mention on local radio"),
        ),
    )
    with scopes_disabled():
        asks = [scene.ask, *more.asks.select_related("proposal", "network")]
    scene.member("One", HALL, NEWSLETTER)
    suggestions_for_asks(asks=asks)  # vectors computed inline and stored the first time

    def count(chosen: list[Ask]) -> int:
        with CaptureQueriesContext(connection) as queries:
            suggestions_for_asks(asks=chosen)
        return len(queries)

    assert count(asks[:1]) == count(asks)


def test_asks_of_two_networks_are_never_ranked_together(db: None) -> None:
    ours, theirs = make_scene(), make_scene()

    with pytest.raises(ValueError, match="one network"):
        suggestions_for_asks(asks=[ours.ask, theirs.ask])
