"""The automatic follow-up under time travel: reminders exactly once per rule, snoozes,
presenter prompts, auto-confirmation and lapsing."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments import lifecycle as lc
from collaboratory.followthrough.models import ReminderSent, ReminderSnooze
from collaboratory.followthrough.selectors import followthrough_settings_for
from collaboratory.followthrough.services import (
    followthrough_run,
    followthrough_settings_update,
    project_update_post,
    reminder_snooze,
    reminder_snooze_end,
)
from collaboratory.people.services import user_language_set
from collaboratory.periodic.registry import registered
from tests.conftest import client_for
from tests.followthrough.conftest import Project, at


def run(project: Project, day, hour: int = 9) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with scope(network=project.world.alpha):
        return followthrough_run(network=project.world.alpha, now=at(day, hour))


def sent_to(mailoutbox, email: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.subject for m in mailoutbox if m.to == [email]]


@pytest.fixture
def quiet(project: Project, run_tasks, mailoutbox):  # type: ignore[no-untyped-def]
    """The fixture's own emails (the proposal's outcome) are out of the way."""
    run_tasks()
    mailoutbox.clear()
    return mailoutbox


def test_reminders_before_and_after_the_due_date_go_once_each(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)
    due = commitment.due_on
    days = [due - timedelta(days=d) for d in range(10, 0, -1)] + [
        due + timedelta(days=d) for d in range(0, 40)
    ]

    for day in days:
        run(project, day)
        run(project, day, hour=15)  # a second run the same day sends nothing more

    with scopes_disabled():
        keys = sorted(ReminderSent.objects.filter(user=project.dana).values_list("key", flat=True))
    prefix = f"c:{commitment.pk}:"
    assert keys == [
        prefix + k for k in ("before:1", "before:7", "overdue:1", "overdue:2", "overdue:3")
    ]
    assert sent_to(quiet, project.dana.email) == [
        f"Coming up: {commitment.what}",
        f"Coming up: {commitment.what}",
        f"Your commitment is overdue: {commitment.what}",
        f"Your commitment is overdue: {commitment.what}",
        f"Your commitment is overdue: {commitment.what}",
    ]


def test_a_reminder_writes_the_due_date_in_the_readers_words(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    """It printed 2027-03-03 to everyone; a Spanish reader now reads "3 de marzo de 2027"."""
    commitment = project.commit()
    project.move(commitment, project.presenter, lc.ACKNOWLEDGED)
    user_language_set(user=project.dana, language="es")

    run(project, commitment.due_on - timedelta(days=1))

    (body,) = [m.body for m in quiet if m.to == [project.dana.email]]
    with translation.override("es"):
        spanish = date_format(commitment.due_on, "DATE_FORMAT")
    assert spanish in body
    assert commitment.due_on.isoformat() not in body


def test_a_snoozed_commitment_is_not_chased_until_the_day_passes(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    due = commitment.due_on
    with scopes_disabled():
        reminder_snooze(
            commitment=commitment, user=project.dana, until=due, now=at(due - timedelta(days=9))
        )

    run(project, due - timedelta(days=7))
    run(project, due - timedelta(days=1))
    run(project, due + timedelta(days=1))

    assert sent_to(quiet, project.dana.email) == [f"Your commitment is overdue: {commitment.what}"]


def test_reminders_resumed_early_come_again_and_a_second_press_changes_nothing(
    project: Project, quiet
) -> None:  # type: ignore[no-untyped-def]
    """A snooze could only be replaced by a later one: a committer who paused by mistake
    went unreminded until the day they picked."""
    commitment = project.commit()
    due = commitment.due_on
    with scopes_disabled():
        reminder_snooze(
            commitment=commitment, user=project.dana, until=due, now=at(due - timedelta(days=9))
        )
        assert reminder_snooze_end(commitment=commitment, user=project.dana) is True
        assert reminder_snooze_end(commitment=commitment, user=project.dana) is False
        ended = AuditEvent.objects.filter(action="commitment.snooze_ended").count()
        with pytest.raises(PermissionDenied):
            reminder_snooze_end(commitment=commitment, user=project.presenter)

    run(project, due - timedelta(days=7))

    assert ended == 1
    assert sent_to(quiet, project.dana.email) == [f"Coming up: {commitment.what}"]


def test_the_commitment_page_says_reminders_are_paused_and_resumes_them(
    project: Project,
) -> None:
    commitment = project.commit()
    today = timezone.localdate()
    with scopes_disabled():
        reminder_snooze(commitment=commitment, user=project.dana, until=today + timedelta(days=5))
    client = client_for(project.dana)
    page = f"/n/alpha/follow-through/commitments/{commitment.pk}/"

    paused = client.get(page).content.decode()
    resumed = client.post(f"{page}snooze/end/", {"next": page}, follow=True).content.decode()

    assert "Reminders about this one are paused until" in paused
    assert "Resume reminders now" in paused
    assert "Reminders resumed." in resumed
    assert "Resume reminders now" not in resumed
    with scopes_disabled():
        assert not ReminderSnooze.objects.filter(commitment=commitment).exists()


@pytest.mark.parametrize(
    ("until_offset", "message"),
    [(0, "Pick a day after today."), (91, "Snooze for at most 90 days.")],
)
def test_a_snooze_must_end_soon_and_in_the_future(
    project: Project, until_offset: int, message: str
) -> None:
    commitment = project.commit()
    now = at(commitment.due_on - timedelta(days=20))
    with scopes_disabled(), pytest.raises(ValidationError) as caught:
        reminder_snooze(
            commitment=commitment,
            user=project.dana,
            until=now.date() + timedelta(days=until_offset),
            now=now,
        )
    assert caught.value.message_dict == {"until": [message]}


def test_presenters_are_asked_once_per_batch_to_acknowledge(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    first = project.commit()
    start = first.created_at.date()

    run(project, start + timedelta(days=1))  # too early (default: after 2 days)
    run(project, start + timedelta(days=3))
    run(project, start + timedelta(days=4))  # the same batch: nothing new
    project.commit()  # a new commitment starts a new batch
    run(project, start + timedelta(days=5))
    run(project, start + timedelta(days=6))

    assert sent_to(quiet, project.presenter.email) == [
        "Commitments to acknowledge: alpha proposal",
        "Commitments to acknowledge: alpha proposal",
    ]


def test_the_acknowledge_reminder_counts_one_commitment_in_the_singular(
    project: Project,
    quiet,  # type: ignore[no-untyped-def]
) -> None:
    first = project.commit()

    run(project, first.created_at.date() + timedelta(days=3))

    bodies = [m.body for m in quiet if m.to == [project.presenter.email]]
    assert len(bodies) == 1
    assert bodies[0].startswith(
        "Hello Person, 1 commitment to alpha proposal waits for your thanks: acknowledge it, "
        "or ask for an adjustment."
    ), bodies[0]


def test_presenters_are_prompted_30_and_90_days_after_presenting(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        presented = project.proposal.gathering.starts_at.date()
    for offset in range(0, 120, 3):
        run(project, presented + timedelta(days=offset))

    assert sent_to(quiet, project.presenter.email) == [
        "30 days on: alpha proposal",
        "90 days on: alpha proposal",
    ]


def test_a_done_commitment_is_confirmed_when_nobody_disputes_it(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    marked = commitment.created_at + timedelta(days=1)
    with scopes_disabled():
        from collaboratory.followthrough.services import commitment_transition

        commitment_transition(
            commitment=commitment, actor=project.dana, to=lc.DONE, delivered_amount="2", now=marked
        )

    first = run(project, (marked + timedelta(days=13)).date())
    second = run(project, (marked + timedelta(days=15)).date())
    third = run(project, (marked + timedelta(days=16)).date())

    stored = project.refresh(commitment)
    assert (first["confirmed"], second["confirmed"], third["confirmed"]) == (0, 1, 0)
    # Two delivered out of three promised: partly kept.
    assert (stored.status, str(stored.delivered_amount)) == (lc.PARTLY_KEPT, "2.00")


def test_a_disputed_commitment_is_not_auto_confirmed(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    project.move(commitment, project.dana, lc.DONE)
    project.move(commitment, project.presenter, lc.DISPUTED, note="Not yet")

    run(project, commitment.due_on + timedelta(days=30))

    assert project.refresh(commitment).status == lc.DISPUTED


def test_a_disputed_commitment_is_still_chased_and_never_lapses_on_its_own(
    project: Project, quiet
) -> None:  # type: ignore[no-untyped-def]
    """The presenter said what is missing, so the committer still owes it: reminders used
    to stop at the dispute and nothing ever moved it on. Settling it as lapsed stays a
    steward's move."""
    commitment = project.commit()
    project.move(commitment, project.dana, lc.DONE)
    project.move(commitment, project.presenter, lc.DISPUTED, note="The second one is missing")
    quiet.clear()

    for days in (1, 8, 15, 100):
        run(project, commitment.due_on + timedelta(days=days))

    assert sent_to(quiet, project.dana.email) == [
        f"Your commitment is overdue: {commitment.what}",
        f"Your commitment is overdue: {commitment.what}",
        f"Your commitment is overdue: {commitment.what}",
    ]
    assert project.refresh(commitment).status == lc.DISPUTED


