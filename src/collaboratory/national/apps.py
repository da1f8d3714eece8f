from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NationalConfig(AppConfig):
    name = "collaboratory.national"
    label = "national"
    verbose_name = "National"

    def ready(self) -> None:
        # Apps are loaded only now; the menu registry lives in networks.
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(
            NavItem(_("Local networks"), "national:overview", "national.view", order=65)
        )
        register_nav_item(
            NavItem(
                _("Sharing with the national team"), "national:sharing", "national.share", order=66
            )
        )
