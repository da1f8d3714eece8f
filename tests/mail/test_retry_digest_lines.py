"""A kept morning-after digest is written again when the retry hands it over: its lines
are checked against what stands then. A commitment hidden since, or a project withdrawn
since, drops out; with nothing left, nothing goes (docs/architecture.md, "Outgoing
email"). The mail server is real: a loopback server that refuses one mailbox, then locmem."""

from __future__ import annotations

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.commitments.services import commitment_hide
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services import proposal_withdraw
from tests.mail.conftest import Youth
from tests.mail.test_retry import LOCMEM, _Server, kept, picky_server, retry
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
