"""Issue 14's safeguard on email: an adult commits to a youth guest's Power Project in the
room, then the morning-after digests go out. No one-to-one channel between the adult and the
minor: every message has one recipient (no Cc, Bcc or Reply-To), every message that carries
the adult's words to the minor has a steward's copy with the same words, and no message to
the adult carries the minor's address (nor the adult's to the minor)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.commitments.services import digests_send_due
from collaboratory.gatherings.models import Attendance, Gathering
from collaboratory.gatherings.services import attendance_bulk_record
from collaboratory.networks.selectors import stewards_of_network
from tests.authz.objects import shared_gathering
from tests.conftest import World, client_for

WORDS = "I will coach your team on a 1-page pitch for 2 hours by June 1"


def test_an_adults_commitment_to_a_power_project_reaches_the_minor_only_with_a_steward(
    world: World,
) -> None:
    shared = shared_gathering(world)
    adult, youth = world.personas["member"], world.personas["youth_member"]
    assert adult is not None
    assert youth is not None
    with scopes_disabled():
        gathering = Gathering.objects.get(pk=shared["gathering"])
        attendance_bulk_record(
            network=world.alpha,
            entries=[(gathering.parts.get().pk, adult.pk)],
            source=Attendance.Source.DOOR_LIST,
        )
    stewards = {s.email for s in stewards_of_network(network=world.alpha)}
    mail.outbox.clear()

    made = client_for(adult).post(
        reverse(
            "live:submit",
            kwargs={"network_slug": world.alpha.slug, "gathering_id": gathering.pk},
        ),
        json.dumps(
            {
                "proposal": shared["power_project"],
                "capital": "intellectual",
                "what": WORDS,
                "amount": "2",
                "unit": "hours",
                "due_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
                "idempotency_key": str(uuid.uuid4()),
            }
        ),
        content_type="application/json",
    )
    zone = ZoneInfo(world.alpha.time_zone)
    morning_after = datetime.combine(
        gathering.ends_at.astimezone(zone).date() + timedelta(days=1), time(8), zone
    )
    with scopes_disabled():
        sent = digests_send_due(network=world.alpha, now=morning_after)

    messages = list(mail.outbox)
    to_youth = [m for m in messages if m.to == [youth.email]]
    to_adult = [m for m in messages if m.to == [adult.email]]
    copies = [m for m in messages if m.to[0] in stewards and WORDS in m.body]
    assert made.status_code == 201
    assert sent >= 2  # the presenter's digest and the committer's
    assert [(len(m.to), m.cc, m.bcc, m.reply_to) for m in messages] == [(1, [], [], [])] * len(
        messages
    )
    # The minor's digest carries the adult's words; a steward gets a copy of it.
    assert [m for m in to_youth if WORDS in m.body] != []
    assert copies != []
    assert all(m.subject.startswith("Copy for stewards") for m in copies)
    assert to_adult != []
    for m in to_adult:
        assert youth.email not in m.body
        assert all(youth.email not in str(part) for part, _type in m.alternatives)
    for m in to_youth:
        assert adult.email not in m.body
