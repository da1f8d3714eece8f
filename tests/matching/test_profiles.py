"""Member profiles: who may see whom (the directory's rule), what a profile shows, nothing of
another network, no minor's contact details, audited reads of a minor's profile, and a fixed
number of queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.capital import CapitalKind, HelpCategory
from collaboratory.commitments.models import CommitmentStatus
from collaboratory.gatherings.models import Attendance
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.networks.models import NetworkKind, Role
from collaboratory.people.models import AgeBand
from collaboratory.people.services import offered_asset_add, profile_update, user_language_set
from tests.conftest import client_for
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)
from tests.pagecache import VERSIONS_DRAWN, VERSIONS_READ

pytestmark = pytest.mark.django_db


def url(membership) -> str:  # type: ignore[no-untyped-def]
    return reverse(
        "matching:profile",
        kwargs={"network_slug": membership.network.slug, "membership_id": membership.pk},
    )


@pytest.fixture
def network():  # type: ignore[no-untyped-def]
    return NetworkFactory()


def test_profile_shows_who_the_person_is_and_what_they_did_here(network) -> None:  # type: ignore[no-untyped-def]
    viewer = MembershipFactory(network=network)
    member = MembershipFactory(
        network=network, organization_name="Tulsa Tool Library", user__full_name="Rosa Diaz"
    )
    person = member.user
    with scopes_disabled():
        offered_asset_add(
            user=person,
            kind=CapitalKind.INSTITUTIONAL,
            category=HelpCategory.SPACE,
            description="Our hall on Saturdays",
        )
        past = GatheringFactory(
            network=network,
            title="Spring gathering",
            first_part_at=timezone.now() - timedelta(days=60),
        )
        proposal = PresentedProposalFactory(gathering=past, proposer=person, title="Tool library")
        CommitmentFactory(proposal=proposal, committer=viewer.user, capital="social")
        other = PresentedProposalFactory(gathering=past, title="Reading club")
        CommitmentFactory(
            proposal=other, committer=person, capital="intellectual", status=CommitmentStatus.KEPT
        )
        attendance_bulk_record(
            network=network,
            entries=[(past.parts.first().pk, viewer.user.pk), (past.parts.first().pk, person.pk)],
            source=Attendance.Source.HISTORY,
        )
    response = client_for(viewer.user).get(url(member))
    assert response.status_code == 200
    body = response.content.decode()
    for text in (
        "Rosa Diaz",
        "Tulsa Tool Library",
        "Our hall on Saturdays",
        "Tool library",
        "Spring gathering",
        "Intellectual",
        "Social",
    ):
        assert text in body
    assert person.email not in body
    # The kept/open breakdown is the private ledger's: not for a fellow member.
    assert "kept," not in body


def test_own_profile_and_stewards_see_kept_and_open(network) -> None:  # type: ignore[no-untyped-def]
    member = MembershipFactory(network=network)
    steward = MembershipFactory(network=network, role=Role.STEWARD)
    with scopes_disabled():
        CommitmentFactory(
            proposal=PresentedProposalFactory(gathering=GatheringFactory(network=network)),
            committer=member.user,
        )
    for viewer in (member.user, steward.user):
        body = client_for(viewer).get(url(member)).content.decode()
        assert "kept: 0, open: 1" in body


def test_kept_and_open_read_right_in_spanish_for_any_count(network) -> None:  # type: ignore[no-untyped-def]
    """ "1 abiertos" was wrong Spanish: the counts follow a label, so no plural is needed."""
    member = MembershipFactory(network=network)
    with scopes_disabled():
        CommitmentFactory(
            proposal=PresentedProposalFactory(gathering=GatheringFactory(network=network)),
            committer=member.user,
        )
    user_language_set(user=member.user, language="es")

    body = client_for(member.user).get(url(member)).content.decode()

    assert "cumplidos: 0, abiertos: 1" in body


def test_another_networks_member_and_data_never_show(network) -> None:  # type: ignore[no-untyped-def]
    viewer = MembershipFactory(network=network)
    other_network = NetworkFactory()
    stranger = MembershipFactory(network=other_network, user__full_name="Far Away")
    # Same person in two networks: each network shows only its own commitments.
    both = MembershipFactory(network=network, user__full_name="Two Homes")
    with scopes_disabled():
        MembershipFactory(network=other_network, user=both.user)
        foreign = PresentedProposalFactory(
            gathering=GatheringFactory(network=other_network),
            proposer=both.user,
            title="FOREIGN-PROJECT",
        )
        CommitmentFactory(proposal=foreign, committer=stranger.user, capital="financial")
    client = client_for(viewer.user)
    # A foreign membership's number under this network: 404, like any unknown number.
    assert (
        client.get(
            reverse(
                "matching:profile",
                kwargs={"network_slug": network.slug, "membership_id": stranger.pk},
            )
        ).status_code
        == 404
    )
    assert client.get(url(stranger)).status_code == 404  # not a member of that network
    body = client.get(url(both)).content.decode()
    assert "FOREIGN-PROJECT" not in body
    assert "Financial" not in body


def test_hidden_members_are_404(network) -> None:  # type: ignore[no-untyped-def]
    viewer = MembershipFactory(network=network)
    with scopes_disabled():
        minor = MembershipFactory(network=network, user__age_band=AgeBand.AGE_16_17)
        removed = MembershipFactory(network=network, status="removed")
    client = client_for(viewer.user)
    # A minor in an adult network is in no directory there, so has no profile there.
    assert client.get(url(minor)).status_code == 404
    assert client.get(url(removed)).status_code == 404


def test_a_member_number_past_64_bits_is_404_not_a_server_error(network) -> None:  # type: ignore[no-untyped-def]
    """The profile's prepared read sent the path's number to the database as it came: a
    number past 64 bits (a mangled link) was a 500 on the profile and on "introduce"."""
    viewer = MembershipFactory(network=network)
    client = client_for(viewer.user)
    slug, huge = network.slug, 2**64
    profile = f"/n/{slug}/members/{huge}/"
    assert client.get(profile).status_code == 404
    assert client.post(f"{profile}introduce/", {"note": "Hello"}).status_code == 404


def test_minor_profile_shows_no_contact_details_and_reads_are_audited() -> None:
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    adult = MembershipFactory(network=youth, role=Role.STEWARD)
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__email="teen@example.org",
        user__region="Oklahoma",
        user__city="Tulsa",
    )
    body = client_for(adult.user).get(url(minor)).content.decode()
    assert "teen@example.org" not in body
    assert "Oklahoma" not in body  # no location beyond city
    assert "Tulsa" in body
    with scopes_disabled():
        reads = AuditEvent.objects.filter(action="profile.minor_read", actor=adult.user)
        assert reads.count() == 1
        assert reads.get().target_id == str(minor.pk)
    # The minor reading their own profile is not audited as a read of a minor's profile.
    client_for(minor.user).get(url(minor))
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="profile.minor_read").count() == 1
    # An adult's profile read by anyone is not audited.
    client_for(minor.user).get(url(adult))
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="profile.minor_read").count() == 1


def test_a_youth_members_line_under_the_name_starts_with_the_city() -> None:
    """A youth member has no sector and shows no region: the line was "· Tulsa", as if
    something were missing before it."""
    youth = NetworkFactory(kind=NetworkKind.YOUTH, parent=NetworkFactory())
    peer = MembershipFactory(
        network=youth, role=Role.YOUTH_MEMBER, user__age_band=AgeBand.AGE_16_17
    )
    minor = MembershipFactory(
        network=youth,
        role=Role.YOUTH_MEMBER,
        user__age_band=AgeBand.AGE_16_17,
        user__region="Oklahoma",
        user__city="Tulsa",
    )
    for viewer in (peer, minor):  # a fellow member's page (kept) and one's own (whole)
        body = client_for(viewer.user).get(url(minor)).content.decode()
        assert '<p class="meta">Tulsa</p>' in body
        assert "· Tulsa" not in body


def _queries(client, path, *, kept: bool = False) -> int:  # type: ignore[no-untyped-def]
    """Queries of a view; unless `kept`, of one rendered afresh (the cache emptied)."""
    if not kept:
        cache.clear()
        caches["local"].clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(path).status_code == 200
    return len(ctx.captured_queries)


def test_profile_reads_a_fixed_number_of_queries(network) -> None:  # type: ignore[no-untyped-def]
    viewer = MembershipFactory(network=network)
    member = MembershipFactory(network=network, organization_name="Org")
    client = client_for(viewer.user)
    before = _queries(client, url(member))
    with scopes_disabled():
        for n in range(3):
            offered_asset_add(
                user=member.user,
                kind=CapitalKind.SOCIAL,
                category=HelpCategory.INTRO_PEOPLE,
                description=f"Introductions {n}",
            )
            gathering = GatheringFactory(
                network=network, first_part_at=timezone.now() - timedelta(days=30 + n)
            )
            proposal = PresentedProposalFactory(gathering=gathering, proposer=member.user)
            CommitmentFactory(proposal=proposal, committer=viewer.user)
            CommitmentFactory(
                proposal=PresentedProposalFactory(gathering=gathering), committer=member.user
            )
            attendance_bulk_record(
                network=network,
                entries=[
                    (p.pk, u)
                    for p in gathering.parts.all()
                    for u in (viewer.user.pk, member.user.pk)
                ],
                source=Attendance.Source.HISTORY,
            )
        profile_update(user=member.user, bio="Builder of libraries", issue_areas="housing, tools")
    # 11: the middleware's four, the member (with their consent to be emailed) and their
    # offers, their proposals (for projects and help received), their open asks, the
    # commitments, the gatherings both attended, the viewer's own requests to meet them;
    # and the versions the profile is kept under, in this process's memory
    # (networks/pagecache.py). Before they presented anything, 10: no asks to look up.
    assert _queries(client, url(member)) == 11 + VERSIONS_DRAWN
    assert before == 10 + VERSIONS_DRAWN
    # Another member's view: the middleware's four, the versions, the gatherings both
    # attended and their own requests (this process's copy of the profile; another process
    # reads the cache).
    other = client_for(MembershipFactory(network=network).user)
    assert _queries(other, url(member), kept=True) == 4 + VERSIONS_READ + 2


def test_a_profile_leads_back_to_the_directory_and_to_the_presenters_open_asks(network) -> None:  # type: ignore[no-untyped-def]
    """Reached from a suggestion on a phone, a profile led nowhere but the menu, and a
    presenter's did not point to what they still need. It links the directory, and each
    open ask of the presenter's (those the board lists for every member: not a met one, nor
    one of a project not yet presented) to its offer page, and the board."""
    from collaboratory.creditclub.models import Proposal, ProposalState
    from collaboratory.creditclub.services import AskInput, proposal_history_bulk_create
    from collaboratory.matching.services_asks import ask_mark_met

    presenter = MembershipFactory(network=network)
    viewer = MembershipFactory(network=network)
    gatherings = [
        GatheringFactory(network=network, first_part_at=timezone.now() - timedelta(days=d))
        for d in (9, 10)
    ]
    with scopes_disabled():
        live, _private = proposal_history_bulk_create(
            network=network,
            rows=[
                (
                    Proposal(
                        network=network,
                        gathering=gatherings[n],
                        proposer=presenter.user,
                        state=state,
                        title=title,
                        what="Tools",
                    ),
                    [AskInput("space", "institutional", f"{title}-ASK")]
                    + ([AskInput("expertise", "intellectual", "MET-ASK")] if n == 0 else []),
                )
                for n, (state, title) in enumerate(
                    ((ProposalState.PRESENTED, "LIVE"), (ProposalState.SELECTED, "PRIVATE"))
                )
            ],
        )
        open_ask, met = live.asks.order_by("position")
        ask_mark_met(ask=met, actor=presenter.user)
    directory = reverse("networks:directory", kwargs={"network_slug": network.slug})
    board = reverse("matching:asks", kwargs={"network_slug": network.slug})
    offer = reverse("matching:offer", kwargs={"network_slug": network.slug, "ask_id": open_ask.pk})

    theirs = client_for(viewer.user).get(url(presenter)).content.decode()
    own = client_for(presenter.user).get(url(presenter)).content.decode()
    plain = client_for(presenter.user).get(url(viewer)).content.decode()

    for body in (theirs, own, plain):
        assert f'href="{directory}"' in body
        assert "Back to the directory" in body
    assert "LIVE-ASK" in theirs
    assert f'href="{offer}"' in theirs
    assert f'href="{board}"' in theirs
    for hidden in ("MET-ASK", "PRIVATE-ASK"):
        assert hidden not in theirs
    # One's own asks are on the board, but one does not offer help to oneself.
    assert ("LIVE-ASK" in own, f'href="{offer}"' in own) == (True, False)
    assert "Open asks" not in plain


def test_gatherings_both_attended_are_those_each_was_at_newest_first(network) -> None:  # type: ignore[no-untyped-def]
    """`shared_gatherings` (one subquery with a join since issue 20): a gathering counts when
    each person attended a part of it; one's own profile lists all one attended."""
    from collaboratory.matching.selectors_profiles import shared_gatherings

    person, viewer = (
        MembershipFactory(network=network).user,
        MembershipFactory(network=network).user,
    )
    now = timezone.now()
    with scopes_disabled():
        only_person, both_old, both_new, only_viewer = (
            GatheringFactory(network=network, title=title, first_part_at=now - timedelta(days=d))
            for title, d in (("A", 90), ("B", 60), ("C", 30), ("D", 10))
        )
        entries = [(g.parts.first().pk, person.pk) for g in (only_person, both_old, both_new)]
        entries += [(g.parts.first().pk, viewer.pk) for g in (both_old, both_new, only_viewer)]
        attendance_bulk_record(network=network, entries=entries, source=Attendance.Source.HISTORY)

        both = shared_gatherings(network=network, viewer=viewer, person_id=person.pk)
        own = shared_gatherings(network=network, viewer=person, person=person)
        nobody = shared_gatherings(
            network=network, viewer=MembershipFactory(network=network).user, person=person
        )

    assert [g.title for g in both] == ["C", "B"]
    assert [g.title for g in own] == ["C", "B", "A"]
    assert nobody == []
