"""A blind set of scanned and photographed Thai request forms, written for round 22 of the
OCR work (issue 8) before any reader was changed in that round (and before the readers
were looked at).

It shares the harness, the pen and paper of round 20's set (ocr_blind20.Sheet) and its
verdicts, nothing else: its own people, layouts and captures, of kinds the earlier OCR
sets do not hold.

Layouts, as Thai offices print and citizens fill them:
- shaded_boxes: a newer printed form with a grey section bar (white title) and each value
  in a light-grey shaded box, its bilingual label (ชื่อ-นามสกุล / Name-Surname) in small
  print at the box's top, the value typed in the box below it; the address as one box;
- carbon_copy: the pink carbon copy (สำเนา) of a typed slip: the labels printed in black
  with a colon and a ruled line, the values come through as faint, fuzzy purple carbon
  with uneven pressure (a ghost of the letters a little offset); the ID in 13 digits
  without gaps, the birth date dd/mm/BE, the phone 08-1234-5678;
- certified_copy: a typed leader form a citizen has signed across as a copy ("สำเนา
  ถูกต้อง" in large blue ballpoint, turned, with a signature) over the ID and date lines;
  the whole address (with province and postal code) on one leader;
- short_forms: a request typed by the citizen in a word processor with the short labels
  people use (เลขบัตร ปชช.:, ว/ด/ป เกิด:, โทร:), the birth year in two Buddhist-era
  digits (12 มี.ค. 32) beside the age, the address abbreviated (ม. ต. อ. จ.).

Captures, as they reach an agency: a fine fax (200 dpi, one bit: the shading becomes a
dither), a standard-mode fax (204x98 dpi, one bit: half the vertical resolution, as fax
gateways still send it), a photo sent through a chat app (perspective, a phone's hard
shadow, downscaled to 1280 px and re-compressed), a flatbed scan fed upside down (180°),
a grey scan-to-PDF of a page fed sideways (90°), a phone photo with the flash's glare
over part of the page, and a colour scan saved as a low-quality JPEG.

All people, numbers and addresses are invented. `PYTHONPATH=tests python
tests/extractors/ocr_blind22.py --save DIR` writes the pages to look at.
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
    nid_dashed,
    phone_dashed,
)
from ocr_blind20 import score as score_set
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from support.blind_sets import save_attachments
from unseen_harness import StyleScore, render
from unseen_requests import MONTHS, MONTHS_SHORT, with_check_digit

CARBON = (88, 70, 150)  # the purple of a carbon sheet
PEN = (30, 50, 160)

APPLICANTS: tuple[Applicant, ...] = (
    Applicant("นาง", "มาลัย", "ศรีบุญเรือง", with_check_digit("540030061238"), date(1963, 5, 9),
              "0891437265", "17", "6", "ร่องกาศ", "สูงเม่น", "แพร่", "54130"),
    Applicant("นาย", "สุรชัย", "อินทรประเสริฐ", with_check_digit("710110027745"), date(1980, 10, 21),
              "0652318094", "204/7", "1", "ท่าเรือ", "ท่าม่วง", "กาญจนบุรี", "71110"),
    Applicant("นางสาว", "จิราพร", "ทองมา", with_check_digit("330040081592"), date(1996, 7, 3),
              "0927743518", "9/3", "11", "โพธิ์", "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
    Applicant("นาย", "ทองใบ", "พิมพ์สวัสดิ์", with_check_digit("450080013476"), date(1957, 2, 17),
              "0816294357", "133", "8", "เมืองบัว", "เกษตรวิสัย", "ร้อยเอ็ด", "45150"),
    Applicant("นาง", "รัชนี", "แก้วประดิษฐ์", with_check_digit("840020054319"), date(1974, 12, 28),
              "0878105326", "61/2", "5", "ท่าทองใหม่", "กาญจนดิษฐ์", "สุราษฎร์ธานี", "84290"),
    Applicant("นาย", "ปิยะพงษ์", "บุญมาก", with_check_digit("650170048821"), date(1989, 3, 12),
              "0634492187", "45", "3", "วังทอง", "วังทอง", "พิษณุโลก", "65130"),
    Applicant("นางสาว", "สุภาวดี", "ชัยมงคล", with_check_digit("180060039957"), date(1992, 8, 24),
              "0986017423", "12/1", "7", "หาดอาษา", "สรรพยา", "ชัยนาท", "17150"),
    Applicant("นาย", "เฉลิม", "วงศ์คำจันทร์", with_check_digit("560100007643"), date(1961, 9, 6),
              "0853362918", "88/4", "2", "บ้านตุ่น", "เมืองพะเยา", "พะเยา", "56000"),
)  # fmt: skip


# --- drawing ---------------------------------------------------------------------------------


def shaded_boxes(s: Sheet, p: Applicant) -> Image.Image:
    """Each value in a grey shaded box, its small bilingual label at the box's top."""
    s.centre(140, "แบบคำขอรับการสนับสนุนเครื่องอุปโภคบริโภค", bold=True)
    s.centre(230, f"ศูนย์ช่วยเหลือประชาชน เทศบาลตำบล{p.tambon}")
    small = font(s.face, 38)
    y = 360
    s.draw.rectangle((MARGIN - 60, y, A4[0] - MARGIN + 60, y + 80), fill=(70, 70, 70))
    s.draw.text((MARGIN - 30, y + 8), "ส่วนที่ 1 ข้อมูลผู้ขอ (Applicant)", font=s.bold,
                fill="white")  # fmt: skip
    y += 120
    b = p.born
    left, right = MARGIN - 60, A4[0] - MARGIN + 60
    mid = (left + right) // 2
    rows = (
        (("ชื่อ-นามสกุล / Name-Surname", p.name, right),),
        (("เลขประจำตัวประชาชน / ID No.", nid_dashed(p.nid), mid),
         ("วันเดือนปีเกิด / Date of Birth", f"{b.day} {MONTHS_SHORT[b.month - 1]} {b.year + 543}",
          right)),
        (("ที่อยู่ / Address", f"{p.house} หมู่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe}", right),),
        (("จังหวัด / Province", p.province, mid), ("รหัสไปรษณีย์ / Postcode", p.postal, right)),
        (("โทรศัพท์มือถือ / Mobile", phone_dashed(p.phone), mid), ("อีเมล / E-mail", "-", right)),
    )  # fmt: skip
    for row in rows:
        x = left
        for label, val, end in row:
            s.draw.rectangle((x, y, end - 20, y + 170), fill=(214, 214, 214))
            s.draw.text((x + 20, y + 8), label, font=small, fill=BLACK)
            s.value(x + 40, y + 82, val)
            x = end + 20
        y += 200
    y += 40
    s.draw.rectangle((left, y, right, y + 80), fill=(70, 70, 70))
    s.draw.text((MARGIN - 30, y + 8), "ส่วนที่ 2 รายการที่ขอ (Request)", font=s.bold,
                fill="white")  # fmt: skip
    y += 120
    s.draw.rectangle((left, y, right - 20, y + 170), fill=(214, 214, 214))
    s.draw.text((left + 20, y + 8), "รายละเอียด / Details", font=small, fill=BLACK)
    s.value(left + 40, y + 82, "ขอรับถุงยังชีพเนื่องจากบ้านถูกน้ำท่วม")
    s.signature(y + 300, p)
    return s.image


