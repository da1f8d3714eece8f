"""Words a funder or a steward could misread. The "Members" headline of a gathering's
report counted the whole network (the Fall 2026 report read "Members 120" although 66
came); it now says what it counts, and attendance stands beside it. With no help ties the
bridging chart read "— of ties cross; chance —:"; it now says there are no ties yet."""

from __future__ import annotations

from django.urls import reverse

from tests.conftest import World, client_for
from tests.insights.conftest import HelpNet


def url(name: str, **kwargs: object) -> str:
    return reverse(f"insights:{name}", kwargs={"network_slug": "alpha", **kwargs})


def figure(body: str, key: str) -> tuple[str, str]:
    """(label, value) of the headline figure `key`."""
    start = body.index(f'data-figure="{key}"><dt>') + len(f'data-figure="{key}"><dt>')
    label = body[start : body.index("</dt>", start)]
    value_at = body.index("<dd>", start) + 4
    return label, body[value_at : body.index("</dd>", value_at)]


def test_a_gathering_report_says_members_are_the_network_and_shows_who_came(
    helpnet: HelpNet,
) -> None:
    body = (
        client_for(helpnet.steward)
        .get(url("gathering_report", gathering_id=helpnet.first.pk))
        .content.decode()
    )

    label, members = figure(body, "members")
    assert label == "Network members now"
    assert "not who came" in body
    assert figure(body, "attended") == ("Came to this gathering", "5")
    assert int(members) > 5


def test_a_year_report_counts_who_came_to_any_of_its_gatherings(helpnet: HelpNet) -> None:
    year = helpnet.year_of(helpnet.second)
    body = client_for(helpnet.steward).get(url("year_report", year=year)).content.decode()

    assert figure(body, "attended") == ("Came to a gathering", "4")


def test_a_report_without_attendance_shows_no_attendance_figure(world: World) -> None:
    body = client_for(world.personas["steward"]).get(url("dashboard")).content.decode()

    assert 'data-figure="attended"' not in body
    assert figure(body, "members")[0] == "Network members now"


def test_bridging_without_ties_says_there_are_none_yet(world: World) -> None:
    body = client_for(world.personas["steward"]).get(url("dashboard")).content.decode()

    assert "of ties cross; chance" not in body
    assert "No help ties yet" in body
