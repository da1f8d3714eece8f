from django.apps import AppConfig


class CommitmentsConfig(AppConfig):
    name = "collaboratory.commitments"
    label = "commitments"
    verbose_name = "Commitments"

    def ready(self) -> None:
        from collaboratory.commitments import tasks  # noqa: F401  (registers the digests)
