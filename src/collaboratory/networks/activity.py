"""The activity rule, as a pure function (no Django): plain values in, a status name out.

A member who attended a gathering within `check_in_after_months` is active; after that many
months without attending, a check-in is due; after `remove_after_months`, the member is to be
removed (a steward confirms). A member who has never attended is measured from the day they
joined, so a newcomer is not flagged before their first gathering could happen.

The days are the network's calendar days: the caller turns instants into them
(`membership_statuses_evaluate`); a datetime given here is cut to its own date, which for a
UTC instant is UTC's day.
"""

from __future__ import annotations

from datetime import date, datetime

ACTIVE = "active"
CHECK_IN_DUE = "check_in_due"
TO_BE_REMOVED = "to_be_removed"
DAYS_PER_MONTH = 30.44


def months_between(earlier: date | datetime, later: date | datetime) -> float:
    if isinstance(earlier, datetime):
        earlier = earlier.date()
    if isinstance(later, datetime):
        later = later.date()
    return (later - earlier).days / DAYS_PER_MONTH


def activity_status(
    *,
    last_attended: date | datetime | None,
    joined: date | datetime | None,
    today: date | datetime,
    check_in_after_months: int = 12,
    remove_after_months: int = 24,
) -> str:
    """The status the activity rule gives: "active", "check_in_due" or "to_be_removed"."""
    if remove_after_months <= check_in_after_months:
        raise ValueError("Removal must come after the check-in.")
    references = [d.date() if isinstance(d, datetime) else d for d in (last_attended, joined) if d]
    if not references:
        return ACTIVE
    months = months_between(max(references), today)
    if months < check_in_after_months:
        return ACTIVE
    if months < remove_after_months:
        return CHECK_IN_DUE
    return TO_BE_REMOVED
