"""Who a gathering's notices go to, and how many of its announcement emails have not gone
out yet (the worker sends them: `gatherings.tasks.gathering_notices_send`)."""

from __future__ import annotations

from collaboratory.gatherings.models import Gathering, NoticeKind, NoticeSent
from collaboratory.networks.models import ADMITTED_STATUSES, MailKind, Membership, Network
from collaboratory.networks.selectors import deliveries_for, youth_guests_of


def notice_audience(*, network: Network) -> tuple[dict[int, str], dict[int, str]]:
    """The network's admitted members and its youth guests, each by user id with their
    address: read once per network, whatever the number of its gatherings."""
    members = dict(
        Membership.objects.filter(network=network, status__in=ADMITTED_STATUSES).values_list(
            "user_id", "user__email"
        )
    )
    return members, youth_guests_of(network=network)


def notice_recipients(
    gathering: Gathering, members: dict[int, str], guests: dict[int, str]
) -> dict[int, str]:
    """Who is told of `gathering`: its members, and youth guests where youth take part."""
    return {**guests, **members} if gathering.youth_take_part else members


def announcement_unsent_count(*, gathering: Gathering) -> int:
    """How many announcement emails of an announced gathering have not gone out yet (its
    sent-log has no row for them, and the person takes gathering notices by email: one who
    turned them off or to the weekly digest gets none): 0 before the announcement."""
    if gathering.announced_at is None:
        return 0
    recipients = notice_recipients(gathering, *notice_audience(network=gathering.network))
    sent = set(
        NoticeSent.objects.filter(gathering=gathering, kind=NoticeKind.ANNOUNCEMENT).values_list(
            "user_id", flat=True
        )
    )
    waiting = recipients.keys() - sent
    return len(waiting - deliveries_for(user_ids=waiting, kind=MailKind.GATHERING_NOTICES).keys())
