"""The one-click unsubscribe page speaks the language the email was written in (the
recipient's saved choice), not the language of whatever browser or mail client opens it."""

from __future__ import annotations

from collaboratory.networks.mail import unsubscribe_token
from collaboratory.networks.models import MailKind
from collaboratory.people.models import User
from tests.conftest import World, client_for


def _spanish_reader(world: World) -> User:
    member = world.personas["member"]
    assert member is not None
    User.objects.filter(pk=member.pk).update(language="es")
    member.refresh_from_db()
    return member


def test_the_unsubscribe_page_asks_in_the_recipients_language(world: World) -> None:
    token = unsubscribe_token(user=_spanish_reader(world), kind=MailKind.REMINDERS)

    response = client_for(None).get(f"/unsubscribe/token/{token}/", HTTP_ACCEPT_LANGUAGE="en")

    page = response.content.decode()
    assert "¿Dejar de recibir" in page
    assert "Stop receiving" not in page
    assert response["Content-Language"] == "es"


def test_the_one_click_post_answers_in_the_recipients_language(world: World) -> None:
    token = unsubscribe_token(user=_spanish_reader(world), kind=MailKind.REMINDERS)

    response = client_for(None).post(
        f"/unsubscribe/token/{token}/",
        {"List-Unsubscribe": "One-Click"},
        HTTP_ACCEPT_LANGUAGE="en",
    )

    assert "Listo: ya no recibirás" in response.content.decode()
