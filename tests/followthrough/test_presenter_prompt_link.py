"""The presenter's 30- and 90-day prompt asks them to post an update: it links to their
project's page, where the update form and the list of who committed are. It linked to My
commitments, which has neither (the presenter had to find the project in the Credit Club
from their phone)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core import mail
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from collaboratory.followthrough.services import followthrough_run
from tests.conftest import client_for
from tests.factories import GatheringFactory, NetworkFactory, PresentedProposalFactory


def test_the_follow_up_prompt_leads_to_the_project_page_with_its_update_form(db: None) -> None:
    zone = "America/New_York"
    tz = ZoneInfo(zone)
    started = datetime(2027, 5, 6, 18, 0, tzinfo=tz)
    with scopes_disabled():
        network = NetworkFactory(time_zone=zone)
        gathering = GatheringFactory(network=network, first_part_at=started, parts=1)
        proposal = PresentedProposalFactory(gathering=gathering, title="Tool library")
    mail.outbox.clear()

    with scope(network=network):
        followthrough_run(
            network=network, now=datetime.combine(started.date() + timedelta(days=30), time(9), tz)
        )

    (prompt,) = [m for m in mail.outbox if m.to == [proposal.proposer.email]]
    assert prompt.subject == "30 days on: Tool library"
    page = reverse(
        "creditclub:proposal", kwargs={"network_slug": network.slug, "proposal_id": proposal.pk}
    )
    assert page in prompt.body
    assert reverse("followthrough:mine", kwargs={"network_slug": network.slug}) not in prompt.body
    # The page the link opens carries the update form for its presenter.
    body = client_for(proposal.proposer).get(page, HTTP_HOST="127.0.0.1").content.decode()
    assert 'id="project-update-text"' in body
