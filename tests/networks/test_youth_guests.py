"""Youth guests (issue 14): a member of the youth cohort under Alpha takes part in Alpha's
shared gathering (youth take part) without being a member of Alpha. The matrix of every
route is tests/authz/test_youth_guests.py; here, what a guest does there and what adults
see of them."""

from __future__ import annotations

import json
import re
import uuid
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.live.selectors import (
    PhoneAccess,
    live_listener_allowed,
    phone_access,
)
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.selectors import minor_name
from collaboratory.followthrough.models import ProjectUpdate
from collaboratory.followthrough.services import (
    project_update_post,
    project_update_send,
    reminders_send_due,
)
from collaboratory.gatherings.models import (
    Attendance,
    Gathering,
    GatheringFormat,
    Rsvp,
    RsvpStatus,
)
from collaboratory.gatherings.selectors import check_in_code_for, check_in_day
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create, rsvp_submit
from collaboratory.networks.models import Network
from collaboratory.people.models import AgeBand, User
from tests.authz.objects import shared_commitment, shared_gathering
from tests.conftest import World, client_for

YOUTH_EMAIL = "youth@alpha.example"


def _url(world: World, name: str, **kwargs: Any) -> str:
    return reverse(name, kwargs={"network_slug": world.alpha.slug, **kwargs})


def _youth(world: World) -> User:
    user = world.personas["youth_member"]
    assert user is not None
    return user


def _checked_in(world: World, gathering_id: int, user: User) -> None:
    with scopes_disabled():
        part = Gathering.objects.get(pk=gathering_id).parts.get()
    attendance_bulk_record(
        network=world.alpha, entries=[(part.pk, user.pk)], source=Attendance.Source.DOOR_LIST
    )


def _commit(world: World, user: User, **overrides: Any) -> Any:
    shared = shared_gathering(world)
    data = {
        "proposal": shared["proposal"],
        "capital": "social",
        "what": "I will introduce you to 2 youth groups by June 1",
        "amount": "2",
        "unit": "introductions",
        "due_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "idempotency_key": str(uuid.uuid4()),
        **overrides,
    }
    return client_for(user).post(
        _url(world, "live:submit", gathering_id=shared["gathering"]),
        json.dumps(data),
        content_type="application/json",
    )


def test_the_guest_sees_the_gathering_page_without_the_networks_navigation(world: World) -> None:
    shared = shared_gathering(world)

    page = client_for(_youth(world)).get(_url(world, "gatherings:detail", pk=shared["gathering"]))

    body = page.content.decode()
    assert page.status_code == 200
    assert "Shared gathering" in body
    assert "as a member of your youth cohort" in body
    assert f'href="{_url(world, "networks:directory")}"' not in body
    assert f'href="{_url(world, "gatherings:list")}"' not in body
    assert "Travel stipend" not in body


def test_a_guest_who_turned_18_is_not_told_a_guardian_hears_of_their_rsvp(world: World) -> None:
    """From the 18th birthday the guardian's part ends (architecture.md, "Turning 18"): the
    page must not promise the young adult an email to a guardian who no longer gets one."""
    shared = shared_gathering(world)
    url = _url(world, "gatherings:detail", pk=shared["gathering"])
    assert "Your guardian gets an email" in client_for(_youth(world)).get(url).content.decode()

    with scopes_disabled():
        User.objects.filter(pk=_youth(world).pk).update(age_band=AgeBand.AGE_18_29)
    body = client_for(_youth(world)).get(url).content.decode()

    assert "as a member of your youth cohort" in body
    assert "Your guardian gets an email" not in body


def test_the_guest_gets_404_on_the_hosts_other_gathering_and_pages(world: World) -> None:
    shared_gathering(world)
    client = client_for(_youth(world))

    other = client.get(_url(world, "gatherings:detail", pk=world.gatherings["alpha"].pk))
    home = client.get(_url(world, "networks:home"))

    assert (other.status_code, home.status_code) == (404, 404)


