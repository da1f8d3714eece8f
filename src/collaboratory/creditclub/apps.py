from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CreditClubConfig(AppConfig):
    name = "collaboratory.creditclub"
    label = "creditclub"
    verbose_name = "Rotating Credit Club"

    def ready(self) -> None:
        # In ready(): the app registry must be populated before tasks and navigation load.
        from collaboratory.creditclub import tasks  # noqa: F401  (registers the invitations)
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(
            NavItem(_("Credit Club"), "creditclub:call", "creditclub.view_call", order=30)
        )
