from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowthroughConfig(AppConfig):
    name = "collaboratory.followthrough"
    label = "followthrough"
    verbose_name = "Commitment follow-through"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.commitments.services import on_offer
        from collaboratory.creditclub.selectors import own_proposal_gathering
        from collaboratory.followthrough import tasks  # registers periodic work
        from collaboratory.followthrough.selectors import (
            commitment_due_days,
            own_commitment_gathering,
            personal_followthrough,
            personal_partnerships,
        )
        from collaboratory.followthrough.services import partnership_invitations_forget
        from collaboratory.followthrough.services.move_mail import move_email_still_news
        from collaboratory.followthrough.services.reminders import (
            ACKNOWLEDGE_NEWS,
            FOLLOW_UP_NEWS,
            REMINDER_NEWS,
            acknowledge_reminder_still_news,
            committer_reminder_still_news,
            follow_up_reminder_still_news,
        )
        from collaboratory.followthrough.services.updates import project_update_still_news
        from collaboratory.gatherings.calendar_sources import register_calendar_source
        from collaboratory.networks.guests import register_guest_route
        from collaboratory.networks.mail import register_news_check
        from collaboratory.networks.navigation import NavItem, register_nav_item
        from collaboratory.people.selectors import on_personal_data
        from collaboratory.people.services import on_account_delete

        # A kept move's email goes only while `move_email_send` would still send it.
        register_news_check("move", move_email_still_news)
        # ...and a kept project update's while `project_update_send` would still send it.
        register_news_check("update", project_update_still_news)
        # ...and a committer's reminder queued for the weekly digest while
        # `reminders_send_due` would still send it.
        register_news_check(REMINDER_NEWS, committer_reminder_still_news)
        # ...and a presenter's, to acknowledge commitments or to follow up, the same way.
        register_news_check(ACKNOWLEDGE_NEWS, acknowledge_reminder_still_news)
        register_news_check(FOLLOW_UP_NEWS, follow_up_reminder_still_news)
        on_personal_data("followthrough", personal_followthrough)
        on_personal_data("partnerships", personal_partnerships)
        on_account_delete(partnership_invitations_forget)
        # An offer made on the asks board is emailed to its presenter (once, by a task).
        on_offer(tasks.offer_email_enqueue)
        register_nav_item(
            NavItem(_("My commitments"), "followthrough:mine", "followthrough.view", order=5)
        )
        register_calendar_source("followthrough.due_dates", commitment_due_days)
        register_nav_item(
            NavItem(_("Partnerships"), "followthrough:partnerships", "followthrough.view", order=35)
        )
        # Youth guests (networks/guests.py) appear in, and may read, their gathering's roll call.
        register_guest_route("followthrough:gratitude", "gathering_id")
        # ...and open the commitments they made or received there, which their reminders and
        # their Power Project's page link to: to mark one done, thank its committer, post an
        # update, release it or snooze its reminders and resume them (their own only).
        for name in ("commitment", "act", "update", "snooze", "snooze_end"):
            register_guest_route(f"followthrough:{name}", "commitment_id", own_commitment_gathering)
        # Their Power Project's update and feedback forms (on its page, a guest route).
        for name in ("project_update", "project_feedback"):
            register_guest_route(f"followthrough:{name}", "proposal_id", own_proposal_gathering)
