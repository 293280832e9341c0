"""A blind set of scanned and photographed Thai request forms, written for round 20 of the
OCR work (issue 8) before any reader was changed in that round.

The held-out set (ocr_held_out.py) has steered five rounds of fixes, so it no longer
estimates how forms written by others go. This one shares only the harness's shape with
it (a mail with one attached page, expected values, the shared verdicts): its own people,
its own layouts and its own captures.

Layouts, as Thai offices print them:
- official: แบบคำร้องทั่วไป of a local administration, every value on a dotted leader,
  the name after ข้าพเจ้า with อายุ..ปี on the same line, the address as one run of
  บ้านเลขที่/หมู่ที่/ตำบล/อำเภอ/จังหวัด/รหัสไปรษณีย์ leaders, values typed over the dots;
- handwriting: the same kind of form filled by hand (Purisa, each word a little turned,
  raised and resized as a pen leaves it, blue ink);
- two_column: a service request with two columns of `label ......` pairs (the ID beside
  the name, the phone beside the birth date), the birth date written 14/03/2511;
- id_boxes: the ID in 13 printed boxes grouped 1-4-5-2-1, the title ticked;
- thai_digits: every number in Thai digits, the ID written ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓;
- dashed_age: the ID written 1-2345-67890-12-3, อายุ..ปี beside the birth date, a
  landline for the phone;
- ruled_table: a ruled table (label cell | value cell).

Captures, as they reach an agency: a 200 dpi fax (binarised, streaks from a dirty glass
and a dropped line, speckle, 1-bit TIFF), a 300 dpi office scan as a PDF (grey paper,
skew 0.5-3°), a phone photo (perspective, uneven light, a table around the page, JPEG
quality 50-70) and a searchable PDF scan (the office scan with the text layer a scanner's
OCR puts under it, made here with tesseract's own PDF output).

All people, numbers and addresses are invented. `PYTHONPATH=tests python
tests/extractors/ocr_blind20.py --save DIR` writes the pages to look at.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from support.blind_sets import save_attachments
from unseen_harness import StyleScore, flagged, read_all, render, template_keys
from unseen_requests import MONTHS, thai, with_check_digit

from extractors.base import ExtractedCase

TLWG = Path("/usr/share/fonts/truetype/tlwg")
A4 = (2480, 3508)  # 300 dpi
BLACK = (15, 15, 15)
BLUE = (20, 40, 160)
TYPE_INK = (40, 40, 45)


@dataclass(frozen=True)
class Applicant:
    title: str
    first: str
    last: str
    nid: str
    born: date
    phone: str  # digits as dialled in Thailand
    house: str
    moo: str
    tambon: str
    amphoe: str
    province: str
    postal: str

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def age(self) -> int:  # on the day of writing, 3 December 2026
        b = self.born
        return 2026 - b.year - ((b.month, b.day) > (12, 3))

    @property
    def e164(self) -> str:
        return "+66" + self.phone[1:]


APPLICANTS: tuple[Applicant, ...] = (
    Applicant("นาย", "ธนากร", "พึ่งทองคำ", with_check_digit("363040011827"), date(1971, 8, 16),
              "0861945273", "112", "5", "หนองบัว", "บ้านเขว้า", "ชัยภูมิ", "36170"),
    Applicant("นาง", "ลำดวน", "สีหาราช", with_check_digit("341170020594"), date(1964, 2, 9),
              "0935517086", "7/1", "11", "ไผ่ใหญ่", "ม่วงสามสิบ", "อุบลราชธานี", "34140"),
    Applicant("นางสาว", "กัญญาณัฐ", "ปิ่นแก้ว", with_check_digit("150060137748"), date(1995, 12, 3),
              "0617283094", "39", "2", "บางพลับ", "สองพี่น้อง", "สุพรรณบุรี", "72110"),
    Applicant("นาย", "สมบัติ", "เรืองฤทธิ์", with_check_digit("380110005473"), date(1958, 5, 21),
              "075611248", "204/3", "8", "ปากพูน", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช",
              "80000"),
    Applicant("นาง", "วิไลวรรณ", "อินทร์จันทร์", with_check_digit("571020046319"), date(1982, 10, 27),
              "0894402615", "58", "1", "ริมกก", "เมืองเชียงราย", "เชียงราย", "57100"),
    Applicant("นาย", "อภิชาติ", "มั่นคงดี", with_check_digit("420050098161"), date(1988, 3, 5),
              "0823364719", "91/12", "6", "นาดี", "เมืองเลย", "เลย", "42000"),
    Applicant("นางสาว", "ศิริพร", "แก้วมณี", with_check_digit("760990043285"), date(2001, 7, 30),
              "0957728160", "15", "3", "ไร่ส้ม", "เมืองเพชรบุรี", "เพชรบุรี", "76000"),
)  # fmt: skip


# --- drawing ---------------------------------------------------------------------------------


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(TLWG / f"{name}.ttf"), size)


@dataclass
class Sheet:
    """An A4 page at 300 dpi: printed parts in `face`, values in `hand` and `ink`."""

    face: str
    hand: str
    ink: tuple[int, int, int]
    rng: random.Random
    size: int = 52
    handwriting: bool = False
    image: Image.Image = field(init=False)

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", A4, "white")
        self.draw = ImageDraw.Draw(self.image)
        self.printed = font(self.face, self.size)
        self.bold = font(self.face + "-Bold", self.size + 8)
        self.written = font(self.hand, self.size + 2)

    def text(self, x: float, y: float, s: str, *, bold: bool = False) -> float:
        f = self.bold if bold else self.printed
        self.draw.text((x, y), s, font=f, fill=BLACK)
        return x + self.draw.textlength(s, font=f)

    def centre(self, y: float, s: str, *, bold: bool = False) -> None:
        f = self.bold if bold else self.printed
        self.text((A4[0] - self.draw.textlength(s, font=f)) / 2, y, s, bold=bold)

    def leader(self, x: float, y: float, width: float) -> float:
        """A printed dotted line to write on."""
        n = max(4, int(width / self.draw.textlength(".", font=self.printed)))
        return self.text(x, y, "." * n)

    def value(self, x: float, y: float, s: str) -> float:
        """A filled-in value: typed on the dots, or written by hand word by word."""
        if not self.handwriting:
            self.draw.text((x, y - self.rng.randint(2, 8)), s, font=self.written, fill=self.ink)
            return x + self.draw.textlength(s, font=self.written)
        for word in s.split(" "):
            x = self._word(x, y, word) + self.rng.randint(14, 30)
        return x

    def _word(self, x: float, y: float, word: str) -> float:
        size = self.written.size + self.rng.randint(-4, 6)
        f = font(self.hand, size)
        w = int(self.draw.textlength(word, font=f)) + 20
        patch = Image.new("L", (w, size * 2), 0)
        ImageDraw.Draw(patch).text((10, size // 3), word, font=f, fill=255)
        patch = patch.rotate(self.rng.uniform(-3.5, 3.5), resample=Image.Resampling.BICUBIC)
        lift = self.rng.randint(-4, 16) + size // 3
        self.image.paste(Image.new("RGB", patch.size, self.ink), (int(x), int(y - lift)), patch)
        return x + w - 20

    def field(self, x: float, y: float, label: str, s: str, width: float = 0) -> float:
        """`label ........` with `s` on the dots; returns where the dots end."""
        x = self.text(x, y, label) + 10
        width = max(width, self.draw.textlength(s, font=self.written) + 70)
        end = self.leader(x, y, width)
        if s:
            self.value(x + self.rng.randint(12, 40), y, s)
        return end + 14

    def boxes(self, x: float, y: float, digits: str, groups: tuple[int, ...]) -> float:
        side = int(self.size * 1.1)
        i = 0
        for g, n in enumerate(groups):
            for _ in range(n):
                self.draw.rectangle((x, y, x + side, y + side), outline=BLACK, width=3)
                w = self.draw.textlength(digits[i], font=self.written)
                self.draw.text((x + (side - w) / 2 + self.rng.randint(-5, 5), y - 6),
                               digits[i], font=self.written, fill=self.ink)  # fmt: skip
                x, i = x + side, i + 1
            if g < len(groups) - 1:
                self.draw.line((x + 8, y + side / 2, x + 28, y + side / 2), fill=BLACK, width=3)
                x += 36
        return x

    def tick_row(self, x: float, y: float, options: tuple[str, ...], chosen: str) -> float:
        side = int(self.size * 0.6)
        for option in options:
            top = y + int(self.size * 0.4)
            self.draw.rectangle((x, top, x + side, top + side), outline=BLACK, width=3)
            if option == chosen:
                self.draw.line([(x + 3, top + side * 0.45), (x + side * 0.4, top + side),
                                (x + side + 12, top - 14)], fill=self.ink, width=6)  # fmt: skip
            x = self.text(x + side + 10, y, option) + 28
        return x

    def signature(self, y: float, p: Applicant) -> None:
        x = self.text(A4[0] // 2 - 120, y, "ลงชื่อ") + 10
        self.leader(x, y, 640)
        self.text(x + 660, y, "ผู้ยื่นคำร้อง")
        pts = [(x + 60 + i * 22, y + self.rng.randint(-10, 40)) for i in range(22)]
        self.draw.line(pts, fill=self.ink, width=4, joint="curve")
        y += self.size * 1.9
        left = self.text(x - 30, y, "(") + 6
        self.leader(left, y, 600)
        self.text(left + 620, y, ")")
        self.value(left + 40, y, p.name)


LINE = 100  # px between lines at 300 dpi
MARGIN = 200


def date_th(d: date, digits: Callable[[str], str] = str) -> str:
    return f"{digits(str(d.day))} {MONTHS[d.month - 1]} {digits(str(d.year + 543))}"


def head(s: Sheet, office: str, topic: str) -> float:
    """Title, the place and date of writing at the top right, เรื่อง and เรียน."""
    s.centre(160, "แบบคำร้องทั่วไป", bold=True)
    x = A4[0] // 2 + 100
    s.field(x, 300, "เขียนที่", office, 700)
    x = s.field(x - 80, 300 + LINE, "วันที่", "3", 90)
    x = s.field(x, 300 + LINE, "เดือน", "ธันวาคม", 260)
    s.field(x, 300 + LINE, "พ.ศ.", "2569", 140)
    s.text(MARGIN, 300 + 3 * LINE, f"เรื่อง  {topic}")
    s.text(MARGIN, 300 + 4 * LINE, f"เรียน  นายก{office}")
    return 300 + 5.5 * LINE


def tail(s: Sheet, y: float, p: Applicant, wish: str) -> None:
    x = s.text(MARGIN + 120, y, "มีความประสงค์") + 10
    s.leader(x, y, A4[0] - MARGIN - x)
    s.value(x + 30, y, wish)
    s.text(MARGIN + 120, y + 1.3 * LINE, "จึงเรียนมาเพื่อโปรดพิจารณา")
    s.signature(y + 3 * LINE, p)


# --- the layouts ---------------------------------------------------------------------------
# Each draws one filled-in page; the numbers go through `d` (Thai digits or not).


def official(s: Sheet, p: Applicant, d: Callable[[str], str] = str) -> None:
    y = head(s, "องค์การบริหารส่วนตำบล" + p.tambon, "ขอรับการสนับสนุนน้ำอุปโภคบริโภค")
    x = s.field(MARGIN + 120, y, "ข้าพเจ้า (นาย/นาง/นางสาว)", p.name, 780)
    x = s.field(x, y, "อายุ", d(str(p.age)), 90)
    s.text(x, y, "ปี  สัญชาติ ไทย")
    y += LINE
    x = s.field(MARGIN, y, "เลขประจำตัวประชาชน", d(p.nid), 560)
    y += LINE
    x = s.field(MARGIN, y, "อยู่บ้านเลขที่", d(p.house), 160)
    x = s.field(x, y, "หมู่ที่", d(p.moo), 90)
    x = s.field(x, y, "ตำบล", p.tambon, 300)
    s.field(x, y, "อำเภอ", p.amphoe, 300)
    y += LINE
    x = s.field(MARGIN, y, "จังหวัด", p.province, 340)
    x = s.field(x, y, "รหัสไปรษณีย์", d(p.postal), 200)
    y += LINE
    x = s.field(MARGIN, y, "เกิดวันที่", d(str(p.born.day)), 90)
    x = s.field(x, y, "เดือน", MONTHS[p.born.month - 1], 250)
    x = s.field(x, y, "พ.ศ.", d(str(p.born.year + 543)), 140)
    s.field(x, y, "โทรศัพท์", d(phone_dashed(p.phone)), 330)
    tail(s, y + 1.4 * LINE, p, "ขอน้ำอุปโภคบริโภคเนื่องจากประสบภัยแล้ง")


def phone_dashed(n: str) -> str:
    if n.startswith(("06", "08", "09")):
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    return f"{n[:3]}-{n[3:]}"  # a provincial landline: 075-611248


def nid_dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def two_column(s: Sheet, p: Applicant, d: Callable[[str], str] = str) -> None:
    s.centre(160, "แบบคำขอรับบริการ", bold=True)
    s.centre(250, "กองทะเบียนราษฎร เทศบาลเมือง" + p.amphoe.removeprefix("เมือง"))
    half = A4[0] // 2 + 20
    y = 420
    b = p.born
    rows = (
        (("ชื่อ-นามสกุล", p.name, 620), ("เลขประจำตัวประชาชน", d(p.nid), 430)),
        (("วัน/เดือน/ปีเกิด", d(f"{b.day:02d}/{b.month:02d}/{b.year + 543}"), 360),
         ("โทรศัพท์มือถือ", d(p.phone), 420)),
        (("บ้านเลขที่", d(p.house), 230), ("หมู่ที่", d(p.moo), 160)),
        (("ตำบล", p.tambon, 420), ("อำเภอ", p.amphoe, 520)),
        (("จังหวัด", p.province, 420), ("รหัสไปรษณีย์", d(p.postal), 260)),
    )  # fmt: skip
    for left, right in rows:
        s.field(MARGIN, y, *left)
        s.field(half, y, *right)
        y += LINE * 1.15
    s.text(MARGIN, y + 40, "ประเภทบริการ  ☐ แจ้งย้ายที่อยู่   ☐ ขอคัดสำเนาทะเบียนบ้าน")
    tail(s, y + 1.6 * LINE, p, "ขอคัดสำเนาทะเบียนบ้านจำนวน 2 ฉบับ")


def id_boxes(s: Sheet, p: Applicant, d: Callable[[str], str] = str) -> None:
    y = head(s, "เทศบาลตำบล" + p.tambon, "ขอใบรับรองการอยู่อาศัย")
    x = s.text(MARGIN + 120, y, "ข้าพเจ้า") + 20
    x = s.tick_row(x, y, ("นาย", "นาง", "นางสาว"), p.title)
    s.field(x, y, "ชื่อ", p.first, 340)
    y += LINE
    x = s.field(MARGIN, y, "นามสกุล", p.last, 480)
    s.field(x, y, "อายุ", str(p.age), 90)
    y += LINE * 1.1
    x = s.text(MARGIN, y, "เลขประจำตัวประชาชน") + 24
    s.boxes(x, y + 6, p.nid, (1, 4, 5, 2, 1))
    y += LINE * 1.3
    b = p.born
    s.field(MARGIN, y, "วันเดือนปีเกิด", f"{b.day} {MONTHS[b.month - 1]} {b.year + 543}", 500)
    y += LINE
    x = s.field(MARGIN, y, "ที่อยู่ตามทะเบียนบ้าน เลขที่", p.house, 150)
    x = s.field(x, y, "หมู่", p.moo, 80)
    s.field(x, y, "ตำบล", p.tambon, 320)
    y += LINE
    x = s.field(MARGIN, y, "อำเภอ", p.amphoe, 340)
    x = s.field(x, y, "จังหวัด", p.province, 320)
    s.field(x, y, "รหัสไปรษณีย์", p.postal, 180)
    y += LINE
    s.field(MARGIN, y, "หมายเลขโทรศัพท์ที่ติดต่อได้", phone_dashed(p.phone), 380)
    tail(s, y + 1.4 * LINE, p, "ใช้ประกอบการสมัครงาน")


def dashed_age(s: Sheet, p: Applicant, d: Callable[[str], str] = str) -> None:
    y = head(s, "ที่ว่าการอำเภอ" + p.amphoe, "ขอแก้ไขรายการในทะเบียนบ้าน")
    s.field(MARGIN + 120, y, "ข้าพเจ้า", p.name, 900)
    y += LINE
    x = s.field(MARGIN, y, "เลขประจำตัวประชาชน", d(nid_dashed(p.nid)), 560)
    s.field(x, y, "โทร.", d(phone_dashed(p.phone)), 330)
    y += LINE
    x = s.field(MARGIN, y, "เกิดเมื่อวันที่", d(date_th(p.born)), 520)
    x = s.field(x, y, "อายุ", d(str(p.age)), 90)
    s.text(x, y, "ปี")
    y += LINE
    x = s.field(MARGIN, y, "ที่อยู่ เลขที่", d(p.house), 160)
    x = s.field(x, y, "หมู่ที่", d(p.moo), 80)
    x = s.field(x, y, "ต.", p.tambon, 300)
    s.field(x, y, "อ.", p.amphoe, 420)
    y += LINE
    x = s.field(MARGIN, y, "จ.", p.province, 380)
    s.field(x, y, "รหัสไปรษณีย์", d(p.postal), 200)
    tail(s, y + 1.4 * LINE, p, "แก้ไขชื่อสกุลของบุตรให้ถูกต้อง")


def ruled_table(s: Sheet, p: Applicant, d: Callable[[str], str] = str) -> None:
    s.centre(160, "คำร้องขอรับความช่วยเหลือ", bold=True)
    s.centre(250, "ศูนย์ดำรงธรรมจังหวัด" + p.province)
    b = p.born
    rows = (
        ("ชื่อ - สกุล", p.name),
        ("เลขบัตรประจำตัวประชาชน", d(" ".join((p.nid[0], p.nid[1:5], p.nid[5:10],
                                             p.nid[10:12], p.nid[12])))),
        ("วันเกิด", date_th(b, d)),
        ("ที่อยู่", f"{d(p.house)} หมู่ {d(p.moo)} ต.{p.tambon} อ.{p.amphoe}"),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", d(p.postal)),
        ("เบอร์โทรศัพท์", d(p.phone)),
    )  # fmt: skip
    left, mid, right = MARGIN - 40, MARGIN + 600, A4[0] - MARGIN + 40
    top = y = 400
    for label, val in rows:
        s.text(left + 20, y + 14, label)
        s.value(mid + 30, y + 14, val)
        y += LINE * 1.1
        s.draw.line((left, y, right, y), fill=BLACK, width=3)
    s.draw.rectangle((left, top, right, y), outline=BLACK, width=4)
    s.draw.line((mid, top, mid, y), fill=BLACK, width=3)
    tail(s, y + LINE, p, "ขอความช่วยเหลือเรื่องที่ดินทำกิน")


# --- captures --------------------------------------------------------------------------------


def grain(size: tuple[int, int], rng: random.Random, spread: int) -> Image.Image:
    """Seeded noise around 128 (Image.effect_noise has no seed)."""
    small = (max(1, size[0] // 4), max(1, size[1] // 4))
    data = bytes(128 - spread + v for v in _below(rng, 2 * spread + 1, small[0] * small[1]))
    return Image.frombytes("L", small, data).resize(size, Image.Resampling.NEAREST)


def _below(rng: random.Random, n: int, count: int) -> list[int]:
    """`[rng.randrange(n) for _ in range(count)]`, the same numbers and the same state of
    `rng` after, for n <= 2**32, drawn 32-bit words at a time (a call per pixel was half
    of building a set): randrange takes the top n.bit_length() bits of one word and draws
    again when they are n or more, and getrandbits(32 * m) is m such words, first lowest."""
    shift = 32 - n.bit_length()
    out: list[int] = []
    while len(out) < count:
        want = count - len(out)  # never more words than the calls one by one would take
        words = array("I", rng.getrandbits(32 * want).to_bytes(4 * want, "little"))
        if sys.byteorder == "big":
            words.byteswap()
        out += [v for v in (w >> shift for w in words) if v < n]
    return out


def fax(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """200 dpi, one bit: a threshold, a dirty glass's vertical streak, dropped lines."""
    grey = page.convert("L").resize((1654, 2339), Image.Resampling.BILINEAR)
    grey = grey.filter(ImageFilter.GaussianBlur(0.7))
    cut = rng.randint(150, 185)
    bw = grey.point(lambda v: 0 if v < cut else 255)
    draw = ImageDraw.Draw(bw)
    for _ in range(rng.randint(1, 2)):  # dust on the glass drags a line down the page
        x = rng.randint(200, 1450)
        draw.line((x, 0, x + rng.randint(-6, 6), 2339), fill=0, width=rng.randint(1, 3))
    for _ in range(rng.randint(2, 4)):  # a line lost on the wire, repeated or blackened
        y = rng.randint(300, 2200)
        draw.line((0, y, 1654, y), fill=rng.choice((0, 255)), width=rng.randint(1, 2))
    for _ in range(2500):
        draw.point((rng.randrange(1654), rng.randrange(2339)), fill=0)
    out = io.BytesIO()
    bw.convert("1").save(out, "TIFF", compression="group4", dpi=(200, 200))
    return f"FAX{rng.randint(10000, 99999)}.tif", out.getvalue(), "image/tiff"


