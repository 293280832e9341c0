"""Attack: a mail writes other people's identifiers so that the masker does not see
them but a reader does, and a clerk without a reveal reads them on every screen.

Found by this attack (failed before the fix in extractors/masking.py):
- dashes a word processor writes (en dash, U+2010, minus sign, full-width hyphen)
  and "3 - 1006 - ..." with spaces around the dash;
- a run of four or more spaces or line breaks (HTML shows it as one space);
- characters that draw nothing: variation selectors, tag characters, the Arabic letter
  mark, Hangul fillers, Khmer inherent vowels, Mongolian selectors; and an accent
  put on a digit;
- and in the mail frame, an embedded picture (an SVG that draws the ID as text, or a
  photographed ID card) was shown to anyone signed in (review/mailview.py).

Split tags, entities, comments, `<wbr>`, zero-width and RTL marks, Thai and
full-width digits are covered in tests/review; here they are mixed into the same mail
so that every screen (case page, mail frame, API, web and command-line exports) is
checked against all of them at once.
"""

from __future__ import annotations

import base64
import csv
import io
import re
from collections.abc import Iterator
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from extractors.masking import TextMasker
from intake.context import Context
from review.app import create_app
from review.mailview import mask_html, sanitise_html
from review.options import WebOptions
from storage.accounts import create_api_token, find_user
from storage.db import transaction
from tests.attack.attack_helpers import digit_run, visible_text
from tests.review.conftest import receipt_of, sign_in
from tests.review.review_seed import Person, person, request_body, seed_store
from tests.support.cli import write_config
from tests.support.invoke import invoke

VICTIM = person(301)  # the case; its mail names the neighbours below
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def _groups(d: str, sep: str) -> str:
    return sep.join([d[0], d[1:5], d[5:10], d[10:12], d[12]])


def _between(d: str, mark: str) -> str:
    return f"{d[:6]}{mark}{d[6:]}"


# how each neighbour's national ID is written: every form reads as the ID on screen
WRITINGS: dict[str, object] = {
    "en dash": lambda d: _groups(d, "\u2013"),
    "hyphen U+2010": lambda d: _groups(d, "\u2010"),
    "minus sign": lambda d: _groups(d, "\u2212"),
    "full-width hyphen": lambda d: _groups(d, "\uff0d"),
    "spaced dash": lambda d: _groups(d, " - "),
    "four spaces": lambda d: _groups(d, "    "),
    "variation selector": lambda d: _between(d, "\ufe0f"),
    "tag character": lambda d: _between(d, "\U000e0020"),
    "arabic letter mark": lambda d: _between(d, "\u061c"),
    "hangul filler": lambda d: _between(d, "\u3164"),
    "khmer vowel": lambda d: _between(d, "\u17b4"),
    "mongolian selector": lambda d: _between(d, "\u180b"),
    "accent on a digit": lambda d: _between(d, "\u0301"),
    "thai digits, en dash": lambda d: _groups(d.translate(THAI), "\u2013"),
    "zwsp and rlm": lambda d: f"{d[:4]}\u200b{d[4:9]}\u200f{d[9:]}",
}
NEIGHBOURS = {name: person(310 + n) for n, name in enumerate(WRITINGS)}
NEIGHBOUR_PHONE = person(340)  # a phone written with en dashes


def _written(name: str, p: Person) -> str:
    write = WRITINGS[name]
    assert callable(write)
    return str(write(p.national_id))


def _details() -> str:
    parts = [f"{name}: {_written(name, p)}" for name, p in NEIGHBOURS.items()]
    ph = NEIGHBOUR_PHONE.phone_digits
    parts.append(f"โทรเพื่อนบ้าน {ph[:3]}\u2013{ph[3:6]}\u2013{ph[6:]}")
    return "; ".join(parts)


