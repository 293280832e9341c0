"""What Word shows that python-docx's body text leaves out or adds (set 11's shapes):
hidden text, controls labelled only by their title, controls bound to custom XML, an
imported HTML chunk, a group of text-box shapes, values typed in boxes."""

from __future__ import annotations

import email
from email import policy

import pytest
import unseen_requests_11 as set11

from extractors.docx_form import docx_parts

PERSON = set11.PEOPLE[1]


def attached(raw: bytes) -> bytes:
    message = email.message_from_bytes(raw, policy=policy.default)
    part = next(message.iter_attachments())
    content = part.get_content()
    assert isinstance(content, bytes)
    return content


def body_of(style: set11.Style, i: int) -> list[str]:
    return docx_parts(attached(style(PERSON, i).raw))[0]


@pytest.mark.parametrize("i", [0, 1])
def test_hidden_text_is_not_read(i: int) -> None:
    body = "\n".join(body_of(set11.docx_hidden_hints, i))
    assert PERSON.nid in body
    assert "สมชาย" not in body and "เช่น" not in body


@pytest.mark.parametrize("i", [0, 1])
def test_a_control_alone_is_labelled_by_its_title(i: int) -> None:
    body = body_of(set11.docx_sdt_titles_only, i)
    assert f"เลขประจำตัวประชาชน: {PERSON.nid}" in "\n".join(body).replace("\x1f", "\n")


def test_bound_controls_show_the_custom_xml_values() -> None:
    body = "\n".join(body_of(set11.docx_bound_custom_xml, 0))
    assert f"เลขประจำตัวประชาชน : {PERSON.nid}" in body
    assert "คลิกหรือแตะ" not in body


@pytest.mark.parametrize("i", [0, 1])
def test_an_html_chunk_is_read_in_place(i: int) -> None:
    body = "\n".join(body_of(set11.docx_altchunk_html, i))
    assert PERSON.nid in body and PERSON.email in body


@pytest.mark.parametrize("i", [0, 1])
def test_grouped_boxes_are_read_by_where_they_are_drawn(i: int) -> None:
    body = body_of(set11.docx_grouped_shapes, i)
    assert f"เลขประจำตัวประชาชน\t{PERSON.nid}" in body


@pytest.mark.parametrize("i", [0, 1])
def test_a_value_typed_in_boxes_is_one_value(i: int) -> None:
    body = "\n".join(body_of(set11.docx_id_digit_cells, i))
    digits = body.replace("-", "")
    assert PERSON.nid in digits
    assert str(PERSON.born.year + 543) in body
