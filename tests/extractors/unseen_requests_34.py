"""A thirty-fourth set of requests written by someone who had not read the readers (issue 8):
REQUESTERS WHOSE IDENTITY IS WRITTEN UNUSUALLY: police and military ranks, ว่าที่ ranks,
academic and medical titles, monks with their ฉายา and temple, ม.ร.ว./ม.ล., a child's
request filed by a parent and a child's own scholarship form, changed names, nicknames and
maiden names, foreigners with a passport and no Thai ID, a Thai name in Latin letters,
pink-card holders, companies and partnerships as applicants, Bangkok condominium
addresses, addresses in one run without labels, and several phones at once; in plain
bodies, HTML bodies, Word files, PDF text layers and sheets, and a few mails that are not
requests at all.

Written before reading `extractors/` or `config/` (only the harness, set 33's test and
builder, the helpers it imports, and the earlier sets' docstrings, style names and their
expected names for ranks, titles and monks were read).

Conventions (written down before any run), for full_name:
- นาย, นาง, นางสาว, ด.ช., ด.ญ. are attached to the first name, one space before the family
  name: "นายธีรวัฒน์ ศรีบุญเรือง", "ด.ญ.ปาริชาต บุญมา" (issue 8).
- Ranks, ว่าที่ ranks, academic, medical and royal titles are KEPT as written, attached or
  with the one space the writer put after them; both are accepted, as sets 3, 14 and 18
  accept them: "พ.ต.ท.ธีรวัฒน์ ศรีบุญเรือง" or "พ.ต.ท. ธีรวัฒน์ ศรีบุญเรือง"; the same for
  ร.ต.อ., จ.ส.อ., ส.ต.ท.หญิง, พลทหาร, ร้อยตำรวจเอก written out, ผศ.ดร., รศ., ดร., นพ., พญ.,
  ทพ., ม.ร.ว., ม.ล.; ว่าที่ ร.ต. as typed, squeezed (ว่าที่ร.ต.) or spaced (set 14).
- A monk's name is his monastic title attached to his name, then his ฉายา in the family
  name's place: "พระครูสุนทรธรรมวิมล ฐิตปญฺโญ" (sets 3, 14, 18); "(นามสกุลเดิม ...)" after
  it is accepted too (set 14), and so is the word "ฉายา" left between the two where he
  wrote it ("พระบุญมี ฉายา ปภสฺสโร"): a clerk reads it right either way. His ID is his
  own (monks keep their ID cards), his temple is his address.
- A changed name: the CURRENT name is right (ปัจจุบันชื่อ / เปลี่ยนชื่อเป็น / ชื่อใหม่),
  the former one wrong. A nickname in brackets and a maiden name (นามสกุลเดิม) are not part
  of the name: only "นางวิไลวรรณ พึ่งทอง" is right (sets 2 and 14).
- A foreigner writing in English: the name as written with its English title, with or
  without the title's dot, or without the title (set 10): "Mr. Daniel Whitmore",
  "Mr Daniel Whitmore", "Mr.Daniel Whitmore", "Daniel Whitmore". A Thai writing his
  name in Latin letters only: the same, in Latin letters (the mail gives nothing else).
- A child filed for by a parent: the PARENT who writes (ข้าพเจ้า ... ขอยื่นแทนบุตร) is
  the applicant, the child is not (set 33's newborn). A child's own scholarship form
  naming the child as ผู้ขอรับทุน: the child is the applicant ("ด.ญ.X Y"), with the
  contact phone the form gives in the child's block; the guardian's lines are not hers.
- A company or a partnership as applicant (บริษัท ... จำกัด, หจก.): the applicant whose
  name, ID, phone and address are recorded is the natural person who signs for it
  (กรรมการผู้มีอำนาจลงนาม / หุ้นส่วนผู้จัดการ), as set 12 expected: a case's personal
  fields describe a person, the one the clerk calls and who answers for the request. The
  13-digit เลขทะเบียนนิติบุคคล is NOT a national ID: where the signer's own ID is not
  given, no ID (or a flagged one) is right. The company's office phone and address are
  not the signer's; where only the firm's office address is given, no address is expected.

For national_id: a 13-digit number with a valid check digit on a pink card (ทร.38/1,
บัตรสีชมพู, เลขประจำตัวคนซึ่งไม่มีสัญชาติไทย; starting 00 or 6) IS the holder's ID; a
passport number is never an ID: a foreigner with only a passport has no ID (none, or a
flagged one, is right).
For phone: where several are given (บ้าน, มือถือ, ที่ทำงาน ต่อ ...), the applicant's own
MOBILE is expected (a clerk calls back the mobile; set 33's rule); where the only number
is an office line with an extension (02-xxx-xxxx ต่อ 1234), the line without the
extension (021234567 or +6621234567) is right. A station's, hospital's, faculty's or
company's number in a signature is not the applicant's.
For address: the applicant's home as typed (Bangkok condos with ห้องเลขที่/ชั้น/อาคาร,
ซอย, ถนน, แขวง, เขต; กรุงเทพฯ/กทม. for the province; ม. ต. อ. จ. abbreviations), with or
without the province and postal code; never a workplace, station, hospital, faculty or
company office. province is the full name (กรุงเทพมหานคร for กรุงเทพฯ/กทม.).
Outcomes: an out-of-office reply signed with a rank, and a read receipt, open no case;
a request from a company's mail server does.
Everyone and every number is invented; every 13-digit number made with with_check_digit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body, two_each
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import (
    DOCX,
    XLSX,
    Person,
    docx_bytes,
    expect,
    intl,
    pdf_page,
    thai_date,
    xlsx_bytes,
)
from unseen_requests_11 import PDF, Attachment, dashed_phone
from unseen_requests_13 import dashed_id
from unseen_requests_26 import _doc_title, _set

# ruff: noqa: E501 -- mails as people type them: long lines

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "ธีรวัฒน์", "ศรีบุญเรือง", with_check_digit("340150067219"), date(1981, 5, 17),
           "0817742690", "teerawat.sb@gmail.com", "45/2", "6", "", "", "ศิลา",
           "เมืองขอนแก่น", "ขอนแก่น", "40000"),
    Person("นาง", "วิไลวรรณ", "พึ่งทอง", with_check_digit("110270038842"), date(1976, 10, 3),
           "0896614287", "wilaiwan.pt@hotmail.com", "88/412", "", "ลาดพร้าว 101", "ลาดพร้าว",
           "คลองจั่น", "บางกะปิ", "กรุงเทพมหานคร", "10240"),
    Person("นางสาว", "ชนิดา", "แก้วมณี", with_check_digit("330190052176"), date(1994, 1, 29),
           "0623318854", "chanida.km@gmail.com", "17", "3", "", "", "หนองระเวียง",
           "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    Person("นาย", "อนุชา", "ทองสุข", with_check_digit("390110024563"), date(1969, 7, 8),
           "0859927031", "anucha.ts@yahoo.com", "102", "8", "", "", "คอหงส์",
           "หาดใหญ่", "สงขลา", "90110"),
    Person("นาง", "รัชนี", "บุญมา", with_check_digit("110150091437"), date(1985, 12, 22),
           "0954408816", "ratchanee.bm@gmail.com", "19/7", "", "สุขุมวิท 50", "สุขุมวิท",
           "พระโขนง", "คลองเตย", "กรุงเทพมหานคร", "10260"),
    Person("นาย", "สุเมธ", "วงศ์ใหญ่", with_check_digit("352010047718"), date(1972, 3, 11),
           "0814456329", "sumet.wy@outlook.com", "66", "2", "", "", "ชมพู",
           "เมืองลำปาง", "ลำปาง", "52100"),
    Person("นางสาว", "ปิยะนุช", "สมบัติ", with_check_digit("134020081195"), date(1998, 8, 30),
           "0647730281", "piyanuch.sb@gmail.com", "230", "11", "", "", "ขามใหญ่",
           "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    Person("นาย", "วีระพงษ์", "จันทร์เพ็ญ", with_check_digit("320080033641"), date(1988, 6, 4),
           "0873395104", "weerapong.cp@gmail.com", "5/19", "4", "", "", "บ้านสวน",
           "เมืองชลบุรี", "ชลบุรี", "20000"),
)  # fmt: skip

AGENCY_MAIL = "saraban@nongrua-example.go.th"
Style = Callable[[Person, int], Case]


def message(p: Person, n: int, subject: str, *, text: str | None = None, html: str | None = None,
            files: tuple[Attachment, ...] = (), sender: str | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY_MAIL
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 10, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set34-{n}-{p.first.encode().hex()[:8]}@example.org>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def titled(title: str, p: Person) -> tuple[str, ...]:
    """A rank or academic title kept: attached, or with the one space after it."""
    return tuple(dict.fromkeys((f"{title}{p.first} {p.last}", f"{title} {p.first} {p.last}")))


def whole(p: Person, short: bool = False) -> str:
    """The address with its province and postal code, as one typed run."""
    prov = (
        ("กทม." if short else "กรุงเทพฯ")
        if p.bangkok
        else f"{'จ.' if short else 'จังหวัด'}{p.province}"
    )
    return f"{p.line(short)} {prov} {p.postal}"


def typed_forms(head: str, p: Person) -> tuple[str, ...]:
    """A typed address head with the province written as the writer did."""
    provs = (
        ("กรุงเทพฯ", "กทม.", "กรุงเทพมหานคร")
        if p.bangkok
        else (f"จ.{p.province}", f"จังหวัด{p.province}")
    )
    out = [head]
    for pv in provs:
        out += [f"{head} {pv}", f"{head} {pv} {p.postal}"]
    return tuple(out)


def exp_with(p: Person, keys: str = "", *typed: str) -> dict[str, tuple[str, ...]]:
    """expect() with the typed heads' Bangkok abbreviations accepted too."""
    more: list[str] = []
    for t in (*typed, p.line(), p.line(short=True)):
        more += typed_forms(t, p)
    return expect(p, keys, *more)


