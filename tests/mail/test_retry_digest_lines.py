"""A kept morning-after digest is written again when the retry hands it over: its lines
are checked against what stands then. A commitment hidden since, or a project withdrawn
since, drops out; with nothing left, nothing goes (docs/architecture.md, "Outgoing
email"). The mail server is real: a loopback server that refuses one mailbox, then locmem."""

from __future__ import annotations

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_hide
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import proposal_withdraw
from collaboratory.networks.models import MailRetry
from tests.mail.conftest import Youth
from tests.mail.test_retry import LOCMEM, _Server, kept, picky_server, retry, stored
from tests.mail.test_retry_stale import _digest_kept_for_the_presenter, _dropped_at_retry

__all__ = ["picky_server"]  # a fixture, used by name


def test_a_kept_digest_goes_without_the_line_of_a_commitment_hidden_since(
    cohort: Youth, picky_server: _Server, run_tasks, settings
) -> None:  # type: ignore[no-untyped-def]
    """Morgan's commitment was hidden by a steward after the presenter's digest was kept:
    the digest still goes (Pat's stands) but no longer lists Morgan's. Failed on the old
    code: the kept text went as written, the hidden line and all."""
    morgans, _pats = _digest_kept_for_the_presenter(cohort, picky_server, run_tasks)
    assert "Morgan Mentor" in kept()[0].body
    with scopes_disabled():
        commitment_hide(commitment=morgans, actor=cohort.stewards[0], reason="A test.")
    settings.EMAIL_BACKEND = LOCMEM  # the presenter's mailbox takes mail again
    mail.outbox.clear()

    assert retry(kept()[0].next_attempt_at) == 1

    (sent,) = mail.outbox
    assert sent.to == ["presenter@refused.example"]
    assert "Pat Partner" in sent.body
    assert "Morgan Mentor" not in sent.body
    html = sent.alternatives[0][0]
    assert "Pat Partner" in html
    assert "Morgan Mentor" not in html
    # Still the reader's own message: the footer and its one-click unsubscribe.
    assert "List-Unsubscribe" in sent.extra_headers
    assert kept() == []


def test_a_kept_digest_of_a_project_withdrawn_since_is_dropped(
    cohort: Youth, picky_server: _Server, run_tasks, settings
) -> None:  # type: ignore[no-untyped-def]
    """The project was withdrawn after its presenter's digest was kept (it had been
    selected, and commitments made to it in the room): nothing follows those commitments
    up, so no line stands and nothing goes. Failed on the old code: the kept digest went,
    listing both."""
    with scopes_disabled():
        Proposal.objects.filter(pk=cohort.proposal.pk).update(state=ProposalState.SELECTED)
        cohort.proposal.refresh_from_db()
    _digest_kept_for_the_presenter(cohort, picky_server, run_tasks)
    settings.EMAIL_BACKEND = LOCMEM
    with scopes_disabled():
        proposal_withdraw(proposal=cohort.proposal, actor=cohort.proposal.proposer)
    assert [r.to for r in kept()] == ["presenter@refused.example"]

    _dropped_at_retry(settings)


def _commitment_reads(captured: CaptureQueriesContext) -> int:
    return sum('FROM "commitments_commitment"' in q["sql"] for q in captured.captured_queries)


def test_kept_digests_of_one_gathering_read_its_commitments_once_a_pass(
    cohort: Youth, picky_server: _Server, run_tasks, settings
) -> None:  # type: ignore[no-untyped-def]
    """A morning with the mail server down keeps every digest of the gathering. The retry
    asked each kept digest whether it was still news and then wrote it again, and each
    answer read all of the gathering's commitments anew: two reads of the whole gathering
    per kept digest. Now one pass reads them once, however many digests it hands over."""
    _digest_kept_for_the_presenter(cohort, picky_server, run_tasks)
    (row,) = stored()
    gathering = cohort.proposal.gathering_id
    settings.EMAIL_BACKEND = LOCMEM

    with CaptureQueriesContext(connection) as one:
        assert retry(row.next_attempt_at) == 1
    _digest_kept_for_the_presenter_again(row, cohort, gathering)
    with CaptureQueriesContext(connection) as three:
        assert retry(row.next_attempt_at) == 3

    assert _commitment_reads(one) == _commitment_reads(three)
    assert sorted(m.to[0] for m in mail.outbox[-3:]) == sorted(
        ["presenter@refused.example", cohort.morgan.email, cohort.pat.email]
    )


def _digest_kept_for_the_presenter_again(row, cohort: Youth, gathering: int) -> None:  # type: ignore[no-untyped-def]
    """The presenter's digest kept again, and the two committers' own digests with it."""
    with scopes_disabled():
        MailRetry.objects.bulk_create(
            [
                MailRetry(
                    network=row.network,
                    to=to,
                    subject=row.subject,
                    body=row.body,
                    html=row.html,
                    headers=row.headers,
                    attempts=1,
                    next_attempt_at=row.next_attempt_at,
                    last_error="refused",
                    created_at=row.created_at,
                    kind=row.kind,
                    news=news,
                )
                for to, news in (
                    (row.to, row.news),
                    (cohort.morgan.email, f"digest:{gathering}:committer"),
                    (cohort.pat.email, f"digest:{gathering}:committer"),
                )
            ]
        )
