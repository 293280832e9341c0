"""Hostile set 6, the clerk's side: the set's privacy mails filed by the real pipeline and
opened in the real review app (Starlette's TestClient).

- export_bidi_controls: U+202E and the isolates in the Subject, the display name, a form
  field and a file name; in a spreadsheet `ใบเสร็จ\u202efdp.exe` reads `ใบเสร็จexe.pdf`, so
  no CSV or XLSX cell of an export may hold a bidi control as itself (set 5 asked this of
  the pages only).
- formulas_every_field: a formula in the address, postal code, province, email, details,
  attachment names, Reply-To name and Message-ID: no cell of any export starts one.
- link_values: field values made for the links a page builds (mailto parameters,
  javascript: and data: URLs, quotes that leave an attribute): no link on the page points
  where the attacker wrote, and no markup is live.
- markup_attachments: an SVG named scan.png, HTML named form.pdf, XHTML, XML with an
  XSLT, a JPEG that goes on as HTML: every URL of the case page that hands the bytes back
  is a download the browser does not render (attachment, nosniff, sandbox).

First sight (at 2cec0fe, before any fix): 3 of 4 held. export_bidi_controls failed in
the operator's revealed export (`intake cases export --reveal`, CSV and XLSX): the
address and subject fields kept U+202E, U+202C, U+2066 and U+2069 as themselves (the web
queue and register exports already dropped them). formulas_every_field, link_values and
markup_attachments held. After 5044792 (cells write bidi controls out as [U+XXXX], as the
pages do): all 4 hold."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hostile_mail_2 import Bait
from hostile_mail_6 import by_name
from openpyxl import load_workbook
from sqlmodel import select

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.db import transaction
from storage.models import Case, Message
from tests.review.conftest import sign_in
from tests.review.review_seed import seed_store

pytestmark = pytest.mark.integration

NAMES = ["export_bidi_controls", "formulas_every_field", "link_values", "markup_attachments"]
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
TRIMMED = " \u00a0\u3000\u2028\u2029\u200b\ufeff\n\r\t"


def built() -> dict[str, bytes]:
    bait = Bait(Path("/nonexistent"), "none", 9, "tok6web")
    mails: dict[str, bytes] = {}
    for i, name in enumerate(NAMES):
        raw = by_name(name).build(bait, 660 + i)
        while len(raw) in {len(r) for r in mails.values()}:
            raw = b"X-Pad: x\r\n" + raw
        mails[name] = raw
    return mails


@pytest.fixture(scope="module")
def receipts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Context, dict[str, str]]:
    mails = built()
    ctx = seed_store(tmp_path_factory.mktemp("hostile6-web"), [], list(mails.values()))
    with transaction(ctx.engine) as session:
        rows = session.execute(select(Case.receipt_no, Message.size).join(Message)).all()
    by_size = {size: receipt for receipt, size in rows}
    return ctx, {name: by_size[len(raw)] for name, raw in mails.items()}


@pytest.fixture(scope="module")
def client(receipts: tuple[Context, dict[str, str]]) -> Iterator[TestClient]:
    ctx = receipts[0]
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        test_client.headers["x-csrf"] = sign_in(test_client, "boss")
        yield test_client


def _export_paths() -> list[str]:
    today = date.today()
    span = f"first={today - timedelta(days=2)}&last={today + timedelta(days=2)}"
    return [
        "/exports/queue.csv?status=all",
        "/exports/queue.xlsx?status=all",
        f"/exports/register.csv?{span}",
        f"/exports/register.xlsx?{span}",
    ]


def _revealed_exports(ctx: Context, folder: Path) -> dict[str, list[str]]:
    """The operator's `cases export --reveal` in CSV and XLSX, run in process."""
    from intake.cases import CaseExport, iter_exports
    from intake.cli.audit import cli_actor
    from intake.cli.cases import write_csv, write_xlsx

    def records() -> Iterator[CaseExport]:
        return iter_exports(ctx, reveal=True, actor=cli_actor(), reason="hostile-set audit")

    with (folder / "cases.csv").open("w", encoding="utf-8", newline="") as handle:
        write_csv(records(), handle)
    write_xlsx(records(), folder / "cases.xlsx")
    text = (folder / "cases.csv").read_text(encoding="utf-8-sig")
    book = load_workbook(folder / "cases.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"], "formula cells"
    return {
        "cli:cases.csv": [cell for row in csv.reader(io.StringIO(text)) for cell in row],
        "cli:cases.xlsx": [str(c.value) for c in cells if c.value is not None],
    }


