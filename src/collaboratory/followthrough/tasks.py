"""Background work of follow-through. Thin: ids in, a service out; the emails' words are
templates (`templates/followthrough/email/`) and subjects marked for translation."""

from __future__ import annotations

from datetime import timedelta

from django_scopes import scope, scopes_disabled
from django_tasks import task

from collaboratory.commitments.models import Commitment
from collaboratory.followthrough.models import CommitmentActivity, ProjectUpdate
from collaboratory.followthrough.services import (
    followthrough_run,
    move_email_send,
    offer_email_send,
    partnership_prompts_send,
    project_update_send,
)
from collaboratory.networks.mail import mail_run
from collaboratory.networks.scoping import each_network
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(hours=1))
@task()
def followthrough_run_all() -> int:
    """Auto-confirm, lapse and remind in every network; reminders go out once each (the
    sent-log), so a second run in the same hour sends nothing. One `mail_run` for the whole
    pass: a mail server found unreachable in one network is not tried again in the next."""
    sent = 0
    with mail_run(what="follow-through emails"):
        sent = each_network(lambda network: sum(followthrough_run(network=network).values()))
    return sent


@task()
def project_update_notify(update_id: int) -> int:
    with scopes_disabled():
        update = ProjectUpdate.objects.select_related("proposal", "network", "author").get(
            pk=update_id
        )
    with scope(network=update.network):
        return project_update_send(update=update)


@task()
def move_email(activity_id: int) -> int:
    """Tell the other party about a move or an update posted on the commitment, once
    (`move_email_send`: a retry sends nothing more, a failed send waits for the hourly pass)."""
    with scopes_disabled():
        activity = CommitmentActivity.objects.select_related(
            "commitment__committer", "commitment__proposal__proposer", "network", "author"
        ).get(pk=activity_id)
    with scope(network=activity.network):
        return move_email_send(activity=activity)


@task()
def offer_email(commitment_id: int) -> int:
    """Tell the presenter of an offer of help made on the asks board, once
    (`offer_email_send`: a retry sends nothing more)."""
    with scopes_disabled():
        commitment = Commitment.objects.select_related(
            "committer", "proposal__proposer", "ask", "gathering", "network"
        ).get(pk=commitment_id)
    with scope(network=commitment.network):
        return offer_email_send(commitment=commitment)


def offer_email_enqueue(*, commitment: Commitment) -> None:
    """The `on_offer` hook: queue the presenter's email in the offer's transaction."""
    offer_email.enqueue(commitment.pk)


@periodic(every=timedelta(hours=6))
@task()
def partnership_prompts_all() -> int:
    """The 6- and 12-month check-ins of every network's partnerships; each goes out once
    (`PartnershipPrompt`), so running more often than needed sends nothing twice."""
    return each_network(lambda network: partnership_prompts_send(network=network))
