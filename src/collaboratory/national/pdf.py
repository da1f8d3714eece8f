"""The national impact report as a PDF (fpdf2), built from the same sections as the page
and the CSV. The page furniture (Latin-1 text, headings, tables, footer) is insights' own,
so both reports look alike."""

from __future__ import annotations

from django.utils.translation import gettext as _
from fpdf.enums import XPos, YPos

# The report's furniture is insights' (private helpers, reused rather than copied).
from collaboratory.insights.pdf import _heading, _Pdf, _t, _table
from collaboratory.national.report import report_sections, suppression_note
from collaboratory.national.selectors import Rollup


def national_report_pdf(rollup: Rollup, *, national_name: str) -> bytes:
    title = _("National impact report: %(network)s, %(year)d") % {
        "network": national_name,
        "year": rollup.year,
    }
    pdf = _Pdf(format="A4", orientation="landscape")
    pdf.footer_text = title
    pdf.set_title(_t(title))
    pdf.set_author(_t(national_name))
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, _t(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, _t(suppression_note(rollup)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for section in report_sections(rollup):
        _heading(pdf, section.title)
        _table(pdf, section.header, section.rows)
    return bytes(pdf.output())
