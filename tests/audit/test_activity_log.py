"""The stewards' activity log (/n/<slug>/activity/): the network's audit events in plain
words, for its stewards only, never another network's, never an address or raw data."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.db import connection, models
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.labels import action_label
from collaboratory.audit.models import AuditEvent
from collaboratory.audit.services import audit_record
from collaboratory.matching.services_profiles import profile_read_record
from collaboratory.networks.models import Membership, MembershipStatus, Network, Role
from collaboratory.networks.scoping import date_in
from collaboratory.networks.services import (
    guardian_consent_confirm,
    guardian_consent_request,
    guardian_consent_revoke,
    membership_change_role,
    membership_status_override,
)
from collaboratory.people.models import AgeBand, User
from collaboratory.people.services import account_delete
from collaboratory.training.services import application_submit as training_application_submit
from collaboratory.training.services import cohort_accepting_set, cohort_create
from collaboratory.youth.services import (
    ReferenceInput,
    absence_notice_submit,
    concern_hold_lift,
    concern_hold_place,
    concern_report,
    safeguarding_lead_set,
)
from collaboratory.youth.services import application_submit as youth_application_submit
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory
from tests.youth.conftest import Cohort, make_cohort


@dataclass
class Place:
    network: Network
    steward: User
    member: User
    other: Network
    other_steward: User

    def url(self, **query: str) -> str:
        base = reverse("networks:activity", kwargs={"network_slug": self.network.slug})
        return base + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@pytest.fixture
def place(db: None) -> Place:
    network = NetworkFactory(slug="river", name="River Collaboratory")
    other = NetworkFactory(slug="hill", name="Hill Collaboratory")
    steward = MembershipFactory(
        network=network, role=Role.STEWARD, user__full_name="Stella Steward"
    ).user
    member = MembershipFactory(network=network, user__full_name="Manu Member").user
    other_steward = MembershipFactory(
        network=other, role=Role.STEWARD, user__full_name="Otto Otherland"
    ).user
    return Place(network, steward, member, other, other_steward)


def rows(body: str) -> list[str]:
    """What each row of the log's table says after its time: the cells' text, tags dropped,
    spaces squeezed (a row of one cell, "nothing matches", as it is)."""
    table = body.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    said = []
    for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S):
        cells = [
            " ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        ]
        said.append(" ".join(c for c in (cells[1:] or cells) if c))
    return said


def page(client: Client, url: str, **headers: str) -> str:
    response = client.get(url, **headers)
    assert response.status_code == 200
    return response.content.decode()


def test_a_steward_reads_the_networks_events_in_plain_words(place: Place) -> None:
    with scopes_disabled():
        membership = Membership.objects.get(network=place.network, user=place.member)
    membership_change_role(membership=membership, role=Role.STEWARD, actor=place.steward)

    body = page(client_for(place.steward), place.url())

    assert rows(body)[0] == (
        "Changed a member's role (Member → Steward) Stella Steward Manu Member"
    )
    assert "membership.role_changed" not in body


def test_the_log_is_in_the_navigation_of_stewards_only(place: Place) -> None:
    home = reverse("networks:home", kwargs={"network_slug": place.network.slug})

    assert place.url() in client_for(place.steward).get(home).content.decode()
    assert place.url() not in client_for(place.member).get(home).content.decode()


def test_members_other_stewards_and_strangers_are_refused(place: Place) -> None:
    audit_record(action="invitation.issued", actor=place.steward, network=place.network)

    member = client_for(place.member).get(place.url())
    foreign = client_for(place.other_steward).get(place.url())
    anonymous = Client().get(place.url())

    assert member.status_code == 403
    assert foreign.status_code == 404
    assert anonymous.status_code == 302
    for response in (member, foreign, anonymous):
        assert b"Sent an invitation" not in response.content


def test_another_networks_events_never_show(place: Place) -> None:
    audit_record(action="invitation.issued", actor=place.steward, network=place.network)
    audit_record(action="roster.exported", actor=place.other_steward, network=place.other)
    audit_record(action="roster.exported", actor=place.other_steward)  # no network at all

    body = page(client_for(place.steward), place.url())
    theirs = page(
        client_for(place.other_steward),
        reverse("networks:activity", kwargs={"network_slug": place.other.slug}),
    )

    assert [r for r in rows(body) if "Exported the roster" in r] == []
    assert "Otto Otherland" not in body
    assert [r for r in rows(theirs) if "Sent an invitation" in r] == []


def _cohort_with_rosa(place: Place, **user: str) -> tuple[Network, Membership]:
    """The place's youth cohort, its steward stewarding it too, and Rosa Quintanilla, 16-17,
    a youth member there."""
    youth = NetworkFactory(slug="river-youth", kind="youth", parent=place.network)
    MembershipFactory(network=youth, user=place.steward, role=Role.STEWARD)
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__full_name="Rosa Quintanilla",
        user__age_band=AgeBand.AGE_16_17,
        **{f"user__{k}": v for k, v in user.items()},
    )
    return youth, minor


def test_a_minor_is_named_by_first_name_and_a_guardian_by_role(place: Place) -> None:
    youth, minor = _cohort_with_rosa(place)
    with scopes_disabled():
        _consent, token = guardian_consent_request(
            user=minor.user, network=youth, guardian_email="guardian@example.org"
        )
        _consent, revoke = guardian_consent_confirm(
            token=token, guardian_name="Gail Guardian", agree=True
        )
        guardian_consent_revoke(token=revoke)
    profile_read_record(
        network=youth,
        viewer=place.steward,
        membership_id=minor.pk,
        person_id=minor.user_id,
        person_is_minor=True,
    )
    url = reverse("networks:activity", kwargs={"network_slug": youth.slug})

    body = page(client_for(place.steward), url)

    shown = rows(body)
    assert shown[0] == "Read a young person's profile Stella Steward Rosa"
    assert shown[1] == "Guardian withdrew consent a guardian Rosa"
    assert "Quintanilla" not in body
    assert "Gail" not in body
    assert "guardian@example.org" not in body


def test_a_deleted_actor_reads_a_former_member_and_no_actor_the_system(place: Place) -> None:
    leaver = MembershipFactory(network=place.network, user__full_name="Lena Leaver").user
    audit_record(action="offered_asset.added", actor=leaver, network=place.network)
    audit_record(action="mail.given_up", network=place.network)
    with scopes_disabled():
        account_delete(user=leaver, confirm_email=leaver.email)

    body = page(client_for(place.steward), place.url())

    assert "Lena" not in body
    shown = rows(body)
    assert "Added an offer a former member" in shown
    assert "Gave up sending an email the system" in shown


def test_no_address_and_no_raw_data_is_shown(place: Place) -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.77")
    audit_record(
        action="access.denied",
        actor=place.member,
        network=place.network,
        data={"path": "/n/river/SECRET-PATH/", "reason": "SECRET-REASON"},
        request=request,
    )
    audit_record(
        action="membership.role_changed",
        actor=place.steward,
        network=place.network,
        data={"from": "member", "to": "SECRET-ROLE"},
    )

    body = page(client_for(place.steward), place.url())

    assert "Was refused a page" in body
    for secret in ("203.0.113.77", "SECRET-PATH", "SECRET-REASON", "SECRET-ROLE"):
        assert secret not in body


def test_an_unknown_action_falls_back_to_its_code(place: Place) -> None:
    audit_record(action="retired.thing_happened", network=place.network)

    body = page(client_for(place.steward), place.url())

    assert rows(body)[0] == "retired.thing_happened the system"


def test_spanish_labels(place: Place) -> None:
    audit_record(action="guardian_consent.revoked", network=place.network)
    audit_record(action="mail.given_up", network=place.network)

    body = page(client_for(place.steward), place.url(), HTTP_ACCEPT_LANGUAGE="es")

    assert "Registro de actividad" in body
    assert rows(body)[0] == "Se dejó de intentar enviar un correo el sistema"
    assert rows(body)[1] == "El tutor retiró el consentimiento un tutor"


def _backdate(event: AuditEvent, days: int) -> None:
    """Move a row into the past: the log refuses updates, so the test goes around it."""
    models.QuerySet.update(
        AuditEvent.objects.filter(pk=event.pk), created_at=event.created_at - timedelta(days=days)
    )


def test_filters_by_area_and_days(place: Place) -> None:
    audit_record(action="invitation.issued", actor=place.steward, network=place.network)
    old = audit_record(action="invitation.revoked", actor=place.steward, network=place.network)
    _backdate(old, 10)
    audit_record(action="commitment.created", actor=place.member, network=place.network)
    today = date_in(place.network, timezone.now())
    client = client_for(place.steward)

    invitations = rows(page(client, place.url(area="invitation")))
    ten_days_ago = rows(
        page(
            client,
            place.url(since=str(today - timedelta(days=11)), until=str(today - timedelta(days=9))),
        )
    )
    today_only = rows(page(client, place.url(area="invitation", since=str(today))))
    future = rows(page(client, place.url(since=str(today + timedelta(days=1)))))

    assert invitations == [
        "Sent an invitation Stella Steward",
        "Revoked an invitation Stella Steward",
    ]
    assert ten_days_ago == ["Revoked an invitation Stella Steward"]
    assert today_only == ["Sent an invitation Stella Steward"]
    assert future == ["Nothing in the log matches these filters."]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"area": "nope"}, "Choose an area from the list."),
        ({"person": "nobody"}, "Choose a person from the list."),
        ({"since": "2026-13-45"}, "Enter a date as year-month-day, for example 2026-03-31."),
        ({"until": "tomorrow"}, "Enter a date as year-month-day, for example 2026-03-31."),
        ({"since": "1066-10-14"}, "Enter a date between the years 2000 and 2100."),
        (
            {"since": "2026-05-02", "until": "2026-05-01"},
            "“To” must be the same day as “From” or later.",
        ),
    ],
)
def test_a_bad_filter_is_named_and_lists_nothing(
    place: Place, query: dict[str, str], message: str
) -> None:
    audit_record(action="invitation.issued", actor=place.steward, network=place.network)

    response = client_for(place.steward).get(place.url(**query))

    body = response.content.decode()
    assert response.status_code == 400
    assert message in body.replace("&#x27;", "'")
    assert "Correct the filter above to see the activity." in body
    assert "Sent an invitation" not in body


def test_fifty_events_a_page(place: Place) -> None:
    for _ in range(51):
        audit_record(action="invitation.issued", actor=place.steward, network=place.network)
    audit_record(action="invitation.revoked", actor=place.steward, network=place.network)
    client = client_for(place.steward)

    one = page(client, place.url())
    two = page(client, place.url(page="2"))

    assert len(rows(one)) == 50
    assert "Revoked an invitation" in rows(one)[0]
    assert "Page 1 of 2" in one
    assert "page=2" in one
    # The last invitation, then the network's creation and its members' arrivals.
    assert len(rows(two)) == AuditEvent.objects.filter(network_id=place.network.pk).count() - 50
    assert rows(two)[0] == "Sent an invitation Stella Steward"
    filtered = page(client, place.url(area="invitation"))
    assert "area=invitation&amp;page=2" in filtered


def _make_events(place: Place, start: int, end: int) -> None:
    """Events each by a different member about another one, half naming a membership and
    half a person: the actors and the people named all differ, the worst case for a page
    that fetched them one by one."""
    for i in range(start, end):
        actor = MembershipFactory(network=place.network, user__full_name=f"Actor {i}").user
        subject = MembershipFactory(network=place.network, user__full_name=f"Subject {i}")
        audit_record(
            action="youth.application_read" if i % 2 else "youth.member_read",
            actor=actor,
            network=place.network,
            target=subject if i % 2 else subject.user,
        )


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_the_rows_shown(place: Place) -> None:
    client = client_for(place.steward)
    url = place.url(area="youth")
    _make_events(place, 0, 1)
    _queries(client, url)  # warm the caches the page's chrome keeps
    one = _queries(client, url)
    assert len(rows(client.get(url).content.decode())) == 1

    _make_events(place, 1, 50)
    fifty = _queries(client, url)
    body = client.get(url).content.decode()

    assert len(rows(body)) == 50
    assert "Actor 49" in body
    assert "Subject 49" in body
    assert "Subject 0" in body
    assert fifty == one


# --- Review (2026-12-07): a youth cohort's log read by its stewards ---------------------------


def _cohort_log(cohort_network: Network, steward: User) -> list[str]:
    url = reverse("networks:activity", kwargs={"network_slug": cohort_network.slug})
    return rows(page(client_for(steward), url))


def test_a_safeguarding_concern_never_names_its_reporter_to_the_stewards(db: None) -> None:
    """A concern and who filed it are the safeguarding leads' to read (youth.lead): a
    steward who is no lead (maybe the person the concern is about) must not learn from
    the log that Yara reported one."""
    cohort = make_cohort()
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    concern_report(network=cohort.network, filed_by=cohort.youth, about="Worry")

    shown = _cohort_log(cohort.network, cohort.steward)

    (row,) = [r for r in shown if r.startswith("Reported a safeguarding concern")]
    assert "Yara" not in row
    assert "only the safeguarding leads see who" in row


def _concern_held_and_lifted() -> Cohort:
    """A cohort whose adult is its lead: a young person reports a concern, the lead holds
    it and lifts the hold."""
    cohort = make_cohort()
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    concern = concern_report(network=cohort.network, filed_by=cohort.youth, about="Worry")
    concern_hold_place(
        network=cohort.network,
        concern=concern,
        reason="Police inquiry",
        until=timezone.localdate() + timedelta(days=90),
        actor=cohort.adult,
    )
    concern_hold_lift(network=cohort.network, concern=concern, actor=cohort.adult)
    return cohort


def test_a_hold_on_a_concern_never_names_the_lead_to_the_stewards(db: None) -> None:
    """Which lead holds a concern past its date, or lifts the hold, is the leads' to read,
    as who reported it is: the stewards' log says a hold was placed and lifted, by no one
    named."""
    cohort = _concern_held_and_lifted()

    shown = _cohort_log(cohort.network, cohort.steward)

    rows = [r for r in shown if "hold" in r.lower() or "held" in r.lower()]
    assert len(rows) == 2
    for row in rows:
        assert cohort.adult.full_name.split()[0] not in row
        assert "only the safeguarding leads see who" in row
        assert "Police" not in row


def test_a_guardians_absence_notice_reads_a_guardian(db: None) -> None:
    cohort = make_cohort()
    absence_notice_submit(
        session=cohort.session(days=2), member=cohort.youth, reason="Trip", by_guardian=True
    )

    shown = _cohort_log(cohort.network, cohort.steward)

    assert shown[0] == "Sent a youth absence notice a guardian"


def test_labels_say_what_the_action_records(db: None) -> None:
    """A safeguarding lead is an adult named to receive concerns, not a "youth lead"; one
    person's coming of age is one row; a released stipend went back to the budget."""
    cohort = make_cohort()
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=False, actor=cohort.steward
    )

    shown = _cohort_log(cohort.network, cohort.steward)

    assert shown[0].startswith("Removed a safeguarding lead ")
    assert shown[1].startswith("Named a safeguarding lead ")
    assert action_label("membership.came_of_age") == "Turned 18"
    assert action_label("stipend.released") == "Stipend given back to the budget"


