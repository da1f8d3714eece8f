"""Youth program pages: the public form and its deadlines, spam guard and rate limit; a
steward's attendance, make-up and facilitator pages; the concern link and who reads
concerns; the guardian's view."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import dateformat, timezone
from django_scopes import scope, scopes_disabled

from collaboratory.audit.models import AuditEvent
from collaboratory.networks.models import Membership, MembershipStatus, Role
from collaboratory.networks.services.memberships import membership_status_override
from collaboratory.people.models import AgeBand
from collaboratory.youth.models import (
    Application,
    Concern,
    GuardianLink,
    MakeUp,
    SessionAttendance,
)
from collaboratory.youth.services import (
    guardian_link_issue,
    guardian_link_revoke,
    safeguarding_lead_set,
    session_save,
)
from tests.conftest import client_for
from tests.factories import GatheringFactory, MembershipFactory
from tests.youth.conftest import Cohort

FORM = {
    "full_name": "Sam Student",
    "email": "sam@student.example",
    "guardian_email": "pat@parent.example",
    "school": "Central High",
    "city": "Tulsa",
    "statement": "I want to help.",
    "ref1_name": "Terry Teacher",
    "ref1_email": "terry@school.example",
    "ref1_relation": "Teacher",
    "conduct": "on",
}


def _main(response) -> str:  # type: ignore[no-untyped-def]
    """The page's own content (the frame around it carries a per-response nonce)."""
    body = response.content.decode()
    return body[body.index("<main") : body.index("</main>")]


def apply_url(cohort: Cohort) -> str:
    return f"/youth/apply/{cohort.cycle.pk}/"


def stored(cohort: Cohort) -> int:
    with scope(network=cohort.network):
        return Application.objects.count()


def test_the_public_form_takes_an_application_without_a_login(cohort: Cohort) -> None:
    page = Client().get(apply_url(cohort)).content.decode()
    assert "Priority deadline" in page
    assert "Code of conduct" in page

    response = Client().post(apply_url(cohort), FORM)

    assert "your application is in" in response.content.decode()
    with scope(network=cohort.network):
        application = Application.objects.get()
    assert (application.full_name, application.timing) == ("Sam Student", "priority")


def test_a_second_application_from_an_email_reads_like_the_first_and_is_not_stored(
    cohort: Cohort,
) -> None:
    """The form answered "An application from this email is already in for this cycle." to
    anyone: typing an address told a stranger whether that student had applied."""
    first = Client().post(apply_url(cohort), FORM)
    second = Client().post(
        apply_url(cohort), FORM | {"email": "SAM@Student.example", "statement": "Not Sam."}
    )

    assert (first.status_code, second.status_code) == (200, 200)
    assert _main(second) == _main(first)
    assert "already" not in second.content.decode()
    with scope(network=cohort.network):
        assert list(Application.objects.values_list("statement", flat=True)) == ["I want to help."]


def test_applying_while_signed_in_ties_the_application_to_the_account(cohort: Cohort) -> None:
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    Client().post(apply_url(cohort), FORM)
    with scope(network=cohort.network):
        owners = dict(Application.objects.values_list("email", "applicant"))
    assert owners == {cohort.youth.email: cohort.youth.pk, "sam@student.example": None}


def test_without_the_code_of_conduct_the_form_says_so_and_stores_nothing(cohort: Cohort) -> None:
    response = Client().post(apply_url(cohort), {**FORM, "conduct": ""})
    assert response.status_code == 200
    assert "tick the box to agree" in response.content.decode()
    assert stored(cohort) == 0


def test_after_the_final_deadline_the_form_is_closed_with_a_message(cohort: Cohort) -> None:
    cycle = cohort.cycle
    with scope(network=cohort.network):
        type(cycle).objects.filter(pk=cycle.pk).update(
            priority_deadline=timezone.now() - timedelta(days=2),
            final_deadline=timezone.now() - timedelta(days=1),
        )
    response = Client().post(apply_url(cohort), FORM)
    assert "Applications are closed" in response.content.decode()
    assert stored(cohort) == 0


