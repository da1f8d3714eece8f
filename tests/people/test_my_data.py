"""Export my data (JSON, without the private self-description) and delete my account."""

from __future__ import annotations

import io
import json
import uuid

import pytest
from django.contrib.auth import authenticate
from django.urls import reverse
from django_scopes import scopes_disabled
from PIL import Image

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, Nomination
from collaboratory.people.models import OfferedAsset, PrivateSelfDescription, User
from collaboratory.people.services import profile_update
from tests.conftest import World, client_for


def test_export_holds_my_account_profile_offers_and_memberships_but_not_self_description(
    world: World,
) -> None:
    member = world.personas["member"]
    profile_update(user=member, bio="Runs a food bank.", issue_areas="hunger")  # type: ignore[arg-type]

    response = client_for(member).get("/me/data/export.json")

    data = json.loads(response.content)
    assert response["Content-Disposition"] == 'attachment; filename="my-collaboratory-data.json"'
    assert data["account"]["email"] == "member@alpha.example"
    assert data["profile"] == {
        "bio": "Runs a food bank.",
        "issue_areas": ["hunger"],
        "photo": True,  # the world gives the member persona a photo
    }
    assert [m["network"] for m in data["memberships"]] == ["Alpha Collaboratory"]
    assert data["nominations_made"][0]["nominee_name"] == "Canaryalpha Nominee"
    assert "CANARY-SELF-DESCRIBED" not in response.content.decode()
    assert AuditEvent.objects.filter(action="data.exported", actor=member).count() == 1


def test_deleting_my_account_removes_personal_rows_and_pseudonymizes_the_audit_log(
    world: World,
) -> None:
    member = world.personas["member"]
    member_id = member.pk  # type: ignore[union-attr]
    client = client_for(member)
    client.get("/n/bravo/")  # a denied visit is audited with the member as actor
    assert AuditEvent.objects.filter(actor_id=member_id, action="access.denied").exists()

    refused = client.post("/me/data/", {"confirm_email": "someone@else.example"})
    assert "Type your own email address exactly" in refused.content.decode()
    assert User.objects.filter(pk=member_id).exists()

    done = client.post("/me/data/", {"confirm_email": "Member@Alpha.example"})

    assert done["Location"] == "/"
    assert not User.objects.filter(pk=member_id).exists()
    assert not PrivateSelfDescription.objects.filter(user_id=member_id).exists()
    assert not OfferedAsset.objects.filter(user_id=member_id).exists()
    with scopes_disabled():
        assert not Membership.objects.filter(user_id=member_id).exists()
        nomination = Nomination.objects.get(nominee_name="Canaryalpha Nominee")
    assert nomination.nominator_id is None
    assert not AuditEvent.objects.filter(actor_id=member_id).exists()
    deleted = AuditEvent.objects.get(action="account.deleted")
    assert (deleted.actor_id, deleted.actor_label) == (None, "deleted-person")
    assert client.get("/me/profile/").status_code == 302  # signed out


def test_deleting_my_account_leaves_my_address_in_no_failed_sign_in(world: World) -> None:
    """A failed sign-in is audited with the address tried, and had no actor, so deleting
    the account left the person's email (and where they signed in from) in the log. Those
    rows stay, with the address and the IP gone."""
    member = world.personas["member"]
    assert member is not None
    assert authenticate(email="MEMBER@alpha.example", password="not-the-password") is None
    assert authenticate(email="someone@else.example", password="not-the-password") is None
    failed = AuditEvent.objects.filter(action="auth.login_failed")
    assert failed.count() == 2

    client_for(member).post("/me/data/", {"confirm_email": member.email})

    assert not User.objects.filter(pk=member.pk).exists()
    assert failed.count() == 2
    kept = json.dumps([e.data for e in failed]).lower()
    assert member.email.lower() not in kept
    assert "someone@else.example" in kept  # nobody's account: nothing to forget
    mine = failed.exclude(data__email="someone@else.example").get()
    assert (mine.data, mine.actor_label) == ({"email": "deleted-person"}, "deleted-person")


