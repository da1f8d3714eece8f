"""Asking for an introduction: an email only between two adults when the target agreed;
otherwise the stewards' list. Bad input and the daily limit change nothing."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collaboratory.audit.models import AuditEvent
from collaboratory.matching.models import IntroductionRequest, IntroductionStatus
from collaboratory.matching.selectors_profiles import INTRODUCTIONS_PER_DAY
from collaboratory.matching.services_profiles import (
    DECLINED_REST,
    DIRECT_REST,
    introduction_consent_set,
    introduction_decide,
    introduction_request,
)
from collaboratory.networks.models import Membership, MembershipStatus, NetworkKind, Role
from collaboratory.networks.pagecache import csrf_placeholder
from collaboratory.networks.scoping import date_in
from collaboratory.networks.services.consent import (
    guardian_consent_confirm,
    guardian_consent_request,
)
from collaboratory.networks.services.memberships import (
    membership_consent_revoked,
    membership_status_override,
)
from collaboratory.people.models import AgeBand
from collaboratory.people.services import user_language_set
from tests.conftest import client_for
from tests.factories import MembershipFactory, NetworkFactory

pytestmark = pytest.mark.django_db


def profile_url(membership) -> str:  # type: ignore[no-untyped-def]
    return reverse(
        "matching:profile",
        kwargs={"network_slug": membership.network.slug, "membership_id": membership.pk},
    )


def intro_url(membership) -> str:  # type: ignore[no-untyped-def]
    return reverse(
        "matching:introduce",
        kwargs={"network_slug": membership.network.slug, "membership_id": membership.pk},
    )


def fresh(data: dict[str, str]) -> dict[str, str]:
    """The form as a freshly opened profile sends it: with a new idempotency key."""
    return {"idempotency_key": str(uuid.uuid4()), **data}


@pytest.fixture
def network():  # type: ignore[no-untyped-def]
    return NetworkFactory()


def _requests() -> list[IntroductionRequest]:
    with scopes_disabled():
        return list(IntroductionRequest.objects.all())


def _asked_of_a_steward(network):  # type: ignore[no-untyped-def]
    """A member asked through the profile's form to meet another, a steward about to answer:
    the asker, the request, its answer's address and the steward's client (outbox empty)."""
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker, target = MembershipFactory(network=network), MembershipFactory(network=network)
    client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))
    (row,) = _requests()
    decide = reverse(
        "matching:introduction_decide", kwargs={"network_slug": network.slug, "request_id": row.pk}
    )
    mail.outbox.clear()
    return asker, row, decide, client_for(steward.user)


def _ask(asker, target, note: str = "Hello there.", **extra):  # type: ignore[no-untyped-def]
    """The service call a profile's form makes, with a fresh key (``now`` etc. in ``extra``)."""
    return introduction_request(
        network=asker.network,
        requester=asker.user,
        target=target.user,
        note=note,
        share_email=False,
        idempotency_key=uuid.uuid4(),
        **extra,
    )


def _consenting(network, **user_fields):  # type: ignore[no-untyped-def]
    """A member who agreed to be emailed introduction notes directly."""
    member = MembershipFactory(network=network, **{f"user__{k}": v for k, v in user_fields.items()})
    with scopes_disabled():
        introduction_consent_set(network=network, user=member.user, consent=True)
    return member


def test_consenting_adult_gets_the_note_by_email(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network, user__email="asker@example.org")
    target = MembershipFactory(network=network, user__email="target@example.org")
    with scopes_disabled():
        introduction_consent_set(network=network, user=target.user, consent=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(asker.user).post(
            intro_url(target), fresh({"note": "We both run tool libraries.", "share_email": "on"})
        )
    assert response.status_code == 302
    (row,) = _requests()
    assert row.status == IntroductionStatus.SENT
    (message,) = mail.outbox  # to the target only, no copy to stewards between adults
    assert message.to == ["target@example.org"]
    assert "We both run tool libraries." in message.body
    assert "asker@example.org" in message.body
    assert f"/n/{network.slug}/members/{asker.pk}/" in message.body
    assert not message.cc
    assert not message.bcc
    assert not message.reply_to


def test_address_is_left_out_unless_shared(network, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network, user__email="asker@example.org")
    target = _consenting(network)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))
    (message,) = mail.outbox
    assert "asker@example.org" not in message.body


def test_without_consent_the_request_goes_to_the_stewards(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network, user__full_name="Quiet Person")
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))
    assert response.status_code == 302
    # The stewards are told, by name only: the note stays on their list.
    (notice,) = mail.outbox
    assert notice.to == [steward.user.email]
    assert "Quiet Person" in notice.body
    assert "Hello there." not in notice.body
    (row,) = _requests()
    assert row.status == IntroductionStatus.PENDING
    steward_client = client_for(steward.user)
    listing = steward_client.get(
        reverse("matching:introductions", kwargs={"network_slug": network.slug})
    )
    assert "Quiet Person" in listing.content.decode()
    decide = reverse(
        "matching:introduction_decide",
        kwargs={"network_slug": network.slug, "request_id": row.pk},
    )
    assert steward_client.post(decide, {"status": "done"}).status_code == 302
    row.refresh_from_db()
    assert row.status == IntroductionStatus.DONE
    assert row.decided_by == steward.user
    # Decided once: a second decision changes nothing.
    steward_client.post(decide, {"status": "declined", "confirm": "yes"})
    row.refresh_from_db()
    assert row.status == IntroductionStatus.DONE
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="introduction.done").count() == 1
        assert AuditEvent.objects.filter(action="introduction.requested").count() == 1
    # Members cannot decide.
    assert client_for(asker.user).post(decide, {"status": "declined"}).status_code == 403


