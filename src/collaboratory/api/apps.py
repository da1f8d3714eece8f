from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "collaboratory.api"
    label = "api"
    verbose_name = "REST API"

    def ready(self) -> None:
        # deferred: the navigation registry loads models, which are importable only once
        # the app registry is ready
        from collaboratory.api.selectors import personal_api_tokens
        from collaboratory.api.services import api_tokens_revoke_for_ended_membership
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.networks.services import on_membership_end
        from collaboratory.people.selectors import on_personal_data

        on_personal_data("api_tokens", personal_api_tokens)
        on_membership_end(api_tokens_revoke_for_ended_membership)

        register_nav_item(
            NavItem(_("API tokens"), "api_tokens:list", "api.manage_tokens", order=90)
        )
