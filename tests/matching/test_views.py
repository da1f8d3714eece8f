"""The suggestion fragments as people meet them: beside an ask on the review board (for
stewards), on the presenter's follow-up page, and in the facilitator console among people
checked in. Who else may open them is in tests/authz/policy.py."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import CommitmentStatus
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.demo.generator import MEMBER_EMAIL, DemoSummary
from collaboratory.gatherings.models import Substitution
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network, NetworkKind, Role
from collaboratory.people.models import AgeBand, User
from tests.authz.objects import proposal_pk
from tests.conftest import World, client_for
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)
from tests.matching.conftest import HALL, NEWSLETTER, VENUE_ASK, Scene, make_scene

pytestmark = pytest.mark.django_db


def fragment_url(scene: Scene) -> str:
    return reverse(
        "matching:ask_suggestions",
        kwargs={"network_slug": scene.network.slug, "ask_id": scene.ask.pk},
    )


def proposal_url(scene: Scene) -> str:
    return reverse(
        "matching:proposal_suggestions",
        kwargs={"network_slug": scene.network.slug, "proposal_id": scene.proposal.pk},
    )


def room_url(scene: Scene) -> str:
    return reverse(
        "matching:room_suggestions",
        kwargs={"network_slug": scene.network.slug, "gathering_id": scene.gathering.pk},
    )


def test_a_steward_sees_who_can_meet_the_ask_with_reasons_and_no_address(scene: Scene) -> None:
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    scene.member("Hana Hall", HALL, organization_name="Grange Hall Trust")
    hana_email = "hana@private.example"
    with scopes_disabled():
        from collaboratory.people.models import User

        User.objects.filter(full_name="Hana Hall").update(email=hana_email)

    response = client_for(steward).get(fragment_url(scene))

    body = response.content.decode()
    assert response.status_code == 200
    assert "<strong>Hana Hall</strong></a>, Grange Hall Trust" in body
    assert f"/n/{scene.network.slug}/members/" in body  # the name leads to the profile
    assert "offers: Our community hall seats 80" in body
    assert hana_email not in body
    assert "mailto:" not in body


def test_the_presenter_sees_suggestions_for_their_own_ask(scene: Scene) -> None:
    scene.member("Hana Hall", HALL)

    response = client_for(scene.presenter).get(fragment_url(scene))

    assert response.status_code == 200
    assert "Hana Hall" in response.content.decode()


def test_any_member_sees_suggestions_for_an_ask_presented_without_the_record(
    scene: Scene,
) -> None:
    someone = scene.member("Sam Someone", NEWSLETTER)
    scene.member("Hana Hall", HALL)

    response = client_for(someone).get(fragment_url(scene))

    assert response.status_code == 200
    assert "Hana Hall" in response.content.decode()


def test_a_member_suggested_for_an_ask_sees_that_it_is_them(scene: Scene) -> None:
    hana = scene.member("Hana Hall", HALL)
    scene.member("Hal Hall", HALL)

    mine = client_for(hana).get(fragment_url(scene)).content.decode()
    theirs = client_for(scene.presenter).get(fragment_url(scene)).content.decode()

    assert "<strong>Hana Hall</strong></a> (you)" in mine
    assert "<strong>Hal Hall</strong></a> (you)" not in mine
    assert "(you)" not in theirs


def test_a_proposal_not_yet_presented_keeps_its_asks_private(world: World) -> None:
    """Not found, as any object one may not see: a 403 would tell that the number exists."""
    with scopes_disabled():
        ask = Ask.objects.get(proposal_id=proposal_pk(world, "alpha"))  # selected, not presented
        someone = MembershipFactory(network=world.alpha).user
    url = reverse("matching:ask_suggestions", kwargs={"network_slug": "alpha", "ask_id": ask.pk})
    proposal = reverse(
        "matching:proposal_suggestions",
        kwargs={"network_slug": "alpha", "proposal_id": ask.proposal_id},
    )

    assert client_for(someone).get(url).status_code == 404
    assert client_for(someone).get(proposal).status_code == 404
    assert client_for(world.personas["member"]).get(url).status_code == 200  # its presenter


def test_a_draft_proposals_suggestions_are_not_found_for_other_members(scene: Scene) -> None:
    someone = scene.member("Sam Someone", NEWSLETTER)
    with scopes_disabled():
        Proposal.objects.filter(pk=scene.proposal.pk).update(state=ProposalState.DRAFT)

    ask_response = client_for(someone).get(fragment_url(scene))
    proposal_response = client_for(someone).get(proposal_url(scene))

    assert (ask_response.status_code, proposal_response.status_code) == (404, 404)
    assert "We could not find that page" in ask_response.content.decode()
    assert client_for(scene.presenter).get(fragment_url(scene)).status_code == 200


@pytest.mark.parametrize("submitted", [False, True])
def test_a_draft_s_ask_and_its_suggestions_are_not_found_for_stewards(
    scene: Scene, submitted: bool
) -> None:
    """A draft is its member's own, stewards too (`creditclub.view_proposal`): the ask's own
    suggestions answered a steward with the draft's words ("DRAFT-ASK-CANARY") and who could
    meet them, by the ask's number, while the proposal's suggestions were not found. A
    draft withdrawn before it was submitted stays the member's; once submitted it is the
    stewards' to see, withdrawn or not."""
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    scene.member("Hana Hall", HALL)
    with scopes_disabled():
        Ask.objects.filter(pk=scene.ask.pk).update(what="DRAFT-ASK-CANARY, a room for 60")
        Proposal.objects.filter(pk=scene.proposal.pk).update(
            state=ProposalState.WITHDRAWN if submitted else ProposalState.DRAFT,
            submitted_at=timezone.now() if submitted else None,
        )
    client = client_for(steward)

    ask_page = client.get(fragment_url(scene))
    ask_fragment = client.get(fragment_url(scene), HTTP_HX_REQUEST="true")
    proposal_response = client.get(proposal_url(scene))

    codes = (ask_page.status_code, ask_fragment.status_code, proposal_response.status_code)
    assert codes == ((200, 200, 200) if submitted else (404, 404, 404))
    if not submitted:
        for response in (ask_page, ask_fragment, proposal_response):
            assert "DRAFT-ASK-CANARY" not in response.content.decode()
            assert "Hana Hall" not in response.content.decode()
    # The presenter still sees their own draft's suggestions.
    assert client_for(scene.presenter).get(fragment_url(scene)).status_code == 200