def test_the_guests_links_lead_to_pages_they_may_open(world: World) -> None:
    """The host network's home and its call for presenters are 404 for a guest: the header's
    network name leads to the gathering their pass opens, and the "Not yet" answer to proposing at
    a gathering whose call is over leads back to that gathering."""
    shared = shared_gathering(world)
    with scopes_disabled():  # the call for presenters closed yesterday
        Gathering.objects.filter(pk=shared["gathering"]).update(
            proposal_deadline=timezone.now() - timedelta(days=1)
        )
        # A guest with no proposal of their own there: Propose opens the one they have.
        Proposal.objects.filter(pk=shared["power_project"]).update(state="withdrawn")
    client = client_for(_youth(world))
    gathering_url = _url(world, "gatherings:detail", pk=shared["gathering"])

    page = client.get(gathering_url).content.decode()
    refused = client.get(_url(world, "creditclub:proposal_new", gathering_id=shared["gathering"]))

    assert f'class="brand" href="{gathering_url}"' in page
    assert f'href="{_url(world, "networks:home")}"' not in page
    assert refused.status_code == 200
    assert "Not yet" in refused.content.decode()
    assert f'href="{gathering_url}"' in refused.content.decode()
    assert f'href="{_url(world, "creditclub:call")}"' not in refused.content.decode()


def test_the_guests_header_names_the_host_leads_to_her_gathering_and_back_home(
    world: World,
) -> None:
    """On every page of the host her pass opens, the header named the host but its link went
    to her cohort's home: the brand now leads to the host's gathering her pass opens (a page
    that answers her), and a separate link, named, leads back to her cohort."""
    shared = shared_gathering(world)
    commitment = shared_commitment(world)
    client = client_for(_youth(world))
    gathering_url = _url(world, "gatherings:detail", pk=shared["gathering"])
    cohort_home = reverse("networks:home", kwargs={"network_slug": world.youth.slug})
    brand = re.compile(r'<a class="brand" href="([^"]*)">([^<]*)<small>')

    pages = [
        client.get(url)
        for url in (
            gathering_url,
            _url(world, "followthrough:commitment", commitment_id=commitment),
            _url(world, "followthrough:gratitude", gathering_id=shared["gathering"]),
        )
    ]
    landing = client.get(gathering_url)
    cohort = client.get(cohort_home)

    for page in pages:
        body = page.content.decode()
        assert page.status_code == 200
        assert brand.findall(body) == [(gathering_url, world.alpha.name)]
        assert f'<a href="{cohort_home}">Back to {world.youth.name}</a>' in body
    assert (landing.status_code, cohort.status_code) == (200, 200)
    # At home, the cohort's own header: its name, its home, no way "back".
    home_body = cohort.content.decode()
    assert brand.findall(home_body) == [(cohort_home, world.youth.name)]
    assert "Back to" not in home_body


def test_a_cohort_member_who_is_not_a_youth_member_is_no_guest(world: World) -> None:
    shared = shared_gathering(world)
    adult_in_cohort = world.personas["admin_member"]

    page = client_for(adult_in_cohort).get(_url(world, "gatherings:detail", pk=shared["gathering"]))

    assert page.status_code == 404


def test_the_guests_rsvp_is_stored_and_their_guardian_is_told(world: World) -> None:
    shared = shared_gathering(world)
    mail.outbox.clear()

    response = client_for(_youth(world)).post(
        _url(world, "gatherings:detail", pk=shared["gathering"]),
        {"action": "rsvp", "answer": "yes", "both_parts": "on"},
    )

    assert response.status_code == 302
    with scopes_disabled():
        rsvp = Rsvp.objects.get(gathering_id=shared["gathering"], user=_youth(world))
    assert rsvp.status == RsvpStatus.CONFIRMED
    told = [m for m in mail.outbox if m.to == ["guardian@alpha.example"]]
    assert len(told) == 1
    assert "Shared gathering" in told[0].subject
    assert "Shared gathering: Coming." in told[0].body