# --- plain bodies -----------------------------------------------------------------------------


def plain_police_rank_signature(p: Person, i: int) -> Case:
    """A police officer asks for a house-registration copy: his rank before his name
    (attached, or with a space), his station and its phone in the signature; his own
    mobile and home address labelled."""
    rank = ("พ.ต.ท.", "ร.ต.อ.")[i % 2]
    sep = "" if i % 2 == 0 else " "
    text = (
        "เรียน นายทะเบียนอำเภอ\n\n"
        "ข้าพเจ้าขอคัดสำเนาทะเบียนบ้าน เพื่อใช้ประกอบการขอย้ายสังกัด รายละเอียดดังนี้\n\n"
        f"ชื่อ-สกุล : {rank}{sep}{p.first} {p.last}\n"
        f"เลขประจำตัวประชาชน : {dashed_id(p.nid)}\n"
        f"วันเดือนปีเกิด : {thai_date(p.born)}\n"
        f"ที่อยู่ตามทะเบียนบ้าน : {whole(p)}\n"
        f"โทรศัพท์มือถือ : {dashed_phone(p.mobile)}\n"
        f"อีเมล : {p.email}\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n\n"
        f"{rank} {p.first} {p.last}\n"
        f"{'สารวัตรป้องกันปราบปราม' if i % 2 == 0 else 'รองสารวัตรสอบสวน'} สถานีตำรวจภูธรเมือง{p.province}\n"
        f"โทร 0-4{i}22-1{p.nid[7:10]} ต่อ 12{i}\n"
    )
    exp = exp_with(p)
    exp["full_name"] = titled(rank, p)
    return Case("plain_police_rank_signature", message(p, i, "ขอคัดสำเนาทะเบียนบ้าน", text=text), exp)


def plain_nco_private_prose(p: Person, i: int) -> Case:
    """A sergeant-major or a conscript writes his request as one sentence: rank, name,
    unit, ID, the address in one run with ม. ต. อ. จ., his mobile at the end."""
    rank = ("จ.ส.อ.", "พลทหาร")[i % 2]
    unit = ("สังกัด ร.8 พัน.1 ค่ายศรีพัชรินทร", "สังกัด ม.พัน.6 ค่ายสุรนารี")[i % 2]
    text = (
        "เรียน นายก อบต.\n\n"
        f"      ข้าพเจ้า {rank}{p.first} {p.last} {unit} เลขประจำตัวประชาชน {p.nid} "
        f"เกิดวันที่ {thai_date(p.born, short=True)} อยู่บ้านเลขที่ {whole(p, short=True)} "
        f"มีความประสงค์ขอรับรองการเป็นผู้มีภูมิลำเนาในตำบล เพื่อใช้ยื่นต่อหน่วยต้นสังกัด "
        f"ติดต่อกลับได้ที่ {p.mobile} หรืออีเมล {p.email}\n\n"
        "จึงเรียนมาเพื่อโปรดพิจารณา\n"
    )
    exp = exp_with(p, "", whole(p, short=True))
    exp["full_name"] = titled(rank, p)
    return Case("plain_nco_private_prose", message(p, i, "ขอหนังสือรับรองภูมิลำเนา", text=text), exp)


