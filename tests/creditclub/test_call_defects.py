"""Defects found in review of the call for presenters as its users meet it: a draft that
stewards could score, a blind review that named people by their record, a run of show two
stewards could scramble."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal, Review
from collaboratory.creditclub.selectors import creditclub_settings_for, run_of_show
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import Club, make_gathering
from tests.creditclub.test_views import form_data

pytestmark = pytest.mark.usefixtures("club")


def test_a_draft_cannot_be_reviewed_it_is_the_members_own(club: Club) -> None:
    """A steward could score and note a proposal its member had not submitted yet (the
    review form took any proposal id). A draft is its member's until they submit it."""
    draft = club.proposal(submit=False)

    with scopes_disabled(), pytest.raises(ValidationError) as error:
        services.review_save(proposal=draft, reviewer=club.steward, scores={"timing": 2})
    posted = client_for(club.steward).post(
        f"/n/alpha/creditclub/proposals/{draft.pk}/review/",
        {f"p{draft.pk}-timing": "2", f"p{draft.pk}-note": "Too early"},
    )

    assert error.value.messages == [
        "This proposal is still a draft: it can be reviewed once its proposer submits it."
    ]
    assert posted.status_code == 404
    with scopes_disabled():
        assert Review.objects.filter(proposal=draft).count() == 0


def test_a_steward_does_not_open_a_members_draft(club: Club) -> None:
    draft = club.proposal(submit=False, title="Half-written idea")
    steward = client_for(club.steward)

    page = steward.get(f"/n/alpha/creditclub/proposals/{draft.pk}/")
    suggestions = steward.get(f"/n/alpha/matching/proposals/{draft.pk}/suggestions/")
    own = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{draft.pk}/")
    with scopes_disabled():
        services.proposal_submit(proposal=draft, actor=club.member)
    submitted = steward.get(f"/n/alpha/creditclub/proposals/{draft.pk}/")

    assert (page.status_code, suggestions.status_code) == (404, 404)
    assert "Half-written idea" not in page.content.decode()
    assert "Half-written idea" in own.content.decode()
    assert "Half-written idea" in submitted.content.decode()


