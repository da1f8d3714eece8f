"""Defects found in a fresh-eyes review of the youth program, each pinned by a test."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format
from django_scopes import scope, scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.networks.models import Invitation, MembershipStatus
from collaboratory.people.models import User
from collaboratory.people.selectors import personal_data_of
from collaboratory.youth import services
from collaboratory.youth.models import Application, EscalationKind, EscalationStep, VettedAdult
from collaboratory.youth.selectors import guardian_view
from collaboratory.youth.services import guardian_link_issue
from tests.conftest import client_for
from tests.factories import CommitmentFactory, GatheringFactory, PresentedProposalFactory
from tests.mail.silent import refusing_mail_server
from tests.youth.conftest import Cohort, youth_leaves
from tests.youth.test_pages import FORM, apply_url, stored
from tests.youth.test_services import apply


def test_no_escalation_step_is_recorded_for_a_member_who_left_the_cohort(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """A graduate (alumni) is past the participation path: a step recorded by mistake from
    their record page must not email their guardian, nor turn the graduate into a dismissed
    member."""
    application = apply(cohort, email="youth1@cohort.example", actor=cohort.youth)
    membership = youth_leaves(cohort, MembershipStatus.ALUMNI, "Graduated")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError) as error:
        services.escalation_step_record(
            network=cohort.network,
            member=cohort.youth,
            kind=EscalationKind.CONVERSATION,
            note="Talked it through",
            actor=cohort.steward,
        )

    assert "member" in error.value.message_dict
    assert [m for m in mail.outbox if application.guardian_email in m.to] == []
    with scope(network=cohort.network):
        assert not EscalationStep.objects.filter(member=cohort.youth).exists()
        membership.refresh_from_db()
    assert membership.status == MembershipStatus.ALUMNI


def test_a_vetting_reminder_gives_the_date_in_the_readers_language_and_the_right_day(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The expiry day is the first day the adult may no longer facilitate: the email said
    "after that date", one day too late, and wrote the date as 2027-01-05 in every language."""
    with scopes_disabled():
        User.objects.filter(pk=cohort.adult.pk).update(language="es")
    with scope(network=cohort.network):
        expires = VettedAdult.objects.get(user=cohort.adult).expires_on

    with django_capture_on_commit_callbacks(execute=True):
        assert services.vetting_reminders_send(today=expires - timedelta(days=29)) == 1

    by_reader = {m.to[0]: m for m in mail.outbox}
    with translation.override("es"):
        spanish_day = date_format(expires)
    with translation.override("en"):
        english_day = date_format(expires)
    spanish, english = by_reader["adult@cohort.example"], by_reader["steward@cohort.example"]
    assert expires.isoformat() not in spanish.subject + spanish.body
    assert spanish_day in spanish.subject
    assert spanish_day in spanish.body
    assert english_day in english.subject
    assert english_day in english.body
    assert "From that day on" in english.body


def test_a_problem_with_the_second_reference_is_shown_at_the_second_reference(
    cohort: Cohort,
) -> None:
    """Every reference problem was shown under the first reference's name, which was fine:
    a student looked for the mistake in the wrong place."""
    response = Client().post(
        apply_url(cohort),
        FORM
        | {"ref2_name": "Cory Coach", "ref2_email": "not-an-address", "ref2_relation": "Coach"},
    )

    errors = response.context["form"].errors
    assert "ref1_name" not in errors
    assert "ref2_email" in errors
    assert stored(cohort) == 0


def test_a_reference_without_its_relation_is_named_at_that_field(cohort: Cohort) -> None:
    response = Client().post(
        apply_url(cohort), FORM | {"ref2_name": "Cory Coach", "ref2_email": "cory@club.example"}
    )

    errors = response.context["form"].errors
    assert list(errors) == ["ref2_relation"]
    assert stored(cohort) == 0


def test_a_steward_finds_a_former_members_record_to_turn_off_the_guardians_link(
    cohort: Cohort,
) -> None:
    """A member whose guardian withdrew consent (or who graduated, or was dismissed) keeps a
    record, and their guardian's link keeps working until a steward turns it off on that
    record's page; but no page linked to it once the member left the roster."""
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    guardian_link_issue(network=cohort.network, member=cohort.youth, actor=cohort.steward)
    youth_leaves(cohort, MembershipStatus.SUSPENDED, "Consent withdrawn")
    record = f"/n/{cohort.network.slug}/youth/members/{cohort.youth.pk}/"

    home = client_for(cohort.steward).get(f"/n/{cohort.network.slug}/youth/")

    assert f'href="{record}"' in home.content.decode()
    assert client_for(cohort.steward).get(record).status_code == 200
    # Not to a youth member: the roster of former members is the stewards'.
    assert (
        record
        not in client_for(cohort.youth2).get(f"/n/{cohort.network.slug}/youth/").content.decode()
    )


def test_export_my_data_carries_everything_the_student_wrote_on_their_application(
    cohort: Cohort,
) -> None:
    """The export held the statement and references but not the school, city, name,
    addresses or the code of conduct agreed to: the student's own data, left out."""
    apply(cohort, email=cohort.youth.email, actor=cohort.youth)

    (exported,) = personal_data_of(user=cohort.youth)["youth_program"]["applications"]

    assert exported["full_name"] == "Sam Student"
    assert exported["email"] == cohort.youth.email
    assert exported["guardian_email"] == "pat@parent.example"
    assert (exported["school"], exported["city"]) == ("Central High", "Tulsa")
    assert exported["code_of_conduct_version"] == services.CONDUCT_VERSION


