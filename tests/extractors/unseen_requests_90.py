"""A ninetieth set of requests written by someone who had not read the readers (issue 8):
NUISANCE AND NEIGHBOUR COMPLAINTS (เหตุเดือดร้อนรำคาญ under พ.ร.บ.การสาธารณสุข พ.ศ. 2535)
AND MUNICIPAL SERVICES, to เทศบาลเมืองสิงห์บุรี, เทศบาลตำบลบ้านหมี่, อบต.ถลุงเหล็ก, อบต.ไม้ดัด
and อบต.โพกรวม (Lop Buri, Sing Buri): smoke from burning rubbish, a pig farm's smell, a
karaoke shop's noise, a neighbour's dogs, broken street lights (pole numbers), uncollected
rubbish (the fee's receipts), a blocked drain, a village water supply (meter numbers, the
water bill's account number). Kinds: plain (iPhone, Android Gmail, LINE-forwarded text,
webmail, Outlook), HTML (Gmail with photo captions, Outlook with a households' table, the
city's web-form notification, a reply over the clerk's quoted mail), Word (the city's
complaint form on dotted lines, a headman's letter in Thai digits, a households'
petition, a letter that asks to hide the complainant's name), PDF (fillable complaint and
water forms, typed letters), xlsx (a list of broken poles, households' signatures, a
water user's readings).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings and set 84's test comments).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks), set 31/63 (the villager, not the headman who files for him), set 37 (where
only another's phone is given, phone `()`):
- THE COMPLAINANT (ผู้ร้องเรียน, ผู้แจ้ง) IS THE APPLICANT: her name, ID, birth date where
  she gives them, her phone, her box, her home. This holds where she asks NOT TO BE NAMED
  (ขอปกปิดชื่อ, ไม่ประสงค์เปิดเผยชื่อ) but still gives her name and contacts: the clerk must
  reach her, and hiding her name from the offender is the office's duty, not a reason to
  read no one. Where she gives no name at all (a web form's name left blank as
  "ไม่ประสงค์ออกนาม"), full_name and national_id are `()`; her phone, box and home, where
  given, are still hers.
- THE OFFENDER (ผู้ถูกร้องเรียน: the neighbour, the farm's or shop's owner, their house
  number, phone, business registration) IS NEVER THE APPLICANT, nor his address.
- A VILLAGE HEADMAN (ผู้ใหญ่บ้าน) or a กำนัน who forwards a villager's complaint: the
  villager is the applicant (his name, ID, home); the headman's name, phone, ID and box
  never: the villager's phone and e-mail `()` where only the headman's are given.
- SEVERAL HOUSEHOLDS: the one who writes and signs for them (ผู้แทน, ผู้ประสานงาน, the first
  who says ข้าพเจ้า) is the applicant; the other households' names, house numbers and
  phones in the list never.
- The clerk's name and office line in a quoted mail, a community leader named as witness,
  the water committee's chair never.
Address: the complainant's home, house number to the อำเภอ, with or without เลขที่,
province, postal code; never the offender's house, the farm, the shop, the pole's place,
the drain's. Pole numbers (เสาไฟฟ้าหมายเลข), meter numbers (เลขมาตร), water account numbers
(เลขที่ผู้ใช้น้ำ), receipt numbers, business registration numbers (ทะเบียนพาณิชย์, 13
digits), GPS coordinates, times of the noise and complaint numbers are never an ID or a
phone. Birth date only the complainant's (not scored where not given). Everyone and every
number is invented (13-digit IDs made with with_check_digit); ตำบล, อำเภอ, provinces and
postal codes are real and belong together.
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
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@singburicity.example.go.th"
CITY = "เทศบาลเมืองสิงห์บุรี"
BANMI = "เทศบาลตำบลบ้านหมี่"
THALUNG = "องค์การบริหารส่วนตำบลถลุงเหล็ก"
MAIDAT = "องค์การบริหารส่วนตำบลไม้ดัด"
POKRUAM = "องค์การบริหารส่วนตำบลโพกรวม"
LB = "ลพบุรี"
SB = "สิงห์บุรี"

# The complainants (the applicants).
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บุญเรือน", "ศรีสุข", "316010034512", date(1964, 5, 9), "0816642918", "boonruean.ss@gmail.com",
      "23/4", "", "", "ขุนสรรค์", "บางพุทรา", "เมืองสิงห์บุรี", SB, "16000"),
    P("นาย", "สมชาย", "พึ่งบุญ", "316010021147", date(1958, 10, 22), "0896613304", "",
      "67", "4", "", "", "โพกรวม", "เมืองสิงห์บุรี", SB, "16000"),
    P("นางสาว", "ปิยะนุช", "ทองดี", "116020041183", date(1990, 2, 14), "0627714509", "piyanut.td@hotmail.com",
      "112/8", "2", "", "", "ไม้ดัด", "บางระจัน", SB, "16130"),
    P("นาย", "ประยูร", "เกิดผล", "315050012264", date(1955, 7, 3), "0863302751", "prayoon.kp@gmail.com",
      "9", "6", "", "", "ถลุงเหล็ก", "โคกสำโรง", LB, "15120"),
    P("นาง", "ละเอียด", "มีสุข", "315040023318", date(1961, 12, 30), "0814457720", "",
      "45/1", "3", "", "", "บ้านหมี่", "บ้านหมี่", LB, "15110"),
    P("นาย", "ณรงค์ศักดิ์", "ชูเชิด", "116010052240", date(1986, 4, 18), "0958821346", "narongsak.cc@gmail.com",
      "88/15", "", "วิไลจิตต์ 2", "วิไลจิตต์", "บางพุทรา", "เมืองสิงห์บุรี", SB, "16000"),
    P("นาง", "สายสุนีย์", "แก้วกล้า", "316030018851", date(1969, 8, 8), "0871196045", "saisunee.kk@yahoo.com",
      "201", "5", "", "", "พักทัน", "บางระจัน", SB, "16130"),
    P("นาย", "วีระพงษ์", "อ่อนละมัย", "315010066123", date(1977, 1, 25), "0819935067", "weerapong.ol@gmail.com",
      "14", "1", "", "", "ท่าศาลา", "เมืองลพบุรี", LB, "15000"),
    P("นางสาว", "กาญจนา", "บุญมา", "115040039927", date(1994, 9, 11), "0645530218", "kanjana.bm@gmail.com",
      "5/3", "7", "", "", "สนามแจง", "บ้านหมี่", LB, "15110"),
    P("นาง", "ทองใบ", "จันทร์หอม", "316040011482", date(1952, 3, 17), "0899021763", "",
      "76", "8", "", "", "อินทร์บุรี", "อินทร์บุรี", SB, "16110"),
    P("นาย", "ธีรวัฒน์", "สุขประเสริฐ", "116010077804", date(1992, 6, 6), "0924418830", "teerawat.sp@outlook.com",
      "39/2", "", "", "ประชาธิปไตย", "บางพุทรา", "เมืองสิงห์บุรี", SB, "16000"),
    P("นาง", "จำเนียร", "พูลสวัสดิ์", "315050034405", date(1966, 11, 1), "0836617429", "jamnian.ps@gmail.com",
      "130", "2", "", "", "เกาะแก้ว", "โคกสำโรง", LB, "15120"),
)  # fmt: skip

# Offenders: name, house (short, same place as the complainant's), phone, what they run, registration.
OFFENDERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายสมศักดิ์ บัวทอง", "25/1", "0819087723", "", ""),
    ("นางมาลี ทรัพย์มาก", "71", "0862240915", "ฟาร์มสุกรมาลีฟาร์ม", "ทะเบียนฟาร์มเลขที่ 16-0101-0042"),
    (
        "นายเอกชัย รุ่งเรือง",
        "115/3",
        "0953318406",
        "ร้านคาราโอเกะ เอกชัยคาราโอเกะ",
        "ทะเบียนพาณิชย์เลขที่ 1160100045213",
    ),
    ("นางสาวอรวรรณ ใจดี", "11", "0814406627", "", ""),
    ("นายบุญส่ง เพชรรัตน์", "47", "0892217708", "ฟาร์มหมูบุญส่ง", "ทะเบียนพาณิชย์เลขที่ 3150500110274"),
)

# Village headmen: name, mobile, box, village.
HEADMEN: tuple[tuple[str, str, str, str], ...] = (
    ("นายสุรินทร์ ปานทอง", "0817765410", "surin.headman@gmail.com", "ผู้ใหญ่บ้านหมู่ที่ 6 ตำบลถลุงเหล็ก"),
    ("นายอุดม แสงจันทร์", "0869904127", "udom.pyb8@gmail.com", "ผู้ใหญ่บ้านหมู่ที่ 8 ตำบลอินทร์บุรี"),
)

# Other households who sign a petition: name, house number, phone.
NEIGHBOURS: tuple[tuple[str, str, str], ...] = (
    ("นายสมพงษ์ ทองคำ", "68", "0812204415"),
    ("นางวันเพ็ญ สุขใจ", "70/2", "0895531028"),
    ("นายชาญ ศรีเมือง", "72", "0867740193"),
    ("นางสาวรัตนา พรหมมา", "74/1", "0631189254"),
)

CLERK = ("นางสาวศิริพร วงษ์ทอง", "036-511-042 ต่อ 118", "health@singburicity.example.go.th")


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), to: str = DESK) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set90-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email or 'noreply@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def end(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def own(a: Party, keys: str, *, mail: bool = True) -> dict[str, tuple[str, ...]]:
    """The complainant's own values; no e-mail scored where she has no box or writes
    from another's (mail=False: the box is someone else's, `()`)."""
    e = exp(a, keys)
    if "email" in e and not a.p.email:
        e.pop("email")
    if not mail and "email" in e:
        e["email"] = ()
    return e


def forwarded(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """A villager's complaint forwarded by the headman: the headman's phone and box never."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def headman_of(a: Party) -> tuple[tuple[str, str, str, str], str]:
    """The villager's headman and whom he writes to."""
    if a.p.province == SB:
        return HEADMEN[1], "นายอำเภออินทร์บุรี"
    return HEADMEN[0], f"นายก{THALUNG}"


