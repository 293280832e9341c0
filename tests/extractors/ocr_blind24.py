"""A blind set of scanned and photographed Thai request forms, written for round 24 of the
OCR work (issue 8) before any reader was changed in that round (and before the readers
were looked at).

It shares the harness, the pen and paper of round 20's set (ocr_blind20.Sheet) and its
verdicts, nothing else: its own people, layouts and captures, of kinds the earlier OCR
sets (rounds 20-23) do not hold.

Layouts, as Thai offices print and citizens fill them:
- gov_site_grid: a request form printed from a government web site (the browser's print
  header and footer with the page's address and the print date and time, the emblem at
  the top, the form's code in a box), a ruled grid of cells, each with its label in small
  print at the cell's top and the value written by hand (Purisa oblique) inside; an empty
  "for officials" box below;
- thai_digits_hand: an elders' allowance form filled by hand with EVERY number in Thai
  digits (ID ๓-๓๐๑๖-..., birth day and year, house number, postal code, phone), the
  status and the way to be paid ticked, for one a bank account number in Thai digits;
- two_people: one A4 scan of two A5 forms: a village-fund loan request (คำขอกู้ยืมเงิน)
  by the applicant on top and, below a dashed cut line, her or his spouse's consent
  (หนังสือให้ความยินยอมของคู่สมรส) in another hand, with the spouse's own name, ID, age
  and phone and the same address. THE APPLICANT IS THE ONE WHO ASKS (ผู้ขอกู้, the upper
  form); the consenting spouse is not, and none of the spouse's values is right;
- house_register: a typed training application (all its values on the form) with a grey
  photocopy of the house register's page (ทะเบียนบ้าน ท.ร.14) laid beside it on the glass:
  the house's code number, the householder's and the parents' names and IDs, their birth
  dates - distractors, none of them the applicant's but the applicant's own line;
- e_form: a fillable PDF form filled on a computer (Adobe's light-blue field boxes): the
  title, first name and surname in three separate boxes (the title a drop-down), the ID
  in a comb of 13 cells, the birth date as the date picker writes it (dd/mm/yyyy, one in
  Christian years, one in Buddhist years), an e-mail box, drop-down arrows;
- crossed_out: a hand-filled request in black gel where the citizen struck out a wrong
  house number and a wrong phone with two lines and wrote the right ones after them,
  initialled (the struck-out values are wrong, the ones after them right).

Captures, as they reach an agency: a phone photo under an office's fluorescent tubes
(green cast, the tubes' flicker as bands, a finger at the page's edge, grey desk), a
scan of a page folded in three for an envelope and crumpled (creases with their shadows
across the value lines, the panels a few pixels apart across each fold; 200 dpi colour
PDF), a fax received by a fax-to-e-mail gateway (about 204 x 196 dpi, one bit, the
sending machine's header line with its own fax number, speckle and a streak; PDF), a
phone photo stored sideways with the EXIF orientation tag (6: turn 90 degrees to view),
and a photo of the page shown on a phone's screen (the page fitted to the screen's width
in a PDF viewer, the screen's RGB sub-pixels and dark row gaps photographed: moire,
a bezel and the glass's glare).

All people, numbers and addresses are invented. `PYTHONPATH=tests python
tests/extractors/ocr_blind24.py --save DIR` writes the pages to look at.
"""

from __future__ import annotations

import argparse
import io
import math
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
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
    nid_dashed,
    phone_dashed,
)
from ocr_blind20 import score as score_set
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from support.blind_sets import save_attachments
from unseen_harness import StyleScore, render
from unseen_requests import MONTHS, MONTHS_SHORT, thai, with_check_digit

BALLPOINT = (28, 48, 160)
GEL_BLACK = (22, 22, 30)
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

APPLICANTS: tuple[Applicant, ...] = (
    Applicant("นาย", "อุทัย", "พรหมมา", with_check_digit("344160027391"), date(1969, 8, 23),
              "0806612943", "91", "4", "เชียงยืน", "เชียงยืน", "มหาสารคาม", "44160"),
    Applicant("นาง", "ศรีไพร", "แก้วประเสริฐ", with_check_digit("341010058826"), date(1973, 4, 6),
              "0814427390", "12", "13", "นาข่า", "เมืองอุดรธานี", "อุดรธานี", "41000"),
    Applicant("นาย", "บุญมี", "ทองประเสริฐ", with_check_digit("330160004182"), date(1948, 3, 3),
              "0857713204", "112/4", "6", "โนนสูง", "โนนสูง", "นครราชสีมา", "30160"),
    Applicant("นาง", "ทองใบ", "ศรีบุญเรือง", with_check_digit("332120009573"), date(1951, 11, 20),
              "0934416028", "19", "3", "ท่าตูม", "ท่าตูม", "สุรินทร์", "32120"),
    Applicant("นาง", "จิราพร", "สุขเกษม", with_check_digit("170110062945"), date(1994, 2, 17),
              "0627158833", "233", "4", "บ้านโป่ง", "บ้านโป่ง", "ราชบุรี", "70110"),
    Applicant("นาย", "ประเสริฐ", "ขันทอง", with_check_digit("391010037264"), date(1980, 7, 4),
              "0819923467", "8/2", "1", "คลองขุด", "เมืองสตูล", "สตูล", "91000"),
    Applicant("นาย", "เกียรติศักดิ์", "วงศ์ใหญ่", with_check_digit("135010044718"), date(1987, 12, 25),
              "0884532017", "150", "11", "ในเมือง", "เมืองยโสธร", "ยโสธร", "35000"),
    Applicant("นางสาว", "สุดารัตน์", "ปัญญาดี", with_check_digit("150990081635"), date(2000, 8, 9),
              "0964418825", "71", "5", "แม่เหียะ", "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    Applicant("นาย", "ณัฐพล", "อุดมสุข", with_check_digit("111020067453"), date(1991, 4, 12),
              "0952240617", "39/7", "9", "บางเมือง", "เมืองสมุทรปราการ", "สมุทรปราการ", "10270"),
    Applicant("นางสาว", "กมลชนก", "เพชรรัตน์", with_check_digit("184130029516"), date(1997, 6, 28),
              "0617790342", "120", "2", "ท่าข้าม", "พุนพิน", "สุราษฎร์ธานี", "84130"),
    Applicant("นาง", "ละเอียด", "จันทร์ดี", with_check_digit("367170013852"), date(1960, 1, 31),
              "0873306195", "58", "7", "สระกรวด", "ศรีเทพ", "เพชรบูรณ์", "67170"),
    Applicant("นาย", "สมหมาย", "เกตุแก้ว", with_check_digit("320150070429"), date(1975, 10, 10),
              "0829045571", "204/1", "10", "หนองปรือ", "บางละมุง", "ชลบุรี", "20150"),
)  # fmt: skip

