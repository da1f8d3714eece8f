"""Gathering pages: the list, creation from the template, the steward's views and export."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.selectors import gathering_settings_for
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    rsvp_submit,
    stipend_request_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_consent_revoked
from collaboratory.people.services import user_language_set
from tests.conftest import CACHE_READ_QUERIES, CACHE_WRITE_QUERIES, World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def _main(page: str) -> str:
    """The page's <main> element (the rest holds a CSRF token masked anew every time)."""
    return page[page.index("<main") : page.index("</main>")]


@pytest.mark.parametrize("count", [1, 3])
def test_the_list_runs_a_fixed_number_of_queries(world: World, count: int) -> None:
    for i in range(count):
        gathering = GatheringFactory(
            network=world.alpha,
            title=f"Listed {i}",
            first_part_at=timezone.now() + timedelta(days=10 + i),
        )
        with scopes_disabled():
            rsvp_submit(gathering=gathering, user=world.personas["member"], answer="maybe")
    client = client_for(world.personas["member"])
    newcomer = client_for(MembershipFactory(network=world.alpha).user)
    client.get("/n/alpha/gatherings/")
    cache.clear()  # the first view of the list after a change renders it
    caches["local"].clear()

    with CaptureQueriesContext(connection) as rendering:
        body = client.get("/n/alpha/gatherings/").content.decode()
    with CaptureQueriesContext(connection) as cached:
        again = client.get("/n/alpha/gatherings/").content.decode()
    with CaptureQueriesContext(connection) as another:
        theirs = newcomer.get("/n/alpha/gatherings/").content.decode()

    assert body.count("<strong>Listed ") == count
    assert body.count("You: Maybe") == count
    assert _main(again) == _main(body)
    assert (theirs.count("<strong>Listed "), theirs.count("You: Maybe")) == (count, 0)
    # Session, user, network, membership (shared by the middleware and the permission
    # checks), the list's version token, the viewer's own RSVPs (their substitute passes only
    # where one stands: none here); rendering adds the
    # gatherings. Rendering first looks in the shared cache and stores its result there;
    # the reload, and any other member's first view, is served from this process's copy.
    assert (len(rendering), len(cached), len(another)) == (
        7 + CACHE_READ_QUERIES + CACHE_WRITE_QUERIES,
        6,
        6,
    )


def test_the_nav_shows_gatherings_to_members(world: World) -> None:
    body = client_for(world.personas["member"]).get("/n/alpha/").content.decode()

    assert 'href="/n/alpha/gatherings/">Gatherings</a>' in body


def test_a_steward_creates_an_in_person_gathering_from_the_template(world: World) -> None:
    world.alpha.time_zone = "America/Chicago"
    world.alpha.save()
    thursday = date.today() + timedelta(days=60)
    client = client_for(world.personas["steward"])

    response = client.post(
        "/n/alpha/gatherings/new/",
        {
            "title": "Summer Gathering in Tulsa",
            "format": "in_person",
            "first_day": thursday.isoformat(),
            "city": "Tulsa",
            "venue": "Central Library",
            "capacity": "50",
            "rsvp_deadline": (thursday - timedelta(days=21)).isoformat(),
            "stipend_budget": "1500",
            "youth_take_part": "on",
        },
    )

    with scopes_disabled():
        gathering = Gathering.objects.get(title="Summer Gathering in Tulsa")
        parts = [(p.title, p.starts_at, p.ends_at) for p in gathering.parts.all()]
    zone = ZoneInfo("America/Chicago")
    friday = thursday + timedelta(days=1)
    assert response["Location"] == f"/n/alpha/gatherings/{gathering.pk}/manage/"
    assert parts == [
        (
            "Welcome reception and dinner",
            datetime(thursday.year, thursday.month, thursday.day, 18, tzinfo=zone),
            datetime(thursday.year, thursday.month, thursday.day, 21, tzinfo=zone),
        ),
        (
            "Meeting",
            datetime(friday.year, friday.month, friday.day, 8, tzinfo=zone),
            datetime(friday.year, friday.month, friday.day, 15, tzinfo=zone),
        ),
    ]
    assert (gathering.capacity, gathering.stipend_budget, gathering.youth_take_part) == (
        50,
        Decimal(1500),
        True,
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": "virtual"}, "A virtual gathering needs its video link."),
        ({"first_day": "next week"}, "Enter the first day as YYYY-MM-DD."),
        ({"video_link": "not a link"}, "Enter the full video link, starting with https://."),
        ({"rsvp_deadline": "2099-01-01"}, "The RSVP deadline must fall before the gathering"),
        # A typo's year: the date arithmetic overflowed (500), or a year-1 gathering was made.
        ({"first_day": "9999-12-31"}, "Enter a date between the years 2000 and 2100."),
        ({"first_day": "0001-01-01"}, "Enter a date between the years 2000 and 2100."),
        ({"proposal_deadline": "9999-12-31"}, "Enter a date between the years 2000 and 2100."),
    ],
)
def test_bad_gathering_input_names_the_field_and_creates_nothing(
    world: World, data: dict[str, str], message: str
) -> None:
    form = {
        "title": "Broken",
        "format": "in_person",
        "first_day": (date.today() + timedelta(days=30)).isoformat(),
        "stipend_budget": "0",
        **data,
    }

    response = client_for(world.personas["steward"]).post("/n/alpha/gatherings/new/", form)

    assert message in response.content.decode()
    with scopes_disabled():
        assert not Gathering.objects.filter(title="Broken").exists()


