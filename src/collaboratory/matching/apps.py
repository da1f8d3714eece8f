from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "collaboratory.matching"
    label = "matching"
    verbose_name = "Who can meet this ask"

    def ready(self) -> None:
        # deferred: models and URL names are usable only once the app registry is ready
        from collaboratory.matching import receivers, tasks  # noqa: F401  (registers work)
        from collaboratory.matching.selectors_profiles import personal_introductions
        from collaboratory.matching.services_profiles import (
            introduction_consent_drop_for_ended_membership,
        )
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.networks.services import on_membership_end
        from collaboratory.people.selectors import on_personal_data

        receivers.connect()
        register_nav_item(NavItem(_("Asks"), "matching:asks", "matching.view_asks", order=15))
        register_nav_item(
            NavItem(
                _("Introductions"), "matching:introductions", "matching.introduce_members", order=79
            )
        )
        # What matching holds about a person, for people's "export my data".
        on_personal_data("introductions", personal_introductions)
        # An agreement to be emailed introduction requests ends with the membership.
        on_membership_end(introduction_consent_drop_for_ended_membership)
