"""A youth member turns 18 (safeguards.md, minors and guardians): from the first moment of the
18th birthday on the cohort's calendar the guardian's view, links, approval of money and
notices stop, on every request and whether or not the periodic run has reached the account;
the young adult takes the adult defaults and is told once.

The cohort sits far from UTC, on the side where its date is not UTC's at the time the test
runs, so a check made on UTC's day (or on instants) lands on the wrong day."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.networks.adulthood import age_on, comes_of_age_on
from collaboratory.networks.models import Membership, Network
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import guardian_emails_of, under_guardians
from collaboratory.networks.services.adulthood import (
    youth_member_comes_of_age,
    youth_members_come_of_age,
)
from collaboratory.networks.services.consent import (
    guardian_consent_confirm,
    guardian_consent_request,
)
from collaboratory.people.models import AgeBand, User
from collaboratory.periodic.registry import registered
from collaboratory.youth import services, tasks
from collaboratory.youth.models import GuardianLink
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for
from tests.youth.conftest import make_cohort

pytestmark = pytest.mark.django_db

APPROVAL = re.compile(r"https?://\S+/guardian-approval/token/(\S+)/")
GUARDIAN = "guardian@alpha.example"


def far_zone(now: datetime) -> str:
    """A zone whose calendar day differs from UTC's at `now`: UTC+14 from 10:00 UTC on,
    UTC-11 before 11:00 UTC."""
    return "Pacific/Kiritimati" if now.hour >= 10 else "Pacific/Niue"


def born_for(birthday: date) -> date:
    """A date of birth whose 18th birthday is `birthday` (29 February: the day before, so
    the person is 18 that day too; the day-before case then skips ahead a day)."""
    try:
        return birthday.replace(year=birthday.year - 18)
    except ValueError:
        return date(birthday.year - 18, 2, 28)


def set_born_on(network: Network, user: User, born_on: date) -> None:
    with scopes_disabled():
        Membership.objects.filter(network=network, user=user).update(born_on=born_on)


def fresh(user: User) -> User:
    with scopes_disabled():
        return User.objects.get(pk=user.pk)


# --- The rule, at fixed instants ------------------------------------------------------------


def test_the_rule_counts_whole_years_and_a_leap_day_birthday() -> None:
    born = date(2008, 12, 6)
    assert comes_of_age_on(born) == date(2026, 12, 6)
    assert age_on(born, date(2026, 12, 5)) == 17
    assert age_on(born, date(2026, 12, 6)) == 18
    assert comes_of_age_on(date(2008, 2, 29)) == date(2026, 3, 1)
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17


@pytest.mark.parametrize(
    ("at", "adult"),
    [
        # 23:59 on 9 March in Kiritimati (UTC+14): the day before.
        (datetime(2026, 3, 9, 9, 59, tzinfo=UTC), False),
        # 00:00 on 10 March there, still 9 March in UTC: the birthday.
        (datetime(2026, 3, 9, 10, 0, tzinfo=UTC), True),
        # The day after.
        (datetime(2026, 3, 10, 12, 0, tzinfo=UTC), True),
    ],
)
def test_the_birthday_is_the_cohorts_calendar_day(
    world: World, at: datetime, adult: bool, django_capture_on_commit_callbacks: Any
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        Network.objects.filter(pk=world.youth.pk).update(time_zone="Pacific/Kiritimati")
    world.youth.refresh_from_db()
    set_born_on(world.youth, youth, date(2008, 3, 10))

    assert under_guardians(user=youth, now=at) is not adult
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        moved = youth_members_come_of_age(network=world.youth, now=at)

    assert moved == (1 if adult else 0)
    assert fresh(youth).age_band == (AgeBand.AGE_18_29 if adult else AgeBand.AGE_16_17)


# --- As the guardian and the young adult meet it, on real requests ---------------------------


@pytest.fixture
def far(world: World, django_capture_on_commit_callbacks: Any) -> dict[str, Any]:
    """The cohort in a far zone; the guardian holds a view link, a money approval link and
    the revoke link of their consent, all issued while the member is 17."""
    now = timezone.now()
    with scopes_disabled():
        Network.objects.filter(pk=world.youth.pk).update(time_zone=far_zone(now))
    world.youth.refresh_from_db()
    today = date_in(world.youth, now)
    assert today != now.astimezone(UTC).date(), "the cohort's day must not be UTC's"
    youth, steward = world.personas["youth_member"], world.personas["steward"]
    assert youth is not None
    assert steward is not None
    shared = shared_gathering(world)
    mail.outbox.clear()
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        _link, view_token = services.guardian_link_issue(
            network=world.youth, member=youth, actor=steward
        )
        commitment_create(
            proposal=Proposal.objects.get(pk=shared["proposal"]),
            ask=None,
            committer=youth,
            entered_by=youth,
            what="I will give $40 from our car wash by June 1",
            capital="financial",
            amount="40",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key="9f0e3c4b-0000-4000-8000-000000000018",
        )
    found = [APPROVAL.search(m.body) for m in mail.outbox if m.to == [GUARDIAN]]
    (approval,) = [m.group(1) for m in found if m]
    return {
        "today": today,
        "view": view_token,
        "approval": approval,
        "shared": shared,
        "youth": youth,
    }


def guardian_pages(world: World, far: dict[str, Any]) -> dict[str, int]:
    """What each of the guardian's links answers, and whether an RSVP notice reaches them."""
    guardian = Client()
    mail.outbox.clear()
    with scopes_disabled():
        rsvp_submit(
            gathering=Gathering.objects.get(pk=far["shared"]["gathering"]),
            user=far["youth"],
            answer="yes",
        )
    return {
        "view": guardian.get(
            reverse("youth_public:guardian", kwargs={"token": far["view"]})
        ).status_code,
        "approval": guardian.get(
            reverse("guardian_approval:decide", kwargs={"token": far["approval"]})
        ).status_code,
        "revoke": guardian.get(
            reverse("consent:revoke", kwargs={"token": world.tokens["guardian_revoke"]})
        ).status_code,
        "rsvp_notices": sum(1 for m in mail.outbox if GUARDIAN in m.to),
    }


