"""The picture formats phones and web tools send a photo of a paper form in: an iPhone's
HEIC, Android's and web tools' AVIF, an animated WebP (a chat sticker, a screen
recording saved as one), and an SVG (a form drawn in a design tool: its words as <text>,
or a scan embedded as a data: URI). Each is attached to a mail under the content type
mail clients give it (often a wrong one) and read through the whole extraction; where a
file cannot be read the attachment gets a recorded reason, never nothing.

The page is a short Thai form drawn in a Thai font (as tests/extractors/
attachments_for_tests.form_image draws the longer one), three lines so that each
reading costs a second or two. All people and numbers are invented.
"""

from __future__ import annotations

import base64
import io
import random
import re
import struct
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from attachments_for_tests import FONT, Sample, make_sample
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import extractors.ocr as ocr
from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.sniff import sniff_type
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = load_templates(ROOT / "config" / "forms")
SAMPLE: Sample = make_sample(random.Random(61))
KEYS = ("full_name", "national_id", "phone")
TITLE = "แบบคำร้องทั่วไป"


def _lines() -> list[tuple[str, str]]:
    return [(label, value) for key, label, value in SAMPLE.pairs() if key in KEYS]


def form_page() -> Image.Image:
    """The short form as a phone sees it: grey-white paper, a little soft."""
    font = ImageFont.truetype(str(FONT), 34)
    page = Image.new("RGB", (1700, 460), (236, 234, 228))
    draw = ImageDraw.Draw(page)
    draw.text((560, 30), TITLE, font=ImageFont.truetype(str(FONT), 42), fill=(20, 20, 30))
    for i, (label, value) in enumerate(_lines()):
        draw.text((100, 140 + i * 95), f"{label}: {value}", font=font, fill=(20, 20, 30))
    return page.filter(ImageFilter.GaussianBlur(0.6))


def greeting_card() -> Image.Image:
    """A sticker's first frame: a few big words, no form."""
    page = Image.new("RGB", (1700, 460), (255, 255, 255))
    font = ImageFont.truetype(str(FONT), 90)
    ImageDraw.Draw(page).text((420, 160), "ขอบคุณครับ", font=font, fill=(200, 40, 40))
    return page


def blank_frame() -> Image.Image:
    return Image.new("RGB", (1700, 460), (255, 255, 255))


def saved(image: Image.Image, kind: str, **options: object) -> bytes:
    out = io.BytesIO()
    if kind == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    image.save(out, kind, **options)
    return out.getvalue()


def animated_webp(frames: list[Image.Image]) -> bytes:
    return saved(frames[0], "WEBP", save_all=True, append_images=frames[1:], duration=400,
                 loop=0, quality=90)  # fmt: skip


def mail_with(data: bytes, content_type: str, filename: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "citizen@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = "คำร้องทั่วไป"
    mail["Date"] = format_datetime(datetime(2026, 12, 4, tzinfo=UTC))
    mail["Message-ID"] = f"<photo-{filename}@example.org>"
    mail.set_content("ส่งแบบคำร้องตามรูปที่แนบมาครับ")
    maintype, subtype = content_type.split("/")
    mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(mail)


def extracted(data: bytes, content_type: str, filename: str) -> ExtractedCase:
    return extract_case(parse_message(mail_with(data, content_type, filename)), TEMPLATES)


def assert_form_read(case: ExtractedCase, page: int = 1) -> None:
    codes = [d.code for d in case.defects]
    assert "unsupported_content_type" not in codes, case.defects
    nid = re.sub(r"\D", "", SAMPLE.values["national_id"])
    phone = re.sub(r"\D", "", SAMPLE.values["phone"])
    assert case.fields.get("national_id") == nid, (case.fields.keys(), case.defects)
    assert case.fields.get("full_name") == SAMPLE.values["full_name"]
    assert re.sub(r"\D", "", str(case.fields.get("phone")))[-9:] == phone[-9:]
    prov = case.provenance["national_id"]
    assert prov.filename_index == 0 and prov.page == page


# --- content types from the bytes -------------------------------------------------------


def test_heic_and_avif_are_known_by_their_brand_whatever_the_mail_says() -> None:
    page = form_page().resize((170, 46))
    heic = saved(page, "HEIF")
    avif = saved(page, "AVIF")
    assert sniff_type(heic, "application/octet-stream", "IMG_0001.HEIC") == "image/heic"
    assert sniff_type(avif, "image/jpeg", "photo.jpg") == "image/avif"
    # an iPhone's own brands: major "mif1" with heic among the compatible ones
    mif1 = struct.pack(">I", 24) + b"ftypmif1\x00\x00\x00\x00mif1heic" + b"\x00" * 32
    assert sniff_type(mif1, None, None) == "image/heic"
    avis = struct.pack(">I", 24) + b"ftypavis\x00\x00\x00\x00avismif1" + b"\x00" * 32
    assert sniff_type(avis, None, None) == "image/avif"
    video = struct.pack(">I", 24) + b"ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 32
    assert sniff_type(video, None, None) not in ("image/heic", "image/avif")


@pytest.mark.parametrize(
    "head",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">',
        b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- Created with Inkscape -->\n'
        b'<svg xmlns="http://www.w3.org/2000/svg">',
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg version="1.1">',
    ],
)
def test_an_svg_is_known_as_one_not_as_xml_or_text(head: bytes) -> None:
    data = head + b"<text>x</text></svg>"
    assert sniff_type(data, "text/plain", "form.txt") == "image/svg+xml"
    assert sniff_type(b'<?xml version="1.0"?><request><name>x</name></request>', None, None) == (
        "application/xml"
    )


