from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "collaboratory.matching"
    label = "matching"
    verbose_name = "Matching members and asks"

    def ready(self) -> None:
        # deferred: navigation reverses URL names, available once the app registry is ready
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(NavItem(_("Asks"), "matching:asks", "matching.view_asks", order=15))
        register_nav_item(
            NavItem(
                _("Introductions"), "matching:introductions", "matching.introduce_members", order=60
            )
        )
