"""commitment_transition: every valid move through the service (status, history, audit,
live event), every invalid one refused with nothing changed."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment, LiveEvent
from collaboratory.commitments.services import commitment_hide
from collaboratory.followthrough.models import CommitmentActivity
from collaboratory.people.models import User
from tests.followthrough.conftest import Project

NOTES = {
    lc.ADJUST_REQUESTED: "Could it be 2 instead?",
    lc.RELEASED: "Budget cut.",
    lc.DISPUTED: "One introduction is still missing.",
}
# How to bring a fresh (offered) commitment to each state, through the service.
PATHS: dict[str, list[tuple[str, str]]] = {
    lc.OFFERED: [],
    lc.ACKNOWLEDGED: [(lc.RECIPIENT, lc.ACKNOWLEDGED)],
    lc.ADJUST_REQUESTED: [(lc.RECIPIENT, lc.ADJUST_REQUESTED)],
    lc.IN_PROGRESS: [(lc.COMMITTER, lc.IN_PROGRESS)],
    lc.DONE: [(lc.COMMITTER, lc.DONE)],
    lc.DISPUTED: [(lc.COMMITTER, lc.DONE), (lc.RECIPIENT, lc.DISPUTED)],
    lc.KEPT: [(lc.COMMITTER, lc.DONE), (lc.RECIPIENT, lc.KEPT)],
    lc.PARTLY_KEPT: [(lc.COMMITTER, lc.DONE), (lc.RECIPIENT, lc.PARTLY_KEPT)],
    lc.RELEASED: [(lc.COMMITTER, lc.RELEASED)],
    lc.LAPSED: [(lc.SYSTEM, lc.LAPSED)],
}


def actor_for(project: Project, role: str) -> User | None:
    return {
        lc.COMMITTER: project.dana,
        lc.RECIPIENT: project.presenter,
        lc.STEWARD: project.steward,
        lc.SYSTEM: None,
    }[role]


def extra(target: str) -> dict[str, Any]:
    arguments: dict[str, Any] = {"note": NOTES.get(target, "")}
    if target == lc.PARTLY_KEPT:
        arguments["delivered_amount"] = "1"
    return arguments


def bring(project: Project, state: str, **overrides: Any) -> Commitment:
    commitment = project.commit(**overrides)
    for role, target in PATHS[state]:
        commitment = project.move(commitment, actor_for(project, role), target, **extra(target))
    assert project.refresh(commitment).status == state
    return commitment


def counts() -> tuple[int, int, int]:
    with scopes_disabled():
        return (
            CommitmentActivity.objects.count(),
            AuditEvent.objects.filter(action="commitment.status").count(),
            LiveEvent.objects.filter(kind="commitment.status").count(),
        )


@pytest.mark.parametrize(
    ("current", "target", "role"),
    sorted((a, b, r) for (a, b), roles in lc.MOVES.items() for r in roles),
)
def test_each_valid_move_is_written_audited_and_published(
    project: Project, current: str, target: str, role: str
) -> None:
    commitment = bring(project, current)
    before = counts()

    project.move(commitment, actor_for(project, role), target, **extra(target))

    stored = project.refresh(commitment)
    with scopes_disabled():
        activity = CommitmentActivity.objects.order_by("pk").last()
        event = LiveEvent.objects.filter(kind="commitment.status").order_by("pk").last()
    assert stored.status == target
    assert counts() == (before[0] + 1, before[1] + 1, before[2] + 1)
    assert activity is not None
    assert event is not None
    assert (activity.from_status, activity.to_status, activity.note) == (
        current,
        target,
        NOTES.get(target, ""),
    )
    assert event.payload == {
        "commitment": commitment.pk,
        "proposal": project.proposal.pk,
        "status": target,
        "previous": current,
    }
    assert (stored.kept_at is not None) == (target in (lc.KEPT, lc.PARTLY_KEPT))


@pytest.mark.parametrize("current", lc.STATES)
def test_every_move_outside_the_table_is_refused_and_changes_nothing(
    project: Project, current: str
) -> None:
    commitment = bring(project, current)
    before = counts()
    invalid = [t for t in lc.STATES if (current, t) not in lc.MOVES]
    with scopes_disabled():
        last_mover = (
            CommitmentActivity.objects.filter(commitment=commitment, kind="move")
            .order_by("pk")
            .values_list("author_id", flat=True)
            .last()
        )

    for target in invalid:
        for role in lc.ACTORS:
            actor = actor_for(project, role)
            if target == current and actor is not None and actor.pk == last_mover:
                # The same person's move sent again: answered as done, nothing written
                # (tests/followthrough/test_replayed_moves.py).
                project.move(commitment, actor, target, **extra(target))
                continue
            with pytest.raises(ValidationError) as caught:
                project.move(commitment, actor, target, **extra(target))
            assert list(caught.value.message_dict) == ["to"]

    assert project.refresh(commitment).status == current
    assert counts() == before


@pytest.mark.parametrize("current", lc.STATES)
def test_moves_for_someone_else_are_denied_and_change_nothing(
    project: Project, current: str
) -> None:
    commitment = bring(project, current)
    outsider = project.world.personas["youth_member"]
    before = counts()
    for (frm, target), roles in lc.MOVES.items():
        if frm != current:
            continue
        for role in set(lc.ACTORS) - roles - {lc.SYSTEM}:
            with pytest.raises(PermissionDenied):
                project.move(commitment, actor_for(project, role), target, **extra(target))
        # Not a member of Alpha at all.
        with pytest.raises(PermissionDenied):
            project.move(commitment, outsider, target, **extra(target))
    assert project.refresh(commitment).status == current
    assert counts() == before


def test_marking_done_records_what_was_delivered_and_confirming_keeps_it(
    project: Project,
) -> None:
    commitment = project.commit()
    project.move(commitment, project.dana, lc.DONE, note="Three intros sent", delivered_amount="3")

    kept = project.move(commitment, project.presenter, lc.KEPT)

    assert (kept.status, kept.delivered_amount, kept.delivered_note) == (
        "kept",
        Decimal("3.00"),
        "Three intros sent",
    )
    assert kept.kept_at == kept.status_changed_at


@pytest.mark.parametrize(
    ("delivered", "message"),
    [
        ("", "Say how much was delivered, in introductions."),
        (
            "3",
            "Partly kept means less than the 3 introductions promised; confirm it as kept instead.",
        ),
        ("lots", "The amount delivered must be a number, like 2 or 2.5."),
        ("-1", "The amount delivered must be zero or more, below 10,000,000,000."),
    ],
)
def test_partly_kept_needs_a_smaller_amount(project: Project, delivered: str, message: str) -> None:
    commitment = bring(project, lc.DONE)

    with pytest.raises(ValidationError) as caught:
        project.move(commitment, project.presenter, lc.PARTLY_KEPT, delivered_amount=delivered)

    assert caught.value.message_dict == {"delivered_amount": [message]}
    assert project.refresh(commitment).status == lc.DONE


@pytest.mark.parametrize(
    ("amount", "unit", "promised"),
    [
        ("1", "hours", "1 hour"),
        ("1", "introductions", "1 introduction"),
        ("100", "dollars", "$100.00"),
        ("2.5", "hours", "2.5 hours"),
    ],
)
def test_partly_kept_names_the_amount_promised_as_pages_write_it(
    project: Project, amount: str, unit: str, promised: str
) -> None:
    """It read "less than the 1 hours promised", and "the 1E+2 dollars" for $100 (the
    amount's normalized Decimal); now the amount as every page writes it."""
    capital = "financial" if unit == "dollars" else "social"
    commitment = bring(project, lc.DONE, amount=amount, unit=unit, capital=capital)

    with pytest.raises(ValidationError) as caught:
        project.move(commitment, project.presenter, lc.PARTLY_KEPT, delivered_amount=amount)

    assert caught.value.message_dict == {
        "delivered_amount": [
            f"Partly kept means less than the {promised} promised; confirm it as kept instead."
        ]
    }


@pytest.mark.parametrize("target", sorted(lc.NOTE_REQUIRED))
def test_release_adjust_and_dispute_need_a_note(project: Project, target: str) -> None:
    start = lc.DONE if target == lc.DISPUTED else lc.OFFERED
    commitment = bring(project, start)
    actor = project.dana if target == lc.RELEASED else project.presenter

    with pytest.raises(ValidationError) as caught:
        project.move(commitment, actor, target, note="   ")

    assert list(caught.value.message_dict) == ["note"]
    assert project.refresh(commitment).status == start


def test_a_hidden_commitment_has_no_follow_up(project: Project) -> None:
    commitment = project.commit()
    with scopes_disabled():
        commitment_hide(commitment=commitment, actor=project.steward, reason="Not a commitment")

    with pytest.raises(ValidationError) as caught:
        project.move(commitment, project.dana, lc.DONE)

    assert caught.value.message_dict == {
        "to": ["This commitment was taken off the board; it has no follow-up."]
    }


def test_a_release_tells_the_presenter_without_blame(
    project: Project, run_tasks, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    run_tasks()  # the proposal's outcome email, from the fixture
    mailoutbox.clear()

    project.move(commitment, project.dana, lc.RELEASED, note="My budget was cut.")
    run_tasks()

    assert [m.to for m in mailoutbox] == [[project.presenter.email]]
    assert mailoutbox[0].subject == ("A commitment to alpha proposal was released")
    assert "My budget was cut." in mailoutbox[0].body


def test_the_live_payload_holds_no_private_data(project: Project) -> None:
    commitment = project.commit()
    project.move(commitment, project.dana, lc.RELEASED, note="PRIVATE-NOTE")

    with scopes_disabled():
        payload = LiveEvent.objects.filter(kind="commitment.status").get().payload
    text = str(payload)
    assert "PRIVATE-NOTE" not in text
    assert "dana@private.example" not in text
    assert "Dana" not in text


def test_a_move_between_an_adult_and_a_minor_copies_the_stewards(
    world, run_tasks, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    """The youth cohort: an adult mentor commits to the canary youth member's project; the
    youth presenter's acknowledgement reaches the mentor, and each steward gets a copy."""
    import uuid
    from datetime import timedelta

    from django.utils import timezone

    from collaboratory.commitments.services import commitment_create
    from collaboratory.creditclub.models import Proposal
    from collaboratory.followthrough.services import commitment_transition
    from tests.authz.objects import proposal_pk

    with scopes_disabled():
        proposal = Proposal.objects.select_related("proposer").get(pk=proposal_pk(world, "youth"))
        from tests.factories import MembershipFactory

        adult = MembershipFactory(network=world.youth, user__full_name="Morgan Mentor").user
        steward = world.personas["steward"]
        commitment = commitment_create(
            proposal=proposal,
            ask=None,
            committer=adult,
            entered_by=adult,
            what="I will introduce you to 2 youth program directors by June 1",
            capital="social",
            amount="2",
            unit="introductions",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key=uuid.uuid4(),
        )
        run_tasks()
        mailoutbox.clear()
        commitment_transition(commitment=commitment, actor=proposal.proposer, to=lc.ACKNOWLEDGED)
    run_tasks()

    assert proposal.proposer.is_minor
    # One message per person (issue 12, finding 4): the steward's copy is their own.
    assert [(m.to, m.cc, m.bcc, m.reply_to) for m in mailoutbox] == [
        ([steward.email], [], [], []),
        ([adult.email], [], [], []),
    ]
    assert mailoutbox[0].subject.startswith("Copy for stewards: ")
    assert [proposal.proposer.email in m.message().as_string() for m in mailoutbox] == [
        False,
        False,
    ]


def test_an_update_on_a_commitment_reaches_the_other_party(
    project: Project, run_tasks, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    from collaboratory.followthrough.services import commitment_update_post

    commitment = project.commit()
    run_tasks()
    mailoutbox.clear()

    with scopes_disabled():
        commitment_update_post(
            commitment=commitment,
            author=project.dana,
            note="First introduction made",
            link="https://example.org/notes",
            idempotency_key=uuid.uuid4(),
        )
        commitment_update_post(
            commitment=commitment,
            author=project.presenter,
            note="Thank you, we met",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()

    assert [(m.to, m.subject) for m in mailoutbox] == [
        ([project.presenter.email], "An update on a commitment to alpha proposal"),
        ([project.dana.email], "An update on a commitment to alpha proposal"),
    ]
    assert "First introduction made" in mailoutbox[0].body
    assert "https://example.org/notes" in mailoutbox[0].body
    assert "Thank you, we met" in mailoutbox[1].body


def test_an_offer_made_again_after_an_adjustment_tells_the_presenter(
    project: Project, run_tasks, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    """The presenter asked for an adjustment; the committer's answer (offered again) is
    theirs to thank, and no reminder to acknowledge covers it once one went out before."""
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ADJUST_REQUESTED, note="Could it be 2?")
    run_tasks()
    mailoutbox.clear()

    project.move(commitment, project.dana, lc.OFFERED)
    run_tasks()

    assert [(m.to, m.subject) for m in mailoutbox] == [
        ([project.presenter.email], "Offered again, adjusted: a commitment to alpha proposal")
    ]
