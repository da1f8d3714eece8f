"""Preferences in `mail_send`: each kind on, off or in the weekly digest; essential mail
untouched; RFC 8058 headers and the footer on non-essential mail only; an HTML part that is
the plain text, escaped; the adult-minor safeguard planned on what really goes out."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import ReminderSent
from collaboratory.networks.mail import mail_send, unsubscribe_token_parse
from collaboratory.networks.models import Delivery, DigestItem, MailKind
from collaboratory.networks.services import notification_preferences_set
from collaboratory.people.models import User
from tests.conftest import World
from tests.factories import MembershipFactory
from tests.followthrough.conftest import make_project
from tests.followthrough.test_automatic import run

HOSTILE = 'Hi <script>alert("x")</script> & <a href="javascript:evil()">click</a> ok'


def _adult(world: World, name: str, email: str) -> User:
    with scopes_disabled():
        return MembershipFactory(network=world.youth, user__full_name=name, user__email=email).user


def _send(world: World, **kwargs) -> int:  # type: ignore[no-untyped-def]
    arguments = {
        "network": world.alpha,
        "subject": "Coming up: posters",
        "body": "A reminder of your commitment.\n\nhttps://example.org/mine/",
        "free_text": False,
        "kind": MailKind.REMINDERS,
        "link": "https://example.org/mine/",
    }
    arguments.update(kwargs)
    return mail_send(**arguments)


def test_off_sends_nothing_and_on_sends_with_the_one_click_headers(
    world: World, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    member, steward = world.personas["member"], world.personas["steward"]
    notification_preferences_set(user=member, choices={MailKind.REMINDERS: Delivery.OFF})

    sent = _send(world, recipients=[member, steward])

    assert sent == 1
    assert [m.to for m in mailoutbox] == [[steward.email]]
    headers = mailoutbox[0].extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = re.fullmatch(r"<(http\S+/unsubscribe/token/(\S+)/)>", headers["List-Unsubscribe"])
    assert url is not None
    assert unsubscribe_token_parse(url.group(2)) == (steward, MailKind.REMINDERS)
    assert url.group(1) in mailoutbox[0].body
    assert "/me/notifications/" in mailoutbox[0].body


def test_other_kinds_still_reach_someone_who_turned_one_off(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.REMINDERS: Delivery.OFF})

    _send(world, recipients=[member], kind=MailKind.UPDATES)

    assert [m.to for m in mailoutbox] == [[member.email]]


def test_essential_mail_goes_whatever_the_choices_and_has_no_unsubscribe(
    world: World, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    member = world.personas["member"]
    notification_preferences_set(
        user=member,
        choices={
            MailKind.DIGESTS: Delivery.OFF,
            **dict.fromkeys(
                (MailKind.REMINDERS, MailKind.UPDATES, MailKind.GATHERING_NOTICES), Delivery.OFF
            ),
        },
    )

    _send(world, recipients=[member.email], kind=None, subject="You are invited")

    (message,) = mailoutbox
    assert message.to == [member.email]
    assert "List-Unsubscribe" not in message.extra_headers
    assert "List-Unsubscribe-Post" not in message.extra_headers
    assert "unsubscribe" not in message.body
    assert message.body == "A reminder of your commitment.\n\nhttps://example.org/mine/"


def test_a_plain_address_of_an_account_holder_is_held_to_their_choice(
    world: World, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.GATHERING_NOTICES: Delivery.OFF})

    _send(world, recipients=[member.email.upper()], kind=MailKind.GATHERING_NOTICES)

    assert mailoutbox == []


def test_the_weekly_digest_choice_queues_the_message_instead(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    member = world.personas["member"]
    notification_preferences_set(user=member, choices={MailKind.REMINDERS: Delivery.DIGEST})

    sent = _send(world, recipients=[member])

    with scopes_disabled():
        items = list(
            DigestItem.objects.values_list(
                "user_id", "network_id", "kind", "subject", "excerpt", "link"
            )
        )
    assert (sent, mailoutbox) == (0, [])
    assert items == [
        (
            member.pk,
            world.alpha.pk,
            MailKind.REMINDERS,
            "Coming up: posters",
            "A reminder of your commitment.\n\nhttps://example.org/mine/",
            "https://example.org/mine/",
        )
    ]


def test_the_html_part_is_the_text_escaped_with_its_links(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    member = world.personas["member"]

    _send(
        world, recipients=[member], body=f"{HOSTILE}\nsecond line\n\nhttps://example.org/x?a=1&b=2"
    )

    (message,) = mailoutbox
    ((content, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert '<html lang="en">' in content
    assert "<script>" not in content
    assert 'href="javascript' not in content
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content
    assert '<a href="https://example.org/x?a=1&amp;b=2" rel="nofollow">' in content
    body = re.search(r"<body>(.*)</body>", content, re.S).group(1)  # type: ignore[union-attr]
    words = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert words.split() == message.body.split()


def test_essential_mail_has_an_html_part_too(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    _send(world, recipients=["someone@nowhere.example"], kind=None, body=HOSTILE)

    (message,) = mailoutbox
    ((content, _mimetype),) = message.alternatives
    assert "<script>" not in content
    assert message.body == HOSTILE


def test_a_minors_address_stays_withheld_in_the_html_part(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    youth = world.personas["youth_member"]
    morgan = _adult(world, "Morgan Mentor", "morgan@adult.example")

    mail_send(
        network=world.youth,
        subject="News",
        body=f"Write to {youth.email}",
        recipients=[youth, morgan],
        free_text=False,
        kind=MailKind.UPDATES,
    )

    adult = next(m for m in mailoutbox if m.to == [morgan.email])
    assert youth.email not in adult.message().as_string()
    assert "[address withheld]" in adult.alternatives[0][0]


def test_a_digest_item_of_someones_typed_words_keeps_no_excerpt(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    youth = world.personas["youth_member"]
    morgan = _adult(world, "Morgan Mentor", "morgan@adult.example")
    notification_preferences_set(user=morgan, choices={MailKind.UPDATES: Delivery.DIGEST})

    mail_send(
        network=world.youth,
        subject="News from Posters",
        body=f"My own words; mail me at {youth.email}",
        recipients=[morgan],
        free_text=True,
        authors=[youth],
        kind=MailKind.UPDATES,
    )

    with scopes_disabled():
        item = DigestItem.objects.get()
    # No message went, so nothing crossed the age line and no steward copy was needed.
    assert mailoutbox == []
    assert (item.user_id, item.subject, item.excerpt) == (morgan.pk, "News from Posters", "")


def _youths_news(world: World, *, to: list[User]) -> None:
    """The youth member's project news (their typed words) to adults."""
    mail_send(
        network=world.youth,
        subject="News from Posters",
        body="Posters are up!",
        recipients=to,
        free_text=True,
        authors=[world.personas["youth_member"]],
        kind=MailKind.UPDATES,
    )


