"""Disarm a PDF before a clerk opens it: remove what a reader would run or fetch.

A citizen's PDF may carry script (JavaScript, XFA), actions that run on opening
(OpenAction) or on page, field and document events (/AA), actions that start programs or
open other files (Launch, GoToR, GoToE), send the form somewhere (SubmitForm, ImportData),
files packed inside (EmbeddedFiles, FileAttachment annotations, portfolios) and rich media
(RichMedia, Screen, Movie, Sound annotations; Rendition actions). All of these are removed
with pikepdf (qpdf underneath): the page content, fonts and form fields stay as they were.

The output is checked again after saving: it is re-opened and swept once more, and if
anything active is still reachable the PDF is refused (`CannotDisarm`). A PDF that pikepdf
cannot open (broken beyond repair, password-protected) is refused too: it is never served
as it came.

`disarm_pdf` is a pure function of the bytes; `disarm_bounded` runs it in a child process
with a time and memory limit (extractors.sandbox), as every parse of untrusted content does.
The report counts what was removed by kind; it holds no content of the file.
"""

from __future__ import annotations

import io
import warnings
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name
from pydantic import BaseModel, field_validator

from extractors.base import ParsedMessage
from extractors.sandbox import LimitExceeded, Limits, run_bounded

LIMITS = Limits(seconds=20.0, memory_mb=768)

# Every kind a report can name, in the order the case page lists them.
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
# Action types (/S) that run, open, send or play something, by the kind they count as.
ACTION_KINDS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/GoToR": "launch",
    "/GoToE": "launch",
    "/SubmitForm": "submit_form",
    "/ImportData": "submit_form",
    "/RichMediaExecute": "rich_media",
    "/Rendition": "rich_media",
    "/Movie": "rich_media",
    "/Sound": "rich_media",
}
# Links a reader may run, or open as a local or network file, rather than show in a browser.
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
FILE_SCHEMES = ("file:", "smb:", "\\\\")
# Annotations that exist only to embed or play something.
ANNOTATION_KINDS = {
    "/FileAttachment": "embedded_files",
    "/RichMedia": "rich_media",
    "/Screen": "rich_media",
    "/Movie": "rich_media",
    "/Sound": "rich_media",
    "/3D": "rich_media",
}


