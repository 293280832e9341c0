"""Hostile set 5, the clerk's side: the fifth set's mails filed by the real pipeline and
opened in the real review app (Starlette's TestClient). UTF-7 and UTF-16 markup, names
that read backwards or pose as the agency, and file names made for a Windows download:
every page declares UTF-8 and shows the markup as text, no bidirectional control reaches a
page as itself, and a download's name is one Windows saves as a file of that name (no
device, stream, path or control character) in headers the attacker did not write."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hostile_mail_2 import Bait
from hostile_mail_5 import by_name
from sqlmodel import select

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.db import transaction
from storage.models import Case, Message
from tests.review.conftest import sign_in
from tests.review.review_seed import seed_store

pytestmark = pytest.mark.integration

NAMES = [
    "mime_utf7_markup",
    "html_utf16_without_bom",
    "names_homoglyph_bidi",
    "filenames_windows",
    "filename_header_split",
]
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
RESERVED = re.compile(r"^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\.|$)", re.I)


def built() -> dict[str, bytes]:
    bait = Bait(Path("/nonexistent"), "none", 9, "tok5web")
    mails: dict[str, bytes] = {}
    for i, name in enumerate(NAMES):
        raw = by_name(name).build(bait, 540 + i)
        while len(raw) in {len(r) for r in mails.values()}:
            raw = b"X-Pad: x\r\n" + raw
        mails[name] = raw
    return mails


@pytest.fixture(scope="module")
def receipts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Context, dict[str, str]]:
    mails = built()
    ctx = seed_store(tmp_path_factory.mktemp("hostile5-web"), [], list(mails.values()))
    with transaction(ctx.engine) as session:
        rows = session.execute(select(Case.receipt_no, Message.size).join(Message)).all()
    by_size = {size: receipt for receipt, size in rows}
    return ctx, {name: by_size[len(raw)] for name, raw in mails.items()}


@pytest.fixture
def client(receipts: tuple[Context, dict[str, str]]) -> Iterator[TestClient]:
    ctx = receipts[0]
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


def _revealed(client: TestClient, receipt: str) -> tuple[str, str]:
    csrf = sign_in(client, "boss")
    page = client.post(
        f"/cases/{receipt}/reveal", data={"reason": "ตรวจสอบคำร้อง", "csrf_token": csrf}
    )
    assert page.status_code == 200
    assert "charset=utf-8" in page.headers.get("content-type", "").lower()
    return csrf, page.text


def _no_live_markup(html: str) -> None:
    lowered = html.lower()
    assert "<script>alert" not in lowered and "<img src=x" not in lowered
    assert not re.search(r"<[a-z]+[^>]*\son[a-z]+\s*=", lowered), "an event handler"
    assert not re.search(r"<meta[^>]*utf-7", lowered), "a meta tag asks for UTF-7"


@pytest.mark.parametrize("name", NAMES[:3])
def test_markup_in_any_charset_is_text_on_the_page_and_in_the_frame(
    client: TestClient, receipts: tuple[Context, dict[str, str]], name: str
) -> None:
    receipt = receipts[1][name]
    _, page = _revealed(client, receipt)
    _no_live_markup(page)
    assert not BIDI.search(page), "a bidirectional control reached the page as itself"
    for frame in re.findall(rf'src="(/cases/{re.escape(receipt)}/mail/[^"]+)"', page):
        response = client.get(frame)
        if response.status_code != 200:
            continue
        assert "charset=utf-8" in response.headers.get("content-type", "").lower()
        _no_live_markup(response.text)
        assert "\x00" not in response.text


def _downloads(client: TestClient, receipt: str) -> list[tuple[int, dict[str, str]]]:
    csrf, page = _revealed(client, receipt)
    out = []
    for index in sorted(set(re.findall(rf'/cases/{re.escape(receipt)}/attachments/(\d+)"', page))):
        response = client.post(
            f"/cases/{receipt}/attachments/{index}",
            data={"reason": "ตรวจสอบไฟล์แนบ", "csrf_token": csrf},
        )
        out.append((response.status_code, {k.lower(): v for k, v in response.headers.items()}))
    return out


def _saved_name(disposition: str) -> str:
    """The name a browser saves under: filename* (RFC 5987) when given, else filename."""
    from urllib.parse import unquote

    star = re.search(r"filename\*\s*=\s*[^']*'[^']*'([^;]+)", disposition)
    if star:
        return unquote(star.group(1).strip())
    plain = re.search(r'filename\s*=\s*"((?:[^"\\]|\\.)*)"|filename\s*=\s*([^;]+)', disposition)
    assert plain, disposition
    return (plain.group(1) or plain.group(2) or "").strip()


@pytest.mark.parametrize("name", ["filenames_windows", "filename_header_split"])
def test_a_download_is_an_attachment_with_a_name_windows_saves_as_itself(
    client: TestClient, receipts: tuple[Context, dict[str, str]], name: str
) -> None:
    downloads = _downloads(client, receipts[1][name])
    assert downloads, "the attachments have download forms"
    for status, headers in downloads:
        assert status in (200, 403, 409, 422), status
        assert "set-cookie" not in headers or "attacker" not in headers["set-cookie"]
        if status != 200:
            continue
        disposition = headers.get("content-disposition", "")
        assert disposition.startswith("attachment"), disposition
        assert headers.get("x-content-type-options") == "nosniff"
        saved = _saved_name(disposition)
        assert saved and len(saved.encode()) <= 255, len(saved.encode())
        assert not re.search(r'[\x00-\x1f\x7f<>:"/\\|?*]', saved), saved
        assert not saved.endswith((".", " ")), saved
        assert not RESERVED.match(saved), saved
        assert not BIDI.search(saved), saved