def test_a_commitment_entered_for_someone_else_says_so(place: Place) -> None:
    """The scribe is the row's actor: "Stella Steward made a commitment" read as her own."""
    audit_record(
        action="commitment.created",
        actor=place.steward,
        network=place.network,
        data={"committer": place.member.pk, "scribe": True},
    )
    audit_record(
        action="commitment.created",
        actor=place.member,
        network=place.network,
        data={"committer": place.member.pk, "scribe": False},
    )

    shown = rows(page(client_for(place.steward), place.url(area="commitment")))

    assert shown == [
        "Made a commitment Manu Member",
        "Made a commitment (entered for another member) Stella Steward",
    ]


def test_mail_held_back_or_dropped_says_how_many_emails(place: Place) -> None:
    """Both mail events carry a count of messages and nothing else the page may show: the
    log says how many, for mail withheld (no steward to copy on a minor's mail) as it did
    for mail dropped."""
    audit_record(
        action="mail.withheld",
        network=place.network,
        data={"messages": 3, "reason": "no steward to copy"},
    )
    audit_record(action="mail.dropped", network=place.network, data={"messages": 1})

    shown = rows(page(client_for(place.steward), place.url(area="mail")))

    assert len(shown) == 2
    assert "3 emails" in shown[1]
    assert "no steward" not in shown[1]
    assert "1 email" in shown[0]


