"""Unit tests for the shapes blind set 82 (foreign residents and the Thai families,
translators, lawyers, condo offices and clubs who write for them) found the readers
taking ANOTHER person's value for the applicant's (issue 8): each names whose block,
signature or row a clerk tells apart, with examples written afresh, not the set's
strings."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

from typed_mail import flagged
from unseen_requests_5 import DOCX, XLSX, docx_bytes, pdf_page, xlsx_bytes

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def read(
    text: str = "Please see the attachment.\n",
    *,
    sender: str = "someone <someone@example.com>",
    subject: str = "ขอหนังสือรับรอง",
    html: str = "",
    paragraphs: tuple[str, ...] = (),
    rows: tuple[tuple[Any, ...], ...] = (),
    pdf_lines: tuple[str, ...] = (),
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    if paragraphs:

        def build(d: Any) -> None:
            for paragraph in paragraphs:
                d.add_paragraph(paragraph)

        main, sub = DOCX.split("/")
        msg.add_attachment(docx_bytes(build), maintype=main, subtype=sub, filename="letter.docx")
    if rows:

        def fill(book: Any) -> None:
            for row in rows:
                book.active.append(row)

        main, sub = XLSX.split("/")
        msg.add_attachment(xlsx_bytes(fill), maintype=main, subtype=sub, filename="sheet.xlsx")
    if pdf_lines:
        page = pdf_page([(25, 25 + 9 * n, line) for n, line in enumerate(pdf_lines)], face="Loma")
        msg.add_attachment(page, maintype="application", subtype="pdf", filename="letter.pdf")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def quiet_or_flagged(case: ExtractedCase, key: str) -> bool:
    """No value, or one a clerk is told to look at: never a silent one."""
    return case.fields.get(key) is None or flagged(case, key)


# --- a wife, a translator who file for a foreigner named after "แทน" ------------------------


def test_the_husband_named_after_her_filing_for_him_is_the_applicant() -> None:
    """ "ข้าพเจ้า <wife> <her ID> ... ขอยื่นคำร้องแทนสามี คือ นาย<him> (...)" in her typed
    letter: the request is his; her name, ID and the phone of her block are hers."""
    case = read(
        pdf_lines=(
            "15/2 ถนนนิมมานเหมินท์ ตำบลสุเทพ",
            "อำเภอเมืองเชียงใหม่ เชียงใหม่ 50200",
            "โทร 089-310-5527",
            "",
            "เรื่อง ขอหนังสือรับรองถิ่นที่อยู่ของสามี",
            "เรียน นายกเทศมนตรีนครเชียงใหม่",
            "ข้าพเจ้า นางวิภาวดี คาร์ลสัน เลขประจำตัวประชาชน 3501200448219",
            "เกิดวันที่ 4 มีนาคม 2520 ขอยื่นคำร้องแทนสามี คือ นายเอริค คาร์ลสัน",
            "(Mr. Erik KARLSSON) สัญชาติ Swedish หนังสือเดินทางเลขที่",
            "P7710452 เกิดวันที่ 11/09/2499",
            "อยู่บ้านเลขที่ 15/2 ถ.นิมมานเหมินท์ ต.สุเทพ อ.เมืองเชียงใหม่",
            "ติดต่อข้าพเจ้าได้ที่ 0893105527",
            "ขอแสดงความนับถือ",
            "(นางวิภาวดี คาร์ลสัน)",
        ),
        sender="Wipawadee K <wipawadee.k@example.com>",
    )
    assert case.fields["full_name"] == "นายเอริค คาร์ลสัน"
    assert quiet_or_flagged(case, "phone")
    assert case.fields["national_id"] != "3501200448219" or flagged(case, "national_id")


def test_the_foreigner_a_translator_files_a_complaint_for_is_the_applicant() -> None:
    """ "ดิฉัน <translator> ล่ามแปลภาษา ... ขอยื่นเรื่องร้องเรียนแทน นาย<him> (Mr. ...)": the
    complaint is his, the translator a go-between."""
    case = read(
        "เรียน นายกเทศมนตรีตำบลกะรน\n\n"
        "ดิฉัน นางสาวสุนิสา ทองคำ ล่ามแปลภาษา (เลขประจำตัวประชาชน 3839900112242) "
        "ขอยื่นเรื่องร้องเรียนแทน นายแพทริก ดอยล์ (Mr. Patrick DOYLE) สัญชาติ Irish "
        "หนังสือเดินทางเลขที่ PX5521098 พักอาศัยอยู่ที่ 88/4 หมู่ 2 ต.กะรน อ.เมืองภูเก็ต "
        "จังหวัดภูเก็ต 83100\n\nติดต่อดิฉันได้ที่ 081-552-4410 ค่ะ\nนางสาวสุนิสา ทองคำ\n",
        sender="SN Translation <sn.translation@example.com>",
        subject="ร้องเรียนเสียงดัง",
    )
    assert case.fields["full_name"] in ("นายแพทริก ดอยล์", "นายแพทริก ดอยล์ (Mr. Patrick DOYLE)")


def test_a_three_word_name_wrapped_before_its_romanised_spelling_keeps_its_words() -> None:
    """ "... แทนสามี คือ นายจอร์จ วิลเลียม แบรดลีย์" / "(Mr. George William BRADLEY) ...": a
    PDF's line ends between the Thai name and its spelling; the spelling still says the
    name has three words."""
    case = read(
        pdf_lines=(
            "เรียน นายกเมืองพัทยา",
            "ข้าพเจ้า นางสายสุนีย์ แบรดลีย์ เลขประจำตัวประชาชน 3200100557816",
            "ขอยื่นคำร้องแทนสามี คือ นายจอร์จ วิลเลียม แบรดลีย์",
            "(Mr. George William BRADLEY) สัญชาติ British หนังสือเดินทางเลขที่ 551209873",
            "ขอแสดงความนับถือ",
        ),
    )
    assert case.fields["full_name"] == "นายจอร์จ วิลเลียม แบรดลีย์"


def test_the_husband_his_wife_asks_a_certificate_for_named_below_is_the_applicant() -> None:
    """ "ดิฉัน <wife> <her ID> เกิดวันที่ ... ขอ...หนังสือรับรองถิ่นที่อยู่ให้สามีซึ่งเป็น
    ชาวต่างชาติ" then "ชื่อสามี นาย<him> (Mr. ...)" and his lines: the request is his."""
    case = read(
        "เรียน งานทะเบียนราษฎร เทศบาลเมืองหัวหิน\n\n"
        "ดิฉัน นางรัตนา ฮอฟมันน์ เลขประจำตัวประชาชน 3770100229911 เกิดวันที่ 9 ส.ค. 2521 "
        "ขอยื่นเรื่องขอหนังสือรับรองถิ่นที่อยู่ให้สามีซึ่งเป็นชาวต่างชาติค่ะ\n\n"
        "ชื่อสามี นายมาร์คุส ฮอฟมันน์ (Mr. Markus HOFMANN)\nสัญชาติ German\n"
        "หนังสือเดินทาง C2K88R1T4\nวันเกิด 14/07/1961\n"
        "ที่อยู่ 55/12 ถ.เพชรเกษม ต.หัวหิน อ.หัวหิน จังหวัดประจวบคีรีขันธ์ 77110\n\n"
        "รบกวนติดต่อกลับที่ดิฉัน โทร 086-551-2093 ค่ะ\nนางรัตนา ฮอฟมันน์\n",
        sender="Rattana H <rattana.h@example.com>",
    )
    assert case.fields["full_name"] in ("นายมาร์คุส ฮอฟมันน์", "นายมาร์คุส ฮอฟมันน์ (Mr. Markus HOFMANN)")
    assert case.fields["birth_date"] == "1961-07-14"


