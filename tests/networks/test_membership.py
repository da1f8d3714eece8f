"""Nominations, the directory (minors, filters, query counts), the activity rule and its daily
evaluation, the packet renderer, private self-descriptions."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_scopes import scopes_disabled
from hypothesis import given
from hypothesis import strategies as st

from collaboratory.audit.models import AuditEvent
from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.gatherings.models import Attendance, GatheringFormat, GatheringPart
from collaboratory.gatherings.selectors import attendance_last_dates
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
from collaboratory.networks.activity import activity_status
from collaboratory.networks.models import (
    STEWARD_SET_STATUSES,
    Invitation,
    Membership,
    MembershipStatus,
    Nomination,
    NominationStatus,
    Role,
    Sector,
)
from collaboratory.networks.packet import render_markdown
from collaboratory.networks.roster_messages import ROW_MESSAGES
from collaboratory.networks.services import (
    check_ins_send,
    membership_status_override,
    membership_statuses_evaluate,
    nomination_create,
)
from collaboratory.people.models import AgeBand, PrivateSelfDescription
from collaboratory.people.services import (
    offered_asset_add,
    profile_update,
    self_description_set,
)
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.pagecache import PART_MISSED, VERSIONS_READ

# --- Nominations ---------------------------------------------------------------------------


def test_a_member_cannot_nominate_someone_from_their_own_organization(world: World) -> None:
    client = client_for(world.personas["member"])  # works at Alpha Works
    with scopes_disabled():
        sector = Sector.objects.filter(network=world.alpha).first()
    form = {
        "nominee_name": "Colleague Person",
        "nominee_email": "colleague@alphaworks.example",
        "organization_name": "  alpha   works ",
        "sector": sector.pk,  # type: ignore[union-attr]
        "reasons": "A great colleague who convenes people across the region.",
    }

    body = client.post("/n/alpha/nominations/new/", form).content.decode()

    assert "Alpha Works is your own organization." in body
    with scopes_disabled():
        assert Nomination.objects.filter(nominee_name="Colleague Person").count() == 0

    form["organization_name"] = "Tulsa Food Bank"
    response = client.post("/n/alpha/nominations/new/", form)
    assert response.status_code == 302
    with scopes_disabled():
        nomination = Nomination.objects.get(nominee_name="Colleague Person")
    assert (nomination.organization.name, nomination.status) == (  # type: ignore[union-attr]
        "Tulsa Food Bank",
        NominationStatus.PENDING,
    )


def test_a_nomination_sent_twice_is_stored_once(world: World) -> None:
    """A double click on "Nominate" (or a resend after a slow answer) made two nominations
    of the same person, two cards in the stewards' queue."""
    client = client_for(world.personas["member"])
    with scopes_disabled():
        sector = Sector.objects.filter(network=world.alpha).first()
    form = {
        "nominee_name": "Twice Person",
        "nominee_email": "twice@elsewhere.example",
        "organization_name": "Elsewhere Trust",
        "sector": sector.pk,  # type: ignore[union-attr]
        "reasons": "Convenes people across the region and keeps every promise.",
    }

    first = client.post("/n/alpha/nominations/new/", form)
    second = client.post(
        "/n/alpha/nominations/new/", {**form, "nominee_email": "TWICE@elsewhere.example"}
    )

    assert first.status_code == 302
    assert "You have already nominated twice@elsewhere.example" in second.content.decode()
    with scopes_disabled():
        assert Nomination.objects.filter(nominee_email="twice@elsewhere.example").count() == 1


