"""Unit tests for what blind set 29 left after its first fixes (issue 8): a clerk's
forward of a citizen's chat under her own signature, answers in one line parted by "/",
Contact Form 7's generic tags as labels, a forwarded original whose only e-mail is its
sender line. Each test names the way people write that it covers, with examples written
afresh (not the set's strings)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from typed_mail import flagged

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")
CITIZEN_ID = "3720400556781"  # check digit valid
AGENCY = "saraban@nongbua.go.th"


def mail(
    text: str, *, sender: str = "someone <someone@example.com>", reply_to: str = ""
) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = AGENCY
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = "คำร้อง"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def digits(value: str | None) -> str:
    return "".join(ch for ch in value or "" if ch.isdigit())


# --- 1. a clerk forwards a citizen's chat under her own signature ---------------------------

SIGNATURE = "วราภรณ์ สายทอง\nนักจัดการงานทั่วไป เทศบาลตำบลหนองบัว\nโทร 044-611-250 ต่อ 21\n"


def test_a_clerks_signature_above_a_forwarded_chat_is_not_the_citizens() -> None:
    """A clerk (her mailbox on the agency's domain) forwards a chat pasted under a marker
    line of her own wording; her note and signature above it are hers: the citizen's bare
    mobile in the chat is the phone, and the office line the chat's account repeats is
    no rival of it."""
    text = (
        "เรียน ปลัดเทศบาล\n\nส่งต่อคำร้องจากแชทเพจเทศบาลค่ะ\n\n"
        + SIGNATURE
        + "\n===== บทสนทนา LINE =====\n"
        "09:12\tน้องเมย์\tสวัสดีค่ะ ขอหนังสือรับรองค่ะ\n"
        "09:13\tทต.หนองบัว\tรบกวนแจ้งชื่อ เลขบัตร และเบอร์ติดต่อค่ะ\n"
        f"09:15\tน้องเมย์\tนางสาวเมษา ทองมาก\n09:15\tน้องเมย์\t{CITIZEN_ID}\n"
        "09:16\tน้องเมย์\t0917723364\n"
        "09:17\tทต.หนองบัว\tรับเรื่องแล้วค่ะ สอบถามโทร 044-611-250\n"
    )
    case = mail(text, sender="วราภรณ์ สายทอง <waraporn.s@nongbua.go.th>")
    assert digits(case.raw_fields.get("phone")) == "0917723364"
    assert case.fields.get("national_id") == CITIZEN_ID


def test_a_citizens_own_mail_keeps_the_phone_of_its_signature() -> None:
    """The same lines from a citizen's own mailbox: no staff forward, the signature's
    phone is still read (the rule is about staff forwarding someone else's words)."""
    text = f"ขอหนังสือรับรองค่ะ\nนางสาวเมษา ทองมาก\nเลขบัตร {CITIZEN_ID}\nโทร 091-772-3364\n"
    case = mail(text, sender="เมษา <mesa.tm@gmail.com>")
    assert digits(case.raw_fields.get("phone")) == "0917723364"


# --- 1b. answers in one line parted by "/" -----------------------------------------------------


def test_answers_parted_by_slashes_give_the_address_and_a_flagged_birth_date() -> None:
    """ "name / ID / date / address / phone" typed as one line in a chat: the address is
    its own piece (it ends at the next " / "), and the date alone among the person's own
    values is the birth date: read by its shape, so flagged."""
    text = (
        "ส่งข้อมูลค่ะ\n"
        f"นางสาวเมษา ทองมาก / {CITIZEN_ID} / 08/02/1987 / 41/3 ม.7 ต.โนนสูง อ.บัวใหญ่ "
        "จ.นครราชสีมา 30120 / 0917723364\n"
    )
    case = mail(text)
    assert case.fields.get("birth_date") == "1987-02-08"
    assert flagged(case, "birth_date")
    address = case.raw_fields.get("address") or ""
    assert address.startswith("41/3 ม.7 ต.โนนสูง อ.บัวใหญ่")
    assert "0917723364" not in address


def test_a_date_in_a_sentence_is_no_birth_date() -> None:
    """A date written in a sentence (the day something happened) is not a piece of a line
    of values: it gives no birth date."""
    text = f"นางสาวเมษา ทองมาก {CITIZEN_ID}\nไฟดับตั้งแต่ 08/02/2026 ถึงวันนี้ค่ะ / โทร 0917723364\n"
    case = mail(text)
    assert case.fields.get("birth_date") is None


# --- 3. Contact Form 7's generic tags as labels ---------------------------------------------

CF7 = (
    "text-87: นางสาวเมษา ทองมาก\n"
    f"text-19: {CITIZEN_ID}\n"
    "date-412: 1987-02-08\n"
    "textarea-33: 41/3 หมู่ 7 ตำบลโนนสูง อำเภอบัวใหญ่\n"
    "menu-560: นครราชสีมา\n"
    "text-604: 30120\n"
    "tel-95: 091-772-3364\n"
    "textarea-71: ขอหนังสือรับรองการอยู่อาศัย\n"
    "\n-- \nส่งจากแบบฟอร์มบนเว็บไซต์ เทศบาลตำบลหนองบัว\n"
)


def test_generic_tags_give_fields_by_the_values_type_flagged() -> None:
    """Tags that name only the input's type ("date-412", "textarea-33", "menu-560",
    "text-604") give no field by their name; a titled name, a date, an address with a
    house number and place words, a province alone and five digits alone give theirs,
    each flagged."""
    case = mail(CF7, sender="เว็บไซต์ <wordpress@nongbua.go.th>")
    assert case.fields.get("full_name") == "นางสาวเมษา ทองมาก"
    assert case.fields.get("birth_date") == "1987-02-08"
    assert (case.raw_fields.get("address") or "").startswith("41/3 หมู่ 7 ตำบลโนนสูง อำเภอบัวใหญ่")
    assert case.fields.get("province") == "นครราชสีมา"
    assert case.fields.get("postal_code") == "30120"
    for key in ("full_name", "birth_date", "address", "province", "postal_code"):
        assert flagged(case, key), key


def test_two_dates_under_tags_give_no_birth_date() -> None:
    """Two dates under generic tags (a birth and an appointment): which is the birth the
    shape cannot say, so neither is taken."""
    text = CF7.replace("menu-560: นครราชสีมา\n", "date-413: 2026-12-20\nmenu-560: นครราชสีมา\n")
    text = text.replace("2026-12-20", "2020-12-20")
    case = mail(text, sender="เว็บไซต์ <wordpress@nongbua.go.th>")
    assert case.fields.get("birth_date") is None


# --- 2. a forwarded original whose only e-mail is its sender line ---------------------------

ORIGINAL = (
    "จาก: นางสาวเมษา ทองมาก <mesa.tm@gmail.com>\n"
    "วันที่: 2 ธันวาคม 2569 18:05\n"
    f"ถึง: {AGENCY}\n"
    "เรื่อง: ขอหนังสือรับรอง\n\n"
    "ชื่อ-สกุล: นางสาวเมษา ทองมาก\n"
    f"เลขประจำตัวประชาชน: {CITIZEN_ID}\n"
    "โทรศัพท์: 091-772-3364\n"
)


def test_a_quoted_forwarded_originals_sender_is_the_email_flagged() -> None:
    """A notice forwarding a citizen's mail quoted with ">": the body gives no e-mail, the
    original's sender line does. Read as the e-mail (as it is when not quoted), flagged:
    a header's address, not a value the citizen typed."""
    quoted = "".join(f"> {line}\n" for line in ORIGINAL.splitlines())
    text = "แจ้งหนังสือเข้าใหม่\n\n-------- ข้อความต้นฉบับ --------\n" + quoted
    case = mail(text, sender="ระบบสารบรรณ <e-saraban@nongbua.go.th>")
    assert case.fields.get("email") == "mesa.tm@gmail.com"
    assert flagged(case, "email")


def test_a_forwarded_machines_address_is_no_email() -> None:
    """A forwarded notification from a service's mailer (notification@..., no-reply@...)
    names the service, not the citizen: no e-mail is read from it."""
    original = ORIGINAL.replace(
        "นางสาวเมษา ทองมาก <mesa.tm@gmail.com>", "Facebook <notification@facebookmail.com>"
    )
    text = "ส่งต่อค่ะ\n\n---------- Forwarded message ---------\n" + original
    case = mail(text, sender="วราภรณ์ <waraporn.s@nongbua.go.th>")
    assert case.fields.get("email") is None


# --- 4. a form service's footer naming who answered -------------------------------------------

ANSWERS = (
    'New response to "คำร้องทั่วไป"\n\n'
    f"เลขประจำตัวประชาชน\n{CITIZEN_ID}\n\nเบอร์โทรศัพท์\n0917723364\n\n"
    "เรื่องที่ขอ\nขอหนังสือรับรอง\n\n—\n"
)


def test_respondent_in_a_form_services_footer_is_the_applicants_name_flagged() -> None:
    """ "Respondent:" beside the service's "Submitted by ... on ..." line in its footer is
    the person who filled the form in (the applicant), read at a header's confidence."""
    text = (
        ANSWERS + "Respondent: นางสาวเมษา ทองมาก\n"
        "Submitted by mesa.tm@gmail.com on 2 Dec 2026, 18:05\n"
        "FormBox Ltd. 12 ถนนสีลม แขวงสีลม เขตบางรัก กรุงเทพมหานคร 10500\n"
    )
    case = mail(text, sender="FormBox <notify@formbox.example.com>")
    assert case.fields.get("full_name") == "นางสาวเมษา ทองมาก"
    assert flagged(case, "full_name")


def test_respondent_of_a_complaint_is_no_applicant() -> None:
    """ "Respondent:" in a complaint's own lines (the other party, complaint.toml) with no
    service's "Submitted" line beside it is not read as the applicant's name."""
    text = (
        "เรื่อง ร้องเรียนเจ้าหน้าที่\n"
        "ชื่อผู้ร้องเรียน: นางสาวเมษา ทองมาก\n"
        "Respondent: นายวิชัย ขาวสะอาด\n"
        f"เลขประจำตัวประชาชน: {CITIZEN_ID}\n"
    )
    case = mail(text)
    assert case.fields.get("full_name") == "นางสาวเมษา ทองมาก"
