"""The SIGKILL harness: submissions streamed at a real server that is killed mid-stream.

One trial: the server (`collaboratory serve`, the product's server, two workers) is running; two
client threads post commitments to the JSON endpoint, each with a fresh idempotency key,
as fast as the server answers; at a random moment the whole process group gets SIGKILL (no
cleanup, requests cut off mid-transaction); the server is started again and every
submission that got no answer is sent again with the SAME key and fields, as the phone's
script does on a network error. The restarted server carries the next trial.

After all trials `verify` reads the database in a fresh process and reports whether every
acknowledged key is stored exactly once, no key twice, every commitment has its audit row
and its live event, the gathering's event ids run 1..n without a gap or a repeat and match
its channel counter, and (SQLite) `PRAGMA integrity_check` says ok.

Used by `test_durability.py` (a few dozen trials) and `bench/live_durability.py` (200).
Both pass an environment pointing at the database: a SQLite file in a temporary data dir,
or `DATABASE_URL` for PostgreSQL.
"""

from __future__ import annotations

import json
import random
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.commitments.servers import CLI, Server, post_json

SEED = """
import json
from datetime import timedelta
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from django_scopes import scopes_disabled
from collaboratory.creditclub.services import (
    AskInput, proposal_save, proposal_stage_decision, proposal_submit, proposals_announce,
)
from collaboratory.gatherings.models import Attendance, GatheringFormat
from collaboratory.gatherings.services import attendance_bulk_record, gathering_create
from collaboratory.networks.models import Role
from collaboratory.networks.services import membership_create, network_create
from collaboratory.people.services import user_create

slug = "durable-%(suffix)s"
now = timezone.now()
with scopes_disabled():
    net = network_create(slug=slug, name="Durable Collaboratory", kind="national")
    steward = user_create(email=f"steward@{slug}.example", full_name="Sam Steward")
    member = user_create(email=f"member@{slug}.example", full_name="Mo Member")
    membership_create(network=net, user=steward, role=Role.STEWARD)
    membership_create(network=net, user=member)
    past = gathering_create(
        network=net, title="Past", format=GatheringFormat.VIRTUAL,
        parts=[("Call", now - timedelta(days=90), now - timedelta(days=90, hours=-2))],
    )
    upcoming = gathering_create(
        network=net, title="Now", format=GatheringFormat.VIRTUAL,
        parts=[("Call", now + timedelta(days=60), now + timedelta(days=60, hours=2))],
    )
    attendance_bulk_record(
        network=net, entries=[(past.parts.get().pk, member.pk)],
        source=Attendance.Source.HISTORY,
    )
    proposal = proposal_save(
        gathering=upcoming, proposer=member,
        fields={"title": "Tool library", "what": "A tool library", "who_it_serves": "Neighbors",
                "problem": "Tools cost too much", "where": "Tulsa", "timeframe": "ongoing",
                "phase": "launched", "asks_timeline": "Space by spring"},
        asks=[AskInput("space", "institutional", "A storefront on Saturdays")],
    )
    proposal_submit(proposal=proposal, actor=member)
    proposal_stage_decision(proposal=proposal, decision="selected", actor=steward)
    proposals_announce(gathering=upcoming, actor=steward, early=True)
session = SessionStore()
session[SESSION_KEY] = str(steward.pk)
session[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
session[HASH_SESSION_KEY] = steward.get_session_auth_hash()
session.save()
print("SEED=" + json.dumps({
    "cookie": f"sessionid={session.session_key}",
    "submit": f"/n/{slug}/live/{upcoming.pk}/commitments",
    "proposal": proposal.pk,
    "gathering": upcoming.pk,
    "due_on": (timezone.localdate() + timedelta(days=30)).isoformat(),
}))
"""

CHECK = """
import json
from django.db import connection
from django_scopes import scopes_disabled
from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import Commitment, LiveChannel, LiveEvent
from django.db.models import Count

keys = json.load(open(%(keys_file)r))
gathering = %(gathering)d
with scopes_disabled():
    rows = list(
        Commitment.objects.filter(gathering_id=gathering).values_list("idempotency_key", "pk")
    )
    stored = {}
    for key, pk in rows:
        stored.setdefault(str(key), []).append(pk)
    events = list(
        LiveEvent.objects.filter(gathering_id=gathering).order_by("event_id")
        .values_list("event_id", "payload")
    )
    channel = LiveChannel.objects.filter(gathering_id=gathering).values_list(
        "last_event_id", flat=True
    ).first() or 0
    audited = AuditEvent.objects.filter(
        action="commitment.created", target_id__in=[str(pk) for _k, pk in rows]
    ).count()
integrity = "not sqlite"
if connection.vendor == "sqlite":
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA integrity_check")
        integrity = cursor.fetchone()[0]
ids = [e for e, _p in events]
announced = sorted(p.get("commitment") for _e, p in events)
print("CHECK=" + json.dumps({
    "stored": len(rows),
    "acknowledged_missing": [k for k in keys if k not in stored],
    "duplicate_keys": [k for k, pks in stored.items() if len(pks) > 1],
    "unexpected_keys": [k for k in stored if k not in keys],
    "event_ids_ok": ids == list(range(1, len(ids) + 1)) and channel == len(ids),
    "events_match": announced == sorted(pk for _k, pk in rows),
    "audited": audited,
    "integrity": integrity,
}))
"""