def test_a_filled_honeypot_is_thanked_and_nothing_stored(cohort: Cohort) -> None:
    response = Client().post(apply_url(cohort), {**FORM, "website": "http://spam.example"})
    assert "your application is in" in response.content.decode()
    assert stored(cohort) == 0


def test_too_many_submissions_from_one_address_get_429(cohort: Cohort, settings) -> None:  # type: ignore[no-untyped-def]
    settings.COLLABORATORY_PUBLIC_FORMS_PER_HOUR = 2
    client = Client()
    codes = [
        client.post(apply_url(cohort), {**FORM, "email": f"s{i}@student.example"}).status_code
        for i in range(3)
    ]
    assert codes == [200, 200, 429]
    assert stored(cohort) == 2


def test_the_public_form_does_not_tell_whether_an_email_has_applied(cohort: Cohort) -> None:
    """Anyone may post the form: "already in for this cycle" told a stranger that a named
    student (a minor) had applied. A second application from the same address gets the
    same thanks as a first, and nothing is stored."""
    first = Client().post(apply_url(cohort), FORM)
    again = Client().post(apply_url(cohort), {**FORM, "email": "SAM@student.example"})

    assert again.status_code == first.status_code == 200
    assert "your application is in" in again.content.decode()
    assert "already" not in again.content.decode()
    assert stored(cohort) == 1


def test_an_unknown_or_non_youth_cycle_is_404(cohort: Cohort) -> None:
    assert Client().get("/youth/apply/999999/").status_code == 404


def test_a_steward_takes_attendance_and_marks_a_make_up_done(cohort: Cohort) -> None:
    session = cohort.session()
    steward = client_for(cohort.steward)
    url = f"/n/cohort/youth/sessions/{session.pk}/"
    assert cohort.youth.full_name in steward.get(url).content.decode()

    steward.post(url + "attendance/", {"member": cohort.youth.pk, "present": "no"})
    with scope(network=cohort.network):
        makeup = MakeUp.objects.get()
    youth = client_for(cohort.youth)
    makeup_url = f"/n/cohort/youth/make-ups/{makeup.pk}/"
    youth.post(makeup_url, {"reflection": "I watched it all."})
    steward.post(makeup_url, {"action": "done"})

    makeup.refresh_from_db()
    assert makeup.reflection == "I watched it all."
    assert makeup.done_by == cohort.steward
    # The other youth member may not see it; a youth member may not mark it done.
    assert client_for(cohort.youth2).get(makeup_url).status_code == 404
    assert youth.post(makeup_url, {"action": "done"}).status_code == 403


def test_a_coming_session_offers_no_attendance_and_refuses_it_with_a_reason(
    cohort: Cohort,
) -> None:
    session = cohort.session(days=2, title="Next week")
    steward = client_for(cohort.steward)
    url = f"/n/cohort/youth/sessions/{session.pk}/"
    page = steward.get(url).content.decode()
    assert "Once the session begins" in page
    assert 'name="present"' not in page

    response = steward.post(
        url + "attendance/", {"member": cohort.youth.pk, "present": "no"}, follow=True
    )

    assert "Next week has not started yet: take attendance once it begins." in (
        response.content.decode()
    )
    with scope(network=cohort.network):
        assert not SessionAttendance.objects.exists()


@pytest.mark.parametrize(
    "data", [{"member": "abc", "present": "no"}, {"member": "0", "present": "maybe"}]
)
def test_bad_attendance_input_changes_nothing(cohort: Cohort, data: dict) -> None:  # type: ignore[type-arg]
    session = cohort.session()
    response = client_for(cohort.steward).post(
        f"/n/cohort/youth/sessions/{session.pk}/attendance/", data
    )
    assert response.status_code in (302, 400)
    with scope(network=cohort.network):
        assert not SessionAttendance.objects.exists()


