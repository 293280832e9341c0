"""A blind set of scanned and photographed Thai request forms, written for round 25 of the
OCR work (issue 8) before any reader was changed in that round (and before the readers
were looked at).

It shares the harness, the pen and paper of round 20's set (ocr_blind20.Sheet), its
verdicts and round 24's perspective helpers, nothing else: its own people, layouts and
captures. Where rounds 20-24 went after hard cases, this one holds mostly the ORDINARY
ones an agency gets every day, which no earlier set measured as such.

Layouts, as Thai offices print and citizens fill them:
- agency_hand: the agency's own printed request form (Laksaman, the look of TH Sarabun
  that Thai offices print with), filled by hand in black ink (Purisa, each word turned
  and raised), the ID written by hand in its card's groups with spaces, the birth date
  written short as people do (5 ม.ค. 2510);
- box_grid_hand: a form with a box per character for the ID (13 boxes in one row, the
  card's groups marked by thicker walls, no dashes), the postal code (5 boxes) and the
  phone (10 boxes), each digit WRITTEN BY HAND in blue, a little off its box's centre
  and size; the birth date written by hand as 05/01/2510 on a leader;
- typewriter: a request typed on a manual typewriter over the dotted lines (TlwgTypewriter,
  each character struck on its own: uneven ink, a baseline that wanders, a worn ribbon
  leaving some strokes faint), the birth date typed in full (5 มกราคม 2510);
- form_and_card: a two-page request: page 1 the form (name, ID, address, phone, filled
  by hand; no birth date asked), page 2 a grey photocopy of the ID card, front and back,
  signed as a true copy (สำเนาถูกต้อง): the birth date is only on the card (Thai and
  English), beside the card's issue and expiry dates and the laser code on its back;
- stain_fix: a hand-filled form with a coffee cup's ring and a spill over the right half
  of the birth date, ID and address lines, a wrong birth year (4 ต.ค. 2518 2519) and a
  wrong postal code each struck through with ONE pen line and the right one written
  beside it (the struck values are wrong);
- ruled_letter: a request written entirely by hand on ruled notebook paper (blue rules,
  a red margin line, no printed labels at all), the values inside the sentences, the
  birth date as 05/01/2510.

Captures, as they reach an agency:
- flatbed300: a clean 300 dpi colour flatbed scan, barely turned (JPEG, or a 300 dpi PDF
  when the request has two pages);
- daylight_top: a phone photo taken straight from above in daylight (12 MP, the page
  filling most of the frame with little perspective, the window's light falling off
  across the page, a cool cast, a floor around);
- mfp_grey200: a multi-function copier's scan-to-PDF at 200 dpi, 8-bit grey, toner a
  little dark (a PDF of every page);
- lamp_photo: a phone photo at night under a warm desk lamp (strong light fall-off from
  one corner, a yellow cast, high-ISO grain, a little blur, a dark desk, perspective).

All people, numbers and addresses are invented. `PYTHONPATH=tests python
tests/extractors/ocr_blind25.py --save DIR` writes the pages to look at.
"""

from __future__ import annotations

import argparse
import io
import random
import time
import unicodedata
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
    expected,
    field_table,
    font,
    grain,
    phone_dashed,
)
from ocr_blind20 import score as score_set
from ocr_blind24 import frame_for, jittered, place, sign
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from support.blind_sets import save_attachments
from unseen_harness import StyleScore, render
from unseen_requests import MONTHS, MONTHS_SHORT, with_check_digit

PEN_BLACK = (18, 18, 24)
BALLPOINT = (24, 44, 150)

