"""A student's address is closed to a steward's invitation, and says nothing of why.

No steward is shown a student's address (roster, invitations page, applications), yet the
invitation form answered "This person is already in the network." for it, "... now
Suspended" once the student's guardian had withdrawn consent, and "An invitation to ... is
already waiting" for a student's invitation; the roster import said "Already a member" or
named high-school students; the nominations queue wrote "Already has a membership" under a
nominated student. Whoever typed an address learned it was a minor's. Every such address now
gets the one answer an address that reaches nobody (`.invalid`) gets too."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation, Membership, MembershipStatus, Role, Sector
from collaboratory.networks.roster_messages import RowMessage
from collaboratory.networks.services import invitation_create, nomination_create
from tests.conftest import World, client_for

CLOSED = "This address cannot be invited."
CLOSED_LINE = "This address cannot be invited: remove the line."
NOWHERE = "sample-7@practice.invalid"


def _invite(world: World, slug: str, email: str, role: str = Role.MEMBER):  # type: ignore[no-untyped-def]
    form = {"full_name": "Someone Typed", "email": email, "role": role}
    if role == Role.YOUTH_MEMBER:
        form["guardian_email"] = "a.parent@family.example"
    return client_for(world.personas["steward"]).post(f"/n/{slug}/invitations/", form)


def _email_errors(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, "the form should have been refused"
    return list(response.context["form"].errors.get("email", []))


@pytest.mark.parametrize("status", [MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED])
@pytest.mark.parametrize("role", [Role.MEMBER, Role.YOUTH_MEMBER, Role.STEWARD])
def test_a_cohort_students_address_is_answered_as_one_that_reaches_nobody(
    world: World, status: str, role: str
) -> None:
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        Membership.objects.filter(network=world.youth, user=youth).update(status=status)

    student = _invite(world, "alpha-youth", youth.email, role)
    nowhere = _invite(world, "alpha-youth", NOWHERE, role)

    assert _email_errors(student) == _email_errors(nowhere) == [CLOSED]
    body = student.content.decode()
    assert "already" not in body
    assert "Suspended" not in body
    with scopes_disabled():
        assert not Invitation.objects.filter(email__in=[youth.email, NOWHERE]).exists()


def test_a_minors_address_in_an_adult_network_is_refused_in_the_same_words(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The form sent an adult network's invitation to a minor's address (the import refused
    the same address, naming students): the form and the import now answer alike."""
    youth = world.personas["youth_member"]
    assert youth is not None
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        student = _invite(world, "alpha", youth.email)

    assert _email_errors(student) == _email_errors(_invite(world, "alpha", NOWHERE)) == [CLOSED]
    assert mail.outbox == []
    with scopes_disabled():
        assert not Invitation.objects.filter(email=youth.email).exists()


def test_a_students_waiting_invitation_is_not_told_to_another_steward(world: World) -> None:
    """The invitations page hides a student's address; the form told it back ("An
    invitation to ... is already waiting") to whoever typed it."""
    with scopes_disabled():
        invitation_create(
            network=world.youth,
            email="sol@student.example",
            full_name="Sol Student",
            role=Role.YOUTH_MEMBER,
            guardian_email="parent@family.example",
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )

    as_student = _invite(world, "alpha-youth", "sol@student.example", Role.YOUTH_MEMBER)
    as_member = _invite(world, "alpha-youth", "sol@student.example", Role.MEMBER)

    assert _email_errors(as_student) == _email_errors(as_member) == [CLOSED]
    assert "already waiting" not in as_student.content.decode()


def test_an_adults_address_still_gets_its_reason(world: World) -> None:
    """Adults' addresses are on the roster the stewards read: their answers stay useful."""
    answer = _invite(world, "alpha-youth", "admin-member@platform.example")

    assert _email_errors(answer) == ["This person is already in the network."]


def test_a_deleted_nominees_invitation_is_closed_not_a_bad_address(world: World) -> None:
    """A nomination keeps `deleted@invalid` once its nominee deleted their account; its
    "Invite" answered "Enter an email address, like name@example.org." to a steward who
    typed nothing. It is the address that reaches nobody, in the words above."""
    from collaboratory.networks.services.people import DELETED_PERSON_EMAIL

    assert _email_errors(_invite(world, "alpha", DELETED_PERSON_EMAIL)) == [CLOSED]


def _upload(client, slug: str, text: str):  # type: ignore[no-untyped-def]
    file = SimpleUploadedFile("roster.csv", text.encode(), content_type="text/csv")
    return client.post(f"/n/{slug}/roster/import/", {"step": "upload", "file": file})


MAP = {"map-email": "0", "map-full_name": "1"}


@pytest.mark.parametrize("slug", ["alpha", "alpha-youth"])
def test_the_roster_import_refuses_a_students_line_as_one_that_reaches_nobody(
    world: World, slug: str
) -> None:
    """In the cohort the student's line read "Already a member of this network" (or "no
    longer active" once suspended); anywhere, the refusal named high-school students."""
    youth = world.personas["youth_member"]
    assert youth is not None
    client = client_for(world.personas["steward"])
    _upload(
        client,
        slug,
        f"Email,Name\nana@example.org,Ana Alvarez\n{youth.email},Someone\n{NOWHERE},Sample\n",
    )

    preview = client.post(f"/n/{slug}/roster/import/", {"step": "preview", **MAP})

    assert preview.context["errors"] == [
        RowMessage(3, "Email", CLOSED_LINE),
        RowMessage(4, "Email", CLOSED_LINE),
    ]
    assert "high-school" not in preview.content.decode()


def test_the_roster_import_does_not_tell_a_students_waiting_invitation(world: World) -> None:
    with scopes_disabled():
        invitation_create(
            network=world.youth,
            email="sol@student.example",
            full_name="Sol Student",
            role=Role.YOUTH_MEMBER,
            guardian_email="parent@family.example",
            actor=world.personas["steward"],  # type: ignore[arg-type]
        )
    client = client_for(world.personas["steward"])
    _upload(client, "alpha-youth", "Email,Name\nsol@student.example,Sol\n")

    preview = client.post("/n/alpha-youth/roster/import/", {"step": "preview", **MAP})

    assert preview.context["errors"] == [RowMessage(2, "Email", CLOSED_LINE)]


def test_the_nominations_queue_says_nothing_of_a_nominated_students_membership(
    world: World,
) -> None:
    """A steward, a member too, could nominate any address and read under it "Already has a
    membership in this network (Suspended)": that it is a student's, and that their
    guardian withdrew consent. An adult nominee's membership is still noted."""
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        Membership.objects.filter(network=world.youth, user=youth).update(
            status=MembershipStatus.SUSPENDED
        )
        sector = Sector.objects.filter(network=world.youth).first() or Sector.objects.create(
            network=world.youth, name="Education"
        )
        for name, email in (
            ("Student Typed", youth.email),
            ("Adult Typed", "steward@alpha.example"),
        ):
            nomination_create(
                network=world.youth,
                nominator=world.personas["admin_member"],  # type: ignore[arg-type]
                nominee_name=name,
                nominee_email=email,
                organization_name="Somewhere Else",
                sector=sector,
                reasons="Brings people together and keeps every promise made.",
            )

    page = client_for(world.personas["steward"]).get("/n/alpha-youth/nominations/")
    body = page.content.decode()

    cards = {
        name: body[body.index(f"<h3>{escape(name)}</h3>") :][:400]
        for name in ("Student Typed", "Adult Typed")
    }
    assert "Already has a membership" not in cards["Student Typed"]
    assert "Already has a membership in this network (Active)" in cards["Adult Typed"]
