"""A sixth set of requests written by someone who had not read the readers (issue 8).

Written before reading `extractors/` or `config/` (only the shared harness, the other
sets' test files and their style names were read, to avoid repeating them). It aims at
mail bodies and HTML typed by citizens and written by mail programs in ways the earlier
sets did not: a letter in the official e-Saraban layout (ที่ / วันที่ / เรื่อง / เรียน /
อ้างถึง / สิ่งที่ส่งมาด้วย) with the agency's own reference numbers, labels typed in
Thai-English transliteration, a form copied out of a PDF with hard line breaks in the
middle of values, <pre> blocks, tables used only for layout, a hidden preheader, the
Unicode embedding marks Android puts round a copied phone number, an ID in groups mixing
Thai and Arabic digits, a landline with its extension beside the mobile, 'ม.' meaning a
housing estate, a Messenger paste, label and value cells spanning columns and rows, a
name and phone under a one-line request sent from a phone, Samsung Email's and Outlook
mobile's replies, an old webmail's windows-874 <font> soup, several requests from one
person that mention a child's data, full-width forms, <br> written into a text/plain
body, entities escaped twice, emoji as the only labels, a title written after the name,
an HTML table with its labels across the top row, 'ตามทะเบียนบ้าน' for the current
address, a plain part that only says to open the HTML, 'ปณ.' before a postal code, the
house code beside the ID, a windows-874 body under a TIS-620 encoded subject, values in
quotes, prose wrapped at 70 columns through an ID, a form mailer's CSV, JSON and PHP
print_r dumps, an age with no birth date, a Google Docs paste cut into runs, the
agency's example values quoted below the answer, and +66 (0). Same shape as the other
sets (a raw RFC 5322 message plus the values a clerk would accept per field), so the
shared harness measures it. All people, numbers and addresses are invented.
"""

from __future__ import annotations

import base64
import html as html_lib
import json
import quopri
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_4 import (
    Person,
    addresses,
    be,
    dashed_id,
    dashed_mobile,
    intl,
    long_line,
    long_parts,
    short_line,
    short_thai_date,
    thai_date,
)

PEOPLE: tuple[Person, ...] = (
    Person("นาย", "อภิชาติ", "วงศ์สุวรรณ", with_check_digit("141020005671"), date(1985, 2, 17),
           "0817264530", "apichat.w@gmail.com", "23/4", "6", "", "", "หนองแค", "หนองแค",
           "สระบุรี", "18140", ("Mr.", "Apichat", "Wongsuwan")),
    Person("นางสาว", "กัญญารัตน์", "ศรีสมบูรณ์", with_check_digit("110050078314"), date(1997, 8, 9),
           "0952214873", "kanyarat.ss@hotmail.com", "77/19", "", "พหลโยธิน 48", "พหลโยธิน",
           "อนุสาวรีย์", "บางเขน", "กรุงเทพมหานคร", "10220", ("Miss", "Kanyarat", "Srisomboon")),
    Person("นาง", "ละเอียด", "มั่นคง", with_check_digit("330040011259"), date(1962, 10, 3),
           "0893340127", "laiad.mk@yahoo.co.th", "112", "4", "", "", "หนองบัว", "ขุขันธ์",
           "ศรีสะเกษ", "33140", ("Mrs.", "Laiad", "Mankong")),
    Person("นาย", "ธีรภัทร", "จันทร์แก้ว", with_check_digit("190060032148"), date(1991, 5, 28),
           "0621187456", "teerapat.jk@gmail.com", "9", "", "", "กาญจนวณิชย์", "หาดใหญ่",
           "หาดใหญ่", "สงขลา", "90110", ("Mr.", "Teerapat", "Jankaew")),
    Person("นางสาว", "ศิริพร", "ทองดี", with_check_digit("165990008823"), date(1999, 12, 21),
           "0806613092", "siriporn.td@gmail.com", "54/2", "1", "", "", "บ้านเกาะ", "เมืองอุตรดิตถ์",
           "อุตรดิตถ์", "53000", ("Miss", "Siriporn", "Thongdee")),
    Person("นาย", "สมเกียรติ", "พูลผล", with_check_digit("110200041577"), date(1975, 4, 1),
           "0869901245", "somkiat.pp@outlook.com", "301", "", "จรัญสนิทวงศ์ 13", "จรัญสนิทวงศ์",
           "วัดท่าพระ", "บางกอกใหญ่", "กรุงเทพมหานคร", "10600", ("Mr.", "Somkiat", "Poonpol")),
    Person("นาง", "บุษบา", "แสนทวีสุข", with_check_digit("410010057396"), date(1969, 7, 14),
           "0847712380", "budsaba.st@gmail.com", "18", "11", "", "", "หมากแข้ง", "เมืองอุดรธานี",
           "อุดรธานี", "41000", ("Mrs.", "Budsaba", "Saenthaweesuk")),
    Person("นาย", "ปิยะพงษ์", "อินทร์ประเสริฐ", with_check_digit("170110020984"), date(1983, 11, 25),
           "0914456028", "piyapong.in@hotmail.com", "66/1", "2", "", "สายเอเชีย", "ท่าช้าง",
           "อินทร์บุรี", "สิงห์บุรี", "16110", ("Mr.", "Piyapong", "Inprasert")),
)  # fmt: skip

AGENCY = "saraban@example.go.th"
AGENCY_PHONE = "02-356-0901"  # the agency's own number, in its quoted mail: never the citizen's
ALL = "full_name national_id birth_date phone email address postal_code province"


def expect(p: Person, keys: str, *typed: str, subject: str = "", details: str = ""
           ) -> dict[str, tuple[str, ...]]:  # fmt: skip
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (intl(p.mobile),),
        "email": (p.email.lower(),),
        "address": addresses(p, *typed),
        "postal_code": (p.postal,),
        "province": (p.province,),
        "subject": (subject,),
        "details": (" ".join(details.split()),),
    }
    return {k: table[k] for k in keys.split()}


def whole_address(p: Person) -> str:
    return f"{long_line(p)} {p.province_written} {p.postal}"


def message(p: Person, subject: str, text: str | None = None, html: str | None = None,
            n: int = 0, sender: str | None = None) -> EmailMessage:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 8, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<unseen6-{n}-{p.email.split('@')[0]}@example.com>"
    set_body(msg, text, html)
    return msg


def raw(p: Person, subject: str, headers: str, body: bytes, n: int = 0,
        subject_charset: str = "utf-8") -> bytes:  # fmt: skip
    """A message put together byte by byte, as old programs write it."""
    head = f"From: {Header(f'{p.first} {p.last}', 'utf-8').encode()} <{p.email}>\n"
    head += f"To: {AGENCY}\nSubject: {Header(subject, subject_charset).encode()}\n"
    head += f"Date: {format_datetime(datetime(2026, 12, 3, 11, n % 60, tzinfo=UTC))}\n"
    head += f"Message-ID: <unseen6-raw-{n}-{p.email.split('@')[0]}@example.com>\n"
    head += "MIME-Version: 1.0\n" + headers.strip() + "\n\n"
    return head.encode("ascii") + body


