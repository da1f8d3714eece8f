"""A youth guest at a shared gathering (issue 14, networks/guests.py), against the declared
policy: every network route of the matrix, requested on Alpha by the youth member persona
(of Alpha's youth cohort) with Alpha's shared gathering wherever the route names a
gathering. Routes of `YOUTH_GUEST` answer as listed; every other one is 404 (the guest is
no member). No canary of Alpha, nor the member's private self-description, reaches the
guest on any route."""

from __future__ import annotations

from django.urls import reverse

from collaboratory.networks.guests import guest_routes
from tests.authz.objects import (
    commitment_pk,
    member_commits_to_power_project,
    shared_commitment,
    shared_gathering,
    shared_gathering_code,
)
from tests.authz.policy import POLICY, YOUTH_GUEST
from tests.conftest import CANARIES, World, client_for

# The URL keywords that name a gathering, by route family.
GATHERING_KWARGS = ("pk", "gathering_id")


def test_every_guest_route_has_a_row_and_every_row_a_guest_route() -> None:
    assert sorted(YOUTH_GUEST) == sorted(guest_routes())


def test_a_youth_guest_opens_the_shared_gathering_and_nothing_else(world: World) -> None:
    shared = shared_gathering(world)
    client = client_for(world.personas["youth_member"])
    canaries = [*CANARIES["alpha"], *CANARIES["member_self"]]
    got: dict[str, int] = {}
    leaks: dict[str, list[str]] = {}
    for name, rule in sorted(POLICY.items()):
        if rule.foreign is None or rule.api:
            continue
        kwargs = {k: v(world, "alpha") if callable(v) else v for k, v in rule.kwargs.items()}
        for key in GATHERING_KWARGS:
            if key in kwargs and name.startswith(
                ("gatherings:", "live:", "followthrough:", "creditclub:", "seating:mine")
            ):
                kwargs[key] = shared["gathering"]
        # The guest's own Power Project on that gathering's run of show: its pages are theirs
        # (and every other proposal stays 404, tested below).
        if "proposal_id" in kwargs and name.startswith(
            ("creditclub:", "followthrough:project_", "live:followup")
        ):
            kwargs["proposal_id"] = shared["power_project"]
        # Their own commitment at that gathering: its page and moves are theirs (every other
        # commitment stays 404, tested below).
        if "commitment_id" in kwargs and name.startswith("followthrough:"):
            kwargs["commitment_id"] = shared_commitment(world)
        if name == "gatherings:check_in":
            kwargs["code"] = shared_gathering_code(world)
        kwargs["network_slug"] = world.alpha.slug
        response = getattr(client, rule.method)(reverse(name, kwargs=kwargs))
        got[name] = response.status_code
        body = response.content.decode(errors="replace")
        found = [c for c in canaries if c in body]
        if found:
            leaks[name] = found

    assert set(YOUTH_GUEST) <= set(got)
    assert len(got) > 100
    expected = {name: YOUTH_GUEST.get(name, 404) for name in got}
    assert {n: s for n, s in got.items() if s != expected[n]} == {}
    assert leaks == {}


def test_a_youth_guest_reaches_no_other_proposal(world: World) -> None:
    """The guest pass for proposal pages follows the proposer: the member's proposal at the
    same shared gathering stays 404 on every route that opens the guest's own."""
    shared = shared_gathering(world)
    client = client_for(world.personas["youth_member"])
    for name in sorted(
        n
        for n in YOUTH_GUEST
        if n.startswith(
            ("creditclub:proposal", "creditclub:pack", "followthrough:project_", "live:followup")
        )
    ):
        if name == "creditclub:proposal_new":
            continue
        kwargs = {"network_slug": world.alpha.slug, "proposal_id": shared["proposal"]}
        if name == "live:followup":
            kwargs["gathering_id"] = shared["gathering"]
        url = reverse(name, kwargs=kwargs)
        method = POLICY[name].method
        assert getattr(client, method)(url).status_code == 404, name


def test_a_youth_guest_reaches_no_other_commitment(world: World) -> None:
    """The pass for commitment pages follows the committer: a commitment of Alpha's that the
    guest did not make (at the shared gathering or elsewhere) stays 404 on every route that
    opens the guest's own."""
    shared_commitment(world)
    client = client_for(world.personas["youth_member"])
    for name in sorted(n for n in YOUTH_GUEST if "commitment_id" in POLICY[n].kwargs):
        url = reverse(
            name,
            kwargs={
                "network_slug": world.alpha.slug,
                "commitment_id": commitment_pk(world, "alpha"),
            },
        )
        assert getattr(client, POLICY[name].method)(url).status_code == 404, name


def test_the_guests_cohort_page_carries_her_projects_commitments_and_no_canary_of_the_host(
    world: World,
) -> None:
    """Her cohort's My commitments reads what the host promised her Power Project (an
    adult's commitment, by name): no other commitment of the host (the canary person's, to
    the member's project), no committer's address, no canary of the host network."""
    commitment_pk(world, "alpha")  # the canary person's commitment to the member's project
    member_commits_to_power_project(world, "Two hours of coaching on the pitch")

    body = (
        client_for(world.personas["youth_member"])
        .get(reverse("followthrough:mine", kwargs={"network_slug": world.youth.slug}))
        .content.decode()
    )

    assert "Two hours of coaching on the pitch" in body
    assert [c for c in (*CANARIES["alpha"], *CANARIES["member_self"]) if c in body] == []
    assert "@alpha.example" not in body
