"""HTML tables of labels and values, as citizens paste a form into a mail.

Two layouts are read:

    | ชื่อ-นามสกุล | นายสมชาย ใจดี |        label cell, value cell (pairs may repeat
    | โทรศัพท์     | 081 234 5678  |        across a row: label, value, label, value)

    | ชื่อ-นามสกุล  | โทรศัพท์     |        a header row of labels over one row of values
    | นายสมชาย ใจดี | 081 234 5678 |

A header row over two or more such rows is a list of people (workers, a household's
members), none shown to be the applicant: it gives nothing.

A table of several people is read by their parts, as `body_form` reads them in text: a
header row of people, one a column, gives the asker's column only; one-cell rows heading
each person's rows (บิดา, มารดา, ผู้แจ้ง) leave another's rows out.

A table pasted from a spreadsheet (Excel's xl classes and mso-number-format, Google
Sheets' origin mark) shows a phone as the number the sheet made of it, its leading 0
gone: it gets the 0 back, flagged (sheet_paste).

Provenance `line` is the 1-based row number counted over all tables of the part.
"""

from __future__ import annotations

import itertools
import re

from extractors.base import ExtractionResult, FieldCandidate, FieldType, LabelIndex, Provenance
from extractors.body_form import (
    GUARDIAN,
    OWN_PARTY,
    PROXY_SHARE,
    QUOTED_INLINE,
    decode_text_bytes,
    names_another,
    names_family_member,
    own_column,
    people_parts,
    sender_field,
)
from extractors.buyers_block import BUYER_CONFIDENCE, buyers_lines
from extractors.header_lists import is_list, rows_fitting
from extractors.html_text import COLON_CELL, html_tables_headed
from extractors.juristic import is_juristic_name
from extractors.labels import NO_FIELD_HEADINGS, LabelMatcher
from extractors.set_behind import behind
from extractors.sheet_paste import sheet_zeros_restored
from extractors.sheet_roles import is_role_cell, own_role_row
from extractors.values import clean_value, has_type, is_relation_only

MAX_TABLES = 50
MAX_ROWS = 500  # per table: a request form is short
MAX_LABEL_CHARS = 60
# In a header row, at least this share of the non-empty cells must be labels.
HEADER_SHARE = 0.6

Match = tuple[str, float] | None


class HtmlTableExtractor:
    name = "html_table"

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        html = decode_text_bytes(content) if isinstance(content, bytes) else content
        candidates: list[FieldCandidate] = []
        first_row = 1
        tables = html_tables_headed(html)[:MAX_TABLES]
        guardians = _guardians_tables([heading for _, _, heading in tables])
        for k, (table, quoted, _) in enumerate(tables):
            rows = table[:MAX_ROWS]
            found = _read_table(rows, labels, part, first_row)
            if k in guardians:
                found = [_as_proxys(c, labels) for c in found]
            candidates += [_as_quoted(c) for c in found] if quoted else found
            first_row += len(table)
        return sheet_zeros_restored(html, ExtractionResult(candidates=candidates), labels)


def _guardians_tables(headings: list[str]) -> set[int]:
    """The tables under a guardian's heading (ข้อมูลผู้ปกครอง, ผู้อนุบาล) where no heading
    names the sender's own part: the child's or the ward's table beside them is whose
    request it is, as `body_form` reads such sections of text."""
    if any(OWN_PARTY.search(h) for h in headings):
        return set()
    return {k for k, heading in enumerate(headings) if GUARDIAN.search(heading)}


def _as_proxys(candidate: FieldCandidate, labels: LabelIndex) -> FieldCandidate:
    """A guardian's value of a person's field: it stands only where the child's table
    gives none, less sure (and so flagged), as a proxy's section is read."""
    personal = getattr(labels, "is_personal", None)
    if personal is None or not personal(candidate.key):
        return candidate
    return candidate.model_copy(update={"confidence": candidate.confidence * PROXY_SHARE})


def _as_quoted(candidate: FieldCandidate) -> FieldCandidate:
    """A value in a table of the mail being answered (a cited <blockquote>): the agency's
    example or last reply, or the answers typed into its quoted form; as a quoted text
    line's value, less sure than the writer's own lines and flagged."""
    provenance = candidate.provenance.model_copy(update={"method": "quoted"})
    confidence = candidate.confidence * QUOTED_INLINE
    return candidate.model_copy(update={"provenance": provenance, "confidence": confidence})


