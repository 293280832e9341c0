"""Placing a grouped text box on the cell under it (extractors/xlsx_groups.py)."""

from __future__ import annotations

from lxml import etree

from extractors.xlsx_groups import EMU_PER_POINT, MAX_STEPS, SheetGrid, sheet_grid

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def test_rows_of_their_own_height_are_walked_not_the_default() -> None:
    tall = 30 * EMU_PER_POINT  # a form's answer rows made twice Excel's default
    grid = SheetGrid(rows={0: tall, 1: tall, 2: tall}, columns={})
    assert grid.cell_at(0, 2, 2 * tall, 0)[0] == 2
    assert SheetGrid(rows={}, columns={}).cell_at(0, 2, 2 * tall, 0)[0] == 4


def test_a_box_dragged_a_hair_above_a_line_belongs_to_the_row_under_it() -> None:
    row = 15 * EMU_PER_POINT
    grid = SheetGrid(rows={}, columns={})
    assert grid.cell_at(3, 0, row - row // 10, 0)[0] == 4
    assert grid.cell_at(3, 0, row // 10, 0)[0] == 3


def test_a_hostile_offset_walks_no_further_than_a_form_could_be() -> None:
    grid = SheetGrid(rows={}, columns={})
    row, column, _ = grid.cell_at(0, 0, 10**15, 10**15)
    assert row == MAX_STEPS and column == MAX_STEPS


def test_the_sheets_saved_heights_and_widths_are_read() -> None:
    sheet = etree.fromstring(
        f'<worksheet xmlns="{S}"><sheetFormatPr defaultRowHeight="20"/>'
        '<cols><col min="2" max="3" width="30"/></cols>'
        '<sheetData><row r="2" ht="45" customHeight="1"/></sheetData></worksheet>'
    )
    grid = sheet_grid(sheet)
    assert grid.default_row == 20 * EMU_PER_POINT
    assert grid.rows == {1: 45 * EMU_PER_POINT}
    assert grid.columns[1] == grid.columns[2] == 210 * 9525
    assert 0 not in grid.columns
