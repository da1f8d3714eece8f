from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "collaboratory.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.networks.mail import register_news_check
        from collaboratory.notifications import tasks  # noqa: F401  (registers the digest)
        from collaboratory.notifications.services import weekly_digest_still_news

        # A kept digest is news only in its Monday's window, as a late run's would be.
        register_news_check("weekly-digest", weekly_digest_still_news)
