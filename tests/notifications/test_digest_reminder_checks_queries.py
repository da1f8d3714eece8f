"""The weekly digest asks each queued reminder again (`committer_reminder_still_news`,
`acknowledge_reminder_still_news`, `follow_up_reminder_still_news`). Asked item by item,
each cost three queries (its own row, and the two of `followers_among` for the same reader
again), so a network's Monday run grew by three queries for every reminder queued. In one
pass of news checks (`networks.mail.news_pass`, as the digest run and the mail retry hold
one) what a reader's checks share is read once: the number of queries no longer grows
with the number of items, and every answer is the one asked alone."""

from __future__ import annotations

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import scopes_disabled

from collaboratory.followthrough.services.reminders import (
    acknowledge_reminder_still_news,
    committer_reminder_still_news,
    follow_up_reminder_still_news,
)
from collaboratory.networks.mail import news_pass
from tests.conftest import World
from tests.followthrough.conftest import make_project
from tests.notifications.test_weekly_digest import monday_morning


def test_a_readers_reminder_checks_cost_the_same_for_one_item_or_many(world: World) -> None:
    project = make_project(world)
    monday = monday_morning(world.alpha)
    commitments = [project.commit(due_on=monday.date() + timedelta(days=3 + n)) for n in range(4)]
    proposal = project.proposal.pk
    dana, presenter = project.dana, project.presenter
    asks = (
        [(committer_reminder_still_news, str(c.pk), dana) for c in commitments]
        + [(acknowledge_reminder_still_news, f"{proposal}:{c.pk}", presenter) for c in commitments]
        + [(follow_up_reminder_still_news, f"{proposal}:{days}", presenter) for days in (30, 90)]
    )
    one_of_each = [asks[0], asks[4], asks[8]]

    def run(which):  # type: ignore[no-untyped-def]
        with CaptureQueriesContext(connection) as queries, news_pass():
            answers = [check(world.alpha, key, user, monday) for check, key, user in which]
        return answers, len(queries)

    with scopes_disabled():
        alone = [check(world.alpha, key, user, monday) for check, key, user in asks]
        few_answers, few = run(one_of_each)
        many_answers, many = run(asks)
        # Another reader's items: their own reads, not Dana's answers.
        _other, _n = run([(committer_reminder_still_news, str(commitments[0].pk), presenter)])

    assert alone == [True] * len(asks)
    assert many_answers == alone
    assert few_answers == [True, True, True]
    assert _other == [False]
    assert many == few, f"{many} queries for {len(asks)} items, {few} for 3"
