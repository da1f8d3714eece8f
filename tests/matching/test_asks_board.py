"""The asks board: which asks are open, filters and pages, and offering help, which is a
commitment made exactly as in the room (the guard, the minor's money rule, one row per key)."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache, caches
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import COUNTED, Commitment, CommitmentStatus
from collaboratory.commitments.services import commitment_offer
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.creditclub.services import AskInput, proposal_history_bulk_create
from collaboratory.followthrough.services import commitment_transition
from collaboratory.matching.services_asks import ask_mark_met
from collaboratory.networks.models import Network, NetworkKind, Role
from collaboratory.people.models import AgeBand, User
from tests.conftest import client_for
from tests.factories import CommitmentFactory, GatheringFactory, MembershipFactory, NetworkFactory
from tests.pagecache import PART_MISSED, VERSIONS_DRAWN, cache_writes_of

pytestmark = pytest.mark.django_db


def project(
    network: Network,
    *asks: AskInput,
    days_ago: int = 30,
    state: str = ProposalState.PRESENTED,
    proposer: User | None = None,
    title: str = "Tool library",
) -> Proposal:
    with scopes_disabled():
        gathering = GatheringFactory(
            network=network, first_part_at=timezone.now() - timedelta(days=days_ago)
        )
        proposer = proposer or MembershipFactory(network=network).user
        (created,) = proposal_history_bulk_create(
            network=network,
            rows=[
                (
                    Proposal(
                        network=network,
                        gathering=gathering,
                        proposer=proposer,
                        state=state,
                        title=title,
                        what="A lending library of tools",
                    ),
                    list(asks) or [AskInput("space", "institutional", "A storefront on Saturdays")],
                )
            ],
        )
    return created


def board(network: Network, **params: str) -> str:
    return reverse("matching:asks", kwargs={"network_slug": network.slug}) + (
        "?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""
    )


def offer_url(ask: Ask) -> str:
    return reverse("matching:offer", kwargs={"network_slug": ask.network.slug, "ask_id": ask.pk})


def first_ask(proposal: Proposal) -> Ask:
    with scopes_disabled():
        return proposal.asks.select_related("network").first()  # type: ignore[return-value]


def commitments() -> list[Commitment]:
    with scopes_disabled():
        return list(Commitment.objects.all())


@pytest.fixture
def network() -> Network:
    return NetworkFactory()


@pytest.fixture
def member(network: Network) -> User:
    return MembershipFactory(network=network).user


def test_board_lists_only_live_asks_of_this_network(network: Network, member: User) -> None:
    today = timezone.localdate(timezone=ZoneInfo(network.time_zone))
    project(
        network,
        AskInput("space", "institutional", "LIVE-ASK", "2 rooms", today + timedelta(days=9)),
    )
    project(
        network,
        AskInput("space", "institutional", "NOT-PRESENTED-ASK"),
        state=ProposalState.SELECTED,
    )
    project(
        network, AskInput("space", "institutional", "PAST-DATE-ASK", "", today - timedelta(days=1))
    )
    project(network, AskInput("space", "institutional", "OLD-PROJECT-ASK"), days_ago=400)
    met = project(network, AskInput("expertise", "intellectual", "MET-ASK"))
    with scopes_disabled():
        # Kept help alone does not close an ask; its presenter saying so does.
        kept = project(network, AskInput("expertise", "intellectual", "KEPT-ASK"))
        CommitmentFactory(proposal=kept, status=CommitmentStatus.KEPT)
        ask_mark_met(ask=first_ask(met), actor=met.proposer)
    project(NetworkFactory(), AskInput("space", "institutional", "FOREIGN-ASK"))
    body = client_for(member).get(board(network)).content.decode()
    assert "KEPT-ASK" in body
    assert "LIVE-ASK" in body
    assert "2 rooms" in body
    assert "Tool library" in body
    for hidden in (
        "NOT-PRESENTED-ASK",
        "PAST-DATE-ASK",
        "OLD-PROJECT-ASK",
        "MET-ASK",
        "FOREIGN-ASK",
    ):
        assert hidden not in body


def test_board_counts_commitments_and_filters(network: Network, member: User) -> None:
    space = project(network, AskInput("space", "institutional", "SPACE-ASK"))
    project(network, AskInput("funding", "financial", "MONEY-ASK"))
    with scopes_disabled():
        CommitmentFactory(proposal=space)
        CommitmentFactory(proposal=space)
    client = client_for(member)
    body = client.get(board(network)).content.decode()
    assert "2 commitments so far" in body
    body = client.get(board(network, capital="financial")).content.decode()
    assert "MONEY-ASK" in body
    assert "SPACE-ASK" not in body
    body = client.get(board(network, category="space")).content.decode()
    assert "SPACE-ASK" in body
    assert "MONEY-ASK" not in body
    # Junk filters are ignored, not a 500.
    assert client.get(board(network, capital="\x00", category="zzz", page="abc")).status_code == 200


def test_board_pages(network: Network, member: User) -> None:
    for start in range(0, 24, 6):
        project(
            network,
            *[AskInput("space", "institutional", f"ASK-{n:02d}") for n in range(start, start + 6)],
        )
    client = client_for(member)
    first = client.get(board(network)).content.decode()
    second = client.get(board(network, page="2")).content.decode()
    assert "24 open asks" in first
    assert "Page 1 of 2" in first
    shown = {f"ASK-{n:02d}" for n in range(24) if f"ASK-{n:02d}" in first}
    shown2 = {f"ASK-{n:02d}" for n in range(24) if f"ASK-{n:02d}" in second}
    assert len(shown) == 20
    assert len(shown2) == 4
    assert not shown & shown2


def offer(**overrides: str) -> dict[str, Any]:
    return {
        "capital": "institutional",
        "what": "I will lend our hall on Saturdays for 3 months",
        "amount": "",
        "unit": "",
        "due_on": (timezone.localdate() + timedelta(days=20)).isoformat(),
        "idempotency_key": str(uuid.uuid4()),
        **overrides,
    }


def test_offer_help_creates_one_commitment_even_when_posted_twice(
    network: Network, member: User
) -> None:
    ask = first_ask(project(network))
    client = client_for(member)
    page = client.get(offer_url(ask))
    assert page.status_code == 200
    data = offer()
    first = client.post(offer_url(ask), data)
    second = client.post(offer_url(ask), data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    (made,) = commitments()
    assert (made.committer, made.entered_by, made.ask_id) == (member, member, ask.pk)
    assert made.status == CommitmentStatus.OFFERED
    assert made.firm
    mine = client.get(reverse("followthrough:mine", kwargs={"network_slug": network.slug}))
    assert "I will lend our hall on Saturdays" in mine.content.decode()
    # The board counts it.
    assert "1 commitment so far" in client.get(board(network)).content.decode()


def test_the_board_shows_the_viewer_their_own_offer_on_an_ask(
    network: Network, member: User
) -> None:
    """A member back on the board days later saw every card as if they had never offered,
    and offered again; the card now says what they offered, linked to the commitment, and
    only to them (the board is kept for everyone, the line fills the viewer's slot)."""
    ask = first_ask(project(network))
    other_ask = first_ask(project(network, title="Food bank"))
    client = client_for(member)
    client.post(offer_url(ask), offer(what="I will lend our hall on <b>Saturdays</b>"))
    (made,) = commitments()
    link = reverse(
        "followthrough:commitment",
        kwargs={"network_slug": network.slug, "commitment_id": made.pk},
    )

    mine = client.get(board(network)).content.decode()
    theirs = client_for(MembershipFactory(network=network).user).get(board(network))

    assert mine.count("You offered:") == 1
    assert f'<a href="{link}">I will lend our hall on &lt;b&gt;Saturdays&lt;/b&gt;</a>' in mine
    assert mine.count(offer_url(other_ask)) == mine.count(offer_url(ask)) == 1
    assert "You offered:" not in theirs.content.decode()


def test_the_offer_page_shows_what_the_viewer_already_offered_on_that_ask(
    network: Network, member: User
) -> None:
    """The profile's open asks and the project page link straight to the offer page, which
    showed an empty form as if the member had never offered: back days later that way, they
    offered again (other words are another commitment). It now says what they offered, linked
    to the commitment, before the form; only to them."""
    ask = first_ask(project(network))
    client = client_for(member)
    client.post(offer_url(ask), offer(what="I will lend our hall on Saturdays"))
    (made,) = commitments()
    link = reverse(
        "followthrough:commitment",
        kwargs={"network_slug": network.slug, "commitment_id": made.pk},
    )

    mine = client.get(offer_url(ask)).content.decode()
    theirs = client_for(MembershipFactory(network=network).user).get(offer_url(ask))

    assert f'<a href="{link}">I will lend our hall on Saturdays</a>' in mine
    assert mine.index("You offered:") < mine.index('name="what"')
    assert "You offered:" not in theirs.content.decode()


def test_line_breaks_typed_in_the_offer_become_spaces(network: Network, member: User) -> None:
    """Return is natural on a phone; the commitment stays one line (it heads reminders)."""
    ask = first_ask(project(network))

    response = client_for(member).post(
        offer_url(ask), offer(what="I will lend our hall\r\non Saturdays\n\tfor 3 months\n")
    )

    assert response.status_code == 302
    assert [c.what for c in commitments()] == ["I will lend our hall on Saturdays for 3 months"]


def test_a_vague_offer_shows_the_hint_and_is_saved_only_when_insisted(
    network: Network, member: User
) -> None:
    ask = first_ask(project(network))
    client = client_for(member)
    data = offer(what="Happy to help however I can")
    response = client.post(offer_url(ask), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Save it anyway" in body
    assert data["idempotency_key"] in body  # the retry keeps its key
    assert commitments() == []
    assert client.post(offer_url(ask), {**data, "accept_vague": "1"}).status_code == 302
    (made,) = commitments()
    assert not made.firm
    assert made.guard_problems


@pytest.mark.parametrize(
    "what",
    ["I will host\x00 you on 3 May", "I will lend our hall on Saturdays " + "x" * 1000],
)
def test_save_it_anyway_is_offered_only_for_the_guards_hint(
    network: Network, member: User, what: str
) -> None:
    """ "Save it anyway" answers the guard's hint (a vague text), nothing else: beside a
    text refused for a control character or its length it promised a save that ticking
    it could never give, and the form came back with the same refusal."""
    ask = first_ask(project(network))
    client = client_for(member)

    response = client.post(offer_url(ask), offer(what=what))
    insisted = client.post(offer_url(ask), offer(what=what, accept_vague="1"))

    assert response.status_code == insisted.status_code == 400
    assert "Save it anyway" not in response.content.decode()
    assert commitments() == []


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"what": ""}, "Say what exactly you will deliver."),
        ({"what": " \r\n\t\n "}, "Say what exactly you will deliver."),
        ({"what": "I will host\x00 you"}, "Use one line"),
        ({"due_on": "2001-01-01"}, "That date has passed"),
        ({"due_on": "2026-13-45"}, "YYYY-MM-DD"),
        ({"due_on": "9999-12-31"}, "That date is more than 3 years away; choose a date by"),
        ({"amount": "abc", "unit": "hours"}, "The amount must be a number"),
        ({"amount": "5"}, "Say what the amount counts"),
        ({"capital": "gold"}, "Choose a kind of capital"),
        ({"idempotency_key": "not-a-uuid"}, "The submission key must be a UUID"),
    ],
)
def test_bad_input_is_refused_by_field_and_changes_nothing(
    network: Network, member: User, overrides: dict[str, str], message: str
) -> None:
    ask = first_ask(project(network))
    response = client_for(member).post(offer_url(ask), offer(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert commitments() == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"what": "I will', "The request body is not valid JSON."),
        (b"\xff\xfe", "The request body is not valid JSON."),
        (b"[1, 2]", "Send the fields as a JSON object."),
        (b'"I will lend our hall"', "Send the fields as a JSON object."),
    ],
)
def test_a_broken_json_body_is_refused_and_changes_nothing(
    network: Network, member: User, body: bytes, message: str
) -> None:
    ask = first_ask(project(network))

    response = client_for(member).post(offer_url(ask), body, content_type="application/json")

    assert response.status_code == 400
    assert message in response.content.decode()
    assert commitments() == []


