"""Requests as people write them, one small set per style, read through the whole path.

The examples are written here by hand (not by tests/generator, not from config/): label
variants seen on Thai government forms, numbering, notes and units around labels, dot
leaders, English labels after a tab or spaces, requests in sentences, forwarded mail,
replies typed into a quoted blank template and HTML of several shapes. Run with `-s` to
see accuracy per style; every style must be read entirely right, and a value that is
wrong must never come without a flag.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import pytest

from extractors.base import ExtractedCase, FormTemplate
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def thai_id(first12: str) -> str:
    """A valid national ID: the mod-11 check digit written out again here on purpose."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


ID_A = thai_id("110170023070")  # 1101700230708
ID_B = thai_id("310060012345")
ID_C = thai_id("520010098765")
ID_D = thai_id("170990012222")


def grouped(digits: str, sep: str = "-") -> str:
    return sep.join([digits[0], digits[1:5], digits[5:10], digits[10:12], digits[12]])


def mail(
    body: str,
    subject: str = "คำร้องทั่วไป",
    *,
    html: str | None = None,
    sender: str = "citizen@example.org",
    attachment: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@tambon.go.th"
    msg["Subject"] = subject
    msg["Message-ID"] = "<style-test@example.org>"
    if html is not None and not body:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    if attachment is not None:
        msg.add_attachment(attachment.encode(), "text", "plain", filename="form.txt")
    return bytes(msg)


@dataclass(frozen=True)
class Example:
    style: str
    raw: bytes
    expected: dict[str, str]  # normalised values
    template: str = "general_request"
    flagged: frozenset[str] = frozenset()  # fields that must carry a review flag


EXAMPLES = [
    # --- labels as written on forms ------------------------------------------------------
    Example(
        "labels",
        mail(
            "เรียน นายกองค์การบริหารส่วนตำบล\n\n"
            "ชื่อ - สกุล  นาย สมชาย  ใจดี\n"
            f"เลขประจำตัวประชาชน 13 หลัก: {grouped(ID_A)}\n"
            "โทรศัพท์ (มือถือ) 089-765-4321\n"
            "วัน/เดือน/ปีเกิด (พ.ศ.) : 12 มีนาคม 2528\n"
            "อีเมล： somchai.j@example.co.th\n"
            "เรื่อง ขอหนังสือรับรองที่อยู่\n"
        ),
        {
            "full_name": "นายสมชาย ใจดี",
            "national_id": ID_A,
            "phone": "+66897654321",
            "birth_date": "1985-03-12",
            "email": "somchai.j@example.co.th",
            "subject": "ขอหนังสือรับรองที่อยู่",
        },
    ),
    Example(
        "labels",
        mail(
            "1. ผู้ยื่นคำร้อง : นางสาวมาลี ศรีสุข\n"
            f"๒) เลขบัตรประชาชน ........ {grouped(ID_B, ' ')}\n"
            "(ก) ที่อยู่\n"
            "    45/6 ถนนนิมมานเหมินท์ ตำบลสุเทพ\n"
            "    อำเภอเมืองเชียงใหม่\n\n"
            "๔. จังหวัด_____เชียงใหม่\n"
            "5. รหัสไปรษณีย์ - 50200\n"
            "6) เบอร์โทร 053-123-456 ต่อ 12\n"
            "7. รายละเอียด: ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนา\n"
        ),
        {
            "full_name": "นางสาวมาลี ศรีสุข",
            "national_id": ID_B,
            "address": "45/6 ถนนนิมมานเหมินท์ ตำบลสุเทพ\nอำเภอเมืองเชียงใหม่",
            "province": "เชียงใหม่",
            "postal_code": "50200",
            "phone": "+6653123456",  # the extension is dropped, kept in the raw value
            "details": "ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนา",
        },
    ),
    Example(
        "labels",
        mail(
            "ชื่อ-นามสกุล...............นายก้องภพ  ฟ้าใส\n"
            "เลขที่บัตรประจำตัวประชาชน\n"
            f"{ID_C}\n\n"
            "หมายเลขโทรศัพท์ที่ติดต่อได้ : 0 2123 4567\n"
            "ที่อยู่ตามทะเบียนบ้าน : 9 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ\n"
            "จังหวัด : กรุงเทพมหานคร\n"
            "รหัส ปณ. 10240\n"
        ),
        {
            "full_name": "นายก้องภพ ฟ้าใส",
            "national_id": ID_C,
            "phone": "+6621234567",
            "address": "9 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ",
            "province": "กรุงเทพมหานคร",
            "postal_code": "10240",
        },
    ),
    Example(
        "english",
        mail(
            "Dear Sir or Madam,\n\n"
            "Name\tMr  John   Smith\n"
            f"National ID\t{ID_D}\n"
            "Mobile 0812345678\n"
            "E-mail address john.smith@example.com\n"
            "Date of birth    5 January 1990\n"
            "Address\n"
            "12 Sukhumvit Rd, Khlong Toei\n"
            "Bangkok\n\n"
            "Postcode 10110\n",
            subject="General request: residence letter",
        ),
        {
            "full_name": "Mr John Smith",
            "national_id": ID_D,
            "phone": "+66812345678",
            "email": "john.smith@example.com",
            "birth_date": "1990-01-05",
            "address": "12 Sukhumvit Rd, Khlong Toei\nBangkok",
            "postal_code": "10110",
        },
    ),
    Example(
        "bilingual",
        mail(
            "ชื่อ/Name: นาย สมชาย ใจดี\n"
            f"เลขประจำตัวประชาชน/National ID No.: {ID_A}\n"
            "โทรศัพท์/Tel.: 02-123-4567\n"
            "อีเมล / E-mail : somchai@example.com\n"
        ),
        {
            "full_name": "นายสมชาย ใจดี",
            "national_id": ID_A,
            "phone": "+6621234567",
            "email": "somchai@example.com",
        },
    ),
    Example(
        "name_parts",
        mail("คำนำหน้า: นาย\nชื่อ: สมชาย\nนามสกุล: ใจดี\nโทร: 0812345678\n"),
        {"full_name": "นายสมชาย ใจดี", "phone": "+66812345678"},
    ),
    Example(
        "name_parts",
        mail("ชื่อ..........สมหญิง..........นามสกุล..........ใจงาม\n"),
        {"full_name": "สมหญิง ใจงาม"},
    ),
    Example(  # unseen3: a title column beside a name typed with its title anyway
        "name_parts",
        mail("คำนำหน้า: นาง\nชื่อ-นามสกุล: นางบุษบา แก้วประเสริฐ\n"),
        {"full_name": "นางบุษบา แก้วประเสริฐ"},
    ),
    Example(
        "name_parts",
        mail("Title: Mrs\nFirst name: Jane\nLast name: Doe\nE-mail: jane@example.com\n"),
        {"full_name": "Mrs Jane Doe", "email": "jane@example.com"},
    ),
    # --- requests written as sentences ------------------------------------------------------
    Example(
        "prose",
        mail(
            "เรียน นายอำเภอ\n\n"
            f"ข้าพเจ้า นางสาวสุดา แสงทอง เลขประจำตัวประชาชน {grouped(ID_B, ' ')} "
            "อยู่บ้านเลขที่ 88/1 หมู่ 5 ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000 "
            "โทร 081 234 5678 มีความประสงค์ขอคัดสำเนาทะเบียนบ้าน จำนวน 1 ฉบับ\n\n"
            "จึงเรียนมาเพื่อโปรดพิจารณา\n",
            subject="ขอคัดสำเนาทะเบียนบ้าน",
        ),
        {
            "full_name": "นางสาวสุดา แสงทอง",
            "national_id": ID_B,
            "phone": "+66812345678",
            # the province and postal code are fields of their own
            "address": "88/1 หมู่ 5 ตำบลบ้านใหม่ อำเภอเมืองนครราชสีมา",
            "postal_code": "30000",
            "province": "นครราชสีมา",
        },
        template="document_copy",
        flagged=frozenset({"national_id", "phone", "address", "postal_code", "province"}),
    ),
    Example(
        "prose",
        mail(
            "สวัสดีครับ ผมชื่อ ธนา ใจเย็น อยากสอบถามเรื่องการขอใบอนุญาตก่อสร้างครับ\n"
            "ติดต่อกลับได้ที่ thana.j@example.net หรือ 092-000-1111 ครับ\n",
            subject="สอบถามเรื่องใบอนุญาตก่อสร้าง",
        ),
        {"email": "thana.j@example.net", "phone": "+66920001111"},
        template="permit",
        flagged=frozenset({"email", "phone"}),
    ),
    # --- mail structure ---------------------------------------------------------------------
    Example(
        "forwarded",
        mail(
            "ส่งต่อคำร้องจากประชาชนครับ รบกวนดำเนินการด้วย\n"
            "สมศักดิ์ เจ้าหน้าที่ธุรการ โทร 02-999-8888\n\n"
            "---------- Forwarded message ---------\n"
            "From: มานี มีนา <manee@example.com>\n"
            "Date: Mon, 1 Dec 2026 at 09:00\n"
            "Subject: คำร้องทั่วไป\n"
            "To: <clerk@amphoe.go.th>\n\n"
            "ชื่อ-นามสกุล: นางมานี มีนา\n"
            f"เลขประจำตัวประชาชน: {ID_C}\n"
            "โทรศัพท์: 086-111-2222\n"
            "รายละเอียด: ขอหนังสือรับรองความประพฤติ\n",
            subject="Fwd: คำร้องทั่วไป",
            sender="clerk2@amphoe.go.th",
        ),
        {
            "full_name": "นางมานี มีนา",
            "national_id": ID_C,
            "phone": "+66861112222",
            "details": "ขอหนังสือรับรองความประพฤติ",
        },
    ),
    Example(
        "forwarded",
        mail(
            "FYI please handle\n\n"
            "-----Original Message-----\n"
            "From: Somying <somying@example.com>\n"
            "Sent: Monday, December 1, 2026 8:15 AM\n"
            "To: info@tambon.go.th\n"
            "Subject: คำร้อง\n\n"
            "ชื่อ-นามสกุล : นางสมหญิง ยิ้มแย้ม\n"
            "โทรศัพท์ : 084-555-6666\n"
            "เรื่อง : ขอตรวจสอบสิทธิเบี้ยยังชีพ\n",
            subject="FW: คำร้อง",
            sender="officer@tambon.go.th",
        ),
        {
            "full_name": "นางสมหญิง ยิ้มแย้ม",
            "phone": "+66845556666",
            "subject": "ขอตรวจสอบสิทธิเบี้ยยังชีพ",
        },
    ),
    Example(
        "quoted_template",
        mail(
            "ส่งข้อมูลตามที่ขอครับ\n\n"
            "On Mon, 1 Dec 2026 at 10:00, งานสารบรรณ <saraban@tambon.go.th> wrote:\n"
            "> กรุณากรอกข้อมูลด้านล่างแล้วตอบกลับ\n"
            "> ชื่อ-นามสกุล:\n"
            "นายประสิทธิ์ ทองดี\n"
            "> เลขประจำตัวประชาชน:\n"
            f"{ID_D}\n"
            "> โทรศัพท์:\n"
            "0812223333\n"
            "> อีเมล:\n",
            subject="Re: คำร้องทั่วไป",
        ),
        {"full_name": "นายประสิทธิ์ ทองดี", "national_id": ID_D, "phone": "+66812223333"},
    ),
    Example(
        "quoted_template",
        mail(
            "กรอกแล้วค่ะ\n\n"
            "เมื่อ 1 ธ.ค. 2569 เวลา 10:00 งานสารบรรณ <saraban@tambon.go.th> เขียนว่า:\n"
            "> ชื่อ-นามสกุล: นางวันดี มีสุข\n"
            f"> เลขประจำตัวประชาชน: {ID_A}\n"
            "> โทรศัพท์: ..................\n"
            "> อีเมล: wandee@example.com\n",
            subject="Re: คำร้องทั่วไป",
        ),
        {"full_name": "นางวันดี มีสุข", "national_id": ID_A, "email": "wandee@example.com"},
        flagged=frozenset({"full_name", "national_id", "email"}),
    ),
    # --- HTML of several shapes ---------------------------------------------------------------
    Example(
        "html",
        mail(
            "",
            html=(
                "<html><body><p>เรียน เจ้าหน้าที่</p>"
                "<p>ชื่อ&#45;นามสกุล&#58;&nbsp;นาย&nbsp;วิชัย&nbsp;&nbsp;รุ่งเรือง<br>"
                f"เลขประจำตัวประชาชน&nbsp;&nbsp;{ID_B}<br/>"
                "โทร.&nbsp;081&#45;234&#45;5678</p>"
                "<div><b>E-mail:</b> wichai@example.com</div>"
                "<div>ที่อยู่&#xFF1A; 5 ถนนพหลโยธิน</div></body></html>"
            ),
        ),
        {
            "full_name": "นายวิชัย รุ่งเรือง",
            "national_id": ID_B,
            "phone": "+66812345678",
            "email": "wichai@example.com",
            "address": "5 ถนนพหลโยธิน",
        },
    ),
    Example(
        "html",
        mail(
            "",
            html=(
                "<table border=1><tr><th>รายการ</th><th>ข้อมูล</th></tr>"
                "<tr><td>ชื่อ-สกุล</td><td>นางสาว  ปราณี&nbsp;ดีงาม</td></tr>"
                f"<tr><td>เลขประจำตัวประชาชน 13 หลัก</td><td>{grouped(ID_C)}</td></tr>"
                "<tr><td>โทรศัพท์ (มือถือ)</td><td>0899990000</td></tr></table>"
                "<div>Name&nbsp;&nbsp;is above</div>"
            ),
        ),
        {"full_name": "นางสาวปราณี ดีงาม", "national_id": ID_C, "phone": "+66899990000"},
    ),
]


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    wrong_unflagged: list[str] = field(default_factory=list)
    missed_flags: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def templates() -> list[FormTemplate]:
    return load_templates(FORMS)


def _read(example: Example, templates: list[FormTemplate]) -> ExtractedCase:
    return extract_case(parse_message(example.raw), templates)


def test_each_style_is_read_right_and_no_wrong_value_is_unflagged(
    templates: list[FormTemplate],
) -> None:
    score = Score()
    for n, example in enumerate(EXAMPLES):
        case = _read(example, templates)
        assert case.template == example.template, (n, case.template_reason)
        for key, want in example.expected.items():
            got = case.fields.get(key)
            score.total[example.style] += 1
            score.right[example.style] += got == want
            flagged = bool(case.issues.get(key))
            if got != want and got is not None and not flagged:
                score.wrong_unflagged.append(f"{n}:{key}")
            if got != want:  # synthetic people: the values may be shown
                print(f"  {example.style} #{n} {key}: got {got!r}, want {want!r}")
        for key in example.flagged:
            if not case.issues.get(key):
                score.missed_flags.append(f"{n}:{key}")
    for style in sorted(score.total):
        rate = score.right[style] / score.total[style]
        print(f"{style:<16} {rate:.3f} ({score.right[style]}/{score.total[style]})")
    all_right = sum(score.right.values())
    print(f"{'all':<16} {all_right / sum(score.total.values()):.3f}")
    assert score.wrong_unflagged == []
    assert score.missed_flags == []
    assert score.right == score.total


def test_forwarded_request_records_who_forwarded_it(templates: list[FormTemplate]) -> None:
    forwarded = next(e for e in EXAMPLES if e.style == "forwarded")
    case = _read(forwarded, templates)
    assert case.forwarded_by == "clerk2@amphoe.go.th"
    assert case.forwarded_from == "manee@example.com"
    assert "forwarded_request" in {d.code for d in case.defects}
    assert case.provenance["phone"].method == "forwarded"
    # The forwarder's own number in the note is not the citizen's.
    assert case.fields["phone"] == "+66861112222"


def test_a_plain_mail_is_not_forwarded(templates: list[FormTemplate]) -> None:
    case = _read(EXAMPLES[0], templates)
    assert case.forwarded_by is None and case.forwarded_from is None


def test_every_read_field_has_a_confidence(templates: list[FormTemplate]) -> None:
    for example in EXAMPLES:
        case = _read(example, templates)
        assert set(case.confidence) == set(case.raw_fields)
        assert all(0.0 < c <= 1.0 for c in case.confidence.values())


def test_phone_extension_stays_in_the_raw_value(templates: list[FormTemplate]) -> None:
    case = _read(EXAMPLES[1], templates)
    assert case.raw_fields["phone"] == "053-123-456 ต่อ 12"
    assert case.fields["phone"] == "+6653123456"


def test_body_and_attachment_disagreeing_on_the_id_is_flagged_with_both_sources(
    templates: list[FormTemplate],
) -> None:
    raw = mail(
        f"ชื่อ-นามสกุล: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: {ID_A}\nโทรศัพท์: 0812345678\n",
        attachment=f"ชื่อ-นามสกุล: นายสมชาย ใจดี\nเลขประจำตัวประชาชน: {ID_B}\n",
    )
    case = extract_case(parse_message(raw), templates)
    flags = {i.code: i for i in case.issues["national_id"]}
    assert "sources_disagree" in flags
    assert "mail body" in flags["sources_disagree"].message_en
    assert "attachment 1" in flags["sources_disagree"].message_en
    for text in (flags["sources_disagree"].message_en, flags["sources_disagree"].message_th):
        assert ID_A not in text and ID_B not in text  # names sources, never values
    assert "full_name" not in case.issues  # the two sources agree on the name


def test_an_unsure_label_is_flagged_low_confidence(templates: list[FormTemplate]) -> None:
    raw = mail("ชื่อ-นามสกุล: นายสมชาย ใจดี\nที่อยู่เดิมของผู้ร้อง: 12 หมู่ 3 ตำบลในเมือง\n")
    case = extract_case(parse_message(raw), templates)
    assert case.fields["address"] == "12 หมู่ 3 ตำบลในเมือง"
    assert [i.code for i in case.issues["address"]] == ["low_confidence"]
    assert case.confidence["address"] < 0.8
    assert "full_name" not in case.issues


def test_quoted_text_of_an_ordinary_reply_is_not_read(templates: list[FormTemplate]) -> None:
    raw = mail(
        "ขอบคุณครับ\n\nOn Mon, 1 Dec 2026, Office <a@tambon.go.th> wrote:\n"
        "> เรื่อง: แจ้งผลการพิจารณา\n> ได้รับคำร้องของท่านแล้ว\n",
        subject="Re: คำร้องทั่วไป",
    )
    case = extract_case(parse_message(raw), templates)
    assert case.provenance["subject"].part == "header"


def test_student_name_takes_values_read_under_common_name_labels(
    templates: list[FormTemplate],
) -> None:
    raw = mail(f"ชื่อ-นามสกุล: ด.ญ. มะลิ ใจงาม\nเลขประจำตัวประชาชน: {ID_C}\n", subject="ขอ ปพ.1")
    case = extract_case(parse_message(raw), templates)
    assert case.template == "document_request"
    assert case.fields["student_name"] == "ด.ญ.มะลิ ใจงาม"


def test_mail_parser_is_only_a_test_dependency() -> None:
    """No runtime module imports mail-parser; pyproject lists it under [test] only."""
    import ast
    import tomllib

    root = FORMS.parents[1]
    for package in ("intake", "extractors", "storage", "review", "compliance"):
        for path in (root / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                assert not any(n.split(".")[0] == "mailparser" for n in names), path
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(d.startswith("mail-parser") for d in project["dependencies"])
    assert any(d.startswith("mail-parser") for d in project["optional-dependencies"]["test"])


def test_a_one_word_name_is_flagged(templates: list[FormTemplate]) -> None:
    case = extract_case(parse_message(mail("ชื่อ: นายสมชาย\nโทร: 0812345678\n")), templates)
    assert [i.code for i in case.issues["full_name"]] == ["name_incomplete"]
    assert case.fields["full_name"] == "นายสมชาย"


@pytest.mark.parametrize(
    ("subject", "flagged"), [("ยื่นคำร้อง", True), ("Fwd: คำร้อง", True), ("ขอรับน้ำอุปโภคบริโภค", False)]
)
def test_a_subject_header_naming_only_the_kind_of_request_is_flagged(
    templates: list[FormTemplate], subject: str, flagged: bool
) -> None:
    case = extract_case(parse_message(mail("ชื่อ: นายก ขค\n", subject=subject)), templates)
    assert case.provenance["subject"].part == "header"
    assert bool(case.issues.get("subject")) is flagged


@pytest.mark.parametrize(
    ("header", "subject"),
    [
        ("คำร้อง ขอรับน้ำอุปโภคบริโภค", "ขอรับน้ำอุปโภคบริโภค"),
        ("Re: เรื่อง: ขอหนังสือรับรอง", "ขอหนังสือรับรอง"),
        ("คำร้องทั่วไป", "คำร้องทั่วไป"),  # nothing else to keep: kept, and flagged
    ],
)
def test_the_subject_header_loses_the_word_for_the_kind_of_mail(
    templates: list[FormTemplate], header: str, subject: str
) -> None:
    case = extract_case(parse_message(mail("ชื่อ: นายก ขค\n", subject=header)), templates)
    assert case.raw_fields["subject"] == subject