# --- a bilingual label's English half is the label's, never the value's ----------------------


def test_the_english_half_of_a_new_address_label_is_no_part_of_the_address() -> None:
    """ "ที่อยู่ใหม่ / New address: Room 12, ..." (a teacher's half-and-half mail): the
    English half names the same box; the value starts after its colon."""
    case = read(
        "Dear Sir,\n\nI would like to report my move. ขอแจ้งย้ายที่อยู่ค่ะ\n\n"
        "Name-Surname: Ms. Hannah Lee\n"
        "ที่อยู่ใหม่ / New address: Room 12, Baan Suan Condo, 41/7 Nimmanhaemin Road, Suthep, "
        "Mueang Chiang Mai, Chiang Mai 50200\nTel: 095-118-2204\n\nThank you\nHannah\n",
        subject="Address change / แจ้งย้ายที่อยู่",
    )
    assert case.fields["address"] is not None
    assert case.fields["address"].startswith("Room 12, Baan Suan Condo")


# --- a club's sheet: its volunteer's head block, then the member's rows ------------------------


def test_a_club_volunteers_head_block_is_not_the_members() -> None:
    """An expat association's volunteer sends a member's sheet: the head block (the
    association's name, "Volunteer: <her>", her mobile, its box), a blank row, then the
    member's rows. Her mobile and the box are the maker's, never silently his; the
    "Request" row says what is asked, no name; the member is named by his part."""
    case = read(
        "Dear Sir, please find our member's sheet attached.\nMaria\n",
        sender="Hua Hin Expat Association <office@huahinexpats.example.org>",
        subject="Member request - residence certificate",
        rows=(
            ("Hua Hin Expat Association - request to the municipality",),
            (
                "Volunteer",
                "Mrs. Maria Jansen",
                "Mob.",
                "086-220-4417",
                "Email",
                "office@huahinexpats.example.org",
            ),
            (),
            ("Member", "Mr. Robert Alan PARKER"),
            ("Passport No.", "523318840"),
            ("DOB", "July 4, 1955"),
            (
                "Address in Thailand",
                "88/15 Soi Hua Hin 94, Phetkasem Road, Hua Hin, Prachuap Khiri Khan 77110",
            ),
            ("Mobile (TH)", "081-664-2290"),
            ("Request", "Certificate of residence for a driving licence"),
        ),
    )
    assert case.fields["phone"] == "+66816642290"
    assert quiet_or_flagged(case, "email")
    assert case.fields["full_name"] == "Mr. Robert Alan PARKER"


