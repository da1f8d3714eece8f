"""A guardian who withdrew consent is nobody's guardian any more: `guardian_email_of` named
them still (it read the latest consent, revoked or not), so their standing view of the
minor's record kept opening, and the email still kept for the mail server reached them."""

from __future__ import annotations

from django.core import mail
from django.test import Client
from django_scopes import scope, scopes_disabled

from collaboratory.networks.models import MailRetry, Membership, MembershipStatus
from collaboratory.networks.selectors import guardian_emails_of
from collaboratory.networks.services.consent import (
    guardian_consent_confirm,
    guardian_consent_request,
    guardian_consent_revoke,
)
from collaboratory.youth import services
from collaboratory.youth.models import EscalationKind
from collaboratory.youth.selectors import guardian_email_of, guardian_link_for_token
from tests.conftest import client_for
from tests.mail.silent import refusing_mail_server
from tests.youth.conftest import Cohort

PAT = "pat@parent.example"
ROBIN = "robin@parent.example"


def _consented(cohort: Cohort, email: str = PAT) -> str:
    """A guardian confirms consent for the cohort's first youth member; returns the revoke
    token the confirmation emails them."""
    _consent, token = guardian_consent_request(
        user=cohort.youth, network=cohort.network, guardian_email=email
    )
    _consent, revoke = guardian_consent_confirm(token=token, guardian_name="A Parent", agree=True)
    return revoke


def _guardian(cohort: Cohort) -> str:
    with scope(network=cohort.network):
        return guardian_email_of(network=cohort.network, member=cohort.youth)


def test_a_revoked_guardians_view_of_the_record_stops(cohort: Cohort) -> None:
    revoke = _consented(cohort)
    _link, token = services.guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    assert Client().get(f"/youth/guardian/key/{token}/").status_code == 200

    guardian_consent_revoke(token=revoke)

    assert guardian_link_for_token(token=token) is None
    page = Client().get(f"/youth/guardian/key/{token}/")
    assert page.status_code == 404
    assert cohort.youth.full_name not in page.content.decode()
    with scopes_disabled():
        status = Membership.objects.get(network=cohort.network, user=cohort.youth).status
    assert status == MembershipStatus.SUSPENDED


def test_a_withdrawal_names_nobody_not_through_older_rows_either(cohort: Cohort) -> None:
    """Neither the withdrawn consent, nor the same guardian's consent confirmed before it, nor
    a request left unanswered before it, nor the application naming that guardian."""
    services.application_submit(
        cycle=cohort.cycle,
        full_name="Yara Youth1",
        email=cohort.youth.email,
        guardian_email=PAT,
        school="Central High",
        city="Tulsa",
        statement="I want to help my neighborhood.",
        references=[services.ReferenceInput("Terry Teacher", "terry@school.example", "Teacher")],
        conduct=True,
        actor=cohort.youth,
    )
    guardian_consent_request(user=cohort.youth, network=cohort.network, guardian_email=ROBIN)
    _consented(cohort)  # Pat, confirmed once
    revoke = _consented(cohort)  # and again, through a second request
    assert _guardian(cohort) == PAT

    guardian_consent_revoke(token=revoke)

    assert _guardian(cohort) == ""


def test_a_guardian_is_one_again_after_confirming_anew(cohort: Cohort) -> None:
    guardian_consent_revoke(token=_consented(cohort))
    assert _guardian(cohort) == ""

    _consented(cohort)

    assert _guardian(cohort) == PAT


def test_nothing_kept_for_the_mail_server_reaches_the_revoked_guardian(
    cohort: Cohort,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Their view's link and a step's notice, kept while the mail server was down, went out
    at the retry after the withdrawal, naming the minor to someone no longer their guardian.
    An admitted adult's own kept mail in the cohort stays."""
    revoke = _consented(cohort)
    refusing_mail_server(settings)
    with django_capture_on_commit_callbacks(execute=True):
        services.guardian_link_issue(
            network=cohort.network, member=cohort.youth, actor=cohort.steward
        )
        services.escalation_step_record(
            network=cohort.network,
            member=cohort.youth,
            kind=EscalationKind.CONVERSATION,
            note="Talked.",
            actor=cohort.steward,
        )
        services.concern_report(network=cohort.network, filed_by=cohort.adult, about="Worried.")
    with scopes_disabled():
        kept = sorted(MailRetry.objects.values_list("to", flat=True))
    assert kept == sorted([PAT, PAT, cohort.steward.email])
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        guardian_consent_revoke(token=revoke)

    assert mail.outbox == []
    with scopes_disabled():
        assert list(MailRetry.objects.values_list("to", flat=True)) == [cohort.steward.email]


def test_a_guardian_who_withdrew_is_not_asked_about_money_through_an_older_consent(
    cohort: Cohort,
) -> None:
    """`guardian_emails_of` (RSVP notices, money approvals) reads the same rule."""
    _consented(cohort)
    revoke = _consented(cohort)
    assert guardian_emails_of(user=cohort.youth) == [PAT]

    guardian_consent_revoke(token=revoke)

    assert guardian_emails_of(user=cohort.youth) == []


def test_the_stewards_page_says_the_revoked_guardians_link_no_longer_works(
    cohort: Cohort,
) -> None:
    """It listed the dead link as live, with a button to turn it off."""
    revoke = _consented(cohort)
    services.guardian_link_issue(network=cohort.network, member=cohort.youth, actor=cohort.steward)
    page = f"/n/cohort/youth/members/{cohort.youth.pk}/"
    steward = client_for(cohort.steward)
    assert "Turn off this link" in steward.get(page).content.decode()

    guardian_consent_revoke(token=revoke)

    body = steward.get(page).content.decode()
    assert "no longer works: not the guardian on record now" in body
    assert "Turn off this link" not in body


def test_a_withdrawal_for_one_child_keeps_the_mail_about_their_sibling(
    cohort: Cohort,
    settings,  # type: ignore[no-untyped-def]
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Pat is the guardian of both students of the cohort and withdraws consent for one.
    Every email kept for Pat's address in the cohort was dropped, the sibling's view link
    and consent link with it: Pat, still their guardian, never got them."""
    revoke = _consented(cohort)
    _consent, token = guardian_consent_request(
        user=cohort.youth2, network=cohort.network, guardian_email=PAT
    )
    guardian_consent_confirm(token=token, guardian_name="A Parent", agree=True)
    refusing_mail_server(settings)
    with django_capture_on_commit_callbacks(execute=True):
        services.guardian_link_issue(
            network=cohort.network, member=cohort.youth2, actor=cohort.steward
        )
    with scopes_disabled():
        assert list(MailRetry.objects.values_list("to", flat=True)) == [PAT]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    with django_capture_on_commit_callbacks(execute=True):
        guardian_consent_revoke(token=revoke)

    with scopes_disabled():
        assert list(MailRetry.objects.values_list("to", flat=True)) == [PAT]
    assert guardian_emails_of(user=cohort.youth2) == [PAT]
