"""The gathering page once the gathering is over: nothing written marks the end (no page
version changes), so whatever the page says differently afterwards must not come from a
part kept in the cache from before."""

from __future__ import annotations

import re
from datetime import timedelta

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, GatheringPart
from tests.conftest import World, client_for
from tests.factories import GatheringFactory


def _noscript(page: str) -> list[str]:
    return re.findall(r"<noscript>(.*?)</noscript>", page, flags=re.S)


def test_the_no_script_table_link_says_where_you_sat_once_it_is_over(world: World) -> None:
    """Seating's page calls itself "Where you sat" once the gathering ended; the link to it
    for a phone without JavaScript still read "Your table"."""
    gathering = GatheringFactory(network=world.alpha, title="Autumn Gathering")
    client = client_for(world.personas["member"])
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    before = client.get(url).content.decode()

    # Time passes: the gathering is moved into the past without a service, as the clock
    # would, so its page version (the cache key's token) stays the same.
    shift = (gathering.ends_at - timezone.now()) + timedelta(days=1)
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(
            starts_at=gathering.starts_at - shift,
            ends_at=gathering.ends_at - shift,
            rsvp_deadline=None,
            proposal_deadline=None,
        )
        for part in GatheringPart.objects.filter(gathering=gathering):
            GatheringPart.objects.filter(pk=part.pk).update(
                starts_at=part.starts_at - shift, ends_at=part.ends_at - shift
            )
    after = client.get(url).content.decode()

    assert any("Your table" in n for n in _noscript(before))
    assert not any("Where you sat" in n for n in _noscript(before))
    assert any("Where you sat" in n for n in _noscript(after))
    assert not any("Your table" in n for n in _noscript(after))


def _shift(gathering: Gathering, shift: timedelta) -> None:
    """Move the gathering by `shift` without a service: time passing writes nothing, so its
    page version stays the same."""
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(
            starts_at=gathering.starts_at - shift,
            ends_at=gathering.ends_at - shift,
            rsvp_deadline=None,
            proposal_deadline=None,
        )
        for part in GatheringPart.objects.filter(gathering=gathering):
            GatheringPart.objects.filter(pk=part.pk).update(
                starts_at=part.starts_at - shift, ends_at=part.ends_at - shift
            )


def test_no_substitute_form_once_the_gathering_has_started(world: World) -> None:
    """The service refuses a substitute once the gathering has started, but the page kept
    offering the form (from its cached part, keyed by nothing that changes at the start):
    a member on their phone on the day filled it in to be refused."""
    gathering = GatheringFactory(network=world.alpha, title="Autumn Gathering")
    client = client_for(world.personas["member"])
    url = f"/n/alpha/gatherings/{gathering.pk}/"
    before = client.get(url).content.decode()

    # Started an hour ago, not over.
    _shift(gathering, (gathering.starts_at - timezone.now()) + timedelta(hours=1))
    during = client.get(url).content.decode()

    assert "Ask to send a substitute" in before
    assert "Ask to send a substitute" not in during
    assert "Substitutions are arranged before the gathering starts." in during
    # Still open for answers until it ends.
    assert "Save my answer" in during
