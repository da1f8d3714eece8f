"""Two forms post to a concern's hold: "Hold this concern" (a reason and a day) on a concern
not held, and "Renew the hold" (a new day) on one held. Which one it is was decided by what
the database held when the post came in, so a lead's new hold posted from a page read before
another lead held the concern became a renewal of that hold: the first lead's reason and
day were replaced by the second's, still shown as the first lead's words ("since …, by
<first lead>: <second lead's words>"), and the second lead was never told. The renewal form
now says it renews; a new hold on a concern held meanwhile is refused, naming who holds it,
and changes nothing. A second post of the same new hold (a double click) is taken as done."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django_scopes import scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.youth.models import Concern
from collaboratory.youth.services import safeguarding_lead_set
from tests.conftest import client_for
from tests.youth.conftest import Cohort
from tests.youth.test_concern_hold_dated import PAGE, a_concern, card, state, today


@pytest.fixture
def two_leads(cohort: Cohort) -> Cohort:
    """The adult and the steward both lead the cohort's safeguarding."""
    for user in (cohort.adult, cohort.steward):
        safeguarding_lead_set(network=cohort.network, user=user, lead=True, actor=cohort.steward)
    return cohort


def _hold_events(concern: Concern) -> list[tuple[str, int | None]]:
    with scopes_disabled():
        return list(
            AuditEvent.objects.filter(
                action__in=["youth.concern_held", "youth.concern_hold_renewed"],
                target_id=str(concern.pk),
            )
            .order_by("pk")
            .values_list("action", "actor_id")
        )


def test_a_new_hold_on_a_concern_held_meanwhile_is_refused_and_changes_nothing(
    two_leads: Cohort,
) -> None:
    concern = a_concern(two_leads)
    first, second = today(two_leads) + timedelta(days=60), today(two_leads) + timedelta(days=400)
    # Both leads have the page open on a concern not held; the steward holds it first.
    held = client_for(two_leads.steward).post(
        f"{PAGE}{concern.pk}/hold/", {"reason": "Police investigation", "until": first}
    )
    assert held.status_code == 302
    before = state(concern)

    late = client_for(two_leads.adult).post(
        f"{PAGE}{concern.pk}/hold/", {"reason": "Family court order", "until": second}
    )

    assert late.status_code == 400
    shown = card(late.content.decode(), concern)
    assert "This concern was held meanwhile" in shown
    assert two_leads.steward.full_name in shown
    assert state(concern) == before
    assert before[1:4] == (two_leads.steward.pk, "Police investigation", first)
    assert _hold_events(concern) == [("youth.concern_held", two_leads.steward.pk)]


def test_a_second_post_of_the_same_new_hold_is_taken_as_done(two_leads: Cohort) -> None:
    concern = a_concern(two_leads)
    until = today(two_leads) + timedelta(days=60)
    form = {"reason": "Police investigation", "until": until}

    posts = [client_for(two_leads.adult).post(f"{PAGE}{concern.pk}/hold/", form) for _ in "ab"]

    assert [p.status_code for p in posts] == [302, 302]
    assert state(concern)[1:4] == (two_leads.adult.pk, "Police investigation", until)
    assert _hold_events(concern) == [("youth.concern_held", two_leads.adult.pk)]


def test_a_renewal_of_a_hold_lifted_meanwhile_is_refused_and_holds_nothing(
    two_leads: Cohort,
) -> None:
    concern = a_concern(two_leads)
    first = today(two_leads) + timedelta(days=60)
    adult = client_for(two_leads.adult)
    adult.post(f"{PAGE}{concern.pk}/hold/", {"reason": "Police investigation", "until": first})
    page = adult.get(PAGE).content.decode()
    assert 'name="renew"' in card(page, concern)
    # The steward lifts the hold; the adult then posts the renewal from the page read before.
    assert client_for(two_leads.steward).post(f"{PAGE}{concern.pk}/hold/lift/").status_code == 302

    late = adult.post(
        f"{PAGE}{concern.pk}/hold/", {"renew": "1", "until": first + timedelta(days=30)}
    )

    assert late.status_code == 400
    assert "lifted or ran out meanwhile" in card(late.content.decode(), concern)
    assert state(concern) == (None, None, "", None, None)
