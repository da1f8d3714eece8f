"""A roster's City and Region columns reach the person's profile when the invitation makes
their account, never an existing account's own values; a minor's age band is still refused.
The launch's initial roster: tests/training/test_launch_roster_city_region.py."""

from __future__ import annotations

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.networks.models import Invitation
from collaboratory.people.models import User
from collaboratory.people.services import account_delete
from tests.conftest import World, client_for
from tests.factories import UserFactory
from tests.networks.test_roster_csv import link_in, upload

HOST = {"HTTP_HOST": "127.0.0.1"}
CSV = (
    "Email,Name,City,Region,Age band\n"
    "ana@example.org,Ana Alvarez,Fresno,California,30-44\n"
    "kept@example.org,Kept Own,Typed City,Typed Region,45-64\n"
)
MAPPING = {"map-email": "0", "map-full_name": "1", "map-city": "2", "map-region": "3"}
MAPPING |= {"map-age_band": "4"}
ACCEPT = {"full_name": "Ana Alvarez", "age_band": "30-44", "password": "a-long-passphrase"}
ACCEPT |= {"pledges": ["0", "1", "2"]}


def profile_page(email: str) -> str:
    return client_for(User.objects.get(email=email)).get("/me/profile/", **HOST).content.decode()


def assert_city_and_region_arrived() -> None:
    """The new member (ana, Fresno) has the file's city and region on her profile page;
    the one who had an account before (kept) keeps her own."""
    ana = User.objects.get(email="ana@example.org")
    assert (ana.city, ana.region) == ("Fresno", "California")
    page = profile_page("ana@example.org")
    assert 'value="Fresno"' in page
    assert 'value="California"' in page
    kept = User.objects.get(email="kept@example.org")
    assert (kept.city, kept.region) == ("Own City", "Own Region")


def test_a_network_roster_rows_city_and_region_reach_the_new_members_profile(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    UserFactory(email="kept@example.org", city="Own City", region="Own Region")
    steward = client_for(world.personas["steward"])
    upload(steward, "alpha", CSV)

    preview = steward.post(
        "/n/alpha/roster/import/", {"step": "preview", **MAPPING}, **HOST
    ).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        steward.post("/n/alpha/roster/import/", {"step": "import", **MAPPING}, **HOST)
    for email in ("ana@example.org", "kept@example.org"):
        with django_capture_on_commit_callbacks(execute=True):
            client_for(None).post(link_in(mail.outbox, email), ACCEPT, **HOST)

    assert "<td>Fresno</td><td>California</td>" in preview
    assert_city_and_region_arrived()


def test_a_minors_age_band_is_still_refused_by_the_network_roster(world: World) -> None:
    steward = client_for(world.personas["steward"])
    upload(
        steward, "alpha", "Email,Name,City,Region,Age band\nkid@example.org,Kid,Fresno,CA,16-17\n"
    )

    preview = steward.post("/n/alpha/roster/import/", {"step": "preview", **MAPPING}, **HOST)
    steward.post("/n/alpha/roster/import/", {"step": "import", **MAPPING}, **HOST)

    # Not "invite them with a guardian's email": an adult network's invitation form has no
    # guardian field, so the steward was sent to a form that cannot do it.
    assert (
        "Students cannot be imported: each joins a youth cohort, invited one by one on its "
        "Invitations page with a guardian&#x27;s email." in preview.content.decode()
    )
    with scopes_disabled():
        assert Invitation.objects.filter(email="kid@example.org").exists() is False


def test_a_deleted_persons_waiting_invitation_keeps_no_city_or_region(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    person = UserFactory(email="kept@example.org", city="Own City", region="Own Region")
    steward = client_for(world.personas["steward"])
    upload(steward, "alpha", CSV)
    with django_capture_on_commit_callbacks(execute=True):
        steward.post("/n/alpha/roster/import/", {"step": "import", **MAPPING}, **HOST)

    account_delete(user=person, confirm_email="kept@example.org")

    with scopes_disabled():
        left = Invitation.objects.filter(full_name="deleted person").values_list("city", "region")
        assert list(left) == [("", "")]


def test_the_preview_and_problem_tables_scroll_sideways_on_a_phone(world: World) -> None:
    """Seven columns with City and Region: on a 320 px phone the table was squeezed to the
    screen and every cell broke a letter a line. Each table sits in the house's sideways
    scrolling box, named by its heading (app.css, .table-scroll)."""
    steward = client_for(world.personas["steward"])
    upload(steward, "alpha", CSV)
    valid = steward.post("/n/alpha/roster/import/", {"step": "preview", **MAPPING}, **HOST)
    upload(steward, "alpha", "Email,Name,City,Region,Age band\nkid@example.org,K,F,C,16-17\n")
    refused = steward.post("/n/alpha/roster/import/", {"step": "preview", **MAPPING}, **HOST)

    for page, heading in ((valid, "preview-heading"), (refused, "problems-heading")):
        html = page.content.decode()
        assert f'<h2 id="{heading}">' in html
        assert (
            f'<div class="table-scroll" role="region" aria-labelledby="{heading}" tabindex="0">'
            "<table" in html
        )
