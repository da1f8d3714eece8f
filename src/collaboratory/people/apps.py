from typing import Any

from django.apps import AppConfig
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_migrate


def create_cache_table(*, using: str = DEFAULT_DB_ALIAS, **kwargs: Any) -> None:
    """`migrate` also creates the database cache's table (a no-op when it exists or when the
    cache is Redis), so `demo`, an upgrade and CI cannot forget it: without it login
    throttling and the page caches fail. Django has no migration for it, hence the signal."""
    call_command("createcachetable", database=using, verbosity=0)


class PeopleConfig(AppConfig):
    name = "collaboratory.people"
    label = "people"
    verbose_name = "People"

    def ready(self) -> None:
        post_migrate.connect(
            create_cache_table, sender=self, dispatch_uid="collaboratory.createcachetable"
        )
