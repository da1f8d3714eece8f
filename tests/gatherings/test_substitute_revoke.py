"""A steward withdraws an approved substitute: the pass stops with a page that says so, the
seat is freed (to the first person waiting), and the member who named the substitute is told
in their language. A replay or a bad request changes nothing."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus, Substitution
from collaboratory.gatherings.selectors import gathering_seats_taken, substitutes_approved
from collaboratory.gatherings.services import (
    rsvp_submit,
    substitution_check_in,
    substitution_decide,
    substitution_request,
    substitution_revoke,
)
from collaboratory.people.models import User
from collaboratory.people.services import user_language_set
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def _coming(gathering: Gathering, user: User) -> Rsvp:
    with scopes_disabled():
        return rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)


def _approved(world: World, gathering: Gathering, member: User) -> tuple[Substitution, str]:
    """`member` said yes, then sent Sam Standin, whom the steward approved: the pass token."""
    _coming(gathering, member)
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        token = substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )
    assert token is not None
    return substitution, token


def _url(gathering: Gathering, substitution_id: int, network: str = "alpha") -> str:
    return f"/n/{network}/gatherings/{gathering.pk}/substitutes/{substitution_id}/withdraw/"


def _revocations(substitution: Substitution) -> int:
    return AuditEvent.objects.filter(
        action="substitution.revoked", target_id=str(substitution.pk)
    ).count()


def _state(substitution: Substitution) -> tuple[str, bool]:
    with scopes_disabled():
        row = Substitution.objects.get(pk=substitution.pk)
    return row.status, row.revoked_at is not None


def test_a_steward_withdraws_a_substitute_from_the_manage_page(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering", capacity=1)
    member = world.personas["member"]
    substitution, token = _approved(world, gathering, member)
    waiting = MembershipFactory(network=world.alpha).user
    assert _coming(gathering, waiting).status == RsvpStatus.WAITLISTED
    steward = client_for(world.personas["steward"])
    manage = steward.get(f"/n/alpha/gatherings/{gathering.pk}/manage/").content.decode()
    assert f'action="{_url(gathering, substitution.pk)}"' in manage
    assert "Withdraw the pass of Sam Standin" in manage
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = steward.post(_url(gathering, substitution.pk), {"confirm": "yes"})

    assert response.status_code == 302
    assert response["Location"] == f"/n/alpha/gatherings/{gathering.pk}/manage/"
    assert _state(substitution) == ("revoked", True)
    assert _revocations(substitution) == 1
    # The seat is freed: the first person waiting has it.
    with scopes_disabled():
        assert Rsvp.objects.get(gathering=gathering, user=waiting).status == RsvpStatus.CONFIRMED
        assert gathering_seats_taken(gathering=gathering) == 1
        assert list(substitutes_approved(gathering=gathering)) == []
    # The member who named the substitute is told, and the substitute (who holds the link,
    # test_substitute_told_pass_stopped.py); nobody else is written to.
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([member.email], "Your substitute's pass for Spring Gathering was withdrawn"),
        (["sam@example.org"], "Your pass for Spring Gathering no longer works"),
    ]
    assert "Sam Standin" in mail.outbox[0].body
    after = steward.get(response["Location"]).content.decode()
    assert "The pass of Sam Standin is withdrawn" in after
    assert "Withdrawn by a steward" in after
    assert "Withdraw the pass of Sam Standin" not in after
    # The pass says it was withdrawn, and opens nothing else.
    page = client_for(None).get(f"/gatherings/pass/key/{token}/")
    assert page.status_code == 410
    body = page.content.decode()
    assert "This pass no longer works" in body
    assert "stewards have withdrawn this pass for Spring Gathering" in body
    assert "Sam Standin is welcome" not in body
    # The table answers as the pass page does.
    assert client_for(None).get(f"/seating/pass/key/{token}/").status_code == 410
    with scopes_disabled(), pytest.raises(ValidationError):
        substitution_check_in(substitution=substitution, actor=world.personas["steward"])


def test_the_member_is_told_in_their_own_language(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, title="Encuentro de primavera")
    member = world.personas["member"]
    user_language_set(user=member, language="es")
    substitution, _token = _approved(world, gathering, member)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True), scopes_disabled():
        substitution_revoke(substitution=substitution, actor=world.personas["steward"])

    # The substitute reads the language their pass came in: the member's.
    assert [m.subject for m in mail.outbox] == [
        "Se retiró el pase de tu suplente para Encuentro de primavera",
        "Tu pase para Encuentro de primavera ya no funciona",
    ]
    assert "Quienes coordinan la red retiraron el pase de Sam Standin" in mail.outbox[0].body
    assert "Quienes coordinan Alpha Collaboratory retiraron tu pase" in mail.outbox[1].body


def test_a_replay_changes_nothing_and_tells_nobody_twice(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha)
    substitution, _token = _approved(world, gathering, world.personas["member"])
    steward = client_for(world.personas["steward"])
    with django_capture_on_commit_callbacks(execute=True):
        steward.post(_url(gathering, substitution.pk), {"confirm": "yes"})
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        replay = steward.post(_url(gathering, substitution.pk), {"confirm": "yes"}, follow=True)

    assert "The pass of Sam Standin was already withdrawn: nothing changed." in (
        replay.content.decode()
    )
    assert _revocations(substitution) == 1
    assert mail.outbox == []
    with scopes_disabled():
        assert (
            substitution_revoke(substitution=substitution, actor=world.personas["steward"]) is False
        )


def test_without_the_confirmation_nothing_is_withdrawn(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    substitution, token = _approved(world, gathering, world.personas["member"])

    page = client_for(world.personas["steward"]).post(_url(gathering, substitution.pk), follow=True)

    assert "Nothing was withdrawn: confirm with the button" in page.content.decode()
    assert _state(substitution) == ("approved", False)
    assert client_for(None).get(f"/gatherings/pass/key/{token}/").status_code == 200


def test_a_request_not_approved_cannot_be_withdrawn(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    with scopes_disabled():
        pending = substitution_request(
            gathering=gathering,
            member=world.personas["member"],
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )

    page = client_for(world.personas["steward"]).post(
        _url(gathering, pending.pk), {"confirm": "yes"}, follow=True
    )

    assert "Only an approved substitute can be withdrawn" in page.content.decode()
    assert _state(pending) == ("pending", False)
    assert _revocations(pending) == 0


def test_unknown_ids_and_other_networks_substitutes_are_not_found(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    other = GatheringFactory(network=world.alpha)
    substitution, _token = _approved(world, gathering, world.personas["member"])
    bravo_gathering = GatheringFactory(network=world.bravo)
    bravo_member = MembershipFactory(network=world.bravo).user
    _coming(bravo_gathering, bravo_member)
    with scopes_disabled():
        foreign = substitution_request(
            gathering=bravo_gathering,
            member=bravo_member,
            name="Fay Foreign",
            email="fay@example.org",
            reason="Away",
        )
        substitution_decide(
            substitution=foreign, approve=True, actor=world.personas["foreign_steward"]
        )
    steward = client_for(world.personas["steward"])

    statuses = [
        steward.post(url, {"confirm": "yes"}).status_code
        for url in (
            _url(gathering, 999_999_999),
            _url(gathering, foreign.pk),
            _url(bravo_gathering, foreign.pk),
            _url(bravo_gathering, foreign.pk, network="bravo"),
            # A substitute of another gathering of the same network.
            _url(other, substitution.pk),
            _url(gathering, 10**30),
        )
    ]

    assert statuses == [404, 404, 404, 404, 404, 400]
    assert _state(foreign) == ("approved", False)
    assert _state(substitution) == ("approved", False)


def test_only_stewards_withdraw_and_only_by_post(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    substitution, _token = _approved(world, gathering, world.personas["member"])
    url = _url(gathering, substitution.pk)

    member = client_for(world.personas["member"]).post(url, {"confirm": "yes"})
    got = client_for(world.personas["steward"]).get(url)

    assert (member.status_code, got.status_code) == (403, 405)
    assert _state(substitution) == ("approved", False)


def test_after_a_withdrawal_the_member_may_say_yes_again(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    member = world.personas["member"]
    substitution, _token = _approved(world, gathering, member)
    with scopes_disabled():
        substitution_revoke(substitution=substitution, actor=world.personas["steward"])

    rsvp = _coming(gathering, member)

    assert rsvp.status == RsvpStatus.CONFIRMED


def test_a_pass_cannot_be_withdrawn_once_the_gathering_is_over(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    substitution, _token = _approved(world, gathering, world.personas["member"])

    with scopes_disabled(), pytest.raises(ValidationError) as refused:
        substitution_revoke(
            substitution=substitution,
            actor=world.personas["steward"],
            now=gathering.ends_at,
        )

    assert refused.value.messages == ["This gathering is over: its passes have stopped already."]
    assert _state(substitution) == ("approved", False)


def test_a_member_already_coming_is_not_approved_as_someone_elses_substitute(
    world: World,
) -> None:
    """Named as a substitute, then saying "yes" before the approval, a member would have
    held two seats: the pass's and their own (the other orders are refused at the "yes"
    once the pass stands, and at the request, test_one_pass_per_email.py)."""
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    member = world.personas["member"]
    other = MembershipFactory(network=world.alpha).user
    _coming(gathering, other)
    with scopes_disabled():
        request = substitution_request(
            gathering=gathering,
            member=other,
            name=member.full_name,
            email=member.email.upper(),
            reason="Travelling for work",
        )
    _coming(gathering, member)
    with scopes_disabled():
        taken = gathering_seats_taken(gathering=gathering)

        with pytest.raises(ValidationError, match="already holds a seat"):
            substitution_decide(substitution=request, approve=True, actor=world.personas["steward"])

        assert Substitution.objects.get(pk=request.pk).status == "pending"
        assert Rsvp.objects.get(gathering=gathering, user=other).status == RsvpStatus.CONFIRMED
        assert gathering_seats_taken(gathering=gathering) == taken
