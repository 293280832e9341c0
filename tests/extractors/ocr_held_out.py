"""A held-out set of scanned and photographed Thai paper forms (issue 8).

Written before reading the OCR readers (`extractors/ocr*.py`) or the project's own survey
generator (`tests/extractors/ocr_survey.py`, `tests/generator/`), so that it does not share
their assumptions about layout. Each page is drawn the way Thai government paper forms
look: a title, the agency's name and address (with the agency's own phone) and the date
of writing at the top, numbered items, labels followed by dotted lines with the value
written ON the dots in another ink and font, the national ID in 13 printed boxes (often
grouped 1-4-5-2-1), the title chosen by ticking one of ☐นาย ☐นาง ☐นางสาว with the given
name on its own dotted line, the birth date as วันที่....เดือน.......พ.ศ....., the address
as เลขที่/หมู่ที่/ตำบล/อำเภอ/จังหวัด each on dots, and ลงชื่อ.........(.........) at the
bottom. Then the page is "captured" the way citizens send it: a flatbed scan as a PDF
(greyscale, slight skew, JPEG inside), a phone photo (keystone, uneven light, shadow,
blur, JPEG 70-85, sometimes turned 90°), the same photo saved as PNG by a scanner app, a
fax (1-bit TIFF at 204x196 dpi) and a photocopy (toner speckle, a dark edge) as a PDF.

The committed test uses only fonts CI has (fonts-thai-tlwg). `PYTHONPATH=tests python
tests/extractors/ocr_held_out.py --fonts local --forms 3` measures more forms, with the
other Thai fonts of this machine (Noto Sans/Serif/Looped Thai, Arundina) when present.
All people, numbers and addresses are invented.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps
from support.blind_sets import save_attachments
from unseen_harness import StyleScore, flagged, read_all, render, template_keys
from unseen_requests import MONTHS, MONTHS_SHORT, thai, with_check_digit

from extractors.base import ExtractedCase

TLWG = Path("/usr/share/fonts/truetype/tlwg")
LOCAL_FONTS = (
    Path("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSerifThai-Regular.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoLoopedThai-Regular.ttf"),
    Path("/usr/share/fonts/truetype/arundina/ArundinaSans.ttf"),
    Path("/usr/share/fonts/truetype/arundina/ArundinaSerif.ttf"),
)
DPI = 300  # the page is drawn at 300 dpi, then captured at the capture's own resolution
PAGE = (2480, 3508)  # A4
INK_BLUE = (25, 45, 150)
INK_BLACK = (20, 20, 25)


# --- people ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    nid: str
    born: date
    mobile: str
    house: str
    moo: str  # "" when the address has no village number (a town street, Bangkok)
    road: str  # soi/road as written, or ""
    tambon: str  # bare name
    amphoe: str  # bare name
    province: str  # bare name; กรุงเทพมหานคร for Bangkok
    postal: str

    @property
    def name(self) -> str:
        return f"{self.title}{self.first} {self.last}"

    @property
    def bangkok(self) -> bool:
        return self.province == "กรุงเทพมหานคร"

    @property
    def age(self) -> int:
        return 2026 - self.born.year


PEOPLE: tuple[Person, ...] = (
    Person("นาง", "สายสุนีย์", "บุญประคอง", with_check_digit("350110042871"), date(1968, 3, 14),
           "0815527394", "45/2", "7", "", "ดอนแก้ว", "แม่ริม", "เชียงใหม่", "50180"),
    Person("นาย", "ณัฐวุฒิ", "แสงอรุณ", with_check_digit("110370098214"), date(1990, 11, 2),
           "0893307146", "128/45", "", "ซอยประชาอุทิศ 33", "ทุ่งครุ", "ทุ่งครุ", "กรุงเทพมหานคร",
           "10140"),
    Person("นางสาว", "พิมพ์ชนก", "ศรีวงศ์ษา", with_check_digit("140990201568"), date(1997, 6, 25),
           "0624418037", "9", "3", "", "บ้านใหม่", "พระนครศรีอยุธยา", "พระนครศรีอยุธยา", "13000"),
    Person("นาย", "ประเสริฐ", "คำแก้ว", with_check_digit("340990015536"), date(1959, 1, 30),
           "0872296415", "201", "12", "", "ในเมือง", "เมืองยโสธร", "ยโสธร", "35000"),
    Person("นาง", "จันทร์เพ็ญ", "ทองประเสริฐ", with_check_digit("190990077312"), date(1975, 9, 8),
           "0958812463", "17/6", "", "ถนนราษฎร์อุทิศ", "ตลาดใหญ่", "เมืองภูเก็ต", "ภูเก็ต", "83000"),
    Person("นาย", "กิตติศักดิ์", "วงษ์ใหญ่", with_check_digit("330050124476"), date(1985, 12, 19),
           "0641175920", "66", "4", "", "โพนทอง", "เมืองกาฬสินธุ์", "กาฬสินธุ์", "46000"),
    Person("นางสาว", "อรอุมา", "เพชรรัตน์", with_check_digit("110140066592"), date(2000, 2, 11),
           "0986643175", "55/109", "", "ซอยรามคำแหง 24", "หัวหมาก", "บางกะปิ", "กรุงเทพมหานคร",
           "10240"),
    Person("นาง", "บุญเรือน", "มีสุข", with_check_digit("360020035517"), date(1952, 7, 4),
           "0817740362", "3", "9", "", "หนองไผ่", "แก้งคร้อ", "ชัยภูมิ", "36150"),
    Person("นาย", "วีระพงษ์", "สุขเจริญ", with_check_digit("312990045583"), date(1979, 4, 27),
           "0829915648", "88", "2", "", "ท่าช้าง", "เมืองจันทบุรี", "จันทบุรี", "22000"),
)  # fmt: skip


# --- what a clerk accepts -------------------------------------------------------------


def address_words(p: Person) -> list[tuple[str, str]]:
    """The address as the form asks it: (label, value) pairs, house to district."""
    out = [("เลขที่", p.house)]
    if p.moo:
        out.append(("หมู่ที่", p.moo))
    if p.road:
        word = "ซอย" if p.road.startswith("ซอย") else "ถนน"
        out.append((word, p.road.removeprefix(word)))
    out.append(("แขวง" if p.bangkok else "ตำบล", p.tambon))
    out.append(("เขต" if p.bangkok else "อำเภอ", p.amphoe))
    return out


def address_typed(p: Person) -> str:
    return " ".join(f"{label}{value}" if label != "เลขที่" else value
                    for label, value in address_words(p))  # fmt: skip


ABBREVIATIONS = (
    ("บ้านเลขที่", ""), ("เลขที่", ""), ("หมู่ที่", "หมู่"), ("ม.", "หมู่"), ("ตำบล", "ต."),
    ("อำเภอ", "อ."), ("จังหวัด", "จ."), ("แขวง", "ข."), ("เขต", "ข."), ("กรุงเทพฯ", "กรุงเทพมหานคร"),
)  # fmt: skip


def address_key(text: str, p: Person) -> str:
    """An address as a clerk compares it: spaces, the word before the house number, long or
    short forms of หมู่/ตำบล/อำเภอ/จังหวัด, and the province and postal code (fields of their
    own) at the end do not matter."""
    text = "".join(text.split())
    for long, short in ABBREVIATIONS:
        text = text.replace(long, short)
    text = text.removesuffix(p.postal)
    for tail in (f"จ.{p.province}", p.province):
        text = text.removesuffix(tail)
    return text


def expect(p: Person, keys: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": (p.mobile, "+66" + p.mobile[1:]),
        "address": (address_typed(p),),
        "province": (p.province,),
        "postal_code": (p.postal,),
    }
    return {k: table[k] for k in keys.split()}


VERDICTS = ("right", "flagged", "silent", "missing")
ALL = "full_name national_id birth_date phone address province postal_code"


# --- fonts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    form: Path  # the printed form
    form_bold: Path
    ink: Path  # the filled-in values
    ink_size: int
    # for a Thai-only face (Noto Sans/Serif Thai has no Latin digits or full stop): the
    # face a word processor falls back to for those characters
    fallback: Path | None = None

    def get(self, which: str, size: int) -> ImageFont.FreeTypeFont:
        path = {"form": self.form, "bold": self.form_bold, "ink": self.ink}[which]
        return _font(str(path), size)


Face = ImageFont.FreeTypeFont
_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    key = (path, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(path, size)
    return _FONT_CACHE[key]


def tlwg(name: str) -> Path:
    return TLWG / f"{name}.ttf"


# --- the page ---------------------------------------------------------------------------


class Page:
    """A sheet of A4 at 300 dpi with a cursor; the printed form in black, values in ink."""

    def __init__(self, fonts: Fonts, rng: random.Random, ink: tuple[int, int, int],
                 size: int = 58, margin: int = 230) -> None:  # fmt: skip
        self.image = Image.new("RGB", PAGE, "white")
        self.draw = ImageDraw.Draw(self.image)
        self.fonts = fonts
        self.rng = rng
        self.ink = ink
        self.size = size
        self.margin = margin
        self.y = 200
        self.line_height = int(size * 1.9)

    def _runs(
        self, s: str, font: ImageFont.FreeTypeFont
    ) -> list[tuple[str, ImageFont.FreeTypeFont]]:
        if self.fonts.fallback is None:
            return [(s, font)]
        other = _font(str(self.fonts.fallback), int(font.size))
        pieces = re.findall(r"[\u0e00-\u0e7f ]+|[^\u0e00-\u0e7f ]+", s)
        return [(p, font if re.match(r"[\u0e00-\u0e7f ]", p) else other) for p in pieces]

    def _draw(self, xy: tuple[float, float], s: str, font: ImageFont.FreeTypeFont,
              fill: tuple[int, int, int]) -> None:  # fmt: skip
        x, y = xy
        for piece, face in self._runs(s, font):
            self.draw.text((x, y), piece, font=face, fill=fill)
            x += self.draw.textlength(piece, font=face)

    def _length(self, s: str, font: ImageFont.FreeTypeFont) -> float:
        return sum(self.draw.textlength(p, font=f) for p, f in self._runs(s, font))

    # printed parts
    def text(self, x: int, s: str, *, bold: bool = False, size: int | None = None) -> int:
        font = self.fonts.get("bold" if bold else "form", size or self.size)
        self._draw((x, self.y), s, font, (0, 0, 0))
        return x + int(self._length(s, font))

    def centred(self, s: str, *, bold: bool = False, size: int | None = None) -> None:
        font = self.fonts.get("bold" if bold else "form", size or self.size)
        width = self._length(s, font)
        self._draw(((PAGE[0] - width) / 2, self.y), s, font, (0, 0, 0))

    def right(self, s: str) -> None:
        font = self.fonts.get("form", self.size)
        width = self._length(s, font)
        self._draw((PAGE[0] - self.margin - width, self.y), s, font, (0, 0, 0))

    def dots(self, x: int, width: int) -> int:
        font = self.fonts.get("form", self.size)
        dot = self._length(".", font)
        self._draw((x, self.y), "." * max(3, int(width / dot)), font, (0, 0, 0))
        return x + width

    def newline(self, factor: float = 1.0) -> None:
        self.y += int(self.line_height * factor)

    # filled-in parts
    def write(self, x: int, s: str) -> None:
        """A value on its dots: a little above the printed baseline, as ink lands."""
        font = self.fonts.get("ink", self.fonts.ink_size)
        lift = self.rng.randint(6, 16)
        self._draw((x, self.y - lift), s, font, self.ink)

    def ink_width(self, s: str) -> int:
        return int(self._length(s, self.fonts.get("ink", self.fonts.ink_size)))

    def field(self, x: int, label: str, value: str, width: int | None = None) -> int:
        """`label.........` with `value` on the dots; returns where the dots end."""
        x = self.text(x, label)
        need = self.ink_width(value) + 60
        width = max(width or 0, need)
        start = x + 8
        end = self.dots(start, width)
        if value:
            self.write(start + self.rng.randint(15, 45), value)
        return end + 12

    def boxes(self, x: int, digits: str, groups: tuple[int, ...], dash: bool) -> int:
        """A number printed as one box per digit, the digit written inside each box."""
        side = int(self.size * 1.05)
        top = self.y + int(self.size * 0.2)
        font = self.fonts.get("ink", self.fonts.ink_size)
        i = 0
        for g, n in enumerate(groups):
            for _ in range(n):
                self.draw.rectangle((x, top, x + side, top + side), outline=(0, 0, 0), width=3)
                digit = digits[i]
                w = self._length(digit, font)
                dx = self.rng.randint(-4, 4)
                self._draw((x + (side - w) / 2 + dx, top - side * 0.28), digit, font, self.ink)
                x += side
                i += 1
            if g < len(groups) - 1:
                if dash:
                    self.draw.line((x + 10, top + side / 2, x + 34, top + side / 2),
                                   fill=(0, 0, 0), width=4)  # fmt: skip
                    x += 44
                else:
                    x += 18
        return x + 20

    def checkbox(self, x: int, label: str, ticked: bool) -> int:
        side = int(self.size * 0.62)
        top = self.y + int(self.size * 0.45)
        self.draw.rectangle((x, top, x + side, top + side), outline=(0, 0, 0), width=3)
        if ticked:  # a tick in ink, over the edge of the box as people tick
            pts = [(x + 4, top + side * 0.5), (x + side * 0.42, top + side - 2),
                   (x + side + 14, top - 18)]  # fmt: skip
            self.draw.line(pts, fill=self.ink, width=7, joint="curve")
        return self.text(x + side + 12, label) + 30

    def signature(self, p: Person, x: int) -> None:
        """ลงชื่อ......(scribble)......ผู้ยื่นคำร้อง, then (name) under it."""
        end = self.text(x, "ลงชื่อ")
        start = end + 8
        self.dots(start, 620)
        self.text(start + 640, "ผู้ยื่นคำร้อง")
        self.scribble(start + 80, self.y - 10, 420)
        self.newline()
        left = self.text(start - 30, "(")
        self.dots(left + 5, 600)
        self.text(left + 620, ")")
        self.write(left + 40, p.name)

    def scribble(self, x: int, y: int, width: int) -> None:
        pts = []
        for i in range(24):
            pts.append((x + i * width / 23, y + self.rng.randint(0, 70)))
        self.draw.line(pts, fill=self.ink, width=5, joint="curve")


# --- how values are written ---------------------------------------------------------------


def phone_written(mobile: str, how: int) -> str:
    return (
        f"{mobile[:3]}-{mobile[3:6]}-{mobile[6:]}",
        mobile,
        f"{mobile[:3]} {mobile[3:6]} {mobile[6:]}",
        f"{mobile[:2]}-{mobile[2:6]}-{mobile[6:]}",
    )[how % 4]


def digits(s: str, use_thai: bool) -> str:
    return thai(s) if use_thai else s


def header(page: Page, agency: str, address: str, phone: str) -> None:
    """The agency's printed head: its name, address and phone (not the applicant's)."""
    page.centred(agency, bold=True, size=page.size + 4)
    page.newline(0.9)
    page.centred(address, size=page.size - 10)
    page.newline(0.75)
    page.centred(f"โทรศัพท์ {phone}  โทรสาร {phone[:-1]}9", size=page.size - 10)
    page.newline(1.2)


def written_at(page: Page, place: str, when: date, use_thai: bool) -> None:
    """เขียนที่ ... / วันที่ .. เดือน .. พ.ศ. .. at the top right: the date of writing."""
    x = PAGE[0] // 2 + 80
    page.field(x, "เขียนที่", place, 600)
    page.newline()
    x = page.field(x - 120, "วันที่", digits(str(when.day), use_thai), 90)
    x = page.field(x, "เดือน", MONTHS[when.month - 1], 260)
    page.field(x, "พ.ศ.", digits(str(when.year + 543), use_thai), 150)
    page.newline(1.3)


WRITTEN = date(2026, 11, 23)


def birth_line(page: Page, x: int, p: Person, use_thai: bool, short_month: bool,
               lead: str = "เกิดวันที่") -> int:  # fmt: skip
    b = p.born
    x = page.field(x, lead, digits(str(b.day), use_thai), 90)
    month = (MONTHS_SHORT if short_month else MONTHS)[b.month - 1]
    x = page.field(x, "เดือน", month, 260)
    return page.field(x, "พ.ศ.", digits(str(b.year + 543), use_thai), 150)


def address_lines(page: Page, p: Person, use_thai: bool, split_at: int = 3) -> None:
    """อยู่บ้านเลขที่..หมู่ที่..ตำบล..อำเภอ.. then จังหวัด..รหัสไปรษณีย์..โทรศัพท์.."""
    x = page.margin + 90
    pairs = address_words(p)
    for i, (label, value) in enumerate(pairs):
        if i == split_at:
            page.newline()
            x = page.margin
        shown = digits(value, use_thai)
        x = page.field(x, "อยู่บ้านเลขที่" if label == "เลขที่" else label, shown, 120)
    page.newline()
    x = page.margin
    x = page.field(x, "จังหวัด", p.province, 300)
    page.field(x, "รหัสไปรษณีย์", digits(p.postal, use_thai), 200)


# --- the form styles ------------------------------------------------------------------------
# Each draws one filled-in page for a person and returns it with the fields it carries.


def style_kor_ror_general(p: Person, rng: random.Random, fonts: Fonts) -> tuple[Image.Image, str]:
    """คำร้องทั่วไป of a district office: name and surname apart, title in the name line."""
    page = Page(fonts, rng, INK_BLUE)
    page.right("แบบ คร.๑")
    page.newline(0.8)
    page.centred("คำร้องทั่วไป", bold=True, size=page.size + 14)
    page.newline(1.4)
    written_at(page, "ที่ว่าการอำเภอ", WRITTEN, use_thai=False)
    page.text(page.margin, "เรื่อง  ขอรับรองสำเนาทะเบียนบ้าน")
    page.newline()
    page.text(page.margin, "เรียน  นายอำเภอ")
    page.newline(1.3)
    x = page.field(page.margin + 150, "ข้าพเจ้า", f"{p.title}{p.first}", 500)
    page.field(x, "นามสกุล", p.last, 480)
    page.newline()
    x = page.field(page.margin, "อายุ", str(p.age), 100)
    x = page.text(x, "ปี  ")
    x = page.text(x, "เลขประจำตัวประชาชน")
    page.boxes(x + 20, p.nid, (1, 4, 5, 2, 1), dash=True)
    page.newline(1.2)
    birth_line(page, page.margin, p, use_thai=False, short_month=False)
    page.newline()
    address_lines(page, p, use_thai=False)
    page.newline()
    page.field(page.margin, "โทรศัพท์มือถือ", phone_written(p.mobile, rng.randint(0, 3)), 500)
    page.newline(1.3)
    page.text(page.margin + 150, "มีความประสงค์ขอรับรองสำเนาทะเบียนบ้านเพื่อใช้ประกอบการสมัครงาน")
    page.newline()
    page.text(page.margin, "จึงเรียนมาเพื่อโปรดพิจารณา")
    page.newline(2.2)
    page.signature(p, PAGE[0] // 2 - 150)
    return page.image, ALL


def style_checkbox_title(p: Person, rng: random.Random, fonts: Fonts) -> tuple[Image.Image, str]:
    """Numbered items; the title ticked in a row of boxes, the given name on its own line."""
    page = Page(fonts, rng, INK_BLUE, size=54)
    header(page, "องค์การบริหารส่วนตำบลหนองแวง", "๙๙ หมู่ที่ ๑ ตำบลหนองแวง อำเภอเมือง จังหวัดขอนแก่น ๔๐๐๐๐",
           "043-261-555")  # fmt: skip
    page.centred("แบบคำร้องขอรับบริการ", bold=True, size=page.size + 10)
    page.newline(1.4)
    page.text(page.margin, "๑. ข้อมูลผู้ยื่นคำร้อง", bold=True)
    page.newline()
    x = page.text(page.margin + 60, "คำนำหน้าชื่อ")
    x += 30
    for title in ("นาย", "นาง", "นางสาว"):
        x = page.checkbox(x, title, title == p.title)
    page.newline()
    x = page.field(page.margin + 60, "ชื่อ", p.first, 560)
    page.field(x, "นามสกุล", p.last, 560)
    page.newline()
    x = page.text(page.margin + 60, "เลขประจำตัวประชาชน")
    page.boxes(x + 20, p.nid, (1, 4, 5, 2, 1), dash=False)
    page.newline(1.2)
    birth_line(page, page.margin + 60, p, use_thai=False, short_month=False)
    page.newline(1.2)
    page.text(page.margin, "๒. ที่อยู่ที่ติดต่อได้", bold=True)
    page.newline()
    address_lines(page, p, use_thai=False)
    page.newline()
    page.field(page.margin + 60, "หมายเลขโทรศัพท์", phone_written(p.mobile, rng.randint(0, 3)), 500)
    page.newline(1.2)
    page.text(page.margin, "๓. เรื่องที่ขอรับบริการ", bold=True)
    page.newline()
    page.field(page.margin + 60, "", "ขอตรวจสอบสิทธิเบี้ยยังชีพผู้สูงอายุ", 1500)
    page.newline(2.2)
    page.signature(p, PAGE[0] // 2 - 150)
    return page.image, ALL


def style_full_name_line(p: Person, rng: random.Random, fonts: Fonts) -> tuple[Image.Image, str]:
    """One ชื่อ-นามสกุล line with the title written in it; the ID grouped by printed dashes."""
    page = Page(fonts, rng, INK_BLUE, size=56)
    header(page, "สำนักงานเทศบาลเมือง", "เลขที่ ๑๑ ถนนเทศบาล ๒ ตำบลในเมือง อำเภอเมือง", "044-511-200")
    page.centred("แบบคำขอสำเนาเอกสาร", bold=True, size=page.size + 10)
    page.newline(1.3)
    written_at(page, "สำนักงานเทศบาล", WRITTEN, use_thai=True)
    page.field(page.margin, "๑. ชื่อ-นามสกุล", p.name, 1200)
    page.newline()
    x = page.text(page.margin, "๒. เลขประจำตัวประชาชน")
    page.boxes(x + 20, p.nid, (1, 4, 5, 2, 1), dash=True)
    page.newline(1.2)
    birth_line(page, page.margin, p, use_thai=False, short_month=True, lead="๓. วัน/เดือน/ปีเกิด  วันที่")
    page.newline()
    page.text(page.margin, "๔. ที่อยู่ตามทะเบียนบ้าน")
    page.newline()
    address_lines(page, p, use_thai=False, split_at=2)
    page.newline()
    page.field(page.margin, "๕. โทรศัพท์", phone_written(p.mobile, rng.randint(0, 3)), 500)
    page.newline()
    page.field(page.margin, "๖. เอกสารที่ขอ", "สำเนาใบอนุญาตก่อสร้างอาคาร", 1200)
    page.newline()
    page.field(page.margin, "   จำนวน", "2", 120)
    page.text(page.margin + 420, "ชุด")
    page.newline(2.2)
    page.signature(p, PAGE[0] // 2 - 150)
    return page.image, ALL


def style_thai_digits(p: Person, rng: random.Random, fonts: Fonts) -> tuple[Image.Image, str]:
    """Everything numeric written in Thai digits, as older citizens do on paper."""
    page = Page(fonts, rng, INK_BLUE, size=56)
    page.centred("คำร้อง", bold=True, size=page.size + 16)
    page.newline(1.5)
    written_at(page, "บ้านเลขที่ " + thai(p.house), WRITTEN, use_thai=True)
    page.text(page.margin, "เรื่อง  ขอความอนุเคราะห์ซ่อมไฟฟ้าส่องสว่าง")
    page.newline()
    page.text(page.margin, "เรียน  นายกองค์การบริหารส่วนตำบล")
    page.newline(1.3)
    x = page.field(page.margin + 150, "ข้าพเจ้า", p.name, 1000)
    page.newline()
    x = page.field(page.margin, "อายุ", thai(str(p.age)), 100)
    x = page.text(x, "ปี")
    x = page.field(x + 20, "บัตรประจำตัวประชาชนเลขที่", thai(p.nid), 700)
    page.newline()
    birth_line(page, page.margin, p, use_thai=True, short_month=False)
    page.newline()
    address_lines(page, p, use_thai=True)
    page.newline()
    page.field(page.margin, "โทร.", thai(phone_written(p.mobile, rng.randint(0, 3))), 500)
    page.newline(1.3)
    page.text(page.margin + 150, "ขอความอนุเคราะห์ซ่อมไฟฟ้าส่องสว่างหน้าบ้าน")
    page.newline(2.2)
    page.signature(p, PAGE[0] // 2 - 150)
    return page.image, ALL


def style_typewriter(p: Person, rng: random.Random, fonts: Fonts) -> tuple[Image.Image, str]:
    """Filled in on a typewriter: monospaced black type over the dots, no boxes for the ID."""
    page = Page(fonts, rng, INK_BLACK, size=54)
    page.centred("แบบคำขอข้อมูลข่าวสารของราชการ", bold=True, size=page.size + 8)
    page.newline(1.4)
    written_at(page, "กรุงเทพมหานคร", WRITTEN, use_thai=False)
    page.text(page.margin, "ข้อ ๑  ผู้ขอ", bold=True)
    page.newline()
    x = page.field(page.margin + 80, "ชื่อ", f"{p.title}{p.first}", 520)
    page.field(x, "นามสกุล", p.last, 520)
    page.newline()
    page.field(page.margin + 80, "เลขประจำตัวประชาชน", p.nid, 700)
    page.newline()
    birth_line(page, page.margin + 80, p, use_thai=False, short_month=False)
    page.newline()
    page.text(page.margin, "ข้อ ๒  ที่อยู่", bold=True)
    page.newline()
    address_lines(page, p, use_thai=False)
    page.newline()
    page.field(page.margin + 80, "โทรศัพท์", phone_written(p.mobile, rng.randint(0, 3)), 500)
    page.newline()
    page.text(page.margin, "ข้อ ๓  ข้อมูลข่าวสารที่ต้องการ", bold=True)
    page.newline()
    page.field(page.margin + 80, "", "สำเนาสัญญาจ้างโครงการก่อสร้างถนน ปี 2568", 1500)
    page.newline(2.2)
    page.signature(p, PAGE[0] // 2 - 150)
    return page.image, ALL


def style_two_column(p: Person, rng: random.Random, fonts: Fonts) -> tuple[Image.Image, str]:
    """A ruled table of two columns (label cell | value cell), the values in the cells."""
    page = Page(fonts, rng, INK_BLUE, size=54)
    header(page, "สำนักงานที่ดินจังหวัด", "ศาลากลางจังหวัด ชั้น ๒ ถนนศรีสุริยวงศ์", "02-141-5555")
    page.centred("ใบคำขอรับบริการ", bold=True, size=page.size + 10)
    page.newline(1.5)
    b = p.born
    rows = [
        ("คำนำหน้า/ชื่อ/นามสกุล", p.name),
        ("เลขประจำตัวประชาชน", f"{p.nid[0]} {p.nid[1:5]} {p.nid[5:10]} {p.nid[10:12]} {p.nid[12]}"),
        ("วันเดือนปีเกิด", f"{b.day} {MONTHS[b.month - 1]} {b.year + 543}"),
        ("ที่อยู่", address_typed(p)),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", p.postal),
        ("โทรศัพท์", phone_written(p.mobile, rng.randint(0, 3))),
    ]
    left, mid, right = page.margin - 40, page.margin + 620, PAGE[0] - page.margin + 40
    top = page.y - 20
    for label, value in rows:
        page.text(left + 20, label)
        if page.ink_width(value) < right - mid - 40:
            page.write(mid + 25, value)
        else:  # a long address wraps in its cell
            cut = value.rfind(" ", 0, len(value) // 2 + 8)
            page.write(mid + 25, value[:cut])
            page.newline()
            page.write(mid + 25, value[cut + 1 :])
        page.newline()
        page.draw.line((left, page.y - 20, right, page.y - 20), fill=(0, 0, 0), width=3)
    page.draw.rectangle((left, top, right, page.y - 20), outline=(0, 0, 0), width=4)
    page.draw.line((mid, top, mid, page.y - 20), fill=(0, 0, 0), width=3)
    page.newline(2.2)
    page.signature(p, PAGE[0] // 2 - 150)
    return page.image, ALL


STYLES: dict[str, Callable[[Person, random.Random, Fonts], tuple[Image.Image, str]]] = {
    "kor_ror_general": style_kor_ror_general,
    "checkbox_title": style_checkbox_title,
    "full_name_line": style_full_name_line,
    "thai_digits": style_thai_digits,
    "typewriter": style_typewriter,
    "two_column_table": style_two_column,
}

# Form fonts (printed) and ink fonts (filled in) CI has, per style.
CI_FONTS: dict[str, tuple[Fonts, ...]] = {
    "kor_ror_general": (Fonts(tlwg("Garuda"), tlwg("Garuda-Bold"), tlwg("Purisa"), 62),
                        Fonts(tlwg("Kinnari"), tlwg("Kinnari-Bold"), tlwg("Waree"), 58)),
    "checkbox_title": (Fonts(tlwg("Loma"), tlwg("Loma-Bold"), tlwg("Umpush"), 60),
                       Fonts(tlwg("Norasi"), tlwg("Norasi-Bold"), tlwg("Purisa"), 60)),
    "full_name_line": (Fonts(tlwg("Laksaman"), tlwg("Laksaman-Bold"), tlwg("Garuda"), 56),
                       Fonts(tlwg("Sawasdee"), tlwg("Sawasdee-Bold"), tlwg("TlwgTypo"), 58)),
    "thai_digits": (Fonts(tlwg("Kinnari"), tlwg("Kinnari-Bold"), tlwg("Purisa"), 60),
                    Fonts(tlwg("Garuda"), tlwg("Garuda-Bold"), tlwg("Loma"), 58)),
    "typewriter": (Fonts(tlwg("Norasi"), tlwg("Norasi-Bold"), tlwg("TlwgTypewriter"), 58),
                   Fonts(tlwg("Kinnari"), tlwg("Kinnari-Bold"), tlwg("TlwgTypist"), 58)),
    "two_column_table": (Fonts(tlwg("Waree"), tlwg("Waree-Bold"), tlwg("Umpush"), 58),
                         Fonts(tlwg("Laksaman"), tlwg("Laksaman-Bold"), tlwg("Purisa"), 62)),
}  # fmt: skip


def local_fonts() -> tuple[Fonts, ...]:
    """Faces CI lacks, printed form and ink alike; digits and dots in a TLWG face where the
    face has none (Noto Thai faces are Thai-only)."""
    present = [f for f in LOCAL_FONTS if f.exists()]
    form = [f for f in present if "Looped" not in f.name]
    return tuple(Fonts(form[i % len(form)], form[i % len(form)], ink, 58,
                       tlwg("Norasi" if "Serif" in ink.name else "Garuda"))
                 for i, ink in enumerate(present))  # fmt: skip


# --- capture ------------------------------------------------------------------------------------


def noise(size: tuple[int, int], rng: random.Random, sigma: float) -> Image.Image:
    """Grey noise around 128 drawn from `rng` (Image.effect_noise draws from C's rand(),
    which no seed here reaches: the set would differ from run to run)."""
    uniform = Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))
    spread = sigma / 74  # a uniform byte's standard deviation is 74
    return uniform.point(lambda v: max(0, min(255, round(128 + (v - 128) * spread))))


def grey_noise(img: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    """Sensor/scanner noise around the page's own grey."""
    return ImageChops.add(img, noise(img.size, rng, sigma), scale=1.0, offset=-128)