def plain_wathi_and_female_rank(p: Person, i: int) -> Case:
    """ว่าที่ ร.ต. with its own space, or a policewoman's ส.ต.ท.หญิง, on a label whose
    value is on the next line."""
    rank = ("ว่าที่ ร.ต.", "ส.ต.ท.หญิง")[i % 2]
    text = (
        "เรียน เจ้าหน้าที่งานทะเบียน\n\n"
        "ชื่อผู้ยื่นคำร้อง\n"
        f"{rank}{p.first} {p.last}\n"
        "เลขประจำตัวประชาชน\n"
        f"{p.nid}\n"
        "วันเกิด\n"
        f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}\n"
        "ที่อยู่\n"
        f"{whole(p)}\n"
        "เบอร์โทร\n"
        f"{dashed_phone(p.mobile)}\n"
        "อีเมล\n"
        f"{p.email}\n\n"
        "ขอรับแบบรับรองรายการทะเบียนราษฎร (ท.ร.14/1) ค่ะ\n"
    )
    exp = exp_with(p)
    if rank.startswith("ว่าที่"):
        exp["full_name"] = (f"ว่าที่ ร.ต.{p.first} {p.last}", f"ว่าที่ร.ต.{p.first} {p.last}",
                            f"ว่าที่ร.ต. {p.first} {p.last}", f"ว่าที่ ร.ต. {p.first} {p.last}")  # fmt: skip
    else:
        exp["full_name"] = titled(rank, p)
    return Case("plain_wathi_and_female_rank", message(p, i, "ขอ ท.ร.14/1", text=text), exp)


def plain_doctor_hospital_phone(p: Person, i: int) -> Case:
    """A physician or dentist (นพ., พญ., ทพ.) asks as a private citizen; the hospital's
    line with its extension and its address in the signature; the mobile and home address
    labelled above."""
    title = ("นพ.", "ทพ.")[i % 2]
    text = (
        "เรียน เจ้าหน้าที่กองช่าง\n\n"
        "ขอยื่นคำร้องขอให้ตรวจสอบการก่อสร้างอาคารข้างบ้าน ซึ่งรุกล้ำเขตที่ดิน ข้อมูลผู้ร้องดังนี้\n"
        f"ชื่อ {title}{p.first} {p.last}\n"
        f"เลขบัตรประชาชน {dashed_id(p.nid)}\n"
        f"เกิด {thai_date(p.born)}\n"
        f"มือถือ {p.mobile}\n"
        f"อีเมล {p.email}\n"
        f"บ้านเลขที่ {p.line()} {p.province_written} {p.postal}\n\n"
        "ขอแสดงความนับถือ\n"
        f"{title}{p.first} {p.last}\n"
        f"{'อายุรแพทย์' if i % 2 == 0 else 'ทันตแพทย์ชำนาญการ'} โรงพยาบาล{p.amphoe}\n"
        f"99 ถนนโรงพยาบาล ตำบลในเมือง อำเภอ{p.amphoe} โทร 0-{p.postal[:2]}27-3500 ต่อ 21{i}4\n"
    )
    exp = exp_with(p, "", f"บ้านเลขที่ {p.line()}")
    exp["full_name"] = titled(title, p)
    return Case("plain_doctor_hospital_phone", message(p, i, "ร้องเรียนการก่อสร้าง", text=text), exp)


def plain_monk_temple(p: Person, i: int) -> Case:
    """A monk (พระครู..., พระอธิการ...) writes with his ฉายา, his lay surname in brackets
    in one variant; the temple is his address; his own ID and mobile."""
    title, first, chaya = (("พระครูสุนทรธรรมวิมล", "", "ฐิตปญฺโญ"), ("พระอธิการ", "สมควร", "สุทฺธิญาโณ"))[
        i % 2
    ]
    name = f"{title}{first} {chaya}"
    temple = f"วัดบ้าน{p.tambon}"
    head = f"{temple} เลขที่ {p.house} {p.rest(short=True)}"
    lay = f" (นามสกุลเดิม {p.last})" if i % 2 == 0 else ""
    text = (
        "เจริญพร ท่านนายกเทศมนตรี\n\n"
        "อาตมภาพขอความอนุเคราะห์รถบรรทุกน้ำ สำหรับงานทอดกฐินของวัด รายละเอียดดังนี้\n"
        f"ชื่อ {name}{lay}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"วันเกิด {thai_date(p.born)}\n"
        f"ที่อยู่ {head} {'กทม.' if p.bangkok else 'จ.' + p.province} {p.postal}\n"
        f"โทร {dashed_phone(p.mobile)}\n\n"
        "เจริญพร\n"
        f"{name}\nเจ้าอาวาส{temple}\n"
    )
    exp = exp_with(p, "national_id birth_date phone address postal_code province", head)
    exp["full_name"] = (name, f"{name} ({p.last})", f"{name} (นามสกุลเดิม {p.last})")
    return Case(
        "plain_monk_temple",
        message(
            p, i, "ขอความอนุเคราะห์รถน้ำ", text=text, sender=f"{temple} <wat.{p.postal}@gmail.com>"
        ),
        exp,
    )


def plain_name_changed(p: Person, i: int) -> Case:
    """A changed name: "เดิมชื่อ ... ปัจจุบันชื่อ ..." with the former name first, or
    "ชื่อ ... เปลี่ยนชื่อเป็น ..." with the new name last."""
    old_first = ("ธนากร", "บุญส่ง")[i % 2] if p.title == "นาย" else ("สมหญิง", "บุญเรือน")[i % 2]
    title = p.title
    if i % 2 == 0:
        who = f"ข้าพเจ้า เดิมชื่อ {title}{old_first} {p.last} ปัจจุบันชื่อ {p.name} ได้เปลี่ยนชื่อตามหนังสือสำคัญแสดงการเปลี่ยนชื่อ (ช.3) เลขที่ 0{i}4521"
    else:
        who = f"ชื่อ-นามสกุล {title}{old_first} {p.last} (เปลี่ยนชื่อเป็น {p.name} เมื่อ ก.ย. 2569)"
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"{who}\n"
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}\n"
        f"วันเกิด {thai_date(p.born, short=True)}\n"
        f"ที่อยู่ {whole(p)}\n"
        f"โทร {p.mobile}\n"
        f"อีเมล {p.email}\n"
        "ขอแก้ไขชื่อในทะเบียนผู้รับเบี้ยยังชีพให้ตรงกับชื่อใหม่\n"
    )
    return Case("plain_name_changed", message(p, i, "ขอแก้ไขชื่อ", text=text), exp_with(p))


def plain_nickname_maiden(p: Person, i: int) -> Case:
    """A nickname in brackets after the name, and for a married woman her maiden name."""
    nick = ("แอน", "ต้น", "ปุ๊ก", "บอย")[i % 4]
    maiden = " นามสกุลเดิม ศรีประเสริฐ" if p.title == "นาง" else ""
    text = (
        "สวัสดีค่ะ/ครับ\n"
        f"ชื่อ: {p.name} ({nick}){maiden}\n"
        f"เลขประจำตัวประชาชน: {p.nid}\n"
        f"เกิด: {thai_date(p.born)}\n"
        f"ที่อยู่: {whole(p, short=True)}\n"
        f"มือถือ: {dashed_phone(p.mobile)}\n"
        f"อีเมล: {p.email}\n"
        "ขอทราบผลการพิจารณาคำร้องขอติดตั้งไฟส่องสว่างหน้าบ้าน\n"
    )
    return Case(
        "plain_nickname_maiden",
        message(p, i, "สอบถามผลคำร้อง", text=text),
        exp_with(p, "", whole(p, short=True)),
    )


