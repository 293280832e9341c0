"""A seventy-ninth set of requests written by someone who had not read the readers (issue 8):
THAIS ABROAD AND THEIR FAMILIES AT HOME, writing to เทศบาลตำบลโนนสัง (Nong Bua Lamphu),
อบต.ตูมใต้ (Udon Thani), อบต.นาฝาย (Chaiyaphum) and สำนักงานเขตบางเขน (Bangkok). Workers in
Taiwan, South Korea, Israel, Japan, Qatar and Saudi Arabia; students in Japan and Taiwan;
a Thai woman married in Japan or Germany; their mothers, wives, sisters and brothers at
home who write for them or send on their papers. Foreign mobiles (+886 9xx, +82 10,
+972 5x, +81 90, +974, +966) beside Thai numbers, a dormitory or employer's address abroad
beside the house-registration address, dates written the foreign way or in C.E., passport,
ARC (居留證) and Korean alien registration numbers (외국인등록번호, 13 digits!), visas and
work permits, a Thai embassy's or trade office's reference, remittance slips (a Western
Union MTCN of 10 digits), an employer's letter, a foreign phone's mail UI, powers of
attorney to a relative at home. Kinds: plain (phone mail apps, replies), HTML (Gmail,
Outlook, the district's web form), Word (a power of attorney made at a Thai office abroad,
letters), PDF (a fillable form, typed letters), xlsx (a survey row sheet, a sister's
payments sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the tests and builders of sets 62 and 63, the helpers they import, and the
earlier sets' first docstrings).

Conventions (written down before any run). Set 63's rule: the APPLICANT IS THE ONE THE
REQUEST IS FOR, never the relative who sends it:
- a worker or student abroad who writes for himself: himself;
- a mother, wife, sister or brother at home who asks something FOR the one abroad (a copy
  of his house registration, a certificate for his visa, his land tax paid, his address
  noted): the one abroad. The sender's name, ID, birth date, phone and box never his;
- a power of attorney from the one abroad to a relative at home: the ผู้มอบอำนาจ (abroad);
- a Thai woman married abroad who asks her own surname changed: herself (her name as she
  now signs, or her maiden name which she also gives); her foreign husband's name, birth
  date and passport never.
PHONE: a clerk at the home agency must be able to call back the applicant. Where the
applicant gives his own foreign mobile, it is his phone, normalised with its country code
(+886912345678); where he gives his own Thai number too (a SIM he keeps), that is accepted
as well. A relative's Thai number (the contact person at home) is never the applicant's:
where only the relative's number appears, phone `()`. A foreign number written in its
local form (Taiwan's 0912-..., Israel's 052-...) is still the foreign one: the Thai reading
of its digits (0912345678) is wrong. DOUBT: a clerk may well prefer to call the relative
at home; by set 37's ruling that number is accepted only flagged.
ADDRESS: the applicant's Thai house-registration address (the home agency's register, its
ตำบล/อำเภอ/จังหวัด/postal code), never the dormitory, employer or flat abroad. DOUBT: for a
letter to be mailed to him a clerk might want the address abroad; we hold the Thai one.
Province and postal code of that Thai address. E-MAIL: the applicant's own box where he
writes from it or gives it; a relative's box `()`. Passport, ARC, Korean alien
registration (13 digits in YYMMDD-NNNNNNN), visa, work permit, embassy reference, MTCN and
slip numbers are never a national ID or a phone. BIRTH DATE: only the applicant's, ISO,
whether written in B.E., C.E., 2002/04/15 or 2002年4月15日; never a relative's, a spouse's,
a visa's, a letter's or a remittance's date.
Everyone, every firm and number is invented (13-digit IDs made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

DESK = "saraban@nonsang.example.go.th"
NONSANG = "เทศบาลตำบลโนนสัง"
TUMTAI = "องค์การบริหารส่วนตำบลตูมใต้"
NAFAI = "องค์การบริหารส่วนตำบลนาฝาย"
BANGKHEN = "สำนักงานเขตบางเขน"
NB = "หนองบัวลำภู"
UD = "อุดรธานี"
CP = "ชัยภูมิ"
BKK = "กรุงเทพมหานคร"
NO = ""  # no Thai mobile of his own

# The ones the requests are FOR, at their Thai house-registration address. `mobile` is the
# Thai number of their own where they keep one (else a number never used in a mail).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมศักดิ์", "ภูผาทอง", "139010045521", date(1989, 3, 14), "0812247730", "somsak.phuphathong@gmail.com",
      "45", "3", "", "", "โนนสัง", "โนนสัง", NB, "39140"),
    P("นาย", "ธนากร", "ศรีบุญเรือง", "141050067314", date(1994, 11, 2), "0897715024", "thanakorn.sbr@gmail.com",
      "112", "7", "", "", "ตูมใต้", "กุมภวาปี", UD, "41110"),
    P("นาย", "วีระพงษ์", "แก้วมะลัย", "336010011286", date(1981, 6, 21), "0862214057", "weerapong.km@hotmail.com",
      "9/1", "5", "", "", "นาฝาย", "เมืองชัยภูมิ", CP, "36000"),
    P("นางสาว", "ปิยะวดี", "พลศรี", "139010032458", date(2002, 4, 15), "0628813074", "piyawadee.ps@gmail.com",
      "201", "2", "", "", "กุดดู่", "โนนสัง", NB, "39140"),
    P("นาย", "อนุวัฒน์", "บุตรดี", "141050024573", date(1990, 9, 30), "0818824660", "anuwat.bd90@gmail.com",
      "77", "11", "", "", "กุมภวาปี", "กุมภวาปี", UD, "41110"),
    P("นาง", "ยุพิน", "ทานากะ", "110050052216", date(1986, 1, 12), "0896641183", "yupin.tanaka.th@gmail.com",
      "66/12", "", "พหลโยธิน 52", "พหลโยธิน", "อนุสาวรีย์", "บางเขน", BKK, "10220"),
    P("นาย", "ประเสริฐ", "โคตรชมภู", "336990038801", date(1979, 8, 8), "0935521406", "prasert.kc@gmail.com",
      "19", "", "", "บรรณาการ", "ในเมือง", "เมืองชัยภูมิ", CP, "36000"),
    P("นาย", "จักรพันธ์", "วงศ์คำ", "139990046637", date(1996, 12, 21), "0847790321", "jakkapan.wk@gmail.com",
      "5", "9", "", "", "บ้านถิ่น", "โนนสัง", NB, "39140"),
    P("นางสาว", "ศิริรัตน์", "มูลเมือง", "141990073349", date(2003, 5, 27), "0654418872", "sirirat.mm03@gmail.com",
      "3/9", "6", "", "", "เชียงแหว", "กุมภวาปี", UD, "41110"),
    P("นาง", "กาญจนา", "ชมิดท์", "110050003376", date(1984, 2, 11), "0812290854", "kanjana.schmidt@web.example.de",
      "77/3", "", "พหลโยธิน 48", "พหลโยธิน", "อนุสาวรีย์", "บางเขน", BKK, "10220"),
)  # fmt: skip


@dataclass(frozen=True)
class Abroad:
    """Life abroad: the country, his foreign mobile (+CC digits), how he writes it, the
    address there, passport, the local registration or work permit number."""

    country: str
    e164: str
    written: tuple[str, ...]
    address: str
    passport: str
    permit: str


ABROAD: tuple[Abroad, ...] = (
    Abroad("ไต้หวัน", "+886912345678", ("+886 912-345-678", "+886912345678", "0912-345-678"),
           "No. 18, Ln. 233, Zhongzheng Rd., Guanyin Dist., Taoyuan City 328, Taiwan (R.O.C.) หอพักโรงงาน ห้อง 4F-12",
           "AC2285174", "ARC No. FC01884623"),
    Abroad("เกาหลีใต้", "+821048217735", ("+82 10-4821-7735", "010-4821-7735", "+82-10-4821-7735"),
           "경기도 안산시 단원구 원곡로 45, 302호 (Ansan, Gyeonggi-do 15339, Korea)",
           "AB7741236", "외국인등록번호 941102-5123457"),
    Abroad("อิสราเอล", "+972524183396", ("+972 52-418-3396", "052-418-3396", "+972524183396"),
           "Moshav Ein Yahav, Arava, D.N. Arava 86820, Israel",
           "AA9916204", "B/1 visa No. 417728815"),
    Abroad("ญี่ปุ่น", "+819033182471", ("+81 90-3318-2471", "090-3318-2471", "+81-90-3318-2471"),
           "〒169-0075 東京都新宿区高田馬場3-12-8 コーポ高田 203号室 (Takadanobaba, Shinjuku-ku, Tokyo)",
           "AC5018827", "在留カード番号 UH12345678EA"),
    Abroad("กาตาร์", "+97455128834", ("+974 5512 8834", "+974-5512-8834", "+97455128834"),
           "Building 14, Street 820, Zone 56, Mesaimeer, Doha, Qatar (P.O. Box 22451)",
           "AA7730158", "QID 28976400218"),
    Abroad("ซาอุดีอาระเบีย", "+966551234567", ("+966 55 123 4567", "+966-55-123-4567", "0551234567"),
           "Al Olaya District, King Fahd Road, Riyadh 12214, Saudi Arabia (Camp B-7)",
           "AB3308841", "Iqama No. 2398774410"),
)  # fmt: skip

# Relatives at home who write (name, ID, Thai mobile, box, their own birth date).
KIN: tuple[tuple[str, str, str, str, date], ...] = (
    ("นางบุญมี ภูผาทอง", with_check_digit("339010082214"), "0918824530", "boonmee.pt@gmail.com", date(1962, 7, 3)),
    ("นางสาวอรอุมา ศรีบุญเรือง", with_check_digit("141050095513"), "0806612947", "on-uma.sbr@hotmail.com", date(1998, 2, 19)),
    ("นางจันทร์เพ็ญ แก้วมะลัย", with_check_digit("336010036617"), "0863350918", "janpen.km@gmail.com", date(1983, 10, 9)),
    ("นายสุริยา บุตรดี", with_check_digit("141050058810"), "0951180427", "suriya.bd@gmail.com", date(1987, 5, 30)),
)  # fmt: skip

NEW_NAMES = ("นางกาญจนา ชมิดท์", "นางยุพิน ทานากะ")
MAIDEN = ("นางสาวกาญจนา ศรีสุข", "นางสาวยุพิน ทองดี")
SPOUSES = (
    ("Mr. Markus Schmidt", "C8K2T7M41", date(1979, 6, 4)),
    ("田中 健一 (Mr. Kenichi Tanaka)", "TZ1184520", date(1983, 9, 17)),
)


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = (), extra: dict[str, str] | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 11, (13 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set79-{n}@example.net>"
    for k, v in (extra or {}).items():
        msg[k] = v
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def kin_box(k: int) -> str:
    name = KIN[k][0]
    for t in ("นางสาว", "นาง", "นาย"):
        if name.startswith(t):
            name = name[len(t) :]
            break
    return f"{name} <{KIN[k][3]}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def ce(d: date, k: int) -> str:
    """A date as people abroad write it: C.E. in several shapes."""
    return (f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.day} {('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')[d.month - 1]} {d.year}",
            f"{d.year}年{d.month}月{d.day}日", f"{d.day:02d}.{d.month:02d}.{d.year}")[k % 4]  # fmt: skip


# How a typed PDF's font (Thai and Latin only) carries the addresses and permits abroad.
LATIN = {
    "เกาหลีใต้": (
        "Room 302, 45 Wongok-ro, Danwon-gu, Ansan-si, Gyeonggi-do 15339, Korea",
        "ARC No. 941102-5123457",
    ),
    "ญี่ปุ่น": (
        "Corpo Takada 203, 3-12-8 Takadanobaba, Shinjuku-ku, Tokyo 169-0075, Japan",
        "Residence Card No. UH12345678EA",
    ),
}


def latin(ab: Abroad) -> tuple[str, str]:
    return LATIN.get(ab.country, (ab.address, ab.permit))


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def thai_phone(a: Party) -> tuple[str, ...]:
    m = a.p.mobile
    return ("+66" + m[1:], m)


def himself(
    a: Party, ab: Abroad | None, keys: str, *, thai: bool = False, mail: bool = True
) -> dict[str, tuple[str, ...]]:
    """The applicant writes (or is written for); his foreign mobile where `ab`, his own
    Thai number where `thai`; his own box where `mail`, else `()`."""
    e = exp(a, keys)
    if "phone" in e:
        e["phone"] = ((ab.e164,) if ab else ()) + (thai_phone(a) if thai else ())
    if "email" in e and not mail:
        e["email"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_taiwan_worker_android": "the worker himself; his Taiwan mobile, Thai home; never the dorm, ARC",
    "plain_mother_for_son_korea": "the son in Korea; never the mother (her ID, phone, box)",
    "plain_israel_worker_reply": "the worker himself; never the อบต.'s officer quoted",
    "plain_japan_student_iphone": "the student herself; her mother who collects never",
    "plain_wife_for_husband_qatar": "the husband in Qatar; never the wife who writes",
    "html_gmail_korea_worker_table": "the worker himself; his alien registration number never an ID",
    "html_outlook_japan_employer_forward": "the worker himself; never the employer's HR in the forwarded letter",
    "html_webform_married_abroad": "the woman married abroad; never her foreign husband",
    "html_gmail_sister_for_brother_israel": "the brother in Israel; never the sister who sends",
    "html_gmail_father_for_student_taiwan": "the daughter studying in Taiwan; never the father",
    "docx_poa_from_taiwan_to_mother": "the ผู้มอบอำนาจ abroad; never the mother (ผู้รับมอบอำนาจ), never the trade office",
    "docx_letter_from_gulf": "the worker himself; his Thai home, never Doha",
    "docx_surname_change_married_japan": "the woman herself; never the Japanese husband",
    "docx_brother_for_sister_japan": "the sister in Japan; never the brother who writes",
    "pdf_fillable_abroad_notice": "the worker; never the contact person at home",
    "pdf_typed_embassy_certified": "the worker; never the embassy's officer or reference",
    "pdf_typed_wife_remittance_tax": "the husband abroad (the taxpayer); never the wife, never the MTCN",
    "pdf_typed_student_japan_letter": "the student herself; her Tokyo block never her address",
    "xlsx_migrant_survey_row": "the worker's row; never the contact person's columns",
    "xlsx_sister_payments_sheet": "the brother abroad at the head; never the sister who pays",
}


# --- plain ---------------------------------------------------------------------------------


def plain_taiwan_worker_android(a: Party, i: int) -> Case:
    """A factory worker in Taoyuan asks from his phone for a certified copy of his house
    registration (his company wants it for the contract's renewal): his ARC number, the
    dorm in Taiwan, his Taiwan mobile; the Chinese phone's 'sent from' line."""
    p, ab = a.p, ABROAD[0]
    text = (
        f"เรียน นายกเทศมนตรีตำบลโนนสัง\n\n{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} "
        f"ทะเบียนบ้านอยู่ที่ {home(a, i)} ตอนนี้ทำงานอยู่ที่ไต้หวัน ({ab.permit}, passport {ab.passport}) "
        "บริษัทนายจ้างขอสำเนาทะเบียนบ้านฉบับรับรองเพื่อต่อสัญญาจ้าง ปีหน้า ขอให้ส่งเป็นไฟล์ PDF มาที่อีเมลนี้ได้ไหม"
        f"{ending(a)}\n\nที่พักปัจจุบัน: {ab.address}\n"
        f"โทร (ไต้หวัน) {ab.written[i % 2]} ไลน์ไอดีเดียวกัน\n"
        f"สัญญาจ้างหมด {ce(date(2027, 2, 28), i)}\n\n{a.name}\n\n從我的 Android 手機傳送\n"
    )
    raw = message(i, "ขอสำเนาทะเบียนบ้าน (ทำงานอยู่ไต้หวัน)", box(a), text=text)
    # NO_BIRTH: mended after first sight, a builder slip (the mail never gives his birth date).
    return Case("plain_taiwan_worker_android", raw, himself(a, ab, NO_BIRTH))


def plain_mother_for_son_korea(a: Party, i: int) -> Case:
    """A mother at home asks, from her daughter's old phone box, a certificate of
    residence for her son in Korea (for his E-9 visa): his ID and birth date, his Korean
    mobile; her own ID, age, phone."""
    p, ab = a.p, ABROAD[1]
    kn, kid, km, _, kborn = KIN[0]
    text = (
        f"เรียน เจ้าหน้าที่ทะเบียน {NONSANG if p.province == NB else TUMTAI}\n\n"
        f"ดิฉัน {kn} เลขประจำตัวประชาชน {nid_w(kid, i + 1)} เกิด {born_th(kborn, i)} เป็นแม่ของ {a.name} "
        f"ลูกชายไปทำงานที่เกาหลีใต้ (วีซ่า E-9) ตั้งแต่ปี 2566 ขอหนังสือรับรองว่ามีชื่ออยู่ในทะเบียนบ้าน "
        "ลูกต้องใช้ยื่นต่ออายุวีซ่าที่เกาหลีค่ะ\n\n"
        f"ข้อมูลลูกชาย\nชื่อ {a.name}\nเลขบัตร {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i + 1)}\n"
        f"บ้านเลขที่ {home(a, i + 1)}\nเบอร์ลูกที่เกาหลี {ab.written[(i + 1) % 3]}\n\n"
        f"แม่อยู่บ้านหลังเดียวกัน ติดต่อแม่ได้ที่ {mobile(km, i)} ค่ะ\n\nส่งจากมือถือ Samsung Galaxy ของฉัน\n"
    )
    raw = message(i, "ขอหนังสือรับรองให้ลูกชายที่ทำงานเกาหลี", kin_box(0), text=text)
    return Case("plain_mother_for_son_korea", raw, himself(a, ab, ALL, mail=False))


def plain_israel_worker_reply(a: Party, i: int) -> Case:
    """A farm worker in Israel replies to the อบต.'s answer about his land tax bill: the
    officer's quoted reply (her name, line, the bill's number); his Israeli mobile, the
    moshav; his own Thai number kept for LINE."""
    p, ab = a.p, ABROAD[2]
    text = (
        f"ขอบคุณ{ending(a)} {me(a)}จะให้พี่ชายไปจ่ายแทนภายในเดือนนี้ แต่ขอให้ส่งใบแจ้งหนี้ภาษีที่ดินมาทางอีเมลด้วย\n"
        f"{me(a)} {a.name} เลขบัตร {nid_w(p.nid, i + 2)} บ้านเลขที่ {home(a, i)}\n"
        f"ตอนนี้อยู่ {ab.address}\nโทร {ab.written[i % 3]} หรือเบอร์ไทย {mobile(p.mobile, i)} (เปิดไว้ใช้ไลน์)\n\n"
        f"On Tue, 1 Dec 2026 at 10:14, กองคลัง {NAFAI} <revenue@nafai.example.go.th> wrote:\n"
        f"> เรียน คุณ{p.first}\n> ตามที่สอบถาม ใบแจ้งการประเมินภาษีที่ดินฯ เลขที่ ภดส.{6620 + i}/2569 ยอด 428 บาท\n"
        "> ครบกำหนดชำระ 31 ธันวาคม 2569 ชำระได้ที่ อบต. หรือโอนเข้าบัญชี อบต. แล้วส่งสลิปมา\n"
        "> นางสาวพรทิพย์ ชัยมงคล นักวิชาการจัดเก็บรายได้ โทร 044-056-218\n"
    )
    raw = message(i, "Re: สอบถามภาษีที่ดิน (อยู่อิสราเอล)", box(a), text=text)
    return Case("plain_israel_worker_reply", raw, himself(a, ab, NO_BIRTH, thai=True))


def plain_japan_student_iphone(a: Party, i: int) -> Case:
    """A student in Tokyo asks from her iPhone (Japanese UI) a certificate of residence
    in English for her scholarship; her birth date the Japanese way; her mother will
    collect the paper (the mother's name and phone)."""
    p, ab = a.p, ABROAD[3]
    text = (
        f"เรียน {NONSANG if p.province == NB else TUMTAI}\n\n"
        f"ดิฉัน {a.name} ({p.first.upper()} {p.last.upper()}) นักศึกษาปริญญาโท Waseda University ประเทศญี่ปุ่น "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} 生年月日 {ce(p.born, 2 if i % 2 else 0)} "
        f"ภูมิลำเนาตามทะเบียนบ้าน {home(a, i)}\n"
        "ขอหนังสือรับรองถิ่นที่อยู่ฉบับภาษาอังกฤษ เพื่อยื่นขอทุน JASSO ค่ะ "
        f"ให้คุณแม่ นางสมพร {p.last} โทร 089-447-1102 ไปรับเอกสารแทนได้ค่ะ\n\n"
        f"ติดต่อดิฉัน {ab.written[i % 3]} (LINE เบอร์เดียวกัน)\n{ab.address}\n\n"
        "iPhoneから送信\n"
    )
    raw = message(i, "ขอหนังสือรับรองถิ่นที่อยู่ภาษาอังกฤษ / Certificate of residence", box(a), text=text,
                  extra={"X-Mailer": "iPhone Mail (22B91)"})  # fmt: skip
    return Case("plain_japan_student_iphone", raw, himself(a, ab, ALL))


