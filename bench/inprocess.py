"""Timing one URL in process, shared by the in-process benches (matching_pages, profile_api):
Django's test client through the full middleware stack, no network. Django must be set up
before this module is imported."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.test import Client


@dataclass
class Timing:
    times: list[float]
    sql: list[str]
    response: Any

    @property
    def queries(self) -> int:
        return len(self.sql)

    @property
    def mean_ms(self) -> float:
        return statistics.fmean(self.times) * 1000

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000


def timed(client: Client, url: str, repeat: int) -> Timing:
    """Five warm-up requests (templates, translations, the URL resolver), one counted for its
    queries, then `repeat` timed ones."""
    for _ in range(5):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.content[:200])
    queries: list[str] = []

    def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.get(url)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - started)
    return Timing(times=times, sql=queries, response=response)
