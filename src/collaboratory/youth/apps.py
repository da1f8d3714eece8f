from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class YouthConfig(AppConfig):
    name = "collaboratory.youth"
    label = "youth"
    verbose_name = "Youth program"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.people.selectors import on_personal_data
        from collaboratory.people.services import on_account_delete
        from collaboratory.youth import rules, tasks  # noqa: F401  (registers perms, periodic)
        from collaboratory.youth.selectors import personal_youth_program
        from collaboratory.youth.services import youth_person_forget

        register_nav_item(NavItem(_("Youth program"), "youth:home", "youth.view", order=60))
        on_account_delete(youth_person_forget)
        on_personal_data("youth_program", personal_youth_program)
