"""Proposals through the services: eligibility, the call's deadline, complete submissions,
staged decisions announced together, carry-over, the run of show."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.creditclub.selectors import creditclub_settings_for
from collaboratory.creditclub.services import AskInput
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Network
from tests.creditclub.conftest import ASKS, COMPLETE, Club

pytestmark = pytest.mark.usefixtures("club")


def state_of(proposal: Proposal) -> str:
    with scopes_disabled():
        return Proposal.objects.get(pk=proposal.pk).state


def test_a_member_who_never_attended_is_told_why_and_nothing_is_stored(club: Club) -> None:
    newcomer = club.new_member("New Comer", attended=False)

    with pytest.raises(ValidationError) as error, scopes_disabled():
        services.proposal_save(
            gathering=club.upcoming, proposer=newcomer, fields=COMPLETE, asks=ASKS
        )

    assert "attended at least one gathering" in error.value.messages[0]
    assert "Attending Fall Gathering makes you eligible" in error.value.messages[0]
    with scopes_disabled():
        assert Proposal.objects.count() == 0


def test_any_member_may_propose_where_the_network_says_so(club: Club) -> None:
    newcomer = club.new_member("New Comer", attended=False)
    with scopes_disabled():
        settings = creditclub_settings_for(network=club.network)
        settings.eligibility_rule = "any_member"
        settings.save()

    proposal = club.proposal(newcomer)

    assert state_of(proposal) == "submitted"


def test_after_the_deadline_the_call_is_closed(club: Club) -> None:
    deadline = club.upcoming.starts_at - timedelta(days=28)

    with pytest.raises(ValidationError) as error, scopes_disabled():
        services.proposal_save(
            gathering=club.upcoming, proposer=club.member, fields=COMPLETE, asks=ASKS, now=deadline
        )
    with scopes_disabled():
        ok = services.proposal_save(
            gathering=club.upcoming,
            proposer=club.member,
            fields=COMPLETE,
            asks=ASKS,
            now=deadline - timedelta(seconds=1),
        )

    assert error.value.messages == [
        "The call for Fall Gathering is closed: proposals were due before the deadline."
    ]
    assert ok.state == "draft"


def test_a_draft_may_be_incomplete_but_submitting_names_every_gap(club: Club) -> None:
    draft = club.proposal(submit=False, title="Half an idea", what="", problem="", phase="")
    with scopes_disabled():
        Ask.objects.filter(proposal=draft).delete()

    with pytest.raises(ValidationError) as error, scopes_disabled():
        services.proposal_submit(proposal=draft, actor=club.member)

    assert sorted(error.value.message_dict) == ["asks", "phase", "problem", "what"]
    assert error.value.message_dict["asks"] == [
        "Add at least one ask: what could the room help with?"
    ]
    assert state_of(draft) == "draft"


@pytest.mark.parametrize(
    ("asks", "field", "message"),
    [
        ([AskInput("space", "institutional", "x")] * 7, "asks", "A proposal has at most 6 asks."),
        ([AskInput("lunch", "institutional", "x")], "ask_1", "Ask 1: choose a category."),
        ([AskInput("space", "money", "x")], "ask_1", "Ask 1: choose a kind of capital."),
        ([AskInput("space", "social", "  ")], "ask_1", "Ask 1: say what exactly you need."),
    ],
)
def test_bad_asks_are_refused_field_by_field(
    club: Club, asks: list[AskInput], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as error, scopes_disabled():
        services.proposal_save(
            gathering=club.upcoming, proposer=club.member, fields=COMPLETE, asks=asks
        )

    assert error.value.message_dict[field] == [message]
    with scopes_disabled():
        assert Proposal.objects.count() == 0


# 3 December 2026, 21:30 in New York is already 4 December in UTC; 5 December, 01:00 in Tokyo
# is still 4 December in UTC. The 'needed by' check reads the day on the network's calendar.
NEW_YORK_EVENING = datetime(2026, 12, 4, 2, 30, tzinfo=UTC)
TOKYO_MORNING = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)


def _call_open_in(club: Club, time_zone: str) -> Gathering:
    """The club's network in `time_zone`, its upcoming call open at the instants above."""
    starts = datetime(2027, 2, 1, 18, 0, tzinfo=UTC)
    with scopes_disabled():
        Network.objects.filter(pk=club.network.pk).update(time_zone=time_zone)
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            starts_at=starts, ends_at=starts + timedelta(hours=2)
        )
        return Gathering.objects.select_related("network").get(pk=club.upcoming.pk)


