"""Follow-through pages: my commitments with inline actions and filters, the commitment
page, the project block, the gratitude roll call, the ledger, partnerships, settings."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from collaboratory.followthrough.models import Partnership, ProjectUpdate
from collaboratory.followthrough.services import partnership_record
from collaboratory.networks.models import Membership, Network
from collaboratory.people.models import AgeBand, User
from tests.conftest import World, canary, client_for
from tests.factories import MembershipFactory
from tests.followthrough.conftest import FIRM, Project

MINE = "/n/alpha/follow-through/"


def queries_for(client, url: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_my_commitments_shows_what_i_owe_with_the_actions_i_can_take(project: Project) -> None:
    commitment = project.commit()

    body = client_for(project.dana).get(MINE).content.decode()

    assert commitment.what in body
    assert f"to {project.presenter.full_name} (alpha proposal)" in body
    assert 'value="done">Mark done</button>' in body
    assert 'value="released" class="secondary">Release, with a note</button>' in body
    assert "Thank and accept" not in body  # the presenter's move, not Dana's


def test_a_commitments_page_leads_back_to_my_commitments(project: Project) -> None:
    """A reminder opens one commitment's page, which had no way on but the menu."""
    commitment = project.commit()

    page = client_for(project.dana).get(f"/n/alpha/follow-through/commitments/{commitment.pk}/")

    assert '<a href="/n/alpha/follow-through/">My commitments</a>' in page.content.decode()


def test_the_presenter_sees_what_was_promised_with_acknowledge_and_adjust(project: Project) -> None:
    project.commit()

    body = client_for(project.presenter).get(MINE).content.decode()

    assert "from Dana Doe" in body
    assert 'value="acknowledged">Thank and accept</button>' in body
    assert 'value="adjust_requested">Ask to adjust</button>' in body


@pytest.mark.parametrize("viewer", ["dana", "presenter"])
def test_my_commitments_reads_a_fixed_number_of_queries(project: Project, viewer: str) -> None:
    client = client_for(getattr(project, viewer))
    project.commit()
    one, body_one = queries_for(client, MINE)
    project.commit()
    project.commit()
    three, body_three = queries_for(client, MINE)

    assert body_one.count('class="commitment-row') == 1
    assert body_three.count('class="commitment-row') == 3
    assert one == three


def test_filters_narrow_by_status_and_capital(project: Project) -> None:
    done = project.commit(what="I will host 2 meetings in our hall by May 1")
    project.move(done, project.dana, lc.DONE)
    project.commit(capital="intellectual", what="I will review your plan for 4 hours by May 1")
    client = client_for(project.dana)

    by_status = client.get(MINE, {"status": "done"}).content.decode()
    by_capital = client.get(MINE, {"capital": "intellectual"}).content.decode()
    nonsense = client.get(MINE, {"status": "whatever"}).content.decode()

    assert by_status.count('class="commitment-row') == 1
    assert "host 2 meetings" in by_status
    assert by_capital.count('class="commitment-row') == 1
    assert "review your plan" in by_capital
    assert "Select a valid choice." in nonsense
    assert nonsense.count('class="commitment-row') == 2


def test_mark_done_then_confirm_with_plain_forms(project: Project) -> None:
    commitment = project.commit()
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/act/"

    done = client_for(project.dana).post(url, {"to": "done", "next": MINE})
    confirmed = client_for(project.presenter).post(url, {"to": "kept"}, follow=True)

    assert (done.status_code, done["Location"]) == (302, MINE)
    assert project.refresh(commitment).status == lc.KEPT
    assert "Saved: the commitment is now “Kept”." in confirmed.content.decode()


def test_an_htmx_action_swaps_the_row_and_a_refused_one_says_why(project: Project) -> None:
    commitment = project.commit()
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/act/"
    client = client_for(project.dana)

    refused = client.post(url, {"to": "released", "note": ""}, HTTP_HX_REQUEST="true")
    accepted = client.post(url, {"to": "in_progress"}, HTTP_HX_REQUEST="true")

    assert refused.status_code == 400
    assert "Say in a few words why you release it" in refused.content.decode()
    assert refused.content.decode().lstrip().startswith('<li class="commitment-row status-offered"')
    assert accepted.status_code == 200
    assert 'status-in_progress"' in accepted.content.decode()
    assert project.refresh(commitment).status == lc.IN_PROGRESS