def test_the_guest_may_not_ask_for_a_stipend_or_send_a_substitute(world: World) -> None:
    shared = shared_gathering(world)

    response = client_for(_youth(world)).post(
        _url(world, "gatherings:detail", pk=shared["gathering"]),
        {"action": "substitute", "sub_name": "Sam", "sub_email": "sam@example.org"},
    )

    assert response.status_code == 403


def test_the_guest_commits_from_the_phone_and_the_adults_board_shows_no_contact(
    world: World,
) -> None:
    shared = shared_gathering(world)
    youth = _youth(world)
    _checked_in(world, shared["gathering"], youth)

    response = _commit(world, youth)
    board = client_for(world.personas["member"]).get(
        _url(world, "live:board", gathering_id=shared["gathering"])
    )
    roll_call = client_for(world.personas["member"]).get(
        _url(world, "followthrough:gratitude", gathering_id=shared["gathering"])
    )
    followup = client_for(world.personas["member"]).get(
        _url(
            world,
            "live:followup",
            gathering_id=shared["gathering"],
            proposal_id=shared["proposal"],
        )
    )

    assert response.status_code == 201
    assert response.json()["commitment"]["committer"] == youth.full_name
    for page in (board, roll_call, followup):
        assert page.status_code == 200
        assert YOUTH_EMAIL not in page.content.decode()
    # The roll call lists commitments once kept; the board and follow-up list at once. The
    # board, which the whole room reads, and the presenter's list name the young guest by
    # first name only.
    assert f'<td data-label="Who">{minor_name(youth.full_name)}</td>' in followup.content.decode()
    assert youth.full_name not in followup.content.decode()
    assert youth.full_name not in board.content.decode()
    assert f"<strong>{minor_name(youth.full_name)}</strong>" in board.content.decode()
    assert "Through a steward (youth member)" in followup.content.decode()


def test_the_guest_must_check_in_before_committing(world: World) -> None:
    response = _commit(world, _youth(world))

    assert response.status_code == 403
    with scopes_disabled():
        assert not Commitment.objects.filter(committer=_youth(world)).exists()


def test_the_guest_listens_to_the_shared_gathering_only(world: World) -> None:
    shared = shared_gathering(world)
    youth = _youth(world)

    with scopes_disabled():
        shared_ok = live_listener_allowed(
            network=world.alpha, gathering_id=shared["gathering"], user_id=youth.pk
        )
        other = live_listener_allowed(
            network=world.alpha, gathering_id=world.gatherings["alpha"].pk, user_id=youth.pk
        )

    assert (shared_ok, other) == (True, False)


def test_adults_commit_to_the_guests_power_project_in_the_room(world: World) -> None:
    shared = shared_gathering(world)
    member = world.personas["member"]
    assert member is not None
    _checked_in(world, shared["gathering"], member)

    response = _commit(world, member, proposal=shared["power_project"])

    assert response.status_code == 201
    with scopes_disabled():
        power = Proposal.objects.get(pk=shared["power_project"])
        received = list(Commitment.objects.filter(proposal=power).values_list("committer_id"))
    assert (power.power_stage, received) == ("idea", [(member.pk,)])


def test_a_refused_guest_is_audited(world: World) -> None:
    shared_gathering(world)

    client_for(_youth(world)).get(_url(world, "networks:directory"))

    with scopes_disabled():
        denied = AuditEvent.objects.filter(action="access.denied", actor=_youth(world)).count()
    assert denied == 1


