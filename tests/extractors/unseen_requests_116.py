"""A hundred-and-sixteenth set of requests written by someone who had not read the readers
(issue 8): CIVIL REGISTRATION AT THE DISTRICT AND MUNICIPAL REGISTRY (งานทะเบียนราษฎร) of
เทศบาลนครนครราชสีมา, อำเภอปากช่อง, อำเภอโนนสูง (Nakhon Ratchasima), เทศบาลเมืองบุรีรัมย์,
อำเภอนางรอง, อำเภอสตึก (Buriram), เทศบาลเมืองสุรินทร์, อำเภอท่าตูม and อำเภอสังขะ (Surin):
moving out of and into a house register (ย้ายออก, ย้ายเข้า, ย้ายปลายทาง), a เจ้าบ้าน's
consent and a เจ้าบ้าน asking that someone who left be taken out, birth and death
notifications (the newborn, the mother, the deceased beside the informant), a new house
number (ขอเลขที่บ้าน: the new house's deed and permit beside the present home), certified
copies of ทะเบียนบ้าน (the 11-digit house code), a change of given name or surname (the name
now and the one wanted), adding a person to a register (เพิ่มชื่อ); village headmen
(ผู้ใหญ่บ้าน) who write or certify for villagers. Kinds: plain (iPhone, LINE forwarded,
webmail, Thai digits, Outlook for Android), HTML (Gmail, Outlook, an e-service
notification, a reply over the desk's quoted mail), Word (a birth form on dotted lines, a
headman's certificate, a เจ้าบ้าน's consent, a name-change form in a table), PDF (fillable
copy request and birth notice; typed letters), xlsx (a household moving in, copies for a
family, a death's data sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The rulings followed: set 28 (the applicant is
the person who asks), set 31 (the ผู้แจ้ง of a birth; the mover, not the owner; the
villager, not the headman who files for him), sets 31/63 (a service for one person asked
by another is the one it is for), set 37 (where only another's phone is given, phone `()`),
set 57 (the same desk: a birth's or a death's INFORMANT is the applicant, never the
newborn, the mother where another informs, the deceased; a เจ้าบ้าน who only consents is
never the applicant, one who herself notifies or asks about her register is; before a
name change is registered full_name is the name borne now; a move out's address is the
house left, a move in's or ย้ายปลายทาง's the house moved into; a house number's the present
home, never the new house; a death's the informant's own home). So:
- the MOVER who asks (the เจ้าบ้าน who consents: name, ID, phone never);
- a เจ้าบ้าน who asks that a person who no longer lives there be taken out of her register
  (ย้ายชื่อออก to the ทะเบียนบ้านกลาง): the เจ้าบ้าน (the one taken out never);
- the INFORMANT of a birth or a death (father, grandmother, daughter, wife): the newborn's,
  the mother's (where she does not inform), the deceased's names, IDs, birth dates never;
- a HEADMAN who writes for a villager (a house number, a name added): the VILLAGER (the
  headman's name, ID, phone, box never; the villager's phone and e-mail `()` where only the
  headman's appear); a headman's certificate sent by the villager: the villager;
- a name change before it is registered: the name borne now (the new one never);
- a certified copy: the one who asks for it (the เจ้าบ้าน named on the register, the
  family whose records are listed, never).
Address: where the applicant lives when she writes (above), house number to the อำเภอ,
with or without เลขที่/บ้านเลขที่, with or without province and postal code; province and
postal code of that address. A house code (รหัสประจำบ้าน, 11 digits), a deed's, a
permit's, a birth or death certificate's (ท.ร.1/ท.ร.4 ตอน 1), a marriage certificate's, a
request's or a queue's number, a hospital's line or HN is never an ID or a phone. Birth date
ISO, only the applicant's, only where written (a newborn's, a deceased's, a death's date
never). Everyone and every number is invented (13-digit numbers made with
with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

KR = "นครราชสีมา"
BR = "บุรีรัมย์"
SR = "สุรินทร์"
CITY_DESKS = {
    KR: ("tabien@koratcity.example.go.th", "งานทะเบียนราษฎร เทศบาลนครนครราชสีมา"),
    BR: ("tabien@buriramcity.example.go.th", "งานทะเบียนราษฎร เทศบาลเมืองบุรีรัมย์"),
    SR: ("tabien@surincity.example.go.th", "งานทะเบียนราษฎร เทศบาลเมืองสุรินทร์"),
}


def desk_of(a: Party) -> tuple[str, str]:
    """The registry she writes to: the city's in a เมือง district, else the อำเภอ's."""
    p = a.p
    if p.amphoe.startswith("เมือง"):
        return CITY_DESKS[p.province]
    return (f"tabien.{p.postal}@dopa.example.go.th", f"งานทะเบียนราษฎร ที่ว่าการอำเภอ{p.amphoe}")


# The applicants (movers, informants, owners, villagers, those who ask copies or names).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมชาย", "ปัญญาดี", "330010045612", date(1975, 4, 18), "0817254410", "somchai.pd@gmail.com",
      "88", "5", "", "", "จอหอ", "เมืองนครราชสีมา", KR, "30310"),
    P("นาง", "บุญเรือน", "ศรีสุข", "330120067321", date(1962, 8, 2), "0894437120", "boonruean.ss@hotmail.com",
      "145", "3", "", "", "โนนสูง", "โนนสูง", KR, "30160"),
    P("นางสาว", "ปิยะนุช", "แก้วกล้า", "330990041275", date(1994, 12, 11), "0625518834", "piyanut.kk@hotmail.com",
      "21/4", "", "", "จอมสุรางค์ยาตร", "ในเมือง", "เมืองนครราชสีมา", KR, "30000"),
    P("นาย", "ธีระพงษ์", "สายทอง", "330210052284", date(1983, 2, 27), "0862291145", "theerapong.st@gmail.com",
      "199", "12", "", "", "กลางดง", "ปากช่อง", KR, "30320"),
    P("นาง", "ลำดวน", "มีชัย", "331050028816", date(1958, 6, 15), "0817892263", "lamduan.mc@gmail.com",
      "34", "7", "", "", "ลำปลายมาศ", "ลำปลายมาศ", BR, "31130"),
    P("นาย", "สุริยา", "ทองดี", "331010077431", date(1990, 10, 5), "0956612478", "suriya.td@gmail.com",
      "56/2", "", "", "จิระ", "ในเมือง", "เมืองบุรีรัมย์", BR, "31000"),
    P("นางสาว", "กาญจนา", "บุญมา", "331040019952", date(1999, 3, 22), "0638814527", "kanjana.bm@gmail.com",
      "12", "9", "", "", "นางรอง", "นางรอง", BR, "31110"),
    P("นาย", "ประเสริฐ", "จันทร์หอม", "331090036627", date(1969, 11, 30), "0819974410", "prasert.ch@yahoo.com",
      "77", "4", "", "", "สตึก", "สตึก", BR, "31150"),
    P("นาง", "สมปอง", "ดวงใจ", "332010048835", date(1972, 1, 9), "0897712336", "sompong.dj@hotmail.com",
      "3/15", "", "", "กรุงศรีใน", "ในเมือง", "เมืองสุรินทร์", SR, "32000"),
    P("นาย", "วิชัย", "สุขเจริญ", "332030021148", date(1980, 7, 14), "0855236614", "wichai.sc@gmail.com",
      "101", "2", "", "", "ท่าตูม", "ท่าตูม", SR, "32120"),
    P("นางสาว", "อรุณี", "ศรีสะอาด", "332080055571", date(1996, 5, 3), "0924417789", "arunee.ss@gmail.com",
      "64", "1", "", "", "สังขะ", "สังขะ", SR, "32150"),
    P("นาง", "ทองใบ", "ประจำดี", "332040011357", date(1955, 9, 25), "0843326618", "thongbai.pj@gmail.com",
      "9", "6", "", "", "กังแอน", "ปราสาท", SR, "32140"),
)  # fmt: skip

# Others who are never the applicant: เจ้าบ้าน (name, ID, mobile).
OWNERS: tuple[tuple[str, str, str], ...] = (
    ("นายบุญมี ปัญญาดี", with_check_digit("330010012238"), "0813349920"),
    ("นางคำปุน ทองดี", with_check_digit("331010004416"), "0872210654"),
    ("นายเสถียร ดวงใจ", with_check_digit("332010009924"), "0899931275"),
)
# Village headmen (name, ID, mobile, village).
HEADMEN: tuple[tuple[str, str, str, str], ...] = (
    ("นายสมหมาย ชาญชัย", with_check_digit("331040006652"), "0867721345", "หนองกก"),
    ("นายเดชา บุญล้อม", with_check_digit("332030008871"), "0846619023", "โนนจาน"),
)


def headman(a: Party, i: int) -> tuple[str, str, str, str]:
    """The headman of her village (name, ID, mobile, his post)."""
    name, nid, mob, village = HEADMEN[i % 2]
    return name, nid, mob, f"ผู้ใหญ่บ้านหมู่ที่ {a.p.moo} บ้าน{village}"


# Newborns (name, date, hospital) and mothers (name, ID, born).
NEWBORNS: tuple[tuple[str, date, str], ...] = (
    ("เด็กชายภูมิรพี ปัญญาดี", date(2026, 11, 20), "โรงพยาบาลมหาราชนครราชสีมา"),
    ("เด็กหญิงณิชาภัทร สุขเจริญ", date(2026, 11, 27), "โรงพยาบาลสุรินทร์"),
    ("เด็กหญิงพิมพ์มาดา ทองดี", date(2026, 12, 1), "โรงพยาบาลบุรีรัมย์"),
)
MOTHERS: tuple[tuple[str, str, date], ...] = (
    ("นางรัชนี ปัญญาดี", with_check_digit("330010066183"), date(1988, 6, 21)),
    ("นางจิราภรณ์ สุขเจริญ", with_check_digit("332030049915"), date(1992, 2, 14)),
    ("นางสาวศิริพร ทองดี", with_check_digit("331010083354"), date(1995, 9, 8)),
)
# The deceased (name, ID, born, died, their house).
DECEASED: tuple[tuple[str, str, date, date, str], ...] = (
    (
        "นายเฉลิม ศรีสุข",
        with_check_digit("330120004419"),
        date(1938, 3, 3),
        date(2026, 12, 2),
        "บ้านเลขที่ 27 หมู่ที่ 3 ตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา 30160",
    ),
    (
        "นางบัวผัน มีชัย",
        with_check_digit("331050001238"),
        date(1941, 10, 19),
        date(2026, 12, 3),
        "บ้านเลขที่ 112 หมู่ที่ 8 ตำบลหนองคู อำเภอลำปลายมาศ จังหวัดบุรีรัมย์ 31130",
    ),
    (
        "นายทอง ประจำดี",
        with_check_digit("332040002269"),
        date(1950, 1, 12),
        date(2026, 12, 4),
        "บ้านเลขที่ 9 หมู่ที่ 6 ตำบลกังแอน อำเภอปราสาท จังหวัดสุรินทร์ 32140",
    ),
)
# Where movers go to or come from (never their address in the case's terms above).
ELSEWHERE = (
    "1189/45 คอนโดศุภาลัย ซิตี้รีสอร์ท ถนนรัชดาภิเษก แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310",
    "55/102 หมู่ที่ 4 ตำบลบางพูด อำเภอปากเกร็ด จังหวัดนนทบุรี 11120",
    "300 หมู่ที่ 11 ตำบลหนองบัวศาลา อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000",
)


def message(a: Party, n: int, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = desk_of(a)[0]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 3 + n % 4, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set116-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def desk(a: Party) -> str:
    return desk_of(a)[1]


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def end(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def house_code(a: Party, i: int) -> str:
    base = {KR: "3001", BR: "3101", SR: "3201"}[a.p.province]
    return f"{base}-{(i * 7919 + 10457) % 1000000:06d}-{(i * 3 + 1) % 10}"


def not_sent(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one it is for, written for by another: phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_move_out": "the mover; the house she leaves (never the Bangkok condo, never her father the เจ้าบ้าน)",
    "plain_line_forward_birth": "the father who informs; never the newborn or the mother (her ID, birth date)",
    "plain_headman_house_number": "the villager (present home); never the headman who writes (his ID, phone, box)",
    "plain_thai_digits_death": "the daughter who informs (her home); never the deceased (ID, dates, house)",
    "plain_android_copy_quoted": "the sender who asks the copy; never the desk's quoted signature or the house code",
    "html_gmail_surname_change": "the wife, by the surname she bears now; never the husband, never the new surname",
    "html_outlook_owner_move_in": "the เจ้าบ้าน who notifies her niece's move in; never the niece, never the school line",
    "html_eservice_add_name": "the ผู้ยื่นคำร้อง who asks his name added; never the เจ้าบ้าน section",
    "html_gmail_reply_destination_move": "the mover (the house he moves into); never the old Bangkok address, never the เจ้าบ้าน, never the desk's quote",
    "docx_birth_form_dotted": "the ผู้แจ้ง (grandmother); never the child, mother or father",
    "docx_headman_certificate": "the villager the certificate is for; never the headman who signs it",
    "docx_owner_consent_letter": "the mover (sender); never the เจ้าบ้าน who consents",
    "docx_given_name_change_table": "the applicant by the name borne now; never the new name, never the parents",
    "pdf_fillable_copy_request": "the ผู้ยื่นคำร้อง; never the เจ้าบ้าน field",
    "pdf_fillable_birth_notice": "the informant_* section (father v1, mother v2... as filled); never child_*",
    "pdf_typed_owner_removes_person": "the เจ้าบ้าน who asks; never the person taken out (his ID, Bangkok)",
    "pdf_typed_house_number": "the owner (present home); never the new house's place, deed or permit",
    "xlsx_household_move_in": "the ผู้แจ้งย้าย in the head block; never the family's other rows",
    "xlsx_family_copies": "the requester in the head block; never the rows whose records are copied",
    "xlsx_death_data_sheet": "the ผู้แจ้ง rows; never the deceased rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_move_out(a: Party, i: int) -> Case:
    """An iPhone mail asking how to move out (ย้ายออก) to a Bangkok condo: her father the
    เจ้าบ้าน (his name, ID, mobile), the destination's address, the house code."""
    p = a.p
    o_name, o_id, o_mob = OWNERS[i % 3]
    text = (
        f"เรียน {desk(a)}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} มีชื่ออยู่ในทะเบียนบ้านเลขที่ {home(a, i)} "
        f"(รหัสประจำบ้าน {house_code(a, i)}) ได้ย้ายไปทำงานที่กรุงเทพฯ จะขอแจ้งย้ายออกไปที่ {ELSEWHERE[0]}\n"
        f"เจ้าบ้านคือ{o_name.split()[0][3:]}ซึ่งเป็นพ่อ ({o_name} บัตร {nid_w(o_id, i + 1)} โทร {mobile(o_mob, i)}) "
        "พ่ออายุมากเดินทางไม่สะดวก ไม่ทราบว่าต้องใช้เอกสารอะไรบ้าง และให้พ่อไปแทนได้ไหม\n"
        f"ติดต่อกลับ {mobile(p.mobile, i + 1)}\n\nขอบคุณ{end(a)}\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(a, i, "สอบถามการแจ้งย้ายออก", box(a), text=text)
    return Case("plain_iphone_move_out", raw, exp(a, NO_BIRTH))


def plain_line_forward_birth(a: Party, i: int) -> Case:
    """A LINE chat exported and forwarded by the father: his lines about the baby (name,
    birth date, hospital), the mother's ID and birth date, his own ID and phone."""
    p = a.p
    baby, born, hosp = NEWBORNS[i % 3]
    m_name, m_id, m_born = MOTHERS[i % 3]
    text = (
        "---------- Forwarded message ---------\n"
        f"From: {p.first} <{p.email}>\n\n"
        f"[LINE] ประวัติการแชทกับ งานทะเบียน\nวันที่บันทึก: {4 + i % 3}/12/2569 20:14\n\n"
        f"{4 + i % 3}/12/2569 วันศุกร์\n"
        f"19:02\t{p.first}\tสวัสดีครับ จะแจ้งเกิดลูกครับ\n"
        f"19:03\t{p.first}\tลูกชื่อ {baby} เกิด {thai_day(born)} ที่{hosp} ได้ ท.ร.1 ตอนหน้ามาแล้ว เลขที่ {4410 + i}/2569\n"
        f"19:05\tงานทะเบียน\tขอชื่อ-นามสกุลผู้แจ้ง เลขบัตร และที่อยู่ด้วยค่ะ\n"
        f"19:07\t{p.first}\tผู้แจ้ง {a.name} เป็นบิดา เลขบัตร {nid_w(p.nid, i)}\n"
        f"19:07\t{p.first}\tแม่ชื่อ {m_name} เลขบัตร {nid_w(m_id, i + 1)} เกิด {born_th(m_born, i)}\n"
        f"19:08\t{p.first}\tบ้านเลขที่ {home(a, i + 1)} เบอร์ {mobile(p.mobile, i)}\n"
        "19:10\tงานทะเบียน\tรับทราบค่ะ ส่งทางอีเมลอีกครั้งเพื่อลงรับนะคะ\n"
    )
    raw = message(a, i, "Fwd: แจ้งเกิดบุตร (แชท LINE)", box(a), text=text)
    return Case("plain_line_forward_birth", raw, exp(a, NO_BIRTH))


def plain_headman_house_number(a: Party, i: int) -> Case:
    """A headman's webmail asking a house number for a villager's new house: the
    villager's name, ID, present home; the new house's deed and place; the headman's own
    ID, mobile and box in his signature."""
    p = a.p
    h_name, h_id, h_mob, h_post = headman(a, i)
    text = (
        f"เรียน นายทะเบียนอำเภอ{p.amphoe}\n\n"
        f"กระผม {h_name} {h_post} ขอแจ้งว่า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
        f"ปัจจุบันอาศัยอยู่บ้านเลขที่ {home(a, i)} ได้ปลูกสร้างบ้านหลังใหม่แล้วเสร็จ "
        f"บนที่ดินโฉนดเลขที่ {20417 + i} เลขที่ดิน {88 + i} หมู่ที่ {p.moo or 3} ขอให้ออกเลขที่บ้านให้ด้วย "
        "เจ้าของบ้านจะนำเอกสารไปยื่นด้วยตนเอง\n\n"
        f"ด้วยความเคารพ\n{h_name}\n{h_post}\nเลขบัตร {nid_w(h_id, i)}\nโทร {mobile(h_mob, i + 1)}\n"
    )
    raw = message(
        a,
        i,
        f"ขอเลขที่บ้านให้ลูกบ้าน {a.name}",
        f"{h_name[3:]} <headman{i % 2 + 1}.village@hotmail.com>",
        text=text,
    )
    return Case("plain_headman_house_number", raw, not_sent(a, NO_BIRTH))


def plain_thai_digits_death(a: Party, i: int) -> Case:
    """A daughter's (or wife's) death notification in Thai digits: the deceased's ID,
    birth and death dates and his house; her own ID, home and phone."""
    p = a.p
    d_name, d_id, d_born, d_died, d_home = DECEASED[i % 3]
    text = (
        f"เรียน นายทะเบียน\n\n{me(a)}ขอแจ้งการตายของ {d_name} เลขประจำตัวประชาชน {nid_w(d_id, i)} "
        f"เกิดวันที่ {thai_day(d_born)} ถึงแก่กรรมเมื่อวันที่ {thai_day(d_died)} เวลา ๐๓.๑๐ น. ที่บ้าน "
        f"ด้วยโรคชรา มีชื่ออยู่ใน{d_home}\n"
        f"ผู้แจ้ง {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(a, i)} โทร {mobile(p.mobile, i)} เกี่ยวข้องเป็นบุตร\n"
        f"ผู้ใหญ่บ้านได้ออกหนังสือรับรองการตายแล้ว เลขที่ {17 + i}/2569\n\n{a.name}\n"
    )
    raw = message(a, i, thai("แจ้งตาย ๑ ราย"), box(a), text=thai(text))
    return Case("plain_thai_digits_death", raw, exp(a, ALL))


def plain_android_copy_quoted(a: Party, i: int) -> Case:
    """Outlook for Android: a reply asking a certified copy of ทะเบียนบ้าน (ท.ร.14) for a
    bank loan, above the desk's quoted mail (its line and fax, a request number)."""
    p = a.p
    text = (
        f"ขอคัดสำเนาทะเบียนบ้านฉบับรับรอง 2 ชุด{end(a)} รหัสประจำบ้าน {house_code(a, i)}\n"
        f"ชื่อ {a.name}\nเลขบัตร {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i + 1)}\n"
        f"ที่อยู่ {home(a, i + 1)}\nมือถือ {mobile(p.mobile, i + 2)}\n"
        "จะไปรับเองวันจันทร์\n\n"
        "Get Outlook for Android\n"
        "________________________________\n"
        f"From: {desk(a)} <{desk_of(a)[0]}>\n"
        f"Sent: Thursday, December {3 + i % 4}, 2026 9:12:44 AM\nTo: {p.email}\n"
        f"Subject: RE: คำร้องเลขที่ ทร.{2650 + i}/2569\n\n"
        "เรียนผู้ยื่นคำร้อง\nกรุณาแจ้ง ชื่อ เลขประจำตัวประชาชน วันเกิด ที่อยู่ตามทะเบียนบ้าน และเบอร์ติดต่อกลับ\n"
        f"{desk(a)}\nโทร 044-{241 + i}-{2000 + 13 * i} โทรสาร 044-242-{1100 + i}\n"
    )
    raw = message(a, i, f"RE: คำร้องเลขที่ ทร.{2650 + i}/2569", box(a), text=text)
    return Case("plain_android_copy_quoted", raw, exp(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def gmail(html: str, sig: str, quote: str = "") -> str:
    return (f'<div dir="ltr">{html}<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            f'<div dir="ltr" class="gmail_signature">{sig}</div></div>{quote}')  # fmt: skip


def html_gmail_surname_change(a: Party, i: int) -> Case:
    """A wife's Gmail asking to take her husband's surname: a table of the name now and
    the name wanted, the husband's name and ID, the marriage certificate's number."""
    p = a.p
    husband = ("นายกิตติพงษ์ วงศ์ใหญ่", with_check_digit(p.nid[:4] + "00771234"[:8]))
    rows = [("ชื่อ-สกุลปัจจุบัน", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
            ("ขอเปลี่ยนนามสกุลเป็น", f"{p.title}{p.first} {husband[0].split()[1]}"),
            ("คู่สมรส", f"{husband[0]} ({nid_w(husband[1], i + 1)})"),
            ("ทะเบียนสมรส (คร.3) เลขที่", f"{318 + i}/2569"),
            ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i))]  # fmt: skip
    table = "".join(
        f'<tr><td style="padding:4px"><b>{k}</b></td><td style="padding:4px">{v}</td></tr>'
        for k, v in rows
    )
    body = (f"<div>เรียน {desk(a)}</div><div><br></div><div>{me(a)}จดทะเบียนสมรสแล้ว ประสงค์จะเปลี่ยนนามสกุลตามสามี "
            f"รายละเอียดดังนี้{end(a)}</div><div><br></div><table border=\"1\" style=\"border-collapse:collapse\">{table}</table>"
            "<div><br></div><div>ขอบคุณ</div>")  # fmt: skip
    raw = message(
        a,
        i,
        "ขอเปลี่ยนนามสกุล (ใช้นามสกุลคู่สมรส)",
        box(a),
        html=gmail(body, f"<div>{a.name}</div><div>{mobile(p.mobile, i + 1)}</div>"),
    )
    return Case("html_gmail_surname_change", raw, exp(a, NO_BIRTH))


def html_outlook_owner_move_in(a: Party, i: int) -> Case:
    """A เจ้าบ้าน's Outlook notifying her niece's move into her house (the niece's name,
    ID, old address); her signature carries her school's line and fax."""
    p = a.p
    niece = ("นางสาวมุกดา " + p.last, with_check_digit("341010078815"))
    paras = [f"เรียน {desk(a)}", "",
             f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นเจ้าบ้านของบ้านเลขที่ {home(a, i + 1)} "
             f"ขอแจ้งย้ายเข้าของหลานสาว {niece[0]} เลขประจำตัวประชาชน {nid_w(niece[1], i + 2)} "
             f"ซึ่งย้ายมาจาก {ELSEWHERE[1]} มาอยู่กับ{me(a)}ตั้งแต่วันที่ 1 ธันวาคม 2569",
             f"{me(a)}จะไปยื่นเรื่องพร้อมหลานในวันอังคาร โทรมือถือ {mobile(p.mobile, i + 3)}", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b><br>ครูชำนาญการพิเศษ<br>โรงเรียนบ้านโนนสะอาด<br>'
           f"โทร. 044-{611 + i}-{320 + i} โทรสาร 044-{611 + i}-{399 - i}</p>")  # fmt: skip
    raw = message(a, i, "แจ้งย้ายเข้า (เจ้าบ้านแจ้ง)", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_owner_move_in", raw, exp(a, NO_BIRTH))


def html_eservice_add_name(a: Party, i: int) -> Case:
    """An e-service's notification of a request to add one's name to a register (เพิ่ม
    ชื่อ, back from working abroad): the ผู้ยื่นคำร้อง's rows, the เจ้าบ้าน's rows, a
    request number, the no-reply sender."""
    p = a.p
    o_name, o_id, o_mob = OWNERS[(i + 1) % 3]
    rows = [("เลขที่คำร้อง", f"EREG-2569-{60412 + 37 * i}"), ("ประเภทคำร้อง", "ขอเพิ่มชื่อในทะเบียนบ้าน (กลับจากต่างประเทศ)"),
            ("ชื่อผู้ยื่นคำร้อง", a.name), ("เลขประจำตัวประชาชน", p.nid), ("วัน/เดือน/ปีเกิด", born_th(p.born, i)),
            ("ที่อยู่ที่ขอเพิ่มชื่อ", home(a, i)), ("หมายเลขโทรศัพท์", p.mobile), ("อีเมล", p.email),
            ("ชื่อเจ้าบ้าน", o_name), ("เลขประจำตัวประชาชนเจ้าบ้าน", o_id), ("โทรศัพท์เจ้าบ้าน", o_mob),
            ("หนังสือเดินทางเลขที่", f"AC{1204567 + i}"), ("วันที่ยื่น", f"0{4 + i % 3}/12/2569 10:2{i % 10}")]  # fmt: skip
    table = "".join(
        f'<tr><th align="left" style="background:#eef">{k}</th><td>{v}</td></tr>' for k, v in rows
    )
    html = (f'<html><body><h3>ระบบยื่นคำร้องออนไลน์ {desk(a)}</h3><p>มีคำร้องใหม่เข้าสู่ระบบ</p>'
            f'<table cellpadding="4">{table}</table><p style="color:#888">อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>')  # fmt: skip
    raw = message(
        a,
        i,
        f"[e-Service] คำร้องใหม่ EREG-2569-{60412 + 37 * i}",
        "ระบบยื่นคำร้องออนไลน์ <no-reply@eservice.example.go.th>",
        html=html,
    )
    return Case("html_eservice_add_name", raw, exp(a, ALL))


def html_gmail_reply_destination_move(a: Party, i: int) -> Case:
    """A Gmail reply asking ย้ายปลายทาง into the house he now lives in, above the desk's
    quoted questions: his old address in Bangkok, the เจ้าบ้าน's name and ID."""
    p = a.p
    o_name, o_id, _ = OWNERS[i % 3]
    body = (f"<div>สวัสดี{end(a)}</div><div>ตอบตามที่ขอ{end(a)}</div><div>1. ชื่อ-สกุล: {a.name}</div>"
            f"<div>2. เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}</div>"
            f"<div>3. ที่อยู่เดิม (ย้ายออกจาก): {ELSEWHERE[0]}</div>"
            f"<div>4. ที่อยู่ใหม่ (ย้ายเข้าที่): {home(a, i)}</div>"
            f"<div>5. เจ้าบ้าน: {o_name} เลขบัตร {nid_w(o_id, i)} (ยินยอมแล้ว)</div>"
            f"<div>6. เบอร์โทร: {mobile(p.mobile, i + 2)}</div>")  # fmt: skip
    quote = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">ในวันที่ พ. {2 + i % 3} ธ.ค. 2569 เวลา 14:05 '
             f'{desk(a)} &lt;{desk_of(a)[0]}&gt; เขียนว่า:<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             "เรียนผู้ติดต่อ<br>การย้ายปลายทางขอข้อมูล 1. ชื่อ 2. เลขประจำตัวประชาชน 3. ที่อยู่เดิม 4. ที่อยู่ใหม่ "
             f"5. เจ้าบ้าน 6. เบอร์โทร<br>{desk(a)} โทร 044-{511 + i}-{700 + i}</blockquote></div>")  # fmt: skip
    raw = message(
        a, i, "Re: สอบถามการย้ายปลายทาง", box(a), html=gmail(body, f"{p.first} {p.last}", quote)
    )
    return Case("html_gmail_reply_destination_move", raw, exp(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_birth_form_dotted(a: Party, i: int) -> Case:
    """A birth notification typed over dotted lines in Word by the grandmother (ผู้แจ้ง):
    the child, the mother (ID, birth date), the father, then the ผู้แจ้ง's block."""
    p = a.p
    baby, born, hosp = NEWBORNS[(i + 1) % 3]
    m_name, m_id, m_born = MOTHERS[(i + 1) % 3]
    father = ("นายอนุชา " + p.last, with_check_digit("330990071128"))

    def build(d: Any) -> None:
        d.add_paragraph("แบบแจ้งการเกิด")
        d.add_paragraph(f"เขียนที่ {desk(a)}\tวันที่ {5 + i % 3} ธันวาคม 2569")
        d.add_paragraph(f"ชื่อเด็ก.....{baby}.....เพศ.....{'ชาย' if 'ชาย' in baby else 'หญิง'}.....")
        d.add_paragraph(f"เกิดวันที่.....{thai_day(born)}.....เวลา 08.45 น. สถานที่เกิด.....{hosp}.....")
        d.add_paragraph(
            f"มารดาชื่อ.....{m_name}.....เลขประจำตัวประชาชน.....{nid_w(m_id, i)}.....เกิดวันที่.....{born_th(m_born, i)}....."
        )
        d.add_paragraph(
            f"บิดาชื่อ.....{father[0]}.....เลขประจำตัวประชาชน.....{nid_w(father[1], i + 1)}....."
        )
        d.add_paragraph("ผู้แจ้ง")
        d.add_paragraph(
            f"ชื่อ-ชื่อสกุล.....{a.name}.....เลขประจำตัวประชาชน.....{nid_w(p.nid, i + 2)}....."
        )
        d.add_paragraph(f"เกิดวันที่.....{born_th(p.born, i + 1)}.....เกี่ยวข้องกับเด็กเป็น.....ยาย.....")
        d.add_paragraph(f"ที่อยู่.....{home(a, i)}.....โทรศัพท์.....{mobile(p.mobile, i)}.....")
        d.add_paragraph(f"ลงชื่อ.....................ผู้แจ้ง\n({a.name})")

    raw = message(a, i, "แบบแจ้งการเกิด (ยายเป็นผู้แจ้ง)", box(a), text=f"เรียน งานทะเบียน\nแนบแบบแจ้งเกิดหลาน{end(a)}\n",
                  files=(("แจ้งเกิด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_birth_form_dotted", raw, exp(a, ALL))


def docx_headman_certificate(a: Party, i: int) -> Case:
    """A headman's หนังสือรับรอง in Word, sent by the villager herself: it certifies that
    she lives in the village, for her name added to a house register; the headman's name,
    ID and line over his signature; her phone in the mail."""
    p = a.p
    h_name, h_id, h_mob, h_post = headman(a, i)

    def build(d: Any) -> None:
        d.add_paragraph(f"หนังสือรับรอง\t\t\tที่ {h_post}\n\t\t\t\t\tวันที่ {2 + i % 5} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {h_name} ตำแหน่ง {h_post} ตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province} "
            f"เลขประจำตัวประชาชน {nid_w(h_id, i)} ขอรับรองว่า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"เกิดวันที่ {born_th(p.born, i + 2)} เป็นบุคคลที่อาศัยอยู่จริงที่บ้านเลขที่ {home(a, i)} "
            "ตั้งแต่ปี พ.ศ. 2541 จนถึงปัจจุบัน แต่ชื่อถูกจำหน่ายออกจากทะเบียนบ้าน จึงออกหนังสือนี้ไว้เพื่อประกอบการขอเพิ่มชื่อ"
        )
        d.add_paragraph(
            f"(ลงชื่อ)..........................\n({h_name})\n{h_post}\nโทร {mobile(h_mob, i)}"
        )

    raw = message(a, i, "ส่งหนังสือรับรองผู้ใหญ่บ้าน ขอเพิ่มชื่อ", box(a),
                  text=f"เรียน นายทะเบียน\n{me(a)}ขอส่งหนังสือรับรองของผู้ใหญ่บ้านเพื่อขอเพิ่มชื่อ{end(a)}\nโทร {mobile(p.mobile, i + 1)}\n{a.name}\n",
                  files=(("หนังสือรับรอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_headman_certificate", raw, exp(a, ALL))


def docx_owner_consent_letter(a: Party, i: int) -> Case:
    """A เจ้าบ้าน's หนังสือยินยอมให้ย้ายเข้า in Word, sent by the mover: the owner's name,
    ID, phone and house; the mover named as the one allowed in; his phone in the mail."""
    p = a.p
    o_name, o_id, o_mob = OWNERS[(i + 2) % 3]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือยินยอมให้ย้ายเข้าทะเบียนบ้าน")
        d.add_paragraph(f"\t\t\t\tเขียนที่ บ้านเลขที่ {p.house}\n\t\t\t\tวันที่ {1 + i % 5} ธันวาคม 2569")
        d.add_paragraph(
            f"ข้าพเจ้า {o_name} เลขประจำตัวประชาชน {nid_w(o_id, i)} โทร {mobile(o_mob, i + 1)} "
            f"เป็นเจ้าบ้านของบ้านเลขที่ {home(a, i)} ยินยอมให้ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            "ย้ายชื่อเข้าทะเบียนบ้านหลังนี้ได้ ในฐานะผู้เช่า"
        )
        d.add_paragraph(
            f"ลงชื่อ.....................เจ้าบ้าน\n({o_name})\n\nลงชื่อ.....................ผู้ย้ายเข้า\n({a.name})"
        )

    raw = message(a, i, "หนังสือยินยอมเจ้าบ้าน (ย้ายเข้า)", box(a),
                  text=f"เรียน {desk(a)}\nส่งหนังสือยินยอมจากเจ้าบ้าน เพื่อแจ้งย้ายเข้า{end(a)}\n{a.name} โทร {mobile(p.mobile, i)}\n",
                  files=(("ยินยอมย้ายเข้า.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_owner_consent_letter", raw, exp(a, NO_BIRTH))


def docx_given_name_change_table(a: Party, i: int) -> Case:
    """A คำขอเปลี่ยนชื่อตัว (ช.1-like) as a Word table: the name now, the new given name
    wanted and its meaning, birth date, parents' names, home, phone."""
    p = a.p
    new = ("ปัณณวัฒน์", "ศุภิสรา", "ธนัชชา", "ภูวเดช")[i % 4]

    def build(d: Any) -> None:
        d.add_paragraph("คำขอเปลี่ยนชื่อตัว")
        rows = [("ชื่อตัวปัจจุบัน", p.first), ("ชื่อสกุล", p.last), ("คำนำหน้านาม", p.title),
                ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i)),
                ("ชื่อตัวที่ขอเปลี่ยนใหม่", new), ("ความหมาย", "ผู้เจริญด้วยทรัพย์"),
                ("ชื่อบิดา", f"นายสุวรรณ {p.last}"), ("ชื่อมารดา", f"นางบุญมา {p.last}"),
                ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 1)), ("โทรศัพท์", mobile(p.mobile, i))]  # fmt: skip
        t = d.add_table(rows=len(rows), cols=2)
        for r, (k, v) in enumerate(rows):
            t.cell(r, 0).text = k
            t.cell(r, 1).text = v
        d.add_paragraph(f"ลงชื่อ ............................ ผู้ยื่นคำขอ\n({a.name})")

    raw = message(a, i, "คำขอเปลี่ยนชื่อตัว", box(a), text=f"แนบคำขอเปลี่ยนชื่อตัว{end(a)}\n",
                  files=(("เปลี่ยนชื่อ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_given_name_change_table", raw, exp(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_copy_request(a: Party, i: int) -> Case:
    """A fillable คำร้องขอคัดและรับรองสำเนาเอกสารทะเบียนราษฎร (English field names): the
    ผู้ยื่นคำร้อง's lines, the house code, the เจ้าบ้าน's name and ID in their own fields."""
    p = a.p
    o_name, o_id, _ = OWNERS[i % 3]
    labels = [(40, 18, "คำร้องขอคัดและรับรองสำเนาเอกสารทะเบียนราษฎร"), (20, 40, "ชื่อผู้ยื่นคำร้อง"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (20, 84, "เอกสารที่ขอ"), (20, 94, "รหัสประจำบ้าน"), (20, 104, "ชื่อเจ้าบ้าน"), (110, 104, "เลขประจำตัวเจ้าบ้าน"),
              (20, 114, "วัตถุประสงค์"), (20, 140, "ลงชื่อ ........................ ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("txtName", a.name, 55, 40, 100), Field("txtPID", p.nid, 60, 50, 55, comb=13),
              Field("txtBirth", born_th(p.born, i), 135, 50, 45), Field("txtAddress", home(a, i), 35, 60, 160),
              Field("txtTel", mobile(p.mobile, i), 45, 70, 55), Field("txtDoc", "สำเนาทะเบียนบ้าน (ท.ร.14) 1 ชุด", 50, 84, 100),
              Field("txtHouseCode", house_code(a, i), 50, 94, 55), Field("txtOwner", o_name, 45, 104, 60),
              Field("txtOwnerPID", o_id, 145, 104, 45), Field("txtPurpose", "ประกอบการสมัครงาน", 50, 114, 100)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "คำร้องขอคัดสำเนาทะเบียนบ้าน", box(a), text=f"ส่งคำร้องที่กรอกแล้ว{end(a)}\n",
                  files=(("copy_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_copy_request", raw, exp(a, ALL))


def pdf_fillable_birth_notice(a: Party, i: int) -> Case:
    """A fillable birth notice: child_* (name, birth date, hospital), mother_* (name, ID,
    birth date), informant_* (the father: name, ID, birth date, address, phone)."""
    p = a.p
    baby, born, hosp = NEWBORNS[(i + 2) % 3]
    m_name, m_id, m_born = MOTHERS[(i + 2) % 3]
    labels = [(60, 18, "แบบแจ้งการเกิด (ออนไลน์)"), (20, 34, "ข้อมูลเด็ก ชื่อ"), (120, 34, "วันเกิด"), (20, 44, "สถานที่เกิด"),
              (20, 58, "ข้อมูลมารดา ชื่อ"), (20, 68, "เลขประจำตัวประชาชน"), (120, 68, "วันเกิด"),
              (20, 84, "ผู้แจ้ง ชื่อ"), (20, 94, "เลขประจำตัวประชาชน"), (120, 94, "วันเกิด"), (20, 104, "ที่อยู่"),
              (20, 114, "โทรศัพท์"), (110, 114, "เกี่ยวข้องเป็น")]  # fmt: skip
    fields = [Field("child_name", baby, 50, 34, 65), Field("child_dob", born_th(born, i), 135, 34, 45),
              Field("child_place", hosp, 50, 44, 100),
              Field("mother_name", m_name, 55, 58, 80), Field("mother_pid", m_id, 60, 68, 55, comb=13),
              Field("mother_dob", born_th(m_born, i + 1), 135, 68, 45),
              Field("informant_name", a.name, 45, 84, 80), Field("informant_pid", p.nid, 60, 94, 55, comb=13),
              Field("informant_dob", born_th(p.born, i + 2), 135, 94, 45), Field("informant_address", home(a, i), 35, 104, 160),
              Field("informant_phone", mobile(p.mobile, i), 45, 114, 55), Field("informant_relation", "บิดา", 140, 114, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "แจ้งเกิด (แบบฟอร์ม PDF)", box(a), text=f"แนบแบบแจ้งการเกิด{end(a)}\n",
                  files=(("birth_notice.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_birth_notice", raw, exp(a, ALL))


def pdf_typed_owner_removes_person(a: Party, i: int) -> Case:
    """A เจ้าบ้าน's typed letter (her block top right) asking that a former tenant who left
    years ago be taken out of her house register to the ทะเบียนบ้านกลาง: his name, ID,
    where he is said to live now."""
    p = a.p
    gone = ("นายชัยวัฒน์ พรมมา", with_check_digit("340010056617"))
    paras: list[tuple[float, str]] = [(115, home(a, i)), (0, ""),
             (115, f"{7 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอย้ายบุคคลออกจากทะเบียนบ้าน"), (20, f"เรียน นายทะเบียนอำเภอ{p.amphoe}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็นเจ้าบ้านของบ้านเลขที่ {home(a, i + 1)} "
                  f"ขอแจ้งว่า {gone[0]} เลขประจำตัวประชาชน {nid_w(gone[1], i + 1)} ซึ่งเคยเช่าบ้านอยู่ ได้ย้ายออกไปตั้งแต่ปี 2565 "
                  f"ปัจจุบันทราบว่าพักอยู่ที่ {ELSEWHERE[1]} และไม่ได้แจ้งย้ายออก จึงขอให้ย้ายชื่อออกไปไว้ในทะเบียนบ้านกลาง"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (110, "เจ้าบ้าน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "ขอย้ายชื่อผู้อาศัยออกจากทะเบียนบ้าน", box(a), text="เรียน นายทะเบียน\nแนบหนังสือขอย้ายบุคคลออก\n",
                  files=(("ย้ายชื่อออก.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_owner_removes_person", raw, exp(a, NO_BIRTH))


def pdf_typed_house_number(a: Party, i: int) -> Case:
    """A typed letter asking a house number for a new house: the present home, the new
    house's deed, permit and place, a phone; the contractor's line as a reference."""
    p = a.p
    paras: list[tuple[float, str]] = [(120, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอเลขที่บ้าน"), (20, f"เรียน นายทะเบียน{desk(a)[len('งานทะเบียนราษฎร '):]}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
                  f"ปัจจุบันอยู่บ้านเลขที่ {home(a, i + 2)} ได้ปลูกสร้างบ้านพักอาศัยหลังใหม่ "
                  f"ตามใบอนุญาตก่อสร้างเลขที่ {41 + i}/2569 บนที่ดินโฉนดเลขที่ {31562 + 17 * i} "
                  f"ตำบล{p.tambon} อำเภอ{p.amphoe} แล้วเสร็จ จึงขอให้ออกเลขที่บ้าน"),
             (30, f"ผู้รับเหมา หจก.โคราชก่อสร้าง โทร 044-{250 + i}-{318 + i} ติดต่อข้าพเจ้า โทร {mobile(p.mobile, i + 3)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Norasi", step=8.5), size=14, face="Norasi")
    raw = message(a, i, "ขอเลขที่บ้านใหม่", box(a), text=f"แนบหนังสือขอเลขที่บ้าน{end(a)}\n",
                  files=(("ขอเลขที่บ้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_house_number", raw, exp(a, ALL))


# --- sheets --------------------------------------------------------------------------------


def xlsx_household_move_in(a: Party, i: int) -> Case:
    """A household moving in as a sheet: the ผู้แจ้งย้าย's head block (name, ID, phone,
    the house moved into), then every member's row with ID and birth date (him first)."""
    p = a.p
    kids = [(f"นาง{('สุดา', 'วันเพ็ญ')[i % 2]} {p.last}", with_check_digit("330990018854"), date(1985, 5, 5)),
            (f"เด็กชายธนากร {p.last}", with_check_digit("130990091122"), date(2015, 8, 17))]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ย้ายเข้า"
        ws.append(("รายการแจ้งย้ายเข้า",))
        ws.append(("ผู้แจ้งย้าย", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(("ย้ายเข้าบ้านเลขที่", home(a, i)))
        ws.append(("ย้ายมาจาก", ELSEWHERE[2]))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ความสัมพันธ์"))
        ws.append((1, a.name, nid_w(p.nid, i + 1), born_th(p.born, i), "ผู้แจ้ง"))
        for n, (nm, nid, b) in enumerate(kids):
            ws.append((n + 2, nm, nid, born_th(b, i + n), ("ภรรยา", "บุตร")[n]))

    raw = message(a, i, "แจ้งย้ายเข้าทั้งครอบครัว", box(a), text=f"แนบรายชื่อสมาชิกที่ย้ายเข้า{end(a)}\n",
                  files=(("ย้ายเข้า.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_household_move_in", raw, exp(a, ALL))


def xlsx_family_copies(a: Party, i: int) -> Case:
    """A sheet asking certified copies of the family's records: the requester's head
    block, then rows of her parents' and brother's records (names, IDs, what is wanted)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอคัดสำเนา"
        ws.append(("ผู้ขอ", a.name, "เลขบัตร", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("มือถือ", mobile(p.mobile, i), "อีเมล", p.email))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อเจ้าของประวัติ", "เลขประจำตัวประชาชน", "เอกสารที่ขอ", "จำนวน"))
        ws.append((1, f"นายบุญส่ง {p.last}", with_check_digit("330120003345"), "ท.ร.14/1", 1))
        ws.append(
            (2, f"นางทองม้วน {p.last}", with_check_digit("330120003361"), "ท.ร.4 ตอน 1 (มรณบัตร)", 1)
        )
        ws.append((3, f"นายสมศักดิ์ {p.last}", with_check_digit("330120088123"), "ประวัติการเปลี่ยนชื่อ", 2))

    raw = message(a, i, "ขอคัดสำเนาเอกสารของครอบครัว", box(a), text=f"เรียน {desk(a)}\nแนบรายการขอคัดสำเนา{end(a)}\n",
                  files=(("คัดสำเนา.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_family_copies", raw, exp(a, NO_BIRTH))


def xlsx_death_data_sheet(a: Party, i: int) -> Case:
    """A death's data as a sheet (labels in column A): the deceased's rows (ID, birth
    date, date of death, house, the headman's certificate), then the ผู้แจ้ง's rows."""
    p = a.p
    d_name, d_id, d_born, d_died, d_home = DECEASED[(i + 1) % 3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แจ้งตาย"
        for row in [("ข้อมูลผู้ตาย",), ("ชื่อ-สกุล", d_name), ("เลขประจำตัวประชาชน", nid_w(d_id, i)),
                    ("วันเกิด", born_th(d_born, i)), ("วันที่ตาย", born_th(d_died, i + 1)), ("ที่อยู่", d_home),
                    ("หนังสือรับรองการตาย", f"เลขที่ {9 + i}/2569"), (),
                    ("ข้อมูลผู้แจ้ง",), ("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)),
                    ("วันเกิด", born_th(p.born, i + 2)), ("ที่อยู่", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i)),
                    ("เกี่ยวข้องกับผู้ตาย", "ภรรยา" if p.title == "นาง" and d_name.startswith("นาย") else "บุตร")]:  # fmt: skip
            ws.append(row)

    raw = message(a, i, "ข้อมูลแจ้งตาย", box(a), text=f"แนบข้อมูลการแจ้งตาย{end(a)}\n",
                  files=(("แจ้งตาย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_death_data_sheet", raw, exp(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_move_out, (2, 10)),
    (plain_line_forward_birth, (0, 9)),
    (plain_headman_house_number, (6, 10)),
    (plain_thai_digits_death, (1, 11)),
    (plain_android_copy_quoted, (5, 8)),
    (html_gmail_surname_change, (2, 6)),
    (html_outlook_owner_move_in, (8, 4)),
    (html_eservice_add_name, (3, 7)),
    (html_gmail_reply_destination_move, (9, 5)),
    (docx_birth_form_dotted, (1, 11)),
    (docx_headman_certificate, (7, 9)),
    (docx_owner_consent_letter, (3, 5)),
    (docx_given_name_change_table, (0, 10)),
    (pdf_fillable_copy_request, (4, 2)),
    (pdf_fillable_birth_notice, (9, 3)),
    (pdf_typed_owner_removes_person, (11, 1)),
    (pdf_typed_house_number, (3, 6)),
    (xlsx_household_move_in, (7, 0)),
    (xlsx_family_copies, (1, 8)),
    (xlsx_death_data_sheet, (4, 11)),
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