FOREIGNERS = (
    ("Mr.", "Daniel", "Whitmore", "533118742", "British", date(1983, 3, 14), "0891237745",
     "daniel.whitmore@gmail.com"),
    ("Ms.", "Hanna", "Lindqvist", "P7724419", "Swedish", date(1990, 11, 2), "0968814402",
     "hanna.lindqvist@outlook.com"),
)  # fmt: skip


def plain_foreigner_passport(p: Person, i: int) -> Case:
    """A foreign resident with only a passport (no Thai ID) writes in English: a Bangkok
    condo address in English, +66 with spaces; no national ID is right."""
    title, first, last, passport, nat, born, mobile, email = FOREIGNERS[i % 2]
    addr = ("Room 1507, 15th Floor, The Base Condo, 99 Soi Sukhumvit 77, Phra Khanong Nuea, Watthana"
            if i % 2 == 0 else
            "88/41 Moo 5, Soi Chaloem Prakiat 12, Chalong, Mueang Phuket")  # fmt: skip
    prov_en, prov_th, postal = (("Bangkok", "กรุงเทพมหานคร", "10110"), ("Phuket", "ภูเก็ต", "83130"))[
        i % 2
    ]
    text = (
        "Dear Sir/Madam,\n\n"
        "I would like to request a certificate of residence for my work permit renewal.\n\n"
        f"Name: {title} {first} {last}\n"
        f"Nationality: {nat}\n"
        f"Passport No.: {passport}\n"
        f"Date of birth: {born.day} {born.strftime('%B')} {born.year}\n"
        f"Address: {addr}, {prov_en} {postal}\n"
        f"Mobile: +66 {mobile[1:3]} {mobile[3:6]} {mobile[6:]}\n"
        f"Email: {email}\n\n"
        f"Kind regards,\n{first} {last}\n"
    )
    names = (f"{title} {first} {last}", f"{title}{first} {last}", f"{title.rstrip('.')} {first} {last}",
             f"{first} {last}")  # fmt: skip
    exp = {
        "full_name": names,
        "national_id": (),
        "birth_date": (born.isoformat(),),
        "phone": (intl(mobile), mobile),
        "email": (email,),
        "address": (addr, f"{addr}, {prov_en}", f"{addr}, {prov_en} {postal}"),
        "postal_code": (postal,),
        "province": (prov_th, prov_en),
    }
    raw = message(
        p, i, "Request for certificate of residence", text=text, sender=f"{first} {last} <{email}>"
    )
    return Case("plain_foreigner_passport", raw, exp)


def plain_pink_card_worker(p: Person, i: int) -> Case:
    """A Myanmar or Cambodian worker writes simple Thai: his pink card's 13 digits
    (starting 00, or 6 for an alien registered long ago, valid check digit) beside his
    passport and work-permit numbers; the employer's name and line."""
    first, last = (("จอ", "ซินอู"), ("สุวรรณ", "เจีย"))[i % 2]
    q = replace(p, title="นาย", first=first, last=last,
                nid=with_check_digit(("0041" if i % 2 == 0 else "6720") + p.nid[4:12]))  # fmt: skip
    label = ("เลขบัตรสีชมพู (ทร.38/1)", "เลขประจำตัวคนซึ่งไม่มีสัญชาติไทย")[i % 2]
    text = (
        "เรียน เจ้าหน้าที่\n"
        f"ผม {q.name} สัญชาติ{'เมียนมา' if i % 2 == 0 else 'กัมพูชา'}\n"
        f"{label} {dashed_id(q.nid)}\n"
        f"หนังสือเดินทาง MF{p.nid[5:12]}  ใบอนุญาตทำงาน WP{p.nid[3:10]}\n"
        f"เกิด {q.born.day:02d}/{q.born.month:02d}/{q.born.year}\n"
        f"อยู่ {whole(q, short=True)}\n"
        f"โทร {q.mobile}\n"
        f"นายจ้าง หจก.รุ่งเรืองการเกษตร โทร 0-{p.postal[:2]}61-4470\n"
        "ขอหนังสือรับรองที่อยู่ เอาไปต่อวีซ่าครับ\n"
    )
    exp = exp_with(
        q,
        "full_name national_id birth_date phone address postal_code province",
        whole(q, short=True),
    )
    return Case(
        "plain_pink_card_worker",
        message(
            q, i, "ขอหนังสือรับรองที่อยู่", text=text, sender=f"{first} <worker{i}.{p.postal}@gmail.com>"
        ),
        exp,
    )


# --- HTML bodies -------------------------------------------------------------------------------


def html_academic_signature(p: Person, i: int) -> Case:
    """A lecturer (ผศ.ดร., รศ.) writes in HTML paragraphs with <br>: the request's lines,
    then the university signature with the faculty's address and its line with an
    extension."""
    title = ("ผศ.ดร.", "รศ.")[i % 2]
    sep = "" if i % 2 == 0 else " "
    html = (
        "<html><body><p>เรียน&nbsp;นายกเทศมนตรี</p>"
        "<p>ขออนุญาตใช้ศาลาประชาคม จัดอบรมการคัดแยกขยะให้ชุมชน ในวันที่ 19 ธันวาคม 2569<br>"
        f"ผู้ขออนุญาต:&nbsp;{title}{sep}{p.first} {p.last}<br>"
        f"เลขประจำตัวประชาชน:&nbsp;{p.nid}<br>"
        f"วันเกิด:&nbsp;{thai_date(p.born)}<br>"
        f"ที่อยู่ (บ้าน):&nbsp;{whole(p)}<br>"
        f"โทรศัพท์มือถือ:&nbsp;{dashed_phone(p.mobile)}<br>"
        f"อีเมล:&nbsp;{p.email}</p>"
        "<p>ขอแสดงความนับถือ</p>"
        f'<p style="color:#555">{title}{sep}{p.first} {p.last}<br>ภาควิชาวิศวกรรมสิ่งแวดล้อม คณะวิศวกรรมศาสตร์<br>'
        "มหาวิทยาลัยตัวอย่าง 123 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40002<br>"
        f"โทร 0-4300-9700 ต่อ 44{i}1 | {p.first.encode().hex()[:6]}@example.ac.th</p></body></html>"
    )
    exp = exp_with(p)
    exp["full_name"] = titled(title, p)
    return Case("html_academic_signature", message(p, i, "ขออนุญาตใช้ศาลาประชาคม", html=html), exp)