APPLICANTS: tuple[Applicant, ...] = (
    Applicant("นาง", "สุนีย์", "ทองดีเลิศ", with_check_digit("348010062215"), date(1967, 1, 5),
              "0846613072", "45", "3", "ในเมือง", "เมืองนครพนม", "นครพนม", "48000"),
    Applicant("นาย", "วีระพงษ์", "ศรีสุวรรณ", with_check_digit("160010087743"), date(1979, 9, 8),
              "0893318456", "127/2", "7", "หนองปลิง", "เมืองนครสวรรค์", "นครสวรรค์", "60000"),
    Applicant("นางสาว", "พิมพ์ชนก", "บุญญาศิริ", with_check_digit("156080041392"), date(1998, 3, 2),
              "0615529087", "9", "2", "แม่ใจ", "แม่ใจ", "พะเยา", "56130"),
    Applicant("นาย", "ชัยวัฒน์", "มีสุข", with_check_digit("322010075561"), date(1984, 6, 7),
              "0867041938", "88/15", "4", "ท่าช้าง", "เมืองจันทบุรี", "จันทบุรี", "22000"),
    Applicant("นาง", "บุญเรือน", "คำภูแก้ว", with_check_digit("341130018824"), date(1956, 2, 1),
              "0934870261", "163", "12", "หนองหาน", "หนองหาน", "อุดรธานี", "41130"),
    Applicant("นาย", "สมชาย", "ดวงแก้ว", with_check_digit("331160029417"), date(1972, 11, 9),
              "0817725390", "24", "8", "กระสัง", "กระสัง", "บุรีรัมย์", "31160"),
    Applicant("นางสาว", "อรอุมา", "แสงทอง", with_check_digit("130130066528"), date(1993, 4, 6),
              "0958814620", "301/9", "16", "ปากช่อง", "ปากช่อง", "นครราชสีมา", "30130"),
    Applicant("นาย", "ประยูร", "เหมือนแม้น", with_check_digit("372150003386"), date(1961, 7, 3),
              "0898061744", "57", "1", "บางปลาม้า", "บางปลาม้า", "สุพรรณบุรี", "72150"),
    Applicant("นาง", "จันทร์เพ็ญ", "รักษ์ทอง", with_check_digit("380110047695"), date(1976, 10, 4),
              "0862290517", "6/3", "5", "ปากแพรก", "ทุ่งสง", "นครศรีธรรมราช", "80110"),
    Applicant("นาย", "อนุชา", "หมัดหลี", with_check_digit("190110084122"), date(1989, 12, 6),
              "0624437815", "210", "2", "หาดใหญ่", "หาดใหญ่", "สงขลา", "90110"),
    Applicant("นาง", "แสงเดือน", "ปินตา", with_check_digit("352130010473"), date(1959, 8, 2),
              "0881956603", "73", "6", "ลำปางหลวง", "เกาะคา", "ลำปาง", "52130"),
    Applicant("นางสาว", "ธิดารัตน์", "จันทร์หอม", with_check_digit("165130052896"), date(2002, 5, 9),
              "0971148536", "18/1", "9", "วังทอง", "วังทอง", "พิษณุโลก", "65130"),
)  # fmt: skip

# The card's own dates and laser code (form_and_card): not the applicant's birth date.
CARD = {"อรอุมา": (date(2021, 3, 15), date(2030, 4, 5), "JT3-1104527-48"),
        "ประยูร": (date(2019, 8, 20), date(2027, 7, 2), "ME0-8831275-16")}  # fmt: skip

# The wrong values stain_fix's writers struck out: a birth year one off, a postal code of
# the next district.
STRUCK = {"จันทร์เพ็ญ": ("2518", "80160"), "อนุชา": ("2523", "90120")}


def short_date(d: date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year + 543}"


