"""A case whose raw mail is hostile still opens, and no request holds a web worker.

The web app parses the raw mail of a case to show it (the case page, the HTML frame, a
download, an OCR page image). A hostile mail (300,000 tiny parts in 11 MB, under the
25 MB size cap: seconds of parsing and over 500 MB of memory, then as many sections on
the page) is parsed in a bounded child process with the configured limits, as the
worker's stages are: the case page opens with a notice where the mail
would be, the other routes answer 422 with a clear message, and the audit is as before.

The worker read these mails when it had more time (the default limits); the web app here
has small ones (`parse_seconds = 0.25`). The stored raw mail is swapped for the hostile one
after the case was made, so the case has its fields, history and actions to show.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, col, select

from extractors import sandbox
from intake.context import Context
from review import mail_parsing
from review.app import create_app
from review.options import WebOptions
from review.security import LANG_COOKIE
from storage.audit import AuditEntry
from storage.db import transaction
from storage.keys import load_data_key
from storage.models import Case, Message, MessageState
from storage.privacy import message_blob_aad
from tests.review.conftest import PEOPLE, sign_in
from tests.review.review_seed import import_mails, reply_mail, seed_store

HOSTILE_CASE, HOSTILE_REPLY, MANY_PARTS = PEOPLE[0], PEOPLE[1], PEOPLE[2]
NOTICE_TH = "อีเมลฉบับนี้ซับซ้อนเกินกว่าจะแสดงได้"
NOTICE_EN = "This mail is too complex to show"


# The web app's limit here: the hostile mail takes about a second to parse on an idle
# 2-core machine (1.02 s measured), so a 1 s limit let it through at times; a quarter
# of that keeps it well over, and the 3,000-part mail (milliseconds) well within.
PARSE_SECONDS = 0.25


def many_parts_mail(n: int, parts: int = 300_000) -> bytes:
    head = (
        b"From: Hostile Sender <hostile.%d@example.org>\r\nTo: saraban@example.go.th\r\n"
        b"Subject: many parts\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' % n
    )
    part = b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return head + part * parts + b"--b--\r\n"


def _replace_raw(ctx: Context, message_id: int, raw: bytes) -> None:
    """Store `raw` as the message's captured mail, encrypted as capture stores it."""
    with transaction(ctx.engine) as session:
        message = session.get(Message, message_id)
        assert message is not None and message.data_key_id is not None
        key = load_data_key(session, ctx.keyring, message.data_key_id)
        message.blob_name = ctx.blobs.put(key, [raw], aad=message_blob_aad(message_id))


def _cases(ctx: Context) -> list[Case]:
    with Session(ctx.engine) as session:
        return list(session.execute(select(Case).order_by(col(Case.id))).scalars())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    data_dir = tmp_path_factory.mktemp("hostile-store")
    ctx = seed_store(data_dir, [HOSTILE_CASE, HOSTILE_REPLY, MANY_PARTS])
    first, second, third = _cases(ctx)
    import_mails(ctx, data_dir / "mail-in-2", [reply_mail(HOSTILE_REPLY, second.receipt_no)])
    with Session(ctx.engine) as session:
        reply = session.execute(
            select(Message).where(Message.case_id == second.id, Message.state == MessageState.REPLY)
        ).scalar_one()
    assert reply.id is not None
    _replace_raw(ctx, first.message_id, many_parts_mail(1))
    _replace_raw(ctx, reply.id, many_parts_mail(2))
    _replace_raw(ctx, third.message_id, many_parts_mail(3, parts=3000))  # within the limits
    limits = ctx.settings.limits.model_copy(update={"parse_seconds": PARSE_SECONDS})
    settings = ctx.settings.model_copy(update={"limits": limits})
    return dataclasses.replace(ctx, settings=settings)


@pytest.fixture
def app_client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as client:
        yield client


def receipts(store: Context) -> tuple[str, str, str]:
    first, second, third = _cases(store)
    return first.receipt_no, second.receipt_no, third.receipt_no


def entries(store: Context, action: str) -> list[AuditEntry]:
    with Session(store.engine) as session:
        rows = session.execute(select(AuditEntry).where(AuditEntry.action == action))
        return list(rows.scalars())