def html_royal_condo_table(p: Person, i: int) -> Case:
    """ม.ร.ว. or ม.ล. before the name, in an HTML table; a Bangkok condominium address with
    ห้องเลขที่, ชั้น and อาคาร before the house number, กทม. for the province."""
    title = ("ม.ร.ว.", "ม.ล.")[i % 2]
    room = f"ห้องเลขที่ {1200 + i * 7} ชั้น 12 อาคารศุภาลัย ซิตี้ รีสอร์ท"
    q = replace(p, house=f"{room} เลขที่ {p.house}")
    rows = [("ชื่อ-นามสกุล", f"{title}{p.first} {p.last}"), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเดือนปีเกิด", thai_date(p.born, short=True)), ("ที่อยู่", whole(q, short=True)),
            ("โทรศัพท์", p.mobile), ("อีเมล", p.email)]  # fmt: skip
    cells = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)
    html = (f"<div>เรียน ผู้อำนวยการเขต</div><div>ขอรับบริการจัดเก็บกิ่งไม้ใหญ่ หน้าอาคารชุด</div>"
            f"<table border=\"1\">{cells}</table><div>ขอบคุณค่ะ</div>")  # fmt: skip
    exp = exp_with(q, "", whole(q, short=True))
    exp["full_name"] = titled(title, p)
    return Case("html_royal_condo_table", message(p, i, "ขอเก็บกิ่งไม้", html=html), exp)


def html_parent_files_for_child(p: Person, i: int) -> Case:
    """A mother or father asks for a child's document: ข้าพเจ้า (the parent, the
    applicant) with her own ID, then the child (ด.ช./ด.ญ.) with the child's ID and birth
    date; the parent's phone and address."""
    child = f"{'ด.ช.' if i % 2 == 0 else 'ด.ญ.'}{('ภูริ', 'ปาริชาต')[i % 2]} {p.last}"
    child_id = with_check_digit("1" + p.nid[1:5] + "9" + p.nid[6:11] + "1")
    html = (
        '<div dir="ltr"><div>เรียน เจ้าหน้าที่งานทะเบียน</div><div><br></div>'
        f"<div>ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {thai_date(p.born)}</div>"
        f"<div>ขอยื่นคำร้องแทนบุตร คือ {child} เลขประจำตัวประชาชน {child_id} เกิดวันที่ {thai_date(date(2016, 2, 9 + i % 10))}</div>"
        "<div>เพื่อขอคัดสำเนาสูติบัตร เนื่องจากฉบับเดิมชำรุด</div>"
        f"<div>ที่อยู่ {whole(p)}</div>"
        f"<div>โทร {dashed_phone(p.mobile)} อีเมล {p.email}</div>"
        f"<div><br></div><div>{p.name}</div><div>(ผู้ปกครอง)</div></div>"
    )
    return Case(
        "html_parent_files_for_child", message(p, i, "ขอคัดสำเนาสูติบัตรบุตร", html=html), exp_with(p)
    )


def html_company_director(p: Person, i: int) -> Case:
    """A company asks for a signboard permit in a letter: the letterhead with the firm's
    office address and line, its เลขทะเบียนนิติบุคคล (valid check digit), then the
    director who signs with his own ID, mobile and home address."""
    firm = ("บริษัท ศรีบุญเรืองค้าวัสดุ จำกัด", "บริษัท พึ่งทองโฮลดิ้ง จำกัด")[i % 2]
    firm_id = with_check_digit("01055" + p.nid[5:12])
    html = (
        f"<p><b>{firm}</b><br>เลขทะเบียนนิติบุคคล {firm_id}<br>"
        f"สำนักงานใหญ่ 555 ถนนเพชรเกษม แขวงบางหว้า เขตภาษีเจริญ กรุงเทพมหานคร 10160 โทร 02-413-88{i}0</p>"
        "<p>เรื่อง ขออนุญาตติดตั้งป้ายโฆษณา<br>เรียน นายกเทศมนตรี</p>"
        f"<p>ด้วย{firm} ประสงค์ขออนุญาตติดตั้งป้ายโฆษณาหน้าร้านสาขา โดยมีกรรมการผู้มีอำนาจลงนาม ดังนี้</p>"
        f"<p>ชื่อกรรมการ: {p.name}<br>เลขประจำตัวประชาชน: {dashed_id(p.nid)}<br>"
        f"วันเกิด: {thai_date(p.born)}<br>ที่อยู่: {whole(p)}<br>"
        f"โทรศัพท์มือถือ: {p.mobile}<br>อีเมล: {p.email}</p>"
        f"<p>ลงชื่อ {p.name}<br>กรรมการผู้มีอำนาจลงนาม</p>"
    )
    raw = message(p, i, "ขออนุญาตติดตั้งป้าย", html=html, sender=f"{firm} <admin@firm{i}-example.co.th>")
    return Case("html_company_director", raw, exp_with(p))


def html_three_phones(p: Person, i: int) -> Case:
    """Home, mobile and work numbers on one line or three, the work line with ต่อ and
    the mobile as +66; the mobile is the one expected."""
    home = f"02-{p.nid[2:5]}-{p.nid[6:10]}" if p.bangkok else f"0-{p.postal[:2]}24-{p.nid[6:10]}"
    work = f"02-{p.nid[3:6]}-{p.nid[8:12]} ต่อ {1000 + i * 37}"
    mob = f"+66 {p.mobile[1:3]} {p.mobile[3:6]} {p.mobile[6:]}"
    if i % 2 == 0:
        phones = f"<p>โทรศัพท์: บ้าน {home} / มือถือ {mob} / ที่ทำงาน {work}</p>"
    else:
        phones = f"<p>โทรศัพท์ (บ้าน) {home}<br>โทรศัพท์ (ที่ทำงาน) {work}<br>โทรศัพท์ (มือถือ) {mob}</p>"
    html = (
        "<p>เรียน เจ้าหน้าที่</p><p>ขอแจ้งท่อระบายน้ำอุดตันหน้าบ้าน น้ำท่วมขังเวลาฝนตก</p>"
        f"<p>ชื่อ-สกุล: {p.name}<br>บัตรประชาชน: {p.nid}<br>เกิด: {thai_date(p.born)}<br>"
        f"ที่อยู่: {whole(p)}<br>อีเมล: {p.email}</p>{phones}"
    )
    return Case("html_three_phones", message(p, i, "แจ้งท่อระบายน้ำอุดตัน", html=html), exp_with(p))