# The consenting spouses on two_people's lower form: their own name, ID, birth, phone.
SPOUSES: dict[str, tuple[str, str, str, str, date, str]] = {
    "จิราพร": ("นาย", "ธีรวัฒน์", "สุขเกษม", with_check_digit("170110062031"),
               date(1990, 9, 2), "0892716458"),
    "ประเสริฐ": ("นาง", "มาลี", "ขันทอง", with_check_digit("391010037809"),
                 date(1982, 5, 19), "0872205318"),
}  # fmt: skip

# The house register's other people: the householder and the parents (name, ID, born).
HOUSEHOLD: dict[str, tuple[tuple[str, str, date], ...]] = {
    "เกียรติศักดิ์": (("นาย ทวี วงศ์ใหญ่", with_check_digit("335010000216"), date(1958, 2, 1)),
                      ("นาง สมจิตร วงศ์ใหญ่", with_check_digit("335010000364"),
                       date(1961, 7, 14))),
    "สุดารัตน์": (("นาย สมพร ปัญญาดี", with_check_digit("350990004427"), date(1968, 3, 27)),
                  ("นาง บัวผัน ปัญญาดี", with_check_digit("350990004535"), date(1971, 10, 8))),
}  # fmt: skip

# The bank account in Thai digits on one elder's form (a 10-digit number that is no phone).
ACCOUNT = {"ทองใบ": "020-2-55813-9"}


# --- drawing ---------------------------------------------------------------------------------


def mono(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(DEJAVU / "DejaVuSansMono.ttf"), size)


def sign(s: Sheet, y: float, name: str, caption: str) -> None:
    """`ลงชื่อ ....... caption` with a scribble, the name in brackets below."""
    x = s.text(A4[0] // 2 - 160, y, "ลงชื่อ") + 10
    s.leader(x, y, 600)
    s.text(x + 620, y, caption)
    pts = [(x + 60 + i * 20, y + s.rng.randint(-8, 36)) for i in range(22)]
    s.draw.line(pts, fill=s.ink, width=4, joint="curve")
    y += s.size * 1.9
    left = s.text(x - 30, y, "(") + 6
    s.leader(left, y, 580)
    s.text(left + 600, y, ")")
    s.value(left + 40, y, name)


def emblem(d: ImageDraw.ImageDraw, cx: int, cy: int, r: int) -> None:
    """A government emblem, as a web page's logo prints in black: a ring, a bird."""
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=BLACK, width=6)
    d.ellipse((cx - r + 16, cy - r + 16, cx + r - 16, cy + r - 16), outline=BLACK, width=3)
    d.polygon([(cx, cy - 50), (cx - 22, cy + 40), (cx + 22, cy + 40)], fill=BLACK)
    d.ellipse((cx - 14, cy - 72, cx + 14, cy - 44), fill=BLACK)
    for side in (-1, 1):
        d.polygon([(cx + side * 12, cy - 25), (cx + side * 80, cy - 60),
                   (cx + side * 70, cy - 10), (cx + side * 20, cy + 10)], fill=BLACK)  # fmt: skip
    d.line((cx - 40, cy + 55, cx + 40, cy + 55), fill=BLACK, width=5)


def cell(s: Sheet, box: tuple[float, float, float, float], label: str, val: str) -> None:
    """A grid cell: its label small at the top, the value written inside."""
    x0, y0 = box[:2]
    s.draw.rectangle(box, outline=BLACK, width=3)
    s.draw.text((x0 + 14, y0 + 8), label, font=font(s.face, 34), fill=BLACK)
    if val:
        s.value(x0 + 40, y0 + 66, val)