def test_someone_elses_move_or_an_impossible_one_changes_nothing(project: Project) -> None:
    commitment = project.commit()
    project.move(commitment, project.dana, lc.DONE)
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/act/"
    client = client_for(project.dana)

    theirs = client.post(url, {"to": "kept"}, follow=True).content.decode()
    impossible = client.post(url, {"to": "offered"}, follow=True).content.decode()
    unknown = client.post(url, {"to": "<b>nope</b>"}, follow=True).content.decode()

    assert "Only the presenter who received it or a steward" in theirs
    assert "A commitment that is done and waiting for confirmation cannot become offered" in (
        impossible
    )
    assert "Choose one of the actions offered for this commitment." in unknown
    assert "<b>nope</b>" not in unknown
    assert project.refresh(commitment).status == lc.DONE


def test_the_commitment_page_tells_its_story(project: Project) -> None:
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED, note="Thank you, Dana!")
    client_for(project.dana).post(
        f"/n/alpha/follow-through/commitments/{commitment.pk}/update/",
        {
            "note": "First intro made",
            "link": "https://example.org/intro",
            "idempotency_key": str(uuid.uuid4()),
        },
    )
    bad = client_for(project.dana).post(
        f"/n/alpha/follow-through/commitments/{commitment.pk}/update/",
        {"note": "x", "link": "javascript:alert(1)"},
        follow=True,
    )

    body = client_for(project.dana).get(f"/n/alpha/follow-through/commitments/{commitment.pk}/")

    text = body.content.decode()
    assert "Thank you, Dana!" in text
    assert "First intro made" in text
    assert "The link must be a full web address starting with https://." in bad.content.decode()
    assert "javascript:alert" not in text


def test_the_commitment_page_gives_the_promise_once_also_after_a_move_in_place(
    project: Project,
) -> None:
    """The facts name the promise; the row below them held it again (a self-link) and a move
    swapped in by htmx brought it back."""
    commitment = project.commit()
    page = f"/n/alpha/follow-through/commitments/{commitment.pk}/"
    client = client_for(project.dana)

    text = client.get(page).content.decode()
    swapped = client.post(
        f"{page}act/", {"to": "in_progress", "next": page}, HTTP_HX_REQUEST="true"
    ).content.decode()
    from_the_list = client.post(
        f"{page}act/", {"to": "done", "next": MINE}, HTTP_HX_REQUEST="true"
    ).content.decode()

    assert text.count(FIRM) == 1
    assert f"<dt>What</dt><dd>{FIRM}</dd>" in text
    assert 'status-in_progress"' in swapped
    assert FIRM not in swapped
    assert f'<a href="{page}">{FIRM}</a>' in from_the_list


def test_the_commitment_page_has_one_update_form_for_those_who_may_post_one(
    project: Project,
) -> None:
    """The page's own form and the row's folded one both posted updates, so the page asked
    twice; a steward, whom the service refuses, was shown the form too."""
    commitment = project.commit()
    page = f"/n/alpha/follow-through/commitments/{commitment.pk}/"
    update = f"{page}update/"

    committer = client_for(project.dana).get(page).content.decode()
    presenter = client_for(project.presenter).get(page).content.decode()
    steward = client_for(project.steward).get(page).content.decode()
    swapped = (
        client_for(project.dana)
        .post(f"{page}act/", {"to": "in_progress", "next": page}, HTTP_HX_REQUEST="true")
        .content.decode()
    )

    assert committer.count(f'action="{update}"') == 1
    assert presenter.count(f'action="{update}"') == 1
    assert 'class="row-update"' not in committer + presenter + swapped
    assert steward.count(f'action="{update}"') == 0
    assert "Post an update" not in steward
    refused = client_for(project.steward).post(update, {"note": "Checking in"}, follow=True)
    assert "Only the committer and the presenter post updates here." in refused.content.decode()
    with scopes_disabled():
        assert not commitment.followthrough_activity.filter(note="Checking in").exists()


