from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GatheringsConfig(AppConfig):
    name = "collaboratory.gatherings"
    label = "gatherings"
    verbose_name = "Gatherings"

    def ready(self) -> None:
        # In ready(): the app registry must be populated before tasks and navigation load.
        from collaboratory.gatherings import tasks  # noqa: F401  (registers the periodic task)
        from collaboratory.gatherings.selectors import (
            gathering_youth_take_part,
            personal_gatherings,
        )
        from collaboratory.networks.guests import register_gathering_check, register_guest_route
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.people.selectors import on_personal_data

        on_personal_data("gatherings", personal_gatherings)

        register_nav_item(
            NavItem(_("Gatherings"), "gatherings:list", "gatherings.view_gathering", order=10)
        )
        # Youth guests (networks/guests.py) open a gathering's page (and its calendar file) and
        # check in to it.
        register_gathering_check(gathering_youth_take_part)
        register_guest_route("gatherings:detail", "pk")
        register_guest_route("gatherings:ics", "pk")
        register_guest_route("gatherings:check_in", "pk")

        # In ready(): gatherings sits above networks, so it registers what a membership's
        # end does here (the seats the person held go to those waiting) once apps load.
        # Its counterpart: a membership restored counts the person's seats again, so the kept
        # pages and the waitlist follow at once.
        # The substitutes of the person's passes, which stop and stand again with the
        # membership, are told (they have no account: an email is all they read).
        from collaboratory.gatherings.services import (
            seats_count_again_after_reinstatement,
            seats_free_after_membership_end,
            substitutes_told_after_membership_end,
            substitutes_told_after_reinstatement,
        )
        from collaboratory.networks.services.memberships import (
            on_membership_end,
            on_membership_reinstated,
        )

        on_membership_end(seats_free_after_membership_end)
        on_membership_end(substitutes_told_after_membership_end)
        on_membership_reinstated(seats_count_again_after_reinstatement)
        on_membership_reinstated(substitutes_told_after_reinstatement)

        # And an account deleted: its answers leave with it, and the seats with them. Its
        # substitutes are told first: the second hook deletes the passes.
        from collaboratory.gatherings.services import (
            seats_free_after_account_delete,
            substitutes_told_after_account_delete,
        )
        from collaboratory.people.services import on_account_delete

        on_account_delete(substitutes_told_after_account_delete)
        on_account_delete(seats_free_after_account_delete)

        # A substitute's pass email (or the "works again" one, with the new link) the mail
        # queue gives up after two days of failures: the substitution says "not delivered"
        # on the stewards' list and the member's page, and a steward can send it again.
        from collaboratory.gatherings.services.substitutes import (
            substitute_notice_given_up,
            substitute_pass_given_up,
        )
        from collaboratory.networks.mail import register_given_up

        register_given_up("substitute-pass", substitute_pass_given_up)
        register_given_up("substitute-notice", substitute_notice_given_up)
