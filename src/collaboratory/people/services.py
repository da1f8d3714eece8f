"""Every write to people goes through here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings as django_settings
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.audit.services import audit_pseudonymize_actor, audit_record
from collaboratory.capital import CapitalKind, HelpCategory, kind_or_default
from collaboratory.people import contact
from collaboratory.people.contact import contact_details_in
from collaboratory.people.models import (
    OfferedAsset,
    PrivateSelfDescription,
    Profile,
    RaceEthnicity,
    User,
)
from collaboratory.people.photos import photo_reencode
from collaboratory.people.selectors import account_delete_refusals

SELF_DESCRIPTION_POLICY_VERSION = "2026-11"


# --- What other apps forget with a person -----------------------------------------------------
#
# Apps above people (networks, insights) keep rows derived from a person. They register here,
# from their AppConfig.ready(), a function that forgets them, and people calls each one inside
# its own transaction. An explicit registry and not a signal: the forgetting must happen at
# once and all or nothing, so a failure has to propagate and roll the deletion back (a signal
# receiver that raises is easy to send "robustly" past, and one that was never connected fails
# silently); the list can be read in a test; and the order is the registration order.

SelfDescriptionForget = Callable[..., object]  # called as fn(user_id=...)
AccountDeleteHook = Callable[..., object]  # called as fn(user_id=..., email=...)
_self_description_hooks: list[SelfDescriptionForget] = []
_account_delete_hooks: list[AccountDeleteHook] = []


def on_self_description_forget(fn: SelfDescriptionForget) -> SelfDescriptionForget:
    """Register `fn(user_id=...)`: called in the same transaction when a person withdraws
    their self-description or deletes their account, to forget what was derived from it."""
    if fn not in _self_description_hooks:
        _self_description_hooks.append(fn)
    return fn


def on_account_delete(fn: AccountDeleteHook) -> AccountDeleteHook:
    """Register `fn(user_id=..., email=...)`: called in the deletion's transaction, before
    the account row goes, to pseudonymize records that name the person."""
    if fn not in _account_delete_hooks:
        _account_delete_hooks.append(fn)
    return fn


def _self_description_forget(*, user_id: int) -> None:
    for forget in _self_description_hooks:
        forget(user_id=user_id)


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


def user_password_set(*, user: User, password: str) -> None:
    """Give an account a (validated) password, so it can log in without an emailed code."""
    user.set_password(password)
    user.save(update_fields=["password"])


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
    """Record a person's own self-description; calling it is the consent to the one purpose.
    Every value is checked before anything is written: a refused one changes nothing."""
    if user.is_minor:
        raise ValidationError(_("Self-descriptions are not offered to youth members."))
    races = sorted(set(race_ethnicity))
    if any(race not in RaceEthnicity.values for race in races):
        raise ValidationError(
            {"race_ethnicity": _("Choose from the races and ethnicities listed.")}
        )
    with transaction.atomic():
        record = PrivateSelfDescription.objects.select_for_update().filter(user=user).first()
        record = record or PrivateSelfDescription(user=user)
        record.race_ethnicity = races
        record.race_self_described = race_self_described.strip()
        record.ideology = ideology
        record.consented_at = timezone.now()
        record.consent_policy_version = SELF_DESCRIPTION_POLICY_VERSION
        record.full_clean(validate_unique=False)
        record.save()
    return record


def self_description_withdraw(*, user: User) -> None:
    """Withdrawing consent deletes the values at once, and with them whatever other apps
    derived from them (insights' snapshot digests; the published aggregates stay)."""
    with transaction.atomic():
        PrivateSelfDescription.objects.filter(user=user).delete()
        _self_description_forget(user_id=user.pk)


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


def minor_contact_refusal(text: str) -> str:
    """The refusal for a minor's text that carries a contact detail, naming the first one
    found, or "" (safeguards: no contact details of a minor visible to adults). Also for a
    student's name, which every adult of the cohort reads (networks' invitations)."""
    found = contact_details_in(text)
    if not found:
        return ""
    kind, words = found[0]
    values = {"found": words}
    if kind == contact.EMAIL:
        return (
            _(
                "Take out the email address “%(found)s”: a youth member's profile never "
                "shows contact details to adults. A steward can put you in touch."
            )
            % values
        )
    if kind == contact.PHONE:
        return (
            _(
                "Take out the phone number “%(found)s”: a youth member's profile never "
                "shows contact details to adults. A steward can put you in touch."
            )
            % values
        )
    return (
        _(
            "Take out the social handle or profile link “%(found)s”: a youth member's "
            "profile never shows contact details to adults. A steward can put you in touch."
        )
        % values
    )


def _minor_contact_errors(user: User, fields: dict[str, str]) -> dict[str, str]:
    """For a minor, each field whose text carries a contact detail, with its refusal. The
    adults of their cohort read these fields; an adult's are their own business."""
    if not user.is_minor:
        return {}
    problems = {name: minor_contact_refusal(text) for name, text in fields.items()}
    return {name: problem for name, problem in problems.items() if problem}


def profile_update(
    *,
    user: User,
    bio: str = "",
    issue_areas: str = "",
    city: str = "",
    region: str = "",
) -> Profile:
    """A person edits their own profile: about me, issue areas (comma-separated), place. A
    minor's text may carry no contact details: the adults of their cohort read it."""
    tags = _clean_tags(issue_areas)
    errors: dict[str, str] = {}
    if len(tags) > 12:
        errors["issue_areas"] = _("List at most 12 issue areas, separated by commas.")
    elif any(len(t) > 40 for t in tags):
        errors["issue_areas"] = _("Keep each issue area under 40 characters.")
    if len(bio) > 2000:
        errors["bio"] = _("Keep the text about you under 2,000 characters.")
    contact_errors = _minor_contact_errors(
        user, {"bio": bio, "issue_areas": issue_areas, "city": city, "region": region}
    )
    errors = {**contact_errors, **errors}
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


def user_language_set(*, user: User, language: str) -> None:
    """A member chooses the language of their pages and emails ("" follows the browser)."""
    if language and language not in dict(django_settings.LANGUAGES):
        raise ValidationError({"language": _("Choose one of the languages offered.")})
    User.objects.filter(pk=user.pk).update(language=language)
    user.language = language


def offered_asset_add(
    *, user: User, category: str, description: str, kind: str = ""
) -> OfferedAsset:
    """Add an offer to one's profile; the same offer again (same kind, category and words,
    spaces aside) returns the one there, so a double tap adds it once. No `kind`: the
    category's usual one (`capital.kind_or_default`, as an ask's)."""
    errors: dict[str, str] = {}
    kind = kind_or_default(kind=kind, category=category)
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
    else:
        errors.update(_minor_contact_errors(user, {"description": description}))
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        # The person's row locked first, so two sends at once (a double tap on a phone, a
        # form sent again) find the first one's offer and add nothing more.
        User.objects.select_for_update().filter(pk=user.pk).values_list("pk").first()
        same = OfferedAsset.objects.filter(
            user=user, kind=kind, category=category, description=description
        ).first()
        if same is not None:
            return same
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


def account_delete(*, user: User, confirm_email: str, request: Any = None) -> None:
    """Delete a person's account: personal rows removed (profile, offers, self-description,
    memberships, consents), records elsewhere that name them pseudonymized (by the apps that
    hold them, see `on_account_delete`), audit rows kept with the person no longer named.
    Refused, changing nothing, while something registered with `on_account_delete_refusal`
    says no (the last steward of a network), with what to do first."""
    if confirm_email.strip().lower() != user.email.lower():
        raise ValidationError(
            {"confirm_email": _("Type your own email address exactly to confirm the deletion.")}
        )
    user_id, email = user.pk, user.email
    # A person's rows sit in every network they belong to: the deletion crosses networks.
    with scopes_disabled(), transaction.atomic():
        # Asked again under lock: two last stewards deleting at once leave one of them.
        refusals = account_delete_refusals(user=user, lock=True)
        if refusals:
            raise ValidationError({"account": refusals})
        for pseudonymize in _account_delete_hooks:
            pseudonymize(user_id=user_id, email=email)
        audit_record(action="account.deleted", actor=user, data={}, request=request)
        audit_pseudonymize_actor(user_id=user_id, email=email)
        PrivateSelfDescription.objects.filter(user_id=user_id).delete()
        _self_description_forget(user_id=user_id)
        profile = Profile.objects.filter(user_id=user_id).exclude(photo="").first()
        if profile is not None:
            photo, storage = profile.photo.name, profile.photo.storage
            transaction.on_commit(lambda: storage.delete(photo))
        User.objects.filter(pk=user_id).delete()


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