def test_a_presenter_gets_no_offer_button_on_their_own_ask(network: Network) -> None:
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    mine = project(network, AskInput("space", "institutional", "MY-ASK"), proposer=steward)
    theirs = project(network, AskInput("space", "institutional", "THEIR-ASK"))

    for viewer, own in ((steward, mine), (theirs.proposer, theirs)):
        body = client_for(viewer).get(board(network)).content.decode()
        other = theirs if own is mine else mine
        assert (offer_url(first_ask(own)) in body, offer_url(first_ask(other)) in body) == (
            False,
            True,
        )


def test_a_presenters_offer_to_their_own_ask_is_refused_and_changes_nothing(
    network: Network,
) -> None:
    proposal = project(network)
    ask = first_ask(proposal)
    client = client_for(proposal.proposer)

    page = client.get(offer_url(ask))
    response = client.post(offer_url(ask), offer())

    assert (page.status_code, response.status_code) == (403, 403)
    assert "This is your own ask: offers of help come from other members." in (
        response.content.decode()
    )
    assert "Nothing was saved." in response.content.decode()
    assert 'name="what"' not in page.content.decode()
    assert commitments() == []
    with scopes_disabled():
        assert (
            AuditEvent.objects.filter(action="access.denied", actor=proposal.proposer).count() == 2
        )


