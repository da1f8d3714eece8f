"""The weekly digest: Monday morning in the network's time zone, once per person and week
(two runs, one email), with the member's week: new asks that fit their offers, their due
dates, the next gathering and their RSVP, commitments kept, and the emails they chose to
read there. Nothing to say: no email. Digests off: no email."""

from __future__ import annotations

import zoneinfo
from datetime import datetime, timedelta

from django.core import mail
from django.utils import timezone
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.commitments import lifecycle as lc
from collaboratory.gatherings.models import Gathering
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.networks.mail import mail_send
from collaboratory.networks.models import Delivery, DigestItem, MailKind, Network
from collaboratory.networks.scoping import each_network, inside
from collaboratory.networks.services import notification_preferences_set
from collaboratory.notifications.models import WeeklyDigestSent
from collaboratory.notifications.selectors import SEND_AT
from collaboratory.notifications.services import weekly_digests_send_due
from collaboratory.notifications.tasks import weekly_digests_send
from collaboratory.people.services import offered_asset_add, user_language_set
from collaboratory.periodic.registry import registered as registered_tasks
from tests.conftest import World
from tests.factories import GatheringFactory, MembershipFactory, NetworkFactory
from tests.followthrough.conftest import Project, make_project
from tests.mail.silent import silent_mail_server
from tests.matching.conftest import HALL, INTRODUCTIONS, VENUE_ASK, make_scene


def monday_morning(network: Network, hour: int = 7, minute: int = 30) -> datetime:
    """At this time in the network's zone, the Monday whose digest week (`week_bounds`, to
    its SEND_AT) holds now, so what happens now is that digest's news. (It once took next
    Monday on any Monday: before 07:00, what was kept now fell in no week it told.)"""
    zone = zoneinfo.ZoneInfo(network.time_zone)
    now = timezone.now().astimezone(zone)
    monday = now.date() + timedelta(days=(7 - now.weekday()) % 7)
    if datetime.combine(monday, SEND_AT, tzinfo=zone) <= now:
        monday += timedelta(days=7)
    return datetime(monday.year, monday.month, monday.day, hour, minute, tzinfo=zone)


def presented_last_week(gathering: Gathering, monday: datetime) -> None:
    """Move `gathering` (where the scene's project was presented) into the week the digest
    of `monday` tells: a project is presented at its gathering, not weeks before it."""
    start = monday - timedelta(days=3)
    with scopes_disabled():
        Gathering.objects.filter(pk=gathering.pk).update(
            starts_at=start, ends_at=start + timedelta(hours=3)
        )


def send(network: Network, now: datetime) -> int:
    """As the hourly task runs it for each network (`each_network`: its scope and zone)."""
    with inside(network):
        return weekly_digests_send_due(network=network, now=now)


def digests_to(email: str) -> list[str]:
    return [m.body for m in mail.outbox if m.to == [email] and m.subject.startswith("Your week")]


def dana_owes_soon(world: World, run_tasks) -> tuple[Project, datetime]:  # type: ignore[no-untyped-def]
    """Dana owes a commitment due three days after the coming Monday morning; the set-up's
    own emails are out of the way."""
    project = make_project(world)
    monday = monday_morning(world.alpha)
    project.commit(due_on=monday.date() + timedelta(days=3))
    run_tasks()
    mail.outbox.clear()
    return project, monday


