"""A one-page fillable PDF (AcroForm text fields) written by hand, no dependencies.

Field names and values that are not ASCII are stored as UTF-16BE strings with a BOM,
the way form-filling tools save Thai. `/NeedAppearances true` asks viewers to draw the
values, so no appearance streams (and no Thai font) are needed. The page carries ASCII
captions only, so its page text holds labels but no values.
"""

from __future__ import annotations

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
ROW_HEIGHT = 40
FIRST_FIELD_OBJ = 7  # objects 1-6 are catalog, pages, page, acroform, font, contents


def pdf_string(text: str) -> bytes:
    """A PDF string: literal for ASCII, UTF-16BE hex with BOM otherwise."""
    if text.isascii():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _contents(captions: list[str], title: str) -> bytes:
    lines = [f"BT /Helv 16 Tf 50 {PAGE_HEIGHT - 60} Td ".encode() + pdf_string(title) + b" Tj ET"]
    for i, caption in enumerate(captions):
        y = PAGE_HEIGHT - 110 - i * ROW_HEIGHT
        lines.append(f"BT /Helv 10 Tf 50 {y + 6} Td ".encode() + pdf_string(caption) + b" Tj ET")
    return b"\n".join(lines) + b"\n"


def _field(index: int, name: str, value: str, parent_obj: int | None) -> bytes:
    y = PAGE_HEIGHT - 110 - index * ROW_HEIGHT
    parent = f" /Parent {parent_obj} 0 R".encode() if parent_obj else b""
    return (
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /P 3 0 R"
        + parent
        + f" /Rect [200 {y} 545 {y + 22}]".encode()
        + b" /T "
        + pdf_string(name)
        + b" /V "
        + pdf_string(value)
        + b" /DA (/Helv 10 Tf 0 g) >>"
    )


def build_form_pdf(
    fields: list[tuple[str, str]],
    *,
    captions: list[str] | None = None,
    title: str = "Request form",
    parent: str | None = None,
) -> bytes:
    """Return the bytes of a 1-page PDF with one text field per (name, value).

    `captions` are the visible ASCII labels beside the fields (default: the field
    name when it is ASCII, else "Field N"). With `parent`, the fields are kids of one
    non-terminal field of that name, as Acrobat and LiveCycle save them, so their fully
    qualified names read "parent.name".
    """
    if captions is None:
        captions = [n if n.isascii() else f"Field {i + 1}" for i, (n, _) in enumerate(fields)]
    refs = b" ".join(f"{FIRST_FIELD_OBJ + i} 0 R".encode() for i in range(len(fields)))
    parent_obj = FIRST_FIELD_OBJ + len(fields) if parent else None
    top = f"{parent_obj} 0 R".encode() if parent_obj else refs
    contents = _contents(captions, title)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}]".encode()
        + b" /Resources << /Font << /Helv 5 0 R >> >> /Contents 6 0 R /Annots ["
        + refs
        + b"] >>",
        b"<< /Fields ["
        + top
        + b"] /NeedAppearances true /DA (/Helv 0 Tf 0 g)"
        + b" /DR << /Font << /Helv 5 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(contents)} >>\nstream\n".encode() + contents + b"endstream",
    ]
    objects += [_field(i, name, value, parent_obj) for i, (name, value) in enumerate(fields)]
    if parent:
        objects.append(b"<< /T " + pdf_string(parent) + b" /Kids [" + refs + b"] >>")
    return _assemble(objects)


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)