@dataclass
class Tally:
    trials: int = 0
    submissions: int = 0  # distinct keys sent
    acknowledged_first_time: int = 0
    cut_off: int = 0  # sent, no answer before the kill
    retried_created: int = 0  # the retry stored it (the kill came before commit)
    retried_duplicate: int = 0  # it had been stored; only the answer was lost
    refused: list[str] = field(default_factory=list)  # any other answer: a failure
    seconds: float = 0.0
    check: dict[str, Any] = field(default_factory=dict)

    @property
    def lost(self) -> int:
        return len(self.check.get("acknowledged_missing", []))

    @property
    def duplicates(self) -> int:
        return len(self.check.get("duplicate_keys", []))

    def ok(self) -> bool:
        check = self.check
        return (
            not self.refused
            and self.lost == 0
            and self.duplicates == 0
            and not check.get("unexpected_keys")
            and check.get("stored") == self.submissions
            and check.get("event_ids_ok") is True
            and check.get("events_match") is True
            and check.get("audited") == self.submissions
            and check.get("integrity") in ("ok", "not sqlite")
        )


def _shell(env: dict[str, str], code: str, marker: str) -> dict[str, Any]:
    out = subprocess.run(
        [*CLI, "shell", "-c", code], env=env, check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(out.split(marker, 1)[1].strip()))


def seed(env: dict[str, str]) -> dict[str, Any]:
    return _shell(env, SEED % {"suffix": uuid.uuid4().hex[:8]}, "SEED=")


class Harness:
    def __init__(
        self, env: dict[str, str], rng: random.Random, workers: int = 2, clients: int = 2
    ) -> None:
        self.env = env
        self.rng = rng
        self.workers = workers
        self.clients = clients
        self.info = seed(env)
        self.bodies: dict[str, dict[str, Any]] = {}
        self.acknowledged: set[str] = set()
        self.tally = Tally()
        self.server: Server | None = None

    def _body(self, n: int) -> dict[str, Any]:
        return {
            "proposal": self.info["proposal"],
            "ask": "general",
            "capital": "institutional",
            "what": f"I will host 20 people on May 3 (submission {n})",
            "amount": "20",
            "unit": "people",
            "due_on": self.info["due_on"],
            "idempotency_key": str(uuid.uuid4()),
        }

    def _post(self, body: dict[str, Any]) -> int:
        return post_json(self.server.base, self.info["submit"], self.info["cookie"], body)  # type: ignore[union-attr]

    def _stream(self, stop: threading.Event, unanswered: list[str], lock: threading.Lock) -> None:
        while not stop.is_set():
            with lock:
                body = self._body(len(self.bodies))
                key = body["idempotency_key"]
                self.bodies[key] = body
                self.tally.submissions += 1
            try:
                status = self._post(body)
            except OSError:  # cut off by the kill: no answer
                with lock:
                    unanswered.append(key)
                return
            with lock:
                if status == 201:
                    self.acknowledged.add(key)
                    self.tally.acknowledged_first_time += 1
                else:
                    self.tally.refused.append(f"{key}: first answer {status}")

    def trial(self, max_delay: float = 0.5) -> None:
        """One stream of submissions cut by SIGKILL, then the restart and the retries."""
        if self.server is None:
            self.server = Server("serve", self.env, workers=self.workers).start()
        stop = threading.Event()
        lock = threading.Lock()
        unanswered: list[str] = []
        threads = [
            threading.Thread(target=self._stream, args=(stop, unanswered, lock))
            for _ in range(self.clients)
        ]
        for thread in threads:
            thread.start()
        time.sleep(self.rng.uniform(0.02, max_delay))
        self.server.kill()
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        self.tally.cut_off += len(unanswered)
        self.server = Server("serve", self.env, workers=self.workers).start()
        for key in unanswered:
            status = self._retry(key)
            if status == 201:
                self.tally.retried_created += 1
                self.acknowledged.add(key)
            elif status == 200:
                self.tally.retried_duplicate += 1
                self.acknowledged.add(key)
            else:
                self.tally.refused.append(f"{key}: retry answered {status}")
        self.tally.trials += 1

    def _retry(self, key: str) -> int:
        for _attempt in range(5):
            try:
                return self._post(self.bodies[key])
            except OSError:
                time.sleep(0.2)
        return 0

    def finish(self) -> Tally:
        if self.server is not None:
            self.server.stop()
            self.server = None
        with tempfile.TemporaryDirectory() as scratch:
            keys_file = Path(scratch) / "keys.json"
            keys_file.write_text(json.dumps(sorted(self.acknowledged)))
            self.tally.check = _shell(
                self.env,
                CHECK % {"keys_file": str(keys_file), "gathering": self.info["gathering"]},
                "CHECK=",
            )
        return self.tally


def run(env: dict[str, str], trials: int, seed_value: int = 6, **options: Any) -> Tally:
    started = time.monotonic()
    harness = Harness(env, random.Random(seed_value), **options)
    try:
        for _ in range(trials):
            harness.trial()
    finally:
        tally = harness.finish()
    tally.seconds = time.monotonic() - started
    return tally


def migrate(env: dict[str, str]) -> None:
    """Create the schema in a fresh SQLite data dir."""
    subprocess.run([*CLI, "migrate", "-v", "0"], env=env, check=True)