def _svg_with(d: str) -> str:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><text y="20">{d}</text></svg>'
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def hostile_mail() -> bytes:
    details = _details()
    body = request_body(VICTIM).replace(
        "รายละเอียด: ขอสำเนาเอกสารเรื่องที่ 301", f"รายละเอียด: ขอข้อมูลของ {details}"
    )
    assert details in body
    first = next(iter(NEIGHBOURS.values()))
    html_part = (
        "<html><body><p>เรียน เจ้าหน้าที่</p>"
        + "".join(f"<p>{name}: {_written(name, p)}</p>" for name, p in NEIGHBOURS.items())
        + f"<p>{_groups(first.national_id, '<wbr>&#x2013;<!-- c -->')}</p>"
        + f'<p><img alt="บัตร" src="{_svg_with(first.national_id)}"></p>'
        + "</body></html>"
    )
    mail = EmailMessage()
    mail["From"] = f"{VICTIM.name} <{VICTIM.email}>"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"ขอข้อมูล {_written('en dash', first)}"
    mail["Message-ID"] = "<attack-masking-301@example.org>"
    mail.set_content(body)
    mail.add_alternative(html_part, subtype="html")
    return bytes(mail)


def secrets() -> dict[str, str]:
    found = {name: p.national_id for name, p in NEIGHBOURS.items()}
    return found | {"phone with en dashes": NEIGHBOUR_PHONE.phone_digits}


def assert_masked(text: str, where: str) -> None:
    digits = digit_run(text)
    leaked = [name for name, secret in secrets().items() if secret in digits]
    assert not leaked, f"{where}: whole on screen when written with {leaked}"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    return seed_store(tmp_path_factory.mktemp("attack-masking"), [], extra=[hostile_mail()])


@pytest.fixture
def client(store: Context) -> Iterator[TestClient]:
    app = create_app(store.settings, ctx=store, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as test_client:
        yield test_client


@pytest.fixture
def receipt(client: TestClient) -> str:
    return receipt_of(client, sign_in(client, "staff1"), VICTIM)


def test_the_case_page_masks_every_writing(client: TestClient, receipt: str) -> None:
    page = client.get(f"/cases/{receipt}").text
    seen = visible_text(page)
    assert "ขอข้อมูลของ" in seen  # the details are shown, not hidden whole
    assert_masked(page, "case page")


def test_the_mail_frame_masks_every_writing_and_shows_no_picture(
    client: TestClient, receipt: str
) -> None:
    page = client.get(f"/cases/{receipt}").text
    found = re.search(r'src="(/cases/[^"]+/mail/[^"]+)"', page)
    assert found, "the case has no HTML frame"
    frame = client.get(found.group(1))
    assert frame.status_code == 200
    assert "เรียน เจ้าหน้าที่" in visible_text(frame.text)
    assert_masked(visible_text(frame.text), "mail frame")
    assert "data:image" not in frame.text, "an embedded picture bypasses the mask"
    assert 'alt="บัตร"' in frame.text  # the picture's place and label stay


def test_text_in_two_blocks_side_by_side_does_not_run_together() -> None:
    """`<p>ID</p><p>7</p>` showed the ID whole: the masker read one 14-digit number."""
    d = NEIGHBOURS["en dash"].national_id
    table = f"<table><tr><td>{d}</td><td>7</td></tr></table>"
    for markup in (f"<p>{d}</p><p>7</p>", f"<div>7</div>{d}<br>7", table):
        out = mask_html(sanitise_html(markup), TextMasker())
        assert d not in digit_run(visible_text(out)), markup
        assert digit_run(visible_text(out)).count("7") >= 1


def test_the_api_masks_every_writing(store: Context, client: TestClient, receipt: str) -> None:
    with transaction(store.engine) as session:
        user = find_user(session, name="staff2")
        assert user is not None
        token, _ = create_api_token(session, user=user, label="attack")
    response = client.get(f"/api/cases/{receipt}", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and receipt in response.text
    assert_masked(response.text, "API case")
    listing = client.get("/api/cases?status=all", headers={"Authorization": f"Bearer {token}"})
    assert listing.status_code == 200 and receipt in listing.text
    assert_masked(repr(listing.json()), "API list")


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_web_exports_mask_every_writing(client: TestClient, receipt: str, fmt: str) -> None:
    today = date.today()
    span = f"first={today - timedelta(days=2)}&last={today + timedelta(days=2)}"
    paths = [f"/exports/queue.{fmt}?status=all"]
    if fmt != "json":  # the register is a sheet only
        paths.append(f"/exports/register.{fmt}?{span}")
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        text = _sheet_text(response.content) if fmt == "xlsx" else response.text
        assert receipt in text, path
        assert_masked(text, path)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "xlsx"])