def test_case_page_opens_with_a_notice_where_the_mail_would_be(
    store: Context, app_client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    sign_in(app_client, "boss")
    receipt, _, _ = receipts(store)
    caplog.set_level(logging.INFO)
    response = app_client.get(f"/cases/{receipt}")
    assert response.status_code == 200
    page = response.text
    assert 'data-mail="unreadable"' in page and NOTICE_TH in page
    assert 'data-field="national_id"' in page  # the fields are still there
    assert f'action="/cases/{receipt}/status"' in page  # and the actions
    assert f'action="/cases/{receipt}/notes"' in page
    assert "hostile" not in page  # the stored headers, masked, stand for the mail's
    for secret in HOSTILE_CASE.secrets():
        assert secret not in page
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert receipt in logged and "longer than" in logged  # said which case, and why
    for secret in [*HOSTILE_CASE.secrets(), HOSTILE_CASE.name]:
        assert secret not in logged


def test_the_notice_speaks_english_too(store: Context, app_client: TestClient) -> None:
    sign_in(app_client, "boss")
    app_client.cookies.set(LANG_COOKIE, "en")
    receipt, _, _ = receipts(store)
    page = app_client.get(f"/cases/{receipt}").text
    assert 'data-mail="unreadable"' in page
    assert NOTICE_EN in page and NOTICE_TH not in page


def test_reveal_of_such_a_case_is_audited_as_before(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "boss")
    receipt, _, _ = receipts(store)
    before = len(entries(store, "case.reveal"))
    response = app_client.post(
        f"/cases/{receipt}/reveal", data={"reason": "ตรวจสอบคำร้อง", "csrf_token": csrf}
    )
    assert response.status_code == 200
    assert 'data-mail="unreadable"' in response.text
    assert HOSTILE_CASE.national_id_dashed in response.text or (
        HOSTILE_CASE.national_id in response.text
    )
    revealed = entries(store, "case.reveal")
    assert len(revealed) == before + 1 and revealed[-1].purpose == "ตรวจสอบคำร้อง"


def test_mail_frame_answers_422_with_a_message(store: Context, app_client: TestClient) -> None:
    sign_in(app_client, "boss")
    receipt, _, _ = receipts(store)
    response = app_client.get(f"/cases/{receipt}/mail/1")
    assert response.status_code == 422
    assert NOTICE_TH in response.text
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")


def test_download_answers_422_and_reveals_nothing(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "boss")
    receipt, _, _ = receipts(store)
    downloads = len(entries(store, "attachment.download"))
    raw_opens = len(entries(store, "message.raw"))
    response = app_client.post(
        f"/cases/{receipt}/attachments/0", data={"reason": "ดูเอกสารแนบ", "csrf_token": csrf}
    )
    assert response.status_code == 422
    assert NOTICE_TH in response.text
    assert "attachment" not in response.headers.get("content-disposition", "")
    assert len(entries(store, "attachment.download")) == downloads  # nothing was served
    opened = entries(store, "message.raw")
    assert len(opened) == raw_opens + 1  # the raw mail was decrypted: that stays audited
    assert opened[-1].purpose == "attachment download: ดูเอกสารแนบ"


def test_page_image_answers_422(store: Context, app_client: TestClient) -> None:
    csrf = sign_in(app_client, "boss")
    receipt, _, _ = receipts(store)
    response = app_client.post(
        f"/cases/{receipt}/attachments/0/pages/1",
        data={"reason": "ดูหน้าเอกสาร", "csrf_token": csrf},
    )
    assert response.status_code == 422
    assert NOTICE_TH in response.text


def test_a_hostile_reply_leaves_the_rest_of_the_case_readable(
    store: Context, app_client: TestClient
) -> None:
    sign_in(app_client, "boss")
    _, receipt, _ = receipts(store)
    response = app_client.get(f"/cases/{receipt}")
    assert response.status_code == 200
    page = response.text
    assert 'data-mail="unreadable"' not in page  # the request itself reads as ever
    assert "เลขประจำตัวประชาชน" in page
    assert 'data-reply="unreadable"' in page and NOTICE_TH in page


def test_a_mail_of_many_parts_within_the_limits_is_listed_trimmed(
    store: Context, app_client: TestClient
) -> None:
    """3,000 parts parse in time, but the page (and the web process) get the first 100."""
    sign_in(app_client, "boss")
    _, _, receipt = receipts(store)
    response = app_client.get(f"/cases/{receipt}")
    assert response.status_code == 200
    page = response.text
    assert 'data-mail="unreadable"' not in page
    assert page.count('<section class="part"') == 100
    assert 'data-mail="trimmed"' in page and "2900" in page


def test_a_mail_found_over_is_not_parsed_again_for_a_while(
    store: Context, app_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next views answer from memory: no child runs the whole limit out again, until
    the remembered verdict is old (then it is tried again: the machine may have been busy)."""
    csrf = sign_in(app_client, "boss")
    receipt, _, _ = receipts(store)
    assert 'data-mail="unreadable"' in app_client.get(f"/cases/{receipt}").text
    killed = sandbox.kills()
    assert 'data-mail="unreadable"' in app_client.get(f"/cases/{receipt}").text
    assert app_client.get(f"/cases/{receipt}/mail/1").status_code == 422
    download = app_client.post(
        f"/cases/{receipt}/attachments/0", data={"reason": "ดูเอกสารแนบ", "csrf_token": csrf}
    )
    assert download.status_code == 422
    assert sandbox.kills() == killed  # nothing parsed it again
    monkeypatch.setattr(mail_parsing, "REMEMBER_SECONDS", 0.0)
    assert 'data-mail="unreadable"' in app_client.get(f"/cases/{receipt}").text
    assert sandbox.kills() == killed + 1  # tried again, and over again