@pytest.mark.parametrize("status", [MembershipStatus.ACTIVE, MembershipStatus.REMOVED])
def test_nominating_someone_never_tells_the_member_whether_they_are_or_were_in_the_network(
    world: World, status: str
) -> None:
    """The form answered "This person is already in the network." for any address with a
    membership here, removed or departed ones included: a member could test addresses and
    learn who is, or was, a member. The nomination is taken like any other, and the
    stewards' queue says what the stewards may know."""
    with scopes_disabled():
        sector = Sector.objects.filter(network=world.alpha).first()
        known = MembershipFactory(
            network=world.alpha, status=status, user__email="known.person@elsewhere.example"
        )
    member = client_for(world.personas["member"])
    form = {
        "nominee_name": "Known Person",
        "organization_name": "Elsewhere Trust",
        "sector": sector.pk,  # type: ignore[union-attr]
        "reasons": "Convenes people across the region and keeps every promise.",
    }

    answer = member.post(
        "/n/alpha/nominations/new/", {**form, "nominee_email": "Known.Person@elsewhere.example"}
    )
    stranger = member.post(
        "/n/alpha/nominations/new/",
        {**form, "nominee_name": "New Person", "nominee_email": "new.person@elsewhere.example"},
    )
    queue = client_for(world.personas["steward"]).get("/n/alpha/nominations/").content.decode()

    assert (answer.status_code, answer["Location"]) == (stranger.status_code, stranger["Location"])
    with scopes_disabled():
        stored = Nomination.objects.get(nominee_email="known.person@elsewhere.example")
    assert stored.status == NominationStatus.PENDING
    label = MembershipStatus(status).label
    assert f"Already has a membership in this network ({label})." in queue
    assert queue.count("Already has a membership in this network") == 1
    assert known.user.email == stored.nominee_email


def test_where_the_roster_is_thin_never_names_a_students_region(world: World) -> None:
    """The thin spots beside the nomination queue counted regions over every admitted
    member, so a cohort's steward read a student's region there ("Plains: 1"), a location
    beyond the city that no adult may see."""
    MembershipFactory(
        network=world.youth,
        role=Role.YOUTH_MEMBER,
        user__full_name="Yara Youth",
        user__age_band=AgeBand.AGE_16_17,
        user__city="Tulsa",
        user__region="Plains-Region-Hidden",
    )

    page = client_for(world.personas["steward"]).get("/n/alpha-youth/nominations/")

    assert page.status_code == 200
    assert "Where the roster is thin" in page.content.decode()
    assert "Plains-Region-Hidden" not in page.content.decode()


def test_where_the_roster_is_thin_says_when_nobody_gave_a_region(world: World) -> None:
    """Regions come from members' own profiles: in a network just opened nobody has given
    one, and the heading stood over an empty list."""
    steward = MembershipFactory(role=Role.STEWARD)

    page = client_for(steward.user).get(f"/n/{steward.network.slug}/nominations/")

    assert "No member has given a region yet." in page.content.decode()


# The django_db mark (not the `db` fixture, which Hypothesis refuses as function-scoped)
# wraps all the examples in one transaction, rolled back at the test's end. Without it the
# test once wrote through `django_db_blocker.unblock()` in autocommit: its member, network and
# user stayed committed, and tests that ran after it on the same worker counted them.
@pytest.mark.django_db
@given(
    name=st.text(max_size=5),
    email=st.text(max_size=12).filter(lambda s: "@" not in s),
    reasons=st.text(max_size=19),
)
def test_bad_nomination_input_is_refused_with_named_fields(
    name: str, email: str, reasons: str
) -> None:
    with scopes_disabled():
        membership = Membership.objects.filter(role=Role.MEMBER).first() or MembershipFactory()
        sector = Sector.objects.filter(network=membership.network).first()
        with pytest.raises(ValidationError) as error:
            nomination_create(
                network=membership.network,
                nominator=membership.user,
                nominee_name=name,
                nominee_email=email,
                organization_name="Elsewhere",
                sector=sector,  # type: ignore[arg-type]
                reasons=reasons,
            )
    assert {"nominee_email", "reasons"} <= set(error.value.message_dict)


def test_steward_accepts_a_nomination_and_invites_the_nominee(world: World) -> None:
    nomination_id = world.objects[("alpha", "nomination")]
    client = client_for(world.personas["steward"])

    queue = client.get("/n/alpha/nominations/").content.decode()
    client.post(
        f"/n/alpha/nominations/{nomination_id}/decide/",
        {"decision": "accept", "note": "Adds a region we lack."},
    )
    client.post(f"/n/alpha/nominations/{nomination_id}/invite/")

    assert "Where the roster is thin" in queue
    assert "Canaryalpha Nominee" in queue
    with scopes_disabled():
        nomination = Nomination.objects.get(pk=nomination_id)
        invitation = nomination.invitations.get()
    assert (nomination.status, nomination.decision_note) == ("accepted", "Adds a region we lack.")
    assert (invitation.full_name, invitation.email) == (
        "Canaryalpha Nominee",
        nomination.nominee_email,
    )


