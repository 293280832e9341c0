"""An .odt form made with LibreOffice's form controls (set 43): the typed value of a text
box is in its form:current-value (ODF 1.2 §19.x; LibreOffice's xmloff writes the control's
Text there and its DefaultText as form:value), the box drawn in the paragraph after its
printed label by a draw:control pointing at the control's id. Made-up people."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import quoteattr

from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.office_text import odt_lines
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xml="http://www.w3.org/XML/1998/namespace"'
)


def odt(controls: str, body: str) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
        f'<office:body><office:text><office:forms><form:form form:name="Form">{controls}'
        f"</form:form></office:forms>{body}</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content.encode())
    return out.getvalue()


def text_box(
    ident: str, current: str | None, default: str | None = None, *, by: str = "xml:id"
) -> str:
    attrs = f' {by}="{ident}"'
    attrs += f" form:current-value={quoteattr(current)}" if current is not None else ""
    attrs += f" form:value={quoteattr(default)}" if default is not None else ""
    return f'<form:text form:name="{ident}"{attrs}><form:properties/></form:text>'


def drawn(label: str, ident: str) -> str:
    return (f'<text:p>{label}<text:tab/><draw:control draw:control="{ident}" '
            'svg:width="9cm" svg:height="0.7cm"/></text:p>')  # fmt: skip


def test_a_text_box_s_typed_value_is_read_beside_its_label() -> None:
    controls = (
        text_box("c1", "นางสาวพิมพ์ชนก แสงทอง")
        + text_box("c2", "0865512094", by="form:id")  # older files: form:id
        + text_box("c3", "42/8 หมู่ที่ 3 ตำบลท่าข้าม", default="ระบุ")
    )
    body = drawn("ชื่อ-นามสกุล", "c1") + drawn("โทรศัพท์มือถือ", "c2") + drawn("ที่อยู่", "c3")
    lines = [" ".join(line.split()) for line in odt_lines(odt(controls, body))]
    assert "ชื่อ-นามสกุล นางสาวพิมพ์ชนก แสงทอง" in lines
    assert "โทรศัพท์มือถือ 0865512094" in lines
    assert "ที่อยู่ 42/8 หมู่ที่ 3 ตำบลท่าข้าม" in lines


def test_address_parts_in_boxes_make_the_address() -> None:
    rows = [("ชื่อ-นามสกุล", "นายสมปอง ใจงาม"), ("บ้านเลขที่", "42/8"), ("ซอย", "ระบุ"),
            ("ถนน", "สุขุมวิท"), ("ตำบล", "ท่าข้าม"), ("อำเภอ", "บางปะกง"),
            ("จังหวัด", "ฉะเชิงเทรา"), ("รหัสไปรษณีย์", "24130")]  # fmt: skip
    controls = "".join(text_box(f"c{n}", v, "ระบุ") for n, (_, v) in enumerate(rows))
    body = "".join(drawn(a, f"c{n}") for n, (a, _) in enumerate(rows))
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.com", "saraban@example.go.th", "คำร้อง"
    msg.set_content("ส่งแบบคำร้องตามแนบ\n")
    msg.add_attachment(odt(controls, body), maintype="application",
                       subtype="vnd.oasis.opendocument.text", filename="form.odt")  # fmt: skip
    fields = extract_case(parse_message(bytes(msg)), TEMPLATES).fields
    assert fields["full_name"] == "นายสมปอง ใจงาม"
    assert fields["address"] is not None and fields["address"].startswith("42/8 ถนน")
    assert "ระบุ" not in fields["address"] and "บางปะกง" in fields["address"]
    assert (fields["province"], fields["postal_code"]) == ("ฉะเชิงเทรา", "24130")


def test_a_box_left_at_its_default_or_prompt_shows_the_blank() -> None:
    controls = (
        text_box("c1", "ระบุ", default="ระบุ")
        + text_box("c2", None, default="กรอกอีเมล (ถ้ามี)")  # never typed in
        + text_box("c3", "(ถ้ามี)")
    )
    controls += '<form:checkbox xml:id="c4" form:label="ยินยอม"/>'  # no entry: no blank
    body = drawn("ซอย", "c1") + drawn("อีเมล", "c2") + drawn("โทรสาร", "c3") + drawn("ข้อ", "c4")
    lines = odt_lines(odt(controls, body))
    assert [line.strip() for line in lines] == ["ซอย -", "อีเมล -", "โทรสาร -", "ข้อ"]
