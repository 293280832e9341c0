"""A mail signed with the writer's given name alone, her full name only in From.

A phone's mail closes "ขอบคุณค่ะ" and the given name on a line of its own; the mail
program's From gives "<given> <family>". Where nothing else names her, the From's name
is hers (the same given name she signs with), flagged for a clerk: no title is written.
A From naming someone else, or a mail naming her otherwise, gives no such name. Names
and numbers made up.
"""

from __future__ import annotations

from email.message import EmailMessage

from typed_mail import templates

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message

BODY = (
    "สวัสดีค่ะ งานทะเบียนพาณิชย์\n"
    "ร้านของดิฉันย้ายไปอีกคูหาหนึ่งในซอยเดิม ขอแจ้งเปลี่ยนที่ตั้งร้านค่ะ\n"
    "มือถือ 089-440-2177\n\n"
    "ขอบคุณค่ะ\n"
    "{signed}\n\n"
    "ส่งจาก iPhone ของฉัน\n"
)


def read(display: str, signed: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = f"{display} <pimchanok.s@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "แจ้งย้ายที่ตั้งร้าน"
    msg.set_content(BODY.format(signed=signed))
    return extract_case(parse_message(bytes(msg)), templates())


def test_her_given_name_signed_takes_her_family_name_from_from() -> None:
    case = read("พิมพ์ชนก สายทอง", "พิมพ์ชนก")
    assert case.fields["full_name"] == "พิมพ์ชนก สายทอง"
    assert case.issues.get("full_name")  # a clerk checks it: no title, read from From


def test_another_given_name_gives_nothing() -> None:
    case = read("ประยูร สายทอง", "พิมพ์ชนก")  # her husband's box
    assert case.fields["full_name"] is None


def test_a_latin_display_name_gives_nothing() -> None:
    case = read("Pimchanok S.", "พิมพ์ชนก")
    assert case.fields["full_name"] is None


# An elder's phone, a grandchild typing for her: the mail names her by an elder's kin word
# as her title ("ยาย<given> <family>", "ลุง..."), her phone's From gives the same name
# (set 121): hers, flagged. Not a junior's kin word (หลาน: the one who types), nor a name
# the From does not give.
ELDER = (
    "เรียน เจ้าหน้าที่\n\n{named} อายุ 78 ปี ให้หลานพิมพ์แทนค่ะ เบี้ยผู้สูงอายุเดือนนี้ไม่เข้าบัญชี\n"
    "โทรหายายได้ที่ 089-440-2177 ค่ะ\n\nส่งจาก iPhone ของฉัน\n"
)


def read_elder(display: str, named: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = f"{display} <ton.grandson@example.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "เบี้ยยังชีพไม่เข้า"
    msg.set_content(ELDER.format(named=named))
    return extract_case(parse_message(bytes(msg)), templates())


def test_an_elder_named_by_her_kin_word_as_in_from() -> None:
    for named in ("ยายคำแพง ศรีบุญ", "คุณยาย คำแพง ศรีบุญ"):
        case = read_elder("คำแพง ศรีบุญ", named)
        assert case.fields["full_name"] == "คำแพง ศรีบุญ", named
        assert case.issues.get("full_name"), named


def test_a_grandchild_named_as_in_from_gives_nothing() -> None:
    case = read_elder("ต้นกล้า ศรีบุญ", "หลานต้นกล้า ศรีบุญ พิมพ์แทนยายคำแพง")
    assert case.fields["full_name"] is None
