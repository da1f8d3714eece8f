"""What webhooks cost: the audit listener's share of a write (the outbox rows written in the
writer's transaction), and how fast the worker's sweep posts to a receiver.

Runs in a fresh SQLite data dir through the real services: people join a network
(`membership_create`, so `member.joined`), first with no hook (the baseline: the listener
only asks whether the network has a hook), then with three hooks subscribed; then the sweep
posts every pending delivery to a local receiver (http.server on 127.0.0.1, answering 200);
then one hook is paused while as many people join, and switched on again (the steward's
save, then the worker's release of what it held).

    .venv/bin/python bench/webhooks.py [--joins 300]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

SCRIPT = """
import threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from django_scopes import scopes_disabled
from collaboratory.networks.models import NetworkKind, Role
from collaboratory.networks.services import network_create
from collaboratory.networks.services.memberships import membership_create
from collaboratory.people.services import user_create
from collaboratory.webhooks.models import EventType, Webhook, WebhookDelivery, WebhookHeld
from collaboratory.webhooks.services import (deliveries_due_send, webhook_create,
    webhook_held_release, webhook_update)

JOINS = {joins}

class Answer(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.end_headers()
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{{server.server_address[1]}}/hook"

def joins(network, start):
    people = [user_create(email=f"p{{start + i}}@bench.example", full_name=f"Person {{i}}")
              for i in range(JOINS)]
    began = time.perf_counter()
    for person in people:
        membership_create(network=network, user=person, role=Role.MEMBER)
    return (time.perf_counter() - began) / JOINS * 1000

with scopes_disabled():
    network = network_create(slug="bench", name="Bench", kind=NetworkKind.NATIONAL)
    steward = user_create(email="steward@bench.example", full_name="Steward")
    membership_create(network=network, user=steward, role=Role.STEWARD)
    baseline = joins(network, 0)
    for n in range(3):
        webhook_create(network=network, actor=steward, url=f"{{url}}/{{n}}",
                       events=[EventType.MEMBER_JOINED])
    hooked = joins(network, JOINS)
    pending = WebhookDelivery.objects.filter(status="pending").count()
    began = time.perf_counter()
    sent = deliveries_due_send()
    took = time.perf_counter() - began
    delivered = WebhookDelivery.objects.filter(status="delivered").count()
    # A hook paused while JOINS people join: each join is held for it, and switching it on
    # turns them into one delivery per member, in the steward's request.
    paused = Webhook.objects.filter(network=network).first()
    webhook_update(webhook=paused, actor=steward, url=paused.url, events=paused.events,
                   active=False)
    held_join = joins(network, 2 * JOINS)
    held = WebhookHeld.objects.count()
    began = time.perf_counter()
    webhook_update(webhook=paused, actor=steward, url=paused.url, events=paused.events,
                   active=True)
    resume = time.perf_counter() - began
    began = time.perf_counter()
    webhook_held_release(webhook_id=paused.pk)  # the worker's part
    release = time.perf_counter() - began
    released = WebhookDelivery.objects.filter(webhook=paused, status="pending").count()
print(f"join, no hook (baseline)   {{baseline:.2f}} ms")
print(f"join, 3 hooks subscribed   {{hooked:.2f}} ms  "
      f"(+{{hooked - baseline:.2f}} ms for the outbox)")
print(f"sweep: {{sent}} of {{pending}} pending posted in {{took:.2f}} s  "
      f"({{sent / took:.0f}} posts/s, one worker)  delivered and kept {{delivered}}")
print(f"join, 2 hooks on + 1 paused {{held_join:.2f}} ms")
print(f"resume: the steward's save {{resume * 1000:.0f}} ms; the worker's release "
      f"{{held}} held rows -> {{released}} deliveries in {{release * 1000:.0f}} ms "
      f"({{release / max(held, 1) * 1000:.2f}} ms a row)")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--joins", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        env = {
            **os.environ,
            "COLLABORATORY_DATA_DIR": data_dir,
            "COLLABORATORY_DEBUG": "false",
            "COLLABORATORY_WEBHOOKS_ALLOW_PRIVATE": "true",
        }
        env.pop("DATABASE_URL", None)
        cli = [sys.executable, "-m", "collaboratory.cli"]
        subprocess.run([*cli, "migrate", "-v", "0"], env=env, check=True)
        subprocess.run([*cli, "shell", "-c", SCRIPT.format(joins=args.joins)], env=env, check=True)


if __name__ == "__main__":
    main()