@pytest.fixture(scope="module")
def exported(
    client: TestClient,
    receipts: tuple[Context, dict[str, str]],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, list[str]]:
    out = _revealed_exports(receipts[0], tmp_path_factory.mktemp("hostile6-exports"))
    for path in _export_paths():
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if path.split("?")[0].endswith(".csv"):
            text = response.content.decode("utf-8-sig")
            out[path] = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
            continue
        book = load_workbook(io.BytesIO(response.content))
        cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
        assert not [c.coordinate for c in cells if c.data_type == "f"], f"{path}: formula cells"
        out[path] = [str(c.value) for c in cells if c.value is not None]
    return out


def _revealed(client: TestClient, receipt: str) -> str:
    page = client.post(
        f"/cases/{receipt}/reveal",
        data={"reason": "ตรวจสอบคำร้อง", "csrf_token": client.headers["x-csrf"]},
    )
    assert page.status_code == 200
    return page.text


PATHS = [*_export_paths(), "cli:cases.csv", "cli:cases.xlsx"]


def test_the_attackers_values_reach_the_exports(exported: dict[str, list[str]]) -> None:
    """The checks below look at what was exported: the values must be there to look at."""
    cells = [c for path in PATHS for c in exported[path]]
    assert any("fdp.exe" in c for c in cells) and any("SLX.exe" in c for c in cells)
    assert any("cmd|" in c for c in cells) and any("HYPERLINK" in c for c in cells)


@pytest.mark.parametrize("path", PATHS)
def test_no_exported_cell_holds_a_bidi_control(exported: dict[str, list[str]], path: str) -> None:
    cells = exported[path]
    shown = [c.encode("unicode_escape") for c in cells if BIDI.search(c)]
    assert not shown, shown


@pytest.mark.parametrize("path", PATHS)
def test_no_exported_cell_of_any_field_starts_a_formula(
    exported: dict[str, list[str]], path: str
) -> None:
    cells = exported[path]
    live = [c for c in cells if c.lstrip(TRIMMED).startswith(FORMULA_START)]
    assert not live, live


def test_field_values_make_no_link_and_no_live_markup(
    client: TestClient, receipts: tuple[Context, dict[str, str]]
) -> None:
    page = _revealed(client, receipts[1]["link_values"])
    assert "HOSTILE6MARK" in page, "the revealed page shows the request"
    for url in re.findall(r'(?:href|src|action|formaction)\s*=\s*["\']?([^"\'\s>]+)', page, re.I):
        lowered = url.lower()
        assert not lowered.startswith(("javascript:", "data:", "vbscript:")), url
        assert "evil.example" not in lowered and "kasem.suk" not in lowered, url
        if lowered.startswith(("mailto:", "tel:")):
            assert "?" not in url and ";" not in url, url
    lowered = page.lower()
    assert "<script>alert" not in lowered and "<img src=x" not in lowered
    assert not re.search(r"<[a-z]+[^>]*\s(?:on[a-z]+|autofocus)\s*=", lowered), "a handler"


def test_no_url_of_the_case_page_renders_an_attachments_markup(
    client: TestClient, receipts: tuple[Context, dict[str, str]]
) -> None:
    receipt = receipts[1]["markup_attachments"]
    page = _revealed(client, receipt)
    base = f"/cases/{receipt}/"
    gets = set(re.findall(rf'(?:href|src)="({re.escape(base)}[^"]+)"', page))
    posts = set(re.findall(rf'action="({re.escape(base)}(?:attachments|mail)[^"]+)"', page))
    assert posts, "the attachments have download forms"
    responses = [(url, client.get(url)) for url in sorted(gets)]
    responses += [
        (
            url,
            client.post(
                url, data={"reason": "ตรวจสอบไฟล์แนบ", "csrf_token": client.headers["x-csrf"]}
            ),
        )
        for url in sorted(posts)
    ]
    served = 0
    for url, response in responses:
        if b"pwned6" not in response.content:
            continue
        served += 1
        headers = {k.lower(): v for k, v in response.headers.items()}
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        assert headers.get("x-content-type-options") == "nosniff", url
        renders = kind in {"text/html", "image/svg+xml", "application/xhtml+xml", "text/xml"}
        renders = renders or kind.endswith("+xml") or kind == "application/xml"
        sandboxed = "sandbox" in headers.get("content-security-policy", "")
        downloaded = headers.get("content-disposition", "").startswith("attachment")
        assert downloaded or (not renders and sandboxed), (url, kind, headers)
        assert sandboxed or not renders, (url, kind)
    assert served, "no attachment came back at all"


@pytest.mark.parametrize("control", ["\u202a", "\u202e", "\u2066", "\u2069", "\u200f", "\u061c"])
def test_a_cell_writes_a_bidi_control_out_as_the_pages_do(control: str) -> None:
    from storage.sheets import safe_cell

    shown = safe_cell(f"scan{control}fdp.exe")
    assert shown == f"scan[U+{ord(control):04X}]fdp.exe"
    assert safe_cell(control + "=1+1").startswith("'")