def test_the_commitment_page_says_an_offer_made_after_the_gathering_was_not_made_there(
    project: Project,
) -> None:
    in_the_room = project.commit()
    with scopes_disabled():
        gathering = in_the_room.gathering
        made = in_the_room.created_at
        gathering.starts_at, gathering.ends_at = (
            made - timedelta(hours=1),
            made + timedelta(hours=1),
        )
        gathering.save(update_fields=["starts_at", "ends_at"])
    client = client_for(project.dana)

    during = client.get(f"/n/alpha/follow-through/commitments/{in_the_room.pk}/").content.decode()
    with scopes_disabled():
        gathering.starts_at, gathering.ends_at = made - timedelta(days=9), made - timedelta(days=8)
        gathering.save(update_fields=["starts_at", "ends_at"])
    after = client.get(f"/n/alpha/follow-through/commitments/{in_the_room.pk}/").content.decode()

    assert f"<dt>Made at</dt><dd>{gathering.title}</dd>" in during
    assert "Made at" not in after
    assert f"after the gathering ({gathering.title})" in after


def test_the_project_page_shows_commitments_updates_and_the_presenters_forms(
    project: Project,
) -> None:
    project.commit()
    url = f"/n/alpha/creditclub/proposals/{project.proposal.pk}/"
    client = client_for(project.presenter)
    client.post(
        f"/n/alpha/follow-through/projects/{project.proposal.pk}/update/",
        {"text": "We opened on Saturday", "link": "", "idempotency_key": str(uuid.uuid4())},
    )
    client.post(
        f"/n/alpha/follow-through/projects/{project.proposal.pk}/feedback/",
        {"helpful": "5", "text": "Generous room"},
    )

    presenter_view = client.get(url).content.decode()
    steward_view = client_for(project.steward).get(url).content.decode()
    feedback = client_for(project.steward).get("/n/alpha/follow-through/feedback/").content.decode()

    assert "Commitments and follow-through" in presenter_view
    assert '<p class="meta">Offered: 1</p>' in presenter_view
    assert "Dana Doe" in presenter_view
    assert "We opened on Saturday" in presenter_view
    assert "Post an update (every committer is emailed)" in presenter_view
    assert "Post an update (every committer is emailed)" not in steward_view
    assert "We opened on Saturday" in steward_view
    assert "Generous room" in feedback
    with scopes_disabled():
        assert ProjectUpdate.objects.count() == 1


def test_feedback_with_a_bad_score_is_refused(project: Project) -> None:
    response = client_for(project.presenter).post(
        f"/n/alpha/follow-through/projects/{project.proposal.pk}/feedback/",
        {"helpful": "9"},
        follow=True,
    )
    assert "Choose how helpful the room was, from 1 to 5." in response.content.decode()


def test_the_gratitude_roll_call_lists_kept_commitments_with_fixed_queries(
    project: Project,
) -> None:
    gathering = project.world.gatherings["alpha"]
    url = f"/n/alpha/follow-through/gatherings/{gathering.pk}/gratitude/"
    client = client_for(project.steward)

    def keep(what: str) -> None:
        commitment = project.commit(what=what)
        project.move(commitment, project.dana, lc.DONE)
        project.move(commitment, project.presenter, lc.KEPT)

    keep("I will introduce you to 3 funders by March 1")
    project.commit(what="I will host 2 meetings by May 1")  # not kept: not listed
    one, body_one = queries_for(client, url)
    keep("I will bring 5 volunteers by April 1")
    keep("I will review your plan for 4 hours by May 1")
    three, body_three = queries_for(client, url)

    assert body_one.count("<li><strong>Dana Doe</strong>") == 1
    assert body_three.count("<li><strong>Dana Doe</strong>") == 3
    assert "host 2 meetings" not in body_three
    assert one == three


def test_the_ledger_is_private_and_counts_by_kind(project: Project) -> None:
    kept = project.commit()
    project.move(kept, project.dana, lc.DONE)
    project.move(kept, project.presenter, lc.KEPT)
    released = project.commit(capital="intellectual")
    project.move(released, project.dana, lc.RELEASED, note="No time")
    with scopes_disabled():
        dana_membership = Membership.objects.get(network=project.world.alpha, user=project.dana)

    own = client_for(project.dana).get("/n/alpha/follow-through/ledger/").content.decode()
    by_steward = client_for(project.steward).get(
        f"/n/alpha/follow-through/ledger/{dana_membership.pk}/"
    )
    by_member = client_for(project.presenter).get(
        f"/n/alpha/follow-through/ledger/{dana_membership.pk}/"
    )

    assert '<tr><th scope="row">Social</th><td>1</td><td>0</td><td>1</td>' in own
    assert '<tr><th scope="row">Intellectual</th><td>1</td><td>0</td><td>0</td>' in own
    assert "<td>50%</td></tr></tfoot>" in own
    assert "Ledger of Dana Doe" in by_steward.content.decode()
    assert by_member.status_code == 403


