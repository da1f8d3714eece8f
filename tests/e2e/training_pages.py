"""Steps of the convener-training pages that more than one browser test takes."""

from __future__ import annotations

from datetime import date

from playwright.sync_api import Page, expect


def save_launch_plan(page: Page, first_day: date) -> None:
    """Fill the trainee's launch plan for "Harbor" (one roster row) and save it."""
    page.get_by_label("Name of your network").fill("Harbor Civic Collaboratory")
    page.get_by_label("Short name (in its web address)").fill("harbor")
    page.locator("#id_first_gathering_title").fill("Harbor: our first gathering")
    page.get_by_label("First gathering's date").fill(first_day.isoformat())
    page.get_by_label("City").fill("Harbor City")
    page.get_by_label("Initial roster").set_input_files(
        files=[
            {
                "name": "roster.csv",
                "mimeType": "text/csv",
                "buffer": b"email,full name\nlena@harbor.example,Lena Ortiz\n",
            }
        ]
    )
    page.get_by_role("button", name="Save the plan").click()
    expect(page.get_by_text("Your launch plan is saved.")).to_be_visible()
