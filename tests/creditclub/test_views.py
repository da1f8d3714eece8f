"""Credit Club pages: proposing through the form (with autosave), the review board, the
anonymized mode, the presenter pack and the project page."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import Ask, Proposal, ProposalState
from collaboratory.creditclub.selectors import creditclub_settings_for
from tests.conftest import client_for
from tests.creditclub.conftest import COMPLETE, Club, make_gathering


def form_data(**overrides: str) -> dict[str, str]:
    data = {
        **COMPLETE,
        "asks-TOTAL_FORMS": "2",
        "asks-INITIAL_FORMS": "0",
        "asks-MIN_NUM_FORMS": "0",
        "asks-MAX_NUM_FORMS": "6",
        "asks-0-category": "intro_people",
        "asks-0-capital": "",
        "asks-0-what": "An introduction to a county health official",
        "asks-0-quantity": "2 introductions",
        "asks-0-needed_by": "",
    }
    data.update(overrides)
    return data


def test_a_member_drafts_then_submits_through_the_form(club: Club) -> None:
    client = client_for(club.member)
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/"

    created = client.post(url, form_data())
    with scopes_disabled():
        proposal = Proposal.objects.get()
        ask = proposal.asks.get()
    submitted = client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/", form_data(submit="1")
    )

    assert created["Location"] == f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/"
    # The kind of capital defaults from the category when left empty.
    assert (ask.category, ask.capital, ask.quantity) == (
        "intro_people",
        "social",
        "2 introductions",
    )
    assert submitted["Location"] == f"/n/alpha/creditclub/proposals/{proposal.pk}/"
    with scopes_disabled():
        assert Proposal.objects.get().state == "submitted"


def test_autosave_answers_htmx_with_the_status_line_only(club: Club) -> None:
    proposal = club.proposal(submit=False)
    client = client_for(club.member)

    response = client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/",
        form_data(title="A better title"),
        headers={"HX-Request": "true"},
    )

    body = response.content.decode()
    assert body.strip().startswith('<p id="autosave-status"')
    assert "Draft saved at" in body
    with scopes_disabled():
        assert Proposal.objects.get().title == "A better title"


def test_a_bad_ask_is_explained_beside_the_form_and_nothing_is_saved(club: Club) -> None:
    client = client_for(club.member)

    response = client.post(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/",
        form_data(**{"asks-0-what": "", "asks-0-category": "space"}),
    )

    assert response.status_code == 400
    assert "Ask 1: say what exactly you need." in response.content.decode()
    with scopes_disabled():
        assert Proposal.objects.count() == 0


def test_the_idea_phase_gets_a_warning(club: Club) -> None:
    proposal = club.proposal(submit=False, phase="idea")

    body = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/")

    assert "should be past the concept stage" in body.content.decode()


def test_a_newcomer_is_told_why_they_cannot_propose_yet(club: Club) -> None:
    newcomer = club.new_member("New Comer", attended=False)

    body = client_for(newcomer).get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/")

    assert "attended at least one gathering" in body.content.decode()


def test_another_member_cannot_see_a_proposal_before_it_is_presented(club: Club) -> None:
    proposal = club.proposal()
    other = client_for(club.new_member("Curious Neighbor"))

    before = other.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        services.proposal_mark_presented(
            proposal=proposal, actor=club.steward, now=club.upcoming.starts_at
        )
    after = other.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    listed = other.get("/n/alpha/creditclub/projects/")

    assert before.status_code == 404
    assert after.status_code == 200
    assert "A storefront open on Saturdays" in after.content.decode()
    assert "Tulsa Tool Library" in listed.content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_the_review_board_runs_a_fixed_number_of_queries(
    club: Club, count: int, django_capture_on_commit_callbacks: Any
) -> None:
    proposals = [club.proposal(club.new_member(f"Proposer {i}")) for i in range(count)]
    client = client_for(club.steward)
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"
    client.get(url)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        for proposal in proposals:
            services.review_save(proposal=proposal, reviewer=club.steward, scores={"timing": 3})

    with CaptureQueriesContext(connection) as rendered:
        response = client.get(url)
    with CaptureQueriesContext(connection) as kept:
        again = client.get(url)

    assert response.content.decode().count('class="card proposal-review"') == count
    assert _without_tokens(again) == _without_tokens(response)
    # The first view after a review: the middleware's four, the settings, the content
    # versions, the shared part's look-up, the gathering, the board, its asks, the slot
    # tally, the staged ids the announce form lists, who reviewed what, the part stored
    # (five with the database cache), the steward's own reviews.
    assert len(rendered) == 19
    # Then the part comes from this process's memory: the settings, the versions and the
    # steward's own reviews.
    assert len(kept) == 7


def _without_tokens(response: Any) -> str:
    """The page without its CSRF tokens (each freshly masked)."""
    return re.sub(r'(csrfmiddlewaretoken" value="|CSRFToken": ")\w+', "", response.content.decode())


def test_the_board_puts_people_who_never_presented_first(club: Club) -> None:
    veteran = club.new_member("Veteran Presenter")
    with scopes_disabled():
        old = club.proposal(veteran)
        Proposal.objects.filter(pk=old.pk).update(state="presented", gathering=club.past)
    club.proposal(veteran)
    club.proposal(club.new_member("First Timer"))

    body = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    assert body.index("First Timer") < body.index("Veteran Presenter")
    assert "Presented once" in body
    assert "Never presented." in body


def test_anonymized_review_hides_names_until_the_decision(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        settings.anonymized_review = True
        settings.save()
    proposal = club.proposal(club.new_member("Zelda Hiddenname"))
    client = client_for(club.steward)
    url = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"

    hidden = client.get(url).content.decode()
    # As a request would: the content version is renewed after the commit.
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    shown = client.get(url).content.decode()

    assert "Hiddenname" not in hidden
    assert "Name hidden until the decision" in hidden
    assert "Zelda Hiddenname" in shown


def test_stewards_review_and_stage_through_the_board(club: Club) -> None:
    proposal = club.proposal()
    client = client_for(club.steward)

    client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/",
        {
            f"p{proposal.pk}-timing": "5",
            f"p{proposal.pk}-note": "Ready",
            f"p{proposal.pk}-decision": "selected",
        },
    )

    with scopes_disabled():
        proposal.refresh_from_db()
        review = proposal.reviews.get()
    assert (proposal.state, proposal.staged_decision) == ("submitted", "selected")
    assert (review.timing, review.note) == (5, "Ready")


def test_a_member_cannot_review(club: Club) -> None:
    proposal = club.proposal()

    response = client_for(club.member).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/", {f"p{proposal.pk}-timing": "5"}
    )

    assert response.status_code == 403
    with scopes_disabled():
        assert proposal.reviews.count() == 0


def test_the_presenter_acknowledges_the_pack_and_links_slides(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    client = client_for(club.member)

    page = client.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/").content.decode()
    client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/",
        {"slides_url": "https://example.org/slides"},
    )

    with scopes_disabled():
        proposal.refresh_from_db()
    assert "Follow up with every member who makes a commitment." in page
    assert proposal.slides_url == "https://example.org/slides"
    assert proposal.pack_acknowledged_at is not None


def test_a_spanish_presenter_reads_the_duties_in_spanish(club: Club) -> None:
    """The duties were plain strings passed to gettext at request time: nothing marked them
    for the catalog, so they stayed English on an otherwise Spanish page."""
    from collaboratory.people.services import user_language_set

    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    user_language_set(user=club.member, language="es")

    page = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/pack/")

    text = page.content.decode()
    assert "Tu paquete de presentación" in text
    assert "Follow up with every member" not in text
    assert "Haz seguimiento con cada miembro que asuma un compromiso." in text


def test_the_board_counts_every_selection_and_announces_only_when_confirmed(club: Club) -> None:
    """Presenters already selected and staged ones fill the slots together, over every
    proposal whatever the filter; announcing needs its confirmation and says who is left."""
    selected, staged, undecided = (club.proposal(club.new_member(f"P {i}")) for i in range(3))
    with scopes_disabled():
        Proposal.objects.filter(pk=selected.pk).update(state=ProposalState.SELECTED)
        Proposal.objects.filter(pk=staged.pk).update(staged_decision=ProposalState.SELECTED)
    steward = client_for(club.steward)
    board = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/"

    filtered = steward.get(f"{board}board/", {"state": "submitted"}).content.decode()
    unconfirmed = steward.post(f"{board}announce/", follow=True).content.decode()
    with scopes_disabled():
        still_staged = Proposal.objects.get(pk=staged.pk).staged_decision
    steward.post(f"{board}announce/", {"confirm": "yes", "early": "yes"})
    with scopes_disabled():
        states = {p.pk: p.state for p in Proposal.objects.filter(gathering=club.upcoming)}

    assert "2 of 3 presenter slots filled: 1 selected, 1 staged to be selected." in filtered
    assert "1 submitted proposal has no decision staged: it stays Submitted" in filtered
    assert "Nothing was announced" in unconfirmed
    assert still_staged == ProposalState.SELECTED
    assert states == {
        selected.pk: ProposalState.SELECTED,
        staged.pk: ProposalState.SELECTED,
        undecided.pk: ProposalState.SUBMITTED,
    }


def test_a_refused_move_is_told_in_the_readers_language(club: Club) -> None:
    """The state machine's refusal reached the page as its English sentence (a stale tab's
    "Withdraw" on a proposal declined meanwhile), even on a Spanish page."""
    from collaboratory.people.services import user_language_set

    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="declined", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    user_language_set(user=club.member, language="es")

    page = client_for(club.member).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/withdraw/", {"confirm": "yes"}, follow=True
    )

    text = page.content.decode()
    assert "cannot become" not in text
    assert "Una propuesta rechazada no puede pasar a retirada" in text
    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).state == ProposalState.DECLINED


def test_a_refused_decision_saves_none_of_the_review(club: Club) -> None:
    """Scores, note and the staged decision are one form: when the decision is refused (a
    proposal withdrawn meanwhile cannot be selected), the page says why and nothing of the
    form is kept, rather than scores saved under an error."""
    proposal = club.proposal()
    with scopes_disabled():
        Proposal.objects.filter(pk=proposal.pk).update(state=ProposalState.WITHDRAWN)
    client = client_for(club.steward)

    response = client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/",
        {
            f"p{proposal.pk}-timing": "5",
            f"p{proposal.pk}-note": "Ready",
            f"p{proposal.pk}-decision": "selected",
        },
        follow=True,
    )

    assert "Review saved" not in response.content.decode()
    with scopes_disabled():
        proposal.refresh_from_db()
        assert proposal.staged_decision == ""
        assert not proposal.reviews.exists()


def _waitlisted_with_a_passed_ask(club: Club) -> Proposal:
    """A waitlisted proposal whose first ask was needed by a day now past (time went by
    while it waited), the second without a date."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(
            proposal=proposal, decision="waitlisted", actor=club.steward
        )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        first = proposal.asks.order_by("position").first()
        Ask.objects.filter(pk=first.pk).update(needed_by=date(2020, 3, 1))  # type: ignore[union-attr]
        proposal.refresh_from_db()
    return proposal