def test_stewards_reach_a_members_ledger_from_the_roster(project: Project) -> None:
    with scopes_disabled():
        dana_membership = Membership.objects.get(network=project.world.alpha, user=project.dana)
    roster = client_for(project.steward).get("/n/alpha/roster/").content.decode()
    assert f'<a href="/n/alpha/follow-through/ledger/{dana_membership.pk}/"' in roster


def test_partnerships_list_reads_a_fixed_number_of_queries(project: Project) -> None:
    client = client_for(project.dana)

    def record(title: str) -> Partnership:
        with scopes_disabled():
            return partnership_record(
                network=project.world.alpha,
                recorded_by=project.dana,
                kind="partnership",
                title=title,
                story="We met in the room",
                member_ids=[project.presenter.pk],
                proposal_ids=[project.proposal.pk],
                idempotency_key=uuid.uuid4(),
            )

    record("Tool library and credit union")
    one, body_one = queries_for(client, "/n/alpha/follow-through/partnerships/")
    record("Two")
    record("Three")
    three, body_three = queries_for(client, "/n/alpha/follow-through/partnerships/")

    assert body_one.count('<article class="card">') == 1
    assert body_three.count('<article class="card">') == 3
    assert one == three
    # Not yet published: the people on it see it, others do not.
    on_it = client_for(project.presenter).get("/n/alpha/follow-through/partnerships/")
    with scopes_disabled():
        outsider = MembershipFactory(network=project.world.alpha).user
    other = client_for(outsider).get("/n/alpha/follow-through/partnerships/")
    assert on_it.content.decode().count('<article class="card">') == 3
    assert other.content.decode().count('<article class="card">') == 0


NEW_PARTNERSHIP = "/n/alpha/follow-through/partnerships/new/"
FIND_MEMBERS = "/n/alpha/follow-through/partnerships/members/"
NOT_SEARCHED = "<p>Search by name: email addresses are not searched.</p>"
STORY = {"kind": "project", "title": "Shared van", "story": "Two food banks share a van"}


def _membership(network: Network, user: User) -> Membership:
    with scopes_disabled():
        return Membership.objects.get(network=network, user=user)


def test_recording_a_partnership_and_a_steward_publishing_it(project: Project) -> None:
    with scopes_disabled():
        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Ek")
    client = client_for(project.dana)
    found = client.get(FIND_MEMBERS, {"member_q": "erin e"}).content.decode()
    response = client.post(
        NEW_PARTNERSHIP,
        {
            "kind": "project",
            "title": "Saturday repair cafe",
            "story": "Dana's hall and the tool library",
            "links": "https://example.org/cafe",
            "members": [str(erin.pk)],
            "proposals": [str(project.proposal.pk)],
            "idempotency_key": str(uuid.uuid4()),
        },
    )
    with scopes_disabled():
        partnership = Partnership.objects.get()
    client_for(project.steward).post(
        f"/n/alpha/follow-through/partnerships/{partnership.pk}/publish/", {"publish": "1"}
    )

    listed = client_for(project.presenter).get("/n/alpha/follow-through/partnerships/")

    assert f'<input type="checkbox" name="members" value="{erin.pk}"> Erin Ek</label>' in found
    assert response.status_code == 302
    with scopes_disabled():
        partnership.refresh_from_db()
        assert sorted(partnership.members.values_list("full_name", flat=True)) == [
            "Dana Doe",
            "Erin Ek",
        ]
    assert partnership.published_at is not None
    assert "Saturday repair cafe" in listed.content.decode()


