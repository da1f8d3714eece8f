"""When a youth member becomes an adult: pure date rules, no database.

A person is 18 from the first moment of their 18th birthday on the calendar of the network
that holds their date of birth (`networks.scoping.date_in`), not from an instant in UTC: a
cohort in Honolulu and one in Auckland see the same birthday a day apart. Someone born on
29 February comes of age on 1 March in a year without one (the day after 28 February, as
the day they have not yet reached).
"""

from __future__ import annotations

from datetime import date

ADULT_AGE = 18


def birthday_in(year: int, born_on: date) -> date:
    """The birthday in `year`; 1 March stands in for 29 February in a common year."""
    try:
        return born_on.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return date(year, 3, 1)


def comes_of_age_on(born_on: date) -> date:
    """The day the person turns 18."""
    return birthday_in(born_on.year + ADULT_AGE, born_on)


def age_on(born_on: date, day: date) -> int:
    """Whole years of age on `day`."""
    years = day.year - born_on.year
    return years if day >= birthday_in(day.year, born_on) else years - 1


def is_of_age(born_on: date | None, today: date) -> bool:
    """Whether someone born on `born_on` is 18 or older on `today` (unknown: not known to be)."""
    return born_on is not None and today >= comes_of_age_on(born_on)
