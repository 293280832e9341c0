"""A blind set of scanned and photographed Thai request forms, written for round 21 of the
OCR work (issue 8) before any reader was changed in that round (and before the readers
were looked at).

It shares the harness (one attached form per mail, the shared verdicts) and the pen and
paper of round 20's set (ocr_blind20.Sheet), nothing else: its own people, layouts and
captures.

Layouts, as Thai offices print and fill them:
- char_boxes: a government form with a box per character for every number (the ID in 13
  boxes without dashes or gaps, the birth date as วัน [][] เดือน [][] ปี [][][][], the
  postal code and the phone in boxes), the name and address on leaders;
- letter: a typed letter (หนังสือ) on a community group's letterhead, the sender's
  address at the top right, every value inside one wrapped paragraph;
- two_page: a form over two sheets, the person on the first, the address and phone on
  the second ("(ต่อหน้า 2)");
- grid_table: a ruled grid of label | value | label | value cells with a grey header,
  the birth date with a short month (12 ก.พ. 2510), the phone in groups (081 234 5678);
- ballpoint: a leader form filled in a thin blue ballpoint hand (Sawasdee oblique,
  pressure and angle changing word by word), the birth date d/m/BE;
- stamp_signed: a typed form with the office's purple receiving stamp (its own number,
  date and time) pressed over the ID and phone lines and a signature across the address.

Captures, as they reach an agency: a flatbed scan (300 dpi, 8-bit grey, PNG, or a
grey PDF when the form has two sheets), a fine-mode fax (200 dpi, one bit, dithered,
salt-and-pepper noise, a jittered line, CCITT G3 TIFF), a phone photo (perspective, a
hand's shadow over one corner, a little motion blur, JPEG), a copier's scan-to-PDF
(200 dpi, toner-dark, JPEG inside, a second near-blank sheet showing the first through
the paper) and a colour scan saved as a low-quality JPEG (150 dpi, quality 20-30).

All people, numbers and addresses are invented. `PYTHONPATH=tests python
tests/extractors/ocr_blind21.py --save DIR` writes the pages to look at.
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
    date_th,
    expected,
    field_table,
    font,
    grain,
    nid_dashed,
    phone_dashed,
)
from ocr_blind20 import score as score_set
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from support.blind_sets import save_attachments
from unseen_harness import StyleScore, render
from unseen_requests import MONTHS, MONTHS_SHORT, with_check_digit

PURPLE = (105, 45, 150)  # a receiving stamp's ink pad
BALLPOINT = (35, 55, 150)

APPLICANTS: tuple[Applicant, ...] = (
    Applicant("นาย", "ประเสริฐ", "บุญล้อม", with_check_digit("340990017652"), date(1966, 4, 12),
              "0812346275", "88", "4", "โนนสูง", "น้ำพอง", "ขอนแก่น", "40140"),
    Applicant("นางสาว", "พิมพ์ชนก", "ศรีสุวรรณ", with_check_digit("110370028841"), date(1993, 9, 25),
              "0968412337", "5/2", "9", "บ้านกลาง", "เมืองลำพูน", "ลำพูน", "51000"),
    Applicant("นาง", "บุญเรือน", "ทองประเสริฐ", with_check_digit("370060031195"), date(1960, 1, 7),
              "0873059146", "143", "7", "หนองแวง", "พนมไพร", "ร้อยเอ็ด", "45140"),
    Applicant("นาย", "ณัฐวุฒิ", "แสงอรุณ", with_check_digit("160040052936"), date(1985, 11, 2),
              "0624718853", "27/8", "3", "ท่าโพธิ์", "เมืองพิษณุโลก", "พิษณุโลก", "65000"),
    Applicant("นาง", "สุดารัตน์", "คำภิโล", with_check_digit("481020014457"), date(1977, 6, 19),
              "0857301942", "60", "12", "นาหว้า", "นาหว้า", "นครพนม", "48180"),
    Applicant("นาย", "วีระพงษ์", "จันทร์หอม", with_check_digit("830010046128"), date(1999, 3, 30),
              "0986623014", "9/41", "2", "ฉลอง", "เมืองภูเก็ต", "ภูเก็ต", "83130"),
    Applicant("นางสาว", "อรอุมา", "พรหมวงศ์", with_check_digit("260030097714"), date(1990, 12, 14),
              "0639140526", "311", "6", "ดงละคร", "เมืองนครนายก", "นครนายก", "26000"),
    Applicant("นาย", "บุญชู", "หอมจันทร์", with_check_digit("310050062389"), date(1955, 8, 8),
              "044612537", "72", "10", "สะแก", "สตึก", "บุรีรัมย์", "31150"),
)  # fmt: skip


# --- drawing ---------------------------------------------------------------------------------


def title_block(s: Sheet, title: str, under: str) -> float:
    s.centre(150, title, bold=True)
    s.centre(240, under)
    return 380.0


def box_row(s: Sheet, x: float, y: float, label: str, digits: str) -> float:
    """`label [d][d]...`: one printed box per character, no dashes between."""
    x = s.text(x, y, label) + 18
    return s.boxes(x, y + 6, digits, (len(digits),)) + 30


def char_boxes(s: Sheet, p: Applicant) -> list[Image.Image]:
    y = title_block(s, "แบบคำขอรับเงินช่วยเหลือผู้ประสบภัย", "(สำหรับประชาชนยื่นต่อองค์กรปกครองส่วนท้องถิ่น)")
    s.text(A4[0] - MARGIN - 520, y, "เลขที่รับ ......../2569")
    y += LINE * 1.3
    s.text(MARGIN, y, "ส่วนที่ 1  ข้อมูลผู้ยื่นคำขอ", bold=True)
    y += LINE * 1.2
    s.field(MARGIN, y, "ชื่อ-สกุล (นาย/นาง/นางสาว)", p.name, 900)
    y += LINE * 1.2
    box_row(s, MARGIN, y, "เลขประจำตัวประชาชน", p.nid)
    y += LINE * 1.3
    b = p.born
    x = box_row(s, MARGIN, y, "วันเกิด  วันที่", f"{b.day:02d}")
    x = box_row(s, x, y, "เดือน", f"{b.month:02d}")
    box_row(s, x, y, "ปี พ.ศ.", str(b.year + 543))
    y += LINE * 1.3
    x = s.field(MARGIN, y, "ที่อยู่ เลขที่", p.house, 150)
    x = s.field(x, y, "หมู่ที่", p.moo, 80)
    s.field(x, y, "ตำบล", p.tambon, 360)
    y += LINE * 1.15
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 420)
    s.field(x, y, "จังหวัด", p.province, 380)
    y += LINE * 1.2
    box_row(s, MARGIN, y, "รหัสไปรษณีย์", p.postal)
    y += LINE * 1.3
    box_row(s, MARGIN, y, "โทรศัพท์", p.phone)
    y += LINE * 1.5
    s.text(MARGIN, y, "ส่วนที่ 2  ความเสียหาย", bold=True)
    x = s.text(MARGIN + 120, y + LINE, "ลักษณะความเสียหาย") + 10
    s.leader(x, y + LINE, A4[0] - MARGIN - x)
    s.value(x + 30, y + LINE, "น้ำท่วมบ้านเรือนเสียหายบางส่วน")
    s.text(MARGIN + 120, y + 2.3 * LINE, "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริงทุกประการ")
    s.signature(y + 4 * LINE, p)
    return [s.image]


def paragraph(s: Sheet, x0: float, y: float, words: list[str], width: float) -> float:
    """Typed words wrapped at `width`, as a word processor breaks a Thai paragraph at
    its spaces; the first line indented."""
    x, right = x0 + 150, x0 + width
    gap = s.draw.textlength(" ", font=s.printed)
    for word in words:
        w = s.draw.textlength(word, font=s.printed)
        if x + w > right and x > x0:
            x, y = x0, y + LINE * 0.95
        s.text(x, y, word)
        x += w + gap
    return y + LINE


def letter(s: Sheet, p: Applicant) -> list[Image.Image]:
    group = f"กลุ่มวิสาหกิจชุมชนทอผ้าบ้าน{p.tambon}"
    s.draw.ellipse((MARGIN, 110, MARGIN + 170, 280), outline=BLACK, width=6)
    s.text(MARGIN + 45, 160, "วสช", bold=True)
    s.text(MARGIN + 220, 140, group, bold=True)
    s.text(MARGIN + 220, 225, f"จดทะเบียนเลขที่ {p.postal[:2]}-{p.postal[2:]}-0158")
    s.draw.line((MARGIN, 310, A4[0] - MARGIN, 310), fill=BLACK, width=5)
    right = A4[0] // 2 + 300
    y = 380.0
    for line in (f"บ้านเลขที่ {p.house} หมู่ที่ {p.moo}", f"ตำบล{p.tambon} อำเภอ{p.amphoe}",
                 f"จังหวัด{p.province} {p.postal}"):  # fmt: skip
        s.text(right, y, line)
        y += LINE * 0.9
    s.text(A4[0] // 2 - 100, y + 40, "3 ธันวาคม 2569")
    y += LINE * 1.6
    s.text(MARGIN, y, "เรื่อง   ขอรับการช่วยเหลือค่าซ่อมแซมบ้านที่ได้รับความเสียหายจากวาตภัย")
    s.text(MARGIN, y + LINE, f"เรียน   นายกองค์การบริหารส่วนตำบล{p.tambon}")
    b = p.born
    words = (
        f"ข้าพเจ้า {p.name} อายุ {p.age} ปี เลขประจำตัวประชาชน {nid_dashed(p.nid)} "
        f"เกิดวันที่ {b.day} {MONTHS[b.month - 1]} {b.year + 543} "
        f"อยู่บ้านเลขที่ {p.house} หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe} "
        f"จังหวัด{p.province} รหัสไปรษณีย์ {p.postal} โทรศัพท์ {phone_dashed(p.phone)} "
        "ได้รับความเสียหายจากพายุฤดูร้อนเมื่อวันที่ 28 พฤศจิกายน 2569 หลังคาบ้านพังเสียหาย "
        "จึงขอรับการช่วยเหลือค่าวัสดุซ่อมแซมตามระเบียบของทางราชการ"
    ).split(" ")
    y = paragraph(s, MARGIN, y + 2.4 * LINE, words, A4[0] - 2 * MARGIN)
    s.text(MARGIN + 150, y + 0.4 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.text(A4[0] // 2, y + 1.8 * LINE, "ขอแสดงความนับถือ")
    s.signature(y + 3.2 * LINE, p)
    return [s.image]


def two_page(s: Sheet, p: Applicant) -> list[Image.Image]:
    y = title_block(s, "คำขอรับเบี้ยยังชีพ", f"เทศบาลตำบล{p.tambon}")
    s.text(A4[0] - MARGIN - 300, 120, "หน้า 1/2")
    y += LINE * 0.8
    s.text(MARGIN, y, "1. ข้อมูลผู้ขอ", bold=True)
    y += LINE * 1.2
    x = s.field(MARGIN + 80, y, "คำนำหน้า", p.title, 200)
    s.field(x, y, "ชื่อ", p.first, 420)
    y += LINE
    s.field(MARGIN + 80, y, "นามสกุล", p.last, 560)
    y += LINE
    s.field(MARGIN + 80, y, "เลขประจำตัวประชาชน", nid_dashed(p.nid), 600)
    y += LINE
    s.field(MARGIN + 80, y, "วันเดือนปีเกิด", date_th(p.born), 560)
    y += LINE * 1.4
    s.text(MARGIN, y, "2. สถานภาพ  ☐ โสด  ☐ สมรส  ☐ หม้าย")
    s.centre(A4[1] - 300, "(ต่อหน้า 2)")
    second = Sheet(s.face, s.hand, s.ink, s.rng)
    second.text(A4[0] - MARGIN - 300, 120, "หน้า 2/2")
    y = 300.0
    second.text(MARGIN, y, "3. ที่อยู่ตามทะเบียนบ้าน", bold=True)
    y += LINE * 1.2
    x = second.field(MARGIN + 80, y, "บ้านเลขที่", p.house, 180)
    x = second.field(x, y, "หมู่ที่", p.moo, 90)
    second.field(x, y, "ตำบล", p.tambon, 360)
    y += LINE
    x = second.field(MARGIN + 80, y, "อำเภอ", p.amphoe, 420)
    second.field(x, y, "จังหวัด", p.province, 360)
    y += LINE
    second.field(MARGIN + 80, y, "รหัสไปรษณีย์", p.postal, 220)
    y += LINE
    second.field(MARGIN + 80, y, "โทรศัพท์ที่ติดต่อได้", phone_dashed(p.phone), 400)
    y += LINE * 1.4
    second.text(MARGIN, y, "4. ช่องทางการรับเงิน  ☐ เงินสด  ☐ โอนเข้าบัญชีธนาคาร")
    tail_wish = "ขอรับเบี้ยยังชีพผู้สูงอายุประจำปีงบประมาณ 2570"
    x = second.text(MARGIN + 120, y + 1.3 * LINE, "มีความประสงค์") + 10
    second.leader(x, y + 1.3 * LINE, A4[0] - MARGIN - x)
    second.value(x + 30, y + 1.3 * LINE, tail_wish)
    second.signature(y + 3.2 * LINE, p)
    return [s.image, second.image]


def grid_table(s: Sheet, p: Applicant) -> list[Image.Image]:
    y = title_block(s, "แบบฟอร์มขอรับบริการ", f"สำนักงานเทศบาลเมือง{p.province}")
    b = p.born
    spaced = phone_dashed(p.phone).replace("-", " ")
    rows = (
        (("ชื่อ-สกุล", p.name), ("เลขประจำตัวประชาชน", p.nid)),
        (("วันเกิด", f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}"), ("โทรศัพท์", spaced)),
        (("บ้านเลขที่", p.house), ("หมู่ที่", p.moo)),
        (("ตำบล", p.tambon), ("อำเภอ", p.amphoe)),
        (("จังหวัด", p.province), ("รหัสไปรษณีย์", p.postal)),
    )  # fmt: skip
    cols = (MARGIN - 60, MARGIN + 300, MARGIN + 1000, MARGIN + 1560, A4[0] - MARGIN + 60)
    top = y
    s.draw.rectangle((cols[0], y, cols[-1], y + LINE), fill=(200, 200, 200))
    s.text(cols[0] + 20, y + 14, "ข้อมูลผู้ยื่นคำขอ", bold=True)
    y += LINE
    for row in rows:
        for (label, val), left in zip(row, (0, 2), strict=True):
            s.text(cols[left] + 16, y + 18, label)
            s.value(cols[left + 1] + 20, y + 18, val)
        y += LINE * 1.2
        s.draw.line((cols[0], y, cols[-1], y), fill=BLACK, width=3)
    for x in cols:  # the header row is one merged cell
        s.draw.line((x, top + LINE, x, y), fill=BLACK, width=3)
    s.draw.rectangle((cols[0], top, cols[-1], y), outline=BLACK, width=5)
    x = s.text(MARGIN, y + LINE, "เรื่องที่ขอรับบริการ") + 10
    s.leader(x, y + LINE, A4[0] - MARGIN - x)
    s.value(x + 30, y + LINE, "ขออนุญาตต่อเติมอาคารพักอาศัย")
    s.signature(y + 3 * LINE, p)
    return [s.image]


def ballpoint(s: Sheet, p: Applicant) -> list[Image.Image]:
    y = title_block(s, "แบบคำร้อง", f"องค์การบริหารส่วนตำบล{p.tambon}")
    x = s.field(A4[0] // 2 + 200, y, "วันที่", "3 ธ.ค. 69", 380)
    y += LINE * 1.6
    x = s.field(MARGIN + 120, y, "ข้าพเจ้า", p.name, 820)
    x = s.field(x, y, "อายุ", str(p.age), 80)
    s.text(x, y, "ปี")
    y += LINE * 1.1
    b = p.born
    x = s.field(MARGIN, y, "เกิดวันที่", f"{b.day}/{b.month}/{b.year + 543}", 340)
    s.field(x, y, "เลขบัตรประชาชน", p.nid, 600)
    y += LINE * 1.1
    x = s.field(MARGIN, y, "บ้านเลขที่", p.house, 150)
    x = s.field(x, y, "ม.", p.moo, 80)
    x = s.field(x, y, "ต.", p.tambon, 320)
    s.field(x, y, "อ.", p.amphoe, 360)
    y += LINE * 1.1
    x = s.field(MARGIN, y, "จ.", p.province, 380)
    x = s.field(x, y, "ไปรษณีย์", p.postal, 200)
    s.field(x, y, "เบอร์โทร", p.phone, 380)
    y += LINE * 1.4
    x = s.text(MARGIN + 120, y, "ขอร้องเรียนเรื่อง") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, "ไฟฟ้าส่องสว่างในหมู่บ้านดับ")
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.signature(y + 3 * LINE, p)
    return [s.image]


def stamp(p: Applicant, rng: random.Random) -> Image.Image:
    """An office's round receiving stamp in an RGBA patch, a little turned."""
    side = 560
    patch = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(patch)
    ink = (*PURPLE, rng.randint(150, 200))
    d.ellipse((10, 10, side - 10, side - 10), outline=ink, width=10)
    d.ellipse((40, 40, side - 40, side - 40), outline=ink, width=4)
    f = font("Garuda-Bold", 40)
    when = f"เวลา {rng.randint(8, 15)}.{rng.randint(10, 59)} น."
    lines = (f"อบต.{p.tambon}", f"เลขรับ {rng.randint(1000, 4999)}", "วันที่ 3 ธ.ค. 2569", when)
    for i, line in enumerate(lines):
        w = d.textlength(line, font=f)
        d.text(((side - w) / 2, 150 + i * 72), line, font=f, fill=ink)
    return patch.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def stamp_signed(s: Sheet, p: Applicant) -> list[Image.Image]:
    y = title_block(s, "คำร้องขอใช้น้ำประปาหมู่บ้าน", f"องค์การบริหารส่วนตำบล{p.tambon}")
    y += LINE * 0.6
    x = s.field(MARGIN + 120, y, "ข้าพเจ้า", p.name, 900)
    y += LINE
    id_y = y
    x = s.field(MARGIN, y, "เลขประจำตัวประชาชน", p.nid, 560)
    y += LINE
    s.field(MARGIN, y, "เกิดวันที่", date_th(p.born), 520)
    y += LINE
    addr_y = y
    x = s.field(MARGIN, y, "อยู่บ้านเลขที่", p.house, 160)
    x = s.field(x, y, "หมู่ที่", p.moo, 90)
    x = s.field(x, y, "ตำบล", p.tambon, 320)
    s.field(x, y, "อำเภอ", p.amphoe, 380)
    y += LINE
    x = s.field(MARGIN, y, "จังหวัด", p.province, 360)
    s.field(x, y, "รหัสไปรษณีย์", p.postal, 200)
    y += LINE
    phone_end = s.field(MARGIN, y, "โทรศัพท์", phone_dashed(p.phone), 400)
    x = s.text(MARGIN + 120, y + 1.4 * LINE, "มีความประสงค์") + 10
    s.leader(x, y + 1.4 * LINE, A4[0] - MARGIN - x)
    s.value(x + 30, y + 1.4 * LINE, "ขอติดตั้งมาตรวัดน้ำประปาใหม่")
    s.signature(y + 3.4 * LINE, p)
    mark = stamp(p, s.rng)
    s.image.paste(mark, (int(phone_end + 60), int(id_y - 40)), mark)
    # the receiving officer's initials run across the address line
    pts = [(1350 + i * 26, addr_y + 30 + s.rng.randint(-30, 30)) for i in range(26)]
    s.draw.line(pts, fill=BALLPOINT, width=5, joint="curve")
    return [s.image]