def slashed(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def nid_spaced(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


# --- drawing ---------------------------------------------------------------------------------


def hand_digit(s: Sheet, box: tuple[float, float, float, float], ch: str) -> None:
    """One character written into its box by hand: off centre, its own size and slant."""
    x0, y0, x1, y1 = box
    size = int((y1 - y0) * s.rng.uniform(0.72, 0.95))
    f = font(s.hand, size)
    patch = Image.new("L", (size * 2, size * 2), 0)
    ImageDraw.Draw(patch).text((size // 2, size // 4), ch, font=f, fill=255)
    patch = patch.rotate(s.rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC)
    w = s.draw.textlength(ch, font=f)
    x = (x0 + x1 - w) / 2 - size // 2 + s.rng.randint(-8, 8)
    y = y0 - size // 4 + s.rng.randint(-10, 4) - size // 8
    s.image.paste(Image.new("RGB", patch.size, s.ink), (int(x), int(y)), patch)


def grid(s: Sheet, x: float, y: float, chars: str, walls: tuple[int, ...] = ()) -> float:
    """A row of one-character boxes, thicker walls after the counts in `walls`."""
    side = 74
    edges = {sum(walls[: i + 1]) for i in range(len(walls))}
    for i, ch in enumerate(chars):
        box = (x + i * side, y, x + (i + 1) * side, y + side)
        s.draw.rectangle(box, outline=BLACK, width=3)
        hand_digit(s, box, ch)
        if i + 1 in edges and i + 1 < len(chars):
            s.draw.line((box[2], y - 6, box[2], y + side + 6), fill=BLACK, width=9)
    return x + len(chars) * side + 30


def typed(s: Sheet, x: float, y: float, text: str) -> float:
    """Typed on a manual typewriter: each character struck on its own."""
    f = s.written
    base = y - 6
    clusters: list[str] = []
    for ch in text:  # a Thai vowel or tone mark is struck with the letter it sits on
        if clusters and unicodedata.category(ch) == "Mn":
            clusters[-1] += ch
        else:
            clusters.append(ch)
    for ch in clusters:
        if ch == " ":
            x += s.draw.textlength(" ", font=f)
            continue
        strength = s.rng.uniform(0.55, 1.0)
        ink = tuple(int(255 - (255 - c) * strength) for c in s.ink)
        base += s.rng.uniform(-1.2, 1.2)
        s.draw.text((x + s.rng.uniform(-1, 1), base), ch, font=f, fill=ink)
        x += s.draw.textlength(ch, font=f)
    return x


def typed_field(s: Sheet, x: float, y: float, label: str, val: str, width: float) -> float:
    x = s.text(x, y, label) + 10
    end = s.leader(x, y, max(width, s.draw.textlength(val, font=s.written) + 60))
    if val:
        typed(s, x + 24, y, val)
    return end + 14


def strike_one(s: Sheet, x: float, y: float, wrong: str, right: str) -> float:
    """The wrong value written, struck through with one line, the right one beside it."""
    end = s.value(x, y, wrong)
    s.draw.line((x - 10, y + 34 + s.rng.randint(-4, 4), end - 6, y + 28 + s.rng.randint(-4, 4)),
                fill=s.ink, width=5)  # fmt: skip
    return s.value(end + 24, y, right)


def coffee(img: Image.Image, rng: random.Random, cx: int, cy: int, r: int) -> None:
    """A coffee cup's ring and a spill: brown, darker at the ring's rim, see-through."""
    stain = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(stain)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(238, 222, 198))
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(186, 142, 96), width=16)
    d.ellipse((cx - r + 24, cy - r + 10, cx + r - 14, cy + r - 26), outline=(214, 180, 140),
              width=6)  # fmt: skip
    for _ in range(5):  # drops flung from the cup
        x, y, q = cx + rng.randint(-2 * r, 2 * r), cy + rng.randint(-r, r), rng.randint(8, 26)
        d.ellipse((x - q, y - q, x + q, y + q), fill=(214, 178, 134))
    spill = [(cx + r - 40, cy), (cx + r + 420, cy + rng.randint(-30, 60)),
             (cx + r + 380, cy + 150), (cx + r - 20, cy + 110)]  # fmt: skip
    d.polygon(spill, fill=(228, 204, 170))
    img.paste(ImageChops.multiply(img, stain.filter(ImageFilter.GaussianBlur(5))))


# --- the layouts ----------------------------------------------------------------------------


def agency_hand(s: Sheet, p: Applicant) -> list[Image.Image]:
    """The agency's own printed form, filled by hand in black ink."""
    s.draw.rectangle((A4[0] - MARGIN - 420, 90, A4[0] - MARGIN + 60, 270), outline=BLACK,
                     width=3)  # fmt: skip
    s.text(A4[0] - MARGIN - 400, 100, "เลขรับที่ ..............")
    s.text(A4[0] - MARGIN - 400, 180, "วันที่ ...................")
    s.centre(330, "คำร้องขอรับเงินช่วยเหลือผู้ประสบภัย", bold=True)
    s.centre(410, f"เทศบาลเมือง{p.amphoe.removeprefix('เมือง')}  จังหวัด{p.province}")
    x = A4[0] // 2 + 100
    s.field(x, 520, "เขียนที่", "บ้านเลขที่ " + p.house, 560)
    x = s.field(x - 60, 520 + LINE, "วันที่", "4", 80)
    x = s.field(x, 520 + LINE, "เดือน", "ธ.ค.", 200)
    s.field(x, 520 + LINE, "พ.ศ.", "2569", 130)
    s.text(MARGIN, 520 + 2.4 * LINE, "เรียน  นายกเทศมนตรี")
    y = 520 + 3.6 * LINE
    x = s.field(MARGIN + 120, y, "ข้าพเจ้า", p.name, 860)
    x = s.field(x, y, "อายุ", str(p.age), 80)
    s.text(x, y, "ปี")
    y += LINE
    x = s.field(MARGIN, y, "เกิดวันที่", short_date(p.born), 420)
    s.field(x, y, "เลขประจำตัวประชาชน", nid_spaced(p.nid), 600)
    y += LINE
    x = s.field(MARGIN, y, "อยู่บ้านเลขที่", p.house, 180)
    x = s.field(x, y, "หมู่ที่", p.moo, 80)
    x = s.field(x, y, "ถนน", "-", 160)
    s.field(x, y, "ตำบล/แขวง", p.tambon, 360)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ/เขต", p.amphoe, 440)
    x = s.field(x, y, "จังหวัด", p.province, 340)
    s.field(x, y, "รหัสไปรษณีย์", p.postal, 180)
    y += LINE
    s.field(MARGIN, y, "หมายเลขโทรศัพท์", phone_dashed(p.phone), 440)
    y += LINE * 1.3
    x = s.text(MARGIN + 120, y, "ขอรับเงินช่วยเหลือกรณี") + 20
    s.tick_row(x, y, ("อุทกภัย", "วาตภัย", "อัคคีภัย"), "อุทกภัย")
    y += LINE
    x = s.text(MARGIN, y, "รายละเอียด") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, "น้ำท่วมบ้านเสียหายทั้งหลัง")
    s.leader(MARGIN, y + LINE, A4[0] - 2 * MARGIN)
    s.text(MARGIN + 120, y + 2.2 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    sign(s, y + 3.6 * LINE, p.name, "ผู้ยื่นคำร้อง")
    return [s.image]


def box_grid_hand(s: Sheet, p: Applicant) -> list[Image.Image]:
    """The ID, postal code and phone written one digit per box, by hand."""
    s.centre(150, "แบบคำขอขึ้นทะเบียนเกษตรกร", bold=True)
    s.centre(240, f"สำนักงานเกษตรอำเภอ{p.amphoe}")
    y = 400.0
    x = s.text(MARGIN, y, "คำนำหน้า") + 20
    x = s.tick_row(x, y, ("นาย", "นาง", "นางสาว"), p.title)
    y += LINE
    x = s.field(MARGIN, y, "ชื่อ", p.first, 520)
    s.field(x, y, "นามสกุล", p.last, 560)
    y += LINE * 1.2
    x = s.text(MARGIN, y, "เลขประจำตัวประชาชน") + 24
    grid(s, x, y + 4, p.nid, (1, 4, 5, 2, 1))
    y += LINE * 1.3
    s.field(MARGIN, y, "วัน/เดือน/ปีเกิด", slashed(p.born), 420)
    y += LINE
    x = s.field(MARGIN, y, "ที่อยู่ เลขที่", p.house, 180)
    x = s.field(x, y, "หมู่ที่", p.moo, 80)
    s.field(x, y, "ตำบล", p.tambon, 400)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 420)
    s.field(x, y, "จังหวัด", p.province, 400)
    y += LINE * 1.2
    x = s.text(MARGIN, y, "รหัสไปรษณีย์") + 24
    grid(s, x, y + 4, p.postal)
    y += LINE * 1.3
    x = s.text(MARGIN, y, "โทรศัพท์มือถือ") + 24
    grid(s, x, y + 4, p.phone, (3, 3, 4))
    y += LINE * 1.4
    s.field(MARGIN, y, "พื้นที่ทำการเกษตร", "ทำนา 12 ไร่", 700)
    s.signature(y + 1.8 * LINE, p)
    return [s.image]


def typewriter(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Typed on a manual typewriter over the dotted lines."""
    s.centre(160, "คำร้องขอหนังสือรับรองความประพฤติ", bold=True)
    s.centre(250, f"ที่ทำการกำนันตำบล{p.tambon}")
    y = 420.0
    x = typed_field(s, MARGIN + 120, y, "ข้าพเจ้า", p.name, 860)
    x = typed_field(s, x, y, "อายุ", str(p.age), 80)
    s.text(x, y, "ปี")
    y += LINE
    b = p.born
    typed_field(s, MARGIN, y, "เกิดวันที่", f"{b.day} {MONTHS[b.month - 1]} {b.year + 543}", 560)
    y += LINE
    typed_field(s, MARGIN, y, "เลขประจำตัวประชาชน", p.nid, 620)
    y += LINE
    x = typed_field(s, MARGIN, y, "บ้านเลขที่", p.house, 180)
    x = typed_field(s, x, y, "หมู่ที่", p.moo, 80)
    typed_field(s, x, y, "ตำบล", p.tambon, 380)
    y += LINE
    x = typed_field(s, MARGIN, y, "อำเภอ", p.amphoe, 420)
    typed_field(s, x, y, "จังหวัด", p.province, 400)
    y += LINE
    x = typed_field(s, MARGIN, y, "รหัสไปรษณีย์", p.postal, 200)
    typed_field(s, x, y, "โทรศัพท์", p.phone, 380)
    y += LINE * 1.3
    x = s.text(MARGIN + 120, y, "มีความประสงค์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    typed(s, x + 30, y, "ขอหนังสือรับรองความประพฤติเพื่อสมัครงาน")
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    sign(s, y + 2.8 * LINE, "", "ผู้ยื่นคำร้อง")
    typed(s, A4[0] // 2 + 40, y + 2.8 * LINE + 99, p.name)
    return [s.image]


def id_card_copy(p: Applicant, rng: random.Random) -> Image.Image:
    """Page 2: a grey photocopy of the ID card's front and back, signed as a true copy."""
    page = Image.new("RGB", A4, (252, 252, 252))
    d = ImageDraw.Draw(page)
    ink = (40, 40, 40)
    f, small, big = font("Garuda", 40), font("Garuda", 30), font("Garuda-Bold", 46)
    w, h = 1720, 1090
    x0, y0 = (A4[0] - w) // 2, 300
    card = Image.new("RGB", (w, h), (196, 196, 196))
    c = ImageDraw.Draw(card)
    c.rounded_rectangle((0, 0, w - 1, h - 1), radius=60, outline=ink, width=5)
    c.text((60, 40), "บัตรประจำตัวประชาชน  Thai National ID Card", font=big, fill=ink)
    c.text((60, 140), "เลขประจำตัวประชาชน", font=f, fill=ink)
    c.text((520, 130), f"{p.nid[0]} {p.nid[1:5]} {p.nid[5:10]} {p.nid[10:12]} {p.nid[12]}",
           font=big, fill=ink)  # fmt: skip
    c.text((60, 240), f"ชื่อตัวและชื่อสกุล  {p.title} {p.first} {p.last}", font=big, fill=ink)
    english = {"อรอุมา": ("Miss Onuma", "Saengthong"), "ประยูร": ("Mr. Prayoon", "Muanmaen")}
    first_en, last_en = english[p.first]
    c.text((60, 330), f"Name  {first_en}", font=f, fill=ink)
    c.text((60, 390), f"Last name  {last_en}", font=f, fill=ink)
    b = p.born
    c.text((60, 470), f"เกิดวันที่  {short_date(b)}", font=f, fill=ink)
    en_month = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.",
                "Nov.", "Dec.")[b.month - 1]  # fmt: skip
    c.text((60, 530), f"Date of Birth  {b.day} {en_month} {b.year}", font=f, fill=ink)
    c.text((60, 610), "ศาสนา  พุทธ", font=f, fill=ink)
    c.text((60, 690), f"ที่อยู่  {p.house} หมู่ที่ {p.moo} ต.{p.tambon}", font=f, fill=ink)
    c.text((180, 750), f"อ.{p.amphoe} จ.{p.province}", font=f, fill=ink)
    issued, expires, laser = CARD[p.first]
    c.text((60, 900), short_date(issued), font=f, fill=ink)
    c.text((60, 950), "วันออกบัตร", font=small, fill=ink)
    c.text((w - 560, 900), short_date(expires), font=f, fill=ink)
    c.text((w - 560, 950), "วันบัตรหมดอายุ", font=small, fill=ink)
    c.rectangle((w - 460, 300, w - 80, 780), fill=(150, 150, 150))  # the photo
    c.ellipse((w - 360, 360, w - 180, 560), fill=(95, 95, 95))
    c.ellipse((w - 420, 560, w - 120, 900), fill=(95, 95, 95))
    page.paste(card.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=(252, 252, 252)),
               (x0, y0))  # fmt: skip
    back = Image.new("RGB", (w, h), (200, 200, 200))
    k = ImageDraw.Draw(back)
    k.rounded_rectangle((0, 0, w - 1, h - 1), radius=60, outline=ink, width=5)
    k.text((w - 620, 80), laser, font=big, fill=ink)
    for i in range(40):  # the barcode
        k.rectangle((120 + i * 22, 820, 120 + i * 22 + rng.randint(4, 14), 980), fill=ink)
    k.text((120, 300), "ผู้อำนวยการสำนักบริหารการทะเบียน", font=f, fill=ink)
    page.paste(back.rotate(rng.uniform(-1.5, 1.5), expand=True, fillcolor=(252, 252, 252)),
               (x0, y0 + h + 200))  # fmt: skip
    toner = grain(A4, rng, 14)
    page = ImageChops.multiply(page, Image.merge("RGB", (toner,) * 3).point(
        lambda v: min(255, v + 120)))  # fmt: skip
    hand = font("Purisa-Oblique", 90)
    d = ImageDraw.Draw(page)
    d.text((x0 + 300, y0 + h + 40), "สำเนาถูกต้อง", font=hand, fill=BALLPOINT)
    pts = [(x0 + 900 + i * 26, y0 + h + 120 + rng.randint(-30, 30)) for i in range(18)]
    d.line(pts, fill=BALLPOINT, width=5, joint="curve")
    d.text((x0 + 300, y0 + 2 * h + 320), "ใช้สำหรับยื่นคำร้องต่อเทศบาลเท่านั้น", font=hand,
           fill=BALLPOINT)  # fmt: skip
    return page


