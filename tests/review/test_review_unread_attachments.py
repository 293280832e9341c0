"""An attachment the machine did not read is said on the case page, beside that file:
which one (by number, its name masked as the list masks it), why in one Thai line a
clerk understands, and that she must open it herself; the case is flagged for review.
Never the reader's own words (exception names, details), which are not for clerks."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from email import message_from_bytes, policy

import pikepdf
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from extractors.masking import mask_text
from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.models import Case, Message
from tests.extractors.hostile_pdfs import build_pdf
from tests.review.conftest import receipt_of, sign_in
from tests.review.review_seed import Person, person, request_mail, seed_store

WITH_UNREAD, ALL_READ = person(91), person(92)
# a 1x1 GIF: no reader for it
GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)
GIF_NAME = "บัตรประชาชนสมชาย.gif"  # a file name names people: masked like the list's
READ_PDF = build_pdf(text="Phone: 081-555-0199")  # a value read from it


def locked_pdf() -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(build_pdf())) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    return out.getvalue()


def with_files(p: Person, files: list[tuple[bytes, str, str, str]]) -> bytes:
    mail = message_from_bytes(request_mail(p), policy=policy.default)
    for content, maintype, subtype, name in files:
        mail.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)  # type: ignore[attr-defined]
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    mails = [
        with_files(
            WITH_UNREAD,
            [
                (READ_PDF, "application", "pdf", "form.pdf"),  # read
                (GIF, "image", "gif", GIF_NAME),  # no reader for its type
                (locked_pdf(), "application", "pdf", "locked.pdf"),  # a password
                (build_pdf(), "application", "pdf", "letter.pdf"),  # read: nothing in it
            ],
        ),
        with_files(ALL_READ, [(READ_PDF, "application", "pdf", "form.pdf")]),
    ]
    return seed_store(tmp_path_factory.mktemp("unread"), [], extra=mails)


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def item(page: str, index: int) -> str:
    block = page[page.index(f'<li id="att-{index}"') :]
    return block[: block.index("</li>")]


def test_each_unread_file_says_why_beside_it(client: TestClient) -> None:
    csrf = sign_in(client, "staff1")
    page = client.get(f"/cases/{receipt_of(client, csrf, WITH_UNREAD)}").text
    read, gif, locked = item(page, 0), item(page, 1), item(page, 2)
    assert "data-unread" not in read
    assert 'data-unread="unsupported_content_type"' in gif
    assert "ไม่ได้อ่านไฟล์นี้: ชนิดไฟล์ที่ระบบอ่านไม่ได้ กรุณาเปิดไฟล์ตรวจเอง" in gif
    assert 'data-unread="pdf_encrypted"' in locked
    # its download is refused (it cannot be disarmed): ask the sender, not "open it"
    assert (
        "ไม่ได้อ่านไฟล์นี้: ไฟล์ PDF ถูกล็อกด้วยรหัสผ่าน ระบบไม่เปิดให้ดาวน์โหลดไฟล์นี้ กรุณาขอให้ผู้ส่งส่งไฟล์มาใหม่"
    ) in locked
    # the name as the attachment list shows it to a clerk who has not revealed: masked
    assert GIF_NAME not in page and mask_text(GIF_NAME) in gif
    # the reader's own words never reach the page
    assert "no extractor" not in page and "password required" not in page
    # said once more where the clerk reads the fields, by number, linked to the file
    summary = page[page.index('data-unread-summary="2"') :]
    summary = summary[: summary.index("</div>")]
    assert 'href="#att-1"' in summary and 'href="#att-2"' in summary
    assert 'href="#att-0"' not in summary and 'href="#att-3"' not in summary
    # read, nothing in it: said beside it, as a note, not a reason to flag
    assert 'data-kind="noted">หมายเหตุ: ระบบอ่านไฟล์นี้แล้ว แต่ไม่พบข้อมูลที่นำมากรอกช่องได้' in item(page, 3)


def test_a_case_whose_files_were_all_read_says_nothing(client: TestClient) -> None:
    csrf = sign_in(client, "staff1")
    page = client.get(f"/cases/{receipt_of(client, csrf, ALL_READ)}").text
    assert "data-unread" not in page


def test_in_english_too(client: TestClient) -> None:
    csrf = sign_in(client, "staff1")
    client.get("/lang/en?next=/queue")
    page = client.get(f"/cases/{receipt_of(client, csrf, WITH_UNREAD)}").text
    assert "Not read: a file type the system cannot read. Open the file and check it yourself." in (
        item(page, 1)
    )


def test_the_case_is_flagged_and_the_record_says_which_file(store: Context) -> None:
    with Session(store.engine) as session:
        found = [
            (case, json.loads(message.facts_json or "{}").get("attachment_defects"))
            for case, message in session.execute(
                select(Case, Message).where(Case.message_id == Message.id)
            ).all()
        ]
    by_files = {json.dumps(defects, sort_keys=True): case for case, defects in found}
    unread = by_files[
        '{"1": ["unsupported_content_type"], "2": ["pdf_encrypted"], "3": ["nothing_found"]}'
    ]
    read = by_files["{}"]
    assert json.loads(unread.issues_json)["attachments"] == ["attachment_unread"] * 2
    assert "attachments" not in json.loads(read.issues_json)


def test_the_queue_names_the_unread_files_as_the_flag(client: TestClient) -> None:
    csrf = sign_in(client, "staff1")
    page = client.get("/queue?flagged=1").text
    receipt = receipt_of(client, csrf, WITH_UNREAD)
    row = page[page.index(receipt) :]
    row = row[: row.index("</tr>")]
    assert re.search(r"ไฟล์แนบที่ระบบอ่านไม่ได้", row)