# --- A person filter, and applicants named as such ----------------------------------------------


def options(body: str) -> dict[str, str]:
    """The person filter's choices: {value: label}, the empty "anyone" included."""
    select = re.search(r'<select name="person"[^>]*>(.*?)</select>', body, flags=re.S)
    assert select is not None
    return {
        value: html.unescape(label)
        for value, label in re.findall(
            r'<option value="([^"]*)"[^>]*>(.*?)</option>', select.group(1), flags=re.S
        )
    }


def test_the_person_filter_lists_what_they_did_and_what_was_about_them(place: Place) -> None:
    dana = MembershipFactory(network=place.network, user__full_name="Dana Doe")
    audit_record(action="invitation.issued", actor=place.steward, network=place.network)
    membership_change_role(membership=dana, role=Role.STEWARD, actor=place.steward)
    audit_record(action="commitment.created", actor=dana.user, network=place.network)
    audit_record(
        action="profile.minor_read", actor=place.member, network=place.network, target=dana.user
    )
    audit_record(action="roster.exported", actor=place.member, network=place.network)
    # Dana belongs to another network too: what they did there, or was about them there, or
    # in no network, is not this network's (the filter names the network in each of its
    # arms, so each arm is checked here: by them, their account, their membership).
    MembershipFactory(network=place.other, user=dana.user)
    for network in (place.other, None):
        audit_record(action="roster.exported", actor=dana.user, network=network)
        audit_record(
            action="profile.minor_read",
            actor=place.other_steward,
            network=network,
            target=dana.user,
        )
        audit_record(
            action="membership.bulk_created",
            actor=place.other_steward,
            network=network,
            target=dana,
        )
    client = client_for(place.steward)

    theirs = rows(page(client, place.url(person=str(dana.user_id))))
    commitments = rows(page(client, place.url(person=str(dana.user_id), area="commitment")))
    body = page(client, place.url(person=str(dana.user_id)))

    assert theirs == [
        "Read a young person's profile Manu Member Dana Doe",
        "Made a commitment Dana Doe",
        "Changed a member's role (Member → Steward) Stella Steward Dana Doe",
        "Added a member the system Dana Doe",
    ]
    assert commitments == ["Made a commitment Dana Doe"]
    assert "selected>Dana Doe</option>" in body