def offender_at(k: int, a: Party) -> str:
    """The offender's house, in the complainant's own village or street."""
    p = a.p
    h = OFFENDERS[k][1]
    moo = f" หมู่ {p.moo}" if p.moo else (f" ถนน{p.road}" if p.road else "")
    return f"{h}{moo} ตำบล{p.tambon} อำเภอ{p.amphoe}"


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_burning_smoke": "the complainant who asks to stay unnamed; never the neighbour who burns",
    "plain_line_forward_headman": "the villager; never the headman who forwards (his phone, box)",
    "plain_gmail_karaoke_noise": "the complainant; never the shop's owner (phone, registration)",
    "plain_webmail_street_light": "the one who reports; pole numbers and GPS never an ID or phone",
    "plain_outlook_water_supply": "the water user; meter and account numbers never; the committee's chair never",
    "html_gmail_dogs_photos": "the complainant; never the dogs' owner; photo captions' dates and GPS never",
    "html_outlook_households_table": "the representative who writes and signs; the table's households never",
    "html_webform_anonymous": "the complainant as the form gives her (v2: no name, `()`), never the ผู้ถูกร้อง section",
    "html_gmail_reply_drain": "the complainant replying; never the clerk in the quoted mail",
    "docx_city_nuisance_form": "the ผู้ร้อง section; never the ผู้ถูกร้อง section",
    "docx_headman_letter": "the villager named in the headman's letter; never the headman",
    "docx_households_petition": "the ผู้แทน who writes and signs; the petition's list never",
    "docx_karaoke_hidden_name": "the complainant who asks her name be hidden; never the shop",
    "pdf_fillable_nuisance_form": "the complainant_* fields; never respondent_*",
    "pdf_fillable_water_form": "the water user; meter and account fields never",
    "pdf_typed_pig_farm_letter": "the complainant (block top right); never the farm's owner",
    "pdf_typed_headman_dogs": "the villager; never the headman who writes and signs",
    "xlsx_street_light_list": "the reporter in the head block; poles, GPS never",
    "xlsx_households_rubbish": "the ผู้ยื่น in the head block; the households' rows never",
    "xlsx_water_readings": "the water user in the head block; readings, receipts never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_burning_smoke(a: Party, i: int) -> Case:
    """From an iPhone: a neighbour burns rubbish and leaves every evening; the complainant
    asks not to be named, gives her ID and mobile; the neighbour's name, house, phone."""
    p = a.p
    off, _, ophone, _, _ = OFFENDERS[0]
    text = (
        f"เรียน นายกเทศมนตรีเมืองสิงห์บุรี\n\n{me(a)}ขอร้องเรียนเหตุเดือดร้อนรำคาญจากการเผาขยะ "
        f"บ้านข้างเคียงคือ {off} บ้านเลขที่ {offender_at(0, a)} (เบอร์ {mobile(ophone, i + 1)}) "
        "เผาขยะและใบไม้ทุกวันช่วงเวลาประมาณ 17.30-19.00 น. ควันเข้าบ้านทั้งหลัง ลูกเป็นหอบหืด "
        f"เคยพูดกันแล้วแต่ไม่ฟัง ครั้งล่าสุดวันที่ {thai_day(date(2026, 11, 28 - i % 5))} เวลา 18.10 น.\n\n"
        f"ขอปกปิดชื่อผู้ร้องเรียนด้วยนะ{end(a)} ไม่อยากมีปัญหากับเพื่อนบ้าน\n\n"
        f"ชื่อผู้ร้อง {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเดือนปีเกิด {born_th(p.born, i + 1)}\nบ้านเลขที่ {home(a, i)}\n"
        f"โทร {mobile(p.mobile, i)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ร้องเรียนเผาขยะ ควันเข้าบ้าน (ขอปกปิดชื่อ)", box(a), text=text)
    return Case("plain_iphone_burning_smoke", raw, own(a, ALL))


