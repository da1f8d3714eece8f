"""Every write to people goes through here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from collaboratory.audit.services import audit_record
from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.people.models import (
    MINOR_AGE_BANDS,
    GuardianConsent,
    OfferedAsset,
    PrivateSelfDescription,
    Profile,
    User,
)
from collaboratory.people.photos import photo_reencode

SELF_DESCRIPTION_POLICY_VERSION = "2026-11"


def normalize_email(email: str) -> str:
    """One spelling per address, so Alice@Example.org and alice@example.org are one person."""
    email = (email or "").strip()
    validate_email(email)
    return email.lower()


def user_create(
    *,
    email: str,
    full_name: str = "",
    password: str | None = None,
    is_platform_admin: bool = False,
    **fields: Any,
) -> User:
    """Create an account. Without a password the account logs in by emailed code only."""
    email = normalize_email(email)
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": _("An account with this email already exists.")})
    user = User(
        email=email,
        full_name=full_name.strip(),
        is_superuser=is_platform_admin,
        is_staff=is_platform_admin,
        **fields,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    return user


@dataclass(frozen=True)
class NewUser:
    email: str
    full_name: str
    age_band: str = ""
    city: str = ""
    region: str = ""


def users_bulk_create(*, rows: Sequence[NewUser], password: str | None = None) -> list[User]:
    """Create many accounts in one transaction (demo generator, roster import).

    Hashing a password costs ~100 ms with Django's default hasher, so a shared password is
    hashed once and the hash reused; without one the accounts log in by emailed code.
    """
    encoded = make_password(password) if password else make_password(None)
    users = [
        User(
            email=normalize_email(row.email),
            full_name=row.full_name,
            age_band=row.age_band,
            city=row.city,
            region=row.region,
            password=encoded,
        )
        for row in rows
    ]
    with transaction.atomic():
        return User.objects.bulk_create(users, batch_size=1000)


def self_description_set(
    *,
    user: User,
    race_ethnicity: Iterable[str] = (),
    race_self_described: str = "",
    ideology: int | None = None,
) -> PrivateSelfDescription:
    """Record a person's own self-description; calling it is the consent to the one purpose."""
    if user.is_minor:
        raise ValidationError(_("Self-descriptions are not offered to youth members."))
    record, _created = PrivateSelfDescription.objects.update_or_create(
        user=user,
        defaults={
            "race_ethnicity": sorted(set(race_ethnicity)),
            "race_self_described": race_self_described.strip(),
            "ideology": ideology,
            "consented_at": timezone.now(),
            "consent_policy_version": SELF_DESCRIPTION_POLICY_VERSION,
        },
    )
    record.full_clean()
    return record


def self_description_withdraw(*, user: User) -> None:
    """Withdrawing consent deletes the values at once, and the person's digests in the
    insights snapshots with them (the published aggregates stay)."""
    from collaboratory.insights.services import sensitive_snapshots_forget

    with transaction.atomic():
        PrivateSelfDescription.objects.filter(user=user).delete()
        sensitive_snapshots_forget(user_id=user.pk)


def self_descriptions_bulk_create(
    *, rows: Sequence[PrivateSelfDescription]
) -> list[PrivateSelfDescription]:
    """Insert consented self-descriptions in bulk (demo generator). Minors are refused."""
    if any(row.user.is_minor for row in rows):
        raise ValidationError(_("Self-descriptions are not offered to youth members."))
    now = timezone.now()
    for row in rows:
        row.consented_at = row.consented_at or now
        row.consent_policy_version = SELF_DESCRIPTION_POLICY_VERSION
    return PrivateSelfDescription.objects.bulk_create(rows, batch_size=1000)


