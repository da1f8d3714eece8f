"""Row locks that other processes meet: a follow-through move locks its commitment only.

Found by the load test (bench/load.py): the move's `select_for_update()` also locked the
joined gathering, network, proposal and person FOR UPDATE, so a commitment saved at the same
time waited for it at commit (its foreign-key checks take FOR KEY SHARE on those rows) while
holding the live channel's row, which the move wanted next: PostgreSQL killed one as a
deadlock and the member saw an error. PostgreSQL only (SQLite has no row locks).
"""

from __future__ import annotations

import psycopg
import pytest
from django.db import connection, transaction
from django_scopes import scopes_disabled

from collaboratory.followthrough.services import commitment_transition
from tests.commitments.conftest import Room, room  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def test_a_move_leaves_the_gathering_network_and_person_free_for_other_commits(
    room: Room,  # noqa: F811
) -> None:
    commitment = room.commit()
    params = connection.get_connection_params()
    for name in ("cursor_factory", "context", "prepare_threshold"):
        params.pop(name, None)
    rows = {
        "gatherings_gathering": commitment.gathering_id,
        "networks_network": commitment.network_id,
        "people_user": commitment.committer_id,
        "creditclub_proposal": commitment.proposal_id,
    }
    free = {}
    with psycopg.connect(**params, autocommit=True) as other, transaction.atomic():
        with scopes_disabled():
            commitment_transition(commitment=commitment, actor=room.dana, to="in_progress")
        for table, pk in rows.items():
            try:
                other.execute(f"SELECT 1 FROM {table} WHERE id = %s FOR KEY SHARE NOWAIT", [pk])  # noqa: S608
                free[table] = True
            except psycopg.errors.LockNotAvailable:
                free[table] = False
        try:
            other.execute(
                "SELECT 1 FROM commitments_commitment WHERE id = %s FOR UPDATE NOWAIT",
                [commitment.pk],
            )
            commitment_free = True
        except psycopg.errors.LockNotAvailable:
            commitment_free = False

    assert free == dict.fromkeys(rows, True)
    assert commitment_free is False  # the move does hold its own row
