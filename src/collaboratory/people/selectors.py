"""Reusable reads about a person."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django_scopes import scopes_disabled

from collaboratory.people.models import (
    MINOR_AGE_BANDS,
    GuardianConsent,
    OfferedAsset,
    Profile,
    User,
)


def personal_data_of(*, user: User) -> dict[str, Any]:
    """Everything we hold about the person, for "export my data". The private
    self-description is left out on purpose (never in exports); its own page shows it."""
    from collaboratory.networks.models import Membership, Nomination

    profile = Profile.objects.filter(user=user).first()
    with scopes_disabled():
        memberships = list(
            Membership.objects.filter(user=user)
            .select_related("network", "organization", "sector")
            .order_by("network__name")
        )
        nominations = list(
            Nomination.objects.filter(nominator=user).select_related("network").order_by("pk")
        )
        consents = list(GuardianConsent.objects.filter(user=user).select_related("network"))

    def when(value: Any) -> str | None:
        return value.isoformat() if value else None

    return {
        "account": {
            "email": user.email,
            "full_name": user.full_name,
            "age_band": user.age_band,
            "city": user.city,
            "region": user.region,
            "date_joined": when(user.date_joined),
            "last_login": when(user.last_login),
        },
        "profile": {
            "bio": profile.bio if profile else "",
            "issue_areas": profile.issue_areas if profile else [],
        },
        "offered_assets": [
            {"kind": a.kind, "category": a.category, "description": a.description}
            for a in OfferedAsset.objects.filter(user=user)
        ],
        "memberships": [
            {
                "network": m.network.name,
                "role": m.role,
                "status": m.status,
                "organization": m.organization.name if m.organization else "",
                "title": m.title,
                "sector": m.sector.name if m.sector else "",
                "joined_at": when(m.joined_at),
                "pledges_accepted_at": when(m.pledges_accepted_at),
            }
            for m in memberships
        ],
        "nominations_made": [
            {
                "network": n.network.name,
                "nominee_name": n.nominee_name,
                "status": n.status,
                "created_at": when(n.created_at),
            }
            for n in nominations
        ],
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
