"""AcroForm fields a viewer hides, and XFA forms whose values are only in the datasets
packet (extractors/pdf_form.py, extractors/pdf_xfa.py)."""

from __future__ import annotations

from pathlib import Path

from unseen_requests_5 import pdf_page
from unseen_requests_11 import PEOPLE as PEOPLE_11
from unseen_requests_11 import Widget, add_widgets, printed_labels

from extractors.pdf_form import read_acroform
from extractors.pdf_xfa import field_path, value_for

PERSON = PEOPLE_11[0]


def test_a_hidden_field_is_not_read() -> None:
    shown = Widget("Text1", "นางทดลอง ใจดี", 62, 44)
    hidden = Widget("Test1", "นายทดสอบ ระบบงาน", 62, 44, hidden=True)
    data = add_widgets(pdf_page(printed_labels(PERSON), 12), [hidden, shown])
    values, _ = read_acroform(data)
    assert values == {"Text1": "นางทดลอง ใจดี"}


def test_xfa_datasets_fill_fields_without_a_value() -> None:
    xfa = (b'<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>'
           b"<form1><FullName>Somchai</FullName><Mobile>0812345678</Mobile></form1>"
           b"</xfa:data></xfa:datasets>")  # fmt: skip
    widgets = [Widget("form1[0].#subform[0].FullName[0]", "", 62, 44),
               Widget("form1[0].#subform[0].Mobile[0]", "", 62, 56),
               Widget("form1[0].#subform[0].Email[0]", "", 62, 68)]  # fmt: skip
    data = add_widgets(pdf_page(printed_labels(PERSON), 12), widgets, xfa=xfa, values=False)
    values, _ = read_acroform(data)
    assert values["form1[0].#subform[0].FullName[0]"] == "Somchai"
    assert values["form1[0].#subform[0].Mobile[0]"] == "0812345678"
    assert values["form1[0].#subform[0].Email[0]"] == ""


def test_a_field_binds_by_path_then_by_a_unique_leaf() -> None:
    values = {("form1", "Name"): "a", ("form1", "Sub", "Phone"): "b", ("x", "Phone"): "c"}
    assert field_path("form1[0].#subform[2].Name[0]") == ("form1", "Name")
    assert value_for("form1[0].Name[0]", values) == "a"
    assert value_for("other[0].Name[0]", values) == "a"
    assert value_for("form1[0].Phone[0]", values) == ""  # two leaves of that name


def test_a_field_off_the_page_or_shrunk_to_nothing_is_not_read() -> None:
    shown = Widget("Text1", "นางทดลอง ใจดี", 62, 44)
    off_page = Widget("Test1", "นายทดสอบ ระบบงาน", 250, 44)
    shrunk = Widget("Test2", "test@example.com", 62, 56, w=0.01)
    data = add_widgets(pdf_page(printed_labels(PERSON), 12), [off_page, shrunk, shown])
    values, _ = read_acroform(data)
    assert values == {"Text1": "นางทดลอง ใจดี"}


def test_xfa_datasets_declaring_entities_are_a_defect_and_the_values_around_them_read() -> None:
    """A DTD in an XFA packet is written only by hand (XXE, expansion): flagged, never
    expanded or fetched, and the typed values beside the entity still fill the fields."""
    xfa = (b'<?xml version="1.0"?><!DOCTYPE xfa:datasets [<!ENTITY s SYSTEM '
           b'"file:///etc/hostname"><!ENTITY l "lol">]><xfa:datasets xmlns:xfa='
           b'"http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><form1><FullName>Somchai'
           b"</FullName><Mobile>0812345678</Mobile><Detail>&s;&l;</Detail></form1>"
           b"</xfa:data></xfa:datasets>")  # fmt: skip
    widgets = [Widget("form1[0].#subform[0].FullName[0]", "", 62, 44),
               Widget("form1[0].#subform[0].Mobile[0]", "", 62, 56),
               Widget("form1[0].#subform[0].Detail[0]", "", 62, 68)]  # fmt: skip
    data = add_widgets(pdf_page(printed_labels(PERSON), 12), widgets, xfa=xfa, values=False)
    values, defects = read_acroform(data)
    assert values["form1[0].#subform[0].FullName[0]"] == "Somchai"
    assert values["form1[0].#subform[0].Mobile[0]"] == "0812345678"
    assert values["form1[0].#subform[0].Detail[0]"] == ""
    assert [d.code for d in defects] == ["pdf_xfa_entities"]
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in "".join(values.values())


def test_an_xfa_form_without_a_dtd_is_no_defect() -> None:
    xfa = (b'<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>'
           b"<form1><FullName>Somchai</FullName></form1></xfa:data></xfa:datasets>")  # fmt: skip
    widgets = [Widget("form1[0].#subform[0].FullName[0]", "", 62, 44)]
    data = add_widgets(pdf_page(printed_labels(PERSON), 12), widgets, xfa=xfa, values=False)
    values, defects = read_acroform(data)
    assert values["form1[0].#subform[0].FullName[0]"] == "Somchai" and not defects
