"""A group's letter over a table of its members, the writer's own row among them: the
letter opens "ด้วยผม <name> ..." (the opening word glued to his own), and his row is the
one whose name that line gives. Invented names and numbers."""

from __future__ import annotations

from extractors.sheet_roles import asker_named_row

_ROWS = [
    ["1", "นายประยูร แก้วดี", "48", "หัวหน้าคณะ", "081-447-2093"],
    ["2", "นายสมาน ทองมา", "61", "ช่างกลอง", "089-310-5521"],
    ["3", "นางสาวอรอุมา ศรีใส", "22", "นักร้อง", ""],
]


def test_the_row_of_the_writer_named_after_the_letters_opening_word() -> None:
    letter = ["ด้วยผม นายประยูร แก้วดี หัวหน้าคณะกลองยาว มีความประสงค์ขอเข้าร่วมแสดง"]
    assert asker_named_row(_ROWS, letter) == 0
    assert asker_named_row(_ROWS, ["ด้วยข้าพเจ้า นายสมาน ทองมา ขอเข้าร่วม"]) == 1


def test_a_name_said_by_no_writer_marks_no_row() -> None:
    assert asker_named_row(_ROWS, ["ด้วยคณะกลองยาว นำโดย นายประยูร แก้วดี"]) is None
