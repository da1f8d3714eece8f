"""Suggestions in a network whose members offer in English and in Spanish, as the product
ranks them ("who can meet this ask": text, category, floors), on a fresh SQLite database.

Every offer of the English development set (241) and of the Spanish development set (45) is
one member's offered asset, with its labelled category; each ask is ranked among all of them
(`suggestions_for_asks`, five shown). Prints, per group of asks, how often the member holding
the right offer is suggested first and among the five:

- English asks whose right offer is in English (the development set);
- English asks whose right offer is in Spanish (`REVERSE_LANGUAGE`: the first 20 Spanish
  offers, their asks written in English);
- Spanish asks (the Spanish development set; its offers are all in Spanish).

    .venv/bin/python bench/matching_languages.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
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
    from tests.factories import GatheringFactory, NetworkFactory, PresentedProposalFactory
    from tests.matching.examples_dev import DEVELOPMENT
    from tests.matching.examples_es import REVERSE_LANGUAGE, SPANISH_DEVELOPMENT

    from collaboratory.capital import DEFAULT_KIND
    from collaboratory.creditclub.models import Ask
    from collaboratory.creditclub.services.proposals import ASK_LIMIT
    from collaboratory.matching import engine
    from collaboratory.matching.ranking import suggestions_for_asks
    from collaboratory.matching.services import vectors_sweep
    from collaboratory.networks.models import Membership, MembershipStatus
    from collaboratory.networks.services import memberships_bulk_create
    from collaboratory.people.models import OfferedAsset
    from collaboratory.people.services import (
        NewUser,
        offered_assets_bulk_create,
        users_bulk_create,
    )

    encoder = engine.load_encoder()
    print(f"model: {encoder.name if encoder else 'not installed'}")
    call_command("migrate", verbosity=0)
    with scopes_disabled():
        network = NetworkFactory(slug="bilingual")
        gathering = GatheringFactory(network=network)
        offers = {offer: category for category, _, offer in (*DEVELOPMENT, *SPANISH_DEVELOPMENT)}
        # One member per offer, and one presenter per proposal of asks (a presenter's own
        # offers are never suggested to them): bulk services, so the set-up takes seconds.
        groups = {
            "English ask, English offer": DEVELOPMENT,
            "English ask, Spanish offer": REVERSE_LANGUAGE,
            "Spanish ask, Spanish offer": SPANISH_DEVELOPMENT,
        }
        chunks = [
            (name, examples[start : start + ASK_LIMIT])
            for name, examples in groups.items()
            for start in range(0, len(examples), ASK_LIMIT)
        ]
        users = users_bulk_create(
            rows=[
                NewUser(email=f"member{i}@example.org", full_name=f"Member {i:03d}")
                for i in range(len(offers) + len(chunks))
            ]
        )
        memberships_bulk_create(
            network=network,
            rows=[
                Membership(network=network, user=user, status=MembershipStatus.ACTIVE)
                for user in users
            ],
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
        started = time.perf_counter()
        vectors_sweep()
        print(
            f"{len(offers)} offers, {len(right)} asks, "
            f"vectors in {time.perf_counter() - started:.0f} s"
        )
        asks = list(Ask.objects.select_related("proposal", "network").filter(pk__in=right))
        started = time.perf_counter()
        ranked = suggestions_for_asks(asks=asks, limit=SHOWN)
        print(f"ranked in {(time.perf_counter() - started) * 1000:.0f} ms\n")
    print(f"{'asks':<30}{'n':>5}{'first':>8}{f'in {SHOWN}':>8}")
    for name in groups:
        mine = [pk for pk, group in group_of.items() if group == name]
        firsts = sum(
            1 for pk in mine if ranked[pk].items and ranked[pk].items[0].user_id == right[pk]
        )
        shown = sum(1 for pk in mine if right[pk] in {s.user_id for s in ranked[pk].items})
        print(f"{name:<30}{len(mine):>5}{firsts / len(mine):>8.3f}{shown / len(mine):>8.3f}")


if __name__ == "__main__":
    main()
