"""The phone page of someone who may not commit yet says why, and keeps saying the right
thing: a member whose substitute took their seat after the page was opened (or after the
form was) read "check in first" there and in the refused submission, and the door then
refused them. Every screen reads the reason once (`live.selectors.phone_refusal`): the
closed page, its own redraw (htmx asks the page again and gets the reason part alone) and
the JSON answer the phone's script shows."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import (
    attendance_bulk_record,
    substitution_decide,
    substitution_request,
)
from collaboratory.people.models import User
from tests.commitments.conftest import Room
from tests.commitments.test_submit import fields
from tests.conftest import client_for
from tests.factories import MembershipFactory

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HOST": "127.0.0.1"}
CLOSED = "check in to the gathering first"
IN_YOUR_PLACE = "Olga Other comes in your place: your seat is theirs."


def url(room: Room, name: str) -> str:
    return reverse(
        f"live:{name}",
        kwargs={"network_slug": "alpha", "gathering_id": room.proposal.gathering_id},
    )


def sam_comes(room: Room) -> User:
    """Sam, a member of Alpha, not checked in yet."""
    with scopes_disabled():
        return MembershipFactory(network=room.world.alpha, user__full_name="Sam Sender").user


def olga_takes_the_seat(room: Room, sam: User) -> None:
    """A steward approves Olga to come in Sam's place."""
    with scopes_disabled():
        gathering = room.proposal.gathering
        before = gathering.starts_at - timedelta(days=1)
        substitution = substitution_request(
            gathering=gathering,
            member=sam,
            name="Olga Other",
            email="olga@example.org",
            reason="A family wedding",
            now=before,
        )
        substitution_decide(substitution=substitution, approve=True, actor=room.steward, now=before)


def test_a_page_opened_before_the_substitute_took_the_seat_redraws_the_reason(
    room: Room,
) -> None:
    sam = sam_comes(room)
    client = client_for(sam)
    opened = client.get(url(room, "phone")).content.decode()
    olga_takes_the_seat(room, sam)

    redrawn = client.get(url(room, "phone"), **HTMX)
    text = redrawn.content.decode()

    assert CLOSED in opened
    assert f'hx-get="{url(room, "phone")}"' in opened
    assert redrawn.status_code == 200
    assert text.lstrip().startswith('<div id="phone-reason"')
    assert IN_YOUR_PLACE in text
    assert CLOSED not in text
    assert "<h1>" not in text


def test_a_refused_submission_gives_the_reason_the_page_gives(room: Room) -> None:
    sam = sam_comes(room)
    olga_takes_the_seat(room, sam)
    client = client_for(sam)

    page = client.get(url(room, "phone")).content.decode()
    refused = client.post(url(room, "submit"), fields(room), content_type="application/json")
    without_script = client.post(url(room, "submit"), {**fields(room), "reply": "page"})

    assert IN_YOUR_PLACE in page
    assert refused.status_code == 403
    assert refused.json()["errors"]["__all__"] == [
        "Olga Other comes in your place: your seat is theirs. If plans changed, ask a "
        "steward at the door."
    ]
    assert without_script.status_code == 403
    assert IN_YOUR_PLACE in without_script.content.decode()
    with scopes_disabled():
        assert Commitment.objects.count() == 0


def test_the_redraw_reloads_into_the_form_once_the_person_is_checked_in(room: Room) -> None:
    sam = sam_comes(room)
    client = client_for(sam)
    before = client.get(url(room, "phone"), **HTMX)
    with scopes_disabled():
        attendance_bulk_record(
            network=room.world.alpha,
            entries=[(room.proposal.gathering.parts.get().pk, sam.pk)],
            source=Attendance.Source.DOOR_LIST,
        )

    after = client.get(url(room, "phone"), **HTMX)

    assert CLOSED in before.content.decode()
    assert "HX-Refresh" not in before.headers
    assert after.headers["HX-Refresh"] == "true"
    assert 'id="commit-form"' in client.get(url(room, "phone")).content.decode()
