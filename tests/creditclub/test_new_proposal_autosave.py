"""A new proposal autosaves before its first save: a member typing a long text on a phone
lost it all when the tab died before they pressed "Save draft", since only a proposal
already saved had autosave. The first autosave makes the server draft and tells the page
its id (and its address, for a reload or a return); the next ones save into it."""

from __future__ import annotations

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.services import proposal_save
from collaboratory.gatherings.models import Gathering
from tests.conftest import client_for
from tests.creditclub.conftest import COMPLETE, Club, make_gathering
from tests.creditclub.test_views import form_data

HTMX = {"HTTP_HX_REQUEST": "true"}


def _new_url(club: Club) -> str:
    return f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/propose/"


def test_the_new_form_autosaves(club: Club) -> None:
    page = client_for(club.member).get(_new_url(club)).content.decode()

    assert f'hx-post="{_new_url(club)}"' in page
    assert 'name="draft"' in page


def test_the_first_autosave_makes_the_draft_and_the_next_save_into_it(club: Club) -> None:
    member = client_for(club.member)
    first = member.post(
        _new_url(club), form_data(title="", what="A long text typed on a phone", draft=""), **HTMX
    )
    with scopes_disabled():
        draft = Proposal.objects.get()
    second = member.post(
        _new_url(club), form_data(title="Tool library", draft=str(draft.pk)), **HTMX
    )

    edit_url = f"/n/alpha/creditclub/proposals/{draft.pk}/edit/"
    body = first.content.decode()
    assert first.status_code == 200
    assert "Draft saved at" in body
    assert f'value="{draft.pk}"' in body
    assert 'hx-swap-oob="true"' in body
    assert first["HX-Replace-Url"] == edit_url
    assert second.status_code == 200
    assert "Draft saved at" in second.content.decode()
    with scopes_disabled():
        stored = Proposal.objects.get()
    assert (stored.pk, stored.state) == (draft.pk, "draft")
    assert (stored.title, stored.what) == ("Tool library", COMPLETE["what"])


def test_a_save_without_script_after_an_autosave_saves_into_the_same_draft(club: Club) -> None:
    member = client_for(club.member)
    member.post(_new_url(club), form_data(title="First words", draft=""), **HTMX)
    with scopes_disabled():
        draft = Proposal.objects.get()

    saved = member.post(_new_url(club), form_data(title="More words", draft=str(draft.pk)))

    assert saved.status_code == 302
    assert saved["Location"] == f"/n/alpha/creditclub/proposals/{draft.pk}/edit/"
    with scopes_disabled():
        assert list(Proposal.objects.values_list("pk", "title")) == [(draft.pk, "More words")]


def test_someone_elses_draft_or_another_gatherings_is_not_written(club: Club) -> None:
    other = club.new_member("Other Member")
    theirs = club.proposal(other, submit=False, title="Their project")
    with scopes_disabled():
        elsewhere_gathering = make_gathering(club.network, "Summer Gathering", club.later.starts_at)
    with scopes_disabled():
        mine_elsewhere = proposal_save(
            gathering=elsewhere_gathering,
            proposer=club.member,
            fields={"title": "Mine, elsewhere"},
            asks=[],
        )
    member = client_for(club.member)

    other_answer = member.post(
        _new_url(club), form_data(title="Overwritten?", draft=str(theirs.pk)), **HTMX
    )
    elsewhere_answer = member.post(
        _new_url(club), form_data(title="Overwritten?", draft=str(mine_elsewhere.pk)), **HTMX
    )
    junk_answer = member.post(_new_url(club), form_data(title="x", draft="12abc"), **HTMX)

    assert other_answer.status_code == 404
    assert elsewhere_answer.status_code == 404
    assert junk_answer.status_code == 400
    with scopes_disabled():
        titles = set(Proposal.objects.values_list("title", flat=True))
    assert titles == {"Their project", "Mine, elsewhere"}


def test_an_autosave_after_the_call_closed_says_so_on_the_status_line(club: Club) -> None:
    page = client_for(club.member)
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(proposal_deadline=timezone.now())

    answer = page.post(_new_url(club), form_data(draft=""), **HTMX)

    body = answer.content.decode()
    assert body.strip().startswith('<p id="autosave-status"')
    assert "Not saved:" in body
    assert "is closed" in body
    with scopes_disabled():
        assert not Proposal.objects.exists()


def test_an_autosave_on_a_proposal_decided_meanwhile_says_so_on_the_status_line(
    club: Club,
) -> None:
    """The phone's tab was open while the stewards announced: its next autosave was
    answered with a redirect, and htmx drew the whole proposal page into the status line."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="declined", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

    answer = client_for(club.member).post(
        f"/n/alpha/creditclub/proposals/{proposal.pk}/edit/", form_data(title="Changed"), **HTMX
    )

    body = answer.content.decode()
    assert body.strip().startswith('<p id="autosave-status"')
    assert "can no longer be edited" in body
    with scopes_disabled():
        assert Proposal.objects.get(pk=proposal.pk).title == COMPLETE["title"]
