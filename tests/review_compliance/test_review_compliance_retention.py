"""Retention: the dry-run list changes nothing; legal holds placed and lifted by form."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from review.i18n import format_date
from storage.audit import AuditEntry
from storage.retention import LegalHold
from tests.review.conftest import sign_in
from tests.review_api.test_review_exports import last_audit
from tests.review_compliance.conftest import LONG_AGO, World, case_status


def audit_count(world: World, action: str) -> int:
    with Session(world.ctx.engine) as session:
        query = select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action)
        return int(session.exec(query).one())


def holds_of(world: World, receipt_index: int) -> list[LegalHold]:
    from storage.models import Case

    with Session(world.ctx.engine) as session:
        case_id = session.exec(
            select(Case.id).where(Case.receipt_no == world.receipts[receipt_index])
        ).one()
        query = select(LegalHold).where(LegalHold.case_id == case_id).order_by(col(LegalHold.id))
        return list(session.exec(query))


def test_due_list_is_a_dry_run_in_buddhist_era(client: TestClient, world: World) -> None:
    sign_in(client, "auditor")
    erasures = audit_count(world, "case.erase")
    page = client.get("/compliance/retention").text
    due = re.findall(r'<tr data-receipt="([^"]+)"', page.split('id="due"')[1].split("</table>")[0])
    assert due == world.receipts[:2]  # closed in 2010; the recently closed one is not due
    assert format_date(LONG_AGO, "th") in page and "15 มี.ค. 2553" in page  # 2010 + 543
    assert "<code>intake retention run</code>" in page
    assert case_status(world.ctx, world.receipts[0]) == "done"
    assert case_status(world.ctx, world.receipts[1]) == "rejected"
    assert audit_count(world, "case.erase") == erasures  # nothing was disposed of


def test_place_and_lift_a_hold_through_the_form(client: TestClient, world: World) -> None:
    csrf = sign_in(client, "auditor")
    receipt = world.receipts[1]
    placed = client.post(
        "/compliance/retention/holds",
        data={"receipt": receipt.lower(), "reason": "คดีปกครองหมายเลขดำ 5/2569", "csrf_token": csrf},
    )
    assert placed.status_code == 200 and placed.url.path == "/compliance/retention"
    assert 'id="retention-notice"' in placed.text
    assert re.search(rf'<tr data-receipt="{receipt}" data-held="1">', placed.text)
    assert re.search(rf'<tr data-receipt="{receipt}" data-state="active">', placed.text)
    [hold] = holds_of(world, 1)
    assert hold.reason == "คดีปกครองหมายเลขดำ 5/2569" and hold.placed_by == "auditor"
    entry = last_audit(world.ctx, "hold.add")
    assert entry.actor == "auditor" and entry.purpose == hold.reason

    again = client.post(
        "/compliance/retention/holds",
        data={"receipt": receipt, "reason": "อีกครั้งหนึ่ง", "csrf_token": csrf},
    )
    assert "ถูกระงับการลบอยู่แล้ว" in again.text and len(holds_of(world, 1)) == 1

    lifted = client.post(
        "/compliance/retention/holds/lift",
        data={"receipt": receipt, "reason": "ศาลมีคำพิพากษาแล้ว", "csrf_token": csrf},
    )
    assert "ยกเลิกการระงับการลบแล้ว" in lifted.text
    assert re.search(rf'<tr data-receipt="{receipt}" data-state="lifted">', lifted.text)
    [hold] = holds_of(world, 1)
    assert hold.lifted_at is not None and hold.lift_reason == "ศาลมีคำพิพากษาแล้ว"
    assert last_audit(world.ctx, "hold.lift").purpose == "ศาลมีคำพิพากษาแล้ว"
    assert not re.search(rf'<tr data-receipt="{receipt}" data-held="1">', lifted.text)


def test_hold_forms_refuse_what_cannot_be_done(client: TestClient, world: World) -> None:
    csrf = sign_in(client, "auditor")
    before = audit_count(world, "hold.add") + audit_count(world, "hold.lift")
    cases = [
        ("/compliance/retention/holds", world.receipts[0], "สั้น", "ต้องระบุเหตุผลอย่างน้อย 5 ตัวอักษร"),
        ("/compliance/retention/holds", "REQ-2569-999999", "ไม่มีเรื่องนี้", "ไม่พบเรื่องตามเลขรับนี้"),
        ("/compliance/retention/holds", world.receipts[2], "ลบไปแล้ว", "ถูกลบข้อมูลแล้ว"),
        ("/compliance/retention/holds/lift", world.receipts[0], "ไม่ได้ระงับ", "ไม่ได้ถูกระงับการลบ"),
    ]
    for url, receipt, reason, message in cases:
        response = client.post(url, data={"receipt": receipt, "reason": reason, "csrf_token": csrf})
        assert response.status_code == 200 and 'id="retention-problem"' in response.text
        assert message in response.text, message
    assert audit_count(world, "hold.add") + audit_count(world, "hold.lift") == before
    assert holds_of(world, 0) == []
