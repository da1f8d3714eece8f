"""Overdue commitments, the stewards' page: every commitment of the network still owed after
its due day, oldest due first, and what falls due in the next seven days. Before it, a
steward had no list of what was late across the network: each member saw their own rows
marked "overdue", reminders went by email, and nobody who chases them saw them together."""

from __future__ import annotations

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.db import connection
from django.db.models import OuterRef
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.commitments.models import Commitment
from collaboratory.commitments.services import commitment_create
from collaboratory.creditclub.models import Proposal, ProposalState
from collaboratory.followthrough.models import ReminderSent
from collaboratory.followthrough.selectors import is_overdue, overdue_q
from collaboratory.networks.scoping import date_in
from tests.authz.objects import proposal_pk
from tests.conftest import World, client_for
from tests.followthrough.conftest import Project

OVERDUE = "/n/alpha/follow-through/overdue/"


def _due(commitment: Commitment, days_from_today: int) -> Commitment:
    """Due dates in the past cannot be typed in; the row is moved as time would move it."""
    today = date_in(commitment.network, timezone.now())
    with scopes_disabled():
        Commitment.objects.filter(pk=commitment.pk).update(
            due_on=today + timedelta(days=days_from_today)
        )
        return Commitment.objects.get(pk=commitment.pk)


def _section(body: str, heading_id: str) -> str:
    start = body.index(f'id="{heading_id}"')
    return body[start : body.index("</section>", start)]