# --- read -------------------------------------------------------------------------------


def test_an_iphone_heic_photo_is_read() -> None:
    assert_form_read(
        extracted(saved(form_page(), "HEIF", quality=80), "image/heic", "IMG_4127.HEIC")
    )


def test_a_portrait_iphone_photo_is_turned_upright_once() -> None:
    """An iPhone stores a photo as the sensor saw it, with an orientation (EXIF 6 and the
    HEIF rotation): pillow-heif turns it and resets the EXIF tag, so the page is turned
    once, not twice."""
    ocr.open_heif()
    stored = form_page().resize((340, 92)).transpose(Image.Transpose.ROTATE_90)  # 92x340
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90 degrees clockwise
    with Image.open(io.BytesIO(saved(stored, "HEIF", exif=exif.tobytes()))) as image:
        [(number, page)] = ocr.image_pages(image)
    assert (number, page.size) == (1, (340, 92))


def test_an_avif_photo_sent_as_octet_stream_is_read() -> None:
    data = saved(form_page(), "AVIF", quality=80)
    assert_form_read(extracted(data, "application/octet-stream", "IMG_20261204.avif"))


def test_an_animated_webp_is_read_from_its_first_frame() -> None:
    data = animated_webp([form_page(), blank_frame(), blank_frame()])
    assert_form_read(extracted(data, "image/webp", "sticker.webp"))


def test_an_animated_webp_is_read_from_the_frame_with_the_form() -> None:
    data = animated_webp([blank_frame(), form_page(), form_page()])
    case = extracted(data, "image/png", "screen.png")  # a chat app's wrong type
    assert_form_read(case, page=2)


def test_an_animations_frames_with_text_are_read_once_each() -> None:
    data = animated_webp([blank_frame(), greeting_card(), form_page(), form_page(), blank_frame()])
    with Image.open(io.BytesIO(data)) as image:
        assert ocr.frames_to_read(image) == [2, 3]  # not the blank ones, nor the form's repeat


def test_an_apng_with_more_frames_of_text_than_are_read_gives_the_first_ones() -> None:
    """Each frame is made a page as it is looked at. Going back to an APNG's first frame
    after stopping before its end (MAX_PAGES frames with text found), then on to the
    next, raised 'APNG contains frame sequence errors' in Pillow 13: the file was not read."""
    card, form = greeting_card(), form_page()
    frames = [card, form, blank_frame(), card.rotate(180), form.rotate(180), card, blank_frame()]
    data = saved(frames[0], "PNG", save_all=True, append_images=frames[1:], duration=400)
    with Image.open(io.BytesIO(data)) as image:
        assert [number for number, _ in ocr.image_pages(image)] == [1, 2, 4, 5, 6]


def _svg(body: str, width: int = 1700, height: int = 460) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        "<!-- Created with Inkscape (http://www.inkscape.org/) -->\n"
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}">{body}</svg>'
    ).encode()


