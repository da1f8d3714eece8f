from django.apps import AppConfig


class SeatingConfig(AppConfig):
    """Seating plans for a gathering's dinners and small groups. The package itself is the
    pure solver (`seating.solver`, no Django); the app's Django code sits beside it."""

    name = "collaboratory.seating"
    label = "seating"
    verbose_name = "Seating plans"
