"""When an offer, an ask or a proposal is saved, queue the refresh of the vectors concerned.

Why a signal here, against the house habit of explicit registries: offers and asks are
written by several services in two lower apps (people, creditclub), which may not import
matching, and a vector is a derived copy that may lag. The receiver only queues a task after
the commit; the task calls matching's one service. A proposal's asks are replaced by a bulk
insert when the proposal is saved (`proposal_save`), which sends no signal of its own, so a
saved proposal queues the refresh of its asks. Deletes need nothing: a vector row goes with
its offer or ask (on delete cascade). Other bulk inserts (the demo, history imports) are
caught by the periodic sweep and ranking's inline top-up.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from django.db import transaction
from django.db.models.signals import post_save

from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.matching.tasks import (
    ask_vector_refresh,
    offer_vector_refresh,
    proposal_vectors_refresh,
)
from collaboratory.people.models import OfferedAsset


def _offer_saved(sender: type, instance: OfferedAsset, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        transaction.on_commit(partial(offer_vector_refresh.enqueue, instance.pk))


def _ask_saved(sender: type, instance: Ask, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        transaction.on_commit(partial(ask_vector_refresh.enqueue, instance.pk))


def _proposal_saved(sender: type, instance: Proposal, raw: bool = False, **kwargs: Any) -> None:
    if not raw:
        transaction.on_commit(partial(proposal_vectors_refresh.enqueue, instance.pk))


def connect() -> None:
    post_save.connect(_offer_saved, sender=OfferedAsset, dispatch_uid="matching.offer_saved")
    post_save.connect(_ask_saved, sender=Ask, dispatch_uid="matching.ask_saved")
    post_save.connect(_proposal_saved, sender=Proposal, dispatch_uid="matching.proposal_saved")
