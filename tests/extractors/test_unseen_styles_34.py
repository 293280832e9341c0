"""Accuracy on a thirty-fourth set of requests written by others (issue 8): REQUESTERS
WHOSE IDENTITY IS WRITTEN UNUSUALLY: police and military ranks (abbreviated and written
out), ว่าที่ ranks, academic and medical titles, monks with their ฉายา and temple,
ม.ร.ว./ม.ล., a parent filing for a child and a child's own form, changed, nick and maiden
names, a foreigner with only a passport, a Thai name in Latin letters, pink-card holders,
companies and partnerships as applicants, Bangkok condominium addresses, addresses in one
run, and several phones; in plain and HTML bodies, Word, PDF and sheets.

unseen_requests_34.py was written before reading `extractors/` or `config/` (only the
harness, set 33's test and builder with the helpers they import, and the earlier sets'
docstrings, style names and expected names for ranks and monks). Its docstring writes down
the conventions before any run: titles นาย/นาง/นางสาว/ด.ช./ด.ญ. attached, ranks and
academic titles kept; a monk's title, name and ฉายา; the current name of a changed one; a
company's applicant is the person who signs for it, its registration number no ID; a
passport is no ID, a pink card's valid 13 digits are; the mobile of several phones; an
office line without its extension. Same harness (unseen_harness.py) as the other sets.
Run with `-s` to see the table per style and kind.
"""

from __future__ import annotations

import pytest
from unseen_harness import HeldOutSet, by_kind
from unseen_requests_34 import KIND, build_outcomes, build_set

from extractors.classify import classify
from extractors.mime import parse_message

