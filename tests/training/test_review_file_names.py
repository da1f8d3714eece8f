"""A submitted file whose name is not in English letters downloads under its own name: the
header carries it the way browsers read (RFC 6266 `filename*`), not MIME-encoded."""

from __future__ import annotations

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.training.models import Submission
from collaboratory.training.services import assignment_create
from tests.conftest import client_for
from tests.training.conftest import Training


def test_a_file_named_in_chinese_downloads_under_its_name(training: Training) -> None:
    assignment = assignment_create(
        cohort=training.cohort,
        title="Names",
        instructions="",
        due_at=timezone.now() + timedelta(days=4),
        actor=training.trainer,
    )
    client = client_for(training.trainee)
    client.post(
        reverse(
            "training_public:submission",
            kwargs={"application_id": training.org.pk, "assignment_id": assignment.pk},
        ),
        {"text": "", "file": SimpleUploadedFile("会议计划.pdf", b"%PDF-1.4 x")},
    )
    with scopes_disabled():
        stored = Submission.objects.get()

    mine = client.get(
        reverse(
            "training_public:file",
            kwargs={"application_id": training.org.pk, "submission_id": stored.pk},
        )
    )
    trainer = client_for(training.trainer).get(
        reverse(
            "training:file",
            kwargs={"network_slug": training.national.slug, "submission_id": stored.pk},
        )
    )

    expected = "attachment; filename*=utf-8''%E4%BC%9A%E8%AE%AE%E8%AE%A1%E5%88%92.pdf"
    assert mine["Content-Disposition"] == expected
    assert trainer["Content-Disposition"] == expected
