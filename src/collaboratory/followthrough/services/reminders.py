"""Reminders: committers before the due date and when overdue, presenters to acknowledge new
commitments and to follow up; each sent exactly once (`ReminderSent`, in the transaction that
sends). A committer may snooze one commitment. The network's wordings fill `{name}`-style
placeholders (`wording`)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from functools import partial
from string import Formatter
from typing import NamedTuple
from zoneinfo import ZoneInfo

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from collaboratory.audit.services import audit_record
from collaboratory.commitments import lifecycle
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.followthrough.models import (
    FollowthroughSettings,
    ReminderSent,
    ReminderSnooze,
)
from collaboratory.followthrough.selectors import (
    Followers,
    acknowledge_reminded_up_to,
    commitments_awaiting_thanks,
    commitments_chased_due_by,
    commitments_still_chased,
    followers_among,
    followthrough_settings_for,
    projects_presented_between,
    prompt_day,
    prompt_followed_up,
    reminder_keys_sent,
    reminder_pairs_sent,
    reminder_timing,
    reminders_snoozed,
    today_in,
)
from collaboratory.followthrough.services.links import site_link
from collaboratory.networks.envelopes import clean_header
from collaboratory.networks.mail import (
    EXCERPT_CHARS,
    in_language_of,
    mail_run,
    mail_run_failed,
    mail_send,
    news_shared,
)
from collaboratory.networks.models import DigestItem, MailKind, Network
from collaboratory.people.models import User

log = logging.getLogger(__name__)

SNOOZE_MAX_DAYS = 90
# A presenter prompt is sent only this long after its day (calendar days of the network), so
# an old project is not prompted years later when the worker first runs.
PROMPT_WINDOW = timedelta(days=14)


def reminder_snooze(
    *, commitment: Commitment, user: User, until: date | None, now: datetime | None = None
) -> ReminderSnooze:
    """The committer pauses reminders about one commitment; they resume on `until` (at most 90
    days on)."""
    now = now or timezone.now()
    if commitment.committer_id != user.pk:
        raise PermissionDenied(_("Only the person who made a commitment can snooze it."))
    today = today_in(commitment.network, now)
    if until is None or until <= today:
        raise ValidationError({"until": [_("Pick a day after today.")]})
    if until > today + timedelta(days=SNOOZE_MAX_DAYS):
        raise ValidationError(
            {
                "until": [
                    ngettext(
                        "Snooze for at most %(n)d day.",
                        "Snooze for at most %(n)d days.",
                        SNOOZE_MAX_DAYS,
                    )
                    % {"n": SNOOZE_MAX_DAYS}
                ]
            }
        )
    with transaction.atomic():
        snooze, _created = ReminderSnooze.objects.update_or_create(
            commitment=commitment,
            user=user,
            defaults={"network": commitment.network, "until": until},
        )
        audit_record(
            action="commitment.snoozed",
            actor=user,
            network=commitment.network,
            target=commitment,
            data={"until": until.isoformat()},
        )
    return snooze


def reminder_snooze_end(*, commitment: Commitment, user: User) -> bool:
    """The committer resumes reminders about one commitment before the snooze's day. True
    when a snooze was ended; False when none was left (a second press changes nothing)."""
    if commitment.committer_id != user.pk:
        raise PermissionDenied(_("Only the person who made a commitment can snooze it."))
    with transaction.atomic():
        ended, _kinds = ReminderSnooze.objects.filter(commitment=commitment, user=user).delete()
        if ended:
            audit_record(
                action="commitment.snooze_ended",
                actor=user,
                network=commitment.network,
                target=commitment,
            )
    return bool(ended)


def snooze_until(*, commitment: Commitment, user: User, today: date) -> date | None:
    """The day reminders about this commitment resume for `user`, while a snooze holds."""
    return (
        ReminderSnooze.objects.filter(commitment=commitment, user=user, until__gt=today)
        .values_list("until", flat=True)
        .first()
    )


def _placeholders(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """`text` cut at its braces (str.format's own parser): (literal, field, spec,
    conversion) pieces. Raises ValueError for a brace left open or closed alone."""
    return list(Formatter().parse(text))


def _typed(field: str, spec: str | None, conversion: str | None) -> str:
    """A placeholder as it was typed (escaped braces aside)."""
    return (
        "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
    )


def placeholder_problem(text: str) -> str | None:
    """Why a network's wording cannot be saved, or None. A placeholder is a bare name: a
    format spec (`{name:>99999999}` pads to any length), a conversion (`{name!r}`) or an
    attribute (`{name.__class__}`) would send Python's output, not the person's words."""
    try:
        pieces = _placeholders(text)
    except ValueError:
        return _("Braces are for placeholders like {name}; check that each one is closed.")
    for _literal, field, spec, conversion in pieces:
        if field is not None and (spec or conversion or not field.isidentifier()):
            return _(
                "A placeholder is a name in braces and nothing more, like {name}; remove "
                "what follows the name."
            )
    return None


def _fill(text: str, values: dict[str, str]) -> str:
    """`text` with each `{name}` of `values` filled; any other placeholder stays as typed."""
    out = []
    for literal, field, spec, conversion in _placeholders(text):
        out.append(literal)
        if field is None:
            continue
        if field in values and not spec and not conversion:
            out.append(values[field])
        else:
            out.append(_typed(field, spec, conversion))
    return "".join(out)


def wording(template: str, default: str, values: dict[str, str]) -> str:
    text = template.strip() or default
    try:
        return _fill(text, values)
    except ValueError:
        return _fill(default, values)


# The news of a committer's reminder ("reminder:<commitment>"): queued for the weekly
# digest, it is asked again when the digest goes (`committer_reminder_still_news`).
REMINDER_NEWS = "reminder"


def _followers_now(network: Network, user_id: int) -> Followers:
    """Whether the network still follows `user_id` up, and as a member or a youth guest
    (`followers_among`): read once for all of a reader's reminders in one pass of news
    checks (`news_shared`), and again by none of the digest's lines of them."""
    return news_shared(
        ("reminder-followed", network.pk, user_id),
        lambda: followers_among(network=network, user_ids={user_id}),
    )


