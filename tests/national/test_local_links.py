"""A local network's name on the national team's pages leads to its page, for a viewer who
may open it (an admitted member of that network: the national role alone opens none of
them, so a link there would answer 404). The names were plain text, even for a national
steward who is also a steward of the local network."""

from __future__ import annotations

from django.urls import reverse

from collaboratory.networks.models import MembershipStatus, Network, Role
from collaboratory.people.models import User
from tests.conftest import client_for
from tests.factories import MembershipFactory
from tests.national.conftest import BuildLocal

PAGES = ("overview", "report")


def _body(user: User, national: Network, page: str) -> str:
    response = client_for(user).get(
        reverse(f"national:{page}", kwargs={"network_slug": national.slug}),
        HTTP_HOST="127.0.0.1",
    )
    assert response.status_code == 200
    return response.content.decode()


def _home(network: Network) -> str:
    return reverse("networks:home", kwargs={"network_slug": network.slug})


def test_a_national_steward_who_belongs_to_a_local_network_opens_it_from_its_name(
    national: Network, national_steward: User, build_local: BuildLocal
) -> None:
    tulsa = build_local("Tulsa")
    fresno = build_local("Fresno")
    MembershipFactory(network=tulsa, user=national_steward, role=Role.STEWARD)

    for page in PAGES:
        body = _body(national_steward, national, page)

        assert f'<a href="{_home(tulsa)}">Tulsa</a>' in body, page
        assert f'href="{_home(fresno)}"' not in body, page  # not theirs: it would be a 404
        assert "Fresno" in body
    # The link leads somewhere they may be.
    assert client_for(national_steward).get(_home(tulsa), HTTP_HOST="127.0.0.1").status_code == 200
    assert client_for(national_steward).get(_home(fresno), HTTP_HOST="127.0.0.1").status_code == 404


def test_a_national_steward_of_no_local_network_reads_the_names_without_links(
    national: Network, national_steward: User, build_local: BuildLocal
) -> None:
    tulsa = build_local("Tulsa")
    former = MembershipFactory(network=tulsa, user=national_steward)
    former.status = MembershipStatus.REMOVED
    former.save(update_fields=["status"])

    for page in PAGES:
        body = _body(national_steward, national, page)

        assert "Tulsa" in body
        assert f'href="{_home(tulsa)}"' not in body, page
