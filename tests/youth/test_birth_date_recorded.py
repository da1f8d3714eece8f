"""A student who joined before dates of birth were asked has none, so their guardian's part
would never end at 18 (architecture.md, "Turning 18"). A cohort steward records it once, on
the member's page; a date that already says 18 ends the guardian's part at once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership
from collaboratory.networks.scoping import date_in
from collaboratory.people.models import AgeBand, User
from tests.conftest import client_for
from tests.youth.conftest import Cohort, make_cohort

pytestmark = pytest.mark.django_db


def _born_on(cohort: Cohort, user: User) -> date | None:
    with scopes_disabled():
        return Membership.objects.get(network=cohort.network, user=user).born_on


def _record(cohort: Cohort, user: User, born_on: str, calls: Any) -> str:
    url = f"/n/cohort/youth/members/{user.pk}/"
    with calls(execute=True):
        response = client_for(cohort.steward).post(
            url, {"action": "born_on", "born_on": born_on}, follow=True
        )
    return response.content.decode()


def _years_ago(cohort: Cohort, years: int, days: int = 0) -> date:
    today = date_in(cohort.network, timezone.now())
    return date(today.year - years, today.month, min(today.day, 28)) - timedelta(days=days)


def test_the_page_asks_for_a_missing_date_of_birth_and_records_it_once(
    django_capture_on_commit_callbacks: Any,
) -> None:
    cohort = make_cohort()
    page = client_for(cohort.steward).get(f"/n/cohort/youth/members/{cohort.youth.pk}/")
    born = _years_ago(cohort, 16)

    first = _record(cohort, cohort.youth, born.isoformat(), django_capture_on_commit_callbacks)
    again = _record(cohort, cohort.youth, "2009-01-01", django_capture_on_commit_callbacks)

    assert 'name="born_on"' in page.content.decode()
    assert "Date of birth recorded." in first
    assert 'name="born_on"' not in first
    assert "already recorded" in again
    assert _born_on(cohort, cohort.youth) == born
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="membership.born_on_recorded").count() == 1


@pytest.mark.parametrize(
    ("born_on", "problem"),
    [
        ("", "Give the date of birth"),
        ("1890-02-03", "Enter a date between the years"),
        ("not a date", "Enter a valid date"),
        ("future", "People under 13 cannot have an account."),
    ],
)
def test_a_bad_date_of_birth_is_refused_and_records_nothing(
    born_on: str, problem: str, django_capture_on_commit_callbacks: Any
) -> None:
    cohort = make_cohort()
    if born_on == "future":
        born_on = _years_ago(cohort, 12).isoformat()

    page = _record(cohort, cohort.youth, born_on, django_capture_on_commit_callbacks)

    assert problem in page
    assert _born_on(cohort, cohort.youth) is None


def test_a_date_that_already_says_18_ends_the_guardians_part_at_once(
    django_capture_on_commit_callbacks: Any,
) -> None:
    cohort = make_cohort()
    mail.outbox.clear()

    page = _record(
        cohort,
        cohort.youth,
        _years_ago(cohort, 18, days=3).isoformat(),
        django_capture_on_commit_callbacks,
    )

    with scopes_disabled():
        assert User.objects.get(pk=cohort.youth.pk).age_band == AgeBand.AGE_18_29
    assert "Turned 18" in page
    assert [m.to for m in mail.outbox] == [[cohort.youth.email]]  # told once, as on the day


def test_only_a_steward_records_it() -> None:
    cohort = make_cohort()
    response = client_for(cohort.youth2).post(
        f"/n/cohort/youth/members/{cohort.youth.pk}/",
        {"action": "born_on", "born_on": "2010-01-01"},
    )

    assert response.status_code in (403, 404)
    assert _born_on(cohort, cohort.youth) is None


def _home_with_queries(cohort: Cohort) -> tuple[str, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(cohort.steward)
    client.get("/n/cohort/youth/")  # warm the session and the page's caches
    with CaptureQueriesContext(connection) as captured:
        page = client.get("/n/cohort/youth/").content.decode()
    return page, len(captured.captured_queries)


def test_the_program_page_shows_the_stewards_who_has_no_date_of_birth_in_fixed_queries(
    django_capture_on_commit_callbacks: Any,
) -> None:
    """Nothing told the stewards a date was missing: they had to open each member's page.
    The program page counts and lists them, one query whatever their number."""
    from tests.factories import MembershipFactory

    cohort = make_cohort()
    born = _years_ago(cohort, 15).isoformat()
    _record(cohort, cohort.youth2, born, django_capture_on_commit_callbacks)
    page, queries = _home_with_queries(cohort)

    assert "1 youth member has no date of birth on record" in page
    missing = page.split("no date of birth on record", 1)[1].split("</ul>", 1)[0]
    assert f"/n/cohort/youth/members/{cohort.youth.pk}/" in missing
    assert f"/n/cohort/youth/members/{cohort.youth2.pk}/" not in missing

    with scopes_disabled():
        for i in range(4):
            MembershipFactory(
                network=cohort.network,
                role="youth_member",
                user__email=f"more{i}@cohort.example",
                user__age_band=AgeBand.AGE_13_15,
            )
    more, more_queries = _home_with_queries(cohort)
    assert "5 youth members have no date of birth on record" in more
    assert more_queries == queries

    # Not a youth member's page: a youth member sees no such list.
    mine = client_for(cohort.youth).get("/n/cohort/youth/").content.decode()
    assert "no date of birth on record" not in mine
