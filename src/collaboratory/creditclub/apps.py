from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CreditClubConfig(AppConfig):
    name = "collaboratory.creditclub"
    label = "creditclub"
    verbose_name = "Rotating Credit Club"

    def ready(self) -> None:
        # In ready(): the app registry must be populated before tasks and navigation load.
        from collaboratory.creditclub import tasks  # noqa: F401  (registers the invitations)
        from collaboratory.creditclub.selectors import (
            own_proposal_gathering,
            personal_proposals,
            personal_reviews_written,
        )
        from collaboratory.creditclub.services import proposals_withdraw_after_membership_end
        from collaboratory.networks.guests import register_guest_route
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.networks.services.memberships import on_membership_end
        from collaboratory.people.selectors import on_personal_data

        on_personal_data("proposals", personal_proposals)
        on_personal_data("reviews_written", personal_reviews_written)
        # A member's end withdraws their open proposals: none is selected after they left.
        on_membership_end(proposals_withdraw_after_membership_end)

        register_nav_item(
            NavItem(_("Credit Club"), "creditclub:call", "creditclub.view_call", order=30)
        )
        # Youth guests (networks/guests.py) propose a Power Project to the gathering they take
        # part in, and then reach that proposal's own pages (nobody else's), its presenter
        # pack too once it is selected.
        register_guest_route("creditclub:proposal_new", "gathering_id")
        for name in ("proposal", "proposal_edit", "proposal_submit", "proposal_withdraw", "pack"):
            register_guest_route(f"creditclub:{name}", "proposal_id", own_proposal_gathering)

        # gatherings sits below: its page asks this app when the call for presenters is open,
        # and which proposals a youth guest has there (their page links their own).
        from collaboratory.creditclub.selectors import gathering_call_window, own_projects_at
        from collaboratory.gatherings.selectors import own_projects_from, presenter_call_from

        presenter_call_from(gathering_call_window)
        own_projects_from(own_projects_at)
        # A member who ticked "I would like to present" is led on to proposing (or told why not).
        from collaboratory.creditclub.services.proposals import propose_step_at
        from collaboratory.gatherings.selectors import propose_step_from

        propose_step_from(propose_step_at)
