"""An old link of a pass sent again with a new one said "replaced: open your pass with the
link in the most recent email" even once the pass had stopped (withdrawn by the stewards,
or its member removed): that sent the holder to a link that does not work either. Now a
replaced link of a pass that no longer works answers as the pass's current link does, with
the same "stopped" page, naming what that page names (the gathering) and nothing more; a
replaced link of a pass that works again says "replaced" again."""

from __future__ import annotations

import re

from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Substitution
from collaboratory.gatherings.services import substitution_pass_resend, substitution_revoke
from collaboratory.networks.models import Membership, MembershipStatus
from collaboratory.networks.services.memberships import membership_status_override
from tests.conftest import World
from tests.gatherings.substitute_setup import approved, member_rosa
from tests.gatherings.test_substitute_pass_delivery import (
    PASS_LINK,
    REPLACED,
    _gathering,
    _opens,
    _row,
    substitute_pass_given_up,
)

WITHDRAWN = "The network's stewards have withdrawn this pass for Spring Gathering"
MEMBER_LEFT = "The member you were coming in place of is no longer part of the network"
MAIN = re.compile(r"<main\b.*?</main>", re.S)


def _sent_again(world: World, substitution: Substitution, captured) -> str:  # type: ignore[no-untyped-def]
    """The pass email given up, and a steward sends the pass again: its new link."""
    with scopes_disabled():
        assert substitute_pass_given_up(world.alpha, str(substitution.pk), timezone.now())
        mail.outbox.clear()
        with captured(execute=True):
            assert substitution_pass_resend(
                substitution=substitution,
                actor=world.personas["steward"],
                undelivered_at=_row(substitution).pass_undelivered_at,
            )
    [sent] = mail.outbox
    found = PASS_LINK.search(sent.body)
    assert found is not None
    return found["token"]


def _page(token: str) -> tuple[int, str]:
    """The status and the page's own part (the chrome holds a per-response CSRF token)."""
    status, body = _opens(token)
    found = MAIN.search(body)
    assert found is not None
    return status, found[0]


def _set_status(world: World, substitution: Substitution, status: str, captured) -> None:  # type: ignore[no-untyped-def]
    with scopes_disabled(), captured(execute=True):
        membership_status_override(
            membership=Membership.objects.get(network=world.alpha, user=substitution.member),
            status=status,
            note="Steward's decision",
            actor=world.personas["steward"],
        )


def _with(world: World, captured) -> tuple[Substitution, str, str]:  # type: ignore[no-untyped-def]
    gathering = _gathering(world)
    substitution, old = approved(world, gathering, member_rosa(world), captured)
    new = _sent_again(world, substitution, captured)
    assert _opens(old)[0] == 410
    assert REPLACED in _opens(old)[1]
    return substitution, old, new


def test_a_replaced_link_of_a_withdrawn_pass_says_it_was_withdrawn(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code: the old link still said "replaced", use the newest email."""
    substitution, old, new = _with(world, django_capture_on_commit_callbacks)
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        assert substitution_revoke(substitution=substitution, actor=world.personas["steward"])

    status, body = _page(old)
    assert status == 410
    assert WITHDRAWN in body
    assert REPLACED not in body
    # The very page the current link shows: the gathering named, and no one.
    assert (status, body) == _page(new)
    for unnamed in ("Sam", "Rosa", "Alpha", "sam@example.org"):
        assert unnamed not in body


def test_a_replaced_link_follows_the_pass_through_a_removal_and_back(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The member removed: the old link says the pass stopped, as the current one does
    (failed on the old code: "replaced"). Reinstated, the pass works again under a newer
    link, and the old one says "replaced" again."""
    substitution, old, new = _with(world, django_capture_on_commit_callbacks)

    _set_status(world, substitution, MembershipStatus.REMOVED, django_capture_on_commit_callbacks)

    status, body = _page(old)
    assert status == 410
    assert MEMBER_LEFT in body
    assert REPLACED not in body
    assert (status, body) == _page(new)
    for unnamed in ("Sam", "Rosa", "Alpha"):
        assert unnamed not in body

    _set_status(world, substitution, MembershipStatus.ACTIVE, django_capture_on_commit_callbacks)

    for replaced in (old, new):
        status, body = _page(replaced)
        assert (status, REPLACED in body, MEMBER_LEFT in body) == (410, True, False)
