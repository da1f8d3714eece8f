from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeatingConfig(AppConfig):
    """Seating plans for a gathering's dinners and small groups. The package itself is the
    pure solver (`seating.solver`, no Django); the app's Django code sits beside it."""

    name = "collaboratory.seating"
    label = "seating"
    verbose_name = "Seating plans"

    def ready(self) -> None:
        # In ready(): the app registry must be populated before the guest routes load.
        from collaboratory.networks.guests import register_guest_route

        # Youth guests (networks/guests.py) are seated like anyone coming: they see their own
        # table of the gathering they take part in (the page and the gathering page's part).
        register_guest_route("seating:mine", "gathering_id")

        # A youth cohort's stewards: the host's seating rules that name their students.
        from collaboratory.networks.navigation import NavItem, register_nav_item

        register_nav_item(
            NavItem(
                _("Seating rules"), "seating:student_rules", "seating.view_student_rules", order=62
            )
        )

        # In ready(): gatherings sits below seating, so seating registers its reaction to an
        # approval (the substitute takes the member's seats) once the apps are loaded.
        # A withdrawal undoes it (the substitute leaves the plans).
        from collaboratory.gatherings.services import (
            on_substitution_approved,
            on_substitution_revoked,
        )
        from collaboratory.seating.services import (
            substitution_seats_release,
            substitution_seats_take,
        )

        on_substitution_approved(substitution_seats_take)
        on_substitution_revoked(substitution_seats_release)
