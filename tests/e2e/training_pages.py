"""Steps of the convener-training pages that more than one browser test takes."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import Page, expect

ROSTER = b"email,full name\nlena@harbor.example,Lena Ortiz\n"


def save_launch_plan(
    page: Page, first_day: date, *, saved: str = "Your launch plan is saved."
) -> None:
    """Fill the trainee's launch plan for "Harbor" (one roster row) and save it. The fields
    are found by their ids, so the step serves a page in any language; `saved` is the
    confirmation in the page's language."""
    page.locator("#id_network_name").fill("Harbor Civic Collaboratory")
    page.locator("#id_network_slug").fill("harbor")
    page.locator("#id_first_gathering_title").fill("Harbor: our first gathering")
    page.locator("#id_first_gathering_on").fill(first_day.isoformat())
    page.locator("#id_first_gathering_city").fill("Harbor City")
    page.locator("#id_roster").set_input_files(
        files=[{"name": "roster.csv", "mimeType": "text/csv", "buffer": ROSTER}]
    )
    page.locator('button[name="action"][value="plan"]').click()
    expect(page.get_by_text(saved)).to_be_visible()
