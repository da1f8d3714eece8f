"""A substitute's pass email not delivered is most likely a mistyped address, and nobody could
correct it: a member names a substitute once per gathering, and "send the pass again" went
to the same address. Now the steward's "send again" form, and the member's own on their
gathering page while the pass is marked undelivered, take a corrected address: the pass is
re-issued to it (new link, old link "replaced", one email, one audit row that says the
address was corrected and holds no address). An address that could not be named as the
substitute is refused under the field, as when naming them, and nothing changes; so is one
given to another pass at the same moment (the unique constraint, never a 500)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_decide,
    substitution_request,
    substitution_revoke,
)
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import MembershipFactory
from tests.gatherings.test_substitute_pass_delivery import (
    NOT_DELIVERED,
    PASS_LINK,
    REPLACED,
    SEND_AGAIN,
    _actions,
    _manage,
    _mark,
    _opens,
    _resend_url,
    _row,
    _undelivered,
)

NEW = "sam.standin@example.org"
FIELD = "Correct the address"
RESENT = "substitution.pass_resent"


def _own_url(gathering: Gathering, substitution: Substitution, network: str = "alpha") -> str:
    return f"/n/{network}/gatherings/{gathering.pk}/substitute/{substitution.pk}/send-again/"


def _detail(member: User, gathering: Gathering) -> str:
    page = client_for(member).get(f"/n/alpha/gatherings/{gathering.pk}/")
    assert page.status_code == 200
    return page.content.decode()


def _resent_data(substitution: Substitution) -> list[dict[str, Any]]:
    with scopes_disabled():
        return list(
            AuditEvent.objects.filter(action=RESENT, target_id=str(substitution.pk)).values_list(
                "data", flat=True
            )
        )


# Who posts the form, and where: the steward on the manage page, the member on theirs.
def _steward_post(world: World, gathering: Gathering, substitution: Substitution):  # type: ignore[no-untyped-def]
    client = client_for(world.personas["steward"])
    mark = _mark(_manage(world, gathering))

    def post(email: str, **extra: Any):  # type: ignore[no-untyped-def]
        data = {"undelivered": mark, "email": email}
        return client.post(_resend_url(gathering, substitution), data, **extra)

    post.client = client  # type: ignore[attr-defined]
    return post


def _member_post(world: World, gathering: Gathering, substitution: Substitution):  # type: ignore[no-untyped-def]
    client = client_for(substitution.member)
    mark = _mark(_detail(substitution.member, gathering))

    def post(email: str, **extra: Any):  # type: ignore[no-untyped-def]
        data = {"undelivered": mark, "email": email}
        return client.post(_own_url(gathering, substitution), data, **extra)

    post.client = client  # type: ignore[attr-defined]
    return post


POSTERS: dict[str, Callable[..., Any]] = {"steward": _steward_post, "member": _member_post}
DONE_AT = {
    "steward": "/n/alpha/gatherings/{pk}/manage/",
    "member": "/n/alpha/gatherings/{pk}/#main",
}


@pytest.mark.parametrize("who", ["steward", "member"])
def test_a_corrected_address_gets_the_pass_once_with_a_new_link(
    who: str,
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code: the steward's form had no address (the pass went to the
    mistyped one again) and the member had no form at all. Posted twice (a double click),
    one email; the audit row says the address was corrected, and holds no address."""
    gathering, substitution, old = _undelivered(world, settings, django_capture_on_commit_callbacks)
    if who == "steward":
        page = _manage(world, gathering)
    else:
        page = _detail(substitution.member, gathering)
    assert FIELD in page
    assert f'id="id_pass{substitution.pk}_email"' in page
    post = POSTERS[who](world, gathering, substitution)

    with django_capture_on_commit_callbacks(execute=True):
        first = post(f"  {NEW} ")
    with django_capture_on_commit_callbacks(execute=True):
        second = post(NEW)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == DONE_AT[who].format(pk=gathering.pk)
    # (Corrected by a steward, the member is told too: test_substitute_address_member_told.)
    [sent] = [m for m in mail.outbox if m.to != ["rosa@alpha.example"]]
    assert (sent.to, sent.subject) == ([NEW], "Your pass for Spring Gathering")
    found = PASS_LINK.search(sent.body)
    assert found is not None
    row = _row(substitution)
    assert row.email == NEW
    assert row.pass_undelivered_at is None
    assert len(row.replaced_digests) == 1
    [data] = _resent_data(substitution)
    assert data == {"gathering": gathering.pk, "new_link": True, "address_corrected": True}
    with scopes_disabled():
        event = AuditEvent.objects.get(action=RESENT, target_id=str(substitution.pk))
    assert event.actor == (world.personas["steward"] if who == "steward" else substitution.member)
    assert _opens(found["token"])[0] == 200
    status, body = _opens(old)
    assert (status, REPLACED in body) == (410, True)

    after = post.client.get(first["Location"]).content.decode()
    assert f"The address of Sam Standin is corrected: the pass was sent to {NEW}" in after
    # The steward reads that the member was emailed (so does not write to them too); the
    # member, who corrected it themselves, is not told about their own email.
    told = "Rosa Delgado, who named them, is told by email."
    assert (told in after) == (who == "steward")
    # Delivered as far as anyone knows: neither page offers the form any more.
    assert NOT_DELIVERED not in _manage(world, gathering)
    member_page = _detail(substitution.member, gathering)
    assert NOT_DELIVERED not in member_page
    assert FIELD not in member_page