def _clean_tags(raw: str) -> list[str]:
    tags = []
    for piece in raw.split(","):
        tag = " ".join(piece.split()).lower()
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def profile_update(
    *,
    user: User,
    bio: str = "",
    issue_areas: str = "",
    city: str = "",
    region: str = "",
) -> Profile:
    """A person edits their own profile: about me, issue areas (comma-separated), place."""
    tags = _clean_tags(issue_areas)
    errors: dict[str, str] = {}
    if len(tags) > 12:
        errors["issue_areas"] = _("List at most 12 issue areas, separated by commas.")
    elif any(len(t) > 40 for t in tags):
        errors["issue_areas"] = _("Keep each issue area under 40 characters.")
    if len(bio) > 2000:
        errors["bio"] = _("Keep the text about you under 2,000 characters.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        profile, _created = Profile.objects.get_or_create(user=user)
        profile.bio = bio.strip()
        profile.issue_tags = "," + ",".join(tags) + "," if tags else ""
        profile.full_clean()
        profile.save()
        User.objects.filter(pk=user.pk).update(city=city.strip()[:100], region=region.strip()[:100])
        user.city, user.region = city.strip()[:100], region.strip()[:100]
        audit_record(action="profile.updated", actor=user, target=profile)
    return profile


def offered_asset_add(*, user: User, kind: str, category: str, description: str) -> OfferedAsset:
    errors: dict[str, str] = {}
    if kind not in CapitalKind.values:
        errors["kind"] = _(
            "Choose the kind of capital: social, intellectual, institutional or financial."
        )
    if category not in HelpCategory.values:
        errors["category"] = _("Choose a category from the list.")
    description = " ".join(description.split())
    if not description:
        errors["description"] = _("Say what you can offer, in a few words.")
    elif len(description) > 300:
        errors["description"] = _("Keep the description under 300 characters.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        asset = OfferedAsset.objects.create(
            user=user, kind=kind, category=category, description=description
        )
        audit_record(action="offered_asset.added", actor=user, target=asset)
    return asset


def offered_asset_remove(*, user: User, asset_id: int) -> None:
    """A person removes one of their own offered assets (someone else's id does nothing)."""
    with transaction.atomic():
        deleted, _rows = OfferedAsset.objects.filter(user=user, pk=asset_id).delete()
        if deleted:
            audit_record(action="offered_asset.removed", actor=user, data={"id": asset_id})


def offered_assets_bulk_create(*, rows: Sequence[OfferedAsset]) -> list[OfferedAsset]:
    """Insert many offered assets (demo generator)."""
    return OfferedAsset.objects.bulk_create(rows, batch_size=1000)


def profiles_bulk_create(*, rows: Sequence[Profile]) -> list[Profile]:
    """Insert many profiles (demo generator)."""
    return Profile.objects.bulk_create(rows, batch_size=1000)


# --- Guardian consent for youth members -----------------------------------------------------

GUARDIAN_POLICY_VERSION = "youth-2026-11"
GUARDIAN_LINK_HOURS = 72


class ConsentLinkUnusable(Exception):
    """Unknown, expired, revoked or already used: one answer for all."""


def guardian_consent_request(
    *, user: User, network: Any, guardian_email: str
) -> tuple[GuardianConsent, str]:
    """Ask the guardian to confirm; emails a single-use link valid for 72 hours."""
    from django_scopes import scopes_disabled

    from collaboratory.networks.mail import mail_send
    from collaboratory.networks.tokens import new_token, token_digest

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
    with scopes_disabled(), transaction.atomic():
        consent = GuardianConsent.objects.create(
            network=network,
            user=user,
            guardian_email=guardian_email,
            token_digest=token_digest(token),
            expires_at=timezone.now() + timedelta(hours=GUARDIAN_LINK_HOURS),
        )
        audit_record(action="guardian_consent.requested", network=network, target=consent)
        link = settings.SITE_URL + reverse("consent:confirm", kwargs={"token": token})
        subject = _("Please confirm %(name)s's place in %(network)s") % {
            "name": user.full_name,
            "network": network.name,
        }
        body = render_to_string(
            "people/email/guardian_consent.txt",
            {"youth": user, "network": network, "link": link, "hours": GUARDIAN_LINK_HOURS},
        )
        transaction.on_commit(
            lambda: mail_send(
                network=network,
                subject=subject,
                body=body,
                recipients=[guardian_email],
                free_text=False,
            )
        )
    return consent, token


def guardian_consent_for_token(*, token: str) -> GuardianConsent | None:
    from django_scopes import scopes_disabled

    from collaboratory.networks.tokens import token_digest

    with scopes_disabled():
        return (
            GuardianConsent.objects.select_related("user", "network")
            .filter(
                token_digest=token_digest(token),
                confirmed_at__isnull=True,
                revoked_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .first()
        )


def guardian_consent_confirm(
    *, token: str, guardian_name: str, agree: bool, request: Any = None
) -> tuple[GuardianConsent, str]:
    """The guardian confirms: one conditional UPDATE (single use), then the youth's membership
    becomes active. Returns the consent and the guardian's revoke token (emailed)."""
    from django_scopes import scopes_disabled

    from collaboratory.networks.mail import mail_send
    from collaboratory.networks.services import membership_consent_granted
    from collaboratory.networks.tokens import new_token, token_digest

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
    with scopes_disabled(), transaction.atomic():
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
        body = render_to_string(
            "people/email/guardian_confirmed.txt",
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


def guardian_consent_for_revoke_token(*, token: str) -> GuardianConsent | None:
    from django_scopes import scopes_disabled

    from collaboratory.networks.tokens import token_digest

    with scopes_disabled():
        return (
            GuardianConsent.objects.select_related("user", "network")
            .filter(revoke_token_digest=token_digest(token), revoked_at__isnull=True)
            .first()
        )


def guardian_consent_revoke(*, token: str, request: Any = None) -> GuardianConsent:
    """The guardian withdraws consent: the youth's membership is suspended at once."""
    from django_scopes import scopes_disabled

    from collaboratory.networks.services import membership_consent_revoked
    from collaboratory.networks.tokens import token_digest

    with scopes_disabled(), transaction.atomic():
        used = GuardianConsent.objects.filter(
            revoke_token_digest=token_digest(token), revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if used != 1:
            raise ConsentLinkUnusable
        consent = GuardianConsent.objects.select_related("user", "network").get(
            revoke_token_digest=token_digest(token)
        )
        membership_consent_revoked(network=consent.network, user=consent.user)
        audit_record(
            action="guardian_consent.revoked",
            network=consent.network,
            target=consent,
            request=request,
        )
    return consent


def account_delete(*, user: User, confirm_email: str, request: Any = None) -> None:
    """Delete a person's account: personal rows removed (profile, offers, self-description,
    memberships, consents), network records that name them pseudonymized (invitations,
    nominations of them), audit rows kept with the person no longer named."""
    from django_scopes import scopes_disabled

    from collaboratory.audit.services import audit_pseudonymize_actor
    from collaboratory.insights.services import sensitive_snapshots_forget
    from collaboratory.networks.models import Invitation, Nomination

    if confirm_email.strip().lower() != user.email.lower():
        raise ValidationError(
            {"confirm_email": _("Type your own email address exactly to confirm the deletion.")}
        )
    user_id, email = user.pk, user.email
    with scopes_disabled(), transaction.atomic():
        placeholder = f"deleted-{user_id}@invalid"
        Invitation.objects.filter(email__iexact=email).update(
            email=placeholder, full_name="deleted person"
        )
        Nomination.objects.filter(nominee_email__iexact=email).update(
            nominee_email=placeholder, nominee_name="deleted person", reasons=""
        )
        audit_record(action="account.deleted", actor=user, data={}, request=request)
        audit_pseudonymize_actor(user_id=user_id)
        PrivateSelfDescription.objects.filter(user_id=user_id).delete()
        sensitive_snapshots_forget(user_id=user_id)
        profile = Profile.objects.filter(user_id=user_id).exclude(photo="").first()
        if profile is not None:
            photo, storage = profile.photo.name, profile.photo.storage
            transaction.on_commit(lambda: storage.delete(photo))
        User.objects.filter(pk=user_id).delete()


def guardian_consents_bulk_create(*, rows: Sequence[GuardianConsent]) -> list[GuardianConsent]:
    """Insert consent records in bulk (demo generator); only for minors."""
    from django_scopes import scopes_disabled

    user_ids = {row.user_id for row in rows}
    if User.objects.filter(pk__in=user_ids).exclude(age_band__in=MINOR_AGE_BANDS).exists():
        raise ValidationError(_("Guardian consent is for youth members only."))
    with scopes_disabled():
        return GuardianConsent.objects.bulk_create(rows, batch_size=1000)


def profile_photo_set(*, user: User, upload: Any) -> Profile:
    """An optional photo, stored re-encoded (people/photos.py): what fellow members receive
    is pixels only, never the uploaded file with its EXIF GPS and other metadata."""
    clean = photo_reencode(upload, size=upload.size)
    with transaction.atomic():
        profile, _created = Profile.objects.get_or_create(user=user)
        old = profile.photo.name if profile.photo else ""
        profile.photo.save("photo", ContentFile(clean.content), save=False)
        profile.photo_type = clean.content_type
        profile.save(update_fields=["photo", "photo_type"])
        audit_record(action="profile.photo_set", actor=user, target=profile)
        if old:
            storage = profile.photo.storage
            transaction.on_commit(lambda: storage.delete(old))
    return profile


def profile_photo_remove(*, user: User) -> None:
    with transaction.atomic():
        profile = Profile.objects.filter(user=user).first()
        if profile is None or not profile.photo:
            return
        old, storage = profile.photo.name, profile.photo.storage
        Profile.objects.filter(pk=profile.pk).update(photo="", photo_type="")
        audit_record(action="profile.photo_removed", actor=user, target=profile)
        transaction.on_commit(lambda: storage.delete(old))
