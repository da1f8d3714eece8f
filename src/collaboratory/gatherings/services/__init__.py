"""Every write to gatherings goes through here, one module per part of the domain:

- setup: create, edit, the network's template and settings, announce
- parsing: the stewards' text fields (part template, parts, agenda)
- rsvp: RSVPs and the waitlist, under the gathering's lock
- stipends, substitutes: requests and decisions (and withdrawing a substitute)
- check_in: check-in and the attendance ledger
- calendar: personal calendar feeds
- notices: the emails the notice task sends, each once
- pages: the page version tokens every write above renews

Callers import from `collaboratory.gatherings.services`; the names below are its public face.
"""

from collaboratory.gatherings.services.calendar import calendar_feed_issue, calendar_feed_revoke
from collaboratory.gatherings.services.check_in import (
    attendance_bulk_record,
    attendance_check_in,
    attendance_door_check_in,
    substitution_check_in,
)
from collaboratory.gatherings.services.notices import notices_send_due
from collaboratory.gatherings.services.pages import pages_changed
from collaboratory.gatherings.services.parsing import agenda_parse, part_template_parse, parts_parse
from collaboratory.gatherings.services.rsvp import (
    RSVP_ANSWERS,
    rsvp_submit,
    seats_count_again_after_reinstatement,
    seats_free_after_account_delete,
    seats_free_after_membership_end,
)
from collaboratory.gatherings.services.setup import (
    EDITABLE_FIELDS,
    gathering_announce,
    gathering_create,
    gathering_parts_from_template,
    gathering_settings_copy,
    gathering_settings_update,
    gathering_update,
)
from collaboratory.gatherings.services.stipends import stipend_decide, stipend_request_submit
from collaboratory.gatherings.services.substitutes import (
    on_substitution_approved,
    on_substitution_revoked,
    substitutes_told_after_account_delete,
    substitutes_told_after_membership_end,
    substitutes_told_after_reinstatement,
    substitution_decide,
    substitution_pass_resend,
    substitution_request,
    substitution_revoke,
)

__all__ = [
    "EDITABLE_FIELDS",
    "RSVP_ANSWERS",
    "agenda_parse",
    "attendance_bulk_record",
    "attendance_check_in",
    "attendance_door_check_in",
    "calendar_feed_issue",
    "calendar_feed_revoke",
    "gathering_announce",
    "gathering_create",
    "gathering_parts_from_template",
    "gathering_settings_copy",
    "gathering_settings_update",
    "gathering_update",
    "notices_send_due",
    "on_substitution_approved",
    "on_substitution_revoked",
    "pages_changed",
    "part_template_parse",
    "parts_parse",
    "rsvp_submit",
    "seats_count_again_after_reinstatement",
    "seats_free_after_account_delete",
    "seats_free_after_membership_end",
    "stipend_decide",
    "stipend_request_submit",
    "substitutes_told_after_account_delete",
    "substitutes_told_after_membership_end",
    "substitutes_told_after_reinstatement",
    "substitution_check_in",
    "substitution_decide",
    "substitution_pass_resend",
    "substitution_request",
    "substitution_revoke",
]
