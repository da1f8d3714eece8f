"""A youth member turns 18: the guardian's part ends and the account takes the adult
defaults. Run for a person on their own request (networks.middleware) and for everyone by
the daily task; every guardian's view, link, approval and notice also asks
`networks.selectors.under_guardians` itself, so nothing waits for either."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.networks.adulthood import ADULT_AGE, age_on, is_of_age
from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import (
    Membership,
    MembershipStatus,
    Network,
    NetworkKind,
    Role,
)
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import came_of_age
from collaboratory.networks.services.invitations import band_at
from collaboratory.people.models import MINOR_AGE_BANDS, AgeBand, User

# The adult band an 18-year-old is in.
ADULT_BAND = AgeBand.AGE_18_29

ComingOfAgeHook = Callable[..., object]  # called as fn(network=..., user_id=...)
_coming_of_age_hooks: list[ComingOfAgeHook] = []


def on_coming_of_age(fn: ComingOfAgeHook) -> ComingOfAgeHook:
    """Register `fn(network=..., user_id=...)`: called in the same transaction, once per
    cohort the person is in, when a youth member turns 18, for the guardian's rows of apps
    above networks (the youth program's guardian links)."""
    if fn not in _coming_of_age_hooks:
        _coming_of_age_hooks.append(fn)
    return fn


ComingOfAgeNote = Callable[..., str]  # called as fn(network=..., user=..., admitted=...)
_coming_of_age_notes: list[ComingOfAgeNote] = []


def on_coming_of_age_note(fn: ComingOfAgeNote) -> ComingOfAgeNote:
    """Register `fn(network=..., user=..., admitted=...)`: text to add to the young adult's
    email from one cohort, for what apps above networks still hold of the minor there (the
    youth program's money still waiting for a guardian); "" for nothing. Called inside the
    transaction, in the person's language, once per youth cohort they have a place in,
    admitted or not (`admitted` says which; the cohorts still admitted come first, so what
    one of them can ask about is theirs): a note claims what it lists (a unique row), so a
    retry or a second cohort lists nothing twice, and a rollback claims nothing. A cohort
    the person left writes to them only when a note has something to say."""
    if fn not in _coming_of_age_notes:
        _coming_of_age_notes.append(fn)
    return fn


def youth_member_comes_of_age(*, user: User, now: datetime | None = None) -> bool:
    """If the person turned 18 (`came_of_age`), move the account to the adult age band and
    end what guardians had: one conditional UPDATE of the age band, so of two requests (or a
    request and the periodic run) one does it. Nothing else a minor had is carried over:
    what adults choose for themselves (an introduction by email, a self-description) starts
    unchosen. A place still waiting for the guardian's consent opens: an adult needs
    nobody's, and nobody else could admit them (a steward may not admit a student without
    consent; the guardian's link stops on the birthday).

    Also the catch-up for someone already an adult (moved by an earlier version that had
    no admission at 18 and no money note): what is still undone is done now, each part once
    by its own condition (the status UPDATE; the notes' unique rows).

    Each admitted cohort tells the person in its own email (in their language, after
    commit) with its own notes: one email for all listed only the first cohort's money.
    Returns whether anything happened now."""
    now = now or timezone.now()
    if user.is_minor and not came_of_age(user=user, now=now):
        return False
    with transaction.atomic():
        moved = False
        if user.is_minor:
            moved = (
                User.objects.filter(pk=user.pk, age_band__in=MINOR_AGE_BANDS).update(
                    age_band=ADULT_BAND
                )
                == 1
            )
            if not moved:
                return False  # another request or run did it, and told
            user.age_band = ADULT_BAND
        with scopes_disabled():  # the person's own rows, whichever cohort holds them
            memberships = sorted(
                Membership.objects.filter(user=user, role=Role.YOUTH_MEMBER).select_related(
                    "network"
                ),
                # The cohorts they are (or are about to be) admitted to first: a note of a
                # cohort they left takes only what none of those could ask about.
                key=lambda m: (not (m.is_admitted or _awaits_consent(m)), m.network_id),
            )
        tell: list[tuple[Network, bool, str, bool]] = []
        for membership in memberships:
            admitted = membership.status == MembershipStatus.PENDING_CONSENT and _admit(
                membership, now
            )
            if admitted:
                # Still waiting for a guardian who no longer has a say: an adult needs
                # nobody's consent, and nobody else could admit them.
                membership.status = MembershipStatus.ACTIVE
                audit_record(
                    action="membership.admitted_at_18",
                    network=membership.network,
                    target=membership,
                )
            if moved:
                for hook in _coming_of_age_hooks:
                    hook(network=membership.network, user_id=user.pk)
                audit_record(
                    action="membership.came_of_age",
                    network=membership.network,
                    target=membership,
                    data={"age_band": ADULT_BAND},
                )
            if membership.network.kind != NetworkKind.YOUTH:
                continue
            stays = membership.is_admitted
            with override(user.email_language):
                notes = "".join(
                    note(network=membership.network, user=user, admitted=stays)
                    for note in _coming_of_age_notes
                )
            if (stays and (moved or admitted)) or notes:
                tell.append((membership.network, admitted, notes, stays))
        for network, admitted, notes, stays in tell:
            transaction.on_commit(
                partial(
                    _tell,
                    user=user,
                    network=network,
                    birthday=moved and stays,
                    admitted=admitted,
                    notes=notes,
                    left=not stays,
                )
            )
    return moved or bool(tell)


def _awaits_consent(membership: Membership) -> bool:
    return membership.status == MembershipStatus.PENDING_CONSENT


def _admit(membership: Membership, now: datetime) -> bool:
    """A membership still waiting for the guardian's consent becomes active (conditional)."""
    with scopes_disabled():  # the person's own row, whichever cohort holds it
        return bool(
            Membership.objects.filter(
                pk=membership.pk, status=MembershipStatus.PENDING_CONSENT
            ).update(status=MembershipStatus.ACTIVE, joined_at=now)
        )


def _tell(
    *,
    user: User,
    network: Network,
    birthday: bool,
    admitted: bool,
    notes: str,
    left: bool = False,
) -> None:
    """The young adult's notice from one cohort, in their language: on the birthday what
    changed; on a catch-up only what was still undone (a place that opened, money to
    decide). From a cohort they left, only what its notes say (money withdrawn there)."""
    with override(user.email_language):
        values = {"name": user.full_name, "network": network.name}
        if left:
            mail_send(
                network=network,
                subject=_("Money you offered in %(network)s before turning 18") % values,
                body=(_("Hello %(name)s,") % values) + notes,
                recipients=[user],
                free_text=False,
            )
            return
        welcome = (
            _(
                "You no longer need your parent's or guardian's consent to take part: your "
                "place in %(network)s, which was waiting for it, is open now. Sign in to "
                "start.\n\n"
            )
            % values
            if admitted
            else ""
        )
        if birthday:
            subject = _("Happy 18th birthday, %(name)s") % values
            body = welcome + (
                _(
                    "Hello %(name)s,\n\n"
                    "You are 18 now, so in %(network)s you take part as an adult:\n"
                    "- your parent or guardian no longer sees your page, gets emails about you "
                    "or approves your money commitments; their links have stopped working;\n"
                    "- a money commitment still waiting for their approval is yours to decide "
                    "now: keep it or withdraw it on your Youth program page;\n"
                    "- what adults choose for themselves starts unchosen: being emailed "
                    "introduction requests, and describing yourself for the diversity figures. "
                    "Both are on your profile pages when you want them.\n\n"
                    "Nothing else changes: you stay in your cohort until the program ends."
                )
                % values
            )
        elif admitted:
            subject = _("Your place in %(network)s is open") % values
            body = (_("Hello %(name)s,") % values) + "\n\n" + welcome.rstrip()
        else:
            subject = _("Money you offered before turning 18 waits for your decision")
            body = _("Hello %(name)s,") % values
    mail_send(
        network=network,
        subject=subject,
        body=body + notes,
        recipients=[user],
        free_text=False,
    )


def youth_members_come_of_age(*, network: Network, now: datetime | None = None) -> int:
    """The periodic run for one cohort: everyone in it whose 18th birthday has come on its
    calendar and whose account is still a minor's, and (the catch-up) every adult whose
    place here still waits for a guardian's consent: an earlier version moved the account
    on the birthday without opening it. Returns how many were moved or caught up now."""
    now = now or timezone.now()
    today = date_in(network, now)
    rows = Membership.objects.filter(network=network, role=Role.YOUTH_MEMBER).filter(
        Q(born_on__isnull=False, born_on__lte=today, user__age_band__in=MINOR_AGE_BANDS)
        | (Q(status=MembershipStatus.PENDING_CONSENT) & ~Q(user__age_band__in=MINOR_AGE_BANDS))
    )
    due = [
        m.user
        for m in rows.select_related("user")
        if not m.user.is_minor or (m.born_on is not None and is_of_age(m.born_on, today))
    ]
    return sum(youth_member_comes_of_age(user=person, now=now) for person in due)


def youth_birth_date_record(
    *, network: Network, user: User, born_on: date | None, actor: User, now: datetime | None = None
) -> None:
    """A cohort steward records the date of birth of a student who joined before it was
    asked (none is stored, so their guardian's part could never end at 18). Once only: a
    date already given is the person's own, not a steward's to change. An age band that
    disagrees follows the date; a date that already says 18 ends the guardian's part at
    once (`youth_member_comes_of_age`), as the birthday would have."""
    now = now or timezone.now()
    if born_on is None:
        raise ValidationError({"born_on": _("Give the date of birth.")})
    age = age_on(born_on, date_in(network, now))
    if age < 13:
        raise ValidationError({"born_on": _("People under 13 cannot have an account.")})
    with transaction.atomic():
        recorded = Membership.objects.filter(
            network=network, user=user, role=Role.YOUTH_MEMBER, born_on__isnull=True
        ).update(born_on=born_on)
        if recorded != 1:
            raise ValidationError(
                {"born_on": _("A date of birth is already recorded for this member.")}
            )
        if age < ADULT_AGE and user.age_band in MINOR_AGE_BANDS:
            User.objects.filter(pk=user.pk).update(age_band=band_at(age))
            user.age_band = band_at(age)
        audit_record(
            action="membership.born_on_recorded",
            actor=actor,
            network=network,
            target=Membership.objects.get(network=network, user=user),
            data={"adult": age >= ADULT_AGE},
        )
        youth_member_comes_of_age(user=user, now=now)
