from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "collaboratory.people"
    label = "people"
    verbose_name = "People"