def test_a_minor_on_either_side_goes_through_the_stewards(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    steward = MembershipFactory(network=youth, role=Role.STEWARD)
    adult = MembershipFactory(network=youth)
    minor = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    )
    with scopes_disabled():
        introduction_consent_set(network=youth, user=adult.user, consent=True)
    # A minor cannot switch direct emails on.
    response = client_for(minor.user).post(
        reverse("matching:introduction_consent", kwargs={"network_slug": youth.slug}),
        {"consent": "on"},
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client_for(minor.user).post(intro_url(adult), fresh({"note": "Hi, can we meet?"}))
        client_for(adult.user).post(intro_url(minor), fresh({"note": "Hi, can we meet?"}))
    # Only the stewards hear of it, and not the note.
    assert {tuple(m.to) for m in mail.outbox} == {(steward.user.email,)}
    assert all("can we meet" not in m.body for m in mail.outbox)
    assert {r.status for r in _requests()} == {IntroductionStatus.PENDING}
    assert len(_requests()) == 2


def introductions_url(network) -> str:  # type: ignore[no-untyped-def]
    return reverse("matching:introductions", kwargs={"network_slug": network.slug})


def test_the_stewards_list_links_both_profiles_and_gives_adults_addresses(network) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network, user__email="asker@example.org")
    target = MembershipFactory(network=network, user__email="quiet@example.org")
    client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))

    body = client_for(steward.user).get(introductions_url(network)).content.decode()

    for member in (asker, target):
        assert f'<a href="{profile_url(member)}">{member.user.full_name}</a>' in body
    assert '<a href="mailto:asker@example.org">asker@example.org</a>' in body
    assert '<a href="mailto:quiet@example.org">quiet@example.org</a>' in body


def test_the_stewards_list_says_an_answer_is_final_and_makes_declining_the_quieter_button(
    network,
) -> None:  # type: ignore[no-untyped-def]
    """The requester is emailed at once, so an answer cannot be taken back: the list says so
    before the buttons, and Decline does not look like the expected answer."""
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker, target = MembershipFactory(network=network), MembershipFactory(network=network)
    client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))

    body = client_for(steward.user).get(introductions_url(network)).content.decode()

    assert "emailed your answer at once, so an answer is final" in body
    assert '<button type="submit" name="status" value="done">' in body
    assert body.index("an answer is final") < body.index('value="done"')
    # Decline sits right under "Introduced": a tap only opens its confirmation (no script).
    decline = body[body.index('<details class="confirm">') :]
    assert "<summary>Decline…</summary>" in decline
    assert '<input type="hidden" name="confirm" value="yes">' in decline
    assert '<input type="hidden" name="status" value="declined">' in decline


def test_decline_without_its_confirmation_changes_nothing_and_says_how(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """Declining emails the member who asked and cannot be taken back, so the list asks
    twice (the house's `details.confirm`): a post without `confirm=yes` (a stray tap on an
    old page, a form replayed) saves nothing, emails no one and says what to press."""
    asker, row, decide, steward_client = _asked_of_a_steward(network)

    with django_capture_on_commit_callbacks(execute=True):
        unconfirmed = steward_client.post(decide, {"status": "declined"}, follow=True)
    row.refresh_from_db()
    assert row.status == IntroductionStatus.PENDING
    assert mail.outbox == []
    assert "Nothing was changed: confirm with the button under “Decline…”." in (
        unconfirmed.content.decode()
    )

    with django_capture_on_commit_callbacks(execute=True):
        steward_client.post(decide, {"status": "declined", "confirm": "yes"})
    row.refresh_from_db()
    assert row.status == IntroductionStatus.DECLINED
    assert [m.to for m in mail.outbox] == [[asker.user.email]]


def test_the_stewards_list_never_shows_a_minors_address() -> None:
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    steward = MembershipFactory(network=youth, role=Role.STEWARD)
    adult = MembershipFactory(network=youth, user__email="adult@example.org")
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__email="minor@example.org",
    )
    client_for(adult.user).post(intro_url(minor), fresh({"note": "Hi, can we meet?"}))

    body = client_for(steward.user).get(introductions_url(youth)).content.decode()

    assert "minor@example.org" not in body
    assert "adult@example.org" in body
    assert f'<a href="{profile_url(minor)}">{minor.user.full_name}</a>' in body


