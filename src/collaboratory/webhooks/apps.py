from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    """Signed webhooks per network: follows the audit log, posts from the task worker."""

    name = "collaboratory.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.audit.services import audit_listen
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.people.services import on_account_delete
        from collaboratory.webhooks import tasks  # noqa: F401  (registers the sweep)
        from collaboratory.webhooks.services import deliveries_record, webhook_deliveries_forget

        audit_listen(deliveries_record)
        on_account_delete(webhook_deliveries_forget)
        register_nav_item(NavItem(_("Webhooks"), "webhooks:list", "webhooks.manage", order=90))
