"""The review app in a real browser: a clerk's day, roles, reveal audit, hostile mail."""

from __future__ import annotations

import re
import time
from typing import Any

from sqlmodel import Session, col, select

from storage.audit import AuditEntry
from storage.db import make_engine
from tests.e2e.conftest import Counter, WebServer, artifact
from tests.review.review_seed import PASSWORD


def sign_in(page: Any, server: WebServer, name: str) -> None:
    page.goto(f"{server.base_url}/queue")
    assert "/login" in page.url
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit].primary")
    page.wait_for_url(re.compile(r".*/queue.*"))


def open_case_by_search(page: Any, typed: str) -> str:
    page.fill("#search", typed)
    page.click("#search-submit")
    links = page.locator("table.queue a.receipt")
    assert links.count() == 1
    receipt = links.first.inner_text().strip()
    links.first.click()
    page.wait_for_url(re.compile(rf".*/cases/{receipt}$"))
    return receipt


def audit_entries(server: WebServer, action: str) -> list[AuditEntry]:
    engine = make_engine(f"sqlite:///{server.data_dir / 'intake.db'}")
    with Session(engine) as session:
        return list(
            session.execute(
                select(AuditEntry).where(AuditEntry.action == action).order_by(col(AuditEntry.id))
            ).scalars()
        )


def test_staff_find_correct_move_on_and_sign_out(page: Any, web_server: WebServer) -> None:
    sign_in(page, web_server, "staff1")
    assert page.locator("table.queue tbody tr").count() == len(web_server.people) + 1
    page.screenshot(path=str(artifact("queue.png")), full_page=True)
    person = web_server.people[0]
    receipt = open_case_by_search(page, person.national_id_dashed)
    assert person.national_id not in page.content()
    page.screenshot(path=str(artifact("case.png")), full_page=True)

    # click a field's source: the mail line it came from is marked
    page.locator("#field-national_id a.source-link").click()
    assert page.locator(".lines li.hit").count() == 1

    page.locator("#field-phone details.correct summary").click()
    page.fill("#field-phone input[name=value]", "02-123-4567")
    page.locator("#field-phone button[type=submit]").click()
    page.wait_for_url(re.compile(rf".*/cases/{receipt}\?done=corrected"))
    assert "xxxxx4567" in page.locator("#field-phone .value").inner_text()
    assert "staff1" in page.locator("#field-phone .correction").inner_text()

    page.select_option("#status-select", "in_review")
    page.click("#status-save")
    page.wait_for_url(re.compile(r".*done=status"))
    assert page.locator("#case-status").inner_text().strip() == "กำลังตรวจสอบ"

    page.click("#sign-out")
    page.wait_for_url(re.compile(r".*/login$"))
    page.goto(f"{web_server.base_url}/cases/{receipt}")
    assert "/login" in page.url


def test_staff_cannot_open_compliance_pages(page: Any, web_server: WebServer) -> None:
    sign_in(page, web_server, "staff2")
    assert page.locator("a[href='/compliance']").count() == 0
    response = page.goto(f"{web_server.base_url}/compliance")
    assert response.status == 403
    assert "คุณไม่มีสิทธิ์เข้าถึงหน้านี้" in page.content()


def test_reveal_with_a_reason_writes_an_audit_entry(page: Any, web_server: WebServer) -> None:
    sign_in(page, web_server, "boss")
    person = web_server.people[1]
    receipt = open_case_by_search(page, person.email.upper())
    assert person.national_id not in page.content()
    before = len(audit_entries(web_server, "case.reveal"))
    page.fill("#reveal-reason", "โทรกลับผู้ยื่นเพื่อขอเอกสาร")
    page.click("#reveal")
    page.wait_for_load_state()
    assert person.national_id in page.content()
    reveals = audit_entries(web_server, "case.reveal")
    assert len(reveals) == before + 1
    assert reveals[-1].actor == "boss" and reveals[-1].purpose == "โทรกลับผู้ยื่นเพื่อขอเอกสาร"
    assert receipt  # found by an email typed in capitals


def test_hostile_html_mail_runs_no_script_and_loads_nothing_remote(
    page: Any, web_server: WebServer, counter: Counter
) -> None:
    sign_in(page, web_server, "staff1")
    title = page.title()
    open_case_by_search(page, web_server.hostile.phone)
    frame_element = page.wait_for_selector("iframe.mailframe")
    assert frame_element.get_attribute("sandbox") == ""
    frame_element.scroll_into_view_if_needed()  # the frame loads lazily
    frame = frame_element.content_frame()
    frame.wait_for_selector("text=คำร้อง HTML")
    assert "<script" not in frame.content()
    time.sleep(1.0)  # give any stray request time to arrive
    assert page.title() != "PWNED" and "PWNED" not in title
    assert counter.hits == []
    page.goto(counter.url("/control"))  # the counter does see a request the browser makes
    assert "/control" in counter.hits
