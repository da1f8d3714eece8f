"""A committer's "Coming up: ..." reminder queued for the weekly digest of a member who
reads reminders weekly, whose due day passed before Monday: the digest words it as the
overdue reminder ("Was due <day>: ...", that reminder's body and link to My commitments,
where it is marked done, released or snoozed), in the text and HTML parts and in the
reader's language, not "Coming up" of a past day. It is not dropped: with overdue reminders
off, it is all the member hears. The due day is the network's calendar's; an overdue
reminder of the same commitment queued too is shown once. Before, Monday's digest said
"Coming up" of a day already gone
(`followthrough.services.reminders.committer_reminders_past_due`)."""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, timedelta

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.formats import date_format
from django_scopes import scopes_disabled

from collaboratory.commitments.models import Commitment
from collaboratory.followthrough.services import followthrough_settings_update, reminders_send_due
from collaboratory.networks.mail import digest_items_still_news, news_pass
from collaboratory.networks.models import Delivery, DigestItem, MailKind, Network
from collaboratory.networks.services import notification_preferences_set
from collaboratory.people.services import user_language_set
from tests.conftest import World
from tests.followthrough.conftest import Project, make_project
from tests.notifications.test_weekly_digest import digests_to, monday_morning, send

MINE = "/n/alpha/follow-through/"


def _queued(project: Project) -> list[DigestItem]:
    with scopes_disabled():
        return list(DigestItem.objects.filter(user=project.dana).order_by("pk"))


def _owes(project: Project, what: str, due_on: date) -> Commitment:
    """Dana's commitment due on `due_on` (a day that may be gone by the real clock: the
    commitment was made before it)."""
    commitment = project.commit(what=what, accept_vague=True)
    with scopes_disabled():
        Commitment.objects.filter(pk=commitment.pk).update(due_on=due_on)
    commitment.due_on = due_on
    return commitment


def _weekly_reader(world: World, run_tasks) -> Project:  # type: ignore[no-untyped-def]
    project = make_project(world)
    run_tasks()
    notification_preferences_set(user=project.dana, choices={MailKind.REMINDERS: Delivery.DIGEST})
    return project


def _remind(network: Network, now: datetime) -> None:
    with scopes_disabled():
        reminders_send_due(network=network, now=now)


def _overdue_reminders_off(project: Project) -> None:
    with scopes_disabled():
        followthrough_settings_update(
            network=project.world.alpha, actor=project.steward, values={"overdue_max": 0}
        )


def _digest(project: Project):  # type: ignore[no-untyped-def]
    (message,) = [
        m
        for m in mail.outbox
        if m.to == [project.dana.email] and m.subject.startswith(("Your week", "Tu semana"))
    ]
    (html,) = [content for content, kind in message.alternatives if kind == "text/html"]
    return message.body, html


def test_a_coming_up_reminder_whose_day_passed_before_monday_reads_as_overdue(
    world: World, run_tasks
) -> None:  # type: ignore[no-untyped-def]
    """Overdue reminders are off; Thursday's "Coming up" of a commitment due Saturday waits
    for Monday. Failed on the old code: the digest said "Coming up: ..." of Saturday."""
    project = _weekly_reader(world, run_tasks)
    _overdue_reminders_off(project)
    monday = monday_morning(world.alpha)
    due = monday.date() - timedelta(days=2)
    commitment = _owes(project, "Send the grant draft to the board", due)
    _remind(world.alpha, monday - timedelta(days=4))
    (item,) = _queued(project)
    assert item.subject == f"Coming up: {commitment.what}"
    mail.outbox.clear()

    send(world.alpha, monday)

    text, html = _digest(project)
    day = date_format(due, "DATE_FORMAT")
    line = f"- Was due {day}: {commitment.what}"
    assert line in text
    assert "Coming up" not in text
    # The overdue reminder's own body and link (My commitments: mark done, release, snooze).
    assert f"your commitment to {project.presenter.full_name} was due on {day}" in text
    assert "Mark it done, post an update, or release it with a note" in text
    assert item.link.endswith(MINE)
    assert item.link in text
    assert f"Was due {day}: {commitment.what}" in html
    assert "Coming up" not in html
    assert f'href="{item.link}"' in html
    assert _queued(project) == []  # carried once, then cleared
    # A second run that Monday sends nothing more.
    mail.outbox.clear()
    assert send(world.alpha, monday + timedelta(hours=1)) == 0
    assert digests_to(project.dana.email) == []


