"""The Credit Club's settings are read on nearly every page (the call, the board, a
proposal, the pack): a read gives the defaults in memory and writes nothing, and only a
steward's save makes the network's row, once, as the live room's settings do."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django_scopes import scopes_disabled

from collaboratory.creditclub import services
from collaboratory.creditclub.models import CreditClubSettings
from collaboratory.creditclub.selectors import creditclub_settings_for
from tests.conftest import World, client_for
from tests.creditclub.conftest import Club, make_club


def test_reading_the_pages_writes_no_settings_row(club: Club) -> None:
    proposal = club.proposal()
    steward, member = client_for(club.steward), client_for(club.member)
    g = club.upcoming.pk
    answers = [
        member.get("/n/alpha/creditclub/").status_code,
        member.get(f"/n/alpha/creditclub/proposals/{proposal.pk}/").status_code,
        steward.get(f"/n/alpha/creditclub/gatherings/{g}/board/").status_code,
        steward.get(f"/n/alpha/creditclub/gatherings/{g}/run-of-show/").status_code,
        steward.get(f"/n/alpha/gatherings/{g}/").status_code,
    ]
    with scopes_disabled():
        rows = CreditClubSettings.objects.count()
        defaults = creditclub_settings_for(network=club.network)

    assert answers == [200, 200, 200, 200, 200]
    assert rows == 0
    assert (defaults.presenter_slots, defaults.call_closes_days_before) == (3, 28)
    assert defaults.pk is None


def test_a_save_makes_the_row_and_a_second_changes_it(club: Club) -> None:
    with scopes_disabled():
        services.creditclub_settings_update(
            network=club.network, actor=club.steward, presenter_slots=4
        )
        services.creditclub_settings_update(
            network=club.network, actor=club.steward, anonymized_review=True
        )
        rows = list(CreditClubSettings.objects.values_list("presenter_slots", "anonymized_review"))
    assert rows == [(4, True)]


def test_a_member_or_bad_input_changes_nothing(club: Club) -> None:
    with scopes_disabled():
        with pytest.raises(PermissionDenied):
            services.creditclub_settings_update(
                network=club.network, actor=club.member, presenter_slots=5
            )
        with pytest.raises(ValidationError) as error:
            services.creditclub_settings_update(
                network=club.network, actor=club.steward, presenter_slots=0
            )
        assert CreditClubSettings.objects.count() == 0
    assert "presenter_slots" in error.value.message_dict


@pytest.mark.django_db(transaction=True)
def test_two_first_saves_at_once_make_one_row(world: World) -> None:
    club = make_club(world)
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def save(slots: int) -> Callable[[], None]:
        def job() -> None:
            try:
                barrier.wait()
                with scopes_disabled():
                    services.creditclub_settings_update(
                        network=club.network, actor=club.steward, presenter_slots=slots
                    )
            except BaseException as error:  # collected and asserted below
                errors.append(error)
            finally:
                connection.close()

        return job

    threads = [threading.Thread(target=save(n)) for n in (2, 4, 2, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    with scopes_disabled():
        slots = list(CreditClubSettings.objects.values_list("presenter_slots", flat=True))
    assert len(slots) == 1
    assert slots[0] in (2, 4)


def test_a_steward_sets_the_rules_on_a_page_and_bad_input_changes_nothing(club: Club) -> None:
    """There was no page for the Credit Club's rules: blind review, the slots and the
    call's deadline could not be changed in the product."""
    steward = client_for(club.steward)
    url = "/n/alpha/creditclub/settings/"
    good = {
        "presenter_slots": "4",
        "eligibility_rule": "any_member",
        "call_closes_days_before": "21",
        "anonymized_review": "on",
    }

    call_page = steward.get("/n/alpha/creditclub/").content.decode()
    member_answer = client_for(club.member).get(url).status_code
    bad = steward.post(url, {**good, "presenter_slots": "0"})
    with scopes_disabled():
        rows_after_bad = CreditClubSettings.objects.count()
    saved = steward.post(url, good, follow=True)

    assert f'href="{url}"' in call_page
    assert member_answer == 403
    assert bad.status_code == 400
    assert rows_after_bad == 0
    assert "Credit Club settings saved." in saved.content.decode()
    with scopes_disabled():
        row = CreditClubSettings.objects.get()
    assert (
        row.presenter_slots,
        row.eligibility_rule,
        row.call_closes_days_before,
        row.anonymized_review,
    ) == (4, "any_member", 21, True)
