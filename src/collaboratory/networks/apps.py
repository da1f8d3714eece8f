from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    name = "collaboratory.networks"
    label = "networks"
    verbose_name = "Networks"

    def ready(self) -> None:
        # Imported here, not at the top: models may be imported only once apps are ready.
        from collaboratory.audit.services import audit_listen
        from collaboratory.networks import tasks  # noqa: F401  (registers the mail retries)
        from collaboratory.networks.mail import digest_items_forget
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.networks.selectors import (
            personal_email_choices,
            personal_memberships,
            personal_nominations_made,
        )
        from collaboratory.networks.services import (
            account_records_pseudonymize,
            last_steward_refusals,
        )
        from collaboratory.networks.versions import content_changed
        from collaboratory.people.selectors import on_account_delete_refusal, on_personal_data
        from collaboratory.people.services import on_account_delete

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
        # Every audited write gives its network's (or the people's) pages a new version.
        audit_listen(content_changed)
        # What networks holds about a person, for people's "export my data" and deletion.
        on_personal_data("memberships", personal_memberships)
        on_personal_data("nominations_made", personal_nominations_made)
        on_personal_data("email_choices", personal_email_choices)
        on_account_delete(account_records_pseudonymize)
        # Digest items queued for others that name the person go with their account.
        on_account_delete(digest_items_forget)
        # A network's last steward names another before deleting their account.
        on_account_delete_refusal(last_steward_refusals)