def coming_with_needs(world: World) -> Gathering:
    gathering = GatheringFactory(network=world.alpha, title="Needs Gathering")
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=world.personas["member"],
            answer="yes",
            both_parts=True,
            wants_to_present=True,
            dietary_needs="No peanuts",
            access_needs="=HYPERLINK(1)",
        )
    return gathering


def test_stewards_see_needs_and_members_do_not(world: World) -> None:
    gathering = coming_with_needs(world)
    steward_page = (
        client_for(world.personas["steward"])
        .get(f"/n/alpha/gatherings/{gathering.pk}/manage/")
        .content.decode()
    )
    other_member_page = (
        client_for(world.personas["steward"]).get(f"/n/alpha/gatherings/{gathering.pk}/")
    ).content.decode()

    assert "No peanuts" in steward_page
    assert '<span class="figure">1</span><span class="figure-label">want to present</span>' in (
        steward_page
    )
    assert "No peanuts" not in other_member_page


def test_the_attendee_export_is_csv_with_formulas_neutralized(world: World) -> None:
    gathering = coming_with_needs(world)

    response = client_for(world.personas["steward"]).get(
        f"/n/alpha/gatherings/{gathering.pk}/attendees.csv"
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows == [
        [
            "Name",
            "Email",
            "Organization",
            "Kind",
            "Would like to present",
            "Dietary needs",
            "Access needs",
        ],
        [
            world.personas["member"].full_name,
            "member@alpha.example",
            "Alpha Works",
            "Member",
            "yes",
            "No peanuts",
            "'=HYPERLINK(1)",
        ],
    ]


def test_the_attendee_export_s_header_is_in_the_steward_s_language(world: World) -> None:
    """The header was the field names in English whatever the steward read; the rows were
    already in their language. The columns keep their order in every language."""
    gathering = coming_with_needs(world)
    steward = world.personas["steward"]
    user_language_set(user=steward, language="es")

    response = client_for(steward).get(f"/n/alpha/gatherings/{gathering.pk}/attendees.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))

    assert rows[0] == [
        "Nombre",
        "Correo electrónico",
        "Organización",
        "Tipo",
        "Quiere presentar",
        "Necesidades alimentarias",
        "Necesidades de accesibilidad",
    ]
    assert rows[1][3:5] == ["Miembro", "sí"]


def test_badges_list_the_confirmed_attendees(world: World) -> None:
    gathering = coming_with_needs(world)

    body = (
        client_for(world.personas["steward"])
        .get(f"/n/alpha/gatherings/{gathering.pk}/badges/")
        .content.decode()
    )

    assert f'<span class="badge-name">{world.personas["member"].full_name}</span>' in body
    assert '<span class="badge-org">Alpha Works</span>' in body


def busy_gathering(world: World, count: int) -> Gathering:
    """`count` confirmed members, each with a stipend request and a substitute request."""
    gathering = GatheringFactory(
        network=world.alpha, title="Busy", capacity=100, stipend_budget=Decimal(1000)
    )
    with scopes_disabled():
        for i in range(count):
            user = MembershipFactory(network=world.alpha, organization_name=f"Org {i}").user
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
            stipend_request_submit(
                gathering=gathering,
                user=user,
                reason="Bus",
                amount=Decimal(10),
                no_institutional_support=True,
            )
            substitution_decide(
                substitution=substitution_request(
                    gathering=gathering,
                    member=MembershipFactory(network=world.alpha).user,
                    name=f"Substitute {i}",
                    email=f"sub{i}@example.org",
                    reason="Away",
                ),
                approve=True,
                actor=world.personas["steward"],
            )
    return gathering


@pytest.mark.parametrize("page", ["manage/", "door/", "badges/", "attendees.csv"])
def test_steward_lists_run_a_fixed_number_of_queries(world: World, page: str) -> None:
    counts = {}
    for count in (1, 3):
        gathering = busy_gathering(world, count)
        client = client_for(world.personas["steward"])
        url = f"/n/alpha/gatherings/{gathering.pk}/{page}"
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            body = client.get(url).content.decode()
        assert body.count("Substitute ") >= count
        counts[count] = len(queries)
        with scopes_disabled():
            gathering.delete()

    assert counts[1] == counts[3]


@pytest.mark.parametrize(
    ("page", "permission"),
    [
        ("{pk}/manage/", "gatherings.manage_gathering"),
        ("{pk}/check-in-code/", "gatherings.run_check_in"),
        ("new/", "gatherings.manage_gathering"),
    ],
)
def test_a_refused_gathering_page_is_audited(world: World, page: str, permission: str) -> None:
    """A member refused a steward's page gets 403 and the refusal is on the record, as on
    every other network page (safeguards.md)."""
    gathering = GatheringFactory(network=world.alpha)
    member = world.personas["member"]
    path = f"/n/alpha/gatherings/{page.format(pk=gathering.pk)}"

    response = client_for(member).get(path)

    with scopes_disabled():
        events = list(
            AuditEvent.objects.filter(action="access.denied").values_list(
                "actor_id", "data__path", "data__reason"
            )
        )
    assert response.status_code == 403
    assert events == [(member.pk, path, permission)]


def test_a_steward_changes_the_template_and_reminder_offsets(world: World) -> None:
    client = client_for(world.personas["steward"])

    shown = client.get("/n/alpha/gatherings/settings/").content.decode()
    client.post(
        "/n/alpha/gatherings/settings/",
        {
            "part_template": "0 | 17:30 | 20:30 | Supper\n1 | 09:00 | 14:00 | Meeting",
            "default_capacity": "30",
            "rsvp_reminder_days": "10",
            "gathering_reminder_days": "3",
        },
    )

    with scopes_disabled():
        options = gathering_settings_for(network=world.alpha)
    assert "0 | 18:00 | 21:00 | Welcome reception and dinner" in shown
    assert options.part_template == [
        {"title": "Supper", "day": 0, "start": "17:30", "end": "20:30"},
        {"title": "Meeting", "day": 1, "start": "09:00", "end": "14:00"},
    ]
    assert (
        options.default_capacity,
        options.rsvp_reminder_days,
        options.gathering_reminder_days,
    ) == (30, 10, 3)


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("0 | 18:00 | Supper", "Line 1: write day | start | end | title."),
        ("0 | 6pm | 9pm | Supper", "Line 1: write times as HH:MM, like 08:00."),
        ("0 | 18:00 | 21:00 | Supper\n9 | 08:00 | 15:00 | Meeting", "Line 2: the day is a"),
        ("0 | 21:00 | 18:00 | Supper", "Line 1: the part must end after it starts."),
        # These three were a 500: int("²") and comparing a time with an offset to one without
        # raised; a long title failed on PostgreSQL's column once a gathering used it.
        ("² | 08:00 | 15:00 | Meeting", "Line 1: the day is a number from 0 (first day) to 6."),
        ("1 | 08:00+05:00 | 15:00 | Meeting", "Line 1: write times as HH:MM, like 08:00."),
        (
            "1 | 08:00 | 15:00 | " + "M" * 121,
            "Line 1: keep the title to 120 characters (this one has 121).",
        ),
    ],
)
def test_a_bad_template_line_is_named_and_nothing_changes(
    world: World, template: str, message: str
) -> None:
    response = client_for(world.personas["steward"]).post(
        "/n/alpha/gatherings/settings/",
        {
            "part_template": template,
            "default_capacity": "30",
            "rsvp_reminder_days": "10",
            "gathering_reminder_days": "3",
        },
    )

    with scopes_disabled():
        options = gathering_settings_for(network=world.alpha)
    assert message in response.content.decode()
    assert options.default_capacity == 50


