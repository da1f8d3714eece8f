"""A steward points a webhook at a receiver, presses "Send test", and sees the delivery in
the log; the receiver got a ping it can verify."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from django_scopes import scopes_disabled
from playwright.sync_api import Page, expect

from collaboratory.webhooks import signing
from collaboratory.webhooks.models import Webhook
from tests.conftest import World
from tests.e2e.conftest import accessibility_problems, open_menu
from tests.e2e.test_propose_and_select import sign_in
from tests.webhooks.receiver import Receiver, running_receiver

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def receiver(settings: Any) -> Iterator[Receiver]:
    settings.WEBHOOKS_ALLOW_PRIVATE = True  # the receiver is on the loopback address
    with running_receiver() as state:
        yield state


def test_a_steward_adds_a_webhook_and_sends_a_test(  # type: ignore[no-untyped-def]
    live_server, page: Page, world: World, receiver: Receiver
) -> None:
    sign_in(page, live_server, world.personas["steward"])
    page.goto(f"{live_server.url}/n/alpha/")
    open_menu(page)
    page.get_by_role("link", name="Webhooks").first.click()
    page.get_by_role("link", name="Add a webhook").click()
    page.get_by_label("Payload URL").fill(receiver.url)
    page.get_by_label("A commitment is made").check()
    page.get_by_label("A commitment moves (kept, released, lapsed...)").check()
    page.get_by_role("button", name="Add webhook").click()

    expect(page.get_by_text("Webhook added.")).to_be_visible()
    page.get_by_role("button", name="Send test").click()
    expect(page.get_by_text("Delivered: the receiver answered 200.")).to_be_visible()
    row = page.locator("tr.delivery").first
    expect(row).to_contain_text("ping")
    expect(row).to_contain_text("delivered")
    assert accessibility_problems(page) == []

    page.get_by_role("button", name="Reveal secret").click()
    secret = page.locator("code.secret").inner_text()
    with scopes_disabled():
        hook = Webhook.objects.get()
    assert secret == hook.secret
    [got] = receiver.requests
    assert signing.verify(secret, got.headers["Collaboratory-Signature"], got.body, now=time.time())
