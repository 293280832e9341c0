"""Test material built in code: form templates (independent of config/forms) and a
minimal PDF writer for fillable forms and page text (no PDF library involved)."""

from __future__ import annotations

from extractors.base import FieldSpec, FieldType, FormTemplate, TemplateRules


def field(
    key: str,
    labels: list[str],
    *,
    type: FieldType = "text",
    form_fields: tuple[str, ...] = (),
    multiline: bool = False,
    required: bool = False,
) -> FieldSpec:
    return FieldSpec(
        key=key,
        type=type,
        title_th=labels[0],
        title_en=labels[-1],
        labels=labels,
        form_fields=list(form_fields),
        multiline=multiline,
        required=required,
    )


GENERAL = FormTemplate(
    name="general_request",
    title_th="คำร้องทั่วไป",
    title_en="General request",
    rules=TemplateRules(subject_keywords=["คำร้องทั่วไป", "คำร้อง"], default=True),
    fields=[
        field(
            "full_name",
            ["ชื่อ-นามสกุล", "ชื่อ - สกุล", "ชื่อ", "Name", "Full name"],
            form_fields=("fullname", "applicant_name"),
            required=True,
        ),
        field(
            "national_id",
            ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "National ID"],
            type="national_id",
            form_fields=("citizen_id", "pid"),
            required=True,
        ),
        field("birth_date", ["วันเกิด", "Date of birth"], type="date"),
        field("phone", ["โทรศัพท์", "เบอร์โทรศัพท์", "เบอร์โทร", "Tel", "Phone"], type="phone"),
        field("email", ["อีเมล", "อีเมล์", "E-mail"], type="email"),
        field("address", ["ที่อยู่", "Address"], multiline=True),
        field("postal_code", ["รหัสไปรษณีย์", "Postcode"], type="postal_code"),
        field("province", ["จังหวัด", "Province"], type="province"),
        field("subject", ["เรื่อง", "Subject"]),
        field("details", ["รายละเอียด", "Details"], multiline=True),
    ],
)

COMPLAINT = FormTemplate(
    name="complaint",
    title_th="เรื่องร้องเรียน",
    title_en="Complaint",
    rules=TemplateRules(subject_keywords=["ร้องเรียน"], body_keywords=["ผู้ถูกร้องเรียน"]),
    fields=[
        field("full_name", ["ชื่อผู้ร้อง", "ชื่อ-นามสกุล", "Complainant"], required=True),
        field("phone", ["โทรศัพท์", "Phone"], type="phone"),
        field("respondent", ["ผู้ถูกร้องเรียน", "Respondent"]),
        field("subject", ["เรื่อง", "Subject"]),
        field("details", ["รายละเอียด", "Details"], multiline=True),
    ],
)

DOCUMENT = FormTemplate(
    name="document_request",
    title_th="คำขอเอกสาร",
    title_en="Document request",
    rules=TemplateRules(subject_keywords=["ปพ.1", "transcript"], required_labels_seen=2),
    fields=[
        # The same label as general_request's full_name, under another key.
        field("student_name", ["ชื่อ-นามสกุล", "ชื่อนักเรียน", "Student name"], required=True),
        field("school", ["โรงเรียน", "School"]),
        field("graduation_year", ["ปีที่จบการศึกษา", "Graduation year"]),
        field("phone", ["โทรศัพท์", "Phone"], type="phone"),
    ],
)


# --- a minimal PDF writer -----------------------------------------------------------


def utf16(text: str) -> bytes:
    """A PDF text string in UTF-16BE with a BOM, written as a hex string."""
    return b"<" + (b"\xfe\xff" + text.encode("utf-16-be")).hex().upper().encode() + b">"


def literal(text: str) -> bytes:
    """A PDF literal string of ASCII text."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("ascii") + b")"


def to_unicode_font(chars: list[str]) -> tuple[dict[str, int], bytes]:
    """Codes for each character and a ToUnicode CMap (any code points, PUA included)."""
    codes = {ch: 0x21 + i for i, ch in enumerate(chars)}
    codes[" "] = 0x20
    entries = b"".join(
        b"<%02X> <%s>\n" % (code, ch.encode("utf-16-be").hex().upper().encode())
        for ch, code in codes.items()
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /T def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
        + b"%d beginbfchar\n" % len(codes)
        + entries
        + b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    return codes, cmap


def build_pdf(
    fields: list[bytes] | None = None, lines: list[str] | None = None, kids: tuple[bytes, ...] = ()
) -> bytes:
    """One A4 page with text lines (any Unicode) and AcroForm field dictionaries.

    Object numbers: 1 catalog, 2 pages, 3 page, 4 font, 5 ToUnicode, 6 content, 7 fields
    array holder; fields from 8 on, then kids (not listed in /Fields); "{page}" in a
    field stands for the page reference.
    """
    lines = lines or []
    chars = sorted({ch for line in lines for ch in line if ch != " "})
    codes, cmap = to_unicode_font(chars)
    content = b"".join(
        b"BT /F1 12 Tf 50 %d Td <%s> Tj ET\n"
        % (800 - 20 * i, bytes(codes[ch] for ch in line).hex().encode())
        for i, line in enumerate(lines)
    )
    fields = fields or []
    field_refs = b" ".join(b"%d 0 R" % (8 + i) for i in range(len(fields)))
    acroform = b" /AcroForm << /Fields [%s] >>" % field_refs if fields else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R%s >>" % acroform,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R"
        b" /Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"null",
        *(f.replace(b"{page}", b"3 0 R") for f in [*fields, *kids]),
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_field(name: bytes, value: bytes | None, extra: bytes = b"") -> bytes:
    v = b" /V " + value if value is not None else b""
    return b"<< /FT /Tx /T %s%s /Subtype /Widget /Rect [0 0 100 20] /P {page}%s >>" % (
        name,
        v,
        extra,
    )