def _to_and_subject(outbox) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((m.to[0], m.subject) for m in outbox)


def test_stewards_copies_follow_what_really_goes_out(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    """A youth's words to two adults: one turned updates off, one takes them. The stewards
    are copied because a message crosses the age line; their copy names only the adult who
    got one."""
    steward = world.personas["steward"]
    morgan = _adult(world, "Morgan Mentor", "morgan@adult.example")
    pat = _adult(world, "Pat Partner", "pat@adult.example")
    notification_preferences_set(user=pat, choices={MailKind.UPDATES: Delivery.OFF})

    _youths_news(world, to=[morgan, pat])

    assert _to_and_subject(mailoutbox) == [
        (morgan.email, "News from Posters"),
        (steward.email, "Copy for stewards: News from Posters"),
    ]
    copy = next(m for m in mailoutbox if m.to == [steward.email])
    assert "wrote to Morgan Mentor." in copy.body
    assert "Pat Partner" not in copy.body
    # The copy is essential: no unsubscribe, no footer.
    assert "List-Unsubscribe" not in copy.extra_headers
    assert "unsubscribe" not in copy.body


def test_a_steward_who_turned_the_kind_off_still_witnesses_as_a_steward(
    world: World, mailoutbox
) -> None:  # type: ignore[no-untyped-def]
    """The steward is one of the recipients and turned updates off. Were the plan made with
    them as a recipient and their message then dropped, no one would witness the youth's
    words to Morgan; instead they get the steward's copy."""
    steward = world.personas["steward"]
    morgan = _adult(world, "Morgan Mentor", "morgan@adult.example")
    notification_preferences_set(user=steward, choices={MailKind.UPDATES: Delivery.OFF})

    _youths_news(world, to=[morgan, steward])

    assert _to_and_subject(mailoutbox) == [
        (morgan.email, "News from Posters"),
        (steward.email, "Copy for stewards: News from Posters"),
    ]


def test_reminders_end_to_end_honour_the_choice(world: World, mailoutbox) -> None:  # type: ignore[no-untyped-def]
    """A follow-through reminder through its real sender: off sends nothing, and the
    sent-log still records it, so turning reminders back on does not replay old ones."""
    project = make_project(world)
    commitment = project.commit()
    notification_preferences_set(user=project.dana, choices={MailKind.REMINDERS: Delivery.OFF})
    mail.outbox.clear()

    run(project, commitment.due_on - timedelta(days=1))

    with scopes_disabled():
        keys = list(ReminderSent.objects.filter(user=project.dana).values_list("key", flat=True))
    assert keys == [f"c:{commitment.pk}:before:1"]
    assert [m for m in mail.outbox if m.to == [project.dana.email]] == []
