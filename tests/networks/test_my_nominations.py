"""A member who nominated someone learns what became of it. Before, the nomination page said
"Thank you" and nothing ever again: no email, no page told the nominator whether the
stewards had decided, invited or declined; the domain's nominator was left guessing."""

from __future__ import annotations

from django_scopes import scopes_disabled

from collaboratory.networks.models import Nomination, Sector
from collaboratory.networks.services import invitation_create, nomination_create, nomination_decide
from tests.conftest import World, client_for

NOMINATE = "/n/alpha/nominations/new/"


def _nominate(world: World, name: str, email: str) -> Nomination:
    with scopes_disabled():
        sector = Sector.objects.filter(network=world.alpha).first()
        return nomination_create(
            network=world.alpha,
            nominator=world.personas["member"],  # type: ignore[arg-type]
            nominee_name=name,
            nominee_email=email,
            organization_name="Elsewhere Trust",
            sector=sector,  # type: ignore[arg-type]
            reasons="Convenes people across the region and keeps every promise.",
        )


def test_the_nominator_sees_each_nominations_outcome_but_not_the_stewards_note(
    world: World,
) -> None:
    steward = world.personas["steward"]
    waiting = _nominate(world, "Wanda Waiting", "wanda@elsewhere.example")
    declined = _nominate(world, "Dora Declined", "dora@elsewhere.example")
    accepted = _nominate(world, "Abe Accepted", "abe@elsewhere.example")
    with scopes_disabled():
        nomination_decide(
            nomination=declined,
            accept=False,
            note="Private: too close to Alpha's board.",
            actor=steward,  # type: ignore[arg-type]
        )
        nomination_decide(nomination=accepted, accept=True, note="Fits.", actor=steward)  # type: ignore[arg-type]

    mine = client_for(world.personas["member"]).get(NOMINATE).content.decode()
    spanish = client_for(world.personas["member"]).get(NOMINATE, HTTP_ACCEPT_LANGUAGE="es")
    theirs = client_for(steward).get(NOMINATE).content.decode()

    assert "Your nominations" in mine
    assert mine.index("Abe Accepted") < mine.index("Dora Declined") < mine.index("Wanda Waiting")
    for name, outcome in (
        ("Wanda Waiting", "Waiting for the stewards"),
        ("Dora Declined", "Not accepted this time"),
        ("Abe Accepted", "Accepted by the stewards"),
    ):
        line = mine[mine.index(name) : mine.index("</li>", mine.index(name))]
        assert outcome in line, (name, line)
    assert "Private: too close" not in mine
    assert "Tus nominaciones" in spanish.content.decode()
    assert "Wanda Waiting" not in theirs  # another member's nominations are not shown
    assert waiting.pk


def test_an_invited_nominee_who_joined_reads_as_joined(world: World) -> None:
    steward = world.personas["steward"]
    nomination = _nominate(world, "Jo Joined", "jo@elsewhere.example")
    with scopes_disabled():
        nomination_decide(nomination=nomination, accept=True, note="Fits.", actor=steward)  # type: ignore[arg-type]
        _invitation, token = invitation_create(
            network=world.alpha,
            email="jo@elsewhere.example",
            full_name="Jo Joined",
            actor=steward,  # type: ignore[arg-type]
            nomination=nomination,
        )
    client_for(None).post(
        f"/invitations/token/{token}/",
        {
            "full_name": "Jo Joined",
            "age_band": "30-44",
            "password": "a-fine-long-passphrase",
            "pledges": ["0", "1", "2"],
        },
    )

    mine = client_for(world.personas["member"]).get(NOMINATE).content.decode()

    line = mine[mine.index("Jo Joined") : mine.index("</li>", mine.index("Jo Joined"))]
    assert "joined the network" in line