Style = Callable[[Person, int], Case]


# --- letters and prose ------------------------------------------------------------------


def e_saraban_memo(p: Person, i: int) -> Case:
    """A citizen who works in an office writes as the official letter layout teaches:
    ที่ (their own reference, full of numbers), the date, เรื่อง, เรียน, อ้างถึง (the
    agency's letter and its number), สิ่งที่ส่งมาด้วย (a numbered list of copies), then a
    ข้าพเจ้า paragraph carrying the values, and the name in brackets under the signature."""
    subject = ("ขอรับรองสำเนาทะเบียนบ้าน", "ขอแก้ไขข้อมูลในทะเบียนราษฎร")[i % 2]
    body = f"""\
ที่ ๑๒/๒๕๖๙                                              {long_parts(p)[0]} {p.province_written}
                                                      ๓ ธันวาคม ๒๕๖๙

เรื่อง   {subject}
เรียน   นายอำเภอ{p.amphoe}
อ้างถึง  หนังสืออำเภอ ที่ มท ๐๓๑๗.๑๒/๔๕๖๗ ลงวันที่ ๒๐ พฤศจิกายน ๒๕๖๙
สิ่งที่ส่งมาด้วย  ๑. สำเนาบัตรประจำตัวประชาชน จำนวน ๑ ฉบับ
                 ๒. สำเนาทะเบียนบ้าน จำนวน ๑ ฉบับ

        ตามที่อ้างถึง แจ้งให้ข้าพเจ้าส่งเอกสารเพิ่มเติม นั้น ข้าพเจ้า {p.name}
เลขประจำตัวประชาชน {dashed_id(p.nid)} เกิดวันที่ {thai_date(p.born)}
อยู่บ้านเลขที่ {whole_address(p)} โทรศัพท์ {dashed_mobile(p.mobile)}
ขอส่งเอกสารตามสิ่งที่ส่งมาด้วย และ{subject}

        จึงเรียนมาเพื่อโปรดพิจารณา

                                        ขอแสดงความนับถือ

                                        ({p.name})
"""
    msg = message(p, subject, text=body, n=i)
    exp = expect(p, ALL.replace(" email", "") + " subject", subject=subject)
    return Case("e_saraban_memo", bytes(msg), exp)


def karaoke_labels(p: Person, i: int) -> Case:
    """Labels typed in Thai words spelt in Latin letters (karaoke), the values in Thai,
    as a citizen on a phone without a Thai keyboard layout switched on writes."""
    labels = (
        ("Chue-namsakul", "Lek bat prachachon", "Wan koet", "Tho", "Email", "Thi yu"),
        ("chue", "lek bat", "koet", "ber tho", "e-mail", "tee yoo"),
    )[i % 2]
    body = f"""sawatdee krab/ka

{labels[0]}: {p.name}
{labels[1]}: {p.nid}
{labels[2]}: {short_thai_date(p.born)}
{labels[3]}: {p.mobile}
{labels[4]}: {p.email}
{labels[5]}: {whole_address(p)}

khob khun krab
"""
    msg = message(p, "kham rong khor samnao tabian baan", text=body, n=i)
    return Case("karaoke_labels", bytes(msg), expect(p, ALL))


def pdf_hard_breaks(p: Person, i: int) -> Case:
    """A filled form copied out of a PDF viewer: every printed line ends in a hard break,
    so long values run on to the next line, cut between words or inside one."""
    addr = whole_address(p)
    cut = len(addr) // 2
    while addr[cut] != " ":  # cut at a space (i even) or in the middle of a word (i odd)
        cut += 1
    if i % 2:
        cut += 3
    head, tail = addr[:cut].rstrip(), addr[cut:].lstrip()
    body = f"""\
แบบคำร้องทั่วไป
ชื่อ-สกุล {p.name} เลขประจำตัว
ประชาชน {dashed_id(p.nid)} วันเดือนปีเกิด {thai_date(p.born)}
ที่อยู่ {head}
{tail} โทรศัพท์ {dashed_mobile(p.mobile)}
อีเมล {p.email}
"""
    msg = message(p, "คำร้องทั่วไป", text=body, n=i)
    return Case("pdf_hard_breaks", bytes(msg), expect(p, ALL))


def wrapped_prose_70(p: Person, i: int) -> Case:
    """An old client wraps a prose paragraph at 70 columns, wherever the line falls,
    including between the groups of an ID or a phone written with dashes."""
    text = (
        f"เรียน เจ้าหน้าที่ ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed_id(p.nid)} "
        f"เกิดเมื่อ {thai_date(p.born)} ปัจจุบันอยู่บ้านเลขที่ {whole_address(p)} "
        f"หมายเลขโทรศัพท์ {dashed_mobile(p.mobile)} มีความประสงค์ขอรับเบี้ยยังชีพ"
    )
    width = 60 + 5 * i
    lines, line = [], ""
    for ch in text:
        line += ch
        if len(line) >= width and ch in " -":
            lines.append(line.rstrip())
            line = ""
    lines.append(line)
    msg = message(p, "ขอรับเบี้ยยังชีพ", text="\n".join(lines) + "\n", n=i)
    return Case("wrapped_prose_70", bytes(msg), expect(p, ALL.replace(" email", "")))


def several_requests_one_person(p: Person, i: int) -> Case:
    """One applicant, three requests; the second is about a child whose birth date and
    ID are typed in it, the third cites an old case number and a receipt."""
    child_id = with_check_digit(f"1{p.nid[1:5]}9{p.nid[6:12]}")[:13]
    body = f"""เรียน เจ้าหน้าที่ทะเบียน

ผม/ดิฉัน {p.name}
เลขบัตรประชาชน {p.nid}
เกิด {thai_date(p.born)}
โทร {dashed_mobile(p.mobile)}
ที่อยู่ {whole_address(p)}

มีเรื่องขอดำเนินการ 3 เรื่องค่ะ
1) ขอคัดสำเนาทะเบียนบ้านของตนเอง จำนวน 2 ฉบับ
2) ขอแจ้งเกิดย้อนหลังให้บุตร ด.ญ. ปิ่นมณี {p.last} เกิดวันที่ 14 มีนาคม 2562
   เลขประจำตัวประชาชนของบุตร {dashed_id(child_id)}
3) ติดตามคำร้องเดิม เลขรับที่ 4521/2569 ลงวันที่ 2 ก.ย. 2569 ใบเสร็จเลขที่ 0098812

ขอบคุณค่ะ
"""
    msg = message(p, "ขอดำเนินการหลายเรื่อง", text=body, n=i)
    return Case("several_requests_one_person", bytes(msg), expect(p, ALL.replace(" email", "")))


