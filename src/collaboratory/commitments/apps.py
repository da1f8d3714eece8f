from django.apps import AppConfig


class CommitmentsConfig(AppConfig):
    name = "collaboratory.commitments"
    label = "commitments"
    verbose_name = "Commitments"

    def ready(self) -> None:
        # deferred: models are importable only once the app registry is ready
        from collaboratory.commitments import tasks  # noqa: F401  (registers the digests)
