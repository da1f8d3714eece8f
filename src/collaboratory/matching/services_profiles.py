"""Every write of introductions: a member's consent to be written to, a request to be
introduced, and a steward's decision on one that went through them. Each checks, writes in
one transaction and audits; the email leaves after commit through `networks.mail.mail_send`,
the one way out (it enforces the adult-minor rule again, as a backstop)."""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from django.conf import settings as django_settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_scopes import scope

from collaboratory.audit.services import audit_record
from collaboratory.commitments.services import same_words
from collaboratory.creditclub.selectors import minor_name
from collaboratory.matching.models import (
    NOTE_MAX_CHARS,
    IntroductionConsent,
    IntroductionRequest,
    IntroductionRoute,
    IntroductionStatus,
)
from collaboratory.matching.selectors_profiles import (
    DECLINED_REST,
    DIRECT_REST,
    INTRODUCTIONS_PER_DAY,
    introduction_consent_of,
    introduction_deciders,
    introduction_resting,
    introduction_waiting,
    introductions_today,
)
from collaboratory.networks.mail import (
    in_guardian_language,
    in_language_of,
    mail_send,
    mail_send_by_language,
)
from collaboratory.networks.models import Membership, Network
from collaboratory.networks.rules import is_network_steward
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import (
    DirectoryFilters,
    directory_members,
    guardian_emails_of,
    membership_for,
    stewards_of_network,
)
from collaboratory.networks.services import membership_lock
from collaboratory.people.models import User
from collaboratory.submissions import submission_key
from collaboratory.validators import text_problem


def introduction_consent_set(
    *, network: Network, user: User, consent: bool, now: datetime | None = None
) -> bool:
    """Agree (or stop agreeing) that members may email this member introduction requests.
    A minor cannot agree: there is no private channel between an adult and a minor."""
    if membership_for(user=user, network=network) is None:
        raise PermissionDenied(_("Only admitted members of this network can change this."))
    if consent and user.is_minor:
        raise ValidationError(
            {
                "consent": [
                    _(
                        "Youth members are introduced through the stewards; direct emails "
                        "cannot be switched on."
                    )
                ]
            }
        )
    with transaction.atomic():
        # Two presses at once (two tabs) queue here, so the second reads the first's row
        # instead of both creating one (PostgreSQL; SQLite's writes are serial already).
        if not membership_lock(network=network, user=user):
            raise PermissionDenied(_("Only admitted members of this network can change this."))
        existing = IntroductionConsent.objects.filter(network=network, user=user)
        had = existing.exists()
        if consent and not had:
            IntroductionConsent.objects.create(
                network=network, user=user, granted_at=now or timezone.now()
            )
        elif not consent and had:
            existing.delete()
        if consent != had:
            audit_record(
                action="introduction.consent_given"
                if consent
                else "introduction.consent_withdrawn",
                actor=user,
                network=network,
                target=user,
            )
    return consent


def introduction_consent_drop_for_ended_membership(*, network: Network, user_id: int) -> bool:
    """A membership that ends takes its agreement to be emailed with it (hooked with
    `networks.services.on_membership_end`, in the ending's transaction): kept, it let
    members' notes reach someone admitted again years later on the word of the earlier
    membership. They switch it on again themselves. Harmless when there is none."""
    with scope(network=network):
        deleted, _rows = IntroductionConsent.objects.filter(
            network=network, user_id=user_id
        ).delete()
        if deleted:
            audit_record(
                action="introduction.consent_withdrawn",
                network=network,
                data={"user": user_id, "membership_ended": True},
            )
    return bool(deleted)


def _note_problem(note: str) -> str | None:
    if not note:
        return _("Write a short note: who you are and why you would like to meet.")
    if len(note) > NOTE_MAX_CHARS:
        return _("Keep the note under %(n)d characters.") % {"n": NOTE_MAX_CHARS}
    return text_problem(note, what=gettext_lazy("the note"), multi=True)


