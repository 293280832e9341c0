"""A fiftieth set of requests written by someone who had not read the readers (issue 8):
SEARCHABLE SCANS. Each request is a mail with one PDF that is a scan or a phone photo of
a paper request form (a picture of the page) WITH AN INVISIBLE TEXT LAYER under it (text
drawn in render mode 3 at the words' places), as CamScanner, Adobe Scan, Microsoft Lens,
a copier's "scan to searchable PDF", ABBYY FineReader or ocrmypdf put it there: Thai and
digits as that app's OCR read them. Mostly right; in most styles with the misreads such
layers really have: tone marks dropped, ล for ส, one digit of the ID or the mobile wrong,
O for 0 and l for 1, words split, lines in column order, a layer over only the top of
the page, a Latin-only layer over a Thai page, sara am stored as nikhahit + sara aa, the
printed captions read and the handwritten values not. Controls: a clean searchable PDF
whose layer is right, a scan with no layer at all, a form in Thai numerals whose layer
is right.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the
`Case` type, the tests and builders of sets 45 and 46, the helpers they import, the OCR
set 23's test and the earlier sets' first docstrings).

Conventions (written down before any run):
- Every expected value is what the PAPER says, as a clerk reads it on the page's picture,
  never what the layer says. A value taken from a wrong layer is wrong (silent unless the
  field is flagged for a look).
- full_name, national_id, birth_date (ISO), phone, address (+ province, postal_code): the
  applicant's own, the one who signs the form. No e-mail is scored (none on the paper).
- address: her home as set 5's `addresses` accepts it; the address runs on to a second
  line of the form (province and postal code) as paper forms wrap it.
- Numbers written in Thai numerals (๑๒๓) on the paper are expected in Arabic digits,
  as every other set stores them.
Everyone and every number is invented (13-digit IDs made with with_check_digit); ตำบล,
อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from support.blind_sets import set_body, two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import FONTS, Person, addresses
from unseen_requests_11 import PDF

# ruff: noqa: E501 -- forms as offices print them: long lines

AGENCY = "saraban@example.go.th"
DPI = 150
PX_MM = 25.4 / DPI


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Person, ...] = (
    P("นาง", "สุดใจ", "ศรีสวัสดิ์", "341020031174", date(1968, 8, 21), "0817736204", "sudjai.ss@gmail.com",
      "112", "5", "", "", "แจระแม", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    P("นาย", "สมศักดิ์", "เสือสง่า", "310060027713", date(1959, 1, 30), "0861147720", "",
      "48/9", "", "สุขุมวิท 101", "สุขุมวิท", "บางจาก", "พระโขนง", "กรุงเทพมหานคร", "10260"),
    P("นางสาว", "ศิริพร", "น้อยเนื้อ", "350100062215", date(1990, 4, 3), "0925518836", "siriporn.nn@hotmail.com",
      "27", "4", "", "", "ป่าแดด", "เมืองเชียงใหม่", "เชียงใหม่", "50100"),
    P("นาย", "ไพโรจน์", "แก้วเกิด", "380010045526", date(1975, 11, 12), "0894420153", "",
      "9", "11", "", "", "ท่างิ้ว", "เมืองนครศรีธรรมราช", "นครศรีธรรมราช", "80280"),
    P("นาง", "บุษบา", "ทองคำแท้", "330080014419", date(1963, 6, 7), "0658812047", "",
      "201/3", "2", "", "", "หนองครก", "เมืองศรีสะเกษ", "ศรีสะเกษ", "33000"),
    P("นาย", "ธีรวัฒน์", "สร้อยสุวรรณ", "170050081136", date(1986, 2, 25), "0801195562", "teerawat.ss@gmail.com",
      "16", "7", "", "", "ห้วยทราย", "สามพราน", "นครปฐม", "73110"),
    P("นางสาว", "กาญจนา", "ส่องแสง", "112990037728", date(1995, 9, 16), "0639904418", "",
      "55/120", "", "", "ติวานนท์", "บางกระสอ", "เมืองนนทบุรี", "นนทบุรี", "11000"),
    P("นาง", "สำเนียง", "ชำนาญกิจ", "401010058831", date(1956, 12, 1), "0872236615", "",
      "64", "8", "", "", "ศิลา", "เมืองขอนแก่น", "ขอนแก่น", "40000"),
)  # fmt: skip

Style = Callable[[Person, int], Case]
KEYS = ("full_name", "national_id", "birth_date", "phone", "address", "postal_code", "province")


def exp(p: Person) -> dict[str, tuple[str, ...]]:
    """What the paper says: her values (no e-mail is on the paper)."""
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "address": addresses(p),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    return {k: table[k] for k in KEYS}


# --- how the paper writes the values ---------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}")[k % 3]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (f"{m[:3]}-{m[3:6]}-{m[6:]}", m, f"{m[:3]}-{m[3:]}")[k % 3]


def form_lines(p: Person, k: int, subject: str) -> list[tuple[str, str]]:
    """A general request form as a เทศบาล prints it and the applicant fills it in:
    (caption, value) per line; the value is blank where the line is all print."""
    return [
        ("แบบคำร้องทั่วไป", ""),
        ("เขียนที่ สำนักงานเทศบาล", ""),
        ("วันที่ 2 ธันวาคม 2569", ""),
        ("เรื่อง", subject),
        ("เรียน นายกเทศมนตรี", ""),
        ("ข้าพเจ้า", p.name),
        ("เลขประจำตัวประชาชน", dashed(p.nid)),
        ("เกิดวันที่", born_th(p.born, k)),
        ("อยู่บ้านเลขที่", p.line()),
        ("", f"{p.province_written} {p.postal}"),
        ("โทรศัพท์", mobile(p.mobile, k)),
        ("มีความประสงค์", "ขอให้ดำเนินการตามเรื่องข้างต้น"),
        ("ลงชื่อ ....................................... ผู้ยื่นคำร้อง", ""),
        ("", f"( {p.name} )"),
    ]


# --- the paper's picture ----------------------------------------------------------------------

Line = tuple[int, int, str]  # x, baseline y (pixels at DPI), text


def layout(rows: list[tuple[str, str]], *, value_x: int = 0) -> tuple[list[Line], list[Line]]:
    """Captions and values placed down the page: the value after its caption on the same
    line, or in a column of its own at `value_x`."""
    font = ImageFont.truetype(str(FONTS / "Garuda.ttf"), 26)
    caps: list[Line] = []
    vals: list[Line] = []
    y = 190
    for cap, val in rows:
        x = 150
        if cap:
            caps.append((x, y, cap))
            x += int(font.getlength(cap)) + 18
        if val:
            vals.append((value_x or x, y, val))
        y += 78
    return caps, vals


def picture(lines: list[Line], *, hand: tuple[Line, ...] | list[Line] = (), photo: bool = False,
            grey: int = 255, face: str = "Garuda") -> Image.Image:  # fmt: skip
    """The page as the scanner or the phone saw it: print in black, handwriting in blue
    (as grey), a photo a little turned on a darker ground with a shadow."""
    w, h = int(210 / PX_MM), int(297 / PX_MM)
    img = Image.new("L", (w, h), grey)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONTS / f"{face}.ttf"), 26)
    title = ImageFont.truetype(str(FONTS / f"{face}.ttf"), 34)
    for n, (x, y, text) in enumerate(lines):
        d.text((x, y), text, font=title if n == 0 and y == 190 else font, fill=20, anchor="ls")
    pen = ImageFont.truetype(str(FONTS / "TlwgTypist.ttf"), 30)
    for x, y, text in hand:
        d.text((x, y - 10), text, font=pen, fill=70, anchor="ls")
    if photo:
        img = img.rotate(1.2, resample=Image.Resampling.BICUBIC, fillcolor=120)
        shade = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 5)
        img = Image.composite(img, Image.new("L", (w, h), 0), shade)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def searchable_pdf(pages: list[tuple[Image.Image, list[Line]]], *, producer: str = "") -> bytes:
    """Each page's picture full-page, with its text layer drawn invisible (render mode 3)
    in Garuda at the lines' places, in the order the app wrote them."""
    from fpdf import FPDF
    from fpdf.enums import TextMode

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    if producer:
        pdf.set_producer(producer)
        pdf.set_creator(producer)
    pdf.add_font("F", "", str(FONTS / "Garuda.ttf"))
    pdf.set_text_shaping(True)
    pdf.set_image_filter("DCTDecode")
    for img, layer in pages:
        pdf.add_page()
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=70)
        buf.seek(0)
        pdf.image(buf, 0, 0, 210, 297)
        pdf.text_mode = TextMode.INVISIBLE
        pdf.set_font("F", size=26 * 72 / DPI)
        for x, y, text in layer:
            if text:
                pdf.text(x * PX_MM, y * PX_MM, text)
        pdf.text_mode = TextMode.FILL
    return bytes(pdf.output())


