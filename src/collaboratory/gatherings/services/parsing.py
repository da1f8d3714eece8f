"""The stewards' text fields (part template, parts, agenda), parsed into values with one
error per bad line, so a form can say which line to fix. A default part title comes back in
the steward's language (the forms show it so) and is stored in English again, so it keeps
reading in each member's own (networks/defaults.py)."""

from __future__ import annotations

from datetime import datetime, time
from typing import NoReturn
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from collaboratory.gatherings.models import PART_DEFAULTS, AgendaKind
from collaboratory.validators import FIRST_YEAR, LAST_YEAR


def part_template_parse(text: str) -> list[dict[str, object]]:
    """Parse the settings form's template: one part a line, "day | start | end | title",
    with day 0 for the first day (e.g. "1 | 08:00 | 15:00 | Meeting")."""
    parts: list[dict[str, object]] = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        problem = None
        if len(fields) != 4 or not fields[3]:
            problem = _("write day | start | end | title")
        else:
            day, start, end, title = fields
            try:
                starts, ends = time.fromisoformat(start), time.fromisoformat(end)
            except ValueError:
                problem = _("write times as HH:MM, like 08:00")
            else:
                if not day.isdigit() or int(day) > 6:
                    problem = _("the day is a number from 0 (first day) to 6")
                elif ends <= starts:
                    problem = _("the part must end after it starts")
        if problem:
            raise ValidationError(
                {
                    "part_template": _("Line %(number)s: %(problem)s.")
                    % {"number": number, "problem": problem}
                }
            )
        parts.append(
            {"title": PART_DEFAULTS.stored(title), "day": int(day), "start": start, "end": end}
        )
    if not parts:
        raise ValidationError({"part_template": _("The template needs at least one part.")})
    return parts


def _pipe_lines(text: str, *, field: str, shape: str) -> list[tuple[int, list[str]]]:
    """Numbered non-empty lines of a "a | b | title" textarea, each with three fields and a
    title; any other line is refused with its number and the expected shape."""
    lines = []
    for number, line in enumerate(text.strip().splitlines(), start=1):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 3 or not fields[2]:
            _line_error(field, number, _("write %(shape)s") % {"shape": shape})
        lines.append((number, fields))
    return lines


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
    return at


def parts_parse(text: str, *, zone: ZoneInfo) -> list[tuple[str, datetime, datetime]]:
    """Parse the edit form's parts: one a line, "YYYY-MM-DD HH:MM | HH:MM | title" (start,
    end on the same day), times in the network's zone."""
    parts = []
    for number, (start, end, title) in _pipe_lines(
        text, field="parts", shape="YYYY-MM-DD HH:MM | HH:MM | title"
    ):
        problem = _("write the start as YYYY-MM-DD HH:MM and the end as HH:MM")
        starts = _moment(start, field="parts", number=number, zone=zone, problem=problem)
        try:
            ends = datetime.combine(starts.date(), time.fromisoformat(end), zone)
        except ValueError:
            _line_error("parts", number, problem)
        parts.append((PART_DEFAULTS.stored(title), starts, ends))
    return parts


def agenda_parse(text: str, *, zone: ZoneInfo) -> list[tuple[datetime, str, str]]:
    """Parse the edit form's agenda: one item a line, "YYYY-MM-DD HH:MM | kind | title",
    times in the network's zone; kinds are meal, ritual, small_groups, credit_club, other."""
    items = []
    for number, (when, kind, title) in _pipe_lines(
        text, field="agenda", shape="YYYY-MM-DD HH:MM | kind | title"
    ):
        at = _moment(
            when,
            field="agenda",
            number=number,
            zone=zone,
            problem=_("write the time as YYYY-MM-DD HH:MM"),
        )
        if kind not in AgendaKind.values:
            _line_error(
                "agenda",
                number,
                _("the kind is one of %(kinds)s") % {"kinds": ", ".join(AgendaKind.values)},
            )
        items.append((at, title, kind))
    return items