class IntroductionOutcome(StrEnum):
    """What became of a request sent from a form that can be sent again."""

    CREATED = "created"
    REPEATED = "repeated"  # the same form again (a double tap, a retry): nothing more sent
    KEPT_EARLIER = "kept_earlier"  # the same form with an edited note: the first one stands


@dataclass(frozen=True)
class Introduced:
    request: IntroductionRequest
    outcome: IntroductionOutcome


# The same note to the same member is refused for this long, whatever became of it (but
# for a request its member withdrew, which nobody acted on).
SAME_NOTE_WINDOW = timedelta(days=1)


#: What a steward reads who is one of the two a request is about, beside another steward.
ABOUT_YOU = gettext_lazy("Another steward decides this one: it is about you.")


#: What a form without a usable key is told (the page always renders one).
#: Said beside the note, which the form sent back keeps: not "write it again".
_NO_KEY = gettext_lazy(
    "This form is out of date, so nothing was sent; check your note and send it again."
)


def _same_form(
    earlier: IntroductionRequest, *, requester: User, target: User, note: str, share_email: bool
) -> Introduced:
    """The request stored under this form's key, when it is this form's: a key sent again
    for another person is refused (it never reveals their request). An edited note, or the
    email address newly shared or withheld, is a change the first request keeps out."""
    if earlier.requester_id != requester.pk or earlier.target_id != target.pk:
        raise ValidationError(
            {
                "idempotency_key": [
                    _(
                        "This form was already used to ask for another introduction, so "
                        "nothing was sent; check your note and send it again."
                    )
                ]
            }
        )
    same = same_words(earlier.note, note) and earlier.share_email == share_email
    return Introduced(
        earlier, IntroductionOutcome.REPEATED if same else IntroductionOutcome.KEPT_EARLIER
    )


