from django.apps import AppConfig


class GatheringsConfig(AppConfig):
    name = "collaboratory.gatherings"
    label = "gatherings"
    verbose_name = "Gatherings"