def test_an_invited_nominee_is_not_invited_twice(world: World) -> None:
    """Once an invitation waits, the queue says so instead of offering "Invite" again, and a
    second press (an old tab, a double tap) lands on the one invitation sent, not on a
    refusal; revoking needs its confirmation."""
    nomination_id = world.objects[("alpha", "nomination")]
    client = client_for(world.personas["steward"])
    client.post(f"/n/alpha/nominations/{nomination_id}/decide/", {"decision": "accept"})
    client.post(f"/n/alpha/nominations/{nomination_id}/invite/")

    queue = client.get("/n/alpha/nominations/").content.decode()
    again = client.post(f"/n/alpha/nominations/{nomination_id}/invite/", follow=True)
    with scopes_disabled():
        invitation = Invitation.objects.get(nomination_id=nomination_id)
    unconfirmed = client.post(f"/n/alpha/invitations/{invitation.pk}/revoke/", follow=True)
    with scopes_disabled():
        invitation.refresh_from_db()
        still_one = Invitation.objects.filter(nomination_id=nomination_id).count()

    assert "Invitation waiting (sent" in queue
    assert f"/n/alpha/nominations/{nomination_id}/invite/" not in queue
    assert "Invitation sent to Canaryalpha Nominee." in again.content.decode()
    assert "is already waiting" not in again.content.decode()
    assert still_one == 1
    assert "Nothing was revoked" in unconfirmed.content.decode()
    assert invitation.revoked_at is None

    client.post(f"/n/alpha/invitations/{invitation.pk}/revoke/", {"confirm": "yes"})
    queue = client.get("/n/alpha/nominations/").content.decode()
    assert "The last invitation was revoked." in queue
    assert "Invite again" in queue


def test_a_decided_nomination_cannot_be_decided_again(world: World) -> None:
    nomination_id = world.objects[("alpha", "nomination")]
    client = client_for(world.personas["steward"])
    client.post(f"/n/alpha/nominations/{nomination_id}/decide/", {"decision": "decline"})

    client.post(f"/n/alpha/nominations/{nomination_id}/decide/", {"decision": "accept"})

    with scopes_disabled():
        assert Nomination.objects.get(pk=nomination_id).status == NominationStatus.DECLINED


def test_a_double_tap_on_a_nomination_decision_records_it_once_and_says_so(
    world: World,
) -> None:
    """The second post of the same form (a double tap, a resend) said "This nomination has
    already been decided.", as if another steward had: it is this steward's decision,
    recorded once. Another answer, or another steward, is still refused."""
    from collaboratory.audit.models import AuditEvent

    nomination_id = world.objects[("alpha", "nomination")]
    client = client_for(world.personas["steward"])
    url = f"/n/alpha/nominations/{nomination_id}/decide/"
    form = {"decision": "accept", "note": "Adds a region we lack."}
    client.post(url, form)

    again = client.post(url, {**form, "note": " Adds a region we lack. "}, follow=True)

    page = again.content.decode()
    assert ("Decision recorded." in page, "already been decided" in page) == (True, False)
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="nomination.decided").count() == 1
    other = client.post(url, {"decision": "decline"}, follow=True).content.decode()
    assert "This nomination has already been decided." in other
    with scopes_disabled():
        nomination = Nomination.objects.get(pk=nomination_id)
    assert (nomination.status, nomination.decision_note) == ("accepted", "Adds a region we lack.")


def test_a_waiting_nomination_stays_in_the_queue_after_two_hundred_decided_ones(
    world: World,
) -> None:
    """The queue shows at most 200 nominations; sorted by status name, "accepted" and
    "declined" came before "pending", so after 200 decisions nothing waiting showed."""
    from collaboratory.networks.services import nominations_bulk_create

    with scopes_disabled():
        waiting = Nomination.objects.get(pk=world.objects[("alpha", "nomination")])
        nominations_bulk_create(
            network=world.alpha,
            rows=[
                Nomination(
                    network=world.alpha,
                    nominator=waiting.nominator,
                    nominee_name=f"Decided {n}",
                    nominee_email=f"decided{n}@example.org",
                    organization=waiting.organization,
                    sector=waiting.sector,
                    reasons=waiting.reasons,
                    status=NominationStatus.DECLINED,
                )
                for n in range(200)
            ],
        )

    response = client_for(world.personas["steward"]).get("/n/alpha/nominations/")

    assert [n.pk for n, _membership in response.context["pending"]] == [waiting.pk]
    assert "Canaryalpha Nominee" in response.content.decode()


