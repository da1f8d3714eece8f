"""A youth cohort's stewards are responsible for their students at the host network's
gatherings, so they see the host's keep-apart and keep-together rules that name one of
their students: which rule, with whom (a young person by first name only), set by which
host steward and when. Not the reason (the host stewards' own words, which may concern the
other person), and nothing else of the host network: its other rules, its members, its
plans. The rule used to reach nobody in the cohort."""

from __future__ import annotations

from typing import Any

from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Role
from collaboratory.networks.versions import versions_of
from collaboratory.people.models import AgeBand, User
from collaboratory.seating.models import PairKind
from collaboratory.seating.services import seating_pair_add
from tests.conftest import CANARIES, World, client_for
from tests.factories import MembershipFactory

REASON = "CANARY-STUDENT-RULE-REASON"
OTHER_REASON = "CANARY-OTHER-RULE-REASON"


def _rules(world: World) -> tuple[User, User, User, User]:
    """In Alpha, the host: the youth member (a guest from its cohort) kept apart from the
    member and kept together with a 16-year-old member of Alpha; and a rule between two
    adults of Alpha that has nothing to do with the cohort. Returns the cohort's own
    steward (a steward there only), the youth member, the member and the minor."""
    youth, host_steward, member = (
        world.personas["youth_member"],
        world.personas["steward"],
        world.personas["member"],
    )
    assert youth is not None
    assert host_steward is not None
    assert member is not None
    with scopes_disabled():
        cohort_steward = MembershipFactory(
            network=world.youth, role=Role.STEWARD, user__full_name="Cora Cohort"
        ).user
        minor = MembershipFactory(
            network=world.alpha, user__full_name="Mina Minorova", user__age_band=AgeBand.AGE_16_17
        ).user
        canary_person = User.objects.get(full_name=CANARIES["alpha"][1])
    with scope(network=world.alpha):
        for kind, other, reason in (
            (PairKind.APART, member, REASON),
            (PairKind.TOGETHER, minor, ""),
        ):
            seating_pair_add(
                network=world.alpha,
                kind=kind,
                first=youth,
                second=other,
                reason=reason,
                actor=host_steward,
            )
        seating_pair_add(
            network=world.alpha,
            kind=PairKind.APART,
            first=member,
            second=canary_person,
            reason=OTHER_REASON,
            actor=host_steward,
        )
    return cohort_steward, youth, member, minor


def test_the_cohorts_steward_sees_the_rules_that_name_their_student(world: World) -> None:
    cohort_steward, youth, member, _minor = _rules(world)

    response = client_for(cohort_steward).get(f"/n/{world.youth.slug}/seating/students/")

    assert response.status_code == 200
    body = response.content.decode()
    # Reached from the cohort's navigation.
    assert f'href="/n/{world.youth.slug}/seating/students/"' in body
    assert youth.full_name in body
    assert "Keep apart" in body
    assert member.full_name in body
    assert "Keep together" in body
    assert "Mina" in body
    assert "Mina Minorova" not in body
    assert world.alpha.name in body
    host_steward = world.personas["steward"]
    assert host_steward is not None
    assert host_steward.full_name in body
    # Not the reason, not the host's other rule, nothing else of the host network.
    for canary in (REASON, OTHER_REASON, *CANARIES["alpha"]):
        assert canary not in body
    assert member.email not in body


def test_only_the_cohorts_stewards_and_only_in_a_cohort(world: World) -> None:
    _rules(world)
    youth, member, host_steward = (
        world.personas["youth_member"],
        world.personas["member"],
        world.personas["steward"],
    )

    # A student of the cohort: not their page (403, audited as every refusal).
    assert client_for(youth).get(f"/n/{world.youth.slug}/seating/students/").status_code == 403
    # In a network that is not a youth cohort there is no such page.
    for user in (member, host_steward):
        assert client_for(user).get(f"/n/{world.alpha.slug}/seating/students/").status_code == (404)


def test_the_host_stewards_are_told_who_else_sees_a_rule_about_a_guest(world: World) -> None:
    _rules(world)

    page = client_for(world.personas["steward"]).get(f"/n/{world.alpha.slug}/seating/rules/")

    assert (
        "The stewards of a youth guest's cohort see the rules that name their student, with "
        "whom and who set them, never the reason."
    ) in page.content.decode()


def test_reading_the_rules_about_students_is_audited(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """An adult reading about minors is part of the record (safeguards.md), as a steward's
    read of a youth member's page (`youth.member_read`) and anyone's read of a minor's
    profile (`profile.minor_read`) are: one row per young person the page names (the
    student, and a minor they are kept with, by first name), who read it and where. The
    page used to leave no trace. An adult the rules name is not a minor's record: no row.
    Like the other audited reads, it changes nothing a page shows, so no cache is emptied."""
    cohort_steward, youth, _member, minor = _rules(world)
    before = versions_of(world.youth.pk)

    with django_capture_on_commit_callbacks(execute=True):
        page = client_for(cohort_steward).get(f"/n/{world.youth.slug}/seating/students/")

    assert page.status_code == 200
    reads = AuditEvent.objects.filter(action="seating.student_rules_read")
    assert sorted(
        (e.actor_id, e.network_id, e.target_type, e.target_id, e.data) for e in reads
    ) == sorted(
        [
            (cohort_steward.pk, world.youth.pk, "people.user", str(youth.pk), {"rules": 2}),
            (cohort_steward.pk, world.youth.pk, "people.user", str(minor.pk), {"rules": 1}),
        ]
    )
    assert versions_of(world.youth.pk) == before


def test_a_page_that_names_no_student_records_no_read(world: World) -> None:
    with scopes_disabled():
        cohort_steward = MembershipFactory(network=world.youth, role=Role.STEWARD).user

    page = client_for(cohort_steward).get(f"/n/{world.youth.slug}/seating/students/")

    assert "No seating rule names one of your students." in page.content.decode()
    assert not AuditEvent.objects.filter(action="seating.student_rules_read").exists()
