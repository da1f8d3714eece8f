"""The stewards' text fields (part template, parts, agenda), parsed into values with one
error per bad line, every bad line in one save, so a form can say which lines to fix. A
default part title comes back in the steward's language (the forms show it so) and is
stored in English again, so it keeps reading in each member's own (networks/defaults.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import NoReturn, TypeVar
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import formats, translation
from django.utils.translation import gettext as _

from collaboratory.gatherings.models import (
    AGENDA_DEFAULTS,
    PART_DEFAULTS,
    AgendaItem,
    AgendaKind,
    GatheringPart,
)
from collaboratory.plaintext import fold_case_and_accents
from collaboratory.validators import FIRST_YEAR, LAST_YEAR

T = TypeVar("T")

# What the columns hold: a longer title passed the parser and failed on PostgreSQL's
# varchar (a 500) or was stored whole on SQLite.
PART_TITLE_LENGTH = GatheringPart._meta.get_field("title").max_length or 0
AGENDA_TITLE_LENGTH = AgendaItem._meta.get_field("title").max_length or 0


def _clock(text: str) -> time | None:
    """An "HH:MM" time of day, or None. Strict on purpose: `time.fromisoformat` also took
    seconds and a UTC offset ("08:00+05:00"), which then failed a comparison (a 500)."""
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        return None


def _title_problem(title: str, *, limit: int) -> str | None:
    if len(title) <= limit:
        return None
    return _("keep the title to %(limit)d characters (this one has %(length)d)") % {
        "limit": limit,
        "length": len(title),
    }


def part_template_parse(text: str) -> list[dict[str, object]]:
    """Parse the settings form's template: one part a line, "day | start | end | title",
    with day 0 for the first day (e.g. "1 | 08:00 | 15:00 | Meeting")."""
    parts: list[dict[str, object]] = []
    problems: list[str] = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        problem = None
        if len(fields) != 4 or not fields[3]:
            problem = _("write day | start | end | title")
        else:
            day, start, end, title = fields
            starts, ends = _clock(start), _clock(end)
            if starts is None or ends is None:
                problem = _("write times as HH:MM, like 08:00")
            # ASCII digits only: "²" is a digit to `isdigit()` but not to `int()` (a 500).
            elif not (day.isascii() and day.isdigit()) or int(day) > 6:
                problem = _("the day is a number from 0 (first day) to 6")
            elif ends <= starts:
                problem = _("the part must end after it starts")
            else:
                problem = _title_problem(title, limit=PART_TITLE_LENGTH)
        if problem:
            problems.append(
                _("Line %(number)s: %(problem)s.") % {"number": number, "problem": problem}
            )
            continue
        parts.append(
            {
                "title": PART_DEFAULTS.stored(title),
                "day": int(day),
                "start": f"{starts:%H:%M}",
                "end": f"{ends:%H:%M}",
            }
        )
    if problems:
        raise ValidationError({"part_template": problems})
    if not parts:
        raise ValidationError({"part_template": _("The template needs at least one part.")})
    return parts


def _pipe_lines(
    text: str, *, field: str, shape: str, parse: Callable[[int, list[str]], T]
) -> list[T]:
    """`parse(number, fields)` of each non-empty line of a "a | b | title" textarea, each
    with three fields and a title. Every bad line is named in one ValidationError, each
    with its number: one at a time, a steward with three bad lines needed three saves."""
    values: list[T] = []
    problems: list[str] = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        try:
            if len(fields) != 3 or not fields[2]:
                _line_error(field, number, _("write %(shape)s") % {"shape": shape})
            values.append(parse(number, fields))
        except ValidationError as error:
            problems.extend(error.message_dict[field])
    if problems:
        raise ValidationError({field: problems})
    return values


def _line_error(field: str, number: int, problem: str) -> NoReturn:
    raise ValidationError(
        {field: _("Line %(number)s: %(problem)s.") % {"number": number, "problem": problem}}
    )


def _moment(text: str, *, field: str, number: int, zone: ZoneInfo, problem: str) -> datetime:
    """A "YYYY-MM-DD HH:MM" at the start of a line, in `zone` and in the years every form date
    keeps to (validators.within_years): a year 9999 was stored as given."""
    try:
        at = datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    except ValueError:
        _line_error(field, number, problem)
    if not FIRST_YEAR <= at.year <= LAST_YEAR:
        _line_error(
            field,
            number,
            _("give a year between %(first)d and %(last)d")
            % {"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    _exists_in(at, field=field, number=number, zone=zone)
    return at


def _exists_in(at: datetime, *, field: str, number: int, zone: ZoneInfo) -> None:
    """Refuse a local time the clocks skip (02:30 on the night summer time starts): it was
    stored an hour off from what the steward typed, with nothing said."""
    if at.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != at.replace(tzinfo=None):
        _line_error(
            field,
            number,
            _("%(time)s does not exist in %(zone)s: the clocks change that night")
            % {"time": f"{at:%Y-%m-%d %H:%M}", "zone": zone.key},
        )


def parts_parse(text: str, *, zone: ZoneInfo) -> list[tuple[str, datetime, datetime]]:
    """Parse the edit form's parts: one a line, "YYYY-MM-DD HH:MM | HH:MM | title" (start,
    end on the same day), times in the network's zone."""

    def part(number: int, fields: list[str]) -> tuple[str, datetime, datetime]:
        start, end, title = fields
        problem = _("write the start as YYYY-MM-DD HH:MM and the end as HH:MM")
        starts = _moment(start, field="parts", number=number, zone=zone, problem=problem)
        clock = _clock(end)
        if clock is None:
            _line_error("parts", number, problem)
        ends = datetime.combine(starts.date(), clock, zone)
        _exists_in(ends, field="parts", number=number, zone=zone)
        if ends <= starts:
            _line_error("parts", number, _("the part must end after it starts"))
        if too_long := _title_problem(title, limit=PART_TITLE_LENGTH):
            _line_error("parts", number, too_long)
        return (PART_DEFAULTS.stored(title), starts, ends)

    return _pipe_lines(text, field="parts", shape="YYYY-MM-DD HH:MM | HH:MM | title", parse=part)


