"""The REST API, version 1: what a member or a steward can do in the pages, with the same
rules, through the same selectors and services. Mounted at /api/v1/ (config/urls.py).

Every network operation lives under `/networks/{network}/` and wears `network_operation`
(access.py): the token's network only, the network's scope, the page's permission.

No `from __future__ import annotations` here: ninja reads the operations' annotations at
run time through the guard's wrapper, whose globals are another module's."""

import hashlib
from collections.abc import Callable, Sequence
from datetime import date
from typing import Annotated, Any, Literal

from django.core.cache import caches
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import NinjaAPI, Path, Query
from ninja.openapi.docs import Swagger

from collaboratory.api import problems
from collaboratory.api.access import BearerToken, Caller, caller_of, network_operation
from collaboratory.api.freshness import KEEP_SECONDS
from collaboratory.api.parser import JsonBody
from collaboratory.api.problems import ERRORS, WRITE_ERRORS
from collaboratory.api.schemas import (
    MAX_ID,
    PAGE_DEFAULT,
    PAGE_MAX,
    AskPage,
    AttendeeOut,
    AttendeePage,
    CellOut,
    CommitmentOut,
    CommitmentPage,
    DiversityOut,
    FigureOut,
    GatheringOut,
    GatheringPage,
    InsightsOut,
    KindOut,
    MemberPage,
    NetworkOut,
    ProposalPage,
    RosterPage,
    RsvpIn,
    RsvpOut,
    TransitionIn,
)
from collaboratory.api.selectors import (
    ask_rows,
    commitment_rows,
    gathering_rows,
    list_count_cached,
    member_rows,
    proposal_rows,
    roster_rows,
)
from collaboratory.commitments.models import COUNTED, Commitment, CommitmentStatus
from collaboratory.creditclub.selectors import proposals_of
from collaboratory.followthrough.rules import commitment_roles
from collaboratory.followthrough.selectors import commitments_owed, commitments_to_me_query
from collaboratory.followthrough.services import commitment_transition
from collaboratory.gatherings.models import Gathering, Rsvp
from collaboratory.gatherings.selectors import (
    gathering_attendees,
    gathering_settings_for,
    gatherings_for_list,
)
from collaboratory.gatherings.services import rsvp_submit
from collaboratory.insights import report as reporting
from collaboratory.insights.selectors import (
    Scope,
    gathering_choices,
    insights_figures,
    reporting_years,
    sensitive_published,
)
from collaboratory.matching.selectors_asks import AskFilters, board_asks
from collaboratory.networks import pagecache
from collaboratory.networks.models import Membership, MembershipStatus, Network
from collaboratory.networks.scoping import date_in
from collaboratory.networks.selectors import DirectoryFilters, directory_members, roster_of_network
from collaboratory.networks.versions import versions_of
from collaboratory.people.models import User
from collaboratory.plaintext import search_text

api = NinjaAPI(
    title="Collaboratory API",
    version="1",
    description=(
        "What a member or a steward can do in the pages, for scripts and other tools. "
        "Authenticate with a personal access token: `Authorization: Bearer <token>` "
        "(make one under API tokens in your network). See docs/api.md."
    ),
    urls_namespace="api",
    auth=BearerToken(),
    docs=Swagger(settings={"persistAuthorization": False}),
    docs_url="/docs",
    openapi_url="/openapi.json",
    parser=JsonBody(),
)
problems.install(api)

_get_schema = api.get_openapi_schema


def _problem_schema(*args: Any, **kwargs: Any) -> Any:
    """Error responses are `application/problem+json` (RFC 9457), not ninja's default."""
    schema = _get_schema(*args, **kwargs)
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if int(status) >= 400 and "application/json" in content:
                    response["content"] = {problems.MEDIA_TYPE: content["application/json"]}
    return schema


api.get_openapi_schema = _problem_schema  # type: ignore[method-assign]