def gov_site_grid(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Printed from a government site, filled by hand in a ruled grid."""
    small = font("Loma", 28)
    s.draw.text((60, 30), "2/12/69 14:05", font=small, fill=BLACK)
    s.draw.text((A4[0] // 2 - 300, 30), "แบบคำร้อง - สำนักทะเบียน", font=small, fill=BLACK)
    emblem(s.draw, A4[0] // 2, 240, 110)
    s.draw.rectangle((A4[0] - MARGIN - 260, 120, A4[0] - MARGIN, 200), outline=BLACK, width=3)
    s.text(A4[0] - MARGIN - 230, 128, "แบบ ทร.01")
    s.centre(380, "คำร้องขอหนังสือรับรองการอยู่อาศัย", bold=True)
    s.centre(460, f"สำนักทะเบียนอำเภอ{p.amphoe}  จังหวัด{p.province}")
    left, right = MARGIN - 40, A4[0] - MARGIN + 40
    w = right - left
    b = p.born
    rows: tuple[tuple[tuple[float, str, str], ...], ...] = (
        ((1.0, "ชื่อ - ชื่อสกุล (นาย/นาง/นางสาว)", p.name),),
        ((0.55, "เลขประจำตัวประชาชน", nid_dashed(p.nid)),
         (0.45, "วัน เดือน ปีเกิด", f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}")),
        ((0.25, "บ้านเลขที่", p.house), (0.2, "หมู่ที่", p.moo), (0.3, "ตรอก/ซอย", "-"),
         (0.25, "ถนน", "-")),
        ((0.34, "ตำบล/แขวง", p.tambon), (0.36, "อำเภอ/เขต", p.amphoe),
         (0.30, "จังหวัด", p.province)),
        ((0.35, "รหัสไปรษณีย์", p.postal), (0.65, "โทรศัพท์ (มือถือ)", phone_dashed(p.phone))),
        ((1.0, "วัตถุประสงค์ในการขอ", "ใช้ประกอบการขอติดตั้งมิเตอร์ไฟฟ้า"),),
    )  # fmt: skip
    y = 580.0
    for row in rows:
        x = float(left)
        for share, label, val in row:
            cell(s, (x, y, x + share * w, y + 170), label, val)
            x += share * w
        y += 170
    y += 60
    s.text(MARGIN + 120, y, "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")
    sign(s, y + 1.6 * LINE, p.name, "ผู้ยื่นคำร้อง")
    top = y + 4.4 * LINE
    s.draw.rectangle((left, top, right, top + 330), outline=BLACK, width=3)
    s.text(left + 20, top + 12, "สำหรับเจ้าหน้าที่", bold=True)
    x = s.field(left + 20, top + 110, "เลขรับที่", "", 300)
    s.field(x, top + 110, "ลงชื่อเจ้าหน้าที่", "", 600)
    s.field(left + 20, top + 210, "ความเห็น", "", 1300)
    s.draw.text((60, A4[1] - 80), "https://www.bora.dopa.go.th/forms/request-residence.pdf",
                font=small, fill=BLACK)  # fmt: skip
    s.draw.text((A4[0] - 260, A4[1] - 80), "1/1", font=small, fill=BLACK)
    return [s.image]


def thai_digits_hand(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Every number written by hand in Thai digits."""
    d = thai
    s.centre(150, "แบบคำขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ", bold=True)
    s.centre(240, f"องค์การบริหารส่วนตำบล{p.tambon} อำเภอ{p.amphoe} จังหวัด{p.province}")
    x = A4[0] // 2 + 150
    s.field(x, 360, "เขียนที่", f"อบต.{p.tambon}", 560)
    x = s.field(x - 60, 360 + LINE, "วันที่", d("2"), 80)
    x = s.field(x, 360 + LINE, "เดือน", "ธันวาคม", 240)
    s.field(x, 360 + LINE, "พ.ศ.", d("2569"), 130)
    y = 360 + 2.6 * LINE
    s.field(MARGIN + 120, y, "ข้าพเจ้า (นาย/นาง/นางสาว)", p.name, 900)
    y += LINE
    b = p.born
    x = s.field(MARGIN, y, "เกิดวันที่", d(str(b.day)), 80)
    x = s.field(x, y, "เดือน", MONTHS[b.month - 1], 260)
    x = s.field(x, y, "พ.ศ.", d(str(b.year + 543)), 140)
    x = s.field(x, y, "อายุ", d(str(p.age)), 90)
    s.text(x, y, "ปี")
    y += LINE
    s.field(MARGIN, y, "เลขประจำตัวประชาชน", d(nid_dashed(p.nid)), 700)
    y += LINE
    x = s.field(MARGIN, y, "ที่อยู่ตามทะเบียนบ้าน เลขที่", d(p.house), 180)
    x = s.field(x, y, "หมู่ที่", d(p.moo), 90)
    s.field(x, y, "ตำบล", p.tambon, 340)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 380)
    s.field(x, y, "จังหวัด", p.province, 400)
    y += LINE
    x = s.field(MARGIN, y, "รหัสไปรษณีย์", d(p.postal), 220)
    s.field(x, y, "โทรศัพท์", d(phone_dashed(p.phone)), 440)
    y += LINE * 1.3
    x = s.text(MARGIN, y, "สถานภาพ") + 24
    s.tick_row(x, y, ("โสด", "สมรส", "หม้าย", "หย่าร้าง"), "สมรส" if p.title == "นาย" else "หม้าย")
    y += LINE * 1.1
    account = ACCOUNT.get(p.first, "")
    paid = ("รับเงินสดด้วยตนเอง", "โอนเข้าบัญชีเงินฝากธนาคาร")
    x = s.text(MARGIN, y, "ขอรับเงินโดย") + 24
    s.tick_row(x, y, paid, paid[1] if account else paid[0])
    y += LINE
    x = s.field(MARGIN + 80, y, "ธนาคาร", f"ธ.ก.ส. สาขา{p.amphoe}" if account else "", 500)
    s.field(x, y, "เลขที่บัญชี", d(account), 480)
    y += LINE * 1.4
    s.text(MARGIN + 120, y, "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")
    s.signature(y + 1.8 * LINE, p)
    return [s.image]


def spouse_of(p: Applicant) -> Applicant:
    title, first, last, nid, born, phone = SPOUSES[p.first]
    return replace(p, title=title, first=first, last=last, nid=nid, born=born, phone=phone)


