"""Stipends stay within the budget; substitutes get a pass for one gathering and nothing
else."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django_scopes import scopes_disabled

from collaboratory.gatherings.models import Gathering, Rsvp, RsvpStatus, Substitution
from collaboratory.gatherings.services import (
    rsvp_submit,
    stipend_decide,
    stipend_request_submit,
    substitution_decide,
    substitution_request,
)
from collaboratory.networks.models import Membership, Role
from collaboratory.people.models import User
from tests.conftest import World, client_for
from tests.factories import GatheringFactory, MembershipFactory


def coming(gathering: Gathering, user: User) -> None:
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=user, answer="yes", both_parts=True)


def sam_comes_for(world: World, gathering: Gathering, member: User, reason: str) -> None:
    """Sam Standin asked for by `member` and approved by the steward."""
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason=reason,
        )
        substitution_decide(
            substitution=substitution, approve=True, actor=world.personas["steward"]
        )


def ask(gathering: Gathering, user: User, amount: int, **kw: object):  # type: ignore[no-untyped-def]
    args = {"reason": "Train fare", "no_institutional_support": True, **kw}
    with scopes_disabled():
        return stipend_request_submit(
            gathering=gathering,
            user=user,
            amount=Decimal(amount),
            **args,  # type: ignore[arg-type]
        )


def test_approvals_fill_the_budget_and_the_next_one_is_refused(world: World) -> None:
    steward = world.personas["steward"]
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(300))
    a, b = (MembershipFactory(network=world.alpha).user for _ in range(2))
    coming(gathering, a)
    coming(gathering, b)
    first, second = ask(gathering, a, 250), ask(gathering, b, 100)

    with scopes_disabled():
        stipend_decide(stipend=first, approve=True, actor=steward)
        with pytest.raises(ValidationError) as error:
            stipend_decide(stipend=second, approve=True, actor=steward)
        second.refresh_from_db()
        gathering.refresh_from_db()

    assert error.value.messages == [
        "Approving $100.00 would exceed the budget: $50.00 remains. Deny it, or raise the "
        "budget first."
    ]
    assert (second.status, gathering.stipend_committed) == ("pending", Decimal(250))


def test_a_denied_stipend_spends_nothing_and_cannot_be_decided_again(world: World) -> None:
    steward = world.personas["steward"]
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(300))
    member = world.personas["member"]
    coming(gathering, member)
    stipend = ask(gathering, member, 100)

    with scopes_disabled():
        stipend_decide(stipend=stipend, approve=False, actor=steward)
        with pytest.raises(ValidationError) as error:
            stipend_decide(stipend=stipend, approve=True, actor=steward)
        gathering.refresh_from_db()

    assert error.value.messages == ["This request has already been decided."]
    assert gathering.stipend_committed == Decimal(0)


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"no_institutional_support": False}, "no_institutional_support"),
        ({"reason": "  "}, "reason"),
        ({"amount": 0}, "amount"),
    ],
)
def test_bad_stipend_requests_name_the_field(world: World, kw: dict, field: str) -> None:  # type: ignore[type-arg]
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(300))
    member = world.personas["member"]
    coming(gathering, member)
    amount = kw.pop("amount", 100)

    with pytest.raises(ValidationError) as error:
        ask(gathering, member, amount, **kw)

    assert list(error.value.message_dict) == [field]


def test_only_members_who_said_yes_can_ask_for_a_stipend(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(300))

    with pytest.raises(ValidationError) as error:
        ask(gathering, world.personas["member"], 100)

    assert error.value.messages == ["Answer yes to the gathering before asking for a stipend."]


def test_an_approved_substitute_takes_the_members_seat_and_gets_a_one_gathering_pass(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    member = world.personas["member"]
    coming(gathering, member)
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        memberships_before = Membership.objects.count()

        with django_capture_on_commit_callbacks(execute=True):
            token = substitution_decide(
                substitution=substitution, approve=True, actor=world.personas["steward"]
            )
        substitution.refresh_from_db()
        member_status = Rsvp.objects.get(gathering=gathering, user=member).status
        memberships_after = Membership.objects.count()

    assert token is not None
    # Only a digest of the pass secret is stored.
    secret = token.split(".", 1)[1]
    assert substitution.pass_digest == hashlib.sha256(secret.encode()).hexdigest()
    assert member_status == RsvpStatus.DECLINED
    assert memberships_after == memberships_before
    assert not User.objects.filter(email="sam@example.org").exists()
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]

    page = client_for(None).get(f"/gatherings/pass/key/{token}/").content.decode()
    assert "Sam Standin is welcome at" in page
    assert gathering.title in page
    # A wrong secret for the same substitution gives nothing away.
    wrong = client_for(None).get(f"/gatherings/pass/key/{substitution.pk}.{'x' * 43}/")
    assert wrong.status_code == 404
    # The pass opens no network page.
    assert client_for(None).get("/n/alpha/gatherings/").status_code == 302


def test_a_substitute_needs_a_free_seat_when_the_member_had_none(world: World) -> None:
    """Asked while a seat was free; by the approval someone else took it."""
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering,
            member=world.personas["member"],
            name="Sam Standin",
            email="sam@example.org",
            reason="Cannot come",
        )
    coming(gathering, MembershipFactory(network=world.alpha).user)
    with scopes_disabled():
        with pytest.raises(ValidationError) as error:
            substitution_decide(
                substitution=substitution, approve=True, actor=world.personas["steward"]
            )
        substitution.refresh_from_db()

    assert error.value.messages == [
        "The gathering is full: the substitute would take a seat that is not free."
    ]
    assert (substitution.status, substitution.pass_digest) == ("pending", "")


def test_a_member_without_a_seat_at_a_full_gathering_is_told_at_once(world: World) -> None:
    """Not left with a request no steward could approve (a user review found one)."""
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    coming(gathering, MembershipFactory(network=world.alpha).user)
    with scopes_disabled():
        with pytest.raises(ValidationError) as error:
            substitution_request(
                gathering=gathering,
                member=world.personas["member"],
                name="Sam Standin",
                email="sam@example.org",
                reason="Cannot come",
            )
        stored = Substitution.objects.filter(gathering=gathering).count()

    assert error.value.messages == [
        "The gathering is full and you hold no seat in it, so a substitute could not come in "
        "your place. Ask again if a seat frees up."
    ]
    assert stored == 0


def test_the_pass_gives_the_times_of_the_networks_zone(
    world: World,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """The pass has no network in its URL; a 6 pm dinner in Los Angeles is 02:00 in UTC."""
    world.alpha.time_zone = "America/Los_Angeles"
    world.alpha.save()
    start = datetime(2030, 1, 18, 2, 0, tzinfo=UTC)  # 17 January, 18:00 in Los Angeles
    gathering = GatheringFactory(network=world.alpha, first_part_at=start)
    member = world.personas["member"]
    coming(gathering, member)
    with scopes_disabled():
        substitution = substitution_request(
            gathering=gathering, member=member, name="Sam", email="sam@example.org", reason="Ill"
        )
        with django_capture_on_commit_callbacks(execute=True):
            token = substitution_decide(
                substitution=substitution, approve=True, actor=world.personas["steward"]
            )

    page = client_for(None).get(f"/gatherings/pass/key/{token}/").content.decode()

    assert "Thursday 17 January 2030, 18:00\u201321:00" in page
    assert "Friday 18 January 2030, 08:00\u201315:00" in page


def test_one_substitute_request_per_gathering_with_specific_messages(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha)
    member = world.personas["member"]
    with scopes_disabled():
        with pytest.raises(ValidationError) as bad:
            substitution_request(
                gathering=gathering, member=member, name="", email="not-an-email", reason=""
            )
        substitution_request(
            gathering=gathering, member=member, name="Sam", email="sam@example.org", reason="Ill"
        )
        with pytest.raises(ValidationError) as twice:
            substitution_request(
                gathering=gathering, member=member, name="Kim", email="kim@example.org", reason="x"
            )
        count = Substitution.objects.filter(gathering=gathering).count()

    assert sorted(bad.value.message_dict) == ["sub_email", "sub_name", "sub_reason"]
    assert twice.value.messages == ["You have already asked for a substitute for this gathering."]
    assert count == 1


def test_the_steward_decides_stipends_on_the_manage_page(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(100))
    member = world.personas["member"]
    coming(gathering, member)
    stipend = ask(gathering, member, 150)
    client = client_for(world.personas["steward"])

    response = client.post(
        f"/n/alpha/gatherings/{gathering.pk}/manage/",
        {"action": "stipend_approve", "stipend": stipend.pk},
        follow=True,
    )

    body = response.content.decode()
    assert "Approving $150.00 would exceed the budget: $100.00 remains." in body
    assert "Budget $100.00; approved $0.00; remaining $100.00." in body


def test_a_stale_copy_cannot_approve_a_request_another_steward_denied(world: World) -> None:
    """Issue 12: the status was checked on the caller's copy, before the lock, so a page
    loaded before a colleague's denial could still approve (and send a pass)."""
    gathering = GatheringFactory(network=world.alpha, capacity=10)
    member = world.personas["member"]
    coming(gathering, member)
    with scopes_disabled():
        substitution_request(
            gathering=gathering,
            member=member,
            name="Sam Standin",
            email="sam@example.org",
            reason="Travelling for work",
        )
        stale = Substitution.objects.get(gathering=gathering)
        other_steward = MembershipFactory(network=world.alpha, role=Role.STEWARD).user
        substitution_decide(
            substitution=Substitution.objects.get(pk=stale.pk), approve=False, actor=other_steward
        )

        with pytest.raises(ValidationError) as error:
            substitution_decide(substitution=stale, approve=True, actor=world.personas["steward"])
        row = Substitution.objects.values_list("status", "pass_digest").get(pk=stale.pk)
        member_status = Rsvp.objects.get(gathering=gathering, user=member).status

    assert error.value.messages == ["This request has already been decided."]
    assert row == ("denied", "")
    assert member_status == RsvpStatus.CONFIRMED
    assert mail.outbox == []


