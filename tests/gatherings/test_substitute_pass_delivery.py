"""A substitute's pass email the mail queue gives up (the server refused it, or was down, for
two days) was deleted and counted, and nobody learned it: the substitute never had the link,
and neither the stewards nor the member who named them were told. Now the substitution is
marked, once and on the record; the stewards' list and the member's page say "Pass email not
delivered"; and a steward sends the pass again, with a new link, once however often the form
is posted. A link replaced (by that, or by a reinstatement) answers a page that says so,
naming nothing, where a made-up link still finds nothing: only digests of the replaced links
are kept, the last few."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import timedelta
from functools import partial

from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, Substitution
from collaboratory.gatherings.services import (
    substitution_request,
    substitution_revoke,
)
from collaboratory.networks.mail import mail_retries_send
from collaboratory.networks.models import MailRetry, Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_status_override
from tests.conftest import World, client_for
from tests.factories import GatheringFactory
from tests.gatherings.substitute_setup import approved, member_rosa
from tests.mail.silent import refusing_mail_server


def substitute_pass_given_up(*args: object) -> bool:
    """The mail queue's hook for a given-up pass email, as `networks.mail` calls it
    (imported here, so the tests of what the old code lacked fail on behaviour)."""
    from collaboratory.gatherings.services.substitutes import (
        substitute_pass_given_up as given_up,
    )

    return given_up(*args)


LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
NOT_DELIVERED = "Pass email not delivered"
SEND_AGAIN = "Send the pass of Sam Standin again"
PASS_LINK = re.compile(r"https?://\S+/gatherings/pass/key/(?P<token>[^/\s]+)/")
REPLACED = "This pass link was replaced by a newer one, sent by email."


def _gathering(world: World) -> Gathering:
    return GatheringFactory(network=world.alpha, title="Spring Gathering")


def _given_up_after_two_days(settings) -> None:  # type: ignore[no-untyped-def]
    """The retry's pass two days and a minute on, the server still refusing: it gives up."""
    refusing_mail_server(settings)
    mail_retries_send(now=timezone.now() + timedelta(days=2, minutes=1))
    with scopes_disabled():
        assert not MailRetry.objects.exists()


def _row(substitution: Substitution) -> Substitution:
    with scopes_disabled():
        return Substitution.objects.get(pk=substitution.pk)


def _actions(substitution: Substitution, action: str) -> int:
    with scopes_disabled():
        return AuditEvent.objects.filter(action=action, target_id=str(substitution.pk)).count()


def _manage(world: World, gathering: Gathering) -> str:
    page = client_for(world.personas["steward"]).get(f"/n/alpha/gatherings/{gathering.pk}/manage/")
    assert page.status_code == 200
    return page.content.decode()


def _resend_url(gathering: Gathering, substitution: Substitution, network: str = "alpha") -> str:
    return f"/n/{network}/gatherings/{gathering.pk}/substitutes/{substitution.pk}/send-again/"


def _mark(manage: str) -> str:
    """The undelivered mark the manage page's "send again" form posts back."""
    found = re.search(r'name="undelivered" value="([^"]+)"', manage)
    assert found is not None, manage
    return found[1]


def _opens(token: str) -> tuple[int, str]:
    page = client_for(None).get(f"/gatherings/pass/key/{token}/")
    return page.status_code, page.content.decode()


def _undelivered(  # type: ignore[no-untyped-def]
    world: World, settings, captured
) -> tuple[Gathering, Substitution, str]:
    """Rosa names Sam; the steward approves while the mail server refuses; two days on the
    queue gives the pass email up. Mail goes to the outbox from then on."""
    gathering = _gathering(world)
    rosa = member_rosa(world)
    refusing_mail_server(settings)
    substitution, token = approved(world, gathering, rosa, captured)
    with scopes_disabled():
        assert list(MailRetry.objects.values_list("topic", flat=True)) == [
            f"substitute-pass:{substitution.pk}"
        ]
    _given_up_after_two_days(settings)
    settings.EMAIL_BACKEND = LOCMEM
    mail.outbox.clear()
    return gathering, substitution, token


