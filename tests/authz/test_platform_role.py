"""The platform role grants nothing inside a network (finding 5).

Django answers yes to every permission of a superuser; a platform admin who accepted a member
invitation to the youth cohort was therefore its steward: roster, exports, follow-up lists,
settings, suspending a minor. Inside a network only the network's rules answer now. The
matrix holds the admin-member persona on every route; these tests show the worst cases
directly and keep every permission the code names registered with a rule.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rules
from asgiref.sync import async_to_sync
from django.urls import reverse
from django_scopes import scopes_disabled

import collaboratory
from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.people.models import User
from tests.authz.objects import live_gathering_pk, proposal_pk
from tests.authz.policy import POLICY
from tests.conftest import CANARIES, World, client_for

pytestmark = pytest.mark.django_db

SRC = Path(collaboratory.__file__).parent


def _admin_member(world: World) -> User:
    user = world.personas["admin_member"]
    assert user is not None
    return user


def _minor_of_the_cohort(world: World) -> Membership:
    with scopes_disabled():
        return Membership.objects.select_related("user").get(
            network=world.youth, user__full_name=CANARIES["youth"][1]
        )


def test_the_admin_member_cannot_suspend_a_minor(world: World) -> None:
    minor = _minor_of_the_cohort(world)
    url = reverse(
        "networks:roster_override",
        kwargs={"network_slug": world.youth.slug, "membership_id": minor.pk},
    )

    response = client_for(_admin_member(world)).post(
        url, {"status": MembershipStatus.SUSPENDED, "note": "Because I can"}
    )

    with scopes_disabled():
        minor.refresh_from_db()
        overridden = AuditEvent.objects.filter(action="membership.status_overridden").count()
    assert (response.status_code, minor.user.is_minor, minor.status, minor.status_overridden) == (
        403,
        True,
        MembershipStatus.ACTIVE,
        False,
    )
    assert overridden == 0


def test_the_admin_member_cannot_see_or_export_the_roster(world: World) -> None:
    client = client_for(_admin_member(world))

    roster = client.get(reverse("networks:roster", kwargs={"network_slug": world.youth.slug}))
    export = client.get(
        reverse("networks:roster_export", kwargs={"network_slug": world.youth.slug})
    )

    assert (roster.status_code, export.status_code) == (403, 403)
    assert "youth@alpha.example" not in export.content.decode()
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="roster.exported").count() == 0


def test_the_admin_member_cannot_see_a_presenters_follow_up_list(world: World) -> None:
    gathering_id = live_gathering_pk(world, "youth")
    proposal_id = proposal_pk(world, "youth")
    with scopes_disabled():
        on_the_list = Commitment.objects.filter(proposal_id=proposal_id).count()
    url = reverse(
        "live:followup",
        kwargs={
            "network_slug": world.youth.slug,
            "gathering_id": gathering_id,
            "proposal_id": proposal_id,
        },
    )

    response = client_for(_admin_member(world)).get(url)

    assert (on_the_list, response.status_code) == (1, 403)
    assert CANARIES["youth"][1] not in response.content.decode()


def test_the_admin_member_still_has_the_platform_overview(world: World) -> None:
    response = client_for(_admin_member(world)).get(reverse("web:platform"))

    assert response.status_code == 200
    assert world.youth.name in response.content.decode()


def _rule_objects(world: World) -> list[object]:
    """One object of each kind the rules are asked about, all in the youth cohort."""
    proposal_id = proposal_pk(world, "youth")
    live_gathering_pk(world, "youth")
    with scopes_disabled():
        proposal = Proposal.objects.select_related("network").get(pk=proposal_id)
        commitment = Commitment.objects.select_related("network", "proposal").get(proposal=proposal)
    return [None, world.youth, world.gatherings["youth"], proposal, commitment]


def test_every_rule_answers_the_admin_member_as_it_answers_the_same_person_without_the_flag(
    world: World,
) -> None:
    """Every permission any app registered, on every kind of object: the superuser flag
    changes only `networks.view_platform`."""
    admin_member = _admin_member(world)
    plain = User.objects.get(pk=admin_member.pk)
    plain.is_superuser = plain.is_staff = False
    names = sorted(rules.permissions.permissions)
    differing = []
    with scopes_disabled():
        for obj in _rule_objects(world):
            for name in names:
                if admin_member.has_perm(name, obj) != plain.has_perm(name, obj):
                    differing.append((name, type(obj).__name__))

    assert differing == [("networks.view_platform", "NoneType")] + [
        ("networks.view_platform", kind)
        for kind in ("Network", "Gathering", "Proposal", "Commitment")
    ]


def test_inside_the_network_the_admin_member_holds_what_a_member_holds(world: World) -> None:
    admin_member = _admin_member(world)
    youth = world.youth
    checks = ("networks.view_network", "networks.manage_membership", "insights.view_full")

    with scopes_disabled():
        answers = [admin_member.has_perm(name, youth) for name in checks]
        answers_async = [async_to_sync(admin_member.ahas_perm)(name, youth) for name in checks]

    assert answers == [True, False, False]
    assert answers_async == answers


def test_a_permission_no_rule_defines_is_not_granted_on_an_object(world: World) -> None:
    """A misspelt permission name in network code must not fall back to the superuser's yes."""
    with scopes_disabled():
        answer = _admin_member(world).has_perm("networks.manage_everything", world.youth)

    assert answer is False


