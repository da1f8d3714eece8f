"""When a steward corrected a substitute's address while sending the pass again, the member who
named the substitute (and typed the first address) was not told: they could not check with
the substitute, nor know the pass went somewhere they had not given. Now they get one email,
in their language, with the resend (once however often the form is posted), naming the
substitute and printing neither address. Not when the member corrected it themselves, nor
when the pass went again to the same address."""

from __future__ import annotations

from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.people.services import user_language_set
from tests.conftest import World
from tests.gatherings.test_substitute_pass_address import NEW, _member_post, _steward_post
from tests.gatherings.test_substitute_pass_delivery import _undelivered, substitute_pass_given_up

ROSA = "rosa@alpha.example"
OLD = "sam@example.org"
SUBJECT = "The pass of Sam Standin for Spring Gathering was sent to a corrected address"


def _to(address: str) -> list[mail.EmailMessage]:
    return [m for m in mail.outbox if m.to == [address]]


def test_the_member_is_told_once_when_a_steward_corrects_the_address(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code: only the substitute's pass email was sent."""
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    post = _steward_post(world, gathering, substitution)
    with django_capture_on_commit_callbacks(execute=True):
        assert post(NEW).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        assert post(NEW).status_code == 302  # a double click: nothing more

    assert len(mail.outbox) == 2
    assert len(_to(NEW)) == 1
    [told] = _to(ROSA)
    assert told.subject == SUBJECT
    body = told.body
    assert "Hello Rosa Delgado," in body
    assert "The email with the pass of Sam Standin, whom you named" in body
    assert "The stewards corrected the address and sent the pass there again" in body
    assert f"/n/alpha/gatherings/{gathering.pk}/" in body
    # Neither address, nor any part of one.
    for address in (OLD, NEW):
        local, domain = address.split("@")
        for part in (address, local, domain):
            assert part not in body
            assert part not in told.subject
    assert "@" not in body


def test_the_member_reads_it_in_their_language(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    user_language_set(user=substitution.member, language="es")
    post = _steward_post(world, gathering, substitution)
    with django_capture_on_commit_callbacks(execute=True):
        assert post(NEW).status_code == 302

    [told] = _to(ROSA)
    assert told.subject == (
        "El pase de Sam Standin para Spring Gathering se envió a una dirección corregida"
    )
    assert "Quienes coordinan la red corrigieron la dirección" in told.body
    assert "Este correo no repite la dirección." in told.body


def test_only_a_stewards_correction_is_told_to_the_member(
    world: World,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The member corrects it themselves: only the pass is sent. Given up again, a steward
    sends it to the same address (in another case): only the pass. Given up again, a
    steward corrects it: the member is told (failed on the old code)."""
    gathering, substitution, _old = _undelivered(
        world, settings, django_capture_on_commit_callbacks
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert _member_post(world, gathering, substitution)(NEW).status_code == 302
    assert [m.to for m in mail.outbox] == [[NEW]]

    third = "sam.s@example.net"
    for email, sent_to in ((NEW.upper(), [[NEW]]), (third, [[third], [ROSA]])):
        with scopes_disabled():
            assert substitute_pass_given_up(world.alpha, str(substitution.pk), timezone.now())
        mail.outbox.clear()
        post = _steward_post(world, gathering, substitution)
        with django_capture_on_commit_callbacks(execute=True):
            assert post(email).status_code == 302
        assert [m.to for m in mail.outbox] == sent_to
    assert "sam.s" not in _to(ROSA)[0].body
