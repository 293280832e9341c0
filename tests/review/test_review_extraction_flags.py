"""The case page shows review flags with their reasons and who forwarded a request."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from tests.review.conftest import sign_in
from tests.review.review_seed import seed_store

ORIGINAL_SENDER = "wanna.original@example.com"


def forwarded_mail() -> bytes:
    mail = EmailMessage()
    mail["From"] = "clerk@amphoe.go.th"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "Fwd: คำร้องทั่วไป"
    mail["Message-ID"] = "<forwarded-flags@example.org>"
    mail.set_content(
        "ส่งต่อให้ดำเนินการครับ\n\n"
        "---------- Forwarded message ---------\n"
        f"From: วรรณา <{ORIGINAL_SENDER}>\n"
        "Subject: คำร้องทั่วไป\n\n"
        "ชื่อ-นามสกุล: นางวรรณา ทดสอบ\n"
        "ที่อยู่เดิมของผู้ร้อง: 7 หมู่ 1 ตำบลทดสอบ\n"
        "โทรศัพท์: 081-000-1234\n"
    )
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return seed_store(tmp_path_factory.mktemp("flags-store"), [], [forwarded_mail()])


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as c:
        yield c


def test_flags_and_forwarding_show_on_the_case_page(client: TestClient) -> None:
    sign_in(client, "boss")
    queue = client.get("/queue").text
    (receipt,) = set(re.findall(r'href="/cases/([A-Z]+-\d{4}-\d{6})"', queue))
    page = client.get(f"/cases/{receipt}").text
    assert 'data-code="low_confidence"' in page  # the unsure address label
    assert "ได้ไม่แน่ชัด" in page  # its reason, in Thai
    assert "คำร้องนี้ถูกส่งต่อมา" in page
    assert ORIGINAL_SENDER not in page  # masked until revealed
    assert "wxxx@example.com" in page
