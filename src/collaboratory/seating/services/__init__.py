"""Every write to seating, one module per part:

- plans: generate a plan (a new version), refresh it from the RSVPs, publish it
- edits: move a person (or swap two), lock and unlock a table, on a draft
- pairs: the stewards' keep-apart and keep-together rules (and the audited read of those
  that name a youth cohort's students)
- substitutes: an approved substitute takes the seats of the member they replace
"""

from collaboratory.seating.services.edits import AlreadySeated, seat_move, table_lock_set
from collaboratory.seating.services.pairs import (
    seating_pair_add,
    seating_pair_remove,
    student_rules_read_record,
)
from collaboratory.seating.services.plans import (
    MAX_ROUNDS,
    MAX_TABLE_SIZE,
    MAX_TABLES,
    PlanAlreadyMade,
    RefreshSummary,
    checked_not_over,
    plan_generate,
    plan_publish,
    plan_refresh,
    plan_replan,
)
from collaboratory.seating.services.substitutes import (
    substitution_seats_release,
    substitution_seats_take,
)

__all__ = [
    "MAX_ROUNDS",
    "MAX_TABLES",
    "MAX_TABLE_SIZE",
    "AlreadySeated",
    "PlanAlreadyMade",
    "RefreshSummary",
    "checked_not_over",
    "plan_generate",
    "plan_publish",
    "plan_refresh",
    "plan_replan",
    "seat_move",
    "seating_pair_add",
    "seating_pair_remove",
    "student_rules_read_record",
    "substitution_seats_release",
    "substitution_seats_take",
    "table_lock_set",
]
