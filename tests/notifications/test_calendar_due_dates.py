"""The private calendar feed carries the feed owner's own open commitments as all-day
events on their due dates (follow-through registers the source with gatherings)."""

from __future__ import annotations

from datetime import timedelta

from django_scopes import scopes_disabled
from icalendar import Calendar

from collaboratory.commitments import lifecycle as lc
from collaboratory.gatherings.calendar_sources import calendar_sources
from collaboratory.gatherings.services import calendar_feed_issue
from tests.conftest import World, client_for
from tests.followthrough.conftest import make_project


def _events(world: World, user) -> dict[str, object]:  # type: ignore[no-untyped-def]
    with scopes_disabled():
        token = calendar_feed_issue(network=world.alpha, user=user)
    response = client_for(None).get(f"/gatherings/calendar/key/{token}.ics")
    return {str(e["summary"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}


def test_follow_through_registers_its_due_dates() -> None:
    assert calendar_sources() == ["followthrough.due_dates"]


def test_my_open_commitments_are_all_day_events_and_no_one_elses(world: World) -> None:
    project = make_project(world)
    mine = project.commit(what="I will lend 20 chairs by Friday")
    settled = project.commit(what="I will print 50 flyers by Monday")
    project.move(settled, project.dana, lc.RELEASED, note="Plans changed")
    theirs = project.commit(
        committer=world.personas["steward"], what="I will host 1 meeting by June"
    )

    dana = _events(world, project.dana)
    presenter = _events(world, project.presenter)

    event = dana["Due: I will lend 20 chairs by Friday"]
    assert event.decoded("dtstart") == mine.due_on  # type: ignore[attr-defined]
    assert event.decoded("dtend") == mine.due_on + timedelta(days=1)  # type: ignore[attr-defined]
    assert str(event["description"]) == (  # type: ignore[index]
        f"Your commitment to {project.presenter.full_name} ({project.proposal.title})"
    )
    assert str(event["url"]).endswith(  # type: ignore[index]
        f"/n/alpha/follow-through/commitments/{mine.pk}/"
    )
    assert [s for s in dana if s.startswith("Due:")] == ["Due: I will lend 20 chairs by Friday"]
    assert theirs.what not in " ".join(dana)
    assert [s for s in presenter if s.startswith("Due:")] == []