def test_an_svg_forms_words_are_read_from_its_text_elements() -> None:
    """As design tools write them: the title in a tspan, one label and value in one
    <text> (Inkscape), another as two <text> at the same baseline placed by a matrix
    (Illustrator), the third inside a translated group."""
    (l1, v1), (l2, v2), (l3, v3) = (tuple(escape(s) for s in pair) for pair in _lines())
    body = (
        f'<text x="560" y="70" style="font-size:42px"><tspan x="560" y="70">{TITLE}</tspan></text>'
        f'<text x="100" y="180"><tspan x="100" y="180">{l1}:</tspan>'
        f'<tspan x="420" y="180">{v1}</tspan></text>'
        f'<text transform="matrix(1 0 0 1 100 275)">{l2}:</text>'
        f'<text transform="matrix(1 0 0 1 520 275.4)">{v2}</text>'
        f'<g transform="translate(100,370)"><text>{l3}: <tspan>{v3}</tspan></text></g>'
        '<rect x="80" y="120" width="1500" height="300" fill="none" stroke="#000"/>'
    )
    case = extracted(_svg(body), "image/svg+xml", "form.svg")
    codes = [d.code for d in case.defects]
    assert "unsupported_content_type" not in codes, case.defects
    nid = re.sub(r"\D", "", SAMPLE.values["national_id"])
    assert case.fields.get("national_id") == nid, case.defects
    assert case.fields.get("full_name") == SAMPLE.values["full_name"]
    assert (
        re.sub(r"\D", "", str(case.fields.get("phone")))[-9:]
        == re.sub(r"\D", "", SAMPLE.values["phone"])[-9:]
    )
    assert case.provenance["national_id"].filename_index == 0


def test_an_svg_with_a_scan_embedded_as_a_data_uri_is_read_by_ocr() -> None:
    png = base64.b64encode(saved(form_page(), "PNG")).decode()
    body = f'<image width="1700" height="460" xlink:href="data:image/png;base64,{png}"/>'
    case = extracted(_svg(body), "image/svg+xml", "scan.svg")
    assert_form_read(case)
    assert case.provenance["national_id"].kind == "ocr"


def test_an_svg_of_outlines_only_says_so() -> None:
    body = '<path d="M 10 10 L 200 10 L 200 80 Z" fill="#000"/>'
    case = extracted(_svg(body), "image/svg+xml", "drawing.svg")
    assert [d.code for d in case.defects if d.part == "2"] == ["svg_no_text"]


# --- hostile ----------------------------------------------------------------------------


def _laughs() -> str:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    return f"<!DOCTYPE svg [{entities}]>"


def test_an_svg_billion_laughs_is_refused_unexpanded() -> None:
    label, value = _lines()[1]
    data = (
        '<?xml version="1.0"?>' + _laughs() + '<svg xmlns="http://www.w3.org/2000/svg">'
        f'<title>&a9;</title><text x="10" y="50">{label}: {value}</text></svg>'
    ).encode()
    case = extracted(data, "image/svg+xml", "laughs.svg")
    refused = [d for d in case.defects if d.part == "2"]
    assert [d.code for d in refused] == ["svg_refused"]
    assert "entit" in refused[0].detail
    assert case.fields["national_id"] is None  # nothing read from a file refused
    assert "haha" not in str(case.model_dump())


def test_an_svg_never_reads_a_file_or_url_it_points_at(tmp_path: Path) -> None:
    """An external entity, an <image> and a <use> of a local file holding a real form,
    and an XInclude: none is opened, each is said."""
    secret = tmp_path / "form.png"
    secret.write_bytes(saved(form_page(), "PNG"))
    secret_txt = tmp_path / "secret.txt"
    secret_txt.write_text("เลขประจำตัวประชาชน: 1101700203451\n", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file://{secret_txt}">]>'
        '<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="20">&x;</text></svg>'
    ).encode()
    case = extracted(xxe, "image/svg+xml", "xxe.svg")
    assert [d.code for d in case.defects if d.part == "2"] == ["svg_refused"]
    assert "1101700203451" not in str(case.model_dump())

    body = (
        f'<image width="1700" height="460" xlink:href="file://{secret}"/>'
        f'<image width="10" height="10" href="http://127.0.0.1:9/form.png"/>'
        f'<use xlink:href="file://{secret}#a"/>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret_txt}"'
        ' parse="text"/>'
    )
    case = extracted(_svg(body), "image/svg+xml", "linked.svg")
    assert case.fields["national_id"] is None and case.fields["full_name"] is None
    assert "1101700203451" not in str(case.model_dump())
    ignored = [d for d in case.defects if d.code == "svg_external_ignored"]
    assert len(ignored) == 1 and ignored[0].detail.startswith("4 "), case.defects
    assert str(tmp_path) not in str(case.model_dump())  # the paths are not echoed back


