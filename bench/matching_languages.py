"""Suggestions in a network whose members offer in English and in Spanish, as the product
ranks them ("who can meet this ask": text, category, floors), on a fresh SQLite database.

Every offer of the English development set (241) and of the Spanish development set (45) is
one member's offered asset, with its labelled category; each ask is ranked among all of them
(`suggestions_for_asks`, five shown). Prints, per group of asks, how often the member holding
the right offer is suggested first and among the five, and the MRR of the whole list: the
issue's accuracy goal read where members meet it, with the categories they file asks and
offers under (`bench/matching.py` reads the text alone):

- English asks whose right offer is in English (the development set);
- English asks whose right offer is in Spanish (`REVERSE_LANGUAGE`: the first 20 Spanish
  offers, their asks written in English);
- Spanish asks (the Spanish development set; its offers are all in Spanish);

and the same in a second network for the held-out sets (English and Spanish, 86 offers).

    .venv/bin/python bench/matching_languages.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]  # the project, and tests' labelled sets

SHOWN = 5


def main() -> None:
    os.environ["COLLABORATORY_DATA_DIR"] = tempfile.mkdtemp(prefix="matching-languages-")
    os.environ["COLLABORATORY_DEBUG"] = "false"
    os.environ["COLLABORATORY_EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ["DJANGO_SETTINGS_MODULE"] = "collaboratory.config.settings"
    import django

    django.setup()
    # After setup: models, services and factories need the app registry.
    from django.core.management import call_command
    from django_scopes import scopes_disabled
    from tests.matching.examples_dev import DEVELOPMENT
    from tests.matching.examples_es import REVERSE_LANGUAGE, SPANISH_DEVELOPMENT, SPANISH_HELD_OUT
    from tests.matching.examples_heldout import HELD_OUT

    from collaboratory.creditclub.models import Ask
    from collaboratory.matching import engine
    from collaboratory.matching.ranking import suggestions_for_asks

    encoder = engine.load_encoder()
    print(f"model: {encoder.name if encoder else 'not installed'}")
    call_command("migrate", verbosity=0)
    sets = {
        "development": {
            "English ask, English offer": DEVELOPMENT,
            "English ask, Spanish offer": REVERSE_LANGUAGE,
            "Spanish ask, Spanish offer": SPANISH_DEVELOPMENT,
        },
        "held-out": {
            "English ask, English offer": HELD_OUT,
            "Spanish ask, Spanish offer": SPANISH_HELD_OUT,
        },
    }
    print(f"{'set':<13}{'asks':<30}{'n':>5}{'first':>8}{f'in {SHOWN}':>8}{'MRR':>8}")
    for label, groups in sets.items():
        with scopes_disabled():
            right, group_of = seed(label, groups)
            asks = list(Ask.objects.select_related("proposal", "network").filter(pk__in=right))
            ranked = suggestions_for_asks(asks=asks, limit=SHOWN)
            deep = suggestions_for_asks(asks=asks, limit=len(right) * 2)
        for name in groups:
            mine = [pk for pk, group in group_of.items() if group == name]
            firsts = sum(
                1 for pk in mine if ranked[pk].items and ranked[pk].items[0].user_id == right[pk]
            )
            shown = sum(1 for pk in mine if right[pk] in {s.user_id for s in ranked[pk].items})
            reciprocal = sum(
                reciprocal_rank([s.user_id for s in deep[pk].items], right[pk]) for pk in mine
            )
            print(
                f"{label:<13}{name:<30}{len(mine):>5}{firsts / len(mine):>8.3f}"
                f"{shown / len(mine):>8.3f}{reciprocal / len(mine):>8.3f}"
            )
    print(
        f"\nMRR: the right member's place in the whole list (no cap of {SHOWN}); 0 when the"
        " floors leave them out."
    )


def seed(label: str, groups: dict[str, list]) -> tuple[dict[int, int], dict[int, str]]:
    """A network with one member per offer of ``groups`` and every ask presented; returns
    {ask id: the right offer's member} and {ask id: its group}."""
    # Imported after django.setup() in main: models and services need the app registry.
    from tests.factories import GatheringFactory, NetworkFactory, PresentedProposalFactory

    from collaboratory.capital import DEFAULT_KIND
    from collaboratory.creditclub.models import Ask
    from collaboratory.creditclub.services.proposals import ASK_LIMIT
    from collaboratory.matching.services import vectors_sweep
    from collaboratory.networks.models import Membership, MembershipStatus
    from collaboratory.networks.services import memberships_bulk_create
    from collaboratory.people.models import OfferedAsset
    from collaboratory.people.services import NewUser, offered_assets_bulk_create, users_bulk_create

    network = NetworkFactory(slug=label)
    gathering = GatheringFactory(network=network)
    offers = {offer: category for examples in groups.values() for category, _, offer in examples}
    # One member per offer, and one presenter per proposal of asks (a presenter's own offers
    # are never suggested to them): bulk services, so the set-up takes seconds.
    chunks = [
        (name, examples[start : start + ASK_LIMIT])
        for name, examples in groups.items()
        for start in range(0, len(examples), ASK_LIMIT)
    ]
    users = users_bulk_create(
        rows=[
            NewUser(email=f"{label}-{i}@example.org", full_name=f"Member {i:03d}")
            for i in range(len(offers) + len(chunks))
        ]
    )
    memberships_bulk_create(
        network=network,
        rows=[Membership(network=network, user=u, status=MembershipStatus.ACTIVE) for u in users],
    )
    owner = {offer: user.pk for offer, user in zip(offers, users, strict=False)}
    offered_assets_bulk_create(
        rows=[
            OfferedAsset(
                user_id=owner[offer],
                kind=DEFAULT_KIND[category],
                category=category,
                description=offer,
            )
            for offer, category in offers.items()
        ]
    )
    right: dict[int, int] = {}
    group_of: dict[int, str] = {}
    for (name, examples), presenter in zip(chunks, users[len(offers) :], strict=True):
        proposal = PresentedProposalFactory(
            gathering=gathering,
            proposer=presenter,
            asks=tuple((c, DEFAULT_KIND[c], ask) for c, ask, _ in examples),
        )
        stored = Ask.objects.filter(proposal=proposal).order_by("position", "pk")
        for ask, (_, _, offer) in zip(stored, examples, strict=True):
            right[ask.pk] = owner[offer]
            group_of[ask.pk] = name
    vectors_sweep()
    return right, group_of


def reciprocal_rank(order: list[int], right: int) -> float:
    return 1 / (order.index(right) + 1) if right in order else 0.0


if __name__ == "__main__":
    main()