def _guest_ask(scene: Scene) -> Ask:
    """A youth guest's presented ask at the scene's gathering: a 16-year-old of the cohort
    under the scene's network, who is not a member of it."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=scene.network)
    guest = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__full_name="Gia Guest",
        user__age_band=AgeBand.AGE_16_17,
    ).user
    proposal = PresentedProposalFactory(
        gathering=scene.gathering, proposer=guest, asks=(("space", "institutional", VENUE_ASK),)
    )
    with scopes_disabled():
        return Ask.objects.select_related("network").get(proposal=proposal)


def test_a_youth_guests_ask_is_not_found_by_members_as_on_the_board(scene: Scene) -> None:
    """The board and the offer page hide a youth guest's ask from the host's members; its
    suggestions are not found either (a 200, or a 403, would confirm a minor's ask)."""
    someone = scene.member("Sam Someone", NEWSLETTER)
    scene.member("Hana Hall", HALL)
    ask = _guest_ask(scene)
    kwargs = {"network_slug": scene.network.slug, "ask_id": ask.pk}
    client = client_for(someone)

    fragment = client.get(reverse("matching:ask_suggestions", kwargs=kwargs))
    offer = client.get(reverse("matching:offer", kwargs=kwargs))

    assert (fragment.status_code, offer.status_code) == (404, 404)
    assert "Hana Hall" not in fragment.content.decode()
    assert "Gia Guest" not in fragment.content.decode()
    # The presenter's own ask on the board is unchanged for the same member.
    assert client.get(fragment_url(scene)).status_code == 200


def test_those_who_see_a_youth_guests_ask_keep_its_suggestions(scene: Scene) -> None:
    """Stewards see the guest's ask on the review board and the facilitator in the console,
    so its suggestions stay theirs."""
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    facilitator = scene.member("Fay Facilitator", role=Role.FACILITATOR)
    hana = scene.member("Hana Hall", HALL)
    scene.check_in(hana)
    ask = _guest_ask(scene)
    one = reverse(
        "matching:ask_suggestions",
        kwargs={"network_slug": scene.network.slug, "ask_id": ask.pk},
    )
    review = reverse(
        "matching:proposal_suggestions",
        kwargs={"network_slug": scene.network.slug, "proposal_id": ask.proposal_id},
    )

    responses = [
        client_for(steward).get(one),
        client_for(steward).get(review),
        client_for(facilitator).get(room_url(scene)),
    ]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert all("Hana Hall" in r.content.decode() for r in responses)


def test_the_demo_s_youth_guest_asks_are_not_found_by_members(demo: DemoSummary) -> None:
    """In the seeded demo, the national network's asks presented by youth guests: off the
    board, and their offer page and suggestions are 404 to a member, while a steward still
    gets their suggestions on the review board."""
    with scopes_disabled():
        national = Network.objects.get(slug="national")
        admitted = Membership.objects.filter(network=national, status__in=ADMITTED_STATUSES)
        guest_asks = list(
            Ask.objects.filter(network=national, proposal__state=ProposalState.PRESENTED)
            .exclude(proposal__proposer__in=admitted.values("user"))
            .select_related("proposal")
        )
        member = User.objects.get(email=MEMBER_EMAIL)
        steward = admitted.filter(role=Role.STEWARD).first()
    assert guest_asks, "the demo has no youth guest presenting at the national network"
    assert steward is not None
    as_member, as_steward = client_for(member), client_for(steward.user)
    for ask in guest_asks:
        kwargs = {"network_slug": "national", "ask_id": ask.pk}
        review = {"network_slug": "national", "proposal_id": ask.proposal_id}

        fragment = as_member.get(reverse("matching:ask_suggestions", kwargs=kwargs))
        offer = as_member.get(reverse("matching:offer", kwargs=kwargs))
        on_review = as_steward.get(reverse("matching:proposal_suggestions", kwargs=review))

        assert (fragment.status_code, offer.status_code, on_review.status_code) == (404, 404, 200)


def test_other_members_do_not_get_the_proposal_fragment(scene: Scene) -> None:
    someone = scene.member("Sam Someone", NEWSLETTER)

    assert client_for(someone).get(proposal_url(scene)).status_code == 403


def test_without_the_model_the_fragment_says_it_matched_by_words(
    scene: Scene, words_only: None
) -> None:
    scene.member("Rita Room", ("institutional", "space", "A room for meetings on Saturday"))

    body = client_for(scene.presenter).get(fragment_url(scene)).content.decode()

    assert "Matched by words (the language model is not installed)." in body
    assert "Rita Room" in body


def test_the_console_shows_only_people_checked_in(scene: Scene) -> None:
    facilitator = scene.member("Fay Facilitator", role=Role.FACILITATOR)
    here = scene.member("Hera Here", HALL)
    scene.member("Otto Out", HALL)
    scene.check_in(here)

    body = client_for(facilitator).get(room_url(scene)).content.decode()

    assert "Hera Here" in body
    assert "Otto Out" not in body


def test_the_console_counts_a_member_checked_in_on_a_substitute_pass(scene: Scene) -> None:
    """A member named as another's substitute is checked in on that pass, never in the
    ledger: the console's "who in the room holds this" left them out. A withdrawn pass
    counts for no one."""
    facilitator = scene.member("Fay Facilitator", role=Role.FACILITATOR)
    sender = scene.member("Sam Sender")
    with scopes_disabled():
        for name, status in (("Olga Onpass", "approved"), ("Wanda Withdrawn", "revoked")):
            person = scene.member(name, HALL)
            Substitution.objects.create(
                network=scene.network,
                gathering=scene.gathering,
                member=sender if status == "approved" else scene.member("Will Sender"),
                name=name,
                email=person.email.upper(),
                reason="travel",
                status=status,
                requested_at=scene.gathering.starts_at,
                checked_in_at=timezone.now(),
            )

    body = client_for(facilitator).get(room_url(scene)).content.decode()

    assert "Olga Onpass" in body
    assert "Wanda Withdrawn" not in body


def test_the_console_fragment_is_for_those_who_run_the_room(scene: Scene) -> None:
    assert client_for(scene.presenter).get(room_url(scene)).status_code == 403


def test_the_proposal_fragment_lists_each_ask_with_its_suggestions(scene: Scene) -> None:
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    scene.member("Hana Hall", HALL)

    body = client_for(steward).get(proposal_url(scene)).content.decode()

    assert "Space: A room for 60 people on a Saturday evening" in body
    assert "<strong>Hana Hall</strong>" in body


def test_a_gathering_of_another_network_is_not_found_in_this_room(scene: Scene) -> None:
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    elsewhere = GatheringFactory(network=NetworkFactory())
    url = reverse(
        "matching:room_suggestions",
        kwargs={"network_slug": scene.network.slug, "gathering_id": elsewhere.pk},
    )

    assert client_for(steward).get(url).status_code == 404


def test_a_youth_presenter_sees_names_without_contact_details(db: None) -> None:

    cohort = make_scene(network=NetworkFactory(kind="youth", parent=NetworkFactory()))
    peer = cohort.member("Young Yara", HALL, age_band=AgeBand.AGE_16_17, role=Role.YOUTH_MEMBER)

    body = client_for(cohort.presenter).get(fragment_url(cohort)).content.decode()

    assert "Young Yara" in body
    assert peer.email not in body


@pytest.mark.parametrize(
    ("page", "role", "fragment"),
    [
        ("creditclub:board", Role.STEWARD, proposal_url),  # beside each ask
        ("live:followup", Role.STEWARD, proposal_url),  # the presenter's follow-up page
        ("live:console", Role.FACILITATOR, room_url),  # who in the room holds this
    ],
)
def test_the_pages_load_their_suggestions(
    scene: Scene, page: str, role: str, fragment: Callable[[Scene], str]
) -> None:
    viewer = scene.member("Vera Viewer", role=role)
    kwargs = {"network_slug": scene.network.slug, "gathering_id": scene.gathering.pk}
    if page == "live:followup":
        kwargs["proposal_id"] = scene.proposal.pk

    body = client_for(viewer).get(reverse(page, kwargs=kwargs)).content.decode()

    assert f'hx-get="{fragment(scene)}"' in body


def test_only_stewards_read_a_member_s_record_in_the_reasons(scene: Scene) -> None:
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    hana = scene.member("Hana Hall", HALL)
    earlier = PresentedProposalFactory(
        gathering=GatheringFactory(
            network=scene.network, first_part_at=timezone.now() - timedelta(days=90)
        )
    )
    CommitmentFactory(
        proposal=earlier, committer=hana, capital="institutional", status=CommitmentStatus.KEPT
    )
    kept = "kept 1 institutional commitment (space, staff, volunteers)"

    as_steward = client_for(steward).get(fragment_url(scene)).content.decode()
    as_presenter = client_for(scene.presenter).get(fragment_url(scene)).content.decode()

    assert kept in as_steward
    assert "Hana Hall" in as_presenter
    assert kept not in as_presenter


def test_the_fragment_reads_the_same_number_of_times_for_1_and_3_members(scene: Scene) -> None:
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    client = client_for(steward)

    def count() -> int:
        client.get(proposal_url(scene))  # computes and stores missing vectors
        with CaptureQueriesContext(connection) as queries:
            response = client.get(proposal_url(scene))
        assert response.status_code == 200
        return len(queries)

    scene.member("One Hall", HALL)
    one = count()
    scene.member("Two Hall", HALL)
    scene.member("Three Hall", HALL, NEWSLETTER)

    assert count() == one


def test_who_can_meet_these_asks_opens_as_a_page_without_javascript(scene: Scene) -> None:
    """The review board and the follow-up page load a project's suggestions with htmx, and
    their `<noscript>` link opened the bare fragment: a list with no page around it, no
    title and no way back. A plain request now gets a whole page (the project, each ask with
    who can meet it, the way back to the project); htmx's still gets the fragment."""
    scene.member("Hana Hall", HALL)
    steward = scene.member("Stella Steward", role=Role.STEWARD)
    project = reverse(
        "creditclub:proposal",
        kwargs={"network_slug": scene.network.slug, "proposal_id": scene.proposal.pk},
    )

    for viewer in (steward, scene.presenter):
        opened = client_for(viewer).get(proposal_url(scene))
        swapped = client_for(viewer).get(proposal_url(scene), HTTP_HX_REQUEST="true")

        whole = opened.content.decode()
        assert opened.status_code == 200
        assert "<html" in whole
        assert re.search(r"<h1>\s*Who can meet these asks\s*</h1>", whole)
        assert scene.proposal.title in whole
        assert "Hana Hall" in whole
        assert f'href="{project}"' in whole
        assert "HX-Request" in opened.get("Vary", "")
        assert swapped.status_code == 200
        assert "<html" not in swapped.content.decode()
        assert "Hana Hall" in swapped.content.decode()