def test_in_spanish(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    project = _weekly_reader(world, run_tasks)
    user_language_set(user=project.dana, language="es")
    _overdue_reminders_off(project)
    monday = monday_morning(world.alpha)
    due = monday.date() - timedelta(days=2)
    commitment = _owes(project, "Enviar el borrador", due)
    _remind(world.alpha, monday - timedelta(days=4))
    mail.outbox.clear()

    send(world.alpha, monday)

    text, html = _digest(project)
    with translation.override("es"):
        day = date_format(due, "DATE_FORMAT")
    assert f"- Vencía el {day}: {commitment.what}" in text
    assert f"tu compromiso con {project.presenter.full_name} vencía el {day}" in text
    assert "Se acerca" not in text
    assert f"Vencía el {day}: {commitment.what}" in html


def test_the_due_day_is_the_networks_at_the_boundary(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """In Auckland, Monday 07:30 is Sunday evening in UTC. A commitment due that Monday is
    still "Coming up" (due today); one due on Sunday, the network's yesterday (UTC's today),
    was due. Failed on the old code for the second; a UTC day would fail it too."""
    with scopes_disabled():
        Network.objects.filter(pk=world.alpha.pk).update(time_zone="Pacific/Auckland")
    world.alpha.refresh_from_db()
    project = _weekly_reader(world, run_tasks)
    _overdue_reminders_off(project)
    monday = monday_morning(world.alpha)
    assert monday.astimezone(zoneinfo.ZoneInfo("UTC")).date() == monday.date() - timedelta(days=1)
    today = _owes(project, "Bring the banner to the hall", monday.date())
    yesterday = _owes(project, "Call the three funders", monday.date() - timedelta(days=1))
    _remind(world.alpha, monday - timedelta(days=3))
    assert sorted(i.subject for i in _queued(project)) == sorted(
        f"Coming up: {c.what}" for c in (today, yesterday)
    )
    mail.outbox.clear()

    send(world.alpha, monday)

    text, html = _digest(project)
    assert f"- Coming up: {today.what}" in text
    assert f"due on {date_format(today.due_on, 'DATE_FORMAT')}: {today.what}" in text
    assert f"- Was due {date_format(yesterday.due_on, 'DATE_FORMAT')}: {yesterday.what}" in text
    assert f"Coming up: {yesterday.what}" not in text
    assert f"Coming up: {yesterday.what}" not in html


def test_with_its_overdue_reminder_queued_too_it_is_shown_once(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """Overdue reminders on: Thursday's "Coming up" and Sunday's overdue reminder of the same
    commitment both wait for Monday: one line, in the overdue wording; both are cleared.
    Failed on the old code: "Coming up" of Saturday, then the overdue one."""
    project = _weekly_reader(world, run_tasks)
    monday = monday_morning(world.alpha)
    due = monday.date() - timedelta(days=2)
    commitment = _owes(project, "Send the grant draft to the board", due)
    _remind(world.alpha, monday - timedelta(days=4))
    _remind(world.alpha, monday - timedelta(days=1))
    subjects = [i.subject for i in _queued(project)]
    assert subjects == [
        f"Coming up: {commitment.what}",
        f"Your commitment is overdue: {commitment.what}",
    ]
    mail.outbox.clear()

    send(world.alpha, monday)

    text, html = _digest(project)
    day = date_format(due, "DATE_FORMAT")
    assert text.count(f"Was due {day}: {commitment.what}") == 1
    assert text.count(f"was due on {day}: {commitment.what}") == 1
    assert "Coming up" not in text
    assert "Your commitment is overdue" not in text
    assert html.count(f"Was due {day}: {commitment.what}") == 1
    assert _queued(project) == []


def test_the_lines_cost_the_same_for_one_item_or_many(world: World, run_tasks) -> None:  # type: ignore[no-untyped-def]
    """As the digest run asks them (in its pass of news checks, after the items' own
    checks): the number of queries does not grow with the items, past due or not."""
    from collaboratory.notifications.services import digest_item_lines  # new with the lines

    project = _weekly_reader(world, run_tasks)
    monday = monday_morning(world.alpha)
    past = [_owes(project, f"Past thing {n}", monday.date() - timedelta(days=2)) for n in range(4)]
    coming = [
        _owes(project, f"Coming thing {n}", monday.date() + timedelta(days=2)) for n in range(3)
    ]
    _remind(world.alpha, monday - timedelta(days=4))
    _remind(world.alpha, monday - timedelta(days=1))
    items = _queued(project)
    assert len(items) == 2 * len(past) + len(coming)

    def run(chosen: list[DigestItem]):  # type: ignore[no-untyped-def]
        with scopes_disabled(), CaptureQueriesContext(connection) as queries, news_pass():
            kept, _stale = digest_items_still_news(
                network=world.alpha, user=project.dana, items=chosen, now=monday
            )
            lines = digest_item_lines(
                network=world.alpha, user=project.dana, items=kept, now=monday
            )
        return lines, len(queries)

    one, few = run(items[:1])
    lines, many = run(items)

    assert [line.subject[:7] for line in one] == ["Was due"]
    assert sorted(line.subject.split(": ", 1)[1] for line in lines) == sorted(
        c.what for c in past + coming
    )
    assert many == few, f"{many} queries for {len(items)} items, {few} for 1"
