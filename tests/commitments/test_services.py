"""commitment_create, commitment_hide and commitment_undo: the rules of the room."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import Commitment, LiveEvent, amount_text
from collaboratory.commitments.services import commitment_hide, commitment_undo
from collaboratory.commitments.specificity import assess_commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.people.models import User
from tests.authz.objects import proposal_pk
from tests.commitments.conftest import FIRM, Room
from tests.factories import MembershipFactory


def hide(commitment: Commitment, actor: User, reason: str) -> Commitment:
    with scopes_disabled():
        return commitment_hide(commitment=commitment, actor=actor, reason=reason)


def undo(commitment: Commitment, actor: User, **kwargs: object) -> Commitment:
    with scopes_disabled():
        return commitment_undo(commitment=commitment, actor=actor, **kwargs)  # type: ignore[arg-type]


def _messages(error: ValidationError) -> dict[str, list[str]]:
    return error.message_dict


def test_a_firm_commitment_is_stored_audited_and_announced(room: Room) -> None:
    commitment = room.commit()

    with scopes_disabled():
        stored = Commitment.objects.get()
        event = LiveEvent.objects.get()
        audit = AuditEvent.objects.filter(action="commitment.created").get()
    assert stored == commitment
    assert (stored.what, stored.amount, stored.unit, stored.status) == (
        FIRM,
        Decimal("3.00"),
        "introductions",
        "offered",
    )
    assert (stored.firm, stored.guard_problems, stored.gathering_id) == (
        True,
        [],
        room.proposal.gathering_id,
    )
    assert (event.event_id, event.kind, event.payload["committer"]) == (
        1,
        "commitment.created",
        "Dana Doe",
    )
    assert audit.target_id == str(commitment.pk)


def test_the_same_key_twice_returns_the_first_commitment_unchanged(room: Room) -> None:
    key = uuid.uuid4()
    first = room.commit(idempotency_key=key)

    second = room.commit(idempotency_key=str(key), what="I will host you on May 3")

    with scopes_disabled():
        assert Commitment.objects.count() == 1
        assert LiveEvent.objects.count() == 1
    assert (second.pk, second.what) == (first.pk, FIRM)


def test_a_key_reused_for_someone_else_is_refused(room: Room) -> None:
    key = uuid.uuid4()
    room.commit(idempotency_key=key)

    with pytest.raises(ValidationError) as caught:
        room.commit(idempotency_key=key, committer=room.steward, entered_by=room.steward)

    assert list(_messages(caught.value)) == ["idempotency_key"]


def test_a_key_reused_for_another_ask_is_refused_without_returning_that_commitment(
    room: Room,
) -> None:
    key = uuid.uuid4()
    room.commit(idempotency_key=key)

    with pytest.raises(ValidationError) as caught:
        room.commit(idempotency_key=key, ask=None)

    assert _messages(caught.value) == {
        "idempotency_key": [
            "This form was already used to offer help on another ask, so nothing was saved; "
            "open this ask again and submit a fresh form."
        ]
    }


def test_a_vague_text_is_refused_with_the_guards_hint(room: Room) -> None:
    with pytest.raises(ValidationError) as caught:
        room.commit(what="Happy to help, let me know!", amount=None, unit="")

    messages = _messages(caught.value)
    assert list(messages) == ["what"]
    assert messages["what"] == [assess_commitment("Happy to help, let me know!").hint]
    with scopes_disabled():
        assert Commitment.objects.count() == 0


def test_critique_is_refused_with_a_hint(room: Room) -> None:
    with pytest.raises(ValidationError) as caught:
        room.commit(what="Have you considered charging a membership fee?", amount=None, unit="")

    assert list(_messages(caught.value)) == ["what"]


def test_a_person_may_insist_on_a_vague_text_and_the_verdict_is_kept(room: Room) -> None:
    commitment = room.commit(what="Happy to help!", amount=None, unit="", accept_vague=True)

    assert commitment.firm is False
    assert commitment.guard_problems != []
    with scopes_disabled():
        assert LiveEvent.objects.get().payload["firm"] is False


def test_bad_fields_each_get_their_own_message_and_nothing_is_written(room: Room) -> None:
    with pytest.raises(ValidationError) as caught:
        room.commit(
            what="   ",
            capital="gold",
            amount="-5",
            unit="furlongs",
            due_on=timezone.localdate() - timedelta(days=2),
        )

    assert sorted(_messages(caught.value)) == ["amount", "capital", "due_on", "unit", "what"]
    with scopes_disabled():
        assert Commitment.objects.count() == 0
        assert LiveEvent.objects.count() == 0


@pytest.mark.parametrize(
    ("amount", "unit", "field"),
    [("abc", "hours", "amount"), ("1.234", "hours", "amount"), ("4", "", "unit")],
)
def test_an_amount_must_be_a_plain_number_with_a_unit(
    room: Room, amount: str, unit: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        room.commit(amount=amount, unit=unit)

    assert list(_messages(caught.value)) == [field]


def test_a_bad_idempotency_key_is_named(room: Room) -> None:
    with pytest.raises(ValidationError) as caught:
        room.commit(idempotency_key="not-a-uuid")

    assert list(_messages(caught.value)) == ["idempotency_key"]


def test_only_admitted_members_of_the_network_commit(room: Room) -> None:
    outsider = room.world.personas["foreign_steward"]
    assert outsider is not None

    with pytest.raises(ValidationError) as caught:
        room.commit(committer=outsider, entered_by=outsider)

    assert list(_messages(caught.value)) == ["committer"]


def test_the_ask_must_belong_to_the_proposal(room: Room) -> None:
    with scopes_disabled():
        youth_proposal = Proposal.objects.get(pk=proposal_pk(room.world, "youth"))
        other_ask = youth_proposal.asks.get()

    with pytest.raises(ValidationError) as caught:
        room.commit(ask=other_ask)

    assert list(_messages(caught.value)) == ["ask"]


def test_a_general_commitment_has_no_ask(room: Room) -> None:
    commitment = room.commit(ask=None)

    assert commitment.ask is None
    with scopes_disabled():
        assert LiveEvent.objects.get().payload["ask"] is None


def test_commitments_go_only_to_selected_or_presented_proposals(room: Room) -> None:
    with scopes_disabled():
        Proposal.objects.filter(pk=room.proposal.pk).update(state="submitted")
        room.proposal.refresh_from_db()

    with pytest.raises(ValidationError) as caught:
        room.commit()

    assert list(_messages(caught.value)) == ["proposal"]


def test_a_scribe_enters_for_someone_in_the_room(room: Room) -> None:
    commitment = room.commit(entered_by=room.facilitator)

    assert (commitment.committer, commitment.entered_by) == (room.dana, room.facilitator)
    with scopes_disabled():
        assert LiveEvent.objects.get().payload["scribe"] is True


def test_a_member_cannot_enter_for_someone_else(room: Room) -> None:
    with pytest.raises(PermissionDenied):
        room.commit(entered_by=room.presenter)


def _youth_room(room: Room) -> tuple[Proposal, User]:
    youth_member = room.world.personas["youth_member"]
    assert youth_member is not None
    with scopes_disabled():
        proposal = Proposal.objects.get(pk=proposal_pk(room.world, "youth"))
    return proposal, youth_member


def test_a_youth_member_commits_time(room: Room) -> None:
    proposal, youth = _youth_room(room)

    commitment = room.commit(
        proposal=proposal,
        ask=None,
        committer=youth,
        entered_by=youth,
        what="I will volunteer 10 hours at the counter in April",
        capital="institutional",
        amount="10",
        unit="hours",
    )

    assert commitment.committer == youth


@pytest.mark.parametrize(("capital", "unit"), [("financial", ""), ("social", "dollars")])
def test_a_minors_money_commitment_waits_for_the_guardian_unless_approved_already(
    room: Room, capital: str, unit: str
) -> None:
    proposal, youth = _youth_room(room)
    arguments = {
        "proposal": proposal,
        "ask": None,
        "committer": youth,
        "entered_by": youth,
        "what": "I will donate $50 from our bake sale by June 1",
        "capital": capital,
        "amount": "50" if unit else None,
        "unit": unit,
    }

    waiting = room.commit(**arguments)
    approved = room.commit(**arguments, guardian_approved=True)

    assert (waiting.guardian_approval, waiting.guardian_approved) == ("awaiting", False)
    assert (approved.guardian_approval, approved.guardian_approved) == ("", True)
    with scopes_disabled():
        heard = [(e.kind, e.payload) for e in LiveEvent.objects.order_by("event_id")]
    # The waiting one is on no board yet: the console alone redraws, told nothing of it.
    assert [kind for kind, _payload in heard] == ["console.changed", "commitment.created"]
    assert (heard[0][1], heard[1][1]["commitment"]) == ({}, approved.pk)


def test_an_adults_money_commitment_needs_no_approval(room: Room) -> None:
    commitment = room.commit(
        what="I will donate $500 by June 1", capital="financial", amount="500", unit="dollars"
    )

    assert (commitment.amount, commitment.guardian_approved) == (Decimal("500.00"), False)


def test_a_facilitator_hides_an_entry_with_a_reason(room: Room) -> None:
    commitment = room.commit()

    hidden = hide(commitment, room.facilitator, "A question")
    again = hide(commitment, room.steward, "Twice")

    assert (hidden.hidden_reason, hidden.hidden_by) == ("A question", room.facilitator)
    assert again.hidden_reason == "A question"
    with scopes_disabled():
        kinds = list(LiveEvent.objects.values_list("event_id", "kind"))
    assert kinds == [(1, "commitment.created"), (2, "commitment.hidden")]


def test_hiding_needs_a_reason_and_a_room_role(room: Room) -> None:
    commitment = room.commit()

    with pytest.raises(ValidationError) as no_reason:
        hide(commitment, room.steward, "  ")
    with pytest.raises(PermissionDenied):
        hide(commitment, room.dana, "Mine")

    assert list(_messages(no_reason.value)) == ["reason"]
    commitment.refresh_from_db()
    assert commitment.hidden_at is None


def test_whoever_entered_it_undoes_within_the_window(room: Room) -> None:
    commitment = room.commit(entered_by=room.facilitator)

    undone = undo(
        commitment,
        room.facilitator,
        now=commitment.created_at + timedelta(seconds=59),
    )

    assert undone.undone_at is not None
    with scopes_disabled():
        assert list(LiveEvent.objects.values_list("kind", flat=True)) == [
            "commitment.created",
            "commitment.undone",
        ]


def test_undo_is_refused_after_the_window_and_for_others(room: Room) -> None:
    commitment = room.commit(entered_by=room.facilitator)

    with pytest.raises(ValidationError):
        undo(
            commitment,
            room.facilitator,
            now=commitment.created_at + timedelta(seconds=61),
        )
    with pytest.raises(PermissionDenied):
        undo(commitment, room.dana, now=commitment.created_at)

    commitment.refresh_from_db()
    assert commitment.undone_at is None


def test_an_undo_pressed_again_after_the_window_is_told_it_is_undone(room: Room) -> None:
    """Undo pressed at 59 s whose answer was lost, pressed again at 61 s: the second press
    said "Undo is possible for 60 seconds...; ask a facilitator to hide it", about a
    commitment already off the board. It is undone: nothing changes, nothing is refused."""
    commitment = room.commit(entered_by=room.facilitator)
    first = undo(commitment, room.facilitator, now=commitment.created_at + timedelta(seconds=59))

    again = undo(commitment, room.facilitator, now=commitment.created_at + timedelta(seconds=61))

    assert again.undone_at == first.undone_at
    with scopes_disabled():
        assert LiveEvent.objects.filter(kind="commitment.undone").count() == 1


def test_a_retry_after_undo_returns_the_undone_commitment(room: Room) -> None:
    key = uuid.uuid4()
    commitment = room.commit(idempotency_key=key)
    undo(commitment, room.dana)

    retried = room.commit(idempotency_key=key)

    assert (retried.pk, retried.undone_at is not None) == (commitment.pk, True)


def test_event_ids_count_per_gathering(room: Room) -> None:
    room.commit()
    room.commit()
    with scopes_disabled():
        youth_proposal = Proposal.objects.get(pk=proposal_pk(room.world, "youth"))
        youth_adult = MembershipFactory(network=room.world.youth).user
    room.commit(proposal=youth_proposal, ask=None, committer=youth_adult, entered_by=youth_adult)

    with scopes_disabled():
        ids = list(LiveEvent.objects.values_list("gathering__network__slug", "event_id"))
    assert sorted(ids) == [("alpha", 1), ("alpha", 2), ("alpha-youth", 1)]


def test_the_due_date_is_checked_against_the_networks_calendar(room: Room) -> None:
    """At 02:00 UTC on March 2 it is still March 1 in New York (Alpha's time zone)."""
    now = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    assert room.proposal.network.time_zone == "America/New_York"

    accepted = room.commit(due_on=date(2026, 3, 1), now=now)
    with pytest.raises(ValidationError) as caught:
        room.commit(due_on=date(2026, 2, 28), now=now)

    assert accepted.due_on == date(2026, 3, 1)
    assert list(_messages(caught.value)) == ["due_on"]


def test_a_due_date_more_than_three_years_ahead_is_refused(room: Room) -> None:
    """9999-12-31 is a slip, not a promise anyone will be reminded of."""
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)

    accepted = room.commit(due_on=date(2029, 3, 2), now=now)
    refused = []
    for far in (date(2029, 3, 3), date(9999, 12, 31)):
        with pytest.raises(ValidationError) as caught:
            room.commit(due_on=far, now=now)
        refused.append(_messages(caught.value))

    assert accepted.due_on == date(2029, 3, 2)
    assert (
        refused
        == [
            {
                "due_on": [
                    "That date is more than 3 years away; choose a date by Friday 2 March 2029."
                ]
            }
        ]
        * 2
    )


