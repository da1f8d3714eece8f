"""Safeguarding concerns have an end: they outlived their people (unlinked, "a former
member") and every retention run, with no date at all. Now the run deletes one on its
cohort's calendar day `COLLABORATORY_YOUTH_CONCERN_YEARS` (7) years after it was raised, and
not before the young person it names would be `COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE` (25)
when their date of birth is known, even once they are unlinked. Kept at 23:59 the evening
before, gone at 00:05 that day, in a Los Angeles cohort (whose evening is the next day in
UTC). Each deletion is audited with a count, never the words."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, Network
from collaboratory.people.services import account_delete
from collaboratory.youth import program
from collaboratory.youth.models import Concern
from collaboratory.youth.services import concern_report, guardian_link_issue, youth_retention_run
from tests.conftest import client_for
from tests.youth.conftest import Cohort
from tests.youth.test_pages import FORM, apply_url

# Raised on the Monday after Los Angeles left daylight saving time.
RAISED = date(2025, 11, 3)
SEVEN_YEARS = date(2032, 11, 3)


@pytest.fixture
def la(cohort: Cohort) -> Cohort:
    with scopes_disabled():
        Network.objects.filter(pk=cohort.network.pk).update(time_zone="America/Los_Angeles")
    cohort.network.refresh_from_db()
    return cohort


def at(cohort: Cohort, day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), ZoneInfo(cohort.network.time_zone))


def raised(cohort: Cohort, concern: Concern, day: date = RAISED) -> Concern:
    """The concern as if raised at noon on `day` (the cohort's calendar)."""
    with scopes_disabled():
        Concern.objects.filter(pk=concern.pk).update(created_at=at(cohort, day, 12, 0))
    return concern


def born(cohort: Cohort, on: date | None) -> None:
    with scopes_disabled():
        Membership.objects.filter(network=cohort.network, user=cohort.youth).update(born_on=on)


def left(cohort: Cohort) -> set[str]:
    with scope(network=cohort.network):
        return set(Concern.objects.values_list("about", flat=True))


def concern_purges() -> list[dict[str, Any]]:
    return [
        event.data
        for event in AuditEvent.objects.filter(action="youth.retention_purged").order_by("pk")
        if "concerns" in event.data
    ]


def test_a_concern_naming_nobody_known_goes_seven_years_after_it_was_raised(la: Cohort) -> None:
    raised(la, concern_report(network=la.network, filed_by=la.adult, about="Adult's worry"))
    raised(
        la,
        concern_report(network=la.network, filed_by=la.adult, about="A day later"),
        RAISED + timedelta(days=1),
    )

    youth_retention_run(now=at(la, SEVEN_YEARS - timedelta(days=1), 23, 59))
    kept_the_evening_before = left(la)
    youth_retention_run(now=at(la, SEVEN_YEARS, 0, 5))

    assert kept_the_evening_before == {"Adult's worry", "A day later"}
    assert left(la) == {"A day later"}
    assert concern_purges() == [{"concerns": 1}]


def test_a_concern_is_kept_until_the_young_person_would_be_25_after_they_left(
    la: Cohort,
) -> None:
    """Sixteen when they reported it: 25 two years after the seven. Their account is
    deleted (the concern unlinked, "a former member"); the date of birth still times it."""
    sixteen = date(2009, 6, 20)
    twenty_five = date(2034, 6, 20)
    born(la, sixteen)
    concern = raised(la, concern_report(network=la.network, filed_by=la.youth, about="Mine"))
    account_delete(user=la.youth, confirm_email=la.youth.email)
    with scopes_disabled():
        assert Concern.objects.values_list("filed_by_id", "named_born_on").get(pk=concern.pk) == (
            None,
            sixteen,
        )

    youth_retention_run(now=at(la, SEVEN_YEARS, 12, 0))
    after_seven_years = left(la)
    youth_retention_run(now=at(la, twenty_five - timedelta(days=1), 23, 59))
    the_evening_before = left(la)
    youth_retention_run(now=at(la, twenty_five, 0, 5))

    assert after_seven_years == the_evening_before == {"Mine"}
    assert left(la) == set()
    assert concern_purges() == [{"concerns": 1}]


def test_a_guardians_concern_follows_a_birth_date_recorded_after_it(la: Cohort) -> None:
    """The member joined before dates of birth were asked: the steward records it later, and
    the run reads it from the member the guardian reported from while the link stands."""
    born(la, None)
    client_for(la.youth).post(apply_url(la), FORM | {"email": la.youth.email})
    _link, token = guardian_link_issue(network=la.network, member=la.youth, actor=la.steward)
    Client().post(f"/youth/guardian/key/{token}/", {"action": "concern", "about": "From home"})
    with scopes_disabled():
        concern = Concern.objects.get(by_guardian=True)
    raised(la, concern)
    assert concern.named_born_on is None
    born(la, date(2008, 12, 1))  # 17 when raised: 25 on 1 December 2033

    youth_retention_run(now=at(la, date(2033, 11, 30), 23, 59))
    kept = left(la)
    youth_retention_run(now=at(la, date(2033, 12, 1), 0, 5))

    assert kept == {"From home"}
    assert left(la) == set()


def test_an_older_person_named_does_not_shorten_the_seven_years(la: Cohort) -> None:
    born(la, date(2005, 1, 1))  # 20 when raised: 25 in 2030
    raised(la, concern_report(network=la.network, filed_by=la.youth, about="Mine"))

    youth_retention_run(now=at(la, date(2031, 1, 1), 12, 0))
    kept = left(la)
    youth_retention_run(now=at(la, SEVEN_YEARS, 0, 5))

    assert kept == {"Mine"}
    assert left(la) == set()


def test_the_period_follows_the_setting(la: Cohort, settings: Any) -> None:
    settings.COLLABORATORY_YOUTH_CONCERN_YEARS = 10
    raised(la, concern_report(network=la.network, filed_by=la.adult, about="Worry"))

    youth_retention_run(now=at(la, date(2035, 11, 2), 23, 59))
    kept = left(la)
    youth_retention_run(now=at(la, date(2035, 11, 3), 0, 5))

    assert kept == {"Worry"}
    assert left(la) == set()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("COLLABORATORY_YOUTH_CONCERN_YEARS", 0),
        ("COLLABORATORY_YOUTH_CONCERN_YEARS", "7"),
        ("COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE", 17),
    ],
)
def test_a_setting_out_of_bounds_deletes_nothing(
    la: Cohort, settings: Any, name: str, value: object
) -> None:
    setattr(settings, name, value)
    raised(la, concern_report(network=la.network, filed_by=la.adult, about="Worry"))

    with pytest.raises(ImproperlyConfigured, match=f"{name} must be a whole number"):
        youth_retention_run(now=at(la, date(2050, 1, 1), 12, 0))

    assert left(la) == {"Worry"}
    assert concern_purges() == []


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        (
            {"COLLABORATORY_YOUTH_CONCERN_YEARS": "7y"},
            "COLLABORATORY_YOUTH_CONCERN_YEARS must be a whole number of years, at least 1, "
            "not '7y'",
        ),
        (
            {"COLLABORATORY_YOUTH_CONCERN_YEARS": "0"},
            "COLLABORATORY_YOUTH_CONCERN_YEARS must be a whole number of years, at least 1, "
            "not '0'",
        ),
        (
            {"COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE": "16"},
            "COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE must be a whole number of years of age, "
            "at least 18, not '16'",
        ),
    ],
)
def test_the_environment_s_setting_is_checked_at_start(
    variables: dict[str, str], message: str
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "COLLABORATORY_CACHE_URL": "",
        **variables,
    }
    script = (
        "import collaboratory.config.settings as s; "
        "print(s.COLLABORATORY_YOUTH_CONCERN_YEARS, s.COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "ImproperlyConfigured: " + message in done.stderr


def test_the_defaults_are_seven_years_and_age_25() -> None:
    env = {key: value for key, value in os.environ.items() if "CONCERN" not in key} | {
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "COLLABORATORY_CACHE_URL": "",
    }
    script = (
        "import collaboratory.config.settings as s; "
        "print(s.COLLABORATORY_YOUTH_CONCERN_YEARS, s.COLLABORATORY_YOUTH_CONCERN_UNTIL_AGE)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["7", "25"]


def test_a_concern_raised_on_29_february_counts_its_years_to_1_march() -> None:
    def deleted_on(born_on: date | None) -> date:
        return program.concern_deleted_on(
            raised_on=date(2028, 2, 29), born_on=born_on, years=7, until_age=25
        )

    assert deleted_on(None) == date(2035, 3, 1)
    assert deleted_on(date(2012, 2, 29)) == date(2037, 3, 1)
    assert deleted_on(date(2010, 3, 1)) == date(2035, 3, 1)