def test_the_session_form_refuses_a_facilitator_who_is_not_vetted(cohort: Cohort) -> None:
    response = client_for(cohort.steward).post(
        "/n/cohort/youth/sessions/new/",
        {
            "title": "Kickoff",
            "starts_at": (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"),
            "video_link": "https://video.example/k",
            "facilitator": cohort.steward.pk,
        },
    )
    assert response.status_code == 200
    assert "is not a currently vetted adult" in response.content.decode()


def test_every_cohort_page_links_to_report_a_concern_and_only_leads_read_them(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    youth = client_for(cohort.youth)
    for url in ("/n/cohort/", "/n/cohort/youth/"):
        assert "Report a concern" in youth.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        youth.post(
            "/n/cohort/youth/concern/?from=/n/cohort/youth/", {"about": "Someone was unkind."}
        )
    with scope(network=cohort.network):
        concern = Concern.objects.get()
    assert (concern.filed_by, concern.page) == (cohort.youth, "/n/cohort/youth/")
    assert [m.to for m in mail.outbox] == [["steward@cohort.example"]]

    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    assert (
        "Someone was unkind."
        in client_for(cohort.adult).get("/n/cohort/youth/concerns/").content.decode()
    )
    assert client_for(cohort.steward).get("/n/cohort/youth/concerns/").status_code == 403
    assert youth.get("/n/cohort/youth/concerns/").status_code == 403


def test_the_guardian_reads_the_record_by_link_and_can_give_a_notice(cohort: Cohort) -> None:
    cohort_app = FORM | {"email": cohort.youth.email}
    client_for(cohort.youth).post(apply_url(cohort), cohort_app)  # signed in: their own
    cohort.session(title="Missed")
    upcoming = cohort.session(days=2, title="Next week")
    link, token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    url = f"/youth/guardian/key/{token}/"

    page = Client().get(url)
    assert page["Cache-Control"] == "no-store"
    assert cohort.youth.full_name in page.content.decode()
    Client().post(url, {"session": upcoming.pk, "reason": "Family trip"})
    with scope(network=cohort.network):
        notice = upcoming.notices.get()
    assert (notice.member, notice.given_by_guardian) == (cohort.youth, True)

    Client().post(url, {"action": "concern", "about": "A worry from home."})
    with scope(network=cohort.network):
        concern = Concern.objects.get()
    assert (concern.filed_by, concern.about) == (None, "A worry from home.")

    guardian_link_revoke(link=link, actor=cohort.steward)
    assert Client().get(url).status_code == 404


def test_the_guardian_reads_times_in_the_cohorts_zone_and_is_told_which(cohort: Cohort) -> None:
    """The guardian's page has no network in its URL: it renders inside the cohort's zone.
    20:30 UTC is 05:30 the next morning in Tokyo (no summer time there)."""
    # The member's application gives the guardian's email, needed for the link.
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    cohort.network.time_zone = "Asia/Tokyo"
    cohort.network.save()
    GatheringFactory(
        network=cohort.network,
        title="Winter retreat",
        first_part_at=datetime(2030, 1, 17, 20, 30, tzinfo=UTC),
        parts=1,
    )
    in_three_days = timezone.now().date() + timedelta(days=3)
    starts = datetime.combine(in_three_days, time(20, 30), tzinfo=UTC)
    session_save(
        network=cohort.network,
        title="Dawn session",
        starts_at=starts,
        video_link="https://video.example/room",
        recording_link="",
        facilitator=cohort.adult,
        actor=cohort.steward,
    )
    _, token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )

    page = Client().get(f"/youth/guardian/key/{token}/").content.decode()

    local_day = dateformat.format(starts + timedelta(days=1), "l j F Y")
    utc_day = dateformat.format(starts, "l j F Y")
    assert "Times are shown in Asia/Tokyo." in page
    assert f"Dawn session · {local_day}, 05:30" in page
    assert "20:30" not in page
    assert f"{utc_day}," not in page
    assert "Winter retreat · 18 Jan 2030 ·" in page
    assert "17 Jan 2030" not in page


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_applications_list_and_the_roster_cost_the_same_queries_for_1_and_3(
    cohort: Cohort,
) -> None:
    steward = client_for(cohort.steward)
    session = cohort.session()
    applications_url = f"/n/cohort/youth/cycles/{cohort.cycle.pk}/applications/"
    session_url = f"/n/cohort/youth/sessions/{session.pk}/"
    Client().post(apply_url(cohort), FORM)
    one = (_queries(steward, applications_url), _queries(steward, session_url))
    for i in (2, 3):
        Client().post(apply_url(cohort), {**FORM, "email": f"s{i}@student.example"})
        MembershipFactory(
            network=cohort.network,
            role=Role.YOUTH_MEMBER,
            user__age_band=AgeBand.AGE_16_17,
        )
    three = (_queries(steward, applications_url), _queries(steward, session_url))
    assert one == three


def test_a_steward_adds_the_recording_link_to_a_session(cohort: Cohort) -> None:
    session = cohort.session()
    url = f"/n/cohort/youth/sessions/{session.pk}/edit/"
    steward = client_for(cohort.steward)
    form = steward.get(url).content.decode()
    assert session.video_link in form

    steward.post(
        url,
        {
            "title": session.title,
            "starts_at": timezone.localtime(session.starts_at).strftime("%Y-%m-%dT%H:%M"),
            "video_link": session.video_link,
            "recording_link": "https://video.example/new-recording",
            "facilitator": cohort.adult.pk,
        },
    )
    session.refresh_from_db()
    assert session.recording_link == "https://video.example/new-recording"
    bad = steward.post(url, {"title": "", "video_link": "not a link"})
    assert bad.status_code == 200
    session.refresh_from_db()
    assert session.title == "Session"


def test_a_lead_who_left_the_network_hands_concerns_back_to_the_stewards(
    cohort: Cohort, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    """The only named lead is removed from the cohort: concerns must not go to them (they
    can no longer open the page) and the stewards read them again, as with no lead named."""
    safeguarding_lead_set(
        network=cohort.network, user=cohort.adult, lead=True, actor=cohort.steward
    )
    with scope(network=cohort.network):
        membership = Membership.objects.get(network=cohort.network, user=cohort.adult)
    membership_status_override(
        membership=membership,
        status=MembershipStatus.REMOVED,
        note="Left the program.",
        actor=cohort.steward,
    )
    with django_capture_on_commit_callbacks(execute=True):
        client_for(cohort.youth).post("/n/cohort/youth/concern/", {"about": "A worry."})

    assert [m.to for m in mail.outbox] == [["steward@cohort.example"]]
    page = client_for(cohort.steward).get("/n/cohort/youth/concerns/")
    assert page.status_code == 200
    assert "A worry." in page.content.decode()


def test_a_guardian_link_with_no_guardian_on_record_says_so_and_nothing_else(
    cohort: Cohort,
) -> None:
    """The refusal is about the link: the escalation form beside it, untouched, shows no
    "required" errors, and no link is made."""
    client = client_for(cohort.steward)
    url = f"/n/cohort/youth/members/{cohort.youth2.pk}/"

    response = client.post(url, {"action": "guardian_issue"}, follow=True)

    page = response.content.decode()
    assert "No guardian&#x27;s email is on record for this member." in page
    assert "This field is required." not in page
    with scope(network=cohort.network):
        assert not GuardianLink.objects.filter(member=cohort.youth2).exists()


def test_a_steward_reads_an_application_without_the_students_own_address(
    cohort: Cohort,
) -> None:
    """The applicant is a high-school student: no adult sees a minor's contact details, so
    the steward's page names the guardian's address (the way to reach the student) only."""
    Client().post(apply_url(cohort), FORM)
    with scope(network=cohort.network):
        application = Application.objects.get()

    page = (
        client_for(cohort.steward)
        .get(f"/n/cohort/youth/applications/{application.pk}/")
        .content.decode()
    )

    assert FORM["full_name"] in page
    assert FORM["guardian_email"] in page
    assert FORM["email"] not in page


def test_a_stewards_reads_of_a_youth_members_page_and_an_application_are_audited(
    cohort: Cohort,
) -> None:
    """Both pages are a minor's records: each read by a steward is part of the record
    (safeguards.md), with who read whose, as reads of a minor's profile are."""
    Client().post(apply_url(cohort), FORM)
    with scope(network=cohort.network):
        application = Application.objects.get()
    steward = client_for(cohort.steward)

    assert steward.get(f"/n/cohort/youth/members/{cohort.youth2.pk}/").status_code == 200
    assert steward.get(f"/n/cohort/youth/applications/{application.pk}/").status_code == 200

    with scopes_disabled():
        reads = {
            (event.action, event.target_id)
            for event in AuditEvent.objects.filter(
                actor=cohort.steward, action__startswith="youth.", action__endswith="_read"
            )
        }
    assert reads == {
        ("youth.member_read", str(cohort.youth2.pk)),
        ("youth.application_read", str(application.pk)),
    }


def test_after_a_dismissal_the_steward_still_reads_the_record_and_turns_off_the_link(
    cohort: Cohort,
) -> None:
    """Dismissal removes the membership; the steward's page of the member must not vanish
    with it: the record stays until the retention period, and the guardian's standing link
    to it must still be turned off when the steward decides."""
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    link, _token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )
    steward = client_for(cohort.steward)
    url = f"/n/cohort/youth/members/{cohort.youth.pk}/"
    for kind in ("conversation", "plan", "dismissal"):
        steward.post(url, {"action": "escalate", "kind": kind, "note": f"The {kind}."})

    page = steward.get(url)
    revoked = steward.post(url, {"action": "guardian_revoke", "link": link.pk}, follow=True)

    assert page.status_code == 200
    assert "The dismissal." in page.content.decode()
    assert "No longer in the cohort." in page.content.decode()
    assert "That link no longer works." in revoked.content.decode()
    link.refresh_from_db()
    assert link.revoked_at is not None
    with scope(network=cohort.network):
        membership = Membership.objects.get(network=cohort.network, user=cohort.youth)
    assert membership.status == MembershipStatus.REMOVED


def test_the_guardian_is_told_their_absence_notice_is_in(cohort: Cohort) -> None:
    """The form used to come back empty with no word: a guardian could not tell it worked,
    sent it again and read "already in" as an error."""
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    upcoming = cohort.session(days=2, title="Next week")
    _link, token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )

    response = Client().post(
        f"/youth/guardian/key/{token}/", {"session": upcoming.pk, "reason": "Family trip"}
    )

    assert response.status_code == 200
    assert "Thank you: the cohort knows Yara Youth1 will miss Next week." in (
        response.content.decode()
    )


def test_a_refused_absence_notice_keeps_the_session_the_guardian_chose(cohort: Cohort) -> None:
    """The sessions are a list of choices (a menu cut their days short on a phone): a notice
    refused for its missing reason comes back with the guardian's session still chosen."""
    client_for(cohort.youth).post(apply_url(cohort), FORM | {"email": cohort.youth.email})
    cohort.session(days=2, title="Sooner")
    later = cohort.session(days=9, title="Later")
    _, token = guardian_link_issue(
        network=cohort.network, member=cohort.youth, actor=cohort.steward
    )

    page = _main(
        Client().post(f"/youth/guardian/key/{token}/", {"session": later.pk, "reason": ""})
    )

    checked = re.findall(r'<input type="radio" name="session" value="(\d+)" checked>', page)
    assert checked == [str(later.pk)]