def agenda_kinds() -> str:
    """The agenda's kinds as the reader's language names them, for the form's help and its
    errors (the codes are still accepted: `agenda_kind`)."""
    return ", ".join(str(label) for label in AgendaKind.labels)


def agenda_kind(text: str) -> str | None:
    """The kind a steward wrote: its code (`small_groups`, or "small groups") or its name in
    any of the site's languages ("Comida", "grupos pequenos"), case and accents folded."""
    spellings: dict[str, str] = {}
    for code, label in AgendaKind.choices:
        spellings[fold_case_and_accents(code)] = code
        spellings.setdefault(fold_case_and_accents(code.replace("_", " ")), code)
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                spellings.setdefault(fold_case_and_accents(" ".join(str(label).split())), code)
    return spellings.get(fold_case_and_accents(" ".join(text.split())))


def agenda_parse(
    text: str, *, zone: ZoneInfo, days: tuple[date, date] | None = None
) -> list[tuple[datetime, str, str]]:
    """Parse the edit form's agenda: one item a line, "YYYY-MM-DD HH:MM | kind | title",
    times in the network's zone; a kind by its code or its name (`agenda_kind`). With
    `days` (the gathering's first and last local day), an item on another day is refused:
    the page shows an item's weekday and time only, so a mistyped date was stored and shown
    as if right."""

    def item(number: int, fields: list[str]) -> tuple[datetime, str, str]:
        when, written, title = fields
        at = _moment(
            when,
            field="agenda",
            number=number,
            zone=zone,
            problem=_("write the time as YYYY-MM-DD HH:MM"),
        )
        kind = agenda_kind(written)
        if kind is None:
            _line_error(
                "agenda",
                number,
                _("“%(kind)s” is not a kind: write one of %(kinds)s")
                % {"kind": written, "kinds": agenda_kinds()},
            )
        if days is not None and not days[0] <= at.date() <= days[1]:
            _line_error(
                "agenda",
                number,
                _("the gathering runs from %(first)s to %(last)s: give a time on one of its days")
                % {
                    "first": formats.date_format(days[0], "DATE_FORMAT"),
                    "last": formats.date_format(days[1], "DATE_FORMAT"),
                },
            )
        if too_long := _title_problem(title, limit=AGENDA_TITLE_LENGTH):
            _line_error("agenda", number, too_long)
        return (at, AGENDA_DEFAULTS.stored(title), kind)

    return _pipe_lines(text, field="agenda", shape="YYYY-MM-DD HH:MM | kind | title", parse=item)
