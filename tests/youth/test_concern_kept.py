"""A safeguarding concern is the cohort's record, kept for its leads: deleting the account
of the member who reported it deleted it with them. It stays now, with its words, time and
page, and reads "a former member" where it named the reporter; a guardian's concern from
the view of a member who deletes their account stays too, naming them no more. The retention
run unlinks the same way. Concerns stored before keep who filed them apart (migrations
0006-0007)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from collaboratory.networks.models import MembershipStatus
from collaboratory.people.models import User
from collaboratory.people.selectors import personal_data_of
from collaboratory.people.services import account_delete
from collaboratory.youth.models import Concern
from collaboratory.youth.services import (
    concern_report,
    guardian_link_issue,
    safeguarding_lead_set,
    youth_retention_run,
)
from tests.conftest import client_for
from tests.migrations import migrate_to
from tests.youth.conftest import Cohort, make_cohort, youth_leaves
from tests.youth.test_pages import FORM, apply_url

LEADS_PAGE = "/n/cohort/youth/concerns/"


def _leads_page(cohort: Cohort, *, language: str = "en") -> str:
    with scopes_disabled():
        User.objects.filter(pk=cohort.adult.pk).update(language=language)
        cohort.adult.refresh_from_db()
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    response = client_for(cohort.adult).get(LEADS_PAGE)
    assert response.status_code == 200
    body = response.content.decode()
    return body[body.index("<main") : body.index("</main>")]


def _guardian_url(cohort: Cohort) -> str:
    # The member's application gives the guardian's email, needed for the link.
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    _link, token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    return f"/youth/guardian/key/{token}/"


def test_a_concern_stays_when_its_reporter_deletes_their_account(cohort: Cohort) -> None:
    client_for(cohort.youth).post(
        "/n/cohort/youth/concern/?from=/n/cohort/youth/", {"about": "An adult messaged me."}
    )
    with scope(network=cohort.network):
        before = Concern.objects.get()
    # Theirs to take away while they have the account.
    exported = personal_data_of(user=cohort.youth)["youth_program"]["concerns_filed"]
    assert [c["about"] for c in exported] == ["An adult messaged me."]
    assert cohort.youth.full_name in _leads_page(cohort)

    account_delete(user=cohort.youth, confirm_email=cohort.youth.email)

    with scope(network=cohort.network):
        kept = Concern.objects.get()
    assert (kept.pk, kept.filed_by_id, kept.by_guardian) == (before.pk, None, False)
    assert (kept.about, kept.page, kept.created_at, kept.network_id) == (
        "An adult messaged me.",
        "/n/cohort/youth/",
        before.created_at,
        cohort.network.pk,
    )
    page = _leads_page(cohort)
    assert "An adult messaged me." in page
    assert "a former member" in page
    assert cohort.youth.full_name not in page
    assert "a guardian" not in page


def test_the_leads_read_a_former_member_in_spanish(cohort: Cohort) -> None:
    concern_report(network=cohort.network, filed_by=cohort.youth, about="Algo me preocupa.")
    account_delete(user=cohort.youth, confirm_email=cohort.youth.email)
    page = _leads_page(cohort, language="es")
    assert "Algo me preocupa." in page
    assert "un antiguo miembro" in page


def test_a_guardians_concern_stays_and_stops_naming_the_member_who_deleted_their_account(
    cohort: Cohort,
) -> None:
    """The guardian's report wrote the member's name into its page, where it stayed after
    the member deleted their account."""
    url = _guardian_url(cohort)
    Client().post(url, {"action": "concern", "about": "A worry from home."})
    with scope(network=cohort.network):
        concern = Concern.objects.get()
    assert (concern.filed_by_id, concern.by_guardian, concern.member_id) == (
        None,
        True,
        cohort.youth.pk,
    )
    page = _leads_page(cohort)
    assert "a guardian" in page
    assert f"the guardian&#x27;s view of {cohort.youth.full_name}" in page

    account_delete(user=cohort.youth, confirm_email=cohort.youth.email)

    with scope(network=cohort.network):
        kept = Concern.objects.get()
    assert (kept.about, kept.by_guardian, kept.member_id) == ("A worry from home.", True, None)
    page = _leads_page(cohort)
    assert "A worry from home." in page
    assert "a guardian" in page
    assert "the guardian&#x27;s view of a former member" in page
    assert cohort.youth.full_name not in page


def test_a_guardians_concern_stored_with_the_name_in_its_page_loses_it_with_the_member(
    cohort: Cohort,
) -> None:
    """One the migration could not link (its member's guardian link gone, say)."""
    with scope(network=cohort.network):
        legacy = Concern.objects.create(
            network=cohort.network,
            by_guardian=True,
            about="From home",
            page=f"la vista del tutor de {cohort.youth.full_name}",
        )
        namesake = Concern.objects.create(
            network=cohort.network,
            by_guardian=True,
            about="Another",
            page=f"the guardian's view of {cohort.youth2.full_name}",
        )
    account_delete(user=cohort.youth, confirm_email=cohort.youth.email)
    with scope(network=cohort.network):
        assert Concern.objects.get(pk=legacy.pk).page == ""
        assert Concern.objects.get(pk=namesake.pk).page == namesake.page
    assert "the guardian&#x27;s view of a former member" in _leads_page(cohort)


def test_the_retention_run_unlinks_a_former_members_concern_and_keeps_it(
    cohort: Cohort, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.COLLABORATORY_YOUTH_RETENTION_DAYS = 30
    concern_report(network=cohort.network, filed_by=cohort.youth, about="Worry")
    youth_leaves(cohort, MembershipStatus.ALUMNI, "Graduated")
    youth_retention_run(now=timezone.now() + timedelta(days=31))
    with scope(network=cohort.network):
        kept = Concern.objects.get()
    assert (kept.about, kept.filed_by_id) == ("Worry", None)
    assert "a former member" in _leads_page(cohort)


YOUTH = ("youth", "0005_money_asked_at_18")
AFTER = ("youth", "0007_concern_rows_told_apart")


@pytest.mark.django_db(transaction=True)
def test_concerns_stored_before_are_told_apart_and_linked_to_the_member(at_head: None) -> None:
    cohort = make_cohort()
    old = migrate_to([YOUTH])
    concern = old.get_model("youth", "Concern")
    link = old.get_model("youth", "GuardianLink")
    for member in (cohort.youth, cohort.youth2):
        link.objects.create(
            network_id=cohort.network.pk,
            member_id=member.pk,
            guardian_email="pat@parent.example",
            token_digest="0" * 64,
        )
    rows = {
        "member": concern.objects.create(
            network_id=cohort.network.pk, filed_by_id=cohort.youth.pk, about="Mine", page="/p/"
        ),
        "english": concern.objects.create(
            network_id=cohort.network.pk,
            about="From home",
            page=f"the guardian's view of {cohort.youth.full_name}",
        ),
        "spanish": concern.objects.create(
            network_id=cohort.network.pk,
            about="Desde casa",
            page=f"la vista del tutor de {cohort.youth2.full_name}",
        ),
        "unknown": concern.objects.create(
            network_id=cohort.network.pk,
            about="Someone else",
            page="the guardian's view of Nobody Known",
        ),
    }

    new = migrate_to([AFTER])

    concern = new.get_model("youth", "Concern")
    got = {
        key: concern.objects.values_list("by_guardian", "member_id", "page").get(pk=row.pk)
        for key, row in rows.items()
    }
    assert got == {
        "member": (False, None, "/p/"),
        "english": (True, cohort.youth.pk, ""),
        "spanish": (True, cohort.youth2.pk, ""),
        "unknown": (True, None, "the guardian's view of Nobody Known"),
    }