def test_a_student_who_applied_in_spanish_is_invited_in_spanish(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The invitation went out in the language of the steward who clicked "Accept", not the
    one the student read the form in (a student without an account has no other)."""
    response = Client().post(apply_url(cohort), FORM, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    with scope(network=cohort.network):
        application = Application.objects.get()
    services.application_decide(application=application, select=True, actor=cohort.steward)

    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        services.application_accept(application=application, actor=cohort.steward)

    (invitation,) = mail.outbox
    with translation.override("es"):
        spanish = translation.gettext("You are invited to join %(network)s") % {
            "network": cohort.network.name
        }
    assert invitation.subject == spanish


def test_a_declined_student_is_told_once_in_the_language_they_applied_in(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The page after applying says the stewards "will write to you by email", but only a
    selected student ever heard back: a declined one waited for an answer that never came."""
    Client().post(apply_url(cohort), FORM, HTTP_ACCEPT_LANGUAGE="es")
    with scope(network=cohort.network):
        application = Application.objects.get()
        stale = Application.objects.get()  # the same page, opened twice

    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        services.application_decide(application=application, select=False, actor=cohort.steward)
        with pytest.raises(ValidationError):
            services.application_decide(application=stale, select=False, actor=cohort.steward)

    (told,) = mail.outbox
    assert told.to == ["sam@student.example"]
    assert cohort.cycle.name in told.subject
    with translation.override("es"):
        assert (
            translation.gettext("Your application to %(cycle)s") % {"cycle": cohort.cycle.name}
            == told.subject
        )


def test_the_guardians_view_lists_a_money_commitment_made_in_the_cohort_itself(
    cohort: Cohort,
) -> None:
    """A youth member's money commitment at one of the cohort's own gatherings waits for
    the guardian, as one at the host's does; the view listed only the host's, so the
    guardian saw it nowhere (an awaiting commitment is not among those "made")."""
    apply(cohort, email="youth1@cohort.example", actor=cohort.youth)
    link, _token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    gathering = GatheringFactory(
        network=cohort.network, first_part_at=timezone.now() - timedelta(days=1)
    )
    proposal = PresentedProposalFactory(gathering=gathering, proposer=cohort.youth2)
    money = CommitmentFactory(proposal=proposal, committer=cohort.youth, capital="financial")
    with scopes_disabled():
        Commitment.objects.filter(pk=money.pk).update(guardian_approval="awaiting")

    view = guardian_view(link=link)

    assert [c.pk for c in view["awaiting"]] == [money.pk]


def test_the_guardian_of_a_member_who_left_is_not_offered_absence_notices(
    cohort: Cohort,
) -> None:
    """After the guardian withdrew consent the page still offered "Tell the cohort about an
    absence" for every coming session, and sending it answered that only youth members
    give notices: words about someone else, to a parent."""
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    coming = cohort.session(days=2, title="Next week")
    _link, token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    youth_leaves(cohort, MembershipStatus.SUSPENDED, "Consent withdrawn")
    url = f"/youth/guardian/key/{token}/"

    page = Client().get(url).content.decode()
    sent = Client().post(url, {"session": coming.pk, "reason": "Trip"}).content.decode()

    assert "Tell the cohort about an absence" not in page
    assert "no longer in the cohort" in sent
    assert "Only youth members" not in sent
    with scope(network=cohort.network):
        assert not coming.notices.exists()


def test_a_student_whose_invitation_ran_out_is_invited_again_from_the_application(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """An invitation not taken up in time left the application "invited" for good, with no
    button: the steward could only invite from the roster, which tied the new invitation to
    no application (so taking it up made it no one's, and its retention clock ran from the
    dead invitation)."""
    application = apply(cohort)
    services.application_decide(application=application, select=True, actor=cohort.steward)
    services.application_accept(application=application, actor=cohort.steward)
    first = application.invitation
    assert first is not None
    with pytest.raises(ValidationError):  # still waiting: not twice
        services.application_accept(application=application, actor=cohort.steward)
    with scopes_disabled():
        Invitation.objects.filter(pk=first.pk).update(expires_at=timezone.now())
    page = f"/n/{cohort.network.slug}/youth/applications/{application.pk}/"
    assert 'value="accept"' in client_for(cohort.steward).get(page).content.decode()

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(cohort.steward).post(page, {"action": "accept"})

    with scope(network=cohort.network):
        application.refresh_from_db()
    assert application.invitation_id not in (None, first.pk)
    assert [m.to for m in mail.outbox] == [["sam@student.example"]]


@pytest.mark.django_db(transaction=True)
def test_accepting_a_student_whose_invitation_email_is_kept_says_it_waits(
    cohort: Cohort, settings
) -> None:  # type: ignore[no-untyped-def]
    """With the mail server down the student's invitation email is kept for a retry, and
    the page said "Invitation sent": as on the network's invitations page, it now says the
    email waits for the mail server. Failed on the old code ("Invitation sent.")."""
    application = apply(cohort)
    services.application_decide(application=application, select=True, actor=cohort.steward)
    refusing_mail_server(settings)
    page = f"/n/{cohort.network.slug}/youth/applications/{application.pk}/"

    told = client_for(cohort.steward).post(page, {"action": "accept"}, follow=True)

    text = told.content.decode()
    assert "Invitation sent." not in text
    assert "its email is waiting for the mail server" in text
