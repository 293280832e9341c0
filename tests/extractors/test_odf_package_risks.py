"""OpenDocument links to outside the file (extractors/package_risks.py): LibreOffice loads
on opening what a picture, a section, a linked table or a template names, and asks
another program for data by DDE. Such links are a defect naming their kinds, never their
targets; a picture kept inside the package and a hyperlink (followed on a click) are not."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.package_risks import package_risks

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def odt(body: str) -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>'
        f"<office:body><office:text><text:p>ชื่อ-นามสกุล: นางทดลอง ใจดี</text:p>{body}"
        "</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", "<manifest/>")
        package.writestr("content.xml", content)
        package.writestr("Pictures/1.png", b"\x89PNG")
    return out.getvalue()


INSIDE = (
    '<draw:frame><draw:image xlink:href="Pictures/1.png"/></draw:frame>'
    '<draw:frame><draw:object xlink:href="./Object 1"/></draw:frame>'
    '<text:p><text:a xlink:href="https://www.example.go.th/">เว็บไซต์</text:a></text:p>'
)


def test_pictures_inside_the_file_and_hyperlinks_are_no_risk() -> None:
    assert package_risks(odt(INSIDE)) == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ('<draw:frame><draw:image xlink:href="http://203.0.113.9/p.png"/></draw:frame>', "image"),
        ('<draw:frame><draw:image xlink:href="\\\\203.0.113.9\\s\\p.png"/></draw:frame>', "image"),
        ('<draw:frame><draw:image xlink:href="../../p.png"/></draw:frame>', "image"),
        (
            '<text:section text:name="S"><text:section-source xlink:href="file:///etc/passwd"/>'
            "</text:section>",
            "section-source",
        ),
        ('<text:p><office:dde-source office:dde-application="cmd"/></text:p>', "dde"),
    ],
)
def test_a_link_outside_the_file_is_named_by_kind_not_target(body: str, kind: str) -> None:
    risks = package_risks(odt(INSIDE + body))
    assert [code for code, _ in risks] == ["external_resources"]
    detail = risks[0][1]
    assert kind in detail and "1 link" in detail
    assert "203.0.113.9" not in detail and "passwd" not in detail and "cmd" not in detail
