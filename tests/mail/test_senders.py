"""The senders end to end through django.core.mail.outbox (issue 12): project updates and
moves across the age line, stewards' own copies, no minor's address in anything an adult
receives, stored text with CR/LF that no longer breaks a send. This module does not import
collaboratory.networks.mail, so it also runs against the code before the fix (and fails
there)."""

from __future__ import annotations

import uuid

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.creditclub.models import Proposal
from collaboratory.followthrough.services import commitment_transition, project_update_post
from tests.mail.conftest import Youth, above_footer, commit, envelopes, news_post, seen_by_others


def test_an_adult_presenters_update_reaches_a_youth_alone_and_each_steward(
    cohort: Youth, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        Proposal.objects.filter(pk=cohort.proposal.pk).update(proposer=cohort.morgan)
        cohort.proposal.refresh_from_db()
    commit(cohort.proposal, cohort.youth)
    commit(cohort.proposal, cohort.pat)
    run_tasks()
    mail.outbox.clear()

    news_post(cohort, run_tasks, text="We opened!")

    news = f"News from {cohort.proposal.title}"
    copy = f"Copy for stewards: {news}"
    assert envelopes() == sorted(
        [
            ([cohort.youth.email], [], [], [], news),
            ([cohort.pat.email], [], [], [], news),
            ([cohort.stewards[0].email], [], [], [], copy),
            ([cohort.stewards[1].email], [], [], [], copy),
        ]
    )
    assert seen_by_others(cohort.youth.email) == [False, False, False]
    copy_body = next(m.body for m in mail.outbox if m.subject == copy)
    assert copy_body.split("\n\n")[:2] == [
        "Copy for stewards (no private channel between an adult and a minor): Morgan Mentor "
        f"wrote to {cohort.youth.full_name}.",
        "We opened!",
    ]


def test_a_youth_presenters_update_reaches_each_adult_alone_and_stewards_once(
    cohort: Youth, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    presenter = cohort.proposal.proposer
    assert presenter.is_minor
    commit(cohort.proposal, cohort.morgan)
    commit(cohort.proposal, cohort.pat)
    run_tasks()
    mail.outbox.clear()

    with scopes_disabled():
        project_update_post(
            proposal=cohort.proposal,
            author=presenter,
            text=f"Posters are up! Write to me at {presenter.email.upper()}",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()

    news = f"News from {cohort.proposal.title}"
    copy = f"Copy for stewards: {news}"
    assert envelopes() == sorted(
        [
            ([cohort.morgan.email], [], [], [], news),
            ([cohort.pat.email], [], [], [], news),
            ([cohort.stewards[0].email], [], [], [], copy),
            ([cohort.stewards[1].email], [], [], [], copy),
        ]
    )
    assert seen_by_others(presenter.email) == [False, False, False, False]
    # Above the footer that non-essential mail carries (preferences, unsubscribe).
    assert [above_footer(m.body).split("\n\n")[-2] for m in mail.outbox] == [
        "Posters are up! Write to me at [address withheld]"
    ] * 4


def test_an_adult_presenters_move_reaches_the_youth_alone_and_each_steward(
    cohort: Youth, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """Finding 4: the move email was To the minor with the stewards in Cc."""
    with scopes_disabled():
        Proposal.objects.filter(pk=cohort.proposal.pk).update(proposer=cohort.morgan)
        cohort.proposal.refresh_from_db()
    commit(cohort.proposal, cohort.youth)
    run_tasks()
    mail.outbox.clear()

    with scopes_disabled():
        commitment = cohort.proposal.commitments.get()
        commitment_transition(
            commitment=commitment, actor=cohort.morgan, to=lc.ADJUST_REQUESTED, note="2 more?"
        )
    run_tasks()

    subject = f"An adjustment is asked on your commitment to {cohort.proposal.title}"
    assert envelopes() == sorted(
        [
            ([cohort.youth.email], [], [], [], subject),
            ([cohort.stewards[0].email], [], [], [], f"Copy for stewards: {subject}"),
            ([cohort.stewards[1].email], [], [], [], f"Copy for stewards: {subject}"),
        ]
    )
    assert seen_by_others(cohort.youth.email) == [False, False]


def test_a_title_with_line_breaks_still_sends_on_one_line(cohort: Youth, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """Finding 10: stored text with CR/LF made Django refuse the subject (BadHeaderError).
    The escape character stands for any other control character (PostgreSQL stores no NUL)."""
    with scopes_disabled():
        Proposal.objects.filter(pk=cohort.proposal.pk).update(
            title="Poster\r\nBcc: x@evil.example\x1b  drive"
        )
        cohort.proposal.refresh_from_db()
    commit(cohort.proposal, cohort.morgan)
    run_tasks()
    mail.outbox.clear()

    with scopes_disabled():
        commitment = cohort.proposal.commitments.get()
        commitment_transition(
            commitment=commitment, actor=cohort.proposal.proposer, to=lc.ACKNOWLEDGED
        )
        project_update_post(
            proposal=cohort.proposal,
            author=cohort.proposal.proposer,
            text="Printed.",
            idempotency_key=uuid.uuid4(),
        )
    run_tasks()

    assert sorted(m.subject for m in mail.outbox if m.to == [cohort.morgan.email]) == [
        "News from Poster Bcc: x@evil.example drive",
        "Thank you: your commitment to Poster Bcc: x@evil.example drive is acknowledged",
    ]
    assert [m.bcc for m in mail.outbox] == [[]] * 6
