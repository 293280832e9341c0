"""Two signatures set down before their names (a bill signed by the clerk who hands it in
and by the director with the power to bind the company): the n-th bracketed name is the
n-th signature's, never the first name under the second caption. Names and numbers
invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from unseen_requests_5 import pdf_page

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.stacked_signatures import stacked_signatures
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

HEAD = [
    "ห้างหุ้นส่วนจำกัด ศรีสะเกษวัสดุ",
    "77 หมู่ที่ 2 ตำบลโพธิ์ อำเภอเมืองศรีสะเกษ จังหวัดศรีสะเกษ 33000",
    "ใบส่งของ / ใบแจ้งหนี้ เลขที่ DN-0412",
    "1. ทรายถม 12 คิว 7,200.00 บาท",
]


def read_mail(text: str, files: tuple[tuple[str, bytes], ...] = ()) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "office@srisaket-material.example.co.th"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "ส่งใบแจ้งหนี้"
    msg.set_content(text)
    for name, data in files:
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def numbered(lines: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


def test_two_captions_stacked_then_two_names_in_order() -> None:
    lines = numbered(
        ["ผู้ส่งของ ..............", "ผู้มีอำนาจลงนาม ..............", "(นายก้อง ทองมี)", "(นางวิไล ศรีสุข)"]
    )
    assert stacked_signatures(lines) == [
        (1, "ผู้ส่งของ: นายก้อง ทองมี"),
        (2, "ผู้มีอำนาจลงนาม: นางวิไล ศรีสุข"),
        (3, ""),
        (4, ""),
    ]


def test_two_signatures_on_one_line_then_their_names_on_the_next() -> None:
    lines = numbered(
        [
            "ลงชื่อ ............ ผู้มอบอำนาจ    ลงชื่อ ............ ผู้รับมอบอำนาจ",
            "(นายก้อง ทองมี)      (นางวิไล ศรีสุข)",
        ]
    )
    assert stacked_signatures(lines) == [
        (1, "ผู้มอบอำนาจ: นายก้อง ทองมี"),
        (1, "ผู้รับมอบอำนาจ: นางวิไล ศรีสุข"),
        (2, ""),
    ]


def test_one_signature_over_its_name_or_names_that_do_not_count_up_are_left() -> None:
    one = numbered(["ลงชื่อ ............ ผู้ขอ", "(นายก้อง ทองมี)"])
    assert stacked_signatures(one) == one
    # two signatures and one name: nothing says whose
    short = numbered(["ผู้ส่งของ ..........", "ผู้มีอำนาจลงนาม ..........", "(นางวิไล ศรีสุข)", "กรรมการ"])
    assert stacked_signatures(short) == short
    # a signature over its name, then the next: each its own (the label reader's case)
    apart = numbered(["ลงชื่อ ........ ผู้ขอ", "(นายก้อง ทองมี)", "ลงชื่อ ........ พยาน", "(นางวิไล ศรีสุข)"])
    assert stacked_signatures(apart) == apart


def test_a_name_left_as_dots_gives_its_caption_nothing() -> None:
    lines = numbered(
        ["ผู้ส่งของ ..........", "ผู้มีอำนาจลงนาม ..........", "(....................)", "(นางวิไล ศรีสุข)"]
    )
    assert stacked_signatures(lines)[:2] == [(1, ""), (2, "ผู้มีอำนาจลงนาม: นางวิไล ศรีสุข")]


def test_a_mailed_bill_names_the_director_not_the_clerk_who_hands_it_in() -> None:
    text = "\n".join(
        [
            *HEAD,
            "",
            "ผู้ส่งของ ....................",
            "ผู้มีอำนาจลงนาม ....................",
            "(นายก้อง ทองมี)",
            "(นางวิไล ศรีสุข)",
            "หุ้นส่วนผู้จัดการ",
        ]
    )
    case = read_mail(text)
    assert case.fields["full_name"] == "นางวิไล ศรีสุข"


def test_a_typed_pdf_bill_names_the_director_not_the_clerk() -> None:
    rows = [*HEAD, "ผู้วางบิล ....................", "ผู้มีอำนาจลงนาม ....................",
            "(นายก้อง ทองมี)", "(นางวิไล ศรีสุข)", "หุ้นส่วนผู้จัดการ"]  # fmt: skip
    x = [20, 20, 20, 20, 25, 115, 30, 120, 120]
    labels = [(x[n], 20 + 9 * n, row) for n, row in enumerate(rows)]
    data = pdf_page(labels, size=13, face="Loma")
    case = read_mail("เรียน กองคลัง\nขอวางบิลตามเอกสารแนบ\n", (("bill.pdf", data),))
    assert case.fields["full_name"] == "นางวิไล ศรีสุข"