def test_a_waitlisted_proposal_whose_ask_date_passed_carries_over_with_the_date_cleared(
    club: Club,
) -> None:
    """Carrying over re-checked the asks as a new proposal, so an ask whose 'needed by' date
    had passed while the proposal waited refused the carry-over ("the 'needed by' date has
    passed") and nothing on the page could fix it: a waitlisted proposal cannot be edited."""
    proposal = _waitlisted_with_a_passed_ask(club)

    page = client_for(club.member).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/carry-over/",
        {"gathering": club.later.pk},
        follow=True,
    )

    with scopes_disabled():
        carried = Proposal.objects.get(carried_from=proposal)
        dates = list(carried.asks.order_by("position").values_list("needed_by", flat=True))
        old_dates = list(proposal.asks.order_by("position").values_list("needed_by", flat=True))
    text = page.content.decode()
    assert (carried.state, carried.gathering_id) == ("submitted", club.later.pk)
    assert dates == [None, None]
    assert old_dates == [date(2020, 3, 1), None]  # the waitlisted one keeps its history
    assert "Carried over to Winter Gathering." in text
    assert "Ask 1 was needed by a date that has passed" in text
    # The waitlisted one says where it went, rather than showing no way on at all.
    old_page = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{proposal.pk}/")
    assert f'href="/n/alpha/creditclub/proposals/{carried.pk}/"' in old_page.content.decode()