def test_the_person_filter_offers_this_networks_members_only_named_as_the_rows_name_them(
    place: Place,
) -> None:
    """Current and former members of this network, a young person by first name only and
    never by email; nobody of another network, not even a steward of both's neighbour."""
    youth, minor = _cohort_with_rosa(place, email="rosa@school.example")
    twin = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__full_name="Rosa Ramirez",
        user__age_band=AgeBand.AGE_16_17,
    )
    left = MembershipFactory(network=youth, user__full_name="Lou Leftover")
    membership_status_override(
        membership=left, status=MembershipStatus.REMOVED, note="Moved away", actor=place.steward
    )
    url = reverse("networks:activity", kwargs={"network_slug": youth.slug})

    body = page(client_for(place.steward), url)

    assert options(body) == {
        "": "Anyone",
        str(left.user_id): "Lou Leftover, former member",
        str(minor.user_id): "Rosa (1)",
        str(twin.user_id): "Rosa (2)",
        str(place.steward.pk): "Stella Steward",
    }
    for hidden in ("Quintanilla", "Ramirez", "rosa@school.example", "Otto", "Manu"):
        assert hidden not in body


def test_filtering_by_a_minor_names_them_as_the_rows_do(place: Place) -> None:
    youth, minor = _cohort_with_rosa(place)
    other = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    )
    with scopes_disabled():
        _consent, token = guardian_consent_request(
            user=minor.user, network=youth, guardian_email="guardian@example.org"
        )
        _consent, revoke = guardian_consent_confirm(
            token=token, guardian_name="Gail Guardian", agree=True
        )
        guardian_consent_revoke(token=revoke)
        guardian_consent_request(user=other.user, network=youth, guardian_email="other@example.org")
    # An event of another network about Rosa's consent here is not this network's.
    audit_record(action="roster.exported", network=place.network, target=_consent)
    url = reverse("networks:activity", kwargs={"network_slug": youth.slug})

    body = page(client_for(place.steward), f"{url}?person={minor.user_id}")

    shown = rows(body)
    assert "Guardian withdrew consent a guardian Rosa" in shown
    assert "Guardian gave consent a guardian Rosa" in shown
    assert "Membership suspended the system Rosa" in shown
    assert all(row.endswith("Rosa") for row in shown)
    assert not [row for row in shown if row.startswith("Exported the roster")]
    assert "Quintanilla" not in body


