from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "collaboratory.matching"
    label = "matching"
    verbose_name = "Who can meet this ask"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.matching import receivers, tasks  # noqa: F401  (registers work)

        receivers.connect()
