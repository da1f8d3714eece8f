"""Reads of API tokens (a person's own list, and the row a presented token names), and the
rows the list operations show."""

from __future__ import annotations

import hashlib
from typing import Any

from django.core.cache import cache
from django.db import connection
from django.db.models import F, Model, OuterRef, QuerySet, Subquery
from django.db.models.expressions import Col
from django.utils import timezone
from django_scopes import scopes_disabled

from collaboratory.api.models import ApiToken
from collaboratory.commitments.models import Commitment
from collaboratory.creditclub.models import Ask, Proposal
from collaboratory.gatherings.models import Gathering, Rsvp
from collaboratory.networks.models import ADMITTED_STATUSES, CheckIn, Membership, Network
from collaboratory.networks.selectors import membership_known
from collaboratory.networks.tokens import digests_match, keyed_token_parse
from collaboratory.people.models import MINOR_AGE_BANDS, OfferedAsset, User
from collaboratory.people.selectors import when

# The membership columns the token check needs; the rest load on first use.
MEMBERSHIP_FIELDS = ("id", "network_id", "user_id", "role", "status")


def api_tokens_of(*, network: Network, user: User) -> QuerySet[ApiToken]:
    """The person's tokens in this network, live ones first, newest first."""
    return ApiToken.objects.filter(network=network, user=user).order_by(
        "revoked_at", "-created_at", "-pk"
    )


def personal_api_tokens(user: User) -> list[dict[str, object]]:
    """For "export my data": the person's tokens in every network, by name and dates; never
    a digest or any part of a secret."""
    with scopes_disabled():  # the person's own rows, whichever networks hold them
        tokens = list(
            ApiToken.objects.filter(user=user).select_related("network").order_by("created_at")
        )
    return [
        {
            "network": t.network.name,
            "name": t.name,
            "scope": t.scope,
            "created_at": when(t.created_at),
            "expires_at": when(t.expires_at),
            "revoked_at": when(t.revoked_at),
            "last_used_at": when(t.last_used_at),
        }
        for t in tokens
    ]


def api_token_of(*, network: Network, user: User, token_id: int | None) -> ApiToken | None:
    return api_tokens_of(network=network, user=user).filter(pk=token_id or 0).first()


def _columns(model: type[Model], alias: str, names: tuple[str, ...] | None = None) -> list[str]:
    fields = [f for f in model._meta.concrete_fields if names is None or f.attname in names]
    return [f"{alias}.{connection.ops.quote_name(f.column)}" for f in fields]


def _names(model: type[Model], names: tuple[str, ...] | None = None) -> list[str]:
    return [f.attname for f in model._meta.concrete_fields if names is None or f.attname in names]


def _converted(model: type[Model], alias: str, names: list[str], raw: list[Any]) -> list[Any]:
    """Values as the ORM would give them (SQLite returns dates as text, booleans as 0/1):
    each column through the converters the ORM's compiler applies."""
    fields = {f.attname: f for f in model._meta.concrete_fields}
    values = []
    for name, value in zip(names, raw, strict=True):
        column = Col(alias, fields[name])
        converters = connection.ops.get_db_converters(column) + column.get_db_converters(connection)
        for converter in converters:
            value = converter(value, column, connection)
        values.append(value)
    return values


