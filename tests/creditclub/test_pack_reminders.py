"""A selected presenter who never acknowledged the presenter pack was told nothing more
after the outcome email, and the stewards could not see who had not: it now goes once, a
week before the gathering on the network's calendar (`date_in`), in the presenter's
language, and the run of show says who has not acknowledged. It is not the follow-through
reminder to acknowledge commitments (that one is about the room's offers, after it)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.creditclub import services
from collaboratory.creditclub.models import Proposal
from collaboratory.creditclub.services import presenter_pack_reminders_send_due
from collaboratory.networks.models import Network
from collaboratory.networks.scoping import date_in
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.creditclub.conftest import Club


def _announce(club: Club, decisions: dict[Proposal, str]) -> None:
    with scopes_disabled():
        for proposal, decision in decisions.items():
            services.proposal_stage_decision(
                proposal=proposal, decision=decision, actor=club.steward
            )
        services.proposals_announce(gathering=club.upcoming, actor=club.steward, early=True)
    mail.outbox.clear()


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_one_reminder_a_week_before_on_the_networks_day_in_the_presenters_language(
    club: Club, zone: str
) -> None:
    Network.objects.filter(pk=club.network.pk).update(time_zone=zone)
    club.network.refresh_from_db()
    User.objects.filter(pk=club.member.pk).update(language="es")
    presenter = club.proposal()
    acknowledged = club.proposal(club.new_member("Already Read"), title="Seed Library")
    waitlisted = club.proposal(club.new_member("On the List"), title="Bike Repair")
    _announce(club, {presenter: "selected", acknowledged: "selected", waitlisted: "waitlisted"})
    with scopes_disabled():
        services.presenter_pack_acknowledge(proposal=acknowledged, actor=acknowledged.proposer)
    tz = ZoneInfo(zone)
    gathering_day = date_in(club.network, club.upcoming.starts_at)
    today = date_in(club.network, timezone.now())

    reminded = []
    day = today
    while day <= gathering_day:
        for at in (time(0, 1), time(12), time(23, 59)):
            with scopes_disabled():
                presenter_pack_reminders_send_due(
                    network=club.network, now=datetime.combine(day, at, tz)
                )
            reminded += [(day, m.to, m.subject, m.body) for m in mail.outbox]
            mail.outbox.clear()
        day += timedelta(days=1)

    assert [(d, to) for d, to, _s, _b in reminded] == [
        (gathering_day - timedelta(days=7), [club.member.email])
    ]
    _day, _to, subject, body = reminded[0]
    assert subject == "Tu paquete de presentación para Fall Gathering te espera"
    assert f"/n/alpha/creditclub/proposals/{presenter.pk}/pack/" in body


def test_no_reminder_once_acknowledged_and_the_run_of_show_tells_the_steward(
    club: Club,
) -> None:
    presenter = club.proposal()
    other = club.proposal(club.new_member("Already Read"), title="Seed Library")
    _announce(club, {presenter: "selected", other: "selected"})
    with scopes_disabled():
        services.presenter_pack_acknowledge(proposal=other, actor=other.proposer)
    run = client_for(club.steward).get(
        f"/n/alpha/creditclub/gatherings/{club.upcoming.pk}/run-of-show/"
    )
    week_before = club.upcoming.starts_at - timedelta(days=6, hours=12)

    with scopes_disabled():
        first = presenter_pack_reminders_send_due(network=club.network, now=week_before)
        services.presenter_pack_acknowledge(proposal=presenter, actor=club.member)
        Proposal.objects.filter(pk=presenter.pk).update(pack_reminded_at=None)
        after = presenter_pack_reminders_send_due(network=club.network, now=week_before)

    text = run.content.decode()
    assert (first, after) == (1, 0)
    assert "Has not acknowledged the presenter pack yet." in text
    assert text.count("Acknowledged the presenter pack on") == 1


def test_a_presenter_chosen_late_has_two_days_from_the_outcome_email(club: Club) -> None:
    """Selected four days before the gathering: the outcome email links the pack, and the
    reminder waits two days after it, rather than following it the same hour."""
    presenter = club.proposal()
    _announce(club, {presenter: "selected"})
    announced = club.upcoming.starts_at - timedelta(days=4)
    with scopes_disabled():
        Proposal.objects.filter(pk=presenter.pk).update(announced_at=announced)
        same_day = presenter_pack_reminders_send_due(network=club.network, now=announced)
        next_day = presenter_pack_reminders_send_due(
            network=club.network, now=announced + timedelta(days=1)
        )
        two_on = presenter_pack_reminders_send_due(
            network=club.network, now=announced + timedelta(days=2)
        )

    assert (same_day, next_day, two_on) == (0, 0, 1)


def test_linking_slides_later_keeps_the_day_the_pack_was_acknowledged(club: Club) -> None:
    """The pack's one button acknowledges and, later, saves a slides link: each press moved
    the acknowledgement to that day (and audited it again), so the run of show's date
    said when slides were last linked."""
    presenter = club.proposal()
    _announce(club, {presenter: "selected"})
    with scopes_disabled():
        services.presenter_pack_acknowledge(proposal=presenter, actor=club.member)
        first = Proposal.objects.get(pk=presenter.pk).pack_acknowledged_at
        services.presenter_pack_acknowledge(
            proposal=Proposal.objects.get(pk=presenter.pk),
            actor=club.member,
            slides_url="https://example.org/slides",
        )
        stored = Proposal.objects.get(pk=presenter.pk)
        audits = AuditEvent.objects.filter(action="proposal.pack_acknowledged").count()

    assert (stored.pack_acknowledged_at, stored.slides_url) == (first, "https://example.org/slides")
    assert audits == 1


def test_a_steward_withdraws_for_a_presenter_from_the_proposals_page(club: Club) -> None:
    presenter = club.proposal()
    _announce(club, {presenter: "selected"})

    page = client_for(club.steward).get(f"/n/alpha/creditclub/proposals/{presenter.pk}/")

    assert "Withdraw for its proposer…" in page.content.decode()