class CarbonSheet(Sheet):
    """The carbon copy: values reach this sheet through the carbon, not from a ribbon."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.carbon = Image.new("L", A4, 0)
        self.carbon_draw = ImageDraw.Draw(self.carbon)

    def value(self, x: float, y: float, s: str) -> float:
        lift = self.rng.randint(2, 8)
        self.carbon_draw.text((x, y - lift), s, font=self.written, fill=255)
        return x + self.carbon_draw.textlength(s, font=self.written)

    def pressed(self) -> Image.Image:
        """Faint, fuzzy, uneven: blur, a pressure field, a ghost two pixels off."""
        mark = self.carbon.filter(ImageFilter.GaussianBlur(1.6))
        ghost = ImageChops.offset(mark, 3, 2).point(lambda v: v // 3)
        mark = ImageChops.lighter(mark, ghost)
        pressure = grain((A4[0] // 16, A4[1] // 16), self.rng, 60).resize(
            A4, Image.Resampling.BILINEAR
        )  # 68..188 around 128: some letters press harder than others
        mark = ImageChops.multiply(mark, pressure.point(lambda v: min(255, v + 10)))
        paper = ImageChops.multiply(self.image, Image.new("RGB", A4, (252, 224, 230)))
        return Image.composite(Image.new("RGB", A4, CARBON), paper, mark)


def ruled(s: Sheet, x: float, y: float, label: str, val: str, end: float) -> None:
    """`label : value` on a solid ruled line (a slip's lines, not dots)."""
    x = s.text(x, y, f"{label} :") + 24
    s.draw.line((x, y + 66, end, y + 66), fill=BLACK, width=2)
    s.value(x + 20, y, val)


def carbon_copy(s: Sheet, p: Applicant) -> Image.Image:
    s.text(A4[0] - MARGIN - 260, 110, "สำเนา", bold=True)
    s.centre(180, "ใบคำร้องขอรับบริการ", bold=True)
    s.centre(270, f"สำนักงานเทศบาลตำบล{p.tambon}  เล่มที่ 12  เลขที่ 0457")
    y = 420.0
    b = p.born
    n = p.phone
    right = A4[0] - MARGIN
    ruled(s, MARGIN, y, "ชื่อผู้ร้อง", p.name, right)
    y += LINE * 1.2
    ruled(s, MARGIN, y, "เลขประจำตัวประชาชน", p.nid, right - 700)
    y += LINE * 1.2
    ruled(s, MARGIN, y, "วันเกิด", f"{b.day:02d}/{b.month:02d}/{b.year + 543}", right - 900)
    y += LINE * 1.2
    ruled(s, MARGIN, y, "ที่อยู่", f"{p.house} หมู่ที่ {p.moo} ตำบล{p.tambon} อำเภอ{p.amphoe}",
          right)  # fmt: skip
    y += LINE * 1.2
    ruled(s, MARGIN, y, "จังหวัด", p.province, MARGIN + 900)
    ruled(s, MARGIN + 960, y, "รหัสไปรษณีย์", p.postal, right)
    y += LINE * 1.2
    ruled(s, MARGIN, y, "โทรศัพท์", f"{n[:2]}-{n[2:6]}-{n[6:]}", right - 900)
    y += LINE * 1.2
    ruled(s, MARGIN, y, "เรื่อง", "ขอซ่อมไฟฟ้าสาธารณะหน้าบ้าน", right)
    y += LINE * 1.8
    s.text(A4[0] // 2, y, "ลงชื่อ ........................................ ผู้รับคำร้อง")
    assert isinstance(s, CarbonSheet)
    return s.pressed()


def sign_across(s: Sheet, p: Applicant, x: float, y: float) -> None:
    """สำเนาถูกต้อง in large ballpoint, turned, and a signature below it."""
    f = font("Purisa", 120)
    w = int(s.draw.textlength("สำเนาถูกต้อง", font=f)) + 40
    patch = Image.new("L", (w, 420), 0)
    d = ImageDraw.Draw(patch)
    d.text((20, 30), "สำเนาถูกต้อง", font=f, fill=255)
    pts = [(80 + i * 28, 300 + s.rng.randint(-45, 45)) for i in range(24)]
    d.line(pts, fill=255, width=6, joint="curve")
    patch = patch.rotate(s.rng.uniform(14, 22), resample=Image.Resampling.BICUBIC, expand=True)
    s.image.paste(Image.new("RGB", patch.size, PEN), (int(x), int(y)), patch)


def certified_copy(s: Sheet, p: Applicant) -> Image.Image:
    s.centre(160, "คำร้องขอรับเงินอุดหนุนการศึกษาบุตร", bold=True)
    s.centre(250, f"องค์การบริหารส่วนตำบล{p.tambon} อำเภอ{p.amphoe}")
    y = 420.0
    x = s.field(MARGIN + 120, y, "ข้าพเจ้า (ชื่อ-สกุล)", p.name, 860)
    x = s.field(x, y, "อายุ", str(p.age), 90)
    s.text(x, y, "ปี")
    y += LINE
    id_y = y
    s.field(MARGIN, y, "หมายเลขบัตรประจำตัวประชาชน", nid_dashed(p.nid), 640)
    y += LINE
    b = p.born
    s.field(MARGIN, y, "วัน/เดือน/ปีเกิด", f"{b.day} {MONTHS[b.month - 1]} พ.ศ. {b.year + 543}", 640)
    y += LINE
    addr = f"{p.house} ม.{p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}"
    s.field(MARGIN, y, "ที่อยู่ปัจจุบัน", addr, A4[0] - 2 * MARGIN - 320)
    y += LINE
    s.field(MARGIN, y, "เบอร์โทรศัพท์ที่ติดต่อได้", phone_dashed(p.phone), 420)
    y += LINE * 1.4
    x = s.text(MARGIN + 120, y, "มีความประสงค์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, "ขอรับเงินอุดหนุนค่าเครื่องแบบนักเรียน")
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.signature(y + 3 * LINE, p)
    sign_across(s, p, MARGIN + 700, id_y - 200)
    return s.image


def short_forms(s: Sheet, p: Applicant) -> Image.Image:
    s.centre(160, "เรื่อง ขอให้ตรวจสอบการเก็บค่าขยะ", bold=True)
    y = 320.0
    s.text(MARGIN, y, f"เรียน ปลัดองค์การบริหารส่วนตำบล{p.tambon}")
    y += LINE * 1.4
    b = p.born
    n = p.phone
    lines = (
        f"ชื่อ: {p.name}   อายุ {p.age} ปี",
        f"เลขบัตร ปชช.: {p.nid}",
        f"ว/ด/ป เกิด: {b.day} {MONTHS_SHORT[b.month - 1]} {str(b.year + 543)[2:]}",
        f"ที่อยู่: {p.house} ม.{p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}",
        f"โทร: {n[:3]}-{n[3:]}",
    )
    for line in lines:
        s.draw.text((MARGIN + 60, y), line, font=s.written, fill=BLACK)
        y += LINE * 1.05
    y += LINE * 0.5
    for line in (
        "ข้าพเจ้าได้รับใบแจ้งหนี้ค่าเก็บขยะเดือนพฤศจิกายน 2569 ซ้ำสองใบ",
        "จึงขอให้ตรวจสอบและยกเลิกใบที่ซ้ำ",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
    ):
        s.draw.text((MARGIN + 60, y), line, font=s.written, fill=BLACK)
        y += LINE * 1.05
    s.draw.text((A4[0] // 2, y + LINE), "ขอแสดงความนับถือ", font=s.written, fill=BLACK)
    s.draw.text((A4[0] // 2, y + 2.6 * LINE), f"({p.name})", font=s.written, fill=BLACK)
    return s.image


# --- captures --------------------------------------------------------------------------------


def fine_fax(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """Fine fax, 200 dpi, one bit: grey shading dithered by the machine, a little speckle."""
    grey = page.convert("L").resize((1654, 2339), Image.Resampling.BILINEAR)
    grey = grey.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=255)
    bw = grey.convert("1")  # Floyd-Steinberg
    draw = ImageDraw.Draw(bw)
    for _ in range(2500):
        draw.point((rng.randrange(1654), rng.randrange(2339)), fill=0)
    out = io.BytesIO()
    bw.save(out, "TIFF", compression="group4", dpi=(200, 200))
    return f"fax{rng.randint(1000, 9999)}.tif", out.getvalue(), "image/tiff"


def standard_fax(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """Standard-mode fax: 204x98 dpi, one bit, a threshold; the TIFF says so in its
    resolution, the pixels are half as many down as across."""
    grey = page.convert("L").resize((1728, 1145), Image.Resampling.BILINEAR)
    bw = grey.point(lambda v: 0 if v < rng.randint(150, 175) else 255).convert("1")
    draw = ImageDraw.Draw(bw)
    for _ in range(1200):
        draw.point((rng.randrange(1728), rng.randrange(1145)), fill=0)
    out = io.BytesIO()
    bw.save(out, "TIFF", compression="group3", dpi=(204, 98))
    return f"FAX_{rng.randint(100000, 999999)}.tif", out.getvalue(), "image/tiff"


def _shot(page: Image.Image, rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """The page held under a phone: keystone on a dark table."""
    W, H = size
    w, h = page.size
    j = [rng.uniform(-1, 1) * W / 30 for _ in range(8)]
    m = W / 18
    corners = [
        (m + j[0], m + j[1]),
        (W - m + j[2], m * 1.6 + j[3]),
        (W - m * 0.8 + j[4], H - m + j[5]),
        (m * 1.3 + j[6], H - m * 0.7 + j[7]),
    ]
    coeffs = _coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    mask = Image.new("L", page.size, 255).transform((W, H), Image.Transform.PERSPECTIVE, coeffs)
    flat = page.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    return Image.composite(flat, Image.new("RGB", (W, H), (52, 48, 46)), mask)


def chat_photo(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A photo sent through a chat app: the phone's own hard-edged shadow across a side,
    then scaled to 1280 px on the long side and re-compressed."""
    W, H = 2400, 3200
    shot = _shot(page, rng, (W, H))
    shade = Image.new("L", (W, H), 255)
    edge = rng.randint(W // 2, W * 3 // 4)
    ImageDraw.Draw(shade).polygon([(edge, 0), (W, 0), (W, H), (edge - 400, H)], fill=165)
    shade = shade.filter(ImageFilter.GaussianBlur(18))
    shot = ImageChops.multiply(shot, Image.merge("RGB", (shade, shade, shade)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (255, 250, 238)))
    shot = shot.filter(ImageFilter.GaussianBlur(0.9))
    shot = ImageChops.add(shot, grain((W, H), rng, 5).convert("RGB"), scale=1.0, offset=-128)
    shot = shot.resize((960, 1280), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(60, 70))
    return f"line_{rng.randint(10**9, 10**10 - 1)}.jpg", out.getvalue(), "image/jpeg"


def glare_photo(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A phone photo with the flash on: a washed-out hot spot, the rest darker."""
    W, H = 2250, 3000
    shot = _shot(page, rng, (W, H))
    cx, cy = rng.randint(W // 3, 2 * W // 3), rng.randint(H // 3, H // 2)
    glare = Image.new("L", (W, H), 0)
    ImageDraw.Draw(glare).ellipse((cx - 380, cy - 300, cx + 380, cy + 300), fill=175)
    glare = glare.filter(ImageFilter.GaussianBlur(160))
    shot = Image.composite(Image.new("RGB", (W, H), (255, 255, 255)), shot, glare)
    fall = Image.radial_gradient("L").resize((W, H)).point(lambda v: 255 - v // 3)
    shot = ImageChops.multiply(shot, Image.merge("RGB", (fall, fall, fall)))
    shot = shot.filter(ImageFilter.GaussianBlur(0.8))
    shot = ImageChops.add(shot, grain((W, H), rng, 7).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(75, 85))
    return f"IMG{rng.randint(1000, 9999)}.JPG", out.getvalue(), "image/jpeg"


def upside_down(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A flatbed scan of a sheet fed upside down: 300 dpi grey PNG, turned 180°."""
    grey = page.convert("L").point(lambda v: 16 + int(v * 224 / 255))
    grey = ImageChops.add(grey, grain(grey.size, rng, 4), scale=1.0, offset=-128)
    grey = grey.rotate(180 + rng.uniform(-0.7, 0.7), resample=Image.Resampling.BICUBIC,
                       fillcolor=236)  # fmt: skip
    out = io.BytesIO()
    grey.filter(ImageFilter.GaussianBlur(0.5)).save(out, "PNG", dpi=(300, 300))
    return f"scan{rng.randint(1, 999):03d}.png", out.getvalue(), "image/png"


def sideways_pdf(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A sheet fed sideways into a scan-to-PDF: 200 dpi grey, turned 90°, JPEG inside."""
    grey = page.convert("L").resize((1654, 2339), Image.Resampling.BILINEAR)
    grey = grey.point(lambda v: 20 + int(v * 215 / 255))
    grey = grey.rotate(rng.choice((90, 270)) + rng.uniform(-0.5, 0.5),
                       resample=Image.Resampling.BICUBIC, expand=True, fillcolor=230)  # fmt: skip
    out = io.BytesIO()
    grey.save(out, "PDF", resolution=200.0, quality=70)
    return f"SCAN_{rng.randint(10000, 99999)}.pdf", out.getvalue(), "application/pdf"


def low_jpeg(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A colour scan at 150 dpi saved as JPEG at quality 15-25."""
    small = page.resize((1240, 1754), Image.Resampling.BILINEAR)
    small = small.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC,
                         fillcolor=(240, 236, 230))  # fmt: skip
    out = io.BytesIO()
    small.save(out, "JPEG", quality=rng.randint(15, 25), dpi=(150, 150))
    return f"scan_{rng.randint(1, 99)}.jpg", out.getvalue(), "image/jpeg"


Capture = Callable[[Image.Image, random.Random], tuple[str, bytes, str]]
CAPTURES: dict[str, Capture] = {
    "fine_fax": fine_fax,
    "standard_fax": standard_fax,
    "chat_photo": chat_photo,
    "glare_photo": glare_photo,
    "upside_down": upside_down,
    "sideways": sideways_pdf,
    "low_jpeg": low_jpeg,
}

Layout = Callable[[Sheet, Applicant], Image.Image]


@dataclass(frozen=True)
class Style:
    layout: Layout
    face: str  # printed form
    hand: str  # filled-in values
    ink: tuple[int, int, int]
    captures: tuple[str, str]
    sheet: type[Sheet] = Sheet
    size: int = 52


STYLES: dict[str, Style] = {
    "shaded_boxes": Style(shaded_boxes, "Loma", "TlwgMono", BLACK, ("fine_fax", "chat_photo")),
    "carbon_copy": Style(carbon_copy, "Garuda", "TlwgTypewriter", CARBON,
                         ("upside_down", "low_jpeg"), CarbonSheet),
    "certified_copy": Style(certified_copy, "Laksaman", "TlwgTypo", TYPE_INK,
                            ("sideways", "glare_photo")),
    "short_forms": Style(short_forms, "Kinnari", "Kinnari", BLACK,
                         ("standard_fax", "chat_photo"), size=58),
}  # fmt: skip


# --- the set and its score -------------------------------------------------------------------


@dataclass(frozen=True)
class Blind:
    style: str
    raw: bytes = field(repr=False)
    expected: dict[str, tuple[str, ...]] = field(repr=False)


def mail(n: int, attach: tuple[str, bytes, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"<citizen{n:02d}@yahoo.co.th>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = ("ยื่นคำร้อง", "ส่งเอกสาร (ภาพถ่าย)", "แบบคำขอ", "")[n % 4]
    msg["Date"] = format_datetime(datetime(2026, 12, 4, 10, n, tzinfo=UTC))
    msg["Message-ID"] = f"<blind22-{n}@example.com>"
    msg.set_content("เรียนเจ้าหน้าที่ ส่งคำร้องมาตามไฟล์แนบครับ\n", charset="utf-8")
    name, data, mime = attach
    maintype, subtype = mime.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg)


def page_of(name: str, p: Applicant, rng: random.Random) -> Image.Image:
    style = STYLES[name]
    sheet = style.sheet(style.face, style.hand, style.ink, rng, size=style.size)
    return style.layout(sheet, p)


def build_set() -> Iterator[Blind]:
    n = 0
    for s, (name, style) in enumerate(STYLES.items()):
        for k, capture in enumerate(style.captures):
            rng = random.Random(f"blind22/{name}/{capture}")
            p = APPLICANTS[s * 2 + k]
            attach = CAPTURES[capture](page_of(name, p, rng), rng)
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