def _save_needing_by(
    club: Club, gathering: Gathering, day: date, now: datetime, proposal: Proposal | None = None
) -> Proposal:
    """The member's proposal with one ask needed by `day`, saved at `now`."""
    ask = AskInput("space", "institutional", "A storefront open on Saturdays", "", day)
    with scopes_disabled():
        return services.proposal_save(
            gathering=gathering,
            proposer=club.member,
            fields=COMPLETE,
            asks=[ask],
            proposal=proposal,
            now=now,
        )


PASSED = {"ask_1": ["Ask 1: the 'needed by' date has passed."]}


def test_needed_by_today_is_accepted_in_a_new_york_evening(club: Club) -> None:
    gathering = _call_open_in(club, "America/New_York")
    today, yesterday = date(2026, 12, 3), date(2026, 12, 2)

    draft = _save_needing_by(club, gathering, today, NEW_YORK_EVENING)
    with scopes_disabled():
        services.proposal_submit(proposal=draft, actor=club.member, now=NEW_YORK_EVENING)
    with pytest.raises(ValidationError) as error:
        _save_needing_by(club, gathering, yesterday, NEW_YORK_EVENING, proposal=draft)
    with scopes_disabled():
        stored = list(Ask.objects.filter(proposal=draft).values_list("needed_by", flat=True))

    assert state_of(draft) == "submitted"
    assert error.value.message_dict == PASSED
    assert stored == [today]


def test_needed_by_yesterday_is_refused_in_a_tokyo_morning(club: Club) -> None:
    gathering = _call_open_in(club, "Asia/Tokyo")
    yesterday = date(2026, 12, 4)  # still today in UTC
    afternoon = TOKYO_MORNING - timedelta(hours=8)  # 4 December, 17:00 in Tokyo
    draft = _save_needing_by(club, gathering, yesterday, afternoon)

    with pytest.raises(ValidationError) as saving:
        _save_needing_by(club, gathering, yesterday, TOKYO_MORNING, proposal=draft)
    with pytest.raises(ValidationError) as submitting, scopes_disabled():
        services.proposal_submit(proposal=draft, actor=club.member, now=TOKYO_MORNING)

    assert saving.value.message_dict == PASSED
    assert submitting.value.message_dict == PASSED
    assert state_of(draft) == "draft"


def test_fixed_dates_must_be_in_order(club: Club) -> None:
    draft = club.proposal(submit=False, timeframe="fixed")
    with scopes_disabled():
        Proposal.objects.filter(pk=draft.pk).update(
            starts_on=club.upcoming.starts_at.date(), ends_on=club.past.starts_at.date()
        )
        draft.refresh_from_db()

        with pytest.raises(ValidationError) as error:
            services.proposal_submit(proposal=draft, actor=club.member)

    assert error.value.message_dict == {"ends_on": ["The end date is before the start date."]}


def test_one_live_proposal_per_member_per_gathering(club: Club) -> None:
    club.proposal()

    with pytest.raises(ValidationError, match="already have a proposal"), scopes_disabled():
        services.proposal_save(
            gathering=club.upcoming, proposer=club.member, fields=COMPLETE, asks=ASKS
        )


def test_only_stewards_stage_decisions(club: Club) -> None:
    proposal = club.proposal()

    with pytest.raises(PermissionDenied), scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.member)


