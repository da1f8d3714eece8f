"""A youth member's weekly digest names the host network's coming gatherings that youth
take part in (their guest pass opens each page, networks/guests.py), with their RSVP and
the link. Before, the cohort's digest told only the cohort's own next gathering, so a
student heard of the host's Youth Day from its announcement alone.

Visibility holds: a host gathering youth do not take part in is not named, nor another
network's; the cohort's adults (a steward) read no such section, the pass being a youth
member's only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, GatheringFormat
from collaboratory.gatherings.services import gathering_create, rsvp_submit
from collaboratory.networks.models import Membership, Role
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.notifications.test_weekly_digest import monday_morning, send

pytestmark = pytest.mark.django_db


def _gathering(network, title: str, starts, *, youth: bool) -> Gathering:  # type: ignore[no-untyped-def]
    return gathering_create(
        network=network,
        title=title,
        format=GatheringFormat.IN_PERSON,
        city="Tulsa",
        youth_take_part=youth,
        parts=[("Meeting", starts, starts + timedelta(hours=4))],
    )


def test_a_youth_members_digest_names_the_hosts_gatherings_open_to_youth(world: World) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    monday = monday_morning(world.youth)
    with scopes_disabled():
        open_day = _gathering(
            world.alpha, "Alpha Youth Day", monday + timedelta(days=9), youth=True
        )
        _gathering(world.alpha, "Alpha members' dinner", monday + timedelta(days=4), youth=False)
        _gathering(world.bravo, "Bravo Youth Day", monday + timedelta(days=5), youth=True)
        _gathering(world.alpha, "Alpha far-off summit", monday + timedelta(days=90), youth=True)
        rsvp_submit(gathering=open_day, user=youth, answer="yes")
        steward = Membership.objects.filter(network=world.youth, role=Role.STEWARD).first().user  # type: ignore[union-attr]
    mail.outbox.clear()

    send(world.youth, monday)

    (digest,) = [m for m in mail.outbox if m.to == [youth.email]]
    link = f"/n/{world.alpha.slug}/gatherings/{open_day.pk}/"
    assert f"Gatherings of {world.alpha.name} open to youth" in digest.body
    assert "Alpha Youth Day" in digest.body
    assert link in digest.body
    assert "Your RSVP: Coming." in digest.body
    for hidden in ("Alpha members' dinner", "Bravo Youth Day", "Alpha far-off summit"):
        assert hidden not in digest.body
    # The link opens for them (their guest pass), as the digest promises.
    assert client_for(youth).get(link).status_code == 200
    # The cohort's steward is told nothing of the host's gatherings.
    for message in mail.outbox:
        if message.to == [steward.email]:
            assert "Alpha Youth Day" not in message.body


def test_the_section_alone_makes_a_digest_and_reads_in_the_youths_language(
    world: World,
) -> None:
    """Nothing else in the week: the host's gathering open to youth is news enough."""
    youth = world.personas["youth_member"]
    assert youth is not None
    user_language_set(user=youth, language="es")
    monday = monday_morning(world.youth)
    with scopes_disabled():
        Gathering.objects.filter(network=world.youth).delete()
        _gathering(world.alpha, "Alpha Youth Day", monday + timedelta(days=9), youth=True)
    mail.outbox.clear()

    send(world.youth, monday)

    (digest,) = [m for m in mail.outbox if m.to == [youth.email]]
    assert f"Encuentros de {world.alpha.name} abiertos a jóvenes" in digest.body
    assert "Alpha Youth Day" in digest.body
    assert "Todavía no respondiste." in digest.body