def test_the_offer_service_refuses_a_presenters_offer_to_their_own_ask(network: Network) -> None:
    """The board's one write holds the rule itself, whatever page calls it."""
    proposal = project(network)
    with scopes_disabled(), pytest.raises(PermissionDenied) as refused:
        commitment_offer(
            proposal=proposal,
            ask=first_ask(proposal),
            committer=proposal.proposer,
            what="I will lend our hall on Saturdays for 3 months",
            capital="institutional",
            amount=None,
            unit="",
            due_on=timezone.localdate() + timedelta(days=20),
            idempotency_key=uuid.uuid4(),
        )

    assert str(refused.value) == "This is your own ask: offers of help come from other members."
    assert commitments() == []


def messages_of(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def test_back_and_commit_again_returns_the_open_offer_of_the_same_words(
    network: Network, member: User
) -> None:
    """After Back the browser refills the text, but the page carries a new key."""
    ask = first_ask(project(network))
    client = client_for(member)
    first = client.post(
        offer_url(ask), offer(what="I will lend our hall on Saturdays"), follow=True
    )

    again = client.post(
        offer_url(ask),
        offer(what="  i will lend our hall\r\non  SATURDAYS "),  # a new key
        follow=True,
    )

    (made,) = commitments()
    assert again.redirect_chain == first.redirect_chain
    assert messages_of(again) == ["You already offered this; it is saved."]
    assert made.what == "I will lend our hall on Saturdays"


def test_the_same_words_make_a_new_offer_once_the_earlier_one_is_settled(
    network: Network, member: User
) -> None:
    ask = first_ask(project(network))
    client = client_for(member)
    client.post(offer_url(ask), offer())
    with scopes_disabled():
        commitment_transition(
            commitment=commitments()[0],
            actor=member,
            to=CommitmentStatus.RELEASED,
            note="Our hall is booked after all",
        )

    client.post(offer_url(ask), offer())

    assert sorted(c.status for c in commitments()) == ["offered", "released"]


def test_other_words_are_another_offer(network: Network, member: User) -> None:
    ask = first_ask(project(network))
    client = client_for(member)
    client.post(offer_url(ask), offer(what="I will lend our hall on Saturdays"))
    client.post(offer_url(ask), offer(what="I will lend our chairs on Sundays"))

    assert sorted(c.what for c in commitments()) == [
        "I will lend our chairs on Sundays",
        "I will lend our hall on Saturdays",
    ]


def test_the_same_key_with_edited_words_keeps_the_earlier_offer_and_says_so(
    network: Network, member: User
) -> None:
    ask = first_ask(project(network))
    client = client_for(member)
    data = offer(what="I will lend our hall on Saturdays")
    client.post(offer_url(ask), data, follow=True)

    edited = client.post(
        offer_url(ask), {**data, "what": "I will lend our hall on Sundays"}, follow=True
    )

    assert [c.what for c in commitments()] == ["I will lend our hall on Saturdays"]
    assert messages_of(edited) == [
        "This form was already sent, so your earlier offer was kept as it was: “I will lend our "
        "hall on Saturdays”. Your changes were not saved; to offer something else, open the ask "
        "again from the board."
    ]


def test_a_key_used_for_another_ask_is_refused_and_does_not_open_that_offer(
    network: Network, member: User
) -> None:
    proposal = project(
        network,
        AskInput("space", "institutional", "A storefront on Saturdays"),
        AskInput("volunteers", "institutional", "Five volunteers"),
    )
    with scopes_disabled():
        storefront, volunteers = proposal.asks.select_related("network").order_by("position")
    client = client_for(member)
    data = offer()
    first = client.post(offer_url(storefront), data)

    response = client.post(offer_url(volunteers), {**data, "what": "I will staff two shifts"})

    body = response.content.decode()
    assert (first.status_code, response.status_code) == (302, 400)
    assert (
        "This form was already used to offer help on another ask, so nothing was saved; open "
        "this ask again and submit a fresh form."
    ) in body
    assert data["idempotency_key"] not in body  # the form sent back carries a fresh key
    assert [(c.ask_id, c.what) for c in commitments()] == [(storefront.pk, data["what"])]


def test_a_minors_money_waits_for_the_guardian() -> None:
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    minor = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    ).user
    ask = first_ask(project(youth, AskInput("funding", "financial", "Seed money")))
    client = client_for(minor)
    assert "guardian" in client.get(offer_url(ask)).content.decode()
    response = client.post(
        offer_url(ask),
        offer(capital="financial", what="I will give $50 by Friday", amount="50", unit="dollars"),
    )
    # Recorded, but waiting for the guardian: it counts nowhere until they approve.
    assert response.status_code == 302
    assert [c.guardian_approval for c in commitments()] == ["awaiting"]
    with scopes_disabled():
        assert list(Commitment.objects.filter(COUNTED)) == []
    # Time is fine.
    response = client.post(offer_url(ask), offer(what="I will design the flyer by Friday"))
    assert response.status_code == 302
    with scopes_disabled():
        assert Commitment.objects.filter(COUNTED).count() == 1
    # The board tells the minor where their money offer stands, and drops it once declined.
    page = client.get(board(youth)).content.decode()
    assert "I will give $50 by Friday</a> (Awaiting the guardian&#x27;s approval)" in page
    with scopes_disabled():
        Commitment.objects.filter(guardian_approval="awaiting").update(guardian_approval="declined")
    page = client.get(board(youth)).content.decode()
    assert ("I will give $50" in page, "I will design the flyer by Friday" in page) == (False, True)