def test_a_partnership_with_missing_fields_or_foreign_links_is_refused(project: Project) -> None:
    with scopes_disabled():
        foreign = Membership.objects.filter(network=project.world.bravo).first()
    assert foreign is not None

    response = client_for(project.dana).post(
        NEW_PARTNERSHIP, {"kind": "project", "title": "", "story": "x", "members": [foreign.pk]}
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert "This field is required." in body
    assert f"Tick members from the search by name; {foreign.pk} is not one." in body
    with scopes_disabled():
        assert Partnership.objects.count() == 0


def _without_csrf(body: str) -> str:
    """The page without what differs per request: the CSRF token and the form's own key."""
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", body)
    body = re.sub(r'name="idempotency_key" value="[^"]+"', "KEY", body)
    return re.sub(r'"X-CSRFToken": "[^"]+"', "CSRF", body)


def test_an_email_typed_in_gives_the_same_answer_member_or_not(project: Project) -> None:
    """Finding 9: the form must not confirm whether a guessed address belongs to the network."""
    client = client_for(project.presenter)
    member, stranger = project.dana.email, "nobody@private.example"

    searched = [
        client.get(FIND_MEMBERS, {"member_q": e}).content.decode() for e in (member, stranger)
    ]
    found = [
        _without_csrf(
            client.post(NEW_PARTNERSHIP, {**STORY, "member_q": e, "find": "1"})
            .content.decode()
            .replace(e, "EMAIL")
        )
        for e in (member, stranger)
    ]
    posted = [
        client.post(NEW_PARTNERSHIP, {**STORY, "members": e}).content.decode().replace(e, "EMAIL")
        for e in (member, stranger)
    ]

    assert [body.strip() for body in searched] == [NOT_SEARCHED] * 2
    assert found[0] == found[1]
    assert _without_csrf(posted[0]) == _without_csrf(posted[1])
    assert "Tick members from the search by name; EMAIL is not one." in posted[0]
    assert "Dana" not in found[0] + posted[0]
    with scopes_disabled():
        assert Partnership.objects.count() == 0


def test_members_are_found_by_name_with_their_organization_and_never_an_email(
    project: Project,
) -> None:
    with scopes_disabled():
        first = MembershipFactory(
            network=project.world.alpha, user__full_name="Sam Lee", organization_name="Food Bank"
        )
        second = MembershipFactory(network=project.world.alpha, user__full_name="Sam Lee")

    body = client_for(project.dana).get(FIND_MEMBERS, {"member_q": "sam"}).content.decode()

    assert re.findall(r'value="(\d+)"> ([^<]+)</label>', body) == [
        (str(first.pk), "Sam Lee · Food Bank"),
        (str(second.pk), "Sam Lee"),
    ]
    assert "@" not in body


def test_without_javascript_find_reloads_the_form_with_results_and_keeps_the_typing(
    project: Project,
) -> None:
    chosen = _membership(project.world.alpha, project.presenter)
    with scopes_disabled():
        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Ek")

    response = client_for(project.dana).post(
        NEW_PARTNERSHIP, {**STORY, "members": [str(chosen.pk)], "member_q": "erin", "find": "1"}
    )

    body = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r'value="(\d+)"( checked)?> ([^<]+)</label>', body) == [
        (str(chosen.pk), " checked", f"{project.presenter.full_name} · Alpha Works"),
        (str(erin.pk), "", "Erin Ek"),
    ]
    assert 'value="Shared van"' in body
    assert "errorlist" not in body
    with scopes_disabled():
        assert Partnership.objects.count() == 0


def test_a_minor_is_not_findable_or_linkable_by_an_adult_outside_the_youth_cohort(
    project: Project,
) -> None:
    with scopes_disabled():
        # A minor's account attached to an adult network (as the old roster import could do).
        minor = MembershipFactory(
            network=project.world.alpha,
            user__full_name="Mina Minor",
            user__age_band=AgeBand.AGE_16_17,
        )
    client = client_for(project.dana)

    searched = client.get(FIND_MEMBERS, {"member_q": "Mina"}).content.decode()
    posted = client.post(NEW_PARTNERSHIP, {**STORY, "members": [str(minor.pk)]})

    assert "Mina" not in searched.replace("“Mina”", "")
    assert posted.status_code == 400
    assert (
        f"Tick members from the search by name; {minor.pk} is not one." in posted.content.decode()
    )
    with pytest.raises(ValidationError) as refused, scopes_disabled():
        partnership_record(
            network=project.world.alpha,
            recorded_by=project.dana,
            kind="project",
            title="Shared van",
            story="Two food banks share a van",
            member_ids=[minor.user_id],
            idempotency_key=uuid.uuid4(),
        )
    assert refused.value.message_dict == {
        "members": ["Choose members of this network from the search by name."]
    }


