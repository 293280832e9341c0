"""Schema-based run over /openapi.json with a valid token: no server errors, answers that
match the document. Bounded (a few dozen examples per operation) to stay under a minute.

Driven by hypothesis directly over each operation's strategy: schemathesis's pytest
plugin (`from_fixture`) does not work with this pytest, and the store is a fixture.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from intake.context import Context
from review.app import create_app
from review.options import WebOptions

MAX_EXAMPLES = 40


def _operations(store: Context) -> list[Any]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 4  # list, one case, status change, audit
    return operations


def _run(operation: Any, token: str, examples: int) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def check(case: Any) -> None:
        case.call_and_validate(
            headers={"Authorization": f"Bearer {token}"},
            # A national ID with a wrong check digit fits the schema (any formatting is
            # accepted, so no pattern can say it) yet is rightly answered with a 422.
            excluded_checks=[positive_data_acceptance],
        )

    check()


@pytest.mark.parametrize("user", ["auditor", "boss"])
def test_api_answers_by_its_schema(store: Context, tokens: dict[str, str], user: str) -> None:
    # The compliance token reaches every read and gets the declared 403 on a status
    # change; the supervisor's changes statuses and gets the declared 403 on the audit.
    for operation in _operations(store):
        _run(operation, tokens[user], MAX_EXAMPLES if user == "auditor" else MAX_EXAMPLES // 2)