def api_caller_for(*, presented: str) -> tuple[ApiToken, Membership] | None:
    """The live token that `presented` names and its owner's admitted membership in the
    token's network, read in one query (every API request pays it: four ORM queries' worth
    of SQL building cost more than the operations' own reads). None for unknown, wrong,
    revoked, expired, an inactive account and a membership no longer admitted alike. The
    membership is handed to `membership_for`, so the permission checks ask nothing more."""
    pk, secret = keyed_token_parse(presented)
    row = None
    if pk is not None:
        token_cols = _columns(ApiToken, "t")
        network_cols = _columns(Network, "n")
        user_cols = _columns(User, "u")
        member_cols = _columns(Membership, "m", MEMBERSHIP_FIELDS)
        statuses = sorted(ADMITTED_STATUSES)
        q = connection.ops.quote_name
        columns = ", ".join(token_cols + network_cols + user_cols + member_cols)
        # Names come from the models' metadata only; the values are parameters.
        sql = (
            f"SELECT {columns} "  # noqa: S608
            f"FROM {q(ApiToken._meta.db_table)} t "
            f"JOIN {q(Network._meta.db_table)} n ON n.id = t.network_id "
            f"JOIN {q(User._meta.db_table)} u ON u.id = t.user_id "
            f"LEFT JOIN {q(Membership._meta.db_table)} m ON m.network_id = t.network_id "
            f"AND m.user_id = t.user_id AND m.status IN ({', '.join(['%s'] * len(statuses))}) "
            "WHERE t.id = %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*statuses, pk])
            row = cursor.fetchone()
    shapes = [
        (ApiToken, _names(ApiToken)),
        (Network, _names(Network)),
        (User, _names(User)),
        (Membership, _names(Membership, MEMBERSHIP_FIELDS)),
    ]
    values: list[list[Any]] = []
    rest = list(row) if row is not None else []
    for (model, names), alias in zip(shapes, "tnum", strict=True):
        values.append(_converted(model, alias, names, rest[: len(names)]) if row else [])
        rest = rest[len(names) :]
    stored = str(values[0][shapes[0][1].index("digest")]) if row is not None else None
    if not digests_match(secret, stored) or row is None:
        return None
    token = ApiToken.from_db("default", shapes[0][1], values[0])
    network = Network.from_db("default", shapes[1][1], values[1])
    user = User.from_db("default", shapes[2][1], values[2])
    if token.revoked_at is not None or token.expires_at <= timezone.now():
        return None
    if not user.is_active or values[3][0] is None:
        return None
    membership = Membership.from_db("default", shapes[3][1], values[3])
    token.network, token.user = network, user
    membership.network, membership.user = network, user
    membership_known(user=user, network=network, membership=membership)
    return token, membership


# --------------------------------------------------------------------------- list rows
# The lists find a page's ids through the pages' own selectors (their filters are the
# privacy rules), then read only the columns the API shows for those ids, as plain values:
# building model instances for four joined tables per row cost more than the SQL.


def member_rows(*, network: Network, ids: list[int]) -> list[dict[str, Any]]:
    """The directory's shown fields of these memberships, in the order of `ids`, each with
    its person's offers (by creation). Two queries whatever the number of rows. The sector
    is the stored name (a default one in English, untranslated): clients match on it, and an
    answer should not change with the caller's language."""
    found = {
        row["id"]: row
        for row in Membership.objects.filter(network=network, pk__in=ids).values(
            "id",
            "user_id",
            "title",
            name=F("user__full_name"),
            organization_name=F("organization__name"),
            sector_name=F("sector__name"),
            city=F("user__city"),
            region=F("user__region"),
            age_band=F("user__age_band"),
            issue_tags=F("user__profile__issue_tags"),
        )
    }
    offers: dict[int, list[dict[str, str]]] = {}
    people = [row["user_id"] for row in found.values()]
    for user_id, category, kind, description in (
        OfferedAsset.objects.filter(user_id__in=people)
        .order_by("pk")
        .values_list("user_id", "category", "kind", "description")
    ):
        offers.setdefault(user_id, []).append(
            {"category": category, "kind": kind, "description": description}
        )
    rows = []
    for pk in ids:
        row = found.get(pk)
        if row is None:
            continue
        rows.append(
            {
                "id": row["id"],
                "name": row["name"],
                "title": row["title"],
                "organization": row["organization_name"] or "",
                "sector": row["sector_name"] or "",
                "city": row["city"],
                # Minors show no location beyond city (safeguards.md), as on the directory.
                "region": "" if row["age_band"] in MINOR_AGE_BANDS else row["region"],
                "issue_areas": [t for t in (row["issue_tags"] or "").split(",") if t],
                "offers": offers.get(row["user_id"], []),
            }
        )
    return rows


def roster_rows(*, network: Network, ids: list[int]) -> list[dict[str, Any]]:
    """The roster's shown fields of these memberships, in the order of `ids`, with each
    one's latest check-in answer. One query; the answer's subquery runs for these rows
    only, not for every membership the roster's order sorts."""
    last_answer = CheckIn.objects.filter(membership=OuterRef("pk")).order_by("-sent_at")
    found = {
        row["id"]: row
        for row in Membership.objects.filter(network=network, pk__in=ids)
        .annotate(check_in_answer=Subquery(last_answer.values("answer")[:1]))
        .values(
            "id",
            "role",
            "status",
            "status_note",
            "status_overridden",
            "check_in_answer",
            name=F("user__full_name"),
            organization_name=F("organization__name"),
        )
    }
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "organization": row["organization_name"] or "",
            "role": row["role"],
            "status": row["status"],
            "status_note": row["status_note"] if row["status_overridden"] else "",
            "check_in_answer": row["check_in_answer"],
        }
        for row in (found.get(pk) for pk in ids)
        if row is not None
    ]


