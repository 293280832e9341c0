"""A fifty-first set of requests written by someone who had not read the readers (issue 8):
AN ORDINARY WEEK'S INBOX of a SOUTHERN เทศบาลตำบล / อบต. (Pattani, Yala, Narathiwat,
Songkhla, Satun, a few from Phuket, Krabi, Trang, Nakhon Si Thammarat). Not tricks: the
mix such an agency really gets, each kind in its usual shape. Elders' requests typed by a
grandchild on a phone, with Malay words in the greeting (อัสสลามูอะลัยกุม, ตรีมอกาเซะ);
a flood victim whose mosque's imam (a ฮัจญี) vouches for her with his own phone; a son
working in Malaysia forwarding his father's request for the hall for a wedding; the
mosque committee asking for the field for งานเมาลิด (a Hijri date beside the Thai one);
a young woman who studied in Malaysia writing in English and Malay; a Phuket Thai-Chinese
shop owner's ภาษีป้าย (the shop's line and his mobile, the sign's size in cm); Gmail,
Outlook and Yahoo HTML; Word (a form typed with dotted leaders, a wedding letter, the
disability allowance form as a table); a pondok's ODT letter signed by its โต๊ะครู; the
agency's forms exported from Word to PDF (คำร้องขอหนังสือรับรอง, เบี้ยยังชีพ, ผู้ประสบภัย,
ภ.ป.1). Villages written บ้าน.../กำปง... inside the address where people put them; mosques
and pondoks as landmarks in free text; Malay/Yawi words in free text only, never in labels.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the builders and tests of sets 48 and 49, the helpers they import, and the
earlier sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- full_name, national_id, birth_date, phone, email, address (+ province, postal_code):
  the APPLICANT's own: the elder, not the grandchild who types or the son who forwards;
  the flood victim, not the imam who vouches; the mosque committee's secretary who signs
  the เมาลิด request; the pondok's โต๊ะครู who signs its letter (at the pondok's address,
  his `home` here). A kin's, an imam's, a headman's, a groom's values are never hers.
- full_name: as registered, with นาย/นาง/นางสาว: a hajji title a man uses in his
  signature ("ฮัจญีอับดุลเลาะ") is no part of it; where หะยี is part of the registered
  first name (นายหะยีมะแซ) it is.
- phone: her own mobile (+66... or 0...), expected only when she gives one; where she
  gives a shop's or an office's line beside her mobile, either is right.
- email: her own only; a kin's, a forwarder's, a web form's From is never hers.
- birth_date ISO; a flood's, an event's (Hijri or Thai), a lamp's date is never it. A
  sign's size, a water level, a household count, a pole number is never a phone or ID.
- address: her home as set 5's `addresses` accepts it, or as she typed it with the
  village (บ้าน.../กำปง...) between หมู่ and ตำบล; the sign's location on ภ.ป.1 and the
  mosque of a landmark are not her home.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, Person, addresses, docx_bytes
from unseen_requests_11 import PDF
from unseen_requests_49 import (
    ODT,
    age,
    born_th,
    dashed,
    ending,
    html_doc,
    line,
    me,
    mobile,
    odt_bytes,
    pdf_form,
    spaced,
    untitled,
)

# ruff: noqa: E501 -- messages as people type them: long lines

AGENCY = "saraban@barahoh.go.th"


@dataclass(frozen=True)
class Southerner:
    """The applicant (`p`), the village she names, and the relative who types, forwards
    or helps (`kin`)."""

    p: Person
    village: str  # บ้าน... / กำปง..., as she writes it after หมู่
    kin: str  # titled name
    kin_mobile: str
    kin_email: str
    relation: str  # what the kin is to the applicant
    office_line: str  # a landline (shop, office, pondok), 9 digits
    muslim: bool = True
    signs: str = ""  # how he signs where not as registered (a hajji's title)


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, road: str, tambon: str, amphoe: str, province: str, postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  "", road, tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Southerner, ...] = (
    Southerner(P("นาง", "ซาปีเยาะ", "ดอเลาะ", "394010042218", date(1952, 5, 3), "0815427390", "",
                 "21", "3", "", "บาราเฮาะ", "เมืองปัตตานี", "ปัตตานี", "94000"),
               "บ้านกำปงบาราเฮาะ", "นางสาวนูรีซัน ดอเลาะ", "0937715284", "nureesan.d@gmail.com", "หลานสาว", "073331204"),
    Southerner(P("นาย", "มูฮัมหมัดอิลฮัม", "สาและ", "194050011376", date(1992, 10, 17), "0895521063", "ilham.salae@gmail.com",
                 "88/1", "5", "", "ยามู", "ยะหริ่ง", "ปัตตานี", "94150"),
               "บ้านยามู", "นางแวเยาะ สาและ", "0872294156", "", "มารดา", "073391552"),
    Southerner(P("นาย", "หะยีมะแซ", "เจ๊ะแว", "396040023391", date(1949, 1, 22), "0862207415", "",
                 "140", "2", "", "รือเสาะ", "รือเสาะ", "นราธิวาส", "96150"),
               "บ้านกำปงบารู", "นายอาซีซัน เจ๊ะแว", "0614479920", "azeesan.jw@gmail.com", "บุตรชาย", "073571128"),
    Southerner(P("นางสาว", "นูรฮายาตี", "หะยีอาแว", "195010066043", date(1990, 3, 8), "0982231547", "nurhayati.hw@hotmail.com",
                 "12/3", "", "สิโรรส", "สะเตง", "เมืองยะลา", "ยะลา", "95000"),
               "", "นายอับดุลรอมาน หะยีอาแว", "0819907342", "", "บิดา", "073212486"),
    Southerner(P("นาย", "อับดุลเลาะ", "มะเกะ", "395030017725", date(1958, 8, 29), "0847730916", "",
                 "55", "4", "", "เบตง", "เบตง", "ยะลา", "95110"),
               "บ้านกำปงบาโงย", "นางสาวรอฮานี มะเกะ", "0956618203", "rohanee.mk@gmail.com", "บุตรสาว", "073231419",
               signs="ฮัจญีอับดุลเลาะ มะเกะ"),
    Southerner(P("นาง", "ฟาตีเมาะ", "หมัดหลี", "391020035504", date(1961, 12, 14), "0896643107", "fatimoh.madlee@yahoo.com",
                 "9", "1", "", "ควนโดน", "ควนโดน", "สตูล", "91160"),
               "บ้านควนโดนใน", "นายฮาฟิซ หมัดหลี", "0628819475", "hafis.ml@gmail.com", "บุตรชาย", "074795233"),
    Southerner(P("นาย", "อิสมาแอ", "สะมะแอ", "390130028817", date(1975, 6, 2), "0813356284", "ismae.sm@gmail.com",
                 "201", "6", "", "สะบ้าย้อย", "สะบ้าย้อย", "สงขลา", "90210"),
               "บ้านบาโหย", "นางรอกีเยาะ สะมะแอ", "0880047712", "", "ภรรยา", "074377410"),
    Southerner(P("นาย", "วิรัตน์", "หงษ์หยก", "383010054462", date(1966, 2, 19), "0817974405", "wirat.hongyok@gmail.com",
                 "57", "", "ถลาง", "ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000"),
               "", "นางสาวพิมพ์ชนก หงษ์หยก", "0924458831", "pimchanok.hy@gmail.com", "บุตรสาว", "076211583",
               muslim=False),
    Southerner(P("นาง", "อามีเนาะ", "ยูโซะ", "396020019958", date(1955, 11, 5), "", "",
                 "33", "7", "", "เจ๊ะเห", "ตากใบ", "นราธิวาส", "96110"),
               "บ้านตาบา", "นายซุลกิฟลี ยูโซะ", "0643327719", "zulkifli.ys@gmail.com", "หลานชาย", "073581260"),
    Southerner(P("นางสาว", "ซอฟียะห์", "ทองหยู", "181040009235", date(1994, 7, 23), "0935504718", "sofiyah.th@gmail.com",
                 "14/2", "1", "", "อ่าวลึกใต้", "อ่าวลึก", "กระบี่", "81110"),
               "บ้านแหลมสัก", "นายสุไลมาน ทองหยู", "0897765240", "", "บิดา", "075681377"),
    Southerner(P("นาย", "ประเสริฐ", "แก้วมณี", "392030041187", date(1963, 4, 11), "0849912573", "",
                 "77", "3", "", "กันตัง", "กันตัง", "ตรัง", "92110"),
               "บ้านควนกุน", "นางวันเพ็ญ แก้วมณี", "0812276094", "wanpen.km@hotmail.com", "ภรรยา", "075251642",
               muslim=False),
    Southerner(P("นาง", "ฮาบีบ๊ะ", "เส็นหมาน", "380150026619", date(1970, 9, 30), "0867730285", "habibah.sen@outlook.com",
                 "5/1", "8", "", "ท่าศาลา", "ท่าศาลา", "นครศรีธรรมราช", "80160"),
               "บ้านสระบัว", "นายอัมรัน เส็นหมาน", "0957721804", "", "สามี", "075521390"),
    Southerner(P("นาย", "แวอาแซ", "วาเด็งมาเยาะ", "390070038842", date(1980, 2, 27), "0873390614", "",
                 "62", "2", "", "บ้านนา", "จะนะ", "สงขลา", "90130"),
               "บ้านป่างาม", "นางนูรีดา วาเด็งมาเยาะ", "0901127736", "nurida.wd@gmail.com", "ภรรยา", "074207318"),
)  # fmt: skip

Style = Callable[[Southerner, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(
    s: Southerner, keys: str = "", *typed: str, office: bool = False
) -> dict[str, tuple[str, ...]]:
    """Her values for `keys` (all, by default): no phone or e-mail when she gives none;
    her address also as typed with her village in it."""
    p = s.p
    phones = ("+66" + p.mobile[1:], p.mobile) if p.mobile else ()
    if office:
        phones += ("+66" + s.office_line[1:], s.office_line)
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": phones,
        "email": (p.email.lower(),),
        "address": addresses(p, *typed, *villaged(s)),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    names = keys.split() or list(table)
    return {k: table[k] for k in names if not (k == "phone" and not phones)
            and not (k == "email" and not p.email)}  # fmt: skip


def villaged(s: Southerner) -> tuple[str, ...]:
    """Her address from the house number to the district with the village after หมู่, in
    the ways `home_v` writes it."""
    p = s.p
    if not s.village:
        return ()
    return (f"{p.house} ม.{p.moo} {s.village} ต.{p.tambon} อ.{p.amphoe}",
            f"{p.house} หมู่ที่ {p.moo} {s.village} ตำบล{p.tambon} อำเภอ{p.amphoe}",
            f"{p.house} หมู่ {p.moo} {s.village} ตำบล{p.tambon} อำเภอ{p.amphoe}")  # fmt: skip


# --- how people write the values ------------------------------------------------------------


def home(p: Person, k: int) -> str:
    prov = p.province_written if k % 2 else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


def home_v(s: Southerner, k: int) -> str:
    """Her home with the village she names (a town address has none)."""
    p = s.p
    if not s.village:
        return home(p, k)
    if k % 2 == 0:
        return (
            f"{p.house} ม.{p.moo} {s.village} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}"
        )
    return f"{p.house} หมู่ที่ {p.moo} {s.village} ตำบล{p.tambon} อำเภอ{p.amphoe} {p.province_written} {p.postal}"


def phone_or_dash(p: Person, k: int) -> str:
    return mobile(p.mobile, k) if p.mobile else "-"


def grandparent(p: Person) -> str:
    """What a grandchild in the deep south calls her: โต๊ะ (grandma) / โต๊ะปะ (grandpa)."""
    return "โต๊ะปะ" if p.title == "นาย" else "โต๊ะ"


def bride(p: Person) -> str:
    """Whose wedding: a granddaughter's past 65, else a daughter's."""
    return "ของหลานสาว" if age(p) >= 65 else "ของลูกสาว"


def signature(s: Southerner) -> str:
    return s.signs or s.p.name


def kin_from(s: Southerner, n: int) -> str:
    return f"{untitled(s.kin)} <{s.kin_email or f'kin{n}@gmail.com'}>"


def own_or_kin(s: Southerner, n: int) -> str:
    """Her own box when she has one, else the kin's."""
    return "" if s.p.email else kin_from(s, n)


