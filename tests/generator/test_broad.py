"""The broadened set must itself be right before it can judge the readers.

Each check reads the generated mail with something other than the generator: the
stdlib `email` package, python-docx, pypdf, pdfplumber, Pillow, and the check-digit
rule written again in test_generator.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader

from .broad import OUTCOME_STYLES, Sample, generate_set
from .citizens import KEYS
from .styles import MEANINGLESS_NAMES, STYLES
from .test_generator import PROVINCES, thai_id_ok
from .vocab import TH_LABELS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


@cache
def small_set() -> tuple[Sample, ...]:
    return tuple(generate_set(per_style=4, per_ocr=1, per_outcome=2))


def parse(raw: bytes) -> EmailMessage:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    return msg


def of_style(style: str) -> list[Sample]:
    return [s for s in small_set() if s.style == style]


def attachment(sample: Sample) -> bytes:
    parts = [p for p in parse(sample.raw).walk() if p.get_filename()]
    assert len(parts) == 1, sample.style
    data = parts[0].get_payload(decode=True)
    assert isinstance(data, bytes)
    return data


def test_the_generator_never_reads_the_products_lists() -> None:
    """Its labels are its own: no import of the product, no path into config/."""
    for path in (p for p in HERE.glob("*.py") if not p.name.startswith("test_")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(extractors|intake|config)\b", text, re.M)
        assert "load_templates" not in text and '/ "config"' not in text, path.name


def test_the_vocabulary_holds_labels_the_issue_names() -> None:
    for key, label in [
        ("full_name", "ชื่อ - สกุล"),
        ("full_name", "ผู้ยื่นคำร้อง"),
        ("national_id", "เลขประจำตัวประชาชน 13 หลัก"),
        ("national_id", "เลขที่บัตรประจำตัวประชาชน"),
        ("phone", "โทรศัพท์ (มือถือ)"),
        ("birth_date", "วัน/เดือน/ปีเกิด (พ.ศ.)"),
        ("address", "ที่อยู่ที่ติดต่อได้"),
    ]:
        assert label in TH_LABELS[key]


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    first = [s.raw for s in generate_set(per_style=1, per_ocr=1, per_outcome=1)]
    assert first == [s.raw for s in generate_set(per_style=1, per_ocr=1, per_outcome=1)]
    other = [s.raw for s in generate_set(7, per_style=1, per_ocr=1, per_outcome=1)]
    assert len(set(first) & set(other)) == 0


def test_every_style_and_outcome_is_present() -> None:
    counts = Counter(s.style for s in small_set())
    assert set(counts) == set(STYLES) | set(OUTCOME_STYLES)
    outcomes = Counter(s.outcome for s in small_set())
    assert set(outcomes) == {"case", "ignored", "duplicate", "reply"}


def test_expected_values_have_the_normalised_shapes() -> None:
    for s in small_set():
        e = s.expected
        if s.outcome != "case":
            assert e == {}
            continue
        assert set(e) <= set(KEYS) and {"full_name", "national_id", "phone"} <= set(e)
        assert thai_id_ok(e["national_id"])
        assert re.fullmatch(r"\+66[2-9]\d{7,8}", e["phone"]), e["phone"]
        # the title attached to the first name, exactly one space before the family name
        assert re.fullmatch(r"\S+ \S+", e["full_name"]), e["full_name"]
        assert e["email"] == e["email"].lower()
        if "birth_date" in e:
            assert date.fromisoformat(e["birth_date"]).year < 2010
        if "province" in e:
            assert e["province"] in PROVINCES


def test_every_mail_parses_without_defects_and_ids_are_unique_but_for_duplicates() -> None:
    ids = Counter()
    for s in small_set():
        msg = parse(s.raw)
        assert msg["Message-ID"] == s.message_id
        for part in msg.walk():
            assert not part.defects, (s.style, part.defects)
        ids[s.message_id] += 1
    assert sum(n - 1 for n in ids.values()) == len(of_style("duplicate"))


def body_text(msg: EmailMessage) -> str:
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.append(str(part.get_content()))
    return "\n".join(texts)


@pytest.mark.parametrize("style", [s for s, (_, g) in STYLES.items() if g in {"body", "structure"}])
def test_typed_styles_carry_every_written_value(style: str) -> None:
    for s in of_style(style):
        msg = parse(s.raw)
        inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        text = body_text(inner[0].get_content() if inner else msg)
        for key in ("address", "subject", "details"):
            assert squeeze(s.expected[key]) in squeeze(text), (style, key)


def squeeze(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def test_forwarded_mail_comes_from_the_forwarder_not_the_citizen() -> None:
    for s in of_style("forwarded_inline") + of_style("forwarded_attached"):
        msg = parse(s.raw)
        assert s.expected["email"] not in str(msg["From"]).lower()
        assert re.match(r"(Fwd|FW): ", str(msg["Subject"]))


def test_quoted_template_values_are_all_in_quoted_lines() -> None:
    for s in of_style("reply_quoted_template"):
        text = body_text(parse(s.raw))
        line = next(ln for ln in text.splitlines() if s.expected["subject"] in ln)
        assert line.startswith(">")


def test_html_styles_carry_no_table() -> None:
    for style in ("html_paragraphs", "html_breaks", "html_entities"):
        for s in of_style(style):
            markup = [p for p in parse(s.raw).walk() if p.get_content_type() == "text/html"]
            assert len(markup) == 1 and "<table" not in str(markup[0].get_content())
    for s in of_style("html_entities"):
        html = str(
            next(
                p for p in parse(s.raw).walk() if p.get_content_type() == "text/html"
            ).get_content()
        )
        assert re.search(r"&#3\d{3};", html) and not re.search("[\u0e00-\u0e7f]", html)


def test_docx_holds_the_values_in_a_table_or_paragraphs() -> None:
    for s in of_style("docx_table") + of_style("docx_paragraphs"):
        doc = Document(io.BytesIO(attachment(s)))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        text = "\n".join([p.text for p in doc.paragraphs] + cells)
        assert s.expected["subject"] in text and s.expected["details"] in text
        assert bool(doc.tables) == (s.style == "docx_table")


def test_fillable_pdfs_have_meaningless_names_and_the_values_in_fields() -> None:
    meaningless = {n for names in MEANINGLESS_NAMES for n in names}
    for s in of_style("pdf_fillable_meaningless"):
        data = attachment(s)
        fields = PdfReader(io.BytesIO(data), strict=True).get_fields() or {}
        assert set(fields) <= meaningless and len(fields) == len(KEYS)
        values = {str(f.get("/V")) for f in fields.values()}
        assert s.expected["subject"] in values and s.expected["email"] in {
            v.lower() for v in values
        }
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page = pdf.pages[0].extract_text() or ""
        assert any(label in page for label in TH_LABELS["national_id"])
        assert s.expected["subject"] not in page  # the value is only in the field


def test_text_pdfs_give_back_their_thai_lines() -> None:
    for s in of_style("pdf_text_thai"):
        with pdfplumber.open(io.BytesIO(attachment(s))) as pdf:
            page = pdf.pages[0].extract_text() or ""
        assert s.expected["subject"] in page and s.expected["details"] in " ".join(page.split())


def test_scans_and_photos_are_images_of_a_page() -> None:
    for style, magic in (
        ("scan_pdf", b"%PDF-"),
        ("photo_jpeg", b"\xff\xd8"),
        ("photo_png", b"\x89PNG"),
    ):
        for s in of_style(style):
            data = attachment(s)
            assert data.startswith(magic)
            if style == "scan_pdf":
                with pdfplumber.open(io.BytesIO(data)) as pdf:
                    assert not (pdf.pages[0].extract_text() or "").strip()  # no text layer
                    assert len(pdf.pages[0].images) == 1
                continue
            image = Image.open(io.BytesIO(data))
            assert image.width > 1000 and image.height > 800
            dark = sum(image.convert("L").histogram()[:100])
            assert dark > 10_000  # ink and background, not a blank page


def test_outcome_mail_points_at_a_request_of_the_set() -> None:
    requests = {s.message_id for s in small_set() if s.outcome == "case"}
    for s in of_style("reply_to_case"):
        assert parse(s.raw)["In-Reply-To"] in requests
    for s in of_style("duplicate"):
        assert s.message_id in requests
    for s in of_style("bounce"):
        assert parse(s.raw).get_content_type() == "multipart/report"


def test_spaced_and_over_leader_pdfs_hold_the_values_once_the_gaps_are_gone() -> None:
    for s in of_style("pdf_text_letterspaced") + of_style("pdf_typed_over_leaders"):
        with pdfplumber.open(io.BytesIO(attachment(s))) as pdf:
            page = pdf.pages[0].extract_text() or ""
        bare = re.sub(r"[\s.]", "", page)
        assert re.sub(r"[\s.]", "", s.expected["subject"]) in bare
        assert s.expected["subject"] not in page  # naive text breaks the value up


def test_conflicting_sources_carry_two_valid_ids() -> None:
    for s in of_style("conflict_body_pdf"):
        assert s.must_flag == ("national_id",)
        with pdfplumber.open(io.BytesIO(attachment(s))) as pdf:
            page = pdf.pages[0].extract_text() or ""
        in_pdf = re.findall(
            r"\d{13}",
            page.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
            .replace(" ", "")
            .replace("-", ""),
        )
        assert in_pdf and thai_id_ok(in_pdf[0]) and in_pdf[0] != s.expected["national_id"]


def test_a_paper_form_prints_every_value_within_the_page() -> None:
    """A value of one long Thai word (no space to wrap at) is written smaller to fit its
    line, as a hand does near the edge; it used to run off the paper, so the end of the
    expected value was never on the page for any reader to see."""
    from generator.documents import render_paper

    word = "ข้าพเจ้ามีความประสงค์ขอให้หน่วยงานพิจารณาดำเนินการตามเรื่องดังกล่าว"
    page = render_paper("คำร้องทั่วไป", [("รายละเอียดเพิ่มเติม", word)])
    margin = page.crop((page.width - 60, 0, page.width, page.height)).convert("L")
    assert margin.getextrema()[0] > 200  # nothing but paper at the right edge