def introduction_request(
    *,
    network: Network,
    requester: User,
    target: User,
    note: str,
    share_email: bool,
    idempotency_key: uuid.UUID | str,
    now: datetime | None = None,
) -> Introduced:
    """Ask to be introduced to `target`. Between two adults when the target agreed to be
    written to, the note is emailed to them (with the requester's address only if they chose
    to share it); otherwise the request waits for the stewards. Once per form (its key, a
    unique constraint: a double tap must not email twice); not the same note to the same
    member within SAME_NOTE_WINDOW (Back and send again carries a new key), withdrawn
    requests aside; no other note emailed to the same member within DIRECT_REST, nor a
    new request within DECLINED_REST of the stewards declining one (asking again at once
    emailed them all again); at most INTRODUCTIONS_PER_DAY a day per requester (withdrawn
    ones too), and one waiting for the stewards per
    requester and target (asking again would only email every steward again). These hold
    for requests sent at the same moment too: each holds the requester's membership row
    first (`membership_lock`), so the checks read after any other request of theirs
    committed, never beside it. Bad input changes nothing."""
    now = now or timezone.now()
    note = (note or "").strip()
    if membership_for(user=requester, network=network) is None:
        raise PermissionDenied(_("Only admitted members of this network can ask for this."))
    key = submission_key(idempotency_key, _NO_KEY)
    errors: dict[str, list[str]] = {}
    if target.pk == requester.pk:
        errors["target"] = [_("That is your own profile: choose someone else to meet.")]
    elif (
        not directory_members(network=network, filters=DirectoryFilters())
        .filter(user=target)
        .exists()
    ):
        errors["target"] = [_("This member is not in this network's directory.")]
    problem = _note_problem(note)
    if problem:
        errors["note"] = [problem]
    if errors:
        raise ValidationError(errors)
    direct = (
        not requester.is_minor
        and not target.is_minor
        and introduction_consent_of(network=network, user=target)
    )
    with transaction.atomic():
        if not membership_lock(network=network, user=requester):
            raise PermissionDenied(_("Only admitted members of this network can ask for this."))
        earlier = IntroductionRequest.objects.filter(network=network, idempotency_key=key).first()
        if earlier is not None:
            return _same_form(
                earlier, requester=requester, target=target, note=note, share_email=share_email
            )
        if introduction_waiting(network=network, requester=requester, target=target):
            raise ValidationError(
                {
                    "__all__": [
                        _(
                            "You already asked to meet %(name)s and the stewards have not "
                            "handled it yet: your request is waiting, so nothing was sent "
                            "again."
                        )
                        % {"name": target.full_name}
                    ]
                }
            )
        if any(
            same_words(sent, note)
            for sent in IntroductionRequest.objects.filter(
                network=network,
                requester=requester,
                target=target,
                created_at__gt=now - SAME_NOTE_WINDOW,
            )
            # A withdrawn one was never acted on: the member may send its words again.
            .exclude(status=IntroductionStatus.WITHDRAWN)
            .values_list("note", flat=True)
        ):
            raise ValidationError(
                {
                    "__all__": [
                        _(
                            "You sent this same note to %(name)s in the last 24 hours, so it "
                            "was not sent again. To add something, write a different note."
                        )
                        % {"name": target.full_name}
                    ]
                }
            )
        resting = introduction_resting(network=network, requester=requester, target=target, now=now)
        if resting is not None:
            raise ValidationError(
                {
                    "__all__": [
                        introduction_rest_message(resting, network=network, name=target.full_name)
                    ]
                }
            )
        if (
            introductions_today(network=network, requester=requester, now=now)
            >= INTRODUCTIONS_PER_DAY
        ):
            raise ValidationError(
                {
                    "__all__": [
                        _(
                            "You have asked for %(n)d introductions in the last 24 hours, the "
                            "most a day. Try again tomorrow, or write to a steward."
                        )
                        % {"n": INTRODUCTIONS_PER_DAY}
                    ]
                }
            )
        try:
            with transaction.atomic():
                request = IntroductionRequest.objects.create(
                    network=network,
                    requester=requester,
                    target=target,
                    note=note,
                    share_email=share_email,
                    route=IntroductionRoute.EMAIL if direct else IntroductionRoute.STEWARD,
                    status=IntroductionStatus.SENT if direct else IntroductionStatus.PENDING,
                    created_at=now,
                    idempotency_key=key,
                )
                audit_record(
                    action="introduction.requested",
                    actor=requester,
                    network=network,
                    target=request,
                    data={"target": target.pk, "route": request.route},
                )
                if direct:
                    transaction.on_commit(lambda: _introduction_email_send(request=request))
                else:
                    transaction.on_commit(lambda: _stewards_notify(request=request))
        except IntegrityError:
            # The same form sent at the same moment won the unique constraint: that one stands.
            earlier = IntroductionRequest.objects.filter(
                network=network, idempotency_key=key
            ).first()
            if earlier is None:
                raise
            return _same_form(
                earlier, requester=requester, target=target, note=note, share_email=share_email
            )
    return Introduced(request, IntroductionOutcome.CREATED)


def introduction_rest_message(earlier: IntroductionRequest, *, network: Network, name: str) -> str:
    """Why a new request to this member (`name`) waits, with the day it may be sent (the
    network's calendar): the refusal, and the profile's notice above the form."""
    if earlier.status == IntroductionStatus.SENT:
        since, rest = earlier.created_at, DIRECT_REST
        text = _(
            "You emailed %(name)s on %(day)s. Give them time to answer: you can write to "
            "them again from %(next)s."
        )
    else:
        since, rest = earlier.decided_at or earlier.created_at, DECLINED_REST
        text = _(
            "The stewards declined your request to meet %(name)s on %(day)s, so nothing was "
            "sent. You can ask again from %(next)s; to talk it over, write to a steward."
        )
    return text % {
        "name": name,
        "day": date_format(date_in(network, since), "DATE_FORMAT"),
        "next": date_format(date_in(network, since + rest) + timedelta(days=1), "DATE_FORMAT"),
    }