def test_a_steward_carries_a_waitlisted_proposal_over_for_its_proposer(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    """The proposer asked their steward (by email, at the gathering) to carry it over: only
    the proposer could, so the steward had no button and the service refused them. The
    proposer is told, in their language, with the ask to re-date."""
    from django.core import mail

    from collaboratory.people.services import user_language_set

    proposal = _waitlisted_with_a_passed_ask(club)
    user_language_set(user=club.member, language="es")
    steward = client_for(club.steward)
    mail.outbox.clear()

    detail = steward.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page = steward.post(
            f"/n/alpha/creditclub/proposals/{proposal.pk}/carry-over/",
            {"gathering": club.later.pk},
            follow=True,
        )

    with scopes_disabled():
        carried = Proposal.objects.get(carried_from=proposal)
        event = AuditEvent.objects.get(action="proposal.carried_over")
        created_by = AuditEvent.objects.get(
            action="proposal.created", target_id=str(carried.pk)
        ).actor_id
    assert f"/n/alpha/creditclub/proposals/{proposal.pk}/carry-over/" in detail
    assert (carried.proposer_id, carried.state) == (club.member.pk, "submitted")
    assert (event.actor_id, event.data) == (
        club.steward.pk,
        {"from": proposal.pk, "gathering": club.later.pk},
    )
    assert created_by == club.steward.pk  # the audit names who did it
    assert "Carried over to Winter Gathering." in page.content.decode()
    [sent] = [m for m in mail.outbox if m.to == [club.member.email]]
    assert sent.subject == "Tu propuesta pasa a Winter Gathering"
    assert "El pedido 1 se necesitaba para una fecha que ya pasó" in sent.body
    assert f"/n/alpha/creditclub/proposals/{carried.pk}/" in sent.body


def test_a_bad_carry_over_changes_nothing_and_says_why(club: Club) -> None:
    proposal = _waitlisted_with_a_passed_ask(club)
    other = club.new_member("Other Member")

    same = client_for(club.member).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/carry-over/",
        {"gathering": club.upcoming.pk},
        follow=True,
    )
    stranger = client_for(other).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/carry-over/", {"gathering": club.later.pk}
    )

    assert "Carry a proposal over to a later gathering of this network." in same.content.decode()
    assert stranger.status_code == 404
    with scopes_disabled():
        assert not Proposal.objects.filter(carried_from=proposal).exists()
        assert Proposal.objects.get(pk=proposal.pk).state == "waitlisted"