def test_a_proposal_withdrawn_before_review_cannot_be_scored(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_withdraw(proposal=proposal, actor=club.member)
        stale = Proposal.objects.get(pk=proposal.pk)
        stale.state = "submitted"  # the board was read before the withdrawal

        with pytest.raises(ValidationError):
            services.review_save(proposal=stale, reviewer=club.steward, scores={"timing": 4})
        assert Review.objects.filter(proposal=proposal).count() == 0


def _anonymize(club: Club) -> None:
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        settings.anonymized_review = True
        settings.save()


def _veteran(club: Club, name: str, times: int, title: str) -> Proposal:
    """A member who presented `times` times before, and now proposes again."""
    person = club.new_member(name)
    with scopes_disabled():
        for n in range(times):
            past = make_gathering(club.network, f"{name} {n}", timezone.now() - timedelta(days=n))
            old = club.proposal(person)
            Proposal.objects.filter(pk=old.pk).update(state="presented", gathering=past)
    return club.proposal(person, title=title)


def test_a_blind_review_shows_whether_someone_presented_not_their_record(club: Club) -> None:
    """The anonymized board hid the name but printed each proposer's record (presented
    three times, last in some month; attended so many gatherings) and sorted by it: in a
    network of a few dozen, that names people. Rotation needs one thing, whether the person
    has had a turn yet (domain.md: people who have not presented deserve a look first)."""
    _anonymize(club)
    twice = _veteran(club, "Vera Twice", 2, "Second Project")
    once = _veteran(club, "Olga Once", 1, "Third Project")
    club.proposal(club.new_member("Nina Newcomer"), title="First Project")

    body = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    assert [body.count(word) for word in ("Presented once", "Presented 2 times", "Attended")] == [
        0,
        0,
        0,
    ]
    assert body.count("Has presented before.") == 2
    assert body.count("Never presented.") == 1
    # Never presented first, then in the order they were submitted, not by the record.
    assert body.index("First Project") < body.index("Second Project") < body.index("Third Project")
    assert twice.submitted_at < once.submitted_at  # type: ignore[operator]


def test_a_named_review_still_shows_the_whole_record(club: Club) -> None:
    _veteran(club, "Vera Twice", 2, "Second Project")

    body = (
        client_for(club.steward)
        .get(f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/")
        .content.decode()
    )

    assert "Presented 2 times" in body
    assert "Attended 1 gathering." in body


def test_a_presenter_selected_after_the_run_was_ordered_comes_last_and_gets_a_place(
    club: Club,
) -> None:
    """One selected later has no position: SQLite listed them first and PostgreSQL last,
    and moving someone left them without one."""
    first, second = (club.proposal(club.new_member(n), title=n) for n in ("Ana", "Ben"))
    with scopes_disabled():
        for proposal in (first, second):
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        services.run_of_show_set(
            gathering=club.upcoming, order=[second.pk, first.pk], actor=club.steward
        )
        late = club.proposal(club.new_member("Cleo"), title="Cleo")
        services.proposal_stage_decision(proposal=late, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        before = [p.title for p in run_of_show(gathering=club.upcoming)]

        services.run_of_show_move(
            gathering=club.upcoming, proposal_id=first.pk, direction="up", actor=club.steward
        )
        after = list(run_of_show(gathering=club.upcoming).values_list("title", "run_position"))

    assert before == ["Ben", "Ana", "Cleo"]
    assert after == [("Ana", 1), ("Ben", 2), ("Cleo", 3)]


def _close_the_call(club: Club) -> None:
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            proposal_deadline=timezone.now() - timedelta(minutes=5), version="closed"
        )


def test_an_autosave_that_is_refused_says_why_on_the_status_line(club: Club) -> None:
    """Autosave answers with the status line alone, which said "see the messages beside
    the fields" while no field was redrawn: a member typing on a phone past the deadline,
    or with an ask dated in the past, never learned why nothing was saved."""
    proposal = club.proposal(submit=False)
    client = client_for(club.member)
    url = f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/"
    past = (timezone.now() - timedelta(days=10)).date().isoformat()
    data = form_data(**{"asks-0-needed_by": past})

    bad_ask = client.post(url, data, headers={"HX-Request": "true"}).content.decode()
    _close_the_call(club)
    closed = client.post(url, form_data(), headers={"HX-Request": "true"}).content.decode()

    assert "Not saved:" in bad_ask
    assert "Ask 1: the &#x27;needed by&#x27; date has passed." in bad_ask
    assert "beside the fields" not in bad_ask
    assert "The call for Fall Gathering is closed" in closed


def test_after_the_deadline_the_edit_page_says_the_call_closed_and_offers_no_form(
    club: Club,
) -> None:
    draft = club.proposal(submit=False)
    _close_the_call(club)

    response = client_for(club.member).get(f"/n/alpha/creditclub/proposals/{draft.pk}/edit/")
    page = client_for(club.member).get(response["Location"]).content.decode()

    assert response.status_code == 302
    assert response["Location"] == f"/n/alpha/creditclub/proposals/{draft.pk}/"
    assert "The call for Fall Gathering closed" in page


def test_the_call_page_says_when_a_call_not_yet_open_opens(club: Club) -> None:
    """A gathering announced for next week showed its call as "Closed." on the call page."""
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            announced_at=timezone.now() + timedelta(days=3), version="later"
        )

    body = client_for(club.member).get("/n/alpha/creditclub/").content.decode()
    card = body[body.index("Fall Gathering") :]
    card = card[: card.index("</li>")]

    assert "Opens on" in card
    assert "Closed." not in card


def test_a_proposal_a_steward_withdraws_is_told_to_its_proposer(
    club: Club, django_capture_on_commit_callbacks: Any
) -> None:
    """Everyone who submitted hears the outcome (domain.md), and a steward carrying a
    proposal over tells its proposer; one withdrawing it told nobody: the member found
    "Withdrawn" on the call page, if they looked."""
    proposal = club.proposal()
    own = club.proposal(club.new_member("Olga Own"))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page = client_for(club.steward).post(
            f"/n/alpha/creditclub/proposals/{proposal.pk}/withdraw/",
            {"confirm": "yes"},
            follow=True,
        )
        with scopes_disabled():
            services.proposal_withdraw(proposal=own, actor=own.proposer)

    assert "The proposal is withdrawn." in page.content.decode()
    [sent] = mail.outbox
    assert sent.to == [club.member.email]
    assert sent.subject == "Your proposal for Fall Gathering was withdrawn"
    assert club.steward.full_name in sent.body
    assert f"/n/alpha/creditclub/proposals/{proposal.pk}/" in sent.body


def test_a_saved_review_returns_to_its_card_under_the_same_filter(club: Club) -> None:
    """On a phone the board is a long scroll: saving the twelfth card's review reloaded the
    board at its top, with the steward's filter dropped."""
    proposal = club.proposal()
    board = f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/board/"
    client = client_for(club.steward)

    page = client.get(board, {"state": "submitted", "never": "1"}).content.decode()
    response = client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/?state=submitted&never=1",
        {f"p{proposal.pk}-timing": "4"},
    )
    odd = client.post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/review/?state=nonsense&never=yes",
        {f"p{proposal.pk}-timing": "5"},
    )

    assert f'id="proposal-{proposal.pk}"' in page
    assert "/review/?state=submitted&amp;never=1" in page
    assert response["Location"] == f"{board}?state=submitted&never=1#proposal-{proposal.pk}"
    assert odd["Location"] == f"{board}#proposal-{proposal.pk}"