def office_image(page: Image.Image, rng: random.Random) -> Image.Image:
    grey = page.convert("L")
    paper = rng.randint(205, 228)
    grey = grey.point(lambda v: int(v * paper / 255))
    grey = ImageChops.add(grey, grain(grey.size, rng, 6), scale=1.0, offset=-128)
    angle = rng.choice((-1, 1)) * rng.uniform(0.5, 3.0)
    grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=paper - 30)
    return grey.filter(ImageFilter.GaussianBlur(0.6))


def office_pdf(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    out = io.BytesIO()
    office_image(page, rng).save(out, "PDF", resolution=300.0, quality=80)
    return f"scan{rng.randint(100, 999)}.pdf", out.getvalue(), "application/pdf"


def searchable_pdf(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """The office scan with an invisible text layer from the scanner's own OCR."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise RuntimeError("the searchable scan needs tesseract to make its text layer")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.png"
        office_image(page, rng).save(src, dpi=(300, 300))
        subprocess.run([tesseract, str(src), str(Path(tmp) / "out"), "-l", "tha+eng",
                        "pdf"], check=True, capture_output=True, timeout=300)  # fmt: skip
        data = (Path(tmp) / "out.pdf").read_bytes()
    return f"SCAN_{rng.randint(1000, 9999)}_OCR.pdf", data, "application/pdf"


def _coefficients(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """PIL's perspective coefficients taking output points `dst` to input points `src`."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
    for c in range(8):  # Gauss-Jordan on 8 unknowns
        pivot = max(range(c, 8), key=lambda r: abs(rows[r][c]))
        rows[c], rows[pivot] = rows[pivot], rows[c]
        for r in range(8):
            if r != c:
                f = rows[r][c] / rows[c][c]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[c], strict=True)]
    return [rows[i][8] / rows[i][i] for i in range(8)]


