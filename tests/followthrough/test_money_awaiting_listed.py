"""A youth member's money commitment waits for the guardian's approval (safeguards.md) and
counts nowhere until then, so My commitments, which lists what counts, left it out: the
student who had just offered $30 read "Nothing here". It is listed in a section of its own,
"Waiting for your guardian's approval", with nothing to act on (the service refuses every
move and update on it) and no link to its page (404 until approved); nobody else reads it
there."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.models import Membership
from collaboratory.people.models import User
from tests.authz.objects import proposal_pk, shared_gathering
from tests.conftest import World, client_for

HEADING = "Waiting for your guardian's approval"
WHAT = "I will give $30 from our bake sale by May 1"


def _money(world: World, capture: Any, proposal_id: int, key: str) -> Commitment:
    youth = world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled(), capture(execute=True):
        return commitment_create(
            proposal=Proposal.objects.get(pk=proposal_id),
            ask=None,
            committer=youth,
            entered_by=youth,
            what=WHAT,
            capital="financial",
            amount="30",
            unit="dollars",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key=key,
        )


def _mine(user: User | None, slug: str) -> str:
    return client_for(user).get(f"/n/{slug}/follow-through/").content.decode()


def test_the_youth_reads_her_money_waiting_for_the_guardian_with_nothing_to_act_on(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """One offered at the host's gathering as a guest, one at her cohort's own."""
    at_host = _money(
        world,
        django_capture_on_commit_callbacks,
        shared_gathering(world)["proposal"],
        "9f0e3c4b-0000-4000-8000-000000000301",
    )
    at_home = _money(
        world,
        django_capture_on_commit_callbacks,
        proposal_pk(world, "youth"),
        "9f0e3c4b-0000-4000-8000-000000000302",
    )
    assert at_host.guardian_approval == at_home.guardian_approval == "awaiting"

    body = _mine(world.personas["youth_member"], world.youth.slug)

    assert HEADING in body
    section = body.split(HEADING, 1)[1].split("</section>", 1)[0]
    assert section.count(WHAT) == 2
    assert section.count("($30.00)") == 2
    assert "Member&#x27;s project" in section
    assert "It counts once your guardian approves it" in section
    # Nothing to act on and no page to open: the service would refuse both.
    assert "<form" not in section
    assert "<button" not in section
    for c in (at_host, at_home):
        assert f"/follow-through/commitments/{c.pk}/" not in body


def test_nobody_else_reads_it_on_their_my_commitments(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """The presenter, the cohort's other adult member and the steward: not theirs."""
    _money(
        world,
        django_capture_on_commit_callbacks,
        shared_gathering(world)["proposal"],
        "9f0e3c4b-0000-4000-8000-000000000303",
    )
    with scopes_disabled():
        cohort_adult = User.objects.get(email="admin-member@platform.example")

    pages = [
        _mine(world.personas["member"], world.alpha.slug),
        _mine(world.personas["steward"], world.alpha.slug),
        _mine(world.personas["steward"], world.youth.slug),
        _mine(cohort_adult, world.youth.slug),
    ]

    for page in pages:
        assert WHAT not in page
        assert HEADING not in page


def test_once_she_turned_18_it_is_hers_to_decide_on_the_youth_programs_page(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    """From the 18th birthday the guardian no longer decides (`under_guardians`): the
    section says so and leads to the youth program's page, where she keeps or withdraws
    it (`youth:money`), rather than promising a guardian's answer that will not come."""
    _money(
        world,
        django_capture_on_commit_callbacks,
        shared_gathering(world)["proposal"],
        "9f0e3c4b-0000-4000-8000-000000000304",
    )
    youth = world.personas["youth_member"]
    with scopes_disabled():  # the date of birth the cohort recorded: 18 years ago
        Membership.objects.filter(network=world.youth, user=youth).update(
            born_on=date.today().replace(year=date.today().year - 19)
        )

    body = _mine(youth, world.youth.slug)

    assert "Money you offered before you turned 18" in body
    assert HEADING not in body
    section = body.split("Money you offered before you turned 18", 1)[1].split("</section>")[0]
    assert WHAT in section
    assert f'href="/n/{world.youth.slug}/youth/"' in section
    assert "<form" not in section