# --- Directory -----------------------------------------------------------------------------


def test_minors_are_invisible_to_adults_outside_their_youth_program(world: World) -> None:
    MembershipFactory(
        network=world.alpha,
        user__full_name="Minnie Minor",
        user__age_band=AgeBand.AGE_16_17,
    )
    MembershipFactory(
        network=world.youth,
        role=Role.YOUTH_MEMBER,
        user__full_name="Yara Youth",
        user__age_band=AgeBand.AGE_16_17,
        user__email="yara@youth.example",
        user__city="Tulsa",
        user__region="Plains-Region-Hidden",
    )

    national = client_for(world.personas["member"]).get("/n/alpha/members/").content.decode()
    cohort = client_for(world.personas["steward"]).get("/n/alpha-youth/members/").content.decode()

    assert "Minnie Minor" not in national
    assert "Yara Youth" in cohort
    assert "yara@youth.example" not in cohort  # no adult sees a minor's contact details
    assert "Tulsa" in cohort
    assert "Plains-Region-Hidden" not in cohort  # no location beyond city


def test_a_youth_members_line_in_the_directory_starts_with_the_city(world: World) -> None:
    """As on the profile (the same filters): a youth member has no sector and shows no
    region, and the line read "· Tulsa", as if something were missing before it; with no
    title nor organization, no empty line is rendered either."""
    yara = MembershipFactory(
        network=world.youth,
        role=Role.YOUTH_MEMBER,
        user__full_name="Yara Youth",
        user__age_band=AgeBand.AGE_16_17,
        user__city="Tulsa",
        user__region="Plains-Region-Hidden",
    )

    cohort = client_for(world.personas["steward"]).get("/n/alpha-youth/members/").content.decode()

    card = cohort[cohort.index("Yara Youth") :]
    card = card[: card.index("</li>")]
    assert '<p class="meta">Tulsa</p>' in card
    assert "· Tulsa" not in card
    assert "<p></p>" not in card
    profile = client_for(world.personas["steward"]).get(f"/n/alpha-youth/members/{yara.pk}/")
    assert '<p class="meta">Tulsa</p>' in profile.content.decode()


def test_directory_filters_by_offer_issue_and_search_in_place(world: World) -> None:
    member = world.personas["member"]
    offered_asset_add(
        user=member,  # type: ignore[arg-type]
        kind=CapitalKind.INSTITUTIONAL,
        category=HelpCategory.SPACE,
        description="A hall for 60 people",
    )
    profile_update(user=member, issue_areas="Housing, civic education")  # type: ignore[arg-type]
    client = client_for(member)

    by_space = client.get("/n/alpha/members/?category=space", HTTP_HX_REQUEST="true")
    by_issue = client.get("/n/alpha/members/?issue=civic+education").content.decode()
    by_name = client.get("/n/alpha/members/?q=canaryalpha").content.decode()

    space_body = by_space.content.decode()
    assert "<html" not in space_body  # htmx gets the results partial only
    assert "A hall for 60 people" in space_body
    assert "1 member" in space_body
    assert member.full_name in by_issue  # type: ignore[union-attr]
    assert "1 member" in by_issue
    assert "Canaryalpha Person" in by_name
    assert "1 member" in by_name


@pytest.mark.parametrize("count", [1, 3])
def test_directory_runs_a_fixed_number_of_queries(world: World, count: int) -> None:
    for i in range(count):
        user = MembershipFactory(network=world.alpha, organization_name=f"Org {i}").user
        profile_update(user=user, issue_areas="housing")
        offered_asset_add(
            user=user, kind=CapitalKind.SOCIAL, category=HelpCategory.OTHER, description="x"
        )
    other = client_for(MembershipFactory(network=world.alpha).user)
    client = client_for(world.personas["member"])
    client.get("/n/alpha/members/")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/n/alpha/members/?issue=housing")
    with CaptureQueriesContext(connection) as again:
        seen = other.get("/n/alpha/members/?issue=housing")

    assert f"{count} member" in response.content.decode()
    # One membership lookup per request, shared by every check; the list is rendered once
    # and kept under the content versions (networks/pagecache.py).
    assert len(queries) == 10 + VERSIONS_READ + PART_MISSED
    # Another member's first view: the middleware's reads and the versions; the list is
    # this process's copy (another process would read it from the shared cache).
    assert f"{count} member" in seen.content.decode()
    assert len(again) == 4 + VERSIONS_READ


