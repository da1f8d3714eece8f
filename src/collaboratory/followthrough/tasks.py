"""Background work of follow-through. Thin: ids in, a service out; the emails' words are
templates (`templates/followthrough/email/`) and subjects marked for translation."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_scopes import scope, scopes_disabled
from django_tasks import task

from collaboratory.commitments import lifecycle
from collaboratory.followthrough.models import ActivityKind, CommitmentActivity, ProjectUpdate
from collaboratory.followthrough.selectors import followers_among
from collaboratory.followthrough.services import (
    followthrough_run,
    partnership_prompts_send,
    project_update_send,
)
from collaboratory.networks.mail import in_language_of, mail_send
from collaboratory.networks.scoping import each_network
from collaboratory.periodic.registry import periodic


@periodic(every=timedelta(hours=1))
@task()
def followthrough_run_all() -> int:
    """Auto-confirm, lapse and remind in every network; reminders go out once each (the
    sent-log), so a second run in the same hour sends nothing."""
    return each_network(lambda network: sum(followthrough_run(network=network).values()))


@task()
def project_update_notify(update_id: int) -> int:
    with scopes_disabled():
        update = ProjectUpdate.objects.select_related("proposal", "network", "author").get(
            pk=update_id
        )
    with scope(network=update.network):
        return project_update_send(update=update)


# Marked for translation here, translated when the email is written (in the active language).
MOVE_SUBJECTS = {
    lifecycle.OFFERED: _("Offered again, adjusted: a commitment to %(project)s"),
    lifecycle.ACKNOWLEDGED: _("Thank you: your commitment to %(project)s is acknowledged"),
    lifecycle.ADJUST_REQUESTED: _("An adjustment is asked on your commitment to %(project)s"),
    lifecycle.DONE: _("Marked done: please confirm a commitment to %(project)s"),
    lifecycle.DISPUTED: _("Not quite there yet: your commitment to %(project)s"),
    lifecycle.RELEASED: _("A commitment to %(project)s was released"),
    lifecycle.KEPT: _("Confirmed as kept: your commitment to %(project)s"),
    lifecycle.PARTLY_KEPT: _("Confirmed as partly kept: your commitment to %(project)s"),
}
UPDATE_SUBJECT = _("An update on a commitment to %(project)s")


@task()
def move_email(activity_id: int) -> None:
    """Tell the other party about a move (the presenter hears of commitments offered again,
    done and released, the committer of everything the presenter does) or about an update
    posted on the commitment (whoever did not write it)."""
    with scopes_disabled():
        activity = CommitmentActivity.objects.select_related(
            "commitment__committer", "commitment__proposal__proposer", "network", "author"
        ).get(pk=activity_id)
    commitment = activity.commitment
    is_update = activity.kind == ActivityKind.UPDATE
    if is_update:
        to_presenter = activity.author_id == commitment.committer_id
    else:
        to_presenter = activity.to_status in (lifecycle.OFFERED, lifecycle.DONE, lifecycle.RELEASED)
    recipient = commitment.proposal.proposer if to_presenter else commitment.committer
    if activity.author_id == recipient.pk:
        return
    # Someone whose membership ended (removed, left, suspended) can open no page here and
    # make no move: they are told of nothing, as reminders and project news stop for them.
    if recipient.pk not in followers_among(network=activity.network, user_ids={recipient.pk}):
        return
    link = settings.SITE_URL + reverse(
        "followthrough:commitment",
        kwargs={"network_slug": activity.network.slug, "commitment_id": commitment.pk},
    )
    with in_language_of(recipient):
        body = render_to_string(
            "followthrough/email/move.txt",
            {
                "what": commitment.what,
                "author_name": activity.author.full_name if activity.author else "",
                "note": activity.note,
                "posted_link": activity.link,
                "link": link,
            },
        )
        subject = UPDATE_SUBJECT if is_update else MOVE_SUBJECTS[activity.to_status]
        subject_text = str(subject) % {"project": commitment.proposal.title}
    # The commitment's words are the committer's, the note the author's: when either is on
    # the other side of the age line from the recipient, each steward gets a copy.
    mail_send(
        network=activity.network,
        subject=subject_text,
        body=body,
        recipients=[recipient],
        authors=[p for p in (commitment.committer, activity.author) if p is not None],
        free_text=True,
    )


@periodic(every=timedelta(hours=6))
@task()
def partnership_prompts_all() -> int:
    """The 6- and 12-month check-ins of every network's partnerships; each goes out once
    (`PartnershipPrompt`), so running more often than needed sends nothing twice."""
    return each_network(lambda network: partnership_prompts_send(network=network))