def plain_wife_for_husband_qatar(a: Party, i: int) -> Case:
    """A wife at home asks for her husband in Doha a certificate that his house is his
    home (his employer's housing allowance): his QID, passport, Qatar mobile; her own ID
    and phone as the one to call."""
    p, ab = a.p, ABROAD[4]
    kn, kid, km, _, _ = KIN[2]
    text = (
        f"เรียน นายก{NAFAI}\n\nดิฉัน {kn} ภรรยาของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"(สามีทำงานอยู่ประเทศกาตาร์ หนังสือเดินทาง {ab.passport} {ab.permit}) "
        f"ขอหนังสือรับรองว่าสามีเป็นเจ้าบ้าน บ้านเลขที่ {home(a, i + 1)} บริษัทที่โดฮาขอใช้ประกอบค่าเบี้ยที่พักค่ะ\n"
        f"เบอร์สามี {ab.written[i % 3]} (WhatsApp)\n"
        f"ดิฉันเลขบัตร {nid_w(kid, i + 2)} ถ้าเอกสารเสร็จโทรหาดิฉัน {mobile(km, i + 1)} จะไปรับเองค่ะ\n\n{kn}\n"
        "\nSent from Yahoo Mail for iPhone\n"
    )
    raw = message(i, "ขอหนังสือรับรองเจ้าบ้านให้สามี (ทำงานกาตาร์)", kin_box(2), text=text)
    return Case("plain_wife_for_husband_qatar", raw, himself(a, ab, NO_BIRTH, mail=False))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_korea_worker_table(a: Party, i: int) -> Case:
    """A worker in Ansan asks in Gmail (Korean UI) to be noted as living abroad for the
    village's survey: a table of his values, his alien registration number (13 digits),
    both phones, both addresses."""
    p, ab = a.p, ABROAD[1]
    rows = [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i)),
            ("ที่อยู่ตามทะเบียนบ้าน", home(a, i + 1)), ("ที่อยู่ที่เกาหลี", ab.address),
            ("외국인등록번호 (ARC)", ab.permit.split()[-1]), ("Passport", ab.passport),
            ("โทรเกาหลี", ab.written[i % 3]), ("เบอร์ไทย (ยังใช้อยู่)", mobile(p.mobile, i + 1)),
            ("นายจ้าง", "(주)한성정밀 Hansung Precision Co., Ltd. ☎ +82 31-491-7720")]  # fmt: skip
    table = "".join(
        f"<tr><td style='border:1px solid #ccc;padding:4px'>{k}</td><td style='border:1px solid #ccc;padding:4px'>{v}</td></tr>"
        for k, v in rows
    )
    html = (f'<div dir="ltr"><div>สวัสดี{ending(a)} ขอแจ้งข้อมูลว่า{me(a)}ไปทำงานที่เกาหลีใต้ เพื่อสำรวจแรงงานของ อบต.{ending(a)}</div><br>'
            f"<table style='border-collapse:collapse'>{table}</table><br><div>ขอบคุณ{ending(a)}</div>"
            f'<div>{a.name}</div><br><div style="color:#888">Gmail 앱에서 보냄</div></div>\n')  # fmt: skip
    raw = message(i, "แจ้งข้อมูลแรงงานไปทำงานต่างประเทศ (เกาหลี)", box(a), html=html)
    return Case("html_gmail_korea_worker_table", raw, himself(a, ab, ALL, thai=True))