def test_the_presenter_pack_names_only_the_announced_presenters_of_its_gathering(
    club: Club,
) -> None:
    """Intended (domain.md: the presenters are the gathering's program, shown to the whole
    room): a presenter sees who else presents and on what. Only that: a decision still
    staged, a waitlisted or declined proposal, and other gatherings' presenters stay out."""
    mine = club.proposal()
    names = ("Co Presenter", "Staged Person", "Waitlisted Person", "Later Presenter")
    co, staged, waitlisted, later = (club.new_member(name) for name in names)
    co_p, staged_p, waitlisted_p = (
        club.proposal(user, title=f"Project of {user.full_name}")
        for user in (co, staged, waitlisted)
    )
    with scopes_disabled():
        for proposal, decision in (
            (mine, "selected"),
            (co_p, "selected"),
            (waitlisted_p, "waitlisted"),
        ):
            services.proposal_stage_decision(
                proposal=proposal, decision=decision, actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        services.proposal_stage_decision(proposal=staged_p, decision="selected", actor=club.steward)
        Proposal.objects.create(
            network=club.network,
            gathering=club.later,
            proposer=later,
            title="Project of Later Presenter",
            state=ProposalState.SELECTED,
        )

    text = (
        client_for(club.member)
        .get(f"/n/alpha/creditclub/proposals/{mine.pk}/pack/")
        .content.decode()
    )

    assert "Co Presenter: Project of Co Presenter" in text
    for hidden in ("Staged Person", "Waitlisted Person", "Later Presenter"):
        assert hidden not in text


def test_carrying_over_for_someone_who_left_says_so_instead_of_a_403(club: Club) -> None:
    """A steward carrying over the proposal of a member removed since got a bare 403 page:
    the proposer's right to propose was checked as if the steward had asked for it."""
    from collaboratory.networks.models import Membership, MembershipStatus

    proposal = _waitlisted_with_a_passed_ask(club)
    with scopes_disabled():
        Membership.objects.filter(network=club.network, user=club.member).update(
            status=MembershipStatus.REMOVED
        )

    page = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/carry-over/",
        {"gathering": club.later.pk},
        follow=True,
    )

    assert page.status_code == 200
    assert (
        f"{club.member.full_name} can no longer propose in this network, so the proposal "
        "cannot be carried over."
    ) in page.content.decode().replace("&#x27;", "'")
    with scopes_disabled():
        assert not Proposal.objects.filter(carried_from=proposal).exists()