@pytest.mark.parametrize("count", [1, 3])
def test_nomination_queue_and_roster_run_a_fixed_number_of_queries(
    world: World, count: int
) -> None:
    from tests.factories import NominationFactory

    for _ in range(count - 1):
        NominationFactory(network=world.alpha)
    client = client_for(world.personas["steward"])
    client.get("/n/alpha/nominations/")

    with CaptureQueriesContext(connection) as queue:
        client.get("/n/alpha/nominations/")
    with CaptureQueriesContext(connection) as roster:
        client.get("/n/alpha/roster/")
    with CaptureQueriesContext(connection) as invitations:
        client.get("/n/alpha/invitations/")

    assert (len(queue), len(roster), len(invitations)) == (13, 6, 6)  # the pagers count


# --- Activity rule -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("months_ago", "expected"),
    [
        (0, "active"),
        (11, "active"),
        (13, "check_in_due"),
        (23, "check_in_due"),
        (25, "to_be_removed"),
    ],
)
def test_activity_rule_from_the_last_attendance(months_ago: int, expected: str) -> None:
    today = date(2026, 11, 21)
    last = today - timedelta(days=int(months_ago * 30.44) + 1)

    assert activity_status(last_attended=last, joined=date(2015, 1, 1), today=today) == expected


def test_activity_rule_measures_newcomers_from_joining_and_takes_thresholds() -> None:
    today = date(2026, 11, 21)
    assert activity_status(last_attended=None, joined=today, today=today) == "active"
    assert activity_status(last_attended=None, joined=None, today=today) == "active"
    assert (
        activity_status(
            last_attended=today - timedelta(days=200),
            joined=None,
            today=today,
            check_in_after_months=6,
            remove_after_months=9,
        )
        == "check_in_due"
    )
    with pytest.raises(ValueError, match="Removal must come after"):
        activity_status(
            last_attended=None,
            joined=None,
            today=today,
            remove_after_months=6,
            check_in_after_months=6,
        )


def test_daily_evaluation_reads_the_attendance_ledger_and_respects_overrides(
    world: World,
) -> None:
    with scopes_disabled():
        long_ago = timezone.now() - timedelta(days=800)
        Membership.objects.filter(network=world.alpha).update(joined_at=long_ago)
        recent = datetime.now(tz=UTC) - timedelta(days=30)
        gathering = gathering_create(
            network=world.alpha,
            title="Fall Gathering",
            format=GatheringFormat.IN_PERSON,
            parts=[("Meeting", recent, recent + timedelta(hours=7))],
        )
        part = GatheringPart.objects.get(gathering=gathering)
        member, steward = world.personas["member"], world.personas["steward"]
        attendance_bulk_record(
            network=world.alpha,
            entries=[(part.pk, member.pk)],  # type: ignore[union-attr]
            source=Attendance.Source.DOOR_LIST,
        )
        steward_membership = Membership.objects.get(network=world.alpha, user=steward)
        membership_status_override(
            membership=steward_membership,
            status=MembershipStatus.ACTIVE,
            note="Staff: always active",
            actor=steward,  # type: ignore[arg-type]
        )

        moved = membership_statuses_evaluate(
            network=world.alpha, last_attended=attendance_last_dates(network=world.alpha)
        )

        statuses = dict(
            Membership.objects.filter(network=world.alpha).values_list("user__email", "status")
        )
    # Nobody else attended in 800 days: the canary person.
    assert moved == {"to_be_removed": 1}
    assert statuses["member@alpha.example"] == MembershipStatus.ACTIVE
    assert statuses["steward@alpha.example"] == MembershipStatus.ACTIVE
    assert sorted(statuses.values()).count(MembershipStatus.TO_BE_REMOVED) == 1


