"""The national impact report's rows: one list of rows that the page, the PDF and the CSV
all show, so the three never disagree. Aggregates only; a suppressed cell reads
"suppressed" in the reader's language, as the insights report writes it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import zip_longest

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from collaboratory.insights.privacy import CountTable
from collaboratory.insights.report import attribute_names, computed_label, pct
from collaboratory.national.selectors import Local, Rollup


def held_label(x: Local) -> str:
    return _("%(held)d of %(planned)d") % {
        "held": x.gatherings_held,
        "planned": x.gatherings_planned,
    }


def local_header() -> list[str]:
    return [
        _("Local network"),
        _("Members"),
        # Attendance, not the roster's status "Active" (which gives a newcomer 12 months
        # from joining): "Active members: 0" beside a roster of 16 "Active" read as an error.
        _("Active (attended in the last 12 months)"),
        _("Gatherings held (this year)"),
        _("Commitments made"),
        # A count of commitments: Spanish "Cumplidos", where the status reads "Cumplido".
        pgettext("column of commitments", "Kept"),
        _("Kept among those settled"),
        _("Partnerships"),
        _("Spanning networks"),
    ]


def local_row(x: Local) -> list[str]:
    return [
        x.name,
        str(x.members),
        str(x.active),
        held_label(x),
        str(x.made),
        str(x.kept),
        pct(x.kept_rate),
        str(x.partnerships_total),
        str(x.spanning),
    ]


def cell(n: int | None) -> str:
    """A count, or "suppressed" in the reader's language where it is hidden."""
    return _("suppressed") if n is None else str(n)


def count_rows(table: CountTable) -> list[list[str]]:
    """A suppressed table as label/count rows, the total last. A hidden cell reads
    "suppressed" in the reader's language, as the network's own impact report writes it
    (a Spanish report read the English word in every hidden cell)."""
    rows = [[label, cell(n)] for label, n in zip(table.labels, table.counts, strict=True)]
    rows.append([_("Total"), cell(table.total)])
    return rows


def bridging_rows(rollup: Rollup) -> list[list[str]]:
    """Ties crossing, ties with both values known, and the share: a hidden count reads
    "suppressed", and so does the share beside it (it and the count shown give the
    other)."""
    names = attribute_names()
    return [
        [
            names.get(b.attribute, b.attribute),
            cell(b.crossing),
            cell(b.known),
            _("suppressed") if b.suppressed else pct(b.share),
        ]
        for b in rollup.bridging
    ]


@dataclass(frozen=True)
class Section:
    title: str
    header: list[str]
    rows: list[list[str]]
    # The page's link for each row's first cell (None: plain text); the PDF and CSV have none.
    hrefs: tuple[str | None, ...] = ()

    @property
    def linked_rows(self) -> list[tuple[list[str], str | None]]:
        return list(zip_longest(self.rows, self.hrefs))


def report_sections(rollup: Rollup, *, hrefs: Sequence[str | None] = ()) -> list[Section]:
    """The report's tables, in order: the page, the PDF and the CSV show exactly these.
    `hrefs`, one per local network in the roll-up's order, link their names on the page."""
    if not rollup.breakdowns:
        # One network's row alone (`national_rollup_of`): its empty tables are no report.
        raise ValueError("a roll-up read without its breakdowns makes no report")
    return [
        Section(
            _("Local networks side by side"),
            local_header(),
            [*(local_row(x) for x in rollup.locals), local_row(rollup.totals)],
            tuple(hrefs),
        ),
        Section(
            _("Help ties crossing"),
            [_("Attribute"), _("Crossing"), _("Ties with both known"), _("Share crossing")],
            bridging_rows(rollup),
        ),
        Section(
            _("Joint projects by status"),
            [_("Status"), _("Count")],
            [[label, str(n)] for _value, label, n in rollup.partnerships_by_status],
        ),
        Section(_("Members by sector"), [_("Sector"), _("Members")], count_rows(rollup.sectors)),
        Section(
            _("Members by generation"),
            [_("Generation"), _("Members")],
            count_rows(rollup.generations),
        ),
    ]


def suppression_note(rollup: Rollup) -> str:
    """Which counts the rule hides: the breakdowns of people only (it said "counts of
    members", beside a side-by-side table that shows a network's 4 members as 4), and what
    the figures cover (the title's year is the gatherings' only)."""
    hidden = _(
        "Members by sector and by generation count a person in two networks once; a count "
        "below %(k)d, and any count that would reveal one, reads “suppressed”; the rule is "
        "applied to the national sums, after adding up the networks."
    ) % {"k": rollup.k}
    ties = _(
        "Help ties crossing are suppressed by the same rule: a count of ties below %(k)d, "
        "or one that would reveal such a count, reads “suppressed”."
    ) % {"k": rollup.k}
    covered = _(
        "Gatherings are counted for %(year)d; every other figure counts everything since "
        "each network began."
    ) % {"year": rollup.year}
    return f"{covered} {hidden} {ties}"


def computed_line(rollup: Rollup) -> str:
    """When the roll-up was read, in the zone the report is made in (the national
    network's), named: a printed copy travels without its page."""
    zone = timezone.get_current_timezone_name()
    when = f"{computed_label(rollup.computed_at)} ({zone})"
    return _("Figures computed %(when)s.") % {"when": when}


def report_rows(rollup: Rollup, *, national_name: str) -> list[list[str]]:
    """Everything in the report as CSV rows: a title row, then each section's title, header
    and rows, a blank row between sections."""
    rows: list[list[str]] = [
        [_("National impact report"), national_name, str(rollup.year)],
        [computed_line(rollup)],
        [suppression_note(rollup)],
    ]
    for section in report_sections(rollup):
        rows += [[], [section.title], section.header, *section.rows]
    return rows