def age_only_no_birth(p: Person, i: int) -> Case:
    """The citizen gives an age, the ID card's issue date and the date of the letter,
    but no birth date: any birth date read is made up (accepted: none, or a flag)."""
    body = f"""เรียน ปลัดอำเภอ

ข้าพเจ้า {p.name} อายุ {2026 - p.born.year} ปี
บัตรประชาชนเลขที่ {p.nid} ออกให้เมื่อ 5 มกราคม 2565 หมดอายุ {p.born.day} {MONTHS[p.born.month - 1]} 2574
โทร {p.mobile}
วันที่เขียนคำร้อง 3 ธันวาคม 2569

ขอยื่นคำร้องขอมีบัตรใหม่เนื่องจากบัตรชำรุด
"""
    msg = message(p, "ขอมีบัตรใหม่", text=body, n=i)
    exp = expect(p, "full_name national_id phone")
    exp["birth_date"] = ()
    return Case("age_only_no_birth", bytes(msg), exp)


def title_after_name(p: Person, i: int) -> Case:
    """A form whose name box comes first and the title box after it, or a citizen who
    writes the title in brackets after the name."""
    if i % 2:
        lines = f"ชื่อ: {p.first}\nนามสกุล: {p.last}\nคำนำหน้า: {p.title}\n"
    else:
        lines = f"ชื่อ-นามสกุล: {p.first} {p.last} ({p.title})\n"
    body = f"""{lines}เลขประจำตัวประชาชน: {p.nid}
วันเกิด: {short_thai_date(p.born)}
เบอร์โทร: {dashed_mobile(p.mobile)}
อีเมล: {p.email}
"""
    msg = message(p, "คำร้อง", text=body, n=i)
    return Case(
        "title_after_name", bytes(msg), expect(p, "full_name national_id birth_date phone email")
    )


def address_same_as_above(p: Person, i: int) -> Case:
    """Two address lines: the registered one written out, the current one 'ตามทะเบียน
    บ้าน' or 'เหมือนข้างบน' (same as above), or the reverse order."""
    same = ("ตามทะเบียนบ้าน", "เหมือนข้างบน", "-")[i % 3]
    body = f"""ชื่อ-นามสกุล: {p.name}
เลขบัตรประชาชน: {p.nid}
ที่อยู่ตามทะเบียนบ้าน: {whole_address(p)}
ที่อยู่ปัจจุบัน (ที่ติดต่อได้): {same}
โทรศัพท์มือถือ: {p.mobile}
"""
    msg = message(p, "คำร้องขอหนังสือรับรองที่อยู่", text=body, n=i)
    return Case(
        "address_same_as_above",
        bytes(msg),
        expect(p, "full_name national_id address postal_code province phone"),
    )


def house_code_beside_id(p: Person, i: int) -> Case:
    """The house code (รหัสประจำบ้าน, 11 digits, 4-6-1) and the old case number sit next
    to the ID, the house code first."""
    code = f"{p.postal[:2]}{p.nid[3:5]}-{p.nid[5:11]}-{i + 3}"
    body = f"""เรียน นายทะเบียน

รหัสประจำบ้าน {code}
เลขประจำตัวประชาชน {dashed_id(p.nid)}
ชื่อ {p.name}
วันเดือนปีเกิด {p.born.day}/{p.born.month}/{be(p.born)}
เลขที่คำร้องเดิม ทร.14/{2500 + i * 7}
บ้านเลขที่ {whole_address(p)}
มือถือ {dashed_mobile(p.mobile)}
"""
    msg = message(p, "ขอเพิ่มชื่อในทะเบียนบ้าน", text=body, n=i)
    return Case("house_code_beside_id", bytes(msg), expect(p, ALL.replace(" email", "")))


def values_in_quotes(p: Person, i: int) -> Case:
    """Each value in quotation marks, straight or curly, as people write who were told
    to 'fill in the blanks'."""
    o, c = (("“", "”"), ('"', '"'), ("'", "'"))[i % 3]
    body = f"""เรียนเจ้าหน้าที่ค่ะ ขอส่งข้อมูลดังนี้
ชื่อ {o}{p.name}{c}
เลขบัตร {o}{p.nid}{c}
วันเกิด {o}{thai_date(p.born)}{c}
เบอร์ {o}{dashed_mobile(p.mobile)}{c}
เมล {o}{p.email}{c}
ที่อยู่ {o}{whole_address(p)}{c}
"""
    msg = message(p, "ส่งข้อมูล", text=body, n=i)
    return Case("values_in_quotes", bytes(msg), expect(p, ALL))


def postal_abbrev(p: Person, i: int) -> Case:
    """The postal code written after 'ปณ.' or 'รหัส ปณ.' and the province as 'จ.'."""
    pc = ("ปณ. ", "รหัส ปณ.", "ไปรษณีย์ ")[i % 3]
    body = f"""ชื่อ {p.name}
บัตร ปชช. {p.nid}
ที่อยู่ {short_line(p)} {"กทม." if p.bangkok else "จ." + p.province} {pc}{p.postal}
โทร {p.mobile}
"""
    msg = message(p, "ขอรับเอกสารทางไปรษณีย์", text=body, n=i)
    exp = expect(p, "full_name national_id address postal_code province phone", short_line(p))
    # as typed, 'ปณ.' and all, is what the citizen wrote and an envelope would carry
    exp["address"] += (body.splitlines()[2].removeprefix("ที่อยู่ "),)
    return Case("postal_abbrev", bytes(msg), exp)


def moo_as_village(p: Person, i: int) -> Case:
    """'ม.' for a housing estate (หมู่บ้าน) as well as for หมู่: 'ม.ชัยพฤกษ์ 2' sits
    where a หมู่ number would, and the estate's phase number looks like one."""
    estate = ("ม.ชัยพฤกษ์ 2", "หมู่บ้านพฤกษาวิลล์ 15", "ม.บ้านสวนเอื้อ เฟส 3")[i % 3]
    addr = f"{p.house} {estate} {' '.join(long_parts(p)[1:])}"
    body = f"""เรียน เจ้าหน้าที่
ชื่อ-นามสกุล {p.name}
เลขประจำตัวประชาชน {p.nid}
ที่อยู่ {addr} {p.province_written} {p.postal}
โทร {dashed_mobile(p.mobile)}
"""
    msg = message(p, "คำร้องขอใบอนุญาต", text=body, n=i)
    return Case(
        "moo_as_village",
        bytes(msg),
        expect(p, "full_name national_id address postal_code province phone", addr),
    )


# --- numbers written oddly --------------------------------------------------------------


