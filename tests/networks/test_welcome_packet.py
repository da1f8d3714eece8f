"""The welcome page tells each member what is true for them: the packet of their network's
kind (national, local, youth cohort), a greeting worded from how they actually joined, and,
for a student, no organization or title to fill in (networks/defaults.py, `welcome`).

Walked as youth@example.org in the demo: a student read "You were nominated by a fellow
member" and "We meet four times a year: three in person, one virtual", the national packet."""

from __future__ import annotations

from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from django_scopes import scopes_disabled

from collaboratory.networks.defaults import PACKET_DEFAULTS, PREVIOUS_PACKET
from collaboratory.networks.models import MembershipSettings, NetworkKind
from collaboratory.networks.services import (
    invitation_create,
    membership_settings_update,
    nomination_decide,
)
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory, NominationFactory
from tests.networks.test_guardian_consent import invite_and_accept
from tests.networks.test_invitations import ACCEPT, landing

NATIONAL_ONLY = "four times a year"


def _welcome(user: User | None, slug: str) -> str:
    return client_for(user).get(f"/n/{slug}/welcome/").content.decode()


def test_a_student_reads_the_youth_cohorts_packet(world: World) -> None:
    page = _welcome(world.personas["youth_member"], "alpha-youth")

    assert "<h3>Welcome to the Youth Collaboratory</h3>" in page
    assert "Power Project" in page
    assert "<strong>Two in-person gatherings.</strong>" in page
    assert "watch the recording" in page  # the make-up for a missed session
    assert NATIONAL_ONLY not in page
    assert "nominated" not in page


def test_a_student_is_not_offered_an_organization_and_title(world: World) -> None:
    student = _welcome(world.personas["youth_member"], "alpha-youth")
    adult = _welcome(world.personas["member"], "alpha")

    assert 'href="/n/alpha-youth/my-organization/"' not in student  # a student has none
    assert "Your organization and title here" not in student
    assert 'href="/n/alpha/my-organization/"' in adult


def test_a_local_network_reads_the_local_packet(world: World) -> None:
    local = NetworkFactory(slug="riverside", kind=NetworkKind.LOCAL, parent=world.alpha)
    member = MembershipFactory(network=local).user

    page = _welcome(member, "riverside")

    assert "Your stewards set how often and where this network meets" in page
    assert NATIONAL_ONLY not in page
    assert "Power Project" not in page


def test_the_national_packet_keeps_the_national_rhythm_and_claims_no_nomination(
    world: World,
) -> None:
    page = _welcome(world.personas["member"], "alpha")

    assert "<h3>Welcome to the Collaboratory</h3>" in page
    assert NATIONAL_ONLY in page
    assert "nominated" not in page  # the world's member joined with no invitation on record
    assert "Welcome to Alpha Collaboratory." in page


def test_a_network_still_holding_the_previous_default_reads_its_own_kinds_packet(
    world: World,
) -> None:
    """Rows stored before the defaults differed by kind hold the old national text: it was
    never a steward's, so the youth cohort reads the youth packet."""
    with scopes_disabled():
        membership_settings_update(
            network=world.youth, actor=world.personas["steward"], packet_markdown=PREVIOUS_PACKET
        )

    page = _welcome(world.personas["youth_member"], "alpha-youth")

    assert "Power Project" in page
    assert "nominated" not in page


def test_a_packet_a_steward_wrote_is_kept_as_written(world: World) -> None:
    typed = "## Our cohort\n\nWe were all nominated by our teachers."
    client_for(world.personas["steward"]).post(
        "/n/alpha-youth/membership/settings/",
        {
            "check_in_after_months": "12",
            "remove_after_months": "24",
            "invitation_valid_days": "7",
            "packet_markdown": typed,
            "criteria": "Curious.",
        },
    )

    page = _welcome(world.personas["youth_member"], "alpha-youth")

    with scopes_disabled():
        assert MembershipSettings.objects.get(network=world.youth).packet_markdown == typed
    assert "<h3>Our cohort</h3>" in page
    assert "We were all nominated by our teachers." in page
    assert "Power Project" not in page