def test_filtering_by_a_concerns_reporter_or_its_lead_never_lists_the_concern(
    db: None,
) -> None:
    """Who reported a concern, and which lead holds it or lifts the hold, is the leads' to
    read: the log does not name them, and its person filter must not give it away by
    listing the concern among that person's events."""
    cohort = _concern_held_and_lifted()
    audit_record(
        action="youth.member_read",
        actor=cohort.steward,
        network=cohort.network,
        target=cohort.youth,
    )
    audit_record(
        action="youth.member_read", actor=cohort.adult, network=cohort.network, target=cohort.youth2
    )
    url = reverse("networks:activity", kwargs={"network_slug": cohort.network.slug})
    client = client_for(cohort.steward)

    reporter = rows(page(client, f"{url}?person={cohort.youth.pk}"))
    lead = rows(page(client, f"{url}?person={cohort.adult.pk}"))
    everyone = rows(page(client, url))

    assert reporter[0].startswith("Read a young person's page ")
    assert lead[0] == "Read a young person's page Ada Adult Yara"
    for row in reporter + lead:
        assert "concern" not in row
    # The unfiltered log still lists the concern and the hold, by no one named.
    assert len([r for r in everyone if "safeguarding concern" in r]) == 3


def test_a_person_of_another_network_is_refused_like_an_unknown_one(place: Place) -> None:
    audit_record(action="roster.exported", actor=place.other_steward, network=place.other)
    audit_record(action="invitation.issued", actor=place.steward, network=place.network)
    client = client_for(place.steward)

    for value in (str(place.other_steward.pk), "987654", "-1", "1e3", place.steward.email):
        response = client.get(place.url(person=value))
        body = response.content.decode()
        assert response.status_code == 400, value
        assert "Choose a person from the list." in body
        assert "Correct the filter above to see the activity." in body
        assert "Sent an invitation" not in body
        assert "Otto Otherland" not in body
        assert "Exported the roster" not in body