@pytest.mark.parametrize(
    ("kind", "content_type", "refusal"),
    [
        ("HEIF", "image/heic", "DecompressionBombError"),  # Pillow's cap, from the header
        ("AVIF", "image/avif", "UnidentifiedImageError"),  # libavif's own size limit
    ],
)
def test_a_60000_pixel_square_photo_is_refused_before_it_is_decoded(
    kind: str, content_type: str, refusal: str
) -> None:
    """A real HEIC or AVIF whose header claims 60000x60000 (3.6 Gpx): decoding it would
    need 10 GB and go over the OCR child's 2 GB (ocr_limit); it is refused from the header."""
    small = saved(Image.new("RGB", (64, 64), "white"), kind)
    at = small.find(b"ispe")
    assert at > 0
    bomb = small[: at + 8] + struct.pack(">II", 60000, 60000) + small[at + 16 :]
    case = extracted(bomb, content_type, "IMG_0002." + kind.lower())
    refused = [(d.code, d.detail) for d in case.defects if d.part == "2"]
    assert refused == [("ocr_failed", refusal)]


def test_an_animated_image_is_looked_at_for_a_bounded_number_of_frames() -> None:
    """A 30-frame animation of blank frames: only the first frames are looked at, none
    is read, and the case says the frames past the cap were not."""
    frames = [blank_frame().resize((400, 120)) for _ in range(30)]
    frames = [f.copy() for f in frames]
    for n, frame in enumerate(frames):  # a speck moving: the encoder keeps every frame
        ImageDraw.Draw(frame).point((n, 0), fill=(0, 0, 0))
    data = saved(frames[0], "WEBP", save_all=True, append_images=frames[1:], lossless=True)
    case = extracted(data, "image/webp", "long.webp")
    codes = [d.code for d in case.defects if d.part == "2"]
    assert codes == ["ocr_frames_unread"]
    assert case.fields["national_id"] is None


# --- the page a clerk checks the values against -----------------------------------------


def test_the_page_image_of_an_avif_is_a_png() -> None:
    """(A HEIC's: tests/review/test_review_page_image.py, through the case page.)"""
    png = ocr.render_page(saved(form_page(), "AVIF"), "image/avif", 1)  # in the child
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(png)) as shown:
        assert shown.width <= 1000 and shown.height > 100


def test_the_page_image_of_an_animation_is_the_frame_read() -> None:
    data = animated_webp([blank_frame(), form_page()])
    with Image.open(io.BytesIO(ocr.render_page(data, "image/webp", 2))) as shown:
        assert shown.convert("L").getextrema()[0] < 100  # the form's ink, not the blank frame


def test_the_page_image_of_an_svg_is_its_embedded_scan_drawn_as_a_png() -> None:
    logo = base64.b64encode(saved(greeting_card().resize((340, 92)), "PNG")).decode()
    scan = base64.b64encode(saved(form_page(), "JPEG")).decode()
    data = _svg(
        f'<image width="340" height="92" href="data:image/png;base64,{logo}"/>'
        f'<image y="100" width="1700" height="460" href="data:image/jpeg;base64,{scan}"/>'
        '<script>alert("pwned")</script>'
    )
    png = ocr.render_page(data, "image/svg+xml", 2)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and b"pwned" not in png
    with Image.open(io.BytesIO(png)) as shown:
        assert shown.width == 1000  # the scan (1700 wide), not the logo (340)
    with pytest.raises(ValueError):
        ocr.render_page(data, "image/svg+xml", 3)


def test_a_web_form_saved_as_an_svg_is_read_from_its_foreign_object() -> None:
    """Web tools (html-to-image, dom-to-svg) save a filled web form as an SVG holding the
    page's XHTML in a <foreignObject>; its picture source is never fetched."""
    rows = "".join(
        f"<tr><td>{escape(label)}</td><td>{escape(v)}</td></tr>" for label, v in _lines()
    )
    body = (
        '<foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml">'
        f'<h2>{TITLE}</h2><img src="https://forms.example.go.th/logo.png"/>'
        f"<table>{rows}</table></div></foreignObject>"
    )
    case = extracted(_svg(body), "image/svg+xml", "form-export.svg")
    assert case.fields.get("national_id") == re.sub(r"\D", "", SAMPLE.values["national_id"])
    assert case.fields.get("full_name") == SAMPLE.values["full_name"]
    assert [d.code for d in case.defects if d.part == "2"] == ["svg_external_ignored"]
