"""Turning 18 in two cohorts, and the catch-up for those an earlier version moved.

A student in two youth cohorts (under two host networks) has money waiting for the guardian
in each. The birthday email listed only the first cohort's: each cohort now writes its own,
listing its own money (and its host's) with a link to its own program page, where only that
money is decided. Members an earlier version moved to the adult age band on the birthday,
without opening a place still waiting for consent and without a word about money, are
caught up by the periodic run, each part once however often it runs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.commitments.services import commitment_create, presentation_start
from collaboratory.creditclub.services import proposals_announce
from collaboratory.gatherings.models import Attendance, GatheringFormat
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
from collaboratory.networks.models import Membership, MembershipStatus, NetworkKind, Role
from collaboratory.people.models import AgeBand, User
from collaboratory.youth import tasks
from collaboratory.youth.services import money_awaiting_catch_up
from tests.authz.objects import _proposal_selected
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.youth.test_coming_of_age import born_for, fresh, set_born_on
from tests.youth.test_coming_of_age import far as far

pytestmark = pytest.mark.django_db


def second_cohort(world: World, youth: User) -> dict[str, Any]:
    """A second youth cohort, under Bravo, on the first cohort's calendar: the youth member
    is in it too and offered $15 there, waiting for the guardian."""
    with scopes_disabled():
        cohort = NetworkFactory(
            slug="second-cohort",
            name="Second Cohort",
            kind=NetworkKind.YOUTH,
            parent=world.bravo,
            time_zone=world.youth.time_zone,
        )
        steward = MembershipFactory(
            network=cohort, role=Role.STEWARD, user__email="steward@second.example"
        ).user
        MembershipFactory(network=cohort, user=youth, role=Role.YOUTH_MEMBER)
        peer = MembershipFactory(
            network=cohort,
            role=Role.YOUTH_MEMBER,
            user__email="peer@second.example",
            user__full_name="Pia Peer",
            user__age_band=AgeBand.AGE_16_17,
        ).user
        now = timezone.now()
        past = gathering_create(
            network=cohort,
            title="Last term's circle",
            format=GatheringFormat.VIRTUAL,
            parts=[("Call", now - timedelta(days=90), now - timedelta(days=90, hours=-2))],
        )
        attendance_bulk_record(
            network=cohort,
            entries=[(past.parts.get().pk, peer.pk)],
            source=Attendance.Source.HISTORY,
        )
        starts = now + timedelta(days=60)
        gathering = gathering_create(
            network=cohort,
            title="Second cohort circle",
            format=GatheringFormat.IN_PERSON,
            city="Tulsa",
            parts=[("Circle", starts, starts + timedelta(hours=2))],
        )
        proposal = _proposal_selected(gathering, peer, "Pia's Power Project", steward)
        proposals_announce(gathering=gathering, actor=steward, early=True)
        proposal.refresh_from_db()
        presentation_start(gathering=gathering, proposal=proposal, actor=steward)
        money = commitment_create(
            proposal=proposal,
            ask=None,
            committer=youth,
            entered_by=youth,
            what="I will give $15 from my allowance by May 1",
            capital="financial",
            amount="15",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key="9f0e3c4b-0000-4000-8000-000000000201",
        )
    assert money.guardian_approval == "awaiting"
    return {"network": cohort, "money": money}


def _money(youth: User, words: str) -> Commitment:
    with scopes_disabled():
        return Commitment.objects.get(committer=youth, what__startswith=words)


def _told(youth: User) -> list[Any]:
    return [m for m in mail.outbox if m.to == [youth.email]]


def test_each_cohort_lists_its_own_money_and_decides_only_its_own(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    youth = far["youth"]
    second = second_cohort(world, youth)
    birthday = born_for(far["today"])
    set_born_on(world.youth, youth, birthday)
    set_born_on(second["network"], youth, birthday)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        tasks.youth_coming_of_age.call()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.youth_coming_of_age.call() == 0  # the next hour: nothing again

    told = _told(youth)
    first = [m for m in told if "$40" in m.body]
    other = [m for m in told if "$15" in m.body]
    assert len(told) == 2, [m.subject for m in told]
    assert len(first) == len(other) == 1
    assert f"/n/{world.youth.slug}/youth/" in first[0].body
    assert "/n/second-cohort/" not in first[0].body
    assert "/n/second-cohort/youth/" in other[0].body
    assert f"/n/{world.youth.slug}/" not in other[0].body
    assert "Second Cohort" in other[0].body

    client = client_for(fresh(youth))
    page = client.get("/n/second-cohort/youth/").content.decode()
    assert "I will give $15 from my allowance" in page
    assert "I will give $40" not in page  # Alpha's money is the first cohort's to decide
    fifteen, forty = _money(youth, "I will give $15"), _money(youth, "I will give $40")
    # Each only within its own network: the other cohort's page does not know it.
    crossed = client.post(
        f"/n/{world.youth.slug}/youth/money/", {"commitment": fifteen.pk, "decision": "keep"}
    )
    crossed_back = client.post(
        "/n/second-cohort/youth/money/", {"commitment": forty.pk, "decision": "keep"}
    )
    assert (crossed.status_code, crossed_back.status_code) == (404, 404)
    with django_capture_on_commit_callbacks(execute=True):
        kept = client.post(
            "/n/second-cohort/youth/money/",
            {"commitment": fifteen.pk, "decision": "keep"},
            follow=True,
        )
    assert "Kept" in kept.content.decode()
    with scopes_disabled():
        assert Commitment.objects.filter(COUNTED, pk=fifteen.pk).exists()
        assert Commitment.objects.get(pk=forty.pk).guardian_approval == "awaiting"


def test_two_cohorts_under_one_host_list_the_hosts_money_once(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    """Both cohorts reach the host's money (either program page decides it): the first
    cohort's email claims it, the second does not list it again."""
    youth = far["youth"]
    with scopes_disabled():
        sibling = NetworkFactory(
            slug="sibling-cohort",
            name="Sibling Cohort",
            kind=NetworkKind.YOUTH,
            parent=world.alpha,
            time_zone=world.youth.time_zone,
        )
        MembershipFactory(network=sibling, user=youth, role=Role.YOUTH_MEMBER)
    birthday = born_for(far["today"])
    set_born_on(world.youth, youth, birthday)
    set_born_on(sibling, youth, birthday)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        tasks.youth_coming_of_age.call()

    told = _told(youth)
    assert sum(m.body.count("I will give $40 from our car wash") for m in told) == 1