def test_a_given_up_pass_email_is_said_to_the_steward_and_the_member(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code: the given-up email left no trace but a count."""
    gathering, substitution, _token = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )

    assert _row(substitution).pass_undelivered_at is not None
    assert _actions(substitution, "substitution.pass_undelivered") == 1
    manage = _manage(world, gathering)
    assert NOT_DELIVERED in manage
    assert SEND_AGAIN in manage
    assert f'action="{_resend_url(gathering, substitution)}"' in manage
    rosa_page = client_for(substitution.member).get(f"/n/alpha/gatherings/{gathering.pk}/")
    body = rosa_page.content.decode()
    assert NOT_DELIVERED in body
    assert "the email with the pass for Sam Standin (sam@example.org)" in body
    # Nobody else was told anything, and the substitute could not be.
    assert mail.outbox == []


def test_a_given_up_email_is_marked_once_and_only_for_the_current_link(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Two workers giving up (or a second email of the same link): one mark, one audit row.
    An email made before the current link was issued is no news about it; a delivered pass
    shows nothing on either page."""
    gathering = _gathering(world)
    substitution, _token = approved(
        world, gathering, member_rosa(world), django_capture_on_commit_callbacks
    )
    assert NOT_DELIVERED not in _manage(world, gathering)
    issued = _row(substitution).pass_link_at
    assert issued is not None

    assert not substitute_pass_given_up(world.alpha, str(substitution.pk), issued - timedelta(1))
    assert _row(substitution).pass_undelivered_at is None
    assert substitute_pass_given_up(world.alpha, str(substitution.pk), issued)
    assert not substitute_pass_given_up(world.alpha, str(substitution.pk), issued)
    # Another network's queue names no substitution of this one.
    assert not substitute_pass_given_up(world.bravo, str(substitution.pk), issued)
    assert not substitute_pass_given_up(world.alpha, "not-a-number", issued)

    assert _actions(substitution, "substitution.pass_undelivered") == 1


def test_a_steward_sends_the_pass_again_once_with_a_new_link(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """One email and one audit row however often the form is posted (a double click): the
    second post finds it sent since the page was loaded. The new link opens the pass; the
    old one says it was replaced, and nothing else."""
    gathering, substitution, old = _undelivered(world, settings, django_capture_on_commit_callbacks)
    steward = client_for(world.personas["steward"])
    form = {"undelivered": _mark(_manage(world, gathering))}

    with django_capture_on_commit_callbacks(execute=True):
        first = steward.post(_resend_url(gathering, substitution), form)
    with django_capture_on_commit_callbacks(execute=True):
        second = steward.post(_resend_url(gathering, substitution), form)

    assert first.status_code == second.status_code == 302
    assert first["Location"] == f"/n/alpha/gatherings/{gathering.pk}/manage/"
    [sent] = mail.outbox
    assert (sent.to, sent.subject) == (["sam@example.org"], "Your pass for Spring Gathering")
    assert "This link replaces the one in any earlier email about this pass" in sent.body
    found = PASS_LINK.search(sent.body)
    assert found is not None
    new = found["token"]
    assert _actions(substitution, "substitution.pass_resent") == 1
    row = _row(substitution)
    assert row.pass_undelivered_at is None
    assert row.pass_digest == hashlib.sha256(new.split(".", 1)[1].encode()).hexdigest()
    assert row.replaced_digests == [hashlib.sha256(old.split(".", 1)[1].encode()).hexdigest()]
    after = steward.get(second["Location"]).content.decode()
    assert "The pass of Sam Standin was already sent again: nothing more was sent." in after
    assert NOT_DELIVERED not in after

    status, body = _opens(new)
    assert status == 200
    assert "Sam Standin is welcome" in body
    status, body = _opens(old)
    assert status == 410
    assert REPLACED in body
    for named in ("Spring Gathering", "Sam", "Rosa", "Alpha"):
        assert named not in body
    # A made-up link, for this pass's id or another, is still "not found".
    assert _opens(f"{substitution.pk}.{secrets.token_urlsafe(32)}")[0] == 404
    assert _opens(f"{substitution.pk + 1000}.{old.split('.', 1)[1]}")[0] == 404


def test_the_send_again_email_given_up_too_is_marked_again(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    steward = client_for(world.personas["steward"])
    form = {"undelivered": _mark(_manage(world, gathering))}
    refusing_mail_server(settings)
    with django_capture_on_commit_callbacks(execute=True):
        steward.post(_resend_url(gathering, substitution), form)
    assert _row(substitution).pass_undelivered_at is None

    _given_up_after_two_days(settings)

    assert _row(substitution).pass_undelivered_at is not None
    assert _actions(substitution, "substitution.pass_undelivered") == 2
    assert SEND_AGAIN in _manage(world, gathering)


def test_sending_again_is_refused_where_it_does_not_fit(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """A plain member, another network's steward, a pass delivered, withdrawn or never
    approved: refused in words, nothing sent, written or changed."""
    gathering, substitution, _token = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    form = {"undelivered": _mark(_manage(world, gathering))}
    url = _resend_url(gathering, substitution)
    before = _row(substitution)

    def unchanged() -> None:
        row = _row(substitution)
        assert (row.pass_digest, row.replaced_digests, row.pass_undelivered_at) == (
            before.pass_digest,
            before.replaced_digests,
            before.pass_undelivered_at,
        )
        assert _actions(substitution, "substitution.pass_resent") == 0
        assert mail.outbox == []

    # Not a steward of this network.
    assert client_for(substitution.member).post(url, form).status_code == 403
    assert client_for(world.personas["member"]).post(url, form).status_code == 403
    assert client_for(world.personas["foreign_steward"]).post(url, form).status_code == 404
    foreign = client_for(world.personas["foreign_steward"])
    assert foreign.post(_resend_url(gathering, substitution, "bravo"), form).status_code == 404
    unchanged()

    steward = client_for(world.personas["steward"])

    def refused(expected: str, data: dict[str, str] | None = None) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            response = steward.post(url, form if data is None else data, follow=True)
        assert expected in response.content.decode()
        unchanged()

    # The member's removal stops the pass: sending it would send a link that does not work.
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        membership_status_override(
            membership=Membership.objects.get(network=world.alpha, user=substitution.member),
            status=MembershipStatus.REMOVED,
            note="Steward's decision",
            actor=world.personas["steward"],
        )
    mail.outbox.clear()
    refused("Rosa Delgado is no longer in the network, so this substitute&#x27;s pass does not")

    # Withdrawn.
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        assert substitution_revoke(substitution=substitution, actor=world.personas["steward"])
    mail.outbox.clear()
    refused("This substitute&#x27;s pass was withdrawn, so it cannot be sent again.")


def test_a_pass_delivered_is_not_sent_again(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Its email was not given up: a post (no mark, junk for one) sends nothing."""
    gathering = _gathering(world)
    substitution, token = approved(
        world, gathering, member_rosa(world), django_capture_on_commit_callbacks
    )
    mail.outbox.clear()
    steward = client_for(world.personas["steward"])
    for data in ({}, {"undelivered": "junk"}, {"undelivered": "2026-13-45T99:00:00+00:00"}):
        with django_capture_on_commit_callbacks(execute=True):
            response = steward.post(_resend_url(gathering, substitution), data, follow=True)
        assert (
            "The pass email of Sam Standin was not reported undelivered, so it was not sent "
            "again." in response.content.decode()
        )
    assert mail.outbox == []
    assert _actions(substitution, "substitution.pass_resent") == 0
    assert _row(substitution).replaced_digests == []
    assert _opens(token)[0] == 200


def test_a_request_not_approved_is_not_sent(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = _gathering(world)
    with scopes_disabled():
        pending = substitution_request(
            gathering=gathering,
            member=member_rosa(world),
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
    mail.outbox.clear()
    steward = client_for(world.personas["steward"])
    with django_capture_on_commit_callbacks(execute=True):
        response = steward.post(
            _resend_url(gathering, pending),
            {"undelivered": timezone.now().isoformat()},
            follow=True,
        )

    assert (
        "Only an approved substitute&#x27;s pass can be sent, and this one was not approved."
        in response.content.decode()
    )
    row = _row(pending)
    assert (row.status, row.pass_digest, row.replaced_digests) == ("pending", "", [])
    assert mail.outbox == []
    assert _actions(pending, "substitution.pass_resent") == 0


def test_only_the_last_few_replaced_links_are_kept_and_only_as_digests(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Four links replaced: the three newest say "replaced", the oldest is as unknown as a
    made-up one; the stored list holds digests, never a link's secret."""
    gathering = _gathering(world)
    substitution, first = approved(
        world, gathering, member_rosa(world), django_capture_on_commit_callbacks
    )
    steward = client_for(world.personas["steward"])
    links = [first]
    for _round in range(4):
        mail.outbox.clear()
        assert substitute_pass_given_up(world.alpha, str(substitution.pk), timezone.now())
        form = {"undelivered": _mark(_manage(world, gathering))}
        with django_capture_on_commit_callbacks(execute=True):
            steward.post(_resend_url(gathering, substitution), form)
        [sent] = mail.outbox
        found = PASS_LINK.search(sent.body)
        assert found is not None
        links.append(found["token"])

    assert [_opens(link)[0] for link in links] == [404, 410, 410, 410, 200]
    stored = _row(substitution).replaced_digests
    assert len(stored) == Substitution.PASS_REPLACED_KEPT == 3
    for link in links:
        assert link.split(".", 1)[1] not in str(stored)


def test_a_link_replaced_at_a_reinstatement_says_so(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code (a plain 404). And a "works again" email, which carries the
    new link, given up too is marked as the pass email is."""
    gathering = _gathering(world)
    substitution, first = approved(
        world, gathering, member_rosa(world), django_capture_on_commit_callbacks
    )
    step = partial(
        membership_status_override,
        note="Steward's decision",
        actor=world.personas["steward"],
    )
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=substitution.member)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        step(membership=membership, status=MembershipStatus.REMOVED)
    assert _opens(first)[0] == 410  # stopped: the current link, with the gathering named
    refusing_mail_server(settings)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        step(membership=membership, status=MembershipStatus.ACTIVE)

    status, body = _opens(first)
    assert status == 410
    assert REPLACED in body
    assert "Spring Gathering" not in body

    _given_up_after_two_days(settings)
    assert _row(substitution).pass_undelivered_at is not None
    assert SEND_AGAIN in _manage(world, gathering)