def test_the_cli_export_masks_every_writing(
    store: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    config = write_config(tmp_path / "agency.toml", data_dir=store.settings.data_dir, mailboxes=[])
    out = tmp_path / f"cases.{fmt}"
    code, _, err = invoke(
        capsys, "--config", str(config), "cases", "export", "--format", fmt, "--output", str(out)
    )
    assert code == 0, err
    text = _sheet_text(out.read_bytes()) if fmt == "xlsx" else out.read_text(encoding="utf-8")
    assert "ขอข้อมูลของ" in text
    assert_masked(text, f"cases export --format {fmt}")
    if fmt == "csv":
        assert list(csv.reader(io.StringIO(text)))  # still a readable sheet


def _sheet_text(content: bytes) -> str:
    book = load_workbook(io.BytesIO(content), read_only=True)
    return "\n".join(
        " ".join("" if v is None else str(v) for v in row)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    )


DECOMPOSED = [
    ("สำราญ คำดี", "ส\u0e4d\u0e32ราญ ค\u0e4d\u0e32ดี"),  # ำ written as ํ + า
    ("ส\u0e4d\u0e32ราญ ค่\u0e4d\u0e32", "สำราญ ค่ำ"),  # and the other way round
    ("บุญค่ำ ทดสอบ", "บุญค\u0e4d\u0e48\u0e32 ทดสอบ"),  # tone mark after the nikhahit
]


@pytest.mark.parametrize(("stored", "written"), DECOMPOSED)
def test_a_thai_name_is_masked_however_its_sara_am_is_written(stored: str, written: str) -> None:
    """A name stored as read from a form and written elsewhere in the mail with the
    other, identical-looking sara am: the mail frame and the page showed it whole."""
    masker = TextMasker([(stored, "สxxxx")])
    assert masker(f"ชื่อ {written} ครับ") == "ชื่อ สxxxx ครับ"
    out = mask_html(sanitise_html(f"<p>ชื่อ {written}</p>"), masker)
    assert written.split()[0] not in out and "สxxxx" in out


def test_a_name_typed_composed_is_masked_where_the_mail_writes_it_decomposed(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Through the pipeline: the form gives the name one way, the mail's closing line
    the other; the case page masks both."""
    from tests.review.review_seed import request_mail

    p = person(350)
    name = "สมชาย คำดี"  # as typed into the form
    body_name = "สมชาย ค\u0e4d\u0e32ดี"  # as pasted from a PDF's text layer
    raw = request_mail(p).replace(p.name.encode(), name.encode())
    from email import message_from_bytes, policy

    mail = message_from_bytes(raw, policy=policy.default)
    assert isinstance(mail, EmailMessage)
    text = mail.get_content().replace(p.name, name) + f"\nขอแสดงความนับถือ\n{body_name}\n"
    mail.set_content(text)
    ctx = seed_store(tmp_path_factory.mktemp("attack-sara-am"), [], extra=[bytes(mail)])
    app = create_app(ctx.settings, ctx=ctx, options=WebOptions(secure_cookies="never"))
    with TestClient(app, follow_redirects=True) as client:
        csrf = sign_in(client, "staff1")
        page = client.post("/queue/search", data={"q": p.national_id_dashed, "csrf_token": csrf})
        receipts = re.findall(r'href="/cases/([A-Z]+-\d{4}-\d{6})"', page.text)
        assert len(receipts) == 1
        seen = visible_text(client.get(f"/cases/{receipts[0]}").text)
    assert "ขอแสดงความนับถือ" in seen
    assert "คำดี" not in seen and "ค\u0e4d\u0e32ดี" not in seen
