"""The impact report as a PDF for funders and boards (fpdf2, pure Python).

The same rows as the web page and the CSV (report.py): headline figures, kinds of capital,
the compounding curve, bridging against chance, members by attribute with suppressed cells
marked. Aggregates only, no names. fpdf2's built-in Helvetica covers Latin-1; other
characters (a dash, a name in another script) are replaced, so a report never fails to
build.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext as _
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from collaboratory.insights.report import Report, computed_with_zone, snapshots_released

# Typographic characters outside Latin-1, by code point: dashes, quotes, ellipsis, spaces.
REPLACEMENTS = str.maketrans(
    {
        0x2014: "-",
        0x2013: "-",
        0x201C: '"',
        0x201D: '"',
        0x2018: "'",
        0x2019: "'",
        0x2026: "...",
        0x202F: " ",
    }
)


# The PDF pieces below are shared with the national impact report (national/pdf.py).


def pdf_text(text: object) -> str:
    """Text as fpdf2's core fonts can print it (latin-1, typographic spaces replaced)."""
    return str(text).translate(REPLACEMENTS).encode("latin-1", "replace").decode("latin-1")


class ReportPdf(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, pdf_text(f"{self.footer_text}  ·  {self.page_no()}"), align="C")


def pdf_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", size=10)


def pdf_table(pdf: FPDF, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    with pdf.table(
        first_row_as_headings=True, line_height=6, text_align="LEFT", padding=1
    ) as table:
        head = table.row()
        for cell in header:
            head.cell(pdf_text(cell))
        for values in rows:
            line = table.row()
            for value in values:
                line.cell(pdf_text(value))


def _as_of(label: str, when: str | None) -> str:
    """A snapshot figure's label with its date (ideology and race)."""
    return label if not when else _("%(label)s, as of %(when)s") % {"label": label, "when": when}


def report_pdf(report: Report, *, network_name: str, scope_label: str) -> bytes:
    pdf = ReportPdf(format="A4")
    pdf.footer_text = _("%(network)s: impact report") % {"network": network_name}
    pdf.set_title(pdf_text(_("Impact report: %(network)s") % {"network": network_name}))
    pdf.set_author(pdf_text(network_name))
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(
        0,
        9,
        pdf_text(_("Impact report: %(network)s") % {"network": network_name}),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, pdf_text(scope_label), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", size=9)
    pdf.multi_cell(
        0,
        5,
        pdf_text(_("Figures computed %(when)s.") % {"when": computed_with_zone(report)}),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    for label, when in snapshots_released(report):
        line = (
            _("%(attribute)s: no snapshot released yet.") % {"attribute": label}
            if when is None
            else _("%(attribute)s: from the snapshot released %(when)s.")
            % {"attribute": label, "when": when}
        )
        pdf.multi_cell(0, 5, pdf_text(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf_heading(pdf, _("Headline figures"))
    pdf_table(pdf, (_("Figure"), _("Value")), [(h.label, h.value) for h in report.headline])

    pdf_heading(pdf, _("Help paid forward"))
    pdf_table(pdf, (_("Loops"), _("Count")), [(c.label, c.value) for c in report.cycles])

    pdf_heading(pdf, _("Kinds of capital circulated"))
    pdf_table(
        pdf,
        (_("Kind"), _("Made"), _("Open"), _("Kept"), _("Released"), _("Lapsed"), _("Kept rate")),
        [
            (k.label, k.total, k.open, k.kept, k.released, k.lapsed, k.kept_rate)
            for k in report.kinds
        ],
    )

    if report.curve:
        pdf_heading(pdf, _("The compounding curve"))
        pdf_table(
            pdf,
            (_("Gathering"), _("New pairs"), _("Pairs so far"), _("Across sectors"), _("Met")),
            [
                (
                    f"{c.date} {c.title}",
                    c.new_pairs,
                    c.helping_pairs,
                    "-" if c.cross_sector is None else c.cross_sector,
                    c.met_pairs,
                )
                for c in report.curve
            ],
        )

    pdf_heading(pdf, _("Bridging against chance"))
    pdf_table(
        pdf,
        (_("Attribute"), _("Ties"), _("Crossing"), _("Chance"), _("Compared with chance")),
        [
            (_as_of(b.label, b.as_of), "-", "-", "-", b.withheld)
            if b.withheld
            else (_as_of(b.label, b.as_of), b.ties_known, b.observed, b.chance, b.verdict)
            for b in report.bridging
        ],
    )

    pdf_heading(pdf, _("Members by attribute"))
    pdf.multi_cell(
        0,
        5,
        pdf_text(
            _(
                "Counts by political ideology and by race and ethnicity come only from adult "
                "members who consented to aggregate reporting, from a snapshot of the whole "
                "network as of the date shown (the same for every period); a count below "
                "%(k)d, and any count that would reveal one, reads “suppressed”."
            )
            % {"k": report.figures.k}
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    for d in report.diversity:
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(
            0,
            6,
            pdf_text(
                _as_of(
                    _("%(attribute)s (Blau index %(blau)s)")
                    % {"attribute": d.label, "blau": d.blau},
                    d.as_of,
                )
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.set_font("Helvetica", size=10)
        if d.note:
            pdf.multi_cell(0, 5, pdf_text(d.note), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        pdf_table(pdf, (_("Group"), _("Members")), d.rows)
    return bytes(pdf.output())