def test_closed_and_foreign_asks_are_404(network: Network, member: User) -> None:
    client = client_for(member)
    foreign = first_ask(project(NetworkFactory()))
    closed = first_ask(project(network, state=ProposalState.SELECTED))
    for ask in (foreign, closed):
        url = reverse("matching:offer", kwargs={"network_slug": network.slug, "ask_id": ask.pk})
        assert client.get(url).status_code == 404
        assert client.post(url, offer()).status_code == 404
    assert commitments() == []


def test_asks_whose_presenter_is_not_a_member_here_are_off_the_board(
    network: Network, member: User
) -> None:
    """A youth guest presents at the host's gathering without being its member: offers on
    their ask would never reach them, and a minor is not shown to the host's adults."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=network)
    guest = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    ).user
    guest_ask = first_ask(
        project(network, AskInput("space", "institutional", "GUEST-ASK"), proposer=guest)
    )
    project(network, AskInput("space", "institutional", "MEMBER-ASK"))
    client = client_for(member)

    page = client.get(board(network)).content.decode()
    form = client.get(offer_url(guest_ask))
    posted = client.post(offer_url(guest_ask), offer())

    assert ("MEMBER-ASK" in page, "GUEST-ASK" in page) == (True, False)
    assert (form.status_code, posted.status_code) == (404, 404)
    assert guest.full_name not in posted.content.decode()
    assert commitments() == []


def test_a_youth_guest_presenter_is_told_who_follows_up_her_asks_and_where_to_see_offers(
    network: Network, member: User
) -> None:
    """Her cohort's board said "0 open asks... Asks appear here once their project has been
    presented": untrue for a youth guest whose project was presented at the host, its asks
    kept off the host's board (a minor is not shown to its adults). Her board says where
    they went and links to her follow-up list, which her guest pass opens."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=network)
    guest, peer = (
        MembershipFactory(
            network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
        ).user
        for _ in range(2)
    )
    proposal = project(
        network,
        AskInput("space", "institutional", "GUEST-ASK"),
        proposer=guest,
        title="Green Corridors",
    )
    with scopes_disabled():
        gathering = proposal.gathering
        gathering.youth_take_part = True
        gathering.save(update_fields=["youth_take_part"])
    followup = reverse(
        "live:followup",
        kwargs={
            "network_slug": network.slug,
            "gathering_id": gathering.pk,
            "proposal_id": proposal.pk,
        },
    )

    mine = client_for(guest).get(board(youth)).content.decode()
    theirs = client_for(peer).get(board(youth)).content.decode()
    host = client_for(member).get(board(network)).content.decode()

    assert "Asks appear here once their project has been presented" not in mine
    assert f'href="{followup}"' in mine
    for said in ("Green Corridors", gathering.title, network.name, "stewards"):
        assert said in mine
    assert client_for(guest).get(followup).status_code == 200
    assert ("Green Corridors" in theirs, followup in theirs) == (False, False)
    assert ("GUEST-ASK" in host, guest.full_name in host) == (False, False)
    # Once the host's stewards mark its asks met, nothing is left to follow up: the line goes.
    steward = MembershipFactory(network=network, role=Role.STEWARD).user
    with scopes_disabled():
        ask_mark_met(ask=first_ask(proposal), actor=steward)
    assert followup not in client_for(guest).get(board(youth)).content.decode()


