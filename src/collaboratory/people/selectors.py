"""Reusable reads about a person."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from collaboratory.people.models import (
    MINOR_AGE_BANDS,
    GuardianConsent,
    OfferedAsset,
    PrivateSelfDescription,
    Profile,
    User,
)

# Sections of "export my data" that other apps hold (networks: memberships, nominations
# made), registered from their AppConfig.ready() so people need not import them. Each reads
# the person's rows in every network (a person's own data crosses networks on purpose).
PersonalDataSection = Callable[[User], object]
_personal_data_sections: list[tuple[str, PersonalDataSection]] = []


def on_personal_data(name: str, read: PersonalDataSection) -> None:
    """Register a section of "export my data": `read(user)` returns plain JSON values."""
    if all(existing != name for existing, _read in _personal_data_sections):
        _personal_data_sections.append((name, read))


# What stops an account's deletion, from apps above people (networks: the last steward of a
# network), registered from their AppConfig.ready(). Each is called as
# `fn(user_id=..., lock=...)` and returns the sentences to show, empty when nothing stops it;
# with `lock` it runs inside the deletion's transaction and locks what it read.
AccountDeleteRefusal = Callable[..., list[str]]
_account_delete_refusals: list[AccountDeleteRefusal] = []


def on_account_delete_refusal(fn: AccountDeleteRefusal) -> AccountDeleteRefusal:
    """Register a reason an account cannot be deleted yet (with what to do first)."""
    if fn not in _account_delete_refusals:
        _account_delete_refusals.append(fn)
    return fn


def last_platform_admin_refusals(*, user: User, lock: bool = False) -> list[str]:
    """The installation's last active platform admin cannot go: no one would be left to
    open networks or see the platform overview, and only a shell could make another. With
    `lock` the admins' rows are locked in id order, so two last admins deleting at once
    leave one."""
    if not user.is_superuser:
        return []
    admins = User.objects.filter(is_superuser=True, is_active=True).order_by("pk")
    if lock:
        admins = admins.select_for_update()
    if list(admins.values_list("pk", flat=True)) != [user.pk]:
        return []
    return [
        _(
            "You are the last platform admin of this installation: make another person a "
            "platform admin first (on the server: collaboratory createsuperuser), then "
            "delete your account."
        )
    ]


def account_delete_refusals(*, user: User, lock: bool = False) -> list[str]:
    """Why the person cannot delete their account yet, each with what to do first; empty
    when they can. The "My data" page shows them before the form; the deletion asks again,
    locked, inside its transaction."""
    return last_platform_admin_refusals(user=user, lock=lock) + [
        reason
        for refuse in _account_delete_refusals
        for reason in refuse(user_id=user.pk, lock=lock)
    ]


def when(value: Any) -> str | None:
    """A date or time as ISO text for the export, or None."""
    return value.isoformat() if value else None


def personal_data_of(*, user: User) -> dict[str, Any]:
    """Everything we hold about the person, for "export my data". The private
    self-description is left out on purpose (never in exports); its own page shows it."""
    profile = Profile.objects.filter(user=user).first()
    with scopes_disabled():  # a person's consents, in whichever networks they were given
        consents = list(GuardianConsent.objects.filter(user=user).select_related("network"))

    return {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "age_band": user.age_band,
            "city": user.city,
            "region": user.region,
            "language": user.language,  # "" when pages follow the browser
            "date_joined": when(user.date_joined),
            "last_login": when(user.last_login),
        },
        "profile": {
            "bio": profile.bio if profile else "",
            "issue_areas": profile.issue_areas if profile else [],
            # Whether a photo is kept (the network sees it); the picture is on the profile page.
            "photo": bool(profile and profile.photo),
        },
        "offered_assets": [
            {"kind": a.kind, "category": a.category, "description": a.description}
            for a in OfferedAsset.objects.filter(user=user)
        ],
        **{name: read(user) for name, read in _personal_data_sections},
        "guardian_consents": [
            {
                "network": c.network.name,
                "guardian_name": c.guardian_name,
                "confirmed_at": when(c.confirmed_at),
                "revoked_at": when(c.revoked_at),
                "policy_version": c.policy_version,
            }
            for c in consents
        ],
        "private_self_description": "not included: see it on its own page",
    }


def minor_account_emails(*, emails: Iterable[str]) -> set[str]:
    """Which of these addresses (lower case) belong to a minor's account. Used to refuse a
    roster line without saying more; chunked to stay under SQLite's parameter limit."""
    wanted = sorted({e.lower() for e in emails})
    found: set[str] = set()
    for start in range(0, len(wanted), 900):
        found.update(
            User.objects.filter(
                email__in=wanted[start : start + 900], age_band__in=MINOR_AGE_BANDS
            ).values_list("email", flat=True)
        )
    return found


def account_exists(*, email: str) -> bool:
    """Whether an account has this address (any spelling of its case)."""
    return User.objects.filter(email__iexact=email).exists()


def account_with_email(*, email: str) -> User | None:
    return User.objects.filter(email__iexact=email).first()


def profile_of(*, user: User) -> Profile | None:
    return Profile.objects.filter(user=user).first()


def offered_assets_of(*, user: User) -> list[OfferedAsset]:
    return list(OfferedAsset.objects.filter(user=user))


def self_description_of(*, user: User) -> PrivateSelfDescription | None:
    """The person's own self-description: only ever asked about the signed-in person."""
    return PrivateSelfDescription.objects.filter(user=user).first()


def saved_language_of(address: str) -> str:
    """The language the account with this address chose ("" when none, or no account)."""
    # Accounts belong to no network: no scope to lift.
    found = User.objects.filter(email__iexact=address.strip()).values_list("language", flat=True)
    return found.first() or ""


def saved_languages_of(addresses: Iterable[str]) -> dict[str, str]:
    """`saved_language_of` for many addresses in one read: lowercased address -> the chosen
    language, for the accounts that chose one (others are absent)."""
    wanted = {a.strip().lower() for a in addresses}
    if not wanted:
        return {}
    # Accounts belong to no network: no scope to lift. Addresses are stored lowercased.
    rows = User.objects.filter(email__in=wanted).exclude(language="")
    return {email.lower(): language for email, language in rows.values_list("email", "language")}