def _moved_by_an_earlier_version(network: Any, youth: User, today: date) -> None:
    """What the version before the admission and the money note left: a date of birth that
    says 18 weeks ago, the account already in the adult band, nothing else done."""
    set_born_on(network, youth, born_for(today - timedelta(days=60)))
    with scopes_disabled():
        User.objects.filter(pk=youth.pk).update(age_band=AgeBand.AGE_18_29)


def test_the_periodic_run_catches_up_on_money_nobody_asked_about_once(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    youth = far["youth"]
    _moved_by_an_earlier_version(world.youth, youth, far["today"])
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        first = tasks.youth_coming_of_age.call()
    with django_capture_on_commit_callbacks(execute=True):
        again = tasks.youth_coming_of_age.call()
        with scopes_disabled():
            retried = money_awaiting_catch_up(network=world.youth)

    assert (first, again, retried) == (1, 0, 0)
    (told,) = _told(youth)
    assert "$40" in told.body
    assert f"/n/{world.youth.slug}/youth/" in told.body
    assert "Happy 18th birthday" not in told.subject  # that was weeks ago
    page = client_for(fresh(youth)).get(f"/n/{world.youth.slug}/youth/").content.decode()
    assert 'name="decision" value="keep"' in page


def test_the_periodic_run_opens_a_place_still_waiting_for_consent_once(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """An earlier version moved the account on the birthday but left the place waiting for
    a guardian who no longer has a say (and whom nobody may replace)."""
    with scopes_disabled():
        student = MembershipFactory(
            network=world.youth,
            role=Role.YOUTH_MEMBER,
            user__email="late@cohort.example",
            user__full_name="Lena Late",
            user__age_band=AgeBand.AGE_16_17,
        )
        Membership.objects.filter(pk=student.pk).update(status=MembershipStatus.PENDING_CONSENT)
    youth = student.user
    _moved_by_an_earlier_version(world.youth, youth, timezone.localdate())
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        first = tasks.youth_coming_of_age.call()
    with django_capture_on_commit_callbacks(execute=True):
        again = tasks.youth_coming_of_age.call()

    assert (first, again) == (1, 0)
    with scopes_disabled():
        assert Membership.objects.get(pk=student.pk).status == MembershipStatus.ACTIVE
        assert AuditEvent.objects.filter(action="membership.admitted_at_18").count() == 1
    (told,) = _told(youth)
    assert "is open now" in told.body
    assert client_for(fresh(youth)).get(f"/n/{world.youth.slug}/youth/").status_code == 200


def test_a_minor_adult_band_aside_is_never_caught_up(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    """The catch-up is for adults only: a 17-year-old's money stays the guardian's."""
    youth = far["youth"]
    set_born_on(world.youth, youth, born_for(far["today"] + timedelta(days=2)))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.youth_coming_of_age.call() == 0
    assert _told(youth) == []
    assert _money(youth, "I will give $40").guardian_approval == "awaiting"