def _match(cell: str, labels: LabelIndex) -> Match:
    cell = cell.strip()
    if not cell or len(cell) > MAX_LABEL_CHARS:
        return None
    return labels.match(cell)


def _read_table(
    rows: list[list[str]], labels: LabelIndex, part: str, first_row: int
) -> list[FieldCandidate]:

    def candidate(key: str, confidence: float, value: str, row: int, label: str) -> FieldCandidate:
        # a typed value with more around it ("ตำบล... จังหวัดลำปาง 52000" under a label
        # the province wins) is cut to the value, as the text reader cuts it
        kind = _kind(key, labels)
        if kind not in ("text", "name"):
            value = clean_value(kind, value)
        provenance = Provenance(
            part=part, kind="body_html", line=first_row + row, label=label.strip()
        )
        return FieldCandidate(key=key, value=value, provenance=provenance, confidence=confidence)

    found: list[FieldCandidate] = []
    skip: set[int] = set()
    rows = _own_column_rows(rows)
    matches = [[_match(cell, labels) for cell in row] for row in rows]
    header = _header_row(rows, matches)
    listed = _listed_rows(rows, matches, header) if header is not None else 0
    asker = _asker_row(rows, header) if header is not None else None
    if header is not None and asker is not None:
        # people under a header, a column saying who each is: the asker's row only (a
        # birth's ทารก / มารดา (ผู้แจ้ง) / บิดา, set 57), the others' rows give nothing
        values, label_row = rows[header + 1 + asker[0]], header + 1 + asker[0]
        for col, match in enumerate(matches[header]):
            if match is not None and col < len(values) and values[col].strip():
                found.append(candidate(*match, values[col].strip(), label_row, rows[header][col]))
        skip = set(range(header, header + 1 + asker[1]))
    elif header is not None and is_list(listed):
        # a header over several rows of values is a list of people (workers, members of
        # a household), none of them shown to be the applicant: its rows give nothing
        skip = set(range(header, header + 1 + listed))
    elif header is not None:  # header row of labels over a row of values
        for col, match in enumerate(matches[header]):
            values = rows[header + 1]
            if match is not None and col < len(values) and values[col].strip():
                label = rows[header][col]
                found.append(candidate(*match, values[col].strip(), header + 1, label))
        skip = {header, header + 1}
    for i in range(len(rows)):  # label cell followed by its value cell
        if i in skip:
            continue
        col = 0
        while col < len(rows[i]) - 1:
            # empty spacer cells may stand between a label and its value (a form laid
            # out on a grid: the label spans columns, a narrow gap, then the value), or
            # a cell holding only the colon (label | : | value)
            at = next((j for j in range(col + 1, len(rows[i])) if _filled(rows[i][j])), None)
            match = matches[i][col]
            if match is not None and at is not None and _LINE_CAPTION.match(rows[i][at]):
                lines = _numbered_lines(rows, i, at)
                if lines:
                    found.append(candidate(*match, " ".join(v for _, v in lines), i, rows[i][col]))
                    skip |= {k for k, _ in lines}
                col = len(rows[i])
            elif match is not None and at is not None and matches[i][at] is None:
                value, last = _spread_value(rows[i], matches[i], at, _kind(match[0], labels))
                # a body's name where a name is asked ("ชื่อวิสาหกิจชุมชน | วิสาหกิจชุมชน...",
                # set 113): no person's, its chair's row or signature follows (as body_form)
                if not (
                    _is_name(match[0], labels)
                    and (is_relation_only(value) or is_juristic_name(value))
                ):
                    found.append(candidate(*match, value, i, rows[i][col]))
                col = last + 1
            else:
                col += 1
    # the agency as a seller's customer ("ลูกค้า | เทศบาล...", "ที่อยู่ลูกค้า | ..."): its rows
    text_rows = [(i, " : ".join(c.strip() for c in r if _filled(c))) for i, r in enumerate(rows)]
    buyers = {first_row + i for i in buyers_lines(text_rows)}
    found = [behind(c, BUYER_CONFIDENCE) if c.provenance.line in buyers else c for c in found]
    return _by_part(found, rows, labels, first_row)


