"""The landing pages whose content is the same for every member of a network serve one
member's first view from what another member's rendered (networks/pagecache.py): on the
demo, a second member's first view of each reads only the middleware's queries, the content
versions and the viewer's own pieces, and as few with more data (issue #20)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.test.utils import override_settings
from django_scopes import scopes_disabled

from collaboratory.creditclub.models import Proposal
from collaboratory.demo.followthrough import seed_more_commitments
from collaboratory.demo.generator import STEWARD_EMAIL, generate_demo
from collaboratory.gatherings.models import Gathering
from collaboratory.networks.models import Membership, Network, Role
from tests.demo.test_landing_queries import ANCHOR, count_queries
from tests.factories import MembershipFactory

# The middleware's four reads (session, user, network, membership), then per page.
MIDDLEWARE = 4
OWN = {
    "directory": 1,  # the content versions
    "directory filtered": 1,
    "gathering list": 2,  # the list's version token, the viewer's RSVPs
    "gathering page": 2,  # the gathering with its token, whether the viewer answered
    "network home": 2,  # the content versions, the viewer's answer to the next gathering
    "insights dashboard": 1,
    "asks board": 2,  # the content versions, the viewer's own offers on the board's asks
}


@pytest.mark.django_db
def test_a_members_first_view_is_served_by_what_another_member_rendered() -> None:
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        generate_demo(members=12, youth=2, seed=7)
    with scopes_disabled():
        network = Network.objects.get(slug="national")
        gathering = Gathering.objects.filter(network=network).order_by("-starts_at").first()
        # A member who has not answered the next gathering, as the newcomer has not: the
        # demo member said yes (and has a table), and every other member of this small demo
        # answered, so their pages are not the one a member without an answer is served.
        first = MembershipFactory(network=network, role=Role.MEMBER).user
    assert gathering is not None
    n = "/n/national/"
    pages = {
        "directory": n + "members/",
        "directory filtered": n + "members/?q=a&sector=1&category=space",
        "gathering list": n + "gatherings/",
        "gathering page": n + f"gatherings/{gathering.pk}/",
        "network home": n,
        "insights dashboard": n + "insights/",
        "asks board": n + "asks/",
    }

    def counts() -> dict[str, int]:
        viewer, newcomer = Client(), Client()
        viewer.force_login(first)
        newcomer.force_login(MembershipFactory(network=network, role=Role.MEMBER).user)
        for path in pages.values():
            assert viewer.get(path).status_code == 200
        # One cache read each for the parts the other process rendered.
        return {
            name: count_queries(newcomer, path, empty_shared=False) for name, path in pages.items()
        }

    small = counts()
    with scopes_disabled():
        seed_more_commitments(network=network, count=400, seed=3, anchor=ANCHOR)
        for _ in range(15):
            MembershipFactory(network=network)
    large = counts()

    parts = {name: 2 if name == "gathering page" else 1 for name in pages}
    assert small == large == {name: MIDDLEWARE + OWN[name] + parts[name] for name in pages}


@pytest.mark.django_db
def test_a_stewards_first_view_is_served_by_what_another_steward_rendered() -> None:
    """The review board and the console, stewards' pages: a second steward's first view reads
    the middleware's queries, what its key needs and their own pieces, and one cache read."""
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        generate_demo(members=12, youth=2, seed=7)
    with scopes_disabled():
        network = Network.objects.get(slug="national")
        first = Membership.objects.get(network=network, user__email=STEWARD_EMAIL).user
        live = Gathering.objects.get(network=network, title__contains="live demo")
        reviewed = Proposal.objects.filter(network=network).order_by("-pk").first()
    assert reviewed is not None
    n = "/n/national/"
    pages = {
        # the settings, the content versions (a new steward has reviewed nothing)
        "review board": (n + f"creditclub/gatherings/{reviewed.gathering_id}/board/", 2),
        # the gathering's last live event, the content versions
        "console": (n + f"live/{live.pk}/console/", 2),
    }

    def counts() -> dict[str, int]:
        viewer, newcomer = Client(), Client()
        viewer.force_login(first)
        newcomer.force_login(MembershipFactory(network=network, role=Role.STEWARD).user)
        for path, _own in pages.values():
            assert viewer.get(path).status_code == 200
        return {
            name: count_queries(newcomer, path, empty_shared=False)
            for name, (path, _own) in pages.items()
        }

    small = counts()
    with scopes_disabled():
        seed_more_commitments(network=network, count=400, seed=3, anchor=ANCHOR)
        for _ in range(15):
            MembershipFactory(network=network)
    large = counts()

    assert small == large == {name: MIDDLEWARE + own + 1 for name, (_path, own) in pages.items()}
