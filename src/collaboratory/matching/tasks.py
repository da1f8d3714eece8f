"""Background work of matching: keep the stored vectors in step with the texts. Thin: ids
in, a service out."""

from __future__ import annotations

from datetime import timedelta

from django_scopes import scopes_disabled
from django_tasks import task

from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.matching.services import (
    ask_text,
    ask_vectors_refresh,
    offer_text,
    offer_vectors_refresh,
    vectors_sweep,
)
from collaboratory.people.models import OfferedAsset
from collaboratory.periodic.registry import periodic


@task()
def offer_vector_refresh(offer_id: int) -> int:
    """The vector of one offer after it was saved (gone already: nothing to do)."""
    offer = OfferedAsset.objects.filter(pk=offer_id).first()
    if offer is None:
        return 0
    return len(offer_vectors_refresh(offers=[(offer.pk, offer_text(offer))]))


@task()
def ask_vector_refresh(ask_id: int) -> int:
    """The vector of one ask after it was saved."""
    with scopes_disabled():  # a task names the ask by id; its network comes with it
        ask = Ask.objects.select_related("network").filter(pk=ask_id).first()
    if ask is None:
        return 0
    return len(ask_vectors_refresh(network=ask.network, asks=[(ask.pk, ask_text(ask))]))


@task()
def proposal_vectors_refresh(proposal_id: int) -> int:
    """The vectors of a proposal's asks after it was saved (its asks are re-inserted in
    bulk, which no signal announces); unchanged asks cost a digest each, not the model."""
    with scopes_disabled():  # a task names the proposal by id; its network comes with it
        proposal = Proposal.objects.select_related("network").filter(pk=proposal_id).first()
        if proposal is None:
            return 0
        asks = [(ask.pk, ask_text(ask)) for ask in proposal.asks.all()]
    return len(ask_vectors_refresh(network=proposal.network, asks=asks))


@periodic(every=timedelta(minutes=15))
@task()
def vectors_sweep_all() -> int:
    """Missing or stale vectors: bulk-created rows (the demo, imports) send no signal, a
    queued refresh may have failed, and a new model makes every vector stale."""
    return vectors_sweep()