def id_mixed_scripts(p: Person, i: int) -> Case:
    """An ID in its 1-4-5-2-1 groups with spaces, some groups in Thai digits and some in
    Arabic (the phone's keyboard switched half way), the birth date too."""
    groups = [p.nid[0], p.nid[1:5], p.nid[5:10], p.nid[10:12], p.nid[12]]
    written = " ".join(thai(g) if (k + i) % 2 else g for k, g in enumerate(groups))
    born = f"{thai(str(p.born.day))} {MONTHS[p.born.month - 1]} {be(p.born)}"
    body = f"""ชื่อ {p.name}
เลขประจำตัวประชาชน {written}
วันเกิด {born}
โทร {thai(p.mobile[:3])}-{p.mobile[3:6]}-{thai(p.mobile[6:])}
"""
    msg = message(p, "คำร้อง", text=body, n=i)
    return Case("id_mixed_scripts", bytes(msg), expect(p, "full_name national_id birth_date phone"))


def phone_ext_or(p: Person, i: int) -> Case:
    """An office number with its extension and 'หรือ' the mobile, in one line."""
    office = f"0-2{i}41-77{i}8"
    written = (
        f"{office} ต่อ 1{i}2 หรือ {dashed_mobile(p.mobile)}",
        f"{dashed_mobile(p.mobile)} หรือ {office} ต่อ 20{i}",
        f"{office} ต่อ 33, {p.mobile} (มือถือ)",
    )[i % 3]
    body = f"""ชื่อผู้ติดต่อ: {p.name}
เลขประจำตัวประชาชน: {p.nid}
หมายเลขโทรศัพท์: {written}
อีเมล: {p.email}
"""
    msg = message(p, "สอบถามสิทธิ", text=body, n=i)
    exp = expect(p, "full_name national_id phone email")
    exp["phone"] = (intl(p.mobile), "+66" + office.replace("-", "")[1:])
    return Case("phone_ext_or", bytes(msg), exp)


def intl_with_zero(p: Person, i: int) -> Case:
    """+66 with the trunk zero kept, in brackets or not, as people copy from a card."""
    m = p.mobile
    written = (f"+66 (0) {m[1:3]} {m[3:6]} {m[6:]}", f"+66-0{m[1:3]}-{m[3:6]}-{m[6:]}",
               f"(+66) 0{m[1:]}")[i % 3]  # fmt: skip
    body = f"""เรียน หน่วยงาน
ชื่อ: {p.name}
Tel.: {written}
E-mail: {p.email}
เลขบัตร: {p.nid}
"""
    msg = message(p, "ขอข้อมูล", text=body, n=i)
    return Case("intl_with_zero", bytes(msg), expect(p, "full_name phone email national_id"))


def contact_copy_embeddings(p: Person, i: int) -> Case:
    """Android and WhatsApp put U+202A..U+202C round a copied phone number; iOS puts
    U+200E or U+200F round a copied email; a copied ID keeps U+2066..U+2069 isolates."""
    m = p.mobile
    phone = f"\u202a+66 {m[1:3]} {m[3:6]} {m[6:]}\u202c"
    mail = f"\u200e{p.email}\u200e" if i % 2 else f"\u200f{p.email}\u200f"
    nid = f"\u2066{dashed_id(p.nid)}\u2069"
    body = f"""ชื่อ-สกุล : {p.name}
เลขบัตร : {nid}
วันเกิด : {thai_date(p.born)}
เบอร์ : {phone}
อีเมล : {mail}
"""
    msg = message(p, "ขอใบรับรอง", text=body, n=i)
    return Case(
        "contact_copy_embeddings",
        bytes(msg),
        expect(p, "full_name national_id birth_date phone email"),
    )


def fullwidth_forms(p: Person, i: int) -> Case:
    """Full-width colon, digits and @ (copied out of a PDF made by an East Asian office
    suite, or typed with a CJK input method left on)."""

    def wide(s: str) -> str:
        return "".join(chr(ord(c) + 0xFEE0) if (c.isascii() and c.isalnum()) or c in "@.-" else c
                       for c in s)  # fmt: skip

    body = f"""ชื่อ：{p.name}
เลขประจำตัวประชาชน：{wide(p.nid)}
โทรศัพท์：{wide(dashed_mobile(p.mobile))}
อีเมล：{p.email if i % 2 else wide(p.email)}
"""
    msg = message(p, "คำร้อง", text=body, n=i)
    return Case("fullwidth_forms", bytes(msg), expect(p, "full_name national_id phone email"))


# --- chat and phone apps ----------------------------------------------------------------


def messenger_paste(p: Person, i: int) -> Case:
    """A Facebook Messenger conversation with the agency's page pasted into a mail: the
    sender's name, a time and the text on lines of their own; the page's reply between."""
    body = f"""คุยกับเพจไว้แล้ว เพจให้ส่งเมลมาค่ะ

{p.first} {p.last}
10:4{i}
สวัสดีค่ะ อยากขอสำเนาทะเบียนบ้าน

งานทะเบียน อบต.
10:5{i}
รบกวนส่ง ชื่อ เลขบัตร เบอร์โทร ทางอีเมล {AGENCY} นะคะ โทรสอบถาม {AGENCY_PHONE}

{p.first} {p.last}
11:0{i}
{p.name}
{p.nid}
{p.mobile}
{whole_address(p)}
"""
    msg = message(p, "ขอสำเนาทะเบียนบ้าน (ตามที่คุยในเพจ)", text=body, n=i)
    return Case(
        "messenger_paste",
        bytes(msg),
        expect(p, "full_name national_id phone address postal_code province"),
    )


def signature_only_mobile(p: Person, i: int) -> Case:
    """A one-line request from a phone: no labels at all, the name and the number under
    it, and the mail app's own line last."""
    app = (
        "ส่งจาก iPhone ของฉัน",
        "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน",
        "Sent from Yahoo Mail for Android",
    )[i % 3]
    body = f"""ขอแบบฟอร์มขอรับเงินสงเคราะห์ผู้สูงอายุค่ะ

{p.first} {p.last}
{dashed_mobile(p.mobile)}

{app}
"""
    msg = message(p, "ขอแบบฟอร์ม", text=body, n=i)
    exp = expect(p, "phone")
    exp["full_name"] = (f"{p.first} {p.last}", p.name)
    return Case("signature_only_mobile", bytes(msg), exp)


def samsung_mail_reply(p: Person, i: int) -> Case:
    """Samsung Email answers in HTML: one <div dir="auto"> a line, its own sign-off, then
    '-------- ข้อความต้นฉบับ --------' and the agency's mail with its phone and address."""
    lines = [
        "ส่งข้อมูลค่ะ", f"ชื่อ {p.name}", f"เลขบัตร {dashed_id(p.nid)}",
        f"วันเกิด {thai_date(p.born)}", f"ที่อยู่ {whole_address(p)}",
        f"โทร {p.mobile}", "", "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน",
    ]  # fmt: skip
    divs = "".join(f'<div dir="auto">{html_lib.escape(x) or "<br>"}</div>' for x in lines)
    doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body>{divs}<div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">