# has_perm("x.y", ...), require_perm(request, "x.y"), {% has_perm "x.y" ... %},
# {% if perms.x.y %}
_PERMISSION_USES = (
    re.compile(r"""has_perm\(\s*["']([\w.]+)["']"""),
    re.compile(r"""require_perm\(\s*\w+\s*,\s*["']([\w.]+)["']"""),
    re.compile(r"""\{%\s*has_perm\s+["']([\w.]+)["']"""),
    re.compile(r"""\bperms\.(\w+\.\w+)"""),
    re.compile(r"""network_view\(\s*(?:perm\s*=\s*)?["']([\w.]+)["']"""),
)


def _permissions_named_in_the_code() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*"):
        if path.suffix not in (".py", ".html") or "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in _PERMISSION_USES:
            found.update(pattern.findall(text))
    return found


def test_every_permission_the_code_asks_about_has_a_rule() -> None:
    """A permission without a rule would be answered by Django's model permissions, where a
    superuser holds everything; every one we ask about must be ours."""
    named = _permissions_named_in_the_code()

    assert len(named) > 10
    assert sorted(name for name in named if not rules.perm_exists(name)) == []


# Rows whose object belongs to the youth member persona alone (another member of the same
# cohort, as the admin-member is, is told it is not there).
OWN_OBJECT_ROWS = frozenset({"youth:makeup"})
# Rows refused to a student (`Membership.is_student`: the youth member persona), which the
# admin-member, an adult member of the same cohort, is not.
STUDENT_ROWS = frozenset({"networks:my_organization"})


def test_the_policy_gives_the_admin_member_nothing_a_youth_member_lacks() -> None:
    """Rows may not quietly grant the admin-member more (or less) than the membership does.
    API rows go by the token, which only a membership gives: like the youth member's."""
    network_rows = {n: rule for n, rule in POLICY.items() if rule.foreign is not None or rule.api}
    platform_rows = {n: rule for n, rule in POLICY.items() if rule.foreign is None and not rule.api}

    unlike_member = [
        name
        for name, rule in network_rows.items()
        if (
            name not in OWN_OBJECT_ROWS | STUDENT_ROWS
            and rule.own["admin_member"] != rule.own["youth_member"]
        )
        or (rule.foreign or {}).get("admin_member") != (rule.foreign or {}).get("youth_member")
    ]
    unlike_admin = [
        name
        for name, rule in platform_rows.items()
        if rule.own["admin_member"] != rule.own["platform_admin"]
    ]

    assert (unlike_member, unlike_admin) == ([], [])
    # Where the object is the youth member's own, the admin-member gets less, never more.
    assert {name: POLICY[name].own["admin_member"] for name in OWN_OBJECT_ROWS} == {
        name: 404 for name in OWN_OBJECT_ROWS
    }
    # Where a student is refused, the adult member gets what every member gets.
    assert {
        name: (POLICY[name].own["youth_member"], POLICY[name].own["admin_member"])
        for name in STUDENT_ROWS
    } == {name: (403, POLICY[name].own["member"]) for name in STUDENT_ROWS}
