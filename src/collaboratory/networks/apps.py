from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "collaboratory.networks"
    label = "networks"
    verbose_name = "Networks"

    def ready(self) -> None:
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(NavItem(_("Home"), "networks:home", "networks.view_network", order=0))
        register_nav_item(
            NavItem(_("Members"), "networks:directory", "networks.view_directory", order=10)
        )
        register_nav_item(
            NavItem(_("Nominate"), "networks:nomination_new", "networks.nominate", order=20)
        )
        register_nav_item(
            NavItem(
                _("Nominations"), "networks:nominations", "networks.manage_membership", order=80
            )
        )
        register_nav_item(
            NavItem(
                _("Invitations"), "networks:invitations", "networks.manage_membership", order=81
            )
        )
        register_nav_item(
            NavItem(_("Roster"), "networks:roster", "networks.manage_membership", order=82)
        )
        from collaboratory.networks import tasks  # noqa: F401  (registers the daily evaluation)
