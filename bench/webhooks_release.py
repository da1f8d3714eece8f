"""How long switching a paused hook on takes when it held 10,000 rows: the release of what
it missed (one delivery per object, built from the object as it stands).

Seeds the benchmark-size demo (10,000 members) in a fresh SQLite data dir, adds a hook on
the national network for every event, pauses it, and writes the held rows directly (half
commitment moves across the demo's commitments, half member joins), as the audit listener
would have written them one by one during a long pause. Then times `webhook_update(...,
active=True)`, the steward's save, and the worker's release after it, batch by batch.

    .venv/bin/python bench/webhooks_release.py [--held 10000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

SCRIPT = """
import time
from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled
from collaboratory.commitments.models import Commitment
from collaboratory.networks.models import Membership, MembershipStatus, Network, Role
from collaboratory.webhooks.models import EventType, Webhook, WebhookDelivery, WebhookHeld
from collaboratory.webhooks.services import deliveries_due_send, webhook_create, webhook_update

HELD = {held}

with scopes_disabled():
    network = Network.objects.get(slug="national")
    steward = Membership.objects.filter(network=network, role=Role.STEWARD).first().user
    hook, _reveal = webhook_create(network=network, actor=steward, url="http://127.0.0.1:9/hook",
                          events=list(EventType.values))
    webhook_update(webhook=hook, actor=steward, url=hook.url, events=hook.events,
                   active=False)
    now = timezone.now()
    commitments = list(Commitment.objects.filter(network=network).values_list("pk", "status"))
    members = list(Membership.objects.filter(network=network, status=MembershipStatus.ACTIVE)
                   .values_list("pk", flat=True))
    rows = []
    for i in range(HELD):
        if i % 2 == 0 and commitments:
            pk, status = commitments[(i // 2) % len(commitments)]
            rows.append(WebhookHeld(webhook=hook, event_type=EventType.COMMITMENT_MOVED,
                                    action="commitment.status", target_id=str(pk),
                                    data={{"from": "made", "to": status, "roles": ["steward"]}},
                                    occurred_at=now))
        else:
            pk = members[(i // 2) % len(members)]
            rows.append(WebhookHeld(webhook=hook, event_type=EventType.MEMBER_JOINED,
                                    action="membership.created", target_id=str(pk),
                                    data={{"status": "active"}}, occurred_at=now))
    WebhookHeld.objects.bulk_create(rows, batch_size=2000)
    held = WebhookHeld.objects.filter(webhook=hook).count()
    before = WebhookDelivery.objects.filter(webhook=hook).count()
    hook = Webhook.objects.get(pk=hook.pk)
    # Warm: the URLconf (payloads carry links) loads once per process, not per release.
    from django.urls import reverse
    reverse("webhooks:list", kwargs={{"network_slug": network.slug}})
    began = time.perf_counter()
    webhook_update(webhook=hook, actor=steward, url=hook.url, events=hook.events, active=True)
    save = time.perf_counter() - began
    left = WebhookHeld.objects.filter(webhook=hook).count()
    queued = WebhookDelivery.objects.filter(webhook=hook).count() - before
    print(f"commitments in the network {{len(commitments)}}, active members {{len(members)}}")
    print(f"steward's save (switch on): {{held}} held rows in {{save * 1000:.0f}} ms "
          f"({{save / max(held, 1) * 1000:.3f}} ms a row); deliveries queued by the save "
          f"{{queued}}, held rows left {{left}}")
    if left:
        # The worker's release (services.webhook_held_release), batch by batch as it runs,
        # each batch its own transaction: the longest one is how long it holds the lock.
        from collaboratory.webhooks.services import RELEASE_BATCH, _held_release_batch
        batches = []
        released = 0
        while True:
            began = time.perf_counter()
            ids, over = _held_release_batch(hook.pk, RELEASE_BATCH, timezone.now())
            batches.append(time.perf_counter() - began)
            released += len(ids)
            if over:
                break
        median = sorted(batches)[len(batches) // 2]
        print(f"worker's release: {{released}} deliveries from {{left}} held rows in "
              f"{{sum(batches) * 1000:.0f}} ms, {{len(batches)}} transactions of at most "
              f"{{RELEASE_BATCH}} objects, median {{median * 1000:.0f}} ms, "
              f"the longest {{max(batches) * 1000:.0f}} ms "
              f"(batch {{batches.index(max(batches)) + 1}})")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held", type=int, default=10000)
    parser.add_argument("--members", type=int, default=10000)
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
        subprocess.run(
            [*cli, "seed_demo", "--members", str(args.members)],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        subprocess.run([*cli, "shell", "-c", SCRIPT.format(held=args.held)], env=env, check=True)


if __name__ == "__main__":
    main()