def test_open_commitments_lapse_after_the_grace_period_once(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    project.move(commitment, project.dana, lc.IN_PROGRESS)
    with scopes_disabled():
        grace = followthrough_settings_for(network=project.world.alpha).lapse_grace_days

    on_last_day = run(project, commitment.due_on + timedelta(days=grace))
    the_day_after = run(project, commitment.due_on + timedelta(days=grace + 1))
    again = run(project, commitment.due_on + timedelta(days=grace + 2))

    assert (on_last_day["lapsed"], the_day_after["lapsed"], again["lapsed"]) == (0, 1, 0)
    assert project.refresh(commitment).status == lc.LAPSED
    # Late help is still help: the committer can still mark it done.
    project.move(commitment, project.dana, lc.DONE)
    assert project.refresh(commitment).status == lc.DONE


def test_network_settings_change_timing_and_wording(project: Project, quiet) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        followthrough_settings_update(
            network=project.world.alpha,
            actor=project.steward,
            values={
                "before_due_days": "3",
                "wording_committer": "Dear {name}: {what} is due {due_on}. {unknown}",
            },
        )
    commitment = project.commit()

    for offset in range(10, 0, -1):
        run(project, commitment.due_on - timedelta(days=offset))

    mails = [m for m in quiet if m.to == [project.dana.email]]
    assert len(mails) == 1
    due = date_format(commitment.due_on, "DATE_FORMAT")  # in Dana's words, not ISO
    assert mails[0].body.splitlines()[0] == (
        f"Dear Dana: {commitment.what} is due {due}. {{unknown}}"
    )


@pytest.mark.parametrize(
    ("values", "errors"),
    [
        (
            {"before_due_days": "7, soon"},
            {
                "before_due_days": [
                    "“soon” is not a number of days: write whole numbers from 1 to 365, "
                    "separated by commas, like 7, 1."
                ]
            },
        ),
        (
            {"wording_presenter": "Hello {name"},
            {
                "wording_presenter": [
                    "Braces are for placeholders like {name}; check that each one is closed."
                ]
            },
        ),
    ],
)
def test_bad_settings_are_refused_and_change_nothing(
    project: Project, values: dict[str, str], errors: dict[str, list[str]]
) -> None:
    with scopes_disabled():
        with pytest.raises(ValidationError) as caught:
            followthrough_settings_update(
                network=project.world.alpha, actor=project.steward, values=values
            )
        options = followthrough_settings_for(network=project.world.alpha)
    assert caught.value.message_dict == errors
    assert (options.before_due_days, options.wording_presenter) == ("7, 1", "")


def test_a_project_update_reaches_every_committer_once(project: Project, quiet, run_tasks) -> None:  # type: ignore[no-untyped-def]
    project.commit()
    project.commit()  # Dana twice: one email
    with scopes_disabled():
        from tests.factories import MembershipFactory

        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Ek").user
    project.commit(erin)

    with scopes_disabled():
        update = project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="We opened!",
            link="https://example.org/news",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()
    with scope(network=project.world.alpha):
        from collaboratory.followthrough.services import project_update_send

        again = project_update_send(update=update)

    assert sorted(m.to[0] for m in quiet) == sorted([project.dana.email, erin.email])
    assert again == 0
    assert quiet[0].subject == "News from alpha proposal"


def test_the_pass_is_registered_to_run_every_hour() -> None:
    names = {p.name: p.every for p in registered()}
    assert names["collaboratory.followthrough.tasks.followthrough_run_all"] == timedelta(hours=1)
