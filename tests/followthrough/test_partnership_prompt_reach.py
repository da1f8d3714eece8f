"""The 6-month check-in asks its readers to mark milestones on the partnership's page: it
goes to the people who can open that page and keep it (admitted members of the home network
on the partnership), not to members of a partner network, for whom the link is a 404."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.core import mail
from django.test import Client
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import PartnershipInvitation
from collaboratory.followthrough.services import (
    partnership_invitation_answer,
    partnership_invite,
    partnership_prompts_send,
    partnership_record,
)
from collaboratory.followthrough.services.partnerships import months_after
from collaboratory.networks.models import NetworkKind, Role
from tests.conftest import World
from tests.factories import MembershipFactory, NetworkFactory


def test_the_check_in_goes_to_those_who_can_open_the_partnership(world: World) -> None:
    created = timezone.now() - timedelta(days=200)
    with scopes_disabled():
        tulsa = NetworkFactory(slug="tulsa", kind=NetworkKind.LOCAL, parent=world.bravo)
        fresno = NetworkFactory(slug="fresno", kind=NetworkKind.LOCAL, parent=world.bravo)
        steward = MembershipFactory(network=tulsa, role=Role.STEWARD).user
        MembershipFactory(network=fresno, user=steward)
        partner = MembershipFactory(network=fresno, user__email="rosa@fresno.example").user
        p = partnership_record(
            network=tulsa,
            recorded_by=steward,
            kind="partnership",
            title="Two cities",
            story="x",
            idempotency_key=uuid.uuid4(),
            now=created,
        )
        partnership_invite(
            partnership=p, actor=steward, partner_network=fresno, emails=[partner.email]
        )
        invitation = PartnershipInvitation.objects.get(partnership=p, invitee=partner)
        partnership_invitation_answer(invitation=invitation, user=partner, accept=True)
        mail.outbox.clear()
        sent = partnership_prompts_send(
            network=tulsa, now=months_after(created, 6) + timedelta(hours=1)
        )

    assert sent == 1
    assert [m.to for m in mail.outbox] == [[steward.email]]
    client = Client()
    client.force_login(partner)
    assert client.get(f"/n/tulsa/follow-through/partnerships/{p.pk}/").status_code == 404