def _stewards_notify(*, request: IntroductionRequest) -> None:
    """Tell the stewards a request waits for them: names and the list's address only (the
    note stays on the list, so no typed text crosses the age line by email)."""
    network = request.network
    every = stewards_of_network(network=network)
    deciders = introduction_deciders(request=request, steward_ids=[s.pk for s in every])
    # The requester knows already; a steward asked to meet hears of it only when they decide.
    stewards = [s for s in every if s.pk in deciders and s.pk != request.requester_id]
    context = {
        "request": request,
        "network": network,
        "link": django_settings.SITE_URL
        + reverse("matching:introductions", kwargs={"network_slug": network.slug}),
    }

    def render() -> tuple[str, str]:
        subject = _("An introduction to make (%(network)s)") % {"network": network.name}
        return subject, render_to_string(
            "matching/profiles/email/introduction_pending.txt", context
        )

    # In each steward's language, not the asker's (whose request this runs in).
    mail_send_by_language(
        network=network, recipients=stewards, render=render, free_text=False, after_commit=False
    )


def _profile_path(request: IntroductionRequest, *, of: User | None = None) -> str:
    """A profile of one of the two (the requester's unless `of`): the requester's is where
    the target sees who wrote, the target's where the requester sees what became of their
    request. The directory if that person has since left."""
    network = request.network
    membership = membership_for(user=of or request.requester, network=network)
    if membership is None:
        return reverse("networks:directory", kwargs={"network_slug": network.slug})
    return reverse(
        "matching:profile",
        kwargs={"network_slug": network.slug, "membership_id": membership.pk},
    )


def _introduction_email_send(*, request: IntroductionRequest) -> None:
    """The note to the member who agreed to be written to. The requester's address appears
    in the body only when they chose to share it (one recipient per message, no Reply-To)."""
    network = request.network
    with in_language_of(request.target):  # the target's language, not the requester's
        body = render_to_string(
            "matching/profiles/email/introduction.txt",
            {
                "request": request,
                "network": network,
                "requester": request.requester,
                "link": django_settings.SITE_URL + _profile_path(request),
                # Their own profile, at the switch (the email named the page, not its address).
                "switch_off": django_settings.SITE_URL
                + _profile_path(request, of=request.target)
                + "#intro-pref",
            },
        )
        subject = _("%(name)s would like to meet you (%(network)s)") % {
            "name": request.requester.full_name,
            "network": network.name,
        }
    mail_send(
        network=network,
        subject=subject,
        body=body,
        recipients=[request.target],
        free_text=True,
        authors=[request.requester],
    )


def introduction_decide(
    *,
    introduction: IntroductionRequest,
    actor: User,
    status: str,
    now: datetime | None = None,
) -> IntroductionRequest:
    """A steward marks a pending request introduced ("done") or declined. Only a pending one
    can be decided, once (a conditional update: two stewards cannot both decide it); the
    same steward's same answer again (a double tap) returns the request as it is. A
    steward who asked, or was asked to meet, does not decide while another steward can
    (`introduction_deciders`). The requester (and a youth requester's guardians) are told
    after commit."""
    network = introduction.network
    if not is_network_steward(actor, network):
        raise PermissionDenied(_("Only stewards handle introduction requests."))
    about = (introduction.requester_id, introduction.target_id)
    if actor.pk in about and actor.pk not in introduction_deciders(request=introduction):
        raise ValidationError({"status": [ABOUT_YOU]})
    if status not in (IntroductionStatus.DONE, IntroductionStatus.DECLINED):
        raise ValidationError({"status": [_("Choose “introduced” or “declined”.")]})
    if status == IntroductionStatus.DONE:
        _still_members(introduction)
    now = now or timezone.now()
    with transaction.atomic():
        changed = IntroductionRequest.objects.filter(
            pk=introduction.pk, network=network, status=IntroductionStatus.PENDING
        ).update(status=status, decided_at=now, decided_by=actor)
        if changed != 1:
            if _decided_alike(introduction, actor=actor, status=status):
                # A double tap: this steward's same answer is saved and told already.
                introduction.refresh_from_db()
                return introduction
            if _withdrawn(introduction):
                raise ValidationError(
                    {
                        "status": [
                            _("%(name)s withdrew this request: nothing to do.")
                            % {"name": introduction.requester.full_name}
                        ]
                    }
                )
            raise ValidationError(
                {"status": [_("This request was already handled; reload the list.")]}
            )
        audit_record(
            action=f"introduction.{status}",
            actor=actor,
            network=network,
            target=introduction,
        )
        introduction.status, introduction.decided_at = status, now
        transaction.on_commit(lambda: _outcome_tell(request=introduction))
        if status == IntroductionStatus.DONE:
            _other_way_introduced(introduction, actor=actor, now=now)
    introduction.refresh_from_db()
    return introduction