def test_the_guest_checks_in_with_the_days_code(world: World) -> None:
    """A gathering under way that youth take part in: the guest checks in with the code shown
    in the room, like a member, and may then commit from the phone."""
    now = timezone.now()
    with scopes_disabled():
        gathering = gathering_create(
            network=world.alpha,
            title="Under way",
            format="in_person",
            youth_take_part=True,
            parts=[("Meeting", now - timedelta(hours=1), now + timedelta(hours=6))],
        )
        part = gathering.parts.get()
        day = check_in_day(part=part, zone=ZoneInfo(world.alpha.time_zone))
        code = check_in_code_for(gathering=gathering, day=day)
    youth = _youth(world)

    response = client_for(youth).post(
        _url(world, "gatherings:check_in", pk=gathering.pk, code=code)
    )

    assert response.status_code == 302
    with scopes_disabled():
        assert Attendance.objects.filter(part=part, user=youth).count() == 1
        assert phone_access(user=youth, gathering=gathering) is PhoneAccess.ALLOWED


def test_the_guest_can_report_a_concern_to_their_cohort_from_the_host_page(world: World) -> None:
    """Safeguards: "Report a concern" on every page a youth member sees, the host's gathering
    included; it goes to their own cohort's safeguarding leads. Adults there see no link."""
    shared = shared_gathering(world)
    url = _url(world, "gatherings:detail", pk=shared["gathering"])
    concern = f"/n/{world.youth.slug}/youth/concern/"

    guest_page = client_for(_youth(world)).get(url).content.decode()
    adult_page = client_for(world.personas["member"]).get(url).content.decode()

    assert f'href="{concern}?from=' in guest_page
    assert "Report a concern" not in adult_page


def test_the_cohorts_gatherings_list_leads_a_youth_member_to_the_hosts_gatherings(
    world: World,
) -> None:
    """Youth take part in their host's gatherings, and nothing in their own network led
    there: the cohort's list now names the host's coming gatherings that youth take part in,
    linking to the pages their pass opens. Not a host gathering without youth, not a past
    one, not another network's; and not shown to the host's adults or the cohort's adults."""
    shared = shared_gathering(world)
    with scopes_disabled():
        steward = world.personas["steward"]
        assert steward is not None
        starts = timezone.now() + timedelta(days=12)
        gathering_create(
            network=world.alpha,
            title="Adults-only retreat",
            format=GatheringFormat.IN_PERSON,
            parts=[("Meeting", starts, starts + timedelta(hours=3))],
        )
        past = timezone.now() - timedelta(days=40)
        gathering_create(
            network=world.alpha,
            title="Last spring with youth",
            format=GatheringFormat.IN_PERSON,
            youth_take_part=True,
            parts=[("Meeting", past, past + timedelta(hours=3))],
        )
        gathering_create(
            network=world.bravo,
            title="Bravo with youth",
            format=GatheringFormat.IN_PERSON,
            youth_take_part=True,
            parts=[("Meeting", starts, starts + timedelta(hours=3))],
        )
        shared_page = reverse(
            "gatherings:detail",
            kwargs={"network_slug": world.alpha.slug, "pk": shared["gathering"]},
        )
    cohort_list = reverse("gatherings:list", kwargs={"network_slug": world.youth.slug})

    body = client_for(_youth(world)).get(cohort_list).content.decode()

    assert f"With {world.alpha.name}" in body
    assert f'href="{shared_page}"' in body
    assert "Shared gathering" in body
    for absent in ("Adults-only retreat", "Last spring with youth", "Bravo with youth"):
        assert absent not in body
    assert client_for(_youth(world)).get(shared_page).status_code == 200
    # The cohort's steward (an adult) reads the same list without the section: the host's
    # pages open to youth members by their pass, not to the cohort's adults.
    assert "Shared gathering" not in client_for(steward).get(cohort_list).content.decode()


def test_the_cohorts_home_leads_a_youth_member_to_the_hosts_gathering(world: World) -> None:
    """The cohort's home said only "No gathering is scheduled yet" while its youth were
    expected at the host's gathering: it now lists the host's gatherings youth take part in.
    The host's adults see no such section on their home."""
    shared = shared_gathering(world)
    shared_page = _url(world, "gatherings:detail", pk=shared["gathering"])

    youth_home = client_for(_youth(world)).get(f"/n/{world.youth.slug}/").content.decode()
    adult_home = client_for(world.personas["member"]).get(_url(world, "networks:home"))

    assert f"With {world.alpha.name}" in youth_home
    assert f'href="{shared_page}"' in youth_home
    assert f"With {world.alpha.name}" not in adult_home.content.decode()