@pytest.mark.django_db
def test_daily_evaluation_reads_join_and_attendance_days_on_the_networks_calendar() -> None:
    """9:30 pm in New York is already the next day in UTC. Once the network's calendar counts
    12 months (366 days) since an evening joiner joined or an evening attendee last came,
    their check-in is due; counting from UTC's day made it a day late."""
    network = NetworkFactory()  # New York
    evening = datetime(2025, 12, 3, 21, 30, tzinfo=ZoneInfo("America/New_York"))
    with scopes_disabled():
        joiner, attendee, next_day = (
            MembershipFactory(network=network, user__full_name=name)
            for name in ("Evening Joiner", "Evening Attendee", "Next Day Joiner")
        )
        for membership, joined in (
            (joiner, evening),
            (attendee, evening - timedelta(days=900)),
            (next_day, evening + timedelta(hours=12)),
        ):
            Membership.objects.filter(pk=membership.pk).update(joined_at=joined)
        gathering = gathering_create(
            network=network,
            title="Evening Gathering",
            format=GatheringFormat.IN_PERSON,
            parts=[("Dinner", evening - timedelta(hours=3), evening)],
        )
        attendance_bulk_record(
            network=network,
            entries=[(GatheringPart.objects.get(gathering=gathering).pk, attendee.user_id)],
            source=Attendance.Source.DOOR_LIST,
        )

        moved = membership_statuses_evaluate(
            network=network,
            last_attended=attendance_last_dates(network=network),  # as the daily task reads them
            today=date(2026, 12, 4),
        )
        statuses = dict(
            Membership.objects.filter(network=network).values_list("user__full_name", "status")
        )

    assert moved == {"check_in_due": 2}
    assert statuses == {
        "Evening Joiner": "check_in_due",
        "Evening Attendee": "check_in_due",
        "Next Day Joiner": "active",
    }


# --- Packet --------------------------------------------------------------------------------


def test_packet_markdown_is_rendered_without_any_raw_html() -> None:
    source = (
        "# Hello <script>alert(1)</script>\n\n"
        "Read **this** and [the guide](https://example.org/guide) "
        "but not [that](javascript:alert).\n\n"
        '- one <img src=x onerror="alert(1)">\n- two'
    )

    assert render_markdown(source) == (
        "<h2>Hello &lt;script&gt;alert(1)&lt;/script&gt;</h2>\n"
        '<p>Read <strong>this</strong> and <a href="https://example.org/guide" '
        'rel="nofollow noopener">the guide</a> but not that.</p>\n'
        "<ul><li>one &lt;img src=x onerror=&quot;alert(1)&quot;&gt;</li><li>two</li></ul>"
    )


ALLOWED_TAG = re.compile(r"</?(?:h[2-5]|p|ul|li|strong|em|a)(?: [^<>]*)?>")


@given(st.text(alphabet=st.sampled_from("<>\"'=/ab*#-[]():jsx \n"), max_size=80))
def test_packet_renderer_never_emits_a_tag_it_did_not_make(source: str) -> None:
    html = render_markdown(source)

    assert ALLOWED_TAG.sub("", html).count("<") == 0


# --- Private self-descriptions -------------------------------------------------------------


def test_self_description_needs_the_unticked_consent_and_withdrawal_deletes(
    world: World,
) -> None:
    steward = world.personas["steward"]
    client = client_for(steward)

    refused = client.post("/me/self-description/", {"ideology": "2"})
    assert "Tick the consent box to save" in refused.content.decode()
    assert not PrivateSelfDescription.objects.filter(user=steward).exists()

    client.post("/me/self-description/", {"ideology": "2", "consent": "on"})
    assert PrivateSelfDescription.objects.get(user=steward).ideology == 2

    client.post("/me/self-description/", {"action": "withdraw"})
    assert not PrivateSelfDescription.objects.filter(user=steward).exists()


@pytest.mark.parametrize(
    "bad",
    [
        {"race_self_described": "two\nlines"},
        {"race_ethnicity": ["martian"]},
        {"ideology": 9},
    ],
)
def test_a_bad_self_description_is_refused_and_changes_nothing(
    world: World,
    bad: dict,  # type: ignore[type-arg]
) -> None:
    """The service saved first and checked after: a refused value was already stored (and
    an unknown race was never checked at all)."""
    member = world.personas["member"]
    assert member is not None
    self_description_set(user=member, ideology=3, race_ethnicity=["asian"])

    with pytest.raises(ValidationError):
        self_description_set(user=member, **bad)

    row = PrivateSelfDescription.objects.get(user=member)
    assert (row.ideology, row.race_ethnicity, row.race_self_described) == (3, ["asian"], "")