def html_outlook_japan_employer_forward(a: Party, i: int) -> Case:
    """A technical intern in Aichi forwards from Outlook his employer's letter (English and
    Japanese, the company's address and line, the HR manager's name) and asks the เทศบาล
    a certificate of good conduct; his own lines above the forward."""
    p, ab = a.p, ABROAD[3]
    body = [f"เรียน ปลัด{NONSANG if p.province == NB else TUMTAI}", "",
            f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิด {born_th(p.born, i + 2)}",
            f"ที่อยู่ตามทะเบียนบ้าน {home(a, i)}",
            f"ขอหนังสือรับรองความประพฤติ เพื่อใช้ต่อสถานะผู้ฝึกงานทางเทคนิค (技能実習) ที่ญี่ปุ่น ตามหนังสือบริษัทด้านล่าง{ending(a)}",
            f"โทร {ab.written[i % 3]}", "", "________________________________",
            "From: 人事部 佐藤 美咲 (Misaki Sato, HR) &lt;hr@toyoda-seiko.example.co.jp&gt;",
            "Sent: Monday, November 30, 2026 9:12 AM", f"To: {p.first} {p.last}", "Subject: Employment certificate / 在職証明書", "",
            f"This is to certify that Mr. {p.first.upper()} {p.last.upper()} (Passport No. {ab.passport}, Residence Card {ab.permit.split()[-1]}) "
            "is employed by Toyoda Seiko Co., Ltd. as a technical intern since 2024/04/01, period of stay until 2027/03/31.",
            "Toyoda Seiko Co., Ltd. 〒448-0021 愛知県刈谷市八軒町5-50 TEL +81-566-21-4410", "人事部長 佐藤 美咲"]  # fmt: skip
    paras = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in body)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-family:"Leelawadee UI"}</style></head>'
            f'<body lang="JA"><div class="WordSection1">{paras}</div></body></html>\n')  # fmt: skip
    raw = message(
        i, "FW: Employment certificate / 在職証明書 — ขอหนังสือรับรองความประพฤติ", box(a), html=html
    )
    e = himself(a, ab, ALL)
    return Case("html_outlook_japan_employer_forward", raw, e)


