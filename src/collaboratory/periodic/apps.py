from django.apps import AppConfig


class PeriodicConfig(AppConfig):
    """Recurring background work (daily status evaluation, reminders) on django-tasks."""

    name = "collaboratory.periodic"
    label = "periodic"
    verbose_name = "Periodic tasks"
