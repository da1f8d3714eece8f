from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Convener training: apply, train as a cohort, practise, launch a local network."""

    name = "collaboratory.training"
    label = "training"
    verbose_name = "Convener training"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.people.selectors import on_personal_data
        from collaboratory.people.services import on_account_delete
        from collaboratory.training import tasks  # noqa: F401  (registers the reminders)
        from collaboratory.training.selectors import personal_training
        from collaboratory.training.services import trainee_records_pseudonymize

        register_nav_item(NavItem(_("Training"), "training:home", "training.train", order=85))
        register_nav_item(
            NavItem(_("My training"), "training:mine", "training.view_mine", order=86)
        )
        on_account_delete(trainee_records_pseudonymize)
        on_personal_data("training", personal_training)

    def demo_seed(self, **kwargs: Any) -> None:
        """Called by the demo generator through the app registry (a sibling in the top
        layer, it may not import us)."""
        # deferred: the demo module loads services, which need the app registry ready
        from collaboratory.training.demo import seed_training

        seed_training(**kwargs)
