"""An asks-board offer's email is queued after the offer commits: if the worker dies in
between, or the queued task is lost, the hourly pass sends it, once (its sent-log row is
shared with the task). Before, nothing ever sent it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from django_tasks_db.models import DBTaskResult

from collaboratory.commitments.services import commitment_guardian_decide
from collaboratory.commitments.services.guardian import commitment_adult_decide
from collaboratory.followthrough.services import followthrough_run, offer_emails_send_due
from collaboratory.followthrough.tasks import offer_email
from collaboratory.networks.models import Membership, Network
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.matching.test_asks_board import first_ask, offer, offer_url, project
from tests.matching.test_offer_email import SUBJECT, offers_made, to, youth_money_offer

pytestmark = pytest.mark.django_db


def lost_offers(network: Network, count: int = 1) -> Any:
    """`count` offers to one presenter's ask whose queued email tasks were lost."""
    presenter = MembershipFactory(network=network).user
    ask = first_ask(project(network, proposer=presenter))
    client = client_for(MembershipFactory(network=network).user)
    for n in range(count):
        client.post(offer_url(ask), offer(what=f"I will lend our hall on {n + 1} Saturdays"))
    DBTaskResult.objects.all().delete()  # the worker never ran them
    return presenter


def test_an_offer_whose_task_never_ran_is_emailed_by_the_hourly_pass_once(
    run_tasks: Any,
) -> None:
    network = NetworkFactory()
    presenter = lost_offers(network)
    run_tasks()
    assert to(presenter) == []

    with scope(network=network):
        first = followthrough_run(network=network)
        second = followthrough_run(network=network)
    (made,) = offers_made()
    offer_email.call(made.pk)  # the task, found again after all, sends nothing more

    # The pass also sends the presenter's 30-day prompt, which is not this email.
    (email,) = [m for m in to(presenter) if m.subject == SUBJECT]
    assert "I will lend our hall on 1 Saturdays" in email.body
    assert (first["offers_told"], second["offers_told"]) == (1, 0)


def test_an_offer_older_than_the_window_is_left_alone() -> None:
    network = NetworkFactory()
    presenter = lost_offers(network)

    with scope(network=network):
        told = offer_emails_send_due(network=network, now=timezone.now() + timedelta(days=4))

    assert (told, to(presenter)) == (0, [])


def test_a_youth_money_offer_waiting_for_the_guardian_is_not_sent(
    run_tasks: Any, django_capture_on_commit_callbacks: Any
) -> None:
    presenter, _token = youth_money_offer(run_tasks, django_capture_on_commit_callbacks)
    (made,) = offers_made()

    with scope(network=made.network):
        told = offer_emails_send_due(network=made.network)

    assert (told, to(presenter)) == (0, [])


def test_the_pass_finds_the_missing_emails_in_one_query(
    run_tasks: Any, django_assert_num_queries: Any
) -> None:
    """Offers whose email went are not read one by one: one query, whatever their number."""
    network = NetworkFactory()
    presenter = lost_offers(network, count=3)
    with scope(network=network):
        assert offer_emails_send_due(network=network) == 3
    mail.outbox.clear()

    with scope(network=network), django_assert_num_queries(1):
        assert offer_emails_send_due(network=network) == 0
    assert to(presenter) == []


def test_a_youth_money_offer_approved_days_later_is_found_by_the_pass_after_approval(
    run_tasks: Any, django_capture_on_commit_callbacks: Any
) -> None:
    """The guardian approves five days after the offer was made and the approval's task is
    lost: the pass looks back from the approval, not from the offer, so the presenter is
    still told once. Before, the pass looked back 3 days from when the offer was made, and
    such an offer was never emailed."""
    presenter, token = youth_money_offer(run_tasks, django_capture_on_commit_callbacks)
    approved = timezone.now() + timedelta(days=5)
    commitment_guardian_decide(token=token, approve=True, now=approved)
    DBTaskResult.objects.all().delete()  # the approval's task never ran
    (made,) = offers_made()

    with scope(network=made.network):
        first = offer_emails_send_due(network=made.network, now=approved + timedelta(hours=1))
        second = offer_emails_send_due(network=made.network, now=approved + timedelta(hours=2))
        late = offer_emails_send_due(network=made.network, now=approved + timedelta(days=4))

    assert (first, second, late) == (1, 0, 0)
    assert [m.subject for m in to(presenter)] == [SUBJECT]
    assert made.counted_at == approved


def test_a_youth_money_offer_kept_at_18_days_later_is_found_by_the_pass(
    run_tasks: Any, django_capture_on_commit_callbacks: Any
) -> None:
    """Kept by the young adult on turning 18, long after it was made: the pass looks back
    from then too."""
    presenter, _token = youth_money_offer(run_tasks, django_capture_on_commit_callbacks)
    (made,) = offers_made()
    kept = timezone.now() + timedelta(days=10)
    with scopes_disabled():
        Membership.objects.filter(user=made.committer).update(
            born_on=kept.date().replace(year=kept.year - 19)
        )
    with scope(network=made.network):
        commitment_adult_decide(commitment=made, user=made.committer, keep=True, now=kept)
    DBTaskResult.objects.all().delete()  # the task never ran

    with scope(network=made.network):
        told = offer_emails_send_due(network=made.network, now=kept + timedelta(hours=1))

    assert told == 1
    assert [m.subject for m in to(presenter)] == [SUBJECT]