def test_the_stewards_list_gives_a_youth_members_consenting_guardian_to_copy_in() -> None:
    """The list asks stewards to introduce by email, copying a youth member's guardian in,
    but gave no way to reach the guardian: now the guardian who confirmed consent here, and
    only a confirmed one, is named with their address; the minor's own never is."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    steward = MembershipFactory(network=youth, role=Role.STEWARD)
    adult = MembershipFactory(network=youth, user__email="adult@example.org")
    minor, unconfirmed = (
        MembershipFactory(
            network=youth,
            role=Role.YOUTH_MEMBER,
            user__age_band=AgeBand.AGE_16_17,
            user__email=f"minor{n}@example.org",
        )
        for n in (1, 2)
    )
    _consent, token = guardian_consent_request(
        user=minor.user, network=youth, guardian_email="parent@example.org"
    )
    guardian_consent_confirm(token=token, guardian_name="Pat Parent", agree=True)
    guardian_consent_request(
        user=unconfirmed.user, network=youth, guardian_email="not-yet@example.org"
    )
    client_for(adult.user).post(intro_url(minor), fresh({"note": "Hi, can we meet?"}))
    client_for(adult.user).post(intro_url(unconfirmed), fresh({"note": "Hello there."}))

    body = client_for(steward.user).get(introductions_url(youth)).content.decode()

    assert (
        '(guardian: Pat Parent, <a href="mailto:parent@example.org">parent@example.org</a>)'
    ) in body
    assert "not-yet@example.org" not in body
    assert "minor1@example.org" not in body
    assert "minor2@example.org" not in body


def test_the_stewards_list_reads_a_fixed_number_of_queries(network) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    client = client_for(steward.user)

    def count_after_asking(times: int) -> int:
        for _n in range(times):
            asker, target = MembershipFactory(network=network), MembershipFactory(network=network)
            client_for(asker.user).post(intro_url(target), fresh({"note": "Hello."}))
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(introductions_url(network)).status_code == 200
        return len(ctx.captured_queries)

    assert count_after_asking(1) == count_after_asking(2)  # 1 request, then 3


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"note": ""}, "note", "Write a short note"),
        ({"note": "   "}, "note", "Write a short note"),
        ({"note": "x" * 1001}, "note", "1000 characters"),
        ({"note": "Hello\x00there"}, "note", "control characters"),
    ],
)
def test_bad_notes_are_refused_by_field(network, data, field, message) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    response = client_for(asker.user).post(intro_url(target), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _requests() == []


def test_a_note_the_text_area_let_me_write_in_full_is_sent(network) -> None:  # type: ignore[no-untyped-def]
    """The text area counts a line break as one character (maxlength 1000, as Chromium does
    on the demo) but the browser sends it as CR LF: a note of 1,000 characters with two
    paragraphs was refused "Keep the note under 1000 characters", which the member could
    not act on. Line ends are read as one character, and stored so."""
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    note = "Hello. " + "a" * 495 + "\r\n" + "b" * 497  # 1,000 as typed, 1,001 as sent

    response = client_for(asker.user).post(intro_url(target), fresh({"note": note}))

    assert response.status_code == 302
    (row,) = _requests()
    assert row.note == note.replace("\r\n", "\n")
    assert len(row.note) == 1000


def test_a_refused_note_comes_back_focused_so_a_phone_shows_why(network) -> None:  # type: ignore[no-untyped-def]
    """The form is at the foot of a long profile; sent back with a refusal, the page opened
    at its top and a phone showed nothing wrong. The note field is focused (autofocus), so
    the browser brings it, and the errors above it, into view; a fresh profile is not."""
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    client = client_for(asker.user)

    refused = client.post(intro_url(target), fresh({"note": ""})).content.decode()

    (note,) = re.findall(r"<textarea[^>]*>", refused)
    assert "autofocus" in note
    assert "autofocus" not in client.get(profile_url(target)).content.decode()


def test_the_daily_limit_counts_the_day_before_the_services_own_clock(network) -> None:  # type: ignore[no-untyped-def]
    """A caller passing its own `now` (a task, a replay) is held to the day before it: the
    count read the wall clock, so requests dated three days back never counted."""
    asker = MembershipFactory(network=network)
    targets = [MembershipFactory(network=network) for _n in range(INTRODUCTIONS_PER_DAY + 1)]
    then = timezone.now() - timedelta(days=3)

    def ask(target: object) -> None:
        introduction_request(
            network=network,
            requester=asker.user,
            target=target.user,  # type: ignore[attr-defined]
            note=f"Hello {target.pk}.",  # type: ignore[attr-defined]
            share_email=False,
            idempotency_key=uuid.uuid4(),
            now=then,
        )

    with scopes_disabled():
        for target in targets[:-1]:
            ask(target)
        with pytest.raises(ValidationError, match="Try again tomorrow"):
            ask(targets[-1])
    assert len(_requests()) == INTRODUCTIONS_PER_DAY


def test_self_introduction_is_refused(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    response = client_for(asker.user).post(intro_url(asker), fresh({"note": "Me, myself."}))
    assert response.status_code == 400
    assert "your own profile" in response.content.decode()
    assert _requests() == []


def test_the_daily_limit_says_so_and_stores_nothing_more(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    targets = [MembershipFactory(network=network) for _n in range(INTRODUCTIONS_PER_DAY + 1)]
    client = client_for(asker.user)
    for target in targets[:-1]:
        assert client.post(intro_url(target), fresh({"note": "Hello."})).status_code == 302
    response = client.post(intro_url(targets[-1]), fresh({"note": "Hello."}))
    assert response.status_code == 400
    assert "Try again tomorrow" in response.content.decode()
    assert len(_requests()) == INTRODUCTIONS_PER_DAY


def test_asking_again_while_a_request_waits_says_so_and_changes_nothing(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network, user__full_name="Quiet Person")
    client = client_for(asker.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(intro_url(target), fresh({"note": "Hello there."}))

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(intro_url(target), fresh({"note": "Hello again, did you see my note?"}))

    assert again.status_code == 400
    assert (
        "You already asked to meet Quiet Person and the stewards have not handled it yet: "
        "your request is waiting, so nothing was sent again."
    ) in again.content.decode()
    assert [r.note for r in _requests()] == ["Hello there."]
    assert [m.to for m in mail.outbox] == [[steward.user.email]]  # the first request only


def test_once_the_stewards_introduced_them_one_may_ask_again(network) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    client = client_for(asker.user)
    client.post(intro_url(target), fresh({"note": "Hello there."}))
    (first,) = _requests()
    client_for(steward.user).post(
        reverse(
            "matching:introduction_decide",
            kwargs={"network_slug": network.slug, "request_id": first.pk},
        ),
        {"status": "done"},
    )

    response = client.post(intro_url(target), fresh({"note": "Hello again."}))

    assert response.status_code == 302
    assert sorted(r.status for r in _requests()) == ["done", "pending"]


def test_sharing_my_address_is_unticked_until_i_tick_it(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = _consenting(network)

    body = client_for(asker.user).get(profile_url(target)).content.decode()

    (checkbox,) = re.findall(r'<input type="checkbox" name="share_email"[^>]*>', body)
    assert "checked" not in checkbox


def test_opening_the_request_address_goes_to_the_profile(network) -> None:  # type: ignore[no-untyped-def]
    """A reload after Back sends a GET: the form is on the profile, not a blank 405."""
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)

    response = client_for(asker.user).get(intro_url(target))

    assert (response.status_code, response["Location"]) == (302, profile_url(target))
    assert _requests() == []


def test_a_foreign_member_cannot_be_asked_for(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    stranger = MembershipFactory(network=NetworkFactory())
    response = client_for(asker.user).post(
        reverse(
            "matching:introduce",
            kwargs={"network_slug": network.slug, "membership_id": stranger.pk},
        ),
        {"note": "Hello."},
    )
    assert response.status_code == 404
    assert _requests() == []


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=st.text(max_size=1200))
def test_any_note_is_stored_clean_or_refused(network, note) -> None:  # type: ignore[no-untyped-def]
    """Whatever is typed: a 302 with a clean stored note, or a 400 that stores nothing."""
    with scopes_disabled():
        IntroductionRequest.objects.all().delete()
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    response = client_for(asker.user).post(intro_url(target), fresh({"note": note}))
    rows = _requests()
    assert response.status_code in (302, 400)
    if response.status_code == 400:
        assert rows == []
    else:
        (row,) = rows
        assert row.note == note.strip()
        assert "\x00" not in row.note


def test_my_data_export_carries_my_requests_and_consent(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network, user__full_name="Quiet Person")
    client = client_for(asker.user)
    client.post(intro_url(target), fresh({"note": "MY-OWN-NOTE"}))
    client.post(
        reverse("matching:introduction_consent", kwargs={"network_slug": network.slug}),
        {"consent": "on"},
    )
    body = client.get(reverse("people:my_data_export")).content.decode()
    assert "MY-OWN-NOTE" in body
    assert "Quiet Person" in body
    assert "email_requests_allowed_in" in body
    # The target's export does not carry someone else's note.
    assert (
        "MY-OWN-NOTE"
        not in client_for(target.user).get(reverse("people:my_data_export")).content.decode()
    )


# ------------------------------------------------------------------ once per form (key)

KEY_INPUT = r'<input type="hidden" name="idempotency_key" value="([^"]+)">'


def test_a_double_tap_sends_one_note_and_shows_the_same_success(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = MembershipFactory(
        network=network, user__email="target@example.org", user__full_name="Tess Target"
    )
    with scopes_disabled():
        introduction_consent_set(network=network, user=target.user, consent=True)
    client = client_for(asker.user)
    (key,) = re.findall(KEY_INPUT, client.get(profile_url(target)).content.decode())
    form = {"note": "We both run tool libraries.", "idempotency_key": key}

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(intro_url(target), form, follow=True)
    with django_capture_on_commit_callbacks(execute=True):
        second = client.post(intro_url(target), form, follow=True)

    said = "Your note was emailed to Tess Target."
    assert (said in first.content.decode(), said in second.content.decode()) == (True, True)
    assert [r.note for r in _requests()] == ["We both run tool libraries."]
    assert [m.to for m in mail.outbox] == [["target@example.org"]]
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="introduction.requested").count() == 1


def test_the_same_form_with_an_edited_note_keeps_the_first(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    client = client_for(asker.user)
    key = str(uuid.uuid4())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(intro_url(target), {"note": "First words.", "idempotency_key": key})
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(
            intro_url(target), {"note": "Second words.", "idempotency_key": key}, follow=True
        )

    assert (
        "This form was already sent, so your first note stands as it was: “First words.”. "
        "Your changes were not sent."
    ) in again.content.decode()
    assert [r.note for r in _requests()] == ["First words."]
    assert len(mail.outbox) == 0  # no steward in this network: nobody to tell


def test_the_same_form_with_the_email_newly_shared_keeps_the_first(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """Ticking "share my email address" before sending the form again changes what was
    asked: it used to answer "Your note was emailed" though the address was never shared."""
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    client = client_for(asker.user)
    key = str(uuid.uuid4())
    form = {"note": "Same words.", "idempotency_key": key}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(intro_url(target), form)
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(intro_url(target), {**form, "share_email": "on"}, follow=True)

    assert "Your changes were not sent." in again.content.decode()
    assert [(r.note, r.share_email) for r in _requests()] == [("Same words.", False)]


def test_a_key_used_for_another_member_is_refused_and_the_form_gets_a_fresh_one(
    network,
) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    first, second = MembershipFactory(network=network), MembershipFactory(network=network)
    client = client_for(asker.user)
    key = str(uuid.uuid4())
    client.post(intro_url(first), {"note": "Hello.", "idempotency_key": key})

    response = client.post(intro_url(second), {"note": "Hello.", "idempotency_key": key})

    body = response.content.decode()
    assert response.status_code == 400
    assert "This form was already used to ask for another introduction" in body
    (new_key,) = re.findall(KEY_INPUT, body)
    assert new_key != key
    assert [r.target_id for r in _requests()] == [first.user_id]


def test_every_profile_page_carries_its_own_key(network) -> None:  # type: ignore[no-untyped-def]
    """The fellow member's page is cached for everyone of one class; its key is not."""
    target = MembershipFactory(network=network)
    one, other = (client_for(MembershipFactory(network=network).user) for _n in range(2))

    keys = [
        re.findall(KEY_INPUT, client.get(profile_url(target)).content.decode())
        for client in (one, one, other)
    ]

    assert [len(found) for found in keys] == [1, 1, 1]
    assert len({found[0] for found in keys}) == 3
    assert all(uuid.UUID(found[0]) for found in keys)


