"""The morning-after digests: the presenter gets every commitment made to them, each
committer what they promised, to whom and by when; once each, from 07:00 network time the
day after the gathering, with the clock moved by `now=`."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import connection
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import DigestSent
from collaboratory.commitments.selectors import digest_due_at
from collaboratory.commitments.services import (
    commitment_hide,
    commitment_undo,
    digests_send_due,
)
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Membership, MembershipStatus, Network
from collaboratory.periodic.registry import registered
from tests.authz.objects import proposal_pk
from tests.commitments.conftest import Room, next_month
from tests.factories import MembershipFactory
from tests.mail.silent import silent_mail_server


def due(room: Room, key: str = "alpha") -> datetime:
    network = room.world.network(key)
    return digest_due_at(gathering=room.world.gatherings[key], time_zone=network.time_zone)


def send(network: Network, now: datetime) -> int:
    with scope(network=network):
        return digests_send_due(network=network, now=now)


def by_recipient() -> dict[str, tuple[str, str]]:
    return {m.to[0]: (m.subject, m.body) for m in mail.outbox}


def test_the_digest_is_due_at_seven_the_morning_after_the_last_part(room: Room) -> None:
    gathering: Gathering = room.world.gatherings["alpha"]
    zone = ZoneInfo(room.world.alpha.time_zone)

    at = due(room).astimezone(zone)

    assert (at.date(), at.hour, at.minute) == (
        gathering.ends_at.astimezone(zone).date() + timedelta(days=1),
        7,
        0,
    )


def test_presenter_and_each_committer_get_one_digest_once(room: Room) -> None:
    eli = MembershipFactory(network=room.world.alpha, user__full_name="Eli O'Neil & Co").user
    room.commit(what="I will introduce you to 3 funders by March 1")
    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")
    room.commit(committer=eli, entered_by=eli, what="I will lend 2 vans on June 1", amount="2")
    network = room.world.alpha

    before = send(network, due(room) - timedelta(minutes=1))
    at_seven = send(network, due(room))
    again = send(network, due(room) + timedelta(hours=3))

    assert (before, at_seven, again) == (0, 3, 0)
    sent = by_recipient()
    assert sorted(sent) == sorted(
        [room.presenter.email, room.dana.email, eli.email]  # type: ignore[union-attr]
    )
    subject, body = sent[room.presenter.email]  # type: ignore[index,union-attr]
    assert subject == f"Commitments made to you at {room.world.gatherings['alpha'].title}"
    assert "made you 3 commitments" in body
    assert "Dana Doe <dana@private.example>" in body
    assert "Eli O'Neil & Co <" in body
    assert "I will host you on May 3 for 40 people (40 people)" in body
    assert f"By {next_month():%A %-d %B %Y}" in body
    subject, body = sent["dana@private.example"]
    assert subject.startswith("What you promised at ")
    assert "the 2 commitments you made" in body
    assert f"To {room.presenter.full_name} ({room.proposal.title})" in body  # type: ignore[union-attr]
    assert "Eli" not in body
    assert "@" not in body.split("The gathering:")[0]
    with scopes_disabled():
        logged = sorted(DigestSent.objects.values_list("role", "commitments"))
    assert logged == [("committer", 1), ("committer", 2), ("presenter", 3)]


def test_hidden_and_undone_commitments_are_left_out_and_none_means_no_email(
    room: Room,
) -> None:
    kept = room.commit(what="I will introduce you to 3 funders by March 1")
    hidden = room.commit(what="I will host you on May 3 for 40 people")
    undone = room.commit(what="I will lend 2 vans on June 1")
    with scopes_disabled():
        commitment_hide(commitment=hidden, actor=room.steward, reason="Duplicate")
        commitment_undo(commitment=undone, actor=room.dana)
        commitment_hide(commitment=kept, actor=room.steward, reason="Not a commitment")

    assert send(room.world.alpha, due(room)) == 0
    assert mail.outbox == []


def test_only_shown_commitments_are_listed(room: Room) -> None:
    room.commit(what="I will introduce you to 3 funders by March 1")
    hidden = room.commit(what="I will host you on May 3 for 40 people")
    with scopes_disabled():
        commitment_hide(commitment=hidden, actor=room.steward, reason="Duplicate")

    send(room.world.alpha, due(room))

    body = by_recipient()[room.presenter.email][1]  # type: ignore[index,union-attr]
    assert ("3 funders" in body, "May 3" in body, "made you 1 commitment." in body) == (
        True,
        False,
        True,
    )


def test_a_digest_a_week_late_is_not_sent(room: Room) -> None:
    room.commit()

    assert send(room.world.alpha, due(room) + timedelta(days=7, minutes=1)) == 0


def test_a_minors_email_is_not_shown_to_the_presenter(room: Room) -> None:
    youth = room.world.personas["youth_member"]
    assert youth is not None
    with scopes_disabled():
        proposal = Proposal.objects.get(pk=proposal_pk(room.world, "youth"))
    room.commit(
        proposal=proposal,
        ask=None,
        committer=youth,
        entered_by=youth,
        what="I will design 2 posters by May 3",
        capital="intellectual",
        amount="2",
        unit="other",
    )

    assert send(room.world.youth, due(room, "youth")) == 2

    presenter_body = by_recipient()[proposal.proposer.email][1]
    assert youth.full_name in presenter_body
    assert youth.email not in presenter_body
    assert "<" not in presenter_body


def test_a_digest_between_an_adult_and_a_minor_is_copied_to_each_steward(room: Room) -> None:
    """Issue 12: the youth presenter's digest carries an adult mentor's words, so the
    steward gets a copy of their own; the adult's digest has no youth words, so no copy."""
    mentor = MembershipFactory(network=room.world.youth, user__full_name="Morgan Mentor").user
    steward = room.world.personas["steward"]
    assert steward is not None
    with scopes_disabled():
        proposal = Proposal.objects.select_related("proposer").get(
            pk=proposal_pk(room.world, "youth")
        )
    room.commit(
        proposal=proposal,
        ask=None,
        committer=mentor,
        entered_by=mentor,
        what="I will introduce you to 2 youth program directors by June 1",
        amount="2",
    )

    assert send(room.world.youth, due(room, "youth")) == 2

    title = room.world.gatherings["youth"].title
    assert sorted((m.to, m.cc, m.subject) for m in mail.outbox) == sorted(
        [
            ([steward.email], [], f"Copy for stewards: Commitments made to you at {title}"),
            ([proposal.proposer.email], [], f"Commitments made to you at {title}"),
            ([mentor.email], [], f"What you promised at {title}"),
        ]
    )
    assert [
        proposal.proposer.email in m.message().as_string()
        for m in mail.outbox
        if m.to != [proposal.proposer.email]
    ] == [False, False]