@pytest.mark.parametrize(
    ("amount", "unit", "shown"),
    [
        ("1", "introductions", "1 introduction"),
        ("3", "introductions", "3 introductions"),
        ("1.00", "hours", "1 hour"),
        ("2.50", "hours", "2.5 hours"),
        ("1", "people", "1 person"),
        ("40", "people", "40 people"),
        ("1", "venue_date", "1 venue date"),
        ("250", "dollars", "$250.00"),
        ("7", "other", "7 units"),
        ("1", "other", "1 unit"),
    ],
)
def test_amounts_read_with_the_plural_form_their_count_needs(
    amount: str, unit: str, shown: str
) -> None:
    """ "I will host 1 meetings", "1 introductions" read wrong on every page that showed them."""
    assert amount_text(Decimal(amount), unit) == shown


def test_amount_and_due_texts_read_in_the_language_active_at_each_call() -> None:
    """They are remembered per value and language: switching languages between calls (two
    people's requests in one process) gives each their own."""
    commitment = Commitment(amount=Decimal("2.5"), unit="hours", due_on=date(2026, 1, 5))
    shown = []
    for language in ("en", "es", "en", "es"):
        with translation.override(language):
            shown.append((commitment.amount_text, commitment.due_text))

    assert shown == [
        ("2.5 hours", "5 Jan 2026"),
        ("2,5 horas", "5 ene 2026"),
        ("2.5 hours", "5 Jan 2026"),
        ("2,5 horas", "5 ene 2026"),
    ]