<div>-------- ข้อความต้นฉบับ --------</div><div>จาก: งานทะเบียน &lt;{AGENCY}&gt; </div>
<div>วันที่: 2/12/69 14:05 (GMT+07:00) </div><div>ถึง: {p.email} </div>
<div>หัวเรื่อง: ขอข้อมูลเพิ่มเติม </div><div><br></div></div>
<div>เรียน ผู้ยื่นคำร้อง กรุณาส่งชื่อ เลขบัตร ที่อยู่ และเบอร์โทร<br>
งานทะเบียน เลขที่ 9 ถนนเทศบาล 1 ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40000<br>
โทร {AGENCY_PHONE}</div></body></html>"""
    msg = message(p, "RE: ขอข้อมูลเพิ่มเติม", html=doc, n=i)
    return Case("samsung_mail_reply", bytes(msg), expect(p, ALL.replace(" email", "")))


def outlook_mobile(p: Person, i: int) -> Case:
    """Outlook for Android/iOS: plain and HTML parts, 'Get Outlook for Android' under the
    answer, then a rule and From:/Sent:/To:/Subject: over the agency's letter."""
    text = f"""ชื่อ-นามสกุล {p.name}
เลขประจำตัวประชาชน {p.nid}
วันเกิด {short_thai_date(p.born)}
เบอร์มือถือ {dashed_mobile(p.mobile)}

Get Outlook for Android<https://aka.ms/AAb9ysg>
________________________________
From: งานสารบรรณ <{AGENCY}>
Sent: Wednesday, December 2, 2026 3:15:22 PM
To: {p.email} <{p.email}>
Subject: ขอข้อมูลผู้ยื่นคำร้อง

เรียน ผู้ยื่นคำร้อง
กรุณาแจ้ง ชื่อ-นามสกุล เลขประจำตัวประชาชน 13 หลัก วันเกิด และเบอร์มือถือ
โทร {AGENCY_PHONE} ในเวลาราชการ
"""
    rows = "".join(
        f'<div dir="ltr">{html_lib.escape(x)}</div>' for x in text.split("\n\n")[0].splitlines()
    )
    doc = f"""<html><head><meta name="Generator" content="Microsoft Exchange Server"></head><body>
<div dir="ltr" style="font-family:Aptos,sans-serif">{rows}</div>
<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature"><div dir="ltr">Get
<a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr">
<font face="Calibri" style="font-size:11pt"><b>From:</b> งานสารบรรณ &lt;{AGENCY}&gt;<br>
<b>Sent:</b> Wednesday, December 2, 2026 3:15:22 PM<br><b>To:</b> {p.email}<br>
<b>Subject:</b> ขอข้อมูลผู้ยื่นคำร้อง</font><div>&nbsp;</div></div>
<div>เรียน ผู้ยื่นคำร้อง<br>กรุณาแจ้ง ชื่อ-นามสกุล เลขประจำตัวประชาชน 13 หลัก วันเกิด และเบอร์มือถือ<br>
โทร {AGENCY_PHONE} ในเวลาราชการ</div></body></html>"""
    msg = message(p, "RE: ขอข้อมูลผู้ยื่นคำร้อง", text=text, html=doc, n=i)
    return Case("outlook_mobile", bytes(msg), expect(p, "full_name national_id birth_date phone"))


def emoji_as_labels(p: Person, i: int) -> Case:
    """Only an emoji before each value, no words: 👤 🆔 🎂 📱 📧 🏠."""
    body = f"""ส่งข้อมูลนะครับ 🙏

👤 {p.name}
🆔 {dashed_id(p.nid)}
🎂 {short_thai_date(p.born)}
📱 {dashed_mobile(p.mobile)}
📧 {p.email}
🏠 {whole_address(p)}
"""
    msg = message(p, "ข้อมูลผู้ยื่นคำร้อง", text=body, n=i)
    return Case("emoji_as_labels", bytes(msg), expect(p, ALL))


# --- HTML as programs write it ----------------------------------------------------------