class CannotDisarm(Exception):
    """This PDF cannot be made safe; `reason` says why in one line, without content."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Disarmed(BaseModel):
    content: bytes  # the disarmed PDF
    removed: dict[str, int]  # kind -> how many were removed; empty: nothing was active


class DisarmReport(BaseModel):
    """What disarming a PDF removes, or why it cannot be done (stored as a message fact)."""

    removed: dict[str, int] = {}
    refused: str | None = None  # set: the PDF is not served at all

    @field_validator("removed")
    @classmethod
    def _in_kind_order(cls, removed: dict[str, int]) -> dict[str, int]:
        """Always listed in KINDS order (stored facts come back sorted by name)."""
        return {k: removed[k] for k in KINDS if removed.get(k)}


def disarm_report(data: bytes, *, limits: Limits = LIMITS) -> DisarmReport:
    """Disarm `data` in a child process and keep only the report (not the bytes)."""
    try:
        return DisarmReport(removed=disarm_bounded(data, limits=limits).removed)
    except CannotDisarm as exc:
        return DisarmReport(refused=exc.reason)


def disarm_reports(parsed: ParsedMessage) -> dict[str, dict[str, Any]]:
    """What the download will strip from each PDF attached to a mail, by attachment
    number, for the case page to say beforehand (stored as a message fact)."""
    return {
        str(a.index): disarm_report(a.content).model_dump()
        for a in parsed.attachments
        if a.sniffed_type == "application/pdf"
    }


def disarm_bounded(data: bytes, *, limits: Limits = LIMITS) -> Disarmed:
    """`disarm_pdf` in a child process within `limits`; a breach is a refusal."""
    try:
        return run_bounded(disarm_pdf, data, limits=limits)
    except LimitExceeded as exc:
        raise CannotDisarm(exc.reason) from None


def disarm_pdf(data: bytes) -> Disarmed:
    """Remove every kind of active content from the PDF `data` (see the module docstring).

    Raises only CannotDisarm: qpdf and pikepdf raise a variety of errors on hostile input,
    and whatever goes wrong, the answer is the same: this PDF is not served."""
    try:
        return _disarm(data)
    except CannotDisarm:
        raise
    except Exception as exc:  # the boundary: any failure means "cannot be made safe"
        raise CannotDisarm(f"the PDF could not be processed ({type(exc).__name__})") from None


def _disarm(data: bytes) -> Disarmed:
    removed: Counter[str] = Counter()
    with _open(data) as pdf:
        _sweep(pdf, removed, remove=True)
        out = io.BytesIO()
        with warnings.catch_warnings():  # about widgets outside /AcroForm: not ours to fix
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            pdf.save(out, encryption=False, fix_metadata_version=False)
    content = out.getvalue()
    with _open(content) as check:
        left: Counter[str] = Counter()
        _sweep(check, left, remove=False)
    if left:
        raise CannotDisarm("active content remained after disarming: " + ", ".join(sorted(left)))
    return Disarmed(content=content, removed={k: removed[k] for k in KINDS if removed[k]})


def _open(data: bytes) -> pikepdf.Pdf:
    try:
        return pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise CannotDisarm("the PDF is password-protected, so it cannot be checked") from None
    except (pikepdf.PdfError, ValueError, OSError) as exc:
        raise CannotDisarm(f"not a readable PDF ({type(exc).__name__})") from None


# --- the sweep ------------------------------------------------------------------------------


def _sweep(pdf: pikepdf.Pdf, found: Counter[str], *, remove: bool) -> None:
    """Count (and with `remove`, delete) every active thing reachable from the trailer.

    Outermost first, each stage walking what the one before left reachable, so a thing
    removed with its holder is counted once: the catalog's name trees, then annotations,
    then action entries (/OpenAction, /AA, /A...), then whatever is still reachable."""
    _sweep_catalog(pdf.Root, found, remove=remove)
    for obj in _dictionaries(pdf):
        if "/Annots" in obj:
            _sweep_annotations(obj, found, remove=remove)
    for obj in _dictionaries(pdf):
        _sweep_holder(obj, found, remove=remove)
    for obj in _dictionaries(pdf):
        _sweep_stray(obj, found, remove=remove)


def _sweep_catalog(root: pikepdf.Object, found: Counter[str], *, remove: bool) -> None:
    names = root.get("/Names")
    if isinstance(names, Dictionary):
        for key, kind in (
            ("/JavaScript", "javascript"),
            ("/EmbeddedFiles", "embedded_files"),
            ("/AlternatePresentations", "rich_media"),
        ):
            if key in names:
                found[kind] += 1
                if remove:
                    del names[key]
    if "/Collection" in root:  # a portfolio: the document is a wrapper for embedded files
        found["embedded_files"] += 1
        if remove:
            del root["/Collection"]
    acroform = root.get("/AcroForm")
    if isinstance(acroform, Dictionary) and "/XFA" in acroform:
        found["xfa"] += 1
        if remove:
            del acroform["/XFA"]
            if "/NeedsRendering" in root:
                del root["/NeedsRendering"]


def _sweep_holder(obj: pikepdf.Object, found: Counter[str], *, remove: bool) -> None:
    """Entries that hold actions or files: removed with what they hold."""
    keys = set(obj.keys())
    if "/OpenAction" in keys:
        found["open_action"] += 1
        _count_actions(obj["/OpenAction"], found)
        if remove:
            del obj["/OpenAction"]
    if "/AA" in keys:
        found["additional_actions"] += 1
        _count_actions(obj["/AA"], found)
        if remove:
            del obj["/AA"]
    for key in ("/A", "/PA"):
        if key in keys and _is_dangerous(obj[key]):
            _count_actions(obj[key], found)
            if remove:
                del obj[key]
    if "/EF" in keys and isinstance(obj["/EF"], Dictionary):  # a file specification's
        # files (in a usage-rights signature /EF is a list of names: not a file)
        found["embedded_files"] += 1
        if remove:
            del obj["/EF"]


def _sweep_stray(obj: pikepdf.Object, found: Counter[str], *, remove: bool) -> None:
    """Whatever is still reachable some other way (an odd key, a shared object)."""
    kind = _action_kind(obj)
    if kind:
        found[kind] += 1
        if remove:
            _defuse_action(obj)
    elif "/Next" in obj and _is_dangerous(obj["/Next"]):  # a harmless link that chains on
        _count_actions(obj["/Next"], found)
        if remove:
            del obj["/Next"]
    if str(obj.get("/Type", "")) == "/EmbeddedFile":
        found["embedded_files"] += 1
        if remove:
            obj.write(b"")


def _sweep_annotations(page: pikepdf.Object, found: Counter[str], *, remove: bool) -> None:
    annots = page["/Annots"]
    if not isinstance(annots, Array):
        return
    keep = Array()
    for annotation in annots:
        subtype = str(annotation.get("/Subtype", "")) if isinstance(annotation, Dictionary) else ""
        kind = ANNOTATION_KINDS.get(subtype)
        if kind:
            found[kind] += 1
        else:
            keep.append(annotation)
    if remove and len(keep) != len(annots):
        page["/Annots"] = keep


def _defuse_action(action: pikepdf.Object) -> None:
    """Turn an action into one that does nothing, keeping the object other things point at."""
    for key in list(action.keys()):
        if key not in ("/Type", "/Next"):
            del action[key]
    action["/S"] = Name("/Named")
    action["/N"] = Name("/NoOp")
    if "/Next" in action and _is_dangerous(action["/Next"]):
        del action["/Next"]


def _action_kind(action: pikepdf.Object) -> str | None:
    """The kind an action counts as, or None for a harmless one (GoTo, a web link...)."""
    subtype = str(action.get("/S", ""))
    if subtype in ACTION_KINDS:
        return ACTION_KINDS[subtype]
    if subtype == "/URI":
        uri = "".join(str(action.get("/URI", "")).split()).lower()
        if uri.startswith(SCRIPT_SCHEMES):
            return "javascript"
        if uri.startswith(FILE_SCHEMES):
            return "launch"
    return "javascript" if "/JS" in action else None


def _is_dangerous(action: pikepdf.Object) -> bool:
    return any(_action_kind(a) for a in _action_chain(action))


def _count_actions(actions: pikepdf.Object, found: Counter[str]) -> None:
    """Count the kinds inside an action, a chain of actions, or an /AA dictionary."""
    for action in _action_chain(actions):
        kind = _action_kind(action)
        if kind:
            found[kind] += 1


def _action_chain(start: pikepdf.Object) -> Iterator[pikepdf.Object]:
    """The actions in `start`: itself, its /Next chain (one or an array), or, for an
    /AA dictionary, each event's action. Cycles are walked once."""
    seen: set[tuple[int, int]] = set()
    stack = [start]
    while stack:
        obj = stack.pop()
        if isinstance(obj, Array):
            stack.extend(obj)
            continue
        if not isinstance(obj, Dictionary):
            continue
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if "/S" in obj or "/JS" in obj:
            yield obj
            if "/Next" in obj:
                stack.append(obj["/Next"])
        else:  # an /AA dictionary: event name -> action
            stack.extend(value for _, value in obj.items())


def _dictionaries(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    """Every dictionary and stream reachable from the trailer, direct or indirect, once."""
    seen: set[tuple[int, int]] = set()
    out: list[pikepdf.Object] = []
    stack: list[object] = [pdf.trailer]
    while stack:
        obj = stack.pop()
        if not isinstance(obj, Dictionary | pikepdf.Stream | Array):
            continue  # names, numbers, strings: nothing inside
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, Array):
            stack.extend(obj)
            continue
        out.append(obj)
        stack.extend(value for _, value in obj.items())
    return out