def message(
    p: Person, n: int, subject: str, body: str, pdf: bytes, name: str = "scan.pdf"
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{p.first} {p.last} <{p.email}>" if p.email else f"{p.first} <user{n}@gmail.com>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 9, 9, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set50-{n}@example.net>"
    set_body(msg, body, None)
    msg.add_attachment(pdf, maintype="application", subtype=PDF.split("/")[1], filename=name)
    return bytes(msg)


# --- what the apps' OCR made of the page ------------------------------------------------------

TONES = "่้๊๋์"
MARKS = set("ัิีึืฺุู็่้๊๋์ํำ")


def no_tones(s: str) -> str:
    return "".join(c for c in s if c not in TONES)


def lo_for_so(s: str) -> str:
    return s.replace("ส", "ล")


def o_and_l(s: str) -> str:
    """0 read as O and 1 as l, as a Latin-trained layer does in digits."""
    return s.replace("0", "O").replace("1", "l")


def one_digit(s: str, at: int, to: str) -> str:
    """The `at`th digit of `s` read as `to`."""
    seen = -1
    for i, c in enumerate(s):
        if c.isdigit():
            seen += 1
            if seen == at:
                return s[:i] + to + s[i + 1 :]
    return s


def other(c: str) -> str:
    """The digit an OCR takes `c` for (8/3, 6/5, 1/7, 0/8...)."""
    return {"0": "8", "1": "7", "2": "7", "3": "8", "4": "1", "5": "6", "6": "5", "7": "1",
            "8": "3", "9": "4"}[c]  # fmt: skip


def split_words(s: str) -> str:
    """Thai runs of 5 or more letters cut in two at a letter that carries no mark, as a
    layer that took a wide gap for a word break."""
    out = []
    for word in s.split(" "):
        if len(word) >= 5 and any("\u0e01" <= c <= "\u0e2e" for c in word):
            cut = len(word) // 2
            while cut < len(word) and (word[cut] in MARKS or word[cut] in "ะาำ"):
                cut += 1
            word = word[:cut] + " " + word[cut:] if 0 < cut < len(word) else word
        out.append(word)
    return " ".join(out)


LATIN = "aeuonmrwdvsuiavnrudmoeaswuvnrmdaeuo"


def latin_only(s: str) -> str:
    """A Latin-only OCR over Thai print: each Thai letter some Latin letter, marks gone,
    digits and punctuation kept."""
    out = []
    for c in s:
        if "\u0e00" <= c <= "\u0e7f":
            if c not in MARKS:
                out.append(LATIN[ord(c) % len(LATIN)])
        else:
            out.append(c)
    return "".join(out)


def decomposed_am(s: str) -> str:
    """Sara am stored as nikhahit + sara aa, as some engines write it."""
    return s.replace("ำ", "ํา")


THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


# --- the styles -----------------------------------------------------------------------------

SUBJECTS = ("ขอหนังสือรับรองที่อยู่", "ขอรับเบี้ยยังชีพ", "ขอให้ซ่อมไฟฟ้าส่องสว่าง",
            "ขอคัดสำเนาทะเบียนบ้าน", "ขอความอนุเคราะห์ตัดต้นไม้")  # fmt: skip


def page(p: Person, i: int, *, layer_of: Callable[[str], str] = lambda s: s,
         value_layer: Callable[[str], str] | None = None) -> tuple[Image.Image, list[Line], list[Line], list[Line]]:  # fmt: skip
    """The form's picture, its captions and values, and a layer made of both by the
    app's reading (`layer_of` on every line, `value_layer` on values only)."""
    rows = form_lines(p, i, SUBJECTS[i % len(SUBJECTS)])
    caps, vals = layout(rows)
    img = picture(caps + vals)
    vl = value_layer or layer_of
    layer = sorted([(x, y, layer_of(t)) for x, y, t in caps] + [(x, y, vl(t)) for x, y, t in vals],
                   key=lambda t: (t[1], t[0]))  # fmt: skip
    return img, caps, vals, layer


def simple(style: str, p: Person, i: int, producer: str, subject: str, body: str,
           layer_of: Callable[[str], str] = lambda s: s,
           value_layer: Callable[[str], str] | None = None) -> Case:  # fmt: skip
    img, _, _, layer = page(p, i, layer_of=layer_of, value_layer=value_layer)
    pdf = searchable_pdf([(img, layer)], producer=producer)
    return Case(style, message(p, i, subject, body, pdf), exp(p))


def control_clean_layer(p: Person, i: int) -> Case:
    """Control: Adobe Scan's searchable PDF whose layer is right to the letter."""
    return simple("control_clean_layer", p, i, "Adobe Scan for Android", "ส่งคำร้องทั่วไป",
                  "เรียนเจ้าหน้าที่\nแนบแบบคำร้องที่สแกนมาค่ะ\n")  # fmt: skip


def control_no_layer(p: Person, i: int) -> Case:
    """Control: a copier's plain scan to PDF, no text layer at all."""
    img, _, _, _ = page(p, i)
    pdf = searchable_pdf([(img, [])], producer="KONICA MINOLTA bizhub C300i")
    return Case(
        "control_no_layer",
        message(p, i, "Scan from bizhub", "", pdf, "SKM_C300i25120909.pdf"),
        exp(p),
    )


def control_thai_numerals(p: Person, i: int) -> Case:
    """Control: a form filled in Thai numerals (๑๒๓), the layer reading them right."""
    rows = [(c, v.translate(THAI_DIGITS)) for c, v in form_lines(p, i, SUBJECTS[i % 5])]
    caps, vals = layout(rows)
    layer = sorted(caps + vals, key=lambda t: (t[1], t[0]))
    pdf = searchable_pdf([(picture(caps + vals), layer)], producer="ABBYY FineReader PDF 15")
    return Case("control_thai_numerals", message(p, i, "คำร้อง", "แนบไฟล์คำร้องครับ\n", pdf), exp(p))


def layer_tones_dropped(p: Person, i: int) -> Case:
    """Microsoft Lens: every tone mark and the thanthakhat dropped from the layer."""
    return simple("layer_tones_dropped", p, i, "Microsoft Lens", "คำร้อง (สแกน)",
                  "แนบคำร้องตามไฟล์ค่ะ\n", layer_of=no_tones)  # fmt: skip


def layer_lo_for_so(p: Person, i: int) -> Case:
    """CamScanner: ส read as ล everywhere (สุดใจ ศรีสวัสดิ์ -> ลุดใจ ศรีลวัลดิ์)."""
    return simple("layer_lo_for_so", p, i, "CamScanner", "ยื่นคำร้องค่ะ",
                  "ส่งเอกสารคำร้องตามแนบ\n", layer_of=lo_for_so)  # fmt: skip


def layer_id_digit_wrong(p: Person, i: int) -> Case:
    """ocrmypdf: one digit of the ID misread (its check digit then fails)."""
    at = 6 + i % 4
    nid = dashed(p.nid)
    wrong = one_digit(nid, at, other(p.nid[at]))

    def read(s: str) -> str:
        return wrong if s == nid else s

    return simple("layer_id_digit_wrong", p, i, "ocrmypdf 16.4.2 / Tesseract OCR-PDF 5.3.4",
                  "แบบคำร้อง", "เรียนเจ้าหน้าที่ ส่งแบบคำร้องครับ\n", value_layer=read)  # fmt: skip


def layer_phone_digit_wrong(p: Person, i: int) -> Case:
    """Adobe Scan: one digit of the mobile misread; still ten digits starting 0."""
    at = 4 + i % 5
    m = mobile(p.mobile, i)

    def read(s: str) -> str:
        return one_digit(m, at, other(p.mobile[at])) if s == m else s

    return simple("layer_phone_digit_wrong", p, i, "Adobe Scan for iOS", "ส่งคำร้อง",
                  "ขอส่งคำร้องตามไฟล์แนบค่ะ\n", value_layer=read)  # fmt: skip


def layer_o_and_l(p: Person, i: int) -> Case:
    """A copier's scan-to-searchable-PDF: 0 read O and 1 read l in every number."""
    return simple("layer_o_and_l", p, i, "RICOH IM C3000 searchable PDF", "Scanned document",
                  "", value_layer=o_and_l)  # fmt: skip


def layer_words_split(p: Person, i: int) -> Case:
    """Lens: long Thai words split in two at wide letter gaps."""
    return simple("layer_words_split", p, i, "Microsoft Lens", "คำร้องทั่วไป",
                  "แนบคำร้องค่ะ\n", layer_of=split_words)  # fmt: skip


def layer_column_order(p: Person, i: int) -> Case:
    """ABBYY on a two-column form: captions on the left, values in a column at the
    right; the layer holds every caption first, then every value (places right)."""
    rows = form_lines(p, i, SUBJECTS[i % 5])
    caps, vals = layout(rows, value_x=470)
    img = picture(caps + vals)
    pdf = searchable_pdf([(img, caps + vals)], producer="ABBYY FineReader 14")
    return Case("layer_column_order", message(p, i, "คำร้อง", "ส่งคำร้องครับ\n", pdf), exp(p))


def layer_top_only(p: Person, i: int) -> Case:
    """CamScanner's free OCR over the top of the page only: the layer stops after the
    name line; ID, birth date, address and phone are only in the picture."""
    img, _, _, layer = page(p, i)
    top = [t for t in layer if t[1] <= 190 + 78 * 5]
    pdf = searchable_pdf([(img, top)], producer="CamScanner")
    return Case("layer_top_only", message(p, i, "คำร้องค่ะ", "แนบคำร้องค่ะ\n", pdf), exp(p))


def layer_latin_only(p: Person, i: int) -> Case:
    """ocrmypdf run with -l eng over a Thai form: Thai as Latin junk, digits right."""
    return simple("layer_latin_only", p, i, "ocrmypdf 15.4.0 / Tesseract OCR-PDF 5.3.0",
                  "request form", "Please see attached.\n", layer_of=latin_only)  # fmt: skip


def layer_decomposed_am(p: Person, i: int) -> Case:
    """FineReader: sara am stored as nikhahit + sara aa (ทองคํา, ตําบล)."""
    return simple("layer_decomposed_am", p, i, "ABBYY FineReader PDF 16", "คำร้อง",
                  "ส่งคำร้องค่ะ\n", layer_of=decomposed_am)  # fmt: skip


def layer_captions_only(p: Person, i: int) -> Case:
    """A form filled in by hand (blue pen): the layer holds the printed captions with
    their dotted lines and not one handwritten value."""
    rows = form_lines(p, i, SUBJECTS[i % 5])
    caps, vals = layout(rows)
    dotted = [(x, y, t + " " + "." * 60) if t.startswith(("ข้าพเจ้า", "เลข", "เกิด", "อยู่", "โทร")) else (x, y, t)
              for x, y, t in caps]  # fmt: skip
    img = picture(dotted, hand=vals)
    pdf = searchable_pdf([(img, dotted)], producer="Adobe Scan for Android")
    return Case(
        "layer_captions_only", message(p, i, "ส่งคำร้อง", "แนบคำร้องที่เขียนแล้วค่ะ\n", pdf), exp(p)
    )


def photo_birth_year_misread(p: Person, i: int) -> Case:
    """A CamScanner phone photo (turned, shaded) with its watermark line; the layer reads
    one digit of the birth year wrong (2511 -> 2517)."""
    b = born_th(p.born, i)
    year = str(p.born.year + 543)
    wrong_year = year[:3] + other(year[3])

    def read(s: str) -> str:
        return s.replace(year, wrong_year) if s == b else s

    img, caps, vals, layer = page(p, i, value_layer=read)
    img = picture(caps + vals + [(560, 1700, "Scanned with CamScanner")], photo=True)
    layer = [*layer, (560, 1700, "Scanned with CamScanner")]
    pdf = searchable_pdf([(img, layer)], producer="CamScanner")
    return Case("photo_birth_year_misread", message(p, i, "คำร้องค่ะ", "ส่งจากมือถือค่ะ\n", pdf), exp(p))


def photo_name_misread(p: Person, i: int) -> Case:
    """A Lens phone photo: the layer reads one letter of the surname as a letter of like
    shape (ค/ด, ป/บ, ช/ซ, ท/ก, อ/ฮ, ส/ล, ว/ร, ง/จ...); the rest right."""
    like = {"ค": "ด", "ป": "บ", "ช": "ซ", "ท": "ก", "อ": "ฮ", "ส": "ล", "ว": "ร", "ง": "จ",
            "ก": "ถ", "ด": "ค", "น": "ม", "ร": "ว", "ญ": "ย", "ศ": "ค", "ย": "ญ", "บ": "ป"}  # fmt: skip
    at = next(n for n, c in enumerate(p.last) if c in like)
    misread = p.last[:at] + like[p.last[at]] + p.last[at + 1 :]

    def read(s: str) -> str:
        return s.replace(p.last, misread) if p.name in s else s

    img, caps, vals, layer = page(p, i, value_layer=read)
    img = picture(caps + vals, photo=True, grey=235)
    pdf = searchable_pdf([(img, layer)], producer="Microsoft Lens")
    return Case("photo_name_misread", message(p, i, "ส่งคำร้อง", "ถ่ายรูปคำร้องส่งมาครับ\n", pdf), exp(p))


STYLES: tuple[Style, ...] = (
    control_clean_layer, control_no_layer, control_thai_numerals,
    layer_tones_dropped, layer_lo_for_so, layer_id_digit_wrong, layer_phone_digit_wrong,
    layer_o_and_l, layer_words_split, layer_column_order, layer_top_only, layer_latin_only,
    layer_decomposed_am, layer_captions_only, photo_birth_year_misread, photo_name_misread,
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: ("control" if s.__name__.startswith("control") else
                 "photo" if s.__name__.startswith("photo") else "layer")
    for s in STYLES
}  # fmt: skip


def build_set() -> list[Case]:
    """Each style for two applicants (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)