# First sight, before any reader was read or changed (PYTHONPATH=.
# /work/main/.venv/bin/python -m pytest tests/extractors/test_unseen_styles_34.py -s -p
# no:randomly, set at dccc47e on main's b2c4e65), 25 styles, 50 requests: 356/368 right
# (0.967), 4 wrong flagged, 2 wrong without a flag (0.543%), 6 missing (2 n/a: the
# template chosen for plain_doctor_hospital_phone does not collect two fields); outcomes
# 3/4. By kind (right/fields; flagged, silent, missing): plain 162/164 (1, 1, 0), HTML
# 88/90 (1, 1, 0), Word 46/52 (0, 0, 6), PDF 45/46 (1, 0, 0), sheet 15/16 (1, 0, 0).
# Silent, 2: plain_name_changed full_name x1 ("ชื่อ-นามสกุล <old> (เปลี่ยนชื่อเป็น <new>
# ...)": the former name before the brackets taken, the new one inside them dropped);
# html_three_phones phone x1 ("โทรศัพท์: บ้าน 0-5224-xxxx / มือถือ +66 81 ... /
# ที่ทำงาน 02-... ต่อ ...": the home line, the first on the line, taken for the mobile).
# Flagged, 4: plain_name_changed full_name x1 (the whole sentence "เดิมชื่อ <old>
# ปัจจุบันชื่อ <new> ได้เปลี่ยนชื่อตาม..." taken for the name); html_three_phones phone x1
# (the home line "โทรศัพท์ (บ้าน)", first of three labelled lines, taken);
# pdf_maiden_and_former_name full_name x1 (the "ชื่อ-สกุล (เดิม)" row, written before the
# "(ปัจจุบัน)" one, taken); xlsx_title_cell_apart full_name x1 (ว่าที่ร้อยตรี in its own
# คำนำหน้า cell dropped: "สุเมธ วงศ์ใหญ่"; ผศ.ดร. in the other variant kept).
# Missing, 6: docx_partnership_applicant full_name x2 (the managing partner after "โดย"
# on the หจก.'s line); docx_monk_chaya_label full_name x2 ("ด้วยอาตมภาพ พระ... ฉายา ..."
# in a Word paragraph); docx_condo_address_parts address x2 (the address in table rows
# ห้องเลขที่/ชั้น/อาคาร/เลขที่/ซอย/ถนน/แขวง/เขต not put together).
# Outcomes: the Thai read receipt (plain text, "อ่านแล้ว: ..." subject, no report part or
# auto-submitted header) is read as a request; the out-of-office signed with a rank, the
# company's and the temple's requests are right.
# Right everywhere: ranks attached or spaced (พ.ต.ท., ร.ต.อ., จ.ส.อ., พลทหาร, ส.ต.ท.หญิง,
# ว่าที่ ร.ต., ร้อยตำรวจเอก written out), ผศ.ดร./รศ./นพ./ทพ./ทพญ./ดร., ม.ร.ว./ม.ล., the
# monks' plain-text names, nicknames and maiden names, the passport-only foreigner (no ID
# read), the pink cards starting 00 and 6, the Latin-letter Thai name, the parent filing
# for a child and the child's own form, the company's director (its registration number
# not taken), the หจก. with no ID given, the stations', hospitals' and faculties' lines,
# the office line without its extension, Bangkok condos in HTML, one-run addresses.
# Many right values carry a flag (plain_nco_private_prose 16/16, plain_address_one_run_
# signature 12/12, plain_pink_card_worker 12/14, docx_monk_chaya_label 12/12): a clerk
# is asked to look at them although they are right.
# No builder slips found: each miss above is the reader's (the expected value is in the
# mail, as the convention in unseen_requests_34.py says).
# Floors: each style below 0.99 at its first-sight accuracy, the silent share at its
# first-sight 2/368, the read receipt's outcome an expected failure (strict), so the set
# passes as it reads today and any step back, or forward, is seen.
# Run time: about 10 s for the file on the shared machine.
# After fix34 step 1 (changed names: extractors/changed_name.py): 359/368 (0.976), 2
# flagged, 1 silent (0.272%), 6 missing; plain 164/164, PDF 46/46 (the "(เดิม)" row now
# below the current one), the rest as above.
# After fix34 step 2 (the mobile of several own phones: extractors/mobile_first.py):
# 361/368 (0.981), 1 flagged, 0 silent, 6 missing; HTML 90/90.
# After fix34 step 3 (a read receipt sent as text: extractors/read_receipt.py): outcomes
# 4/4.
# After fix34 step 4a (a monk's อาตมภาพ and the word ฉายา before his Pali name, in
# extractors/prose.py): 363/368 (0.986), 1 flagged, 0 silent, 4 missing; Word 48/52.
# After fix34 step 4b (a juristic applicant's signer after "โดย" with his role:
# extractors/juristic.py SIGNER_ROLE, prose.py): 365/368 (0.992), 1 flagged, 0 silent,
# 2 missing; Word 50/52.
# After fix34 step 4c (a condominium's room, floor and building boxes joined before the
# house number: extractors/address_parts.py): 367/368 (0.997), 1 flagged, 0 silent, 0
# missing; plain 164/164, HTML 90/90, Word 52/52, PDF 46/46, sheet 15/16 (the ว่าที่
# title cell, flagged: left to the sheet readers' work in fix35).
# Every other set's "all styles" line (-k "unseen_styles", before on 1a47552, after on
# fix34's head) is identical but two, both by step 2 and both forward: set 11 583 -> 584
# (pdf_two_up_copies: the mobile beside a landline on the two copies' line, was the
# landline, flagged) and set 33 304 -> 306 (docx_commercial_tp_person phone x2: the
# owner's labelled mobile over the shop's line, was the shop's, flagged).
FLOORS: dict[str, float] = {
    "xlsx_title_cell_apart": 0.937,
}

HELD_OUT = HeldOutSet(build_set, FLOORS)


def test_the_set_is_new_and_varied() -> None:
    HELD_OUT.assert_size(requests=50, styles=25, fields=370)


def test_accuracy_per_style() -> None:
    print("\n" + by_kind(HELD_OUT.table, KIND))
    HELD_OUT.assert_floors()


def test_wrong_without_a_flag() -> None:
    # 2 of 368 at first sight (0.543%, over issue 8's 0.5% line); none since fix34's
    # second step: held at the harness's none, as every other set is.
    HELD_OUT.assert_silent_at_most()


# First sight: the read receipt was taken for a request (see above); told since fix34's
# third step (extractors/read_receipt.py), its strict xfail removed.
@pytest.mark.parametrize(("what", "raw", "kind"), build_outcomes(), ids=lambda x: str(x)[:40])
def test_outcomes(what: str, raw: bytes, kind: str) -> None:
    assert classify(parse_message(raw)).kind == kind, what