def test_the_list_and_the_page_count_the_same_seats(world: World) -> None:
    """An approved substitute without a confirmed RSVP of the member's own takes a seat: the
    list used to leave it out (49 of 50) while the page counted it (50 of 50)."""
    gathering = GatheringFactory(network=world.alpha, capacity=3)
    seated = MembershipFactory(network=world.alpha).user
    sender = MembershipFactory(network=world.alpha).user
    coming(gathering, seated)
    sam_comes_for(world, gathering, sender, "I cannot come; Sam can.")
    client = client_for(world.personas["member"])

    listing = client.get("/n/alpha/gatherings/").content.decode()
    page = client.get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()

    assert "2 of 3 seats taken" in listing
    assert "2 of 3 taken" in page


def test_a_waitlisted_member_is_told_their_place_and_offered_no_seat_forms(world: World) -> None:
    gathering = GatheringFactory(network=world.alpha, capacity=1)
    seated, first, second = (MembershipFactory(network=world.alpha).user for _ in range(3))
    for user in (seated, first, second):
        coming(gathering, user)

    first_page = client_for(first).get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()
    second_page = client_for(second).get(f"/n/alpha/gatherings/{gathering.pk}/").content.decode()
    with scopes_disabled():
        with pytest.raises(ValidationError) as stipend:
            ask(gathering, second, 80)
        with pytest.raises(ValidationError) as substitute:
            substitution_request(
                gathering=gathering,
                member=second,
                name="Sam Standin",
                email="sam@example.org",
                reason="Jumping the queue",
            )
        asked = Substitution.objects.filter(gathering=gathering).count()

    assert "You are next on the waitlist." in first_page
    assert "You are number 2 on the waitlist." in second_page
    for page in (first_page, second_page):
        assert 'value="stipend"' not in page
        assert 'value="substitute"' not in page
        assert "once a seat is yours you can ask for a travel stipend" in page
    assert stipend.value.messages == [
        "You are on the waitlist: ask for a stipend once a seat is yours."
    ]
    assert substitute.value.messages == [
        "You are on the waitlist: a substitute can take only a seat that is yours."
    ]
    assert asked == 0