def _followed_now(network: Network, user_id: int) -> bool:
    return user_id in _followers_now(network, user_id)


def committer_reminder_still_news(
    network: Network, key: str, user: User | None, now: datetime
) -> bool:
    """Whether a committer's reminder about commitment `key` (news "reminder:<commitment>")
    is still to be told to `user`: the rule `reminders_send_due` asks before it sends,
    asked again when the weekly digest carries it (`networks.mail.register_news_check`).
    A commitment kept, marked done, released, hidden or undone since, a snooze asked
    since, or a committer the network no longer follows (their membership ended) is no
    news. What the reader's reminders share is read once in a pass of news checks (the
    digest run's): a digest of many reminders costs no more queries than one."""
    if user is None or not key.isdigit():
        return False
    today = today_in(network, now)
    chased = news_shared(
        ("reminder-chased", network.pk, user.pk, today),
        partial(commitments_still_chased, network=network, user_id=user.pk, today=today),
    )
    return int(key) in chased and _followed_now(network, user.pk)


class ReminderLine(NamedTuple):
    """A queued committer's reminder as the weekly digest shows it now."""

    subject: str
    excerpt: str
    link: str


def committer_reminders_past_due(
    *, network: Network, user: User, items: Sequence[DigestItem], now: datetime
) -> dict[int, ReminderLine | None]:
    """The committer's reminders a weekly digest carries (news "reminder:<commitment>",
    already asked `committer_reminder_still_news`) whose commitment's due day, on the
    network's calendar (`today_in`), has passed by `now`: item id -> the line shown in its
    place, worded as the overdue reminder ("Was due <day>: <what>", then that reminder's
    body and link, `committer_reminder_words`, `committer_reminder_link`), or None for
    another item of the same commitment (a "Coming up" and an overdue reminder both
    queued: one line). Items not listed read as queued (due today is still "Coming up").
    A "Coming up" whose day passed while it waited for Monday is not dropped: with overdue
    reminders off, it is all the member hears of it. One query for the reader's
    commitments the items name; the network's settings and the reader's followed state
    are shared in a pass of news checks (`news_shared`): as many reads for one item as for
    many."""
    items_of: dict[int, list[int]] = {}
    for item in items:
        prefix, _sep, key = item.news.partition(":")
        if prefix == REMINDER_NEWS and key.isdigit():
            items_of.setdefault(int(key), []).append(item.pk)
    if not items_of:
        return {}
    past = list(
        Commitment.objects.filter(
            network=network,
            committer_id=user.pk,
            pk__in=list(items_of),
            due_on__lt=today_in(network, now),
        )
        .select_related("proposal__proposer")
        .order_by("pk")
    )
    if not past:
        return {}
    options: FollowthroughSettings = news_shared(
        ("followthrough-settings", network.pk),
        partial(followthrough_settings_for, network=network),
    )
    guest = user.pk in _followers_now(network, user.pk).guests
    lines: dict[int, ReminderLine | None] = {}
    with in_language_of(user):
        for c in past:
            _subject, body = committer_reminder_words(
                c, name=user.get_short_name(), overdue=True, options=options
            )
            link = committer_reminder_link(network, c.pk, guest=guest)
            first, *others = items_of[c.pk]
            subject = _("Was due %(day)s: %(what)s") % {
                "day": date_format(c.due_on, "DATE_FORMAT"),
                "what": c.what[:60],
            }
            lines[first] = ReminderLine(
                subject=clean_header(subject)[:300],  # one line, as a queued subject
                excerpt=f"{body}\n\n{link}".strip()[:EXCERPT_CHARS],
                link=link,
            )
            lines.update(dict.fromkeys(others))
    return lines


