"""The declared authorization policy: for every named route, what each role gets.

Each later issue adds rows for its routes; `test_matrix.py` fails when a route has none.
Network routes are requested twice per role: for the persona's own network and for a
foreign one. Statuses are for a plain GET unless the row says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.authz.objects import (
    ask_pk,
    commitment_pk,
    gathering_code,
    gathering_pk,
    insights_gathering_pk,
    insights_year,
    introduction_pk,
    live_gathering_pk,
    open_ask_pk,
    partnership_pk,
    proposal_pk,
    seating_pair_pk,
    seating_plan_pk,
    steward_api_token_pk,
    substitute_gathering_pk,
    substitution_pk,
    world_object,
)
from tests.training.objects import training_feed_token, training_pk
from tests.webhooks.objects import webhook_delivery_pk, webhook_pk
from tests.youth.objects import (
    public_cycle_pk,
    youth_application_pk,
    youth_concern_pk,
    youth_cycle_pk,
    youth_makeup_pk,
    youth_member_pk,
    youth_session_pk,
)

ROLES = (
    "anonymous",
    "member",
    "youth_member",
    "steward",
    "foreign_steward",
    "platform_admin",
    "admin_member",
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
    "admin_member": "youth",
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
    "admin_member": {"youth"},
    "guardian": set(),
}


def everyone(status: int, **overrides: int) -> dict[str, int]:
    """`status` for every role; the guardian (who has no account) is treated as anonymous
    unless overridden. The admin-member is left out unless named: `Rule` gives it another
    persona's status (see `_with_admin_member`)."""
    expected = dict.fromkeys((role for role in ROLES if role != "admin_member"), status)
    if "anonymous" in overrides and "guardian" not in overrides:
        expected["guardian"] = overrides["anonymous"]
    expected.update(overrides)
    return expected


def members_only(status: int = 200) -> dict[str, int]:
    """Own network: admitted members get `status`, anonymous goes to login, the platform
    admin (not a member) gets 404."""
    return everyone(status, anonymous=302, platform_admin=404)


FOREIGN_404 = everyone(404, anonymous=302)


def stewards_only(status: int = 200) -> dict[str, int]:
    """Own network: stewards get `status`, other members 403, anonymous goes to login, the
    platform admin (not a member) gets 404."""
    return everyone(403, anonymous=302, platform_admin=404, steward=status, foreign_steward=status)


GATHERING = {"pk": gathering_pk}
LIVE_GATHERING = {"gathering_id": gathering_pk}


def _with_admin_member(expected: dict[str, int], *, network_route: bool) -> dict[str, int]:
    """The admin-member (a platform admin who is a plain member of the youth cohort) gets,
    unless the row says otherwise, what the youth member gets on a network route (inside a
    network the platform role grants nothing) and what the platform admin gets elsewhere.
    Derived from the finished row, so a row's own overrides carry over."""
    if "admin_member" in expected:
        return expected
    like = "youth_member" if network_route else "platform_admin"
    return {**expected, "admin_member": expected[like]}


@dataclass(frozen=True)
class Rule:
    own: dict[str, int]
    foreign: dict[str, int] | None = None  # None: the route takes no network
    # URL keywords; a callable value (tests/authz/objects.py) names an object of the
    # requested network.
    kwargs: dict[str, Any] = field(default_factory=dict)
    method: str = "get"
    # role -> {argument: World.tokens key}: a live token only that role holds.
    tokens: dict[str, dict[str, str]] = field(default_factory=dict)
    # A REST API operation: requested with the persona's API token of its own network
    # (tests/api/helpers.py), the network in the `network` keyword, `body` sent as JSON.
    api: bool = False
    body: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        network_route = self.foreign is not None
        object.__setattr__(self, "own", _with_admin_member(self.own, network_route=network_route))
        if self.foreign is not None:
            object.__setattr__(
                self, "foreign", _with_admin_member(self.foreign, network_route=True)
            )


SIGNED_IN = everyone(200, anonymous=302)


# POST-only routes answer a GET with 405 once the network has admitted the visitor.
POST_ONLY = everyone(405, anonymous=302, platform_admin=404)


SIGNED_IN_REDIRECT = everyone(302, anonymous=200)

# The REST API (issue 19): a persona's token belongs to its own network. No token (anonymous,
# guardian, the platform admin, who is a member of nothing) is 401; another network is 404
# whether or not it exists; a member's token on a steward's operation is 403.
API_MEMBERS = everyone(200, anonymous=401, platform_admin=401)
API_STEWARDS = everyone(403, anonymous=401, platform_admin=401, steward=200, foreign_steward=200)
API_FOREIGN = everyone(404, anonymous=401, platform_admin=401)