def test_the_presenter_or_a_steward_marks_an_ask_met(
    network: Network, member: User, django_capture_on_commit_callbacks: Any
) -> None:
    proposal = project(network, AskInput("space", "institutional", "CLOSE-ME"))
    ask = first_ask(proposal)
    url = reverse("matching:ask_met", kwargs={"network_slug": network.slug, "ask_id": ask.pk})
    # Another member may not close it; an empty post by the presenter changes nothing.
    assert client_for(member).post(url, {"met": "1"}).status_code == 403
    presenter = client_for(proposal.proposer)
    assert "Mark as met" in presenter.get(board(network)).content.decode()
    assert "Mark as met" not in client_for(member).get(board(network)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # as when the request commits
        presenter.post(url, {}, follow=True)
    assert "CLOSE-ME" in presenter.get(board(network)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = presenter.post(url, {"met": "1"}, follow=True)
    assert "marked met and left the board" in response.content.decode()
    assert "CLOSE-ME" not in presenter.get(board(network)).content.decode()
    assert "CLOSE-ME" not in client_for(member).get(board(network)).content.decode()
    # Closed: no more offers through the board.
    assert presenter.get(offer_url(ask)).status_code == 410
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="ask.met", actor=proposal.proposer).count() == 1


def test_offer_help_tapped_after_the_ask_closed_says_so_and_links_to_the_board(
    network: Network, member: User
) -> None:
    """A board left open in a phone's tab still shows "Offer help" on an ask the presenter
    has since marked met, or whose date has passed: the tap said "We could not find that
    page ... a network you are not part of", which is untrue and led nowhere."""
    today = timezone.localdate(timezone=ZoneInfo(network.time_zone))
    proposal = project(network, AskInput("space", "institutional", "CLOSE-ME"))
    met = first_ask(proposal)
    passed = first_ask(
        project(network, AskInput("space", "institutional", "SOON", "", today - timedelta(days=1)))
    )
    with scopes_disabled():
        ask_mark_met(ask=met, actor=proposal.proposer)
    client = client_for(member)

    for ask, said in (
        (met, "This ask was marked as met, so it takes no more offers."),
        (passed, "This ask has left the board, so it takes no more offers."),
    ):
        response = client.get(offer_url(ask))
        body = response.content.decode()
        assert response.status_code == 410
        assert said in body
        assert "Nothing was saved" not in body
        assert "phone-form" not in body
        assert f'href="{board(network)}"' in body
    assert commitments() == []


def test_an_offer_posted_after_the_ask_was_met_gives_back_the_typed_text(
    network: Network, member: User
) -> None:
    proposal = project(network, AskInput("space", "institutional", "CLOSE-ME"))
    ask = first_ask(proposal)
    client = client_for(member)
    client.get(offer_url(ask))  # the form is open on the member's phone...
    with scopes_disabled():
        ask_mark_met(ask=ask, actor=proposal.proposer)  # ...when the presenter closes the ask

    response = client.post(offer_url(ask), offer(what="I will lend our hall <b>on Saturdays</b>"))

    body = response.content.decode()
    assert response.status_code == 409
    assert (
        "This ask was marked as met while you were writing, so it takes no more offers. "
        "Nothing was saved."
    ) in body
    assert "I will lend our hall &lt;b&gt;on Saturdays&lt;/b&gt;</textarea>" in body
    assert f'href="{board(network)}"' in body
    assert commitments() == []


def test_a_saved_offer_sent_again_after_its_ask_was_met_says_it_is_saved(
    network: Network, member: User
) -> None:
    """The offer that met the ask: the presenter marks it met at once, and the phone sends
    the same form again (its first answer lost on bad wifi). The offer is stored; the page
    said "Nothing was saved", and the member would write it again."""
    proposal = project(network, AskInput("space", "institutional", "CLOSE-ME"))
    ask = first_ask(proposal)
    client = client_for(member)
    data = offer()
    first = client.post(offer_url(ask), data)
    with scopes_disabled():
        ask_mark_met(ask=ask, actor=proposal.proposer)

    again = client.post(offer_url(ask), data)

    assert first.status_code == again.status_code == 302
    assert again["Location"] == first["Location"]
    assert "Nothing was saved" not in client.get(again["Location"]).content.decode()
    assert len(commitments()) == 1
    # Another form (a new key) on the closed ask is still refused and saves nothing.
    assert client.post(offer_url(ask), offer(what="I will print 200 flyers")).status_code == 409
    assert len(commitments()) == 1


def test_an_offer_posted_after_the_asks_date_passed_says_so(network: Network, member: User) -> None:
    # The network's own calendar, as the offer page reads it: in UTC's small hours a date of
    # "yesterday in UTC" is still today in the Americas, and the ask would still be open.
    today = timezone.localdate(timezone=ZoneInfo(network.time_zone))
    ask = first_ask(
        project(network, AskInput("space", "institutional", "SOON", "", today - timedelta(days=1)))
    )

    response = client_for(member).post(offer_url(ask), offer())

    assert response.status_code == 409
    assert "This ask left the board while you were writing (its date has passed)." in (
        response.content.decode()
    )
    assert commitments() == []


def test_marking_an_ask_met_twice_says_it_already_is(network: Network) -> None:
    proposal = project(network, AskInput("space", "institutional", "CLOSE-ME"))
    url = reverse(
        "matching:ask_met", kwargs={"network_slug": network.slug, "ask_id": first_ask(proposal).pk}
    )
    presenter = client_for(proposal.proposer)
    presenter.post(url, {"met": "1"}, follow=True)

    again = presenter.post(url, {"met": "1"}, follow=True)

    assert again.status_code == 200
    assert messages_of(again) == ["“CLOSE-ME” is already marked as met."]
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="ask.met").count() == 1


