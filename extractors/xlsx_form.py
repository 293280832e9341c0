"""Excel (XLSX) request forms: an agency's form made in a spreadsheet, filled and sent back.

Agencies often publish their request form as an Excel file; the citizen types the
answers beside the labels and mails it back. Each row becomes one `label: value` line
(the first non-empty cell, then the next), a row of one cell is a heading or a line of
text as written, and the lines go through the common label reader like a mail body.
Answers exported from an online form come the other way: the labels across row 1 and the
answers across row 2; such a pair of rows is read column by column.
openpyxl reads the workbook in the child process of `run_bounded` (an XLSX is a zip of
XML that a hostile sender can make huge).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from extractors.base import ExtractionResult, FieldCandidate, LabelIndex
from extractors.body_form import OWN_PARTY, is_lone_label, parse_label_line
from extractors.caption_row import caption_row_pairs
from extractors.case_party_row import claimant_above, party_row, with_case_party_behind
from extractors.correction_columns import current_cell, new_and_old_columns
from extractors.customers_row import with_customers_row
from extractors.header_bands import banded_pairs
from extractors.health_workers_head import without_health_workers_head
from extractors.issuer_head import without_issuers_head
from extractors.list_title import title_place_lines
from extractors.named_rows import names_several
from extractors.office_files import open_package, read_lines
from extractors.ooxml_package import transitional
from extractors.part_rows import role_row_names, with_chairs_row, with_owners_row
from extractors.pin_column import with_pin_place
from extractors.role_prefixed import without_own_role
from extractors.roster_contact import contacts_behind_chair
from extractors.sandbox import Limits
from extractors.second_persons import SECOND_PERSON_COLUMN
from extractors.sheet_captions import with_short_captions
from extractors.sheet_people import GUARDIAN_HEADING, children_listed, is_role, roles
from extractors.sheet_roles import (
    listed_lines,
    listed_rows_behind,
    role_rows,
    sellers_lines,
    sellers_row_behind,
    several_people,
)
from extractors.sheet_tabs import part_tabs
from extractors.thai import normalise_thai_text
from extractors.xlsx_controls import TYPED_OVER, Controls, form_controls

LIMITS = Limits(seconds=30.0, memory_mb=768)
MAX_SHEETS = 5
MAX_ROWS = 500  # a request form is a page; the rest of a big workbook is data, not answers
MAX_COLUMNS = 40  # an online form's export: a column per question, and a few of its own
HEADER_LABELS = 3  # labels across a row that make it a header of columns
CAPTIONS_ALONE = 2  # as many, when the row holds nothing but them
MIN_SHOWN = 0.5  # a column width or row height below this shows no text
MAX_GAP_ROWS = 2  # empty rows between a header row and its answers


def xlsx_rows(data: bytes) -> list[list[str]]:
    """Rows of the first sheets, each its cells by column (empty cells "", trailing ones
    dropped), a sheet ending with an empty row (runs in the child process)."""
    import openpyxl  # only the child needs it

    book = openpyxl.load_workbook(io.BytesIO(transitional(data)), read_only=True, data_only=True)
    rows: list[list[str]] = []
    try:
        shown = [s for s in book.worksheets if s.sheet_state == "visible"][:MAX_SHEETS]
        # a sheet per person, each tab named by its person's part: the tab heads its rows
        tabs = part_tabs([sheet.title for sheet in shown])
        for sheet, tab in zip(shown, tabs, strict=True):
            if tab:
                rows.append([tab])
            hidden_rows, hidden_columns = _hidden(book, sheet)
            controls = form_controls(book._archive, sheet._worksheet_path)
            found = sheet.iter_rows(min_row=1, max_row=MAX_ROWS, max_col=MAX_COLUMNS)
            for number, row in enumerate(found, start=1):
                if number in hidden_rows:
                    continue
                cells = [
                    "" if k in hidden_columns or _struck(c) else normalise_thai_text(_cell(c.value))
                    for k, c in enumerate(row, start=1)
                ]
                cells = _with_controls(cells, number, controls)
                while cells and not cells[-1]:
                    cells.pop()
                rows.append(cells)
            rows.append([])
    finally:
        book.close()
    return rows


def _struck(cell: Any) -> bool:
    """A cell whose font strikes its text through: the citizen withdrew the value (a
    wrong birth date, the phone given up) and typed the one now beside it, as in a Word
    form (docx_form._struck); the struck text is not what she says."""
    font = getattr(cell, "font", None) if cell.value is not None else None
    return bool(getattr(font, "strike", False))


def _with_controls(cells: list[str], row: int, controls: Controls) -> list[str]:
    """The row's cells with the check boxes anchored in them (extractors.xlsx_controls)
    written after each cell's own text, left to right."""
    mine = sorted((column, offset, text) for (r, column), found in controls.items() if r == row
                  for offset, text in found)  # fmt: skip
    if not mine or len(cells) > MAX_COLUMNS:
        return cells
    cells = list(cells)
    for column, _, text in mine:
        if column > MAX_COLUMNS:
            continue
        cells += [""] * (column - len(cells))
        if text.startswith(TYPED_OVER):  # a text box over the blank: it is the cell's value
            if cells[column - 1].strip(_BLANK):
                continue  # over a cell with text of its own: a note, not an answer
            cells[column - 1] = text[1:]
        else:
            cells[column - 1] = f"{cells[column - 1]} {text}".strip()
    return cells