def _other_way_introduced(introduction: IntroductionRequest, *, actor: User, now: datetime) -> None:
    """The two met: a request waiting the other way (the target asked to meet the
    requester too) is answered by the same introduction. Left waiting, it stayed on the
    list and the home's count, and the stewards introduced them again or its asker never
    heard. The same people decide both (`introduction_deciders` reads the pair). Declining
    one says nothing of the other, which stays."""
    network = introduction.network
    for other in IntroductionRequest.objects.filter(
        network=network,
        requester_id=introduction.target_id,
        target_id=introduction.requester_id,
        status=IntroductionStatus.PENDING,
    ).select_related("requester", "target"):
        changed = IntroductionRequest.objects.filter(
            pk=other.pk, network=network, status=IntroductionStatus.PENDING
        ).update(status=IntroductionStatus.DONE, decided_at=now, decided_by=actor)
        if changed != 1:
            continue  # answered or withdrawn at this very moment: that answer stands
        audit_record(
            action="introduction.done",
            actor=actor,
            network=network,
            target=other,
            data={"with": introduction.pk},
        )
        other.status, other.decided_at, other.decided_by = IntroductionStatus.DONE, now, actor
        transaction.on_commit(functools.partial(_outcome_tell, request=other))


def introduction_withdraw(
    *, introduction: IntroductionRequest, actor: User, now: datetime | None = None
) -> IntroductionRequest:
    """The member who asked takes back a request still waiting for the stewards (they
    changed their mind, or wrote the wrong note): it leaves the stewards' waiting list and
    holds nothing back, so they may ask again. Only the asker (anyone else: not found, as
    the view says), only while pending (a conditional update, so a steward's answer at the
    same moment wins or loses whole); a second press is taken as the first. Nobody is
    emailed: the stewards' notice carried no note, and the list shows it withdrawn."""
    if introduction.requester_id != actor.pk:
        raise PermissionDenied(_("Only the member who asked can withdraw this request."))
    now = now or timezone.now()
    with transaction.atomic():
        changed = IntroductionRequest.objects.filter(
            pk=introduction.pk, network=introduction.network, status=IntroductionStatus.PENDING
        ).update(status=IntroductionStatus.WITHDRAWN, decided_at=now, decided_by=actor)
        introduction.refresh_from_db()
        if changed == 1:
            audit_record(
                action="introduction.withdrawn",
                actor=actor,
                network=introduction.network,
                target=introduction,
            )
        elif introduction.status == IntroductionStatus.SENT:
            raise ValidationError(
                _("Your note was already emailed to %(name)s, so it cannot be withdrawn.")
                % {"name": introduction.target.full_name}
            )
        elif introduction.status != IntroductionStatus.WITHDRAWN:
            raise ValidationError(
                _("The stewards already answered this request, so it cannot be withdrawn.")
            )
    return introduction


def _decided_alike(introduction: IntroductionRequest, *, actor: User, status: str) -> bool:
    """Whether this steward already gave this very answer (the first of two posts of one
    form): nothing more to record or send."""
    return IntroductionRequest.objects.filter(
        pk=introduction.pk, network=introduction.network, status=status, decided_by=actor
    ).exists()