def test_the_sender_is_a_registered_periodic_task() -> None:
    names = [p.name for p in registered()]

    assert "collaboratory.commitments.tasks.commitment_digests_send" in names


@pytest.mark.django_db(transaction=True)
def test_two_senders_racing_send_each_digest_once(room: Room) -> None:
    room.commit()
    mail.outbox.clear()  # the world's invitations went out at commit in this test
    network = room.world.alpha
    barrier = threading.Barrier(2)
    counts: list[int] = []

    def race() -> None:
        try:
            barrier.wait()
            counts.append(send(network, due(room)))
        finally:
            connection.close()

    threads = [threading.Thread(target=race) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(counts) == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [room.presenter.email, room.dana.email]  # type: ignore[union-attr]
    )


def test_a_digest_gives_each_amount_in_the_readers_language(room: Room) -> None:
    """The unit of an amount ("40 people") is a word too: a Spanish reader gets it in
    Spanish, whatever language the worker runs in."""
    with scopes_disabled():
        type(room.presenter).objects.filter(pk=room.presenter.pk).update(language="es")  # type: ignore[union-attr]
    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")

    send(room.world.alpha, due(room))

    presenter_body = by_recipient()[room.presenter.email][1]  # type: ignore[index,union-attr]
    dana_body = by_recipient()["dana@private.example"][1]
    assert "(40 personas)" in presenter_body
    assert "(40 people)" in dana_body


def test_the_spanish_digest_asks_the_presenter_alone_to_agree_the_next_step(
    room: Room,
) -> None:
    """House style is informal "tú": the presenter's digest said "acuerden" (you two),
    beside "agradécele" and "di", where the offer email says "acuerda"."""
    with scopes_disabled():
        type(room.presenter).objects.filter(pk=room.presenter.pk).update(language="es")  # type: ignore[union-attr]
    room.commit(what="I will host you on May 3 for 40 people", amount="40", unit="people")

    send(room.world.alpha, due(room))

    presenter_body = by_recipient()[room.presenter.email][1]  # type: ignore[index,union-attr]
    assert "agradécele, acuerda el siguiente paso" in presenter_body
    assert "acuerden" not in presenter_body


def test_someone_whose_membership_ended_gets_no_digest(room: Room) -> None:
    """Removed (or suspended) since the gathering: no page of the network is theirs to
    open, so no digest either; the presenter's still lists what they promised."""
    room.commit(what="I will introduce you to 3 funders by March 1")
    with scopes_disabled():
        Membership.objects.filter(network=room.world.alpha, user=room.dana).update(
            status=MembershipStatus.REMOVED
        )

    send(room.world.alpha, due(room))

    assert sorted(by_recipient()) == [room.presenter.email]  # type: ignore[union-attr]
    assert "3 funders" in by_recipient()[room.presenter.email][1]  # type: ignore[index,union-attr]


def test_a_mail_server_that_never_answers_is_tried_once_per_run_not_once_per_person(
    room: Room, settings
) -> None:  # type: ignore[no-untyped-def]
    """Each try at a silent server waits out the timeout (30 s): tried once per presenter
    and committer, a run held the worker that long per person with every other task behind
    it. The run stops at its first such failure; the next run sends them all."""
    room.commit(what="I will introduce you to 3 funders by March 1")
    network = room.world.alpha

    with silent_mail_server(settings) as accepted:
        failed = send(network, due(room))
    tries = len(accepted)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    retried = send(network, due(room) + timedelta(hours=1))

    assert (failed, tries, retried) == (0, 1, 2)