# The news of a presenter's reminders, asked again when the weekly digest carries them: to
# acknowledge a batch of commitments ("acknowledge-reminder:<proposal>:<newest>") and to
# follow up after the gathering ("follow-up-reminder:<proposal>:<days>").
ACKNOWLEDGE_NEWS = "acknowledge-reminder"
FOLLOW_UP_NEWS = "follow-up-reminder"


def _two_ids(key: str) -> tuple[int, int] | None:
    first, _sep, second = key.partition(":")
    if not (first.isdigit() and second.isdigit()):
        return None
    return int(first), int(second)


def acknowledge_reminder_still_news(
    network: Network, key: str, user: User | None, now: datetime
) -> bool:
    """Whether a presenter's reminder to acknowledge the batch of commitments up to
    `<newest>` (news "acknowledge-reminder:<proposal>:<newest>") is still to be told to
    `user`: the rule `reminders_send_due` asks (`commitments_awaiting_thanks`), asked again
    when the weekly digest carries it. Once each commitment of the batch was acknowledged
    (or adjusted, marked done, kept, released), hidden or undone, the project withdrawn, or
    the presenter is no longer followed (their membership ended), it is no news."""
    ids = _two_ids(key)
    if user is None or ids is None:
        return False
    proposal_id, newest = ids
    # The oldest commitment awaiting thanks in each of the presenter's projects: the batch
    # up to `newest` still has one when that is no newer (one read for all their items).
    oldest: Mapping[int, int] = news_shared(
        ("acknowledge-awaiting", network.pk, user.pk),
        lambda: dict(
            commitments_awaiting_thanks(network=network, presenter_id=user.pk)
            .select_related(None)
            .order_by()
            .values("proposal_id")
            .annotate(oldest=Min("pk"))
            .values_list("proposal_id", "oldest")
        ),
    )
    waiting = oldest.get(proposal_id)
    return waiting is not None and waiting <= newest and _followed_now(network, user.pk)


