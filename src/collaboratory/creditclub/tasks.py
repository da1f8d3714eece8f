"""Background work of the Rotating Credit Club. Tasks are thin: ids in, a service or a
template out."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings as django_settings
from django.template.loader import render_to_string
from django.urls import reverse
from django_scopes import scopes_disabled
from django_tasks import task

from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.creditclub.services.invitations import (
    presenter_pack_reminders_send_due,
    proposal_draft_reminders_send_due,
    proposal_invitations_send_due,
)
from collaboratory.networks.mail import in_language_of, mail_send
from collaboratory.networks.scoping import each_network
from collaboratory.periodic.registry import periodic


@task()
def proposal_outcome_email(proposal_id: int, decision: str = "") -> None:
    """Tell a proposer the announced outcome. Enqueued in the same transaction as the
    decision, so a decision is never announced without its email, nor emailed twice.
    It tells `decision`, the one announced, not the state when the worker sends: a
    presenter withdrawn meanwhile was told they were not selected, and one waitlisted then
    chosen by a second announcement heard "selected" twice. A proposal withdrawn since
    gets no outcome (the withdrawal is its news). `decision` empty: one queued before."""
    with scopes_disabled():
        proposal = Proposal.objects.select_related("proposer", "gathering", "network").get(
            pk=proposal_id
        )
    if proposal.state == ProposalState.WITHDRAWN:
        return
    outcome = decision or proposal.state
    # Where the proposer acts next, to tap from a phone: the pack, or the proposal's page
    # (carrying a waitlisted proposal over is there).
    page = "creditclub:pack" if outcome == ProposalState.SELECTED else "creditclub:proposal"
    link = django_settings.SITE_URL + reverse(
        page, kwargs={"network_slug": proposal.network.slug, "proposal_id": proposal.pk}
    )
    context = {
        "proposal": proposal,
        "outcome": outcome,
        "gathering": proposal.gathering,
        "link": link,
    }
    with in_language_of(proposal.proposer):
        subject = render_to_string("creditclub/email/outcome_subject.txt", context)
        body = render_to_string("creditclub/email/outcome.txt", context)
    mail_send(
        network=proposal.network,
        subject=subject,
        body=body,
        recipients=[proposal.proposer],
        free_text=False,
    )


@periodic(every=timedelta(minutes=15))
@task()
def proposal_invitations_send() -> int:
    """Invitations to propose for members who said so at RSVP, each sent once."""
    return each_network(lambda network: proposal_invitations_send_due(network=network))


@periodic(every=timedelta(minutes=15))
@task()
def proposal_draft_reminders_send() -> int:
    """Drafts near their call's deadline: each proposer reminded once."""
    return each_network(lambda network: proposal_draft_reminders_send_due(network=network))


@periodic(every=timedelta(minutes=15))
@task()
def presenter_pack_reminders_send() -> int:
    """Selected presenters who have not acknowledged their pack: each reminded once."""
    return each_network(lambda network: presenter_pack_reminders_send_due(network=network))