def api_rule(own: dict[str, int], **kwargs: Any) -> Rule:
    return Rule(own=own, foreign=API_FOREIGN, api=True, **kwargs)


POLICY: dict[str, Rule] = {
    # The front door
    "web:home": Rule(
        # One network: straight in. Several (the steward): a list. The platform admin: the
        # platform overview.
        own=everyone(302, anonymous=200, steward=200)
    ),
    "web:healthz": Rule(own=everyone(200)),
    "web:platform": Rule(own=everyone(404, anonymous=302, platform_admin=200)),
    # Accounts (django-allauth). Signup is closed for everyone.
    "account_login": Rule(own=SIGNED_IN_REDIRECT),
    "account_logout": Rule(own=everyone(200, anonymous=302)),
    "account_inactive": Rule(own=everyone(200)),
    "account_signup": Rule(own=SIGNED_IN_REDIRECT),
    "account_reauthenticate": Rule(own=everyone(200, anonymous=302)),
    # Reauthentication by an emailed code (allauth 65.22): people who have a password are
    # sent to reauthenticate with it; confirming with no code requested sends them back.
    "account_request_reauthentication_code": Rule(own=everyone(302)),
    "account_confirm_reauthentication_code": Rule(own=everyone(302)),
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
    # The stewards' activity log (the network's audit events): another network's is not found.
    "networks:activity": Rule(own=stewards_only(), foreign=FOREIGN_404),
    # Rotating Credit Club. In each network one proposal is selected: in Alpha it is the
    # member's; in the youth cohort and in Bravo a canary person's, so the youth member meets
    # a proposal that is neither theirs nor, as a steward, theirs to review.
    "creditclub:call": Rule(own=members_only(), foreign=FOREIGN_404),
    "creditclub:projects": Rule(own=members_only(), foreign=FOREIGN_404),
    "creditclub:settings": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "creditclub:proposal_new": Rule(
        own=members_only(), foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    "creditclub:board": Rule(
        own=stewards_only(), foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    "creditclub:run_of_show": Rule(
        own=stewards_only(), foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    "creditclub:announce": Rule(
        own=POST_ONLY, foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    "creditclub:proposal": Rule(
        own=members_only(200) | {"youth_member": 404},
        foreign=FOREIGN_404,
        kwargs={"proposal_id": proposal_pk},
    ),
    "creditclub:proposal_edit": Rule(
        # The proposer is sent to the proposal page: a selected proposal is no longer edited.
        own=everyone(403, anonymous=302, member=302, youth_member=404, platform_admin=404),
        foreign=FOREIGN_404,
        kwargs={"proposal_id": proposal_pk},
    ),
    "creditclub:pack": Rule(
        own=everyone(403, anonymous=302, member=200, youth_member=404, platform_admin=404),
        foreign=FOREIGN_404,
        kwargs={"proposal_id": proposal_pk},
    ),
    **{
        f"creditclub:{name}": Rule(
            own=POST_ONLY, foreign=FOREIGN_404, kwargs={"proposal_id": proposal_pk}
        )
        for name in (
            "proposal_submit",
            "proposal_withdraw",
            "carry_over",
            "review",
            "mark_presented",
            "power_advance",
        )
    },
    # Gatherings
    "gatherings:list": Rule(own=members_only(), foreign=FOREIGN_404),
    "gatherings:new": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "gatherings:calendar": Rule(own=members_only(), foreign=FOREIGN_404),
    "gatherings:settings": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "gatherings:detail": Rule(own=members_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:ics": Rule(own=members_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:manage": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:edit": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    # Withdrawing an approved substitute: stewards of the network only. The matrix posts no
    # confirmation, so a steward is sent back to the manage page and nothing is withdrawn
    # (tests/gatherings/test_substitute_revoke.py posts a confirmed one).
    "gatherings:substitution_revoke": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"pk": substitute_gathering_pk, "substitution_id": substitution_pk},
    ),
    # Sending a substitute's pass again after its email was given up: stewards of the network
    # only. The matrix posts no mark of an undelivered email (and the world's pass was never
    # given up), so a steward is sent back to the manage page and nothing is sent
    # (tests/gatherings/test_substitute_pass_delivery.py sends one).
    "gatherings:substitution_pass_resend": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"pk": substitute_gathering_pk, "substitution_id": substitution_pk},
    ),
    # The member who named a substitute sends its undelivered pass again (to a corrected
    # address, or the same): their own substitution only. The world's pass is the canary
    # person's, so every persona, its network's stewards too, finds nothing (404)
    # (tests/gatherings/test_substitute_pass_address.py posts the member's own).
    "gatherings:substitution_pass_resend_own": Rule(
        own=everyone(404, anonymous=302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"pk": substitute_gathering_pk, "substitution_id": substitution_pk},
    ),
    "gatherings:export": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:badges": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:door": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:qr": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:check_in_screen": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=GATHERING),
    "gatherings:check_in": Rule(
        own=members_only(),
        foreign=FOREIGN_404,
        kwargs={"pk": gathering_pk, "code": gathering_code},
    ),
    # Reached without a login: the short link only redirects (to a page that needs one), and
    # only with a code of a day within a day of now (the world's gathering is far off, so its
    # real code finds nothing; tests/gatherings/test_check_in.py follows a live one); the
    # calendar feed and the substitute pass need a valid secret.
    "gatherings_public:short": Rule(own=everyone(404), kwargs={"code": gathering_code}),
    "gatherings_public:feed": Rule(own=everyone(404), kwargs={"token": "1.not-a-real-secret"}),
    "gatherings_public:pass": Rule(own=everyone(404), kwargs={"token": "1.not-a-real-secret"}),
    "seating_public:pass": Rule(own=everyone(404), kwargs={"token": "1.not-a-real-secret"}),
    # Live Rotating Credit Club: a gathering's event stream. The matrix asks with HEAD (the
    # headers of a stream, after every check a GET passes); a GET would stream forever.
    # tests/commitments/test_live_authz.py repeats the matrix with GET ?once=1, reading the
    # replayed events for canaries.
    "live:events": Rule(
        own=members_only(),
        foreign=FOREIGN_404,
        method="head",
        kwargs={"gathering_id": live_gathering_pk},
    ),
    "live:settings": Rule(own=stewards_only(), foreign=FOREIGN_404),
    # A GET is refused; the POST itself is covered in tests/commitments/test_submit.py.
    "live:submit": Rule(
        own=POST_ONLY, foreign=FOREIGN_404, kwargs={"gathering_id": live_gathering_pk}
    ),
    # Insights (issue 8). Every admitted member, youth members included, gets the light view
    # of their own network (a youth member's network is their cohort); stewards get the full
    # dashboard, the impact reports and the privacy setting.
    "insights:dashboard": Rule(own=members_only(), foreign=FOREIGN_404),
    "insights:settings": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "insights:reports": Rule(own=stewards_only(), foreign=FOREIGN_404),
    **{
        f"insights:{name}": Rule(
            own=stewards_only(), foreign=FOREIGN_404, kwargs={"gathering_id": insights_gathering_pk}
        )
        for name in ("gathering_report", "gathering_report_pdf", "gathering_report_csv")
    },
    **{
        f"insights:{name}": Rule(
            own=stewards_only(), foreign=FOREIGN_404, kwargs={"year": insights_year}
        )
        for name in ("year_report", "year_report_pdf", "year_report_csv")
    },
    # The live room's screens. The phone view answers every member (checked in or not: those
    # not checked in are told how to); the board and its QR code are for every member; the
    # console and its name search for stewards and facilitators; the follow-up list for the
    # presenter of that proposal (the member persona in Alpha) and stewards.
    "live:phone": Rule(
        own=members_only(), foreign=FOREIGN_404, kwargs={"gathering_id": live_gathering_pk}
    ),
    "live:board": Rule(
        own=members_only(), foreign=FOREIGN_404, kwargs={"gathering_id": live_gathering_pk}
    ),
    "live:join_qr": Rule(own=members_only(), foreign=FOREIGN_404, kwargs=LIVE_GATHERING),
    # A GET without text is bad input: 422 naming the field.
    "live:assess": Rule(own=members_only(422), foreign=FOREIGN_404, kwargs=LIVE_GATHERING),
    "live:console": Rule(
        own=stewards_only(), foreign=FOREIGN_404, kwargs={"gathering_id": live_gathering_pk}
    ),
    "live:people": Rule(own=stewards_only(), foreign=FOREIGN_404, kwargs=LIVE_GATHERING),
    # A POST without an action: stewards are sent back to the console with a message.
    "live:console_action": Rule(
        own=stewards_only(302), foreign=FOREIGN_404, method="post", kwargs=LIVE_GATHERING
    ),
    "live:followup": Rule(
        own=everyone(
            403, anonymous=302, platform_admin=404, member=200, steward=200, foreign_steward=200
        ),
        foreign=FOREIGN_404,
        kwargs={"gathering_id": live_gathering_pk, "proposal_id": proposal_pk},
    ),
    # Membership (issue 3)
    "networks:directory": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:welcome": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:member_photo": Rule(
        own=members_only(),
        foreign=FOREIGN_404,
        kwargs={"membership_id": world_object("photo_membership")},
    ),
    "networks:check_in": Rule(own=members_only(), foreign=FOREIGN_404),
    # A student belongs to no organization: refused with the reason, for GET and POST
    # (tests/networks/test_student_organization.py); the cohort's adult member is not.
    "networks:my_organization": Rule(
        own=members_only() | {"youth_member": 403, "admin_member": 200}, foreign=FOREIGN_404
    ),
    "networks:leave": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:nomination_new": Rule(own=members_only(), foreign=FOREIGN_404),
    "networks:nominations": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "networks:nomination_decide": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"nomination_id": world_object("nomination")},
    ),
    "networks:nomination_invite": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"nomination_id": world_object("nomination")},
    ),
    "networks:invitations": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "networks:invitation_revoke": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"invitation_id": world_object("invitation")},
    ),
    "networks:roster": Rule(own=stewards_only(), foreign=FOREIGN_404),
    # An empty post is bad input: the status page with the errors by field (no change).
    "networks:roster_override": Rule(
        own=stewards_only(200),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"membership_id": world_object("membership")},
    ),
    # Making a member a steward, or taking the role away: a post without the confirmation
    # changes nothing and goes back to the roster; a foreign membership is 404.
    "networks:roster_role": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"membership_id": world_object("membership")},
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
    # The footer's language switcher: anyone may choose; it sets a cookie (and a signed-in
    # member's preference) and goes back to the page.
    "set_language": Rule(own=everyone(302), method="post"),
    "people:asset_remove": Rule(own=everyone(302), method="post", kwargs={"asset_id": 0}),
    "people:self_description": Rule(own=SIGNED_IN),
    # My data: the export leaves the self-description out (the member_self canary proves it).
    "people:my_data": Rule(own=SIGNED_IN),
    "people:my_data_export": Rule(own=SIGNED_IN),
    # Email choices (issue 19): the viewer's own only, like the other /me/ pages.
    "notifications:preferences": Rule(own=SIGNED_IN),
    # One-click unsubscribe: the signed token is the only key; one we did not sign is 404
    # for everyone (no login, no cookies needed: mail clients POST it).
    "notifications:unsubscribe": Rule(own=everyone(404), kwargs={"token": "1.not-a-signature"}),
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
    # The guardian's answer to a youth member's money commitment (issue 14): an unknown
    # token gets the one "cannot be used" answer; live links in tests/commitments/
    # test_guardian_approval.py.
    "guardian_approval:decide": Rule(own=everyone(404), kwargs={"token": "x" * 43}),
    # Follow-through (issue 7). A commitment is seen by its committer, its recipient (the
    # presenter) and stewards: in Alpha the member persona presents the proposal the canary
    # person committed to; in the youth cohort the youth member is no party (403).
    "followthrough:mine": Rule(own=members_only(), foreign=FOREIGN_404),
    "followthrough:commitment": Rule(
        own=members_only() | {"youth_member": 403},
        foreign=FOREIGN_404,
        kwargs={"commitment_id": commitment_pk},
    ),
    # An empty POST by a party is refused: the commitment's page comes back with the form
    # open and what was sent filled in (400); others 403.
    **{
        f"followthrough:{name}": Rule(
            own=members_only(400) | {"youth_member": 403},
            foreign=FOREIGN_404,
            method="post",
            kwargs={"commitment_id": commitment_pk},
        )
        for name in ("act", "update")
    },
    # Snoozing, and resuming early, is the committer's (the canary person): everyone else
    # is refused.
    **{
        f"followthrough:{name}": Rule(
            own=members_only(403) | {"anonymous": 302, "guardian": 302},
            foreign=FOREIGN_404,
            method="post",
            kwargs={"commitment_id": commitment_pk},
        )
        for name in ("snooze", "snooze_end")
    },
    # The presenter's own forms: the member persona presents in Alpha; stewards may see the
    # proposal but not post for the presenter (403); in the youth cohort the proposal is
    # not the youth member's to see (404). The matrix posts nothing: the presenter's empty
    # update and empty feedback each come back as their form (400).
    **{
        f"followthrough:{name}": Rule(
            own=everyone(403, anonymous=302, member=status, youth_member=404, platform_admin=404),
            foreign=FOREIGN_404,
            method="post",
            kwargs={"proposal_id": proposal_pk},
        )
        for name, status in (("project_update", 400), ("project_feedback", 400))
    },
    "followthrough:feedback": Rule(own=stewards_only(), foreign=FOREIGN_404),
    # The network's late commitments, for the stewards who chase them.
    "followthrough:overdue": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "followthrough:gratitude": Rule(
        own=members_only(), foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    # The ledger is private: the member's own, or any member's for stewards.
    "followthrough:ledger": Rule(own=members_only(), foreign=FOREIGN_404),
    "followthrough:member_ledger": Rule(
        own=stewards_only(),
        foreign=FOREIGN_404,
        kwargs={"membership_id": world_object("membership")},
    ),
    "followthrough:settings": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "followthrough:partnerships": Rule(own=members_only(), foreign=FOREIGN_404),
    "followthrough:partnership_new": Rule(own=members_only(), foreign=FOREIGN_404),
    "followthrough:partnership_members": Rule(own=members_only(), foreign=FOREIGN_404),
    "followthrough:partnership": Rule(
        own=members_only(), foreign=FOREIGN_404, kwargs={"partnership_id": partnership_pk}
    ),
    # Invitations onto a sibling network's partnership: each member's own list (stewards see
    # every member's). An invitation's page is its invitee's alone: everyone else, as for
    # one that does not exist, gets 404 (the invitee's own answers are in
    # tests/followthrough/test_partnership_accept.py).
    "followthrough:partnership_invitations": Rule(own=members_only(), foreign=FOREIGN_404),
    "followthrough:partnership_invitation": Rule(
        own=everyone(404, anonymous=302),
        foreign=FOREIGN_404,
        kwargs={"invitation_id": 2**31 - 1},
    ),
    # Milestones and status (issue 15): the people on the partnership and the stewards. The
    # world's partnership was recorded by each network's steward, so they get the form's
    # 400 for an empty POST; the member persona is not on it (403).
    "followthrough:partnership_keep": Rule(
        own=everyone(403, anonymous=302, platform_admin=404, steward=400, foreign_steward=400),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"partnership_id": partnership_pk},
    ),
    "followthrough:partnership_publish": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"partnership_id": partnership_pk},
    ),
    # Who can meet this ask (issue 16): profiles, introductions, the asks board. A profile is
    # the directory's member (photo_membership: in Alpha the member persona, in the youth
    # cohort the youth member, in Bravo its canary person); an empty introduction is a 400
    # naming the note; the consent switch sends back to one's own profile.
    "matching:profile": Rule(
        own=members_only(),
        foreign=FOREIGN_404,
        kwargs={"membership_id": world_object("photo_membership")},
    ),
    "matching:introduce": Rule(
        own=members_only(400),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"membership_id": world_object("photo_membership")},
    ),
    "matching:introduction_consent": Rule(
        own=members_only(302), foreign=FOREIGN_404, method="post"
    ),
    "matching:introductions": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "matching:introduction_decide": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"request_id": introduction_pk},
    ),
    # A member takes back their own waiting request (the world's is its steward's): anyone
    # else's is not found, so the number tells nothing.
    "matching:introduction_withdraw": Rule(
        own=everyone(404, anonymous=302, steward=302, foreign_steward=302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"request_id": introduction_pk},
    ),
    "matching:asks": Rule(own=members_only(), foreign=FOREIGN_404),
    "matching:offer": Rule(own=members_only(), foreign=FOREIGN_404, kwargs={"ask_id": open_ask_pk}),
    # The ask's presenter is each network's canary person: other members are refused; a
    # steward's empty post changes nothing and goes back to the board.
    "matching:ask_met": Rule(
        own=stewards_only(302), foreign=FOREIGN_404, method="post", kwargs={"ask_id": open_ask_pk}
    ),
    # Undo of "Mark as met", as it: the canary ask is open, so a steward's post says it is on
    # the board and goes back there; other members are refused.
    "matching:ask_reopen": Rule(
        own=stewards_only(302), foreign=FOREIGN_404, method="post", kwargs={"ask_id": open_ask_pk}
    ),
    # Who can meet this ask (issue 16): stewards and the ask's presenter (the member persona
    # in Alpha); in the room, those who run it. The proposal is selected, not presented, so
    # private to its proposer and the stewards: anyone else finds nothing (404), as for any
    # object they may not see.
    "matching:ask_suggestions": Rule(
        own=everyone(
            404, anonymous=302, platform_admin=404, member=200, steward=200, foreign_steward=200
        ),
        foreign=FOREIGN_404,
        kwargs={"ask_id": ask_pk},
    ),
    "matching:proposal_suggestions": Rule(
        own=everyone(
            404, anonymous=302, platform_admin=404, member=200, steward=200, foreign_steward=200
        ),
        foreign=FOREIGN_404,
        kwargs={"proposal_id": proposal_pk},
    ),
    "matching:room_suggestions": Rule(
        own=stewards_only(), foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    # Seating (issue 17): stewards plan; a member sees only their own table. A POST with
    # nothing in it is refused with a message and sent back to the plan (302), except the
    # keyboard's "Move someone" form, which draws the plan again at 400 with the reason at
    # its fields and the choices kept.
    "seating:gathering": Rule(
        own=stewards_only(), foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    "seating:mine": Rule(
        own=members_only(), foreign=FOREIGN_404, kwargs={"gathering_id": gathering_pk}
    ),
    **{
        f"seating:{name}": Rule(
            own=stewards_only(), foreign=FOREIGN_404, kwargs={"plan_id": seating_plan_pk}
        )
        for name in ("plan", "cards", "names")
    },
    **{
        f"seating:{name}": Rule(
            own=stewards_only(302),
            foreign=FOREIGN_404,
            method="post",
            kwargs={"plan_id": seating_plan_pk},
        )
        for name in ("lock", "refresh", "publish")
    },
    "seating:move": Rule(
        own=stewards_only(400),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"plan_id": seating_plan_pk},
    ),
    "seating:pairs": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "seating:pair_remove": Rule(
        own=stewards_only(302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"pair_id": seating_pair_pk},
    ),
    # The host network's rules that name a youth cohort's students, for the cohort's
    # stewards (tests/seating/test_student_rules.py sees them there, with canaries). Only in
    # a youth cohort, as the youth program's pages: elsewhere (the steward persona's Alpha)
    # it is not there; the cohort's youth member and plain member are refused.
    "seating:student_rules": Rule(
        own=everyone(404, anonymous=302, youth_member=403, admin_member=403),
        foreign=FOREIGN_404,
    ),
    # Webhooks (stewards only; a hook or delivery of another network is not found)
    "webhooks:list": Rule(own=stewards_only(), foreign=FOREIGN_404),
    "webhooks:new": Rule(own=stewards_only(), foreign=FOREIGN_404),
    **{
        f"webhooks:{name}": Rule(
            own=stewards_only(), foreign=FOREIGN_404, kwargs={"webhook_id": webhook_pk}
        )
        for name in ("detail", "edit")
    },
    **{
        f"webhooks:{name}": Rule(
            own=POST_ONLY, foreign=FOREIGN_404, kwargs={"webhook_id": webhook_pk}
        )
        for name in ("delete", "secret", "test")
    },
    "webhooks:retry": Rule(
        own=POST_ONLY,
        foreign=FOREIGN_404,
        kwargs={"webhook_id": webhook_pk, "delivery_id": webhook_delivery_pk},
    ),
    # The national team's view (issue 15): stewards of a national network (Alpha and Bravo
    # are national networks; the youth member's own is a youth cohort, hence 403).
    **{
        f"national:{name}": Rule(own=stewards_only(), foreign=FOREIGN_404)
        for name in ("overview", "report", "report_pdf", "report_csv")
    },
    # A local network's stewards choose what it shares; the world has no local network, so
    # every persona's own network refuses (tests/national covers a local steward).
    "national:sharing": Rule(
        own=everyone(403, anonymous=302, platform_admin=404), foreign=FOREIGN_404
    ),
    # Convener training (issue 15). Trainers are the stewards of a national network (Alpha,
    # Bravo); the youth cohort runs no training, so its steward-less members get 403.
    "training:home": Rule(own=stewards_only(), foreign=FOREIGN_404),
    # "My training" is a practice network's, for its trainees; no persona's network is one
    # (tests/training/test_my_training_link.py has a trainee in one).
    "training:mine": Rule(
        own=everyone(403, anonymous=302, platform_admin=404), foreign=FOREIGN_404
    ),
    "training:application": Rule(
        own=stewards_only(),
        foreign=FOREIGN_404,
        kwargs={"application_id": training_pk("application")},
    ),
    **{
        f"training:{name}": Rule(
            own=stewards_only(), foreign=FOREIGN_404, kwargs={"cohort_id": training_pk("cohort")}
        )
        for name in ("cohort", "cohort_ics")
    },
    "training:practice_reset": Rule(
        own=POST_ONLY, foreign=FOREIGN_404, kwargs={"cohort_id": training_pk("cohort")}
    ),
    "training:session": Rule(
        own=stewards_only(),
        foreign=FOREIGN_404,
        kwargs={"cohort_id": training_pk("cohort"), "session_id": training_pk("session")},
    ),
    "training:organization": Rule(
        own=stewards_only(),
        foreign=FOREIGN_404,
        kwargs={"application_id": training_pk("application")},
    ),
    "training:file": Rule(
        own=stewards_only(),
        foreign=FOREIGN_404,
        kwargs={"submission_id": training_pk("submission")},
    ),
    # The public page and the cohort's calendar link need no login; a trainee's pages are
    # found by their email among an organization's staff: no persona is one (404).
    "training_public:apply": Rule(own=everyone(200)),
    "training_public:feed": Rule(own=everyone(200), kwargs={"token": training_feed_token}),
    "training_public:mine": Rule(own=everyone(200, anonymous=302)),
    "training_public:org": Rule(
        own=everyone(404, anonymous=302), kwargs={"application_id": training_pk("application")}
    ),
    "training_public:submission": Rule(
        own=everyone(404, anonymous=302),
        kwargs={"application_id": training_pk("application"), "assignment_id": 1},
    ),
    "training_public:file": Rule(
        own=everyone(404, anonymous=302),
        kwargs={
            "application_id": training_pk("application"),
            "submission_id": training_pk("submission"),
        },
    ),
    "training_public:call_ics": Rule(
        own=everyone(404, anonymous=302), kwargs={"call_id": training_pk("call")}
    ),
    # The REST API and its token pages (issue 19).
    # /api/v1/ itself is nothing (ninja needs the route to know where the API sits).
    "api:api-root": Rule(own=everyone(404)),
    "api:openapi-json": Rule(own=everyone(200)),
    "api:openapi-view": Rule(own=everyone(200)),
    # Not a network route, so the admin-member is named: it holds a youth cohort token.
    "api:networks": Rule(own={**API_MEMBERS, "admin_member": 200}, api=True),
    "api:members": api_rule(API_MEMBERS),
    "api:gatherings": api_rule(API_MEMBERS),
    "api:gathering": api_rule(API_MEMBERS, kwargs={"gathering_id": gathering_pk}),
    "api:rsvp": api_rule(
        API_MEMBERS, method="put", kwargs={"gathering_id": gathering_pk}, body={"answer": "maybe"}
    ),
    "api:proposals": api_rule(API_MEMBERS),
    "api:asks": api_rule(API_MEMBERS),
    "api:commitments": api_rule(API_MEMBERS),
    # The commitment of the selected proposal: in Alpha the member persona is its presenter;
    # in the youth cohort the youth member is no party to it (404, as for any other network).
    "api:commitment": api_rule(
        everyone(200, anonymous=401, platform_admin=401, youth_member=404),
        kwargs={"commitment_id": commitment_pk},
    ),
    "api:commitment_transition": api_rule(
        everyone(422, anonymous=401, platform_admin=401, youth_member=404),
        method="post",
        kwargs={"commitment_id": commitment_pk},
        body={"to": "no-such-state"},
    ),
    "api:roster": api_rule(API_STEWARDS),
    "api:attendees": api_rule(API_STEWARDS, kwargs={"gathering_id": gathering_pk}),
    "api:insights": api_rule(API_MEMBERS),
    "api_tokens:list": Rule(own=members_only(), foreign=FOREIGN_404),
    # Each network's steward's token: only its owner may revoke it (a POST without the
    # confirmation changes nothing and goes back to the list); anyone else gets 404.
    "api_tokens:revoke": Rule(
        own=everyone(404, anonymous=302, steward=302, foreign_steward=302),
        foreign=FOREIGN_404,
        method="post",
        kwargs={"token_id": steward_api_token_pk},
    ),
    # The youth program (issue 14). It lives in youth cohorts only: in any other network its
    # pages are not there (404), so the steward persona (own network Alpha) gets 404; inside
    # the cohort the youth member and the admin-member (a plain member) use the members'
    # pages and get 403 on the stewards' and safeguarding leads' ones.
    **{
        f"youth:{name}": Rule(
            own=everyone(404, anonymous=302, youth_member=200, admin_member=200),
            foreign=FOREIGN_404,
            kwargs=kwargs,
        )
        for name, kwargs in (
            ("home", {}),
            ("concern", {}),
            ("session", {"session_id": youth_session_pk}),
        )
    },
    **{
        f"youth:{name}": Rule(
            own=everyone(404, anonymous=302, youth_member=403, admin_member=403),
            foreign=FOREIGN_404,
            kwargs=kwargs,
        )
        for name, kwargs in (
            ("cycles", {}),
            ("session_new", {}),
            ("vetting", {}),
            ("safeguarding", {}),
            ("concerns", {}),
            ("applications", {"cycle_id": youth_cycle_pk}),
            ("application", {"application_id": youth_application_pk}),
            ("member", {"member_id": youth_member_pk}),
            ("session_edit", {"session_id": youth_session_pk}),
        )
    },
    # Holding a concern from deletion, and lifting the hold: the safeguarding leads' alone
    # (POST). The cohort's youth member and admin-member are refused (403, on a page that
    # says who can) before the concern is looked up; the steward persona, the cohort's lead
    # (no lead named), is asked in its own network Alpha, where the program is not there.
    # A lead's answers, and a steward who is no lead: tests/youth/test_concern_hold.py.
    **{
        f"youth:{name}": Rule(
            own=everyone(404, anonymous=302, youth_member=403, admin_member=403),
            foreign=FOREIGN_404,
            method="post",
            kwargs={"concern_id": youth_concern_pk},
        )
        for name in ("concern_hold", "concern_release")
    },
    # A make-up: its member (the youth member missed the session) and stewards; any other
    # member of the cohort is told it is not there.
    "youth:makeup": Rule(
        own=everyone(404, anonymous=302, youth_member=200, admin_member=404),
        foreign=FOREIGN_404,
        kwargs={"makeup_id": youth_makeup_pk},
    ),
    **{
        f"youth:{name}": Rule(
            own=POST_ONLY, foreign=FOREIGN_404, kwargs={"session_id": youth_session_pk}
        )
        for name in ("session_notice", "session_attendance")
    },
    # A young adult keeps or withdraws money they offered as a minor (their own only).
    "youth:money": Rule(own=POST_ONLY, foreign=FOREIGN_404),
    # The public application form (no login) and the guardian's view by a secret link (an
    # unknown link gets the one "cannot be used" answer).
    "youth_public:apply": Rule(
        own=everyone(200, admin_member=200), kwargs={"cycle_id": public_cycle_pk}
    ),
    "youth_public:guardian": Rule(
        own=everyone(404, admin_member=404), kwargs={"token": "1.not-a-real-secret"}
    ),
}