# --- captures --------------------------------------------------------------------------------


def tilt(grey: Image.Image, rng: random.Random, most: float, fill: int) -> Image.Image:
    angle = rng.choice((-1, 1)) * rng.uniform(0.1, most)
    return grey.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=fill)


def flatbed(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """300 dpi, 8-bit grey, nearly straight: one sheet a PNG, two sheets a grey PDF."""
    greys = []
    for page in pages:
        grey = page.convert("L").point(lambda v: 18 + int(v * 222 / 255))
        grey = ImageChops.add(grey, grain(grey.size, rng, 4), scale=1.0, offset=-128)
        greys.append(tilt(grey, rng, 0.6, 235).filter(ImageFilter.GaussianBlur(0.5)))
    out = io.BytesIO()
    if len(greys) == 1:
        greys[0].save(out, "PNG", dpi=(300, 300))
        return f"scan_{rng.randint(1, 99):04d}.png", out.getvalue(), "image/png"
    greys[0].save(out, "PDF", resolution=300.0, save_all=True, append_images=greys[1:])
    return f"Scan{rng.randint(100, 999)}.pdf", out.getvalue(), "application/pdf"


def fine_fax(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """Fine-mode fax, 200 dpi, one bit: grey (the stamp) dithered, salt-and-pepper, one
    band of lines shifted sideways by the modem, CCITT G3."""
    page = pages[0]
    grey = page.convert("L").resize((1654, 2339), Image.Resampling.BILINEAR)
    grey = tilt(grey, rng, 1.2, 255).point(lambda v: min(255, v + 25))
    bw = grey.convert("1")  # Floyd-Steinberg, as a fax machine's halftone
    band = rng.randint(600, 1900)
    strip = bw.crop((0, band, 1654, band + 6))
    bw.paste(strip, (rng.randint(3, 8), band))
    draw = ImageDraw.Draw(bw)
    for _ in range(4000):
        draw.point((rng.randrange(1654), rng.randrange(2339)), fill=rng.choice((0, 0, 1)))
    out = io.BytesIO()
    bw.save(out, "TIFF", compression="group3", dpi=(200, 200))
    return f"fax_{rng.randint(100000, 999999)}.tif", out.getvalue(), "image/tiff"


def shadowed_photo(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A phone held over the page: keystone, a hand's soft shadow across one corner, a
    little shake, JPEG."""
    W, H = 2300, 3100
    w, h = A4
    j = [rng.uniform(-1, 1) * 90 for _ in range(8)]
    corners = [(130 + j[0] + 50, 140 + j[1]), (W - 130 + j[2], 100 + j[3]),
               (W - 160 + j[4], H - 110 + j[5]), (100 + j[6], H - 160 + j[7])]  # fmt: skip
    coeffs = _coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    mask = Image.new("L", A4, 255).transform((W, H), Image.Transform.PERSPECTIVE, coeffs)
    flat = pages[0].transform((W, H), Image.Transform.PERSPECTIVE, coeffs,
                              Image.Resampling.BICUBIC)  # fmt: skip
    shot = Image.composite(flat, Image.new("RGB", (W, H), (70, 72, 80)), mask)
    shade = Image.new("L", (W, H), 255)
    cx, cy = rng.choice(((0, H), (W, H), (W, 0)))
    ImageDraw.Draw(shade).ellipse((cx - 1100, cy - 900, cx + 1100, cy + 900), fill=150)
    shade = shade.filter(ImageFilter.GaussianBlur(120))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (shade, shade, shade)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (250, 245, 235)))
    shake = ImageFilter.Kernel((3, 3), (0, 0, 0, 1, 1, 1, 0, 0, 0), scale=3)
    shot = shot.filter(shake).filter(ImageFilter.GaussianBlur(0.8))
    shot = ImageChops.add(shot, grain((W, H), rng, 6).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(72, 85))
    return f"PXL_20261203_{rng.randint(100000, 999999)}.jpg", out.getvalue(), "image/jpeg"


def copier_pdf(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A copier's scan-to-PDF: 200 dpi, dark toner, JPEG inside; a one-sheet form comes
    with its near-blank back, the front showing through the paper."""
    sheets = []
    for page in pages:
        grey = page.convert("L").resize((1654, 2339), Image.Resampling.BILINEAR)
        sheets.append(tilt(grey.point(lambda v: 0 if v < 120 else min(255, v + 10)), rng, 0.8, 255))
    if len(pages) == 1:
        back = (
            sheets[0]
            .transpose(Image.Transpose.FLIP_LEFT_RIGHT)
            .point(lambda v: 255 - (255 - v) // 12)
        )
        sheets.append(back)
    out = io.BytesIO()
    sheets[0].save(
        out, "PDF", resolution=200.0, quality=60, save_all=True, append_images=sheets[1:]
    )
    return f"DOC{rng.randint(1000000, 9999999)}.pdf", out.getvalue(), "application/pdf"


def low_jpeg(pages: list[Image.Image], rng: random.Random) -> tuple[str, bytes, str]:
    """A colour scan at 150 dpi on cream paper, saved as JPEG at quality 20-30."""
    small = pages[0].resize((1240, 1754), Image.Resampling.BILINEAR)
    small = ImageChops.multiply(small, Image.new("RGB", small.size, (250, 242, 220)))
    small = small.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC,
                         fillcolor=(245, 240, 225))  # fmt: skip
    out = io.BytesIO()
    small.save(out, "JPEG", quality=rng.randint(20, 30), dpi=(150, 150))
    return f"เอกสาร{rng.randint(1, 30)}.jpg", out.getvalue(), "image/jpeg"


Capture = Callable[[list[Image.Image], random.Random], tuple[str, bytes, str]]
CAPTURES: dict[str, Capture] = {
    "flatbed": flatbed,
    "fax": fine_fax,
    "photo": shadowed_photo,
    "copier": copier_pdf,
    "jpeg": low_jpeg,
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
    "char_boxes": Style(char_boxes, "Garuda", "TlwgTypist", TYPE_INK, ("flatbed", "fax")),
    "letter": Style(letter, "Laksaman", "Laksaman", BLACK, ("jpeg", "copier")),
    "two_page": Style(two_page, "Umpush", "TlwgTypewriter", TYPE_INK, ("copier", "flatbed")),
    "grid_table": Style(grid_table, "Waree", "Norasi", BLACK, ("photo", "jpeg")),
    "ballpoint": Style(ballpoint, "Kinnari", "Sawasdee-Oblique", BALLPOINT, ("photo", "fax"),
                       handwriting=True),
    "stamp_signed": Style(stamp_signed, "Norasi", "TlwgTypist", TYPE_INK, ("flatbed", "jpeg")),
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
    msg["Subject"] = ("ส่งแบบคำขอ", "คำร้อง (สแกน)", "FW: เอกสารยื่นคำร้อง", "")[n % 4]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 9, n, tzinfo=UTC))
    msg["Message-ID"] = f"<blind21-{n}@example.com>"
    msg.set_content("เรียนเจ้าหน้าที่ แนบแบบคำขอมาด้วยค่ะ\n", charset="utf-8")
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
            rng = random.Random(f"blind21/{name}/{capture}")
            p = APPLICANTS[(s * 2 + k) % len(APPLICANTS)]
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
    for style, row in table.items():
        for miss in row.misses:
            print(f"  {style}: {miss}")
    print(by_field())
    print(f"{len(cases)} pages in {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
