"""A student whose place waits for their guardian's consent: signing in, they found "You are
not a member of any network yet", which told them neither why nor what to do."""

from __future__ import annotations

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.people.models import GuardianConsent, User
from tests.conftest import World, client_for
from tests.networks.test_guardian_consent import invite_and_accept


def _student() -> User:
    return User.objects.get(email="sol@student.example")


def test_the_home_page_says_the_place_waits_for_the_guardian(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    invite_and_accept(world, django_capture_on_commit_callbacks)

    response = client_for(_student()).get("/")
    page = response.content.decode()

    assert response.status_code == 200
    assert "Your place in Alpha Youth is waiting for your parent's or guardian's" in page
    assert "open the link in that email and confirm" in page
    assert "a steward of Alpha Youth can send them a new link" in page
    assert "not a member of any network yet" not in page
    # The guardian's address is on no page, the student's own included.
    assert "parent@family.example" not in page


def test_it_says_when_the_link_ran_out(world: World, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    invite_and_accept(world, django_capture_on_commit_callbacks)
    with scopes_disabled():
        GuardianConsent.objects.filter(user=_student()).update(expires_at=timezone.now())

    page = client_for(_student()).get("/").content.decode()

    assert "The link we emailed them has run out" in page
    assert "a steward of Alpha Youth can send them a new link" in page


def test_in_the_student_s_language(world: World, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    invite_and_accept(world, django_capture_on_commit_callbacks)
    student = _student()
    student.language = "es"
    student.save(update_fields=["language"])

    page = client_for(student).get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "Tu plaza en Alpha Youth espera el consentimiento" in page


def test_the_notice_goes_once_the_guardian_confirms(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    link = invite_and_accept(world, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(None).post(link, {"guardian_name": "Pat Parent", "agree": "on"})

    response = client_for(_student()).get("/")

    # One network, admitted: straight to My commitments, as for any member.
    assert response["Location"] == f"/n/{world.youth.slug}/follow-through/"


def test_another_member_sees_nothing_of_it(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    invite_and_accept(world, django_capture_on_commit_callbacks)

    page = client_for(world.personas["platform_admin"]).get("/", follow=True).content.decode()
    steward_page = client_for(world.personas["steward"]).get("/").content.decode()

    for text in (page, steward_page):
        assert "Sol Student" not in text
        assert "parent@family.example" not in text
        assert "waiting for your parent" not in text
