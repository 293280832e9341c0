"""A blind set of scanned and photographed Thai request forms, written for round 23 of the
OCR work (issue 8) before any reader was changed in that round (and before the readers
were looked at).

It shares the harness, the pen and paper of round 20's set (ocr_blind20.Sheet) and its
verdicts, nothing else: its own people, layouts and captures, of kinds the earlier OCR
sets do not hold.

Layouts, as Thai offices print and citizens fill them:
- tick_hand: a disaster-relief form filled by hand in Purisa (blue ballpoint, each word
  turned and raised), the title ticked in a row of boxes and the name written without
  it, the ID written by hand in its card's groups (1 2345 67890 12 3), more ticked rows
  (damage, how to be paid) below the address;
- two_page_id: a registration over two sheets, the name, address and phone on the first,
  the ID and birth date (ข้อมูลสำหรับยืนยันตัวตน) on the second, "หน้า 1/2", "หน้า 2/2";
- id_card_copy: a water-service request whose ID line says "ตามสำเนาบัตรที่แนบ" and is
  left empty: the ID is on a photocopy of the ID card stapled over the form's lower part
  (turned a few degrees, grey toner, with the card's issue and expiry dates and English
  name beside the Thai);
- red_stamp_name: a typed request with the office's red receiving stamp (เลขรับ, date,
  time) pressed across the name line; the birth date written dd-mm-BE with dashes;
- caption_below: a membership form with each value in blue gel pen on a solid line and
  its caption in small print in brackets BELOW the line, as on certificates.

Captures, as they reach an agency: a phone photo taken at a steep angle on a wooden table
with the phone's and hand's soft shadow across the page, a mobile scanner app's
high-contrast black-and-white PDF (local threshold: faint strokes lost, shading gone), a
low-resolution 150 dpi grey scan (PNG, or a PDF of both sheets), and a 300 dpi colour
flatbed scan with the lid's dark edge (JPEG).

All people, numbers and addresses are invented. `PYTHONPATH=tests python
tests/extractors/ocr_blind23.py --save DIR` writes the pages to look at.
"""

from __future__ import annotations

import argparse
import io
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from ocr_blind20 import (
    A4,
    BLACK,
    LINE,
    MARGIN,
    TYPE_INK,
    Applicant,
    Sheet,
    _coefficients,
    expected,
    field_table,
    font,
    grain,
    phone_dashed,
)
from ocr_blind20 import score as score_set
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from support.blind_sets import save_attachments
from unseen_harness import StyleScore, render
from unseen_requests import MONTHS, MONTHS_SHORT, with_check_digit

BALLPOINT = (25, 45, 150)
GEL = (10, 70, 200)
STAMP_RED = (200, 35, 45)

