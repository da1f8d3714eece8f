"""A delivery's error is stored as a code and its values, and put into words when a page
shows it, in the viewer's language: it was stored as text in the language of whoever ran
the attempt (the worker, a steward retrying, a steward changing the URL), so a Spanish
steward's edit left Spanish in an English steward's log and the other way round."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import translation
from django_scopes import scopes_disabled

from collaboratory.people.services import user_language_set
from collaboratory.webhooks.models import DeliveryStatus
from collaboratory.webhooks.services import webhook_update
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.followthrough.conftest import make_project
from tests.webhooks.conftest import Receiver, deliveries, hook_for

ANSWERED_EN = "The receiver answered 500 (a 2xx answer counts as received)."
ANSWERED_ES = "El receptor respondió 500 (una respuesta 2xx cuenta como recibido)."
CANCELLED_EN = "Not sent: the webhook&#x27;s URL changed after this was queued."
CANCELLED_ES = "No se envió: la URL del webhook cambió después de ponerlo en cola."


def _page(user: Any, hook_pk: int) -> str:
    url = reverse("webhooks:detail", kwargs={"network_slug": "alpha", "webhook_id": hook_pk})
    return client_for(user).get(url).content.decode()


def test_each_steward_reads_a_delivery_error_in_their_own_language(
    world: World, receiver: Receiver, deliver: Any
) -> None:
    project = make_project(world)
    english = project.steward
    spanish = MembershipFactory(network=world.alpha, role="steward").user
    user_language_set(user=spanish, language="es")
    hook = hook_for(world.alpha, english, receiver.url)
    receiver.statuses = [500]

    with translation.override("es"), deliver():  # a worker whose language is Spanish
        project.commit()

    [failed] = deliveries(hook)
    assert failed.status == DeliveryStatus.PENDING
    assert ANSWERED_EN in _page(english, hook.pk)
    assert ANSWERED_ES not in _page(english, hook.pk)
    assert ANSWERED_ES in _page(spanish, hook.pk)

    with translation.override("es"), scopes_disabled():  # the Spanish steward moves the hook
        webhook_update(
            webhook=hook, actor=spanish, url=receiver.url + "moved", events=hook.events, active=True
        )

    [cancelled] = deliveries(hook)
    assert cancelled.status == DeliveryStatus.CANCELLED
    assert CANCELLED_EN in _page(english, hook.pk)
    assert CANCELLED_ES not in _page(english, hook.pk)
    assert CANCELLED_ES in _page(spanish, hook.pk)
