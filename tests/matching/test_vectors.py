"""Stored vectors follow their texts: a save queues a refresh, the periodic sweep catches
what no signal announced (bulk inserts, a new model), and ranking tops up what is still
missing so suggestions never wait for the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from django_scopes import scopes_disabled

from collaboratory.creditclub.models import Ask
from collaboratory.matching import engine
from collaboratory.matching.models import AskVector, OfferVector, text_hash
from collaboratory.matching.ranking import INLINE_CAP, suggestions_for_ask
from collaboratory.matching.services import offer_vectors_refresh
from collaboratory.people.models import OfferedAsset
from collaboratory.people.services import offered_asset_add, offered_assets_bulk_create
from collaboratory.periodic.registry import run_due
from tests.authz.objects import proposal_pk
from tests.conftest import World
from tests.matching.conftest import HALL, Scene, names

pytestmark = pytest.mark.django_db


def stored(offer: OfferedAsset) -> np.ndarray:
    row = OfferVector.objects.get(offer=offer)
    return engine.vector_from_bytes(bytes(row.vector))


def test_a_new_offer_gets_its_vector_from_the_worker(
    scene: Scene, run_tasks: Callable[[], int], django_capture_on_commit_callbacks: Any
) -> None:
    user = scene.member("Hana Hall")
    with django_capture_on_commit_callbacks(execute=True):
        offer = offered_asset_add(
            user=user, kind="institutional", category="space", description=HALL[2]
        )
    assert not OfferVector.objects.filter(offer=offer).exists()

    run_tasks()

    row = OfferVector.objects.get(offer=offer)
    encoder = engine.load_encoder()
    assert encoder is not None
    assert (row.text_hash, row.model_name) == (text_hash(HALL[2]), encoder.name)
    # Read as an offer: the same words read as an ask make another vector.
    np.testing.assert_allclose(stored(offer), encoder.encode_offers([HALL[2]])[0], atol=1e-6)
    assert not np.allclose(stored(offer), encoder.encode_asks([HALL[2]])[0], atol=1e-3)


def test_an_edited_offer_is_read_again(
    scene: Scene, run_tasks: Callable[[], int], django_capture_on_commit_callbacks: Any
) -> None:
    user = scene.member("Hana Hall", HALL)
    offer = OfferedAsset.objects.get(user=user)
    offer_vectors_refresh(offers=[(offer.pk, offer.description)])
    before = stored(offer)

    offer.description = "Two hours of grant-writing review"
    with django_capture_on_commit_callbacks(execute=True):
        offer.save()
    run_tasks()

    assert OfferVector.objects.get(offer=offer).text_hash == text_hash(offer.description)
    english = slice(0, engine.ENGLISH_DIMENSIONS)
    assert float(stored(offer)[english] @ before[english]) < 0.9


def test_an_edited_ask_is_read_again(
    scene: Scene, run_tasks: Callable[[], int], django_capture_on_commit_callbacks: Any
) -> None:
    ask = scene.ask
    ask.what = "Volunteers to staff the counter"
    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        ask.save()
    run_tasks()

    with scopes_disabled():
        row = AskVector.objects.get(ask=ask)
    assert row.text_hash == text_hash("Volunteers to staff the counter")
    assert row.network_id == scene.network.pk


def test_a_proposal_saved_through_the_call_gets_vectors_for_its_asks(
    world: World, run_tasks: Callable[[], int], django_capture_on_commit_callbacks: Any
) -> None:
    # proposal_save replaces the asks by a bulk insert: the proposal's own save announces it.
    with django_capture_on_commit_callbacks(execute=True):
        proposal_id = proposal_pk(world, "alpha")
    run_tasks()

    with scopes_disabled():
        ask = Ask.objects.get(proposal_id=proposal_id)
        row = AskVector.objects.get(ask=ask)
    assert (row.text_hash, row.network_id) == (text_hash(ask.what), world.alpha.pk)


def test_the_sweep_fills_missing_and_replaces_stale_vectors(
    scene: Scene, run_tasks: Callable[[], int]
) -> None:
    user = scene.member("Hana Hall", HALL)
    old = OfferedAsset.objects.get(user=user)
    offer_vectors_refresh(offers=[(old.pk, old.description)])
    OfferVector.objects.filter(offer=old).update(model_name="an-older-model")  # an upgrade
    (bulk,) = offered_assets_bulk_create(
        rows=[
            OfferedAsset(
                user=user, kind="social", category="amplification", description="A radio slot"
            )
        ]
    )  # bulk inserts send no signal

    assert "collaboratory.matching.tasks.vectors_sweep_all" in run_due()
    run_tasks()

    encoder = engine.load_encoder()
    assert encoder is not None
    assert OfferVector.objects.get(offer=old).model_name == encoder.name
    assert OfferVector.objects.get(offer=bulk).text_hash == text_hash("A radio slot")
    with scopes_disabled():
        assert AskVector.objects.filter(ask=scene.ask).exists()


def test_ranking_computes_missing_vectors_inline_and_keeps_them(scene: Scene) -> None:
    user = scene.member("Hana Hall", HALL)

    assert names(suggestions_for_ask(ask=scene.ask)) == ["Hana Hall"]

    assert OfferVector.objects.filter(offer__user=user).count() == 1
    with scopes_disabled():
        assert AskVector.objects.filter(ask=scene.ask).count() == 1


def test_too_many_missing_vectors_match_by_words_until_the_worker_catches_up(
    scene: Scene,
) -> None:
    user = scene.member("Rita Room", ("institutional", "space", "A room for 60 people"))
    offered_assets_bulk_create(
        rows=[
            OfferedAsset(user=user, kind="social", category="other", description=f"Offer {n}")
            for n in range(INLINE_CAP)
        ]
    )

    suggestions = suggestions_for_ask(ask=scene.ask)

    assert (suggestions.by_words, suggestions.catching_up) == (True, True)
    assert names(suggestions) == ["Rita Room"]
    assert not OfferVector.objects.exists()


def test_without_the_model_nothing_is_stored(scene: Scene, words_only: None) -> None:
    user = scene.member("Hana Hall", HALL)
    offer = OfferedAsset.objects.get(user=user)

    assert offer_vectors_refresh(offers=[(offer.pk, offer.description)]) == {}
    assert not OfferVector.objects.exists()