def follow_up_reminder_still_news(
    network: Network, key: str, user: User | None, now: datetime
) -> bool:
    """Whether a presenter's prompt to follow up `<days>` days after presenting (news
    "follow-up-reminder:<proposal>:<days>") is still to be told to `user`: the rule
    `reminders_send_due` asks (`projects_presented_between`, `prompt_followed_up`), asked
    again when the weekly digest carries it. Once the presenter posted an update since the
    prompt's day, or is no longer followed, or the project is gone, it is no news. Its
    window is not asked again: the prompt was due when it was written."""
    ids = _two_ids(key)
    if user is None or ids is None:
        return False
    proposal_id, days = ids
    # The presenter's presented projects, read once for all their items.
    presented: Mapping[int, Proposal] = news_shared(
        ("follow-up-presented", network.pk, user.pk),
        lambda: {
            p.pk: p for p in projects_presented_between(network=network, presenter_id=user.pk)
        },
    )
    proposal = presented.get(proposal_id)
    if proposal is None:
        return False
    day = prompt_day(network=network, proposal=proposal, days=days)
    followed_up = prompt_followed_up(network=network, proposal=proposal, day=day)
    return not followed_up and _followed_now(network, user.pk)


def _send_once(
    *,
    network: Network,
    user: User,
    key: str,
    subject: str,
    body: str,
    link: str,
    now: datetime,
    about: tuple[User, ...] = (),
    news: str = "",
) -> bool:
    """The sent-log row and the email in one transaction: a failed send leaves no row (the
    next run retries); an existing row (an earlier or a concurrent run) sends nothing."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(network=network, user=user, key=key, sent_at=now)
            # Our wording, the network's template and the committer's own words: no free
            # text passes between two people here.
            # A reminder is non-essential: the member may take it weekly or not at all
            # (the sent-log row is written either way, so it is never queued twice).
            mail_send(
                keep_failed=False,  # its own sent-log sends it again on the next run
                network=network,
                subject=subject,
                body=body,
                recipients=[user],
                free_text=False,
                kind=MailKind.REMINDERS,
                link=link,
                # Whom else it names (a committer's reminder names the presenter): queued
                # for the weekly digest, it goes if they delete their account.
                about=about,
                # What it reminds of: queued for the weekly digest, it is asked again
                # there (a commitment kept or taken back since is not reminded of).
                news=news,
            )
    except IntegrityError:
        return False
    except Exception as error:
        log.warning("Follow-through reminder %s not sent; will retry", key)
        mail_run_failed(error)
        return False
    return True


class _Reminder(NamedTuple):
    """One reminder written and waiting for its send (`_send_once`)."""

    user: User
    key: str
    subject: str
    body: str
    link: str
    about: tuple[User, ...] = ()
    news: str = ""


def committer_reminder_link(network: Network, commitment_id: int, *, guest: bool) -> str:
    """Where a committer's reminder leads: My commitments, where they mark it done, release
    it or post an update (and, on its page, snooze it); a youth guest of the network's
    gathering is no member, so theirs leads to the commitment itself, which their pass
    reaches."""
    if guest:
        return site_link(
            "followthrough:commitment", network_slug=network.slug, commitment_id=commitment_id
        )
    return site_link("followthrough:mine", network_slug=network.slug)


def committer_reminder_words(
    commitment: Commitment, *, name: str, overdue: bool, options: FollowthroughSettings
) -> tuple[str, str]:
    """A committer's reminder as the network words it: its subject and its body, before the
    link. In the active language (the caller's `in_language_of`): the reminder run's email,
    and the weekly digest's line of one whose due day passed while it waited
    (`committer_reminders_past_due`)."""
    values = {
        "name": name,
        "what": commitment.what,
        # In the reader's words ("March 3, 2027", "3 de marzo de 2027"), not ISO.
        "due_on": date_format(commitment.due_on, "DATE_FORMAT"),
        "presenter": commitment.proposal.proposer.full_name,
    }
    default = (
        _(
            "Hello {name}, your commitment to {presenter} was due on {due_on}: {what}. "
            "Mark it done, post an update, or release it with a note; any answer helps."
        )
        if overdue
        else _(
            "Hello {name}, a reminder of your commitment to {presenter}, due on {due_on}: {what}."
        )
    )
    subject = (
        _("Your commitment is overdue: %(what)s") if overdue else _("Coming up: %(what)s")
    ) % {"what": commitment.what[:60]}
    return subject, wording(options.wording_committer, default, values)


def reminders_send_due(*, network: Network, now: datetime | None = None) -> int:
    """Every reminder due at `now` that has not gone out: committers before the due date and
    when overdue; presenters to acknowledge new commitments and, 30 and 90 days on (network
    settings), to follow up and post an update. Returns how many emails went. A mail server
    that cannot be reached ends the run at its first try (`mail_run`)."""
    now = now or timezone.now()
    options = followthrough_settings_for(network=network)
    timing = reminder_timing(options)
    today = today_in(network, now)
    horizon = today + timedelta(days=max(timing.before_due_days, default=0))
    open_commitments = list(
        commitments_chased_due_by(network=network, due_by=horizon).select_related(
            "committer", "proposal__proposer"
        )
    )
    snoozed = reminders_snoozed(network=network, today=today)
    wanted: list[tuple[Commitment, str, str]] = []
    for c in open_commitments:
        rule = lifecycle.committer_reminder(
            status=c.status, due_on=c.due_on, today=today, timing=timing
        )
        if rule and (c.pk, c.committer_id) not in snoozed:
            wanted.append((c, rule, f"c:{c.pk}:{rule}"))
    done = reminder_keys_sent(network=network, keys=[k for _c, _r, k in wanted])
    reminders: list[_Reminder] = []
    # A youth guest of the network's gathering is no member: My commitments is not theirs to
    # open. Their reminder leads to the commitment itself, which their pass reaches. Someone
    # who is neither (removed, left, suspended) can act on nothing here: not chased.
    followers = followers_among(network=network, user_ids={c.committer_id for c, _r, _k in wanted})
    for c, rule, key in wanted:
        if key in done or c.committer_id not in followers:
            continue
        link = committer_reminder_link(network, c.pk, guest=c.committer_id in followers.guests)
        with in_language_of(c.committer):
            subject, body = committer_reminder_words(
                c,
                name=c.committer.get_short_name(),
                overdue=rule.startswith("overdue"),
                options=options,
            )
        reminders.append(
            _Reminder(
                user=c.committer,
                key=key,
                subject=subject,
                body=body + "\n\n" + link,
                link=link,
                about=(c.proposal.proposer,),
                news=f"{REMINDER_NEWS}:{c.pk}",
            )
        )
    reminders += _presenter_reminders(network=network, options=options, now=now)
    sent = 0
    with mail_run(network=network, what="reminders"):
        for reminder in reminders:
            if _send_once(network=network, now=now, **reminder._asdict()):
                sent += 1
    return sent


def _presenter_reminders(
    *, network: Network, options: FollowthroughSettings, now: datetime
) -> list[_Reminder]:
    reminders: list[_Reminder] = []
    # Acknowledge: one email per batch of new commitments (keyed by the newest one), from the
    # network's day `acknowledge_after_days` after the day one was offered there (not that
    # many hours after: one made in the room at 23:30 was reminded a day late).
    today = today_in(network, now)
    first_day_not_due = today - timedelta(days=options.acknowledge_after_days - 1)
    waiting: dict[int, list[Commitment]] = {}
    for c in commitments_awaiting_thanks(
        network=network,
        offered_before=datetime.combine(first_day_not_due, time(), ZoneInfo(network.time_zone)),
    ):
        waiting.setdefault(c.proposal_id, []).append(c)
    prompts = lifecycle.parse_days(options.presenter_prompt_days)
    # Wide by a day each side: which day a start falls on is the network's calendar's to say.
    presented = projects_presented_between(
        network=network,
        after=now - timedelta(days=max(prompts, default=0) + 1) - PROMPT_WINDOW,
        until=now - timedelta(days=min(prompts, default=0) - 1),
    )
    jobs: list[tuple[User, str, str, str, int, str]] = []
    covered = acknowledge_reminded_up_to(network=network, proposal_ids=set(waiting))
    for commitments in waiting.values():
        proposal = commitments[0].proposal
        newest = max(c.pk for c in commitments)
        if newest <= covered.get(proposal.pk, 0):
            continue  # no commitment offered since the last reminder: that batch was told
        values = {
            "name": proposal.proposer.get_short_name(),
            "project": proposal.title,
            "count": str(len(commitments)),
        }
        with in_language_of(proposal.proposer):
            default = ngettext(
                "Hello {name}, {count} commitment to {project} waits for your thanks: "
                "acknowledge it, or ask for an adjustment.",
                "Hello {name}, {count} commitments to {project} wait for your thanks: acknowledge "
                "each one, or ask for an adjustment.",
                len(commitments),
            )
            jobs.append(
                (
                    proposal.proposer,
                    f"p:{proposal.pk}:ack:{newest}",
                    _("Commitments to acknowledge: %(project)s") % {"project": proposal.title},
                    wording(options.wording_presenter, default, values),
                    proposal.pk,
                    f"{ACKNOWLEDGE_NEWS}:{proposal.pk}:{newest}",
                )
            )
    for proposal in presented:
        for days in prompts:
            # Calendar days of the network from the day the gathering started there: a
            # gathering at 23:30 is prompted on day 30 from the morning, and summer time
            # moves nothing. A presenter who posted an update since that day followed up.
            due = prompt_day(network=network, proposal=proposal, days=days)
            if not due <= today < due + PROMPT_WINDOW or prompt_followed_up(
                network=network, proposal=proposal, day=due
            ):
                continue
            values = {
                "name": proposal.proposer.get_short_name(),
                "project": proposal.title,
                "count": "",
            }
            with in_language_of(proposal.proposer):
                default = _(
                    "Hello {name}, it has been a while since you presented {project}. Follow up "
                    "with each person who made a commitment, and post an update so they hear how "
                    "it is going."
                )
                jobs.append(
                    (
                        proposal.proposer,
                        f"p:{proposal.pk}:prompt:{days}",
                        ngettext(
                            "%(days)d day on: %(project)s", "%(days)d days on: %(project)s", days
                        )
                        % {"days": days, "project": proposal.title},
                        wording(options.wording_presenter, default, values),
                        proposal.pk,
                        f"{FOLLOW_UP_NEWS}:{proposal.pk}:{days}",
                    )
                )
    done = reminder_pairs_sent(network=network, keys=[j[1] for j in jobs])
    mine = site_link("followthrough:mine", network_slug=network.slug)
    # The follow-up prompt asks for an update: it leads to the project's page, where the
    # update form is (My commitments has none). The reminder to acknowledge leads to My
    # commitments, which lists the ones waiting first; but a youth guest presenting a Power
    # Project at the network's gathering is no member: theirs leads to their project's page
    # too (their pass opens it). A presenter whose membership ended is not prompted.
    followers = followers_among(network=network, user_ids={job[0].pk for job in jobs})
    for user, key, subject, body, proposal_id, news in jobs:
        if (user.pk, key) in done or user.pk not in followers:
            continue
        link = (
            site_link("creditclub:proposal", network_slug=network.slug, proposal_id=proposal_id)
            if user.pk in followers.guests or ":prompt:" in key
            else mine
        )
        # What it reminds of, asked again if the weekly digest carries it (an acknowledged
        # batch or an update posted since is not reminded of).
        reminders.append(
            _Reminder(
                user=user,
                key=key,
                subject=subject,
                body=body + "\n\n" + link,
                link=link,
                news=news,
            )
        )
    return reminders