def test_a_guests_reminder_links_to_their_own_commitment_which_they_open_and_act_on(
    world: World,
) -> None:
    """The guest is no member of the host: My commitments there is 404 for them. Their
    reminder leads to the one page of the host they can act on: their own commitment."""
    shared = shared_gathering(world)
    youth = _youth(world)
    _checked_in(world, shared["gathering"], youth)
    assert _commit(world, youth).status_code == 201
    with scopes_disabled():
        commitment = Commitment.objects.get(committer=youth)
    mail.outbox.clear()

    with scope(network=world.alpha):
        reminders_send_due(network=world.alpha, now=timezone.now() + timedelta(days=29))

    to_youth = [m.body for m in mail.outbox if m.to == [YOUTH_EMAIL]]
    assert len(to_youth) == 1
    page = _url(world, "followthrough:commitment", commitment_id=commitment.pk)
    assert re.findall(r"https?://[^/\s]+(/n/\S+)", to_youth[0]) == [page]
    client = client_for(youth)
    opened = client.get(page)
    assert opened.status_code == 200
    assert commitment.what in opened.content.decode()
    # The presenter's proposal page is not the guest's to open: its title is no link.
    assert f'href="{_url(world, "followthrough:mine")}"' not in opened.content.decode()
    assert _url(world, "creditclub:proposal", proposal_id=shared["proposal"]) not in (
        opened.content.decode()
    )
    assert "Member&#x27;s project" in opened.content.decode()
    moved = client.post(
        _url(world, "followthrough:act", commitment_id=commitment.pk),
        {"to": "in_progress", "next": page},
    )
    assert (moved.status_code, moved["Location"]) == (302, page)
    commitment.refresh_from_db()
    assert commitment.status == "in_progress"


def test_a_guest_presenter_thanks_their_committers_and_posts_an_update_from_their_project(
    world: World,
) -> None:
    """The guest's own Power Project page lists the adults' commitments with "Thank and
    accept" and the update form; those led to 404 pages for a guest. Their reminder to
    thank leads to that page, not to the host's My commitments."""
    shared = shared_gathering(world)
    member = world.personas["member"]
    assert member is not None
    _checked_in(world, shared["gathering"], member)
    assert _commit(world, member, proposal=shared["power_project"]).status_code == 201
    with scopes_disabled():
        commitment = Commitment.objects.get(proposal_id=shared["power_project"])
    mail.outbox.clear()

    with scope(network=world.alpha):
        reminders_send_due(network=world.alpha, now=timezone.now() + timedelta(days=3))

    to_youth = [m.body for m in mail.outbox if m.to == [YOUTH_EMAIL]]
    assert len(to_youth) == 1
    project = _url(world, "creditclub:proposal", proposal_id=shared["power_project"])
    assert re.findall(r"https?://[^/\s]+(/n/\S+)", to_youth[0]) == [project]
    client = client_for(_youth(world))
    page = client.get(project).content.decode()
    detail = _url(world, "followthrough:commitment", commitment_id=commitment.pk)
    assert detail in page
    assert client.get(detail).status_code == 200
    thanked = client.post(
        _url(world, "followthrough:act", commitment_id=commitment.pk),
        {"to": "acknowledged", "next": project},
    )
    updated = client.post(
        _url(world, "followthrough:project_update", proposal_id=shared["power_project"]),
        {"text": "We met the principal and got the gym May 3.", "idempotency_key": uuid.uuid4()},
    )

    assert (thanked.status_code, thanked["Location"]) == (302, project)
    assert updated.status_code == 302
    commitment.refresh_from_db()
    assert commitment.status == "acknowledged"
    with scopes_disabled():
        assert ProjectUpdate.objects.filter(proposal_id=shared["power_project"]).count() == 1


