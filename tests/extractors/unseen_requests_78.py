"""A seventy-eighth set of requests written by someone who had not read the readers (issue 8):
REQUESTS TYPED ON PHONES BY PEOPLE WHO TYPE LITTLE, to เทศบาลตำบลบ้านโฮ่ง (ลำพูน),
เทศบาลเมืองสกลนคร and อบต.หนองบัว (อำเภอบ้านค่าย, ระยอง). Older people and farmers
writing from a phone: Gboard voice typing (no punctuation, run-on lines, numbers spoken in
Thai words beside digits, "เว้นวรรค" and "ขึ้นบรรทัดใหม่" left in by the dictation),
autocorrect slips and a correction sent after, the ID in odd groups or Thai digits, phones
with spaces and dashes in odd places, emoji and stickers' alt text, a LINE chat copied into
a mail (timestamps, "คุณ xxx ส่งสติกเกอร์", several people speaking), a grandchild typing
for a grandparent, one long line with everything, a photo's caption as the only text beside
a Word file or a PDF made on a phone (WPS Office, Google Docs on Android), a sheet made in
Google Sheets on a phone (the phone a number that lost its 0). Kinds: plain (Gmail and
Samsung Email on Android, webmail), HTML (Gmail app, Samsung Email), Word (WPS, Google
Docs), PDF (fillable forms filled in a phone PDF app, typed letters exported from WPS),
xlsx (Google Sheets).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run):
- The APPLICANT is the person the request is for and whose matter it is: the grandparent
  when a grandchild types (the grandchild's name, ID, phone and box never hers); in a
  LINE chat pasted into a mail, the one who asks for himself (the group's other members,
  the headman or a son who answers, never).
- full_name: the applicant's title and name as a clerk writes it ("นางบัวผัน ใจคำ"), the
  dictation's "เว้นวรรค" between first and last name read as the space it stands for; an
  emoji after the name is no part of it.
- national_id: the 13 digits however typed: Thai digits, odd groups (4-4-5, 3-3-3-4),
  spaces, dashes, a dictation's words for some digits beside others ("สามห้า..."). (An ID
  typed with a digit missing would be `()`; none here.) The grandchild's own ID, a farmer's registration number (ทะเบียนเกษตรกร), a deed's
  or a plot's number is never the ID.
- birth_date: ISO, only the applicant's; a date written in words or Thai digits is that
  date. Never a LINE timestamp, the chat's date line, a letter's date, an event's date, the
  grandchild's birth date.
- phone: the applicant's own number, in whatever pieces ("08 1-234 56 78"), in words
  ("ศูนย์แปดหนึ่ง..."), words and digits mixed, Thai digits, or a number stored in a sheet
  that lost its leading 0 (still that mobile). Where a later line corrects it ("เบอร์ผิดค่ะ
  ที่ถูกคือ ...") the corrected one. Where only a grandchild's or a son's phone is given
  for the call-back, phone `()` (set 37's ruling: his phone is not hers). Never a LINE
  member's, the office's, the headman's phone.
- email: the sender's box where the applicant sends for herself; `()` where a grandchild or
  a son sends from his own box.
- address: where the applicant lives, house number to the อำเภอ, with or without
  เลขที่/บ้านเลขที่, with or without province and postal code (a house number dictated as
  "ทับ" is still the slash: "19 ทับ 1" is 19/1 -- not used here, every house number is
  typed). postal_code and province of that address.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together: ตำบลบ้านโฮ่ง/ป่าพลู/ศรีเตี้ย/
เหล่ายาว, อำเภอบ้านโฮ่ง, ลำพูน 51130; ตำบลธาตุเชิงชุม/ธาตุนาเวง/งิ้วด่อน, อำเภอเมือง
สกลนคร, สกลนคร 47000; ตำบลหนองบัว/ตาขัน/หนองละลอก, อำเภอบ้านค่าย, ระยอง 21120.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import flow
from unseen_requests_56 import P, Party, exp

# ruff: noqa: E501 -- messages as people type them: long lines

HONG = "เทศบาลตำบลบ้านโฮ่ง"
SAKON = "เทศบาลเมืองสกลนคร"
NBUA = "องค์การบริหารส่วนตำบลหนองบัว"
DESKS = {"ลำพูน": "saraban@banhong.example.go.th", "สกลนคร": "saraban@sakoncity.example.go.th",
         "ระยอง": "saraban@nongbua-rayong.example.go.th"}  # fmt: skip
OFFICE = {"ลำพูน": HONG, "สกลนคร": SAKON, "ระยอง": NBUA}
LP, SN, RY = "ลำพูน", "สกลนคร", "ระยอง"

PEOPLE: tuple[Party, ...] = (
    P("นาง", "บัวผัน", "ใจคำ", "351050012334", date(1948, 3, 5), "0815302241", "buaphan.jk@gmail.com",
      "45", "3", "", "", "บ้านโฮ่ง", "บ้านโฮ่ง", LP, "51130"),
    P("นาย", "ทองดี", "ขันแก้ว", "351050045617", date(1956, 7, 19), "0897031856", "thongdee1956@gmail.com",
      "112", "7", "", "", "ป่าพลู", "บ้านโฮ่ง", LP, "51130"),
    P("นาย", "สมบูรณ์", "ศรีวงศ์ษา", "347010033821", date(1961, 11, 2), "0862154370", "somboon.sw@hotmail.com",
      "88", "", "", "สุขเกษม", "ธาตุเชิงชุม", "เมืองสกลนคร", SN, "47000"),
    P("นาง", "คำปุ่น", "พรหมสาขา", "347010061142", date(1945, 1, 27), "0934418760", "kampun.pk@gmail.com",
      "17", "9", "", "", "ธาตุนาเวง", "เมืองสกลนคร", SN, "47000"),
    P("นาย", "ประจวบ", "แสงทอง", "321040027745", date(1959, 5, 14), "0819442067", "prachuab.st@gmail.com",
      "9", "4", "", "", "หนองบัว", "บ้านค่าย", RY, "21120"),
    P("นาง", "สำเนียง", "บุญมา", "321040058830", date(1952, 9, 8), "0863307192", "samniang52@gmail.com",
      "201", "2", "", "", "ตาขัน", "บ้านค่าย", RY, "21120"),
    P("นาย", "อินถา", "ปัญญาวงค์", "351050071290", date(1950, 12, 30), "0824471903", "intha.pw@gmail.com",
      "6", "1", "", "", "ศรีเตี้ย", "บ้านโฮ่ง", LP, "51130"),
    P("นาง", "ทองใบ", "ภูผาลี", "347010089503", date(1963, 4, 16), "0956612384", "thongbai.pl@gmail.com",
      "234", "", "", "เจริญเมือง", "ธาตุเชิงชุม", "เมืองสกลนคร", SN, "47000"),
    P("นาย", "บุญส่ง", "มีสุข", "321040014476", date(1958, 2, 21), "0897725016", "boonsong.ms@gmail.com",
      "52", "6", "", "", "หนองละลอก", "บ้านค่าย", RY, "21120"),
    P("นาง", "ศรีนวล", "กันทะวงค์", "351050090268", date(1954, 6, 11), "0846670315", "srinuan.kt@gmail.com",
      "71", "5", "", "", "เหล่ายาว", "บ้านโฮ่ง", LP, "51130"),
)  # fmt: skip

# Grandchildren who type: name, ID, mobile, box, own birth date.
GRANDKIDS: tuple[tuple[str, str, str, str, date], ...] = (
    ("นางสาวพิมพ์ชนก ใจคำ", with_check_digit("110370055128"), "0981123456", "pimchanok.jk@gmail.com", date(2003, 8, 14)),
    ("นายธีรภัทร ขันแก้ว", with_check_digit("151050022319"), "0649927735", "teerapat.k2004@gmail.com", date(2004, 1, 9)),
    ("นางสาวอรอุมา พรหมสาขา", with_check_digit("147010077420"), "0917746620", "onuma.ps@gmail.com", date(2001, 10, 23)),
)  # fmt: skip

WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")


def spoken(digits: str, sep: str = "") -> str:
    return sep.join(WORDS[int(d)] for d in digits)


def office(a: Party) -> str:
    return OFFICE[a.p.province]


def message(a: Party, n: int, subject: str, *, sender: str = "", text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    p = a.p
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = DESKS[p.province]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 11, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set78-{n}@mail.gmail.example>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own(
    a: Party,
    keys: str = "full_name national_id birth_date phone email address postal_code province",
) -> dict[str, tuple[str, ...]]:
    return exp(a, keys)


def for_grandparent(
    a: Party,
    keys: str = "full_name national_id birth_date phone email address postal_code province",
    *,
    own_phone: bool,
) -> dict[str, tuple[str, ...]]:
    """A grandchild sends: the grandparent's values; her phone only where she has her own
    given, the grandchild's box never hers."""
    e = exp(a, keys)
    e["email"] = ()
    if not own_phone:
        e["phone"] = ()
    return e