def test_self_descriptions_are_not_offered_to_minors(world: World) -> None:
    client = client_for(world.personas["youth_member"])

    body = client.get("/me/self-description/").content.decode()
    client.post("/me/self-description/", {"ideology": "2", "consent": "on"})

    assert "This page is not offered to youth members." in body
    assert not PrivateSelfDescription.objects.filter(user=world.personas["youth_member"]).exists()


def test_check_in_email_goes_out_once_and_the_answer_is_recorded(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.core import mail

    member = world.personas["member"]
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=member)
    membership_status_override(
        membership=membership,
        status=MembershipStatus.CHECK_IN_DUE,
        note="Not seen since last year",
        actor=world.personas["steward"],  # type: ignore[arg-type]
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        first = check_ins_send(network=world.alpha)
    with django_capture_on_commit_callbacks(execute=True):
        second = check_ins_send(network=world.alpha)

    assert (first, second) == (1, 0)
    assert [m.to for m in mail.outbox] == [["member@alpha.example"]]
    assert "http://127.0.0.1:8000/n/alpha/check-in/" in mail.outbox[0].body

    client = client_for(member)
    assert "Do you wish to stay?" in client.get("/n/alpha/check-in/").content.decode()
    client.post("/n/alpha/check-in/", {"answer": "stay"})

    roster = client_for(world.personas["steward"]).get("/n/alpha/roster/").content.decode()
    assert "answered: wishes to stay" in roster
    with scopes_disabled():
        assert list(membership.check_ins.values_list("answer", flat=True)) == ["stay"]


def test_changing_organizations_keeps_history_and_tells_the_stewards(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.core import mail

    client = client_for(world.personas["member"])
    mail.outbox.clear()

    empty = client.post("/n/alpha/my-organization/", {"organization_name": "  ", "title": "x"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/n/alpha/my-organization/",
            {"organization_name": "Tulsa Food Bank", "title": "Director"},
        )

    assert "This field is required." in empty.content.decode()
    page = client.get("/n/alpha/my-organization/").content.decode()
    assert "Alpha Works → Tulsa Food Bank (Director)" in page
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    assert (membership.organization.name, membership.title) == ("Tulsa Food Bank", "Director")  # type: ignore[union-attr]
    assert [m.to for m in mail.outbox] == [["steward@alpha.example"]]
    assert 'from "Alpha Works" to "Tulsa Food Bank"' in mail.outbox[0].body


def test_the_daily_task_is_registered_and_evaluates_every_network(world: World) -> None:
    from collaboratory.gatherings.tasks import membership_statuses_evaluate_all
    from collaboratory.periodic.registry import registered

    with scopes_disabled():
        Membership.objects.filter(network=world.bravo).update(
            joined_at=timezone.now() - timedelta(days=400)
        )

    membership_statuses_evaluate_all.call()

    names = {p.name: p.every for p in registered()}
    assert names["collaboratory.gatherings.tasks.membership_statuses_evaluate_all"] == timedelta(
        days=1
    )
    with scopes_disabled():
        statuses = set(
            Membership.objects.filter(network=world.bravo).values_list("status", flat=True)
        )
    assert statuses == {MembershipStatus.CHECK_IN_DUE}


@pytest.mark.parametrize("count", [1, 3])
def test_organization_history_runs_a_fixed_number_of_queries(world: World, count: int) -> None:
    from collaboratory.networks.services import membership_organization_change

    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
        for i in range(count):
            membership_organization_change(
                membership=membership, organization_name=f"Org {i}", title="", sector=None
            )
    client = client_for(world.personas["member"])
    client.get("/n/alpha/my-organization/")

    with CaptureQueriesContext(connection) as queries:
        body = client.get("/n/alpha/my-organization/").content.decode()

    assert body.count("→") == count
    assert len(queries) == 6  # one membership lookup per request, shared by every check


def test_steward_edits_thresholds_criteria_and_packet_and_bad_thresholds_are_refused(
    world: World,
) -> None:
    client = client_for(world.personas["steward"])
    form = {
        "check_in_after_months": "12",
        "remove_after_months": "6",
        "invitation_valid_days": "7",
        "packet_markdown": "# Hi\n\n<script>alert(1)</script>",
        "criteria": "Brings a rural voice.",
    }

    refused = client.post("/n/alpha/membership/settings/", form).content.decode()
    client.post("/n/alpha/membership/settings/", {**form, "remove_after_months": "18"})

    assert "Removal must come later than the check-in: give more months here." in refused
    member = client_for(world.personas["member"])
    packet = member.get("/n/alpha/welcome/").content.decode()
    assert "<h2>Hi</h2>" in packet
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in packet
    assert "Brings a rural voice." in member.get("/n/alpha/nominations/new/").content.decode()


def test_each_roster_row_links_and_preselects_its_own_member(world: World) -> None:
    """The roster builds its rows' addresses and status options once per page: each row
    must still point at its own member and show that member's own status selected."""
    with scopes_disabled():
        memberships = list(Membership.objects.filter(network=world.alpha).order_by("pk"))
        # Rows of several statuses (the steward's own stays active), so a row showing
        # another row's status is caught.
        others = [m for m in memberships if m.user != world.personas["steward"]]
        for membership, status in zip(
            others, [MembershipStatus.ALUMNI, MembershipStatus.INVITED], strict=False
        ):
            Membership.objects.filter(pk=membership.pk).update(status=status)
        status_of = dict(Membership.objects.filter(network=world.alpha).values_list("pk", "status"))
    assert len(set(status_of.values())) >= 3
    html = client_for(world.personas["steward"]).get("/n/alpha/roster/").content.decode()

    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)[1:]
    assert len(rows) == len(memberships)
    for row in rows:
        ledger = re.search(r'href="/n/alpha/follow-through/ledger/(\d+)/"', row)
        action = re.search(r'action="/n/alpha/roster/(\d+)/status/"', row)
        selected = re.findall(r'<option value="([a-z_]+)" selected[ >]', row)
        assert ledger, row
        assert action, row
        assert ledger.group(1) == action.group(1)
        assert selected == [status_of[int(ledger.group(1))]]
        # What a steward may set, and a status only an invitation or a guardian sets shown
        # selected but disabled.
        settable = status_of[int(ledger.group(1))] in STEWARD_SET_STATUSES
        assert row.count("<option ") == len(STEWARD_SET_STATUSES) + (0 if settable else 1)
        assert ("selected disabled" in row) is not settable


def test_url_for_each_matches_reverse_and_refuses_an_ambiguous_address() -> None:
    from django.urls import reverse

    from collaboratory.networks.http import url_for_each

    ids = [1, 42, 987_654_320, 10**12]
    address = url_for_each("networks:roster_override", "membership_id", network_slug="a-b")
    assert [address(pk) for pk in ids] == [
        reverse("networks:roster_override", kwargs={"network_slug": "a-b", "membership_id": pk})
        for pk in ids
    ]
    # A slug that is the stand-in id itself: which number is the row's id is ambiguous.
    with pytest.raises(ValueError, match="membership_id"):
        url_for_each("networks:roster_override", "membership_id", network_slug="987654321")


def test_a_steward_adds_a_sector_the_roster_file_then_may_name(world: World) -> None:
    """A network opens with the default sectors and nothing changed the list: a roster file
    naming "Health" was refused with "use one from the network's list", a dead end."""
    steward = client_for(world.personas["steward"])

    added = steward.post("/n/alpha/membership/settings/", {"form": "sector", "name": " Health "})
    again = steward.post("/n/alpha/membership/settings/", {"form": "sector", "name": "health"})
    spanish = steward.post(
        "/n/alpha/membership/settings/", {"form": "sector", "name": "Sin fines de lucro"}
    )
    member = client_for(world.personas["member"]).post(
        "/n/alpha/membership/settings/", {"form": "sector", "name": "Mining"}
    )

    assert added.status_code == 302
    assert "health is already on the list." in again.content.decode()
    assert "Sin fines de lucro is already on the list." in spanish.content.decode()
    assert member.status_code == 403
    with scopes_disabled():
        names = list(Sector.objects.filter(network=world.alpha).values_list("name", flat=True))
        assert (
            AuditEvent.objects.filter(action="sector.added", network_id=world.alpha.pk).count() == 1
        )
    assert names.count("Health") == 1
    assert "Mining" not in names
    assert "Health" in steward.get("/n/alpha/membership/settings/").content.decode()
    # The roster import's refusal of an unknown sector says where the list is kept.
    assert "add it to the list under Membership settings" in str(ROW_MESSAGES["unknown_sector"])
