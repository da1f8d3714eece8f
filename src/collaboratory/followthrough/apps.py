from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowthroughConfig(AppConfig):
    name = "collaboratory.followthrough"
    label = "followthrough"
    verbose_name = "Commitment follow-through"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.followthrough import tasks  # noqa: F401  (registers periodic work)
        from collaboratory.followthrough.selectors import (
            commitment_due_days,
            personal_followthrough,
        )
        from collaboratory.gatherings.calendar_sources import register_calendar_source
        from collaboratory.networks.guests import register_guest_route
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.people.selectors import on_personal_data

        on_personal_data("followthrough", personal_followthrough)
        register_nav_item(
            NavItem(_("My commitments"), "followthrough:mine", "followthrough.view", order=5)
        )
        register_calendar_source("followthrough.due_dates", commitment_due_days)
        register_nav_item(
            NavItem(_("Partnerships"), "followthrough:partnerships", "followthrough.view", order=35)
        )
        # Youth guests (networks/guests.py) appear in, and may read, their gathering's roll call.
        register_guest_route("followthrough:gratitude", "gathering_id")