# --- a household sheet: bilingual role cells say whose row is whose --------------------------


def test_a_household_sheets_bilingual_roles_give_the_applicants_row() -> None:
    """ "Role | Name | ID / Passport | Date of birth | Phone" with "Applicant (ผู้ยื่น)",
    "Husband (สามี) - house owner" and "Daughter (บุตร)" rows: the role's Thai word in
    brackets says whose row it is; the husband's phone is never the applicant's."""
    case = read(
        "Dear Sir, the household list for my application is attached.\n",
        subject="Household list / รายชื่อในบ้าน",
        rows=(
            ("Household list",),
            ("Role", "Name", "ID / Passport", "Date of birth", "Phone"),
            ("Applicant (ผู้ยื่น)", "Mrs. Anna BERGMAN", "0600300551201", "12/08/1971", "092-551-3308"),
            (
                "Husband (สามี) - house owner",
                "นายประยูร ศรีสุข",
                "3509900114426",
                "5 ม.ค. 2510",
                "081-774-2201",
            ),
            ("Daughter (บุตร)", "เด็กหญิงลินดา ศรีสุข", "1509900772109", "02/03/2560", ""),
        ),
    )
    assert case.fields["phone"] == "+66925513308"
    assert case.fields["full_name"] == "Mrs. Anna BERGMAN"


# --- a law firm's English letter for its client ----------------------------------------------


def test_the_client_a_law_firm_acts_for_is_the_applicant_and_its_contacts_are_not_his() -> None:
    """A firm's English letter: its letterhead (address, line, box), "We act for our
    client, Mr. ..., residing at ...", the lawyer's mobile under his signature. The
    client is the applicant; the firm's box and the lawyer's mobile never silently his."""
    case = read(
        "Dear Sir/Madam,\nPlease find our letter attached.\n",
        sender="Kittipong S. <kittipong@andamanlaw.example.com>",
        subject="Request for documents - our client",
        paragraphs=(
            "ANDAMAN LAW OFFICE CO., LTD.\n14/3 Thepkrasattri Road, Talat Yai, Mueang Phuket, "
            "Phuket 83000\nTel. 076-355-120  E-mail: info@andamanlaw.example.com",
            "Ref. AL/118/2026\t\t\t2nd December 2026",
            "To: The Mayor, Phuket City Municipality\nRe: Request for copies of a building permit",
            "We act for our client, Mr. Thomas Edward HUGHES, British, passport no. 552871904, "
            "date of birth 03/11/1958, residing at 7/21 Moo 4, Rawai, Mueang Phuket, Phuket 83130. "
            "Our client asks for certified copies of the permit for his house.",
            "Please contact the undersigned for any further information.",
            "Yours faithfully,\n\n(Mr. Kittipong Saelim)\nAttorney-at-law\nMobile 089-224-6613",
        ),
    )
    assert case.fields["full_name"] == "Mr. Thomas Edward HUGHES"
    assert quiet_or_flagged(case, "phone")
    assert quiet_or_flagged(case, "email")