def test_query_count_with_a_person_filter_does_not_grow_with_the_rows(place: Place) -> None:
    """One person who did or was the subject of every event: the filter adds no query per
    row, and one for itself: their guardian's consents here, read as a list before the
    events (as a subquery inside the filter's OR, PostgreSQL checked it against every row of
    the network; docs/architecture.md, "The stewards' activity log at 50,000 events")."""
    dana = MembershipFactory(network=place.network, user__full_name="Dana Doe")
    client = client_for(place.steward)
    url = place.url(area="youth", person=str(dana.user_id))
    plain = place.url(area="youth")

    def events(start: int, end: int) -> None:
        for i in range(start, end):
            other = MembershipFactory(network=place.network, user__full_name=f"Other {i}")
            audit_record(
                action="youth.member_read",
                actor=dana.user if i % 2 else other.user,
                network=place.network,
                target=other if i % 2 else dana,
            )

    events(0, 1)
    _queries(client, url)  # warm the caches the page's chrome keeps
    one = _queries(client, url)
    unfiltered = _queries(client, plain)
    events(1, 50)
    # The newest youth event is neither by nor about Dana: the filter leaves it out.
    audit_record(
        action="youth.member_read", actor=place.steward, network=place.network, target=place.member
    )
    fifty = _queries(client, url)
    body = client.get(url).content.decode()

    assert len(rows(body)) == 50
    assert all("Dana Doe" in row for row in rows(body))
    assert "Other 49" in body
    assert fifty == one == unfiltered + 1


