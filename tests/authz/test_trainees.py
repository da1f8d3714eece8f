"""Trainees against every route of convener training (issue 15): the matrix has no trainee
persona (a trainee is found by their email among an organization's staff, not by a role),
so this builds one cohort with two organizations, A and B, and signs in as A's staff. Each
route is requested with A's own objects and with B's: A's pages answer, B's are 404, the
trainers' pages refuse (404 to a trainee outside the national network, 403 to one who is a
plain member of it), and nothing B wrote, or a trainer wrote to B, reaches A on any
route. The national team's side (no local member's name or email under the default
sharing) is tests/national/test_views.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Role
from collaboratory.people.models import User
from collaboratory.training import public_urls, urls
from collaboratory.training.models import Application, Assignment, Cohort, Submission, SupportCall
from collaboratory.training.selectors import feed_token
from collaboratory.training.services import (
    Upload,
    application_admit,
    application_submit,
    assignment_create,
    call_create,
    call_note_add,
    cohort_accepting_set,
    cohort_create,
    submission_review,
    submission_save,
)
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory, UserFactory

# What B wrote, or a trainer wrote to B: never in any answer to A's staff.
B_CANARIES = (
    "Canary-B-submission-text",
    "Canary-B-file-content",
    "Canary-B-feedback",
    "Canary-B-call-note",
    "Canary-B-one-on-one",
)


# The trainers' pages that take a POST (admit, review, edit, reset) are posted to as well.
METHODS = {
    **{
        f"training:{name}": ["get", "post"]
        for name in ("home", "application", "cohort", "session", "organization")
    },
    "training:practice_reset": ["post"],
}


@dataclass
class Org:
    application: Application
    submission: Submission
    call: SupportCall


@dataclass
class Cohort2:
    national_slug: str
    cohort: Cohort
    assignment: Assignment
    cohort_call: SupportCall
    a: Org
    b: Org
    outsider: User  # A's first trainee: no membership of the national network
    member: User  # A's second trainee: a plain member of it


def _organization(
    *, cohort: Cohort, assignment: Assignment, trainer: User, key: str, words: str
) -> Org:
    application = application_submit(
        network=cohort.network,
        organization=f"Organization {key}",
        community=f"Town {key}",
        why_now="Leaders rarely meet.",
        landscape="Many groups.",
        staff=[(f"{key} One", f"one@{key}.example"), (f"{key} Two", f"two@{key}.example")],
    )
    application_admit(application=application, cohort=cohort, actor=trainer)
    work = submission_save(
        assignment=assignment,
        application=application,
        actor=trainer,
        text=f"{words}-submission-text",
        upload=Upload("work.txt", f"{words}-file-content".encode()),
    )
    submission_review(
        submission=work, status="changes", feedback=f"{words}-feedback", actor=trainer
    )
    call = call_create(
        cohort=cohort,
        actor=trainer,
        application=application,
        title=f"{words}-one-on-one",
        starts_at=timezone.now() + timedelta(days=3),
        ends_at=timezone.now() + timedelta(days=3, hours=1),
    )
    call_note_add(call=call, application=application, text=f"{words}-call-note", actor=trainer)
    return Org(application, work, call)


@pytest.fixture
def two_orgs(db: None) -> Cohort2:
    national = NetworkFactory(slug="nat", name="National")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    with scopes_disabled():
        cohort = cohort_create(
            network=national, name="Cohort", starts_on=date.today(), actor=trainer
        )
        cohort_accepting_set(cohort=cohort, accepting=True, actor=trainer)
        assignment = assignment_create(
            cohort=cohort,
            title="Names",
            instructions="",
            due_at=timezone.now() + timedelta(days=9),
            actor=trainer,
        )
        cohort_call = call_create(
            cohort=cohort,
            actor=trainer,
            title="Cohort call",
            starts_at=timezone.now() + timedelta(days=2),
            ends_at=timezone.now() + timedelta(days=2, hours=1),
        )
        kw = {"cohort": cohort, "assignment": assignment, "trainer": trainer}
        a = _organization(key="a", words="Own-A", **kw)
        b = _organization(key="b", words="Canary-B", **kw)
    outsider = UserFactory(email="one@a.example")
    member = MembershipFactory(network=national, user__email="two@a.example").user
    return Cohort2(national.slug, cohort, assignment, cohort_call, a, b, outsider, member)


def _names(module: Any) -> set[str]:
    return {f"{module.app_name}:{p.name}" for p in module.urlpatterns}


def _requests(c: Cohort2) -> list[tuple[str, dict[str, Any], int, int]]:
    """(route, kwargs, status for the outsider trainee, for the member trainee): every
    route of both training url modules, with A's objects and with B's where it names one."""
    a, b = c.a, c.b
    trainer = {"network_slug": c.national_slug}
    rows: list[tuple[str, dict[str, Any], int, int]] = [
        ("training:home", trainer, 404, 403),
        ("training:cohort", {**trainer, "cohort_id": c.cohort.pk}, 404, 403),
        ("training:cohort_ics", {**trainer, "cohort_id": c.cohort.pk}, 404, 403),
        ("training:practice_reset", {**trainer, "cohort_id": c.cohort.pk}, 404, 403),
        (
            "training:session",
            {**trainer, "cohort_id": c.cohort.pk, "session_id": c.cohort.sessions.first().pk},  # type: ignore[union-attr]
            404,
            403,
        ),
        ("training_public:apply", {}, 200, 200),
        ("training_public:feed", {"token": feed_token(c.cohort)}, 200, 200),
        ("training_public:mine", {}, 302, 302),  # straight to their one organization
        ("training_public:call_ics", {"call_id": c.cohort_call.pk}, 200, 200),
        # Neither has joined the practice network yet (their invitations wait): not found.
        ("training:mine", {"network_slug": c.cohort.practice_network.slug}, 404, 404),  # type: ignore[union-attr]
    ]
    for org, own in ((a, 200), (b, 404)):
        app = org.application.pk
        rows += [
            ("training:application", {**trainer, "application_id": app}, 404, 403),
            ("training:organization", {**trainer, "application_id": app}, 404, 403),
            ("training:file", {**trainer, "submission_id": org.submission.pk}, 404, 403),
            ("training_public:org", {"application_id": app}, own, own),
            (
                "training_public:submission",
                {"application_id": app, "assignment_id": c.assignment.pk},
                own,
                own,
            ),
            (
                "training_public:file",
                {"application_id": app, "submission_id": org.submission.pk},
                own,
                own,
            ),
            ("training_public:call_ics", {"call_id": org.call.pk}, own, own),
        ]
    # B's file through A's own page: the submission must be A's too.
    rows.append(
        (
            "training_public:file",
            {"application_id": a.application.pk, "submission_id": b.submission.pk},
            404,
            404,
        )
    )
    return rows


def test_a_trainee_sees_their_own_organization_and_nothing_of_another(two_orgs: Cohort2) -> None:
    with scopes_disabled():
        requests = _requests(two_orgs)
    got: dict[tuple[str, ...], int] = {}
    expected: dict[tuple[str, ...], int] = {}
    leaks: list[tuple[str, str, str]] = []
    for who, user, column in (("outsider", two_orgs.outsider, 2), ("member", two_orgs.member, 3)):
        client = client_for(user)
        for row in requests:
            name, kwargs = row[0], row[1]
            key = (who, name, str(sorted(kwargs.items())))
            url = reverse(name, kwargs=kwargs)
            methods = METHODS.get(name, ["get"])
            for method in methods:
                response = getattr(client, method)(url, {"action": "admit"})
                got[(*key, method)] = response.status_code
                expected[(*key, method)] = row[column]
                body = response.content.decode(errors="replace")
                leaks += [(who, name, canary) for canary in B_CANARIES if canary in body]

    assert {name for name, *_rest in requests} == _names(urls) | _names(public_urls)
    assert {k: v for k, v in got.items() if v != expected[k]} == {}
    assert leaks == []
    # The own pages really are the trainee's: A's work, feedback and call note are there
    # (so the same words of B's would have shown, had B's pages answered).
    client = client_for(two_orgs.outsider)
    a = two_orgs.a.application.pk
    page = client.get(reverse("training_public:org", kwargs={"application_id": a}))
    work = client.get(
        reverse(
            "training_public:submission",
            kwargs={"application_id": a, "assignment_id": two_orgs.assignment.pk},
        )
    )
    for own in ("Own-A-feedback", "Own-A-call-note", "Own-A-one-on-one"):
        assert own in page.content.decode(), own
    assert "Own-A-submission-text" in work.content.decode()


def test_a_trainee_cannot_write_to_another_organization(two_orgs: Cohort2) -> None:
    client = client_for(two_orgs.outsider)
    b = two_orgs.b.application.pk
    submit = reverse(
        "training_public:submission",
        kwargs={"application_id": b, "assignment_id": two_orgs.assignment.pk},
    )
    plan = reverse("training_public:org", kwargs={"application_id": b})

    assert client.post(submit, {"text": "Overwritten by A"}).status_code == 404
    assert client.post(plan, {"action": "plan", "network_name": "Mine"}).status_code == 404
    with scopes_disabled():
        two_orgs.b.submission.refresh_from_db()
        two_orgs.b.application.refresh_from_db()
    assert two_orgs.b.submission.text == "Canary-B-submission-text"
    assert two_orgs.b.application.network_name == ""
