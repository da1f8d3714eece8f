"""Two requests ranking the same offers at once (the review board's cards load together):
one stored an offer's vector after the other had read it as missing, so the other's store
skipped it as fresh and ranking looked for a vector it never got: a 500 (KeyError) on the
board's first view. The vector the other request stored is now read back and used."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.matching import engine
from collaboratory.matching.models import OfferVector
from collaboratory.matching.ranking import suggestions_for_ask
from collaboratory.matching.services import offer_vectors_refresh
from collaboratory.people.models import OfferedAsset
from tests.matching.conftest import HALL, INTRODUCTIONS, Scene, names

pytestmark = pytest.mark.django_db


def another_request_stores_first(table: str) -> Callable[..., Any]:
    """Right before this request's second read of `table` (its store's check), every
    offer's vector is stored as another request would have: the race made certain."""
    reads: list[str] = []

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        if sql.lstrip().upper().startswith("SELECT") and f'"{table}"' in sql:
            reads.append(sql)
            if len(reads) == 2:
                with scopes_disabled():
                    rows = list(OfferedAsset.objects.values_list("pk", "description"))
                offer_vectors_refresh(offers=rows)
        return execute(sql, *args)

    return wrapper


def test_an_offer_vector_stored_by_another_request_meanwhile_is_used(scene: Scene) -> None:
    if engine.load_encoder() is None:
        pytest.skip("the race is in the stored vectors, which only the model writes")
    scene.member("Hana Hall", HALL)
    scene.member("Ivan Intro", INTRODUCTIONS)

    with connection.execute_wrapper(another_request_stores_first(OfferVector._meta.db_table)):
        suggestions = suggestions_for_ask(ask=scene.ask)

    assert suggestions.method == "embedding"
    assert names(suggestions)[0] == "Hana Hall"
    with scopes_disabled():
        assert OfferVector.objects.count() == 2