_BLANK = " ._…_-"


def _hidden(book: Any, sheet: Any) -> tuple[set[int], set[int]]:
    """The numbers of the sheet's hidden rows and columns. Excel shows neither (nor a
    hidden sheet, which holds a drop-down's list): a reused form keeps the last
    applicant's answers there, which are no answer of this one. openpyxl's read-only
    sheets do not keep them, so they are read from the sheet's XML (its private path). A
    column or row squeezed to nothing is hidden as well."""
    from openpyxl.xml.functions import iterparse

    rows: set[int] = set()
    columns: set[int] = set()
    number = 0
    with book._archive.open(sheet._worksheet_path) as source:
        for _, element in iterparse(source):
            tag = element.tag.rsplit("}", 1)[-1]
            hidden = element.get("hidden") in ("1", "true") or _squeezed(element, tag)
            try:
                if tag == "col" and hidden:
                    low, high = int(element.get("min", 0)), int(element.get("max", 0))
                    columns.update(range(low, min(high, MAX_COLUMNS) + 1))
                elif tag == "row":
                    number = int(element.get("r") or number + 1)
                    if hidden:
                        rows.add(number)
                    if number >= MAX_ROWS:
                        break
            except ValueError:  # a malformed number: that element says nothing
                pass
            element.clear()
    return rows, columns


def _squeezed(element: Any, tag: str) -> bool:
    """A column narrowed or a row lowered to nothing (width or height 0): as hidden."""
    size = element.get("width" if tag == "col" else "ht")
    try:
        return size is not None and float(size) < MIN_SHOWN
    except ValueError:
        return False