def photo(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A phone above a desk: the page a keystone on wood, light falling from one side."""
    W, H = 2250, 3000
    w, h = A4
    j = [rng.uniform(-1, 1) * 70 for _ in range(8)]
    corners = [(150 + j[0], 120 + j[1]), (W - 150 + j[2] - 60, 170 + j[3]),
               (W - 110 + j[4], H - 120 + j[5]), (110 + j[6] + 40, H - 150 + j[7])]  # fmt: skip
    coeffs = _coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    mask = Image.new("L", A4, 255).transform((W, H), Image.Transform.PERSPECTIVE, coeffs)
    flat = page.transform((W, H), Image.Transform.PERSPECTIVE, coeffs,
                          Image.Resampling.BICUBIC)  # fmt: skip
    desk = Image.new("RGB", (W, H), (112, 84, 58))
    shot = Image.composite(flat, desk, mask)
    side = rng.choice((None, *Image.Transpose))  # the window is on one side or another
    light = Image.linear_gradient("L").resize((W, H))
    light = (light if side is None else light.transpose(side).resize((W, H))).point(
        lambda v: 140 + int(v * 115 / 255)
    )
    shot = ImageChops.multiply(shot, Image.merge("RGB", (light, light, light)))
    shot = ImageChops.multiply(shot, Image.new("RGB", (W, H), (255, 248, 230)))
    shot = shot.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.2)))
    shot = ImageChops.add(shot, grain((W, H), rng, 8).convert("RGB"), scale=1.0, offset=-128)
    out = io.BytesIO()
    shot.save(out, "JPEG", quality=rng.randint(50, 70))
    return f"IMG_{rng.randint(20240000, 20261231)}.jpg", out.getvalue(), "image/jpeg"


CAPTURES: dict[str, Callable[[Image.Image, random.Random], tuple[str, bytes, str]]] = {
    "fax": fax,
    "office": office_pdf,
    "photo": photo,
    "searchable": searchable_pdf,
}

Layout = Callable[[Sheet, Applicant, Callable[[str], str]], None]


@dataclass(frozen=True)
class Style:
    layout: Layout
    face: str  # printed form
    hand: str  # filled-in values
    ink: tuple[int, int, int]
    captures: tuple[str, str]
    handwriting: bool = False
    thai_digits: bool = False


STYLES: dict[str, Style] = {
    "official_typed": Style(official, "Norasi", "TlwgTypist", TYPE_INK, ("fax", "office")),
    "handwriting": Style(official, "Kinnari", "Purisa", BLUE, ("photo", "office"), True),
    "two_column": Style(two_column, "Garuda", "TlwgTypewriter", TYPE_INK,
                        ("office", "searchable")),
    "id_boxes": Style(id_boxes, "Loma", "Sawasdee", BLUE, ("photo", "fax")),
    "thai_digits": Style(official, "Umpush", "Norasi", BLACK, ("office", "photo"),
                         thai_digits=True),
    "dashed_age": Style(dashed_age, "Waree", "Loma", BLUE, ("searchable", "fax")),
    "ruled_table": Style(ruled_table, "Sawasdee", "Kinnari", BLUE, ("photo", "office")),
}  # fmt: skip


# --- the set and its score -------------------------------------------------------------------


def address_key(text: str) -> str:
    """An address as a clerk compares it: spaces and long or short place words aside."""
    text = "".join(text.split())
    for long, short in (("บ้านเลขที่", ""), ("เลขที่", ""), ("หมู่ที่", "หมู่"), ("ม.", "หมู่"),
                        ("ตำบล", "ต."), ("อำเภอ", "อ."), ("จังหวัด", "จ.")):  # fmt: skip
        text = text.replace(long, short)
    return text


def expected(p: Applicant) -> dict[str, tuple[str, ...]]:
    return {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (p.phone, p.e164),
        "address": (
            f"{p.house} หมู่ {p.moo} ต.{p.tambon} อ.{p.amphoe}",
            f"{p.house} หมู่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province}",
            f"{p.house} หมู่ {p.moo} ต.{p.tambon} อ.{p.amphoe} จ.{p.province} {p.postal}",
        ),
        "province": (p.province,),
        "postal_code": (p.postal,),
    }


@dataclass(frozen=True)
class Blind:
    style: str
    raw: bytes = field(repr=False)
    expected: dict[str, tuple[str, ...]] = field(repr=False)


def mail(n: int, attach: tuple[str, bytes, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"<villager{n:02d}@hotmail.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = ("ส่งคำร้อง", "แบบคำร้องทั่วไป", "Fwd: คำร้อง", "ยื่นเอกสาร")[n % 4]
    msg["Date"] = format_datetime(datetime(2026, 12, 3, 8, n, tzinfo=UTC))
    msg["Message-ID"] = f"<blind20-{n}@example.com>"
    msg.set_content("เรียนเจ้าหน้าที่ ส่งคำร้องตามไฟล์แนบ\n", charset="utf-8")
    name, data, mime = attach
    maintype, subtype = mime.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(msg)


def page_of(name: str, p: Applicant, rng: random.Random) -> Image.Image:
    style = STYLES[name]
    sheet = Sheet(style.face, style.hand, style.ink, rng, handwriting=style.handwriting)
    style.layout(sheet, p, thai if style.thai_digits else str)
    return sheet.image


def build_set() -> Iterator[Blind]:
    n = 0
    for s, (name, style) in enumerate(STYLES.items()):
        for k, capture in enumerate(style.captures):
            rng = random.Random(f"blind20/{name}/{capture}")
            p = APPLICANTS[(s * 2 + k) % len(APPLICANTS)]
            attach = CAPTURES[capture](page_of(name, p, rng), rng)
            yield Blind(f"{name}/{capture}", mail(n, attach), expected(p))
            n += 1


VERDICTS = ("right", "flagged", "silent", "missing")
BY_FIELD: dict[str, Counter[str]] = {}


def verdict(case: ExtractedCase, key: str, accepted: tuple[str, ...]) -> str:
    got = case.fields.get(key)
    if got is None:
        return "missing"
    same = address_key if key == "address" else (lambda v: " ".join(v.split()))
    if same(got) in {same(a) for a in accepted}:
        return "right"
    return "flagged" if flagged(case, key) else "silent"


def score(
    samples: Iterable[Blind], by_field: dict[str, Counter[str]] = BY_FIELD
) -> dict[str, StyleScore]:
    """Each sample read, each expected field's verdict counted by style and in
    `by_field` (each OCR set keeps its own)."""
    table: dict[str, StyleScore] = {}
    samples = list(samples)
    for sample, case in zip(samples, read_all([s.raw for s in samples]), strict=True):
        row = table.setdefault(sample.style, StyleScore())
        row.requests += 1
        for key, accepted in sample.expected.items():
            if key not in template_keys(case.template):
                row.not_collected += 1
                continue
            result = verdict(case, key, accepted)
            row.counts[result] += 1
            by_field.setdefault(key, Counter())[result] += 1
            row.right_flagged += result == "right" and flagged(case, key)
            if result != "right" and len(row.misses) < 8:
                got = case.fields.get(key)
                row.misses.append(f"{key}: got {got!r} want {accepted[0]!r} ({result})")
    return table


def field_table(by_field: dict[str, Counter[str]]) -> str:
    return "\n".join(f"{key:<12} " + " ".join(f"{v} {c[v]}" for v in VERDICTS)
                     for key, c in by_field.items())  # fmt: skip


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
    print(render(score(cases), {}))
    print(by_field())
    print(f"{len(cases)} pages in {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
