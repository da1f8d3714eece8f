"""Every write in the Rotating Credit Club pipeline, one module per stage:

- proposals: drafts (autosave), submit, withdraw, carry over, the presenter pack, history
- review: reviews, staged decisions, the announcement, the run of show (stewards only)
- invitations: invitations to propose, sent once per member and gathering; the reminders
  of a draft near its deadline and of a presenter pack not acknowledged
- power: a youth member's Power Project along its path (idea, shaped, reflection)
- settings: the network's Credit Club rules (stewards only; reads never write them)
- transition: `proposal_transition`, the only place a state changes. It checks the state
  machine (lifecycle.py), applies the change with a conditional UPDATE (so two stewards
  acting at once cannot both win), and audits it.

Callers import from `collaboratory.creditclub.services`; the names below are its public face.
"""

from collaboratory.creditclub.services.invitations import (
    presenter_pack_reminders_send_due,
    proposal_draft_reminders_send_due,
    proposal_invitations_send_due,
)
from collaboratory.creditclub.services.power import power_project_advance
from collaboratory.creditclub.services.proposals import (
    ASK_LIMIT,
    REQUIRED_TO_SUBMIT,
    TEXT_FIELDS,
    AskInput,
    asks_past_their_date,
    carried_over_dates_text,
    eligibility_message,
    ensure_can_propose,
    presenter_pack_acknowledge,
    proposal_carry_over,
    proposal_history_bulk_create,
    proposal_holds,
    proposal_save,
    proposal_submit,
    proposal_withdraw,
    proposals_withdraw_after_membership_end,
)
from collaboratory.creditclub.services.review import (
    decision_refusal,
    decisions_offered,
    mark_presented_offered,
    own_proposal_refusal,
    proposal_mark_presented,
    proposal_stage_decision,
    proposals_announce,
    review_save,
    review_submit,
    run_of_show_move,
    run_of_show_set,
    selection_withheld,
    slots_refusal,
)
from collaboratory.creditclub.services.settings import creditclub_settings_update

__all__ = [
    "ASK_LIMIT",
    "REQUIRED_TO_SUBMIT",
    "TEXT_FIELDS",
    "AskInput",
    "asks_past_their_date",
    "carried_over_dates_text",
    "creditclub_settings_update",
    "decision_refusal",
    "decisions_offered",
    "eligibility_message",
    "ensure_can_propose",
    "mark_presented_offered",
    "own_proposal_refusal",
    "power_project_advance",
    "presenter_pack_acknowledge",
    "presenter_pack_reminders_send_due",
    "proposal_carry_over",
    "proposal_draft_reminders_send_due",
    "proposal_history_bulk_create",
    "proposal_holds",
    "proposal_invitations_send_due",
    "proposal_mark_presented",
    "proposal_save",
    "proposal_stage_decision",
    "proposal_submit",
    "proposal_withdraw",
    "proposals_announce",
    "proposals_withdraw_after_membership_end",
    "review_save",
    "review_submit",
    "run_of_show_move",
    "run_of_show_set",
    "selection_withheld",
    "slots_refusal",
]
