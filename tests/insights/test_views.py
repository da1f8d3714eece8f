"""The insights pages: the steward's dashboard and the members' light view, filters, the
privacy setting, impact reports as web page, PDF and CSV, and their query counts."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled
from pypdf import PdfReader

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.insights.report import build_report
from collaboratory.insights.selectors import insights_figures, insights_settings_for
from collaboratory.insights.services import sensitive_snapshot_take
from collaboratory.networks.versions import version_key
from collaboratory.people.services import self_description_set, user_language_set
from tests.conftest import CACHE_READ_QUERIES, CACHE_WRITE_QUERIES, World, client_for
from tests.factories import CommitmentFactory, GatheringFactory, MembershipFactory
from tests.insights.conftest import HelpNet
from tests.pagecache import VERSIONS_READ, cache_writes_of


def url(name: str, network_slug: str = "alpha", **kwargs: object) -> str:
    return reverse(f"insights:{name}", kwargs={"network_slug": network_slug, **kwargs})


def headline(body: str, key: str) -> str:
    marker = f'data-figure="{key}"><dt>'
    start = body.index(marker)
    value_at = body.index("<dd>", start) + 4
    return body[value_at : body.index("</dd>", value_at)]


def test_steward_sees_headline_figures_charts_and_the_map(helpnet: HelpNet) -> None:
    response = client_for(helpnet.steward).get(url("dashboard"))

    body = response.content.decode()
    assert response.status_code == 200
    assert [headline(body, k) for k in ("commitments", "kept", "kept_rate", "pairs")] == [
        "7",
        "2",
        "50%",
        "4",
    ]
    assert body.count('class="ins-chart') == 4  # curve, kinds, bridging, map
    assert f'class="ins-node" tabindex="0" data-node="{helpnet.ann.pk}"' in body
    assert "Ann Able (Nonprofit): gave 1, received 4" in body
    # The minor appears without a name to the stewards of an adult network.
    assert "Mia Minor" not in body
    assert "A youth member (no sector): gave 1, received 0" in body
    assert "insights/map.js" in body


def test_a_spanish_steward_reads_default_sectors_on_the_map_in_spanish(helpnet: HelpNet) -> None:
    user_language_set(user=helpnet.steward, language="es")

    body = client_for(helpnet.steward).get(url("dashboard")).content.decode()

    assert "Ann Able (Sin fines de lucro)" in body
    assert "(Nonprofit)" not in body


def test_a_spanish_reader_gets_default_sectors_in_spanish_in_the_diversity_table(
    helpnet: HelpNet,
) -> None:
    """The map said "Sin fines de lucro" while the sector table beside it, its CSV and PDF
    kept the stored English name ("Nonprofit")."""
    user_language_set(user=helpnet.steward, language="es")
    client = client_for(helpnet.steward)

    body = client.get(url("dashboard")).content.decode()
    year = helpnet.year_of(helpnet.second)
    rows = list(
        csv.reader(io.StringIO(client.get(url("year_report_csv", year=year)).content.decode()))
    )

    assert '<th scope="row">Sin fines de lucro</th>' in body
    assert '<th scope="row">Nonprofit</th>' not in body
    assert any("Sin fines de lucro" in row for row in rows)
    assert not any("Nonprofit" in row for row in rows)


def test_members_get_the_light_view_without_names_or_map(helpnet: HelpNet) -> None:
    response = client_for(helpnet.member).get(url("dashboard"))

    body = response.content.decode()
    assert response.status_code == 200
    assert headline(body, "commitments") == "7"
    assert body.count('class="ins-chart') == 3
    assert "ins-map" not in body
    assert [name for name in ("Ann Able", "Ben Baker", "Mia Minor") if name in body] == []
    assert url("reports") not in body


def test_filter_by_gathering_with_htmx_returns_the_body_only(helpnet: HelpNet) -> None:
    response = client_for(helpnet.steward).get(
        url("dashboard"), {"gathering": helpnet.second.pk}, headers={"HX-Request": "true"}
    )

    body = response.content.decode()
    assert "<html" not in body
    assert headline(body, "commitments") == "3"
    assert "Fall Gathering" in body


def test_an_unknown_filter_value_shows_everything(helpnet: HelpNet) -> None:
    response = client_for(helpnet.steward).get(url("dashboard"), {"year": "1850"})

    body = response.content.decode()
    assert headline(body, "commitments") == "7"
    assert "Select a valid choice" in body


def _dashboard_queries(client, path: str) -> int:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("who", ["steward", "member"])
def test_dashboard_queries_do_not_grow_with_commitments(helpnet: HelpNet, who: str) -> None:
    from django.core.cache import cache, caches

    insights_settings_for(network=helpnet.network)  # the row exists once, from first use
    client = client_for(getattr(helpnet, who))
    cold_small = _dashboard_queries(client, url("dashboard"))
    # The page is kept under the content versions (networks/pagecache.py): this process's
    # copy, then (another process) the shared cache's.
    kept = _dashboard_queries(client, url("dashboard"))
    caches["local"].clear()
    shared = _dashboard_queries(client, url("dashboard"))
    # A write elsewhere in the network renews its version: the page is rendered again, from
    # the figures kept under their own fingerprint (the six input queries are saved).
    cache.delete(version_key(helpnet.network.pk))
    caches["local"].clear()
    refigured = _dashboard_queries(client, url("dashboard"))
    for _ in range(3):
        CommitmentFactory(proposal=helpnet.ben_proposal)
    cache.clear()
    caches["local"].clear()
    cold_large = _dashboard_queries(client, url("dashboard"))

    assert cold_large == cold_small
    assert (kept, shared) == (4 + VERSIONS_READ, 4 + VERSIONS_READ + CACHE_READ_QUERIES)
    # One token drawn instead of two, and the figures' attributes token (added on the
    # network's first view) kept; the inputs read and the figures stored no more.
    drawn_once = CACHE_WRITE_QUERIES + CACHE_READ_QUERIES
    attributes_added = CACHE_WRITE_QUERIES
    assert refigured == cold_small - drawn_once - attributes_added - 6 - CACHE_WRITE_QUERIES


def test_report_queries_do_not_grow_with_commitments(helpnet: HelpNet) -> None:
    from django.core.cache import cache

    insights_settings_for(network=helpnet.network)
    client = client_for(helpnet.steward)
    path = url("year_report", year=helpnet.year_of(helpnet.second))
    one = _dashboard_queries(client, path)
    for _ in range(3):
        CommitmentFactory(proposal=helpnet.ben_proposal)
    cache.clear()

    assert _dashboard_queries(client, path) == one


def test_reports_page_lists_years_and_gatherings(helpnet: HelpNet) -> None:
    body = client_for(helpnet.steward).get(url("reports")).content.decode()

    assert url("year_report", year=helpnet.year_of(helpnet.first)) in body
    assert url("gathering_report", gathering_id=helpnet.second.pk) in body


def test_gathering_report_page_has_figures_and_downloads(helpnet: HelpNet) -> None:
    response = client_for(helpnet.steward).get(
        url("gathering_report", gathering_id=helpnet.first.pk)
    )

    body = response.content.decode()
    assert headline(body, "commitments") == "4"
    assert url("gathering_report_pdf", gathering_id=helpnet.first.pk) in body
    assert url("gathering_report_csv", gathering_id=helpnet.first.pk) in body
    assert "Ann Able" not in body


def test_the_pdf_opens_and_carries_the_headline_figures(helpnet: HelpNet) -> None:
    year = helpnet.year_of(helpnet.first)
    response = client_for(helpnet.steward).get(url("year_report_pdf", year=year))

    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Impact report: Alpha Collaboratory" in text
    assert f"The year {year}" in text
    assert "Commitments made 4" in text
    assert "Commitments kept 1" in text
    assert "Pairs of members who helped each other 3" in text
    assert [n for n in ("Ann Able", "Ben Baker", "Mia Minor") if n in text] == []
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="insights.report_exported").count() == 1


def test_the_csv_has_figures_only_and_marks_suppressed_cells(
    helpnet: HelpNet, world: World
) -> None:
    with scopes_disabled():
        for i in range(12):
            user = MembershipFactory(network=world.alpha, user__full_name=f"Moderate {i}").user
            self_description_set(user=user, ideology=3)
    self_description_set(user=helpnet.ann, ideology=1, race_self_described="CANARY-ANN-SELF")
    sensitive_snapshot_take(network=world.alpha, now=datetime(2031, 5, 6, 16, 0, tzinfo=UTC))
    year = helpnet.year_of(helpnet.second)

    response = client_for(helpnet.steward).get(url("year_report_csv", year=year))

    text = response.content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "item", "measure", "value"]
    assert ["headline", "Commitments made", "", "3"] in rows
    assert ["kinds of capital", "Social", "total", "3"] in rows
    assert [r[2] for r in rows if r[:2] == ["bridging", "Political ideology"]] == [
        "as_of",
        "withheld",
    ]
    ideology = [r for r in rows if r[0] == "members by attribute" and r[1] == "Political ideology"]
    assert ideology[:4] == [
        ["members by attribute", "Political ideology", "as_of", "Tuesday 6 May 2031"],
        ["members by attribute", "Political ideology", "Very progressive", "suppressed"],
        ["members by attribute", "Political ideology", "Progressive", "0"],
        ["members by attribute", "Political ideology", "Moderate", "suppressed"],
    ]
    # Fewer than k people gave a race: that table has never been released.
    assert [r[2] for r in rows if r[:2] == ["members by attribute", "Race and ethnicity"]] == [
        "not_published"
    ]
    assert [n for n in ("Ann Able", "Ben Baker", "CANARY-ANN-SELF", "Mia") if n in text] == []


def test_steward_changes_k_and_the_change_is_audited(world: World) -> None:
    response = client_for(world.personas["steward"]).post(url("settings"), {"min_cell_size": "15"})

    assert response.status_code == 302
    assert insights_settings_for(network=world.alpha).min_cell_size == 15
    with scopes_disabled():
        entry = AuditEvent.objects.get(action="insights.settings_changed")
    assert entry.data == {"min_cell_size": [11, 15]}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("5", "k must be at least 6"),
        ("0", "k must be at least 6"),
        ("-3", "k must be at least 6"),
        ("eleven", "Give k as a whole number, like 11."),
        ("", "Give k as a whole number, like 11."),
        ("500", "k of more than 100 would hide almost every figure"),
    ],
)
def test_bad_k_is_refused_with_a_reason_and_changes_nothing(
    world: World, value: str, message: str
) -> None:
    response = client_for(world.personas["steward"]).post(url("settings"), {"min_cell_size": value})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert insights_settings_for(network=world.alpha).min_cell_size == 11


def test_a_larger_k_suppresses_more(
    helpnet: HelpNet, world: World, django_capture_on_commit_callbacks: Any
) -> None:
    with scopes_disabled():
        for i in range(12):
            user = MembershipFactory(network=world.alpha, user__full_name=f"Moderate {i}").user
            self_description_set(user=user, ideology=3)
    sensitive_snapshot_take(network=world.alpha)
    client = client_for(helpnet.steward)
    before = client.get(url("dashboard")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # as when the request commits
        client.post(url("settings"), {"min_cell_size": "14"})

    after = client.get(url("dashboard")).content.decode()

    assert '<th scope="row">Moderate</th><td>13</td>' in before
    assert '<th scope="row">Moderate</th><td>suppressed</td>' in after


def test_a_network_without_history_gets_empty_figures(world: World) -> None:
    body = client_for(world.personas["steward"]).get(url("dashboard")).content.decode()

    assert headline(body, "commitments") == "0"
    assert headline(body, "kept_rate") == "—"
    assert "No gathering in this period yet." in body
    assert "No help has flowed yet in this period." in body


def test_another_networks_gathering_is_not_found_under_ours(helpnet: HelpNet, world: World) -> None:
    foreign = GatheringFactory(
        network=world.bravo, title="Bravo past", first_part_at=helpnet.first.starts_at
    )
    client = client_for(helpnet.steward)

    responses = [
        client.get(url(name, gathering_id=foreign.pk))
        for name in ("gathering_report", "gathering_report_pdf", "gathering_report_csv")
    ]

    assert [r.status_code for r in responses] == [404, 404, 404]
    assert not any(b"Bravo past" in r.content for r in responses)


def test_a_year_without_gatherings_is_not_found(helpnet: HelpNet) -> None:
    response = client_for(helpnet.steward).get(url("year_report", year=1999))

    assert response.status_code == 404


def test_youth_cohort_stewards_see_names_and_youth_members_the_light_view(
    world: World,
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from collaboratory.networks.models import Role
    from collaboratory.people.models import AgeBand
    from tests.factories import GatheringFactory, PresentedProposalFactory

    youth_member = world.personas["youth_member"]
    with scopes_disabled():
        helper = MembershipFactory(
            network=world.youth,
            role=Role.YOUTH_MEMBER,
            user__full_name="Yuri Young",
            user__age_band=AgeBand.AGE_13_15,
        ).user
    session = GatheringFactory(
        network=world.youth, title="Kickoff", first_part_at=timezone.now() - timedelta(days=20)
    )
    project = PresentedProposalFactory(gathering=session, proposer=youth_member)
    CommitmentFactory(proposal=project, committer=helper)

    steward_view = client_for(world.personas["steward"]).get(url("dashboard", "alpha-youth"))
    youth_view = client_for(youth_member).get(url("dashboard", "alpha-youth"))

    assert "Yuri Young (no sector): gave 1, received 0" in steward_view.content.decode()
    body = youth_view.content.decode()
    assert youth_view.status_code == 200
    assert headline(body, "commitments") == "1"
    assert "Yuri Young" not in body
    assert "ins-map" not in body


def test_the_computed_time_is_in_the_networks_zone_with_one_full_stop(helpnet: HelpNet) -> None:
    """It read "Computed Dec. 1, 2026, 8:39 p.m.." in UTC while the footer named the network's
    zone."""
    zone = ZoneInfo(helpnet.network.time_zone)
    before = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")
    body = client_for(helpnet.steward).get(url("dashboard")).content.decode()
    after = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")

    shown = body.split("Computed ", 1)[1].split("</p>", 1)[0]
    assert shown in (before, after)
    assert not shown.endswith("..")
    assert helpnet.network.time_zone != "UTC"


def test_figures_that_would_read_as_a_contradiction_carry_a_word_of_explanation(
    helpnet: HelpNet,
) -> None:
    body = client_for(helpnet.steward).get(url("dashboard")).content.decode()

    assert "Gatherings held or under way" in body
    assert "the network home counts those that ended" in body
    assert "Pairs where one member helped the other, in either direction." in body
    assert "mostly travels on to others rather than back" in body


def _with_cycles(figures, cycles3: int, cycles4: int):  # type: ignore[no-untyped-def]
    r = dataclasses.replace(figures.result.reciprocity, cycles3=cycles3, cycles4=cycles4)
    return dataclasses.replace(figures, result=dataclasses.replace(figures.result, reciprocity=r))


def test_the_pay_forward_loops_are_counted_with_small_cells_withheld(helpnet: HelpNet) -> None:
    """Help that travels A -> B -> C -> A: the engine's loop counts, each shown only when it
    reaches the smallest published group, and never derivable from the total."""
    with scopes_disabled():
        figures = insights_figures(network=helpnet.network)
    k = figures.k

    many = build_report(_with_cycles(figures, k + 3, k + 19), ())
    few = build_report(_with_cycles(figures, k - 1, k + 19), ())

    assert [(c.key, c.value) for c in many.cycles] == [
        ("cycles3", str(k + 3)),
        ("cycles4", str(k + 19)),
        ("cycles", str(2 * k + 22)),
    ]
    values = {c.key: c.count for c in few.cycles}
    assert values["cycles3"] is None
    assert few.cycles[0].value == f"fewer than {k}"
    # One more cell is withheld, or the hidden one would be total minus the other.
    assert values["cycles4"] is None or values["cycles"] is None


def test_the_dashboard_and_every_report_format_show_the_pay_forward_loops(
    helpnet: HelpNet,
) -> None:
    client = client_for(helpnet.steward)
    year = helpnet.year_of(helpnet.first)
    with scopes_disabled():
        figures = insights_figures(network=helpnet.network)
    shown = build_report(figures, ()).cycles

    dashboard = client.get(url("dashboard")).content.decode()
    page = client.get(url("year_report", year=year)).content.decode()
    rows = list(csv.reader(io.StringIO(client.get(url("year_report_csv", year=year)).text)))
    pdf = PdfReader(io.BytesIO(client.get(url("year_report_pdf", year=year)).content))
    pdf_text = " ".join(p.extract_text() for p in pdf.pages)

    assert 'data-figure="cycles">' + shown[-1].value in dashboard
    assert "Help paid forward" in page
    assert 'data-cycle="cycles3"' in page
    assert [r[2] for r in rows if r[0] == "help paid forward"] == ["cycles3", "cycles4", "cycles"]
    assert "Help paid forward" in pdf_text
    assert "Loops through three members" in pdf_text


def test_reports_never_split_minors_by_age_band(helpnet: HelpNet) -> None:
    """A minor's age band is for the stewards' roster only. The generation table counted
    13-15 and 16-17 apart, and every period counts the alumni who took part in it: a 13-15
    youth member who attended the first gathering and left was the difference between the
    two gathering reports. Minors are one generation, "13 to 17", in every table."""
    with scopes_disabled():
        leaver = MembershipFactory(
            network=helpnet.network, user__age_band="13-15", status="alumni"
        ).user
        part = helpnet.first.parts.order_by("starts_at").last()
        assert part is not None
    with scopes_disabled():
        attendance_bulk_record(
            network=helpnet.network,
            entries=[(part.pk, leaver.pk)],
            source=Attendance.Source.HISTORY,
        )
    client = client_for(helpnet.steward)

    tables = []
    for gathering in (helpnet.first, helpnet.second):
        text = client.get(url("gathering_report_csv", gathering_id=gathering.pk)).content
        rows = [r for r in csv.reader(io.StringIO(text.decode())) if r[1:2] == ["Generation"]]
        tables.append({r[2]: r[3] for r in rows})

    for table in tables:
        assert "13 to 15" not in table
        assert "16 to 17" not in table
    # One leaver between the two reports is under k: the first counts them as of unknown
    # generation (test_former_members.py), so the two tables do not differ by them.
    assert (tables[0]["13 to 17"], tables[1]["13 to 17"]) == ("1", "1")


def test_parameters_the_dashboard_does_not_read_share_its_kept_page(helpnet: HelpNet) -> None:
    """The key held the whole query string, so `?x=1`, `?x=2`... each rendered the dashboard
    cold and kept a copy in the shared cache (a loop of them flooded it); a filter value
    the form refuses is shown, with its error, and kept nowhere."""
    client = client_for(helpnet.steward)

    def cache_writes(**params: object) -> tuple[int, str]:
        return cache_writes_of(client, url("dashboard"), params)

    assert cache_writes()[0] >= 1  # the dashboard, rendered and kept
    assert cache_writes(gathering=helpnet.second.pk)[0] >= 1  # a filter: its own page
    for junk in ({"x": "1"}, {"x": "2"}, {"utm_source": "digest"}, {"gathering": "", "year": ""}):
        writes, body = cache_writes(**junk)
        assert writes == 0, junk
        assert headline(body, "commitments") == "7"
    writes, body = cache_writes(gathering=helpnet.second.pk, x="3")
    assert (writes, headline(body, "commitments")) == (0, "3")
    for refused in ({"year": "1850"}, {"year": "1851"}, {"gathering": "999999"}):
        writes, body = cache_writes(**refused)
        assert writes == 0, refused
        assert "Select a valid choice" in body


def test_the_pdf_says_when_its_figures_were_computed_and_from_which_snapshots(
    helpnet: HelpNet, world: World
) -> None:
    """The PDF carried no date: a board reading a printed copy could not tell figures of an
    hour ago (the cache) from today's, nor which release ideology and race came from. It now
    says when the figures were computed, in the network's zone (named), and per sensitive
    attribute the snapshot's moment or that none is released; the CSV says the same."""
    with scopes_disabled():
        for i in range(12):
            user = MembershipFactory(network=world.alpha, user__full_name=f"Moderate {i}").user
            self_description_set(user=user, ideology=3)
    sensitive_snapshot_take(network=world.alpha, now=datetime(2031, 5, 6, 16, 0, tzinfo=UTC))
    zone = ZoneInfo(helpnet.network.time_zone)
    year = helpnet.year_of(helpnet.first)
    steward = client_for(helpnet.steward)

    before = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")
    pdf = steward.get(url("year_report_pdf", year=year))
    rows = list(csv.reader(io.StringIO(steward.get(url("year_report_csv", year=year)).text)))
    after = date_format(timezone.now().astimezone(zone), "DATETIME_FORMAT")

    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages).split()
    )
    snapshot = date_format(
        datetime(2031, 5, 6, 16, 0, tzinfo=UTC).astimezone(zone), "DATETIME_FORMAT"
    )
    assert helpnet.network.time_zone != "UTC"
    assert any(
        f"Figures computed {when} ({helpnet.network.time_zone})." in text
        for when in (before, after)
    ), text[:600]
    assert f"Political ideology: from the snapshot released {snapshot}." in text
    assert "Race and ethnicity: no snapshot released yet." in text
    [computed] = [r for r in rows if r[2] == "computed at"]
    assert computed[3] in (f"{before} ({zone.key})", f"{after} ({zone.key})")
    assert ["report", "Political ideology", "snapshot released", snapshot] in rows


def test_the_kinds_chart_agrees_its_words_with_one_in_spanish(helpnet: HelpNet) -> None:
    """ "1 hechos, 1 cumplidos": one sentence for both counts could not agree with either."""
    user_language_set(user=helpnet.steward, language="es")

    body = client_for(helpnet.steward).get(url("dashboard")).content.decode()

    assert re.search(r"\b1 (hechos|cumplidos)\b", body) is None
    assert re.search(r"\b1 (hecho|cumplido)\b", body) is not None