# A full page of the directory or the roster needs the count of every row the filter finds:
# 10,000 memberships joined to their people, about 5 ms in SQLite, more than the rest of
# the operation. Kept a minute per network and filter, as the network home's head counts
# are (`networks.selectors.network_counts`); a page that is not full knows its count exactly
# and never asks (`page_count`).
LIST_COUNT_SECONDS = 60


def list_count_cached(*, name: str, network: Network, filters: str, rows: QuerySet[Any]) -> int:
    digest = hashlib.sha256(filters.encode()).hexdigest()[:32]
    key = f"api:count:{name}:{network.pk}:{digest}"
    cached = cache.get(key)
    if isinstance(cached, int):
        return cached
    count = rows.count()
    cache.set(key, count, LIST_COUNT_SECONDS)
    return count


GATHERING_FIELDS = (
    *("id", "title", "format", "city", "starts_at", "ends_at", "capacity", "seats_taken"),
    "rsvp_deadline",
)
RSVP_FIELDS = ("status", "both_parts", "wants_to_present", "dietary_needs", "access_needs")


def gathering_rows(*, user: User, rows: QuerySet[Gathering]) -> list[dict[str, Any]]:
    """`rows` (a window of `gatherings_for_list`) as the API shows them, each with the
    caller's own RSVP or None. Two queries."""
    found = list(rows.prefetch_related(None).values(*GATHERING_FIELDS))
    mine = {
        row.pop("gathering_id"): row
        for row in Rsvp.objects.filter(gathering_id__in=[g["id"] for g in found], user=user).values(
            "gathering_id", *RSVP_FIELDS, "answered_at"
        )
    }
    for row in found:
        row["seats_taken"] = int(row["seats_taken"] or 0)
        row["my_rsvp"] = mine.get(row["id"])
    return found


def ask_rows(*, rows: QuerySet[Ask]) -> list[dict[str, Any]]:
    """`rows` (a window of the asks board) as the API shows them. One query."""
    found = list(
        rows.values(
            *("id", "proposal_id", "category", "capital", "what", "quantity", "needed_by"),
            "commitment_count",
            project=F("proposal__title"),
            presenter=F("proposal__proposer__full_name"),
        )
    )
    for row in found:
        row["commitment_count"] = int(row["commitment_count"])
    return found


def commitment_rows(*, user: User, rows: QuerySet[Commitment]) -> list[dict[str, Any]]:
    """`rows` (a window of `commitments_owed`) as the API shows them. One query."""
    found = list(
        rows.values(
            *("id", "gathering_id", "proposal_id", "ask_id", "capital", "what", "amount"),
            *("unit", "due_on", "status", "committer_id"),
            project=F("proposal__title"),
            committer_name=F("committer__full_name"),
            presenter=F("proposal__proposer__full_name"),
            presenter_id=F("proposal__proposer_id"),
        )
    )
    for row in found:
        row["committer"] = row.pop("committer_name")
        row["mine"] = row.pop("committer_id") == user.pk
        row["to_me"] = row.pop("presenter_id") == user.pk
    return found


ASK_FIELDS = ("id", "category", "capital", "what", "quantity", "needed_by")


def proposal_rows(*, rows: QuerySet[Proposal]) -> list[dict[str, Any]]:
    """`rows` (a window of `proposals_of`) as the API shows them, each with its asks in
    their order. Two queries."""
    found = list(rows.values("id", "gathering_id", "title", "state", "gathering__title"))
    asks: dict[int, list[dict[str, Any]]] = {}
    for ask in (
        Ask.objects.filter(proposal_id__in=[p["id"] for p in found])
        .order_by("position", "pk")
        .values("proposal_id", *ASK_FIELDS)
    ):
        asks.setdefault(ask.pop("proposal_id"), []).append(ask)
    return [
        {
            "id": row["id"],
            "gathering_id": row["gathering_id"],
            "gathering": row["gathering__title"],
            "title": row["title"],
            "state": row["state"],
            "asks": asks.get(row["id"], []),
        }
        for row in found
    ]