# Youth guests (issue 14, networks/guests.py): the youth member persona, a member of the
# youth cohort under Alpha, at Alpha's shared gathering (youth take part). Every network
# route of POLICY is requested on Alpha with that gathering wherever the route names one
# (tests/authz/test_youth_guests.py); a route not listed here must answer 404, and no canary
# of Alpha (its people, organizations, offers, nominees, tagline) nor the member's private
# self-description may reach the guest on any route.
YOUTH_GUEST: dict[str, int] = {
    "gatherings:detail": 200,
    "gatherings:ics": 200,
    # A code of a far-off day: the page says check-in is not open yet.
    "gatherings:check_in": 200,
    "live:phone": 200,
    "live:board": 200,
    "live:join_qr": 200,
    "live:events": 200,
    # A GET without text is bad input: 422 naming the field.
    "live:assess": 422,
    "live:submit": 405,
    # Their own Power Project's follow-up list (presented there): the commitments made to
    # it, with no adult's email (every other presenter's list stays 404).
    "live:followup": 200,
    "followthrough:gratitude": 200,
    # Their own commitment there (tests/authz/objects.py shared_commitment), which their
    # reminders link to: its page; an empty POST comes back as its form, refused (400).
    "followthrough:commitment": 200,
    "followthrough:act": 400,
    "followthrough:update": 400,
    "followthrough:snooze": 400,
    # Resuming reminders that were not paused changes nothing: back to the commitment.
    "followthrough:snooze_end": 302,
    # Their Power Project's update and feedback forms (on its page): an empty update or
    # empty feedback comes back as its form (400).
    "followthrough:project_update": 400,
    "followthrough:project_feedback": 400,
    # Their own table of the shared gathering ("No table yet" until a plan is published).
    "seating:mine": 200,
    # Their own Power Project: "Propose" at the shared gathering opens the one they have
    # there (sent to its edit page), the proposal's page; a selected proposal is no longer
    # edited (sent to its page); submit and withdraw are POSTs.
    "creditclub:proposal_new": 302,
    "creditclub:proposal": 200,
    "creditclub:proposal_edit": 302,
    "creditclub:proposal_submit": 405,
    "creditclub:proposal_withdraw": 405,
    # Their selected Power Project's presenter pack, which its page and the outcome email
    # link to (it was 404 to them).
    "creditclub:pack": 200,
}


# The youth member turned 18 (safeguards.md, minors: the guardian's part ends on the 18th
# birthday, on the cohort's calendar; networks/adulthood.py). Every route a guardian reaches by
# an emailed link, as the guardian persona finds it with links issued while the youth member
# persona was 17 once that persona's date of birth says 18 today: the one answer of an
# unusable link, before any run has moved the account (tests/authz/test_turned_18.py). Their
# own pages do not change: the youth member's access follows the role, not the age.
GUARDIAN_AT_18: dict[str, int] = {
    "consent:confirm": 404,
    "consent:revoke": 404,
    "guardian_approval:decide": 404,
    "youth_public:guardian": 404,
}
