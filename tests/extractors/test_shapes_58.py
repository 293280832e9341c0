"""Unit tests for the shapes blind set 58 (a municipality's public health and environment
desk: nuisance complaints naming the place complained of and its owner, pets registered
by their owners, employers writing for staff, chairmen for their communities) found the
readers missing (issue 8): each names the way a request is laid out that it covers, with
examples written afresh, not the set's strings. Names and numbers are invented; each
ID's check digit is computed."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def with_check(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def mail(text: str, *, html: str | None = None, sender: str = "") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender or "someone <someone@example.com>"
    msg["To"] = "health@example.go.th"
    msg["Subject"] = "ร้องเรียน"
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_shop_owners_number_is_not_the_anonymous_complainants() -> None:
    """ "เจ้าของร้านชื่อนาย... เบอร์ 08...": the owner's number, named by his role; the
    complainant's own is where she is to be called back ("โทรกลับได้ที่")."""
    text = (
        "เรียนเจ้าหน้าที่\n"
        "ร้านหมูกระทะป้าแดง เลขที่ 9/4 ถนนเพชรเกษม เปิดเพลงดังทุกคืน เจ้าของร้านชื่อนายมานพ ดีเด่น "
        "เบอร์ 0861234570 บอกแล้วไม่ฟัง\n"
        "หนูไม่ประสงค์ออกนามค่ะ ถ้าสอบถามเพิ่มโทรกลับได้ที่ 092-118-4476\n"
    )
    assert mail(text).fields["phone"] == "+66921184476"


def test_the_row_of_the_one_complained_of_is_not_the_complainants() -> None:
    """An e-service's table: "โทรศัพท์ผู้ก่อเหตุ" is the phone of the one who causes the
    nuisance, another party, as ผู้ถูกร้องเรียน is."""
    text = (
        "ชื่อผู้ร้องเรียน: นายวิชัย รักสงบ\n"
        "โทรศัพท์ผู้ร้องเรียน: 081-440-2291\n"
        "ชื่อสถานที่/ผู้ก่อเหตุ: โรงงานน้ำแข็ง (นายเสริม ทองมา)\n"
        "โทรศัพท์ผู้ก่อเหตุ: 089-771-0032\n"
    )
    found = mail(text)
    assert found.fields["phone"] == "+66814402291"
    assert found.fields["full_name"] == "นายวิชัย รักสงบ"
    # the same rows as an HTML table's header and data cells (no one-cell heading row)
    rows = "".join(
        f"<tr><th>{label}</th><td>{value}</td></tr>"
        for label, value in (line.split(": ", 1) for line in text.splitlines())
    )
    found = mail("เรื่องร้องเรียนใหม่", html=f"<html><body><table>{rows}</table></body></html>")
    assert found.fields["phone"] == "+66814402291"


def test_the_owners_number_in_the_representatives_sentence_is_his() -> None:
    """A petition's ข้าพเจ้า sentence gives the writer's number, then the farm's owner
    "เจ้าของคือ นาย... โทร 08...": that one is the owner's, also where a label reader
    takes "โทร" as a label mid-line; the writer's, wrapped after its second group
    ("081 993" / "4418"), is joined back."""
    nid = with_check("370020071145")
    text = (
        f"ข้าพเจ้า นายประยงค์ ศรีนวล เลขประจำตัวประชาชน {nid}\n"
        "อยู่บ้านเลขที่ 14 หมู่ 3 ตำบลหนองอ้อ อำเภอบ้านโป่ง จ.ราชบุรี 70110 โทร 086 337\n"
        "5120 ในฐานะผู้แทนชาวบ้าน ขอร้องเรียนโรงเลี้ยงไก่ ตั้งอยู่ หมู่ 3\n"
        "ต.หนองอ้อ เจ้าของคือ นายสมหมาย ปานทอง โทร 0897762213\n"
        "ปล่อยกลิ่นเหม็นตลอดวัน\n"
    )
    assert mail(text).fields["phone"] == "+66863375120"


def test_the_licensee_named_in_the_body_over_the_managers_signature() -> None:
    """A shop's manager writes for its licensee, "ร้าน... โดย นาง... ผู้รับใบอนุญาต" with
    the licensee's ID, home and phone: the request is the licensee's; the manager's own
    name and mobile under the closing are hers, not the case's."""
    nid = with_check("370080044512")
    text = (
        "เรียน งานสุขาภิบาลอาหาร\n\n"
        "ร้านก๋วยเตี๋ยวเรือป้าน้อย (ใบอนุญาตเลขที่ 41/2569) โดย นางน้อย ใจดี ผู้รับใบอนุญาต "
        f"เลขประจำตัวประชาชน {nid} ที่อยู่ 5 หมู่ 2 ต.หนองปลาหมอ อ.บ้านโป่ง จ.ราชบุรี 70110 "
        "โทร 081-223-4455 ขอส่งรายชื่อพนักงานเข้าอบรมค่ะ\n\n"
        "ขอบคุณค่ะ\n\n"
        "นางสาวสุดา มั่นคง\nผู้จัดการร้าน\nMobile 086-778-9911\n"
    )
    found = mail(text, sender="Suda M. <suda.shop@example.com>")
    assert found.fields["full_name"] == "นางน้อย ใจดี"
    assert found.fields["phone"] == "+66812234455"
    assert found.fields["national_id"] == nid


def test_an_ocr_line_does_not_lift_another_persons_phone_as_a_label() -> None:
    """A scanned petition's line "เจ้าของคือ นาย... โทร 08...": the OCR reader lifts a
    typed field's label from inside a line ("อาชีพ ... โทรศัพท์ 08..."), but not a phone
    the line says is another's; the writer's own after her address still is."""
    from extractors.extract import matcher_for
    from extractors.ocr import read_line

    labels = matcher_for(TEMPLATES)
    theirs = "ต.หนองอ้อ (ท้ายซอยวัดหนองอ้อ) เจ้าของคือ นายสมหมาย ปานทอง โทร 0897762213"
    assert read_line(theirs, labels) == theirs
    own = "14 ม.3 ต.หนองอ้อ อ.บ้านโป่ง ราชบุรี 70110 โทร 086-337-5120"
    assert read_line(own, labels) == "โทร 086-337-5120"
