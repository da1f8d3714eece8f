"""A commitment from "mark done" to "confirmed" in the browser: the committer marks it done
on My commitments (the row updates in place), the presenter confirms it as kept."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.commitments.models import Commitment
from tests.conftest import World
from tests.e2e.conftest import accessibility_problems, ready, settled
from tests.e2e.test_propose_and_select import sign_in
from tests.followthrough.conftest import Project, make_project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def project(world: World) -> Project:
    return make_project(world)


def test_mark_done_then_the_presenter_confirms(live_server, page: Page, project: Project) -> None:  # type: ignore[no-untyped-def]
    commitment = project.commit()
    row = page.locator(f"#commitment-{commitment.pk}")

    sign_in(page, live_server, project.dana)
    page.goto(f"{live_server.url}/n/alpha/")
    page.get_by_role("link", name="My commitments").first.click()
    expect(row).to_contain_text("Offered")
    expect(row.get_by_label("Delivered so far (introductions, optional)")).to_be_hidden()
    # Reached by a link: htmx (deferred) must have wired the row before "Mark done".
    ready(page)
    row.locator("summary", has_text="Mark done").click()
    row.get_by_label("Delivered so far (introductions, optional)").fill("3")
    row.get_by_role("button", name="Mark done").click()
    expect(row).to_contain_text("Saved: the commitment is now “Done, awaiting confirmation”.")
    expect(row.get_by_role("button", name="Mark done")).to_have_count(0)

    sign_in(page, live_server, project.presenter)
    page.goto(f"{live_server.url}/n/alpha/follow-through/")
    expect(row).to_contain_text("Done, awaiting confirmation")
    row.get_by_role("button", name="Confirm kept").click()
    expect(row).to_contain_text("Saved: the commitment is now “Kept”.")

    with scopes_disabled():
        stored = Commitment.objects.get(pk=commitment.pk)
    assert (stored.status, str(stored.delivered_amount)) == ("kept", "3.00")


def test_a_refused_move_shows_its_reason_in_the_row(  # type: ignore[no-untyped-def]
    live_server, page: Page, project: Project
) -> None:
    """Release needs a note: the 400 carries the row with the reason, and the page shows it
    where the person is looking (it used to look like a dead button), and reads it out."""
    commitment = project.commit()
    row = page.locator(f"#commitment-{commitment.pk}")

    sign_in(page, live_server, project.dana)
    page.goto(f"{live_server.url}/n/alpha/follow-through/")
    row.locator("summary", has_text="Release, with a note").click()
    row.get_by_role("button", name="Release, with a note").click()
    expect(row.locator(".row-message.error")).to_contain_text("why you release it")
    expect(page.locator("#announcer")).to_contain_text("why you release it")
    assert accessibility_problems(page) == []
    with scopes_disabled():
        assert Commitment.objects.get(pk=commitment.pk).status == commitment.status

    # The swapped-in row is wired by htmx when it settles: press its button after that.
    settled(page)
    row.get_by_label("Note (needed to release, ask to adjust or dispute)").fill(
        "My hall is booked that month after all."
    )
    row.get_by_role("button", name="Release, with a note").click()
    expect(row.locator(".row-message")).to_contain_text("Released")
    expect(row.locator(".row-message.error")).to_have_count(0)


def test_on_the_commitment_page_a_move_updates_the_history_and_clears_the_old_flash(  # type: ignore[no-untyped-def]
    live_server, page: Page, project: Project
) -> None:
    commitment = project.commit()
    sign_in(page, live_server, project.dana)
    page.goto(f"{live_server.url}/n/alpha/follow-through/commitments/{commitment.pk}/")
    page.locator("#update-note").fill("Two of the three calls are booked.")
    page.locator("#update-note").locator("xpath=ancestor::form").get_by_role(
        "button", name="Post update"
    ).click()
    expect(page.locator("ul.messages")).to_be_visible()
    assert accessibility_problems(page) == []
    # The update was a plain post: the page it came back to must be wired by htmx and app.js
    # (which clears the flash) before the row's move.
    ready(page)

    row = page.locator(f"#commitment-{commitment.pk}")
    row.locator("summary", has_text="Mark done").click()
    row.get_by_role("button", name="Mark done").click()

    expect(page.locator("#history")).to_contain_text("Done, awaiting confirmation")
    expect(page.locator("#history")).to_contain_text("Two of the three calls are booked.")
    expect(page.locator("ul.messages")).to_have_count(0)


def test_a_swapped_row_raises_no_content_security_policy_violation(  # type: ignore[no-untyped-def]
    live_server, page: Page, project: Project
) -> None:
    """htmx's settle step copied the old row's style attribute onto the new one, which the
    CSP (no inline styles) refuses, in the console, after partial updates. A script may give
    the row a style through the CSSOM (allowed); the swap must not copy it as an attribute."""
    commitment = project.commit()
    sign_in(page, live_server, project.dana)
    page.goto(f"{live_server.url}/n/alpha/follow-through/")
    row = page.locator(f"#commitment-{commitment.pk}")
    row.evaluate("el => { el.style.outline = '2px solid'; }")

    row.locator("summary", has_text="Mark done").click()
    row.get_by_role("button", name="Mark done").click()

    expect(row).to_contain_text("Saved: the commitment is now")
    # The page fixture fails the test on any console error, a CSP violation included.


def test_my_commitments_shows_buttons_and_only_the_chosen_moves_form(  # type: ignore[no-untyped-def]
    live_server, page: Page, project: Project
) -> None:
    """Twelve commitments used to make a 5,300 px page (every row showed every form): now a
    row shows its buttons, and the form of the move chosen opens under them."""
    commitments = [project.commit() for _ in range(12)]
    done = commitments[0]
    project.move(done, project.dana, "done")
    page.set_viewport_size({"width": 1280, "height": 800})
    sign_in(page, live_server, project.dana)
    page.goto(f"{live_server.url}/n/alpha/follow-through/")

    expect(page.locator(".commitment-row")).to_have_count(12)
    rows = page.locator(".commitment-row")
    heights = [rows.nth(i).bounding_box()["height"] for i in range(12)]  # type: ignore[index]
    # The page was 5,300 px before (every row showed every form, about 400 px a row); a row is
    # now its text, its buttons and a line of details. The rows are measured, not the page,
    # so the header and footer around them do not count.
    assert max(heights) < 160, heights
    assert page.locator("textarea:visible").count() == 0

    row = page.locator(f"#commitment-{commitments[1].pk}")
    row.locator("summary", has_text="Release, with a note").click()
    expect(row.get_by_label("Note (needed to release, ask to adjust or dispute)")).to_be_visible()
    expect(row.get_by_label("Delivered so far (introductions, optional)")).to_be_hidden()
    assert page.locator("textarea:visible").count() == 1

    # Working on a done commitment again asks first, and reopens it only when confirmed.
    done_row = page.locator(f"#commitment-{done.pk}")
    done_row.locator("summary", has_text="Working on it").click()
    expect(done_row.locator(".notice")).to_contain_text("Reopen it?")
    assert project.refresh(done).status == "done"
    done_row.get_by_role("button", name="Yes, reopen: working on it").click()
    expect(done_row).to_contain_text("Saved: the commitment is now")
    assert project.refresh(done).status == "in_progress"
    assert accessibility_problems(page) == []