def two_people(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Two A5 forms on one A4 scan: the applicant's request above, the spouse's consent
    below in another hand."""
    half = A4[1] // 2
    b = p.born
    s.centre(80, "คำขอกู้ยืมเงินกองทุนหมู่บ้านและชุมชนเมือง", bold=True)
    s.centre(160, f"กองทุนหมู่บ้าน บ้านหมู่ที่ {p.moo} ตำบล{p.tambon}")
    y = 300.0
    s.field(MARGIN + 120, y, "ข้าพเจ้า (ผู้ขอกู้)", p.name, 1000)
    y += LINE
    x = s.field(MARGIN, y, "เลขประจำตัวประชาชน", p.nid, 560)
    s.field(x, y, "เกิดวันที่", f"{b.day}/{b.month}/{b.year + 543}", 330)
    y += LINE
    x = s.field(MARGIN, y, "อยู่บ้านเลขที่", p.house, 200)
    x = s.field(x, y, "หมู่ที่", p.moo, 100)
    s.field(x, y, "ตำบล", p.tambon, 420)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 440)
    x = s.field(x, y, "จังหวัด", p.province, 380)
    s.field(x, y, "รหัสไปรษณีย์", p.postal, 200)
    y += LINE
    s.field(MARGIN, y, "โทรศัพท์", phone_dashed(p.phone), 440)
    y += LINE
    x = s.field(MARGIN, y, "ขอกู้เงินจำนวน", "20,000", 260)
    x = s.text(x, y, "บาท") + 20
    s.field(x, y, "เพื่อ", "ซื้อพันธุ์ไก่และอาหารสัตว์", 700)
    sign(s, y + 1.4 * LINE, p.name, "ผู้ขอกู้")
    for x in range(40, A4[0] - 40, 60):  # the cut line between the two A5 forms
        s.draw.line((x, half, x + 30, half), fill=BLACK, width=3)
    q = spouse_of(p)
    other = Sheet(s.face, "Sawasdee-Oblique", GEL_BLACK, s.rng, handwriting=True)
    other.centre(80, "หนังสือให้ความยินยอมของคู่สมรส", bold=True)
    y = 240.0
    x = other.field(MARGIN + 120, y, "ข้าพเจ้า", q.name, 880)
    x = other.field(x, y, "อายุ", str(q.age), 90)
    other.text(x, y, "ปี")
    y += LINE
    x = other.field(MARGIN, y, "เลขประจำตัวประชาชน", q.nid, 560)
    other.field(x, y, "โทร", q.phone, 420)
    y += LINE
    addr = f"{p.house} หมู่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province}"
    other.field(MARGIN, y, "อยู่บ้านเลขที่", addr, 1300)
    y += LINE
    other.field(MARGIN, y, "เป็นคู่สมรสของ", p.name, 900)
    y += LINE
    other.text(MARGIN, y, "ยินยอมให้คู่สมรสของข้าพเจ้ากู้ยืมเงินกองทุนหมู่บ้านตามคำขอข้างต้น")
    sign(other, y + 1.4 * LINE, q.name, "ผู้ให้ความยินยอม")
    s.image.paste(other.image.crop((0, 0, A4[0], half - 20)), (0, half + 20))
    return [s.image]


def house_register_copy(p: Applicant, rng: random.Random) -> Image.Image:
    """A grey photocopy of the house register's house page and the applicant's own line,
    with the householder and the parents."""
    w, h = 2100, 2900
    page = Image.new("RGB", (w, h), (214, 214, 214))
    d = ImageDraw.Draw(page)
    f, big = font("Garuda", 42), font("Garuda-Bold", 54)
    ink = (25, 25, 25)
    d.rectangle((30, 30, w - 30, h // 2 - 20), outline=ink, width=5)
    d.text((80, 60), "ทะเบียนบ้าน (ท.ร.14)", font=big, fill=ink)
    code = f"{p.postal[:2]}{p.postal[3:]}-{rng.randint(100000, 999999)}-{rng.randint(1, 9)}"
    lines = (
        f"เลขรหัสประจำบ้าน  {code}",
        f"ที่อยู่  บ้านเลขที่ {p.house}  หมู่ที่ {p.moo}",
        f"ตำบล{p.tambon}  อำเภอ{p.amphoe}",
        f"จังหวัด{p.province}",
        "ประเภทบ้าน  บ้าน    ลักษณะบ้าน  ไม้ชั้นเดียว",
        f"ชื่อสำนักทะเบียน  ท้องถิ่นเทศบาลตำบล{p.tambon}",
        f"วันเดือนปีที่กำหนดบ้านเลขที่  {rng.randint(1, 28)} มิ.ย. 2530",
    )
    for i, line in enumerate(lines):
        d.text((80, 170 + i * 80), line, font=f, fill=ink)
    top = h // 2 + 20
    d.rectangle((30, top, w - 30, h - 30), outline=ink, width=5)
    d.text((80, top + 30), "รายการบุคคลในบ้าน", font=big, fill=ink)
    (head_name, head_id, head_born), (mother, mother_id, _) = HOUSEHOLD[p.first]
    b = p.born
    people = (
        ("ลำดับที่ 1", f"{head_name}  (เจ้าบ้าน)", head_id,
         f"{head_born.day} {MONTHS_SHORT[head_born.month - 1]} {head_born.year + 543}"),
        ("ลำดับที่ 2", f"{p.title} {p.first} {p.last}", p.nid,
         f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}"),
    )  # fmt: skip
    y = top + 120
    for order, name, nid, born in people:
        d.text((80, y), f"{order}   ชื่อ  {name}", font=f, fill=ink)
        d.text((80, y + 64), f"เลขประจำตัวประชาชน  {nid_dashed(nid)}", font=f, fill=ink)
        d.text((80, y + 128), f"สัญชาติ ไทย   เกิดเมื่อ  {born}", font=f, fill=ink)
        y += 230
    d.text((80, y), f"มารดาชื่อ  {mother}  เลขประจำตัว {nid_dashed(mother_id)}", font=f, fill=ink)
    d.text((80, y + 64), f"บิดาชื่อ  {head_name}", font=f, fill=ink)
    toner = grain((w, h), rng, 22)
    page = ImageChops.multiply(
        page, Image.merge("RGB", (toner, toner, toner)).point(lambda v: min(255, v + 115))
    )
    return page.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC,
                       expand=True, fillcolor=(255, 255, 255))  # fmt: skip


def house_register(s: Sheet, p: Applicant) -> list[Image.Image]:
    """A typed form, the house register's copy beside it on one scan."""
    s.centre(150, "ใบสมัครเข้ารับการฝึกอบรมวิชาชีพระยะสั้น", bold=True)
    s.centre(240, f"ศูนย์พัฒนาฝีมือแรงงานจังหวัด{p.province}")
    y = 400.0
    s.field(MARGIN + 120, y, "ชื่อผู้สมัคร", p.name, 1000)
    y += LINE
    b = p.born
    x = s.field(MARGIN, y, "วันเกิด", f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}", 360)
    x = s.field(x, y, "อายุ", str(p.age), 90)
    s.text(x, y, "ปี")
    y += LINE
    s.field(MARGIN, y, "เลขบัตรประจำตัวประชาชน", p.nid, 620)
    y += LINE
    x = s.field(MARGIN, y, "ที่อยู่ปัจจุบัน เลขที่", p.house, 180)
    x = s.field(x, y, "หมู่", p.moo, 90)
    s.field(x, y, "ตำบล", p.tambon, 380)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 440)
    s.field(x, y, "จังหวัด", p.province, 420)
    y += LINE
    x = s.field(MARGIN, y, "รหัสไปรษณีย์", p.postal, 220)
    n = p.phone
    s.field(x, y, "โทรศัพท์", f"{n[:3]} {n[3:6]} {n[6:]}", 420)
    y += LINE * 1.3
    x = s.text(MARGIN, y, "วุฒิการศึกษา") + 24
    s.tick_row(x, y, ("ประถมศึกษา", "มัธยมศึกษา", "ปวช./ปวส.", "ปริญญาตรี"), "มัธยมศึกษา")
    y += LINE * 1.1
    s.field(MARGIN, y, "หลักสูตรที่สมัคร", "ช่างซ่อมรถจักรยานยนต์", 1200)
    y += LINE * 1.1
    s.text(MARGIN, y, "เอกสารประกอบ  สำเนาบัตรประจำตัวประชาชน  สำเนาทะเบียนบ้าน (แนบ)")
    sign(s, y + 1.6 * LINE, p.name, "ผู้สมัคร")
    copy = house_register_copy(p, s.rng)
    glass = Image.new("RGB", (A4[0] * 2 + 80, A4[1]), (250, 250, 250))
    glass.paste(s.image, (0, 0))
    glass.paste(copy, (A4[0] + 80 + s.rng.randint(40, 160), s.rng.randint(120, 400)))
    return [glass]