def test_staged_decisions_stay_private_until_announced_then_everyone_hears_once(
    club: Club, run_tasks
) -> None:
    proposers = [club.member, club.new_member("Ana Reyes"), club.new_member("Ben Okafor")]
    proposals = [club.proposal(user) for user in proposers]
    decisions = ["selected", "waitlisted", "declined"]
    with scopes_disabled():
        for proposal, decision in zip(proposals, decisions, strict=True):
            services.proposal_stage_decision(
                proposal=proposal, decision=decision, actor=club.steward
            )
        staged_states = [state_of(p) for p in proposals]
        emails_before = len(mail.outbox)

        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    run_tasks()

    assert staged_states == ["submitted"] * 3
    assert emails_before == 0
    assert [state_of(p) for p in proposals] == decisions
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == sorted(
        [
            (proposers[0].email, "You will present at Fall Gathering"),
            (proposers[1].email, "Your proposal for Fall Gathering is on the waitlist"),
            (proposers[2].email, "Your proposal for Fall Gathering"),
        ]
    )
    with pytest.raises(ValidationError, match="No decision is staged"), scopes_disabled():
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    run_tasks()
    assert len(mail.outbox) == 3


def test_announcing_more_selections_than_slots_is_refused_and_changes_nothing(club: Club) -> None:
    proposals = [club.proposal(club.new_member(f"Member {i}")) for i in range(4)]
    with scopes_disabled():
        for proposal in proposals:
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )

        with pytest.raises(ValidationError) as error:
            services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

    assert error.value.messages == [
        "That would select 4 presenters; this network has 3 slots. Waitlist someone first."
    ]
    assert [state_of(p) for p in proposals] == ["submitted"] * 4
    assert mail.outbox == []


