"""Hostile set 5, the privacy promise in the review app: what a clerk sees of a case that
is not theirs, and what a subject-access export hands over.

A staff clerk can count: receipt numbers are sequential, and a clerk who is not assigned a
case (a neighbour's, a relative's) types the next one into the address bar. The page may
show the case masked, but nothing of it unmasked: no reveal, no download, no mail frame
with the citizen's values. A subject-access export is asked for one person: a stranger's
mail filed into that person's case (by its receipt number in the subject, as anyone may
write) must not hand the stranger's national ID, name or phone to the person who asked,
and an ID typed with wildcards or another person's check digit finds no one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.db import transaction
from storage.models import Case
from tests.review.conftest import sign_in
from tests.review.review_seed import import_mails, person, request_body, seed_store

pytestmark = pytest.mark.integration

VICTIM, STRANGER = person(560), person(561)


def stranger_mail(receipt: str) -> bytes:
    """The stranger writes their own request with the victim's receipt number as subject."""
    out = EmailMessage()
    out["From"] = f"{STRANGER.name} <{STRANGER.email}>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = f"Re: {receipt} ส่งเอกสารเพิ่มเติม"
    out["Message-ID"] = "<hostile5-stranger@example.net>"
    out.set_content(request_body(STRANGER))
    return bytes(out)


def victim_mail() -> bytes:
    out = EmailMessage()
    out["From"] = f"{VICTIM.name} <{VICTIM.email}>"
    out["To"] = "saraban@example.go.th"
    out["Subject"] = "ขอข้อมูลข่าวสารของราชการ"
    out["Message-ID"] = "<hostile5-victim@example.org>"
    out.set_content(request_body(VICTIM))
    out.add_attachment(b"%PDF-1.4 small", maintype="application", subtype="pdf", filename="id.pdf")
    return bytes(out)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Context, str]:
    folder = tmp_path_factory.mktemp("hostile5-privacy")
    ctx = seed_store(folder, [], [victim_mail()])
    with transaction(ctx.engine) as session:
        (receipt,) = session.execute(select(Case.receipt_no)).scalars()
    import_mails(ctx, folder / "mail-in-2", [stranger_mail(receipt)])
    return ctx, receipt


@pytest.fixture
def client(store: tuple[Context, str]) -> Iterator[TestClient]:
    ctx = store[0]
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def _unmasked(text: str, who: object = VICTIM) -> list[str]:
    return [s for s in [*who.secrets(), who.name] if s in text]  # type: ignore[attr-defined]


def test_a_clerk_without_the_case_sees_nothing_of_it_unmasked(
    client: TestClient, store: tuple[Context, str]
) -> None:
    receipt = store[1]
    csrf = sign_in(client, "staff2")
    page = client.get(f"/cases/{receipt}")
    assert page.status_code in (200, 403, 404)
    assert not _unmasked(page.text), "the case page shows the citizen's data unmasked"
    reveal = client.post(
        f"/cases/{receipt}/reveal", data={"reason": "ตรวจสอบคำร้อง", "csrf_token": csrf}
    )
    assert reveal.status_code in (403, 404) and not _unmasked(reveal.text)
    for frame in re.findall(rf'src="(/cases/{re.escape(receipt)}/mail/[^"]+)"', page.text):
        shown = client.get(frame)
        assert not _unmasked(shown.text), f"the mail frame {frame} shows the data unmasked"
    for index in ("0", "1", "2"):
        download = client.post(
            f"/cases/{receipt}/attachments/{index}",
            data={"reason": "ตรวจสอบไฟล์แนบ", "csrf_token": csrf},
        )
        assert download.status_code in (403, 404), (index, download.status_code)
        pages = client.post(
            f"/cases/{receipt}/attachments/{index}/pages/1",
            data={"reason": "ตรวจสอบไฟล์แนบ", "csrf_token": csrf},
        )
        assert pages.status_code in (403, 404, 405, 422), (index, pages.status_code)
    api = client.get(f"/api/cases/{receipt}")
    assert not _unmasked(api.text)


def _export(client: TestClient, csrf: str, national_id: str) -> tuple[int, str]:
    response = client.post(
        "/compliance/subjects/export",
        data={
            "national_id": national_id,
            "reason": "คำขอเข้าถึงข้อมูลของเจ้าของข้อมูล",
            "with_mail": "true",
            "csrf_token": csrf,
        },
    )
    return response.status_code, response.text


def test_an_access_export_hands_over_no_other_persons_data(client: TestClient) -> None:
    status, text = _export(client, sign_in(client, "auditor"), VICTIM.national_id)
    assert status == 200, text[:300]
    assert VICTIM.name in text or VICTIM.national_id in text, "the export holds the subject"
    leaked = _unmasked(text, STRANGER)
    assert not leaked, "a stranger's data is in another person's access export"


def test_an_id_typed_as_a_pattern_finds_no_one(client: TestClient) -> None:
    """Wildcards of SQL and of shells, a prefix, an appended condition, and the victim's
    ID with another check digit: none is the ID of anyone, so none exports anyone."""
    victim = VICTIM.national_id
    typed = ["%", "_" * 13, "*", "1%", f"{victim[:12]}%", f"{victim[:12]}_",
             f"{victim} OR 1=1", f"{victim[:12]}{(int(victim[12]) + 1) % 10}"]  # fmt: skip
    csrf = sign_in(client, "auditor")
    for value in typed:
        status, text = _export(client, csrf, value)
        assert not _unmasked(text) and not _unmasked(text, STRANGER), (value, status)