def test_an_application_sent_without_an_account_reads_an_applicant(db: None) -> None:
    """A student's youth application and an organization's training application come from
    public forms: nobody signed in, yet someone acted, and "the system" read as automatic
    work."""
    cohort = make_cohort()
    youth_application_submit(
        cycle=cohort.cycle,
        full_name="Sam Student",
        email="sam@school.example",
        guardian_email="pat@parent.example",
        school="Central High",
        city="Tulsa",
        statement="I want to help my neighborhood.",
        references=[ReferenceInput("Terry Teacher", "terry@school.example", "Teacher")],
        conduct=True,
    )
    national = NetworkFactory(slug="nat-two", name="National Two")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    training = cohort_create(
        network=national, name="Cohort A", starts_on=timezone.localdate(), actor=trainer
    )
    cohort_accepting_set(cohort=training, accepting=True, actor=trainer)
    training_application_submit(
        network=national,
        organization="Eastside",
        community="Eastside town",
        why_now="Leaders here rarely meet.",
        landscape="Many groups, little trust.",
        staff=[("Ana One", "ana@east.example"), ("Tom Two", "tom@east.example")],
    )
    training_url = reverse("networks:activity", kwargs={"network_slug": national.slug})

    youth_rows = _cohort_log(cohort.network, cohort.steward)
    training_rows = rows(page(client_for(trainer), training_url))
    spanish = rows(page(client_for(trainer), training_url, HTTP_ACCEPT_LANGUAGE="es"))

    assert youth_rows[0] == "Submitted a youth application an applicant"
    assert training_rows[0] == "Applied for training an applicant"
    assert spanish[0].endswith(" un solicitante")
    assert "Sam" not in " ".join(youth_rows)
    assert "Ana" not in " ".join(training_rows)


def test_an_application_sent_signed_in_names_its_sender_a_minor_by_first_name(
    db: None,
) -> None:
    """Every application read "an applicant", even one a member sent signed in. Now the
    sender is named as any member is (a minor by first name only); an adult sending one for
    a student is named as its sender, and the student, who is no member yet, is named
    nowhere; a form sent with nobody signed in still reads "an applicant"."""
    cohort = make_cohort()
    sent = {
        "guardian_email": "pat@parent.example",
        "school": "Central High",
        "city": "Tulsa",
        "statement": "I want to help my neighborhood.",
        "references": [ReferenceInput("Terry Teacher", "terry@school.example", "Teacher")],
        "conduct": True,
    }
    youth_application_submit(
        cycle=cohort.cycle,
        full_name="Yara Youth1",
        email=cohort.youth.email,
        actor=cohort.youth,
        **sent,
    )
    youth_application_submit(
        cycle=cohort.cycle,
        full_name="Sam Student",
        email="sam@school.example",
        actor=cohort.adult,
        **sent,
    )
    youth_application_submit(
        cycle=cohort.cycle, full_name="Kim Student", email="kim@school.example", **sent
    )
    national = NetworkFactory(slug="nat-two", name="National Two")
    trainer = MembershipFactory(network=national, role=Role.STEWARD).user
    nina = MembershipFactory(network=national, user__full_name="Nina National").user
    training = cohort_create(
        network=national, name="Cohort A", starts_on=timezone.localdate(), actor=trainer
    )
    cohort_accepting_set(cohort=training, accepting=True, actor=trainer)
    # Signed in, but no member of this network: "an applicant", not "someone outside".
    outsider = MembershipFactory(network=NetworkFactory(slug="elsewhere")).user
    for organization, actor in (("Eastside", nina), ("Westside", None), ("Northside", outsider)):
        training_application_submit(
            network=national,
            organization=organization,
            community=f"{organization} town",
            why_now="Leaders here rarely meet.",
            landscape="Many groups, little trust.",
            staff=[("Ana One", f"ana@{organization}.example"), ("Tom Two", "tom@x.example")],
            actor=actor,
        )
    training_url = reverse("networks:activity", kwargs={"network_slug": national.slug})

    youth_rows = _cohort_log(cohort.network, cohort.steward)
    training_rows = rows(page(client_for(trainer), training_url))

    assert [r for r in youth_rows if r.startswith("Submitted a youth application")] == [
        "Submitted a youth application an applicant",
        "Submitted a youth application Ada Adult",
        "Submitted a youth application Yara",
    ]
    assert "Youth1" not in " ".join(youth_rows)
    assert not {"Sam", "Kim"} & set(" ".join(youth_rows).split())
    assert [r for r in training_rows if r.startswith("Applied for training")] == [
        "Applied for training an applicant",
        "Applied for training an applicant",
        "Applied for training Nina National",
    ]