def test_an_approval_spends_the_amount_stored_not_a_stale_copys(world: World) -> None:
    """The member raised a pending request after the steward's copy was read (the manage
    page, or a request racing the approval): the budget is spent by what is approved."""
    steward = world.personas["steward"]
    gathering = GatheringFactory(network=world.alpha, stipend_budget=Decimal(1000))
    member = MembershipFactory(network=world.alpha).user
    coming(gathering, member)
    stale = ask(gathering, member, 100)
    ask(gathering, member, 400)

    with scopes_disabled():
        approved = stipend_decide(stipend=stale, approve=True, actor=steward)
        gathering.refresh_from_db()

    assert (approved.amount, gathering.stipend_committed) == (Decimal(400), Decimal(400))


def test_a_member_whose_substitute_was_approved_cannot_take_a_second_seat(
    world: World,
) -> None:
    """The seat went to the substitute, with a pass already sent; answering "yes" again
    took another seat for the same place (or, at a full gathering, one someone waiting
    should get). It is refused, says why, and changes nothing."""
    gathering = GatheringFactory(network=world.alpha, capacity=5)
    member = world.personas["member"]
    coming(gathering, member)
    sam_comes_for(world, gathering, member, "Travelling for work")
    with scopes_disabled():
        with pytest.raises(ValidationError) as refused:
            rsvp_submit(gathering=gathering, user=member, answer="yes", both_parts=True)

        assert refused.value.messages == [
            "Sam Standin comes in your place, with a pass already sent, so the seat is "
            "theirs. If your plans changed, write to a steward."
        ]
        assert Rsvp.objects.get(gathering=gathering, user=member).status == RsvpStatus.DECLINED
        # "No" and "maybe" stay open to them: they take no seat.
        rsvp_submit(gathering=gathering, user=member, answer="maybe")
