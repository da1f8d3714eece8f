"""A safeguarding lead holds a concern still needed (an investigation, a legal hold): the
retention run deleted every concern on its date, whatever matter was still open. A held
concern is never deleted by the run; once the hold is lifted its own date applies again, so
one already past goes on the next run. Only the cohort's leads (`youth.lead`, who read the
concerns) hold and lift, a steward who is no lead included; a reason is required, one line,
at most 300 characters; a second hold to the same day, a lift of nothing and another
cohort's concern are refused by name, changing nothing. The leads' page says who holds it,
since when, why, and the day it would otherwise go."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Network, NetworkKind
from collaboratory.people.services import account_delete
from collaboratory.youth.models import Concern
from collaboratory.youth.services import (
    concern_hold_lift,
    concern_hold_place,
    concern_report,
    safeguarding_lead_set,
    youth_retention_run,
)
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.youth.conftest import Cohort

PAGE = "/n/cohort/youth/concerns/"
RAISED = date(2025, 11, 3)
SEVEN_YEARS = date(2032, 11, 3)
# Every hold has a date (tests/youth/test_concern_hold_dated.py); these tests are about a
# hold while it stands, so theirs runs past every run below, with the bound set to allow it.
UNTIL = date(2045, 1, 1)


@pytest.fixture(autouse=True)
def far_holds(settings: Any) -> None:
    settings.COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS = 365 * 25


def hold_url(concern: Concern) -> str:
    return f"{PAGE}{concern.pk}/hold/"


def lift_url(concern: Concern) -> str:
    return f"{PAGE}{concern.pk}/hold/lift/"


def at(cohort: Cohort, day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour, 0), ZoneInfo(cohort.network.time_zone))


@pytest.fixture
def led(cohort: Cohort) -> Cohort:
    """The adult is the cohort's named lead: its steward is then no lead."""
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    return cohort


def hold(cohort: Cohort, concern: Concern, reason: str) -> Concern:
    """The cohort's lead holds `concern` until UNTIL, through the service."""
    return concern_hold_place(
        network=cohort.network, concern=concern, reason=reason, until=UNTIL, actor=cohort.adult
    )


def a_concern(cohort: Cohort, about: str = "A worry", day: date = RAISED) -> Concern:
    concern = concern_report(network=cohort.network, filed_by=cohort.youth2, about=about)
    with scopes_disabled():
        Concern.objects.filter(pk=concern.pk).update(created_at=at(cohort, day))
        concern.refresh_from_db()
    return concern


def state(concern: Concern) -> tuple[object, ...]:
    with scopes_disabled():
        row = Concern.objects.get(pk=concern.pk)
    return (row.held_at, row.held_by_id, row.hold_reason)


def left(cohort: Cohort) -> set[str]:
    with scope(network=cohort.network):
        return set(Concern.objects.values_list("about", flat=True))


def hold_events() -> list[tuple[str, int | None, str, dict[str, object]]]:
    return [
        (e.action, e.actor_id, e.target_id, e.data)
        for e in AuditEvent.objects.filter(
            action__in=["youth.concern_held", "youth.concern_released"]
        ).order_by("pk")
    ]


def test_a_held_concern_past_its_date_survives_the_run_and_goes_once_lifted(
    led: Cohort,
) -> None:
    held = a_concern(led, "Police are looking into it")
    a_concern(led, "Nothing open")
    lead = client_for(led.adult)

    response = lead.post(
        hold_url(held), {"reason": "Police investigation, ref 24-118", "until": UNTIL}
    )
    assert response.status_code == 302
    assert response.url == f"{PAGE}#concern-{held.pk}"
    youth_retention_run(now=at(led, SEVEN_YEARS + timedelta(days=400)))
    kept_while_held = left(led)
    assert lead.post(lift_url(held)).status_code == 302
    lifted = state(held)
    youth_retention_run(now=at(led, SEVEN_YEARS + timedelta(days=401)))

    assert kept_while_held == {"Police are looking into it"}
    assert lifted == (None, None, "")
    assert left(led) == set()
    # Who and what, never the lead's words.
    assert hold_events() == [
        ("youth.concern_held", led.adult.pk, str(held.pk), {}),
        ("youth.concern_released", led.adult.pk, str(held.pk), {}),
    ]


