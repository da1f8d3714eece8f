"""The REST API as a member or steward meets it: the token's network only, the same rules as
the pages, every refusal a problem response naming the field."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.api import schemas
from collaboratory.api.models import ApiToken
from collaboratory.api.selectors import api_caller_for
from collaboratory.api.services import api_token_create, api_token_revoke
from collaboratory.audit.models import AuditEvent
from collaboratory.commitments.models import Commitment, CommitmentStatus
from collaboratory.creditclub.models import Proposal
from collaboratory.gatherings.models import Rsvp, RsvpStatus
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.networks.models import CheckIn, Membership, MembershipStatus, Role
from collaboratory.networks.services import check_in_answer, membership_status_override
from collaboratory.people.models import AgeBand, User
from tests.api.helpers import api_client
from tests.conftest import CANARIES, World
from tests.factories import (
    CommitmentFactory,
    GatheringFactory,
    MembershipFactory,
    NetworkFactory,
    PresentedProposalFactory,
)

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def _token(world: World, role: str = "member", scope: str = "write", network: str = "alpha"):
    user = world.personas[role]
    _row, text = api_token_create(
        network=world.network(network), user=user, name="script", scope=scope
    )
    return text


def _url(network: str, rest: str = "") -> str:
    return f"/api/v1/networks/{network}/{rest}"


def test_no_token_is_401_problem_with_www_authenticate(world: World) -> None:
    response = api_client(None).get(_url("alpha", "members"))

    assert response.status_code == 401
    assert response["Content-Type"] == PROBLEM
    assert response["WWW-Authenticate"].startswith("Bearer")
    body = response.json()
    assert (body["status"], body["title"], body["errors"]) == (401, "Authentication required", [])


def test_a_session_cookie_is_not_a_token(world: World, client) -> None:  # type: ignore[no-untyped-def]
    client.force_login(
        world.personas["member"], backend="allauth.account.auth_backends.AuthenticationBackend"
    )

    assert client.get(_url("alpha", "members")).status_code == 401


def test_wrong_secret_revoked_and_expired_tokens_get_the_same_401(world: World) -> None:
    text = _token(world)
    pk, _secret = text.split(".", 1)
    with scopes_disabled():
        token = ApiToken.objects.select_related("network").get(pk=int(pk))
    answers = [api_client(f"{pk}.wrong-secret").get(_url("alpha", "members")).status_code]
    expired = _token(world)
    with scopes_disabled():
        ApiToken.objects.filter(pk=int(expired.split(".")[0])).update(
            expires_at=timezone.now() - timedelta(seconds=1)
        )
    answers.append(api_client(expired).get(_url("alpha", "members")).status_code)
    api_token_revoke(token=token, actor=world.personas["member"])
    answers.append(api_client(text).get(_url("alpha", "members")).status_code)
    answers.append(api_client("x" * 500).get(_url("alpha", "members")).status_code)

    assert answers == [401, 401, 401, 401]


def test_a_token_reads_only_its_own_network_and_another_is_404_and_audited(world: World) -> None:
    client = api_client(_token(world))  # the member's Alpha token
    before = AuditEvent.objects.filter(action="access.denied").count()

    foreign = client.get(_url("bravo", "members"))
    unknown = client.get(_url("no-such-network", "members"))

    assert (foreign.status_code, unknown.status_code) == (404, 404)
    assert foreign.json() == unknown.json()
    assert CANARIES["bravo"][1] not in foreign.content.decode()
    assert AuditEvent.objects.filter(action="access.denied").count() == before + 2


def test_no_object_of_another_network_by_id(world: World) -> None:
    """Bravo's gathering through an Alpha token, at Alpha's own path: 404, no canary."""
    client = api_client(_token(world, "steward"))
    bravo_gathering = world.gatherings["bravo"].pk

    responses = [
        client.get(_url("alpha", f"gatherings/{bravo_gathering}")),
        client.get(_url("alpha", f"gatherings/{bravo_gathering}/attendees")),
        client.put(
            _url("alpha", f"gatherings/{bravo_gathering}/rsvp"),
            {"answer": "yes"},
            content_type="application/json",
        ),
    ]

    assert [r.status_code for r in responses] == [404, 404, 404]
    assert not any(CANARIES["bravo"][5] in r.content.decode() for r in responses)
    with scopes_disabled():
        assert not Rsvp.objects.filter(gathering_id=bravo_gathering).exists()


def test_a_suspended_members_token_stops_working_at_once(world: World) -> None:
    text = _token(world)
    client = api_client(text)
    assert client.get(_url("alpha", "members")).status_code == 200
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    membership_status_override(
        membership=membership,
        status=MembershipStatus.SUSPENDED,
        note="Asked to pause",
        actor=world.personas["steward"],
    )

    assert api_client(text).get(_url("alpha", "members")).status_code == 401


def test_a_token_stays_revoked_when_its_owner_is_admitted_again(world: World) -> None:
    """Refused only while the owner was out, the token came back to life when they were
    re-admitted before it expired: an ended membership revokes it for good."""
    text = _token(world)
    assert api_client(text).get(_url("alpha", "members")).status_code == 200
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
    for status in (MembershipStatus.REMOVED, MembershipStatus.ACTIVE):
        membership_status_override(
            membership=membership,
            status=status,
            note="Away, then back",
            actor=world.personas["steward"],
        )

    assert api_client(text).get(_url("alpha", "members")).status_code == 401
    with scopes_disabled():
        (token,) = ApiToken.objects.filter(user=world.personas["member"])
    assert token.revoked_at is not None
    assert AuditEvent.objects.filter(action="api_token.revoked_membership_ended").count() == 1


def test_leaving_at_the_check_in_revokes_the_token(world: World) -> None:
    """Every way out of a membership revokes, not only a steward's: here the member's own
    "leave" at the 12-month check-in."""
    text = _token(world)
    with scopes_disabled():
        membership = Membership.objects.get(network=world.alpha, user=world.personas["member"])
        CheckIn.objects.create(network=world.alpha, membership=membership)
        check_in_answer(membership=membership, stay=False)
        (token,) = ApiToken.objects.filter(user=world.personas["member"])

    assert token.revoked_at is not None
    assert api_client(text).get("/api/v1/networks").status_code == 401


def test_a_deactivated_accounts_token_stops_working(world: World) -> None:
    text = _token(world)
    User.objects.filter(pk=world.personas["member"].pk).update(is_active=False)

    assert api_client(text).get("/api/v1/networks").status_code == 401


def test_the_token_check_reads_what_the_orm_reads(world: World) -> None:
    """The one-query token check gives the same token, network, person and role."""
    text = _token(world, "steward")
    found = api_caller_for(presented=text)

    assert found is not None
    token, membership = found
    with scopes_disabled():
        stored = ApiToken.objects.select_related("network", "user").get(pk=token.pk)
        admitted = Membership.objects.get(network=world.alpha, user=world.personas["steward"])
    assert (token.expires_at, token.created_at, token.revoked_at) == (
        stored.expires_at,
        stored.created_at,
        None,
    )
    assert (token.network.slug, token.network.time_zone) == ("alpha", stored.network.time_zone)
    assert (token.user.email, token.user.is_active) == (stored.user.email, True)
    assert (membership.pk, membership.role, membership.status) == (
        admitted.pk,
        admitted.role,
        admitted.status,
    )


def test_networks_lists_the_tokens_network_with_role_and_scope(world: World) -> None:
    response = api_client(_token(world, "steward", scope="read")).get("/api/v1/networks")

    assert response.json() == [
        {
            "slug": "alpha",
            "name": "Alpha Collaboratory",
            "kind": world.alpha.kind,
            "time_zone": world.alpha.time_zone,
            "role": Role.STEWARD,
            "token_scope": "read",
        }
    ]


def test_directory_shows_what_the_page_shows_and_never_contact_details(world: World) -> None:
    response = api_client(_token(world)).get(_url("alpha", "members"), {"q": "Canaryalpha"})

    body = response.json()
    assert body["count"] == 1
    (person,) = body["items"]
    assert person["name"] == CANARIES["alpha"][1]
    assert person["organization"] == CANARIES["alpha"][2]
    assert [o["description"] for o in person["offers"]] == [CANARIES["alpha"][3]]
    text = response.content.decode()
    assert "@" not in text  # no email of anyone
    assert CANARIES["member_self"][0] not in text


def test_minors_appear_only_in_their_cohort_and_without_region(world: World) -> None:
    with scopes_disabled():
        minor = MembershipFactory(
            network=world.youth,
            role=Role.YOUTH_MEMBER,
            user__full_name="Mina Minor",
            user__age_band=AgeBand.AGE_13_15,
            user__city="Tulsa",
            user__region="Oklahoma",
        ).user
        MembershipFactory(network=world.alpha, user=minor)
    cohort = api_client(_token(world, "steward", network="youth")).get(
        _url("alpha-youth", "members"), {"q": "Mina"}
    )
    adults = api_client(_token(world, "steward")).get(_url("alpha", "members"), {"q": "Mina"})

    (row,) = cohort.json()["items"]
    assert (row["city"], row["region"]) == ("Tulsa", "")
    assert adults.json()["count"] == 0


def test_rsvp_goes_through_the_service_and_a_read_token_may_not(world: World) -> None:
    gathering = world.gatherings["alpha"]
    url = _url("alpha", f"gatherings/{gathering.pk}/rsvp")
    read_only = api_client(_token(world, scope="read")).put(
        url, {"answer": "yes"}, content_type="application/json"
    )
    writer = api_client(_token(world))

    answered = writer.put(url, {"answer": "yes"}, content_type="application/json")

    assert read_only.status_code == 403
    assert read_only["Content-Type"] == PROBLEM
    assert answered.status_code == 200
    assert answered.json()["my_rsvp"]["status"] == RsvpStatus.CONFIRMED
    assert answered.json()["seats_taken"] == 1


def test_a_services_refusal_names_the_field(world: World) -> None:
    with scopes_disabled():
        two_parts = GatheringFactory(network=world.alpha, parts=2)
    client = api_client(_token(world))

    response = client.put(
        _url("alpha", f"gatherings/{two_parts.pk}/rsvp"),
        {"answer": "yes"},
        content_type="application/json",
    )

    assert response.status_code == 422
    assert response["Content-Type"] == PROBLEM
    assert [e["field"] for e in response.json()["errors"]] == ["both_parts"]
    with scopes_disabled():
        assert not Rsvp.objects.filter(gathering=two_parts).exists()


def test_bad_input_names_the_parameter_a_bad_query_value_and_bad_json_are_400(
    world: World,
) -> None:
    client = api_client(_token(world))
    gathering = world.gatherings["alpha"]

    bad_limit = client.get(_url("alpha", "members"), {"limit": "1000"})
    bad_answer = client.put(
        _url("alpha", f"gatherings/{gathering.pk}/rsvp"),
        {"answer": "perhaps"},
        content_type="application/json",
    )
    bad_json = client.put(
        _url("alpha", f"gatherings/{gathering.pk}/rsvp"), "{", content_type="application/json"
    )
    huge_id = client.get(_url("alpha", "gatherings/99999999999999999999"))
    bad_status = client.get(_url("alpha", "commitments"), {"status": "maybe"})

    # A query parameter's value is part of the address: a bad one is a bad request (400),
    # as an unknown parameter is (test_unknown_params.py); a body's is invalid input (422).
    assert [r.status_code for r in (bad_limit, bad_answer, bad_json, huge_id, bad_status)] == [
        400,
        422,
        400,
        422,
        400,
    ]
    assert [e["field"] for e in bad_limit.json()["errors"]] == ["limit"]
    assert [e["field"] for e in bad_answer.json()["errors"]] == ["answer.answer"]
    assert [e["field"] for e in bad_status.json()["errors"]] == ["status"]
    assert all(r["Content-Type"] == PROBLEM for r in (bad_limit, bad_answer, bad_json, huge_id))


def _commitment(world: World) -> Commitment:
    with scopes_disabled():
        proposal = PresentedProposalFactory(
            gathering=GatheringFactory(network=world.alpha), proposer=world.personas["member"]
        )
        return CommitmentFactory(proposal=proposal)


def test_commitments_owed_and_to_me_and_the_lifecycle_through_the_service(world: World) -> None:
    made = _commitment(world)
    presenter = api_client(_token(world))  # the member presents the project
    with scopes_disabled():
        committer = Membership.objects.get(network=world.alpha, user=made.committer).user
    committer_client = api_client(
        api_token_create(network=world.alpha, user=committer, name="x", scope="write")[1]
    )

    to_me = presenter.get(_url("alpha", "commitments"), {"role": "to_me"}).json()
    owed = committer_client.get(_url("alpha", "commitments")).json()
    refused = presenter.post(
        _url("alpha", f"commitments/{made.pk}/transition"),
        {"to": "done"},
        content_type="application/json",
    )
    done = committer_client.post(
        _url("alpha", f"commitments/{made.pk}/transition"),
        {"to": "done", "note": "Three introductions made"},
        content_type="application/json",
    )
    kept = presenter.post(
        _url("alpha", f"commitments/{made.pk}/transition"),
        {"to": "kept"},
        content_type="application/json",
    )

    assert [c["id"] for c in to_me["items"]] == [made.pk]
    assert to_me["items"][0]["to_me"] is True
    assert [c["id"] for c in owed["items"]] == [made.pk]
    assert refused.status_code == 403  # the presenter cannot mark it done for the committer
    assert (done.status_code, done.json()["status"]) == (200, CommitmentStatus.DONE)
    assert (kept.status_code, kept.json()["status"]) == (200, CommitmentStatus.KEPT)


def test_a_commitment_you_are_no_party_to_is_404(world: World) -> None:
    made = _commitment(world)
    with scopes_disabled():
        outsider = MembershipFactory(network=world.alpha).user
    client = api_client(
        api_token_create(network=world.alpha, user=outsider, name="x", scope="write")[1]
    )

    assert client.get(_url("alpha", f"commitments/{made.pk}")).status_code == 404
    moved = client.post(
        _url("alpha", f"commitments/{made.pk}/transition"),
        {"to": "released"},
        content_type="application/json",
    )
    assert moved.status_code == 404
    with scopes_disabled():
        assert Commitment.objects.get(pk=made.pk).status == CommitmentStatus.OFFERED


def test_steward_operations_refuse_members_with_403(world: World) -> None:
    member = api_client(_token(world))
    steward = api_client(_token(world, "steward"))

    assert member.get(_url("alpha", "roster")).status_code == 403
    roster = steward.get(_url("alpha", "roster")).json()
    with scopes_disabled():
        assert roster["count"] == Membership.objects.filter(network=world.alpha).count()
    names = {row["name"] for row in roster["items"]}
    assert CANARIES["alpha"][1] in names
    assert "@" not in json.dumps(roster)


def test_insights_are_the_dashboards_figures(world: World) -> None:
    response = api_client(_token(world)).get(_url("alpha", "insights"))

    body = response.json()
    assert response.status_code == 200
    assert [h["key"] for h in body["headline"]][:2] == ["members", "gatherings"]
    future = world.gatherings["alpha"].pk  # not begun: no figures of its own yet
    refused = api_client(_token(world)).get(_url("alpha", "insights"), {"gathering": future})
    no_year = api_client(_token(world)).get(_url("alpha", "insights"), {"year": 1999})
    assert [e["field"] for e in refused.json()["errors"]] == ["gathering"]
    assert [e["field"] for e in no_year.json()["errors"]] == ["year"]
    assert (refused.status_code, no_year.status_code) == (400, 400)


def test_rate_limit_is_429_with_retry_after(world: World, settings) -> None:  # type: ignore[no-untyped-def]
    settings.COLLABORATORY_API_RATE_LIMIT = "3/m"
    client = api_client(_token(world))

    statuses = [client.get("/api/v1/networks").status_code for _ in range(4)]
    refused = client.get("/api/v1/networks")

    assert statuses == [200, 200, 200, 429]
    assert refused["Content-Type"] == PROBLEM
    assert 1 <= int(refused["Retry-After"]) <= 60
    other = api_client(_token(world, "steward"))  # another token has its own count
    assert other.get("/api/v1/networks").status_code == 200


def test_last_use_is_stamped_at_most_once_a_minute(world: World) -> None:
    text = _token(world)
    client = api_client(text)
    pk = int(text.split(".")[0])

    client.get("/api/v1/networks")
    with scopes_disabled():
        first = ApiToken.objects.get(pk=pk).last_used_at
    client.get("/api/v1/networks")
    with scopes_disabled():
        second = ApiToken.objects.get(pk=pk).last_used_at

    assert first is not None
    assert second == first


def test_openapi_and_the_docs_page_need_no_cdn(world: World, client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/api/v1/openapi.json").json()
    page = client.get("/api/v1/docs")

    assert schema["openapi"].startswith("3.")
    assert "/api/v1/networks/{network}/members" in schema["paths"]
    assert page.status_code == 200
    html = page.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert "unsafe-inline" not in page["Content-Security-Policy"]


def test_a_network_of_another_kind_never_reaches_by_slug_guessing(world: World) -> None:
    """A token of a brand-new network reads nothing of Alpha, however it asks."""
    with scopes_disabled():
        other = NetworkFactory(slug="other")
        person = MembershipFactory(network=other).user
    client = api_client(api_token_create(network=other, user=person, name="x", scope="read")[1])

    for path in ("members", "gatherings", "asks", "roster", "insights", "commitments"):
        response = client.get(_url("alpha", path))
        assert response.status_code == 404
        assert CANARIES["alpha"][1] not in response.content.decode()


def test_pages_count_every_row_whether_full_partial_or_past_the_end(world: World) -> None:
    """A page shorter than `limit` knows the count without counting; a full page and an
    empty one past the end count: all three say the same total, and the pages tile the
    list without gaps or repeats."""
    steward = api_client(_token(world, "steward"))
    with scopes_disabled():
        total = Membership.objects.filter(network=world.alpha).count()
    assert total > 2
    full = steward.get(_url("alpha", "roster"), {"limit": total - 1}).json()
    rest = steward.get(_url("alpha", "roster"), {"limit": 5, "offset": total - 1}).json()
    past = steward.get(_url("alpha", "roster"), {"limit": 5, "offset": total + 3}).json()
    whole = steward.get(_url("alpha", "roster"), {"limit": total + 1}).json()

    assert [full["count"], rest["count"], past["count"], whole["count"]] == [total] * 4
    assert (len(full["items"]), len(rest["items"]), past["items"]) == (total - 1, 1, [])
    assert [r["id"] for r in full["items"] + rest["items"]] == [r["id"] for r in whole["items"]]


def test_list_items_carry_exactly_their_schemas_fields(world: World) -> None:
    """The lists build plain dicts (not model instances): each item has the schema's fields
    and nothing more, so nothing beyond the schema can slip out."""
    member, steward = api_client(_token(world)), api_client(_token(world, "steward"))
    rows = {
        schemas.MemberOut: member.get(_url("alpha", "members")).json()["items"],
        schemas.RosterOut: steward.get(_url("alpha", "roster")).json()["items"],
    }
    for shape, items in rows.items():
        assert items
        for item in items:
            assert set(item) == set(shape.model_fields)
    offers = [o for row in rows[schemas.MemberOut] for o in row["offers"]]
    assert offers
    assert all(set(o) == set(schemas.OfferOut.model_fields) for o in offers)


def test_the_gathering_list_shows_a_new_rsvp_at_once(world: World) -> None:
    """The list is kept per caller under the gathering list's version token: another
    member's RSVP (a seat taken) and the caller's own show on the very next request."""
    gathering = world.gatherings["alpha"]
    member = api_client(_token(world))

    def row() -> dict:  # type: ignore[type-arg]
        items = member.get(_url("alpha", "gatherings")).json()["items"]
        return next(g for g in items if g["id"] == gathering.pk)

    before = row()
    with scopes_disabled():
        rsvp_submit(
            gathering=gathering, user=world.personas["steward"], answer="yes", both_parts=True
        )
    after_theirs = row()
    with scopes_disabled():
        rsvp_submit(gathering=gathering, user=world.personas["member"], answer="no")
    after_mine = row()

    assert after_theirs["seats_taken"] == before["seats_taken"] + 1
    assert before["my_rsvp"] is None or before["my_rsvp"]["status"] != RsvpStatus.DECLINED
    assert after_mine["my_rsvp"]["status"] == RsvpStatus.DECLINED


def test_own_proposals_list_their_asks_in_order_and_no_one_elses(world: World) -> None:
    asks = (
        ("space", "institutional", "A storefront open on Saturdays"),
        ("intro_people", "social", "An introduction to the library board"),
    )
    with scopes_disabled():
        mine = PresentedProposalFactory(
            gathering=world.gatherings["alpha"], proposer=world.personas["member"], asks=asks
        )
        PresentedProposalFactory(
            gathering=world.gatherings["alpha"], proposer=world.personas["steward"]
        )

    body = api_client(_token(world)).get(_url("alpha", "proposals")).json()

    (row,) = [p for p in body["items"] if p["id"] == mine.pk]
    assert (row["title"], row["gathering"]) == (mine.title, world.gatherings["alpha"].title)
    assert [a["what"] for a in row["asks"]] == [what for _c, _k, what in asks]
    with scopes_disabled():
        others = {p.pk for p in Proposal.objects.exclude(proposer=world.personas["member"])}
    assert not others & {p["id"] for p in body["items"]}
