from django.apps import AppConfig


class WebConfig(AppConfig):
    """The shell around the network apps: base layout, static assets, the front door."""

    name = "collaboratory.web"
    label = "web"
    verbose_name = "Web shell"
