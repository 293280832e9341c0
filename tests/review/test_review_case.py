"""The case page: masked by default, reveal with a reason, corrections, status,
assignment, notes, the conversation, the original mail made safe, and the audit."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from intake.context import Context
from storage.audit import AuditEntry
from storage.models import Case
from storage.workflow import CaseEvent
from tests.extractors.hostile_pdfs import build_pdf
from tests.review.conftest import PEOPLE, csrf_of, receipt_of, sign_in
from tests.review.review_seed import (
    Person,
    import_mails,
    person,
    reply_mail,
    request_mail,
    seed_store,
)

HTML_PERSON = person(50)
ATTACHMENT_PERSON = person(51)
HOSTILE_HTML = (
    "<html><head><script>document.title='PWNED'</script></head><body>"
    '<p onclick="alert(1)">สวัสดี</p><img src="http://127.0.0.1:9/track.png">'
    f"<p>โทร {HTML_PERSON.phone}</p></body></html>"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    data_dir = tmp_path_factory.mktemp("case-store")
    with_attachment = EmailMessage()
    with_attachment.set_content("x")
    ctx = seed_store(data_dir, PEOPLE)
    mail = EmailMessage()
    raw = request_mail(ATTACHMENT_PERSON)
    from email import message_from_bytes, policy

    mail = message_from_bytes(raw, policy=policy.default)
    mail.add_attachment(build_pdf(), maintype="application", subtype="pdf", filename="บัตร สมศรี.pdf")  # type: ignore[attr-defined]
    import_mails(
        ctx,
        data_dir / "mail-in-2",
        [request_mail(HTML_PERSON, html=HOSTILE_HTML), bytes(mail)],
    )
    with Session(ctx.engine) as session:
        first = session.execute(select(Case).order_by(col(Case.id))).scalars().first()
        assert first is not None
    import_mails(ctx, data_dir / "mail-in-3", [reply_mail(PEOPLE[0], first.receipt_no)])
    return ctx


def entries(store: Context, action: str) -> list[AuditEntry]:
    with Session(store.engine) as session:
        return list(
            session.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars()
        )


def case_row(store: Context, receipt: str) -> Case:
    with Session(store.engine) as session:
        case = session.execute(select(Case).where(Case.receipt_no == receipt)).scalar_one()
        return case


def assert_masked(html: str, people: list[Person]) -> None:
    for p in people:
        for secret in p.secrets():
            assert secret not in html, "an unmasked identifier is on the page"


def test_case_page_is_masked_and_the_view_is_audited(
    store: Context, app_client: TestClient
) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, PEOPLE[1])
    before = len(entries(store, "case.view"))
    page = app_client.get(f"/cases/{receipt}")
    assert page.status_code == 200
    assert_masked(page.text, [*PEOPLE, HTML_PERSON, ATTACHMENT_PERSON])
    d = PEOPLE[1].national_id
    assert f"{d[0]}-{d[1:5]}-xxxxx-xx-{d[12]}" in page.text
    views = entries(store, "case.view")
    assert len(views) == before + 1
    assert views[-1].actor == "staff1" and views[-1].purpose == "case view"


def test_provenance_links_point_at_lines_of_the_mail(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    page = app_client.get(f"/cases/{receipt_of(app_client, csrf, PEOPLE[1])}").text
    anchors = re.findall(r'class="source-link" data-target="([^"]+)"', page)
    assert anchors and all(f'id="{a}"' in page for a in anchors)


def test_staff_cannot_reveal_a_case_not_assigned_to_them(
    store: Context, app_client: TestClient
) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, PEOPLE[2])
    response = app_client.post(
        f"/cases/{receipt}/reveal", data={"reason": "ต้องโทรกลับ", "csrf_token": csrf}
    )
    assert response.status_code == 403
    assert "คุณไม่มีสิทธิ์" in response.text


def test_reveal_needs_a_reason_and_is_audited_with_it(
    store: Context, app_client: TestClient
) -> None:
    csrf = sign_in(app_client, "boss")
    receipt = receipt_of(app_client, csrf, PEOPLE[2])
    short = app_client.post(f"/cases/{receipt}/reveal", data={"reason": "x", "csrf_token": csrf})
    assert PEOPLE[2].national_id not in short.text
    page = app_client.post(
        f"/cases/{receipt}/reveal",
        data={"reason": "โทรกลับเพื่อขอเอกสาร", "csrf_token": csrf},
    )
    assert page.status_code == 200
    assert PEOPLE[2].national_id in page.text and PEOPLE[2].email in page.text
    reveal = entries(store, "case.reveal")[-1]
    assert reveal.actor == "boss" and reveal.purpose == "โทรกลับเพื่อขอเอกสาร"
    assert reveal.case_id == case_row(store, receipt).id
    assert PEOPLE[2].national_id not in json.dumps(
        [e.model_dump(mode="json") for e in entries(store, "case.reveal")], ensure_ascii=False
    )


def test_staff_reveal_their_own_assigned_case(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff2")
    receipt = receipt_of(app_client, csrf, PEOPLE[3])
    app_client.post(f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf})
    page = app_client.post(
        f"/cases/{receipt}/reveal", data={"reason": "ตรวจสอบตัวตน", "csrf_token": csrf}
    )
    assert page.status_code == 200 and PEOPLE[3].phone_digits in re.sub(r"\D", "", page.text)


def test_correcting_a_field_keeps_the_old_value_and_who(
    store: Context, app_client: TestClient
) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, PEOPLE[4])
    new_id = person(99).national_id
    page = app_client.post(
        f"/cases/{receipt}/fields/national_id",
        data={"value": f"{new_id[:1]} {new_id[1:5]} {new_id[5:]}", "csrf_token": csrf},
    )
    assert page.status_code == 200 and "บันทึกการแก้ไขแล้ว" in page.text
    assert_masked(page.text, [PEOPLE[4]])
    assert new_id not in page.text and f"-xxxxx-xx-{new_id[12]}" in page.text
    from storage.privacy import Actor, open_case_record

    with Session(store.engine) as session:
        case = case_row(store, receipt)
        record = open_case_record(
            session,
            store.keyring,
            actor=Actor(name="test", role="admin"),
            purpose="test check",
            case_id=case.id or 0,
        )
    last = record["corrections"][-1]
    assert (last["key"], last["value"], last["old"], last["by"]) == (
        "national_id",
        new_id,
        PEOPLE[4].national_id,
        "staff1",
    )
    assert json.loads(case.masked_json)["national_id"].endswith(new_id[12])
    with Session(store.engine) as session:
        events = (
            session.execute(
                select(CaseEvent).where(CaseEvent.case_id == case.id, CaseEvent.kind == "correct")
            )
            .scalars()
            .all()
        )
    assert [(e.actor, e.new) for e in events] == [("staff1", "national_id")]
    # the blind index follows the correction
    csrf = csrf_of(page.text)
    found = app_client.post("/queue/search", data={"q": new_id, "csrf_token": csrf}).text
    assert receipt in found


def test_an_invalid_correction_is_refused_with_the_validator_message(
    app_client: TestClient,
) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, PEOPLE[5])
    page = app_client.post(
        f"/cases/{receipt}/fields/national_id",
        data={"value": "1-2345-67890-12-0", "csrf_token": csrf},
    )
    assert page.status_code == 422 and "บันทึกไม่ได้" in page.text


def test_status_and_assignment_changes_are_recorded(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "boss")
    receipt = receipt_of(app_client, csrf, PEOPLE[5])
    page = app_client.post(
        f"/cases/{receipt}/status", data={"status": "waiting", "csrf_token": csrf}
    )
    assert "รอข้อมูลจากผู้ยื่น" in page.text
    with Session(store.engine) as session:
        from storage.accounts import find_user

        staff1 = find_user(session, name="staff1")
        assert staff1 is not None
    app_client.post(
        f"/cases/{receipt}/assign", data={"assignee": str(staff1.id), "csrf_token": csrf}
    )
    case = case_row(store, receipt)
    assert case.status == "waiting"
    with Session(store.engine) as session:
        kinds = [
            (e.kind, e.old, e.new)
            for e in session.execute(
                select(CaseEvent).where(CaseEvent.case_id == case.id)
            ).scalars()
        ]
    assert ("status", "new", "waiting") in kinds and ("assign", None, "staff1") in kinds
    status = [e for e in entries(store, "case.status") if e.case_id == case.id][-1]
    assert json.loads(status.details_json) == {"from": "new", "to": "waiting"}
    assert [e for e in entries(store, "case.assign") if e.case_id == case.id]


def test_staff_cannot_assign_cases_to_others(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff2")
    receipt = receipt_of(app_client, csrf, PEOPLE[0])
    response = app_client.post(
        f"/cases/{receipt}/assign", data={"assignee": "1", "csrf_token": csrf}
    )
    assert response.status_code == 403


def test_compliance_officers_view_but_do_not_work_cases(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "auditor")
    receipt = receipt_of(app_client, csrf, PEOPLE[0])
    assert app_client.get(f"/cases/{receipt}").status_code == 200
    response = app_client.post(
        f"/cases/{receipt}/status", data={"status": "done", "csrf_token": csrf}
    )
    assert response.status_code == 403


def test_notes_are_sealed_not_stored_in_plaintext(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, PEOPLE[0])
    marker = "NOTEMARK-โทรแล้วไม่รับสาย-7731"
    page = app_client.post(f"/cases/{receipt}/notes", data={"text": marker, "csrf_token": csrf})
    assert "เพิ่มบันทึกแล้ว" in page.text and marker.split("-")[0] in page.text
    database = Path(str(store.engine.url.database))
    stored = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    assert marker.encode() not in stored


def test_the_conversation_shows_replies_masked(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    page = app_client.get(f"/cases/{receipt_of(app_client, csrf, PEOPLE[0])}").text
    assert "ส่งเอกสารเพิ่มเติม" in page
    assert_masked(page, [PEOPLE[0]])


def test_html_mail_is_sanitised_masked_and_framed_safely(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, HTML_PERSON)
    page = app_client.get(f"/cases/{receipt}").text
    frame = re.search(r'<iframe[^>]*sandbox=""[^>]*src="(/cases/[^"]+/mail/[^"]+)"', page)
    assert frame, "the HTML part is not in a sandboxed frame"
    assert "allow-scripts" not in page
    response = app_client.get(frame.group(1))
    body = response.text
    assert "<script" not in body and "PWNED" not in body and "onclick" not in body
    assert "127.0.0.1:9" not in body and "สวัสดี" in body
    assert HTML_PERSON.phone not in body
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "img-src data:" in csp and "sandbox" in csp
    assert response.headers["x-frame-options"] == "SAMEORIGIN"


def test_attachments_download_only_as_attachments(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "boss")
    receipt = receipt_of(app_client, csrf, ATTACHMENT_PERSON)
    page = app_client.get(f"/cases/{receipt}").text
    assert "สมศรี.pdf" not in page  # file names are personal too
    response = app_client.post(
        f"/cases/{receipt}/attachments/0", data={"reason": "ตรวจเอกสารแนบ", "csrf_token": csrf}
    )
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert response.headers["content-disposition"].startswith("attachment;")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"] == "application/octet-stream"
    staff = TestClient(app_client.app)
    staff_csrf = sign_in(staff, "staff1")
    denied = staff.post(
        f"/cases/{receipt}/attachments/0",
        data={"reason": "ตรวจเอกสารแนบ", "csrf_token": staff_csrf},
    )
    assert denied.status_code == 403


def test_unknown_cases_are_a_404_page(app_client: TestClient) -> None:
    sign_in(app_client, "staff1")
    response = app_client.get("/cases/REQ-2569-999999")
    assert response.status_code == 404 and "ไม่พบ" in response.text