def test_inside_the_youth_cohort_its_members_find_each_other(world: World) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    steward = client_for(world.personas["steward"])

    body = steward.get(
        "/n/alpha-youth/follow-through/partnerships/members/", {"member_q": youth.full_name}
    ).content.decode()

    membership = _membership(world.youth, youth)
    assert f'value="{membership.pk}"> {youth.full_name}</label>' in body


def test_a_foreign_networks_member_is_not_findable(project: Project) -> None:
    with scopes_disabled():
        foreign = Membership.objects.get(
            network=project.world.bravo, user__full_name=canary("bravo", " Person")
        )
    client = client_for(project.dana)

    by_name = client.get(FIND_MEMBERS, {"member_q": "Canarybravo"}).content.decode()
    by_email = client.get(FIND_MEMBERS, {"member_q": foreign.user.email}).content.decode()

    assert by_name.strip() == (
        "<p>No member you can see has a name with “Canarybravo” in it "
        "(type at least two letters).</p>"
    )
    assert by_email.strip() == NOT_SEARCHED


def test_stewards_change_settings_and_bad_values_are_named(project: Project) -> None:
    client = client_for(project.steward)
    url = "/n/alpha/follow-through/settings/"
    form = {
        "confirm_window_days": "10",
        "lapse_grace_days": "30",
        "before_due_days": "3, 1",
        "overdue_every_days": "7",
        "overdue_max": "2",
        "acknowledge_after_days": "2",
        "presenter_prompt_days": "30, 90",
        "wording_committer": "",
        "wording_presenter": "",
    }

    bad = client.post(url, form | {"before_due_days": "a week"})
    good = client.post(url, form)

    assert bad.status_code == 400
    assert "“a week” is not a number of days" in bad.content.decode()
    assert good.status_code == 302
    with scopes_disabled():
        from collaboratory.followthrough.selectors import followthrough_settings_for

        options = followthrough_settings_for(network=project.world.alpha)
    assert (options.confirm_window_days, options.before_due_days) == (10, "3, 1")


def test_the_network_home_and_navigation_lead_to_my_commitments(project: Project) -> None:
    body = client_for(project.dana).get("/n/alpha/").content.decode()
    assert f'href="{MINE}"' in body
    assert ">My commitments</a>" in body


def test_snooze_by_the_committer(project: Project) -> None:
    commitment = project.commit()
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/snooze/"
    until = commitment.due_on - timedelta(days=1)

    good = client_for(project.dana).post(url, {"until": until.isoformat()}, follow=True)
    bad = client_for(project.dana).post(url, {"until": "next tuesday"}, follow=True)

    assert "Reminders paused." in good.content.decode()
    assert "Pick the day reminders should resume." in bad.content.decode()


def test_an_update_posted_inline_swaps_the_row(project: Project) -> None:
    commitment = project.commit()
    url = f"/n/alpha/follow-through/commitments/{commitment.pk}/update/"
    client = client_for(project.dana)

    empty = client.post(url, {"note": " "}, HTTP_HX_REQUEST="true")
    posted = client.post(
        url,
        {"note": "Two intros made", "idempotency_key": str(uuid.uuid4())},
        HTTP_HX_REQUEST="true",
    )

    assert empty.status_code == 400
    assert "Write the update: what happened, what is next." in empty.content.decode()
    assert posted.status_code == 200
    assert "Update posted." in posted.content.decode()
    detail = client.get(f"/n/alpha/follow-through/commitments/{commitment.pk}/").content.decode()
    assert "Two intros made" in detail


def test_what_i_owe_puts_open_commitments_first_by_due_date(project: Project) -> None:
    from datetime import timedelta as days

    from django.utils import timezone

    today = timezone.localdate()
    kept = project.commit(what="I will host 1 meeting by May 1", due_on=today + days(days=1))
    project.move(kept, project.dana, lc.DONE)
    project.move(kept, project.presenter, lc.KEPT)
    project.commit(what="I will bring 5 volunteers by July 1", due_on=today + days(days=40))
    project.commit(
        what="I will review your plan for 2 hours by June 1", due_on=today + days(days=20)
    )

    body = client_for(project.dana).get(MINE).content.decode()

    order = [body.index(w) for w in ("review your plan", "bring 5 volunteers", "host 1 meeting")]
    assert order == sorted(order)


