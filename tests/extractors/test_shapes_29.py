"""Unit tests for the shapes blind set 29 (requests reaching the agency through machines
and office tools) found the readers missing (issue 8): each names the shape it covers,
with examples written afresh, not the set's strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from support.emails import typed_email
from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
OWN_ID = "3101700456788"  # check digit valid (mod 11)


def read_case(
    text: str,
    subject: str = "คำร้อง",
    *,
    sender: str = "someone <someone@example.com>",
    reply_to: str | None = None,
    html: bool = False,
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@tambon-example.go.th"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg.set_content(text, subtype="html" if html else "plain")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_id_used_here_is_valid() -> None:
    total = sum(int(d) * (13 - i) for i, d in enumerate(OWN_ID[:12]))
    assert (11 - total % 11) % 10 == int(OWN_ID[12])


def test_bangkok_after_the_province_word_is_one_part() -> None:
    """ "จ.กรุงเทพมหานคร", "จังหวัดกรุงเทพมหานคร": the province word glued to Bangkok's name
    is one part of the address, not two glued parts to be spaced apart."""
    for written in ("จ.กรุงเทพมหานคร", "จังหวัดกรุงเทพมหานคร", "จ.กทม."):
        address = f"9/88 ซอยพหลโยธิน 24 ถนนพหลโยธิน แขวงจอมพล เขตจตุจักร {written} 10900"
        text = f"ชื่อ: นายวีระ มั่นคง\nเลขบัตรประชาชน: {OWN_ID}\nที่อยู่: {address}\n"
        got = read_case(text).fields.get("address")
        assert got is not None and written in got, (written, got)


def test_an_arrow_parts_a_label_from_its_value() -> None:
    """A chatbot's summary "label ▸ value" (or → ➜ ►): the arrow is the separator, not
    the value's first letter."""
    for arrow in ("▸", "→", "➜", "►"):
        text = (
            f"ชื่อ-นามสกุล {arrow} นางสาวมาลี ทองดี\n"
            f"เลขบัตรประชาชน {arrow} {OWN_ID}\n"
            f"ที่อยู่ {arrow} 12 หมู่ที่ 4 ตำบลท่าอิฐ อำเภอปากเกร็ด จ.นนทบุรี 11120\n"
            f"เบอร์โทร {arrow} 0815554321\n"
        )
        case = read_case(text)
        assert case.fields.get("full_name") == "นางสาวมาลี ทองดี", (arrow, case.fields)
        address = case.fields.get("address") or ""
        assert address.startswith("12 หมู่ที่ 4"), (arrow, address)


FORM_BODY = f"เลขประจำตัวประชาชน: {OWN_ID}\nที่อยู่: 5 หมู่ที่ 2 ตำบลท่าอิฐ อำเภอปากเกร็ด\nโทรศัพท์: 0815554321\n"


def test_a_web_forms_reply_to_gives_the_email_and_name_the_body_lacks() -> None:
    """A form mailer sends from the site's address and puts the applicant in Reply-To
    only: their e-mail and name are read from it, and a clerk is asked to look."""
    case = read_case(
        FORM_BODY,
        sender="เว็บไซต์ <noreply@web.tambon-example.go.th>",
        reply_to="มาลี ทองดี <malee.td@example.org>",
    )
    assert case.fields.get("email") == "malee.td@example.org"
    assert case.fields.get("full_name") == "มาลี ทองดี"
    assert flagged(case, "email") and flagged(case, "full_name")


def test_a_sites_footer_about_its_mail_is_no_email_before_reply_to() -> None:
    """ "อีเมลนี้ส่งจากแบบฟอร์มบนเว็บไซต์ https://...": a site's footer opening with the
    word for e-mail gives no address; Reply-To's is read."""
    rows = "".join(f"<p>{line}</p>" for line in FORM_BODY.splitlines())
    site = "https://www.example.go.th"
    footer = f'<hr><p>อีเมลนี้ส่งจากแบบฟอร์มบนเว็บไซต์ <a href="{site}">{site}</a><br>โทร 02-111-2222</p>'
    case = read_case(
        rows + footer,
        html=True,
        sender="web <noreply@example.com>",
        reply_to="มาลี ทองดี <m.td@example.org>",
    )
    assert case.fields.get("email") == "m.td@example.org"


def test_the_body_beats_reply_to_and_a_citizens_own_reply_to_is_not_read() -> None:
    body = FORM_BODY + "ชื่อ-นามสกุล: นางมาลี ทองดี\nอีเมล: malee.home@example.net\n"
    case = read_case(body, sender="web <noreply@example.com>", reply_to="x y <xy@example.org>")
    assert case.fields.get("email") == "malee.home@example.net"
    assert case.fields.get("full_name") == "นางมาลี ทองดี"
    own = read_case(FORM_BODY, sender="มาลี <malee.td@example.org>", reply_to="malee.td@example.org")
    assert typed_email(own) is None  # no Reply-To read: only the sender's own, standing in


