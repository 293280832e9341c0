"""PDFs built here, each carrying one kind of active content, and an independent check.

`build_pdf(kind)` makes a one-page PDF whose page says PAGE_TEXT and which carries the
named kind of active content the way real malicious PDFs do. `active_kinds(data)` looks
for every kind with pikepdf alone (not with the code under test), so a disarm that
forgets something is caught.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String

PAGE_TEXT = "Request form page one"
KINDS = (
    "javascript",
    "open_action",
    "additional_actions",
    "launch",
    "submit_form",
    "embedded_files",
    "rich_media",
    "xfa",
)
DANGEROUS_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/GoToR",
    "/GoToE",
    "/RichMediaExecute",
    "/Rendition",
    "/Movie",
    "/Sound",
}


def _js(pdf: pikepdf.Pdf, code: str) -> pikepdf.Object:
    return pdf.make_indirect(Dictionary(S=Name.JavaScript, JS=String(code)))


def _annotate(page: pikepdf.Page, annotation: Dictionary) -> None:
    annots = page.obj.get("/Annots")
    if annots is None:
        page.obj.Annots = Array()
    page.obj.Annots.append(annotation)


def _embedded(pdf: pikepdf.Pdf, name: str) -> pikepdf.Object:
    stream = pdf.make_stream(b"MZ\x90\x00 not really a program")
    stream.Type = Name.EmbeddedFile
    return pdf.make_indirect(
        Dictionary(Type=Name.Filespec, F=String(name), UF=String(name), EF=Dictionary(F=stream))
    )


def build_pdf(*kinds: str, text: str = PAGE_TEXT) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(612, 792))
    page = pdf.pages[0]
    font = pdf.make_indirect(
        Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)
    )
    page.obj.Resources = Dictionary(Font=Dictionary(F1=font))
    page.obj.Contents = pdf.make_stream(f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode())
    rect = Array([72, 72, 200, 100])
    for kind in kinds:
        if kind == "javascript":
            pdf.Root.Names = Dictionary(
                JavaScript=Dictionary(Names=Array([String("init"), _js(pdf, "app.alert(1)")]))
            )
            # a harmless link whose /Next chain runs script
            uri = Dictionary(S=Name.URI, URI=String("https://example.go.th/"))
            uri.Next = _js(pdf, "this.exportDataObject({cName:'x'})")
            _annotate(page, Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=uri))
            script_link = Dictionary(S=Name.URI, URI=String(" JavaScript:app.alert(2)"))
            _annotate(
                page, Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=script_link)
            )
        elif kind == "open_action":
            pdf.Root.OpenAction = _js(pdf, "app.launchURL('http://127.0.0.1:9/')")
        elif kind == "additional_actions":
            page.obj.AA = Dictionary(O=_js(pdf, "app.alert('page open')"))
            pdf.Root.AA = Dictionary(WC=_js(pdf, "app.alert('closing')"))
        elif kind == "launch":
            launch = Dictionary(
                S=Name.Launch,
                F=String("cmd.exe"),
                Win=Dictionary(F=String("cmd.exe"), P=String("/c calc")),
            )
            _annotate(page, Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=launch))
            remote = Dictionary(S=Name.GoToR, F=String("\\\\10.0.0.1\\share\\x.pdf"), D=Array([0]))
            _annotate(page, Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=remote))
            local = Dictionary(S=Name.URI, URI=String("file:///C:/Windows/System32/calc.exe"))
            _annotate(page, Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=local))
        elif kind == "submit_form":
            submit = Dictionary(
                S=Name.SubmitForm,
                F=Dictionary(FS=Name.URL, F=String("http://127.0.0.1:9/collect")),
            )
            _annotate(page, Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=submit))
            imported = Dictionary(S=Name.ImportData, F=String("data.fdf"))
            _annotate(page, Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=rect, A=imported))
        elif kind == "embedded_files":
            pdf.Root.Names = Dictionary(
                EmbeddedFiles=Dictionary(
                    Names=Array([String("invoice.exe"), _embedded(pdf, "invoice.exe")])
                )
            )
            _annotate(
                page,
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.FileAttachment,
                    Rect=rect,
                    FS=_embedded(pdf, "readme.js"),
                ),
            )
        elif kind == "rich_media":
            content = Dictionary(Assets=Dictionary(Names=Array([])))
            _annotate(
                page,
                Dictionary(
                    Type=Name.Annot,
                    Subtype=Name.RichMedia,
                    Rect=rect,
                    RichMediaContent=content,
                ),
            )
            rendition = Dictionary(S=Name.Rendition, OP=0, JS=String("app.alert('r')"))
            _annotate(
                page, Dictionary(Type=Name.Annot, Subtype=Name.Screen, Rect=rect, A=rendition)
            )
        elif kind == "xfa":
            xfa = pdf.make_stream(b"<xdp:xdp><script>app.alert('xfa')</script></xdp:xdp>")
            pdf.Root.AcroForm = Dictionary(Fields=Array([]), XFA=xfa)
        else:
            raise ValueError(kind)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def active_kinds(data: bytes) -> set[str]:
    """Every kind of active content still reachable in `data` (pikepdf, independently)."""
    found: set[str] = set()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        if "/OpenAction" in root:
            found.add("open_action")
        names = root.get("/Names")
        if names is not None and "/JavaScript" in names:
            found.add("javascript")
        if names is not None and "/EmbeddedFiles" in names:
            found.add("embedded_files")
        acroform = root.get("/AcroForm")
        if acroform is not None and "/XFA" in acroform:
            found.add("xfa")
        for obj in _everything(pdf):
            if not isinstance(obj, Dictionary | pikepdf.Stream):
                continue
            keys = set(obj.keys())
            if "/AA" in keys:
                found.add("additional_actions")
            if "/JS" in keys:
                found.add("javascript")
            if str(obj.get("/S", "")) in DANGEROUS_ACTIONS:
                found.add(f"action {obj.get('/S')}")
            uri = "".join(str(obj.get("/URI", "")).split()).lower()
            if uri.startswith(("javascript:", "file:")):
                found.add(f"link {uri.partition(':')[0]}")
            if ("/EF" in keys and isinstance(obj["/EF"], Dictionary)) or str(
                obj.get("/Type", "")
            ) == "/EmbeddedFile":
                found.add("embedded_files")
            if str(obj.get("/Subtype", "")) in {"/RichMedia", "/Screen", "/FileAttachment"}:
                found.add(f"annotation {obj.get('/Subtype')}")
    return found


def _everything(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    """Every dictionary and stream reachable from the trailer, direct or indirect."""
    seen: set[tuple[int, int]] = set()
    out: list[pikepdf.Object] = []
    stack: list[pikepdf.Object] = [pdf.trailer]
    while stack:
        obj = stack.pop()
        if not isinstance(obj, Dictionary | pikepdf.Stream | Array):
            continue  # names, numbers, strings: nothing inside
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, Dictionary | pikepdf.Stream):
            out.append(obj)
            stack.extend(value for _, value in obj.items())
        elif isinstance(obj, Array):
            stack.extend(obj)
    return out


def page_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages)