def test_the_same_note_to_the_same_member_within_a_day_is_refused_whatever_its_status(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = _consenting(network, full_name="Tess Target")
    client = client_for(asker.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(intro_url(target), fresh({"note": "We both run tool libraries."}))

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(intro_url(target), fresh({"note": "we both run  tool\nlibraries. "}))

    assert again.status_code == 400
    assert (
        "You sent this same note to Tess Target in the last 24 hours, so it was not sent "
        "again. To add something, write a different note."
    ) in again.content.decode()
    assert [r.status for r in _requests()] == [IntroductionStatus.SENT]
    assert len(mail.outbox) == 1


def test_the_same_note_may_be_emailed_again_after_the_rest(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = _consenting(network)
    with scopes_disabled():
        first = _ask(asker, target, now=timezone.now() - DIRECT_REST - timedelta(hours=1))
        second = _ask(asker, target)

    assert (first.outcome, second.outcome) == ("created", "created")
    assert len(_requests()) == 2


def test_each_email_is_in_its_recipients_language_not_the_askers(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """A member who reads the site in Spanish asked: the note went to an English-speaking
    member, and the notice to an English-speaking steward, in Spanish (the asker's request's
    language), where every email is written in its recipient's (Languages)."""
    MembershipFactory(network=network, role=Role.STEWARD, user__email="steward@example.org")
    asker = MembershipFactory(network=network, user__full_name="Ana Ruiz")
    agreed = MembershipFactory(network=network, user__email="agreed@example.org")
    quiet = MembershipFactory(network=network, user__full_name="Quiet Person")
    with scopes_disabled():
        user_language_set(user=asker.user, language="es")
        introduction_consent_set(network=network, user=agreed.user, consent=True)
    client = client_for(asker.user)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(intro_url(agreed), fresh({"note": "Hola."})).status_code == 302
        assert client.post(intro_url(quiet), fresh({"note": "Hola."})).status_code == 302

    note, notice = mail.outbox
    assert note.to == ["agreed@example.org"]
    assert "would like to meet you" in note.subject
    assert "would like to be introduced to you" in note.body
    assert notice.to == ["steward@example.org"]
    assert "An introduction to make" in notice.subject


def test_a_youth_member_suspended_meanwhile_cannot_be_introduced_only_declined(
    django_capture_on_commit_callbacks,
) -> None:  # type: ignore[no-untyped-def]
    """A guardian withdrew consent after an adult asked to meet their child: the request is
    still on the stewards' list, and "introduced" would put an adult in touch with a minor
    whose participation has been stopped. It is refused in words and changes nothing;
    declining still answers the requester."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    steward = MembershipFactory(network=youth, role=Role.STEWARD)
    adult = MembershipFactory(network=youth)
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__full_name="Yara Young",
    )
    with django_capture_on_commit_callbacks(execute=True):
        client_for(adult.user).post(intro_url(minor), fresh({"note": "Hi, can we meet?"}))
    (row,) = _requests()
    membership_consent_revoked(network=youth, user=minor.user)
    decide = reverse(
        "matching:introduction_decide", kwargs={"network_slug": youth.slug, "request_id": row.pk}
    )
    steward_client = client_for(steward.user)
    mail.outbox.clear()

    response = steward_client.post(decide, {"status": "done"}, follow=True)

    assert (
        "Yara Young is no longer an active member of this network, so this introduction "
        "cannot be made: decline the request."
    ) in response.content.decode()
    row.refresh_from_db()
    assert row.status == IntroductionStatus.PENDING
    assert mail.outbox == []
    with scopes_disabled():
        assert not AuditEvent.objects.filter(action="introduction.done").exists()

    with django_capture_on_commit_callbacks(execute=True):
        steward_client.post(decide, {"status": "declined", "confirm": "yes"})
    row.refresh_from_db()
    assert row.status == IntroductionStatus.DECLINED
    assert [m.to for m in mail.outbox] == [[adult.user.email]]


def test_the_stewards_list_shows_the_latest_decisions_first_whatever_their_answer(
    network,
) -> None:  # type: ignore[no-untyped-def]
    """ "Handled" is the stewards' record of what was answered lately: a request declined
    today comes before one introduced last week (sorted by answer, every "introduced"
    came first, and the list's cap could drop the latest declines)."""
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    older, newer = (
        MembershipFactory(network=network, user__full_name=name)
        for name in ("Olive Older", "Nadia Newer")
    )
    now = timezone.now()
    with scopes_disabled():
        for target in (older, newer):
            _ask(asker, target, f"Hello {target.user.full_name}.")
        by_target = {r.target_id: r for r in _requests()}
        introduction_decide(
            introduction=by_target[older.user_id],
            actor=steward.user,
            status=IntroductionStatus.DONE,
            now=now - timedelta(days=7),
        )
        introduction_decide(
            introduction=by_target[newer.user_id],
            actor=steward.user,
            status=IntroductionStatus.DECLINED,
            now=now,
        )

    response = client_for(steward.user).get(introductions_url(network))

    assert [r.target.full_name for r in response.context["decided"]] == [
        "Nadia Newer",
        "Olive Older",
    ]


def test_a_double_tapped_answer_is_saved_once_and_says_saved(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """A double tap on "Introduced" sends the answer twice and the browser shows the second
    response: it must say the answer is saved, not that the request "was already handled"
    (the steward's own answer, a moment ago), and nothing is sent or recorded twice."""
    asker, row, decide, steward_client = _asked_of_a_steward(network)

    with django_capture_on_commit_callbacks(execute=True):
        steward_client.post(decide, {"status": "done"})
        second = steward_client.post(decide, {"status": "done"}, follow=True)

    body = second.content.decode()
    assert "Saved." in body
    assert "already handled" not in body
    assert [m.to for m in mail.outbox] == [[asker.user.email]]
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="introduction.done").count() == 1
    row.refresh_from_db()
    assert row.status == IntroductionStatus.DONE


def test_a_membership_that_ends_takes_the_agreement_to_be_emailed_with_it(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """What a membership leaves behind when it ends is dropped, not kept for a return
    (networks' rule): someone removed and admitted again years later had members' notes
    emailed to them again on an agreement they gave the earlier membership. They switch
    it on again themselves; until then requests go through the stewards."""
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    agreed = MembershipFactory(network=network, user__email="agreed@example.org")
    with scopes_disabled():
        introduction_consent_set(network=network, user=agreed.user, consent=True)
    membership_status_override(
        membership=agreed, status=MembershipStatus.REMOVED, note="Left", actor=steward.user
    )
    membership_status_override(
        membership=agreed, status=MembershipStatus.ACTIVE, note="Back", actor=steward.user
    )
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        client_for(asker.user).post(intro_url(agreed), fresh({"note": "Hello again."}))

    (row,) = _requests()
    assert row.status == IntroductionStatus.PENDING
    assert [m.to for m in mail.outbox] == [[steward.user.email]]
    with scopes_disabled():
        assert AuditEvent.objects.filter(
            action="introduction.consent_withdrawn", data__membership_ended=True
        ).exists()


def _pending_request(network, asker, target) -> IntroductionRequest:  # type: ignore[no-untyped-def]
    response = client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))
    assert response.status_code == 302
    (row,) = [r for r in _requests() if r.target_id == target.user_id]
    assert row.status == IntroductionStatus.PENDING
    return row


def decide_url(row: IntroductionRequest) -> str:
    return reverse(
        "matching:introduction_decide",
        kwargs={"network_slug": row.network.slug, "request_id": row.pk},
    )


def test_a_steward_asked_to_meet_leaves_the_decision_to_another_steward(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The steward someone asks to meet does not decide that request while another steward
    can (as for a steward's own proposal): no buttons on their list, a refusal that changes
    nothing if they post anyway, and the notice goes to the stewards who can decide."""
    asked = MembershipFactory(network=network, role=Role.STEWARD, user__full_name="Asked Steward")
    other = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    with django_capture_on_commit_callbacks(execute=True):
        row = _pending_request(network, asker, asked)
    assert [m.to for m in mail.outbox] == [[other.user.email]]

    listing = client_for(asked.user).get(introductions_url(network)).content.decode()
    assert decide_url(row) not in listing
    assert "Another steward decides this one: it is about you." in listing
    response = client_for(asked.user).post(
        decide_url(row), {"status": "declined", "confirm": "yes"}, follow=True
    )
    assert "Another steward decides this one: it is about you." in response.content.decode()
    with scopes_disabled(), pytest.raises(ValidationError):
        introduction_decide(introduction=row, actor=asked.user, status="done")
    row.refresh_from_db()
    assert (row.status, row.decided_by) == (IntroductionStatus.PENDING, None)

    listing = client_for(other.user).get(introductions_url(network)).content.decode()
    assert decide_url(row) in listing
    assert client_for(other.user).post(decide_url(row), {"status": "done"}).status_code == 302
    row.refresh_from_db()
    assert (row.status, row.decided_by) == (IntroductionStatus.DONE, other.user)


def test_a_lone_steward_asked_to_meet_still_decides(network) -> None:  # type: ignore[no-untyped-def]
    """Nobody else could: refusing would leave the request waiting for ever."""
    asked = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    row = _pending_request(network, asker, asked)
    listing = client_for(asked.user).get(introductions_url(network)).content.decode()
    assert decide_url(row) in listing
    assert client_for(asked.user).post(decide_url(row), {"status": "done"}).status_code == 302
    row.refresh_from_db()
    assert (row.status, row.decided_by) == (IntroductionStatus.DONE, asked.user)


def test_a_steward_who_asked_leaves_the_decision_to_another_steward(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network, role=Role.STEWARD)
    other = MembershipFactory(network=network, role=Role.STEWARD)
    target = MembershipFactory(network=network)
    row = _pending_request(network, asker, target)
    client_for(asker.user).post(decide_url(row), {"status": "done"})
    row.refresh_from_db()
    assert row.status == IntroductionStatus.PENDING
    assert client_for(other.user).post(decide_url(row), {"status": "done"}).status_code == 302
    row.refresh_from_db()
    assert row.decided_by == other.user


def home_count(membership) -> int:  # type: ignore[no-untyped-def]
    """The introductions figure on the network home, as the steward reads it."""
    body = client_for(membership.user).get(f"/n/{membership.network.slug}/").content.decode()
    found = re.search(
        r'<span class="figure">(\d+)</span> <span class="figure-label">introduction', body
    )
    assert found is not None, "the home shows no introductions figure"
    return int(found.group(1))


def test_the_home_counts_only_the_introductions_the_steward_can_decide(network) -> None:  # type: ignore[no-untyped-def]
    """A request about the viewing steward is another steward's to decide, so their home
    does not count it: the figure matches the buttons on their list. A lone steward, whom
    nobody else can relieve, still counts it; a decided request counts for nobody."""
    asked = MembershipFactory(network=network, role=Role.STEWARD)
    other = MembershipFactory(network=network, role=Role.STEWARD)
    _pending_request(network, MembershipFactory(network=network), asked)
    _pending_request(network, other, MembershipFactory(network=network))
    _pending_request(
        network, MembershipFactory(network=network), MembershipFactory(network=network)
    )

    assert home_count(asked) == 2  # the one about them is the other's
    assert home_count(other) == 2  # the one they asked is the asked steward's
    listing = client_for(asked.user).get(introductions_url(network)).content.decode()
    # Each request's answers ("Introduced", and "Decline…" behind its confirmation).
    assert len(set(re.findall(r"/introductions/\d+/decide/", listing))) == 2

    # Once the other steward has left, the asked one is the only one who can answer.
    membership_status_override(
        membership=other, status=MembershipStatus.REMOVED, note="Moved away", actor=asked.user
    )
    assert home_count(asked) == 3


def test_on_the_18th_birthday_the_stewards_list_no_longer_copies_the_guardian_in() -> None:
    """The list named the guardian to copy in, and hid the young adult's own address, until
    the account was moved to an adult age band: from the birthday on, the list reads the
    date of birth itself (the cohort's calendar, far from UTC)."""
    youth = NetworkFactory(
        kind=NetworkKind.YOUTH, parent=NetworkFactory(), time_zone="Pacific/Kiritimati"
    )
    steward = MembershipFactory(network=youth, role=Role.STEWARD)
    adult = MembershipFactory(network=youth, user__email="adult@example.org")
    turning = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__email="turning18@example.org",
    )
    _consent, token = guardian_consent_request(
        user=turning.user, network=youth, guardian_email="parent@example.org"
    )
    guardian_consent_confirm(token=token, guardian_name="Pat Parent", agree=True)
    client_for(adult.user).post(intro_url(turning), fresh({"note": "Hi, can we meet?"}))
    before = client_for(steward.user).get(introductions_url(youth)).content.decode()
    # The 18th birthday comes (on the cohort's calendar).
    today = date_in(youth, timezone.now())
    with scopes_disabled():
        Membership.objects.filter(pk=turning.pk).update(
            born_on=date(today.year - 18, 2, 28)  # 29 February: 18 since the day before
            if (today.month, today.day) == (2, 29)
            else today.replace(year=today.year - 18)
        )

    after = client_for(steward.user).get(introductions_url(youth)).content.decode()

    assert "parent@example.org" in before
    assert "turning18@example.org" not in before
    assert "parent@example.org" not in after
    assert "turning18@example.org" in after


def _decline(steward, request_row) -> None:  # type: ignore[no-untyped-def]
    client_for(steward.user).post(
        reverse(
            "matching:introduction_decide",
            kwargs={"network_slug": request_row.network.slug, "request_id": request_row.pk},
        ),
        {"status": "declined", "confirm": "yes"},
    )


def test_after_a_decline_asking_again_at_once_is_refused_and_emails_no_steward(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network, user__full_name="Quiet Person")
    client = client_for(asker.user)
    client.post(intro_url(target), fresh({"note": "Hello there."}))
    (first,) = _requests()
    _decline(steward, first)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(intro_url(target), fresh({"note": "Please, just one coffee."}))

    assert again.status_code == 400
    body = again.content.decode()
    assert "The stewards declined your request to meet Quiet Person" in body
    assert [r.status for r in _requests()] == [IntroductionStatus.DECLINED]
    assert mail.outbox == []  # no steward is emailed again


def test_a_declined_request_rests_for_its_days_then_one_may_ask_again(network) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    long_ago = timezone.now() - DECLINED_REST - timedelta(hours=1)
    with scopes_disabled():
        first = _ask(asker, target, now=long_ago).request
        introduction_decide(introduction=first, actor=steward.user, status="declined", now=long_ago)
        again = _ask(asker, target, "A year on, a new project.")
    assert again.outcome == "created"


def test_a_second_note_emailed_to_the_same_member_within_days_is_refused(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = _consenting(network, full_name="Tess Target")
    client = client_for(asker.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(intro_url(target), fresh({"note": "We both run tool libraries."}))
    # Nine more notes, each worded differently, would each reach her inbox the same day.
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(intro_url(target), fresh({"note": "Did you see my note?"}))

    assert again.status_code == 400
    assert "You emailed Tess Target on" in again.content.decode()
    assert [r.note for r in _requests()] == ["We both run tool libraries."]
    assert len(mail.outbox) == 1


def test_the_rest_between_notes_to_one_member_holds_under_any_other_key(network) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = _consenting(network)
    with scopes_disabled():
        _ask(asker, target, now=timezone.now() - DIRECT_REST + timedelta(hours=1))
        with pytest.raises(ValidationError):
            _ask(asker, target, "Something else entirely.")
        # Another member is not affected.
        other = MembershipFactory(network=network)
        _ask(asker, other, "Something else entirely.")
    assert len(_requests()) == 2


def test_the_email_links_the_page_where_the_member_switches_these_emails_off(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    asker = MembershipFactory(network=network)
    target = _consenting(network)
    with django_capture_on_commit_callbacks(execute=True):
        client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))

    (message,) = mail.outbox
    # Their own profile, at the switch: "in the member directory" left them to find it.
    assert f"/n/{network.slug}/members/{target.pk}/#intro-pref" in message.body
    response = client_for(target.user).get(profile_url(target))
    assert 'id="intro-pref"' in response.content.decode()


def test_the_profile_says_when_one_may_write_again_before_anything_is_typed(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    emailed = MembershipFactory(network=network, user__full_name="Tess Target")
    declined = MembershipFactory(network=network, user__full_name="Quiet Person")
    with scopes_disabled():
        introduction_consent_set(network=network, user=emailed.user, consent=True)
    client = client_for(asker.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(intro_url(emailed), fresh({"note": "Hello there."}))
        client.post(intro_url(declined), fresh({"note": "Hello there."}))
    (waiting,) = [r for r in _requests() if r.status == IntroductionStatus.PENDING]
    _decline(steward, waiting)
    today = date_in(network, timezone.now())

    def notice(member) -> str:  # type: ignore[no-untyped-def]
        body = client.get(profile_url(member)).content.decode()
        found = re.search(r'<p class="notice intro-rest">(.*?)</p>', body, re.S)
        return found.group(1) if found else ""

    assert notice(emailed).startswith("You emailed Tess Target on")
    assert "you can write to them again from" in notice(emailed)
    assert notice(declined).startswith("The stewards declined your request to meet Quiet Person")
    # Someone not written to: no notice. Nor on the asker's own profile.
    assert notice(MembershipFactory(network=network)) == ""
    assert notice(asker) == ""
    # Each person's own page: the cached shared part carries nobody's notice.
    assert notice(emailed) != notice(declined)
    assert str(today.year) in notice(emailed)


def test_while_a_request_waits_the_profile_says_so_instead_of_offering_the_form(
    network,
) -> None:  # type: ignore[no-untyped-def]
    """The service refuses a second request while the first waits for a steward; the
    profile said nothing of it and offered the form, so the member typed a note in vain."""
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network, user__full_name="Quinn Quiet")
    client = client_for(asker.user)
    client.post(intro_url(target), fresh({"note": "Hello there."}))

    body = client.get(profile_url(target)).content.decode()

    found = re.search(r'<p class="notice intro-rest">(.*?)</p>', body, re.S)
    assert found is not None
    assert "Your request to meet Quinn Quiet is waiting for the stewards" in found.group(1)
    # The form follows the notice, which the stylesheet hides it behind (`.intro-rest ~ form`).
    assert body.index("intro-rest") < body.index('name="note"')


def test_a_yes_no_box_sits_in_its_own_group_beside_its_words(network) -> None:  # type: ignore[no-untyped-def]
    """app.css puts a box beside its label only inside a wrapper of the two: unwrapped, the
    "share my email" box sat next to the submit button, a line below its words."""
    asker = MembershipFactory(network=network)
    target = _consenting(network)

    body = client_for(asker.user).get(profile_url(target)).content.decode()
    own = client_for(target.user).get(profile_url(target)).content.decode()

    assert re.search(r'<div class="check">\s*<label for="id_share_email"', body)
    assert re.search(r'<div class="check">\s*<label for="id_consent"', own)


def withdraw_url(row) -> str:  # type: ignore[no-untyped-def]
    return reverse(
        "matching:introduction_withdraw",
        kwargs={"network_slug": row.network.slug, "request_id": row.pk},
    )


def test_a_member_withdraws_a_waiting_request_then_may_ask_again(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """A member who changed their mind had no way back: the request sat on the stewards'
    list (who might still introduce them), and the profile only said to wait for an answer.
    Withdrawn, it leaves the list's waiting ones, tells nobody, and the member may ask again,
    the same note included (it was never acted on)."""
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network, user__full_name="Quinn Quiet")
    client = client_for(asker.user)
    client.post(intro_url(target), fresh({"note": "Hello there."}))
    (row,) = _requests()
    page = client.get(profile_url(target)).content.decode()
    assert f'action="{withdraw_url(row)}"' in page
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(withdraw_url(row))
        again = client.post(withdraw_url(row))  # a double tap: the same answer

    assert response.status_code == again.status_code == 302
    assert response["Location"] == profile_url(target)
    row.refresh_from_db()
    assert row.status == IntroductionStatus.WITHDRAWN
    assert mail.outbox == []
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="introduction.withdrawn").count() == 1
    page = client.get(profile_url(target)).content.decode()
    assert "withdrawn by you" in page
    assert "intro-rest" not in page
    assert f'action="{withdraw_url(row)}"' not in page
    steward_client = client_for(steward.user)
    listed = steward_client.get(
        reverse("matching:introductions", kwargs={"network_slug": network.slug})
    ).content.decode()
    assert "Nothing waiting." in listed
    assert "Withdrawn by the member" in listed
    decide = reverse(
        "matching:introduction_decide", kwargs={"network_slug": network.slug, "request_id": row.pk}
    )
    told = steward_client.post(decide, {"status": "done"}, follow=True).content.decode()
    assert "withdrew this request" in told
    row.refresh_from_db()
    assert row.status == IntroductionStatus.WITHDRAWN

    client.post(intro_url(target), fresh({"note": "Hello there."}))
    assert [r.status for r in _requests()] == [
        IntroductionStatus.PENDING,
        IntroductionStatus.WITHDRAWN,
    ]


def test_only_the_asker_withdraws_and_only_while_it_waits(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """Someone else's request is not found (its number tells nothing); one the stewards
    answered, or a note already emailed, cannot be taken back and the profile says why."""
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    asker, other = MembershipFactory(network=network), MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    direct = _consenting(network)
    client = client_for(asker.user)
    client.post(intro_url(target), fresh({"note": "Hello there."}))
    client.post(intro_url(direct), fresh({"note": "Hello you."}))
    emailed, waiting = _requests()
    assert emailed.status == IntroductionStatus.SENT

    assert client_for(other.user).post(withdraw_url(waiting)).status_code == 404
    assert client_for(steward.user).post(withdraw_url(waiting)).status_code == 404
    told = client.post(withdraw_url(emailed), follow=True).content.decode()
    assert "already emailed" in told
    with scopes_disabled():
        introduction_decide(introduction=waiting, actor=steward.user, status="done")
    told = client.post(withdraw_url(waiting), follow=True).content.decode()
    assert "already answered" in told
    waiting.refresh_from_db()
    emailed.refresh_from_db()
    assert (waiting.status, emailed.status) == (IntroductionStatus.DONE, IntroductionStatus.SENT)


def test_introducing_two_who_asked_to_meet_each_other_answers_both_requests(
    network, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """Each asked the stewards to meet the other: one introduction meets both, but the
    second request stayed waiting (on the list and the home's count), so the stewards
    introduced them again or left the other asker without an answer. Marking one
    "Introduced" marks the other too and tells each asker; declining one leaves the other."""
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    ana = MembershipFactory(network=network, user__email="ana@example.org")
    ben = MembershipFactory(network=network, user__email="ben@example.org")
    cy = MembershipFactory(network=network)
    with scopes_disabled():
        first = _ask(ana, ben).request
        second = _ask(ben, ana).request
        third = _ask(cy, ana).request
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        introduction_decide(introduction=first, actor=steward.user, status="done")

    for row in (first, second, third):
        row.refresh_from_db()
    assert (first.status, second.status) == (IntroductionStatus.DONE, IntroductionStatus.DONE)
    assert second.decided_by == steward.user
    assert third.status == IntroductionStatus.PENDING
    assert sorted(m.to[0] for m in mail.outbox) == ["ana@example.org", "ben@example.org"]
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="introduction.done").count() == 2

    dee, eve = MembershipFactory(network=network), MembershipFactory(network=network)
    with scopes_disabled():
        declined = _ask(dee, eve).request
        other_way = _ask(eve, dee).request
        introduction_decide(
            introduction=declined, actor=steward.user, status=IntroductionStatus.DECLINED
        )
    other_way.refresh_from_db()
    assert other_way.status == IntroductionStatus.PENDING


def test_the_withdraw_form_carries_each_requests_own_csrf_token(network) -> None:  # type: ignore[no-untyped-def]
    """The profile fills its viewer's requests into a part kept for everyone (the
    placeholder token turned into the request's own at the end): with CSRF enforced, the
    "Withdraw" form of a page, rendered or kept, is accepted."""
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network)
    client_for(asker.user).post(intro_url(target), fresh({"note": "Hello there."}))
    (row,) = _requests()
    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1")
    client.force_login(asker.user, backend="allauth.account.auth_backends.AuthenticationBackend")
    pages = [client.get(profile_url(target)).content.decode() for _ in range(2)]
    form = re.compile(
        rf'action="{re.escape(withdraw_url(row))}">'
        r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)"'
    )
    tokens = [form.findall(page) for page in pages]

    response = client.post(withdraw_url(row), {"csrfmiddlewaretoken": tokens[1][0]})

    assert csrf_placeholder() not in pages[0] + pages[1]
    assert [len(t) for t in tokens] == [1, 1]
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.status == IntroductionStatus.WITHDRAWN


def test_the_form_of_a_withdrawn_request_sent_again_says_it_was_withdrawn(network) -> None:  # type: ignore[no-untyped-def]
    """Back from the profile to the form already sent (its key), and Send again: the page
    said "Your request went to the stewards, who will introduce you" about a request the
    member had withdrawn, which nobody will act on. Failed on the old code (that message)."""
    asker = MembershipFactory(network=network)
    target = MembershipFactory(network=network, user__full_name="Quinn Quiet")
    client = client_for(asker.user)
    form = fresh({"note": "Hello there."})
    client.post(intro_url(target), form, follow=True)
    (row,) = _requests()
    client.post(withdraw_url(row), follow=True)

    told = client.post(intro_url(target), form, follow=True).content.decode()

    assert "went to the stewards" not in told
    assert "You withdrew this request, so nothing was sent" in told
    assert [r.status for r in _requests()] == [IntroductionStatus.WITHDRAWN]


@pytest.mark.parametrize(
    ("language", "stale", "said"),
    [
        (
            "en",
            "no_key",
            "This form is out of date, so nothing was sent; check your note and send it again.",
        ),
        (
            "en",
            "used_key",
            "This form was already used to ask for another introduction, so nothing was "
            "sent; check your note and send it again.",
        ),
        (
            "es",
            "no_key",
            "Este formulario está desactualizado, así que no se envió nada; revisa tu nota "
            "y envíala de nuevo.",
        ),
        (
            "es",
            "used_key",
            "Este formulario ya se usó para pedir otro contacto, así que no se envió nada; "
            "revisa tu nota y envíala de nuevo.",
        ),
    ],
)
def test_a_stale_form_keeps_the_note_and_says_so(
    network, language: str, stale: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    """The refusal of a stale form said "write your note again" while the note was still in
    the box (the form keeps it): the message now says to check it and send it again.
    Failed on the old code: the old words, in both languages."""
    asker = MembershipFactory(network=network)
    first, target = MembershipFactory(network=network), MembershipFactory(network=network)
    with scopes_disabled():
        user_language_set(user=asker.user, language=language)
    client = client_for(asker.user)
    key = str(uuid.uuid4())
    if stale == "used_key":
        client.post(intro_url(first), {"note": "Hello.", "idempotency_key": key})
    else:
        key = "not-a-key"

    response = client.post(
        intro_url(target), {"note": "Words worth keeping.", "idempotency_key": key}
    )

    body = response.content.decode()
    assert response.status_code == 400
    assert said in body
    assert ">\nWords worth keeping.</textarea>" in body  # kept in the box
    assert [r.target_id for r in _requests()] == ([first.user_id] if stale == "used_key" else [])