def test_the_board_reads_a_fixed_number_of_queries(network: Network, member: User) -> None:
    client = client_for(member)

    def count() -> int:
        """The board rendered afresh (nothing kept yet in the cache)."""
        cache.clear()
        caches["local"].clear()
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(board(network)).status_code == 200
        return len(ctx.captured_queries)

    project(network)
    one = count()
    for _n in range(2):
        with scopes_disabled():
            CommitmentFactory(proposal=project(network))
    # The middleware's four, the asks counted, the page's asks, when the next leaves the
    # board, the viewer's own offers on them; and the versions and the board kept in the
    # cache (networks/pagecache.py).
    assert count() == one == 8 + VERSIONS_DRAWN + PART_MISSED


def test_marking_an_ask_met_by_mistake_can_be_undone_from_the_board(
    network: Network, django_capture_on_commit_callbacks: Any
) -> None:
    """ "Mark as met" sits just below "Who could help?" on a phone: one slip closed the ask
    for good. The board seen right after offers to undo it, once; undoing is the presenter's
    (or a steward's) and audited."""
    proposal = project(network, AskInput("space", "institutional", "CLOSE-ME"))
    ask = first_ask(proposal)
    met = reverse("matching:ask_met", kwargs={"network_slug": network.slug, "ask_id": ask.pk})
    reopen = reverse("matching:ask_reopen", kwargs={"network_slug": network.slug, "ask_id": ask.pk})
    presenter = client_for(proposal.proposer)
    with django_capture_on_commit_callbacks(execute=True):  # as when the request commits
        presenter.post(met, {"met": "1"})

    after = presenter.get(board(network)).content.decode()
    assert "CLOSE-ME" not in after.split("Undo")[-1]  # the card left the board
    assert f'action="{reopen}"' in after
    assert f'action="{reopen}"' not in presenter.get(board(network)).content.decode()  # once
    stranger = MembershipFactory(network=network).user
    assert client_for(stranger).post(reopen).status_code == 403

    with django_capture_on_commit_callbacks(execute=True):
        back = presenter.post(reopen, follow=True)

    assert messages_of(back) == ["“CLOSE-ME” is back on the board."]
    assert "CLOSE-ME" in client_for(stranger).get(board(network)).content.decode()
    assert client_for(stranger).get(offer_url(ask)).status_code == 200
    again = presenter.post(reopen, follow=True)
    assert messages_of(again) == ["“CLOSE-ME” is on the board."]
    with scopes_disabled():
        assert (
            AuditEvent.objects.filter(action="ask.reopened", actor=proposal.proposer).count() == 1
        )
    # Another network's number, or one never marked met, is not found.
    other = first_ask(project(NetworkFactory(), AskInput("space", "institutional", "THEIRS")))
    foreign = reverse(
        "matching:ask_reopen", kwargs={"network_slug": network.slug, "ask_id": other.pk}
    )
    assert presenter.post(foreign).status_code == 404


