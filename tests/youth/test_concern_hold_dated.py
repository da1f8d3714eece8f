"""A hold on a safeguarding concern has a review date: a hold had no end, so a forgotten one
kept a minor's safeguarding record for ever. The lead gives "Hold until" (required, after
today on the cohort's calendar, at most `COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS` ahead);
the hold keeps the concern through that day and lapses on the next, when the retention run
clears it (counted in the audit log) and deletes the concern if its own date has passed. A
lead renews a hold with a new date; the leads are reminded once, 30 days before, in an
email that names no one. Times are a Los Angeles cohort's, whose evening is the next day in
UTC."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured, PermissionDenied, ValidationError
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Network
from collaboratory.youth.models import Concern
from collaboratory.youth.services import (
    concern_hold_place,
    concern_hold_reminders_send,
    concern_report,
    safeguarding_lead_set,
    youth_retention_run,
)
from tests.conftest import client_for
from tests.migrations import migrate_to
from tests.youth.conftest import Cohort, make_cohort

PAGE = "/n/cohort/youth/concerns/"
# Raised long ago: past its own date (seven years) before any hold below ends.
RAISED = date(2015, 1, 5)
PLACED = date(2026, 1, 10)
UNTIL = date(2026, 3, 1)
HOLD_ACTIONS = [
    "youth.concern_held",
    "youth.concern_hold_renewed",
    "youth.concern_released",
    "youth.concern_hold_lapsed",
    "youth.concern_hold_reminded",
]


@pytest.fixture
def led(cohort: Cohort) -> Cohort:
    """A Los Angeles cohort whose adult is its named lead (its steward is then no lead)."""
    with scopes_disabled():
        Network.objects.filter(pk=cohort.network.pk).update(time_zone="America/Los_Angeles")
    cohort.network.refresh_from_db()
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    return cohort


def at(cohort: Cohort, day: date, hour: int = 12, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZoneInfo(cohort.network.time_zone))


def today(cohort: Cohort) -> date:
    return timezone.localtime(timezone.now(), ZoneInfo(cohort.network.time_zone)).date()


def a_concern(cohort: Cohort, about: str = "A worry", day: date = RAISED) -> Concern:
    concern = concern_report(network=cohort.network, filed_by=cohort.youth2, about=about)
    with scopes_disabled():
        Concern.objects.filter(pk=concern.pk).update(created_at=at(cohort, day))
        concern.refresh_from_db()
    return concern


def hold(cohort: Cohort, concern: Concern, until: date, now: datetime | None = None) -> Concern:
    return concern_hold_place(
        network=cohort.network,
        concern=concern,
        reason="Police investigation",
        until=until,
        actor=cohort.adult,
        now=now,
    )


def state(concern: Concern) -> tuple[object, ...]:
    with scopes_disabled():
        row = Concern.objects.get(pk=concern.pk)
    return (row.held_at, row.held_by_id, row.hold_reason, row.held_until, row.hold_reminded_for)


def left(cohort: Cohort) -> set[str]:
    with scopes_disabled():
        return set(Concern.objects.filter(network=cohort.network).values_list("about", flat=True))


def events(*actions: str) -> list[tuple[str, int | None, str, dict[str, Any]]]:
    return [
        (e.action, e.actor_id, e.target_id, e.data)
        for e in AuditEvent.objects.filter(action__in=actions or HOLD_ACTIONS).order_by("pk")
    ]


def card(body: str, concern: Concern) -> str:
    part = body[body.index(f'id="concern-{concern.pk}"') :]
    return part[: part.index("</article>")]


def day(on: date) -> str:
    with translation.override("en"):
        return date_format(on, "DATE_FORMAT")


# --- Placing a hold: the date ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("until", "message"),
    [
        (lambda today: "", "Give the day the hold runs until: after it the hold lapses"),
        (lambda today: "   ", "Give the day the hold runs until: after it the hold lapses"),
        (lambda today: "soon", "Give the day the hold runs until as a date, such as 2027-05-31."),
        (lambda today: "2027-02-30", "Give the day the hold runs until as a date"),
        (
            lambda today: (today - timedelta(days=1)).isoformat(),
            "The hold must run past today (",
        ),
        (lambda today: today.isoformat(), "The hold must run past today ("),
        (
            lambda today: (today + timedelta(days=731)).isoformat(),
            "A hold can run at most 730 days ahead, until ",
        ),
        # A typo's year: refused by the form, as every date a form takes is.
        (lambda today: "9999-01-01", "Enter a date between the years 2000 and 2100."),
    ],
    ids=["missing", "blank", "not-a-date", "no-such-day", "past", "today", "too-far", "year"],
)
def test_a_bad_hold_date_is_named_under_the_field_and_nothing_is_held(
    led: Cohort, until: Any, message: str
) -> None:
    concern = a_concern(led)
    before = state(concern)

    response = client_for(led.adult).post(
        f"{PAGE}{concern.pk}/hold/", {"reason": "Police investigation", "until": until(today(led))}
    )

    assert response.status_code == 400
    shown = card(response.content.decode(), concern)
    # The error is the date field's (its error list, which the box points to).
    errors = shown[shown.index(f'id="hold{concern.pk}_until_error"') :]
    assert message in errors[: errors.index("</ul>")]
    assert state(concern) == before == (None, None, "", None, None)
    assert events() == []


def test_the_last_day_allowed_is_the_setting_s_days_ahead(led: Cohort) -> None:
    concern = a_concern(led)
    last = today(led) + timedelta(days=730)

    response = client_for(led.adult).post(
        f"{PAGE}{concern.pk}/hold/", {"reason": "Legal hold", "until": last.isoformat()}
    )

    assert response.status_code == 302
    assert state(concern)[1:4] == (led.adult.pk, "Legal hold", last)
    assert events() == [("youth.concern_held", led.adult.pk, str(concern.pk), {})]


def test_the_future_is_the_cohort_s_calendar(led: Cohort) -> None:
    """20:00 in Los Angeles on 10 January is already 11 January in UTC: 10 January is still
    today, refused; 11 January is tomorrow, taken."""
    concern = a_concern(led)
    evening = at(led, PLACED, 20)
    assert evening.astimezone(ZoneInfo("UTC")).date() == PLACED + timedelta(days=1)

    with pytest.raises(ValidationError) as refused:
        hold(led, concern, PLACED, now=evening)
    assert list(refused.value.message_dict) == ["until"]
    assert state(concern)[0] is None

    hold(led, concern, PLACED + timedelta(days=1), now=evening)
    assert state(concern)[3] == PLACED + timedelta(days=1)


def test_the_bound_follows_the_setting(led: Cohort, settings: Any) -> None:
    settings.COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS = 60
    concern = a_concern(led)

    with pytest.raises(ValidationError, match="at most 60 days ahead"):
        hold(led, concern, PLACED + timedelta(days=61), now=at(led, PLACED))
    hold(led, concern, PLACED + timedelta(days=60), now=at(led, PLACED))

    assert state(concern)[3] == PLACED + timedelta(days=60)


@pytest.mark.parametrize("value", [0, "730", None])
def test_a_bound_set_out_of_bounds_holds_nothing(led: Cohort, settings: Any, value: Any) -> None:
    settings.COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS = value
    concern = a_concern(led)

    with pytest.raises(ImproperlyConfigured, match="HOLD_MAX_DAYS must be a whole number"):
        hold(led, concern, PLACED + timedelta(days=30), now=at(led, PLACED))

    assert state(concern)[0] is None
    assert events() == []


def _settings_read(variables: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if "HOLD_MAX" not in key} | {
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "COLLABORATORY_CACHE_URL": "",
        **variables,
    }
    script = (
        "import collaboratory.config.settings as s; "
        "print(s.COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS)"
    )
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("raw", ["2y", "0", "-5", "1.5"])
def test_a_bad_bound_in_the_environment_stops_the_server_at_start(raw: str) -> None:
    done = _settings_read({"COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS": raw})

    assert done.returncode == 1
    assert (
        "ImproperlyConfigured: COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS must be a whole number "
        f"of days, at least 1, not {raw!r}"
    ) in done.stderr


def test_the_bound_defaults_to_two_years_and_is_read_from_the_environment() -> None:
    assert _settings_read({}).stdout.split() == ["730"]
    assert _settings_read({"COLLABORATORY_YOUTH_CONCERN_HOLD_MAX_DAYS": "90"}).stdout.split() == [
        "90"
    ]


# --- The hold lapses ------------------------------------------------------------------------


def test_a_hold_lapses_the_day_after_its_date_and_the_concern_past_its_own_goes(
    led: Cohort,
) -> None:
    held = a_concern(led, "Held one")
    hold(led, held, UNTIL, now=at(led, PLACED))
    a_concern(led, "Recent one", date(2025, 12, 1))

    youth_retention_run(now=at(led, UNTIL, 23, 59))
    kept_the_last_evening = left(led), state(held)[3]
    youth_retention_run(now=at(led, UNTIL + timedelta(days=1), 0, 5))

    assert kept_the_last_evening == ({"Held one", "Recent one"}, UNTIL)
    assert left(led) == {"Recent one"}
    # Counts only: no concern (no target), lead, reason or date.
    assert events("youth.concern_hold_lapsed", "youth.retention_purged") == [
        ("youth.concern_hold_lapsed", None, "", {"concerns": 1}),
        ("youth.retention_purged", None, "", {"concerns": 1}),
    ]


def test_a_lapsed_hold_on_a_concern_not_yet_due_is_cleared_and_the_concern_kept(
    led: Cohort,
) -> None:
    concern = a_concern(led, "Recent", date(2025, 12, 1))
    hold(led, concern, UNTIL, now=at(led, PLACED))

    youth_retention_run(now=at(led, UNTIL + timedelta(days=1), 0, 5))

    assert left(led) == {"Recent"}
    assert state(concern) == (None, None, "", None, None)
    assert events("youth.concern_hold_lapsed") == [
        ("youth.concern_hold_lapsed", None, "", {"concerns": 1})
    ]


def test_the_page_says_held_until_and_a_lapsed_hold_is_no_longer_shown_as_held(
    led: Cohort,
) -> None:
    held = a_concern(led, "Held one")
    until = today(led) + timedelta(days=45)
    hold(led, held, until)
    lapsed = a_concern(led, "Lapsed one")
    hold(led, lapsed, today(led) + timedelta(days=1), now=timezone.now() - timedelta(days=3))
    with scopes_disabled():  # its date passed before any run cleared it
        Concern.objects.filter(pk=lapsed.pk).update(held_until=today(led) - timedelta(days=1))

    body = client_for(led.adult).get(PAGE).content.decode()

    shown = card(body, held)
    assert f"Held until {day(until)}" in shown
    assert "Renew the hold" in shown
    assert f'id="hold{held.pk}_until"' in shown
    shown = card(body, lapsed)
    assert "Held until" not in shown
    assert f"Its hold ran out after {day(today(led) - timedelta(days=1))}" in shown
    assert "Hold this concern" in shown


# --- Renewing -------------------------------------------------------------------------------


def test_a_lead_renews_a_hold_with_a_new_date_before_it_ends(led: Cohort) -> None:
    concern = a_concern(led)
    first, second = today(led) + timedelta(days=10), today(led) + timedelta(days=100)
    hold(led, concern, first)
    held_at = state(concern)[0]

    response = client_for(led.adult).post(
        f"{PAGE}{concern.pk}/hold/", {"renew": "1", "until": second.isoformat()}
    )

    assert response.status_code == 302
    # Since when, by whom and why stay; only the date moves.
    assert state(concern)[:4] == (held_at, led.adult.pk, "Police investigation", second)
    assert events() == [
        ("youth.concern_held", led.adult.pk, str(concern.pk), {}),
        ("youth.concern_hold_renewed", led.adult.pk, str(concern.pk), {}),
    ]
    youth_retention_run(now=at(led, first + timedelta(days=1), 0, 5))
    assert left(led) == {"A worry"}
    youth_retention_run(now=at(led, second, 23, 59))
    assert left(led) == {"A worry"}
    youth_retention_run(now=at(led, second + timedelta(days=1), 0, 5))
    assert left(led) == set()


def test_a_renewal_is_checked_as_a_new_hold_is(led: Cohort) -> None:
    concern = a_concern(led)
    hold(led, concern, UNTIL, now=at(led, PLACED))
    before = state(concern)

    for until, message in (
        (None, "Give the day the hold runs until"),
        (PLACED, "The hold must run past today"),
        (PLACED + timedelta(days=732), "at most 730 days ahead"),
        (UNTIL, "The hold already runs until"),
    ):
        with pytest.raises(ValidationError) as refused:
            hold(led, concern, until, now=at(led, PLACED + timedelta(days=1)))  # type: ignore[arg-type]
        assert message in refused.value.message_dict["until"][0]

    assert state(concern) == before
    assert [e[0] for e in events()] == ["youth.concern_held"]


def test_anyone_but_a_lead_is_refused_a_renewal(led: Cohort) -> None:
    concern = a_concern(led)
    hold(led, concern, UNTIL, now=at(led, PLACED))
    before = state(concern)

    with pytest.raises(PermissionDenied, match="safeguarding leads"):
        concern_hold_place(
            network=led.network,
            concern=concern,
            reason="",
            until=UNTIL + timedelta(days=30),
            actor=led.steward,
            now=at(led, PLACED),
        )
    for who in (led.steward, led.youth):
        response = client_for(who).post(
            f"{PAGE}{concern.pk}/hold/", {"until": today(led) + timedelta(days=30)}
        )
        assert response.status_code == 403

    assert state(concern) == before
    assert [e[0] for e in events()] == ["youth.concern_held"]


# --- Reminders ------------------------------------------------------------------------------


def test_the_leads_are_reminded_once_30_days_before_and_again_for_a_renewed_date(
    led: Cohort, django_capture_on_commit_callbacks: Any
) -> None:
    concern = a_concern(led, "Yara's worry")
    hold(led, concern, UNTIL, now=at(led, PLACED))
    reminded = date(2026, 1, 30)  # 30 days before 1 March

    with django_capture_on_commit_callbacks(execute=True):
        early = concern_hold_reminders_send(now=at(led, reminded - timedelta(days=1), 23, 59))
        first = concern_hold_reminders_send(now=at(led, reminded, 0, 5))
        again = concern_hold_reminders_send(now=at(led, reminded, 0, 6))
        later = concern_hold_reminders_send(now=at(led, UNTIL, 12))

    assert (early, first, again, later) == (0, 1, 0, 0)
    assert [m.to for m in mail.outbox] == [[led.adult.email]]  # the lead, not the steward
    message = mail.outbox[0]
    text = message.subject + message.body
    assert f"ends on {day(UNTIL)}" in message.subject
    assert f"a concern raised on {day(RAISED)}" in message.body
    assert f"/n/cohort/youth/concerns/#concern-{concern.pk}" in message.body
    for private in ("Yara", "Youth2", "worry", "Police", led.youth2.email):
        assert private not in text
    assert state(concern)[4] == UNTIL
    assert events("youth.concern_hold_reminded") == [
        ("youth.concern_hold_reminded", None, str(concern.pk), {})
    ]

    renewed = date(2026, 6, 1)
    hold(led, concern, renewed, now=at(led, date(2026, 2, 10)))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sent = [
            concern_hold_reminders_send(now=at(led, renewed - timedelta(days=30), hour))
            for hour in (1, 2)
        ]

    assert sent == [1, 0]
    assert len(mail.outbox) == 1
    assert f"ends on {day(renewed)}" in mail.outbox[0].subject


def test_a_hold_placed_with_less_than_30_days_left_is_reminded_at_the_next_run(
    led: Cohort, django_capture_on_commit_callbacks: Any
) -> None:
    concern = a_concern(led)
    hold(led, concern, PLACED + timedelta(days=10), now=at(led, PLACED))

    with django_capture_on_commit_callbacks(execute=True):
        sent = [concern_hold_reminders_send(now=at(led, PLACED, hour)) for hour in (13, 14)]

    assert sent == [1, 0]
    assert len(mail.outbox) == 1


# --- Holds placed before holds had a date ---------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_holds_placed_before_get_a_date_from_their_placing_but_never_under_30_days(
    at_head: None,
) -> None:
    cohort = make_cohort()
    now = timezone.now()
    today_there = timezone.localtime(now, ZoneInfo(cohort.network.time_zone)).date()
    old = migrate_to([("youth", "0009_concern_hold")])
    concern = old.get_model("youth", "Concern")

    def row(held_days_ago: int | None) -> int:
        held_at = now - timedelta(days=held_days_ago) if held_days_ago is not None else None
        return concern.objects.create(
            network_id=cohort.network.pk,
            about="Worry",
            held_at=held_at,
            hold_reason="Inquiry" if held_at else "",
        ).pk

    recent, long_ago, free = row(100), row(720), row(None)

    new = migrate_to([("youth", "0012_concern_hold_dated")])

    dated = dict(new.get_model("youth", "Concern").objects.values_list("pk", "held_until"))
    assert dated[recent] == today_there - timedelta(days=100) + timedelta(days=730)
    assert dated[long_ago] == today_there + timedelta(days=30)
    assert dated[free] is None
