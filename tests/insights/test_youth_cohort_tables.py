"""A youth cohort's "members by attribute" tables: its adults are a handful among the
students (minors have no region and count in one generation), so the region and generation
tables read by every youth member showed "Lake Town: 1" and "45 to 64: 1" beside the students'
count: the one adult's region and age band. A youth cohort's public attributes are now
suppressed like ideology and race: a group below k is hidden, with a complement."""

from __future__ import annotations

import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.networks.models import Role
from collaboratory.people.models import AgeBand
from tests.conftest import World, client_for
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    PresentedProposalFactory,
)

K = 11


def tables(body: str) -> dict[str, dict[str, str]]:
    """Each "members by attribute" table of a dashboard: {attribute: {group: count}}."""
    found = {}
    for attribute, inner in re.findall(
        r'<table class="ins-table" data-attribute="(\w+)">(.*?)</table>', body, re.S
    ):
        rows = re.findall(r'<th scope="row">(.*?)</th><td>(.*?)</td>', inner, re.S)
        found[attribute] = {label.strip(): value.strip() for label, value in rows}
    return found


def test_a_youth_cohorts_one_adult_is_not_a_group_of_one(world: World) -> None:
    with scopes_disabled():
        students = [
            MembershipFactory(
                network=world.youth,
                role=Role.YOUTH_MEMBER,
                user__full_name=f"Student {n}",
                user__age_band=AgeBand.AGE_16_17,
            ).user
            for n in range(K + 1)
        ]
        MembershipFactory(
            network=world.youth,
            user__full_name="Vera Vetted",
            user__region="Lake Town",
            user__age_band=AgeBand.AGE_45_64,
        )
    session = GatheringFactory(
        network=world.youth, title="Kickoff", first_part_at=timezone.now() - timedelta(days=20)
    )
    project = PresentedProposalFactory(gathering=session, proposer=students[0])
    CommitmentFactory(proposal=project, committer=students[1])

    path = reverse("insights:dashboard", kwargs={"network_slug": "alpha-youth"})
    body = client_for(world.personas["youth_member"]).get(path).content.decode()

    shown = tables(body)
    assert {"region", "generation"} <= set(shown)
    for attribute in ("sector", "region", "generation", "organization"):
        for group, value in shown.get(attribute, {}).items():
            assert value == "suppressed" or int(value) == 0 or int(value) >= K, (
                attribute,
                group,
                value,
            )
    assert shown["region"].get("Lake Town") != "1"
    assert shown["generation"].get("45 to 64") != "1"
    # Complementary suppression: a hidden group is not the total minus the shown ones.
    for attribute in ("region", "generation"):
        hidden = [g for g, v in shown[attribute].items() if v == "suppressed"]
        assert len(hidden) != 1, (attribute, shown[attribute])