def html_webform_married_abroad(a: Party, i: int) -> Case:
    """The district's web form (บันทึกฐานะแห่งครอบครัว / change of surname after a
    marriage registered abroad): her current and maiden names, her ID and birth date; the
    husband's name, passport and birth date; her phone abroad, her address abroad and in
    Bangkok."""
    p = a.p
    k = 0 if p.first == "กาญจนา" else 1
    sp_name, sp_pass, sp_born = SPOUSES[k]
    country, e164, written, abroad_addr = (
        ("เยอรมนี", "+4915112345678", "+49 151 1234 5678", "Lindenstraße 27, 10969 Berlin, Germany")
        if k == 0
        else ("ญี่ปุ่น", "+818045571203", "+81 80-4557-1203", "大阪府大阪市北区梅田1-2-3-1504")
    )
    rows = [("ประเภทคำขอ", "เปลี่ยนชื่อสกุลตามคู่สมรส (จดทะเบียนสมรสที่ต่างประเทศ)"),
            ("ชื่อ-สกุล (ปัจจุบัน)", NEW_NAMES[k]), ("ชื่อ-สกุลเดิม", MAIDEN[k]),
            ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน/เดือน/ปีเกิด", born_th(p.born, i)),
            ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)), ("ที่อยู่ปัจจุบัน (ต่างประเทศ)", abroad_addr),
            ("โทรศัพท์", written), ("อีเมล", p.email),
            ("ชื่อคู่สมรส", sp_name), ("สัญชาติคู่สมรส", "เยอรมัน" if k == 0 else "ญี่ปุ่น"),
            ("หนังสือเดินทางคู่สมรส", sp_pass), ("วันเกิดคู่สมรส", ce(sp_born, 3 if k == 0 else 0)),
            ("วันที่จดทะเบียนสมรส", ce(date(2025, 9, 6), 3 if k == 0 else 2)), ("ประเทศที่จดทะเบียน", country),
            ("เลขที่รับรองคำแปล (กรมการกงสุล)", f"กต 0904/{51230 + i}")]  # fmt: skip
    tr = "".join(f"<tr><th align='left'>{x}</th><td>{y}</td></tr>" for x, y in rows)
    html = (f"<html><body><h3>{BANGKHEN} — แบบคำขอออนไลน์ (e-Service)</h3><p>เลขที่คำขอ BKN-2569-{88120 + i}</p>"
            f"<table border='1' cellpadding='4'>{tr}</table><p>ส่งจากระบบ e-Service อัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] คำขอเลขที่ BKN-2569-{88120 + i}",
        "e-Service สำนักงานเขตบางเขน <noreply@bangkhen.example.go.th>",
        html=html,
    )
    e = exp(a, ALL)
    e["full_name"] = (NEW_NAMES[k], MAIDEN[k])
    e["phone"] = (e164,)
    return Case("html_webform_married_abroad", raw, e)


