"""A substitute's pass email kept for the mail server (down at the approval) must not go
once a steward has withdrawn the pass: the substitute would get a dead link, after the
withdrawal, and come to the door (docs/architecture.md, "Outgoing email", superseded
links). The mail server is real: a closed loopback port, then locmem."""

from __future__ import annotations

from django.core import mail
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.gatherings.services import substitution_revoke
from tests.conftest import World
from tests.factories import GatheringFactory
from tests.gatherings.test_substitute_revoke import _approved
from tests.mail.test_retry import LOCMEM, kept, retry, server_down

__all__ = ["server_down"]  # fixture, used by name


def test_a_withdrawn_pass_kept_for_the_mail_server_is_not_sent_later(
    world: World,
    server_down,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Failed on the old code: the kept pass email stayed kept after the withdrawal, and
    the retry sent Sam the dead pass link."""
    gathering = GatheringFactory(network=world.alpha, title="Spring Gathering")
    member, steward = world.personas["member"], world.personas["steward"]
    with django_capture_on_commit_callbacks(execute=True):
        substitution, token = _approved(world, gathering, member)
    assert [r.to for r in kept()] == ["sam@example.org"]

    with scopes_disabled(), django_capture_on_commit_callbacks(execute=True):
        assert substitution_revoke(substitution=substitution, actor=steward)

    # Only the "withdrawn" emails wait (the member's, and the substitute's that their pass
    # no longer works); the pass is gone, on the record.
    rows = kept()
    assert sorted(r.to for r in rows) == sorted([member.email, "sam@example.org"])
    assert [r.topic for r in rows if r.to == "sam@example.org"] == [
        f"substitute-notice:{substitution.pk}"
    ]
    with scopes_disabled():
        dropped = list(
            AuditEvent.objects.filter(action="mail.dropped").values_list("data", flat=True)
        )
    assert dropped == [{"messages": 1, "reason": "withdrawn"}]
    server_down.EMAIL_BACKEND = LOCMEM
    assert retry(max(r.next_attempt_at for r in rows)) == 2
    assert sorted(m.to for m in mail.outbox) == sorted([[member.email], ["sam@example.org"]])
    assert all(token.split(".")[-1] not in m.body for m in mail.outbox)