def test_the_day_before_the_18th_birthday_the_guardian_keeps_everything(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    tomorrow = far["today"] + timedelta(days=1)
    if (tomorrow.month, tomorrow.day) == (2, 29):
        tomorrow += timedelta(days=1)
    set_born_on(world.youth, far["youth"], born_for(tomorrow))
    with django_capture_on_commit_callbacks(execute=True):
        pages = guardian_pages(world, far)

    assert pages == {"view": 200, "approval": 200, "revoke": 200, "rsvp_notices": 1}
    # The member's own pages leave the account a minor's.
    client_for(far["youth"]).get(f"/n/{world.youth.slug}/")
    assert fresh(far["youth"]).age_band == AgeBand.AGE_16_17


@pytest.mark.parametrize("days_after", [0, 1])
def test_from_the_18th_birthday_every_guardian_link_and_notice_stops_before_any_run(
    world: World, far: dict[str, Any], days_after: int, django_capture_on_commit_callbacks: Any
) -> None:
    """No periodic run and no request of the member: the guardian's side checks the date
    of birth itself."""
    set_born_on(world.youth, far["youth"], born_for(far["today"] - timedelta(days=days_after)))

    with django_capture_on_commit_callbacks(execute=True):
        pages = guardian_pages(world, far)

    assert pages == {"view": 404, "approval": 404, "revoke": 404, "rsvp_notices": 0}
    view = Client().get(reverse("youth_public:guardian", kwargs={"token": far["view"]}))
    assert "also stop for good on the youth member's 18th birthday" in view.content.decode()
    assert guardian_emails_of(user=far["youth"]) == []
    assert fresh(far["youth"]).age_band == AgeBand.AGE_16_17  # nobody moved the account yet


def test_on_the_birthday_the_young_adults_first_request_gives_the_adult_defaults_and_tells_once(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    youth = far["youth"]
    set_born_on(world.youth, youth, born_for(far["today"]))
    mail.outbox.clear()
    client = client_for(youth)

    with django_capture_on_commit_callbacks(execute=True):
        home = client.get(f"/n/{world.youth.slug}/")
    with django_capture_on_commit_callbacks(execute=True):
        client.get(f"/n/{world.youth.slug}/")
        with scopes_disabled():
            again = youth_member_comes_of_age(user=fresh(youth))
            run = youth_members_come_of_age(network=world.youth)

    assert home.status_code == 200
    assert fresh(youth).age_band == AgeBand.AGE_18_29
    assert (again, run) == (False, 0)
    told = [m for m in mail.outbox if m.to == [youth.email]]
    assert len(told) == 1
    assert "You are 18 now" in told[0].body
    assert not [m for m in mail.outbox if GUARDIAN in m.to]
    with scopes_disabled():
        assert not GuardianLink.objects.filter(member=youth, revoked_at__isnull=True).exists()
        assert AuditEvent.objects.filter(action="membership.came_of_age").count() == 1
    # Adult defaults: the self-description is offered with "prefer not to say" and its
    # consent unticked; nothing was chosen for them.
    page = client.get(reverse("people:self_description")).content.decode()
    consent = re.search(r'<input type="checkbox" name="consent"[^>]*>', page)
    assert consent is not None
    assert "checked" not in consent.group(0)
    assert re.search(r'value=""[^>]*checked>\s*Prefer not to say', page)


def test_the_periodic_run_moves_who_does_not_sign_in(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    youth = far["youth"]
    set_born_on(world.youth, youth, born_for(far["today"]))
    mail.outbox.clear()
    assert any(item.task is tasks.youth_coming_of_age for item in registered())

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.youth_coming_of_age.call() == 1

    assert fresh(youth).age_band == AgeBand.AGE_18_29
    assert len([m for m in mail.outbox if m.to == [youth.email]]) == 1


def test_a_steward_cannot_issue_a_guardian_link_for_an_18_year_old(
    world: World, far: dict[str, Any]
) -> None:
    set_born_on(world.youth, far["youth"], born_for(far["today"]))
    with scopes_disabled(), pytest.raises(Exception, match="is 18"):
        services.guardian_link_issue(
            network=world.youth, member=far["youth"], actor=world.personas["steward"]
        )


def test_the_stewards_member_page_says_the_guardians_part_ended_and_offers_no_new_link(
    django_capture_on_commit_callbacks: Any,
) -> None:
    """The page kept "Email the guardian a new link" (refused once pressed) and said a
    recorded step shows on the guardian's view, which no longer opens."""
    cohort = make_cohort()
    now = timezone.now()
    with scopes_disabled():
        Network.objects.filter(pk=cohort.network.pk).update(time_zone=far_zone(now))
    cohort.network.refresh_from_db()
    _consent, token = guardian_consent_request(
        user=cohort.youth, network=cohort.network, guardian_email="parent@family.example"
    )
    guardian_consent_confirm(token=token, guardian_name="Pat Parent", agree=True)
    set_born_on(cohort.network, cohort.youth, born_for(date_in(cohort.network, now)))
    steward = client_for(cohort.steward)
    url = f"/n/cohort/youth/members/{cohort.youth.pk}/"
    mail.outbox.clear()

    page = steward.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        step = steward.post(
            url, {"action": "escalate", "kind": "conversation", "note": "We talked."}, follow=True
        ).content.decode()

    assert "Email the guardian a new link" not in page
    assert "Turned 18: their guardian's view, links and notices have ended." in page
    assert "Step recorded." in step
    assert "The guardian&#x27;s view shows it." not in step
    assert not [m for m in mail.outbox if "parent@family.example" in m.to]


def test_money_committed_on_the_birthday_before_any_run_does_not_wait_for_a_guardian(
    world: World, far: dict[str, Any]
) -> None:
    """An API token's request passes no middleware, so the account may still carry the
    minor's age band on the birthday: the money must count as an adult's, not wait for a
    guardian nobody asks any more."""
    youth = far["youth"]
    set_born_on(world.youth, youth, born_for(far["today"]))
    assert fresh(youth).is_minor, "no run or request has moved the account yet"
    with scopes_disabled():
        made = commitment_create(
            proposal=Proposal.objects.get(pk=far["shared"]["proposal"]),
            ask=None,
            committer=fresh(youth),
            entered_by=fresh(youth),
            what="I will give $25 from my first paycheck by July 1",
            capital="financial",
            amount="25",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key="9f0e3c4b-0000-4000-8000-000000000019",
        )
    assert made.guardian_approval == ""


# --- Money still waiting for the guardian on the 18th birthday --------------------------------


def _awaiting(youth: User) -> Any:
    from collaboratory.commitments.models import Commitment

    with scopes_disabled():
        return Commitment.objects.get(committer=youth, capital="financial")


def test_money_awaiting_the_guardian_on_the_birthday_is_the_young_adults_to_keep_or_withdraw(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    """It stayed uncounted for ever: the guardian no longer had a say and nobody else was
    asked. It was made as a minor, so it is not counted silently either: the young adult is
    asked, once, in their language, and keeps it (it counts from then) or withdraws it."""
    from collaboratory.commitments.models import COUNTED, Commitment

    youth = far["youth"]
    with scopes_disabled():
        User.objects.filter(pk=youth.pk).update(language="es")
    set_born_on(world.youth, youth, born_for(far["today"]))
    commitment = _awaiting(youth)
    client = client_for(fresh(youth))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        home = client.get(f"/n/{world.youth.slug}/youth/").content.decode()
        with scopes_disabled():
            youth_members_come_of_age(network=world.youth)  # the hourly run: nothing again
    asked = [m for m in mail.outbox if m.to == [youth.email]]

    assert len(asked) == 1  # the birthday's one email asks
    assert asked[0].subject.startswith("Feliz cumpleaños")
    assert "Antes de cumplir 18 ofreciste dinero" in asked[0].body
    assert "$40" in asked[0].body
    assert f"/n/{world.youth.slug}/youth/" in asked[0].body
    assert GUARDIAN not in asked[0].to
    assert 'name="decision" value="keep"' in home
    assert "I will give $40 from our car wash by June 1" in home

    url = f"/n/{world.youth.slug}/youth/money/"
    with django_capture_on_commit_callbacks(execute=True):
        kept = client.post(url, {"commitment": commitment.pk, "decision": "keep"}, follow=True)
        again = client.post(url, {"commitment": commitment.pk, "decision": "withdraw"}, follow=True)

    assert kept.status_code == 200
    with scopes_disabled():
        row = Commitment.objects.get(pk=commitment.pk)
        assert Commitment.objects.filter(COUNTED, pk=commitment.pk).exists()
        assert AuditEvent.objects.filter(action="commitment.kept_at_18").count() == 1
    assert (row.guardian_approval, row.undone_at) == ("", None)
    assert again.status_code == 200
    assert "ya no espera" in again.content.decode()  # decided already: nothing changed
    assert 'name="decision"' not in again.content.decode()
    # The guardian's approval link stays unusable.
    assert (
        Client()
        .get(reverse("guardian_approval:decide", kwargs={"token": far["approval"]}))
        .status_code
        == 404
    )


def test_the_young_adult_may_withdraw_it_and_it_never_counts(
    world: World, far: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    from collaboratory.commitments.models import COUNTED, Commitment

    youth = far["youth"]
    set_born_on(world.youth, youth, born_for(far["today"] - timedelta(days=40)))
    commitment = _awaiting(youth)
    client = client_for(youth)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(f"/n/{world.youth.slug}/")
        done = client.post(
            f"/n/{world.youth.slug}/youth/money/",
            {"commitment": commitment.pk, "decision": "withdraw"},
            follow=True,
        ).content.decode()

    assert "Withdrawn" in done
    with scopes_disabled():
        row = Commitment.objects.get(pk=commitment.pk)
        assert not Commitment.objects.filter(COUNTED, pk=commitment.pk).exists()
        assert AuditEvent.objects.filter(action="commitment.withdrawn_at_18").count() == 1
    assert row.undone_at is not None
    assert "I will give $40" not in client.get(f"/n/{world.youth.slug}/youth/").content.decode()


def test_before_18_the_money_is_the_guardians_to_decide_and_others_cannot_touch_it(
    world: World, far: dict[str, Any]
) -> None:
    from collaboratory.commitments.models import Commitment

    youth = far["youth"]
    set_born_on(world.youth, youth, born_for(far["today"] + timedelta(days=3)))
    commitment = _awaiting(youth)
    url = f"/n/{world.youth.slug}/youth/money/"
    minor = client_for(youth)

    home = minor.get(f"/n/{world.youth.slug}/youth/").content.decode()
    refused = minor.post(url, {"commitment": commitment.pk, "decision": "keep"}, follow=True)
    steward = client_for(world.personas["steward"]).post(
        url, {"commitment": commitment.pk, "decision": "keep"}
    )
    junk = minor.post(url, {"commitment": "x", "decision": "keep"})

    assert 'name="decision"' not in home
    assert "waits for your guardian" in refused.content.decode()
    assert steward.status_code == 404  # stewards of the host are no members of the cohort
    assert junk.status_code == 400
    with scopes_disabled():
        assert Commitment.objects.get(pk=commitment.pk).guardian_approval == "awaiting"
