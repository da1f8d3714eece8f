"""Every write about commitments, by sub-domain: `commitment` (create once per key, undo,
hide), `digests` (the morning-after emails), `guardian` (a youth member's money commitment
and the guardian's answer), `forget` (what the live room's log and the waiting approval
emails keep of a deleted account), `offer_hooks` (the apps told of an offer made on the
asks board), `payload` (what listeners see). The live session's writes (presenter,
window, timer) are the live room's (`commitments.live.services`) and publishing an event
is `commitments.live.events`; both are re-exported here so callers keep one import path."""

from collaboratory.commitments.live.events import (
    KIND_CREATED,
    KIND_HIDDEN,
    KIND_PRESENTER,
    KIND_UNDONE,
    KIND_WINDOW,
    live_event_record,
)
from collaboratory.commitments.live.selectors import live_message
from collaboratory.commitments.live.services import (
    commitment_window_close,
    commitment_window_open,
    live_session_timer_set,
    live_settings_update,
    presentation_start,
    presentation_stop,
    session_payload,
)
from collaboratory.commitments.models import PROPOSAL_STATES
from collaboratory.commitments.services.commitment import (
    MONEY_UNITS,
    OWN_ASK,
    UNDO_WINDOW,
    WHAT_MAX_CHARS,
    Offered,
    OfferOutcome,
    commitment_create,
    commitment_hide,
    commitment_offer,
    commitment_undo,
    latest_due_on,
    same_words,
)
from collaboratory.commitments.services.digests import digests_send_due
from collaboratory.commitments.services.forget import (
    guardian_money_emails_forget,
    live_events_forget,
)
from collaboratory.commitments.services.guardian import (
    GuardianLinkUnusable,
    commitment_guardian_decide,
    commitment_guardian_request,
)
from collaboratory.commitments.services.offer_hooks import on_offer
from collaboratory.commitments.services.payload import commitment_payload, plain_amount

__all__ = [
    "KIND_CREATED",
    "KIND_HIDDEN",
    "KIND_PRESENTER",
    "KIND_UNDONE",
    "KIND_WINDOW",
    "MONEY_UNITS",
    "OWN_ASK",
    "PROPOSAL_STATES",
    "UNDO_WINDOW",
    "WHAT_MAX_CHARS",
    "GuardianLinkUnusable",
    "OfferOutcome",
    "Offered",
    "commitment_create",
    "commitment_guardian_decide",
    "commitment_guardian_request",
    "commitment_hide",
    "commitment_offer",
    "commitment_payload",
    "commitment_undo",
    "commitment_window_close",
    "commitment_window_open",
    "digests_send_due",
    "guardian_money_emails_forget",
    "latest_due_on",
    "live_event_record",
    "live_events_forget",
    "live_message",
    "live_session_timer_set",
    "live_settings_update",
    "on_offer",
    "plain_amount",
    "presentation_start",
    "presentation_stop",
    "same_words",
    "session_payload",
]