def test_every_transition_is_audited(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="selected", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        services.proposal_mark_presented(
            proposal=proposal, actor=club.steward, now=club.upcoming.starts_at
        )

    actions = list(
        AuditEvent.objects.filter(target_type="creditclub.proposal")
        .order_by("pk")
        .values_list("action", "data")
    )
    assert actions == [
        ("proposal.created", {}),
        ("proposal.submitted", {"from": "draft", "to": "submitted"}),
        ("proposal.decision_staged", {"decision": "selected"}),
        ("proposal.selected", {"from": "submitted", "to": "selected"}),
        ("proposal.presented", {"from": "selected", "to": "presented"}),
    ]


def test_an_invalid_transition_gets_a_clear_error_and_changes_nothing(club: Club) -> None:
    """A declined proposal (a submitted one may be presented without an announcement)."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(proposal=proposal, decision="declined", actor=club.steward)
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)

    with pytest.raises(ValidationError) as error, scopes_disabled():
        services.proposal_mark_presented(
            proposal=proposal, actor=club.steward, now=club.upcoming.starts_at
        )

    assert error.value.messages == [
        "“Tulsa Tool Library” was declined and its proposer was told so: it cannot be marked "
        "presented."
    ]
    assert state_of(proposal) == "declined"


def test_a_waitlisted_proposal_carries_over_to_the_next_call_once(club: Club) -> None:
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(
            proposal=proposal, decision="waitlisted", actor=club.steward
        )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        proposal.refresh_from_db()

        carried = services.proposal_carry_over(
            proposal=proposal, to_gathering=club.later, actor=club.member
        )
        with pytest.raises(ValidationError, match="already been carried over"):
            services.proposal_carry_over(
                proposal=proposal, to_gathering=club.later, actor=club.member
            )

        copied_asks = list(carried.asks.values_list("what", flat=True))
    assert (carried.state, carried.gathering_id, carried.carried_from_id) == (
        "submitted",
        club.later.pk,
        proposal.pk,
    )
    assert copied_asks == [a.what for a in ASKS]
    assert state_of(proposal) == "waitlisted"


def test_the_run_of_show_lists_each_selected_presenter_once(club: Club) -> None:
    proposals = [club.proposal(club.new_member(f"Presenter {i}")) for i in range(3)]
    with scopes_disabled():
        for proposal in proposals:
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        order = [proposals[2].pk, proposals[0].pk, proposals[1].pk]

        services.run_of_show_set(gathering=club.upcoming, order=order, actor=club.steward)
        with pytest.raises(ValidationError):
            services.run_of_show_set(gathering=club.upcoming, order=order[:2], actor=club.steward)

        positions = dict(Proposal.objects.values_list("pk", "run_position"))
    assert [positions[pk] for pk in order] == [1, 2, 3]


def test_review_scores_run_from_one_to_five(club: Club) -> None:
    proposal = club.proposal()

    with pytest.raises(ValidationError), scopes_disabled():
        services.review_save(proposal=proposal, reviewer=club.steward, scores={"timing": 6})
    with scopes_disabled():
        review = services.review_save(
            proposal=proposal, reviewer=club.steward, scores={"timing": 4}, note=" soon "
        )

    assert (review.timing, review.note) == (4, "soon")


def test_a_deadline_set_in_the_networks_time_zone_closes_at_that_local_minute(club: Club) -> None:
    """A steward in Los Angeles sets 23:59 on June 19; members anywhere see the same instant."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from collaboratory.gatherings.models import Gathering

    deadline = datetime(2027, 6, 19, 23, 59, tzinfo=ZoneInfo("America/Los_Angeles"))
    with scopes_disabled():
        Gathering.objects.filter(pk=club.upcoming.pk).update(
            proposal_deadline=deadline,
            starts_at=deadline + timedelta(days=30),
            ends_at=deadline + timedelta(days=30, hours=7),
        )
        club.upcoming.refresh_from_db()
        just_before = datetime(2027, 6, 20, 6, 58, tzinfo=ZoneInfo("UTC"))  # 23:58 in LA
        on_time = services.proposal_save(
            gathering=club.upcoming,
            proposer=club.member,
            fields=COMPLETE,
            asks=ASKS,
            now=just_before,
        )
        with pytest.raises(ValidationError, match="is closed"):
            services.proposal_submit(
                proposal=on_time,
                actor=club.member,
                now=datetime(2027, 6, 20, 2, 59, tzinfo=ZoneInfo("America/New_York")),
            )
        services.proposal_submit(
            proposal=on_time,
            actor=club.member,
            now=datetime(2027, 6, 20, 2, 58, tzinfo=ZoneInfo("America/New_York")),
        )

    assert state_of(on_time) == "submitted"


def test_a_carried_over_proposal_is_not_selected_twice(club: Club) -> None:
    """A waitlisted proposal stays waitlisted once carried over, so a slot opening at its
    first gathering let a steward select it there while its copy waited in the later call:
    the same project on two gatherings. Selecting it now names the copy to withdraw first."""
    proposal = club.proposal()
    with scopes_disabled():
        services.proposal_stage_decision(
            proposal=proposal, decision="waitlisted", actor=club.steward
        )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
        proposal.refresh_from_db()
        carried = services.proposal_carry_over(
            proposal=proposal, to_gathering=club.later, actor=club.member
        )
        proposal = Proposal.objects.get(pk=proposal.pk)

        with pytest.raises(ValidationError) as error:
            services.proposal_stage_decision(
                proposal=proposal, decision="selected", actor=club.steward
            )
        declined = services.proposal_stage_decision(
            proposal=proposal, decision="declined", actor=club.steward
        )
        services.proposal_withdraw(proposal=carried, actor=club.member)
        proposal = Proposal.objects.get(pk=proposal.pk)
        selected = services.proposal_stage_decision(
            proposal=proposal, decision="selected", actor=club.steward
        )

    assert error.value.messages == [
        "This proposal was carried over to Winter Gathering. Withdraw it there first, or "
        "select it in that call."
    ]
    assert declined.staged_decision == "declined"
    assert selected.staged_decision == "selected"
