"""A member named as another member's substitute is one person: checked in once, on the
pass. Their own phone wrote a ledger row and the door list's substitute row set the pass's
`checked_in_at`, so the door's count (ledger + substitutes) said two people came."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.services import (
    attendance_check_in,
    attendance_door_check_in,
    rsvp_submit,
    substitution_check_in,
    substitution_decide,
    substitution_request,
)
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.gatherings.test_check_in import happening_now, ledger, thursday_code


def _named(
    world: World, gathering: Gathering | None = None
) -> tuple[Gathering, Substitution, object]:
    """Olga, a member, comes as the substitute of the member who said yes (of a gathering
    happening now, unless given one)."""
    gathering = gathering or happening_now(world)
    member, steward = world.personas["member"], world.personas["steward"]
    olga = MembershipFactory(
        network=world.alpha, user__full_name="Olga Other", user__email="olga@example.org"
    ).user
    day_before = gathering.starts_at - timedelta(days=1)
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True, now=day_before)
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Olga Other",
            email="OLGA@example.org",
            reason="Travelling",
            now=day_before,
        )
        substitution_decide(substitution=substitution, approve=True, actor=steward, now=day_before)
    return gathering, substitution, olga


def _door_count(world: World, gathering: Gathering) -> str:
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
    page = client_for(world.personas["steward"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/door/", {"part": part.pk}
    )
    return page.content.decode()


def _checked_in_audits() -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(
            action__in=["substitution.checked_in", "attendance.checked_in"]
        ).count()


def test_self_then_door_counts_the_named_substitute_once(world: World) -> None:
    gathering, substitution, olga = _named(world)

    with scopes_disabled():
        attendance_check_in(gathering=gathering, user=olga, code=thursday_code(gathering))
        recorded = substitution_check_in(substitution=substitution, actor=world.personas["steward"])
        substitution.refresh_from_db()

    assert recorded is False
    assert substitution.checked_in_at is not None
    assert ledger(gathering) == []
    assert _checked_in_audits() == 1
    assert "1 person checked in to this part." in _door_count(world, gathering)


def test_door_then_self_counts_the_named_substitute_once(world: World) -> None:
    gathering, substitution, olga = _named(world)

    with scopes_disabled():
        assert substitution_check_in(substitution=substitution, actor=world.personas["steward"])
        with pytest.raises(ValidationError, match="already checked in as the substitute"):
            attendance_check_in(gathering=gathering, user=olga, code=thursday_code(gathering))

    assert ledger(gathering) == []
    assert _checked_in_audits() == 1
    assert "1 person checked in to this part." in _door_count(world, gathering)


def test_the_door_s_member_row_checks_the_named_substitute_in_on_the_pass(world: World) -> None:
    gathering, substitution, olga = _named(world)
    with scopes_disabled():
        part = gathering.parts.get(title="Welcome reception and dinner")
        attendance_door_check_in(part=part, user_id=olga.pk, actor=world.personas["steward"])
        with pytest.raises(ValidationError, match="already checked in as the substitute"):
            attendance_door_check_in(part=part, user_id=olga.pk, actor=world.personas["steward"])
        substitution.refresh_from_db()

    assert substitution.checked_in_at is not None
    assert ledger(gathering) == []
    assert "1 person checked in to this part." in _door_count(world, gathering)


def test_the_check_in_page_and_the_door_say_the_named_substitute_is_in(world: World) -> None:
    gathering, substitution, olga = _named(world)
    url = f"/n/alpha/gatherings/{gathering.pk}/check-in/{thursday_code(gathering)}/"
    client = client_for(olga)

    before = client.get(url).content.decode()
    client.post(url)
    after = client.get(url).content.decode()
    door = client_for(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/door/", {"substitution": substitution.pk}, follow=True
    )

    assert "You come as the substitute of" in before
    assert "I am here" in before
    assert "You are checked in as the substitute of" in after
    gathering_page = client.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()
    assert "You are checked in as the substitute of" in gathering_page
    assert "I am here" not in after
    assert "Olga Other is already checked in." in door.content.decode()
    assert ledger(gathering) == []


def test_checked_in_on_the_pass_the_check_in_page_leads_to_the_commitment_form(
    world: World,
) -> None:
    """A member checked in to a part under way is offered "Make a commitment" on the
    check-in page; one checked in on a substitute pass was offered nothing, though the live
    room now lets them commit from their phone. The page then opens for them."""
    gathering, _substitution, olga = _named(world)
    url = f"/n/alpha/gatherings/{gathering.pk}/check-in/{thursday_code(gathering)}/"
    client = client_for(olga)
    phone = f"/n/alpha/live/{gathering.pk}/"

    before = client.get(url).content.decode()
    client.post(url)
    after = client.get(url).content.decode()
    form = client.get(phone).content.decode()

    assert f'href="{phone}"' not in before
    assert f'href="{phone}"' in after
    assert "Make a commitment</h1>" in form
    assert "check in to the gathering first" not in form
