"""The API against its own OpenAPI schema, over HTTP on a live server: every operation, with
cases generated from the schema (fitting it, and not fitting it), must never answer 5xx and
every answer must match the schema (status, body). Run with a steward's read-and-write token
of a seeded network, mostly aimed at that network and its real objects so the cases reach
the operations' code, not only the 404 of a random slug."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import response_schema_conformance

from collaboratory.api.v1 import api
from tests.api.helpers import persona_token
from tests.authz.objects import commitment_pk, open_ask_pk
from tests.conftest import World

EXAMPLES = 25


@pytest.mark.django_db(transaction=True)
def test_every_operation_keeps_to_its_schema_and_never_fails(
    world: World, live_server, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.COLLABORATORY_API_RATE_LIMIT = "1000000/m"  # the live server's thread reads it too
    token = persona_token(world, "steward")
    fixed_ids = {
        "gathering_id": world.gatherings["alpha"].pk,
        "commitment_id": commitment_pk(world, "alpha"),
    }
    open_ask_pk(world, "alpha")
    schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
    headers = {"Authorization": f"Bearer {token}"}
    checks = [not_a_server_error, response_schema_conformance]
    failures: list[str] = []
    reached: dict[str, set[int]] = {}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 13

    for operation in operations:
        names = {p.name for p in operation.path_parameters}
        ours = {"network": "alpha", **{k: v for k, v in fixed_ids.items() if k in names}}
        strategy = st.one_of(
            operation.as_strategy(path_parameters={"network": "alpha"}, headers=headers),
            operation.as_strategy(path_parameters=ours, headers=headers),
            operation.as_strategy(headers=headers),
            operation.as_strategy(GenerationMode.NEGATIVE, path_parameters=ours, headers=headers),
        )

        @hypothesis_settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(case=strategy)
        def run(case) -> None:  # type: ignore[no-untyped-def]
            try:
                response = case.call_and_validate(
                    base_url=live_server.url, headers=headers, checks=checks
                )
            except Exception as failure:  # collected, so one run reports them all
                failures.append(f"{case.operation.label}: {failure}"[:2000])
            else:
                reached.setdefault(case.operation.label, set()).add(response.status_code)

        run()

    assert failures == []
    # Every operation's own code ran (not only the 404 of a foreign or unknown network).
    assert sorted(label for label, seen in reached.items() if seen - {404}) == sorted(
        op.label for op in operations
    )
