"""The nomination and invitation forms ask for someone else's name and address: on a
phone they opened a text keyboard and offered the member's own name and address to fill
in (plain text inputs the browser read as the person's own)."""

from __future__ import annotations

import re

from tests.conftest import World, client_for


def _input(page: str, name: str) -> str:
    found = re.search(rf'<input[^>]*name="{name}"[^>]*>', page)
    assert found, name
    return found.group(0)


def test_the_address_fields_take_an_email_keyboard_and_no_autofill(world: World) -> None:
    nominate = client_for(world.personas["member"]).get("/n/alpha/nominations/new/")
    invite = client_for(world.personas["steward"]).get("/n/alpha/invitations/")
    # The guardian's address is asked only in a youth cohort (the same steward runs it).
    invite_youth = client_for(world.personas["steward"]).get("/n/alpha-youth/invitations/")

    for page, names in (
        (nominate.content.decode(), ("nominee_email",)),
        (invite.content.decode(), ("email",)),
        (invite_youth.content.decode(), ("email", "guardian_email")),
    ):
        for name in names:
            field = _input(page, name)
            assert 'type="email"' in field
            assert 'autocomplete="off"' in field
    assert 'autocomplete="off"' in _input(nominate.content.decode(), "nominee_name")
    assert 'autocomplete="off"' in _input(invite.content.decode(), "full_name")
