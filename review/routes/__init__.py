"""One router per resource. A new router is added to ROUTERS and nothing else changes."""

from fastapi import APIRouter

from review.routes import (
    api,
    apidocs,
    auth,
    cases,
    compliance,
    compliance_audit,
    compliance_keys,
    compliance_report,
    compliance_retention,
    compliance_subjects,
    dashboard,
    exports,
    health,
    language,
    queue,
    verify,
    webhooks,
)

ROUTERS: list[APIRouter] = [
    auth.router,
    language.router,
    queue.router,
    cases.router,
    compliance.router,
    exports.router,
    dashboard.router,
    api.router,
    apidocs.router,
    compliance_audit.router,
    compliance_keys.router,
    compliance_retention.router,
    compliance_subjects.router,
    compliance_report.router,
    verify.router,
    health.router,
    webhooks.router,
]