FIELD_BLUE = (220, 228, 255)  # the highlight PDF viewers give a form's fields


def box(s: Sheet, x: float, y: float, w: float, val: str, *, drop: bool = False) -> float:
    """A fillable field: a light-blue box with the value typed inside."""
    s.draw.rectangle((x, y - 6, x + w, y + 70), fill=FIELD_BLUE, outline=(120, 130, 170), width=2)
    s.draw.text((x + 14, y + 2), val, font=s.written, fill=BLACK)
    if drop:  # the drop-down's arrow
        s.draw.polygon([(x + w - 50, y + 20), (x + w - 14, y + 20), (x + w - 32, y + 44)],
                       fill=(60, 60, 60))  # fmt: skip
    return x + w + 30


def e_form(s: Sheet, p: Applicant) -> list[Image.Image]:
    """A fillable PDF form filled on a computer."""
    s.draw.rectangle((0, 0, A4[0], 260), fill=(30, 60, 120))
    title = "แบบคำขอรับบริการ (กรอกข้อมูลด้วยคอมพิวเตอร์)"
    s.draw.text((MARGIN, 90), title, font=s.bold, fill=(255, 255, 255))
    s.text(MARGIN, 330, f"เทศบาลตำบล{p.tambon}  อำเภอ{p.amphoe}")
    y = 480.0
    x = s.text(MARGIN, y, "คำนำหน้า") + 20
    x = box(s, x, y, 260, p.title, drop=True)
    x = s.text(x, y, "ชื่อ") + 20
    x = box(s, x, y, 480, p.first)
    x = s.text(x, y, "นามสกุล") + 20
    box(s, x, y, A4[0] - MARGIN - x, p.last)
    y += LINE * 1.3
    x = s.text(MARGIN, y, "เลขประจำตัวประชาชน") + 20
    side = 82
    for i, digit in enumerate(p.nid):  # a comb field, a cell per digit
        cx = x + i * side
        s.draw.rectangle((cx, y - 6, cx + side, y + 70), fill=FIELD_BLUE,
                         outline=(120, 130, 170), width=2)  # fmt: skip
        s.draw.text((cx + 22, y + 2), digit, font=s.written, fill=BLACK)
    y += LINE * 1.3
    b = p.born
    year = b.year if p.first == "ณัฐพล" else b.year + 543  # the picker's calendar
    x = s.text(MARGIN, y, "วันเดือนปีเกิด") + 20
    x = box(s, x, y, 420, f"{b.day:02d}/{b.month:02d}/{year}", drop=True)
    x = s.text(x, y, "สัญชาติ") + 20
    box(s, x, y, 300, "ไทย")
    y += LINE * 1.3
    x = s.text(MARGIN, y, "ที่อยู่") + 20
    box(s, x, y, A4[0] - MARGIN - x,
        f"{p.house} หมู่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe}")  # fmt: skip
    y += LINE * 1.3
    x = s.text(MARGIN, y, "จังหวัด") + 20
    x = box(s, x, y, 620, p.province, drop=True)
    x = s.text(x, y, "รหัสไปรษณีย์") + 20
    box(s, x, y, 260, p.postal)
    y += LINE * 1.3
    x = s.text(MARGIN, y, "โทรศัพท์มือถือ") + 20
    x = box(s, x, y, 440, phone_dashed(p.phone) if p.first == "ณัฐพล" else p.phone)
    x = s.text(x, y, "อีเมล") + 20
    mail_name = {"ณัฐพล": "nattapon.u91", "กมลชนก": "kamonchanok.p"}[p.first]
    box(s, x, y, A4[0] - MARGIN - x, f"{mail_name}@gmail.com")
    y += LINE * 1.3
    x = s.text(MARGIN, y, "เรื่องที่ขอ") + 20
    box(s, x, y, A4[0] - MARGIN - x, "ขอหนังสือรับรองการเป็นผู้มีรายได้น้อย", drop=True)
    y += LINE * 1.8
    for label, bx in (("พิมพ์แบบฟอร์ม", MARGIN), ("ล้างข้อมูล", MARGIN + 520)):
        s.draw.rounded_rectangle((bx, y, bx + 440, y + 90), radius=14, fill=(215, 215, 215),
                                 outline=(110, 110, 110), width=2)  # fmt: skip
        s.text(bx + 60, y + 12, label)
    sign(s, y + 2.2 * LINE, p.name, "ผู้ยื่นคำขอ")
    return [s.image]