def html_latin_thai_name(p: Person, i: int) -> Case:
    """A Thai citizen writes his name only in Latin letters, in an English HTML mail,
    with his Thai ID and a Thai address typed in Latin letters."""
    latin = {"ธีรวัฒน์": "Teerawat", "วิไลวรรณ": "Wilaiwan", "ชนิดา": "Chanida", "อนุชา": "Anucha",
             "รัชนี": "Ratchanee", "สุเมธ": "Sumet", "ปิยะนุช": "Piyanuch", "วีระพงษ์": "Weerapong"}[p.first]  # fmt: skip
    family = {"ศรีบุญเรือง": "SRIBOONRUANG", "พึ่งทอง": "PHUENGTHONG", "แก้วมณี": "KAEWMANEE",
              "ทองสุข": "THONGSUK", "บุญมา": "BOONMA", "วงศ์ใหญ่": "WONGYAI", "สมบัติ": "SOMBAT",
              "จันทร์เพ็ญ": "CHANPEN"}[p.last]  # fmt: skip
    title = {"นาย": "Mr.", "นาง": "Mrs.", "นางสาว": "Miss"}[p.title]
    html = (
        "<div>Dear Officer,</div><div>I am requesting a copy of my house registration.</div><div><br></div>"
        f"<div>Full name: {title} {latin} {family}</div>"
        f"<div>Thai ID: {dashed_id(p.nid)}</div>"
        f"<div>Date of birth: {p.born.isoformat()}</div>"
        f"<div>Mobile: {p.mobile}</div>"
        f"<div>E-mail: {p.email}</div>"
        f"<div><br></div><div>Thank you,<br>{latin} {family}</div>"
    )
    names = (f"{title} {latin} {family}", f"{title}{latin} {family}", f"{title.rstrip('.')} {latin} {family}",
             f"{latin} {family}")  # fmt: skip
    exp = expect(p, "national_id birth_date phone email")
    exp["full_name"] = names
    return Case("html_latin_thai_name", message(p, i, "House registration copy", html=html), exp)


# --- Word ---------------------------------------------------------------------------------------


def _table(d: Any, rows: list[tuple[str, str]]) -> None:
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(rows):
        _set(t.cell(r, 0), k)
        _set(t.cell(r, 1), v)