def html_gmail_sister_for_brother_israel(a: Party, i: int) -> Case:
    """A sister sends on in Gmail her brother's power of attorney (scanned, from Israel)
    and asks to register his new motorbike shop's ทะเบียนพาณิชย์ in his name: his lines as
    a list, his Israeli number; her own ID and phone as the proxy."""
    p, ab = a.p, ABROAD[2]
    kn, kid, km, _, _ = KIN[1]
    lines = [f"เรียน {NONSANG if p.province == NB else TUMTAI}", "",
             f"ดิฉัน {kn} ผู้รับมอบอำนาจจากน้องชาย ขอยื่นจดทะเบียนพาณิชย์แทนน้องชายที่ทำงานอยู่อิสราเอลค่ะ", "",
             "ข้อมูลผู้ประกอบการ (น้องชาย)", f"• ชื่อ {a.name}", f"• เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}",
             f"• เกิด {born_th(p.born, i)}", f"• ที่อยู่ {home(a, i + 2)}", f"• โทร {ab.written[(i + 2) % 3]}",
             f"• หนังสือเดินทาง {ab.passport}", "",
             f"ผู้รับมอบอำนาจ {kn} เลขบัตร {nid_w(kid, i)} โทร {mobile(km, i + 2)}", "",
             "แนบหนังสือมอบอำนาจที่รับรองโดยสถานเอกอัครราชทูต ณ เทลอาวีฟ (ที่ ทอ 1207/2569) ค่ะ", "", "--", kn]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, "ยื่นจดทะเบียนพาณิชย์แทนน้องชาย (อยู่อิสราเอล)", kin_box(1), html=html)
    return Case("html_gmail_sister_for_brother_israel", raw, himself(a, ab, ALL, mail=False))


def html_gmail_father_for_student_taiwan(a: Party, i: int) -> Case:
    """A father replies in Gmail to the เทศบาล's question and asks a copy of his
    daughter's birth record (for her study visa in Taiwan): her ID, birth date, her
    Taiwan mobile in its local form; his own ID and birth date above."""
    p, ab = a.p, ABROAD[0]
    fname, fid = f"นายสมชาย {p.last}", with_check_digit("339010071145")
    quote = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ จ. 30 พ.ย. 2569 เวลา 14:02 งานทะเบียนราษฎร '
             '&lt;tabien@nonsang.example.go.th&gt; เขียนว่า:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             "กรุณาแจ้งเลขประจำตัวประชาชนและวันเกิดของผู้ที่ต้องการสำเนาทะเบียนคนเกิด โทร 042-378-114</blockquote></div>")  # fmt: skip
    lines = [f"ผม {fname} เลขบัตร {nid_w(fid, i)} เกิด {born_th(date(1968, 1, 22), i)} เป็นพ่อครับ",
             f"ลูกสาว {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เกิด {born_th(p.born, i + 1)}",
             f"ทะเบียนบ้าน {home(a, i + 1)}",
             "ลูกเรียนอยู่ National Taiwan University of Science and Technology ต้องใช้สำเนาทะเบียนคนเกิดต่อวีซ่านักเรียนครับ",
             f"เบอร์ลูก (ไต้หวัน) {ab.written[2]}", "ขอบคุณครับ"]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x}</div>" for x in lines) + f"</div><br>{quote}\n"
    raw = message(
        i,
        "Re: ขอสำเนาทะเบียนคนเกิดให้ลูกสาว (เรียนที่ไต้หวัน)",
        f"Somchai {p.last} <somchai.father{i}@gmail.com>",
        html=html,
    )
    return Case("html_gmail_father_for_student_taiwan", raw, himself(a, ab, ALL, mail=False))


# --- Word ----------------------------------------------------------------------------------


