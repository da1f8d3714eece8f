from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "collaboratory.insights"
    label = "insights"
    verbose_name = "Insights"

    def ready(self) -> None:
        from collaboratory.insights import tasks  # noqa: F401  (registers the daily snapshot)
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(
            NavItem(_("Insights"), "insights:dashboard", "insights.view_insights", order=60)
        )
