"""The declared authorization policy: for every named route, what each role gets.

Each later issue adds rows for its routes; `test_matrix.py` fails when a route has none.
Network routes are requested twice per role: for the persona's own network and for a
foreign one. Statuses are for a plain GET unless the row says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = (
    "anonymous",
    "member",
    "youth_member",
    "steward",
    "foreign_steward",
    "platform_admin",
    "guardian",
)

# The network each persona is admitted to ("own"), and one it has nothing to do with.
OWN_NETWORK = {
    "anonymous": "alpha",
    "member": "alpha",
    "youth_member": "youth",
    "steward": "alpha",
    "foreign_steward": "bravo",
    "platform_admin": "alpha",
    "guardian": "youth",
}
FOREIGN_NETWORK = {role: ("alpha" if role == "foreign_steward" else "bravo") for role in ROLES}

# Networks whose canary strings each persona may legitimately see.
ADMITTED = {
    "anonymous": set(),
    "member": {"alpha", "member_self"},
    "youth_member": {"youth"},
    "steward": {"alpha", "youth"},
    "foreign_steward": {"bravo"},
    "platform_admin": set(),
    "guardian": set(),
}


def everyone(status: int, **overrides: int) -> dict[str, int]:
    """`status` for every role; the guardian (who has no account) is treated as anonymous
    unless overridden."""
    expected = dict.fromkeys(ROLES, status)
    if "anonymous" in overrides and "guardian" not in overrides:
        expected["guardian"] = overrides["anonymous"]
    expected.update(overrides)
    return expected


def members_only(status: int = 200) -> dict[str, int]:
    """Own network: admitted members get `status`, anonymous goes to login, the platform
    admin (not a member) gets 404."""
    return everyone(status, anonymous=302, platform_admin=404)


FOREIGN_404 = everyone(404, anonymous=302)


@dataclass(frozen=True)
class Rule:
    own: dict[str, int]
    foreign: dict[str, int] | None = None  # None: the route takes no network
    kwargs: dict[str, Any] = field(default_factory=dict)
    method: str = "get"
    # URL arguments filled with the id of an object of this kind in the requested network
    # (own or foreign), from World.objects.
    objects: dict[str, str] = field(default_factory=dict)
    # role -> {argument: World.tokens key}: a live token only that role holds.
    tokens: dict[str, dict[str, str]] = field(default_factory=dict)


def stewards_only(status: int = 200) -> dict[str, int]:
    """Own network: stewards get `status`, other admitted members 403."""
    return everyone(403, anonymous=302, platform_admin=404, steward=status, foreign_steward=status)


SIGNED_IN = everyone(200, anonymous=302)


SIGNED_IN_REDIRECT = everyone(302, anonymous=200)

POLICY: dict[str, Rule] = {
    # The front door
    "web:home": Rule(
        # One network: straight in. Several (the steward) or none (the admin): a list.
        own=everyone(302, anonymous=200, steward=200, platform_admin=200)
    ),
    "web:healthz": Rule(own=everyone(200)),
    "web:platform": Rule(own=everyone(404, anonymous=302, platform_admin=200)),
    # Accounts (django-allauth). Signup is closed for everyone.
    "account_login": Rule(own=SIGNED_IN_REDIRECT),
    "account_logout": Rule(own=everyone(200, anonymous=302)),
    "account_inactive": Rule(own=everyone(200)),
    "account_signup": Rule(own=SIGNED_IN_REDIRECT),
    "account_reauthenticate": Rule(own=everyone(200, anonymous=302)),
    "account_email": Rule(own=everyone(200, anonymous=302)),
    "account_email_verification_sent": Rule(own=everyone(200)),
    "account_change_password": Rule(own=everyone(200, anonymous=302)),
    "account_set_password": Rule(own=everyone(302, anonymous=302)),
    "account_reset_password": Rule(own=everyone(200)),
    "account_reset_password_done": Rule(own=everyone(200)),
    "account_reset_password_from_key": Rule(
        own=everyone(200), kwargs={"uidb36": "zz", "key": "not-a-real-key"}
    ),
    "account_reset_password_from_key_done": Rule(own=everyone(200)),
    "account_confirm_email": Rule(own=everyone(200), kwargs={"key": "not-a-real-key"}),
    "account_request_login_code": Rule(own=SIGNED_IN_REDIRECT),
    "account_confirm_login_code": Rule(own=everyone(302)),
    # Networks
    "networks:home": Rule(own=members_only(), foreign=FOREIGN_404),
    # Membership (issue 3)
    "networks:directory": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:welcome": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:member_photo": Rule(
        own=members_only(),
        foreign=FOREIGN_404,
        objects={"membership_id": "photo_membership"},
    ),
    "networks:check_in": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:my_organization": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:nomination_new": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:nominations": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "networks:nomination_decide": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        objects={"nomination_id": "nomination"},
    ),
    "networks:nomination_invite": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        objects={"nomination_id": "nomination"},
    ),
    "networks:invitations": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "networks:invitation_revoke": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        objects={"invitation_id": "invitation"},
    ),
    "networks:roster": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "networks:roster_override": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        objects={"membership_id": "membership"},
    ),
    "networks:membership_settings": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "networks:roster_import": Rule(own=stewards_only(), foreign=FOREIGN_404),
    # The export never carries self-descriptions: the member_self canary must not appear.
    "networks:roster_export": Rule(own=stewards_only(), foreign=FOREIGN_404),
    # The emailed invitation link: an unknown token gets the one "cannot be used" answer.
    "invitations:landing": Rule(own=everyone(404), kwargs={"token": "x" * 43}),
    # A person's own pages. The self-description page shows the viewer's own values only:
    # the member persona's canary must reach no steward, admin or anyone else.
    "people:profile": Rule(own=SIGNED_IN),
    "people:asset_remove": Rule(own=everyone(302), method="post", kwargs={"asset_id": 0}),
    "people:self_description": Rule(own=SIGNED_IN),
    # My data: the export leaves the self-description out (the member_self canary proves it).
    "people:my_data": Rule(own=SIGNED_IN),
    "people:my_data_export": Rule(own=SIGNED_IN),
    # The guardian's consent pages: the guardian holds live links; everyone else tries an
    # unknown token and gets the one "cannot be used" answer.
    "consent:confirm": Rule(
        own=everyone(404, guardian=200),
        kwargs={"token": "x" * 43},
        tokens={"guardian": {"token": "guardian_consent"}},
    ),
    "consent:revoke": Rule(
        own=everyone(404, guardian=200),
        kwargs={"token": "x" * 43},
        tokens={"guardian": {"token": "guardian_revoke"}},
    ),
}
