"""Every write to gatherings goes through here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from collaboratory.gatherings.models import Attendance, Gathering, GatheringPart
from collaboratory.networks.models import Network, Organization


def gathering_create(
    *,
    network: Network,
    title: str,
    format: str,
    parts: Sequence[tuple[str, datetime, datetime]],
    city: str = "",
    host_organization: Organization | None = None,
) -> Gathering:
    """Create a gathering with its parts (title, start, end), in order."""
    if not parts:
        raise ValidationError(_("A gathering has at least one part."))
    for part_title, starts_at, ends_at in parts:
        if ends_at <= starts_at:
            raise ValidationError(_("%(part)s must end after it starts.") % {"part": part_title})
    gathering = Gathering(
        network=network,
        title=title,
        format=format,
        city=city,
        host_organization=host_organization,
        starts_at=min(p[1] for p in parts),
        ends_at=max(p[2] for p in parts),
    )
    gathering.full_clean()
    with transaction.atomic():
        gathering.save()
        GatheringPart.objects.bulk_create(
            GatheringPart(network=network, gathering=gathering, title=t, starts_at=s, ends_at=e)
            for t, s, e in parts
        )
    return gathering


def attendance_bulk_record(
    *, network: Network, entries: Sequence[tuple[int, int]], source: str
) -> None:
    """Record (part id, user id) pairs in the ledger; pairs already there are skipped."""
    rows = [Attendance(network=network, part_id=p, user_id=u, source=source) for p, u in entries]
    with transaction.atomic():
        Attendance.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
