"""Every write of follow-through, by sub-domain: `moves` (the one transition service and its
wrappers), `move_mail` (the other party's email of a move, the presenter's of an offer made
on the asks board, each sent once), `automatic` (the periodic pass: confirm, lapse,
remind), `reminders` (sent once each, snoozing, the wordings), `updates` (on a commitment,
on a project, the presenter's feedback), `partnerships`, `network_settings`, `history`
(bulk records for the demo and imports).
Re-exported here so callers keep one import path."""

from collaboratory.followthrough.services.automatic import (
    commitments_auto_confirm,
    commitments_lapse,
    followthrough_run,
)
from collaboratory.followthrough.services.history import (
    commitment_history_bulk_create,
    project_history_bulk_create,
)
from collaboratory.followthrough.services.move_mail import (
    move_email_send,
    move_emails_send_due,
    offer_email_send,
    offer_emails_send_due,
)
from collaboratory.followthrough.services.moves import (
    NOTE_MAX_CHARS,
    commitment_acknowledge,
    commitment_confirm,
    commitment_mark_done,
    commitment_release,
    commitment_transition,
    move_error_text,
    status_payload,
)
from collaboratory.followthrough.services.network_settings import (
    followthrough_settings_copy,
    followthrough_settings_update,
)
from collaboratory.followthrough.services.partnerships import (
    INVITATION_DAYS,
    PROMPT_MONTHS,
    partnership_invitation_answer,
    partnership_invitations_forget,
    partnership_invite,
    partnership_may_tend,
    partnership_milestone_add,
    partnership_milestone_reach,
    partnership_prompts_send,
    partnership_publish,
    partnership_record,
    partnership_status_set,
)
from collaboratory.followthrough.services.reminders import (
    PROMPT_WINDOW,
    SNOOZE_MAX_DAYS,
    reminder_snooze,
    reminder_snooze_end,
    reminders_send_due,
    snooze_until,
    wording,
)
from collaboratory.followthrough.services.updates import (
    TEXT_MAX_CHARS,
    commitment_update_post,
    presenter_feedback_save,
    project_update_post,
    project_update_send,
    project_updates_send_due,
)

__all__ = [
    "INVITATION_DAYS",
    "NOTE_MAX_CHARS",
    "PROMPT_MONTHS",
    "PROMPT_WINDOW",
    "SNOOZE_MAX_DAYS",
    "TEXT_MAX_CHARS",
    "commitment_acknowledge",
    "commitment_confirm",
    "commitment_history_bulk_create",
    "commitment_mark_done",
    "commitment_release",
    "commitment_transition",
    "commitment_update_post",
    "commitments_auto_confirm",
    "commitments_lapse",
    "followthrough_run",
    "followthrough_settings_copy",
    "followthrough_settings_update",
    "move_email_send",
    "move_emails_send_due",
    "move_error_text",
    "offer_email_send",
    "offer_emails_send_due",
    "partnership_invitation_answer",
    "partnership_invitations_forget",
    "partnership_invite",
    "partnership_may_tend",
    "partnership_milestone_add",
    "partnership_milestone_reach",
    "partnership_prompts_send",
    "partnership_publish",
    "partnership_record",
    "partnership_status_set",
    "presenter_feedback_save",
    "project_history_bulk_create",
    "project_update_post",
    "project_update_send",
    "project_updates_send_due",
    "reminder_snooze",
    "reminder_snooze_end",
    "reminders_send_due",
    "snooze_until",
    "status_payload",
    "wording",
]