def test_the_pack_is_not_acknowledged_for_a_presenter_moved_to_the_waitlist_meanwhile(
    club: Club,
) -> None:
    """The pack page was read while selected; a steward's announcement moved the presenter
    to the waitlist; the acknowledgement, checked against the page's copy, still stamped
    the waitlisted proposal as a presenter who had read their duties."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        read_by_the_page = Proposal.objects.get(pk=proposal.pk)
        services.proposal_stage_decision(
            proposal=proposal, decision="waitlisted", actor=club.steward
        )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

        with pytest.raises(ValidationError) as error:
            services.presenter_pack_acknowledge(
                proposal=read_by_the_page, actor=club.member, slides_url="https://example.org/s"
            )
        stored = Proposal.objects.values_list("pack_acknowledged_at", "slides_url").get(
            pk=proposal.pk
        )

    assert error.value.messages == ["The presenter pack is for selected presenters."]
    assert stored == (None, "")


def test_each_outcome_email_links_where_the_proposer_acts_next(club: Club, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """ "Your presenter pack is waiting for you in Collaboratory", "carry it over from your
    proposal page": the outcome email named the page and gave no link, so a member reading
    it on a phone had to find the pack through the menus. A selected presenter gets the
    pack's address; the others their proposal's page, where carrying over is."""
    chosen, waiting, declined = (
        club.proposal(club.new_member(name)) for name in ("Ana Reyes", "Ben Okafor", "Cleo Diaz")
    )
    with scopes_disabled():
        for proposal, decision in (
            (chosen, "selected"),
            (waiting, "waitlisted"),
            (declined, "declined"),
        ):
            services.proposal_stage_decision(
                proposal=proposal, decision=decision, actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    run_tasks()
    body = {m.to[0]: m.body for m in mail.outbox}

    pages = f"{django_settings.SITE_URL}/n/alpha/creditclub/proposals"
    assert f"{pages}/{chosen.pk}/pack/" in body[chosen.proposer.email]
    assert f"{pages}/{waiting.pk}/" in body[waiting.proposer.email]
    assert f"{pages}/{declined.pk}/" in body[declined.proposer.email]


def test_a_link_to_propose_followed_before_the_call_opens_says_when_it_opens(club: Club) -> None:
    """The page said "The call … is closed: proposals were due before the deadline" to a
    member who came a few days early: they were told it was too late."""
    opens = timezone.now() + timedelta(days=3)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(announced_at=opens, version="later")

    page = client_for(club.member).get(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/"
    )

    text = page.content.decode()
    assert "The call for Fall Gathering is not open yet: it opens on" in text
    assert "is closed" not in text
