"""Guardian consent for youth members: the guardian is emailed a single-use link; confirming
activates the youth's membership and sends a revoke link; revoking suspends it.

The record (`people.GuardianConsent`) belongs to the person, but what consent does happens to
a membership, so the flow lives here, where memberships are."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_scopes import scope, scopes_disabled

from collaboratory.audit.services import audit_record
from collaboratory.networks.mail import mail_retries_drop, mail_retries_supersede, mail_send
from collaboratory.networks.models import (
    ADMITTED_STATUSES,
    Membership,
    MembershipStatus,
    Network,
    Role,
)
from collaboratory.networks.selectors import (
    guardian_consent_for_revoke_token,
    guardian_consent_for_token,
    under_guardians,
)
from collaboratory.networks.services.memberships import (
    membership_consent_granted,
    membership_consent_revoked,
)
from collaboratory.networks.tokens import new_token, token_digest
from collaboratory.people.models import MINOR_AGE_BANDS, GuardianConsent, User
from collaboratory.people.services import normalize_email

GUARDIAN_POLICY_VERSION = "youth-2026-11"
GUARDIAN_LINK_HOURS = 72


class ConsentLinkUnusable(Exception):
    """Unknown, expired, revoked or already used: one answer for all."""


def consent_topic(user_id: int) -> str:
    """The `mail_send` topic of a youth member's consent link: one works at a time."""
    return f"guardian-consent:{user_id}"


def guardian_consent_request(
    *, user: User, network: Network, guardian_email: str
) -> tuple[GuardianConsent, str]:
    """Ask the guardian to confirm; emails a single-use link valid for 72 hours."""
    try:
        guardian_email = normalize_email(guardian_email)
    except ValidationError as error:
        raise ValidationError(
            {"guardian_email": _("Enter the guardian's email, like name@example.org.")}
        ) from error
    if guardian_email == user.email:
        raise ValidationError(
            {"guardian_email": _("The guardian's email must differ from the student's.")}
        )
    token = new_token()
    with scope(network=network), transaction.atomic():
        consent = GuardianConsent.objects.create(
            network=network,
            user=user,
            guardian_email=guardian_email,
            token_digest=token_digest(token),
            expires_at=timezone.now() + timedelta(hours=GUARDIAN_LINK_HOURS),
        )
        audit_record(action="guardian_consent.requested", network=network, target=consent)
        link = settings.SITE_URL + reverse("consent:confirm", kwargs={"token": token})
        # The guardian has no account: they read the language the youth uses.
        with translation.override(user.language or translation.get_language()):
            subject = _("Please confirm %(name)s's place in %(network)s") % {
                "name": user.full_name,
                "network": network.name,
            }
            body = render_to_string(
                "networks/email/guardian_consent.txt",
                {"youth": user, "network": network, "link": link, "hours": GUARDIAN_LINK_HOURS},
            )
        transaction.on_commit(
            lambda: mail_send(
                network=network,
                subject=subject,
                body=body,
                recipients=[guardian_email],
                free_text=False,
                # A link sent again (`guardian_consent_resend`) replaces this one: its copy
                # still kept for the mail server is dropped, not sent dead and late.
                topic=consent_topic(user.pk),
            )
        )
    return consent, token


def guardian_consent_confirm(
    *, token: str, guardian_name: str, agree: bool, request: HttpRequest | None = None
) -> tuple[GuardianConsent, str]:
    """The guardian confirms: one conditional UPDATE (single use), then the youth's membership
    becomes active. Returns the consent and the guardian's revoke token (emailed)."""
    errors: dict[str, str] = {}
    guardian_name = " ".join(guardian_name.split())
    if not guardian_name:
        errors["guardian_name"] = _("Give your full name: the consent record keeps it.")
    if not agree:
        errors["agree"] = _("Tick the box to confirm you are the parent or guardian and agree.")
    if errors:
        raise ValidationError(errors)
    revoke_token = new_token()
    now = timezone.now()
    # The link names no network: its row is found by digest alone, across networks.
    with scopes_disabled(), transaction.atomic():
        if guardian_consent_for_token(token=token) is None:  # the youth turned 18, say
            raise ConsentLinkUnusable
        used = GuardianConsent.objects.filter(
            token_digest=token_digest(token),
            confirmed_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=now,
        ).update(
            confirmed_at=now,
            guardian_name=guardian_name,
            method=GuardianConsent.METHOD_EMAILED_LINK,
            policy_version=GUARDIAN_POLICY_VERSION,
            revoke_token_digest=token_digest(revoke_token),
        )
        if used != 1:
            raise ConsentLinkUnusable
        consent = GuardianConsent.objects.select_related("user", "network").get(
            token_digest=token_digest(token)
        )
        membership_consent_granted(network=consent.network, user=consent.user)
        audit_record(
            action="guardian_consent.confirmed",
            network=consent.network,
            target=consent,
            data={"policy_version": GUARDIAN_POLICY_VERSION},
            request=request,
        )
        link = settings.SITE_URL + reverse("consent:revoke", kwargs={"token": revoke_token})
        with translation.override(consent.user.language or translation.get_language()):
            body = render_to_string(
                "networks/email/guardian_confirmed.txt",
                {"youth": consent.user, "network": consent.network, "link": link},
            )
            subject = _("Consent recorded for %(name)s") % {"name": consent.user.full_name}
        recipient, network = consent.guardian_email, consent.network
        transaction.on_commit(
            lambda: mail_send(
                network=network,
                subject=subject,
                body=body,
                recipients=[recipient],
                free_text=False,
            )
        )
    return consent, revoke_token