APPLICANTS: tuple[Applicant, ...] = (
    Applicant("นาง", "บุญเรือน", "แสงสว่าง", with_check_digit("340190027461"), date(1967, 2, 14),
              "0897215346", "25", "4", "วารินชำราบ", "วารินชำราบ", "อุบลราชธานี", "34190"),
    Applicant("นาย", "ประยูร", "ศรีสุวรรณ", with_check_digit("540100063925"), date(1959, 11, 2),
              "0816630274", "118/2", "7", "นาจักร", "เมืองแพร่", "แพร่", "54000"),
    Applicant("นางสาว", "วรรณภา", "จันทร์หอม", with_check_digit("155020041736"), date(1998, 4, 27),
              "0623490718", "6", "2", "ท่าวังผา", "ท่าวังผา", "น่าน", "55140"),
    Applicant("นาย", "สมศักดิ์", "ทองดีเลิศ", with_check_digit("383010052847"), date(1976, 6, 30),
              "0945127730", "77/15", "3", "กะทู้", "กะทู้", "ภูเก็ต", "83120"),
    Applicant("นาง", "อำไพ", "คำแสน", with_check_digit("357130008194"), date(1962, 9, 18),
              "0859034162", "204", "9", "แม่สาย", "แม่สาย", "เชียงราย", "57130"),
    Applicant("นาย", "ชัยวัฒน์", "โพธิ์ศรี", with_check_digit("144010075318"), date(1985, 1, 9),
              "0871264509", "31", "12", "ตลาด", "เมืองมหาสารคาม", "มหาสารคาม", "44000"),
    Applicant("นางสาว", "ปวีณา", "รุ่งเรืองชัย", with_check_digit("177070039642"), date(1993, 10, 5),
              "0918836257", "9/88", "5", "หัวหิน", "หัวหิน", "ประจวบคีรีขันธ์", "77110"),
    Applicant("นาย", "วีระ", "บุญประคอง", with_check_digit("320010094573"), date(1970, 3, 22),
              "0833507619", "142", "1", "บางปลาสร้อย", "เมืองชลบุรี", "ชลบุรี", "20000"),
    Applicant("นาง", "สายสุนีย์", "ใจมั่น", with_check_digit("350130066281"), date(1968, 7, 11),
              "0652081947", "53/1", "6", "หนองหาร", "สันทราย", "เชียงใหม่", "50290"),
    Applicant("นาย", "อนุชา", "แก่นจันทร์", with_check_digit("121010048836"), date(1990, 12, 1),
              "0967342815", "88", "10", "บ้านไผ่", "บ้านไผ่", "ขอนแก่น", "40110"),
)  # fmt: skip

# The card's English lines, for the two people whose card copy is stapled to a form.
ENGLISH = {
    "อำไพ": ("Mrs. Amphai", "Khamsaen"),
    "ชัยวัฒน์": ("Mr. Chaiwat", "Phosri"),
}


# --- drawing ---------------------------------------------------------------------------------