def test_the_undo_is_offered_on_the_board_of_the_asks_network_only(network: Network) -> None:
    proposal = project(network, AskInput("space", "institutional", "CLOSE-ME"))
    ask = first_ask(proposal)
    elsewhere = MembershipFactory(user=proposal.proposer).network
    presenter = client_for(proposal.proposer)
    presenter.post(
        reverse("matching:ask_met", kwargs={"network_slug": network.slug, "ask_id": ask.pk}),
        {"met": "1"},
    )

    other_board = presenter.get(board(elsewhere)).content.decode()

    assert "Undo: put it back on the board" not in other_board


def test_an_ask_needed_by_today_stays_on_the_board_through_a_new_york_evening(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 9 pm in New York on 9 March it is already 10 March in UTC: an ask needed by the 9th
    is still open, and a member may still offer help on it. (The page runs in the network's
    time zone, so this guards the day the board reads, not the zone it happens to be in.)"""
    evening = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)
    monkeypatch.setattr(timezone, "now", lambda: evening)
    network = NetworkFactory(time_zone="America/New_York")
    member = MembershipFactory(network=network).user
    ask = first_ask(
        project(network, AskInput("space", "institutional", "TONIGHT-ASK", "", date(2026, 3, 9)))
    )
    client = client_for(member)

    assert "TONIGHT-ASK" in client.get(board(network)).content.decode()
    assert client.get(offer_url(ask)).status_code == 200


def test_the_offer_form_starts_at_a_date_it_accepts_for_an_ask_needed_years_ahead(
    network: Network, member: User
) -> None:
    """The form's "By when" started at the ask's date, which may lie past the furthest date
    a commitment can be due (three years): the untouched form was then refused (the browser
    would not even send it, the date being past the field's max)."""
    today = timezone.localdate(timezone=ZoneInfo(network.time_zone))
    far = today.replace(year=today.year + 5, day=min(today.day, 28))
    ask = first_ask(project(network, AskInput("space", "institutional", "A hall", "", far)))
    client = client_for(member)

    page = client.get(offer_url(ask)).content.decode()
    start = re.search(r'name="due_on" value="([0-9-]+)"[^>]* max="([0-9-]+)"', page)

    assert start is not None
    assert start[1] <= start[2]
    saved = client.post(offer_url(ask), offer(due_on=start[1]))
    assert saved.status_code == 302
    assert len(commitments()) == 1


def test_parameters_the_board_does_not_read_share_its_kept_page(
    network: Network, member: User
) -> None:
    """The board's key is its filters and page, normalised: `?x=1`, `?x=2`... each made an
    entry of its own in the shared cache (a loop of them flooded it, each a cold render),
    and their junk rode along in the pager's links."""
    for start in range(0, 24, 6):
        project(
            network,
            *[AskInput("space", "institutional", f"ASK-{n:02d}") for n in range(start, start + 6)],
        )
    client = client_for(member)

    def cache_writes(**params: str) -> tuple[int, str]:
        return cache_writes_of(client, board(network, **params), {})

    cache_writes()  # the board, rendered and kept
    cache_writes(category="space")
    for junk in (
        {"x": "1"},
        {"x": "2"},
        {"utm_source": "digest"},
        {"page": "1"},
        {"page": "abc"},
        {"page": "0"},
        {"category": "", "capital": ""},
        {"category": "zzz"},
        {"category": "space", "x": "3"},
        {"category": "space", "capital": "zzz"},
    ):
        writes, body = cache_writes(**junk)
        assert writes == 0, junk
        assert "Page 1 of 2" in body
    assert "x=3" not in body
    assert "?category=space&amp;page=2" in body  # the pager keeps the filter, only

    # A page past the end shows the last one, kept under its own number only.
    writes, body = cache_writes(page="99")
    assert (writes, "Page 2 of 2" in body) == (0, True)
    assert cache_writes(page="98")[0] == 0
    assert cache_writes(page="2")[0] == 1
