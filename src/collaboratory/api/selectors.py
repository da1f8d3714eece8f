"""Reads of API tokens: a person's own list, and the row a presented token names."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.db.models import Model, QuerySet
from django.db.models.expressions import Col
from django.utils import timezone

from collaboratory.api.models import ApiToken
from collaboratory.networks.models import ADMITTED_STATUSES, Membership, Network
from collaboratory.networks.selectors import membership_known
from collaboratory.networks.tokens import digests_match, keyed_token_parse
from collaboratory.people.models import User

# The membership columns the token check needs; the rest load on first use.
MEMBERSHIP_FIELDS = ("id", "network_id", "user_id", "role", "status")


def api_tokens_of(*, network: Network, user: User) -> QuerySet[ApiToken]:
    """The person's tokens in this network, live ones first, newest first."""
    return ApiToken.objects.filter(network=network, user=user).order_by(
        "revoked_at", "-created_at", "-pk"
    )


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
