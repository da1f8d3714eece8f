from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "collaboratory.networks"
    label = "networks"
    verbose_name = "Networks"

    def ready(self) -> None:
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(NavItem(_("Home"), "networks:home", "networks.view_network", order=0))
