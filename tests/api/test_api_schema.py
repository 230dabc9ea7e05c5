"""Property tests against the OpenAPI document: every documented endpoint, fed
generated requests, answers a documented status with a body that fits its schema, and
never a server error. Bounded to a few examples per operation to keep the suite fast.

(schemathesis' own pytest plugin does not load with this pytest, so each operation's
strategy is run through hypothesis directly.)"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from sitrep.api import ApiConfig, create_app
from sitrep.api.security import AccessPolicy


@pytest.fixture
def api_schema(filled_db: Path, stand_in_extractor: Any) -> Any:
    config = ApiConfig(
        db=filled_db, policy=AccessPolicy(write_token="tok"), extract=stand_in_extractor
    )
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(config))


def _run(operation: Any) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
    )
    def check(case: Any) -> None:
        # Every check but "schema-valid data is accepted": a schema cannot say that a
        # date must exist or a bbox stay within -180..180, so 422 there is right.
        case.call_and_validate(excluded_checks=[positive_data_acceptance])

    check()


def test_every_operation_conforms_to_schema(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:
        _run(operation)