Slug = Annotated[str, Path(max_length=100)]
ObjectId = Annotated[int, Path(ge=1, le=MAX_ID)]
Limit = Annotated[int, Query(ge=1, le=PAGE_MAX)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
SearchText = Annotated[str, Query(max_length=100)]


def _window(rows: QuerySet[Any] | Sequence[Any], limit: int, offset: int) -> list[Any]:
    return list(rows[offset : offset + limit])


def _page(count: Callable[[], int], limit: int, offset: int, items: list[Any]) -> dict[str, Any]:
    """A page of a list. Its `count` is asked only of a full page, or of an empty one past
    the start: a page with fewer rows than asked for ends the list, so its count is known
    (offset + rows) without counting every row again."""
    shown = len(items)
    known = 0 < shown < limit or (shown == 0 and offset == 0)
    total = offset + shown if known else count()
    return {"count": total, "limit": limit, "offset": offset, "items": items}


def _membership_page(
    name: str,
    where: Network,
    rows: QuerySet[Membership],
    filters: str,
    read: Callable[..., list[dict[str, Any]]],
    limit: int,
    offset: int,
) -> dict[str, Any]:
    """A page of the directory or the roster: the page's ids in the selector's order (a
    narrow sort of every membership), then only the shown columns of those rows; a full
    page's count kept a minute (`list_count_cached`)."""
    ids = list(rows.values_list("pk", flat=True)[offset : offset + limit])
    items = read(network=where, ids=ids)

    def count() -> int:
        return list_count_cached(name=name, network=where, filters=filters, rows=rows)

    return _page(count, limit, offset, items)


def _kept(
    caller: Caller,
    name: str,
    params: Sequence[object],
    read: Callable[[], dict[str, Any]],
    *,
    same_for_all: bool = False,
) -> dict[str, Any]:
    """A page of a list as last read, while nothing the audit log records has changed in the
    network or in anyone's profile since (`networks.versions`), else `read()`'s, kept.

    Keyed by the caller for lists of one's own (proposals, commitments); `same_for_all` for
    lists whose rows do not depend on who asks once the permission check has passed (the
    directory, the roster, the asks board: their selectors take the network, not the
    viewer), so a member's first request is served by another's."""
    network = caller.network
    who = "all" if same_for_all else caller.user.pk
    # The parameters hold what a person typed (a search): hashed, so the key stays a key.
    asked = hashlib.sha256(repr(tuple(params)).encode()).hexdigest()[:32]
    key = pagecache.cache_key("api", name, network.pk, versions_of(network.pk), who, asked)
    if same_for_all:
        return pagecache.get_or_render(key, read, fresh=lambda entry: True, seconds=KEEP_SECONDS)
    # One's own list is read again mostly by the same script: this process's memory keeps
    # it. Writing it to the shared cache (a database table by default) on every first view
    # cost more than the hits saved (bench/api.py with 3,000 distinct tokens).
    local = caches["local"]
    entry: dict[str, Any] | None = local.get(key)
    if entry is None:
        entry = read()
        local.set(key, entry, KEEP_SECONDS)
    return entry


def _choice(value: str, field: str, allowed: Sequence[str]) -> str:
    """A query parameter's value among `allowed` ("" for none); another is a 400 naming it."""
    if value and value not in allowed:
        raise problems.QueryRefused(field, f"Use one of: {', '.join(allowed)}.")
    return value


# --------------------------------------------------------------------------- networks


@api.get("/networks", response={200: list[NetworkOut], **ERRORS}, url_name="networks")
def networks(request: HttpRequest) -> list[dict[str, Any]]:
    """The network this token belongs to, with your role in it (a token serves one
    network; make one per network)."""
    caller = caller_of(request)
    network = caller.network
    return [
        {
            "slug": network.slug,
            "name": network.name,
            "kind": network.kind,
            "time_zone": network.time_zone,
            "role": caller.membership.role,
            "token_scope": caller.token.scope,
        }
    ]


# --------------------------------------------------------------------------- directory


@api.get(
    "/networks/{network}/members",
    response={200: MemberPage, **ERRORS, 403: problems.Problem},
    url_name="members",
)
@network_operation("networks.view_directory")
def members(
    request: HttpRequest,
    network: Slug,
    q: SearchText = "",
    limit: Limit = PAGE_DEFAULT,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The member directory: what the directory page shows (no contact details; minors only
    in their own youth cohort). `q` searches name, organization and title."""
    caller = caller_of(request)
    where, text = caller.network, search_text(q)

    def read() -> dict[str, Any]:
        rows = directory_members(network=where, filters=DirectoryFilters(q=text))
        return _membership_page("members", where, rows, text, member_rows, limit, offset)

    return _kept(caller, "members", (text, limit, offset), read, same_for_all=True)


# --------------------------------------------------------------------------- gatherings


RSVP_KEPT = ("both_parts", "wants_to_present", "dietary_needs", "access_needs")


def _rsvp(rsvp: Rsvp | None) -> RsvpOut | None:
    if rsvp is None:
        return None
    return RsvpOut(
        status=rsvp.status,
        both_parts=rsvp.both_parts,
        wants_to_present=rsvp.wants_to_present,
        dietary_needs=rsvp.dietary_needs,
        access_needs=rsvp.access_needs,
        answered_at=rsvp.answered_at,
    )


def _gathering(g: Gathering) -> GatheringOut:
    mine = getattr(g, "my_rsvps", [])
    return GatheringOut(
        id=g.pk,
        title=g.title,
        format=g.format,
        city=g.city,
        starts_at=g.starts_at,
        ends_at=g.ends_at,
        capacity=g.capacity,
        seats_taken=int(getattr(g, "seats_taken", 0)),
        rsvp_deadline=g.rsvp_deadline,
        my_rsvp=_rsvp(mine[0] if mine else None),
    )


def _gathering_of(request: HttpRequest, gathering_id: int) -> Gathering:
    """A gathering of the token's network with its seats and the caller's RSVP (any other
    id, another network's included, is 404)."""
    caller = caller_of(request)
    network = caller.network
    found = gatherings_for_list(network=network, user=caller.user).filter(pk=gathering_id).first()
    if found is None:
        raise Http404
    found.network = network
    return found


@api.get(
    "/networks/{network}/gatherings",
    response={200: GatheringPage, **ERRORS, 403: problems.Problem},
    url_name="gatherings",
)
@network_operation("gatherings.view_gathering")
def gatherings(
    request: HttpRequest, network: Slug, limit: Limit = PAGE_DEFAULT, offset: Offset = 0
) -> dict[str, Any]:
    """Every gathering, latest first, with the seats taken and your own RSVP."""
    caller = caller_of(request)
    where, user = caller.network, caller.user
    # The list page's version token first, the data after (networks/pagecache.py): every
    # write the list shows (an RSVP, a seat, an edit) gives it a new value in the write's
    # transaction, so the cached page, the caller's own, is never older than the database.
    version = gathering_settings_for(network=where).version

    def read() -> dict[str, Any]:
        # Down to the id: gatherings starting at the same hour would otherwise come in
        # either order, and a page could repeat one and skip the other.
        rows = gatherings_for_list(network=where, user=user).order_by("-starts_at", "-pk")
        items = gathering_rows(user=user, rows=rows[offset : offset + limit])
        return _page(rows.count, limit, offset, items)

    key = pagecache.cache_key("api", where.pk, version, user.pk, limit, offset)
    return pagecache.get_or_render(key, read, fresh=lambda entry: True)


@api.get(
    "/networks/{network}/gatherings/{gathering_id}",
    response={200: GatheringOut, **ERRORS, 403: problems.Problem},
    url_name="gathering",
)
@network_operation("gatherings.view_gathering")
def gathering(request: HttpRequest, network: Slug, gathering_id: ObjectId) -> GatheringOut:
    return _gathering(_gathering_of(request, gathering_id))


@api.put(
    "/networks/{network}/gatherings/{gathering_id}/rsvp",
    response={200: GatheringOut, **WRITE_ERRORS},
    url_name="rsvp",
)
@network_operation("gatherings.rsvp_gathering", write=True)
def rsvp(
    request: HttpRequest, network: Slug, gathering_id: ObjectId, answer: RsvpIn
) -> GatheringOut:
    """Answer yes, no or maybe, as on the gathering's page (`rsvp_submit`): yes takes a seat
    or a place on the waitlist; a gathering of two parts needs `both_parts`. A field left
    out keeps what you answered before (the page shows it filled in; a script changing
    only the answer must not wipe the access needs given there); "" clears a text."""
    user = caller_of(request).user
    found = _gathering_of(request, gathering_id)
    given = answer.dict(exclude_unset=True)
    before = getattr(found, "my_rsvps", [])
    kept = {f: getattr(before[0], f) for f in RSVP_KEPT if f not in given} if before else {}
    rsvp_submit(gathering=found, user=user, **{**answer.dict(), **kept})
    return _gathering(_gathering_of(request, gathering_id))


# --------------------------------------------------------------------------- the Credit Club


@api.get(
    "/networks/{network}/proposals",
    response={200: ProposalPage, **ERRORS, 403: problems.Problem},
    url_name="proposals",
)
@network_operation("creditclub.view_call")
def proposals(
    request: HttpRequest, network: Slug, limit: Limit = PAGE_DEFAULT, offset: Offset = 0
) -> dict[str, Any]:
    """Your own proposals (withdrawn ones left out), latest gathering first, with their asks."""
    caller = caller_of(request)

    def read() -> dict[str, Any]:
        rows = proposals_of(user=caller.user, network=caller.network)
        items = proposal_rows(rows=rows[offset : offset + limit])
        return _page(rows.count, limit, offset, items)

    return _kept(caller, "proposals", (limit, offset), read)


@api.get(
    "/networks/{network}/asks",
    response={200: AskPage, **ERRORS, 403: problems.Problem},
    url_name="asks",
)
@network_operation("matching.view_asks")
def asks(
    request: HttpRequest, network: Slug, limit: Limit = PAGE_DEFAULT, offset: Offset = 0
) -> dict[str, Any]:
    """Open asks of presented projects, soonest needed first (the asks board)."""
    caller = caller_of(request)
    today: date = date_in(caller.network, timezone.now())

    def read() -> dict[str, Any]:
        rows = board_asks(network=caller.network, filters=AskFilters(), today=today)
        items = ask_rows(rows=rows[offset : offset + limit])
        return _page(rows.count, limit, offset, items)

    # The day is in the key: an ask whose date has passed leaves the board at midnight.
    return _kept(caller, "asks", (today, limit, offset), read, same_for_all=True)


# --------------------------------------------------------------------------- commitments


def _commitment(c: Commitment, user: User) -> CommitmentOut:
    to_me = c.proposal.proposer_id == user.pk
    return CommitmentOut(
        id=c.pk,
        gathering_id=c.gathering_id,
        proposal_id=c.proposal_id,
        project=c.proposal.title,
        ask_id=c.ask_id,
        committer=c.committer.full_name,
        # What was promised to me is loaded without the presenter: it is me.
        presenter=user.full_name if to_me else c.proposal.proposer.full_name,
        capital=c.capital,
        what=c.what,
        amount=c.amount,
        unit=c.unit,
        due_on=c.due_on,
        status=c.status,
        mine=c.committer_id == user.pk,
        to_me=to_me,
    )


@api.get(
    "/networks/{network}/commitments",
    response={200: CommitmentPage, **ERRORS, 403: problems.Problem},
    url_name="commitments",
)
@network_operation("followthrough.view")
def commitments(
    request: HttpRequest,
    network: Slug,
    role: Literal["owed", "to_me"] = "owed",
    status: Annotated[str, Query(max_length=20)] = "",
    limit: Limit = PAGE_DEFAULT,
    offset: Offset = 0,
) -> dict[str, Any]:
    """What you promised (`role=owed`, still owed first by due date) or what was promised
    to you as a presenter (`role=to_me`), as on My commitments."""
    caller = caller_of(request)
    status = _choice(status, "status", CommitmentStatus.values)
    where, user = caller.network, caller.user

    def read() -> dict[str, Any]:
        if role == "owed":
            owed = commitments_owed(network=where, user=user, status=status)
            items = commitment_rows(user=user, rows=owed[offset : offset + limit])
            return _page(owed.count, limit, offset, items)
        promised = commitments_to_me_query(network=where, user=user, status=status)
        items = commitment_rows(user=user, rows=promised[offset : offset + limit])
        return _page(promised.count, limit, offset, items)

    # Due dates turn "overdue" with the day, so the day is in the key too.
    today = date_in(where, timezone.now())
    return _kept(caller, "commitments", (role, status, today, limit, offset), read)


def _party_commitment(request: HttpRequest, commitment_id: int) -> Commitment:
    """A commitment you are a party to (committer, presenter, or a steward); any other, of
    this network or another, is 404 alike."""
    caller = caller_of(request)
    found = (
        Commitment.objects.select_related("proposal__proposer", "committer", "network")
        .filter(COUNTED, network=caller.network, pk=commitment_id)
        .first()
    )
    if found is None or not commitment_roles(caller.user, found):
        raise Http404
    return found


@api.get(
    "/networks/{network}/commitments/{commitment_id}",
    response={200: CommitmentOut, **ERRORS, 403: problems.Problem},
    url_name="commitment",
)
@network_operation("followthrough.view")
def commitment(request: HttpRequest, network: Slug, commitment_id: ObjectId) -> CommitmentOut:
    return _commitment(_party_commitment(request, commitment_id), caller_of(request).user)


@api.post(
    "/networks/{network}/commitments/{commitment_id}/transition",
    response={200: CommitmentOut, **WRITE_ERRORS},
    url_name="commitment_transition",
)
@network_operation("followthrough.view", write=True)
def transition(
    request: HttpRequest, network: Slug, commitment_id: ObjectId, move: TransitionIn
) -> CommitmentOut:
    """Move a commitment through its lifecycle (`commitment_transition`, the one service
    the pages use): the committer marks it done or releases it, the presenter confirms it
    was kept, ... A move that does not exist is 422 naming `to`; one that is not yours, 403."""
    user = caller_of(request).user
    found = _party_commitment(request, commitment_id)
    commitment_transition(
        commitment=found,
        actor=user,
        to=move.to,
        note=move.note,
        delivered_amount=move.delivered_amount,
    )
    return _commitment(_party_commitment(request, commitment_id), user)


# --------------------------------------------------------------------------- stewards


@api.get(
    "/networks/{network}/roster",
    response={200: RosterPage, **ERRORS, 403: problems.Problem},
    url_name="roster",
)
@network_operation("networks.manage_membership")
def roster(
    request: HttpRequest,
    network: Slug,
    status: Annotated[str, Query(max_length=20)] = "",
    limit: Limit = PAGE_DEFAULT,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stewards: the roster, as on the roster page (no contact details)."""
    caller = caller_of(request)
    status = _choice(status, "status", MembershipStatus.values)

    def read() -> dict[str, Any]:
        rows = roster_of_network(network=caller.network, status=status)
        return _membership_page("roster", caller.network, rows, status, roster_rows, limit, offset)

    return _kept(caller, "roster", (status, limit, offset), read, same_for_all=True)


@api.get(
    "/networks/{network}/gatherings/{gathering_id}/attendees",
    response={200: AttendeePage, **ERRORS, 403: problems.Problem},
    url_name="attendees",
)
@network_operation("gatherings.manage_gathering")
def attendees(
    request: HttpRequest,
    network: Slug,
    gathering_id: ObjectId,
    limit: Limit = PAGE_DEFAULT,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stewards: who comes (confirmed members, then approved substitutes), as on the badges
    page; no contact details."""
    found = _gathering_of(request, gathering_id)
    rows = gathering_attendees(gathering=found)
    items = [
        AttendeeOut(
            name=r["name"],
            organization=r["organization"],
            kind=str(r["kind"]),
            presenting=bool(r["presenting"]),
            dietary_needs=r["dietary_needs"],
            access_needs=r["access_needs"],
        )
        for r in _window(rows, limit, offset)
    ]
    return _page(rows.__len__, limit, offset, items)


@api.get(
    "/networks/{network}/insights",
    response={200: InsightsOut, **ERRORS, 403: problems.Problem},
    url_name="insights",
)
@network_operation("insights.view_insights")
def insights(
    request: HttpRequest,
    network: Slug,
    year: Annotated[int | None, Query(ge=1900, le=9999)] = None,
    gathering: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
) -> InsightsOut:
    """The network's figures, as the insights dashboard shows them, for all time, one
    reporting `year` or one `gathering` that has begun (the dashboard's own periods: no free
    date ranges): small counts suppressed the same way (a suppressed cell reads so)."""
    caller = caller_of(request)
    scope = Scope()
    titles = {pk: title for pk, title, _starts in gathering_choices(network=caller.network)}
    if gathering is not None:
        if gathering not in titles:
            raise problems.QueryRefused("gathering", "Use the id of a gathering that has begun.")
        scope = Scope(gathering_id=gathering)
    elif year is not None:
        if year not in reporting_years(network=caller.network):
            raise problems.QueryRefused("year", "Use a year in which the network held gatherings.")
        scope = Scope(year=year)
    figures = insights_figures(network=caller.network, scope=scope)
    published = sensitive_published(network=caller.network)
    report = reporting.build_report(figures, published)
    # Ideology and race come from the latest snapshot, not from the period asked for: say
    # when it was taken, as the dashboard does.
    as_of = {p.attribute: p.as_of for p in published if p.table is not None}
    return InsightsOut(
        scope=str(reporting.scope_label(figures, titles.get(gathering or 0))),
        computed_at=figures.computed_at,
        headline=[
            FigureOut(key=h.key, label=str(h.label), value=h.value, note=str(h.note))
            for h in report.headline
        ],
        kinds=[
            KindOut(
                kind=k.kind,
                label=str(k.label),
                total=k.total,
                open=k.open,
                kept=k.kept,
                released=k.released,
                lapsed=k.lapsed,
                kept_rate=k.kept_rate,
            )
            for k in report.kinds
        ],
        diversity=[
            DiversityOut(
                attribute=d.attribute,
                label=str(d.label),
                sensitive=d.sensitive,
                cells=[CellOut(category=str(c), value=str(v)) for c, v in d.rows],
                note=str(d.note) if d.note else None,
                as_of=as_of.get(d.attribute) if d.sensitive else None,
            )
            for d in report.diversity
        ],
    )
