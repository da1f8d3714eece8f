from django.apps import AppConfig


class CommitmentsConfig(AppConfig):
    name = "collaboratory.commitments"
    label = "commitments"
    verbose_name = "Commitments"
