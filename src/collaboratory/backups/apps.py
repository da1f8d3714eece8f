from django.apps import AppConfig


class BackupsConfig(AppConfig):
    """`collaboratory backup` and `collaboratory restore`, for SQLite and PostgreSQL."""

    name = "collaboratory.backups"
    label = "backups"
    verbose_name = "Backups"