def docx_poa_from_taiwan_to_mother(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ made at the Thai trade office in Taipei: the worker (his ID,
    passport, Taiwan address, home in Thailand) grants his mother the power to receive
    his compensation from the เทศบาล for land taken for a road; the office's number."""
    p, ab = a.p, ABROAD[0]
    kn, kid, km, _, kborn = KIN[0]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(
            f"ทำที่ สำนักงานการค้าและเศรษฐกิจไทย ไทเป\nวันที่ {ce(date(2026, 11, 20 + i % 5), 1)}"
        )
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} หนังสือเดินทางเลขที่ {ab.passport} "
            f"เกิดวันที่ {born_th(p.born, i + 2)} มีภูมิลำเนาตามทะเบียนบ้านเลขที่ {home(a, i + 1)} "
            f"ปัจจุบันพักอยู่ที่ {ab.address} โทรศัพท์ {ab.written[i % 2]}"
        )
        d.add_paragraph(
            f"ขอมอบอำนาจให้ {kn} เลขประจำตัวประชาชน {nid_w(kid, i + 1)} เกิดวันที่ {born_th(kborn, i)} "
            f"อยู่บ้านเลขที่เดียวกัน โทรศัพท์ {mobile(km, i)} ซึ่งเป็นมารดาของข้าพเจ้า "
            f"เป็นผู้มีอำนาจรับเงินค่าทดแทนที่ดินที่ถูกเวนคืนเพื่อขยายถนนสายโนนสัง-กุดดู่ และลงนามในเอกสารที่เกี่ยวข้องแทนข้าพเจ้าต่อ{NONSANG}"
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({kn})\n\n"
            f"รับรองลายมือชื่อ เลขที่ ทป {3310 + i}/2569 เจ้าหน้าที่กงสุล นายวรเชษฐ์ อินทรสุวรรณ โทร +886 2 2581 1979"
        )

    raw = message(i, "ส่งหนังสือมอบอำนาจจากไต้หวัน (รับเงินค่าทดแทน)", box(a),
                  text=f"เรียน {NONSANG}\nส่งหนังสือมอบอำนาจให้แม่ไปรับเงินแทน{ending(a)} ต้นฉบับแม่จะถือไปเอง\n",
                  files=(("หนังสือมอบอำนาจ_Taipei.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_from_taiwan_to_mother", raw, himself(a, ab, ALL))


def docx_letter_from_gulf(a: Party, i: int) -> Case:
    """A worker's Word letter written in Doha: his address there top right, the date in
    C.E.; he asks the อบต. to waive the surcharge on his land tax paid late, his Thai
    home in the body; his Qatar and Thai numbers below."""
    p, ab = a.p, ABROAD[4] if i % 2 == 0 else ABROAD[5]

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t{ab.address}")
        d.add_paragraph(f"\t\t\t\t{ce(date(2026, 11, 28), 3 if i % 2 else 1)}")
        d.add_paragraph(f"เรื่อง ขอยกเว้นเงินเพิ่มภาษีที่ดินและสิ่งปลูกสร้าง\nเรียน นายก{NAFAI}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เจ้าของที่ดินและบ้านเลขที่ {home(a, i)} "
            f"ได้เดินทางไปทำงานที่ประเทศ{ab.country}ตั้งแต่ปี 2567 ({ab.permit}) จึงไม่ได้รับใบแจ้งการประเมินภาษี "
            f"และชำระล่าช้าเมื่อวันที่ {thai_day(date(2026, 10, 12))} ตามใบเสร็จเลขที่ 0087/{1204 + i} ขอให้พิจารณายกเว้นเงินเพิ่ม"
        )
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({a.name})\nโทร {ab.written[i % 2]} / เบอร์ไทย {mobile(p.mobile, i)}\nอีเมล {p.email}"
        )

    raw = message(i, "ขอยกเว้นเงินเพิ่มภาษีที่ดิน (ทำงานต่างประเทศ)", box(a),
                  text=f"เรียน กองคลัง อบต.นาฝาย\nแนบหนังสือ{ending(a)}\n",
                  files=(("letter_from_abroad.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_letter_from_gulf", raw, himself(a, ab, NO_BIRTH, thai=True))


def docx_surname_change_married_japan(a: Party, i: int) -> Case:
    """A Thai woman married in Japan (or Germany) writes in Word to the Bangkok district
    to change her surname in the house registration: her names old and new, her ID and
    birth date; the husband's name, passport, birth date; the consular reference."""
    p = a.p
    k = 0 if p.first == "กาญจนา" else 1
    sp_name, sp_pass, sp_born = SPOUSES[k]

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\tวันที่ {thai_day(date(2026, 12, 1 + i % 7))}")
        d.add_paragraph(f"เรื่อง ขอเปลี่ยนชื่อสกุลตามคู่สมรสในทะเบียนบ้าน\nเรียน ผู้อำนวยการ{BANGKHEN}")
        d.add_paragraph(
            f"ข้าพเจ้า {NEW_NAMES[k]} (ชื่อเดิม {MAIDEN[k]}) เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
            f"เกิดวันที่ {born_th(p.born, i + 1)} มีชื่ออยู่ในทะเบียนบ้านเลขที่ {home(a, i + 1)} "
            f"ได้จดทะเบียนสมรสกับ {sp_name} หนังสือเดินทางเลขที่ {sp_pass} เกิดวันที่ {ce(sp_born, 0)} "
            f"ณ ประเทศ{'เยอรมนี' if k == 0 else 'ญี่ปุ่น'} เมื่อวันที่ {ce(date(2025, 9, 6), 2 if k else 3)} "
            f"และได้บันทึกฐานะแห่งครอบครัว ณ สถานเอกอัครราชทูต เลขที่ {('สอท.บ.', 'สอท.ต.')[k]} {418 + i}/2568 แล้ว"
        )
        d.add_paragraph(
            "จึงขอเปลี่ยนชื่อสกุลในทะเบียนบ้านและทำบัตรประจำตัวประชาชนใหม่เมื่อกลับไทยเดือนมกราคม 2570"
        )
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n({NEW_NAMES[k]})\nโทร {mobile(p.mobile, i)} (เบอร์ไทย ใช้ได้ทาง LINE)\n{p.email}"
        )

    raw = message(i, "ขอเปลี่ยนชื่อสกุลตามคู่สมรส (สมรสต่างประเทศ)", box(a),
                  text="เรียน ฝ่ายทะเบียน สำนักงานเขตบางเขน\nแนบคำร้องค่ะ\n",
                  files=(("คำร้องเปลี่ยนชื่อสกุล.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = himself(a, None, ALL, thai=True)
    e["full_name"] = (NEW_NAMES[k], MAIDEN[k])
    return Case("docx_surname_change_married_japan", raw, e)


def docx_brother_for_sister_japan(a: Party, i: int) -> Case:
    """A brother writes in Word for his sister in Japan (her school asks a certificate
    that her parents live at home, a letter on her behalf): her ID, birth date, Japanese
    mobile; his own ID, birth date, phone at the foot."""
    p, ab = a.p, ABROAD[3]
    bn, bid, bm, _, bborn = KIN[3]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"\t\t\t\t\t{home(a, i + 2)}\n\t\t\t\t\t{thai_day(date(2026, 12, 3 + i % 5))}"
        )
        d.add_paragraph(f"เรื่อง ขอหนังสือรับรองแทนน้องสาวซึ่งศึกษาอยู่ประเทศญี่ปุ่น\nเรียน นายก{TUMTAI}")
        d.add_paragraph(
            f"ข้าพเจ้า {bn} เลขประจำตัวประชาชน {nid_w(bid, i)} เกิดวันที่ {born_th(bborn, i)} "
            f"พี่ชายของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i + 2)} "
            f"ซึ่งมีชื่ออยู่ในทะเบียนบ้านเลขที่ {home(a, i)} ขณะนี้ศึกษาอยู่ที่ {ab.address} "
            "ขอหนังสือรับรองการเป็นผู้มีภูมิลำเนาในเขต อบต. เพื่อยื่นต่อมหาวิทยาลัย"
        )
        d.add_paragraph(f"ติดต่อน้องสาวได้ที่ {ab.written[(i + 1) % 3]} (LINE)")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({bn})\nพี่ชาย ผู้ยื่นแทน\nโทร {mobile(bm, i + 1)}")

    raw = message(i, "ขอหนังสือรับรองแทนน้องสาว (เรียนญี่ปุ่น)", kin_box(3),
                  text="เรียน อบต.ตูมใต้\nแนบหนังสือขอรับรองครับ\n",
                  files=(("หนังสือขอรับรอง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_brother_for_sister_japan", raw, himself(a, ab, ALL, mail=False))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_abroad_notice(a: Party, i: int) -> Case:
    """The อบต.'s fillable แบบแจ้งข้อมูลผู้ไปทำงานต่างประเทศ (English field names): the
    worker's values, the address in Thailand and abroad, phone abroad; the contact person
    at home (name, relation, phone)."""
    p = a.p
    ab = ABROAD[(1, 5)[i % 2]]
    kn, _, km, _, _ = KIN[(2, 3)[i % 2]]
    labels = [(40, 18, "แบบแจ้งข้อมูลผู้ไปทำงานต่างประเทศ"), (70, 26, TUMTAI),
              (20, 40, "ชื่อ-สกุล"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่ตามทะเบียนบ้าน"),
              (20, 70, "ประเทศ"), (110, 70, "เลขหนังสือเดินทาง"), (20, 80, "ที่อยู่ในต่างประเทศ"), (20, 90, "โทรศัพท์ (ต่างประเทศ)"),
              (20, 100, "อีเมล"), (20, 115, "บุคคลที่ติดต่อได้ในประเทศไทย"), (120, 115, "เกี่ยวข้องเป็น"), (20, 125, "โทรศัพท์ผู้ติดต่อ")]  # fmt: skip
    fields = [Field("name", a.name, 45, 40, 100), Field("nid", p.nid, 60, 50, 55, comb=13),
              Field("dob", born_th(p.born, i), 135, 50, 45), Field("addr_th", home(a, i), 60, 60, 140),
              Field("country", ab.country, 40, 70, 60), Field("passport_no", ab.passport, 145, 70, 45),
              Field("addr_abroad", ab.address, 60, 80, 140), Field("phone_abroad", ab.written[0], 65, 90, 70),
              Field("email", p.email, 40, 100, 80), Field("contact_name", kn, 80, 115, 40),
              Field("contact_relation", ("ภรรยา", "พี่ชาย")[i % 2], 145, 115, 40), Field("contact_phone", mobile(km, i), 60, 125, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แบบแจ้งข้อมูลผู้ไปทำงานต่างประเทศ", box(a), text=f"ส่งแบบฟอร์มที่กรอกแล้ว{ending(a)}\n",
                  files=(("form_abroad.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_abroad_notice", raw, himself(a, ab, ALL))


def pdf_typed_embassy_certified(a: Party, i: int) -> Case:
    """A worker's typed letter from Korea (Word to PDF), asking a copy of his land's tax
    record for a bank loan at home, with the Thai embassy's certification of his
    signature below (its number, the officer, the embassy's line)."""
    p, ab = a.p, ABROAD[1]
    paras: list[tuple[float, str]] = [(115, f"{ce(date(2026, 11, 25), 0)}"), (0, ""),
             (20, "เรื่อง ขอคัดสำเนาหลักฐานการชำระภาษีที่ดิน"), (20, f"เรียน นายก{NAFAI if p.province == CP else TUMTAI}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i + 1)} "
                  f"ภูมิลำเนาบ้านเลขที่ {home(a, i + 2)} ปัจจุบันทำงานที่ {latin(ab)[0]} "
                  "ขอคัดสำเนาหลักฐานการชำระภาษีที่ดินปี 2567-2569 เพื่อยื่นขอสินเชื่อกับ ธ.ก.ส. โดยมอบให้ภรรยาไปรับแทน"),
             (30, f"ติดต่อข้าพเจ้าได้ที่ {ab.written[i % 3]}  อีเมล {p.email}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (0, ""),
             (20, f"สถานเอกอัครราชทูต ณ กรุงโซล รับรองลายมือชื่อข้างต้น เลขที่ สอท.ซล. {2569}/{1847 + i}"),
             (20, "(นางสาวภัทรา วงศ์ทอง) เลขานุการเอก  โทร +82 2-795-3098")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอคัดสำเนาหลักฐานภาษีที่ดิน (รับรองโดยสถานทูตโซล)", box(a), text="แนบหนังสือครับ\n",
                  files=(("certified_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_embassy_certified", raw, himself(a, ab, ALL))


def pdf_typed_wife_remittance_tax(a: Party, i: int) -> Case:
    """A wife's typed letter: she paid her husband's land tax with money he sent from
    Saudi Arabia / Israel (the MTCN, 10 digits, the slip's date); the tax is in his name,
    his ID; her own block top right and her phone."""
    p = a.p
    ab = ABROAD[(5, 2)[i % 2]]
    kn, _, km, _, _ = KIN[2]
    mtcn = ("0627418853", "8427019356")[i % 2]
    paras: list[tuple[float, str]] = [(115, kn), (115, f"โทร {mobile(km, i)}"), (0, ""),
             (115, f"{thai_day(date(2026, 12, 4 + i % 3))}"), (0, ""),
             (20, "เรื่อง ขอให้ออกใบเสร็จภาษีที่ดินในนามสามี"), (20, f"เรียน ผู้อำนวยการกองคลัง {NAFAI}"), (0, ""),
             (30, f"ดิฉัน {kn} ภรรยาของ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เจ้าของที่ดินและบ้านเลขที่ {home(a, i + 1)} "
                  f"ซึ่งทำงานอยู่ประเทศ{ab.country} ได้ชำระภาษีที่ดินปี 2569 แทนสามีด้วยเงินที่สามีโอนมาทาง Western Union "
                  f"(MTCN {mtcn} ลงวันที่ {ce(date(2026, 11, 18), 3)}) ขอให้ออกใบเสร็จในนามสามี และส่งสำเนาให้สามีทางอีเมล"),
             (30, f"โทรศัพท์สามี {ab.written[0]}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({kn})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ขอใบเสร็จภาษีในนามสามี (ทำงานต่างประเทศ)", kin_box(2), text="เรียน กองคลัง\nแนบหนังสือค่ะ\n",
                  files=(("หนังสือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_wife_remittance_tax", raw, himself(a, ab, NO_BIRTH, mail=False))


def pdf_typed_student_japan_letter(a: Party, i: int) -> Case:
    """A student's typed letter from Tokyo, Thai with English: her Tokyo address block
    top left, the date in C.E.; she asks a copy of her house registration translated for
    her visa; her birth date in C.E.; her Japanese and Thai numbers."""
    p, ab = a.p, ABROAD[3]
    paras: list[tuple[float, str]] = [(20, latin(ab)[0]), (20, f"Tel. {ab.written[i % 3]}  E-mail {p.email}"), (0, ""),
             (120, ce(date(2026, 12, 2), 1)), (0, ""),
             (20, "เรื่อง ขอสำเนาทะเบียนบ้านฉบับแปลเป็นภาษาอังกฤษ"), (20, f"เรียน นายทะเบียน{NONSANG if p.province == NB else TUMTAI}"), (0, ""),
             (30, f"ดิฉัน {a.name} (Miss {p.first.title()}) เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
                  f"date of birth {ce(p.born, 1)} มีชื่อในทะเบียนบ้านเลขที่ {home(a, i + 1)} "
                  f"ปัจจุบันศึกษาที่ประเทศญี่ปุ่น ({latin(ab)[1]}) ขอสำเนาทะเบียนบ้านพร้อมคำแปลภาษาอังกฤษ "
                  "เพื่อยื่นต่ออายุวีซ่านักศึกษา (Extension of Period of Stay) ภายในวันที่ 15 January 2027"),
             (30, f"หากมีข้อสงสัย ติดต่อดิฉันที่ {ab.written[(i + 1) % 3]} หรือเบอร์ไทย {mobile(p.mobile, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "Request: house registration copy (English) / ขอสำเนาทะเบียนบ้าน", box(a), text="Please find the attached letter. ขอบคุณค่ะ\n",
                  files=(("request_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_student_japan_letter", raw, himself(a, ab, ALL, thai=True))


# --- sheets --------------------------------------------------------------------------------


def xlsx_migrant_survey_row(a: Party, i: int) -> Case:
    """The อบต.'s survey sheet of villagers working abroad, filled by the worker: the
    header row, his row (values, address in Thailand and abroad, phone abroad), the
    contact person's columns (name, phone) at the right."""
    p = a.p
    ab = ABROAD[(2, 0)[i % 2]]
    kn, _, km, _, _ = KIN[(1, 0)[i % 2]]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แรงงานต่างประเทศ"
        ws.append(
            (f"แบบสำรวจข้อมูลแรงงานที่ไปทำงานต่างประเทศ {NAFAI if p.province == CP else TUMTAI} ปี 2569",)
        )
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "วันเดือนปีเกิด",
                "บ้านเลขที่/ที่อยู่ในไทย",
                "ประเทศ",
                "ที่อยู่ต่างประเทศ",
                "โทรศัพท์ต่างประเทศ",
                "อีเมล",
                "เลขหนังสือเดินทาง",
                "ผู้ติดต่อในไทย",
                "โทรผู้ติดต่อ",
            )
        )
        ws.append(
            (
                1,
                a.name,
                nid_w(p.nid, i),
                born_th(p.born, i + 2),
                home(a, i),
                ab.country,
                ab.address,
                ab.written[1 if i % 2 else 0],
                p.email,
                ab.passport,
                kn,
                mobile(km, i),
            )
        )

    raw = message(i, "ส่งแบบสำรวจแรงงานต่างประเทศ", box(a), text=f"กรอกแบบสำรวจแล้ว{ending(a)}\n",
                  files=(("survey.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_migrant_survey_row", raw, himself(a, ab, ALL))


def xlsx_sister_payments_sheet(a: Party, i: int) -> Case:
    """A sister's sheet of what she paid for her brother abroad (land tax, water, the
    rubbish fee): his values at the head (ID, home, phone abroad), the payments with
    their slip numbers and dates, her own name, ID and phone as ผู้ชำระแทน at the foot."""
    p = a.p
    ab = ABROAD[(4, 1)[i % 2]]
    kn, kid, km, _, _ = KIN[1]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ค่าใช้จ่ายแทนน้อง"
        ws.append(("สรุปรายการชำระเงินแทนเจ้าของบ้าน (ทำงานต่างประเทศ)",))
        ws.append(("เจ้าของบ้าน", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทร", ab.written[i % 3]))
        ws.append(())
        ws.append(("วันที่", "รายการ", "เลขที่ใบเสร็จ/สลิป", "จำนวนเงิน"))
        ws.append(("2026-10-05", "ภาษีที่ดินฯ 2569", f"0087/{1411 + i}", 512))
        ws.append(("2026-11-02", "ค่าน้ำประปา ต.ค.", f"WTR{690231 + i}", 148))
        ws.append(("2026-11-20", "เงินโอนจากต่างประเทศ (Western Union)", "MTCN 5519026477", 15000))
        ws.append(())
        ws.append(("ผู้ชำระแทน", kn, nid_w(kid, i), mobile(km, i)))

    raw = message(i, "รายการชำระเงินแทนน้องชาย", kin_box(1), text="เรียน กองคลัง\nแนบสรุปรายการที่ชำระแทนน้องชายที่ทำงานต่างประเทศค่ะ ขอใบเสร็จในนามน้องชาย\n",
                  files=(("payments.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_sister_payments_sheet", raw, himself(a, ab, NO_BIRTH, mail=False))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for.
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_taiwan_worker_android, (0, 4)),
    (plain_mother_for_son_korea, (7, 1)),
    (plain_israel_worker_reply, (2, 6)),
    (plain_japan_student_iphone, (3, 8)),
    (plain_wife_for_husband_qatar, (6, 2)),
    (html_gmail_korea_worker_table, (1, 7)),
    (html_outlook_japan_employer_forward, (4, 0)),
    (html_webform_married_abroad, (9, 5)),
    (html_gmail_sister_for_brother_israel, (1, 4)),
    (html_gmail_father_for_student_taiwan, (3, 8)),
    (docx_poa_from_taiwan_to_mother, (0, 7)),
    (docx_letter_from_gulf, (2, 6)),
    (docx_surname_change_married_japan, (5, 9)),
    (docx_brother_for_sister_japan, (8, 3)),
    (pdf_fillable_abroad_notice, (6, 1)),
    (pdf_typed_embassy_certified, (2, 4)),
    (pdf_typed_wife_remittance_tax, (2, 6)),
    (pdf_typed_student_japan_letter, (8, 3)),
    (xlsx_migrant_survey_row, (6, 0)),
    (xlsx_sister_payments_sheet, (1, 4)),
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