def test_project_news_leads_a_guest_to_their_own_commitment_not_the_project_page(
    world: World,
) -> None:
    """The presenter's project page is the host members': a guest who committed to it reads
    the news where they can act, on their commitment to it."""
    shared = shared_gathering(world)
    youth, member = _youth(world), world.personas["member"]
    assert member is not None
    _checked_in(world, shared["gathering"], youth)
    assert _commit(world, youth).status_code == 201
    with scopes_disabled():
        commitment = Commitment.objects.get(committer=youth)
        proposal = Proposal.objects.get(pk=shared["proposal"])
        update = project_update_post(
            proposal=proposal,
            author=member,
            text="We found a venue for the fair.",
            link="",
            idempotency_key=uuid.uuid4(),
        )
    mail.outbox.clear()

    with scopes_disabled():
        project_update_send(update=update)

    to_youth = [m.body for m in mail.outbox if m.to == [YOUTH_EMAIL]]
    assert len(to_youth) == 1
    assert "We found a venue for the fair." in to_youth[0]
    page = _url(world, "followthrough:commitment", commitment_id=commitment.pk)
    assert re.findall(r"https?://[^/\s]+(/n/\S+)", to_youth[0]) == [page]
    assert client_for(youth).get(page).status_code == 200


def test_the_guardian_reads_the_gatherings_time_on_its_networks_clock_with_the_zone_named(
    world: World,
) -> None:
    """The "When:" line used whatever zone was active (UTC for the API or a task) and named
    none, so a guardian read 23:00 for a gathering at 6 pm in New York."""
    shared = shared_gathering(world)
    with scopes_disabled():
        Network.objects.filter(pk=world.alpha.pk).update(time_zone="America/New_York")
        gathering = Gathering.objects.select_related("network").get(pk=shared["gathering"])
    mail.outbox.clear()

    with scopes_disabled(), timezone.override("UTC"):
        rsvp_submit(gathering=gathering, user=_youth(world), answer="yes", both_parts=True)

    told = [m for m in mail.outbox if m.to == ["guardian@alpha.example"]]
    local = gathering.starts_at.astimezone(ZoneInfo("America/New_York"))
    assert f"When: {local:%Y-%m-%d %H:%M} (America/New_York)" in told[0].body


def _promised_to_the_power_project(world: World) -> tuple[dict[str, int], Commitment]:
    """The member (an adult of Alpha) commits to the guest's Power Project in the room, and
    the steward to the member's own project (another project: never the guest's to read)."""
    shared = shared_gathering(world)
    member, steward = world.personas["member"], world.personas["steward"]
    assert member is not None
    assert steward is not None
    for adult in (member, steward):
        _checked_in(world, shared["gathering"], adult)
    assert _commit(world, member, proposal=shared["power_project"]).status_code == 201
    other = _commit(world, steward, what="We will host your fair in our hall on May 9")
    assert other.status_code == 201
    with scopes_disabled():
        return shared, Commitment.objects.get(proposal_id=shared["power_project"])


def test_the_guest_presenter_reads_on_her_cohorts_my_commitments_what_the_host_promised(
    world: World,
) -> None:
    """Her cohort's My commitments said "Nothing here" about what the host's room promised
    her Power Project: it now lists those commitments (state, due day, who) under the host's
    name, each linked to its page at the host, which her pass opens. Names only, no
    address; not another project's commitments."""
    shared, commitment = _promised_to_the_power_project(world)
    client = client_for(_youth(world))

    body = client.get(f"/n/{world.youth.slug}/follow-through/").content.decode()

    assert f"Promised to your project at {world.alpha.name}" in body
    section = body.split(f"Promised to your project at {world.alpha.name}", 1)[1]
    assert "I will introduce you to 2 youth groups by June 1" in section
    member = world.personas["member"]
    assert member is not None
    assert f"from {member.full_name}" in section
    assert 'class="status-badge">Offered<' in section
    assert f"due {commitment.due_text}" in section
    page = _url(world, "followthrough:commitment", commitment_id=commitment.pk)
    assert f'href="{page}"' in section
    assert "member@alpha.example" not in body
    assert "steward@alpha.example" not in body
    assert "We will host your fair in our hall on May 9" not in body
    project = _url(world, "creditclub:proposal", proposal_id=shared["power_project"])
    followup = _url(
        world,
        "live:followup",
        gathering_id=shared["gathering"],
        proposal_id=shared["power_project"],
    )
    assert f'href="{project}"' in body
    assert f'href="{followup}"' in body
    assert [client.get(url).status_code for url in (page, project, followup)] == [200] * 3


