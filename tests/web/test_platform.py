"""The platform overview: a platform admin opens a network and invites its first steward."""

from __future__ import annotations

import re
import zoneinfo

import pytest
from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Invitation, Network, Role
from tests.conftest import World, client_for
from tests.factories import NetworkFactory, UserFactory

GOOD = {
    "name": "Tulsa Civic Collaboratory",
    "slug": "tulsa-civic",
    "kind": "national",
    "parent": "",
    "time_zone": "America/Chicago",
    "steward_name": "Rosa Parker",
    "steward_email": "rosa@example.org",
}


def test_a_platform_admin_opens_a_network_and_its_steward_is_invited(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    client = client_for(world.personas["platform_admin"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/platform/", GOOD)
    page = client.get(response["Location"]).content.decode()

    with scopes_disabled():
        network = Network.objects.get(slug="tulsa-civic")
        invitation = Invitation.objects.get(network=network)
        actions = set(
            AuditEvent.objects.filter(network_id=network.pk).values_list("action", flat=True)
        )
    assert (network.name, network.kind, network.time_zone) == (
        "Tulsa Civic Collaboratory",
        "national",
        "America/Chicago",
    )
    assert (invitation.email, invitation.full_name, invitation.role) == (
        "rosa@example.org",
        "Rosa Parker",
        Role.STEWARD,
    )
    assert [m.to for m in mail.outbox] == [["rosa@example.org"]]
    assert {"network.created", "invitation.issued"} <= actions
    assert "An invitation to steward it went to rosa@example.org." in page
    assert "Tulsa Civic Collaboratory" in page


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"slug": "alpha"}, "slug", "already exists"),
        ({"slug": "Not a slug!"}, "slug", "Use only lower-case letters, digits and hyphens"),
        ({"slug": "river_valley"}, "slug", "start and end with a letter or a digit"),
        ({"kind": "local"}, "parent", "sits under a national network"),
        ({"steward_email": "rosa"}, "steward_email", "Enter a valid email address"),
        ({"steward_name": ""}, "steward_name", "This field is required"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", ""),
    ],
)
def test_bad_input_names_the_field_and_creates_nothing(
    world: World, change: dict[str, str], field: str, message: str
) -> None:
    client = client_for(world.personas["platform_admin"])
    with scopes_disabled():
        before = (Network.objects.count(), Invitation.objects.count())

    response = client.post("/platform/", {**GOOD, **change})

    form = response.context["form"]
    assert response.status_code == 400
    assert field in form.errors
    assert message in " ".join(form.errors[field])
    with scopes_disabled():
        assert (Network.objects.count(), Invitation.objects.count()) == before
    assert mail.outbox == []


def test_only_a_platform_admin_may_open_a_network(world: World) -> None:
    response = client_for(world.personas["steward"]).post("/platform/", GOOD)

    assert response.status_code == 404
    with scopes_disabled():
        assert not Network.objects.filter(slug="tulsa-civic").exists()


def test_a_training_cohorts_practice_network_is_labelled_on_the_overview(world: World) -> None:
    """A practice network (convener training) is listed, but never mistaken for a real one."""
    with scopes_disabled():
        NetworkFactory(
            slug="practice-1",
            name="Practice Town",
            kind="local",
            parent=world.alpha,
            is_practice=True,
        )
        NetworkFactory(slug="real-local", name="Real Town", kind="local", parent=world.alpha)

    rows = [
        line
        for line in client_for(world.personas["platform_admin"])
        .get("/platform/")
        .content.decode()
        .splitlines()
        if "Town" in line
    ]

    assert any("Practice Town" in r and "practice network" in r for r in rows)
    assert any("Real Town" in r and "practice network" not in r for r in rows)


def test_every_mistake_is_named_at_once(world: World) -> None:
    """A local network without its national one and a city for a time zone: both said on the
    first answer (the time zone was said only once the other was fixed)."""
    client = client_for(world.personas["platform_admin"])

    response = client.post("/platform/", {**GOOD, "kind": "local", "time_zone": "Chicago"})

    errors = response.context["form"].errors
    assert "sits under a national network" in " ".join(errors["parent"])
    assert "close valid names: America/Chicago" in " ".join(errors["time_zone"])


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("America/Chicgo", "America/Chicago"),
        ("europe/madrid", "Europe/Madrid"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
    ],
)
def test_a_misspelt_time_zone_names_close_valid_ones(world: World, typed: str, named: str) -> None:
    """A time zone was free text and a slip was answered with one fixed example; now the
    answer names up to three valid names close to what was typed."""
    client = client_for(world.personas["platform_admin"])

    response = client.post("/platform/", {**GOOD, "time_zone": typed})

    (message,) = response.context["form"].errors["time_zone"]
    names = message.split("close valid names: ", 1)[1].rstrip(".").split(", ")
    assert message.startswith(f"{typed} is not a time zone name")
    assert named in names
    assert 1 <= len(names) <= 3


def test_a_time_zone_far_from_any_name_keeps_the_example(world: World) -> None:
    client = client_for(world.personas["platform_admin"])

    response = client.post("/platform/", {**GOOD, "time_zone": "Mars/Olympus Mons"})

    assert response.context["form"].errors["time_zone"] == [
        "Mars/Olympus Mons is not a time zone name; use one like America/Chicago."
    ]


def test_the_time_zone_field_offers_the_valid_names(world: World) -> None:
    page = client_for(world.personas["platform_admin"]).get("/platform/").content.decode()

    listed = re.findall(
        r'<option value="([^"]+)">',
        page.split('<datalist id="time-zone-names">')[1].split("</datalist>")[0],
    )
    assert re.search(r'<input type="text" name="time_zone"[^>]* list="time-zone-names"', page)
    assert listed == sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


@pytest.mark.parametrize("typed", ["localtime", "Factory"])
def test_the_servers_clock_and_the_empty_zone_are_not_a_networks_time_zone(
    world: World, typed: str
) -> None:
    """ "localtime" is whatever zone the server is set to (moving the site to another server
    would move every gathering's hour) and "Factory" has no zone at all ("-00"); the list the
    field offers named both. Failed on the old code: the network was opened."""
    client = client_for(world.personas["platform_admin"])

    response = client.post("/platform/", {**GOOD, "time_zone": typed})

    assert response.status_code == 400
    assert response.context["form"].errors["time_zone"]
    with scopes_disabled():
        assert not Network.objects.filter(name=GOOD["name"]).exists()


def test_a_new_installation_says_there_is_no_network_yet(db: None) -> None:
    """Right after `createsuperuser` the overview showed a table of headings and no rows."""
    admin = UserFactory(is_platform_admin=True)

    page = client_for(admin).get("/platform/").content.decode()

    assert "No network yet: open the first one below." in page
    assert "<thead>" not in page