def xlsx_lines(rows: list[list[str]], labels: LabelIndex) -> list[str]:
    """One `label: value` line per row (the first non-empty cell, then the next); a row
    of labels across the sheet (row 1 of answers exported from an online form) and the
    row under it become one line per column."""
    lines: list[str] = []
    columns = _label_columns(rows, labels)

    def column_pairs(head: list[str], row: list[str]) -> list[str]:
        return _column_pairs(head, row, labels)

    i = 0
    while i < len(rows):
        # the answers' row may sit under an empty row (a test response cleared, a gap
        # left under the header), as long as nothing else comes between
        j = i + 1
        while j < len(rows) and j <= i + MAX_GAP_ROWS and not rows[j]:
            j += 1
        below = rows[j] if j < len(rows) else []
        listed = role_rows(rows, i, column_pairs)
        if listed is not None:  # people a row each, a column naming whose row is whose
            lines += listed[0]
            i = listed[1]
            continue
        pairs = _column_pairs(rows[i], below, labels)
        if pairs:
            answers, answered = [pairs], [below]
            j += 1
            while j < len(rows) and (more := _column_pairs(rows[i], rows[j], labels)):
                answers.append(more)
                answered.append(rows[j])
                j += 1
            if len(answered) > 1 and children_listed(answered):
                i = j  # a class's children: no one's values the case records
                continue
            whose = roles(answered) if len(answered) > 1 else None
            if whose is not None:
                # a row per person: the child's first, each guardian's line in a
                # guardian's section (extractors.sheet_people)
                lines += [line for a, r in zip(answers, whose, strict=True) if r == "ward"
                          for line in a]  # fmt: skip
                lines += [part for a, r in zip(answers, whose, strict=True) if r == "guardian"
                          for line in a for part in (GUARDIAN_HEADING, line)]  # fmt: skip
                i = j
                continue
            # An online form's export holds one row per response, oldest first: a citizen
            # who answered twice (to correct a number) means the last; the earlier rows
            # are read after it, so a value they give otherwise is a disagreement to flag.
            # Rows of different people that nothing marks are a list: read, set behind.
            if len(answers) > 1 and (
                several_people(answers, labels) or names_several(rows[i], answered)
            ):
                lines += listed_lines(answers[::-1], blank_before=bool(lines and lines[-1]))
            else:
                lines += [line for answer in reversed(answers) for line in answer]
            i = j
            continue
        after = rows[j + 1] if j + 1 < len(rows) else []
        bands = banded_pairs(rows[i], below, after, lambda c: is_lone_label(c, labels))
        if bands and role_rows(rows, j, column_pairs) is None:
            # a header in two bands (extractors.header_bands); a title over a header of
            # people a row each is not one: that header is read on the next row
            lines += bands
            i = j + 2
            continue
        captioned = caption_row_pairs(rows[i], below, after, labels)
        if captioned:
            # a head block's captions in a row, its values in the row under them
            # (extractors.caption_row)
            lines += captioned
            i = j + 1
            continue
        columns_now = new_and_old_columns(rows[i])
        if columns_now is not None:
            # item | old | new (correction_columns): each row's item and its value now
            i += 1
            while i < len(rows) and rows[i]:
                value = current_cell(rows[i], *columns_now)
                lines.append(_row_line([rows[i][0], value]) if rows[i][0] and value else rows[i][0])
                i += 1
            continue
        own = _own_column(rows[i], labels)
        if own is not None:
            # label | the applicant's | another person's: each row's label and the
            # applicant's cell, the other columns are other people's values
            i += 1
            while i < len(rows) and rows[i]:
                row = rows[i]
                value = row[own] if own < len(row) else ""
                lines.append(_row_line([row[0], value]) if row[0] and value else row[0])
                i += 1
            continue
        # a case's victim or suspect a row: under a heading of its own (case_party_row)
        first = next((cell for cell in rows[i] if cell), "")
        asker_above = any(OWN_PARTY.match(line) for line in lines)
        lines += party_row(
            first,
            _row_pairs(rows[i], labels, columns),
            asker_above=asker_above,
            claimant_above=claimant_above(lines, first),
        )
        head = _list_header_under(rows, i, labels) if len(rows[i]) == 1 else None
        if head is not None:
            # a list's title over its header: the place it names is every row's. Its ตำบล
            # and อำเภอ join a house number's box, so only where the list gives one
            # person's row; else the province and postal code alone (set 55)
            no_moo = not any(cell.strip().startswith("หมู่") for cell in rows[head])
            lines += title_place_lines(
                rows[i][0], boxes=_one_row_read(rows, head, labels), moo=no_moo
            )
        i += 1
    return lines


TITLE_BLOCK_ROWS = 4  # rows of a list's head block between its title and its header