def docx_child_scholarship(p: Person, i: int) -> Case:
    """A child's own scholarship form (ผู้ขอรับทุน: ด.ญ./ด.ช.) in a Word table, with a
    contact phone in the child's block, then the guardian's block with the guardian's
    own name, ID and phone; the child is the applicant."""
    child = replace(p, title=("ด.ญ.", "ด.ช.")[i % 2], first=("ปาริชาต", "ภูริ")[i % 2],
                    nid=with_check_digit("1" + p.nid[1:5] + "8" + p.nid[6:11] + "2"),
                    born=date(2013, 4 + i % 5, 12))  # fmt: skip
    guardian = p

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำขอรับทุนการศึกษา เทศบาลตำบลหนองเรือ ประจำปี 2570")
        d.add_paragraph("ส่วนที่ 1 ข้อมูลผู้ขอรับทุน")
        _table(d, [("ชื่อ-สกุล", child.name), ("เลขประจำตัวประชาชน", child.nid),
                   ("วันเกิด", thai_date(child.born)), ("ที่อยู่", whole(child)),
                   ("โทรศัพท์ที่ติดต่อได้", dashed_phone(child.mobile)), ("โรงเรียน", "โรงเรียนบ้านหนองเรือ ชั้น ป.6")])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ข้อมูลผู้ปกครอง")
        _table(d, [("ชื่อ-สกุล", f"{'นาย' if i % 2 else 'นาง'}สมใจ {p.last}"),
                   ("เลขประจำตัวประชาชน", with_check_digit("3" + p.nid[1:12][::-1][:11])),
                   ("เกี่ยวข้องเป็น", "มารดา" if i % 2 == 0 else "บิดา"),
                   ("โทรศัพท์", f"08{p.nid[4:12]}")])  # fmt: skip

    raw = message(guardian, i, "ส่งใบสมัครทุนการศึกษา", text="ส่งใบสมัครขอรับทุนของบุตรตามแนบค่ะ\n",
                  files=(("ขอรับทุน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_child_scholarship", raw,
                exp_with(child, "full_name national_id birth_date phone address postal_code province"))  # fmt: skip


def docx_partnership_applicant(p: Person, i: int) -> Case:
    """A หจก. applies for a trade permit on a Word form: the partnership's name and its
    เลขทะเบียนนิติบุคคล on the name lines, the office address, then "โดย" the managing
    partner with his mobile only. No national ID is given: none (or a flagged one) is
    right; the office's address is not the partner's home, so none is expected."""
    firm = ("ห้างหุ้นส่วนจำกัด ทองสุขการช่าง", "หจก. วงศ์ใหญ่ค้าไม้")[i % 2]
    firm_id = with_check_digit("0" + p.postal[:2] + "35" + p.nid[5:12])

    def build(d: Any) -> None:
        _doc_title(d, "คำขออนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ")
        for line in (
            f"ผู้ขออนุญาต  {firm}",
            f"เลขทะเบียนนิติบุคคล  {dashed_id(firm_id)}",
            f"สำนักงานตั้งอยู่เลขที่  {p.house} {p.rest()} {p.province_written} {p.postal}",
            f"โทรศัพท์สำนักงาน  0-{p.postal[:2]}31-{p.nid[8:12]}",
            f"โดย  {p.name}  ตำแหน่ง หุ้นส่วนผู้จัดการ  โทรศัพท์มือถือ  {dashed_phone(p.mobile)}",
            f"อีเมล  {p.email}",
            "ประเภทกิจการ  การซ่อมเครื่องยนต์และเคาะพ่นสี",
        ):
            d.add_paragraph(line)

    raw = message(p, i, "ขออนุญาตประกอบกิจการ", text="ส่งคำขออนุญาตตามแนบครับ\n",
                  files=(("คำขอ อ.1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    exp = exp_with(p, "full_name phone email")
    exp["national_id"] = ()
    return Case("docx_partnership_applicant", raw, exp)


def docx_monk_chaya_label(p: Person, i: int) -> Case:
    """A temple's Word letter: "ชื่อ พระ... ฉายา ..." with the word ฉายา between the name
    and the Pali name, the temple's address, the abbot's own ID and mobile."""
    title, first, chaya = (("พระมหา", "วีระยุทธ", "วีรธมฺโม"), ("พระ", "บุญมี", "ปภสฺสโร"))[i % 2]
    temple = f"วัดศรี{p.tambon}"
    head = f"{temple} {p.house} {p.rest()}"

    def build(d: Any) -> None:
        _doc_title(d, f"{temple}\n{p.line()} {p.province_written} {p.postal}")
        for line in (
            "เรื่อง  ขอรับการสนับสนุนเต็นท์และเก้าอี้",
            "เจริญพร  นายกองค์การบริหารส่วนตำบล",
            f"ด้วยอาตมภาพ {title}{first} ฉายา {chaya} เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {thai_date(p.born)}",
            f"สังกัด{temple} ที่อยู่ {head} {p.province_written} {p.postal}",
            f"ขอรับการสนับสนุนเต็นท์ 5 หลัง เก้าอี้ 200 ตัว ในงานประจำปีของวัด ติดต่อ {dashed_phone(p.mobile)}",
            "เจริญพรมาเพื่อโปรดพิจารณา",
        ):
            d.add_paragraph(line)

    raw = message(p, i, "ขอสนับสนุนเต็นท์", text="เจริญพร ส่งหนังสือตามแนบ\n",
                  files=(("หนังสือวัด.docx", docx_bytes(build), DOCX),), sender=f"{temple} <temple{i}@gmail.com>")  # fmt: skip
    exp = exp_with(p, "national_id birth_date phone address postal_code province", head)
    exp["full_name"] = (f"{title}{first} {chaya}", f"{title}{first} ฉายา {chaya}")
    return Case("docx_monk_chaya_label", raw, exp)


def docx_condo_address_parts(p: Person, i: int) -> Case:
    """A dentist or doctor (ทพญ., ดร.) fills a Word table whose address is in parts:
    ห้องเลขที่, ชั้น, อาคาร, เลขที่, ซอย, ถนน, แขวง, เขต, จังหวัด (กรุงเทพฯ), รหัส."""
    title = ("ทพญ.", "ดร.")[i % 2]
    room, floor, building = f"{2300 + i}", "23", "อาคารลุมพินี พาร์ค"
    q = replace(p, house=f"ห้องเลขที่ {room} ชั้น {floor} {building} เลขที่ {p.house}")

    def build(d: Any) -> None:
        _doc_title(d, "แบบคำร้องทั่วไป")
        rows = [("คำนำหน้า", title), ("ชื่อ", p.first), ("นามสกุล", p.last),
                ("เลขประจำตัวประชาชน", dashed_id(p.nid)), ("วันเดือนปีเกิด", thai_date(p.born)),
                ("ห้องเลขที่", room), ("ชั้น", floor), ("อาคาร", building), ("เลขที่", p.house),
                *((("หมู่ที่", p.moo),) if p.moo else ()),
                ("ซอย", p.soi or "-"), ("ถนน", p.road or "-"),
                ("แขวง/ตำบล", p.tambon), ("เขต/อำเภอ", p.amphoe),
                ("จังหวัด", "กรุงเทพฯ" if p.bangkok else p.province), ("รหัสไปรษณีย์", p.postal),
                ("โทรศัพท์มือถือ", p.mobile), ("อีเมล", p.email)]  # fmt: skip
        _table(d, rows)

    raw = message(
        p, i, "ยื่นคำร้องทั่วไป", text="แนบคำร้องค่ะ\n", files=(("คำร้อง.docx", docx_bytes(build), DOCX),)
    )
    exp = exp_with(
        q,
        "",
        f"{room} ชั้น {floor} {building} {p.line()}",
        f"ห้อง {room} ชั้น {floor} {building} เลขที่ {p.line()}",
    )
    exp["full_name"] = titled(title, p)
    return Case("docx_condo_address_parts", raw, exp)


def _pdf(rows: list[str], footer: str = "") -> bytes:
    texts = [(20.0, 20.0 + 9 * k, r) for k, r in enumerate(rows)]
    if footer:
        texts.append((20.0, 285.0, footer))
    return pdf_page(texts, size=12, face="Garuda")


def pdf_police_rank_written_out(p: Person, i: int) -> Case:
    """A PDF form saved from Word: "ร้อยตำรวจเอก" written out, or ส.ต.ท.หญิง, on the name
    line; the station as workplace with its address and phone on its own lines."""
    rank = ("ร้อยตำรวจเอก", "ส.ต.ท.หญิง")[i % 2]
    rows = [
        "แบบคำร้องขอหนังสือรับรองการเป็นผู้มีภูมิลำเนา",
        f"ข้าพเจ้า {rank}{p.first} {p.last}",
        f"เลขประจำตัวประชาชน {dashed_id(p.nid)}",
        f"เกิดวันที่ {thai_date(p.born)}",
        f"ที่อยู่ตามทะเบียนบ้าน {whole(p)}",
        f"สถานที่ทำงาน สถานีตำรวจภูธร{p.amphoe} ถนนเทศบาล 2 โทร 0-{p.postal[:2]}21-19{i}1",
        f"โทรศัพท์มือถือ {dashed_phone(p.mobile)}",
        f"อีเมล {p.email}",
    ]
    raw = message(
        p, i, "ขอหนังสือรับรองภูมิลำเนา", text="แนบคำร้องครับ\n", files=(("คำร้อง.pdf", _pdf(rows), PDF),)
    )
    exp = exp_with(p)
    exp["full_name"] = titled(rank, p)
    return Case("pdf_police_rank_written_out", raw, exp)


def pdf_alien_pink_card_applicant(p: Person, i: int) -> Case:
    """A foreign-born resident's PDF form: the name in Thai letters, the pink card's
    เลขประจำตัว starting 6 (valid check digit) and a passport number below it."""
    first, last = (("เคนจิ", "ทานากะ"), ("มาเรีย", "ซานโตส"))[i % 2]
    q = replace(p, title=("นาย", "นางสาว")[i % 2], first=first, last=last,
                nid=with_check_digit("6" + p.nid[1:4] + "77" + p.nid[6:12]),
                email=f"{('kenji.t', 'maria.s')[i % 2]}{p.postal[:2]}@gmail.com")  # fmt: skip
    rows = [
        "คำร้องขอหนังสือรับรองถิ่นที่อยู่ (สำหรับคนต่างด้าว)",
        f"ชื่อ-สกุล {q.name}",
        f"สัญชาติ {('ญี่ปุ่น', 'ฟิลิปปินส์')[i % 2]}",
        f"เลขประจำตัวบัตรสีชมพู {q.nid}",
        f"หนังสือเดินทางเลขที่ {('TZ', 'P')[i % 2]}{p.nid[4:11]}",
        f"วันเกิด {thai_date(q.born, short=True)}",
        f"ที่อยู่ {whole(q)}",
        f"โทร {q.mobile}",
        f"อีเมล {q.email}",
    ]
    raw = message(q, i, "ขอหนังสือรับรองถิ่นที่อยู่", text="Please find the form attached.\n",
                  files=(("form.pdf", _pdf(rows), PDF),))  # fmt: skip
    return Case("pdf_alien_pink_card_applicant", raw, exp_with(q))


def pdf_maiden_and_former_name(p: Person, i: int) -> Case:
    """A PDF whose name line carries the old name: "ชื่อ-สกุล (ปัจจุบัน)" and
    "ชื่อ-สกุล (เดิม)" rows, the former one last in one variant."""
    old = f"{p.title}{p.first} {('ศรีประเสริฐ', 'ทองดี')[i % 2]}"
    now = ("ชื่อ-สกุล (ปัจจุบัน)", p.name)
    was = ("ชื่อ-สกุล (เดิม)", old)
    pair = [now, was] if i % 2 == 0 else [was, now]
    rows = [
        "คำร้องขอเปลี่ยนแปลงข้อมูลผู้มีสิทธิรับเบี้ยยังชีพ",
        *(f"{k} {v}" for k, v in pair),
        f"เลขประจำตัวประชาชน {p.nid}",
        f"วันเดือนปีเกิด {thai_date(p.born)}",
        f"ที่อยู่ {whole(p, short=True)}",
        f"โทรศัพท์ {dashed_phone(p.mobile)}",
    ]
    raw = message(
        p, i, "ขอเปลี่ยนแปลงข้อมูล", text="ส่งคำร้องค่ะ\n", files=(("เปลี่ยนชื่อสกุล.pdf", _pdf(rows), PDF),)
    )
    return Case("pdf_maiden_and_former_name", raw,
                exp_with(p, "full_name national_id birth_date phone address postal_code province", whole(p, short=True)))  # fmt: skip


# --- a sheet ------------------------------------------------------------------------------------


def xlsx_title_cell_apart(p: Person, i: int) -> Case:
    """A sheet with the title in its own cell (คำนำหน้า: ผศ.ดร. / ว่าที่ร้อยตรี), then ชื่อ
    and นามสกุล in cells of their own, the address in parts with กทม. or จ."""
    title = ("ผศ.ดร.", "ว่าที่ร้อยตรี")[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.append(["แบบคำร้อง"])
        for k, v in (("คำนำหน้า", title), ("ชื่อ", p.first), ("นามสกุล", p.last),
                     ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born, short=True)),
                     ("ที่อยู่", p.line(short=True)), ("จังหวัด", "กทม." if p.bangkok else p.province),
                     ("รหัสไปรษณีย์", p.postal), ("มือถือ", dashed_phone(p.mobile)), ("อีเมล", p.email)):  # fmt: skip
            ws.append([k, v])

    raw = message(
        p, i, "ส่งคำร้อง", text="ส่งไฟล์คำร้องครับ\n", files=(("คำร้อง.xlsx", xlsx_bytes(build), XLSX),)
    )
    exp = exp_with(p)
    exp["full_name"] = titled(title, p)
    return Case("xlsx_title_cell_apart", raw, exp)


# --- more plain bodies: addresses and lines ------------------------------------------------------


def plain_address_one_run_signature(p: Person, i: int) -> Case:
    """Everything in the signature, without labels: the name, then the address in one
    run with ม. ต. อ. จ. (or ซ. ถ. แขวง เขต กทม.), then the mobile alone on its line."""
    text = (
        "เรียน เจ้าหน้าที่\n\n"
        f"ขอให้ตัดกิ่งไม้ที่พาดสายไฟหน้าบ้านด้วยครับ อันตรายมาก เลขบัตรประชาชนผม {p.nid}\n\n"
        "ขอบคุณครับ\n"
        f"{p.name}\n"
        f"{whole(p, short=True)}\n"
        f"{dashed_phone(p.mobile)}\n"
    )
    return Case("plain_address_one_run_signature", message(p, i, "ขอตัดกิ่งไม้", text=text),
                exp_with(p, "full_name national_id phone address postal_code province", whole(p, short=True)))  # fmt: skip


def plain_office_line_only(p: Person, i: int) -> Case:
    """The only number given is an office line with its extension (02-xxx-xxxx ต่อ
    1234, or "# 1234"): the line without the extension is right."""
    line = f"02{p.nid[5:12]}"
    ext = (f"ต่อ {2000 + i * 11}", f"#{3000 + i * 7}")[i % 2]
    text = (
        "เรียน เจ้าหน้าที่\n"
        f"ชื่อ {p.name}\n"
        f"เลขประจำตัวประชาชน {p.nid}\n"
        f"ที่อยู่ {whole(p)}\n"
        f"โทร {line[:2]}-{line[2:5]}-{line[5:]} {ext} (ในเวลาราชการ)\n"
        f"อีเมล {p.email}\n"
        "ขอทราบขั้นตอนการขออนุญาตต่อเติมอาคาร\n"
    )
    exp = exp_with(p, "full_name national_id email address postal_code province")
    exp["phone"] = ("+66" + line[1:], line)
    return Case("plain_office_line_only", message(p, i, "สอบถามการขออนุญาต", text=text), exp)


STYLES: tuple[Style, ...] = (
    plain_police_rank_signature, plain_nco_private_prose, plain_wathi_and_female_rank,
    plain_doctor_hospital_phone, plain_monk_temple, plain_name_changed, plain_nickname_maiden,
    plain_foreigner_passport, plain_pink_card_worker, plain_address_one_run_signature,
    plain_office_line_only,
    html_academic_signature, html_royal_condo_table, html_parent_files_for_child,
    html_company_director, html_three_phones, html_latin_thai_name,
    docx_child_scholarship, docx_partnership_applicant, docx_monk_chaya_label,
    docx_condo_address_parts,
    pdf_police_rank_written_out, pdf_alien_pink_card_applicant, pdf_maiden_and_former_name,
    xlsx_title_cell_apart,
)  # fmt: skip

KIND: dict[str, str] = {
    **{s.__name__: "plain" for s in STYLES[:11]},
    **{s.__name__: "HTML" for s in STYLES[11:17]},
    **{s.__name__: "Word" for s in STYLES[17:21]},
    **{s.__name__: "PDF" for s in STYLES[21:24]},
    **{s.__name__: "sheet" for s in STYLES[24:]},
}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    p = PEOPLE[0]
    away = EmailMessage()
    away["From"] = f"{p.first} {p.last} <{p.email}>"
    away["To"] = AGENCY_MAIL
    away["Subject"] = "ตอบกลับอัตโนมัติ: ขอคัดสำเนาทะเบียนบ้าน"
    away["Date"] = format_datetime(datetime(2026, 12, 10, 10, 1, tzinfo=UTC))
    away["Message-ID"] = "<set34-outcome-away@example.org>"
    away["Auto-Submitted"] = "auto-replied"
    away.set_content(
        "ขณะนี้อยู่ระหว่างไปราชการต่างจังหวัด จะตอบกลับเมื่อกลับถึงสถานี\n\n"
        f"พ.ต.ท. {p.first} {p.last}\nสารวัตรป้องกันปราบปราม\nโทร 0-4322-1000\n",
        charset="utf-8",
    )
    receipt = EmailMessage()
    receipt["From"] = f"ผศ.ดร.{p.first} {p.last} <{p.email}>"
    receipt["To"] = AGENCY_MAIL
    receipt["Subject"] = "อ่านแล้ว: แจ้งผลการพิจารณาคำร้อง"
    receipt["Date"] = format_datetime(datetime(2026, 12, 10, 10, 2, tzinfo=UTC))
    receipt["Message-ID"] = "<set34-outcome-read@example.org>"
    receipt.set_content(
        "ข้อความของคุณ\n\n  ถึง: ผศ.ดร." + p.first + "\n  เรื่อง: แจ้งผลการพิจารณาคำร้อง\n"
        "  ส่งเมื่อ: 9/12/2569 16:20\n\nถูกอ่านเมื่อ 10/12/2569 17:01\n",
        charset="utf-8",
    )
    return [
        (
            "a company's request from its own mail server",
            html_company_director(PEOPLE[3], 0).raw,
            "request",
        ),
        (
            "a monk's request from the temple's address",
            plain_monk_temple(PEOPLE[5], 1).raw,
            "request",
        ),
        ("an out-of-office reply signed with a rank", bytes(away), "auto_reply"),
        ("a Thai read receipt from a lecturer", bytes(receipt), "auto_reply"),
    ]