def test_what_the_host_promised_her_goes_when_her_guest_pass_does(world: World) -> None:
    """The pass (networks/guests.py) holds while the gathering lets youth take part and she
    is an admitted youth member of a cohort under the host: once the gathering no longer
    does, its pages are 404 to her and her cohort's page lists nothing of it either. The
    cohort's adults never get the section."""
    shared, commitment = _promised_to_the_power_project(world)
    url = f"/n/{world.youth.slug}/follow-through/"
    with scopes_disabled():
        Gathering.objects.filter(pk=shared["gathering"]).update(youth_take_part=False)

    body = client_for(_youth(world)).get(url).content.decode()
    adult = client_for(world.personas["admin_member"]).get(url).content.decode()

    assert "Promised to your project at" not in body
    assert "I will introduce you to 2 youth groups by June 1" not in body
    assert "Promised to your project at" not in adult
    page = _url(world, "followthrough:commitment", commitment_id=commitment.pk)
    assert client_for(_youth(world)).get(page).status_code == 404


def test_the_hosts_gathering_page_leads_the_guest_presenter_to_her_project(world: World) -> None:
    """The host's gathering page named nothing of the Power Project she brought: a guest
    presenter now finds her project and its follow-up list there; the host's members do not
    (the page's shared parts carry no one's project)."""
    shared = shared_gathering(world)
    gathering = _url(world, "gatherings:detail", pk=shared["gathering"])
    project = _url(world, "creditclub:proposal", proposal_id=shared["power_project"])
    followup = _url(
        world,
        "live:followup",
        gathering_id=shared["gathering"],
        proposal_id=shared["power_project"],
    )

    guest_page = client_for(_youth(world)).get(gathering).content.decode()
    member_page = client_for(world.personas["member"]).get(gathering).content.decode()

    assert f'href="{project}"' in guest_page
    assert f'href="{followup}"' in guest_page
    assert "Youth Power Project" in guest_page
    assert project not in member_page
    assert followup not in member_page


def test_what_the_guest_promised_at_the_host_is_on_her_cohorts_my_commitments(
    world: World,
) -> None:
    """ "What I owe" on her cohort's page said "Nothing here" while she owed a host presenter
    an introduction (only the reminder emails named it): her commitments at the host's
    gatherings that let youth take part are listed there too, each linked to its page her
    pass opens, and go when the pass does."""
    commitment = shared_commitment(world)
    shared = shared_gathering(world)
    url = f"/n/{world.youth.slug}/follow-through/"
    client = client_for(_youth(world))

    body = client.get(url).content.decode()

    assert f"What you promised at {world.alpha.name}" in body
    section = body.split(f"What you promised at {world.alpha.name}", 1)[1]
    assert "I will bring 5 classmates to volunteer on May 3" in section
    assert "(Member&#x27;s project)" in section
    page = _url(world, "followthrough:commitment", commitment_id=commitment)
    assert f'href="{page}"' in section
    assert client.get(page).status_code == 200
    with scopes_disabled():
        Gathering.objects.filter(pk=shared["gathering"]).update(youth_take_part=False)
    assert "I will bring 5 classmates" not in client.get(url).content.decode()