def skew(img: Image.Image, angle: float, fill: int | tuple[int, int, int]) -> Image.Image:
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)


def at_dpi(img: Image.Image, dpi: int) -> Image.Image:
    w, h = img.size
    return img.resize((w * dpi // DPI, h * dpi // DPI), Image.Resampling.LANCZOS)


def scan_pdf(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A flatbed scan: greyscale at 200-300 dpi, slightly skewed, JPEG in a PDF."""
    dpi = rng.choice((200, 240, 300))
    img = page.convert("L")
    img = skew(img, rng.uniform(-1.3, 1.3), 255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    img = at_dpi(img, dpi)
    img = grey_noise(img, rng, 10)
    img = img.point(lambda v: min(255, int(v * 0.92 + 14)))  # the scanner's grey paper
    out = io.BytesIO()
    img.save(out, "PDF", resolution=dpi, quality=rng.randint(60, 80))
    return "scan.pdf", out.getvalue(), "application/pdf"


def photocopy_pdf(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A photocopy then scanned: high contrast, toner speckle, a dark band at one edge."""
    img = page.convert("L")
    img = skew(img, rng.uniform(-1.0, 1.0), 255)
    img = ImageOps.autocontrast(img.point(lambda v: 0 if v < 110 else min(255, v + 30)))
    draw = ImageDraw.Draw(img)
    for _ in range(2500):  # toner specks
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        r = rng.choice((1, 1, 2, 3))
        draw.ellipse((x, y, x + r, y + r), fill=rng.randint(0, 90))
    side = rng.choice(("left", "right", "top"))
    band = rng.randint(40, 110)
    for i in range(band):  # the copier lid's shadow: darkest at the very edge
        shade = int(40 + 180 * i / band)
        if side == "left":
            draw.line((i, 0, i, img.height), fill=shade)
        elif side == "right":
            draw.line((img.width - 1 - i, 0, img.width - 1 - i, img.height), fill=shade)
        else:
            draw.line((0, i, img.width, i), fill=shade)
    dpi = rng.choice((200, 300))
    img = at_dpi(img, dpi)
    out = io.BytesIO()
    img.save(out, "PDF", resolution=dpi, quality=75)
    return "copy.pdf", out.getvalue(), "application/pdf"


def fax_tiff(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """A fax (fine mode, 204x196 dpi), 1-bit, as fax-to-mail gateways send it: G4 TIFF."""
    img = page.convert("L")
    img = skew(img, rng.uniform(-0.8, 0.8), 255)
    w, h = img.size
    img = img.resize((w * 204 // DPI, h * 196 // DPI), Image.Resampling.BILINEAR)
    img = grey_noise(img, rng, 18)
    cut = rng.choice((140, 160))  # the machine's black/white threshold
    img = img.point(lambda v: 255 if v > cut else 0).convert("1")
    draw = ImageDraw.Draw(img)
    draw.text((20, 8), "NOV-23-2026 10:42  FROM: 0-4321-7788   TO: SARABAN   P.01/01", fill=0)
    out = io.BytesIO()
    img.save(out, "TIFF", compression="group4", dpi=(204, 196))
    return "fax.tif", out.getvalue(), "image/tiff"


def _photo(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page photographed on a desk: keystone, light falling off, a hand's shadow, blur."""
    W, H = 1800, 2400  # a phone photo as mail apps shrink it ("medium")
    desk = Image.new("RGB", (W, H), rng.choice(((120, 92, 70), (170, 170, 165), (90, 95, 110))))
    pw, ph = page.size
    # where the page's corners land in the photo: top narrower than bottom (keystone)
    inset = rng.randint(60, 160)
    top_y, bot_y = rng.randint(80, 180), H - rng.randint(60, 160)
    left_top = inset + rng.randint(40, 120)
    right_top = W - inset - rng.randint(40, 120)
    quad = [(left_top, top_y), (inset, bot_y), (W - inset, bot_y), (right_top, top_y)]
    coeffs = _perspective(quad, [(0, 0), (0, ph), (pw, ph), (pw, 0)])
    warped = page.transform((W, H), Image.Transform.PERSPECTIVE, coeffs,
                            Image.Resampling.BICUBIC, fillcolor=(0, 0, 0))  # fmt: skip
    mask = Image.new("L", page.size, 255).transform(
        (W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=0
    )
    photo = Image.composite(warped, desk, mask)
    # light: a gradient from one corner, and a soft shadow across part of the page
    grad = Image.linear_gradient("L").rotate(rng.choice((0, 90, 180, 270))).resize((W, H))
    fall = rng.uniform(0.25, 0.4)  # how much darker the far side is
    grad = grad.point(lambda v: int(255 - v * fall))
    shadow = Image.new("L", (W, H), 255)
    sd = ImageDraw.Draw(shadow)
    sx = rng.randint(0, W // 2)
    sd.ellipse((sx - 500, H - 900, sx + 700, H + 400), fill=rng.randint(150, 190))
    shadow = shadow.filter(ImageFilter.GaussianBlur(120))
    light = ImageChops.multiply(grad, shadow).convert("RGB")
    photo = ImageChops.multiply(photo, light)
    warm = Image.new("RGB", (W, H), (255, 246, 225))
    photo = ImageChops.multiply(photo, warm)
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.4)))
    grain = noise((W, H), rng, 7).convert("RGB")
    photo = ImageChops.add(photo, grain, scale=1.0, offset=-128)
    if rng.random() < 0.35:  # held sideways: the picture comes out turned
        photo = photo.rotate(rng.choice((90, 270)), expand=True)
    return photo


def _perspective(dst: list[tuple[int, int]], src: list[tuple[int, int]]) -> list[float]:
    """Coefficients mapping output (dst) points back to input (src) points, for PIL."""
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return _solve(rows, rhs)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def photo_jpeg(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    out = io.BytesIO()
    _photo(page, rng).save(out, "JPEG", quality=rng.randint(70, 85))
    return f"IMG_{rng.randint(1000, 9999)}.jpg", out.getvalue(), "image/jpeg"


def photo_png(page: Image.Image, rng: random.Random) -> tuple[str, bytes, str]:
    """The photo as a scanner app keeps it: PNG, the page not cropped to its edges."""
    out = io.BytesIO()
    _photo(page, rng).save(out, "PNG")
    return f"scan_{rng.randint(100, 999)}.png", out.getvalue(), "image/png"


KINDS: dict[str, Callable[[Image.Image, random.Random], tuple[str, bytes, str]]] = {
    "scan_pdf": scan_pdf,
    "photo_jpeg": photo_jpeg,
    "photo_png": photo_png,
    "fax": fax_tiff,
    "photocopy": photocopy_pdf,
}

# Which kinds each style is sent as in the committed set (two each, every kind at least twice).
PLAN: dict[str, tuple[str, ...]] = {
    "kor_ror_general": ("scan_pdf", "photo_jpeg"),
    "checkbox_title": ("photo_jpeg", "fax"),
    "full_name_line": ("scan_pdf", "photocopy"),
    "thai_digits": ("photo_png", "scan_pdf"),
    "typewriter": ("fax", "photo_png"),
    "two_column_table": ("photocopy", "photo_jpeg"),
}

SUBJECTS = ("ส่งคำร้อง", "ยื่นคำร้องทั่วไป", "แบบฟอร์มคำร้อง (ไฟล์แนบ)", "คำร้องขอรับบริการ")


def mail(p: Person, subject: str, attach: tuple[str, bytes, str], n: int) -> bytes:
    """A short mail whose only personal data is in the attached page."""
    msg = EmailMessage()
    msg["From"] = f"<user{n:03d}.mail@gmail.com>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 23, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<ocrheld-{n}@example.com>"
    msg.set_content("เรียน เจ้าหน้าที่\n\nส่งแบบคำร้องตามไฟล์แนบครับ/ค่ะ\n\nขอบคุณค่ะ\n", charset="utf-8")
    name, data, mime = attach
    main, sub = mime.split("/")
    msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


@dataclass(frozen=True)
class HeldOut:
    style: str
    raw: bytes = field(repr=False)
    expected: dict[str, tuple[str, ...]] = field(repr=False)
    person: Person = field(repr=False)


def build_set(forms: int = 1, fonts: str = "ci", kinds: str = "plan") -> Iterator[HeldOut]:
    """`forms` forms per style and kind; `kinds` "plan" (the committed set) or "all"."""
    n = 0
    for s, (style, draw) in enumerate(STYLES.items()):
        plan = PLAN[style] if kinds == "plan" else tuple(KINDS)
        choices = CI_FONTS[style] + (local_fonts() if fonts == "local" else ())
        for k, kind in enumerate(plan):
            for f in range(forms):
                rng = random.Random(f"{style}/{kind}/{f}")
                p = PEOPLE[(s * 3 + k * 2 + f) % len(PEOPLE)]
                face = choices[(k + f) % len(choices)] if fonts == "ci" else choices[
                    (k + f * len(plan)) % len(choices)]  # fmt: skip
                image, keys = draw(p, rng, face)
                attach = KINDS[kind](image, rng)
                raw = mail(p, SUBJECTS[n % len(SUBJECTS)], attach, n)
                n += 1
                yield HeldOut(f"{style}/{kind}", raw, expect(p, keys), p)


# --- scoring: the shared harness's verdicts, the address compared as a clerk reads it ---


def verdict(case: ExtractedCase, key: str, sample: HeldOut) -> str:
    got = case.fields.get(key)
    if got is None:
        return "missing"
    accepted = sample.expected[key]
    if key == "address":
        right = address_key(got, sample.person) in {address_key(a, sample.person) for a in accepted}
    else:
        right = got in accepted
    if right:
        return "right"
    return "flagged" if flagged(case, key) else "silent"


BY_FIELD: dict[str, Counter[str]] = {}  # field -> right/flagged/silent/missing, all styles


def score(cases: Iterable[HeldOut]) -> dict[str, StyleScore]:
    table: dict[str, StyleScore] = {}
    samples = list(cases)
    for sample, case in zip(samples, read_all([s.raw for s in samples]), strict=True):
        style = table.setdefault(sample.style, StyleScore())
        style.requests += 1
        collected = template_keys(case.template)
        for key in sample.expected:
            if key not in collected:
                style.not_collected += 1
                continue
            result = verdict(case, key, sample)
            style.counts[result] += 1
            BY_FIELD.setdefault(key, Counter())[result] += 1
            style.right_flagged += result == "right" and flagged(case, key)
            if result != "right" and len(style.misses) < 8:
                got = case.fields.get(key)
                want = sample.expected[key][0]
                style.misses.append(f"{key}: got {got!r} want {want!r} ({result})")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--forms", type=int, default=1)
    parser.add_argument("--fonts", choices=("ci", "local"), default="ci")
    parser.add_argument("--kinds", choices=("plan", "all"), default="plan")
    parser.add_argument("--save", type=Path, help="write each attachment here to look at")
    parser.add_argument("--only", default="", help="style/kind prefix")
    args = parser.parse_args()
    cases = [
        c for c in build_set(args.forms, args.fonts, args.kinds) if c.style.startswith(args.only)
    ]
    if args.save:
        save_attachments(cases, args.save)
    start = time.monotonic()
    table = score(cases)
    print(render(table, {}))
    for key, counts in BY_FIELD.items():
        print(f"{key:<12} " + " ".join(f"{k} {counts[k]}" for k in VERDICTS))
    print(f"{len(cases)} forms in {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