def plain_line_forward_headman(a: Party, i: int) -> Case:
    """A headman pastes a villager's LINE message about a pig farm's smell into a mail
    from his Gmail: the villager's name, ID and house; the farm's owner; his own mobile."""
    p = a.p
    hn, hm, hbox, hrole = HEADMEN[0]
    off, _oh, _ophone, farm, reg = OFFENDERS[1]
    text = (
        f"เรียน นายก{THALUNG}\n\nผมขอส่งต่อเรื่องร้องเรียนของลูกบ้าน ที่ส่งมาทางไลน์ รายละเอียดตามข้างล่างครับ\n\n"
        "---------- ข้อความที่ส่งต่อ ----------\n"
        f"[LINE] ประวัติแชทกับ {p.first}\n{thai_day(date(2026, 11, 30))}\n"
        f"19:42\t{p.first}\tผู้ใหญ่{'ครับ' if p.title == 'นาย' else 'คะ'} กลิ่นฟาร์มหมูของ{off} ({farm} {reg}) แรงมากช่วงนี้ น้ำเสียไหลลงคลองข้างบ้าน\n"
        f"19:43\t{p.first}\t{a.name} บัตร {nid_w(p.nid, i)} บ้านเลขที่ {home(a, i)}\n"
        f"19:45\t{p.first}\tฝากผู้ใหญ่แจ้ง อบต. ให้ด้วย\n"
        "--------------------------------------\n\n"
        f"ผู้ใหญ่บ้านได้ไปดูแล้ว มีกลิ่นจริง ฟาร์มอยู่ห่างบ้านผู้ร้องประมาณ 200 เมตร พิกัด 15.0213, 100.6847\n\n"
        f"{hn}\n{hrole}\nโทร {mobile(hm, i)}\n"
    )
    raw = message(i, "Fwd: ร้องเรียนกลิ่นฟาร์มหมู", f"Surin Panthong <{hbox}>", text=text)
    return Case("plain_line_forward_headman", raw, forwarded(a, NO_BIRTH))


def plain_gmail_karaoke_noise(a: Party, i: int) -> Case:
    """Android Gmail: a karaoke shop's noise past midnight, the nights and hours listed;
    the shop's name, owner, his phone and its 13-digit business registration."""
    p = a.p
    off, _, ophone, shop, reg = OFFENDERS[2]
    nights = "\n".join(
        f"- {thai_day(date(2026, 11, d))} ตั้งแต่ 22.30 น. ถึง 02.{10 + d} น."
        for d in (21 + i % 3, 25, 28)
    )
    text = (
        f"เรียน กองสาธารณสุขและสิ่งแวดล้อม {CITY}\n\n{me(a)} {a.name} อยู่บ้านเลขที่ {home(a, i + 1)} "
        f"ขอร้องเรียน{shop} ซึ่งอยู่ห่างจากบ้าน{me(a)}ประมาณ 30 เมตร เปิดเพลงเสียงดังเกินเวลา คืนที่บันทึกไว้:\n{nights}\n\n"
        f"เจ้าของร้านชื่อ {off} โทร {mobile(ophone, i)} {reg}\n\n"
        f"ได้ใช้แอปวัดเสียงวัดได้ 78-85 dBA ที่หน้าบ้าน ขอให้เจ้าหน้าที่ตรวจวัดด้วย{end(a)}\n"
        f"บัตรประชาชน {me(a)} {nid_w(p.nid, i + 2)}\nเบอร์ติดต่อ {mobile(p.mobile, i + 2)}\n\n-- \n{a.name}\n"
    )
    raw = message(i, "ร้องเรียนเสียงดังร้านคาราโอเกะ", box(a), text=text)
    return Case("plain_gmail_karaoke_noise", raw, own(a, NO_BIRTH))


def plain_webmail_street_light(a: Party, i: int) -> Case:
    """A villager's webmail: three street lights out on the village road, each pole's
    number and place, GPS; her own lines at the end."""
    p = a.p
    poles = [f"เสาไฟฟ้าหมายเลข ลบ.{4410 + i}-{n:02d} หน้าบ้านเลขที่ {30 + 2 * n}" for n in (3, 4, 7)]
    text = (
        f"เรียน นายก{BANMI if p.amphoe == 'บ้านหมี่' else THALUNG}\nเรื่อง แจ้งไฟฟ้าส่องสว่างชำรุด\n\n"
        f"ไฟถนนในหมู่บ้านดับ 3 ต้น ตั้งแต่วันที่ {thai_day(date(2026, 11, 15 + i % 5))} ตอนกลางคืนมืดมาก มีรถจักรยานยนต์ล้มแล้ว 1 ครั้ง\n"
        + "\n".join(poles)
        + f"\nพิกัดต้นแรก 15.{1830 + i}, 100.{5527 + i} (จาก Google Maps)\n"
        f"ชุดหลอดไฟที่ใช้ LED 120W รหัสครุภัณฑ์ 405-62-0{310 + i}\n\n"
        f"ผู้แจ้ง\nชื่อ-สกุล: {a.name}\nที่อยู่: {home(a, i + 2)}\nโทรศัพท์: {tel(a, i + 3)}\n"
    )
    raw = message(i, "แจ้งซ่อมไฟฟ้าส่องสว่าง", box(a), text=text)
    return Case(
        "plain_webmail_street_light",
        raw,
        own(a, "full_name phone email address postal_code province"),
    )


