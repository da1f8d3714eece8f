"""Locust journeys for bench/load.py (read its docstring): members and stewards of the demo
network, each pinned to one of the app processes in turn.

Run by bench/load.py, which sets LOAD_CONFIG (the addresses and accounts its setup wrote),
LOAD_HOSTS (the app processes' base addresses, comma-separated), LOAD_SECONDS and
LOAD_SIGN_IN (where to write the sign-in figures).

Two phases: while people arrive, each signs in once (a password check costs ~0.75 s of CPU
here, PBKDF2 on purpose); once the last has signed in, the arrival phase's sign-in figures are
written apart and the statistics start again, so the pages are measured at steady state for
LOAD_SECONDS.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import uuid
from typing import Any

import gevent
from locust import SequentialTaskSet, between, events, task
from locust.contrib.fasthttp import FastHttpUser
from locust.env import Environment

CONFIG: dict[str, Any] = json.loads(open(os.environ["LOAD_CONFIG"]).read())  # noqa: SIM115
HOSTS = os.environ["LOAD_HOSTS"].split(",")
_host_turn = itertools.count()
_member_turn = itertools.count()
_steward_turn = itertools.count()
# The commitment each member makes from the phone: firm (a number, a unit and a date), so the
# specificity guard accepts it without "save it anyway".
WHAT = "I will introduce you to 3 funders in our region by next month"


class Person(FastHttpUser):
    abstract = True
    wait_time = between(1, 3)

    def __init__(self, environment: Any) -> None:
        # Pinned to one process: a sign-in on one and the pages on the other is the test's
        # business (tests/deploy); here each process takes half of the people.
        turn = next(_host_turn)
        self.host = HOSTS[turn % len(HOSTS)]
        # Each person from an address of their own, as a proxy reports it (the servers trust
        # one proxy): from one address, allauth's 30 logins a minute per address would turn
        # people away, as it should.
        address = f"10.{turn // 65536 % 256}.{turn // 256 % 256}.{turn % 256}"
        self.default_headers = {"X-Forwarded-For": address}
        super().__init__(environment)

    def get(self, path: str, name: str) -> None:
        """A page GET: only a 200 counts (a redirect to the login page is a failure)."""
        with self.client.get(
            path, name=name, allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"{name}: {response.status_code}")

    def csrf(self) -> str:
        return next((c.value for c in self.client.cookiejar if c.name == "csrftoken"), "")

    def post_form(self, path: str, fields: dict[str, str], name: str) -> Any:
        """A form POST as the browser sends it; a redirect is its success."""
        with self.client.post(
            path,
            data={**fields, "csrfmiddlewaretoken": self.csrf()},
            headers={"Referer": self.host + path},
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"{name}: {response.status_code}")
            return response

    def sign_in(self, email: str) -> None:
        self.get(CONFIG["login"], "login page")
        self.post_form(CONFIG["login"], {"login": email, "password": CONFIG["password"]}, "sign in")
        _arrived.append(email)
        environment = _environment[0]
        assert environment.parsed_options is not None
        if len(_arrived) == environment.parsed_options.num_users:
            _everyone_arrived(environment)


class MemberJourney(SequentialTaskSet):
    commitment: int | None = None

    @task
    def my_commitments(self) -> None:
        self.user.get(CONFIG["mine"], "My commitments")

    @task
    def gathering_page(self) -> None:
        self.user.get(CONFIG["gathering"], "gathering page")

    @task
    def rsvp(self) -> None:
        # "yes" to a two-part gathering confirms attending both parts, as the form asks.
        fields = random.choice([{"answer": "yes", "both_parts": "on"}, {"answer": "maybe"}])
        self.user.post_form(CONFIG["gathering"], {"action": "rsvp", **fields}, "RSVP")

    @task
    def phone_view(self) -> None:
        self.user.get(CONFIG["phone"], "phone view (live session)")

    @task
    def commit(self) -> None:
        body = {
            "proposal": CONFIG["proposal"],
            "ask": CONFIG["ask"],
            "capital": "social",
            "what": WHAT,
            "amount": "3",
            "unit": "introductions",
            "due_on": CONFIG["due_on"],
            "idempotency_key": str(uuid.uuid4()),
        }
        self.commitment = None
        with self.client.post(
            CONFIG["submit"],
            json=body,
            headers={"X-CSRFToken": self.user.csrf(), "Referer": self.user.host},
            name="commitment from the phone",
            catch_response=True,
        ) as response:
            if response.status_code != 201:
                response.failure(f"commit: {response.status_code} {response.text[:200]}")
                return
            self.commitment = int(response.json()["commitment"]["commitment"])

    @task
    def follow_through(self) -> None:
        if self.commitment is None:
            return
        path = CONFIG["act"].replace("999999999", str(self.commitment))
        self.user.post_form(path, {"to": "in_progress"}, "follow-through move")

    @task
    def baseline(self) -> None:
        self.user.get("/healthz", "/healthz (baseline)")


class Member(Person):
    weight = 9
    tasks = [MemberJourney]

    def on_start(self) -> None:
        members = CONFIG["members"]
        self.sign_in(members[next(_member_turn) % len(members)])


class StewardJourney(SequentialTaskSet):
    @task
    def roster(self) -> None:
        self.user.get(CONFIG["roster"], "roster (steward)")

    @task
    def review_board(self) -> None:
        self.user.get(CONFIG["board"], "review board (steward)")

    @task
    def console(self) -> None:
        self.user.get(CONFIG["console"], "console (steward)")


class Steward(Person):
    weight = 1
    tasks = [StewardJourney]

    def on_start(self) -> None:
        stewards = CONFIG["stewards"]
        self.sign_in(stewards[next(_steward_turn) % len(stewards)])


SIGN_IN_STEPS = ("login page", "sign in")


_arrived: list[str] = []


def _everyone_arrived(environment: Environment) -> None:
    """Once the last person has signed in: write the arrival phase's sign-in figures, restart
    the statistics, and end the run LOAD_SECONDS later."""
    figures = {}
    for (name, _method), entry in environment.stats.entries.items():
        if name in SIGN_IN_STEPS:
            figures[name] = {
                "requests": entry.num_requests,
                "errors": entry.num_failures,
                **{
                    f"p{int(q * 100)}": entry.get_response_time_percentile(q)
                    for q in (0.5, 0.95, 0.99)
                },
            }
    with open(os.environ["LOAD_SIGN_IN"], "w") as out:
        json.dump(figures, out)
    environment.stats.reset_all()
    runner = environment.runner
    assert runner is not None
    gevent.spawn_later(float(os.environ["LOAD_SECONDS"]), runner.quit)


_environment: list[Environment] = []


@events.init.add_listener
def _keep(environment: Environment, **_kwargs: Any) -> None:
    _environment.append(environment)