def test_a_hold_lifted_before_the_date_leaves_the_date_as_it_was(led: Cohort) -> None:
    concern = a_concern(led)
    hold(led, concern, "Legal hold")
    youth_retention_run(now=at(led, date(2030, 1, 1)))
    concern_hold_lift(network=led.network, concern=concern, actor=led.adult)

    youth_retention_run(now=at(led, SEVEN_YEARS - timedelta(days=1), 23))
    kept_the_evening_before = left(led)
    youth_retention_run(now=at(led, SEVEN_YEARS, 1))

    assert kept_the_evening_before == {"A worry"}
    assert left(led) == set()


def test_the_leads_page_says_who_holds_it_since_when_why_and_its_date(led: Cohort) -> None:
    held, free = a_concern(led, "Held one"), a_concern(led, "Free one", RAISED + timedelta(days=1))
    hold(led, held, "Court case <pending>")
    with scopes_disabled():
        held_at = Concern.objects.get(pk=held.pk).held_at

    body = client_for(led.adult).get(PAGE).content.decode()

    zone = ZoneInfo(led.network.time_zone)
    with translation.override("en"):
        since = date_format(timezone.localtime(held_at, zone), "SHORT_DATETIME_FORMAT")
        day_held, day_free = (
            date_format(d, "DATE_FORMAT") for d in (SEVEN_YEARS, SEVEN_YEARS + timedelta(days=1))
        )
    card = body[body.index(f'id="concern-{held.pk}"') :]
    card = card[: card.index("</article>")]
    assert f"since {since}, by Ada Adult:" in card
    assert "Court case &lt;pending&gt;" in card  # plain text, escaped
    assert f"Without the hold it would be deleted on {day_held}." in card
    assert "Lift the hold" in card
    card = body[body.index(f'id="concern-{free.pk}"') :]
    card = card[: card.index("</article>")]
    assert f"Deleted on {day_free}, at the end of its retention period" in card
    assert "Hold this concern" in card
    assert free.pk != held.pk


def test_a_hold_whose_date_has_passed_says_the_next_run_takes_it_once_lifted(
    led: Cohort,
) -> None:
    concern = a_concern(led, day=date(2015, 1, 5))
    hold(led, concern, "Inquiry")

    body = client_for(led.adult).get(PAGE).content.decode()

    assert "the first retention run after the hold is lifted or runs out deletes it" in body


def test_a_hold_stays_when_the_lead_who_placed_it_deletes_their_account(led: Cohort) -> None:
    concern = a_concern(led)
    hold(led, concern, "Inquiry")
    account_delete(user=led.adult, confirm_email=led.adult.email)

    youth_retention_run(now=at(led, date(2040, 1, 1)))

    held_at, held_by, reason = state(concern)
    assert (held_at is not None, held_by, reason) == (True, None, "Inquiry")
    # With no lead left the stewards read the concerns again, and can lift it.
    assert "by a former member:" in client_for(led.steward).get(PAGE).content.decode()


# --- Who may --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["steward", "youth", "youth2"])
def test_anyone_but_a_lead_is_refused_with_a_page_that_says_who_can(led: Cohort, who: str) -> None:
    concern = a_concern(led)
    hold(led, concern, "Inquiry")
    other = a_concern(led, "Not held")
    before = state(concern), state(other)
    client = client_for(getattr(led, who))

    placed = client.post(hold_url(other), {"reason": "Mine now", "until": UNTIL})
    lifted = client.post(lift_url(concern))
    # Nothing told about concerns that do not exist either.
    nowhere = client.post(f"{PAGE}999999/hold/lift/")

    for response in (placed, lifted, nowhere):
        assert response.status_code == 403
        assert "Only this cohort&#x27;s safeguarding leads can hold a concern" in (
            response.content.decode()
        )
    assert (state(concern), state(other)) == before
    assert AuditEvent.objects.filter(action="access.denied", actor=getattr(led, who)).count() == 3
    assert [e[0] for e in hold_events()] == ["youth.concern_held"]


def test_the_services_refuse_anyone_but_a_lead(led: Cohort) -> None:
    concern = a_concern(led)
    hold(led, concern, "Inquiry")
    other = a_concern(led, "Not held")
    before = state(concern), state(other)

    with pytest.raises(PermissionDenied, match="safeguarding leads"):
        concern_hold_place(
            network=led.network,
            concern=other,
            reason="x",
            until=UNTIL,
            actor=led.steward,
        )
    with pytest.raises(PermissionDenied, match="safeguarding leads"):
        concern_hold_lift(network=led.network, concern=concern, actor=led.steward)

    assert (state(concern), state(other)) == before


