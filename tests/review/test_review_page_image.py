"""A request sent as a phone photo: the case page flags the OCR'd values with their
confidence, and shows the page image beside the fields only to those who may reveal,
with a reason, audited like an attachment download."""

from __future__ import annotations

import io
import random
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from fastapi.testclient import TestClient
from PIL import Image
from sqlmodel import Session, col, select

from intake.context import Context
from storage.audit import AuditEntry
from storage.models import Case
from tests.extractors.attachments_for_tests import Sample, make_sample, photo
from tests.review.conftest import PEOPLE, sign_in
from tests.review.review_seed import seed_store

SAMPLE: Sample = make_sample(random.Random(81))


def photo_mail() -> bytes:
    mail = EmailMessage()
    mail["From"] = "citizen@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "คำร้องทั่วไป"
    mail["Date"] = format_datetime(datetime(2026, 11, 3, tzinfo=UTC))
    mail["Message-ID"] = "<review-photo-1@example.org>"
    mail.set_content("ส่งแบบคำร้องตามรูปที่แนบมาครับ")
    image = photo(SAMPLE, random.Random(82), angle=3.0)
    mail.add_attachment(image, maintype="image", subtype="jpeg", filename="IMG_2041.jpg")
    return bytes(mail)


def heic_mail() -> bytes:
    """An iPhone's photo of a signature box: a rule and a box, no words, so that its
    reading costs the store little."""
    import pillow_heif
    from PIL import ImageDraw

    pillow_heif.register_heif_opener()
    note = Image.new("RGB", (900, 300), "white")
    ImageDraw.Draw(note).rectangle((60, 60, 840, 240), outline="black", width=6)
    out = io.BytesIO()
    note.save(out, "HEIF")
    mail = EmailMessage()
    mail["From"] = "iphone@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "คำร้องทั่วไป"
    mail["Date"] = format_datetime(datetime(2026, 11, 2, tzinfo=UTC))
    mail["Message-ID"] = "<review-heic-1@example.org>"
    mail.set_content("ส่งรูปจาก iPhone ครับ")
    mail.add_attachment(out.getvalue(), maintype="image", subtype="heic", filename="IMG_7.HEIC")
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    mails = [heic_mail(), photo_mail()]  # the photo's case last: photo_receipt's
    return seed_store(tmp_path_factory.mktemp("photo-store"), PEOPLE[:1], mails)


def photo_receipt(store: Context) -> str:
    with Session(store.engine) as session:
        case = session.execute(select(Case).order_by(col(Case.id).desc())).scalars().first()
        assert case is not None
        return case.receipt_no


def page_image_audits(store: Context) -> list[AuditEntry]:
    with Session(store.engine) as session:
        rows = session.execute(select(AuditEntry).where(AuditEntry.action == "message.raw"))
        return [e for e in rows.scalars() if (e.purpose or "").startswith("attachment page")]


def test_ocr_values_are_flagged_and_the_page_is_offered(
    store: Context, app_client: TestClient
) -> None:
    sign_in(app_client, "boss")
    receipt = photo_receipt(store)
    page = app_client.get(f"/cases/{receipt}").text
    assert page.count('data-flag="ocr') >= 5  # one flag per OCR'd field
    assert re.search(r"อ่านด้วย OCR \(มั่นใจ \d{2,3}%\)", page)
    assert f'action="/cases/{receipt}/attachments/0/pages/1"' in page
    assert 'name="page-image"' in page
    digits = re.sub(r"\D", "", SAMPLE.values["national_id"])
    assert digits not in page and SAMPLE.values["national_id"] not in page  # still masked


def test_page_image_needs_a_reason_and_is_audited(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "boss")
    receipt = photo_receipt(store)
    before = len(page_image_audits(store))
    no_reason = app_client.post(
        f"/cases/{receipt}/attachments/0/pages/1", data={"reason": "", "csrf_token": csrf}
    )
    assert "done=reason_needed" in str(no_reason.url)
    assert len(page_image_audits(store)) == before
    shown = app_client.post(
        f"/cases/{receipt}/attachments/0/pages/1",
        data={"reason": "ตรวจค่าที่อ่านด้วย OCR", "csrf_token": csrf},
    )
    assert shown.status_code == 200
    assert shown.headers["content-type"] == "image/png"
    assert shown.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert shown.headers["cache-control"] == "no-store"
    audits = page_image_audits(store)
    assert len(audits) == before + 1
    assert audits[-1].purpose == "attachment page image: ตรวจค่าที่อ่านด้วย OCR"
    assert audits[-1].actor == "boss"


def test_a_heic_page_is_shown_as_a_png(store: Context, app_client: TestClient) -> None:
    """A browser shows no HEIC: the page beside the fields is drawn as a PNG."""
    csrf = sign_in(app_client, "boss")
    with Session(store.engine) as session:
        cases = session.execute(select(Case).order_by(col(Case.id).desc())).scalars().all()
    heic = cases[1].receipt_no  # the case before the photo's
    shown = app_client.post(
        f"/cases/{heic}/attachments/0/pages/1",
        data={"reason": "ตรวจค่าที่อ่านด้วย OCR", "csrf_token": csrf},
    )
    assert shown.status_code == 200
    assert shown.headers["content-type"] == "image/png"
    with Image.open(io.BytesIO(shown.content)) as page:
        assert page.format == "PNG" and 880 <= page.width <= 920  # 900, levelled


def test_staff_may_not_see_the_page_image(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = photo_receipt(store)
    page = app_client.get(f"/cases/{receipt}").text
    assert "/pages/1" not in page and 'name="page-image"' not in page
    denied = app_client.post(
        f"/cases/{receipt}/attachments/0/pages/1",
        data={"reason": "ตรวจค่าที่อ่านด้วย OCR", "csrf_token": csrf},
    )
    assert denied.status_code == 403
