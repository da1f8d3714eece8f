"""A member's profile reads prepared (`networks.prepared`): on the demo, for every member of
every network, the member (with the directory's rule: no minor outside a youth cohort), the
offers, projects, help and gatherings both attended equal what the ORM reads."""

from __future__ import annotations

import pytest
from django.db.models import Exists, OuterRef
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import COUNTED, Commitment
from collaboratory.creditclub.models import Proposal
from collaboratory.demo.generator import DemoSummary
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.matching.models import IntroductionConsent
from collaboratory.matching.selectors_profiles import (
    _help_rows,
    profile_member,
    proposals_of,
    shared_gatherings,
)
from collaboratory.networks.models import Membership, Network
from collaboratory.networks.selectors import DirectoryFilters, directory_members
from collaboratory.people.models import AgeBand
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _orm_member(network: Network, membership_id: int) -> Membership | None:
    consent = IntroductionConsent.objects.filter(network=network, user=OuterRef("user"))
    found = list(
        directory_members(network=network, filters=DirectoryFilters())
        .filter(pk=membership_id)
        .annotate(intro_consent=Exists(consent))
        .order_by()[:1]
    )
    return found[0] if found else None


def _orm_help(network: Network, user_id: int, ids: list[int]) -> list[tuple[str, str, int]]:
    shown = Commitment.objects.filter(COUNTED, network=network).order_by()
    made = shown.filter(committer=user_id).values_list("capital", "status", "committer_id")
    if not ids:
        return sorted(made)
    received = (
        shown.filter(proposal_id__in=ids)
        .exclude(committer=user_id)
        .values_list("capital", "status", "committer_id")
    )
    return sorted(made.union(received, all=True))


def _orm_shared(network: Network, viewer_id: int, person_id: int) -> list[tuple[int, str]]:
    of_person = Attendance.objects.filter(network=network, user_id=person_id)
    if viewer_id != person_id:
        of_person = of_person.filter(part__gathering__parts__attendance__user=viewer_id)
    return list(
        Gathering.objects.filter(network=network, pk__in=of_person.values("part__gathering"))
        .order_by("-starts_at")
        .values_list("pk", "title")[:50]
    )


def test_every_profile_read_equals_the_orms_on_the_demo(demo: DemoSummary) -> None:
    with scopes_disabled():
        # A minor in the national network: its directory (and so its profiles) leave them out.
        MembershipFactory(
            network=Network.objects.get(slug="national"), user__age_band=AgeBand.AGE_16_17
        )
        networks = list(Network.objects.all())
        memberships = list(Membership.objects.select_related("user"))
    compared = minors_hidden = helped = shared = 0
    for network in networks:
        with scope(network=network):
            people = [m for m in memberships if m.network_id == network.pk]
            # Every member of this network, and of the others (which must read None) ten each
            # and every minor: they all take the one path that filters by network, and asking
            # for all of them was minutes of CI's PostgreSQL pass.
            others = [
                m
                for other in networks
                if other.pk != network.pk
                for m in [m for m in memberships if m.network_id == other.pk][:10]
            ] + [m for m in memberships if m.network_id != network.pk and m.user.is_minor]
            for k, membership in enumerate(people + others):
                got = profile_member(network=network, membership_id=membership.pk)
                expected = _orm_member(network, membership.pk)
                assert (got is None) == (expected is None)
                if got is None or expected is None:
                    minors_hidden += membership.user.is_minor and membership in people
                    continue
                compared += 1
                assert got.network_id == network.pk
                assert (got.pk, got.user_id, got.title, got.role) == (
                    expected.pk,
                    expected.user_id,
                    expected.title,
                    expected.role,
                )
                assert got.intro_consent == expected.intro_consent  # type: ignore[attr-defined]
                assert got.user.full_name == expected.user.full_name
                profiles = [getattr(m.user, "profile", None) for m in (got, expected)]
                assert [p and (p.pk, p.bio) for p in profiles] == [
                    p and (p.pk, p.bio) for p in profiles[::-1]
                ]
                assert got.organization == expected.organization
                assert got.sector == expected.sector
                assert [(a.pk, a.description) for a in got.user.offered_assets.all()] == [
                    (a.pk, a.description) for a in expected.user.offered_assets.all()
                ]
                person = got.user
                proposals = proposals_of(network=network, user=person)
                assert [(p.pk, p.gathering.title) for p in proposals] == [
                    (p.pk, p.gathering.title)
                    for p in Proposal.objects.filter(network=network, proposer=person)
                    .select_related("gathering")
                    .order_by("-gathering__starts_at", "-pk")
                ]
                ids = [p.pk for p in proposals]
                rows = sorted(_help_rows(network.pk, person.pk, ids))
                assert rows == _orm_help(network, person.pk, ids)
                helped += bool(rows)
                # The person themself and another member, a different one for each person.
                for viewer in (membership, people[(7 * k + 3) % len(people)]):
                    both = shared_gatherings(network=network, viewer=viewer.user, person=person)
                    assert [(g.pk, g.title) for g in both] == _orm_shared(
                        network, viewer.user_id, person.pk
                    )
                    shared += bool(both)
    assert compared > 50
    assert helped > 5
    assert shared > 0
    assert minors_hidden > 0