@pytest.mark.parametrize("submit", [False, True])
def test_propose_again_opens_the_proposal_the_member_already_has(club: Club, submit: bool) -> None:
    """The gathering page's "Propose" link, followed by someone who already proposed, used to
    open a blank form whose every save was refused ("you already have a proposal")."""
    proposal = club.proposal(submit=submit)
    client = client_for(club.member)

    page = client.get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/", follow=True)

    assert page.redirect_chain == [(f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/", 302)]
    assert "You already have a proposal for this gathering" in page.content.decode()


def test_a_steward_is_told_when_nobody_can_answer_the_first_call(world: Any) -> None:
    """A network just opened has an open call for its first gathering, but nobody has
    attended a gathering, so under the default rule nobody may propose: the steward is told,
    with the setting that lets any member propose."""
    with scopes_disabled():
        upcoming = make_gathering(
            world.alpha, "First Gathering", timezone.now() + timedelta(days=60)
        )
    steward = client_for(world.personas["steward"])

    body = steward.get("/n/alpha/creditclub/").content.decode()

    assert "Nobody has attended a gathering of this network yet" in body
    assert 'href="/n/alpha/creditclub/settings/">let any member propose</a>' in body
    assert (
        "Nobody has attended"
        not in client_for(world.personas["member"]).get("/n/alpha/creditclub/").content.decode()
    )

    with scopes_disabled():
        settings = creditclub_settings_for(network=world.alpha)
        settings.eligibility_rule = "any_member"
        settings.save()
    assert "Nobody has attended" not in steward.get("/n/alpha/creditclub/").content.decode()
    assert upcoming.title in steward.get("/n/alpha/creditclub/").content.decode()


def test_no_first_call_notice_once_someone_attended(club: Club) -> None:
    body = client_for(club.steward).get("/n/alpha/creditclub/").content.decode()

    assert "Fall Gathering" in body
    assert "Nobody has attended" not in body
