"""The national impact report as a PDF (fpdf2), built from the same sections as the page
and the CSV. The page furniture (Latin-1 text, headings, tables, footer) is insights' own,
so both reports look alike."""

from __future__ import annotations

from django.utils.translation import gettext as _
from fpdf.enums import XPos, YPos

# The report's furniture is insights' (private helpers, reused rather than copied).
from collaboratory.insights.pdf import ReportPdf, pdf_heading, pdf_table, pdf_text
from collaboratory.national.report import computed_line, report_sections, suppression_note
from collaboratory.national.selectors import Rollup


def national_report_pdf(rollup: Rollup, *, national_name: str) -> bytes:
    title = _("National impact report: %(network)s, %(year)d") % {
        "network": national_name,
        "year": rollup.year,
    }
    pdf = ReportPdf(format="A4", orientation="landscape")
    pdf.footer_text = title
    pdf.set_title(pdf_text(title))
    pdf.set_author(pdf_text(national_name))
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, pdf_text(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, pdf_text(computed_line(rollup)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 5, pdf_text(suppression_note(rollup)), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for section in report_sections(rollup):
        pdf_heading(pdf, section.title)
        pdf_table(pdf, section.header, section.rows)
    return bytes(pdf.output())
