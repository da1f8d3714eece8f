"""The public application form sent twice at once (a double click reaching two server
processes): one application is stored and both requests get the same thank-you page."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django_scopes import scope

from collaboratory.youth.models import Application
from tests.youth.conftest import Cohort
from tests.youth.test_pages import FORM, apply_url

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_application_sent_twice_at_once_is_stored_once_and_both_are_thanked(
    cohort: Cohort,
) -> None:
    """Both requests passed the duplicate check before either stored its row; the second
    then hit the unique constraint and answered 500."""
    answers: list[tuple[int, str]] = []

    def post() -> None:
        response = Client().post(apply_url(cohort), FORM)
        answers.append((response.status_code, response.content.decode()))

    def second() -> None:
        try:
            post()
        finally:
            connection.close()

    started: list[threading.Thread] = []

    def wrapper(execute: Callable[..., Any], sql: str, *args: Any) -> Any:
        result = execute(sql, *args)
        # The first request has looked for an earlier application and found none: the
        # second one runs to the end before the first stores its own.
        if not started and 'FROM "youth_application"' in sql and sql.lstrip().startswith("SELECT"):
            started.append(threading.Thread(target=second))
            started[0].start()
            started[0].join(timeout=5)
        return result

    with connection.execute_wrapper(wrapper):
        post()
    started[0].join()

    assert [status for status, _body in answers] == [200, 200]
    assert all("your application is in" in body for _status, body in answers)
    with scope(network=cohort.network):
        assert Application.objects.filter(email="sam@student.example").count() == 1
