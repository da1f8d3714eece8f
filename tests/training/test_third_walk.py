"""Defects found walking the demo's convener training a third time (a trainee on a phone,
in English and Spanish; the trainer's organization page), each pinned by a test that
failed before its fix."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.training.models import Assignment, Submission, SubmissionStatus
from collaboratory.training.selectors import readiness_for, timeline_for
from collaboratory.training.services import (
    Upload,
    assignment_create,
    submission_review,
    submission_save,
)
from tests.conftest import client_for
from tests.training.conftest import Training, accepted_work, record_launch
from tests.training.test_trainee_page_second_walk import _plan


def _assignment(training: Training, title: str = "Your first 40 names") -> Assignment:
    return assignment_create(
        cohort=training.cohort,
        title=title,
        instructions="",
        due_at=timezone.now() + timedelta(days=5),
        actor=training.trainer,
    )


def _submission_url(training: Training, assignment: Assignment) -> str:
    return reverse(
        "training_public:submission",
        kwargs={"application_id": training.org.pk, "assignment_id": assignment.pk},
    )


def _send(
    training: Training, assignment: Assignment, text: str, upload: Upload | None = None
) -> Submission:
    return submission_save(
        assignment=assignment,
        application=training.org,
        actor=training.trainee,
        text=text,
        upload=upload,
    )


def test_accepted_work_sent_again_unchanged_stays_accepted(training: Training) -> None:
    """The assignment page of accepted work keeps its form filled in; a second tap on
    Submit (or the form sent again on bad wifi) turned "accepted" back into "submitted":
    the readiness item was lost and the trainers had unchanged work to read again."""
    assignment = _assignment(training)
    work = _send(training, assignment, "Forty names", Upload("names.txt", b"forty names"))
    submission_review(
        submission=work, status=SubmissionStatus.ACCEPTED, feedback="Good", actor=training.trainer
    )
    with scopes_disabled():
        before = Submission.objects.get(pk=work.pk)
    client = client_for(training.trainee)

    page = client.post(_submission_url(training, assignment), {"text": "Forty names "}, follow=True)

    assert page.status_code == 200
    assert "Nothing changed" in page.content.decode()
    with scopes_disabled():
        after = Submission.objects.get(pk=work.pk)
    assert (after.status, after.submitted_at, after.file_name, after.feedback) == (
        SubmissionStatus.ACCEPTED,
        before.submitted_at,
        "names.txt",
        "Good",
    )


def test_changed_work_sent_after_acceptance_is_read_again(training: Training) -> None:
    assignment = _assignment(training)
    accepted_work(training, assignment, "Forty")

    again = _send(training, assignment, "Fifty")
    with_file = _send(training, assignment, "Fifty", Upload("names.txt", b"fifty names"))

    assert again.status == SubmissionStatus.SUBMITTED
    assert with_file.file_name == "names.txt"
    assert with_file.submitted_at > again.submitted_at


def test_the_timeline_dates_accepted_assignments_only_once_they_all_are(
    training: Training,
) -> None:
    """One assignment of two accepted: the trainer's timeline read "○ Planning
    assignments accepted · 6 December 2026: not done yet", dated by that one review."""
    first = _assignment(training)
    _assignment(training, "Your first gathering")
    accepted_work(training, first, "Names")

    step = timeline_for(application=training.org)[2]

    assert (step.done, step.at) == (False, None)


def test_a_short_name_refused_says_what_it_may_hold_in_the_readers_words(
    training: Training,
) -> None:
    """Django's own message named a "slug" (a word the page never uses) and allowed
    underscores, while the field's help asks for lower-case letters, digits and hyphens."""
    client = client_for(training.trainee)
    url = reverse("training_public:org", kwargs={"application_id": training.org.pk})
    plan = _plan(network_slug="east side")

    english = client.post(url, plan).content.decode()
    with scopes_disabled():
        training.trainee.language = "es"
        training.trainee.save(update_fields=["language"])
    spanish = client_for(training.trainee).post(url, plan).content.decode()

    assert "“slug”" not in english
    assert "Use only lower-case letters, digits and hyphens" in english
    assert "'slug'" not in spanish
    assert "Usa solo minúsculas, dígitos y guiones" in spanish


def test_a_spanish_trainer_reads_work_not_sent_as_a_task_not_sent(training: Training) -> None:
    """The organization page read "Aún no entregado." under an assignment ("tarea"), while
    the trainee's page reads "no entregada"."""
    _assignment(training)
    with scopes_disabled():
        training.trainer.language = "es"
        training.trainer.save(update_fields=["language"])
    url = reverse(
        "training:organization",
        kwargs={"network_slug": training.national.slug, "application_id": training.org.pk},
    )

    body = client_for(training.trainer).get(url).content.decode()

    assert "Aún no entregada." in body


def test_a_launched_organizations_checklist_reads_done(training: Training) -> None:
    """After launch the checklist still read the plan and the practice network as they are
    now: once the first gathering's day has passed (or for a launch recorded without a
    plan, as the demo's four), the trainers' page read "○ Network named and first gathering
    planned: not done yet" under "✓ Launched", and so did the trainee's page."""
    org = record_launch(training)
    trainer_page = client_for(training.trainer).get(
        reverse(
            "training:organization",
            kwargs={"network_slug": training.national.slug, "application_id": org.pk},
        )
    )
    trainee_page = client_for(training.trainee).get(
        reverse("training_public:org", kwargs={"application_id": org.pk})
    )

    assert all(item.done for item in readiness_for(application=org).items)
    for page in (trainer_page, trainee_page):
        checklist = page.content.decode().split('class="checklist"', 1)[1].split("</ul>", 1)[0]
        assert "not done yet" not in checklist


def test_work_of_a_launched_organization_is_not_sent_back_for_changes(
    training: Training, mailoutbox
) -> None:
    """The trainers' page of a launched organization still offered "Save feedback": asking
    for changes emailed the staff for work their page no longer takes ("This organization
    has launched; its training work is done"), and turned accepted work back."""
    work = accepted_work(training, _assignment(training))
    record_launch(training)
    mailoutbox.clear()
    url = reverse(
        "training:organization",
        kwargs={"network_slug": training.national.slug, "application_id": training.org.pk},
    )
    client = client_for(training.trainer)

    page = client.get(url).content.decode()
    refused = client.post(
        url,
        {
            "action": "review",
            "submission": work.pk,
            "seen": work.submitted_at.isoformat(),
            "status": SubmissionStatus.CHANGES,
            "feedback": "One more pass",
        },
    )

    assert 'value="review"' not in page
    assert refused.status_code == 400
    assert "has launched" in refused.content.decode()
    with scopes_disabled():
        assert Submission.objects.get(pk=work.pk).status == SubmissionStatus.ACCEPTED
    assert mailoutbox == []