def _list_header_under(rows: list[list[str]], i: int, labels: LabelIndex) -> int | None:
    """The row of the list's header that the title at `i` stands over: the next row, or
    one a few rows down past the head block's own label rows and gaps ("ผู้ประสานงาน |
    <name> | โทร | ...", set 107: a petition's sheet names its coordinator between the
    place and the signers' header). None where no header follows so."""
    for j in range(i + 1, min(len(rows), i + 1 + TITLE_BLOCK_ROWS)):
        k = j + 1
        while k < len(rows) and k <= j + MAX_GAP_ROWS and not rows[k]:
            k += 1
        if rows[j] and _column_pairs(rows[j], rows[k] if k < len(rows) else [], labels):
            return j
        first = next((cell for cell in rows[j] if cell), "")
        if first and not is_lone_label(first, labels):
            return None  # more than a head block's label rows: another title or a table
    return None


def _one_row_read(rows: list[list[str]], head: int, labels: LabelIndex) -> bool:
    """Whether the header at `head` gives one person's row: a role or a note names it
    (sheet_roles), or only one row answers the header."""
    listed = role_rows(rows, head, lambda h, r: _column_pairs(h, r, labels))
    if listed is not None:
        return bool(listed[0])
    second = rows[head + 2] if head + 2 < len(rows) else []
    return not _column_pairs(rows[head], second, labels)


LABEL_COLUMN_ROWS = 2  # rows with a label in a column that make it a column of labels


def _label_columns(rows: list[list[str]], labels: LabelIndex) -> frozenset[int]:
    """The columns after the first that hold a label alone in two rows or more: a sheet
    laid out as a paper form, two pairs to a row (ชื่อ | วิไล | นามสกุล | ทองมา). A cell
    in such a column is a label even where no field has it ("รหัสประจำบ้าน" beside the
    house number), so it is not read as the end of the value before it."""
    counts: dict[int, int] = {}
    for row in rows:
        for k, cell in enumerate(row):
            if k and cell and is_lone_label(cell, labels):
                counts[k] = counts.get(k, 0) + 1
    return frozenset(k for k, n in counts.items() if n >= LABEL_COLUMN_ROWS)


# Whose column: a sheet asking the same questions of two people side by side (an
# applicant and a proxy, a parent and a child) heads each column with the person.
# A consenting owner, a guarantor or a witness heads another's column (second_persons).
_PARTY = re.compile(
    r"ผู้ร้อง|ผู้ยื่น|ผู้ขอ|ผู้แจ้ง|มอบอำนาจ|ผู้แทน|ผู้ปกครอง|บิดา|มารดา|บุตร|คู่สมรส"
    rf"|{SECOND_PERSON_COLUMN.pattern}"
)
_OWN = re.compile(r"ผู้ร้อง|ผู้ยื่น|ผู้ขอ|ผู้แจ้ง|(?<!รับ)มอบอำนาจ|ผู้มอบ")
_NOT_OWN = re.compile(rf"ผู้รับมอบ|ผู้ถูกร้อง|ผู้แทน|{SECOND_PERSON_COLUMN.pattern}")


# A child's column beside her parents' or guardian's ("เด็ก | บิดา | มารดา": a day-care
# centre's or a school's record of a new pupil): the record is the child's (sets 31/63,
# 64: a child's place at a ศพด. is hers), the parents' columns other people's values.
_CHILD_COLUMN = re.compile(r"\s*(?:ข้อมูล)?\s*(?:เด็ก(?:เล็ก)?|นักเรียน|ผู้เรียน)\s*")
_CHILDS_PARENT = re.compile(
    r"\s*(?:ข้อมูล)?\s*(?:บิดา|มารดา|พ่อ|แม่|ผู้ปกครอง)(?:\s*[(（][^()（）]*[)）])?\s*"
)


def _own_column(head: list[str], labels: LabelIndex) -> int | None:
    """The column of the applicant's answers when `head` (after its first cell) names two
    people or more, one a column each, and none is a field's label; else None."""
    named = [k for k, cell in enumerate(head) if k and cell]
    # a party's name may read as a label too ("ผู้ขอใช้น้ำ": the requester's name's label);
    # a label naming no party makes the row a header of fields, not of people
    if len(named) < 2 or any(
        is_lone_label(head[k], labels) and not _PARTY.search(head[k]) for k in named
    ):
        return None
    children = [k for k in named if _CHILD_COLUMN.fullmatch(head[k])]
    if len(children) == 1 and all(
        k in children or _CHILDS_PARENT.fullmatch(head[k]) for k in named
    ):
        return children[0]
    if not all(_PARTY.search(head[k]) for k in named):
        return None
    own = [k for k in named if _OWN.search(head[k]) and not _NOT_OWN.search(head[k])]
    return own[0] if own else None