def test_deleting_my_account_deletes_my_photo_file(
    world: World, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    from django.core.files.storage import default_storage
    from django.core.files.uploadedfile import SimpleUploadedFile

    from collaboratory.people.services import profile_photo_set
    from tests.conftest import TINY_PNG

    # A member: the steward persona is its networks' last steward, who may not leave yet.
    member = world.personas["member"]
    photo = profile_photo_set(user=member, upload=SimpleUploadedFile("p.png", TINY_PNG)).photo.name  # type: ignore[arg-type]
    assert default_storage.exists(photo)

    with django_capture_on_commit_callbacks(execute=True):
        client_for(member).post("/me/data/", {"confirm_email": "member@alpha.example"})

    assert not default_storage.exists(photo)


@pytest.mark.parametrize("count", [1, 3])
def test_profile_page_runs_a_fixed_number_of_queries(world: World, count: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from collaboratory.capital import CapitalKind, HelpCategory
    from collaboratory.people.services import offered_asset_add

    member = world.personas["member"]
    for i in range(count):
        offered_asset_add(
            user=member,  # type: ignore[arg-type]
            kind=CapitalKind.SOCIAL,
            category=HelpCategory.INTRO_PEOPLE,
            description=f"Offer {i}",
        )
    client = client_for(member)
    client.get("/me/profile/")

    with CaptureQueriesContext(connection) as queries:
        body = client.get("/me/profile/").content.decode()

    assert body.count("Offer ") == count
    assert len(queries) == 4


def test_a_member_uploads_a_photo_that_fellow_members_see_and_bad_files_are_refused(
    world: World,
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from collaboratory.people.models import Profile
    from tests.conftest import TINY_PNG

    steward = world.personas["steward"]
    client = client_for(steward)

    refused = client.post(
        "/me/profile/",
        {"form": "photo", "photo": SimpleUploadedFile("evil.png", b"<svg onload=alert(1)>")},
    )
    assert "This file is not a JPEG, PNG or WebP picture we can read." in refused.content.decode()
    assert not Profile.objects.filter(user=steward).exclude(photo="").exists()

    client.post("/me/profile/", {"form": "photo", "photo": SimpleUploadedFile("me.png", TINY_PNG)})

    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=steward)
    directory = client_for(world.personas["member"]).get("/n/alpha/members/").content.decode()
    photo = client_for(world.personas["member"]).get(f"/n/alpha/members/{membership.pk}/photo/")
    assert f'src="/n/alpha/members/{membership.pk}/photo/"' in directory
    # Re-encoded, not the uploaded bytes: still the 1x1 picture, transparency kept (PNG).
    served = Image.open(io.BytesIO(photo.content))
    assert (photo["Content-Type"], served.format, served.size, served.mode) == (
        "image/png",
        "PNG",
        (1, 1),
        "RGBA",
    )
    assert "me.png" not in Profile.objects.get(user=steward).photo.name


def test_a_minors_photo_is_not_served_outside_their_youth_cohort(world: World) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from collaboratory.people.models import AgeBand
    from collaboratory.people.services import profile_photo_set
    from tests.conftest import TINY_PNG
    from tests.factories import MembershipFactory

    minor = MembershipFactory(network=world.alpha, user__age_band=AgeBand.AGE_16_17)
    profile_photo_set(user=minor.user, upload=SimpleUploadedFile("p.png", TINY_PNG))

    response = client_for(world.personas["member"]).get(f"/n/alpha/members/{minor.pk}/photo/")

    assert response.status_code == 404
    assert response.content != TINY_PNG


def test_export_holds_what_i_committed_proposed_answered_and_my_api_tokens_not_others(
    world: World,
) -> None:
    """A person's commitments, proposals (with their asks), RSVPs (with the needs they told
    the stewards), stipend and substitute requests and API tokens are theirs: the export
    carries them, never another person's, and never a token's secret."""
    from decimal import Decimal

    from collaboratory.api.services import api_token_create
    from collaboratory.gatherings.services import (
        attendance_bulk_record,
        rsvp_submit,
        stipend_request_submit,
        substitution_request,
    )
    from tests.factories import GatheringFactory
    from tests.followthrough.conftest import make_project

    project = make_project(world)
    project.commit(what="I will lend CANARY-DANA-COMMITS 20 chairs by May 1")
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering,
            user=project.dana,
            answer="yes",
            both_parts=True,
            dietary_needs="CANARY-DANA-DIET vegetarian",
            access_needs="step-free entrance",
        )
        stipend_request_submit(
            gathering=gathering,
            user=project.dana,
            reason="Bus fare from the county",
            amount=Decimal("40"),
            no_institutional_support=True,
        )
        other = GatheringFactory(network=world.alpha, title="Summer Gathering")
        substitution_request(
            gathering=other,
            member=project.dana,
            name="Sam Stand-in",
            email="sam@standin.example",
            reason="Away that week",
        )
    _token, text = api_token_create(
        network=world.alpha, user=project.dana, name="my spreadsheet", scope="read"
    )
    with scopes_disabled():
        part = gathering.parts.order_by("starts_at").first()
        assert part is not None
        attendance_bulk_record(
            network=world.alpha, entries=[(part.pk, project.dana.pk)], source="door"
        )

    dana = json.loads(client_for(project.dana).get("/me/data/export.json").content)
    presenter_text = client_for(project.presenter).get("/me/data/export.json").content.decode()

    [made] = dana["commitments_made"]
    assert made["what"] == "I will lend CANARY-DANA-COMMITS 20 chairs by May 1"
    assert (made["network"], made["project"], made["status"]) == (
        "Alpha Collaboratory",
        project.proposal.title,
        "offered",
    )
    [rsvp] = dana["gatherings"]["rsvps"]
    assert (rsvp["gathering"], rsvp["status"], rsvp["dietary_needs"]) == (
        "Spring Gathering",
        "confirmed",
        "CANARY-DANA-DIET vegetarian",
    )
    assert rsvp["access_needs"] == "step-free entrance"
    [attended] = dana["gatherings"]["attended"]
    assert (attended["gathering"], attended["part"]) == ("Spring Gathering", part.title)
    [stipend] = dana["gatherings"]["stipend_requests"]
    assert (stipend["amount"], stipend["reason"]) == ("40.00", "Bus fare from the county")
    [substitute] = dana["gatherings"]["substitute_requests"]
    assert (substitute["gathering"], substitute["name"]) == ("Summer Gathering", "Sam Stand-in")
    [token] = dana["api_tokens"]
    assert (token["network"], token["name"], token["scope"]) == (
        "Alpha Collaboratory",
        "my spreadsheet",
        "read",
    )
    assert text.split(".")[1] not in json.dumps(dana)  # the secret is never exported
    assert dana["proposals"] == []
    # The presenter's export has their proposal and its asks, none of Dana's rows.
    presenter = json.loads(presenter_text)
    [proposal] = [p for p in presenter["proposals"] if p["title"] == project.proposal.title]
    assert proposal["asks"][0]["what"] == project.ask.what
    for canary in ("CANARY-DANA-COMMITS", "CANARY-DANA-DIET", "my spreadsheet", "Sam Stand-in"):
        assert canary not in presenter_text


def test_export_holds_my_notes_and_updates_after_the_room_not_others(world: World) -> None:
    """Notes written on a commitment's moves, a presenter's project updates: the author's
    words, in the author's export only."""
    from collaboratory.commitments import lifecycle as lc
    from collaboratory.followthrough.services import project_update_post
    from tests.followthrough.conftest import make_project

    project = make_project(world)
    commitment = project.commit()
    project.move(commitment, project.dana, lc.DONE, note="CANARY-DANA-NOTE three calls made")
    with scopes_disabled():
        project_update_post(
            proposal=project.proposal,
            author=project.presenter,
            text="CANARY-PRESENTER-UPDATE",
            idempotency_key=uuid.uuid4(),
        )

    dana = json.loads(client_for(project.dana).get("/me/data/export.json").content)
    presenter = json.loads(client_for(project.presenter).get("/me/data/export.json").content)

    [note] = dana["followthrough"]["commitment_notes"]
    assert (note["commitment"], note["to_status"], note["note"]) == (
        commitment.pk,
        lc.DONE,
        "CANARY-DANA-NOTE three calls made",
    )
    assert dana["followthrough"]["project_updates"] == []
    [update] = presenter["followthrough"]["project_updates"]
    assert (update["project"], update["text"]) == (
        project.proposal.title,
        "CANARY-PRESENTER-UPDATE",
    )
    assert "CANARY-DANA-NOTE" not in json.dumps(presenter)


def test_export_holds_the_language_i_chose_and_says_whether_a_photo_is_kept(
    world: World,
) -> None:
    """Both are held about the person (the language decides every page and email they get;
    the photo is shown to their network) and were missing from "everything we hold"."""
    member = world.personas["member"]
    assert member is not None
    client = client_for(member)
    client.post(reverse("set_language"), {"language": "es", "next": "/"})
    before = json.loads(client.get("/me/data/export.json").content)
    client.post("/me/profile/", {"form": "photo", "remove": "1"})

    after = json.loads(client.get("/me/data/export.json").content)

    assert before["account"]["language"] == "es"
    assert before["profile"]["photo"] is True
    assert after["profile"]["photo"] is False


def test_export_holds_the_reviews_i_wrote_as_a_steward_not_others(world: World) -> None:
    """A steward's scores and private note on a proposal are their own words: the steward's
    export carries them (they were missing), the proposer's never does."""
    from collaboratory.creditclub.services import review_save
    from tests.followthrough.conftest import make_project

    project = make_project(world)
    with scopes_disabled():
        review_save(
            proposal=project.proposal,
            reviewer=project.steward,
            scores={"past_concept": 4, "timing": 2},
            note="CANARY-STEWARD-NOTE asks are vague",
        )

    steward = json.loads(client_for(project.steward).get("/me/data/export.json").content)
    presenter_text = client_for(project.presenter).get("/me/data/export.json").content.decode()

    [review] = steward["reviews_written"]
    assert review == {
        "network": "Alpha Collaboratory",
        "gathering": project.proposal.gathering.title,
        "proposal": project.proposal.title,
        "past_concept": 4,
        "many_ways_to_help": None,
        "asks_fit_room": None,
        "timing": 2,
        "note": "CANARY-STEWARD-NOTE asks are vague",
        "updated_at": review["updated_at"],
    }
    assert review["updated_at"]
    assert json.loads(presenter_text)["reviews_written"] == []
    assert "CANARY-STEWARD-NOTE" not in presenter_text