EVENING = datetime(2030, 7, 18, 18, tzinfo=ZoneInfo("America/Chicago"))


def parts_text(gathering: Gathering) -> str:
    zone = ZoneInfo(gathering.network.time_zone)
    with scopes_disabled():
        return "\n".join(
            f"{p.starts_at.astimezone(zone):%Y-%m-%d %H:%M} | {p.ends_at.astimezone(zone):%H:%M}"
            f" | {p.title}"
            for p in gathering.parts.all()
        )


def edit_form(gathering: Gathering, **overrides: str) -> dict[str, str]:
    return {"stipend_budget": "0", "capacity": "1", "parts": parts_text(gathering), **overrides}


def test_a_steward_sets_the_agenda_and_more_seats_promote_the_waitlist(world: World) -> None:
    world.alpha.time_zone = "America/Chicago"
    world.alpha.save()
    gathering = GatheringFactory(network=world.alpha, capacity=1, first_part_at=EVENING)
    first, second = (MembershipFactory(network=world.alpha).user for _ in range(2))
    with scopes_disabled():
        for user in (first, second):
            rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)
    client = client_for(world.personas["steward"])

    client.post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/",
        edit_form(
            gathering,
            capacity="2",
            venue="Central Library",
            agenda="2030-07-18 19:00 | meal | Dinner\n2030-07-19 11:00 | credit_club | RCC",
        ),
    )
    page = client.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()

    with scopes_disabled():
        gathering.refresh_from_db()
        agenda = [(a.starts_at, a.kind, a.title) for a in gathering.agenda.all()]
        statuses = set(gathering.rsvps.values_list("status", flat=True))
    zone = ZoneInfo("America/Chicago")
    assert (gathering.capacity, gathering.venue) == (2, "Central Library")
    assert agenda == [
        (datetime(2030, 7, 18, 19, tzinfo=zone), "meal", "Dinner"),
        (datetime(2030, 7, 19, 11, tzinfo=zone), "credit_club", "RCC"),
    ]
    assert statuses == {"confirmed"}
    assert "Rotating Credit Club" in page