def _column_pairs(head: list[str], below: list[str], labels: LabelIndex) -> list[str]:
    """`label: value` per column when `head` holds three labels or more, each alone in
    its cell, and the row below answers at least two of them; else []. A row of two
    captions and nothing else (จังหวัด | รหัสไปรษณีย์, the last of an address asked part
    by part under captions) heads the row below as well: with no other text beside them
    the two cannot be a label and its value. A system's column named for the one who
    files, then the field ("reporter_phone"), is the field's (extractors.role_prefixed)."""
    # a map app's export: its address is the pin's (extractors.pin_column)
    head = with_pin_place([without_own_role(cell) for cell in head])
    if _answers_its_labels(head, labels):
        return []
    named = [j for j, cell in enumerate(head) if cell and is_lone_label(cell, labels)]
    only_captions = len(named) == sum(1 for cell in head if cell)
    if len(named) < (CAPTIONS_ALONE if only_captions else HEADER_LABELS):
        return []
    answered = [j for j in named if j < len(below) and below[j]]
    # an export's "type" may answer with a label's word, and a role column ("ความสัมพันธ์",
    # no label) with the applicant's ("ผู้สมัคร" below her parents' rows, set 96)
    labels_below = (
        c
        for j, c in enumerate(below)
        if c
        and not _category(head, j, labels)
        and not _role_answer(head, j, c, labels)
        and not _own_columns_word(head, below, j, labels)
    )
    if len(answered) < 2 or any(is_lone_label(c, labels) for c in labels_below):
        return []
    lines = [f"{head[j].rstrip(' :：')}: {below[j]}" for j in answered]
    # a note column's own "โทร 08..." (หมายเหตุ, set 76): the row's contact, its label typed
    noted = [
        below[j]
        for j in range(min(len(head), len(below)))
        if _NOTE_COLUMN.fullmatch(head[j].strip()) and _own_contact(below[j], labels)
    ]
    return lines + noted


def _category(head: list[str], j: int, labels: LabelIndex) -> bool:
    """Whether column `j` is an export's own column, its English caption no field's
    ("type", "category"): a word under it that is also a label ("ถนน", the report's
    kind in a map app's export, set 94) is its answer, not a second row of labels."""
    caption = head[j].strip() if j < len(head) else ""
    return _EXPORT_CAPTION.fullmatch(caption) is not None and not is_lone_label(caption, labels)


def _role_answer(head: list[str], j: int, cell: str, labels: LabelIndex) -> bool:
    """Whether `cell` answers a role column: a person's role (sheet_people.is_role) under
    a caption that is no field's label."""
    caption = head[j].strip() if j < len(head) else ""
    return bool(caption) and not is_lone_label(caption, labels) and is_role(cell)


_EXPORT_CAPTION = re.compile(r"[A-Za-z]+(?:[_ ][A-Za-z]+)*")


def _own_columns_word(head: list[str], below: list[str], j: int, labels: LabelIndex) -> bool:
    """Whether cell `j` of `below` answers a column of its own: under a caption that is no
    field's label ("สินค้า", "ประเภท") in a row that gives an ID's or a phone's number
    under a label's caption. A word there that is also a label's ("หมู", pork, reads as
    หมู่'s label; set 112: a market's vendor list) is that column's answer, and the row is
    still one of answers, not a second row of captions."""
    caption = head[j].strip() if j < len(head) else ""
    if not caption or is_lone_label(caption, labels):
        return False
    return any(
        k < len(head) and is_lone_label(head[k], labels) and _ANSWER_NUMBER.search(cell)
        for k, cell in enumerate(below)
        if cell
    )


# A column for notes: what the row's own person adds there is hers (her phone "โทร ...").
_NOTE_COLUMN = re.compile(r"หมายเหตุ|อื่น\s*ๆ|note|notes|remarks?", re.IGNORECASE)


