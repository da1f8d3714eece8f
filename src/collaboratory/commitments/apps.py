from django.apps import AppConfig


class CommitmentsConfig(AppConfig):
    name = "collaboratory.commitments"
    label = "commitments"
    verbose_name = "Commitments"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.commitments import tasks  # noqa: F401  (registers the digests)
        from collaboratory.commitments.selectors import personal_commitments_made
        from collaboratory.commitments.services.digests import (
            digest_still_news,
            digest_written_again,
        )
        from collaboratory.commitments.services.forget import (
            guardian_money_emails_forget,
            live_events_forget,
        )
        from collaboratory.creditclub.selectors import own_proposal_gathering
        from collaboratory.networks.guests import register_guest_route
        from collaboratory.networks.mail import register_news_check
        from collaboratory.people.selectors import on_personal_data
        from collaboratory.people.services import on_account_delete

        on_personal_data("commitments_made", personal_commitments_made)
        # The live room's log, replayed to every listener, stops naming a deleted account.
        on_account_delete(live_events_forget)
        # Nor does a money approval email still waiting to reach the youth's guardian.
        on_account_delete(guardian_money_emails_forget)
        # A kept morning-after digest goes only while its send would still give it, written
        # again with the lines that still stand.
        register_news_check("digest", digest_still_news, render=digest_written_again)

        # Youth guests (networks/guests.py) use the live room of their gathering: the phone
        # view to commit, the board, its stream and QR code. Not the console.
        for name in ("phone", "submit", "assess", "board", "events", "join_qr"):
            register_guest_route(f"live:{name}", "gathering_id")
        # A guest who presented follows up the commitments made to their own project (the
        # pass follows the proposer: anyone else's list stays 404).
        register_guest_route("live:followup", "proposal_id", own_proposal_gathering)
