"""Attachments disarmed before staff open them: the case page says what will be removed
before the clerk clicks, the served PDF has none of it (re-opened independently) and keeps
its text, a PDF that cannot be disarmed is refused, and the original stays as it came."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pikepdf
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from extractors.mime import parse_message
from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.models import Case
from storage.privacy import SYSTEM, open_message_raw
from tests.extractors.hostile_pdfs import KINDS, PAGE_TEXT, active_kinds, build_pdf, page_text
from tests.review.conftest import receipt_of, sign_in
from tests.review.review_seed import Person, person, request_mail, seed_store

HOSTILE, LOCKED, CLEAN = person(81), person(82), person(83)
HOSTILE_PDF = build_pdf(*KINDS)


def locked_pdf() -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(build_pdf("javascript"))) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    return out.getvalue()


def with_pdf(p: Person, pdf: bytes) -> bytes:
    mail = message_from_bytes(request_mail(p), policy=policy.default)
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename="form.pdf")  # type: ignore[attr-defined]
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    mails = [
        with_pdf(HOSTILE, HOSTILE_PDF),
        with_pdf(LOCKED, locked_pdf()),
        with_pdf(CLEAN, build_pdf()),
    ]
    return seed_store(tmp_path_factory.mktemp("disarm"), [], extra=mails)


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def download(client: TestClient, csrf: str, receipt: str) -> object:
    return client.post(
        f"/cases/{receipt}/attachments/0", data={"reason": "ตรวจเอกสารแนบ", "csrf_token": csrf}
    )


def test_the_case_page_says_what_will_be_removed_before_the_click(client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    page = client.get(f"/cases/{receipt_of(client, csrf, HOSTILE)}").text
    block = page[page.index('id="att-0"') :]
    block = block[: block.index("</li>")]
    removed = set(re.findall(r'data-removed="([a-z_]+)"', block))
    assert removed == set(KINDS)
    assert "JavaScript" in block  # in words, not only codes
    clean = client.get(f"/cases/{receipt_of(client, csrf, CLEAN)}").text
    assert 'data-disarm="clean"' in clean
    locked = client.get(f"/cases/{receipt_of(client, csrf, LOCKED)}").text
    locked_block = locked[locked.index('id="att-0"') :]
    locked_block = locked_block[: locked_block.index("</li>")]
    assert 'data-disarm="refused"' in locked_block
    assert "/attachments/0" not in locked_block  # nothing offered to download


def test_the_served_pdf_is_disarmed_and_keeps_its_text(client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    response = download(client, csrf, receipt_of(client, csrf, HOSTILE))
    assert response.status_code == 200  # type: ignore[attr-defined]
    served = response.content  # type: ignore[attr-defined]
    assert served.startswith(b"%PDF") and served != HOSTILE_PDF
    assert active_kinds(served) == set()
    assert PAGE_TEXT in page_text(served)
    assert response.headers["content-disposition"].startswith("attachment;")  # type: ignore[attr-defined]


def test_a_pdf_that_cannot_be_disarmed_is_refused(client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    response = download(client, csrf, receipt_of(client, csrf, LOCKED))
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert not response.content.startswith(b"%PDF")  # type: ignore[attr-defined]
    assert "application/pdf" not in response.headers["content-type"]  # type: ignore[attr-defined]
    assert "password" in response.text  # type: ignore[attr-defined]


def test_the_original_stays_as_it_came(store: Context, client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    receipt = receipt_of(client, csrf, HOSTILE)
    download(client, csrf, receipt)
    with Session(store.engine) as session:
        case = session.execute(select(Case).where(Case.receipt_no == receipt)).scalar_one()
        raw = open_message_raw(
            session,
            store.keyring,
            store.blobs,
            actor=SYSTEM,
            purpose="test: the record is unchanged",
            message_id=case.message_id,
        )
        session.rollback()
    assert parse_message(raw).attachments[0].content == HOSTILE_PDF
    blobs = [p for p in Path(store.settings.blob_dir).rglob("*") if p.is_file()]
    assert blobs and not any(b"/JavaScript" in p.read_bytes() for p in blobs)  # encrypted


def test_every_kind_has_a_text_in_both_languages() -> None:
    import tomllib

    from extractors.pdf_disarm import KINDS as REPORTED

    assert set(REPORTED) == set(KINDS)
    for lang in ("th", "en"):
        path = Path(__file__).resolve().parents[2] / "review" / "i18n" / f"{lang}.toml"
        texts = tomllib.loads(path.read_text(encoding="utf-8"))["disarm"]
        assert all(texts.get(f"kind_{kind}") for kind in REPORTED), lang


def test_mail_extracted_before_disarm_facts_is_checked_on_view(
    store: Context, client: TestClient
) -> None:
    import json

    from storage.models import Message

    csrf = sign_in(client, "boss")
    receipt = receipt_of(client, csrf, HOSTILE)
    with Session(store.engine) as session:
        case = session.execute(select(Case).where(Case.receipt_no == receipt)).scalar_one()
        message = session.get(Message, case.message_id)
        assert message is not None
        facts = json.loads(message.facts_json or "{}")
        assert "0" in facts.pop("pdf_disarm")
        message.facts_json = json.dumps(facts)
        session.add(message)
        session.commit()
    page = client.get(f"/cases/{receipt}").text
    block = page[page.index('id="att-0"') :]
    assert set(re.findall(r'data-removed="([a-z_]+)"', block[: block.index("</li>")])) == set(KINDS)
