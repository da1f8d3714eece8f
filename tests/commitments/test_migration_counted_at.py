"""commitments 0010: `counted_at` for rows stored before it. One that counts counted from when
it was made; a youth's money the guardian approved, from the approving link's use; one
waiting for or declined by the guardian not yet (the offer email's pass must not find it)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django_scopes import scopes_disabled

from tests.factories import CommitmentFactory
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("commitments", "0009_commitment_on_asks_board")]
AFTER = [("commitments", "0010_commitment_counted_at")]


def test_rows_stored_before_count_from_when_they_began_to(at_head: None) -> None:
    with scopes_disabled():
        counted = CommitmentFactory()
        proposal = counted.proposal
        approved, awaiting, declined = (CommitmentFactory(proposal=proposal) for _ in range(3))
    old = migrate_to(BEFORE)
    commitment = old.get_model("commitments", "Commitment")
    for row, answer in ((approved, "approved"), (awaiting, "awaiting"), (declined, "declined")):
        commitment.objects.filter(pk=row.pk).update(guardian_approval=answer)
    approved_at = approved.created_at + timedelta(days=5)
    link = old.get_model("commitments", "GuardianApprovalLink")
    for n, used_at in enumerate((approved_at, None)):
        link.objects.create(
            network_id=approved.network_id,
            commitment_id=approved.pk,
            guardian_email=f"guardian{n}@example.org",
            token_digest=str(n) * 64,
            created_at=approved.created_at,
            expires_at=approved.created_at + timedelta(days=14),
            used_at=used_at,
        )

    new = migrate_to(AFTER)

    stored = dict(
        new.get_model("commitments", "Commitment").objects.values_list("pk", "counted_at")
    )
    assert stored == {
        counted.pk: counted.created_at,
        approved.pk: approved_at,
        awaiting.pk: None,
        declined.pk: None,
    }