def guardian_consent_revoke(*, token: str, request: HttpRequest | None = None) -> GuardianConsent:
    """The guardian withdraws consent: the youth's membership is suspended at once."""
    # The link names no network: its row is found by digest alone, across networks.
    with scopes_disabled(), transaction.atomic():
        if guardian_consent_for_revoke_token(token=token) is None:  # the youth turned 18
            raise ConsentLinkUnusable
        used = GuardianConsent.objects.filter(
            revoke_token_digest=token_digest(token), revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if used != 1:
            raise ConsentLinkUnusable
        consent = GuardianConsent.objects.select_related("user", "network").get(
            revoke_token_digest=token_digest(token)
        )
        membership_consent_revoked(network=consent.network, user=consent.user)
        _guardian_mail_drop(consent)
        audit_record(
            action="guardian_consent.revoked",
            network=consent.network,
            target=consent,
            request=request,
        )
    return consent


def _guardian_mail_drop(consent: GuardianConsent) -> None:
    """The revocation itself needs no email to the guardian (its page says it is done), and
    nothing else may reach them from now on: a consent link still kept for the mail server,
    and whatever else waits for their address in the cohort and its host network (a step's
    notice, the view's link, a money approval, all about the youth), are dropped. Not where
    the address is admitted in its own right: that mail is the member's own. Nor where it
    still stands for another young person (a sibling in the cohort, or in another cohort of
    the host): the kept mail names no youth, and what waits about the sibling (their
    consent link, their view's link, a money approval) would be lost."""
    mail_retries_supersede(
        network=consent.network, topic=consent_topic(consent.user_id), reason="consent revoked"
    )
    for place in (consent.network, consent.network.parent):
        if place is None:
            continue
        own = Membership.objects.filter(
            network=place,
            user__email__iexact=consent.guardian_email,
            status__in=ADMITTED_STATUSES,
        ).exists()
        cohorts = [consent.network_id] if place == consent.network else [place.pk]
        if place != consent.network:
            cohorts += list(Network.objects.filter(parent=place).values_list("pk", flat=True))
        sibling = (
            GuardianConsent.objects.filter(
                network_id__in=cohorts,
                guardian_email__iexact=consent.guardian_email,
                revoked_at__isnull=True,
            )
            .exclude(user_id=consent.user_id)
            .exists()
        )
        if not own and not sibling:
            mail_retries_drop(to=consent.guardian_email, network=place)


def guardian_consent_resend(*, network: Network, user: User, actor: User) -> GuardianConsent:
    """A steward emails the guardian a new consent link for a student still waiting (the
    72-hour link ran out or the email went astray: the unusable-link page tells the
    guardian to ask the stewards, who had no way to). Same guardian's address as the last
    request; a link still running is turned off, so one works at a time. Refused when the
    student no longer waits (admitted, suspended, gone) or is 18 (nobody's consent needed)."""
    now = timezone.now()
    with scope(network=network):
        waiting = Membership.objects.filter(
            network=network,
            user=user,
            role=Role.YOUTH_MEMBER,
            status=MembershipStatus.PENDING_CONSENT,
        ).exists()
        latest = (
            GuardianConsent.objects.filter(
                network=network, user=user, confirmed_at__isnull=True, revoked_at__isnull=True
            )
            .order_by("-pk")
            .first()
        )
    if not waiting:
        raise ValidationError(_("This student is not waiting for a guardian's consent."))
    if not under_guardians(user=user, now=now):
        raise ValidationError(_("This student is 18: no guardian's consent is needed."))
    if latest is None:
        raise ValidationError(_("No guardian's address is on file for this student."))
    with scope(network=network), transaction.atomic():
        GuardianConsent.objects.filter(
            network=network,
            user=user,
            confirmed_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=now,
        ).update(expires_at=now)
        consent, _token = guardian_consent_request(
            user=user, network=network, guardian_email=latest.guardian_email
        )
        audit_record(action="guardian_consent.resent", actor=actor, network=network, target=consent)
    return consent


def guardian_consents_bulk_create(*, rows: Sequence[GuardianConsent]) -> list[GuardianConsent]:
    """Insert consent records in bulk (demo generator); only for minors."""
    user_ids = {row.user_id for row in rows}
    if User.objects.filter(pk__in=user_ids).exclude(age_band__in=MINOR_AGE_BANDS).exists():
        raise ValidationError(_("Guardian consent is for youth members only."))
    # An insert reads nothing, so it needs no scope: each row names its own network.
    return GuardianConsent.objects.bulk_create(rows, batch_size=1000)
