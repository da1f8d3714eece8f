"""Reading a network's follow-through settings writes nothing: the settings page, My
commitments and the hourly pass used to create the row (`get_or_create` in the selector),
so a page view wrote to the database. Reads give the defaults in memory; the steward's first
save makes the row, and two first saves at once make one row."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.models import FollowthroughSettings
from collaboratory.followthrough.selectors import followthrough_settings_for
from collaboratory.followthrough.services import followthrough_run, followthrough_settings_update
from tests.conftest import client_for
from tests.followthrough.conftest import Project


def test_pages_and_the_hourly_pass_write_no_settings_row(project: Project) -> None:
    steward = client_for(project.steward)
    answers = [
        steward.get(page).status_code
        for page in ("/n/alpha/follow-through/settings/", "/n/alpha/follow-through/")
    ]
    with scope(network=project.world.alpha):
        followthrough_run(network=project.world.alpha, now=timezone.now())
        defaults = followthrough_settings_for(network=project.world.alpha)
    with scopes_disabled():
        rows = FollowthroughSettings.objects.count()

    assert answers == [200, 200]
    assert rows == 0
    assert (defaults.confirm_window_days, defaults.lapse_grace_days) == (14, 60)


def test_the_first_save_makes_the_one_row(project: Project) -> None:
    form = {
        "confirm_window_days": "10",
        "lapse_grace_days": "60",
        "before_due_days": "7, 1",
        "overdue_every_days": "7",
        "overdue_max": "3",
        "acknowledge_after_days": "2",
        "presenter_prompt_days": "30, 90",
        "wording_committer": "",
        "wording_presenter": "",
    }
    steward = client_for(project.steward)
    first = steward.post("/n/alpha/follow-through/settings/", form)
    second = steward.post("/n/alpha/follow-through/settings/", form | {"confirm_window_days": "12"})

    assert (first.status_code, second.status_code) == (302, 302)
    with scopes_disabled():
        assert list(
            FollowthroughSettings.objects.values_list("network_id", "confirm_window_days")
        ) == [(project.world.alpha.pk, 12)]


@pytest.mark.django_db(transaction=True)
def test_two_first_saves_at_once_make_one_row(project: Project) -> None:
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def save(days: int) -> Callable[[], None]:
        def job() -> None:
            try:
                barrier.wait()
                with scopes_disabled():
                    followthrough_settings_update(
                        network=project.world.alpha,
                        actor=project.steward,
                        values={"confirm_window_days": days},
                    )
            except BaseException as error:  # collected and asserted below
                errors.append(error)
            finally:
                connection.close()

        return job

    threads = [threading.Thread(target=save(d)) for d in (5, 6, 5, 6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    with scopes_disabled():
        days = list(FollowthroughSettings.objects.values_list("confirm_window_days", flat=True))
    assert len(days) == 1
    assert days[0] in (5, 6)