def test_a_blank_or_same_address_sends_to_the_same_one(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The same address in another case is no correction: sent to it as it was, and the
    audit row says so (failed on the old code: it did not say)."""
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    post = _member_post(world, gathering, substitution)
    with django_capture_on_commit_callbacks(execute=True):
        assert post("SAM@example.org").status_code == 302
    [sent] = mail.outbox
    assert sent.to == ["sam@example.org"]
    assert _row(substitution).email == "sam@example.org"
    assert _resent_data(substitution) == [
        {"gathering": gathering.pk, "new_link": True, "address_corrected": False}
    ]


def _approved_pass(world: World, gathering: Gathering, email: str) -> Substitution:
    """Another member of Alpha says yes and names a substitute at `email`, approved."""
    other = MembershipFactory(
        network=world.alpha, user__full_name="Olga Ortiz", user__email="olga@alpha.example"
    ).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=other, answer="yes", both_parts=True)
        substitution = substitution_request(
            gathering=gathering,
            member=other,
            name="Pat Proxy",
            email=email,
            reason="Away that week",
        )
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )
    return substitution


def _coming_member(world: World, gathering: Gathering) -> None:
    maya = MembershipFactory(
        network=world.alpha, user__full_name="Maya Cruz", user__email="maya@alpha.example"
    ).user
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=maya, answer="yes", both_parts=True)


BAD_ADDRESSES = {
    "not an email": ("sam at example", "Enter the substitute's email, like name@example.org."),
    "two lines": ("sam@example.org\nbcc@example.org", "the substitute's email"),
    "the member's own": (
        "Rosa@Alpha.example",
        "This address cannot be named as a substitute for this gathering.",
    ),
    "another pass's": (
        "PAT@example.org",
        "Pat Proxy already holds a pass for this gathering under this email address",
    ),
    "a member coming": (
        "maya@alpha.example",
        "Maya Cruz already holds a seat at this gathering with their own answer",
    ),
}


@pytest.mark.parametrize("who", ["steward", "member"])
@pytest.mark.parametrize("bad", list(BAD_ADDRESSES))
def test_an_address_that_cannot_take_the_pass_is_refused_under_the_field(
    who: str,
    bad: str,
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Refused as naming the substitute refuses it, beside the field, with the page shown
    again (the form keeps what was typed); nothing sent, written or changed. Failed on the
    old code: the address was ignored and the pass sent again."""
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    _approved_pass(world, gathering, "pat@example.org")
    _coming_member(world, gathering)
    mail.outbox.clear()
    before = _row(substitution)
    post = POSTERS[who](world, gathering, substitution)
    email, expected = BAD_ADDRESSES[bad]

    with django_capture_on_commit_callbacks(execute=True):
        response = post(email)

    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    field = body.split(f'id="id_pass{substitution.pk}_email"', 1)[1].split("</div>", 1)[0]
    assert 'class="error" role="alert"' in field
    assert expected in field
    assert NOT_DELIVERED in body
    row = _row(substitution)
    assert (row.email, row.pass_digest, row.replaced_digests, row.pass_undelivered_at) == (
        before.email,
        before.pass_digest,
        before.replaced_digests,
        before.pass_undelivered_at,
    )
    assert _actions(substitution, RESENT) == 0
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["steward", "member"])
def test_an_address_given_to_another_pass_at_once_is_refused_not_a_500(
    who: str,
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Two passes given one address at the same moment: the check found it free, and the
    other write lands just before this one's. The unique constraint refuses it, and the
    refusal is said under the field; nothing changes, nothing is sent. The other write here
    is a statement run on the same connection just ahead of the pass's UPDATE (a write
    that took no lock), so it is rolled back with it."""
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    other = _approved_pass(world, gathering, "pat@example.org")
    mail.outbox.clear()
    before = _row(substitution)
    post = POSTERS[who](world, gathering, substitution)
    raced: list[str] = []

    def other_write_first(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        if sql.startswith('UPDATE "gatherings_substitution"') and '"email" =' in sql:
            raced.append(sql)
            execute(
                'UPDATE "gatherings_substitution" SET "email" = %s WHERE "id" = %s',
                [NEW, other.pk],
                False,
                context,
            )
        return execute(sql, params, many, context)

    with (
        connection.execute_wrapper(other_write_first),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = post(NEW)

    assert raced
    assert response.status_code == 200
    body = html.unescape(response.content.decode())
    field = body.split(f'id="id_pass{substitution.pk}_email"', 1)[1].split("</div>", 1)[0]
    assert "Another pass for this gathering was just given this address" in field
    row = _row(substitution)
    assert (row.email, row.pass_digest, row.pass_undelivered_at) == (
        before.email,
        before.pass_digest,
        before.pass_undelivered_at,
    )
    assert _row(other).email == "pat@example.org"
    assert _actions(substitution, RESENT) == 0
    assert mail.outbox == []


def test_the_member_form_is_for_their_own_undelivered_pass_only(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Another member, the network's own steward (their form is on the manage page) and a
    steward of another network find nothing there (404); a pass withdrawn, or a gathering
    over, is refused in words. Nothing is sent or changed by any of them."""
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    mark = _mark(_detail(substitution.member, gathering))
    form = {"undelivered": mark, "email": NEW}
    url = _own_url(gathering, substitution)
    before = _row(substitution)

    def unchanged() -> None:
        row = _row(substitution)
        assert (row.email, row.pass_digest, row.pass_undelivered_at) == (
            before.email,
            before.pass_digest,
            before.pass_undelivered_at,
        )
        assert _actions(substitution, RESENT) == 0
        assert mail.outbox == []

    assert client_for(world.personas["member"]).post(url, form).status_code == 404
    assert client_for(world.personas["steward"]).post(url, form).status_code == 404
    foreign = client_for(world.personas["foreign_steward"])
    assert foreign.post(url, form).status_code == 404
    assert foreign.post(_own_url(gathering, substitution, "bravo"), form).status_code == 404
    # Another member's pass, theirs undelivered too: not Rosa's to correct, nor theirs Rosa's.
    other = _approved_pass(world, gathering, "pat@example.org")
    mail.outbox.clear()
    olga = client_for(other.member)
    assert olga.post(url, form).status_code == 404
    assert client_for(substitution.member).post(_own_url(gathering, other), form).status_code == 404
    unchanged()

    member = client_for(substitution.member)
    # The gathering over: its passes have stopped.
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(
            starts_at=timezone.now() - timedelta(days=2),
            ends_at=timezone.now() - timedelta(days=1),
        )
    with django_capture_on_commit_callbacks(execute=True):
        response = member.post(url, form, follow=True)
    assert "This gathering is over: its passes have stopped already." in response.content.decode()
    unchanged()
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(
            starts_at=gathering.starts_at, ends_at=gathering.ends_at
        )

    # Withdrawn.
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        assert substitution_revoke(substitution=substitution, actor=world.personas["steward"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = member.post(url, form, follow=True)
    assert "This substitute&#x27;s pass was withdrawn, so it cannot be sent again." in (
        response.content.decode()
    )
    assert _row(substitution).email == before.email
    assert _actions(substitution, RESENT) == 0
    assert mail.outbox == []
    assert SEND_AGAIN not in _detail(substitution.member, gathering)


def test_a_delivered_pass_offers_the_member_no_form_and_takes_no_address(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Only while the pass email is marked undelivered: a post from a page left open (a
    mark, or none) sends nothing and keeps the address."""
    from tests.gatherings.substitute_setup import approved, member_rosa
    from tests.gatherings.test_substitute_pass_delivery import _gathering

    gathering = _gathering(world)
    substitution, _token = approved(
        world, gathering, member_rosa(world), django_capture_on_commit_callbacks
    )
    mail.outbox.clear()
    page = _detail(substitution.member, gathering)
    assert FIELD not in page
    member = client_for(substitution.member)
    for data in ({"email": NEW}, {"email": NEW, "undelivered": timezone.now().isoformat()}):
        with django_capture_on_commit_callbacks(execute=True):
            response = member.post(_own_url(gathering, substitution), data, follow=True)
        assert "was not reported undelivered, so it was not sent again." in (
            response.content.decode()
        )
    assert _row(substitution).email == "sam@example.org"
    assert mail.outbox == []
    assert _actions(substitution, RESENT) == 0