# A form's value over numbered lines, each with the form's own caption: "ที่อยู่ | บรรทัด 1 |
# 12/4 หมู่ 6" and "บรรทัด 2 | ตำบล..." in the row under it (the label's cell spans both
# rows). The captions are no value; the lines are one (set 18 gave "บรรทัด 1" unflagged).
_LINE_CAPTION = re.compile(
    r"\s*(?:บรรทัด(?:ที่)?|(?:address\s+)?line)\s*[0-9๐-๙]\s*[:：]?\s*$", re.IGNORECASE
)


def _numbered_lines(rows: list[list[str]], i: int, at: int) -> list[tuple[int, str]]:
    """(row, value) of the numbered lines from the caption in cell `at` of row `i`: its
    own value cell, then each row under it that is one line caption and one value."""
    first = [c.strip() for c in rows[i][at + 1 :] if _filled(c)]
    if len(first) != 1:
        return []
    lines = [(i, first[0])]
    for k in range(i + 1, len(rows)):
        cells = [c.strip() for c in rows[k] if _filled(c)]
        if len(cells) != 2 or not _LINE_CAPTION.match(cells[0]):
            break
        lines.append((k, cells[1]))
    return lines


def _kind(key: str, labels: LabelIndex) -> FieldType:
    return labels.field_type(key) if isinstance(labels, LabelMatcher) else "text"


# A value typed across a row's cells after its label: an ID one digit a cell ("-" cells
# between the card's groups), a birth date as a web form prints it (เกิดวันที่ | 2 |
# เดือน | เมษายน | พ.ศ. | 2514), set 42. The cells up to the first run that is a value of
# the field's type are its value; a label cell ends the run.
SPREAD_KINDS = frozenset({"national_id", "date"})
MAX_SPREAD = 20  # an ID's 13 digit cells and four "-" cells, with room to spare


def _spread_value(
    row: list[str], matches: list[Match], at: int, kind: FieldType
) -> tuple[str, int]:
    """The value starting at cell `at`, and the index of its last cell: the cell alone,
    unless it is no value of the type and the cells after it together make one."""
    first = row[at].strip()
    if kind not in SPREAD_KINDS or has_type(kind, first):
        return first, at
    cells = [first]
    for j in range(at + 1, min(len(row), at + MAX_SPREAD)):
        if matches[j] is not None:
            break
        if not _filled(row[j]):
            continue
        cells.append(row[j].strip())
        # one-letter boxes closed up ("3209900288176"), words a space apart
        joined = ("" if all(len(c) == 1 for c in cells) else " ").join(cells)
        if has_type(kind, joined):
            return joined, j
    return first, at


def _row_text(row: list[str]) -> str:
    """A row as a line of text: a heading cell alone, else its cells as label: value."""
    cells = [c.strip() for c in row if _filled(c)]
    return cells[0] if len(cells) == 1 else ": ".join(cells[:2]) if cells else ""


# A row of the one who asks (body_form.OWN_PARTY) or fills the form in (ผู้กรอก).
_ASKERS_ROW = re.compile(rf"{OWN_PARTY.pattern}|ผู้กรอก")


def _by_part(
    found: list[FieldCandidate], rows: list[list[str]], labels: LabelIndex, first_row: int
) -> list[FieldCandidate]:
    """One table holding several people, a one-cell row heading each one's rows ("มารดา",
    "บิดา", "ผู้แจ้ง"): the rows of another's part are not the sender's, a proxy's are
    less sure, as `body_form` reads the same parts in text (set 31)."""
    sender = sender_field(labels)
    # a row whose label names another party ("โทรศัพท์ผู้ก่อเหตุ", an e-service's row for
    # the one complained of, set 58) is theirs, as in text
    found = [c for c in found if not (names_another(c.provenance.label or "") and sender(c.key))]
    # a family member's rows beside a row of the one who asks or fills ("ชื่อ-สกุลเด็ก",
    # "โทรศัพท์มารดา" above "ผู้กรอกข้อมูล", a town's enrolment form, set 61): theirs, as in
    # text; without such a row a parent's row may be the only one of the sender's
    # (not the child's rows under a guardian's heading row: the child asks there)
    if any(_ASKERS_ROW.search(c.provenance.label or "") for c in found if sender(c.key)):
        alone = [cells[0] for row in rows if len(cells := [c for c in row if _filled(c)]) == 1]
        ward = any(GUARDIAN.search(cell) for cell in alone)
        found = [
            c
            for c in found
            if not (names_family_member(c.provenance.label or "", ward_asks=ward) and sender(c.key))
        ]
    if not any(len([c for c in row if _filled(c)]) == 1 for row in rows):
        return found
    others, proxies = people_parts([_row_text(row) for row in rows], labels)
    if not others and not proxies:
        return found
    out: list[FieldCandidate] = []
    for c in found:
        row = (c.provenance.line or first_row) - first_row
        if row in others and sender(c.key):
            continue
        if row in proxies and sender(c.key):
            c = c.model_copy(update={"confidence": c.confidence * PROXY_SHARE})
        out.append(c)
    return out