def card_groups(nid: str) -> str:
    """The ID as the card prints it: 1 2345 67890 12 3."""
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def tick_hand(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Filled by hand; the title is a tick, not a word."""
    s.centre(150, "แบบคำร้องขอรับความช่วยเหลือผู้ประสบภัย", bold=True)
    s.centre(240, f"องค์การบริหารส่วนตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province}")
    y = 400.0
    x = s.text(MARGIN, y, "ข้าพเจ้า") + 20
    x = s.tick_row(x, y, ("นาย", "นาง", "นางสาว"), p.title)
    s.field(x, y, "ชื่อ-สกุล", f"{p.first} {p.last}", 820)
    y += LINE * 1.1
    x = s.field(MARGIN, y, "เลขประจำตัวประชาชน", card_groups(p.nid), 700)
    y += LINE * 1.1
    b = p.born
    x = s.field(MARGIN, y, "เกิดวันที่", f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}",
                420)  # fmt: skip
    x = s.field(x, y, "อายุ", str(p.age), 90)
    s.text(x, y, "ปี")
    y += LINE * 1.1
    x = s.field(MARGIN, y, "ที่อยู่ บ้านเลขที่", p.house, 170)
    x = s.field(x, y, "หมู่ที่", p.moo, 90)
    s.field(x, y, "ตำบล", p.tambon, 420)
    y += LINE * 1.1
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 420)
    x = s.field(x, y, "จังหวัด", p.province, 400)
    y += LINE * 1.1
    x = s.field(MARGIN, y, "รหัสไปรษณีย์", p.postal, 220)
    s.field(x, y, "โทรศัพท์", phone_dashed(p.phone), 420)
    y += LINE * 1.4
    x = s.text(MARGIN, y, "ความเสียหาย") + 24
    s.tick_row(x, y, ("บ้านเรือน", "พืชผลทางการเกษตร", "สัตว์เลี้ยง"), "บ้านเรือน")
    y += LINE * 1.1
    x = s.text(MARGIN, y, "ขอรับเงินช่วยเหลือโดย") + 24
    s.tick_row(x, y, ("รับเงินสด", "โอนเข้าบัญชีธนาคาร"), "โอนเข้าบัญชีธนาคาร")
    y += LINE * 1.4
    s.text(MARGIN + 120, y, "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")
    s.signature(y + 2 * LINE, p)
    return [s.image]


def sheet_like(s: Sheet) -> Sheet:
    return Sheet(s.face, s.hand, s.ink, s.rng, size=s.size, handwriting=s.handwriting)


def two_page_id(s: Sheet, p: Applicant) -> list[Image.Image]:
    """The person's ID and birth date only on the second sheet."""
    s.text(A4[0] - MARGIN - 220, 100, "หน้า 1/2")
    s.centre(170, "แบบคำขอลงทะเบียนผู้ค้ารายย่อยในตลาดชุมชน", bold=True)
    s.centre(260, f"เทศบาลตำบล{p.tambon}")
    y = 420.0
    s.text(MARGIN, y, "ส่วนที่ 1  ข้อมูลผู้ขอลงทะเบียน", bold=True)
    y += LINE * 1.2
    s.field(MARGIN + 80, y, "ชื่อ-นามสกุล", p.name, 1000)
    y += LINE
    x = s.field(MARGIN + 80, y, "ที่อยู่เลขที่", p.house, 200)
    x = s.field(x, y, "หมู่ที่", p.moo, 100)
    s.field(x, y, "ตำบล", p.tambon, 420)
    y += LINE
    x = s.field(MARGIN + 80, y, "อำเภอ", p.amphoe, 440)
    s.field(x, y, "จังหวัด", p.province, 420)
    y += LINE
    x = s.field(MARGIN + 80, y, "รหัสไปรษณีย์", p.postal, 220)
    s.field(x, y, "โทรศัพท์มือถือ", phone_dashed(p.phone), 420)
    y += LINE * 1.4
    s.text(MARGIN, y, "ส่วนที่ 2  ข้อมูลการค้า", bold=True)
    y += LINE * 1.2
    s.field(MARGIN + 80, y, "ประเภทสินค้า", "ผักปลอดสารพิษและผลไม้ตามฤดูกาล", 1200)
    y += LINE
    s.field(MARGIN + 80, y, "ขนาดแผงที่ขอ", "2 x 3 เมตร", 500)
    s.centre(A4[1] - 300, "(โปรดกรอกข้อมูลต่อในหน้า 2)")
    second = sheet_like(s)
    second.text(A4[0] - MARGIN - 220, 100, "หน้า 2/2")
    y = 260.0
    second.text(MARGIN, y, "ส่วนที่ 3  ข้อมูลสำหรับยืนยันตัวตน", bold=True)
    y += LINE * 1.2
    second.field(MARGIN + 80, y, "เลขประจำตัวประชาชน", p.nid, 620)
    y += LINE
    b = second.field(
        MARGIN + 80,
        y,
        "วันเดือนปีเกิด",
        f"{p.born.day} {MONTHS[p.born.month - 1]} {p.born.year + 543}",
        560,
    )
    second.text(b, y, "(ตามบัตรประจำตัวประชาชน)")
    y += LINE * 1.4
    second.text(MARGIN + 120, y, "ข้าพเจ้าขอรับรองว่าข้อมูลข้างต้นเป็นความจริง")
    second.signature(y + 2 * LINE, p)
    return [s.image, second.image]


def id_card(p: Applicant, rng: random.Random) -> Image.Image:
    """A photocopy of the Thai ID card's face, 85.6 x 54 mm at 300 dpi, grey toner."""
    w, h = 1011, 638
    card = Image.new("RGB", (w, h), (205, 205, 205))
    d = ImageDraw.Draw(card)
    d.rounded_rectangle((0, 0, w - 1, h - 1), radius=40, outline=(60, 60, 60), width=4)
    small, mid, big = font("Loma", 26), font("Loma", 34), font("Loma-Bold", 46)
    d.text((40, 22), "บัตรประจำตัวประชาชน  Thai National ID Card", font=mid, fill=(30, 30, 30))
    d.text((40, 82), "เลขประจำตัวประชาชน", font=small, fill=(40, 40, 40))
    d.text((40, 108), "Identification Number", font=small, fill=(40, 40, 40))
    d.text((330, 82), card_groups(p.nid), font=big, fill=(10, 10, 10))
    d.text((40, 170), f"ชื่อตัวและชื่อสกุล  {p.title} {p.first} {p.last}", font=mid,
           fill=(10, 10, 10))  # fmt: skip
    first_en, last_en = ENGLISH[p.first]
    d.text((40, 222), f"Name  {first_en}", font=mid, fill=(20, 20, 20))
    d.text((40, 266), f"Last name  {last_en}", font=mid, fill=(20, 20, 20))
    b = p.born
    d.text((40, 318), f"เกิดวันที่  {b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}", font=mid,
           fill=(10, 10, 10))  # fmt: skip
    d.text((40, 362), f"Date of Birth  {b.day} {b.strftime('%b')}. {b.year}", font=mid,
           fill=(20, 20, 20))  # fmt: skip
    d.text((40, 410), "ศาสนา  พุทธ", font=small, fill=(20, 20, 20))
    d.text((40, 452), f"ที่อยู่  {p.house} หมู่ที่ {p.moo} ต.{p.tambon} อ.{p.amphoe}",
           font=small, fill=(10, 10, 10))  # fmt: skip
    d.text((110, 486), f"จ.{p.province}", font=small, fill=(10, 10, 10))
    d.text((40, 560), "3 มี.ค. 2565", font=small, fill=(20, 20, 20))
    d.text((40, 590), "วันออกบัตร  Date of Issue", font=font("Loma", 18), fill=(40, 40, 40))
    d.text((560, 560), f"{b.day - 1 or 1} {MONTHS_SHORT[b.month - 1]} 2574", font=small,
           fill=(20, 20, 20))  # fmt: skip
    d.text((560, 590), "วันบัตรหมดอายุ  Date of Expiry", font=font("Loma", 18), fill=(40, 40, 40))
    d.rectangle((760, 240, 970, 500), fill=(95, 95, 95))  # the photo, copied dark
    d.ellipse((815, 275, 915, 385), fill=(60, 60, 60))
    toner = grain((w, h), rng, 18)
    return ImageChops.multiply(
        card, Image.merge("RGB", (toner, toner, toner)).point(lambda v: min(255, v + 110))
    )


def id_card_copy(s: Sheet, p: Applicant) -> list[Image.Image]:
    """The ID only on the card copy stapled over the form's foot."""
    s.centre(150, "คำขอใช้น้ำประปา", bold=True)
    s.centre(240, f"กิจการประปาเทศบาลตำบล{p.tambon}")
    y = 400.0
    s.field(MARGIN + 120, y, "ข้าพเจ้า", p.name, 1000)
    y += LINE
    x = s.field(MARGIN, y, "เลขประจำตัวประชาชน", "", 560)
    s.text(x, y, "(ตามสำเนาบัตรที่แนบ)")
    y += LINE
    b = p.born
    s.field(MARGIN, y, "วันเกิด", f"{b.day} {MONTHS[b.month - 1]} {b.year + 543}", 560)
    y += LINE
    addr = f"{p.house} หมู่ {p.moo} ต.{p.tambon} อ.{p.amphoe}"
    s.field(MARGIN, y, "สถานที่ขอใช้น้ำ เลขที่", addr, 1200)
    y += LINE
    x = s.field(MARGIN, y, "จังหวัด", p.province, 420)
    s.field(x, y, "รหัสไปรษณีย์", p.postal, 220)
    y += LINE
    s.field(MARGIN, y, "เบอร์โทรติดต่อ", p.phone, 460)
    y += LINE * 1.3
    x = s.text(MARGIN, y, "ขนาดมาตรวัดน้ำ") + 24
    s.tick_row(x, y, ("1/2 นิ้ว", "3/4 นิ้ว", "1 นิ้ว"), "1/2 นิ้ว")
    y += LINE * 1.2
    s.text(MARGIN, y, "เอกสารแนบ  1. สำเนาบัตรประจำตัวประชาชน  2. สำเนาทะเบียนบ้าน")
    s.signature(y + 1.6 * LINE, p)
    card = id_card(p, s.rng).rotate(s.rng.uniform(3, 6), resample=Image.Resampling.BICUBIC,
                                    expand=True, fillcolor=(255, 255, 255))  # fmt: skip
    cx, cy = MARGIN + 80, int(y + 4.2 * LINE)
    s.image.paste(card, (cx, cy))
    for dx in (0, 70):  # the staple through card and form
        s.draw.line((cx + 90 + dx, cy + 110, cx + 140 + dx, cy + 104), fill=(120, 120, 125),
                    width=7)  # fmt: skip
    return [s.image]


def red_stamp(s: Sheet, p: Applicant, x: int, y: int) -> None:
    """The receiving stamp, inked unevenly, turned, pressed over what lies below."""
    w, h = 760, 330
    mark = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mark)
    d.rectangle((4, 4, w - 5, h - 5), outline=255, width=8)
    d.rectangle((22, 22, w - 23, h - 23), outline=255, width=4)
    f = font("Garuda-Bold", 44)
    d.text((50, 40), f"อบต.{p.tambon}", font=f, fill=255)
    d.text((50, 110), "เลขรับ  2381", font=f, fill=255)
    d.text((50, 175), "วันที่  4 ธ.ค. 2569", font=f, fill=255)
    d.text((50, 240), "เวลา  10.40 น.", font=f, fill=255)
    ink = grain((w, h), s.rng, 70).point(lambda v: min(255, v + 60))
    mark = ImageChops.multiply(mark, ink).rotate(s.rng.uniform(-12, -6), expand=True,
                                                 resample=Image.Resampling.BICUBIC)  # fmt: skip
    red = Image.new("RGB", mark.size, STAMP_RED)
    box = (x, y, x + mark.size[0], y + mark.size[1])
    under = s.image.crop(box)
    inked = ImageChops.multiply(under, red)  # the stamp's ink does not hide the type
    s.image.paste(Image.composite(inked, under, mark), box[:2])