def _withdrawn(introduction: IntroductionRequest) -> bool:
    """Whether its member took it back meanwhile: a steward's answer from a list opened
    before is told so, not that someone "already handled" it."""
    return IntroductionRequest.objects.filter(
        pk=introduction.pk, network=introduction.network, status=IntroductionStatus.WITHDRAWN
    ).exists()


def _still_members(introduction: IntroductionRequest) -> None:
    """Refuse "introduced" once either person is no longer admitted here: someone removed,
    or a youth member suspended because a guardian withdrew consent, whom no adult may be
    introduced to now. Declining stays possible, and tells the requester."""
    network = introduction.network
    for person in (introduction.target, introduction.requester):
        if membership_for(user=person, network=network) is None:
            raise ValidationError(
                {
                    "status": [
                        _(
                            "%(name)s is no longer an active member of this network, so "
                            "this introduction cannot be made: decline the request."
                        )
                        % {"name": person.full_name}
                    ]
                }
            )


def _outcome_tell(*, request: IntroductionRequest) -> None:
    """Tell the requester what the stewards decided (an answer to something they asked,
    so essential mail: notifications' preferences page says introductions always come), in
    their language, linking the profile where their request's state shows. A youth
    requester's guardians (consent standing) are told too: the introduction involves their
    child (safeguards.md). Our words and the two names only, never the note. Only while
    the requester is admitted here, as reminders are: a youth member suspended because a
    guardian withdrew consent is no longer written to, and someone removed could open
    nothing the email links to (the list still shows the answer)."""
    network, requester = request.network, request.requester
    if membership_for(user=requester, network=network) is None:
        return
    context = {
        "request": request,
        "network": network,
        "target": request.target,
        "introduced": request.status == IntroductionStatus.DONE,
        "link": django_settings.SITE_URL + _profile_path(request, of=request.target),
    }
    with in_language_of(requester):
        subject = _outcome_subject(request)
        body = render_to_string("matching/profiles/email/introduction_outcome.txt", context)
    mail_send(network=network, subject=subject, body=body, recipients=[requester], free_text=False)
    # The guardian is an adult outside the cohort: another young person is named to them
    # by first name only (`minor_name`), as to any adult who is not a steward.
    target = request.target
    target_name = minor_name(target.full_name) if target.is_minor else target.full_name
    for email in guardian_emails_of(user=requester):
        # The family's language, never the deciding steward's (whose request this runs in).
        with in_guardian_language(email, youth=requester):
            subject = _outcome_subject(request, name=target_name)
            body = render_to_string(
                "matching/profiles/email/introduction_outcome_guardian.txt",
                {
                    **context,
                    "target_name": target_name,
                    "youth": requester.full_name or _("Your youth member"),
                },
            )
        mail_send(
            network=network,
            subject=subject,
            body=body,
            recipients=[email],
            free_text=False,
        )


def _outcome_subject(request: IntroductionRequest, *, name: str | None = None) -> str:
    values = {"name": name or request.target.full_name, "network": request.network.name}
    if request.status == IntroductionStatus.DONE:
        return _("Introduction made: %(name)s (%(network)s)") % values
    return _("Introduction declined: %(name)s (%(network)s)") % values


def profile_read_record(
    *, network: Network, viewer: User, membership_id: int, person_id: int, person_is_minor: bool
) -> bool:
    """Audit a read of a minor's profile by anyone but the minor (safeguards.md: reads of a
    minor's profile are part of the record). Takes the facts, not the rows: the page may come
    from the cache, the record never does. Returns whether a row was written."""
    if not person_is_minor or person_id == viewer.pk:
        return False
    audit_record(
        action="profile.minor_read",
        actor=viewer,
        network=network,
        target=Membership(pk=membership_id),
        data={"member": person_id},
    )
    return True
