"""Words after the room: an update on one commitment, the presenter's news on their project
(emailed to every committer once), and the presenter's feedback for the stewards."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from collaboratory.audit.services import audit_record
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import NOT_COUNTED, Commitment
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough.models import (
    ActivityKind,
    CommitmentActivity,
    PresenterFeedback,
    ProjectUpdate,
    ReminderSent,
)
from collaboratory.followthrough.rules import commitment_roles
from collaboratory.followthrough.selectors import (
    followers_among,
    project_commitments,
    project_updates_posted_since,
    reminder_users_sent,
)
from collaboratory.followthrough.services.links import link_checked, site_link
from collaboratory.followthrough.services.moves import NOTE_MAX_CHARS
from collaboratory.networks.mail import (
    by_language,
    mail_run,
    mail_run_failed,
    mail_send,
    news_shared,
)
from collaboratory.networks.models import MailKind, Network
from collaboratory.people.models import User
from collaboratory.submissions import stored_once, submission_key
from collaboratory.validators import text_problem

log = logging.getLogger(__name__)

TEXT_MAX_CHARS = 4000


def _same_activity(existing: CommitmentActivity, commitment: Commitment) -> CommitmentActivity:
    """The update stored under this key, when it is this commitment's: a key sent again for
    another commitment is refused (it never returns that one's update)."""
    if existing.commitment_id != commitment.pk:
        raise ValidationError(
            {
                "idempotency_key": _(
                    "This form was already used to post on another commitment, so nothing "
                    "was posted; reload the page and post the update again."
                )
            }
        )
    return existing


def _update_text_problem(text: str, limit: int) -> str | None:
    """What is wrong with an update's (stripped) text, or None: the committer's word on a
    commitment and the presenter's news on a project are written to the same rules."""
    if not text:
        return _("Write the update: what happened, what is next.")
    if len(text) > limit:
        return ngettext(
            "Keep the update under %(n)d character.",
            "Keep the update under %(n)d characters.",
            limit,
        ) % {"n": limit}
    return text_problem(text, what=_("the update"), multi=True)


def commitment_update_post(
    *,
    commitment: Commitment,
    author: User,
    note: str,
    idempotency_key: uuid.UUID | str,
    link: str = "",
    now: datetime | None = None,
) -> CommitmentActivity:
    """A word on how it is going, by the committer or the presenter; the status stays, and
    the other one hears of it by email. Once per idempotency key: the same form sent again
    returns the first update, stores and emails nothing, even when both posts race."""
    now = now or timezone.now()
    if not (commitment_roles(author, commitment) & {lifecycle.COMMITTER, lifecycle.RECIPIENT}):
        raise PermissionDenied(_("Only the committer and the presenter post updates here."))
    # As a move is refused (`commitment_transition`): a commitment that no longer counts has
    # no follow-up, and its update would email the other party about it.
    if commitment.guardian_approval in NOT_COUNTED:
        raise ValidationError(
            {"note": [_("This commitment has no follow-up without the guardian's approval.")]}
        )
    if not commitment.is_shown:
        raise ValidationError(
            {"note": [_("This commitment was taken off the board; it has no follow-up.")]}
        )
    errors: dict[str, list[str]] = {}
    note = (note or "").strip()
    if problem := _update_text_problem(note, NOTE_MAX_CHARS):
        errors["note"] = [problem]
    link = link_checked(link, errors)
    if errors:
        raise ValidationError(errors)
    key = submission_key(idempotency_key, _NO_KEY)

    def create() -> CommitmentActivity:
        activity = CommitmentActivity.objects.create(
            network=commitment.network,
            commitment=commitment,
            author=author,
            kind=ActivityKind.UPDATE,
            note=note,
            link=link,
            created_at=now,
            idempotency_key=key,
        )
        audit_record(
            action="commitment.update_posted",
            actor=author,
            network=commitment.network,
            target=commitment,
        )
        # deferred: the tasks module imports these services
        from collaboratory.followthrough.tasks import move_email

        move_email.enqueue(activity.pk)
        return activity

    return stored_once(
        stored=lambda: CommitmentActivity.objects.filter(
            network=commitment.network, idempotency_key=key
        ).first(),
        create=create,
        same=lambda existing: _same_activity(existing, commitment),
    )


#: What a post without a usable key is told (the page always renders one).
_NO_KEY = gettext_lazy(
    "This form has no usable submission key, so nothing was posted; reload the page and post "
    "the update again."
)


def _same_update(existing: ProjectUpdate, proposal: Proposal) -> ProjectUpdate:
    """The update stored under this key, when it is this project's: a key sent again for
    another project is refused (it never returns that project's update)."""
    if existing.proposal_id != proposal.pk:
        raise ValidationError(
            {
                "idempotency_key": _(
                    "This form was already used to post on another project, so nothing was "
                    "posted; reload the page and post the update again."
                )
            }
        )
    return existing


def project_update_post(
    *,
    proposal: Proposal,
    author: User,
    text: str,
    idempotency_key: uuid.UUID | str,
    link: str = "",
    now: datetime | None = None,
) -> ProjectUpdate:
    """The presenter's news; every committer to the project is emailed once (a task).
    Once per idempotency key: the same form sent again returns the first update, stores
    and emails nothing, even when both posts race."""
    now = now or timezone.now()
    if proposal.proposer_id != author.pk:
        raise PermissionDenied(_("Only the presenter posts updates on a project."))
    errors: dict[str, list[str]] = {}
    if proposal.state not in (ProposalState.SELECTED, ProposalState.PRESENTED):
        errors["text"] = [_("Updates are for selected and presented projects.")]
    text = (text or "").strip()
    if problem := _update_text_problem(text, TEXT_MAX_CHARS):
        errors["text"] = [problem]
    link = link_checked(link, errors)
    if errors:
        raise ValidationError(errors)
    key = submission_key(idempotency_key, _NO_KEY)

    def create() -> ProjectUpdate:
        update = ProjectUpdate.objects.create(
            network=proposal.network,
            proposal=proposal,
            author=author,
            text=text,
            link=link,
            created_at=now,
            idempotency_key=key,
        )
        audit_record(
            action="project.update_posted",
            actor=author,
            network=proposal.network,
            target=update,
        )
        # deferred: the tasks module imports these services
        from collaboratory.followthrough.tasks import project_update_notify

        project_update_notify.enqueue(update.pk)
        return update

    return stored_once(
        stored=lambda: ProjectUpdate.objects.filter(
            network=proposal.network, idempotency_key=key
        ).first(),
        create=create,
        same=lambda existing: _same_update(existing, proposal),
    )


@dataclass(frozen=True)
class UpdateReaders:
    """Who reads a project update: each committer (by id) and, for a youth guest, the id of
    their own commitment to the project (their news links there)."""

    members: dict[int, User]
    guests: dict[int, tuple[User, int]]

    def __contains__(self, user_id: object) -> bool:
        return user_id in self.members or user_id in self.guests


def project_update_readers(
    *, update: ProjectUpdate, skip: frozenset[int] | set[int] = frozenset()
) -> UpdateReaders:
    """The one rule of who reads `update`, asked by its send and again by the mail retry of
    a kept copy (`project_update_still_news`): each committer (the presenter aside) whose
    commitment to the project was made by the time it was posted and still has a follow-up
    (not hidden, undone or refused by a guardian since), while they follow the network (a
    member, or a youth guest of its gathering; a membership ended hears no more news).
    `skip`: people left out unasked (those it went to already), so a pass over updates
    sent to all asks nobody's membership. A project withdrawn since has no readers: its
    news is not told, by the send, the mail retry or the weekly digest."""
    proposal = update.proposal
    if proposal.state == ProposalState.WITHDRAWN:
        return UpdateReaders(members={}, guests={})
    commitments = list(
        project_commitments(network=update.network, proposal=proposal, made_by=update.created_at)
    )
    committers = {
        c.committer_id: c.committer
        for c in commitments
        if c.committer_id != proposal.proposer_id and c.committer_id not in skip
    }
    followers = followers_among(network=update.network, user_ids=set(committers))
    theirs = {c.committer_id: c.pk for c in commitments}
    return UpdateReaders(
        members={
            pk: u for pk, u in committers.items() if pk in followers and pk not in followers.guests
        },
        guests={pk: (u, theirs[pk]) for pk, u in committers.items() if pk in followers.guests},
    )


def project_update_still_news(network: Network, key: str, user: User | None, now: datetime) -> bool:
    """Whether the kept email of project update `key` (news "update:<update>") still goes to
    `user`: the rule its send asks (`project_update_readers`), asked again at the mail
    retry. An update deleted since, or a reader it no longer has, is no news."""
    if user is None:
        return False
    # The same for every reader of the update: read once in a pass (a weekly digest run
    # asked it again for each reader's queued item).
    readers = news_shared(("update", network.pk, int(key)), partial(_readers_now, network, key))
    return readers is not None and user.pk in readers


def _readers_now(network: Network, key: str) -> UpdateReaders | None:
    update = (
        ProjectUpdate.objects.filter(network=network, pk=int(key))
        .select_related("proposal", "network")
        .first()
    )
    return project_update_readers(update=update) if update is not None else None


def project_update_send(*, update: ProjectUpdate, now: datetime | None = None) -> int:
    """Email the update to its readers (`project_update_readers`) once each. One send per
    language for the members, so when the update crosses the adult-minor line the stewards
    get one copy, not one per committer; a youth guest's own send (their link differs)
    brings its own copy. Each send shares a transaction with its readers' sent-log rows: a
    failed send leaves no row, and the hourly pass (`project_updates_send_due`) tries
    again; what part of a send is kept goes only while it is still news
    (`project_update_still_news`)."""
    now = now or timezone.now()
    proposal = update.proposal
    key = f"u:{update.pk}"
    project_link = site_link(
        "creditclub:proposal", network_slug=update.network.slug, proposal_id=proposal.pk
    )
    done = reminder_users_sent(network=update.network, key=key)
    readers = project_update_readers(update=update, skip=done)
    members = list(readers.members.values())
    # A youth guest of the gathering is no member: the project's page is 404 for them, so
    # their news links to their own commitment to it (one send each, as the links differ).
    groups: list[tuple[str, list[User], str]] = [
        (language, group, project_link) for language, group in by_language(members).items()
    ]
    groups += [
        (
            guest.email_language,
            [guest],
            site_link(
                "followthrough:commitment",
                network_slug=update.network.slug,
                commitment_id=commitment_id,
            ),
        )
        for guest, commitment_id in readers.guests.values()
    ]
    if not groups:
        return 0
    # One rendering per language the committers read; each group is one send.
    messages = []
    for language, group, link in groups:
        with translation.override(language):
            body = render_to_string(
                "followthrough/email/project_update.txt",
                {"text": update.text, "posted_link": update.link, "link": link},
            )
            subject = _("News from %(project)s") % {"project": proposal.title}
        messages.append((subject, body, group, link))
    sent = 0
    for subject, body, to, link in messages:
        # One transaction per send: a send that fails leaves its readers unlogged (the
        # hourly pass retries them), and the sends that went out stay logged.
        try:
            with transaction.atomic():
                ReminderSent.objects.bulk_create(
                    [
                        ReminderSent(network=update.network, user=user, key=key, sent_at=now)
                        for user in to
                    ]
                )
                sent += mail_send(
                    keep_failed=False,  # its own sent-log sends it again on the next run
                    network=update.network,
                    subject=subject,
                    body=body,
                    recipients=to,
                    authors=[update.author],
                    free_text=True,
                    kind=MailKind.UPDATES,
                    link=link,
                    news=f"update:{update.pk}",
                    # Its subject names the presenter's project: queued for the weekly
                    # digest, it goes if the presenter (or the author) deletes their account.
                    about=[proposal.proposer, update.author],
                )
        except IntegrityError:  # a concurrent run sent it
            continue
        except Exception as error:
            log.warning("Project update %s not sent to some readers; will retry", update.pk)
            mail_run_failed(error)
            continue
    return sent


# A project update whose email failed is tried again by the hourly pass for this long; later
# it is old news.
UPDATE_RETRY_WINDOW = timedelta(days=7)


def project_updates_send_due(*, network: Network, now: datetime | None = None) -> int:
    """The emails of the network's recent project updates that have not gone out (the mail
    server was down when the task ran): each committer still gets each update once. A mail
    server that cannot be reached ends the run at its first try (`mail_run`)."""
    now = now or timezone.now()
    sent = 0
    with mail_run(network=network, what="project updates"):
        for update in project_updates_posted_since(
            network=network, since=now - UPDATE_RETRY_WINDOW
        ):
            if update.created_at <= now:
                sent += project_update_send(update=update, now=now)
    return sent


def presenter_feedback_save(
    *, proposal: Proposal, author: User, helpful: object, text: str, now: datetime | None = None
) -> PresenterFeedback:
    """The presenter's feedback on the experience, read by stewards; one per project."""
    now = now or timezone.now()
    if proposal.proposer_id != author.pk:
        raise PermissionDenied(_("Only the presenter gives feedback on their turn."))
    errors: dict[str, list[str]] = {}
    if proposal.state != ProposalState.PRESENTED:
        errors["helpful"] = [_("Feedback opens once the project has been presented.")]
    try:
        score = int(str(helpful))
    except ValueError:
        score = 0
    if not 1 <= score <= 5:
        errors["helpful"] = [_("Choose how helpful the room was, from 1 to 5.")]
    text = (text or "").strip()
    if len(text) > TEXT_MAX_CHARS:
        errors["text"] = [
            ngettext(
                "Keep it under %(n)d character.", "Keep it under %(n)d characters.", TEXT_MAX_CHARS
            )
            % {"n": TEXT_MAX_CHARS}
        ]
    elif problem := text_problem(text, what=_("the feedback"), multi=True):
        errors["text"] = [problem]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        feedback, _created = PresenterFeedback.objects.update_or_create(
            proposal=proposal,
            defaults={
                "network": proposal.network,
                "author": author,
                "helpful": score,
                "text": text,
                "updated_at": now,
            },
        )
        audit_record(
            action="project.feedback_saved",
            actor=author,
            network=proposal.network,
            target=feedback,
        )
    return feedback
