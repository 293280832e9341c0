"""`/healthz` and `/metrics` for the agency's monitoring: counts and ages, no personal data.

Both are open without signing in (a probe has no account); they say nothing about any
person. `/healthz` answers 200 while the database answers, with `"status": "degraded"`
and one line per problem when something waits too long; 503 when the database does not.
`/metrics` is the Prometheus text format.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest
from sqlalchemy.exc import SQLAlchemyError

from intake.health import Health, build_health
from review.deps import Ctx
from storage.models import MessageState

router = APIRouter(tags=["health"])
log = logging.getLogger("review.health")


@router.get("/healthz", include_in_schema=False)
def healthz(ctx: Ctx) -> JSONResponse:
    try:
        health = build_health(ctx)
    except SQLAlchemyError as exc:
        log.warning("health check: database unavailable", extra={"error": type(exc).__name__})
        return JSONResponse(
            {"status": "fail", "problems": ["the database does not answer"]}, status_code=503
        )
    problems = health.warnings
    return JSONResponse(
        {
            "status": "degraded" if problems else "ok",
            "problems": problems,
            "pending": sum(health.messages_by_state[s] for s in _pending(health)),
            "oldest_pending_age_s": health.oldest_pending_age_s,
            "quarantined": health.messages_by_state.get("quarantined", 0),
        }
    )


@router.get("/metrics", include_in_schema=False)
def metrics(ctx: Ctx) -> Response:
    try:
        health = build_health(ctx)
    except SQLAlchemyError:
        return Response("# the database does not answer\n", status_code=503)
    return Response(generate_latest(registry_for(health)), media_type=CONTENT_TYPE_LATEST)


def registry_for(health: Health) -> CollectorRegistry:
    """A fresh registry per scrape: the figures are read from the database each time."""
    registry = CollectorRegistry()
    by_state = Gauge("intake_messages", "Messages by state", ["state"], registry=registry)
    for state, count in health.messages_by_state.items():
        by_state.labels(state=state).set(count)
    Gauge(
        "intake_oldest_pending_message_age_seconds",
        "Age of the oldest message not yet in a final state (0 when none)",
        registry=registry,
    ).set(health.oldest_pending_age_s or 0)
    Gauge(
        "intake_queue_age_seconds",
        "Age of the oldest open case in the staff queue (0 when none)",
        registry=registry,
    ).set(health.oldest_open_case_age_s or 0)
    failing = Gauge(
        "intake_mailbox_poll_failing",
        "1 when the mailbox's last poll ended in an error",
        ["mailbox"],
        registry=registry,
    )
    last_ok = Gauge(
        "intake_mailbox_last_ok_timestamp_seconds",
        "When the mailbox was last polled without error (Unix time; 0 never)",
        ["mailbox"],
        registry=registry,
    )
    for box in health.mailboxes:
        failing.labels(mailbox=box.name).set(1 if box.failing else 0)
        last_ok.labels(mailbox=box.name).set(box.last_ok_at.timestamp() if box.last_ok_at else 0)
    Gauge("intake_poll_errors", "Mailboxes whose last poll failed", registry=registry).set(
        sum(box.failing for box in health.mailboxes)
    )
    Gauge("intake_outbox_backlog", "Outbox rows not yet delivered", registry=registry).set(
        health.outbox_backlog
    )
    Gauge(
        "intake_messages_over_limit",
        "Messages whose last failure was a parse time or memory limit",
        registry=registry,
    ).set(health.messages_over_limit)
    Gauge(
        "intake_stage_kills",
        "Parser children killed for a limit by this process since it started",
        registry=registry,
    ).set(health.parser_kills)
    return registry


def _pending(health: Health) -> list[str]:
    return [s for s in MessageState.PENDING if s in health.messages_by_state]
