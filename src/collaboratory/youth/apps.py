from __future__ import annotations

import random
from datetime import date
from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class YouthConfig(AppConfig):
    name = "collaboratory.youth"
    label = "youth"
    verbose_name = "Youth program"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.networks.services import on_membership_end
        from collaboratory.networks.services.adulthood import (
            on_coming_of_age,
            on_coming_of_age_note,
        )
        from collaboratory.networks.services.invitations import on_invitation_redeemed
        from collaboratory.people.selectors import on_personal_data
        from collaboratory.people.services import on_account_delete
        from collaboratory.youth import rules, tasks  # noqa: F401  (registers perms, periodic)
        from collaboratory.youth.selectors import personal_youth_program
        from collaboratory.youth.services import (
            application_applicant_link,
            facilitator_sessions_release,
            guardian_links_end_at_18,
            money_awaiting_note,
            youth_departure_note,
            youth_person_forget,
        )

        register_nav_item(NavItem(_("Youth program"), "youth:home", "youth.view", order=60))
        on_account_delete(youth_person_forget)
        on_personal_data("youth_program", personal_youth_program)
        on_invitation_redeemed(application_applicant_link)
        on_membership_end(youth_departure_note)
        on_membership_end(facilitator_sessions_release)
        on_coming_of_age(guardian_links_end_at_18)
        on_coming_of_age_note(money_awaiting_note)

    def demo_seed(self, *, rng: random.Random, network: Any, anchor: date) -> dict[str, int]:
        """The demo's youth program (demo/generator.py calls this: demo may not import us)."""
        # deferred: services import models, which need the app registry ready
        from collaboratory.youth.demo import seed_youth_program

        return seed_youth_program(rng=rng, network=network, anchor=anchor)
