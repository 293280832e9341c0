"""`cases export` after an erasure, on SQLite and PostgreSQL: the erased case is a
tombstone line and every other case still exports, masked and revealed (issue 9,
item 11). The hostile-value side of the same export is in
tests/intake/test_cases_export.py."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from store_helpers import close_case
from support.invoke import invoke
from support.privacy_seed import PEOPLE, TESTER, MakeStore

from compliance.subject import erase_subject

REVEAL = ["--reveal", "--reason", "ตรวจสอบการส่งออกหลังการลบ"]


@pytest.mark.parametrize("reveal", [[], REVEAL], ids=["masked", "revealed"])
def test_export_after_an_erasure_has_a_tombstone_and_the_rest(
    make_store: MakeStore, tmp_path: Path, capsys: pytest.CaptureFixture[str], reveal: list[str]
) -> None:
    store = make_store(people=PEOPLE[:3])
    erased, kept = PEOPLE[0], PEOPLE[1:3]
    close_case(store.ctx, store.receipts[erased.national_id])
    erase_subject(store.ctx, TESTER, national_id=erased.national_id, reason="ร้องขอ")
    config = ["--config", str(store.config), "cases", "export"]

    code, out, err = invoke(capsys, *config, "--format", "jsonl", *reveal)
    assert code == 0, err
    records = {r["receipt_no"]: r for r in map(json.loads, out.splitlines())}
    assert set(records) == set(store.receipts.values())
    tombstone = records[store.receipts[erased.national_id]]
    assert tombstone["status"] == "erased" and tombstone["fields"] == {}
    assert erased.national_id not in out and erased.email not in out
    for person in kept:
        fields = records[store.receipts[person.national_id]]["fields"]
        assert (fields["national_id"] == person.national_id) == bool(reveal)

    target = tmp_path / "cases.csv"
    code, _, err = invoke(capsys, *config, "--format", "csv", "--output", str(target), *reveal)
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 1 + 3

    book = tmp_path / "cases.xlsx"
    code, _, err = invoke(capsys, *config, "--format", "xlsx", "--output", str(book), *reveal)
    assert code == 0, err
    assert load_workbook(book)["cases"].max_row == 1 + 3
