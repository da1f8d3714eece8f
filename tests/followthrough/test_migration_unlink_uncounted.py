"""followthrough 0009: links stored before it from a partnership to a youth's money
commitment that waited for, or was declined by, the guardian are removed; links to
commitments that count stay, and the commitments themselves are untouched."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from tests.factories import CommitmentFactory
from tests.migrations import migrate_to

pytestmark = pytest.mark.django_db(transaction=True)

COMMITMENTS = ("commitments", "0007_change_date_indexes")  # with the guardian's answer
BEFORE = [("followthrough", "0008_idempotency_keys_required"), COMMITMENTS]
AFTER = [("followthrough", "0009_partnerships_unlink_uncounted"), COMMITMENTS]


def test_links_to_commitments_that_do_not_count_are_removed(at_head: None) -> None:
    with scopes_disabled():
        counted = CommitmentFactory()
        network, proposal = counted.network, counted.proposal
        awaiting = CommitmentFactory(proposal=proposal)
        declined = CommitmentFactory(proposal=proposal)
    old = migrate_to(BEFORE)
    commitment = old.get_model("commitments", "Commitment")
    # As the rows stood: two money commitments of a youth, one awaiting, one declined.
    commitment.objects.filter(pk=awaiting.pk).update(guardian_approval="awaiting")
    commitment.objects.filter(pk=declined.pk).update(guardian_approval="declined")
    partnership = old.get_model("followthrough", "Partnership").objects.create(
        network_id=network.pk,
        kind="project",
        title="Shared van",
        story="Two food banks share a van",
        created_at=counted.created_at,
    )
    partnership.commitments.set([counted.pk, awaiting.pk, declined.pk])

    new = migrate_to(AFTER)

    stored = new.get_model("followthrough", "Partnership").objects.get(pk=partnership.pk)
    assert set(stored.commitments.values_list("pk", flat=True)) == {counted.pk}
    assert (
        new.get_model("commitments", "Commitment")
        .objects.filter(pk__in=[counted.pk, awaiting.pk, declined.pk])
        .count()
        == 3
    )