def test_a_staff_address_on_the_agencys_own_domain_is_not_the_applicants() -> None:
    """The site's footer "ผู้ดูแลระบบ admin@<the agency's domain>": the agency's own
    government domain (the domain it receives at) holds no citizen's mailbox."""
    body = FORM_BODY + "\n--\nสอบถามผู้ดูแลระบบ webmaster@tambon-example.go.th\n"
    case = read_case(body, sender="web <noreply@example.com>")
    assert case.fields.get("email") is None
    # a public mail domain the agency also uses is no such sign
    gmail = read_case(FORM_BODY + "อีเมล: malee.td@gmail.com\n")
    assert gmail.fields.get("email") == "malee.td@gmail.com"


def test_a_form_builders_address_sub_labels_are_taken_out() -> None:
    """A form builder's address field mailed with its sub-labels in the one answer
    ("Street Address: ... City: ... State / Province: ... Postal / Zip Code: ..."): the
    address is the street lines and the city, the province and postal code their own."""
    cell = (
        "Street Address: 31/4 หมู่ที่ 7<br>Street Address Line 2: ตำบลหนองแก<br>"
        "City: อำเภอหัวหิน<br>State / Province: ประจวบคีรีขันธ์<br>Postal / Zip Code: 77110"
        "<br>Country: Thailand"
    )
    html = (
        "<table><tr><td>ชื่อ-นามสกุล</td><td>นายวีระ มั่นคง</td></tr>"
        f"<tr><td>เลขประจำตัวประชาชน</td><td>{OWN_ID}</td></tr>"
        f"<tr><td>ที่อยู่</td><td>{cell}</td></tr>"
        "<tr><td>เบอร์โทรศัพท์</td><td>0815554321</td></tr></table>"
    )
    case = read_case(html, html=True)
    address = case.fields.get("address") or ""
    assert address.startswith("31/4 หมู่ที่ 7 ตำบลหนองแก อำเภอหัวหิน"), address
    assert "Street" not in address and "City" not in address and "Thailand" not in address
    assert case.fields.get("province") == "ประจวบคีรีขันธ์"
    assert case.fields.get("postal_code") == "77110"


def test_a_form_services_footer_names_the_respondent() -> None:
    """A form service's notification gives the answers, then "ผู้ตอบ: <name> <e-mail>" in
    its footer: the one who answered is the applicant. (The English "Respondent" is the
    other party of a complaint, complaint.toml: not read so.)"""
    for footer in ("ผู้ตอบ: นางมาลี ทองดี <malee.td@example.org>", "ชื่อผู้ตอบ: นางมาลี ทองดี"):
        text = f"คำตอบใหม่\n\n{FORM_BODY}\n—\n{footer}\nส่งเมื่อ 3 ธ.ค. 2569 10:02 น.\n"
        case = read_case(text, sender="Forms <notify@forms.example.com>")
        assert case.fields.get("full_name") == "นางมาลี ทองดี", (footer, case.fields)


def test_sub_labels_read_as_lines_of_their_own_give_no_rival_province() -> None:
    """The same address field in a builder's nested table (a title row, a submission row,
    then the answers' table): the text reader reads each <br> line on its own, "State /
    Province: ..." among them; those are the same answer's pieces, no rival province."""
    cell = (
        "Street Address: 8 หมู่ที่ 1<br>Street Address Line 2: ตำบลบ่อผุด<br>City: อำเภอเกาะสมุย"
        "<br>State / Province: สุราษฎร์ธานี<br>Postal / Zip Code: 84320"
    )
    rows = [
        ("ชื่อ-นามสกุล", "นาย วีระ มั่นคง"),
        ("เลขประจำตัวประชาชน", OWN_ID),
        ("เบอร์โทรศัพท์", "(081) 555-4321"),
        ("ที่อยู่", cell),
    ]
    inner = "".join(
        f'<tr><td class="questionColumn">{k}</td><td class="valueColumn">{v}</td></tr>'
        for k, v in rows
    )
    html = (
        '<table width="600"><tr><td>แบบคำร้องขอรับความช่วยเหลือ</td></tr>'
        "<tr><td>Submission ID: 5812234455667788990</td></tr>"
        f"<tr><td><table>{inner}</table></td></tr></table>"
    )
    case = read_case(html, html=True, sender="Forms <noreply@forms.example.com>")
    assert case.fields.get("province") == "สุราษฎร์ธานี", case.issues.get("province")
    assert case.fields.get("postal_code") == "84320"
    assert not flagged(case, "province")
    # the row read as pairs on one line ("ที่อยู่ Street", "Address 8 หมู่ที่ 1 Street ...")
    # still disagrees with the address: flagged, and the cell's own reading chosen
    assert case.fields.get("address") == "8 หมู่ที่ 1 ตำบลบ่อผุด อำเภอเกาะสมุย จังหวัดสุราษฎร์ธานี 84320"
