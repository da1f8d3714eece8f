"""Linking members of a sibling network by email answers the same whatever the address: a
steward who types an address learns nothing from the answer about whether it belongs to a
member of the other network (no membership oracle across a network's boundary). Adult
admitted members there are invited; every other address is left out without a word."""

from __future__ import annotations

import uuid

from django.contrib.messages import get_messages
from django.urls import reverse
from django_scopes import scopes_disabled

from collaboratory.followthrough.models import Partnership, PartnershipInvitation
from collaboratory.followthrough.services import partnership_record
from collaboratory.networks.models import MembershipStatus, NetworkKind, Role
from collaboratory.people.models import AgeBand
from tests.conftest import World, client_for
from tests.factories import MembershipFactory, NetworkFactory

HOST = {"HTTP_HOST": "127.0.0.1"}


def test_the_answer_is_the_same_whether_or_not_an_address_is_a_member_there(
    world: World,
) -> None:
    with scopes_disabled():
        tulsa = NetworkFactory(
            slug="tulsa", name="Tulsa", kind=NetworkKind.LOCAL, parent=world.bravo
        )
        fresno = NetworkFactory(
            slug="fresno", name="Fresno", kind=NetworkKind.LOCAL, parent=world.bravo
        )
        steward = MembershipFactory(network=tulsa, role=Role.STEWARD).user
        MembershipFactory(network=fresno, user=steward)
        rosa = MembershipFactory(network=fresno, user__email="rosa@fresno.example").user
        MembershipFactory(
            network=fresno, user__email="teen@fresno.example", user__age_band=AgeBand.AGE_16_17
        )
        MembershipFactory(
            network=fresno, user__email="gone@fresno.example", status=MembershipStatus.REMOVED
        )
        MembershipFactory(network=tulsa, user__email="home@tulsa.example")
        p = partnership_record(
            network=tulsa,
            recorded_by=steward,
            kind="partnership",
            title="Two cities",
            story="x",
            idempotency_key=uuid.uuid4(),
        )
    url = reverse(
        "followthrough:partnership_keep", kwargs={"network_slug": "tulsa", "partnership_id": p.pk}
    )

    def answer(email: str) -> tuple[int, str, tuple[str, ...]]:
        # A fresh session each time: flashed messages are not carried from one to the next.
        response = client_for(steward).post(
            url,
            {"action": "span", "partner_network": "fresno", "member_emails": email},
            **HOST,
        )
        said = tuple(str(m) for m in get_messages(response.wsgi_request))
        return response.status_code, response.get("Location", ""), said

    answers = {
        email: answer(email)
        for email in (
            "nobody@x.example",  # no account at all
            "home@tulsa.example",  # an account, not in Fresno
            "gone@fresno.example",  # a former member of Fresno
            "teen@fresno.example",  # a minor in Fresno
            "rosa@fresno.example",  # an adult member of Fresno: the legitimate flow
        )
    }

    assert len(set(answers.values())) == 1, answers
    status, _location, said = answers["rosa@fresno.example"]
    assert status == 302
    assert "Fresno" in said[0]
    assert "Not a member" not in repr(answers)
    with scopes_disabled():
        p.refresh_from_db()
        # Nobody is linked before they accept (test_partnership_accept.py), and only the
        # adult admitted member was invited.
        assert p.partner_network_id is None
        assert set(p.members.values_list("pk", flat=True)) == {steward.pk}
        invited = PartnershipInvitation.objects.filter(partnership=p, invitee__isnull=False)
        assert list(invited.values_list("invitee_id", flat=True)) == [rosa.pk]
        assert Partnership.objects.filter(pk=p.pk).exists()
