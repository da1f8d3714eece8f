from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The deterministic demo network: seen in `make demo`, used by tests and benchmarks."""

    name = "collaboratory.demo"
    label = "demo"
    verbose_name = "Demo network"