def plain_outlook_water_supply(a: Party, i: int) -> Case:
    """Outlook: the village water supply is off for days and the bill is too high; the
    meter number, the account number, last month's receipt; the water committee's chair
    named with his phone."""
    p = a.p
    text = (
        f"เรียน นายก{MAIDAT}\n\nเรื่อง ประปาหมู่บ้านไม่ไหล และค่าน้ำผิดปกติ\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ผู้ใช้น้ำประปาหมู่บ้าน หมู่ที่ {p.moo or '2'} เกิด {born_th(p.born, i + 2)}\n"
        f"เลขที่ผู้ใช้น้ำ {4410023581 + 97 * i}\nเลขมาตรวัดน้ำ SB{22050 + i}-{717 + i}\n"
        f"ใบเสร็จค่าน้ำเดือนตุลาคม 2569 เล่มที่ {12 + i} เลขที่ {553 + i} จำนวน 486 บาท (ปกติไม่เกิน 150 บาท)\n\n"
        "น้ำไม่ไหลมา 4 วันแล้ว แจ้งประธานคณะกรรมการประปาหมู่บ้าน นายไพโรจน์ นาคสุข 081-227-6604 แล้วยังไม่มีการแก้ไข\n\n"
        f"ที่อยู่ {home(a, i)}\nมือถือ {mobile(p.mobile, i + 3)}\n\n{a.name}\n"
    )
    raw = message(i, "ประปาหมู่บ้านไม่ไหล / ค่าน้ำสูงผิดปกติ", box(a), text=text)
    return Case("plain_outlook_water_supply", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_dogs_photos(a: Party, i: int) -> Case:
    """Gmail with inline photos' captions: a neighbour's five dogs bark all night and
    bit a child; each photo's date, time and GPS; the owner named."""
    p = a.p
    off, _, ophone, _, _ = OFFENDERS[3]
    caps = [f"ภาพที่ {n} สุนัขของบ้านเลขที่ {OFFENDERS[3][1]} ออกมาบนถนน ถ่ายวันที่ {3 + n + i % 3}/11/2569 เวลา 05:{10 + 7 * n} น. "
            f"(15.{2011 + n}, 100.{4102 + i})" for n in (1, 2)]  # fmt: skip
    parts = [f"เรียน ปลัด{POKRUAM}", "",
             f"{me(a)}ขอร้องเรียนเรื่องสุนัขของ {off} (บ้านเลขที่ {offender_at(3, a)}) เลี้ยงไว้ 5 ตัว ไม่ล่าม "
             "เห่าทั้งคืน และกัดเด็กในซอยเมื่อสัปดาห์ก่อน เจ้าของบอกว่าไม่ใช่สุนัขของตน", "",
             *(f"<i>{c}</i>" for c in caps), "",
             f"ผู้ร้องเรียน: {a.name}", f"เลขประจำตัวประชาชน: {nid_w(p.nid, i)}", f"วันเกิด: {born_th(p.born, i)}",
             f"ที่อยู่: {home(a, i + 1)}", f"โทร: {mobile(p.mobile, i + 1)}", "",
             f"(เบอร์เจ้าของสุนัข {mobile(ophone, i)} แต่โทรไปแล้วไม่รับ)"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in parts) + "</div>\n"
    raw = message(i, "ร้องเรียนสุนัขเพื่อนบ้าน", box(a), html=html)
    return Case("html_gmail_dogs_photos", raw, own(a, ALL))


def html_outlook_households_table(a: Party, i: int) -> Case:
    """Outlook: the representative of five households writes about a pig farm's smell
    and wastewater; the households' table (names, houses, phones); his signature."""
    p = a.p
    off, _, _ophone, farm, reg = OFFENDERS[4]
    rows = [(a.name, p.house, mobile(p.mobile, i))] + [
        (n, h, mobile(m, i + 1)) for n, h, m in NEIGHBOURS
    ]
    table = ('<table border="1" cellspacing="0" cellpadding="4"><tr><td>ลำดับ</td><td>ชื่อ-สกุล</td><td>บ้านเลขที่</td><td>โทรศัพท์</td></tr>'
             + "".join(f"<tr><td>{n + 1}</td><td>{x}</td><td>{h}</td><td>{m}</td></tr>" for n, (x, h, m) in enumerate(rows))
             + "</table>")  # fmt: skip
    paras = [f"เรียน นายก{BANMI if p.amphoe == 'บ้านหมี่' else THALUNG}", "",
             f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อยู่บ้านเลขที่ {home(a, i)} "
             f"ในนามตัวแทนชาวบ้านจำนวน 5 ครัวเรือน ขอร้องเรียน{farm} ของ{off} {reg} "
             "ซึ่งปล่อยน้ำเสียและมีกลิ่นเหม็นรบกวน โดยเฉพาะช่วงเช้า 06.00-09.00 น.", "",
             "รายชื่อครัวเรือนที่ได้รับผลกระทบ", table, "", f"ขอให้ติดต่อกลับที่ข้าพเจ้าในฐานะผู้แทน{end(a)}"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{a.name}</b></p><p class="MsoNormal">ผู้แทนชาวบ้าน</p>'
           f'<p class="MsoNormal">Mobile: {tel(a, i + 2)}</p>')  # fmt: skip
    raw = message(i, "ร้องเรียนฟาร์มสุกร (ตัวแทน 5 ครัวเรือน)", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_households_table", raw, own(a, NO_BIRTH))


def html_webform_anonymous(a: Party, i: int) -> Case:
    """The city's online complaint form's notification: the complainant's section (v1
    named, with ไม่ประสงค์เปิดเผยชื่อ ticked; v2 the name left as "ไม่ประสงค์ออกนาม"),
    the respondent's section (the karaoke shop's owner), the ticket's number."""
    p = a.p
    off, _, ophone, shop, reg = OFFENDERS[2]
    named = i % 2 == 0
    rows = [("เลขที่เรื่อง", f"CMP-2569-{1204 + i:05d}"), ("ประเภทเรื่อง", "เหตุเดือดร้อนรำคาญ (เสียง)"),
            ("ชื่อ-นามสกุลผู้ร้อง", a.name if named else "ไม่ประสงค์ออกนาม"),
            ("เลขบัตรประจำตัวประชาชน", nid_w(p.nid, i) if named else "-"),
            ("วันเกิดผู้ร้อง", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"), ("ขอปกปิดข้อมูลผู้ร้อง", "ใช่"), ("เบอร์โทรศัพท์ผู้ร้อง", tel(a, i)), ("อีเมลผู้ร้อง", p.email),
            ("ที่อยู่ผู้ร้อง", home(a, i + 1)),
            ("ชื่อผู้ถูกร้องเรียน", f"{off} ({shop})"), ("ที่ตั้งผู้ถูกร้องเรียน", offender_at(2, a)),
            ("โทรศัพท์ผู้ถูกร้องเรียน", mobile(ophone, i + 2)), ("เลขทะเบียนพาณิชย์", reg.split()[-1]),
            ("รายละเอียด", "เปิดเพลงเสียงดังทุกคืนวันศุกร์-อาทิตย์ ตั้งแต่ 21.00 น. ถึงตี 2"),
            ("วันเวลาที่ยื่น", f"0{1 + i % 6}/12/2569 21:{14 + i}")]  # fmt: skip
    html = ('<html><body><p>มีเรื่องร้องเรียนใหม่จากระบบ e-Service ' + CITY + '</p><table style="border-collapse:collapse">'
            + "".join(f'<tr><th align="left" style="background:#eef">{k}</th><td>{v}</td></tr>' for k, v in rows)
            + "</table><p>อีเมลนี้ส่งโดยอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] เรื่องร้องเรียนใหม่ CMP-2569-{1204 + i:05d}",
        "e-Service <noreply@singburicity.example.go.th>",
        html=html,
    )
    e = own(a, ALL)
    if not named:
        e["full_name"] = ()
        e["national_id"] = ()
    return Case("html_webform_anonymous", raw, e)


def html_gmail_reply_drain(a: Party, i: int) -> Case:
    """A Gmail reply over the clerk's quoted mail that asked for her details: a blocked
    drain in front of her house; her lines above, the clerk's signature quoted below."""
    p = a.p
    cn, cline, cbox = CLERK
    mine = [f"สวัสดี{end(a)}", "", "ตามที่เจ้าหน้าที่ขอข้อมูลเพิ่มเติม ขอแจ้งดังนี้",
            f"ชื่อ {a.name}", f"เลขบัตร {nid_w(p.nid, i + 2)}", f"ที่อยู่ {home(a, i + 2)}", f"เบอร์ {mobile(p.mobile, i)}", "",
            f"ท่อระบายน้ำหน้าบ้านอุดตันยาวประมาณ 40 เมตร ฝาท่อแตก 2 ฝา (ฝาที่ DR-{31 + i} และ DR-{32 + i}) ฝนตกน้ำท่วมขัง มีกลิ่นเหม็นและยุง",
            "", "ขอบคุณ" + end(a)]  # fmt: skip
    quoted = [f"เรียน คุณ{p.first}", "", "กองสาธารณสุขฯ ได้รับเรื่องแจ้งท่อระบายน้ำอุดตันแล้ว ขอทราบชื่อ ที่อยู่ และเบอร์โทรติดต่อกลับ",
              "", "--", cn, "นักวิชาการสุขาภิบาล กองสาธารณสุขและสิ่งแวดล้อม", CITY, f"โทร {cline}"]  # fmt: skip
    html = ('<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in mine) + '</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">เมื่อ วันพุธที่ {2 + i % 3} ธ.ค. 2569 เวลา 10:{15 + i} น. {cn} &lt;{cbox}&gt; เขียนว่า:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + "".join(f"<div>{x or '<br>'}</div>" for x in quoted) + "</blockquote></div>\n")  # fmt: skip
    raw = message(i, "Re: แจ้งท่อระบายน้ำอุดตัน", box(a), html=html)
    return Case("html_gmail_reply_drain", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_city_nuisance_form(a: Party, i: int) -> Case:
    """The city's แบบคำร้องเรียนเหตุเดือดร้อนรำคาญ filled on dotted lines: the ผู้ร้อง's
    lines (ID, age, home, phone), the ผู้ถูกร้องเรียน's (name, house, phone), the event."""
    p = a.p
    off, _, ophone, _, _ = OFFENDERS[0]

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำร้องเรียนเหตุเดือดร้อนรำคาญ (ร.ร.1)")
        d.add_paragraph(f"เขียนที่ {CITY}\t\tวันที่ {2 + i % 5} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(f"ข้าพเจ้า (ผู้ร้อง) ....{a.name}.... อายุ ....{2026 - p.born.year}.... ปี")
        d.add_paragraph(f"เลขประจำตัวประชาชน ....{nid_w(p.nid, i)}....")
        d.add_paragraph(f"ที่อยู่ ....{home(a, i)}....")
        d.add_paragraph(f"โทรศัพท์ ....{mobile(p.mobile, i + 1)}.... E-mail ....{p.email or '-'}....")
        d.add_paragraph(f"ขอร้องเรียน (ชื่อผู้ถูกร้องเรียน/สถานประกอบการ) ....{off}....")
        d.add_paragraph(
            f"ที่ตั้ง ....บ้านเลขที่ {offender_at(0, a)}.... โทรศัพท์ ....{mobile(ophone, i + 2)}...."
        )
        d.add_paragraph("ลักษณะเหตุ [✓] ควัน/ฝุ่น  [ ] เสียง  [ ] กลิ่น  [ ] น้ำเสีย  [ ] อื่นๆ")
        d.add_paragraph(
            f"รายละเอียด ....เผาขยะพลาสติกหลังบ้านเกือบทุกวัน เวลา 16.00-18.00 น. ตั้งแต่วันที่ {thai_day(date(2026, 11, 10 + i))}...."
        )
        d.add_paragraph("[✓] ขอให้ปกปิดชื่อและที่อยู่ของผู้ร้อง")
        d.add_paragraph(f"ลงชื่อ ....{a.name}.... ผู้ร้อง")

    raw = message(i, "ส่งแบบคำร้องเรียนเหตุเดือดร้อนรำคาญ", box(a), text=f"เรียน เจ้าหน้าที่\nแนบแบบคำร้องเรียน{end(a)}\n",
                  files=(("คำร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_city_nuisance_form", raw, own(a, NO_BIRTH))


def docx_headman_letter(a: Party, i: int) -> Case:
    """A headman's letter in Thai digits (ที่ ลบ/สห ...): he forwards a villager's complaint
    about smoke from a rice-straw and rubbish fire; the villager's ID and home; the
    headman signs with his mobile and box."""
    p = a.p
    (hn, hm, hbox, hrole), to = headman_of(a)
    off, _, ophone, _, _ = OFFENDERS[0]
    code = "สห" if p.province == SB else "ลบ"

    def build(d: Any) -> None:
        d.add_paragraph(thai(f"ที่ {code} {80 + i}/2569\t\t\t{hrole}"))
        d.add_paragraph(thai(f"\t\t\t\t{4 + i % 5} ธันวาคม 2569"))
        d.add_paragraph("เรื่อง ส่งเรื่องร้องเรียนเหตุเดือดร้อนรำคาญ")
        d.add_paragraph(f"เรียน {to}")
        d.add_paragraph(
            thai(
                f"ด้วย{a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} บ้านเลขที่ {home(a, i + 1)} "
                f"ได้มาแจ้งต่อผู้ใหญ่บ้านว่า {off} บ้านเลขที่ {OFFENDERS[0][1]} โทร {mobile(ophone, i + 1)} เผาขยะและฟางข้าวใกล้บ้าน ควันเข้าบ้านทุกเย็น "
                f"ผู้ใหญ่บ้านได้ไกล่เกลี่ยแล้วเมื่อวันที่ {20 + i % 5} พฤศจิกายน 2569 แต่ยังไม่ยุติ"
            )
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการตามพระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕")
        d.add_paragraph(thai(f"ขอแสดงความนับถือ\n\n({hn})\n{hrole}\nโทร {mobile(hm, i)}"))

    raw = message(i, "ส่งเรื่องร้องเรียนของลูกบ้าน", f"{hn[3:]} <{hbox}>", text="เรียน อบต.\nส่งหนังสือตามแนบครับ\n",
                  files=(("หนังสือส่งเรื่อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_headman_letter", raw, forwarded(a, ALL))


def docx_households_petition(a: Party, i: int) -> Case:
    """A households' petition in Word: rubbish not collected for three weeks though the
    fees are paid (the receipts' numbers); the ผู้แทน writes, the table lists the
    households with their houses and phones; he signs last."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือร้องเรียน เรื่อง ไม่มีการเก็บขยะ")
        d.add_paragraph("เรียน นายกเทศมนตรีเมืองสิงห์บุรี")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} บ้านเลขที่ {home(a, i)} โทร {mobile(p.mobile, i + 2)} ผู้แทนครัวเรือนตามรายชื่อท้ายหนังสือนี้ "
            f"ขอแจ้งว่ารถเก็บขยะไม่เข้ามาเก็บในซอยตั้งแต่วันที่ {thai_day(date(2026, 11, 9 + i % 3))} ทั้งที่ทุกบ้านชำระค่าธรรมเนียมเก็บขยะแล้ว "
            f"(ใบเสร็จรับเงินเล่มที่ {41 + i} เลขที่ {2050 + i}-{2054 + i} ปีงบประมาณ 2570 เดือนละ 40 บาท)"
        )
        t = d.add_table(rows=1, cols=5)
        for c, h in zip(
            t.rows[0].cells, ("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "โทรศัพท์", "ลายมือชื่อ"), strict=True
        ):
            c.text = h
        for n, (name, h, m) in enumerate([(a.name, p.house, p.mobile), *NEIGHBOURS[i % 2 :]]):
            for c, v in zip(
                t.add_row().cells, (str(n + 1), name, h, mobile(m, n), "(ลงชื่อ)"), strict=True
            ):
                c.text = v
        d.add_paragraph(f"ลงชื่อ ........................ ผู้แทนครัวเรือน\n({a.name})")

    raw = message(i, "หนังสือร้องเรียนไม่มีการเก็บขยะ", box(a), text="แนบหนังสือร้องเรียนพร้อมรายชื่อ\n",
                  files=(("ร้องเรียนขยะ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case(
        "docx_households_petition",
        raw,
        own(a, "full_name phone email address postal_code province"),
    )


def docx_karaoke_hidden_name(a: Party, i: int) -> Case:
    """A letter in Word that asks on its first line that the complainant's name be kept
    secret; the karaoke shop, its owner and registration; her ID, birth date, phone."""
    p = a.p
    off, _, ophone, shop, reg = OFFENDERS[2]

    def build(d: Any) -> None:
        d.add_paragraph("*** ขอให้ปกปิดชื่อผู้ร้องเรียน ห้ามแจ้งให้ผู้ถูกร้องทราบ ***")
        d.add_paragraph(f"{thai_day(date(2026, 12, 1 + i % 5))}")
        d.add_paragraph("เรื่อง ร้องเรียนเสียงดังจากร้านคาราโอเกะ")
        d.add_paragraph("เรียน นายกเทศมนตรีเมืองสิงห์บุรี")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เกิดวันที่ {born_th(p.born, i + 1)} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"อาศัยอยู่บ้านเลขที่ {home(a, i + 1)} ขอร้องเรียน{shop} ของ {off} {reg} โทรศัพท์ {mobile(ophone, i)} "
            "เปิดเครื่องเสียงดังจนถึงเวลา 02.00 น. ทุกคืน ทำให้ผู้สูงอายุในบ้านนอนไม่หลับ"
        )
        d.add_paragraph(f"หากมีข้อสงสัยโปรดติดต่อข้าพเจ้าโดยตรง โทร {mobile(p.mobile, i + 3)}")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n{a.name}")

    raw = message(i, "ร้องเรียน (ขอปกปิดชื่อ)", box(a), text="เรียน เทศบาล\nรายละเอียดตามไฟล์แนบ ขอปกปิดชื่อด้วย\n",
                  files=(("complaint.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_karaoke_hidden_name", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_nuisance_form(a: Party, i: int) -> Case:
    """The อบต.'s fillable complaint form: complainant_* fields (ID as a comb), a hide-name
    box, respondent_* fields (the dogs' owner, her house, phone), the event's date."""
    p = a.p
    off, _, ophone, _, _ = OFFENDERS[3]
    labels = [(20, 20, f"แบบฟอร์มร้องเรียน/ร้องทุกข์ {POKRUAM}"), (20, 32, "ส่วนที่ 1 ผู้ร้องเรียน"),
              (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
              (110, 70, "อีเมล"), (20, 80, "ขอปกปิดชื่อผู้ร้อง"), (20, 95, "ส่วนที่ 2 ผู้ถูกร้องเรียน"),
              (20, 103, "ชื่อ-สกุล"), (20, 113, "ที่อยู่"), (20, 123, "โทรศัพท์"), (20, 138, "เรื่องที่ร้องเรียน"),
              (20, 148, "วันเวลาที่เกิดเหตุ")]  # fmt: skip
    fields = [Field("complainant_name", a.name, 45, 40, 100), Field("complainant_id", p.nid, 60, 50, 55, comb=13),
              Field("complainant_address", home(a, i), 35, 60, 160), Field("complainant_phone", tel(a, i + 1), 45, 70, 55),
              Field("complainant_email", p.email, 125, 70, 70), Field("hide_name", True, 60, 80, kind="check"),
              Field("respondent_name", off, 45, 103, 100), Field("respondent_address", offender_at(3, a), 35, 113, 160),
              Field("respondent_phone", mobile(ophone, i), 45, 123, 55),
              Field("subject", "สุนัขเห่าหอนและไล่กัดคนเดินผ่าน ไม่ล่ามโซ่", 60, 138, 130),
              Field("event_time", f"ทุกคืน 01.00-04.00 น. ล่าสุด {20 + i % 8}/11/2569", 60, 148, 100)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบฟอร์มร้องเรียน", box(a), text="ส่งแบบฟอร์มร้องเรียนตามไฟล์แนบ\n",
                  files=(("form_complaint.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_nuisance_form", raw, own(a, NO_BIRTH))


def pdf_fillable_water_form(a: Party, i: int) -> Case:
    """The อบต.'s fillable water-supply request (a leaking meter, a bill to check): the
    user's fields, meter_no and account_no, the last receipt's number, her birth date."""
    p = a.p
    labels = [(20, 20, f"คำร้องเกี่ยวกับการใช้น้ำประปาหมู่บ้าน {MAIDAT}"), (20, 40, "ชื่อผู้ใช้น้ำ"),
              (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์มือถือ"),
              (110, 70, "อีเมล"), (20, 82, "เลขที่ผู้ใช้น้ำ"), (110, 82, "หมายเลขมาตร"), (20, 92, "เลขที่ใบเสร็จล่าสุด"),
              (20, 104, "เรื่องที่ขอ")]  # fmt: skip
    fields = [Field("user_name", a.name, 50, 40, 100), Field("user_id", nid_w(p.nid, i), 60, 50, 55),
              Field("user_birth", born_th(p.born, i + 1), 135, 50, 45), Field("user_address", home(a, i + 2), 35, 60, 160),
              Field("user_mobile", mobile(p.mobile, i), 50, 70, 55), Field("user_email", p.email, 125, 70, 70),
              Field("account_no", f"{6610042 + 13 * i:010d}", 50, 82, 50), Field("meter_no", f"0{8912045 + i}", 135, 82, 45),
              Field("receipt_no", f"ปภ.{204 + i}/2569", 60, 92, 50),
              Field("request", "มาตรน้ำรั่วซึม ขอเปลี่ยนมาตรและตรวจสอบค่าน้ำเดือนพฤศจิกายน", 50, 104, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(
        i,
        "คำร้องประปาหมู่บ้าน",
        box(a),
        text="แนบคำร้องประปา\n",
        files=(("water_request.pdf", data, PDF),),
    )
    return Case("pdf_fillable_water_form", raw, own(a, ALL))


def pdf_typed_pig_farm_letter(a: Party, i: int) -> Case:
    """A typed letter (Word to PDF): the complainant's block top right, a pig farm's smell
    and flies, the farm's owner, her house and the farm's registration, GPS."""
    p = a.p
    off, _oh, ophone, farm, reg = OFFENDERS[1]
    addr = home(a, 0)
    cut = addr.find(" อำเภอ")
    paras: list[tuple[float, str]] = [(115, addr[:cut]), (115, addr[cut + 1:]), (0, ""),
             (115, f"{3 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ร้องเรียนกลิ่นเหม็นและแมลงวันจากฟาร์มสุกร"),
             (20, f"เรียน นายก{POKRUAM if p.province == SB else THALUNG}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ขอร้องเรียน{farm} ของ{off} "
                  f"ตั้งอยู่เลขที่ {offender_at(1, a)} ({reg} โทร {mobile(ophone, i)}) พิกัด 14.{9034 + i} N 100.{3921 + i} E "
                  "ซึ่งอยู่ห่างบ้านข้าพเจ้าประมาณ 150 เมตร มีกลิ่นเหม็นและแมลงวันจำนวนมาก ตั้งแต่เดือนตุลาคม 2569"),
             (30, f"ข้าพเจ้าขอให้เจ้าพนักงานสาธารณสุขตรวจสอบ ติดต่อข้าพเจ้าได้ที่ {mobile(p.mobile, i + 2)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (112, "ผู้ร้องเรียน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(
        i,
        "ร้องเรียนฟาร์มสุกร",
        box(a),
        text="เรียน อบต.\nแนบหนังสือร้องเรียน\n",
        files=(("ร้องเรียน.pdf", data, PDF),),
    )
    return Case("pdf_typed_pig_farm_letter", raw, own(a, NO_BIRTH))


def pdf_typed_headman_dogs(a: Party, i: int) -> Case:
    """A headman's typed letter as a PDF, his block top left: a villager's complaint of a
    neighbour's dogs; the villager's ID and home; the headman's mobile and his ID."""
    p = a.p
    (hn, hm, hbox, hrole), to = headman_of(a)
    off, _, _ophone, _, _ = OFFENDERS[3]
    hid = with_check_digit("316040005529" if p.province == SB else "315050008712")
    paras: list[tuple[float, str]] = [(20, hrole), (20, f"โทร {mobile(hm, i + 1)}"), (0, ""),
             (115, f"{5 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง ขอให้ตรวจสอบการเลี้ยงสุนัข"),
             (20, f"เรียน {to}"), (0, ""),
             (30, f"ข้าพเจ้า {hn} เลขประจำตัวประชาชน {nid_w(hid, i)} {hrole} ขอส่งเรื่องของ {a.name} "
                  f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ที่อยู่ {home(a, i + 2)} ซึ่งร้องเรียนว่า {off} "
                  f"เลี้ยงสุนัขไว้กว่า 10 ตัว ส่งเสียงเห่าหอนทั้งคืนและมีกลิ่นมูลสุนัข"),
             (30, "ขอให้ อบต. ออกตรวจและแจ้งผลให้ผู้ใหญ่บ้านทราบ"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({hn})"), (110, "ผู้ใหญ่บ้าน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ส่งเรื่องร้องเรียนสุนัข", f"{hn[3:]} <{hbox}>", text="เรียน อบต.\nแนบหนังสือผู้ใหญ่บ้าน\n",
                  files=(("หนังสือผู้ใหญ่บ้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_headman_dogs", raw, forwarded(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_street_light_list(a: Party, i: int) -> Case:
    """A community volunteer's sheet of broken street lights: the head block (the
    reporter's name, phone, home), then one row a pole (number, place, GPS, date)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ไฟดับ"
        ws.append(("รายการไฟฟ้าส่องสว่างชำรุด",))
        ws.append(("ผู้แจ้ง", a.name))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(())
        ws.append(("ลำดับ", "หมายเลขเสา", "ตำแหน่ง", "ละติจูด", "ลองจิจูด", "วันที่พบ"))
        for n in range(4):
            ws.append(
                (
                    n + 1,
                    f"PEA-{160412 + 7 * n + i}",
                    f"หน้าบ้านเลขที่ {40 + 3 * n}",
                    14.8912 + n / 1000,
                    100.4051 + n / 1000,
                    f"{10 + n}/11/2569",
                )
            )

    raw = message(
        i,
        "รายการไฟถนนดับ",
        box(a),
        text="แนบรายการไฟดับในชุมชน\n",
        files=(("ไฟดับ.xlsx", xlsx_bytes(build), XLSX),),
    )
    return Case(
        "xlsx_street_light_list", raw, own(a, "full_name phone email address postal_code province")
    )


def xlsx_households_rubbish(a: Party, i: int) -> Case:
    """A sheet of households who complain the rubbish is not collected: the ผู้ยื่น block
    above (name, ID, phone, home), the households' rows (names, houses, phones, receipts)."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อ"
        ws.append(("รายชื่อครัวเรือนที่ขยะไม่ได้รับการจัดเก็บ",))
        ws.append(("ผู้ยื่นเรื่อง", a.name, "เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("โทร", mobile(p.mobile, i + 1), "ที่อยู่", home(a, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "โทรศัพท์", "เลขที่ใบเสร็จค่าขยะ"))
        for n, (name, h, m) in enumerate(NEIGHBOURS):
            ws.append((n + 1, name, h, mobile(m, n + i), f"{58 + i}/{3301 + n}"))

    raw = message(
        i,
        "รายชื่อครัวเรือน ขยะไม่ได้เก็บ",
        box(a),
        text="ส่งรายชื่อตามแนบ\n",
        files=(("รายชื่อ.xlsx", xlsx_bytes(build), XLSX),),
    )
    return Case("xlsx_households_rubbish", raw, own(a, NO_BIRTH))


def xlsx_water_readings(a: Party, i: int) -> Case:
    """A water user's sheet to dispute a bill: her block (name, ID, account, meter, phone,
    home), the months' readings, units, amounts and receipt numbers."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่าน้ำ"
        ws.append(("ตารางเลขมาตรน้ำประปาหมู่บ้าน",))
        ws.append(("ชื่อผู้ใช้น้ำ", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("วันเกิด", born_th(p.born, i)))
        ws.append(("เลขที่ผู้ใช้น้ำ", f"{3310045 + i:08d}"))
        ws.append(("เลขมาตร", f"{21100876 + i}"))
        ws.append(("เบอร์โทร", mobile(p.mobile, i + 2)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(())
        ws.append(("เดือน", "เลขอ่านครั้งก่อน", "เลขอ่านครั้งนี้", "หน่วย", "บาท", "ใบเสร็จเลขที่"))
        for n, (m, r) in enumerate(
            (("ส.ค. 69", 1204), ("ก.ย. 69", 1219), ("ต.ค. 69", 1233), ("พ.ย. 69", 1297))
        ):
            ws.append(
                (m, r - 15, r, 15 if n < 3 else 64, 75 if n < 3 else 320, f"{7 + i}/{412 + n}")
            )

    raw = message(i, "ขอตรวจสอบค่าน้ำประปา", box(a), text="ค่าน้ำเดือนล่าสุดสูงผิดปกติ แนบตารางเลขมาตร\n",
                  files=(("ค่าน้ำ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_water_readings", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_burning_smoke, (0, 5)),
    (plain_line_forward_headman, (3, 11)),
    (plain_gmail_karaoke_noise, (10, 0)),
    (plain_webmail_street_light, (8, 3)),
    (plain_outlook_water_supply, (2, 6)),
    (html_gmail_dogs_photos, (1, 9)),
    (html_outlook_households_table, (4, 11)),
    (html_webform_anonymous, (5, 2)),
    (html_gmail_reply_drain, (0, 10)),
    (docx_city_nuisance_form, (5, 10)),
    (docx_headman_letter, (9, 3)),
    (docx_households_petition, (1, 7)),
    (docx_karaoke_hidden_name, (0, 6)),
    (pdf_fillable_nuisance_form, (2, 7)),
    (pdf_fillable_water_form, (6, 8)),
    (pdf_typed_pig_farm_letter, (11, 1)),
    (pdf_typed_headman_dogs, (9, 3)),
    (xlsx_street_light_list, (7, 8)),
    (xlsx_households_rubbish, (10, 1)),
    (xlsx_water_readings, (2, 4)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two complainants (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