def _own_contact(cell: str, labels: LabelIndex) -> bool:
    """A cell holding a phone's or an e-mail's label and its value ("โทร 081-...")."""
    found = parse_label_line(cell, labels) if cell else None
    return found is not None and bool(found.value) and found.key in _CONTACT_KEYS


_CONTACT_KEYS = frozenset({"phone", "email"})


# A number of nine digits or more, spaced or dashed as typed: an ID's or a phone's.
_ANSWER_NUMBER = re.compile(r"[0-9๐-๙](?:[\s\-]?[0-9๐-๙]){8,}")


def _answers_its_labels(row: list[str], labels: LabelIndex) -> bool:
    """label | value | label | value across the row, a value an ID's or a phone's number:
    the row answers its labels and heads no columns (set 75: a company's director's row,
    his name, ID and mobile, over its branches' list: the branches were read as his)."""
    cells = [cell for cell in row if cell]
    if len(cells) < 4 or len(cells) % 2:
        return False
    for k, cell in enumerate(cells):
        if is_lone_label(cell, labels) != (k % 2 == 0):
            return False
    return any(_ANSWER_NUMBER.search(cell) for cell in cells[1::2])


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()  # a date cell: the day, not midnight
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _row_pairs(
    row: list[str], labels: LabelIndex, columns: frozenset[int] = frozenset()
) -> list[str]:
    """A row's `label: value` lines: a cell holding a label alone starts a pair, so a
    paper form laid out two pairs to a row (ชื่อ | นาย... | | เลขประจำตัว | 1...) gives
    both, each cell a cell apart however the value ends; so does a text cell with no
    digit in one of the sheet's label `columns`."""
    groups: list[list[str]] = []
    for k, cell in enumerate(row):
        if not cell or _running_number(row, k, labels):
            continue
        in_label_column = k in columns and not any(ch.isdigit() for ch in cell)
        # a cell with its own label and value beside a title ("ข้อมูลครัวเรือน... | ที่อยู่
        # 61 ถ....", set 76): its own pair, not the title's value
        beside_title = bool(groups) and _titled(groups[-1], labels) and _labelled(cell, labels)
        if not groups or in_label_column or beside_title or is_lone_label(cell, labels):
            groups.append([cell])
        else:
            groups[-1].append(cell)
    return [_row_line(group) for group in groups] or [""]


def _titled(group: list[str], labels: LabelIndex) -> bool:
    """A group that is one text cell no label opens: a sheet's title."""
    return len(group) == 1 and parse_label_line(group[0], labels) is None


def _labelled(cell: str, labels: LabelIndex) -> bool:
    found = parse_label_line(cell, labels)
    return found is not None and bool(found.value)


# An office's sheet numbers its rows (ลำดับ | รายการ | ข้อมูล): "1", "12.", "3)".
_ROW_NUMBER = re.compile(r"\d{1,3}[.)]?")


def _running_number(row: list[str], k: int, labels: LabelIndex) -> bool:
    """The row's first cell is its item number when the next cell with text holds a
    label alone: the number is the row's, not a line of the value above it (read as one,
    it ended the address before it)."""
    if any(row[:k]) or not _ROW_NUMBER.fullmatch(row[k]):
        return False
    after = next((cell for cell in row[k + 1 :] if cell), "")
    return bool(after) and is_lone_label(after, labels)


def _row_line(cells: list[str]) -> str:
    """Label and value: the first cell and the next ones ("ที่อยู่ | 45 ม.3 | ต.พระบาท")."""
    if len(cells) < 2:
        return cells[0] if cells else ""
    label = cells[0].rstrip(" :：")
    # a cell holding only the colon (label | : | value) is the form's print, not the value
    values = [cell for cell in cells[1:] if cell.strip(" :：")] or cells[1:]
    return f"{label}: {' '.join(values)}"


