"""What a local network's stewards see of the national view, and what the report says
its figures cover: found by using the pages as a local steward and a national reader."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.national.report import count_rows
from collaboratory.national.selectors import national_rollup
from collaboratory.networks.models import Membership, Role
from tests.conftest import client_for
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)
from tests.national.conftest import LOCAL_CANARY_NAME


def _steward_of(network):  # type: ignore[no-untyped-def]
    with scopes_disabled():
        return Membership.objects.get(network=network, role=Role.STEWARD).user


def test_a_local_steward_sees_the_row_the_national_team_sees_of_their_network(
    national, national_steward, build_local
) -> None:
    # The sharing page listed what crosses in words only: a local steward could not check
    # the figures the national team compares their network by.
    tulsa = build_local("Tulsa", sectors={"Faith": 4}, kept=3, lapsed=1)
    build_local("Fresno", kept=7)
    url = reverse("national:sharing", kwargs={"network_slug": tulsa.slug})

    body = client_for(_steward_of(tulsa)).get(url).content.decode()

    assert "What the national team sees of Tulsa now" in body
    # 1 steward + 4 Faith + the presenter + 4 committers, 4 commitments, 3 kept of 4 settled
    assert '<dd data-column="1">10</dd>' in body
    assert '<dd data-column="4">4</dd>' in body
    assert '<dd data-column="5">3</dd>' in body
    assert "75%" in body
    assert "Fresno" not in body  # nothing of a sibling network
    assert LOCAL_CANARY_NAME not in body


def test_the_national_report_says_which_figures_count_the_year_and_which_are_not_suppressed(
    national, national_steward, build_local
) -> None:
    # "National impact report, 2026" over all-time commitments and partnerships, and a note
    # that said every member count below k reads "suppressed" while the side-by-side table
    # showed a network's 4 members as 4.
    build_local("Tulsa")
    client = client_for(national_steward)
    kwargs = {"network_slug": national.slug}

    page = client.get(reverse("national:report", kwargs=kwargs)).content.decode()
    rows = list(
        csv.reader(
            io.StringIO(client.get(reverse("national:report_csv", kwargs=kwargs)).content.decode())
        )
    )

    for text in (page, "\n".join(",".join(r) for r in rows)):
        assert "Counts of members below" not in text
        assert "Members by sector and by generation count a person in two networks once" in text
        assert "every other figure counts everything since each network began" in text


def test_a_practice_networks_steward_is_told_its_figures_roll_up_nowhere(national) -> None:
    with scopes_disabled():
        practice = NetworkFactory(slug="practice", kind="local", parent=national, is_practice=True)
        steward = MembershipFactory(network=practice, role=Role.STEWARD).user
    url = reverse("national:sharing", kwargs={"network_slug": practice.slug})

    body = client_for(steward).get(url).content.decode()

    assert "are in no national view" in body
    assert "What the national team sees" not in body


def test_the_active_column_says_it_counts_attendance_not_the_rosters_status(
    national, national_steward, build_local
) -> None:
    # "Active members: 0" for a new network whose roster shows every member "Active" (the
    # roster's status gives a newcomer 12 months from joining; the column counts attendance).
    build_local("Tulsa")
    url = reverse("national:overview", kwargs={"network_slug": national.slug})

    body = client_for(national_steward).get(url).content.decode()

    assert '<th scope="col">Active (attended in the last 12 months)</th>' in body


def test_a_person_in_two_local_networks_is_one_person_in_the_national_breakdowns(
    national, build_local
) -> None:
    # Six 16-17-year-olds in both Tulsa and Fresno read "12" in the generation table: k
    # counted memberships, so a group of 6 minors passed a rule of 11 people.

    tulsa = build_local("Tulsa", kept=0)
    fresno = build_local("Fresno", kept=0)
    with scopes_disabled():
        for _i in range(6):
            teen = MembershipFactory(network=tulsa, user__age_band="16-17").user
            MembershipFactory(network=fresno, user=teen)
        for _i in range(12):
            MembershipFactory(network=tulsa, user__age_band="45-64")
        for _i in range(11):  # the smallest shown cell: the complement of the 4 stewards'
            MembershipFactory(network=fresno, user__age_band="65+")

    rollup = national_rollup(national=national)
    generations = dict(count_rows(rollup.generations))

    assert generations["16 to 17"] == "suppressed"
    assert generations["45 to 64"] == "12"


def test_commitments_made_agree_with_the_networks_own_dashboard(national, build_local) -> None:
    # A commitment to a selected project of a gathering still to come counted nationally
    # (3 made) and not on Tulsa's own insights dashboard (2 made).
    tulsa = build_local("Tulsa", kept=2)
    with scopes_disabled():
        coming = GatheringFactory(network=tulsa, first_part_at=timezone.now() + timedelta(days=20))
        proposal = PresentedProposalFactory(
            gathering=coming, proposer=MembershipFactory(network=tulsa).user
        )
        CommitmentFactory(proposal=proposal, committer=MembershipFactory(network=tulsa).user)
    dashboard = client_for(_steward_of(tulsa)).get(
        reverse("insights:dashboard", kwargs={"network_slug": tulsa.slug})
    )
    text = " ".join(re.sub(r"<[^>]+>", " ", dashboard.content.decode()).split())

    made = national_rollup(national=national).locals[0].made

    assert f"Commitments made {made} " in text