def spoken_addr(a: Party) -> str:
    """An address as dictation writes it: words, digits, no commas."""
    p = a.p
    moo = f" หมู่ {p.moo}" if p.moo else ""
    road = f" ถนน{p.road}" if p.road else ""
    return (
        f"บ้านเลขที่ {p.house}{moo}{road} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}"
    )


def short_addr(a: Party) -> str:
    p = a.p
    moo = f" ม.{p.moo}" if p.moo else ""
    road = f" ถ.{p.road}" if p.road else ""
    return f"{p.house}{moo}{road} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}"


def odd_id(nid: str, k: int) -> str:
    """An ID as a phone's user groups it: 4-4-5, 3-3-3-4, 1 12, Thai digits."""
    return (f"{nid[:4]} {nid[4:8]} {nid[8:]}", f"{nid[:3]}-{nid[3:6]}-{nid[6:9]}-{nid[9:]}",
            f"{nid[0]} {nid[1:]}", thai(f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"))[k % 4]  # fmt: skip


def odd_phone(m: str, k: int) -> str:
    """A mobile with spaces and dashes where the thumb put them."""
    return (f"{m[:2]} {m[2]}-{m[3:6]} {m[6:8]} {m[8:]}", f"{m[:4]}-{m[4:7]}{m[7:]}", f"{m[:3]} {m[3:5]}-{m[5:7]} {m[7:]}",
            f"{m[:3]}-{m[3:6]}-{m[6:]}")[k % 4]  # fmt: skip


def th_date(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day}/{d.month}/{be}",
            f"วันที่ {d.day} เดือน{MONTHS[d.month - 1]} พ.ศ. {be}")[k % 3]  # fmt: skip


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ฉัน"


def end(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def photo() -> bytes:
    """A phone's photo of a ditch or a road: colour only, no text."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (480, 360), (120, 140, 90))
    ImageDraw.Draw(img).rectangle((0, 200, 480, 360), fill=(150, 120, 80))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out.getvalue()


WHO: dict[str, str] = {
    "plain_gboard_one_line": "the sender herself; everything on one dictated line",
    "plain_grandchild_for_grandma": "the grandparent; never the grandchild (her ID, phone, box, birth date)",
    "plain_line_chat_pasted": "the one who asks in the chat; never the headman or the son in the group",
    "plain_thai_digits_samsung": "the sender himself; Thai digits, odd groups",
    "plain_autocorrect_correction": "the sender; the corrected phone, not the first one",
    "plain_spoken_numbers": "the sender; phone in words, ID in words and digits",
    "plain_reply_to_clerk": "the sender; never the clerk's name, line or reference in the quote",
    "html_gmail_app_emoji": "the sender; emoji and stickers' alt text no part of values",
    "html_samsung_email": "the sender; Samsung Email's HTML",
    "html_gmail_forwarded_line": "the grandparent in the forwarded chat; never the grandchild who forwards",
    "html_gmail_app_quote_reply": "the sender; never the office's sample or line in the quote",
    "docx_wps_photo_caption": "the writer of the WPS letter; the mail only a photo's caption",
    "docx_gdocs_grandchild_table": "the grandparent in the table; the grandchild's row never",
    "docx_gdocs_voice_typing": "the speaker; dictation's words left in",
    "pdf_fillable_phone_app": "the one who fills the form on her phone",
    "pdf_wps_letter_grandchild": "the grandparent who signs; the grandchild who typed it never",
    "pdf_fillable_for_elder": "the elder's section; the ผู้ยื่นแทน's section never",
    "xlsx_gsheets_one_row": "the sender's row; a phone stored as a number without its 0",
    "xlsx_gsheets_plots": "the farmer; plot numbers, deeds and the neighbour witness never",
    "xlsx_gsheets_grandchild_two_rows": "the grandparent's row; the grandchild's row never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_gboard_one_line(a: Party, i: int) -> Case:
    """One dictated line from Gmail on Android: no punctuation, ขึ้นบรรทัดใหม่ left in,
    the ID in digits with the dictation's spaces, the phone half words."""
    p = a.p
    m = p.mobile
    phone = f"{spoken(m[:3])} {m[3:6]} {m[6:]}" if i % 2 else f"{m[:3]} {spoken(m[3:6])} {m[6:]}"
    text = (
        f"เรียนเจ้าหน้าที่{office(a)} ขึ้นบรรทัดใหม่ {me(a)}ชื่อ{a.name} เลขบัตรประชาชน {' '.join(p.nid)} "
        f"เกิด{th_date(p.born, i)} อยู่{spoken_addr(a)} ขอแจ้งว่าไฟฟ้าส่องสว่างหน้าบ้านดับมาสามอาทิตย์แล้ว "
        f"กลางคืนมืดมากรถมอเตอร์ไซค์ล้มไปสองคันแล้ว ขอให้มาซ่อมด้วย{end(a)} เบอร์โทร {phone} ขอบคุณ{end(a)}\n"
    )
    raw = message(a, i, "แจ้งไฟฟ้าดับ", text=text)
    return Case("plain_gboard_one_line", raw, own(a))


def plain_grandchild_for_grandma(a: Party, i: int) -> Case:
    """A grandchild in Bangkok types for her grandparent: grandma's ID, birth date and
    home; the grandchild's own ID (she is the one to be phoned), her birth date in a
    variant; grandma's own phone only in the second variant."""
    p = a.p
    g_name, g_id, g_mob, g_box, g_born = GRANDKIDS[i % 3]
    who = "ยาย" if p.title == "นาง" else "ตา"
    own_line = (
        f"เบอร์{who}เอง {odd_phone(p.mobile, i)} ({who}รับสายบ้างไม่รับบ้างนะคะ)\n" if i % 2 else ""
    )
    text = (
        f"เรียนเจ้าหน้าที่ค่ะ\nหนูเป็นหลานพิมพ์แทน{who}นะคะ {who}พิมพ์ไม่เป็น\n"
        f"{who}ชื่อ {a.name}\nเลขบัตร {odd_id(p.nid, i)}\nเกิด {th_date(p.born, i + 1)}\n"
        f"บ้าน{who}อยู่ {short_addr(a)}\n"
        f"{who}อยากขอลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ เพราะย้ายทะเบียนบ้านกลับมาอยู่บ้านเดิมแล้วค่ะ ต้องเตรียมเอกสารอะไรบ้างคะ\n\n"
        f"{own_line}"
        f"ถ้าจะโทรกลับโทรหาหนูได้เลยค่ะ {g_name} {odd_phone(g_mob, i + 1)}"
        f"{f' (หนูเลขบัตร {g_id} เกิด {th_date(g_born, 1)})' if i % 2 == 0 else ''}\nขอบคุณค่ะ 🙏\n"
    )
    raw = message(
        a,
        i,
        f"ขอลงทะเบียนเบี้ยผู้สูงอายุให้{who}",
        sender=f"{g_name.split()[0][6 if g_name.startswith('นางสาว') else 3 :]} <{g_box}>",
        text=text,
    )
    return Case("plain_grandchild_for_grandma", raw, for_grandparent(a, own_phone=bool(i % 2)))


def plain_line_chat_pasted(a: Party, i: int) -> Case:
    """A LINE group's chat copied into a mail by the farmer: the export's head, the date
    line, timestamps, stickers, the headman and the son speaking; the farmer's own lines
    carry his values in pieces."""
    p = a.p
    son_phone = "0918804452" if i % 2 else "0625519087"
    head_phone = "0869031174"
    d = date(2026, 12, 1 + i)
    text = (
        f"ส่งข้อความในไลน์กลุ่มมาให้{end(a)} ขอให้ช่วยดูเรื่องน้ำท่วมนาด้วย\n\n"
        f"[LINE] ประวัติการแชทในกลุ่ม ชาวบ้านหมู่ {p.moo or '1'} ร่วมใจ\nบันทึกเมื่อ: {d.day:02d}/{d.month:02d}/{d.year + 543} 19:42\n\n"
        f"{['จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.', 'อา.'][d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year + 543}\n"
        f"07:12\tผญบ.สมศักดิ์ หมู่{p.moo or '1'}\tใครนาโดนน้ำท่วมแจ้งชื่อมานะครับ จะรวบรวมส่งให้ {office(a)} เบอร์ผมเอง {head_phone}\n"
        f"07:13\tผญบ.สมศักดิ์ หมู่{p.moo or '1'}\t[สติกเกอร์]\n"
        f"07:40\t{p.first}\tนาผมโดนครับ ผม{a.name}\n"
        f"07:41\t{p.first}\tบัตร {p.nid[:6]}\n07:41\t{p.first}\t{p.nid[6:]}\n"
        f"07:43\t{p.first}\tเกิด {th_date(p.born, i + 2)}\n"
        f"07:44\t{p.first}\tบ้าน {short_addr(a)} โทร {odd_phone(p.mobile, i + 2)}\n"
        f"07:45\t{p.first}\t[สติกเกอร์]\n"
        f"08:02\tต้น ลูก{p.first}\tพ่อครับ ถ้าติดต่อไม่ได้ให้โทรหาผม {son_phone}\n"
        f"08:05\tผญบ.สมศักดิ์ หมู่{p.moo or '1'}\tรับทราบครับ 👍\n"
        f"08:06\tคุณ{p.first} ส่งสติกเกอร์\n"
    )
    raw = message(a, i, "น้ำท่วมนา (จากไลน์กลุ่ม)", text=text)
    return Case("plain_line_chat_pasted", raw, own(a))


def plain_thai_digits_samsung(a: Party, i: int) -> Case:
    """Samsung Email's plain text: labels with colons typed by thumb, every number in Thai
    digits, the ID in odd groups, Samsung's sign-off."""
    p = a.p
    text = (
        f"เรียน {office(a)}\n"
        f"ชื่อ: {a.name}\nบัตร ปชช: {thai(odd_id(p.nid, i))}\nวันเกิด: {thai(th_date(p.born, 1))}\n"
        f"ที่อยู่: {thai(short_addr(a))}\nโทร: {thai(odd_phone(p.mobile, i + 1))}\n"
        "ขอให้มาตัดกิ่งไม้ที่พาดสายไฟหน้าบ้าน ลมแรงทีไรไฟตกทุกที\n\n"
        "ส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    raw = message(a, i, "ตัดกิ่งไม้", text=text)
    return Case("plain_thai_digits_samsung", raw, own(a))


def plain_autocorrect_correction(a: Party, i: int) -> Case:
    """Autocorrect slips in the words around the values; the phone typed wrong first and
    set right in a line below ("เบอร์ผิด ที่ถูกคือ")."""
    p = a.p
    wrong = p.mobile[:6] + p.mobile[7] + p.mobile[6] + p.mobile[8:]
    text = (
        f"เรียนเจ้าหน้ที่\n{me(a)} {a.name} เลขบัตรประชาขน {odd_id(p.nid, i + 1)} เกิดวันที {th_date(p.born, i)}\n"
        f"บ้านเลยที่ {short_addr(a)}\n"
        f"ขอยื่นคำร้องขอถังขยะใหม่ ถังเก่าแตกหมดแล้ว หมาคุ้ยทุกวัน\nเบอร์ {wrong}\n"
        f"ขอโทษ{end(a)} เบอร์ผิด ที่ถูกคือ {odd_phone(p.mobile, i)} {end(a)}\n"
    )
    raw = message(a, i, "ขอถังขยะ", text=text)
    return Case("plain_autocorrect_correction", raw, own(a))


def plain_spoken_numbers(a: Party, i: int) -> Case:
    """Dictation that wrote numbers as words: the phone all in words, the ID in words
    for its first digits and digits after, "เว้นวรรค" between first and last name."""
    p = a.p
    k = 4 if i % 2 else 1
    text = (
        f"สวัสดี{end(a)} {me(a)}ชื่อ{p.title}{p.first} เว้นวรรค {p.last} ขึ้นบรรทัดใหม่\n"
        f"เลขบัตรประชาชน {spoken(p.nid[:k])} {p.nid[k:]} ขึ้นบรรทัดใหม่\n"
        f"เกิดวันที่ {p.born.day} {MONTHS[p.born.month - 1]} {p.born.year + 543} ขึ้นบรรทัดใหม่\n"
        f"{spoken_addr(a)} ขึ้นบรรทัดใหม่\n"
        f"เบอร์โทรศัพท์ {spoken(p.mobile, ' ' if i % 2 else '')} ขึ้นบรรทัดใหม่\n"
        "ขอความอนุเคราะห์รถน้ำมาส่งน้ำที่บ้าน บ่อน้ำแห้งหมดแล้ว ใช้ได้อีกสองวัน\n"
    )
    raw = message(a, i, "ขอน้ำ", text=text)
    return Case("plain_spoken_numbers", raw, own(a))


def plain_reply_to_clerk(a: Party, i: int) -> Case:
    """A reply typed on top of the clerk's mail, which asks for the missing values and
    carries her name, the office line, a reference number and a sample ID."""
    p = a.p
    line = {"ลำพูน": "053-591-247", "สกลนคร": "042-711-305", "ระยอง": "038-892-116"}[p.province]
    sample = with_check_digit("110010001234")
    text = (
        f"{a.name}\n{odd_id(p.nid, i + 3)}\n{th_date(p.born, i + 2)}\n{short_addr(a)}\n{odd_phone(p.mobile, i + 3)}\n"
        f"ได้{end(a)}\n\n"
        f"เมื่อ {2 + i} ธ.ค. 2569 เวลา 10:1{i % 10} นางสาวกมลชนก ทาแก้ว <kamonchanok@{DESKS[p.province].split('@')[1]}> เขียนว่า:\n"
        f"> เรียน คุณ{p.first}\n> ตามที่แจ้งขอซ่อมถนนในหมู่บ้าน เรื่องเลขรับที่ {4410 + i}/2569 เจ้าหน้าที่ขอข้อมูลเพิ่มเติม\n"
        f"> ชื่อ-สกุล เลขบัตรประชาชน 13 หลัก (เช่น {sample}) วันเกิด ที่อยู่ และเบอร์โทรที่ติดต่อได้\n"
        f"> สอบถามโทร {line} ต่อ 12\n> กมลชนก ทาแก้ว เจ้าหน้าที่ธุรการ\n"
    )
    raw = message(a, i, f"Re: เรื่องขอซ่อมถนน เลขรับ {4410 + i}/2569", text=text)
    return Case("plain_reply_to_clerk", raw, own(a))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_app_emoji(a: Party, i: int) -> Case:
    """Gmail on Android: <div dir="auto"> lines, emoji beside the values, a sticker's
    alt text as an image."""
    p = a.p
    lines = [f"สวัสดีค่ะ/ครับ {office(a)} 🙏🙏", f"{a.name} 😊", f"บัตร {odd_id(p.nid, i + 2)} ✅",
             f"🎂 {th_date(p.born, i)}", f"🏠 {spoken_addr(a)}", f"📞 {odd_phone(p.mobile, i)}",
             "ขอใบอนุญาตเผาตอซังข้าว 🔥🌾 ช่วงเดือนมกราคม", "ขอบคุณมาก 🙏"]  # fmt: skip
    html = ('<div dir="auto">' + "".join(f'<div dir="auto">{x}</div>' for x in lines)
            + '<div dir="auto"><img src="cid:sticker_1" alt="[สติกเกอร์] ขอบคุณค่ะ" width="120"></div></div>\n')  # fmt: skip
    raw = message(a, i, "ขออนุญาต 🔥", html=html)
    return Case("html_gmail_app_emoji", raw, own(a))


def html_samsung_email(a: Party, i: int) -> Case:
    """Samsung Email's HTML: a run-on dictated paragraph, <br> where the thumb hit enter,
    the composer signature."""
    p = a.p
    body = (f"เรียน{office(a)}<br>{me(a)}{a.name} เลขประจำตัวประชาชน {odd_id(p.nid, i + 1)} เกิด {th_date(p.born, i + 1)} "
            f"ที่อยู่ {short_addr(a)} โทร {odd_phone(p.mobile, i + 2)} ขอแจ้งท่อระบายน้ำอุดตันหน้าบ้าน น้ำเน่าส่งกลิ่นมาสองเดือน"
            f"<br>ขอบคุณ{end(a)}")  # fmt: skip
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            f'<div dir="auto">{body}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
            '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
            "ส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน</div></div></body></html>\n")  # fmt: skip
    raw = message(a, i, "ท่ออุดตัน", html=html)
    return Case("html_samsung_email", raw, own(a))


def html_gmail_forwarded_line(a: Party, i: int) -> Case:
    """A grandchild forwards from Gmail what the grandparent sent in LINE (the chat as
    text in the HTML): grandpa's values in his own messages, the grandchild's note and
    her phone above."""
    p = a.p
    g_name, _, g_mob, g_box, _ = GRANDKIDS[(i + 1) % 3]
    who = "ยาย" if p.title == "นาง" else "ตา"
    g_end = "ครับ" if g_name.startswith("นาย") else "ค่ะ"
    chat = [f"{d}" for d in (
        f"{4 + i} ธ.ค. 2569",
        f"09:15 {who}{p.first} หนูช่วยส่งให้เทศบาลหน่อย",
        f"09:16 {who}{p.first} {a.name}",
        f"09:16 {who}{p.first} {odd_id(p.nid, i)}",
        f"09:17 {who}{p.first} {th_date(p.born, 2)}",
        f"09:18 {who}{p.first} {spoken_addr(a)}",
        f"09:18 {who}{p.first} เบอร์{who} {odd_phone(p.mobile, i + 1)}",
        f"09:20 {g_name.split()[0]} ได้{g_end}{who} เดี๋ยวส่งให้",
        f"09:21 {who}{p.first} ได้ส่งสติกเกอร์",
    )]  # fmt: skip
    html = (f'<div dir="ltr">เรียนเจ้าหน้าที่{g_end} ส่งเรื่องแทน{who} ขอให้มาพ่นยากันยุงในหมู่บ้าน ยุงเยอะมาก{g_end}<br>'
            f"ติดต่อกลับ {g_name} โทร {g_mob}<br><br>"
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
            f"จาก: <strong>LINE</strong> &lt;no-reply@line.me&gt;<br>Subject: ประวัติการแชทกับ {who}{p.first}<br></div><br>"
            + "<br>".join(chat) + "</div></div>\n")  # fmt: skip
    raw = message(
        a,
        i,
        f"Fwd: ประวัติการแชทกับ {who}{p.first}",
        sender=f"{g_name.split()[1]} <{g_box}>",
        html=html,
    )
    return Case("html_gmail_forwarded_line", raw, for_grandparent(a, own_phone=True))


def html_gmail_app_quote_reply(a: Party, i: int) -> Case:
    """The Gmail app's reply above the office's quoted mail (a sample form with a sample
    name and ID, the office's line)."""
    p = a.p
    sample = with_check_digit("351050000001")
    top = (f'<div dir="auto">{a.name}<div dir="auto">{odd_id(p.nid, i + 1)}</div><div dir="auto">เกิด {th_date(p.born, i)}</div>'
           f'<div dir="auto">{short_addr(a)}</div><div dir="auto">{odd_phone(p.mobile, i + 3)}</div></div><br>')  # fmt: skip
    quote = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ พ. 3 ธ.ค. 2569 14:02 งานสวัสดิการสังคม &lt;'
             f'{DESKS[p.province]}&gt; เขียนว่า:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             "กรุณาส่งข้อมูลเพื่อขึ้นทะเบียนคนพิการตามตัวอย่าง<br>ชื่อ นายตัวอย่าง ใจดี<br>"
             f"เลขบัตร {sample}<br>เกิด 1 มกราคม 2500<br>โทร 053-591-247</blockquote></div>\n")  # fmt: skip
    raw = message(a, i, "Re: ขอข้อมูลขึ้นทะเบียนคนพิการ", html=top + quote)
    return Case("html_gmail_app_quote_reply", raw, own(a))


# --- Word ----------------------------------------------------------------------------------


def docx_wps_photo_caption(a: Party, i: int) -> Case:
    """A letter made in WPS Office on the phone, one paragraph, Thai digits; the mail's
    only text the photo's caption; the photo attached."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(f"เรื่อง ขอซ่อมถนนลูกรัง\nเรียน นายก{office(a)}")
        d.add_paragraph(thai(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {odd_id(p.nid, i)} เกิดวันที่ {th_date(p.born, 0)} "
            f"อยู่บ้านเลขที่ {short_addr(a)} โทรศัพท์ {odd_phone(p.mobile, i)} ขอให้ซ่อมถนนลูกรังเข้าสวนซึ่งเป็นหลุมเป็นบ่อ "
            f"ฝนตกเมื่อวันที่ 28 พฤศจิกายน 2569 รถเข้าไม่ได้"))  # fmt: skip
        d.add_paragraph(f"ลงชื่อ {a.name}")

    raw = message(a, i, "IMG_20261205_0931", text="📷 รูปถนนหน้าสวน ถ่ายเมื่อเช้า\n",
                  files=(("IMG_20261205_093112.jpg", photo(), "image/jpeg"),
                         ("หนังสือขอซ่อมถนน.docx", docx_bytes(build), DOCX)))  # fmt: skip
    return Case("docx_wps_photo_caption", raw, own(a))


def docx_gdocs_grandchild_table(a: Party, i: int) -> Case:
    """Google Docs on Android: a table the grandchild made, grandma's column and a row
    "ผู้กรอกแทน" with the grandchild's name, ID and phone."""
    p = a.p
    g_name, g_id, g_mob, g_box, _ = GRANDKIDS[i % 3]

    def build(d: Any) -> None:
        d.add_paragraph(f"คำร้องขอรับการช่วยเหลือ ({office(a)})")
        rows = [("ชื่อ-สกุล", a.name), ("เลขบัตรประชาชน", odd_id(p.nid, i + 2)), ("วันเดือนปีเกิด", th_date(p.born, i)),
                ("ที่อยู่", spoken_addr(a)), ("เรื่อง", "หลังคาบ้านพังจากพายุ ขอรับวัสดุซ่อมแซม"),
                ("ผู้กรอกแทน (หลาน)", f"{g_name} เลขบัตร {g_id} โทร {odd_phone(g_mob, i)}")]  # fmt: skip
        t = d.add_table(rows=0, cols=2)
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v

    raw = message(a, i, "คำร้องขอความช่วยเหลือ", sender=f"{g_name} <{g_box}>",
                  text="ส่งคำร้องของยาย/ตาค่ะ พิมพ์ใน google docs ในมือถือ\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_gdocs_grandchild_table", raw, for_grandparent(a, own_phone=False))


def docx_gdocs_voice_typing(a: Party, i: int) -> Case:
    """Google Docs voice typing: one paragraph per breath, "ขึ้นบรรทัดใหม่" and
    "เว้นวรรค" written out, the phone in words and digits."""
    p = a.p
    m = p.mobile

    def build(d: Any) -> None:
        d.add_paragraph(f"เรียนนายก{office(a)} ขึ้นบรรทัดใหม่")
        d.add_paragraph(
            f"{me(a)}ชื่อ {a.name} เว้นวรรค เลขบัตรประชาชน {p.nid} เว้นวรรค เกิดวันที่ {th_date(p.born, 2)} ขึ้นบรรทัดใหม่"
        )
        d.add_paragraph(f"อยู่{spoken_addr(a)} ขึ้นบรรทัดใหม่")
        d.add_paragraph(f"ขอให้ช่วยจับงูเห่าที่เข้ามาอยู่ใต้ยุ้งข้าว ขึ้นบรรทัดใหม่ โทร {spoken(m[:3])} {m[3:]}")

    raw = message(a, i, "ขอให้จับงู", text="", files=(("เอกสารไม่มีชื่อ.docx", docx_bytes(build), DOCX),))
    return Case("docx_gdocs_voice_typing", raw, own(a))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_phone_app(a: Party, i: int) -> Case:
    """The office's fillable form filled in a phone PDF app: the ID comb filled with
    spaces, Thai digits in the birth date, the phone with a dash in an odd place."""
    p = a.p
    labels = [(50, 18, f"แบบคำร้องทั่วไป {office(a)}"), (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 84, "เรื่อง")]  # fmt: skip
    fields = [Field("name", a.name, 45, 40, 100), Field("id", odd_id(p.nid, i + 2), 60, 50, 55),
              Field("dob", thai(th_date(p.born, 1)), 135, 50, 45), Field("addr", short_addr(a), 35, 60, 160),
              Field("tel", odd_phone(p.mobile, i), 45, 70, 55), Field("mail", p.email, 125, 70, 70),
              Field("subject", "ขอรับพันธุ์ปลาปล่อยบ่อ", 45, 84, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(
        a,
        i,
        "แบบคำร้อง",
        text="กรอกในมือถือแล้วค่ะ\n\nส่งจาก Xodo PDF\n",
        files=(("คำร้องทั่วไป_filled.pdf", data, PDF),),
    )
    return Case("pdf_fillable_phone_app", raw, own(a))


def pdf_wps_letter_grandchild(a: Party, i: int) -> Case:
    """A letter the grandchild typed in WPS and exported as PDF for the grandparent, who
    signs; "พิมพ์โดยหลาน" with the grandchild's phone at the foot; the mail's text only
    a photo's caption."""
    p = a.p
    g_name, _, g_mob, g_box, _ = GRANDKIDS[(i + 2) % 3]
    paras: list[tuple[float, str]] = [
        (120, f"{5 + i} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอรับการสนับสนุนรถเข็นผู้ป่วย"), (20, f"เรียน นายก{office(a)}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} อายุ {2569 - p.born.year - 543} ปี เลขประจำตัวประชาชน {odd_id(p.nid, i + 1)} เกิดวันที่ {th_date(p.born, 0)} "
             f"อยู่บ้านเลขที่ {short_addr(a)} หกล้มสะโพกหักเมื่อเดือนตุลาคม 2569 เดินไม่ได้ ขอรับการสนับสนุนรถเข็น 1 คัน"),
        (30, f"โทรศัพท์ {odd_phone(p.mobile, i + 2)}"), (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (0, ""),
        (20, f"พิมพ์โดยหลาน {g_name} โทร {g_mob}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "หนังสือขอรถเข็น", sender=f"{g_name} <{g_box}>", text="รูปยายตอนนั่งรถเข็นยืมเขามา\n",
                  files=(("IMG_4471.jpg", photo(), "image/jpeg"), ("หนังสือ_WPS.pdf", data, PDF)))  # fmt: skip
    return Case("pdf_wps_letter_grandchild", raw, for_grandparent(a, own_phone=True))


def pdf_fillable_for_elder(a: Party, i: int) -> Case:
    """The office's fillable form for the elderly allowance, filled on a phone by a
    grandchild: the elder's section (no phone in v1), then the ผู้ยื่นแทน's section."""
    p = a.p
    g_name, g_id, g_mob, g_box, g_born = GRANDKIDS[(i + 1) % 3]
    labels = [(40, 18, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"), (80, 26, office(a)),
              (20, 40, "ชื่อ-สกุลผู้สูงอายุ"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (20, 90, "ผู้ยื่นคำขอแทน"), (20, 100, "เลขประจำตัวประชาชน"), (120, 100, "วันเกิด"),
              (20, 110, "โทรศัพท์"), (120, 110, "เกี่ยวข้องเป็น")]  # fmt: skip
    fields = [Field("Text1", a.name, 60, 40, 100), Field("Text2", odd_id(p.nid, i), 60, 50, 55),
              Field("Text3", th_date(p.born, i + 1), 135, 50, 45), Field("Text4", short_addr(a), 35, 60, 160),
              Field("Text5", odd_phone(p.mobile, i + 1) if i % 2 else "-", 45, 70, 55),
              Field("Text6", g_name, 60, 90, 90), Field("Text7", g_id, 60, 100, 55),
              Field("Text8", th_date(g_born, 1), 135, 100, 45), Field("Text9", odd_phone(g_mob, i), 45, 110, 55),
              Field("Text10", "หลาน", 145, 110, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "เบี้ยยังชีพผู้สูงอายุ", sender=f"{g_name} <{g_box}>", text="กรอกแบบฟอร์มให้ยายค่ะ\n",
                  files=(("เบี้ยยังชีพ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_for_elder", raw, for_grandparent(a, own_phone=bool(i % 2)))


# --- sheets --------------------------------------------------------------------------------


def xlsx_gsheets_one_row(a: Party, i: int) -> Case:
    """Google Sheets on a phone: a header row and one row; the phone and the ID typed as
    numbers (the phone lost its 0), the birth date a date cell."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แผ่น1"
        ws.append(("ชื่อ", "เลขบัตร", "วันเกิด", "บ้าน", "เบอร์", "เรื่อง"))
        ws.append((a.name, int(p.nid), p.born, short_addr(a), int(p.mobile), "ขอรับต้นกล้าไม้ผล"))
        ws["C2"].number_format = "d/m/yyyy"

    raw = message(
        a,
        i,
        "ขอต้นกล้า",
        text="ส่งจาก Google ชีต\n",
        files=(("สเปรดชีตไม่มีชื่อ.xlsx", xlsx_bytes(build), XLSX),),
    )
    return Case("xlsx_gsheets_one_row", raw, own(a))


def xlsx_gsheets_plots(a: Party, i: int) -> Case:
    """A farmer's sheet asking help after drought: his lines on top (labels in column A),
    then his plots (deed numbers, areas, ทะเบียนเกษตรกร) and a neighbour who witnesses
    with her phone."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("ชื่อ", a.name))
        ws.append(("บัตรประชาชน", odd_id(p.nid, i + 1)))
        ws.append(("เกิด", th_date(p.born, i)))
        ws.append(("ที่อยู่", spoken_addr(a)))
        ws.append(("โทร", odd_phone(p.mobile, i + 3)))
        ws.append(("เลขทะเบียนเกษตรกร", f"{p.postal[:2]}0{i}{p.nid[5:12]}"))
        ws.append(())
        ws.append(("แปลง", "เอกสารสิทธิ์", "เลขที่", "ไร่", "พืช"))
        ws.append((1, "โฉนด", 12840 + i, 7, "ข้าว"))
        ws.append((2, "ส.ป.ก. 4-01", 3317 + i, 12, "มันสำปะหลัง"))
        ws.append(())
        ws.append(("พยาน (เพื่อนบ้าน)", "นางแสงเดือน วงศ์ใหญ่", "โทร", "0872201946"))

    raw = message(
        a, i, "ขอความช่วยเหลือภัยแล้ง", text="", files=(("ภัยแล้ง.xlsx", xlsx_bytes(build), XLSX),)
    )
    return Case("xlsx_gsheets_plots", raw, own(a))


def xlsx_gsheets_grandchild_two_rows(a: Party, i: int) -> Case:
    """A grandchild's sheet with two rows: the grandparent's (the one asking) and her own
    (ผู้ติดต่อ) below, each with ID, birth date and phone."""
    p = a.p
    g_name, g_id, g_mob, g_box, g_born = GRANDKIDS[(i + 2) % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.append(("", "ชื่อ", "เลขบัตร", "เกิด", "ที่อยู่", "เบอร์"))
        ws.append(
            (
                "ผู้ขอ",
                a.name,
                odd_id(p.nid, i + 3),
                th_date(p.born, i + 1),
                short_addr(a),
                odd_phone(p.mobile, i + 1),
            )
        )
        ws.append(
            ("ผู้ติดต่อ (หลาน)", g_name, g_id, th_date(g_born, 1), "กรุงเทพฯ", odd_phone(g_mob, i + 2))
        )
        ws.append(())
        ws.append(("เรื่อง", "ขอติดตั้งราวจับในห้องน้ำสำหรับผู้สูงอายุ"))

    raw = message(a, i, "ขอราวจับห้องน้ำ", sender=f"{g_name} <{g_box}>", text="ส่งข้อมูลเป็นชีตนะคะ\n",
                  files=(("ข้อมูล.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_gsheets_grandchild_two_rows", raw, for_grandparent(a, own_phone=True))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_gboard_one_line, (0, 4)),
    (plain_grandchild_for_grandma, (3, 5)),
    (plain_line_chat_pasted, (1, 8)),
    (plain_thai_digits_samsung, (2, 6)),
    (plain_autocorrect_correction, (7, 9)),
    (plain_spoken_numbers, (4, 1)),
    (plain_reply_to_clerk, (5, 2)),
    (html_gmail_app_emoji, (6, 3)),
    (html_samsung_email, (8, 0)),
    (html_gmail_forwarded_line, (9, 6)),
    (html_gmail_app_quote_reply, (1, 7)),
    (docx_wps_photo_caption, (2, 8)),
    (docx_gdocs_grandchild_table, (0, 5)),
    (docx_gdocs_voice_typing, (3, 4)),
    (pdf_fillable_phone_app, (7, 2)),
    (pdf_wps_letter_grandchild, (9, 3)),
    (pdf_fillable_for_elder, (5, 0)),
    (xlsx_gsheets_one_row, (6, 1)),
    (xlsx_gsheets_plots, (8, 4)),
    (xlsx_gsheets_grandchild_two_rows, (3, 9)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