def test_the_stewards_settings_show_the_default_of_their_networks_kind(world: World) -> None:
    steward = client_for(world.personas["steward"])

    youth = steward.get("/n/alpha-youth/membership/settings/").content.decode()
    national = steward.get("/n/alpha/membership/settings/").content.decode()

    assert "Welcome to the Youth Collaboratory" in youth
    assert NATIONAL_ONLY not in youth
    assert NATIONAL_ONLY in national
    assert "Power Project" not in national


def test_the_youth_settings_saved_unchanged_stay_the_default_in_every_language(
    world: World,
) -> None:
    user_language_set(user=world.personas["steward"], language="es")  # type: ignore[arg-type]
    with translation.override("es"):
        spanish = gettext(PACKET_DEFAULTS[NetworkKind.YOUTH])
    steward = client_for(world.personas["steward"])
    assert (
        escape(spanish.splitlines()[0])
        in steward.get("/n/alpha-youth/membership/settings/").content.decode()
    )

    steward.post(
        "/n/alpha-youth/membership/settings/",
        {
            "check_in_after_months": "12",
            "remove_after_months": "24",
            "invitation_valid_days": "7",
            "packet_markdown": spanish.replace("\n", "\r\n").strip(),
            "criteria": "Curious.",
        },
    )

    with scopes_disabled():
        stored = MembershipSettings.objects.get(network=world.youth).packet_markdown
    assert stored == PACKET_DEFAULTS[NetworkKind.YOUTH]
    assert "Power Project" in _welcome(world.personas["youth_member"], "alpha-youth")


def test_a_spanish_student_reads_the_youth_packet_in_spanish(world: World) -> None:
    user_language_set(user=world.personas["youth_member"], language="es")  # type: ignore[arg-type]

    page = _welcome(world.personas["youth_member"], "alpha-youth")

    assert "<h3>Te damos la bienvenida al Youth Collaboratory</h3>" in page
    assert "Proyecto de Poder" in page
    assert "Welcome to the Youth Collaboratory" not in page


def test_a_nominee_reads_that_a_fellow_member_nominated_them(world: World) -> None:
    steward = world.personas["steward"]
    nomination = NominationFactory(
        network=world.alpha, nominee_name="Nia Newcomer", nominee_email="nia@example.org"
    )
    with scopes_disabled():
        nomination_decide(nomination=nomination, accept=True, note="", actor=steward)  # type: ignore[arg-type]
        _invitation, token = invitation_create(
            network=world.alpha,
            email="nia@example.org",
            full_name="Nia Newcomer",
            nomination=nomination,
            actor=steward,  # type: ignore[arg-type]
        )
    client = client_for(None)
    client.post(landing(token), ACCEPT)

    page = client.get("/n/alpha/welcome/").content.decode()

    assert (
        "A fellow member nominated you, and the stewards invited you to join Alpha Collaboratory."
        in page
    )


def test_someone_invited_directly_is_not_told_they_were_nominated(world: World) -> None:
    with scopes_disabled():
        _invitation, token = invitation_create(
            network=world.alpha,
            email="nia@example.org",
            full_name="Nia Newcomer",
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )
    client = client_for(None)
    client.post(landing(token), ACCEPT)

    page = client.get("/n/alpha/welcome/").content.decode()

    assert "You were invited to join Alpha Collaboratory." in page
    assert "nominated" not in page


def test_an_invited_student_reads_they_were_invited_to_the_youth_cohort(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    link = invite_and_accept(world, django_capture_on_commit_callbacks)
    client_for(None).post(link, {"guardian_name": "Pat Parent", "agree": "on"})
    student = User.objects.get(email="sol@student.example")

    page = _welcome(student, "alpha-youth")

    assert "You were invited to join the youth cohort Alpha Youth." in page
    assert "nominated" not in page
    assert 'href="/n/alpha-youth/my-organization/"' not in page


def test_the_network_home_and_the_welcome_page_agree_on_who_is_a_student(world: World) -> None:
    """One rule for both pages (`Membership.is_student`): a youth member, whatever their age."""
    admin_member = world.personas["admin_member"]
    home = client_for(admin_member).get("/n/alpha-youth/").content.decode()
    welcome = _welcome(admin_member, "alpha-youth")

    # An adult member of the cohort (not a student) is offered both.
    assert 'href="/n/alpha-youth/my-organization/"' in home
    assert 'href="/n/alpha-youth/my-organization/"' in welcome
