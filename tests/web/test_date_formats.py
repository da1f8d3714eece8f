"""How the product writes days and times: one set of format names per language
(`collaboratory/formats`), read by every page, email and message (docs/architecture.md,
"How dates are written"). The house rule for templates is in tests/test_house_rules.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.utils import translation
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.api.services import api_token_create
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import GatheringFactory

# Thursday 9 December 2027 at 16:34 in New York (the test networks' time zone).
EVENING_UTC = datetime(2027, 12, 9, 21, 34, tzinfo=UTC)

HOUSE_STYLE = {
    "en": {
        "DATE_FORMAT": "Thursday 9 December 2027",
        "DATETIME_FORMAT": "Thursday 9 December 2027, 21:34",
        "SHORT_DATE_FORMAT": "9 Dec 2027",
        "SHORT_DATETIME_FORMAT": "9 Dec 2027, 21:34",
        "MONTH_DAY_FORMAT": "9 December",
        "YEAR_MONTH_FORMAT": "December 2027",
        "TIME_FORMAT": "21:34",
    },
    "es": {
        "DATE_FORMAT": "jueves 9 de diciembre de 2027",
        "DATETIME_FORMAT": "jueves 9 de diciembre de 2027, 21:34",
        "SHORT_DATE_FORMAT": "9 dic 2027",
        "SHORT_DATETIME_FORMAT": "9 dic 2027, 21:34",
        "MONTH_DAY_FORMAT": "9 de diciembre",
        "YEAR_MONTH_FORMAT": "diciembre de 2027",
        "TIME_FORMAT": "21:34",
    },
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_format_name_writes_the_house_style(language: str) -> None:
    with translation.override(language):
        written = {name: date_format(EVENING_UTC, name) for name in HOUSE_STYLE[language]}

    assert written == HOUSE_STYLE[language]


def _main(page: str) -> str:
    return page[page.index("<main") : page.index("</main>")]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "part", "deadline"),
    [
        (
            "en",
            "Thursday 9 December 2027, 16:34</time>\N{EN DASH}<time",
            "<dd>Wednesday 1 December 2027</dd>",
        ),
        (
            "es",
            "jueves 9 de diciembre de 2027, 16:34</time>\N{EN DASH}<time",
            "<dd>miércoles 1 de diciembre de 2027</dd>",
        ),
    ],
)
def test_a_detail_page_writes_days_in_full(
    world: World, language: str, part: str, deadline: str
) -> None:
    gathering = GatheringFactory(
        network=world.alpha,
        first_part_at=EVENING_UTC,
        parts=1,
        rsvp_deadline=datetime(2027, 12, 2, 3, 0, tzinfo=UTC),  # 1 December, 22:00 in New York
    )
    member = world.personas["member"]
    with scopes_disabled():
        user_language_set(user=member, language=language)

    page = _main(client_for(member).get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode())

    assert part in page
    assert deadline in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expires"),
    [("en", ">9 Dec 2027, 16:34</time>"), ("es", ">9 dic 2027, 16:34</time>")],
)
def test_a_list_page_writes_short_dates(world: World, language: str, expires: str) -> None:
    member = world.personas["member"]
    with scopes_disabled():
        api_token_create(
            network=world.alpha,
            user=member,
            name="Spreadsheet",
            scope="read",
            days=30,
            now=datetime(2027, 11, 9, 21, 34, tzinfo=UTC),
        )
        user_language_set(user=member, language=language)

    page = _main(client_for(member).get("/n/alpha/api-tokens/").content.decode())

    assert expires in page
