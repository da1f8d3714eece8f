from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "collaboratory.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.notifications import tasks  # noqa: F401  (registers the digest)