def _own_column_rows(rows: list[list[str]]) -> list[list[str]]:
    """Under a header row of people, one a column ("รายการ | ผู้ร้องเรียน | ผู้ถูกร้องเรียน"),
    each row as its label and the asker's cell only (body_form.own_column), the header
    row left empty: the other's column is not the sender's (set 31)."""
    out: list[list[str]] = []
    own, width = None, 0
    for row in rows:
        cells = [c.strip() for c in row]
        if own is not None and len(cells) == width:
            out.append([cells[0], cells[own]])
            continue
        own = own_column(cells) if len(cells) >= 3 else None
        width = len(cells)
        out.append([] if own is not None else row)
    return out


def _is_name(key: str, labels: LabelIndex) -> bool:
    return isinstance(labels, LabelMatcher) and labels.field_type(key) == "name"


def _filled(cell: str) -> bool:
    return bool(cell.strip()) and not COLON_CELL.fullmatch(cell)


def _header_row(rows: list[list[str]], matches: list[list[Match]]) -> int | None:
    """Index of a row of labels directly above a row of values (the first such row).
    Captions no field takes (ลำดับ, สัญชาติ) head columns beside the labels: counted
    with them, so a list's header ("ลำดับ | ชื่อ | หนังสือเดินทาง | สัญชาติ") is no row of
    label and value pairs."""
    for i in range(len(rows) - 1):
        cells = [(cell, m) for cell, m in zip(rows[i], matches[i], strict=True) if cell.strip()]
        hits = [m for _, m in cells if m is not None]
        heads = len(hits) + sum(1 for cell, m in cells if m is None and _caption(cell))
        # a role cell that also reads as a label ("ผู้ยื่นคำร้อง" in a household's
        # ความสัมพันธ์ column, set 121) under a header cell naming no field is a value
        below = [
            m
            for k, m in enumerate(matches[i + 1])
            if m is not None
            and not (k < len(matches[i]) and matches[i][k] is None and is_role_cell(rows[i + 1][k]))
        ]
        if len(hits) >= 2 and heads >= HEADER_SHARE * len(cells) and not below:
            return i
    return None


def _asker_row(rows: list[list[str]], header: int) -> tuple[int, int] | None:
    """(index among them, count) of the asker's row among the rows of people as wide as
    the header under it, when a column of roles names exactly one (sheet_roles)."""
    width = len(rows[header])
    people = list(itertools.takewhile(lambda row: len(row) == width, rows[header + 1 :]))
    own = own_role_row(people)
    return None if own is None else (own, len(people))


def _caption(cell: str) -> bool:
    return cell.strip().rstrip(":：").strip().casefold() in NO_FIELD_HEADINGS


def _listed_rows(rows: list[list[str]], matches: list[list[Match]], header: int) -> int:
    """How many rows under the header fit it: as many cells, none a label, or its running
    number first (a signer's first name in the signature column, "ละเอียด", reads like a
    label; the number says the row is the list's, set 71)."""
    width = len(rows[header])
    return rows_fitting(
        len(row) == width and (all(m is None for m in found) or row[0].strip() == str(n))
        for n, (row, found) in enumerate(
            zip(rows[header + 1 :], matches[header + 1 :], strict=True), 1
        )
    )
