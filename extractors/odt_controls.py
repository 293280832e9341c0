"""The values typed in an OpenDocument file's form controls (set 43: an .odt form the
agency made with LibreOffice's text boxes). The controls live apart from the text, in
office:forms; the page shows each where a draw:control in a paragraph points at its id.

What a control holds (ODF 1.2 part 1, 13.5 and 19.x; LibreOffice's xmloff
valueproperties.cxx): form:current-value is the value as typed (a text box's Text), while
form:value is the default the form's maker set (its DefaultText). Only the first is the
citizen's; a current value still equal to the default, or a prompt ("ระบุ"), is unfilled
(unlike a PDF's /DV, which LibreOffice's export sets to the value typed).
A list box's chosen entry is the form:option marked form:current-selected."""

from __future__ import annotations

from typing import Any

from extractors.unfilled import unfilled

_FORM = "urn:oasis:names:tc:opendocument:xmlns:form:1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
MAX_CONTROLS = 1000
# The controls a citizen types or picks an answer in (buttons, check boxes and labels
# are the form's own print)
_ENTRIES = ("text", "textarea", "formatted-text", "number", "date", "time", "combobox",
            "listbox")  # fmt: skip


def control_values(root: Any) -> dict[str, str]:
    """Entry control id (xml:id and the older form:id) -> the value it shows ("" when
    unfilled)."""
    values: dict[str, str] = {}
    for control in root.iter(*(f"{{{_FORM}}}{tag}" for tag in _ENTRIES)):
        if len(values) >= MAX_CONTROLS:
            break
        ids = {control.get(_XML_ID), control.get(f"{{{_FORM}}}id")} - {None}
        if not ids:
            continue
        value = _typed(control)
        for ident in ids:
            values[ident] = value
    return values


def _typed(control: Any) -> str:
    current = control.get(f"{{{_FORM}}}current-value")
    if current is None and control.tag == f"{{{_FORM}}}listbox":
        chosen = [
            o.get(f"{{{_FORM}}}label") or o.get(f"{{{_FORM}}}value") or ""
            for o in control.iter(f"{{{_FORM}}}option")
            if o.get(f"{{{_FORM}}}current-selected") == "true"
        ]
        current = ", ".join(c for c in chosen if c)
    default = (control.get(f"{{{_FORM}}}value") or "").strip()
    if current is None or unfilled(current) or (default and current.strip() == default):
        return ""
    return current.strip()