def test_the_projection_board_reads_the_roll_call_before_the_first_presenter(
    project: Project,
) -> None:
    gathering = project.world.gatherings["alpha"]
    board = f"/n/alpha/live/{gathering.pk}/board/"
    kept = project.commit(what="I will introduce you to 3 funders by March 1")
    project.move(kept, project.dana, lc.DONE)
    project.move(kept, project.presenter, lc.KEPT)
    project.commit(what="I will host 2 meetings by May 1")  # still open: not thanked

    body = client_for(project.dana).get(board).content.decode()

    assert "Gratitude roll call: kept since our last gathering" in body
    assert f"<strong>{project.presenter.full_name}</strong>" in body
    assert "thanks\n        Dana Doe</li>" in body
    assert body.count("Dana Doe") == 1


def _many_commitments(project: Project, count: int) -> None:
    from collaboratory.followthrough.services import commitment_history_bulk_create

    made = project.proposal.gathering.starts_at
    rows = [
        Commitment(
            network=project.proposal.network,
            gathering=project.proposal.gathering,
            proposal=project.proposal,
            ask=project.ask,
            committer=project.dana,
            entered_by=project.dana,
            capital="social",
            what=f"I will introduce you to {n + 1} funders by March 1",
            due_on=made.date() + timedelta(days=30 + n),
            status=lc.IN_PROGRESS,
            status_changed_at=made,
            idempotency_key=uuid.uuid4(),
            firm=True,
            created_at=made,
        )
        for n in range(count)
    ]
    with scopes_disabled():
        commitment_history_bulk_create(network=project.proposal.network, commitments=rows)


def test_my_commitments_shows_the_first_rows_of_each_list_and_a_link_to_more(
    project: Project,
) -> None:
    from collaboratory.followthrough.views import MINE_ROWS, MINE_ROWS_STEP

    _many_commitments(project, MINE_ROWS + 2)
    note = f"Showing the first {MINE_ROWS} commitments."
    more_owed = f'<a href="?owed={MINE_ROWS + MINE_ROWS_STEP}#owed-heading">Show more of what I owe'
    more_to_me = f'<a href="?to_me={MINE_ROWS + MINE_ROWS_STEP}#to-me-heading">Show more of what'

    owed = client_for(project.dana).get(MINE).content.decode()
    to_me = client_for(project.presenter).get(MINE).content.decode()

    assert owed.count("funders by March 1") == MINE_ROWS
    assert to_me.count("from Dana Doe") == MINE_ROWS
    assert (note in owed, more_owed in owed) == (True, True)
    assert (note in to_me, more_to_me in to_me) == (True, True)
    # The soonest due come first; the two due last are the ones left out.
    assert "introduce you to 1 funders" in owed
    assert f"introduce you to {MINE_ROWS + 2} funders" not in owed
    # The link shows the rest, and the note goes.
    everything = client_for(project.dana).get(MINE, {"owed": MINE_ROWS + MINE_ROWS_STEP})
    assert everything.content.decode().count("funders by March 1") == MINE_ROWS + 2
    assert note not in everything.content.decode()
    # Filtered down to fewer, the whole list shows and the note goes.
    filtered = client_for(project.dana).get(MINE + "?capital=financial").content.decode()
    assert note not in filtered


@pytest.mark.parametrize("asked", ["abc", "-5", "0", "3", "1e3", "²", "99999999", "9" * 5000])
def test_a_row_count_out_of_range_shows_the_first_rows_or_the_most(
    project: Project, asked: str
) -> None:
    from collaboratory.followthrough.views import MINE_ROWS, MINE_ROWS_MAX

    _many_commitments(project, MINE_ROWS + 2)

    body = client_for(project.dana).get(MINE, {"owed": asked}).content.decode()

    expected = MINE_ROWS + 2 if asked.startswith("999") else MINE_ROWS
    assert body.count("funders by March 1") == expected
    assert MINE_ROWS + 2 < MINE_ROWS_MAX


def test_at_the_most_rows_the_note_has_no_link_and_points_to_the_filters(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collaboratory.followthrough import views

    monkeypatch.setattr(views, "MINE_ROWS_MAX", views.MINE_ROWS)
    _many_commitments(project, views.MINE_ROWS + 2)

    body = client_for(project.dana).get(MINE).content.decode()

    assert f"Showing the first {views.MINE_ROWS} commitments." in body
    assert "Show more of what I owe" not in body
    assert "Filter by status or kind of capital to find the others." in body
