"""Data-subject requests: the register without national IDs, and the access export."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from storage.subject_requests import SubjectRequest
from tests.review.conftest import sign_in
from tests.review_api.test_review_exports import last_audit
from tests.review_compliance.conftest import World


def test_register_shows_requests_and_refusals_but_no_national_id(
    client: TestClient, world: World
) -> None:
    sign_in(client, "auditor")
    page = client.get("/compliance/subjects").text
    assert 'data-kind="erase" data-outcome="erased"' in page
    assert 'data-kind="erase" data-outcome="refused"' in page
    assert world.receipts[2] in page  # erased
    assert f"{world.receipts[3]}</a>: เรื่องยังไม่เสร็จ" in page  # refused, with the reason
    assert "คำขอที่ 2/2569" in page
    assert "<code>intake subject erase --national-id X --reason TEXT</code>" in page
    for p in world.people:
        assert p.national_id not in page and p.national_id_dashed not in page


def test_access_export_downloads_only_that_persons_cases(client: TestClient, world: World) -> None:
    csrf = sign_in(client, "auditor")
    p = world.people[4]
    response = client.post(
        "/compliance/subjects/export",
        data={
            "national_id": p.national_id_dashed,
            "reason": "หนังสือคำขอที่ 7/2569",
            "csrf_token": csrf,
        },
    )
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment;") and p.national_id not in disposition
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"].startswith("application/json")
    document = json.loads(response.content)
    assert [c["receipt_no"] for c in document["cases"]] == [world.receipts[4]]
    assert document["cases"][0]["fields"]["national_id"].replace("-", "") == p.national_id
    body = response.content.decode("utf-8")
    for other in world.people:
        if other is not p:
            assert other.national_id not in body and other.email not in body
    entry = last_audit(world.ctx, "subject.export")
    assert entry.actor == "auditor" and world.receipts[4] in entry.details_json
    with Session(world.ctx.engine) as session:
        row = session.exec(select(SubjectRequest).order_by(col(SubjectRequest.id).desc())).first()
    assert row is not None and row.kind == "access" and row.outcome == "exported"
    assert row.cases == [world.receipts[4]] and row.reason == "หนังสือคำขอที่ 7/2569"
    page = client.get("/compliance/subjects").text
    assert 'data-kind="access" data-outcome="exported"' in page and "หนังสือคำขอที่ 7/2569" in page


def test_access_export_refuses_a_bad_id_or_no_reason_without_echoing(
    client: TestClient, world: World
) -> None:
    csrf = sign_in(client, "auditor")
    p = world.people[5]
    with Session(world.ctx.engine) as session:
        before = len(list(session.exec(select(SubjectRequest))))
    no_reason = client.post(
        "/compliance/subjects/export",
        data={"national_id": p.national_id, "reason": " ", "csrf_token": csrf},
    )
    assert no_reason.status_code == 400 and "ต้องระบุเหตุผล" in no_reason.text
    assert p.national_id not in no_reason.text
    wrong = p.national_id[:12]  # a digit short
    bad = client.post(
        "/compliance/subjects/export",
        data={"national_id": wrong, "reason": "หนังสือคำขอที่ 8/2569", "csrf_token": csrf},
    )
    assert bad.status_code == 400 and "เลขประจำตัวประชาชนไม่ถูกต้อง" in bad.text
    assert wrong not in bad.text
    with Session(world.ctx.engine) as session:
        assert len(list(session.exec(select(SubjectRequest)))) == before


def test_an_unknown_person_gets_an_empty_export(client: TestClient, world: World) -> None:
    csrf = sign_in(client, "auditor")
    unknown = "1101700000000"
    total = sum(int(d) * w for d, w in zip(unknown[:12], range(13, 1, -1), strict=True))
    unknown = unknown[:12] + str((11 - total % 11) % 10)
    response = client.post(
        "/compliance/subjects/export",
        data={"national_id": unknown, "reason": "หนังสือคำขอที่ 9/2569", "csrf_token": csrf},
    )
    assert response.status_code == 200
    assert json.loads(response.content)["cases"] == []
