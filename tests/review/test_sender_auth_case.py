"""Sender authenticity through the real pipeline: a drop-folder mailbox whose receiving
server is trusted, mails with genuine, forged and missing Authentication-Results, then
the verdict in the store, on the case page and in the queue export."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from intake.context import Context, open_context
from intake.poll import poll_mailbox
from intake.runner import process_due
from intake.settings import MailboxSettings, Settings
from review.app import create_app
from review.options import WebOptions
from storage.models import Case, Message
from tests.review.conftest import receipt_of, sign_in
from tests.review.review_seed import Person, add_users, person, request_mail, write_mails

TRUSTED = "mx.example.go.th"
GOOD, FORGED, NONE, IMPOSTOR = person(71), person(72), person(73), person(74)


def with_headers(raw: bytes, *lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode() + raw


def good_mail(p: Person) -> bytes:
    domain = p.email.rpartition("@")[2]
    return with_headers(
        request_mail(p),
        f"Received: from mail.{domain} by {TRUSTED} with ESMTPS",
        f"Authentication-Results: {TRUSTED}; spf=pass smtp.mailfrom={p.email};"
        f" dkim=pass header.d={domain} header.i=@{domain}; dmarc=pass header.from={domain}",
    )


def forged_mail(p: Person) -> bytes:
    domain = p.email.rpartition("@")[2]
    return with_headers(
        request_mail(p),
        f"Authentication-Results: {TRUSTED}; dmarc=fail header.from={domain}",
        f"Received: from evil.example by {TRUSTED}",
        f"Authentication-Results: {TRUSTED}; dmarc=pass header.from={domain}",
    )


def impostor_mail(p: Person) -> bytes:
    mail = message_from_bytes(request_mail(p), policy=policy.default)
    del mail["From"]
    mail["From"] = f"เทศบาลตำบลตัวอย่าง <{p.email}>"  # RFC 2047-encoded on the wire
    raw = bytes(mail)
    return with_headers(
        raw, "Authentication-Results: someone.else; dmarc=pass header.from=tuayang.go.th"
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    data_dir = tmp_path_factory.mktemp("sender-auth")
    inbox = data_dir / "drop"
    mailbox = MailboxSettings(
        name="drop",
        kind="folder",
        path=inbox,
        trusted_authserv_id=TRUSTED,
        agency_domains=["tuayang.go.th"],
        agency_names=["เทศบาลตำบลตัวอย่าง"],
    )
    ctx = open_context(Settings(data_dir=data_dir, mailboxes=[mailbox]))
    write_mails(
        inbox,
        [good_mail(GOOD), forged_mail(FORGED), request_mail(NONE), impostor_mail(IMPOSTOR)],
    )
    poll_mailbox(ctx, mailbox)
    process_due(ctx)
    add_users(ctx)
    return ctx


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def verdict_of(store: Context, receipt: str) -> dict[str, object]:
    with Session(store.engine) as session:
        case = session.execute(select(Case).where(Case.receipt_no == receipt)).scalar_one()
        message = session.get(Message, case.message_id)
        assert message is not None and message.sender_auth_json
        return dict(json.loads(message.sender_auth_json))


def test_the_verdict_is_stored_without_personal_data(store: Context, client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    good = verdict_of(store, receipt_of(client, csrf, GOOD))
    assert good["trusted"] and good["dmarc"] == "pass" and good["spf"] == "pass"
    assert good["aligned_domain"] == "example.org" and good["flags"] == []
    assert GOOD.email.partition("@")[0] not in json.dumps(good)  # no local part kept
    forged = verdict_of(store, receipt_of(client, csrf, FORGED))
    assert forged["dmarc"] == "fail"
    assert set(forged["flags"]) == {"dmarc_fail", "forged_results"}  # type: ignore[arg-type]
    missing = verdict_of(store, receipt_of(client, csrf, NONE))
    assert missing["flags"] == ["no_trusted_result"]
    impostor = verdict_of(store, receipt_of(client, csrf, IMPOSTOR))
    assert "imitates_agency" in impostor["flags"]  # type: ignore[operator]
    assert impostor["ignored_headers"] == 1


def test_the_case_page_shows_the_verdict(client: TestClient) -> None:
    csrf = sign_in(client, "staff1")
    good = client.get(f"/cases/{receipt_of(client, csrf, GOOD)}").text
    assert 'id="sender-auth"' in good and "example.org" in good
    assert "sender-auth-ok" in good
    forged = client.get(f"/cases/{receipt_of(client, csrf, FORGED)}").text
    assert "sender-auth-warn" in forged
    assert "DMARC" in forged and "ไม่ผ่าน DMARC" in forged
    client.get("/lang/en")
    impostor = client.get(f"/cases/{receipt_of(client, csrf, IMPOSTOR)}").text
    assert "imitates the agency" in impostor


def test_the_queue_export_has_a_sender_column(client: TestClient) -> None:
    csrf = sign_in(client, "boss")
    forged_receipt = receipt_of(client, csrf, FORGED)
    response = client.get("/exports/queue.csv?status=all")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = rows[0]
    column = next(i for i, title in enumerate(header) if "DMARC" in title)
    by_receipt = {row[0]: row[column] for row in rows[1:]}
    assert "dmarc=fail" in by_receipt[forged_receipt]
    assert "forged_results" in by_receipt[forged_receipt]


def test_settings_derive_the_agency_domain_from_the_username(tmp_path: Path) -> None:
    box = MailboxSettings(
        name="x", host="imap.example.go.th", username="saraban@Example.go.th", password_env="P"
    )
    assert box.own_domains == ["example.go.th"]


def test_every_flag_has_a_text_in_both_languages() -> None:
    import tomllib

    from extractors.sender_auth import FLAGS

    for lang in ("th", "en"):
        path = Path(__file__).resolve().parents[2] / "review" / "i18n" / f"{lang}.toml"
        texts = tomllib.loads(path.read_text(encoding="utf-8"))["sender_auth"]
        assert all(texts.get(f"flag_{flag}") for flag in FLAGS), lang


def test_the_json_api_carries_the_verdict(store: Context, client: TestClient) -> None:
    from storage.accounts import create_api_token, find_user
    from storage.db import transaction

    with transaction(store.engine) as session:
        user = find_user(session, name="staff1")
        assert user is not None
        token, _ = create_api_token(session, user=user, label="sender-auth test")
    csrf = sign_in(client, "staff1")
    receipt = receipt_of(client, csrf, FORGED)
    response = client.get(f"/api/cases/{receipt}", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    verdict = response.json()["sender_auth"]
    assert verdict["dmarc"] == "fail" and "forged_results" in verdict["flags"]


def test_the_coverage_scan_reads_the_verdict_column(store: Context) -> None:
    """The verdict is plaintext: the compliance scan checks it holds no address."""
    from compliance.coverage import scan

    with Session(store.engine) as session:
        assert scan(session, store.settings.blob_dir, store.templates).problems == []
        message = session.execute(select(Message).limit(1)).scalar_one()
        message.sender_auth_json = json.dumps({"spf_domain": GOOD.email})  # a leak, on purpose
        session.add(message)
        session.flush()
        problems = scan(session, store.settings.blob_dir, store.templates).problems
        session.rollback()
    assert any("sender_auth_json" in p for p in problems)
