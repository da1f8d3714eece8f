"""Publishing a partnership and reaching a milestone, sent twice (a double tap, a retry),
keep the first moment: the partnership's place on the list and the milestone's date do not
move, and the audit log holds one row for one act."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.followthrough.models import Partnership
from collaboratory.followthrough.services import (
    partnership_milestone_add,
    partnership_milestone_reach,
    partnership_publish,
    partnership_record,
)
from tests.conftest import World, client_for


def _record(world: World) -> Partnership:
    with scopes_disabled():
        return partnership_record(
            network=world.alpha,
            recorded_by=world.personas["member"],
            kind=Partnership.Kind.PROJECT,
            title="Shared tool library",
            story="Two members met at the spring gathering.",
            idempotency_key=uuid.uuid4(),
        )


def _audited(action: str) -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(action=action).count()


def test_publishing_twice_keeps_the_first_publication(world: World) -> None:
    p = _record(world)
    first = timezone.now() - timedelta(hours=1)
    steward = world.personas["steward"]
    with scopes_disabled():
        partnership_publish(partnership=p, actor=steward, published=True, now=first)
        partnership_publish(partnership=p, actor=steward, published=True)
        p.refresh_from_db()
    assert p.published_at == first
    assert _audited("partnership.published") == 1


def test_a_publish_form_sent_twice_is_one_publication(world: World) -> None:
    p = _record(world)
    url = f"/n/alpha/follow-through/partnerships/{p.pk}/publish/"
    client = client_for(world.personas["steward"])

    responses = [client.post(url, {"publish": "1"}) for _ in range(2)]

    assert [r.status_code for r in responses] == [302, 302]
    assert _audited("partnership.published") == 1


def test_reaching_a_milestone_twice_keeps_the_first_day(world: World) -> None:
    p = _record(world)
    member = world.personas["member"]
    first = timezone.now() - timedelta(days=3)
    with scopes_disabled():
        m = partnership_milestone_add(
            partnership=p, actor=member, title="First open day", idempotency_key=uuid.uuid4()
        )
        partnership_milestone_reach(milestone=m, actor=member, reached=True, now=first)
        partnership_milestone_reach(milestone=m, actor=member, reached=True)
        m.refresh_from_db()
    assert m.reached_at == first
    assert _audited("partnership.milestone_reached") == 1
