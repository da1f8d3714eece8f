"""The preferences page under /me/ and the one-click unsubscribe link (RFC 8058): POST
without cookies or CSRF turns the kind off; GET only asks; a forged token changes nothing."""

from __future__ import annotations

from django.test import Client

from collaboratory.networks.mail import mail_send, unsubscribe_token
from collaboratory.networks.models import Delivery, MailKind
from collaboratory.networks.selectors import notification_choices_of
from collaboratory.networks.services import notification_preferences_set
from tests.conftest import World, client_for

ALL_ON = dict.fromkeys(MailKind.values, Delivery.ON)


def _url(token: str) -> str:
    return f"/unsubscribe/token/{token}/"


def test_a_mail_client_unsubscribes_in_one_post_without_cookies_or_csrf(world: World) -> None:
    member = world.personas["member"]
    token = unsubscribe_token(user=member, kind=MailKind.UPDATES)
    client = Client(enforce_csrf_checks=True)

    response = client.post(_url(token), {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert "Done: you will no longer receive “project updates”." in response.content.decode()
    assert response["Referrer-Policy"] == "no-referrer"
    assert notification_choices_of(user=member) == {**ALL_ON, MailKind.UPDATES: Delivery.OFF}


def test_opening_the_link_only_asks(world: World) -> None:
    member = world.personas["member"]
    token = unsubscribe_token(user=member, kind=MailKind.REMINDERS)

    page = client_for(None).get(_url(token)).content.decode()
    head = client_for(None).head(_url(token)).status_code

    assert head == 200
    assert "Stop receiving “reminders”?" in page
    assert 'name="List-Unsubscribe" value="One-Click"' in page
    assert notification_choices_of(user=member) == ALL_ON


def test_a_tampered_or_foreign_token_is_refused_and_changes_nothing(world: World) -> None:
    member, steward = world.personas["member"], world.personas["steward"]
    token = unsubscribe_token(user=member, kind=MailKind.REMINDERS)
    payload, signature = token.rsplit(".", 1)
    other = unsubscribe_token(user=steward, kind=MailKind.UPDATES)
    forged = [
        f"{payload}.{signature[:-2]}xx",
        f"{other.rsplit('.', 1)[0]}.{signature}",
        "abc",
        "x" * 300,
        ".",
    ]

    statuses = [
        client_for(None).post(_url(t), {"List-Unsubscribe": "One-Click"}).status_code
        for t in forged
    ]

    assert statuses == [404] * len(forged)
    assert notification_choices_of(user=member) == ALL_ON
    assert notification_choices_of(user=steward) == ALL_ON


def test_a_post_without_the_one_click_body_is_refused(world: World) -> None:
    member = world.personas["member"]
    token = unsubscribe_token(user=member, kind=MailKind.REMINDERS)

    response = client_for(None).post(_url(token), {"List-Unsubscribe": "yes"})

    assert response.status_code == 400
    assert notification_choices_of(user=member) == ALL_ON


def test_unsubscribing_from_digests_stops_what_waited_for_the_digest(world: World) -> None:
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.REMINDERS: Delivery.DIGEST})
    token = unsubscribe_token(user=member, kind=MailKind.DIGESTS)

    client_for(None).post(_url(token), {"List-Unsubscribe": "One-Click"})

    assert notification_choices_of(user=member) == {
        **ALL_ON,
        MailKind.DIGESTS: Delivery.OFF,
        MailKind.REMINDERS: Delivery.OFF,
    }


def test_the_preferences_page_saves_each_kind(world: World) -> None:
    member = world.personas["member"]
    client = client_for(member)
    wanted = {
        MailKind.REMINDERS: Delivery.DIGEST,
        MailKind.DIGESTS: Delivery.ON,
        MailKind.UPDATES: Delivery.OFF,
        MailKind.GATHERING_NOTICES: Delivery.ON,
    }

    response = client.post("/me/notifications/", wanted, follow=True)

    assert "Saved: your email choices apply from now on." in response.content.decode()
    assert notification_choices_of(user=member) == wanted
    page = client.get("/me/notifications/").content.decode()
    assert 'name="reminders" value="digest" id="id_reminders_1" required checked' in page


def test_the_preferences_page_refuses_junk_and_contradictions(world: World) -> None:
    member = world.personas["member"]
    client = client_for(member)

    junk = client.post("/me/notifications/", {**ALL_ON, MailKind.UPDATES: "sometimes"})
    digest_for_digest = client.post("/me/notifications/", {**ALL_ON, MailKind.DIGESTS: "digest"})
    nothing_to_wait_for = client.post(
        "/me/notifications/",
        {**ALL_ON, MailKind.DIGESTS: Delivery.OFF, MailKind.REMINDERS: Delivery.DIGEST},
    )

    assert junk.status_code == 200
    assert "Choose one of the options listed." in junk.content.decode()
    assert "Choose one of the options listed." in digest_for_digest.content.decode()
    assert "The weekly digest is off, so nothing can wait for it" in (
        nothing_to_wait_for.content.decode()
    )
    assert notification_choices_of(user=member) == ALL_ON


def test_the_account_menu_links_to_the_choices(world: World) -> None:
    page = client_for(world.personas["member"]).get("/me/profile/").content.decode()

    assert '<a href="/me/notifications/">Email choices</a>' in page


def test_my_data_export_carries_my_email_choices_and_what_waits(world: World) -> None:
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.REMINDERS: Delivery.DIGEST})
    mail_send(
        network=world.alpha,
        subject="Coming up: posters",
        body="A reminder.",
        recipients=[member],
        free_text=False,
        kind=MailKind.REMINDERS,
    )

    data = client_for(member).get("/me/data/export.json").json()

    assert data["email_choices"]["choices"] == {**ALL_ON, MailKind.REMINDERS: Delivery.DIGEST}
    assert [
        (i["network"], i["kind"], i["subject"]) for i in data["email_choices"]["waiting_for_digest"]
    ] == [("Alpha Collaboratory", "reminders", "Coming up: posters")]


def test_unsubscribing_from_digests_says_what_stops_with_them(world: World) -> None:
    """What waited for the digest is turned off with it: the page asking says so before,
    and the page after says so too (it said only "no longer receive digests", and the
    reminders the person read there stopped without a word)."""
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.REMINDERS: Delivery.DIGEST})
    token = unsubscribe_token(user=member, kind=MailKind.DIGESTS)

    asking = client_for(None).get(_url(token)).content.decode()
    done = client_for(None).post(_url(token), {"List-Unsubscribe": "One-Click"})

    assert (
        "What you chose to read in the digest stops with it: reminders. To get them by "
        "email instead, change your email choices first."
    ) in asking
    assert (
        "What you read in the digest is off too: reminders. To get it by email, turn it "
        "back on in your email choices."
    ) in done.content.decode()


def test_unsubscribing_from_one_kind_names_no_other(world: World) -> None:
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.REMINDERS: Delivery.DIGEST})
    token = unsubscribe_token(user=member, kind=MailKind.UPDATES)

    asking = client_for(None).get(_url(token)).content.decode()
    done = client_for(None).post(_url(token), {"List-Unsubscribe": "One-Click"})

    assert "in the digest" not in asking + done.content.decode()