def test_stewards_see_what_is_late_oldest_first_and_what_falls_due_soon(
    project: Project,
) -> None:
    oldest = _due(
        project.move(
            project.commit(what="I will book the hall for 3 hours by March 1"),
            project.dana,
            lc.IN_PROGRESS,
        ),
        -10,
    )
    newer = _due(project.commit(what="I will send the budget of 3 pages by March 1"), -2)
    due_today = _due(project.commit(what="I will call the printer 3 times by March 1"), 0)
    _due(
        project.move(
            project.commit(what="I will introduce you to 3 funders by March 1 (done)"),
            project.dana,
            lc.DONE,
        ),
        -3,
    )
    soon = _due(project.commit(what="I will bring 3 chairs by March 1"), 7)
    _due(project.commit(what="I will introduce you to 3 funders by March 1 (next season)"), 8)
    sent_at = timezone.now() - timedelta(days=3)
    with scopes_disabled():
        ReminderSent.objects.create(
            network=project.world.alpha,
            user=project.dana,
            key=f"c:{oldest.pk}:overdue:1",
            sent_at=sent_at,
        )
        # Another commitment's reminder (c:<pk>1...) is not this one's.
        ReminderSent.objects.create(
            network=project.world.alpha,
            user=project.dana,
            key=f"c:{oldest.pk}1:overdue:1",
            sent_at=timezone.now(),
        )

    client = client_for(project.steward)
    response = client.get(OVERDUE)
    assert response.status_code == 200
    body = response.content.decode()
    late = _section(body, "overdue-heading")
    assert late.index("I will book the hall for 3 hours by March 1") < late.index(
        "I will send the budget of 3 pages by March 1"
    )
    for absent in (
        "I will call the printer 3 times by March 1",
        "I will introduce you to 3 funders by March 1 (done)",
        "I will bring 3 chairs by March 1",
        "I will introduce you to 3 funders by March 1 (next season)",
    ):
        assert absent not in late
    assert "Dana Doe" in late
    assert project.proposal.title in late
    assert project.presenter.full_name in late
    assert date_format(oldest.due_on, "SHORT_DATE_FORMAT") in late
    assert "10 days late" in late
    assert "2 days late" in late
    assert (
        date_format(
            timezone.localtime(sent_at, ZoneInfo(project.world.alpha.time_zone)),
            "SHORT_DATETIME_FORMAT",
        )
        in late
    )
    assert "No reminder yet" in late  # the newer one's
    soon_part = _section(body, "soon-heading")
    assert "I will call the printer 3 times by March 1" in soon_part
    assert "I will bring 3 chairs by March 1" in soon_part
    for absent in (
        "I will book the hall for 3 hours by March 1",
        "I will introduce you to 3 funders by March 1 (next season)",
        "I will introduce you to 3 funders by March 1 (done)",
    ):
        assert absent not in soon_part
    for commitment in (oldest, newer, due_today, soon):
        page = f"/n/alpha/follow-through/commitments/{commitment.pk}/"
        assert f'href="{page}"' in body
    assert client.get(f"/n/alpha/follow-through/commitments/{oldest.pk}/").status_code == 200
    assert "dana@private.example" not in body

    spanish = client.get(OVERDUE, HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Compromisos atrasados" in spanish
    assert "10 días de atraso" in spanish


def test_members_are_refused_like_on_other_steward_pages(project: Project) -> None:
    member = client_for(project.dana)
    assert member.get(OVERDUE).status_code == 403
    assert member.get("/n/alpha/follow-through/feedback/").status_code == 403


def test_the_page_reads_the_same_few_queries_for_two_rows_or_twenty(project: Project) -> None:
    def queries() -> int:
        client = client_for(project.steward)
        client.get(OVERDUE)  # the session and the middleware's caches warmed
        with CaptureQueriesContext(connection) as captured:
            assert client.get(OVERDUE).status_code == 200
        return len(captured)

    for _ in range(2):
        _due(project.commit(), -4)
        _due(project.commit(), 3)
    few = queries()
    for _ in range(18):
        late = _due(project.commit(), -5)
        with scopes_disabled():
            ReminderSent.objects.create(
                network=project.world.alpha,
                user=project.dana,
                key=f"c:{late.pk}:overdue:1",
                sent_at=timezone.now(),
            )
        _due(project.commit(), 2)
    assert queries() == few


def test_a_long_list_is_paged(project: Project, settings) -> None:  # type: ignore[no-untyped-def]
    from collaboratory.followthrough import views

    for days in range(1, views.OVERDUE_PER_PAGE + 3):
        _due(
            project.commit(
                what=f"I will introduce you to 3 funders by March 1, late by {days:03d}"
            ),
            -days,
        )
    client = client_for(project.steward)
    first = _section(client.get(OVERDUE).content.decode(), "overdue-heading")
    second = _section(client.get(OVERDUE + "?page=2").content.decode(), "overdue-heading")
    oldest = f"late by {views.OVERDUE_PER_PAGE + 2:03d}"
    assert oldest in first
    assert "late by 001" not in first
    assert "late by 001" in second
    assert oldest not in second
    assert "?page=2" in first


def test_a_minors_commitment_is_listed_without_contact_details(world: World) -> None:
    youth_member = world.personas["youth_member"]
    steward = world.personas["steward"]
    assert youth_member is not None
    assert steward is not None
    with scopes_disabled():
        proposal = Proposal.objects.get(pk=proposal_pk(world, "youth"))
        Proposal.objects.filter(pk=proposal.pk).update(state=ProposalState.PRESENTED)
        commitment = commitment_create(
            proposal=proposal,
            ask=proposal.asks.first(),
            committer=youth_member,
            entered_by=youth_member,
            what="I will design 1 poster by March 1",
            capital="intellectual",
            amount="2",
            unit="hours",
            due_on=timezone.localdate() + timedelta(days=30),
            idempotency_key=uuid.uuid4(),
        )
    _due(commitment, -3)
    body = client_for(steward).get("/n/alpha-youth/follow-through/overdue/").content.decode()
    late = _section(body, "overdue-heading")
    assert "I will design 1 poster by March 1" in late
    assert youth_member.full_name in late
    assert youth_member.email not in body


def test_the_network_home_shows_stewards_how_many_are_late(project: Project) -> None:
    _due(project.commit(), -1)
    _due(project.commit(), -6)
    _due(project.commit(), 0)
    home = client_for(project.steward).get("/n/alpha/").content.decode()
    assert f'href="{OVERDUE}"' in home
    card = home[home.index(f'href="{OVERDUE}"') :]
    card = card[: card.index("</li>")]
    assert '<span class="figure">2</span>' in card
    assert "commitments overdue" in card
    member_home = client_for(project.dana).get("/n/alpha/").content.decode()
    assert OVERDUE not in member_home


def test_the_filter_and_the_row_rule_agree(project: Project) -> None:
    """The page's query (`overdue_q`) and the rows' word (`is_overdue`) are one rule."""
    today = date_in(project.world.alpha, timezone.now())
    made = project.commit()
    for status in lc.STATES:
        for days in (-2, -1, 0, 1):
            with scopes_disabled():
                Commitment.objects.filter(pk=made.pk).update(
                    status=status, due_on=today + timedelta(days=days)
                )
                row = Commitment.objects.get(pk=made.pk)
                found = Commitment.objects.filter(overdue_q(today), pk=made.pk).exists()
            assert found == is_overdue(row, today), (status, days)


# ------------------------------------------------- commitments of people who have left
# Reminders stop when a committer's membership ends (`followers_among`), but the page
# listed their late commitments like any other: a steward read them as being chased.


def test_a_committer_who_left_is_marked_and_still_counted(project: Project) -> None:
    from collaboratory.networks.models import Membership
    from collaboratory.networks.services import membership_leave
    from tests.factories import MembershipFactory

    with scopes_disabled():
        erin = MembershipFactory(network=project.world.alpha, user__full_name="Erin Stays").user
    _due(project.commit(what="I will host 3 dinners by March 1"), -4)
    _due(project.commit(erin, what="I will lend 3 tables by March 1"), -3)
    _due(project.commit(what="I will print 3 posters by March 1"), 2)
    with scopes_disabled():
        membership_leave(membership=Membership.objects.get(user=project.dana))

    client = client_for(project.steward)
    body = client.get(OVERDUE).content.decode()
    home = client.get("/n/alpha/").content.decode()

    late = _section(body, "overdue-heading")
    rows = {row.split("</th>")[0]: row for row in late.split("<tr>")[2:]}
    gone, stays = rows.values()
    assert "I will host 3 dinners by March 1" in gone
    assert "Left the network: no reminders go to them" in gone
    assert "Left the network" not in stays
    assert "2 commitments overdue" in late  # still owed: counted, and the card agrees
    card = home[home.index(f'href="{OVERDUE}"') :]
    assert '<span class="figure">2</span>' in card[: card.index("</li>")]
    soon = _section(body, "soon-heading")
    assert "Left the network: no reminders go to them" in soon
    spanish = client.get(OVERDUE, HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert "Dejó la red: ya no recibe recordatorios" in spanish


def test_the_rows_mark_and_the_reminders_follow_one_rule(world: World) -> None:
    """The row's "left the network" (`committer_followed`, a query expression) is the
    reminders' `followers_among`, for members, people who left, youth guests and outsiders."""
    from django.contrib.auth import get_user_model

    from collaboratory.followthrough.selectors import followers_among
    from collaboratory.networks.models import Membership, MembershipStatus
    from collaboratory.networks.selectors import followed_exists

    with scopes_disabled():
        Membership.objects.filter(network=world.alpha, user__full_name="Canaryalpha Person").update(
            status=MembershipStatus.ALUMNI
        )
        people = get_user_model().objects.all()  # members, alumni, guests, outsiders
        ids = set(people.values_list("pk", flat=True))
        marked = {
            pk
            for pk, followed in people.annotate(
                followed=followed_exists(network=world.alpha, user=OuterRef("pk"))
            ).values_list("pk", "followed")
            if followed
        }
    expected = followers_among(network=world.alpha, user_ids=ids)

    assert marked == set(expected.members | expected.guests)
    assert world.personas["youth_member"].pk in marked  # type: ignore[union-attr]
    assert world.personas["foreign_steward"].pk not in marked  # type: ignore[union-attr]