def test_two_runs_in_the_same_week_send_each_digest_once(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    project, monday = dana_owes_soon(world, run_tasks)

    first = send(world.alpha, monday)
    second = send(world.alpha, monday + timedelta(hours=1))

    with scopes_disabled():
        rows = list(WeeklyDigestSent.objects.values_list("user_id", "week"))
    assert (first, second) == (1, 0)
    assert rows == [(project.dana.pk, monday.date())]
    assert len(digests_to(project.dana.email)) == 1


def test_the_digest_is_registered_as_hourly_periodic_work() -> None:
    (registered,) = [p for p in registered_tasks() if p.task is weekly_digests_send]

    assert registered.every == timedelta(hours=1)


def test_nothing_outside_monday_morning(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    _project, monday = dana_owes_soon(world, run_tasks)

    sent = [
        send(world.alpha, monday - timedelta(hours=1)),  # 06:30
        send(world.alpha, monday + timedelta(days=1)),  # Tuesday 07:30
        send(world.alpha, monday - timedelta(days=1)),  # Sunday
    ]

    assert sent == [0, 0, 0]
    assert mail.outbox == []


def test_the_digest_holds_due_dates_the_next_gathering_kept_and_queued_mail(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    project: Project = make_project(world)
    monday = monday_morning(world.alpha)
    owed = project.commit(
        due_on=monday.date() + timedelta(days=3), what="I will lend 20 chairs by Friday"
    )
    later = project.commit(
        due_on=monday.date() + timedelta(days=40), what="I will host a dinner for 12 in June"
    )
    kept = project.commit(what="I will write 1 letter of support by Monday")
    project.move(kept, project.dana, lc.DONE)
    project.move(kept, project.presenter, lc.KEPT)
    gathering = GatheringFactory(
        network=world.alpha, title="Spring Gathering", first_part_at=monday + timedelta(days=10)
    )
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=project.dana, answer="yes", both_parts=True)
    notification_preferences_set(user=project.dana, choices={MailKind.UPDATES: Delivery.DIGEST})
    mail_send(
        network=world.alpha,
        subject="News from the Storefront",
        body="We opened!",
        recipients=[project.dana],
        free_text=True,
        authors=[project.presenter],
        kind=MailKind.UPDATES,
        link="https://example.org/p/1/",
    )
    run_tasks()
    mail.outbox.clear()

    send(world.alpha, monday)

    (body,) = digests_to(project.dana.email)
    text = body.split("\n--\n")[0]
    assert "Your commitments due soon" in text
    assert (
        f"- {date_format(owed.due_on, 'SHORT_DATE_FORMAT')}: I will lend 20 chairs by Friday "
        f"({project.proposal.title})" in text
    )
    assert later.what not in text
    # In the network's zone, as on its pages (the hourly task once wrote it in UTC).
    starts = date_format(monday + timedelta(days=10), "SHORT_DATETIME_FORMAT")
    assert f"Spring Gathering, {starts}." in text
    assert "Your RSVP: Coming." in text
    assert "1 commitment kept this week" in text
    assert f"- Dana Doe for {project.proposal.title}" in text
    assert (
        "Emails you chose to read here\n- News from the Storefront\n  https://example.org/p/1/"
        in (text)
    )
    assert "We opened!" not in text  # someone's typed words wait on the site, not here
    # The queued item went out with this digest, and the digest has its own unsubscribe.
    with scopes_disabled():
        assert DigestItem.objects.filter(user=project.dana).count() == 0
    (message,) = [m for m in mail.outbox if m.to == [project.dana.email]]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Another member sees the gathering and the kept commitment, not Dana's due dates.
    steward_digest = digests_to(world.personas["steward"].email)
    assert len(steward_digest) == 1
    assert "lend 20 chairs" not in steward_digest[0]
    assert "You have not answered yet." in steward_digest[0]


def test_digests_off_means_no_weekly_digest(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    project, monday = dana_owes_soon(world, run_tasks)
    notification_preferences_set(user=project.dana, choices={MailKind.DIGESTS: Delivery.OFF})

    assert send(world.alpha, monday) == 0
    assert mail.outbox == []


def test_a_member_with_nothing_this_week_gets_no_email(world: World) -> None:
    network = NetworkFactory(slug="quiet")

    assert send(network, monday_morning(network)) == 0
    assert send(world.alpha, monday_morning(world.alpha)) == 0
    assert mail.outbox == []


def test_new_asks_that_fit_a_members_offers(db: None) -> None:
    scene = make_scene()
    hana = scene.member("Hana Hall", HALL)
    ivan = scene.member("Ivan Intro", INTRODUCTIONS)
    mail.outbox.clear()
    monday = monday_morning(scene.network)
    presented_last_week(scene.gathering, monday)

    send(scene.network, monday)

    hana_digest = digests_to(hana.email)
    assert len(hana_digest) == 1
    assert "New asks that fit what you offer" in hana_digest[0]
    assert f"- {VENUE_ASK}: {scene.proposal.title}, Pat Presenter" in hana_digest[0]
    assert all(VENUE_ASK not in body for body in digests_to(ivan.email))


def test_an_adults_ask_in_a_youths_digest_is_copied_to_the_stewards(world: World) -> None:
    """The ask is the presenter's typed words: passing from an adult to a minor, each
    steward witnesses it with their own copy (networks.mail), and no address is shown."""
    scene = make_scene(network=world.youth)
    youth = world.personas["youth_member"]
    with scopes_disabled():
        offered_asset_add(user=youth, kind=HALL[0], category=HALL[1], description=HALL[2])
    mail.outbox.clear()
    monday = monday_morning(world.youth)
    presented_last_week(scene.gathering, monday)

    send(world.youth, monday)

    (digest,) = [m for m in mail.outbox if m.to == [youth.email]]
    assert VENUE_ASK in digest.body
    assert scene.presenter.email not in digest.message().as_string()
    copies = [m for m in mail.outbox if m.subject.startswith("Copy for stewards: Your week")]
    assert [m.to for m in copies] == [[world.personas["steward"].email]]
    assert "wrote to" in copies[0].body


def test_what_waits_in_one_network_stays_out_of_anothers_digest(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    project, monday = dana_owes_soon(world, run_tasks)
    with scopes_disabled():
        MembershipFactory(network=world.bravo, user=project.dana)
    notification_preferences_set(user=project.dana, choices={MailKind.UPDATES: Delivery.DIGEST})
    mail_send(
        network=world.bravo,
        subject="News from CANARY-BRAVO project",
        body="Bravo news",
        recipients=[project.dana],
        free_text=False,
        kind=MailKind.UPDATES,
    )

    send(world.alpha, monday)

    (body,) = digests_to(project.dana.email)
    assert "CANARY-BRAVO" not in body
    with scopes_disabled():
        assert DigestItem.objects.filter(network=world.bravo).count() == 1


def test_periodic_work_runs_in_each_networks_zone(db: None) -> None:
    NetworkFactory(slug="west", time_zone="America/Los_Angeles")
    NetworkFactory(slug="east", time_zone="America/New_York")
    zones: dict[str, str] = {}

    def record(network: Network) -> int:
        zones[network.slug] = timezone.get_current_timezone_name()
        return 1

    assert each_network(record) == len(zones) >= 2
    assert zones["west"] == "America/Los_Angeles"
    assert zones["east"] == "America/New_York"


def test_a_spanish_readers_digest_says_their_rsvp_in_spanish(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """The RSVP's label was read before the reader's language was switched on, so a
    Spanish reader's digest said "Tu respuesta: Coming." (the worker's language)."""
    project, monday = dana_owes_soon(world, run_tasks)
    gathering = GatheringFactory(
        network=world.alpha, title="Spring Gathering", first_part_at=monday + timedelta(days=10)
    )
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=project.dana, answer="yes", both_parts=True)
    user_language_set(user=project.dana, language="es")
    mail.outbox.clear()

    send(world.alpha, monday)

    (message,) = [m for m in mail.outbox if m.to == [project.dana.email]]
    assert "Tu respuesta: Viene." in message.body
    assert "Coming" not in message.body


def test_asks_of_a_gathering_still_to_come_wait_for_its_week(db: None) -> None:
    """The digest's week ends at Monday 07:00: an ask of a gathering that starts later waits
    for the next digest, and is told once (the old window, "since seven days ago", took
    every gathering to come)."""
    scene = make_scene()
    hana = scene.member("Hana Hall", HALL)
    mail.outbox.clear()
    monday = monday_morning(scene.network)
    presented_last_week(scene.gathering, monday + timedelta(days=7))

    send(scene.network, monday)
    send(scene.network, monday + timedelta(days=7))
    send(scene.network, monday + timedelta(days=14))

    told = [VENUE_ASK in body for body in digests_to(hana.email)]
    assert told.count(True) == 1


def test_a_mail_server_that_never_answers_is_tried_once_per_run_not_once_per_member(
    world: World, run_tasks, settings
) -> None:  # type: ignore[no-untyped-def]
    """Each try at a silent server waits out the timeout (30 s): tried once per member, a
    Monday's run held the worker that long per member with every other task behind it. The
    run stops at its first such failure; the next hour's run sends every digest."""
    project, monday = dana_owes_soon(world, run_tasks)
    with scopes_disabled():
        erin = MembershipFactory(network=world.alpha, user__full_name="Erin Ek").user
    project.commit(erin, due_on=monday.date() + timedelta(days=2))
    run_tasks()
    mail.outbox.clear()

    with silent_mail_server(settings) as accepted:
        failed = send(world.alpha, monday)
    tries = len(accepted)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send(world.alpha, monday + timedelta(hours=1))

    assert (failed, tries) == (0, 1)
    assert (len(digests_to(project.dana.email)), len(digests_to(erin.email))) == (1, 1)