def html_pre(p: Person, i: int) -> Case:
    """The form inside <pre> (a mailer that wraps plain text so, or a citizen who pasted
    it into a code block): labels padded with spaces, no colons."""
    pad = 24
    rows = [
        ("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
        ("วันเกิด", thai_date(p.born)), ("โทรศัพท์", dashed_mobile(p.mobile)),
        ("อีเมล", p.email), ("ที่อยู่", whole_address(p)),
    ]  # fmt: skip
    text = "\n".join(f"{a.ljust(pad)}{b}" for a, b in rows)
    doc = f'<html><body><p>เรียน เจ้าหน้าที่</p><pre style="font-family:monospace">{html_lib.escape(text)}\n</pre><p>ขอบคุณครับ</p></body></html>'  # noqa: E501
    msg = message(p, "คำร้องออนไลน์", html=doc, n=i)
    return Case("html_pre", bytes(msg), expect(p, ALL))


def layout_table_html(p: Person, i: int) -> Case:
    """A letterhead-style HTML mail: an outer table only for layout (a logo cell on the
    left, the text on the right), the form lines separated by <br> in one cell, and a
    footer cell with the sender's office phone."""
    lines = "<br>\n".join([
        f"ชื่อ-นามสกุล : {p.name}", f"เลขประจำตัวประชาชน : {p.nid}",
        f"วันเกิด : {thai_date(p.born)}", f"โทรศัพท์มือถือ : {dashed_mobile(p.mobile)}",
        f"อีเมล : {p.email}", f"ที่อยู่ : {whole_address(p)}",
    ])  # fmt: skip
    doc = f"""<html><body><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="120" valign="top"><img src="cid:logo" alt="โลโก้" width="100"></td>
<td valign="top" style="font-family:Tahoma;font-size:14px">เรียน เจ้าหน้าที่<br><br>
{lines}<br><br>ขอแสดงความนับถือ</td></tr>
<tr><td colspan="2" style="font-size:11px;color:#888">
ร้านถ่ายเอกสารสมใจ โทร 0-36{i}1-2345 แฟกซ์ 0-3621-2346</td></tr></table></body></html>"""
    msg = message(p, "คำร้อง", html=doc, n=i)
    return Case("layout_table_html", bytes(msg), expect(p, ALL))


def hidden_preheader(p: Person, i: int) -> Case:
    """A mail made from a newsletter-style template: a hidden preheader (display:none,
    mso-hide:all) with a summary, then the form; the preheader's text differs."""
    doc = f"""<html><body>
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">
คำร้องใหม่จาก {p.first} โทรกลับด่วน 02-000-111{i}&#8204;&nbsp;&#8204;&nbsp;</div>
<table width="600" align="center"><tr><td>
<h3>คำร้องขอรับบริการ</h3>
<p><strong>ชื่อผู้ยื่น:</strong> {p.name}</p>
<p><strong>เลขประจำตัวประชาชน:</strong> {dashed_id(p.nid)}</p>
<p><strong>วันเกิด:</strong> {short_thai_date(p.born)}</p>
<p><strong>เบอร์ติดต่อ:</strong> {p.mobile}</p>
<p><strong>อีเมล:</strong> {p.email}</p>
<p><strong>ที่อยู่:</strong> {whole_address(p)}</p>
</td></tr></table></body></html>"""
    msg = message(p, "คำร้องขอรับบริการ", html=doc, n=i)
    return Case("hidden_preheader", bytes(msg), expect(p, ALL))


def table_colspan_rowspan(p: Person, i: int) -> Case:
    """An HTML form table: a label cell spanning two rows (ที่อยู่ over the house line
    and the district line), a section heading spanning the width, label cells with
    colspan before a narrow value cell, empty spacer cells."""
    l1 = " ".join(long_parts(p)[:-2])
    l2 = " ".join(long_parts(p)[-2:]) + f" {p.province_written} {p.postal}"
    doc = f"""<html><body><table border="1" cellpadding="4">
<tr><th colspan="4">ข้อมูลผู้ยื่นคำร้อง</th></tr>
<tr><td colspan="2">ชื่อ-นามสกุล</td><td></td><td>{p.name}</td></tr>
<tr><td colspan="2">เลขประจำตัวประชาชน</td><td></td><td>{dashed_id(p.nid)}</td></tr>
<tr><td colspan="2">วันเดือนปีเกิด</td><td></td><td>{thai_date(p.born)}</td></tr>
<tr><td rowspan="2">ที่อยู่</td><td>บ้านเลขที่/ถนน</td><td></td><td>{l1}</td></tr>
<tr><td>ตำบล/อำเภอ/จังหวัด</td><td></td><td>{l2}</td></tr>
<tr><td colspan="2">โทรศัพท์</td><td></td><td>{dashed_mobile(p.mobile)}</td></tr>
<tr><td colspan="4">&nbsp;</td></tr>
</table></body></html>"""
    msg = message(p, "แบบคำร้อง", html=doc, n=i)
    typed = f"{l1} {l2}"
    return Case("table_colspan_rowspan", bytes(msg), expect(p, ALL.replace(" email", ""), typed))


def header_row_table(p: Person, i: int) -> Case:
    """An HTML table with its labels across the top row and the values in the row
    under it, as a spreadsheet is pasted into a mail."""
    heads = ["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "วันเกิด", "เบอร์โทร", "อีเมล"]
    vals = [
        "1",
        p.name,
        p.nid,
        f"{p.born.day}/{p.born.month}/{be(p.born)}",
        dashed_mobile(p.mobile),
        p.email,
    ]
    th = "".join(f"<th>{h}</th>" for h in heads)
    td = "".join(f"<td>{v}</td>" for v in vals)
    doc = f'<html><body><p>รายละเอียดผู้ขอตามตารางค่ะ</p><table border="1"><tr>{th}</tr><tr>{td}</tr></table></body></html>'  # noqa: E501
    msg = message(p, "ขอหนังสือรับรอง", html=doc, n=i)
    return Case(
        "header_row_table", bytes(msg), expect(p, "full_name national_id birth_date phone email")
    )


def old_webmail_font(p: Person, i: int) -> Case:
    """An old Thai webmail: HTML in windows-874, each label in <font color> and the value
    in another <font>, &nbsp; runs between, <br> line ends, the charset only in the
    MIME header."""
    rows = [("ชื่อ", p.name), ("เลขที่บัตรประชาชน", p.nid), ("เกิดวันที่", thai_date(p.born)),
            ("ที่อยู่", whole_address(p)), ("โทร.", dashed_mobile(p.mobile))]  # fmt: skip
    body = "".join(
        f'<font face="MS Sans Serif" color="#000080">{a}</font>&nbsp;&nbsp;&nbsp;<font face="MS Sans Serif">{b}</font><br>\r\n'  # noqa: E501
        for a, b in rows
    )
    doc = f'<HTML><BODY>\r\n<font face="MS Sans Serif">เรียน ท่านผู้อำนวยการ</font><br><br>\r\n{body}</BODY></HTML>\r\n'  # noqa: E501
    enc = (
        base64.encodebytes(doc.encode("cp874"))
        if i % 2
        else quopri.encodestring(doc.encode("cp874"))
    )
    cte = "base64" if i % 2 else "quoted-printable"
    headers = f"Content-Type: text/html; charset=windows-874\nContent-Transfer-Encoding: {cte}"
    return Case(
        "old_webmail_font", raw(p, "คำร้อง", headers, enc, i), expect(p, ALL.replace(" email", ""))
    )


def literal_br_tags(p: Person, i: int) -> Case:
    """A PHP form mailer that sends HTML line breaks in a text/plain body, so '<br>' or
    '<br />' is written between (or instead of) the lines."""
    br = ("<br>", "<br />\n", "<BR>\r\n")[i % 3]
    rows = [f"ชื่อ-นามสกุล: {p.name}", f"เลขบัตรประชาชน: {p.nid}", f"วันเกิด: {thai_date(p.born)}",
            f"โทรศัพท์: {p.mobile}", f"อีเมล: {p.email}", f"ที่อยู่: {whole_address(p)}",
            "ข้อความ: ขอทราบขั้นตอนการขออนุญาตก่อสร้าง"]  # fmt: skip
    body = br.join(rows) + br
    msg = message(p, "[เว็บไซต์] ติดต่อเรา", text=body, n=i, sender="www <www-data@example.go.th>")
    return Case("literal_br_tags", bytes(msg), expect(p, ALL))


def double_escaped_entities(p: Person, i: int) -> Case:
    """A CMS escapes its HTML twice: '&amp;nbsp;' and '&lt;br&gt;' show as text in the
    HTML body, between labels and values."""
    rows = [("ชื่อ", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", short_thai_date(p.born)),
            ("โทร", dashed_mobile(p.mobile)), ("อีเมล", p.email), ("ที่อยู่", whole_address(p))]  # fmt: skip  # noqa: E501
    inner = (
        "&amp;lt;br&amp;gt;".join(f"{a}:&amp;nbsp;{b}" for a, b in rows)
        if i % 2
        else "&lt;br&gt;".join(f"&lt;b&gt;{a}&lt;/b&gt;&amp;nbsp;{b}" for a, b in rows)
    )
    doc = f"<html><body><p>{inner}</p></body></html>"
    msg = message(p, "แบบฟอร์มติดต่อ", html=doc, n=i, sender="CMS <noreply@example.go.th>")
    return Case("double_escaped_entities", bytes(msg), expect(p, ALL))


def plain_part_placeholder(p: Person, i: int) -> Case:
    """multipart/alternative whose text/plain part only says to open the HTML one (some
    newsletter tools and web forms); the form is in the HTML part."""
    text = (
        "This email requires an HTML-capable mail client.\n",
        "กรุณาเปิดอีเมลนี้ด้วยโปรแกรมที่แสดง HTML ได้\n",
    )[i % 2]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in [
        ("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเกิด", thai_date(p.born)),
        ("โทรศัพท์", p.mobile), ("อีเมล", p.email), ("ที่อยู่", whole_address(p))])  # fmt: skip
    doc = f"<html><body><table>{rows}</table></body></html>"
    msg = message(p, "คำร้องออนไลน์", text=text, html=doc, n=i, sender="Web <noreply@example.go.th>")
    return Case("plain_part_placeholder", bytes(msg), expect(p, ALL))


def gdocs_paste_runs(p: Person, i: int) -> Case:
    """A form typed in Google Docs and pasted into Gmail: Docs' wrapper <b
    id="docs-internal-guid" style="font-weight:normal">, one <span> per run of styling,
    so a value is cut into runs (the bold label, the colon, parts of the number)."""

    def run(text: str, bold: bool = False) -> str:
        w = 700 if bold else 400
        return f'<span style="font-size:11pt;font-family:Sarabun;font-weight:{w};white-space:pre-wrap">{text}</span>'  # noqa: E501

    m = dashed_mobile(p.mobile)
    paras = [
        run("ชื่อ-นามสกุล", True) + run(" : ") + run(p.title) + run(f"{p.first} {p.last}"),
        run("เลขประจำตัวประชาชน", True)
        + run(" : ")
        + run(dashed_id(p.nid)[:6])
        + run(dashed_id(p.nid)[6:]),
        run("วันเกิด", True) + run(" : ") + run(thai_date(p.born)),
        run("โทรศัพท์", True) + run(" : ") + run(m[:4]) + run(m[4:]),
        run("ที่อยู่", True) + run(" : ") + run(whole_address(p)),
    ]
    body = "".join(
        f'<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt">{x}</p>'
        for x in paras
    )
    doc = f'<div dir="ltr"><meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-6f1a{i}">{body}</b><br></div>'  # noqa: E501
    msg = message(p, "คำร้อง", html=doc, n=i)
    return Case("gdocs_paste_runs", bytes(msg), expect(p, ALL.replace(" email", "")))


# --- form mailers' dumps -----------------------------------------------------------------


def csv_rows(p: Person, i: int) -> Case:
    """A header row and a value row separated by commas (an export pasted in), the
    title glued to the first name as the export writes it."""
    heads = "ชื่อ,นามสกุล,เลขบัตรประชาชน,วันเกิด,เบอร์โทร,อีเมล"
    vals = f"{p.title}{p.first},{p.last},{p.nid},{p.born.day}/{p.born.month}/{be(p.born)},{p.mobile},{p.email}"  # noqa: E501
    body = f"เรียน เจ้าหน้าที่\nขอส่งข้อมูลผู้ยื่นคำร้องตามไฟล์ที่ระบบ export ค่ะ\n\n{heads}\n{vals}\n"
    msg = message(p, "ข้อมูลผู้ยื่นคำร้อง", text=body, n=i)
    return Case("csv_rows", bytes(msg), expect(p, "full_name national_id birth_date phone email"))


def form_mailer_json(p: Person, i: int) -> Case:
    """A web form that mails its JSON payload as it is: English keys, Thai values, the
    Thai letters escaped as \\u0e.. (i odd) or left as they are."""
    data = {
        "form_id": f"REQ-2569-00{812 + i}",
        "fullname": p.name,
        "citizen_id": p.nid,
        "birthdate": p.born.isoformat(),
        "tel": p.mobile,
        "email": p.email,
        "address": whole_address(p),
        "submitted_at": f"2026-12-03T08:1{i}:00+07:00",
    }
    body = json.dumps(data, ensure_ascii=bool(i % 2), indent=2) + "\n"
    msg = message(p, "New form submission", text=body, n=i, sender="form <noreply@example.go.th>")
    return Case("form_mailer_json", bytes(msg), expect(p, ALL))


def form_mailer_print_r(p: Person, i: int) -> Case:
    """A PHP form mailer that mails print_r($_POST): 'Array ( [name] => ... )' with
    the keys the web page's author chose."""
    body = f"""Array
(
    [prefix] => {p.title}
    [fname] => {p.first}
    [lname] => {p.last}
    [idcard] => {p.nid}
    [tel] => {dashed_mobile(p.mobile)}
    [email] => {p.email}
    [addr] => {long_line(p)}
    [province] => {p.province}
    [zipcode] => {p.postal}
    [submit] => ส่งข้อมูล
)
"""
    msg = message(p, "ติดต่อจากเว็บไซต์", text=body, n=i, sender="apache <apache@example.go.th>")
    return Case(
        "form_mailer_print_r",
        bytes(msg),
        expect(p, "full_name national_id phone email address postal_code province", long_line(p)),
    )


# --- charsets -----------------------------------------------------------------------------


def subject_tis620_words(p: Person, i: int) -> Case:
    """An old client: the subject as TIS-620 encoded words, the body windows-874 8bit,
    the request in the subject and the values in the body."""
    subject = ("ขอคัดสำเนาทะเบียนบ้าน", "ขอหนังสือรับรองการเป็นผู้มีสิทธิ")[i % 2]
    body = f"""เรียน เจ้าหน้าที่
ชื่อ : {p.name}
บัตรประชาชน : {dashed_id(p.nid)}
เกิด : {thai_date(p.born)}
ที่อยู่ : {whole_address(p)}
โทรศัพท์ : {dashed_mobile(p.mobile)}
""".replace("\n", "\r\n").encode("cp874")
    headers = "Content-Type: text/plain; charset=windows-874\nContent-Transfer-Encoding: 8bit"
    case = raw(p, subject, headers, body, i, subject_charset="tis-620")
    exp = expect(p, ALL.replace(" email", "") + " subject", subject=subject)
    return Case("subject_tis620_words", case, exp)


# --- quoted agency text ------------------------------------------------------------------


def agency_example_values(p: Person, i: int) -> Case:
    """The citizen answers in a few lines on top; the agency's mail below, quoted with
    '>', shows how to fill in with example values of its own (a sample name, ID, date,
    phone and address)."""
    body = f"""ส่งข้อมูลครับ
{p.name} บัตร {p.nid} เกิด {short_thai_date(p.born)}
โทร {p.mobile}
ที่อยู่ {whole_address(p)}

On Wed, Dec 2, 2026 at 4:01 PM งานสารบรรณ <{AGENCY}> wrote:
> เรียน ผู้ยื่นคำร้อง
> กรุณาส่งข้อมูลตามตัวอย่าง
> ตัวอย่าง:
> ชื่อ-นามสกุล: นายสมชาย ใจดี
> เลขประจำตัวประชาชน: 1-2345-67890-12-1
> วันเกิด: 1 มกราคม 2530
> โทรศัพท์: 081-234-5678
> ที่อยู่: 1 หมู่ 1 ตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 10000
> โทร {AGENCY_PHONE}
"""
    msg = message(p, "Re: ขอข้อมูลเพิ่มเติม", text=body, n=i)
    return Case("agency_example_values", bytes(msg), expect(p, ALL.replace(" email", "")))


STYLES: tuple[tuple[Style, int], ...] = (
    (e_saraban_memo, 2),
    (karaoke_labels, 2),
    (pdf_hard_breaks, 2),
    (wrapped_prose_70, 3),
    (several_requests_one_person, 2),
    (age_only_no_birth, 2),
    (title_after_name, 2),
    (address_same_as_above, 3),
    (house_code_beside_id, 2),
    (values_in_quotes, 3),
    (postal_abbrev, 3),
    (moo_as_village, 3),
    (id_mixed_scripts, 2),
    (phone_ext_or, 3),
    (intl_with_zero, 3),
    (contact_copy_embeddings, 2),
    (fullwidth_forms, 2),
    (messenger_paste, 2),
    (signature_only_mobile, 3),
    (samsung_mail_reply, 2),
    (outlook_mobile, 2),
    (emoji_as_labels, 2),
    (html_pre, 2),
    (layout_table_html, 2),
    (hidden_preheader, 2),
    (table_colspan_rowspan, 2),
    (header_row_table, 2),
    (old_webmail_font, 2),
    (literal_br_tags, 3),
    (double_escaped_entities, 2),
    (plain_part_placeholder, 2),
    (gdocs_paste_runs, 2),
    (csv_rows, 2),
    (form_mailer_json, 2),
    (form_mailer_print_r, 2),
    (subject_tis620_words, 2),
    (agency_example_values, 2),
)


# --- a second batch, written after the readers were read and fixed ---------------------
# Shapes next to those the fixes were made for, to see whether the fixes hold on them.


def emoji_before_labels(p: Person, i: int) -> Case:
    """A pictograph before each label, not instead of it ("📞 เบอร์: ...")."""
    body = f"""ข้อมูลผู้ยื่นคำร้องค่ะ
👤 ชื่อ-นามสกุล: {p.name}
🪪 เลขบัตรประชาชน: {dashed_id(p.nid)}
🎂 วันเกิด: {thai_date(p.born)}
📞 เบอร์: {dashed_mobile(p.mobile)}
📧 อีเมล: {p.email}
🏠 ที่อยู่: {whole_address(p)}
"""
    msg = message(p, "ข้อมูลผู้ยื่นคำร้อง", text=body, n=100 + i)
    return Case("emoji_before_labels", bytes(msg), expect(p, ALL))


def csv_quoted_address(p: Person, i: int) -> Case:
    """An export's header row and value row, the address in double quotes because it
    holds commas, the ID as the export writes it (no dashes)."""
    parts = ", ".join(long_parts(p))
    heads = "ชื่อ-นามสกุล,เลขบัตรประชาชน,ที่อยู่,จังหวัด,รหัสไปรษณีย์,โทรศัพท์"
    vals = f'{p.name},{p.nid},"{parts}",{p.province},{p.postal},{p.mobile}'
    body = f"เรียน เจ้าหน้าที่\n\n{heads}\n{vals}\n\nขอบคุณค่ะ\n"
    msg = message(p, "ข้อมูลผู้ยื่นคำร้อง", text=body, n=110 + i)
    exp = expect(p, "full_name national_id phone address postal_code province", parts)
    exp["address"] += (parts.replace(",", ""),)
    return Case("csv_quoted_address", bytes(msg), exp)


def json_nested(p: Person, i: int) -> Case:
    """A web form's JSON with the applicant and the address in objects of their own."""
    data = {
        "ref": f"EF-{2569}-{4400 + i}",
        "applicant": {
            "fullname": p.name, "idcard": p.nid, "tel": dashed_mobile(p.mobile),
            "email": p.email,
        },
        "address": {"addr": long_line(p), "province": p.province, "zipcode": p.postal},
        "consent": True,
    }  # fmt: skip
    body = json.dumps(data, ensure_ascii=bool(i % 2), indent=4) + "\n"
    msg = message(p, "Form submission", text=body, n=120 + i, sender="form <noreply@example.go.th>")
    keys = "full_name national_id phone email address postal_code province"
    return Case("json_nested", bytes(msg), expect(p, keys))


def quotes_single_curly(p: Person, i: int) -> Case:
    """Values in single curly quotes or guillemets, as a phone's smart punctuation makes."""
    o, c = (("‘", "’"), ("«", "»"))[i % 2]
    body = f"""เรียนเจ้าหน้าที่
ชื่อ-นามสกุล {o}{p.name}{c}
เลขบัตรประชาชน {o}{p.nid}{c}
เบอร์โทร {o}{dashed_mobile(p.mobile)}{c}
ที่อยู่ {o}{whole_address(p)}{c}
"""
    msg = message(p, "ส่งข้อมูล", text=body, n=130 + i)
    keys = "full_name national_id phone address postal_code province"
    return Case("quotes_single_curly", bytes(msg), expect(p, keys))


def plain_with_p_tags(p: Person, i: int) -> Case:
    """A mailer that sends its HTML template as text/plain: <p> per line, &nbsp; between
    label and value."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", p.nid),
            ("วันเกิด", thai_date(p.born)), ("โทรศัพท์", p.mobile), ("อีเมล", p.email),
            ("ที่อยู่", whole_address(p))]  # fmt: skip
    body = "".join(f"<p>{a}:&nbsp;{b}</p>\n" for a, b in rows)
    msg = message(p, "[contact] คำร้อง", text=body, n=140 + i, sender="www <www@example.go.th>")
    return Case("plain_with_p_tags", bytes(msg), expect(p, ALL))


def pre_with_tabs(p: Person, i: int) -> Case:
    """A <pre> block whose labels are parted from their values by a tab and a colon,
    a bold label inside it."""
    rows = [("ชื่อ-นามสกุล", p.name), ("เลขประจำตัวประชาชน", dashed_id(p.nid)),
            ("วันเกิด", short_thai_date(p.born)), ("เบอร์มือถือ", dashed_mobile(p.mobile)),
            ("ที่อยู่", whole_address(p))]  # fmt: skip
    text = "\n".join(f"<b>{a}</b>\t: {b}" for a, b in rows)
    doc = f"<html><body><pre>{text}</pre></body></html>"
    msg = message(p, "คำร้อง", html=doc, n=150 + i)
    return Case("pre_with_tabs", bytes(msg), expect(p, ALL.replace(" email", "")))


SECOND_BATCH: tuple[tuple[Style, int], ...] = (
    (emoji_before_labels, 2),
    (csv_quoted_address, 2),
    (json_nested, 2),
    (quotes_single_curly, 2),
    (plain_with_p_tags, 2),
    (pre_with_tabs, 2),
)


def build_set() -> list[Case]:
    """Each style for a different run of the eight people."""
    cases = []
    for s, (style, count) in enumerate(STYLES + SECOND_BATCH):
        for i in range(count):
            cases.append(style(PEOPLE[(3 * s + i) % len(PEOPLE)], i))
    return cases