def struck(s: Sheet, x: float, y: float, wrong: str, right: str, initials: str) -> float:
    """The wrong value written, struck out with two lines, the right one after it."""
    end = s.value(x, y, wrong)
    for dy in (22, 40):
        s.draw.line((x - 8, y + dy + s.rng.randint(-4, 4), end, y + dy + s.rng.randint(-6, 6)),
                    fill=s.ink, width=5)  # fmt: skip
    end = s.value(end + 20, y, right)
    s.draw.text((end + 4, y - 30), initials, font=font("Purisa", 30), fill=s.ink)
    return end


def crossed_out(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Hand-filled; a wrong house number and a wrong phone struck out and rewritten."""
    s.centre(150, "คำร้องขอรับการช่วยเหลือซ่อมแซมที่อยู่อาศัย", bold=True)
    s.centre(240, f"องค์การบริหารส่วนตำบล{p.tambon}")
    s.text(A4[0] // 2 + 200, 330, "วันที่  1  ธันวาคม  2569")
    initials = f"{p.first[0]}.{p.last[0]}."
    y = 480.0
    x = s.field(MARGIN + 120, y, "ข้าพเจ้า", p.name, 900)
    x = s.field(x, y, "อายุ", str(p.age), 90)
    s.text(x, y, "ปี")
    y += LINE
    s.field(MARGIN, y, "เลขประจำตัวประชาชน", p.nid, 620)
    y += LINE
    b = p.born
    s.field(MARGIN, y, "เกิดวันที่", f"{b.day} {MONTHS[b.month - 1]} {b.year + 543}", 560)
    y += LINE
    x = s.text(MARGIN, y, "บ้านเลขที่") + 10
    end = s.leader(x, y, 420)
    wrong_house = p.house[::-1] if len(p.house) > 1 else p.house + "1"
    struck(s, x + 20, y, wrong_house.replace("/", ""), p.house, initials)
    x = s.field(end + 14, y, "หมู่ที่", p.moo, 90)
    s.field(x, y, "ตำบล", p.tambon, 380)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 420)
    x = s.field(x, y, "จังหวัด", p.province, 380)
    y += LINE
    x = s.field(MARGIN, y, "รหัสไปรษณีย์", p.postal, 220)
    x = s.text(x, y, "โทรศัพท์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    n = p.phone
    i = next(i for i in range(6, 9) if n[i] != n[i + 1])
    wrong_phone = n[:i] + n[i + 1] + n[i] + n[i + 2 :]  # two digits swapped, then caught
    struck(s, x + 20, y, phone_dashed(wrong_phone), phone_dashed(n), initials)
    y += LINE * 1.3
    x = s.text(MARGIN + 120, y, "มีความประสงค์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, "ขอวัสดุซ่อมหลังคาบ้านที่เสียหายจากพายุ")
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.signature(y + 3 * LINE, p)
    return [s.image]


# --- captures --------------------------------------------------------------------------------


def frame_for(page: Image.Image) -> tuple[int, int]:
    """A 12-megapixel phone frame, turned the page's way."""
    return (4000, 3000) if page.size[0] > page.size[1] else (3000, 4000)


def place(page: Image.Image, size: tuple[int, int], corners: list[tuple[float, float]],
          ground: Image.Image) -> Image.Image:  # fmt: skip
    """The page laid on `ground` with its corners at `corners` (perspective)."""
    w, h = page.size
    coeffs = _coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    mask = Image.new("L", page.size, 255).transform(size, Image.Transform.PERSPECTIVE, coeffs)
    flat = page.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    return Image.composite(flat, ground, mask)


def jittered(size: tuple[int, int], rng: random.Random, inset: float, j: float) -> list[
    tuple[float, float]
]:  # fmt: skip
    W, H = size
    return [
        (W * inset + rng.uniform(-j, j), H * inset + rng.uniform(-j, j)),
        (W * (1 - inset) + rng.uniform(-j, j), H * inset + rng.uniform(-j, j)),
        (W * (1 - inset) + rng.uniform(-j, j), H * (1 - inset) + rng.uniform(-j, j)),
        (W * inset + rng.uniform(-j, j), H * (1 - inset) + rng.uniform(-j, j)),
    ]


def fluoro_photo(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A phone above an office desk under fluorescent tubes: a green cast, the tubes'
    flicker caught as soft bands by the rolling shutter, a finger holding the page."""
    (page,) = pages
    W, H = frame_for(page)
    desk = ImageChops.multiply(
        Image.new("RGB", (W, H), (170, 168, 160)),
        grain((W, H), rng, 12).convert("RGB").point(lambda v: min(255, v + 120)),
    )
    shot = place(page, (W, H), jittered((W, H), rng, 0.05, 60), desk)
    period = rng.uniform(260, 420)
    phase = rng.uniform(0, 2 * math.pi)
    rows = bytes(int(232 + 23 * math.sin(2 * math.pi * y / period + phase)) for y in range(H))
    bands = Image.frombytes("L", (1, H), rows).resize((W, H))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (bands, bands, bands)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (222, 246, 232)))
    # The finger: from the left edge over the page's margin, out of focus, with its shadow.
    fy = rng.randint(H // 2, H * 3 // 4)
    layer = Image.new("L", (W, H), 0)
    ImageDraw.Draw(layer).ellipse((-420, fy, int(W * 0.095), fy + 250), fill=255)
    shadow = layer.filter(ImageFilter.GaussianBlur(30)).point(lambda v: 255 - v // 3)
    shot = ImageChops.multiply(shot, Image.merge("RGB", (shadow, shadow, shadow)))
    skin = Image.new("RGB", (W, H), (214, 160, 128))
    ImageDraw.Draw(skin).ellipse((int(W * 0.06), fy + 50, int(W * 0.09), fy + 200),
                                 fill=(236, 196, 180))  # fmt: skip  # the nail
    shot = Image.composite(skin, shot, layer.filter(ImageFilter.GaussianBlur(6)))
    shot = shot.filter(ImageFilter.GaussianBlur(0.9))
    shot = ImageChops.add(shot, grain((W, H), rng, 7).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(80, 88))
    return f"IMG_{rng.randint(20261201, 20261205)}_{rng.randint(80000, 99999)}.jpg", \
        out.getvalue(), "image/jpeg"  # fmt: skip


def folded(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page folded in three for an envelope, then crumpled, flattened on the glass."""
    w, h = page.size
    img = page.copy()
    folds = [h // 3 + rng.randint(-50, 50), 2 * h // 3 + rng.randint(-50, 50)]
    for y in folds:  # the panel below each fold lies a few pixels off the one above
        lower = img.crop((0, y, w, h))
        img.paste((255, 255, 255), (0, y, w, h))
        img.paste(lower, (rng.randint(-7, 7), y + rng.randint(3, 9)))
    shade = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(shade)
    for y in folds:
        for k in range(70):  # the shadow on one side of the crease
            d.line(
                (0, y - k, w, y - k + rng.randint(-1, 1)), fill=255 - int(80 * (1 - k / 70) ** 2)
            )
        d.line((0, y + 2, w, y + 2 + rng.randint(-8, 8)), fill=95, width=4)
    for _ in range(14):  # crumple: short creases every way
        x0, y0 = rng.randrange(w), rng.randrange(h)
        pts = [(x0, y0)]
        for _ in range(4):
            x0, y0 = x0 + rng.randint(-300, 300), y0 + rng.randint(-300, 300)
            pts.append((x0, y0))
        d.line(pts, fill=rng.randint(175, 210), width=rng.randint(2, 4))
    shade = shade.filter(ImageFilter.GaussianBlur(2))
    blotch = grain((max(4, w // 60), max(4, h // 60)), rng, 40)  # the crumple's soft hills
    blotch = blotch.resize((w // 10, h // 10), Image.Resampling.BICUBIC)
    blotch = blotch.filter(ImageFilter.GaussianBlur(8)).resize((w, h), Image.Resampling.BICUBIC)
    blotch = blotch.point(lambda v: min(255, 238 + (v - 128)))
    light = ImageChops.multiply(shade, blotch)
    return ImageChops.multiply(img, Image.merge("RGB", (light, light, light)))


def fold_scan(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """An office copier's scan-to-e-mail of the folded, crumpled page: 200 dpi colour."""
    out_pages = []
    for page in pages:
        bent = folded(page, rng)
        bent = bent.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC,
                           fillcolor=(235, 235, 235))  # fmt: skip
        small = bent.resize((page.size[0] * 2 // 3, page.size[1] * 2 // 3),
                            Image.Resampling.LANCZOS)  # fmt: skip
        out_pages.append(ImageChops.add(small, grain(small.size, rng, 4).convert("RGB"),
                                        scale=1.0, offset=-128))  # fmt: skip
    out = io.BytesIO()
    out_pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=out_pages[1:],
                      quality=72)  # fmt: skip
    return f"SKM_C25826120{rng.randint(1000, 9999)}.pdf", out.getvalue(), "application/pdf"


def fax_pdf(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A fax as a fax-to-e-mail gateway passes it on: 1728 dots a line, fine mode, one bit,
    the sending machine's header (its own fax number) at the top, speckle, a streak."""
    out_pages = []
    sender = f"0{rng.randint(32, 77)}-{rng.randint(200, 699)}-{rng.randint(100, 999)}"
    for n, page in enumerate(pages, 1):
        w, h = page.size
        size = (1728, int(h * 1728 / w * 196 / 204))
        grey = page.convert("L").resize(size, Image.Resampling.BILINEAR)
        grey = grey.filter(ImageFilter.GaussianBlur(0.6))
        cut = rng.randint(140, 170)
        bw = grey.point(lambda v, cut=cut: 0 if v < cut else 255)
        d = ImageDraw.Draw(bw)
        d.rectangle((0, 0, size[0], 44), fill=255)
        d.text((20, 8), f"DEC-02-2026 10:{rng.randint(10, 59)}  FROM: OBT OFFICE  "
               f"FAX NO.: {sender}  P.{n:03d}/{len(pages):03d}", font=mono(26), fill=0)  # fmt: skip
        x = rng.randint(200, 1500)
        d.line((x, 44, x + rng.randint(-4, 4), size[1]), fill=0, width=rng.randint(1, 2))
        for _ in range(3500):
            d.point((rng.randrange(size[0]), rng.randrange(44, size[1])), fill=0)
        for _ in range(rng.randint(1, 3)):  # a line lost on the wire
            y = rng.randint(300, size[1] - 100)
            d.line((0, y, size[0], y), fill=255, width=1)
        out_pages.append(bw.convert("1"))
    out = io.BytesIO()
    out_pages[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=out_pages[1:])
    return f"fax_20261202_{rng.randint(100000, 235959)}.pdf", out.getvalue(), "application/pdf"


def exif_photo(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A phone photo in daylight on a bed sheet, the phone held sideways: the pixels are
    stored turned, the EXIF orientation tag (6) says how to turn them to view."""
    (page,) = pages
    W, H = frame_for(page)
    sheet = ImageChops.multiply(
        Image.new("RGB", (W, H), (196, 210, 228)),
        grain((W, H), rng, 16).convert("RGB").point(lambda v: min(255, v + 110)),
    )
    shot = place(page, (W, H), jittered((W, H), rng, 0.06, 90), sheet)
    vignette = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - v // 4)
    shot = ImageChops.multiply(shot, Image.merge("RGB", (vignette, vignette, vignette)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (255, 244, 222)))
    shot = shot.filter(ImageFilter.GaussianBlur(0.8))
    shot = ImageChops.add(shot, grain((W, H), rng, 6).convert("RGB"), scale=1.0, offset=-128)
    exif = Image.Exif()
    exif[0x0112] = 6  # the viewer turns it 90 degrees clockwise
    exif[0x010F] = "samsung"
    exif[0x0110] = "SM-A546E"
    out = io.BytesIO()
    shot.transpose(Image.Transpose.ROTATE_90).save(out, "JPEG", quality=rng.randint(84, 92),
                                                   exif=exif.tobytes())  # fmt: skip
    return f"{rng.randint(20261201, 20261205)}_{rng.randint(100000, 235959)}.jpg", \
        out.getvalue(), "image/jpeg"  # fmt: skip


def screen_moire(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """The page shown fitted to the width of a phone's screen (a PDF viewer's bars above
    and below), photographed with another phone: the screen's RGB sub-pixels and row gaps
    beat with the camera's pixels (moire), a bezel around, the glass's glare."""
    (page,) = pages
    sw, sh = 1080, 2340
    screen = Image.new("RGB", (sw, sh), (50, 50, 54))
    shown = page.resize((sw, page.size[1] * sw // page.size[0]), Image.Resampling.LANCZOS)
    top = (sh - shown.size[1]) // 2
    screen.paste(shown, (0, top))
    bar = ImageDraw.Draw(screen)
    bar.rectangle((0, 0, sw, 150), fill=(25, 25, 28))
    bar.text((40, 80), "14:12", font=font("Loma", 36), fill=(240, 240, 240))
    bar.text((60, 170), "คำขอ_กรอกแล้ว.pdf", font=font("Loma", 40), fill=(235, 235, 235))
    bar.text((sw - 160, sh - 110), "1 / 1", font=font("Loma", 40), fill=(235, 235, 235))
    # Each screen pixel as three sub-pixel columns (R, G, B) and a dark gap below them.
    big = screen.resize((sw * 3, sh * 3), Image.Resampling.NEAREST)
    channels = []
    for c, ch in enumerate(big.split()):
        row = bytes(255 if x % 3 == c else 30 for x in range(sw * 3))
        gap = bytes(min(v, 60) for v in row)
        pattern = Image.frombytes("L", big.size, (row + row + gap) * sh)
        channels.append(ImageChops.multiply(ch, pattern))
    lit = Image.merge("RGB", channels).point(lambda v: min(255, v * 12 // 5))
    W, H = 3000, 4000
    ground = Image.new("RGB", (W, H), (92, 80, 70))
    phone = Image.new("RGB", (lit.size[0] + 240, lit.size[1] + 480), (12, 12, 14))
    phone.paste(lit, (120, 240))
    ph = H * 0.95
    pw = ph * phone.size[0] / phone.size[1]
    x0, y0 = (W - pw) / 2, (H - ph) / 2
    j = [rng.uniform(-60, 60) for _ in range(8)]
    corners = [(x0 + j[0], y0 + j[1]), (x0 + pw + j[2], y0 + j[3]),
               (x0 + pw + j[4], y0 + ph + j[5]), (x0 + j[6], y0 + ph + j[7])]  # fmt: skip
    shot = place(phone, (W, H), corners, ground)
    glare = Image.new("L", (W, H), 0)  # a window's soft reflection on the glass
    blob = Image.radial_gradient("L").resize((W, H // 2)).point(lambda v: max(0, 110 - v))
    glare.paste(blob, (rng.randint(-W // 3, W // 3), rng.randint(0, H // 2)))
    glare = glare.filter(ImageFilter.GaussianBlur(40))
    shot = ImageChops.add(shot, Image.merge("RGB", (glare, glare, glare)))
    shot = shot.filter(ImageFilter.GaussianBlur(1.1))
    shot = ImageChops.add(shot, grain((W, H), rng, 7).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(80, 88))
    return f"IMG_{rng.randint(1000, 9999)}.JPG", out.getvalue(), "image/jpeg"


Capture = Callable[[list[Image.Image], random.Random], tuple[str, bytes, str]]
CAPTURES: dict[str, Capture] = {
    "fluoro_photo": fluoro_photo,
    "fold_scan": fold_scan,
    "fax_pdf": fax_pdf,
    "exif_photo": exif_photo,
    "screen_moire": screen_moire,
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
    "gov_site_grid": Style(gov_site_grid, "Garuda", "Purisa-Oblique", BALLPOINT,
                           ("fold_scan", "fluoro_photo"), handwriting=True),
    "thai_digits_hand": Style(thai_digits_hand, "Kinnari", "Purisa", BALLPOINT,
                              ("fax_pdf", "exif_photo"), handwriting=True),
    "two_people": Style(two_people, "Norasi", "Purisa", BALLPOINT, ("fold_scan", "fax_pdf"),
                        handwriting=True),
    "house_register": Style(house_register, "Laksaman", "TlwgTypewriter", TYPE_INK,
                            ("fluoro_photo", "exif_photo")),
    "e_form": Style(e_form, "Garuda", "Loma", BLACK, ("screen_moire", "fax_pdf")),
    "crossed_out": Style(crossed_out, "Waree", "Umpush-Oblique", GEL_BLACK,
                         ("screen_moire", "fluoro_photo"), handwriting=True),
}  # fmt: skip


# --- the set and its score -------------------------------------------------------------------


@dataclass(frozen=True)
class Blind:
    style: str
    raw: bytes = field(repr=False)
    expected: dict[str, tuple[str, ...]] = field(repr=False)


BODIES = {
    "two_people": "เรียนเจ้าหน้าที่ ส่งคำขอกู้เงินของดิฉัน/ผม พร้อมหนังสือยินยอมของคู่สมรสค่ะ\n",
    "house_register": "เรียนเจ้าหน้าที่ ส่งใบสมัครพร้อมสำเนาทะเบียนบ้านครับ\n",
}


def mail(n: int, style: str, attach: tuple[str, bytes, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"<citizen{n:02d}@yahoo.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = ("ส่งเอกสาร", "แบบฟอร์มคำร้อง", "", "Fw: แบบฟอร์ม")[n % 4]
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 10, n, tzinfo=UTC))
    msg["Message-ID"] = f"<blind24-{n}@example.com>"
    body = BODIES.get(style, "เรียนเจ้าหน้าที่ แนบแบบฟอร์มมาด้วยค่ะ\n")
    msg.set_content(body, charset="utf-8")
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
            rng = random.Random(f"blind24/{name}/{capture}")
            p = APPLICANTS[s * 2 + k]
            attach = CAPTURES[capture](pages_of(name, p, rng), rng)
            yield Blind(f"{name}/{capture}", mail(n, name, attach), expected(p))
            n += 1


BY_FIELD: dict[str, Counter[str]] = {}  # this set's own tally


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