def message(s: Southerner, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), from_: str = "") -> bytes:  # fmt: skip
    p = s.p
    msg = EmailMessage()
    msg["From"] = from_ or (f"{p.first} {p.last} <{p.email}>" if p.email else kin_from(s, n))
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7 + n % 5, 8 + n % 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set51-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip


# --- plain text ----------------------------------------------------------------------------


def plain_grandchild_phone(s: Southerner, i: int) -> Case:
    """A grandchild types her โต๊ะ's allowance request on a phone from her own Gmail: a
    Malay greeting, short lines, her own mobile at the end."""
    p = s.p
    girl = not s.kin.startswith("นาย")
    i_, end = ("หนู", "ค่ะ") if girl else ("ผม", "ครับ")
    g = grandparent(p)
    lines = [f"ชื่อ {p.name}", f"เลขบัตร {(p.nid, dashed(p.nid))[i % 2]}", f"วันเกิด {born_th(p.born, i)}",
             f"ที่อยู่ {home_v(s, i)}"]  # fmt: skip
    lines += [f"เบอร์{g} {mobile(p.mobile, i)}"] if p.mobile else []
    reach = f"ถ้าโทรหา{g}ไม่ติด" if p.mobile else f"{g}ไม่มีโทรศัพท์"
    text = (
        (f"อัสสลามูอะลัยกุม{end}\n" if s.muslim else f"สวัสดี{end}\n")
        + f"{i_}เป็น{s.relation}ของ{p.name} พิมพ์แทน{g}นะ{('ครับ', 'คะ')[girl]} {g}อ่านไทยไม่ค่อยได้ อ่านได้แต่ยาวี\n"
        f"{g}เพิ่งย้ายทะเบียนบ้านมาอยู่กับพวกเรา ต้องลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุใหม่{end}\n\n"
        + "\n".join(lines)
        + f"\n\n{reach} โทรหา{i_}ได้{end} {mobile(s.kin_mobile, i + 1)} ({untitled(s.kin)})\n"
        + (f"ตรีมอกาเซะ{end}" if s.muslim else f"ขอบคุณ{end}")
        + "\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(s, i, f"ลงทะเบียนเบี้ยยังชีพให้{g}", text=text, from_=kin_from(s, i))
    return Case("plain_grandchild_phone", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def plain_flood_imam_vouches(s: Southerner, i: int) -> Case:
    """น้ำท่วม: she asks for help after the flood; the water's height, the days, the
    household; the mosque's imam (a ฮัจญี) vouches at the end with his own mobile."""
    p = s.p
    text = (
        "เรียน นายก อบต.\n\nเรื่อง ขอรับความช่วยเหลือผู้ประสบอุทกภัย\n\n"
        f"{me(p)} {p.name} เลขบัตรประชาชน {dashed(p.nid)} อยู่บ้านเลขที่ {home_v(s, i + 1)} "
        f"บ้านอยู่ติดคลองหลังมัสยิดประจำหมู่บ้าน น้ำท่วมเข้าบ้านสูงประมาณ {80 + 10 * (i % 4)} ซม. "
        f"ตั้งแต่วันที่ {24 + i % 4} พ.ย. 2569 ท่วมอยู่ 6 วัน ข้าวสาร ที่นอน ตู้เย็นเสียหายหมด "
        f"ในบ้านมี {4 + i % 3} คน มีเด็กเล็ก 2 คน ขอถุงยังชีพและค่าซ่อมแซมบ้าน{ending(p)}\n"
        + (f"โทร {mobile(p.mobile, i)}\n" if p.mobile else "")
        + f"\nขอบคุณ{ending(p)} อินชาอัลลอฮ์\n{p.name}\n\n"
        f"ข้าพเจ้า ฮัจญีอิสมาแอ สามะ โต๊ะอิหม่ามมัสยิด{s.village or 'ประจำหมู่บ้าน'} ขอรับรองว่าบ้านหลังนี้ถูกน้ำท่วมจริง "
        f"โทร 08{(i * 37) % 10}-{412 + i}-{7730 + i}\n"
    )
    raw = message(s, i, "ขอความช่วยเหลือน้ำท่วม", text=text, from_=own_or_kin(s, i))
    return Case("plain_flood_imam_vouches", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


def plain_template_reply(s: Southerner, i: int) -> Case:
    """A reply that fills the agency's blank template for หนังสือรับรอง above the quoted
    blank one (Gmail's Thai reply header)."""
    p = s.p
    labels = ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่", "โทรศัพท์", "อีเมล", "เรื่องที่ขอ")
    values = (p.name, (p.nid, spaced(p.nid))[i % 2], born_th(p.born, i + 1), home_v(s, i),
              phone_or_dash(p, i), p.email or "-", "ขอหนังสือรับรองการเป็นผู้มีรายได้น้อย เพื่อยื่นขอทุนการศึกษาให้ลูก")  # fmt: skip
    filled = "\n".join(f"{a}: {b}" for a, b in zip(labels, values, strict=True))
    quoted = "\n".join(f"> {a}: ........................................" for a in labels)
    text = (
        f"{filled}\n\nขอบคุณ{ending(p)}\n\n"
        f"เมื่อ ศ. 4 ธ.ค. 2569 เวลา 10:05 เทศบาลตำบล <{AGENCY}> เขียนว่า:\n"
        "> เรียน ผู้ขอหนังสือรับรอง\n> กรุณากรอกข้อมูลตามแบบด้านล่าง แล้วตอบกลับอีเมลนี้\n>\n"
        f"{quoted}\n>\n> งานทะเบียนราษฎร เทศบาลตำบล โทร 073-331-204\n"
    )
    raw = message(s, i, "Re: แบบขอหนังสือรับรอง", text=text, from_=own_or_kin(s, i))
    return Case("plain_template_reply", raw, exp(s))


def plain_forwarded_from_malaysia(s: Southerner, i: int) -> Case:
    """A son working in Malaysia forwards his parent's request (sent to him on LINE and
    pasted in a mail) for the hall for a wedding, his own note and Malaysian mobile on top."""
    p = s.p
    inner = (
        f"{me(p)} {p.name} อายุ {age(p)} ปี\nบัตรประชาชน {dashed(p.nid)}\n"
        f"บ้านเลขที่ {home_v(s, i)}\n"
        + (f"โทร {mobile(p.mobile, i)}\n" if p.mobile else "")
        + f"ขออนุญาตใช้หอประชุม อบต. จัดงานแต่งงาน{' (มาแกปูโล๊ะ) ' if s.muslim else ''}{bride(p)} วันที่ {17 + i % 6} ม.ค. 2570 "
        "เวลา 10.00-16.00 น. แขกประมาณ 400 คน ขอยืมเต็นท์ 4 หลัง โต๊ะ 40 ตัว\n"
    )
    text = (
        f"ส่งต่อเรื่องของ{('แม่', 'พ่อ')[p.title == 'นาย']}ครับ ผมทำงานร้านอาหารอยู่ที่กัวลาลัมเปอร์ กลับไปยื่นเองไม่ได้ "
        f"(นาย{('ซาการียา', 'ธนพล')[not s.muslim]} {p.last} โทร +60 12-{384 + i} {5521 + i})\n\n"
        "---------- Forwarded message ---------\n"
        f"From: {p.first} {p.last}\nDate: อา. 6 ธ.ค. 2569 เวลา 20:15\nSubject: ขอใช้หอประชุม\n\n{inner}"
    )
    son = ("Zakariya", "Thanaphon")[not s.muslim]
    raw = message(
        s, i, "Fwd: ขอใช้หอประชุม งานแต่ง", text=text, from_=f"{son} <{son.lower()}.my{i}@gmail.com>"
    )
    return Case("plain_forwarded_from_malaysia", raw,
                exp(s, "full_name national_id phone address postal_code province"))  # fmt: skip


def plain_maulid_venue(s: Southerner, i: int) -> Case:
    """The mosque committee's secretary asks for the school field for งานเมาลิด: the
    Hijri date beside the Thai, the guests, the loudspeakers; his details at the end."""
    p = s.p
    role = "เลขานุการคณะกรรมการมัสยิด" if p.title == "นาย" else "ประธานกลุ่มสตรีมุสลิมะห์ของมัสยิด"
    text = (
        "เรื่อง ขออนุญาตใช้สถานที่จัดงานเมาลิดิลนบี\n\nเรียน นายกองค์การบริหารส่วนตำบล\n\n"
        f"ด้วยคณะกรรมการมัสยิด{s.village or 'นูรุลฮูดา'} จะจัดงานเมาลิดิลนบี ประจำปี ฮ.ศ. 1449 "
        f"ในวันที่ {12 + i % 3} เราะบีอุลเอาวัล 1449 ตรงกับวันที่ {15 + i % 3} สิงหาคม 2570 (หมายเหตุ: ปฏิทินจันทรคติ อาจเลื่อน 1 วัน) "
        "เวลา 08.00-17.00 น. มีผู้ร่วมงานประมาณ 1,200 คน มีการอ่านกีตาบและเลี้ยงข้าวหมก (นาซิบรียานี) "
        "จึงขออนุญาตใช้สนามฟุตบอลและลานหน้าอาคาร อบต. และขอยืมเครื่องเสียง 1 ชุด\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        f"ผู้ขออนุญาต {p.name} ({role})\n"
        f"เลขประจำตัวประชาชน {p.nid}\nวันเดือนปีเกิด {born_th(p.born, i + 2)}\n"
        f"ที่อยู่ {home_v(s, i + 1)}\n"
        + (f"โทร {mobile(p.mobile, i + 2)}\n" if p.mobile else "")
        + f"\nวัสลาม\n{signature(s)}\n"
    )
    raw = message(s, i, "ขอใช้สถานที่ งานเมาลิด", text=text, from_=own_or_kin(s, i))
    return Case("plain_maulid_venue", raw, exp(s))


def plain_english_malay(s: Southerner, i: int) -> Case:
    """A young applicant who studied in Malaysia writes in Malay and English: a residence
    certificate for a visa; labels in English, the values as on her card."""
    p = s.p
    text = (
        "Assalamualaikum tuan/puan,\n\n"
        "Saya ingin memohon surat pengesahan tempat tinggal (หนังสือรับรองถิ่นที่อยู่). "
        f"I need a residence certificate for my student visa application (Universiti Malaya, "
        f"intake Feb 2027). Please find my details below:\n\n"
        f"Name: {p.name} (as in ID card)\n"
        f"ID card no.: {dashed(p.nid)}\n"
        f"Date of birth: {p.born.day} {EN_MONTHS[p.born.month - 1]} {p.born.year}\n"
        f"Address: {home_v(s, i)}\n"
        + (f"Tel: {mobile(p.mobile, i)}\n" if p.mobile else "")
        + (f"Email: {p.email}\n" if p.email else "")
        + "\nI can come to collect it on Thursday. Terima kasih banyak.\n\nWassalam,\n"
        + f"{p.first} {p.last}\n"
    )
    raw = message(
        s, i, "Surat pengesahan / residence certificate", text=text, from_=own_or_kin(s, i)
    )
    return Case("plain_english_malay", raw, exp(s))


def plain_road_repair_kampung(s: Southerner, i: int) -> Case:
    """ซ่อมถนน in Malay-influenced Thai: the road into the กำปง, the pondok's children,
    a length in metres; who reports with the ID, home and phone."""
    p = s.p
    text = (
        "อัสสลามูอะลัยกุม\n\nเรียน ท่านนายก\n\n"
        f"ถนนเข้า{s.village or 'กำปง'} จากหน้าบาลาเซาะห์ไปปอเนาะ ยาวประมาณ {600 + 50 * (i % 5)} เมตร ตอนนี้ลูกรังเป็นหลุมมาก "
        "ฝนตกน้ำขังทุกวัน เด็กปอเนาะกับเด็กตาดีกาไปเรียนลำบาก รถมอเตอร์ไซค์ล้มบ่อย "
        f"ชาวบ้านอยากขอให้ อบต. มาลงหินคลุกหรือทำถนนคอนกรีตให้{ending(p)} "
        f"{me(p)}ได้ถามชาวบ้าน 35 ครัวเรือนแล้ว ทุกคนเห็นด้วย\n\n"
        f"ผู้แจ้ง {p.name}\nบัตร ปชช. {p.nid}\nที่อยู่ {home_v(s, i + 1)}\n"
        + (f"โทร {mobile(p.mobile, i + 1)}\n" if p.mobile else "")
        + f"\nตรีมอกาเซะ\n{signature(s)}\n"
    )
    raw = message(s, i, "ขอซ่อมถนนเข้าหมู่บ้าน", text=text, from_=own_or_kin(s, i))
    return Case("plain_road_repair_kampung", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


def plain_sign_tax_shop(s: Southerner, i: int) -> Case:
    """ภาษีป้าย from a shop owner: the shop's name, the sign's size in cm and its text,
    the shop's line and his mobile; his home in the signature."""
    p = s.p
    shop = "ร้านฮกเส่งการค้า" if not s.muslim else "ร้านอัลอามานะห์มินิมาร์ท"
    text = (
        "เรียน งานจัดเก็บรายได้\n\n"
        f"{me(p)}ขอยื่นแบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2570 ของ{shop}{ending(p)}\n"
        f"ป้ายที่ 1 ป้ายไวนิลหน้าร้าน ขนาด {120 + 10 * (i % 5)} x 240 ซม. ข้อความภาษาไทยปนอังกฤษ\n"
        f"ป้ายที่ 2 ป้ายกล่องไฟ ขนาด 60 x 180 ซม. ข้อความภาษา{('จีน', 'ยาวี')[s.muslim]}และภาษาไทย\n"
        "ติดตั้งตั้งแต่ 1 มกราคม 2570 จะเข้าไปชำระเงินที่เทศบาลเอง\n\n"
        f"{p.name}\nเจ้าของ{shop}\nเลขประจำตัวผู้เสียภาษี {p.nid}\n"
        f"ที่อยู่ {home(p, i)}\nโทร {line(s.office_line)} (ร้าน)"
        + (f" / {mobile(p.mobile, i)} (มือถือ)" if p.mobile else "")
        + "\n"
    )
    raw = message(s, i, "ยื่นแบบภาษีป้าย ภ.ป.1", text=text, from_=own_or_kin(s, i))
    return Case("plain_sign_tax_shop", raw,
                exp(s, "full_name national_id phone email address postal_code province", office=True))  # fmt: skip


# --- HTML ---------------------------------------------------------------------------------


def html_gmail_phone(s: Southerner, i: int) -> Case:
    """Gmail on a phone: div per line, a streetlight near the mosque, her details."""
    p = s.p
    lines = [
        "เรียน เจ้าหน้าที่ อบต.",
        "",
        f"แจ้งไฟทางดับ เสาไฟต้นที่ {20 + i} หน้ามัสยิด{s.village or 'กลาง'} ดับมา 10 วันแล้ว "
        f"คนไปละหมาดซุบุฮฺตอนตีห้ามืดมาก ขอให้มาซ่อมด้วย{ending(p)}",
        "",
        f"ชื่อ {p.name}",
        f"เลขบัตร {dashed(p.nid)}",
        f"ที่อยู่ {home_v(s, i)}",
    ]
    lines += [f"โทร {mobile(p.mobile, i)}"] if p.mobile else []
    html = (
        '<div dir="auto">'
        + "".join(f'<div dir="auto">{x or "<br>"}</div>' for x in lines)
        + "</div>\n"
    )
    raw = message(s, i, "แจ้งไฟทางดับหน้ามัสยิด", html=html, from_=own_or_kin(s, i))
    return Case("html_gmail_phone", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


def html_outlook_signature(s: Southerner, i: int) -> Case:
    """A teacher's Outlook HTML: MsoNormal paragraphs asking for a หนังสือรับรอง, then her
    signature with school line and mobile; she sends from her own box."""
    p = s.p
    paras = [
        "เรียน งานทะเบียน เทศบาลตำบล",
        "&nbsp;",
        f"{me(p)} {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home_v(s, i)} ขอหนังสือรับรองการมีภูมิลำเนา เพื่อประกอบการขอย้ายกลับภูมิลำเนา{ending(p)}",
        "&nbsp;",
        f"ขอบคุณ{ending(p)}",
        "&nbsp;",
        f"<b>{p.name}</b>",
        "ครู โรงเรียนบ้านบาโงยซิแน",
        f"โทร {line(s.office_line)}" + (f" | มือถือ {mobile(p.mobile, i)}" if p.mobile else ""),
    ]
    body = "".join(
        f'<p class="MsoNormal"><span lang="TH" style="font-family:\'Tahoma\',sans-serif">{x}</span></p>'
        for x in paras
    )
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt}</style></head>'
            f'<body lang="EN-US"><div class="WordSection1">{body}</div></body></html>\n')  # fmt: skip
    raw = message(s, i, "ขอหนังสือรับรองภูมิลำเนา", html=html, from_=own_or_kin(s, i))
    return Case("html_outlook_signature", raw,
                exp(s, "full_name national_id birth_date phone email address postal_code province", office=True))  # fmt: skip


def html_yahoo_flood(s: Southerner, i: int) -> Case:
    """Yahoo Mail's HTML (yiv divs, <font> tags, <br> lines) asking for flood relief."""
    p = s.p
    rows = [
        "เรียน นายกเทศมนตรี",
        "",
        f"{me(p)}ขอรับเงินช่วยเหลือผู้ประสบภัยน้ำท่วม ปี 2569 {ending(p)} บ้านถูกน้ำท่วม 4 วัน "
        f"(วันที่ {25 + i % 3}-{28 + i % 3} พ.ย.) น้ำสูง 1.20 เมตร",
        f"ชื่อ-สกุล : {p.name}",
        f"เลขบัตรประจำตัวประชาชน : {p.nid}",
        f"วันเกิด : {born_th(p.born, i + 2)}",
        f"ที่อยู่ : {home_v(s, i + 1)}",
        f"โทรศัพท์ : {phone_or_dash(p, i)}",
        "",
        f"ขอบคุณ{ending(p)}",
    ]
    inner = "<br>".join(rows)
    html = html_doc(
        '<div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
        f'<div dir="ltr" data-setdir="false"><font face="Tahoma">{inner}</font></div></div>'
        '<div id="ymail_android_signature"><br>ส่งจาก Yahoo Mail บน Android</div>'
    )
    raw = message(s, i, "ขอเงินช่วยเหลือน้ำท่วม", html=html, from_=own_or_kin(s, i))
    return Case("html_yahoo_flood", raw, exp(s))


def html_webform_table(s: Southerner, i: int) -> Case:
    """The agency's web form mail of a request for an electricity pole: a two-column
    HTML table, sent from the site's noreply box."""
    p = s.p
    rows = [("ประเภทคำร้อง", "ขอขยายเขตไฟฟ้า / ติดตั้งไฟฟ้าส่องสว่าง"), ("ชื่อผู้ยื่น", p.name),
            ("เลขบัตรประชาชน", p.nid), ("ที่อยู่", home_v(s, i)),
            ("เบอร์โทรศัพท์", phone_or_dash(p, i)), ("อีเมล", p.email or "-"),
            ("รายละเอียด", f"ซอยเข้าบ้าน{('ดาโต๊ะ', 'ปูลาโต')[i % 2]} ยาว 300 เมตร ไม่มีไฟเลย ขอเสาไฟ 6 ต้น"),
            ("วันที่ยื่น", f"{2 + i % 6}/12/2569 14:{10 + i}")]  # fmt: skip
    t = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    html = html_doc(f"<p>มีคำร้องใหม่จากเว็บไซต์</p><table border='1' cellspacing='0'>{t}</table>")
    raw = message(s, i, "[คำร้องออนไลน์] ขอติดตั้งไฟฟ้าส่องสว่าง", html=html,
                  from_="เว็บไซต์ อบต. <noreply@barahoh.go.th>")  # fmt: skip
    return Case("html_webform_table", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


# --- Word ---------------------------------------------------------------------------------


def docx_dotted_general_form(s: Southerner, i: int) -> Case:
    """คำร้องทั่วไป typed in Word as the paper looks: dotted leaders, two values a line;
    asks to repair a broken culvert."""
    p = s.p

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องทั่วไป")
        d.add_paragraph("เขียนที่....เทศบาลตำบล....")
        d.add_paragraph(f"วันที่....{7 + i % 4}....เดือน....ธันวาคม....พ.ศ....2569....")
        d.add_paragraph("เรื่อง....ขอให้ซ่อมท่อระบายน้ำที่แตก....")
        d.add_paragraph(f"ข้าพเจ้า....{p.name}....อายุ....{age(p)}....ปี")
        d.add_paragraph(f"เลขประจำตัวประชาชน....{p.nid}....เกิดวันที่....{born_th(p.born, i)}....")
        if p.moo:
            d.add_paragraph(f"อยู่บ้านเลขที่....{p.house}....หมู่ที่....{p.moo}....ตำบล{p.tambon}....")
        else:
            d.add_paragraph(f"อยู่บ้านเลขที่....{p.house}....ถนน{p.road}....ตำบล{p.tambon}....")
        d.add_paragraph(f"อำเภอ{p.amphoe}....จังหวัด{p.province}....รหัสไปรษณีย์....{p.postal}....")
        d.add_paragraph(f"โทรศัพท์....{phone_or_dash(p, i)}....")
        d.add_paragraph("มีความประสงค์....ท่อลอดถนนหน้าบาลาเซาะห์แตก น้ำท่วมขังถนน ขอให้เปลี่ยนท่อใหม่....")
        d.add_paragraph(f"ลงชื่อ....{p.name}....ผู้ยื่นคำร้อง")

    raw = message(s, i, "คำร้องซ่อมท่อ", text=f"ส่งคำร้องตามไฟล์แนบ{ending(p)}\n", from_=own_or_kin(s, i),
                  files=(("คำร้องทั่วไป.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_dotted_general_form", raw, exp(s))


def docx_wedding_letter(s: Southerner, i: int) -> Case:
    """The bride's parent's letter in Word asking for the hall for the wedding feast:
    the couple's names and the imam who will do the นิกะห์ in the text."""
    p = s.p

    def build(d: Any) -> None:
        d.add_paragraph(f"บ้านเลขที่ {p.house} หมู่ {p.moo or '-'}")
        d.add_paragraph(f"{8 + i % 3} ธันวาคม 2569")
        d.add_paragraph("เรื่อง ขออนุญาตใช้ศาลาเอนกประสงค์จัดงานแต่งงาน")
        d.add_paragraph("เรียน นายกองค์การบริหารส่วนตำบล")
        d.add_paragraph(
            f"\tด้วยข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} "
            f"อยู่บ้านเลขที่ {home_v(s, i + 1)} โทร {phone_or_dash(p, i + 1)} "
            f"จะจัดงานแต่งงาน{bride(p)} นางสาวซากีนะห์ {p.last} กับ นายอิมรอน แวมะ "
            f"ในวันที่ {20 + i % 5} ธันวาคม 2569 โดยมี โต๊ะอิหม่ามฮัจญีอับดุลฮาดี ดือราแม เป็นผู้ทำพิธีนิกะห์ "
            "แขกประมาณ 500 คน จึงขออนุญาตใช้ศาลาเอนกประสงค์ และขอยืมโต๊ะ 50 ตัว เก้าอี้ 300 ตัว"
        )
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณาอนุญาต")
        d.add_paragraph(f"ขอแสดงความนับถือ\n({p.name})")

    raw = message(s, i, "ขอใช้ศาลางานแต่ง", text="เรียน อบต. แนบหนังสือขอใช้สถานที่\n", from_=own_or_kin(s, i),
                  files=(("ขอใช้ศาลา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_wedding_letter", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


def docx_disability_table(s: Southerner, i: int) -> Case:
    """The disability allowance form as a Word table, filled by a relative, with the
    carer's row (ผู้ดูแลคนพิการ) below the applicant's."""
    p = s.p
    rows = [("ชื่อ-สกุลคนพิการ", p.name), ("เลขประจำตัวประชาชน", dashed(p.nid)),
            ("วัน/เดือน/ปีเกิด", born_th(p.born, i + 1)), ("ประเภทความพิการ", "ทางการเคลื่อนไหวหรือทางร่างกาย"),
            ("ที่อยู่ตามทะเบียนบ้าน", home_v(s, i + 1)), ("โทรศัพท์", phone_or_dash(p, i)),
            ("ผู้ดูแลคนพิการ", f"{s.kin} ({s.relation})"), ("โทรศัพท์ผู้ดูแล", mobile(s.kin_mobile, i))]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอลงทะเบียนรับเงินเบี้ยความพิการ")
        t = d.add_table(rows=len(rows), cols=2)
        for n, (a, b) in enumerate(rows):
            t.cell(n, 0).text = a
            t.cell(n, 1).text = b

    raw = message(s, i, "คำขอเบี้ยความพิการ", text=f"ส่งแบบคำขอเบี้ยคนพิการของ{p.name}{('ค่ะ', 'ครับ')[s.kin.startswith('นาย')]}\n", from_=kin_from(s, i),
                  files=(("เบี้ยความพิการ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_disability_table", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


# --- ODT ----------------------------------------------------------------------------------


def odt_pondok_letter(s: Southerner, i: int) -> Case:
    """A pondok's letter in LibreOffice asking to use the hall for a religious talk
    (บรรยายศาสนา): the pondok's address at the top, signed by its โต๊ะครู (the applicant,
    at the pondok's address, his `home` here), the pondok's line and his mobile."""
    p = s.p
    pondok = f"ปอเนาะดารุลอูลูม{s.village.removeprefix('บ้าน') if s.village else 'ยะลา'}"
    paras = [
        f"ที่ ปน. {20 + i}/2569",
        pondok,
        f"{p.line()} {p.province_written} {p.postal}",
        f"{9 + i % 3} ธันวาคม 2569",
        "เรื่อง ขออนุญาตใช้หอประชุมจัดงานบรรยายศาสนา",
        "เรียน นายกองค์การบริหารส่วนตำบล",
        f"\tด้วย{pondok} จะจัดงานบรรยายศาสนาและละหมาดฮายัต ในวันที่ 27 ธันวาคม 2569 "
        "เวลา 19.30-22.00 น. ผู้ร่วมงานประมาณ 300 คน จึงขออนุญาตใช้หอประชุม อบต.",
        "ขอแสดงความนับถือ",
        f"({p.name})",
        f"โต๊ะครู{pondok}",
        f"โทร {line(s.office_line)}" + (f" มือถือ {mobile(p.mobile, i)}" if p.mobile else ""),
    ]
    raw = message(s, i, f"หนังสือ{pondok} ขอใช้หอประชุม", text="อัสสลามูอะลัยกุม ส่งหนังสือตามไฟล์แนบ\n",
                  from_=f"{pondok} <pondok{i}@gmail.com>",
                  files=(("หนังสือขอใช้หอประชุม.odt", odt_bytes(paras), ODT),))  # fmt: skip
    return Case(
        "odt_pondok_letter",
        raw,
        exp(s, "full_name phone address postal_code province", office=True),
    )


def odt_flood_form_table(s: Southerner, i: int) -> Case:
    """แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย kept as ODT and filled in as a table."""
    p = s.p
    table = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", spaced(p.nid)),
             ("วันเดือนปีเกิด", born_th(p.born, i)), ("ที่อยู่", home_v(s, i)),
             ("โทรศัพท์", phone_or_dash(p, i)), ("อีเมล", p.email or "-"),
             ("ความเสียหาย", f"น้ำท่วมบ้าน สูง {50 + 10 * (i % 5)} ซม. นาน 4 วัน เครื่องมือประมงเสียหาย"),
             ("วันที่เกิดภัย", f"{27 + i % 3} พฤศจิกายน 2569")]  # fmt: skip
    paras = ["แบบคำร้องขอรับความช่วยเหลือผู้ประสบสาธารณภัย", "เรียน นายก อบต."]
    raw = message(s, i, "คำร้องผู้ประสบภัย", text=f"แนบคำร้อง{ending(p)}\n", from_=own_or_kin(s, i),
                  files=(("คำร้องผู้ประสบภัย.odt", odt_bytes(paras, table), ODT),))  # fmt: skip
    return Case("odt_flood_form_table", raw, exp(s))


# --- PDF (the agency's forms exported from Word) --------------------------------------------


def pdf_certificate_form(s: Southerner, i: int) -> Case:
    """คำร้องขอหนังสือรับรอง, the agency's Word form filled and exported to PDF."""
    p = s.p
    where = f"หมู่ที่ {p.moo} {s.village}" if p.moo else f"ถนน{p.road}"
    lines = ["คำร้องขอหนังสือรับรอง", "เขียนที่ เทศบาลตำบล", f"วันที่ {7 + i % 4} เดือน ธันวาคม พ.ศ. 2569",
             f"ข้าพเจ้า {p.name} อายุ {age(p)} ปี", f"เลขประจำตัวประชาชน {dashed(p.nid)}",
             f"อยู่บ้านเลขที่ {p.house} {where} ตำบล{p.tambon} อำเภอ{p.amphoe}",
             f"จังหวัด{p.province} รหัสไปรษณีย์ {p.postal} โทรศัพท์ {phone_or_dash(p, i)}",
             "มีความประสงค์ขอหนังสือรับรองว่าเป็นผู้มีภูมิลำเนาอยู่ในเขตเทศบาล",
             "เพื่อใช้ประกอบการ ขอรับทุนการศึกษา", f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง"]  # fmt: skip
    raw = message(s, i, "คำร้องขอหนังสือรับรอง (PDF)", text="แนบไฟล์คำร้อง\n", from_=own_or_kin(s, i),
                  files=(("คำร้องขอหนังสือรับรอง.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_certificate_form", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


def pdf_allowance_proxy(s: Southerner, i: int) -> Case:
    """แบบคำขอเบี้ยยังชีพผู้สูงอายุ exported to PDF: the elder's lines, then the proxy's."""
    p = s.p
    lines = ["แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", "ข้อมูลผู้สูงอายุ",
             f"ชื่อ-สกุล {p.name}", f"วัน/เดือน/ปีเกิด {born_th(p.born, i + 2)} อายุ {age(p)} ปี",
             f"เลขประจำตัวประชาชน {p.nid}", f"ที่อยู่ตามทะเบียนบ้าน {home_v(s, i)}",
             f"โทรศัพท์ {phone_or_dash(p, i)}",
             "กรณีผู้สูงอายุมอบอำนาจ", f"ผู้รับมอบอำนาจ {s.kin} โทรศัพท์ {mobile(s.kin_mobile, i + 1)}",
             f"ความเกี่ยวข้อง {s.relation}"]  # fmt: skip
    raw = message(s, i, "คำขอเบี้ยยังชีพ (PDF)", text="ส่งแบบคำขอเบี้ยยังชีพ\n", from_=kin_from(s, i),
                  files=(("เบี้ยยังชีพ.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_allowance_proxy", raw,
                exp(s, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def pdf_disaster_form(s: Southerner, i: int) -> Case:
    """แบบสำรวจความเสียหายผู้ประสบภัย exported to PDF: household, water level, dates,
    her bank account number (for the transfer)."""
    p = s.p
    lines = ["แบบคำร้องขอรับความช่วยเหลือผู้ประสบอุทกภัย ปี 2569", f"ชื่อ-สกุล {p.name}",
             f"เลขประจำตัวประชาชน {dashed(p.nid)} วันเกิด {born_th(p.born, i)}",
             f"ที่อยู่ {home_v(s, i + 1)}",
             f"โทร {phone_or_dash(p, i)}",
             f"สมาชิกในครัวเรือน {3 + i % 5} คน ระดับน้ำในบ้าน {90 + i} ซม.",
             f"วันที่น้ำท่วม {25 + i % 4} พ.ย. 2569 ถึง {30 - i % 3} พ.ย. 2569",
             f"บัญชีธนาคารกรุงไทย เลขที่ 9{i:02d}-0-{58814 + i}-{i % 10}",
             f"ลงชื่อ {p.name} ผู้ยื่นคำร้อง"]  # fmt: skip
    raw = message(s, i, "คำร้องผู้ประสบอุทกภัย (PDF)", text="แนบแบบคำร้อง\n", from_=own_or_kin(s, i),
                  files=(("ผู้ประสบภัย.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_disaster_form", raw, exp(s))


def pdf_sign_tax_form(s: Southerner, i: int) -> Case:
    """ภ.ป.1 exported to PDF: the owner's name, ID and home, then where the sign stands
    (the shop, another address) and its size; the owner's home is what is kept."""
    p = s.p
    lines = ["แบบแสดงรายการภาษีป้าย (ภ.ป.1) ประจำปี 2570",
             f"ชื่อเจ้าของป้าย {p.name}", f"เลขประจำตัวประชาชน {p.nid}",
             f"ที่อยู่ {home(p, i)}", f"โทรศัพท์ {phone_or_dash(p, i)}",
             f"สถานที่ติดตั้งป้าย ร้านค้า เลขที่ {300 + i} ถนนเทศบาล 1 ตลาดสด",
             f"ป้ายประเภท 2 ขนาด {100 + 20 * (i % 5)} x 300 ซม. จำนวน 1 ป้าย",
             f"ลงชื่อ {p.name} เจ้าของป้าย"]  # fmt: skip
    raw = message(s, i, "ภ.ป.1 (PDF)", text="ยื่นแบบภาษีป้ายตามไฟล์แนบ\n", from_=own_or_kin(s, i),
                  files=(("ภป1.pdf", pdf_form(lines), PDF),))  # fmt: skip
    return Case("pdf_sign_tax_form", raw,
                exp(s, "full_name national_id phone email address postal_code province"))  # fmt: skip


STYLES: tuple[Style, ...] = (  # in this order so that each pair of people fits the style
    docx_wedding_letter, plain_flood_imam_vouches, html_outlook_signature, plain_english_malay,
    plain_maulid_venue, pdf_sign_tax_form, plain_forwarded_from_malaysia, plain_grandchild_phone,
    plain_template_reply, odt_pondok_letter, html_gmail_phone, plain_sign_tax_shop,
    pdf_allowance_proxy, docx_disability_table, pdf_certificate_form, html_webform_table,
    odt_flood_form_table, plain_road_repair_kampung, docx_dotted_general_form, html_yahoo_flood,
    pdf_disaster_form,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "odt": "ODT", "pdf": "PDF"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