class XlsxFormExtractor:
    """An XLSX attachment in (sniffed by its bytes), `label: value` candidates out."""

    name = "xlsx_form"

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits

    def extract(self, content: bytes | str, *, part: str, labels: LabelIndex) -> ExtractionResult:
        rows, risks = open_package(xlsx_rows, content, self.limits, part=part, code="xlsx")
        if isinstance(rows, ExtractionResult):
            return rows
        lines = xlsx_lines(with_short_captions(rows), labels)
        result = read_lines(lines, part=part, kind="spreadsheet", labels=labels)
        result.defects += risks
        result.text = "\n".join(lines)
        sellers = sellers_lines(lines)
        found = sellers_row_behind(sellers, result.candidates)
        # a firm's sheet for a family: its head block is the firm's (set 69)
        found = without_issuers_head(lines, found, sellers)
        # a firm's quotation or data sheet sent by its customer: her row (customers_row)
        found = with_customers_row(lines, found, part=part, kind="spreadsheet")
        result.candidates = [serial_date_read(zero_restored(c, labels), labels) for c in found]
        # an อสม.'s or a health unit's sheet on a patient: its head block is its (set 81)
        result.candidates = without_health_workers_head(lines, result.candidates)
        # a case's victim's row on an officer's sheet: hers, not his (set 83)
        result.candidates = with_case_party_behind(lines, result.candidates)
        # rows of several people that nothing marks: no one's surely (sheet_roles)
        result.candidates = listed_rows_behind(lines, result.candidates)
        # "ผู้เช่า | <name>" over her own ID and birth date rows: her name (set 97)
        result.candidates = role_row_names(lines, result.candidates, part, "spreadsheet")
        # a filer's sheet naming the owner only by her part, its own names behind (set 98)
        result.candidates = with_owners_row(lines, result.candidates, part=part, kind="spreadsheet")
        # a group's sheet: its chair's row in the head block over its members' (set 106)
        result.candidates = with_chairs_row(lines, result.candidates, part=part, kind="spreadsheet")
        # a group's roster: its head block's contact beside its chair's row (set 113)
        result.candidates = contacts_behind_chair(rows, lines, result.candidates)
        return result


# A Thai number with its leading 0 gone: a mobile (6/8/9 + 8 digits) or a landline
# (2/3/4/5/7 + 7 digits), as Excel stores 0816639027 typed into a General cell.
_ZERO_LOST = re.compile(r"[689]\d{8}|[23457]\d{7}")
ZERO_RESTORED = 0.75  # below REVIEW_BELOW: a clerk checks the number


def zero_restored(candidate: FieldCandidate, labels: LabelIndex) -> FieldCandidate:
    """A phone Excel made a number gets its trunk 0 back, flagged: the 0 was the
    spreadsheet's loss, not the citizen's (elsewhere a number without it is refused)."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None or field_type(candidate.key) != "phone":
        return candidate
    if not _ZERO_LOST.fullmatch(candidate.value.strip()):
        return candidate
    value = "0" + candidate.value.strip()
    confidence = min(candidate.confidence, ZERO_RESTORED)
    return candidate.model_copy(update={"value": value, "confidence": confidence})


# Excel's day numbers from 1900-01-01 (1) on: 10000 is 1927-05-18, 60000 is 2064-04-08.
_SERIAL = re.compile(r"[1-5]\d{4}")
SERIAL_READ = 0.75  # below REVIEW_BELOW: a clerk checks the date


def serial_date_read(candidate: FieldCandidate, labels: LabelIndex) -> FieldCandidate:
    """A date Excel shows as its day number (a date pasted into a General cell: 30573)
    read as the date it counts, flagged: under a date's label a five-digit number is no
    date a person writes, and the sheet lost only the format."""
    field_type = getattr(labels, "field_type", None)
    if field_type is None or field_type(candidate.key) != "date":
        return candidate
    if not _SERIAL.fullmatch(candidate.value.strip()):
        return candidate
    day = dt.date(1899, 12, 30) + dt.timedelta(days=int(candidate.value.strip()))
    confidence = min(candidate.confidence, SERIAL_READ)
    return candidate.model_copy(update={"value": day.isoformat(), "confidence": confidence})