@pytest.mark.parametrize(
    ("agenda", "message"),
    [
        ("2030-07-18 | meal | Dinner", "Line 1: write the time as YYYY-MM-DD HH:MM."),
        (
            "2030-07-18 19:00 | feast | Dinner",
            "Line 1: “feast” is not a kind: write one of Meal, Ritual, Small groups",
        ),
        ("2030-07-18 19:00 | Dinner", "Line 1: write YYYY-MM-DD HH:MM | kind | title."),
        ("9999-12-31 23:30 | meal | Dinner", "Line 1: give a year between 2000 and 2100."),
        ("0001-01-01 00:00 | meal | Dinner", "Line 1: give a year between 2000 and 2100."),
        # A long title passed, then failed on PostgreSQL's column (a 500).
        (
            "2030-07-18 19:00 | meal | " + "D" * 201,
            "Line 1: keep the title to 200 characters (this one has 201).",
        ),
        # A date a year off was stored, and shown as a weekday and a time: it looked right.
        (
            "2030-07-18 19:00 | meal | Dinner\n2031-07-19 11:00 | credit_club | RCC",
            "Line 2: the gathering runs from Thursday 18 July 2030 to Friday 19 July 2030: give a "
            "time on one of its days.",
        ),
        # The clocks skip 02:00-03:00 that night in New York: it was stored as 03:30.
        (
            "2030-07-18 19:00 | meal | Dinner\n2030-03-10 02:30 | ritual | Dawn",
            "Line 2: 2030-03-10 02:30 does not exist in America/New_York: the clocks change "
            "that night.",
        ),
    ],
)
def test_a_bad_agenda_line_is_named_and_nothing_changes(
    world: World, agenda: str, message: str
) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=5, first_part_at=EVENING)

    response = client_for(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/",
        edit_form(gathering, capacity="9", agenda=agenda),
    )

    with scopes_disabled():
        gathering.refresh_from_db()
    assert message in response.content.decode()
    assert gathering.capacity == 5


