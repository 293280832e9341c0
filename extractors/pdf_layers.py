"""Optional content a PDF switches off: not what a reader sees, so not read.

A designer's form may keep a layer (an optional content group) of example values, hints
or an old applicant's answers, turned off in the file's default view: Acrobat and the
browsers do not show it, but the page's text holds it, and read from the text layer it
joins the citizen's values ("นางสาวศิริพร มณีวงศ์ นายสมชาย ใจดี") or replaces them. Here
the content of every group the default view turns off is removed before the page is
read: form XObjects marked with such a group are emptied, and marked content
(`/OC /name BDC ... EMC`) of one is cut out of the page's content streams.
"""

from __future__ import annotations

import io
from typing import Any

import pikepdf
from pikepdf import Name

MAX_PAGES = 10  # as extractors.pdf_form reads


def without_hidden_layers(data: bytes) -> bytes:
    """The PDF without its switched-off optional content; the bytes as they came when it
    has none, or when they cannot be rewritten (the usual readers then see them all)."""
    if b"/OCProperties" not in data:
        return data
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            off = _switched_off(pdf)
            if not off:
                return data
            for page in list(pdf.pages)[:MAX_PAGES]:
                _strip(pdf, page.obj, off, depth=0)
            out = io.BytesIO()
            pdf.save(out)
            return out.getvalue()
    except Exception:  # a broken or hostile file: read as it is, as before
        return data


def _switched_off(pdf: pikepdf.Pdf) -> set[tuple[int, int]]:
    """The object ids of the groups the default view hides: listed in /OFF, or all not
    listed in /ON when the base state is OFF."""
    props = pdf.Root.get("/OCProperties")
    if not isinstance(props, pikepdf.Dictionary):
        return set()
    view = props.get("/D")
    groups = [g for g in props.get("/OCGs", []) if g.is_indirect]
    if not isinstance(view, pikepdf.Dictionary):
        return set()
    if view.get("/BaseState") == Name.OFF:
        on = {g.objgen for g in view.get("/ON", []) if g.is_indirect}
        return {g.objgen for g in groups if g.objgen not in on}
    return {g.objgen for g in view.get("/OFF", []) if g.is_indirect}


def _hidden(oc: Any, off: set[tuple[int, int]]) -> bool:
    """A group that is off, or a membership dictionary whose groups are all off."""
    if not isinstance(oc, pikepdf.Dictionary):
        return False
    if oc.get("/Type") == Name.OCMD:
        found = oc.get("/OCGs")
        members = list(found) if isinstance(found, pikepdf.Array) else [found]
        known = [m for m in members if isinstance(m, pikepdf.Dictionary) and m.is_indirect]
        return bool(known) and all(m.objgen in off for m in known)
    return oc.is_indirect and oc.objgen in off


def _strip(pdf: pikepdf.Pdf, holder: Any, off: set[tuple[int, int]], depth: int) -> None:
    """Empty the hidden XObjects of a page (or form XObject) and cut its hidden marked
    content; form XObjects inside are treated the same, two levels down at most."""
    resources = holder.get("/Resources")
    if not isinstance(resources, pikepdf.Dictionary):
        return
    xobjects = resources.get("/XObject")
    if isinstance(xobjects, pikepdf.Dictionary):
        for key in list(xobjects.keys()):
            xobj = xobjects[key]
            if not isinstance(xobj, pikepdf.Stream):
                continue
            if _hidden(xobj.get("/OC"), off):
                xobj.write(b"")
            elif xobj.get("/Subtype") == Name.Form and depth < 2:
                _strip(pdf, xobj, off, depth + 1)
    target = holder if isinstance(holder, pikepdf.Stream) else pikepdf.Page(holder)
    _cut_marked(pdf, target, resources, off)


def _cut_marked(pdf: pikepdf.Pdf, target: Any, resources: Any, off: set[tuple[int, int]]) -> None:
    """Drop `/OC /name BDC ... EMC` sections whose group is off."""
    names = resources.get("/Properties")
    if not isinstance(names, pikepdf.Dictionary):
        return
    hidden = {str(k) for k in names.keys() if _hidden(names.get(k), off)}  # noqa: SIM118
    if not hidden:
        return
    kept: list[tuple[Any, Any]] = []
    depth = 0  # depth > 0: inside a hidden section, counting nested sections
    for instruction in pikepdf.parse_content_stream(target):
        operands, operator = instruction.operands, instruction.operator
        op = str(operator)
        if depth:
            depth += 1 if op in ("BDC", "BMC") else -1 if op == "EMC" else 0
            continue
        marked = op == "BDC" and len(operands) == 2 and str(operands[0]) == "/OC"
        if marked and str(operands[1]) in hidden:
            depth = 1
            continue
        kept.append((operands, operator))
    data = pikepdf.unparse_content_stream(kept)
    if isinstance(target, pikepdf.Page):
        target.obj.Contents = pikepdf.Stream(pdf, data)
    else:
        target.write(data)
