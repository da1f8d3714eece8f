from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "collaboratory.audit"
    label = "audit"
    verbose_name = "Audit log"

    def ready(self) -> None:
        from collaboratory.audit import receivers  # noqa: F401  (connects auth signals)