def test_the_owner_a_condo_office_writes_for_named_on_his_line_is_the_applicant() -> None:
    """A condominium's juristic office "on behalf of our co-owner", then "Owner: Mr. ...
    (Dutch), passport ..." and his mobile; the manager signs with her own name, line and
    box: the owner is the applicant, her name never silently his."""
    case = read(
        "เรียน เทศบาลเมืองหัวหิน\n\nนิติบุคคลอาคารชุดบ้านทะเลสวย ขอส่งเรื่องแทนเจ้าของร่วมชาวต่างชาติ "
        "/ On behalf of our co-owner, please issue a house number certificate.\n"
        "Owner: Mr. Jan Pieter DE VRIES (Dutch), passport NX4471205\n"
        "Owner's mobile: 093-551-7720\n\nขอบคุณค่ะ / Thank you\n\n"
        "นางสาวพรรณี ใจงาม (Ms. Pannee Jaingam)\nผู้จัดการนิติบุคคลอาคารชุด / Juristic Manager\n"
        "Office: 032-511-204 | Mobile: 081-552-7730\n",
        sender="Juristic Office <juristic@baantalaysuay.example.co.th>",
        subject="House number certificate",
    )
    assert case.fields["full_name"] == "Mr. Jan Pieter DE VRIES"
    assert case.fields["phone"] == "+66935517720"


# --- a table's English heading for the spouse's rows -----------------------------------------


def test_the_rows_under_an_english_spouse_heading_are_not_the_applicants() -> None:
    """A mail's table: "Applicant", his rows, then "Spouse (Thai)" and her "Name", "Date of
    birth", "Tel" rows: hers, never his."""
    rows = [("Applicant", ""), ("Given name(s)", "Liam"), ("Family name", "MURPHY"),
            ("Date of Birth", "1957-02-19"), ("Mobile (TH)", "084-771-2093"),
            ("Spouse (Thai)", ""), ("Name", "นางจันทร์เพ็ญ เมอร์ฟี"), ("Date of birth", "8 ต.ค. 2516"),
            ("Tel", "089-204-5517")]  # fmt: skip
    cells = "".join(
        f"<tr><td><b>{x}</b></td><td>{y}</td></tr>"
        if y
        else f"<tr><td colspan='2'><b>{x}</b></td></tr>"
        for x, y in rows
    )
    case = read(
        "see below",
        html=f"<div>Please issue a certificate of residence for me.</div><table>{cells}</table>"
        "<div>Thank you,</div><div>Liam Murphy</div>",
        subject="Request: certificate of residence",
    )
    assert case.fields["full_name"] in ("Liam MURPHY", "Liam Murphy")
    assert case.fields["birth_date"] == "1957-02-19"


def test_a_grown_child_filing_for_a_parent_named_after_kho_stays_the_applicant() -> None:
    """Set 3's ruling: "ข้าพเจ้า <son> <his ID>" with his own block, then "ขอยื่นคำร้องแทน
    บิดา คือ นาย<father> <his ID>": the son is the applicant (only a spouse so named is
    the one filed for)."""
    case = read(
        "เรียน เจ้าหน้าที่\n\nข้าพเจ้า นายอนุชา พรมมา เลขประจำตัวประชาชน 1-4099-00221-55-3\n"
        "อยู่บ้านเลขที่ 12 หมู่ 3 ต.บ้านเป็ด อ.เมืองขอนแก่น ขอนแก่น 40000\nโทรศัพท์มือถือ 081-220-4419\n\n"
        "ขอยื่นคำร้องแทนบิดา คือ นายสมพร พรมมา เลขประจำตัวประชาชน 3-4001-00552-13-8\n"
        "ซึ่งป่วยติดเตียง\n\nนายอนุชา พรมมา\n",
        subject="ขอยื่นคำร้องแทนผู้สูงอายุ",
    )
    assert case.fields["full_name"] == "นายอนุชา พรมมา"