def form_and_card(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Page 1 the form (no birth date asked), page 2 the ID card's copy."""
    s.centre(150, "คำร้องขอติดตั้งประปาหมู่บ้าน", bold=True)
    s.centre(240, f"เทศบาลตำบล{p.tambon}  อำเภอ{p.amphoe}")
    s.text(A4[0] - MARGIN - 520, 340, "หน้า 1/2")
    y = 460.0
    s.field(MARGIN + 120, y, "ข้าพเจ้า (นาย/นาง/นางสาว)", p.name, 920)
    y += LINE
    s.field(MARGIN, y, "เลขประจำตัวประชาชน", p.nid, 620)
    y += LINE
    x = s.field(MARGIN, y, "บ้านเลขที่", p.house, 200)
    x = s.field(x, y, "หมู่ที่", p.moo, 80)
    s.field(x, y, "ตำบล", p.tambon, 400)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 420)
    x = s.field(x, y, "จังหวัด", p.province, 360)
    s.field(x, y, "รหัสไปรษณีย์", p.postal, 180)
    y += LINE
    s.field(MARGIN, y, "โทรศัพท์", phone_dashed(p.phone), 440)
    y += LINE * 1.3
    x = s.text(MARGIN + 120, y, "มีความประสงค์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, "ขอติดตั้งมาตรวัดน้ำประปาใหม่ 1 จุด")
    y += LINE * 1.2
    s.text(MARGIN, y, "พร้อมนี้ได้แนบเอกสารมาด้วย  1. สำเนาบัตรประจำตัวประชาชน (หน้า 2)")
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.signature(y + 2.8 * LINE, p)
    return [s.image, id_card_copy(p, s.rng)]


def stain_fix(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Hand-filled; a wrong birth year and postal code struck once and rewritten; coffee."""
    wrong_year, wrong_postal = STRUCK[p.first]
    s.centre(150, "แบบคำขอรับการสงเคราะห์ผู้ป่วยเอดส์และผู้พิการ", bold=True)
    s.centre(240, f"องค์การบริหารส่วนตำบล{p.tambon}")
    s.text(A4[0] // 2 + 200, 330, "วันที่  4  ธันวาคม  2569")
    y = 480.0
    s.field(MARGIN + 120, y, "ชื่อ-สกุล", p.name, 980)
    y += LINE
    b = p.born
    x = s.text(MARGIN, y, "เกิดวันที่") + 10
    end = s.leader(x, y, 700)
    x = s.value(x + 20, y, f"{b.day} {MONTHS_SHORT[b.month - 1]}")
    strike_one(s, x + 10, y, wrong_year, str(b.year + 543))
    s.field(end + 14, y, "อายุ", str(p.age), 90)
    y += LINE
    s.field(MARGIN, y, "เลขประจำตัวประชาชน", p.nid, 620)
    y += LINE
    x = s.field(MARGIN, y, "ที่อยู่ เลขที่", p.house, 180)
    x = s.field(x, y, "หมู่", p.moo, 80)
    s.field(x, y, "ตำบล", p.tambon, 400)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 420)
    s.field(x, y, "จังหวัด", p.province, 400)
    y += LINE
    x = s.text(MARGIN, y, "รหัสไปรษณีย์") + 10
    end = s.leader(x, y, 520)
    strike_one(s, x + 20, y, wrong_postal, p.postal)
    s.field(end + 14, y, "โทรศัพท์", phone_dashed(p.phone), 460)
    y += LINE * 1.3
    x = s.text(MARGIN + 120, y, "มีความประสงค์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, "ขอรับเบี้ยความพิการ")
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.signature(y + 3 * LINE, p)
    coffee(s.image, s.rng, 1250, 480 + int(2.4 * LINE), 230)
    return [s.image]


def ruled_letter(s: Sheet, p: Applicant) -> list[Image.Image]:
    """Written entirely by hand on ruled notebook paper."""
    rule = 118
    for y in range(300, A4[1] - 120, rule):
        s.draw.line((0, y, A4[0], y), fill=(150, 180, 225), width=3)
    s.draw.line((260, 0, 260, A4[1]), fill=(225, 120, 120), width=4)
    b = p.born
    lines = (
        (1200, f"บ้านเลขที่ {p.house} หมู่ {p.moo}"),
        (1200, "วันที่ 3 ธันวาคม 2569"),
        (300, "เรื่อง ขอความอนุเคราะห์ซ่อมถนนในหมู่บ้าน"),
        (300, f"เรียน นายกเทศมนตรีตำบล{p.tambon}"),
        (420, f"ข้าพเจ้า {p.name} อายุ {p.age} ปี"),
        (300, f"เลขประจำตัวประชาชน {p.nid} เกิดวันที่ {slashed(b)}"),
        (300, f"อยู่บ้านเลขที่ {p.house} หมู่ {p.moo} ตำบล{p.tambon}"),
        (300, f"อำเภอ{p.amphoe} จังหวัด{p.province} {p.postal}"),
        (300, f"โทร {phone_dashed(p.phone)}"),
        (420, "ขอความอนุเคราะห์ซ่อมถนนลูกรังหน้าบ้านซึ่งเป็นหลุมบ่อ"),
        (300, "เมื่อฝนตกรถสัญจรไปมาลำบาก"),
        (420, "จึงเรียนมาเพื่อโปรดพิจารณา"),
        (1300, "ขอแสดงความนับถือ"),
        (1300, f"({p.name})"),
    )
    y = 300 + rule
    for x, text in lines:
        s.value(x + s.rng.randint(-10, 10), y - 86 + s.rng.randint(-6, 6), text)
        y += rule
    return [s.image]


# --- captures --------------------------------------------------------------------------------


def pdf(pages: list[Image.Image], dpi: float, quality: int) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  quality=quality)  # fmt: skip
    return out.getvalue()


def flatbed300(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A clean 300 dpi colour flatbed scan: JPEG, or a PDF of both pages."""
    scanned = []
    for page in pages:
        turned = page.rotate(rng.uniform(-0.4, 0.4), resample=Image.Resampling.BICUBIC,
                             fillcolor=(250, 250, 248))  # fmt: skip
        paper = ImageChops.multiply(turned, Image.new("RGB", page.size, (252, 250, 245)))
        scanned.append(ImageChops.add(paper, grain(page.size, rng, 3).convert("RGB"),
                                      scale=1.0, offset=-128))  # fmt: skip
    stamp = f"{rng.randint(1000, 9999)}"
    if len(scanned) > 1:
        return f"Scan_{stamp}.pdf", pdf(scanned, 300.0, 90), "application/pdf"
    out = io.BytesIO()
    scanned[0].save(out, "JPEG", quality=92, dpi=(300, 300))
    return f"scan{stamp}.jpg", out.getvalue(), "image/jpeg"


def daylight_top(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A phone straight above the page on a tiled floor by a window, in daylight."""
    (page,) = pages
    W, H = frame_for(page)
    floor = ImageChops.multiply(
        Image.new("RGB", (W, H), (205, 196, 182)),
        grain((W, H), rng, 10).convert("RGB").point(lambda v: min(255, v + 125)),
    )
    shot = place(page, (W, H), jittered((W, H), rng, 0.035, 25), floor)
    ramp = bytes(int(255 - 50 * x / W) for x in range(W))  # the window on the left
    light = Image.frombytes("L", (W, 1), ramp).resize((W, H))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (light, light, light)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (238, 246, 255)))
    shot = shot.filter(ImageFilter.GaussianBlur(0.7))
    shot = ImageChops.add(shot, grain((W, H), rng, 5).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(86, 92))
    return f"IMG_2026120{rng.randint(3, 5)}_{rng.randint(90000, 99999)}.jpg", out.getvalue(), \
        "image/jpeg"  # fmt: skip


def mfp_grey200(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A multi-function copier's scan-to-PDF: 200 dpi, 8-bit grey, toner a little dark."""
    scanned = []
    for page in pages:
        grey = page.convert("L").rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC,
                                        fillcolor=245)  # fmt: skip
        grey = grey.resize((page.size[0] * 2 // 3, page.size[1] * 2 // 3),
                           Image.Resampling.LANCZOS)  # fmt: skip
        grey = grey.point(lambda v: int(255 * (v / 255) ** 1.4))
        scanned.append(ImageChops.add(grey, grain(grey.size, rng, 4), scale=1.0, offset=-128))
    return f"MFP{rng.randint(100000, 999999)}.pdf", pdf(scanned, 200.0, 75), "application/pdf"


def lamp_photo(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A phone photo at night under a warm desk lamp at the page's top right corner."""
    (page,) = pages
    W, H = frame_for(page)
    desk = ImageChops.multiply(
        Image.new("RGB", (W, H), (70, 52, 40)),
        grain((W, H), rng, 14).convert("RGB").point(lambda v: min(255, v + 110)),
    )
    shot = place(page, (W, H), jittered((W, H), rng, 0.06, 120), desk)
    glow = Image.radial_gradient("L").resize((W * 2, H * 2))
    glow = glow.crop((W // 2 + W // 3, H // 2 - H // 4, W // 2 + W // 3 + W, H // 2 - H // 4 + H))
    light = glow.point(lambda v: max(80, 255 - int(v * 0.75)))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (light, light, light)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (255, 222, 170)))
    shot = shot.filter(ImageFilter.GaussianBlur(1.1))
    shot = ImageChops.add(shot, grain((W, H), rng, 13).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(78, 86))
    return f"IMG_{rng.randint(1000, 9999)}.jpg", out.getvalue(), "image/jpeg"


Capture = Callable[[list[Image.Image], random.Random], tuple[str, bytes, str]]
CAPTURES: dict[str, Capture] = {
    "flatbed300": flatbed300,
    "daylight_top": daylight_top,
    "mfp_grey200": mfp_grey200,
    "lamp_photo": lamp_photo,
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
    "agency_hand": Style(agency_hand, "Laksaman", "Purisa", PEN_BLACK,
                         ("flatbed300", "daylight_top"), handwriting=True),
    "box_grid_hand": Style(box_grid_hand, "Garuda", "Purisa", BALLPOINT,
                           ("mfp_grey200", "lamp_photo"), handwriting=True),
    "typewriter": Style(typewriter, "Norasi", "TlwgTypewriter", TYPE_INK,
                        ("flatbed300", "mfp_grey200")),
    "form_and_card": Style(form_and_card, "Kinnari", "Purisa-Oblique", BALLPOINT,
                           ("mfp_grey200", "flatbed300"), handwriting=True),
    "stain_fix": Style(stain_fix, "Waree", "Sawasdee", PEN_BLACK,
                       ("daylight_top", "lamp_photo"), handwriting=True),
    "ruled_letter": Style(ruled_letter, "Loma", "Purisa", BALLPOINT,
                          ("daylight_top", "lamp_photo"), handwriting=True),
}  # fmt: skip


# --- the set and its score -------------------------------------------------------------------


@dataclass(frozen=True)
class Blind:
    style: str
    raw: bytes = field(repr=False)
    expected: dict[str, tuple[str, ...]] = field(repr=False)


BODIES = {
    "form_and_card": "เรียนเจ้าหน้าที่ ส่งคำร้องพร้อมสำเนาบัตรประชาชนครับ (2 หน้า)\n",
    "ruled_letter": "เรียนเจ้าหน้าที่ ส่งหนังสือขอความอนุเคราะห์ที่เขียนด้วยลายมือค่ะ\n",
}


def mail(n: int, style: str, attach: tuple[str, bytes, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"<resident{n:02d}@gmail.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = ("ยื่นคำร้อง", "ส่งแบบฟอร์ม", "คำขอ", "")[n % 4]
    msg["Date"] = format_datetime(datetime(2026, 12, 5, 9, n, tzinfo=UTC))
    msg["Message-ID"] = f"<blind25-{n}@example.com>"
    body = BODIES.get(style, "เรียนเจ้าหน้าที่ แนบคำร้องมาตามไฟล์ค่ะ\n")
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
            rng = random.Random(f"blind25/{name}/{capture}")
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
