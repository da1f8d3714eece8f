"""What commitments keep of a person whose account is deleted: nothing that names them.
`LiveEvent` rows are replayed to every listener of their gathering for as long as it
stands, so a payload written when the person committed or presented would keep their name
and words after the account, and the commitment itself, are gone; and a youth member's
money approval email still waiting for the mail server would reach their guardian (and the
stewards' copy) with their name and words."""

from __future__ import annotations

from django.db.models import Q
from django_scopes import scopes_disabled

from collaboratory.commitments.live.events import KIND_CREATED, KIND_PRESENTER, KIND_WINDOW
from collaboratory.commitments.models import Commitment, LiveEvent
from collaboratory.commitments.services.guardian import MONEY_APPROVAL_TOPIC
from collaboratory.commitments.services.payload import announcement_kept
from collaboratory.creditclub.models import Proposal
from collaboratory.networks.mail import mail_retries_forget


def live_events_forget(*, user_id: int, email: str) -> int:
    """Account deletion hook (`people.services.on_account_delete`): the announcements of
    the person's commitments keep their ids alone (no name, words, amount or date), and the
    session's events of their projects lose the presenter's name and the title. The rows
    stay, so each gathering's ids still run 1, 2, 3... without a gap (a listener that saw
    id n has seen everything before it). Returns how many events changed."""
    with scopes_disabled():  # the person's rows, in every network that holds them
        made = list(Commitment.objects.filter(committer_id=user_id).values_list("pk", flat=True))
        theirs = set(Proposal.objects.filter(proposer_id=user_id).values_list("pk", flat=True))
        events = LiveEvent.objects.none()
        if made:
            events |= LiveEvent.objects.filter(kind=KIND_CREATED, payload__commitment__in=made)
        if theirs:
            events |= LiveEvent.objects.filter(
                Q(payload__proposal__in=theirs) | Q(payload__window__in=theirs),
                kind__in=(KIND_PRESENTER, KIND_WINDOW),
            )
        changed = 0
        for pk, kind, payload in events.values_list("pk", "kind", "payload"):
            if kind == KIND_CREATED:
                forgotten = announcement_kept(payload)
            else:
                forgotten = dict(payload)
                if payload.get("proposal") in theirs:
                    forgotten.update(presenter=None, title=None)
                if payload.get("window") in theirs:
                    forgotten.update(window_presenter=None)
            if forgotten != payload:
                LiveEvent.objects.filter(pk=pk).update(payload=forgotten)
                changed += 1
    return changed


def guardian_money_emails_forget(*, user_id: int, email: str) -> int:
    """Account deletion hook: the youth member's money approval emails still kept for the
    mail server are dropped (audited as counts, `mail.dropped`, "account deleted"): sent
    late they would name someone who asked to be forgotten, with a link that opens nothing
    once the commitment is gone. Returns how many were dropped."""
    return mail_retries_forget(
        Q(topic__startswith=f"{MONEY_APPROVAL_TOPIC}{user_id}:"), reason="account deleted"
    )