def test_the_export_leaves_out_a_minors_email(world: World) -> None:
    gathering = GatheringFactory(network=world.youth, title="Youth Gathering", parts=1)
    youth_member = world.personas["youth_member"]
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=youth_member, answer="yes")

    response = client_for(world.personas["steward"]).get(
        f"/n/alpha-youth/gatherings/{gathering.pk}/attendees.csv"
    )
    rows = list(csv.reader(io.StringIO(response.content.decode())))

    assert rows[1][:2] == [youth_member.full_name, ""]


def test_a_steward_moves_a_part_until_someone_has_checked_in(world: World) -> None:
    world.alpha.time_zone = "America/Chicago"
    world.alpha.save()
    gathering = GatheringFactory(network=world.alpha, capacity=10, first_part_at=EVENING)
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/gatherings/{gathering.pk}/edit/"

    client.post(
        url,
        edit_form(gathering, capacity="10", parts="2030-07-18 18:30 | 21:30 | Supper"),
    )
    with scopes_disabled():
        gathering.refresh_from_db()
        parts = [(p.title, p.starts_at, p.ends_at) for p in gathering.parts.all()]
        attendance_bulk_record(
            network=world.alpha,
            entries=[(gathering.parts.get().pk, world.personas["member"].pk)],
            source="door",
        )
    refused = client.post(
        url, edit_form(gathering, capacity="10", parts="2030-07-18 19:00 | 22:00 | Supper")
    ).content.decode()

    zone = ZoneInfo("America/Chicago")
    start = datetime(2030, 7, 18, 18, 30, tzinfo=zone)
    assert parts == [("Supper", start, start + timedelta(hours=3))]
    assert (gathering.starts_at, gathering.ends_at) == (start, start + timedelta(hours=3))
    assert "The parts cannot change once people have checked in." in refused


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ("2030-07-18 18:00 | Supper", "Line 1: write YYYY-MM-DD HH:MM | HH:MM | title."),
        ("18 July | 21:00 | Supper", "Line 1: write the start as YYYY-MM-DD HH:MM"),
        ("2030-07-18 21:00 | 18:00 | Supper", "Line 1: the part must end after it starts."),
        ("", "A gathering has at least one part."),
    ],
)
def test_bad_parts_are_named_and_nothing_changes(world: World, parts: str, message: str) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=5, first_part_at=EVENING)
    before = parts_text(gathering)

    response = client_for(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/", edit_form(gathering, capacity="5", parts=parts)
    )

    assert message in response.content.decode()
    assert parts_text(gathering) == before


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ("2030-07-18 18:00 | 21:00", "Line 1: write YYYY-MM-DD HH:MM | HH:MM | title."),
        (
            "2030-07-18 6pm | 21:00 | Dinner",
            "Line 1: write the start as YYYY-MM-DD HH:MM and the end as HH:MM.",
        ),
        (
            "2030-07-18 18:00 | 21:00 | Dinner\n2030-07-19 08:00 | 3pm | Meeting",
            "Line 2: write the start as YYYY-MM-DD HH:MM and the end as HH:MM.",
        ),
        ("9999-12-31 23:00 | 23:30 | Dinner", "Line 1: give a year between 2000 and 2100."),
        ("1999-12-31 19:00 | 21:00 | Dinner", "Line 1: give a year between 2000 and 2100."),
        # Said by the title, not the line, and only once the whole text had parsed.
        (
            "2030-07-18 18:00 | 21:00 | Dinner\n2030-07-19 15:00 | 08:00 | Meeting",
            "Line 2: the part must end after it starts.",
        ),
        # A long title passed, then failed on PostgreSQL's column (a 500).
        (
            "2030-07-18 18:00 | 21:00 | " + "D" * 121,
            "Line 1: keep the title to 120 characters (this one has 121).",
        ),
        # Seconds and an offset were taken though the form asks for HH:MM.
        (
            "2030-07-18 18:00 | 21:00:30+05:00 | Dinner",
            "Line 1: write the start as YYYY-MM-DD HH:MM and the end as HH:MM.",
        ),
        # The clocks skip 02:00-03:00 that night in New York: it was stored as 03:30.
        (
            "2030-03-10 02:30 | 05:00 | Vigil",
            "Line 1: 2030-03-10 02:30 does not exist in America/New_York: the clocks change "
            "that night.",
        ),
    ],
)
def test_a_bad_part_line_is_named_and_nothing_changes(
    world: World, parts: str, message: str
) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=5)
    with scopes_disabled():
        before = list(gathering.parts.values_list("starts_at", "ends_at"))

    response = client_for(world.personas["steward"]).post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/",
        edit_form(gathering, capacity="9", parts=parts),
    )

    with scopes_disabled():
        gathering.refresh_from_db()
        after = list(gathering.parts.values_list("starts_at", "ends_at"))
    assert message in response.content.decode()
    assert (gathering.capacity, after) == (5, before)