def red_stamp_name(s: Sheet, p: Applicant) -> list[Image.Image]:
    s.centre(150, "คำร้องขอใช้อาคารอเนกประสงค์", bold=True)
    s.text(A4[0] // 2 + 200, 280, "เขียนที่  ศาลาประชาคมหมู่บ้าน")
    s.text(A4[0] // 2 + 200, 280 + LINE, "วันที่  1  ธันวาคม  2569")
    y = 300 + 2.6 * LINE
    name_y = y
    x = s.field(MARGIN + 120, y, "ข้าพเจ้า", p.name, 900)
    x = s.field(x, y, "อายุ", str(p.age), 90)
    s.text(x, y, "ปี")
    y += LINE
    s.field(MARGIN, y, "ถือบัตรประจำตัวประชาชนเลขที่", p.nid, 600)
    y += LINE
    b = p.born
    s.field(MARGIN, y, "เกิดวันที่", f"{b.day:02d}-{b.month:02d}-{b.year + 543}", 420)
    y += LINE
    addr = f"บ้านเลขที่ {p.house} หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe}"
    s.field(MARGIN, y, "ที่อยู่ตามทะเบียนบ้าน", addr, 1300)
    y += LINE
    x = s.field(MARGIN, y, "จังหวัด", p.province, 420)
    x = s.field(x, y, "รหัสไปรษณีย์", p.postal, 200)
    s.field(x, y, "โทรศัพท์", p.phone, 400)
    y += LINE * 1.3
    x = s.text(MARGIN + 120, y, "มีความประสงค์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, "ขอใช้อาคารจัดงานทำบุญบ้านวันที่ 20 ธ.ค. 2569")
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.signature(y + 3 * LINE, p)
    red_stamp(s, p, MARGIN + 700, int(name_y - 150))
    return [s.image]


def under_line(s: Sheet, x: float, y: float, end: float, val: str, caption: str) -> None:
    """The value on a solid line, its caption centred in small print below the line."""
    s.draw.line((x, y + 70, end, y + 70), fill=BLACK, width=2)
    s.value(x + 30, y, val)
    small = font(s.face, 36)
    w = s.draw.textlength(caption, font=small)
    s.draw.text(((x + end - w) / 2, y + 82), caption, font=small, fill=BLACK)


def caption_below(s: Sheet, p: Applicant) -> list[Image.Image]:
    s.centre(150, "ใบสมัครสมาชิกกองทุนหมู่บ้าน", bold=True)
    s.centre(240, f"บ้านหมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe}")
    left, right = MARGIN, A4[0] - MARGIN
    mid = (left + right) // 2
    b = p.born
    y = 420.0
    s.text(left, y, "ข้าพเจ้า")
    under_line(s, left + 220, y, right, p.name, "(ชื่อ - นามสกุล)")
    y += LINE * 1.7
    under_line(s, left, y, mid - 40, p.nid, "(เลขประจำตัวประชาชน 13 หลัก)")
    under_line(s, mid + 40, y, right, f"{b.day}/{b.month}/{b.year + 543}", "(วัน/เดือน/ปี เกิด)")
    y += LINE * 1.7
    under_line(s, left, y, right, f"{p.house} ม.{p.moo} ต.{p.tambon} อ.{p.amphoe}",
               "(ที่อยู่ตามทะเบียนบ้าน)")  # fmt: skip
    y += LINE * 1.7
    third = (right - left) // 3
    under_line(s, left, y, left + third - 30, p.province, "(จังหวัด)")
    under_line(s, left + third + 30, y, left + 2 * third - 30, p.postal, "(รหัสไปรษณีย์)")
    n = p.phone
    under_line(s, left + 2 * third + 30, y, right, f"{n[:3]} {n[3:6]} {n[6:]}",
               "(โทรศัพท์)")  # fmt: skip
    y += LINE * 2
    s.text(left + 120, y, "ขอสมัครเป็นสมาชิกกองทุนหมู่บ้าน และยินยอมปฏิบัติตามระเบียบของกองทุน")
    s.signature(y + 2 * LINE, p)
    return [s.image]


# --- captures --------------------------------------------------------------------------------


def wood(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """A wooden table top: brown, its grain long streaks across."""
    W, H = size
    streaks = grain((max(8, W // 60), H), rng, 40).resize((W, H), Image.Resampling.BICUBIC)
    base = Image.new("RGB", (W, H), (134, 92, 56))
    tone = Image.merge("RGB", (streaks, streaks, streaks)).point(lambda v: min(255, v + 70))
    return ImageChops.multiply(base, tone).filter(ImageFilter.GaussianBlur(2))


def angled_photo(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A phone held low over a wooden table: the page's far edge much narrower than the
    near one, the phone's and hand's soft shadow across one side."""
    (page,) = pages
    W, H = 2400, 3200
    w, h = page.size
    j = [rng.uniform(-1, 1) * 40 for _ in range(8)]
    corners = [
        (W * 0.17 + j[0], H * 0.07 + j[1]),
        (W * 0.83 + j[2], H * 0.09 + j[3]),
        (W * 0.97 + j[4], H * 0.95 + j[5]),
        (W * 0.03 + j[6], H * 0.93 + j[7]),
    ]
    coeffs = _coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    mask = Image.new("L", page.size, 255).transform((W, H), Image.Transform.PERSPECTIVE, coeffs)
    flat = page.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    shot = Image.composite(flat, wood((W, H), rng), mask)
    shade = Image.new("L", (W, H), 255)
    x0 = rng.randint(W // 2, W * 2 // 3)
    ImageDraw.Draw(shade).polygon([(x0, H), (x0 + 300, H * 0.55), (W, H * 0.45), (W, H)],
                                  fill=120)  # fmt: skip
    shade = shade.filter(ImageFilter.GaussianBlur(70))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (shade, shade, shade)))
    light = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 4)
    shot = ImageChops.multiply(shot, Image.merge("RGB", (light, light, light)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (255, 246, 228)))
    shot = shot.filter(ImageFilter.GaussianBlur(1.0))
    shot = ImageChops.add(shot, grain((W, H), rng, 6).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(72, 82))
    return f"IMG_{rng.randint(1000, 9999)}.jpeg", out.getvalue(), "image/jpeg"


def app_bw(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A mobile scanner app's B/W mode: the photo flattened, ~200 dpi, every pixel cut
    against its neighbourhood's mean (shading and faint strokes gone), one PDF."""
    out_pages = []
    for page in pages:
        grey = page.convert("L").resize((1654, 2339), Image.Resampling.BILINEAR)
        grey = grey.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC,
                           fillcolor=255)  # fmt: skip
        light = Image.linear_gradient("L").transpose(rng.choice(list(Image.Transpose)))
        light = light.resize(grey.size).point(lambda v: 255 - v // 3)  # the lamp's side
        grey = ImageChops.multiply(grey, light)
        grey = grey.filter(ImageFilter.GaussianBlur(0.9))
        grey = ImageChops.add(grey, grain(grey.size, rng, 6), scale=1.0, offset=-128)
        mean = grey.filter(ImageFilter.BoxBlur(20))
        darker = ImageChops.subtract(mean, grey)  # how much darker than around it
        bw = darker.point(lambda v: 0 if v > 28 else 255).convert("1")
        out_pages.append(bw)
    out = io.BytesIO()
    out_pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=out_pages[1:])
    stamp = f"{rng.randint(1, 28):02d}-12-2026 {rng.randint(8, 17):02d}.{rng.randint(0, 59):02d}"
    return f"Scanned {stamp}.pdf", out.getvalue(), "application/pdf"


def grey150(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A cheap scanner's default: 150 dpi, 8-bit grey, a little skew; PNG for one
    sheet, a PDF of both for two."""
    out_pages = []
    for page in pages:
        grey = page.convert("L").resize((1240, 1754), Image.Resampling.BILINEAR)
        grey = grey.point(lambda v: 25 + int(v * 205 / 255))
        grey = grey.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC,
                           fillcolor=200)  # fmt: skip
        out_pages.append(grey.filter(ImageFilter.GaussianBlur(0.4)))
    out = io.BytesIO()
    if len(out_pages) == 1:
        out_pages[0].save(out, "PNG", dpi=(150, 150))
        return f"scan{rng.randint(1, 999):04d}.png", out.getvalue(), "image/png"
    out_pages[0].save(out, "PDF", resolution=150.0, save_all=True, append_images=out_pages[1:],
                      quality=75)  # fmt: skip
    return f"doc{rng.randint(100, 999)}.pdf", out.getvalue(), "application/pdf"


def colour_scan(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A 300 dpi colour flatbed scan, the lid left a little open: a dark band down one
    edge; cream paper; JPEG."""
    (page,) = pages
    shot = ImageChops.multiply(page, Image.new("RGB", page.size, (250, 244, 226)))
    shot = shot.rotate(rng.uniform(-1, 1), resample=Image.Resampling.BICUBIC,
                       fillcolor=(40, 40, 40))  # fmt: skip
    band = Image.new("L", page.size, 255)
    ImageDraw.Draw(band).rectangle((page.size[0] - 90, 0, page.size[0], page.size[1]), fill=30)
    band = band.filter(ImageFilter.GaussianBlur(30))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (band, band, band)))
    shot = ImageChops.add(shot, grain(page.size, rng, 4).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.filter(ImageFilter.GaussianBlur(0.5)).save(out, "JPEG", quality=85, dpi=(300, 300))
    return f"EPSON{rng.randint(100, 999)}.JPG", out.getvalue(), "image/jpeg"


Capture = Callable[[list[Image.Image], random.Random], tuple[str, bytes, str]]
CAPTURES: dict[str, Capture] = {
    "angled_photo": angled_photo,
    "app_bw": app_bw,
    "grey150": grey150,
    "colour_scan": colour_scan,
}

Layout = Callable[[Sheet, Applicant], list[Image.Image]]


@dataclass(frozen=True)
class Style:
    layout: Layout
    face: str  # printed form
    hand: str  # filled-in values
    ink: tuple[int, int, int]
    captures: tuple[str, str]
    handwriting: bool = False


STYLES: dict[str, Style] = {
    "tick_hand": Style(tick_hand, "Sawasdee", "Purisa", BALLPOINT, ("angled_photo", "app_bw"),
                       handwriting=True),
    "two_page_id": Style(two_page_id, "Norasi", "TlwgTypist", TYPE_INK, ("grey150", "app_bw")),
    "id_card_copy": Style(id_card_copy, "Kinnari", "Garuda", BALLPOINT,
                          ("colour_scan", "grey150")),
    "red_stamp_name": Style(red_stamp_name, "Umpush", "TlwgTypo", TYPE_INK,
                            ("app_bw", "angled_photo")),
    "caption_below": Style(caption_below, "Laksaman", "Waree", GEL, ("grey150", "angled_photo"),
                           handwriting=True),
}  # fmt: skip


# --- the set and its score -------------------------------------------------------------------


@dataclass(frozen=True)
class Blind:
    style: str
    raw: bytes = field(repr=False)
    expected: dict[str, tuple[str, ...]] = field(repr=False)


def mail(n: int, attach: tuple[str, bytes, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"<resident{n:02d}@gmail.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = ("ส่งแบบฟอร์ม", "คำร้อง (สแกน)", "", "ขอส่งเอกสารค่ะ")[n % 4]
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 9, n, tzinfo=UTC))
    msg["Message-ID"] = f"<blind23-{n}@example.com>"
    msg.set_content("เรียนเจ้าหน้าที่ แนบแบบฟอร์มที่กรอกแล้วมาด้วยครับ\n", charset="utf-8")
    name, data, mime = attach
    maintype, subtype = mime.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg)


def pages_of(name: str, p: Applicant, rng: random.Random) -> list[Image.Image]:
    style = STYLES[name]
    sheet = Sheet(style.face, style.hand, style.ink, rng, handwriting=style.handwriting)
    return style.layout(sheet, p)


def build_set() -> Iterator[Blind]:
    n = 0
    for s, (name, style) in enumerate(STYLES.items()):
        for k, capture in enumerate(style.captures):
            rng = random.Random(f"blind23/{name}/{capture}")
            p = APPLICANTS[s * 2 + k]
            attach = CAPTURES[capture](pages_of(name, p, rng), rng)
            yield Blind(f"{name}/{capture}", mail(n, attach), expected(p))
            n += 1


BY_FIELD: dict[str, Counter[str]] = {}  # this set's own tally, not set 20's


def score(samples: Iterable[Blind]) -> dict[str, StyleScore]:
    return score_set(samples, BY_FIELD)


def by_field() -> str:
    return field_table(BY_FIELD)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--save", type=Path, help="write each attachment here to look at")
    parser.add_argument("--only", default="", help="style/capture prefix")
    args = parser.parse_args()
    cases = [c for c in build_set() if c.style.startswith(args.only)]
    if args.save:
        save_attachments(cases, args.save)
        return
    start = time.monotonic()
    table = score(cases)
    print(render(table, {}))
    print(by_field())
    print(f"{len(cases)} pages in {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
