from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "collaboratory.insights"
    label = "insights"
    verbose_name = "Insights"

    def ready(self) -> None:
        # Apps are loaded only now; importing the tasks registers them with the scheduler.
        from collaboratory.insights import tasks  # noqa: F401  (registers the daily snapshot)
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(
            NavItem(_("Insights"), "insights:dashboard", "insights.view_insights", order=60)
        )
        # Snapshot digests go with a withdrawn self-description (people calls it, at once).
        from collaboratory.insights.services import sensitive_snapshots_forget
        from collaboratory.people.services import on_self_description_forget

        on_self_description_forget(sensitive_snapshots_forget)
        # A member's sector, organization, region or generation changed in place: the
        # cached figures of their networks are recomputed on the next view.
        from collaboratory.audit.services import audit_listen
        from collaboratory.insights.selectors.figures import attributes_changed

        audit_listen(attributes_changed)
