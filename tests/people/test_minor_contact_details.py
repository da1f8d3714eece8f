"""A youth member's profile text never carries their contact details to adults
(safeguards.md, minors). The about me, issue areas, city, region and offers of a minor are
read by the adults of their cohort (its directory, the member's profile page): an email
address, phone number, social handle or profile link in them reached those adults. Saving
such text is now refused with an error naming what to take out, in the person's language,
and nothing is saved; text stored before is rewritten by people migration 0006, the
details replaced by "[…]" and the rest kept."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership
from collaboratory.people.contact import (
    EMAIL,
    HANDLE,
    PHONE,
    REMOVED,
    contact_details_in,
    without_contact_details,
)
from collaboratory.people.models import OfferedAsset, Profile, User
from collaboratory.people.services import offered_asset_add, profile_update
from tests.conftest import client_for
from tests.youth.conftest import make_cohort

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write to yara.y+club@school.example.org any time", EMAIL),
        ("yara @ gmail.com", EMAIL),
        ("yara at gmail dot com", EMAIL),
        ("yara (at) mail (dot) org", EMAIL),
        ("text me 918-555-0142", PHONE),
        ("call +1 (918) 555 0142", PHONE),
        ("+44 20 7946 0958", PHONE),
        ("my cell is 555.0142", PHONE),
        ("find me @yara_builds", HANDLE),
        ("insta: yara.builds", HANDLE),
        ("snap = yarab", HANDLE),
        ("https://www.instagram.com/yara.builds", HANDLE),
        ("tiktok.com/@yarab", HANDLE),
        ("wa.me/19185550142", HANDLE),
        ("discord.gg/abc123", HANDLE),
    ],
)
def test_contact_details_are_found(text: str, kind: str) -> None:
    found = contact_details_in(text)
    assert found, text
    assert found[0][0] == kind
    assert REMOVED in without_contact_details(text)


@pytest.mark.parametrize(
    "text",
    [
        "Class of 2026, student council 2024-2025 and 2025-2026.",
        "I tutor grade 10 math in Tulsa 74103.",
        "We meet @ school. Then we clean the park.",
        "Big ideas about the signal is strong here.",
        "Housing, civic education, the 1921 race massacre history",
        "I raised $1,250 for the food bank in 3 weeks.",
    ],
)
def test_ordinary_words_numbers_and_years_are_not_contact_details(text: str) -> None:
    assert contact_details_in(text) == []
    assert without_contact_details(text) == text


def _page(client, **fields: str):  # type: ignore[no-untyped-def]
    data = {"form": "profile", "bio": "", "issue_areas": "", "city": "", "region": ""}
    data.update(fields)
    return client.post("/me/profile/", data)


def test_a_minor_cannot_save_contact_details_and_nothing_is_saved() -> None:
    cohort = make_cohort()
    youth = cohort.youth
    profile_update(user=youth, bio="I love robotics.", city="Tulsa")
    client = client_for(youth)

    page = _page(
        client,
        bio="I love robotics. Text me at 918-555-0142!",
        city="Broken Arrow",
        issue_areas="robotics, @yara_builds",
    )

    body = page.content.decode()
    assert page.status_code == 200
    assert "Take out the phone number “918-555-0142”" in body
    assert "Take out the social handle or profile link “@yara_builds”" in body
    with scopes_disabled():
        assert Profile.objects.get(user=youth).bio == "I love robotics."
        assert User.objects.get(pk=youth.pk).city == "Tulsa"

    # In the student's language, with the same detail named.
    client.post("/me/profile/", {"form": "profile", "language": "es", "bio": "Hola"})
    spanish = _page(client, bio="Escríbeme: yara@school.example.org", language="es")
    assert "Quita el correo «yara@school.example.org»" in spanish.content.decode()


def test_a_minors_offer_with_a_handle_is_refused_an_adults_text_is_theirs() -> None:
    cohort = make_cohort()
    with pytest.raises(Exception, match="social handle") as refused:
        offered_asset_add(
            user=cohort.youth,
            kind="social",
            category="expertise",
            description="Coding help, DM me on insta: yara.builds",
        )
    assert list(refused.value.message_dict) == ["description"]  # type: ignore[attr-defined]
    with scopes_disabled():
        assert not OfferedAsset.objects.filter(user=cohort.youth).exists()

    profile_update(user=cohort.adult, bio="Reach me at ada@adult.example or 918-555-0100.")
    with scopes_disabled():
        assert "ada@adult.example" in Profile.objects.get(user=cohort.adult).bio


def test_text_stored_before_is_rewritten_and_adults_no_longer_see_the_details() -> None:
    cohort = make_cohort()
    youth, adult = cohort.youth, cohort.adult
    with scopes_disabled():
        Profile.objects.update_or_create(
            user=youth,
            defaults={
                "bio": "Robotics captain. Email yara@school.example.org or text 918-555-0142.",
                "issue_tags": ",robotics,@yara_builds,",
            },
        )
        OfferedAsset.objects.create(
            user=youth,
            kind="social",
            category="expertise",
            description="Coding help, snap: yarab",
        )
        User.objects.filter(pk=youth.pk).update(city="Tulsa 918-555-0142")
        Profile.objects.update_or_create(user=adult, defaults={"bio": "Mail ada@adult.example"})
        membership = Membership.objects.get(network=cohort.network, user=youth)
    migration = importlib.import_module(
        "collaboratory.people.migrations.0006_minors_contact_details_removed"
    )

    migration.remove_contact_details(apps, None)
    migration.remove_contact_details(apps, None)  # again: nothing more changes

    with scopes_disabled():
        profile = Profile.objects.get(user=youth)
        offer = OfferedAsset.objects.get(user=youth)
        assert profile.bio == f"Robotics captain. Email {REMOVED} or text {REMOVED}."
        assert profile.issue_tags == f",robotics,{REMOVED},"
        assert offer.description == f"Coding help, {REMOVED}"
        assert User.objects.get(pk=youth.pk).city == f"Tulsa {REMOVED}"
        assert Profile.objects.get(user=adult).bio == "Mail ada@adult.example"
    seen = client_for(cohort.steward).get(f"/n/{cohort.network.slug}/members/{membership.pk}/")
    assert seen.status_code == 200
    body = seen.content.decode()
    assert "Robotics captain" in body
    for detail in ("yara@school.example.org", "918-555-0142", "yara_builds", "yarab"):
        assert detail not in body


SAMPLES = [
    "Robotics captain. Email yara@school.example.org or text 918-555-0142.",
    ",robotics,@yara_builds,",
    "Coding help, snap: yarab",
    "Tulsa 918-555-0142",
    "yara (at) mail (dot) org, +44 20 7946 0958, https://www.instagram.com/yara.builds",
    "tiktok.com/@yarab and wa.me/19185550142, discord.gg/abc123, my cell is 555.0142",
    "Class of 2026, student council 2024-2025 and 2025-2026.",
    "I tutor grade 10 math in Tulsa 74103. We meet @ school. I raised $1,250 in 3 weeks.",
    "call 12-34-56 or 1234 5678",
    "Yara Y. insta=yara.b",
    "",
]


@pytest.mark.parametrize(
    "name", ["0006_minors_contact_details_removed", "0007_minors_names_contact_details_removed"]
)
@pytest.mark.parametrize("text", SAMPLES)
def test_the_migrations_frozen_copy_rewrites_as_the_finder_does_today(text: str, name: str) -> None:
    """People migrations 0006 and 0007 carry their own copy of the finder (a migration must
    not follow later changes of app code); today each rewrites every sample as it does."""
    migration = importlib.import_module(f"collaboratory.people.migrations.{name}")

    assert migration.without_contact_details(text) == without_contact_details(text)


def test_minors_names_stored_with_contact_details_are_rewritten_once_and_audited() -> None:
    """A name is read by every adult of the cohort (directory, roster, board, stream). Names
    stored before acceptance refused contact details in them were left as typed: people
    migration 0007 rewrites a minor's name as 0006 rewrote their profile text, and each
    person whose name changed gets one audit row (with no trace of what was taken out)."""
    cohort = make_cohort()
    youth, youth2, adult = cohort.youth, cohort.youth2, cohort.adult
    with scopes_disabled():
        User.objects.filter(pk=youth.pk).update(full_name="Yara Y. @yara_builds 918-555-0142")
        User.objects.filter(pk=adult.pk).update(full_name="Ada Adult ada@adult.example")
        membership = Membership.objects.get(network=cohort.network, user=youth)
        before = set(AuditEvent.objects.values_list("pk", flat=True))
    migration = importlib.import_module(
        "collaboratory.people.migrations.0007_minors_names_contact_details_removed"
    )

    migration.remove_contact_details_from_names(apps, None)
    migration.remove_contact_details_from_names(apps, None)  # again: nothing more changes

    with scopes_disabled():
        assert User.objects.get(pk=youth.pk).full_name == f"Yara Y. {REMOVED} {REMOVED}"
        assert User.objects.get(pk=youth2.pk).full_name == youth2.full_name
        assert User.objects.get(pk=adult.pk).full_name == "Ada Adult ada@adult.example"
        events = list(AuditEvent.objects.exclude(pk__in=before))
    assert [(e.action, e.target_type, e.target_id) for e in events] == [
        ("profile.name_contact_details_removed", "people.user", str(youth.pk))
    ]
    assert "yara_builds" not in str(events[0].data)
    assert "918" not in str(events[0].data)
    seen = client_for(cohort.steward).get(f"/n/{cohort.network.slug}/members/{membership.pk}/")
    body = seen.content.decode()
    assert "Yara Y." in body
    assert "yara_builds" not in body
    assert "918-555-0142" not in body