def test_someone_removed_or_suspended_after_saying_yes_gets_no_badge_nor_export_row(
    world: World,
) -> None:
    """An RSVP outlives a membership. A member removed since, or a youth guest whose
    guardian withdrew consent (their account suspended), keeps a "yes"; the badges and the
    attendee export must not print their name for the room."""
    gathering = GatheringFactory(network=world.alpha, title="Shared with youth")
    youth = world.personas["youth_member"]
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(youth_take_part=True)
        gathering.refresh_from_db()
        leaving = MembershipFactory(network=world.alpha, user__full_name="Lee Leaving").user
        for person in (world.personas["member"], leaving, youth):
            rsvp_submit(gathering=gathering, user=person, answer="yes", both_parts=True)
    steward = client_for(world.personas["steward"])
    badges = f"/n/alpha/gatherings/{gathering.pk}/badges/"
    before = steward.get(badges).content.decode()
    assert "Lee Leaving" in before
    assert youth.full_name in before

    with scopes_disabled():
        Membership.objects.filter(network=world.alpha, user=leaving).update(
            status=MembershipStatus.REMOVED
        )
    membership_consent_revoked(network=world.youth, user=youth)

    after = steward.get(badges).content.decode()
    export = steward.get(f"/n/alpha/gatherings/{gathering.pk}/attendees.csv").content.decode()
    assert world.personas["member"].full_name in after
    for gone in ("Lee Leaving", youth.full_name):
        assert gone not in after
        assert gone not in export


def test_an_agenda_item_named_for_its_kind_is_named_once(world: World) -> None:
    """'Rotating Credit Club Rotating Credit Club' (its title, then its kind's badge) read
    as a stutter, in Spanish too; a title of its own keeps the badge."""
    gathering = GatheringFactory(network=world.alpha, first_part_at=EVENING)
    client = client_for(world.personas["steward"])
    client.post(
        f"/n/alpha/gatherings/{gathering.pk}/edit/",
        edit_form(
            gathering,
            agenda="2030-07-18 19:00 | meal | Dinner\n"
            "2030-07-19 11:00 | credit_club | Rotating Credit Club",
        ),
    )
    page = client.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()
    agenda = page[page.index('<ol class="agenda">') :]
    agenda = agenda[: agenda.index("</ol>")]
    assert agenda.count("Rotating Credit Club") == 1
    assert 'Dinner <span class="badge">Meal</span>' in agenda
