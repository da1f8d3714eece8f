from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    """The shell around the network apps: base layout, static assets, the front door, and the
    network's home page (it gathers what the apps below offer)."""

    name = "collaboratory.web"
    label = "web"
    verbose_name = "Web shell"

    def ready(self) -> None:
        # Imported here, not at the top: the registry's module imports models.
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(NavItem(_("Home"), "networks:home", "networks.view_network", order=0))
        register_nav_item(
            NavItem(_("Activity log"), "networks:activity", "networks.manage_network", order=84)
        )