def test_with_no_lead_named_the_stewards_hold_as_leads(cohort: Cohort) -> None:
    concern = a_concern(cohort)

    response = client_for(cohort.steward).post(
        hold_url(concern), {"reason": "Inquiry", "until": UNTIL}
    )

    assert response.status_code == 302
    assert state(concern)[1:] == (cohort.steward.pk, "Inquiry")


def test_a_concern_of_another_cohort_is_refused(led: Cohort) -> None:
    with scopes_disabled():
        other_cohort = NetworkFactory(
            slug="cohort-b", name="Cohort B", kind=NetworkKind.YOUTH, parent=led.network.parent
        )
        MembershipFactory(network=other_cohort, user=led.adult)
    theirs = concern_report(network=other_cohort, filed_by=led.adult, about="Theirs")
    before = state(theirs)

    # Not found from this cohort's pages, held or not.
    assert (
        client_for(led.adult).post(hold_url(theirs), {"reason": "x", "until": UNTIL}).status_code
        == 404
    )
    assert client_for(led.adult).post(lift_url(theirs)).status_code == 404
    with pytest.raises(ValidationError) as refused:
        hold(led, theirs, "x")

    assert refused.value.message_dict == {"concern": ["This concern is not one of this cohort's."]}
    assert state(theirs) == before
    assert hold_events() == []
    assert Network.objects.filter(slug="cohort-b").exists()


# --- Bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("", "Say in a few words why the concern is held"),
        ("   ", "Say in a few words why the concern is held"),
        ("x" * 301, "Keep the reason to 300 characters (this one has 301)"),
        ("Police\ninvestigation", "line break"),
    ],
)
def test_a_bad_reason_is_named_and_nothing_is_held(led: Cohort, reason: str, message: str) -> None:
    concern = a_concern(led)

    response = client_for(led.adult).post(hold_url(concern), {"reason": reason, "until": UNTIL})

    assert response.status_code == 400
    body = response.content.decode()
    card = body[body.index(f'id="concern-{concern.pk}"') :]
    assert message in card[: card.index("</article>")]
    assert state(concern) == (None, None, "")
    assert hold_events() == []


def test_a_reason_of_300_characters_is_taken(led: Cohort) -> None:
    concern = a_concern(led)

    client_for(led.adult).post(hold_url(concern), {"reason": " " + "x" * 300 + " ", "until": UNTIL})

    assert state(concern)[2] == "x" * 300


def test_holding_again_until_the_same_day_is_refused_and_keeps_the_first_hold(
    led: Cohort,
) -> None:
    """Holding a held concern again renews it (test_concern_hold_dated.py): to the day it
    already runs until, there is nothing to renew."""
    concern = a_concern(led)
    concern_hold_place(
        network=led.network, concern=concern, reason="First", until=UNTIL, actor=led.adult
    )
    before = state(concern)

    response = client_for(led.adult).post(
        hold_url(concern), {"renew": "1", "reason": "Second", "until": UNTIL}
    )

    assert response.status_code == 400
    assert "The hold already runs until" in response.content.decode()
    assert state(concern) == before
    assert [e[0] for e in hold_events()] == ["youth.concern_held"]


def test_lifting_a_hold_that_is_not_there_is_refused(led: Cohort) -> None:
    concern = a_concern(led)

    response = client_for(led.adult).post(lift_url(concern))
    with pytest.raises(ValidationError) as refused:
        concern_hold_lift(network=led.network, concern=concern, actor=led.adult)

    assert response.status_code == 400
    assert "This concern is not held: there is no hold to lift." in response.content.decode()
    assert refused.value.message_dict == {
        "concern": ["This concern is not held: there is no hold to lift."]
    }
    assert state(concern) == (None, None, "")
    assert hold_events() == []


def test_holding_and_lifting_are_posts(led: Cohort) -> None:
    concern = a_concern(led)
    lead = client_for(led.adult)

    assert lead.get(hold_url(concern)).status_code == 405
    assert lead.get(lift_url(concern)).status_code == 405
    assert state(concern) == (None, None, "")
