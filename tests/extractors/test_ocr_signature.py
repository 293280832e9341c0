"""The applicant's name taken from the bracketed name under the signature where the
readings of the page agree on it and it reads better than the labelled value
(extractors/ocr_signature.py, ocr.with_name_from_signature). The names are made up."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractors.extract import NAME_PART_SPECS
from extractors.labels import LabelMatcher
from extractors.ocr import OcrLine, OcrPage, best_reading
from extractors.ocr_signature import signed_names, signers_caption
from extractors.templates import load_templates

ROOT = Path(__file__).resolve().parents[2]


@cache
def labels() -> LabelMatcher:
    return LabelMatcher(load_templates(ROOT / "config" / "forms"), NAME_PART_SPECS)


def _reading(*lines: str) -> OcrPage:
    return OcrPage(1, tuple(OcrLine(t, (0.95,) * len(t.replace(" ", ""))) for t in lines), 0, 0.0)


def _name(*readings: tuple[str, ...]) -> tuple[str, list[str]]:
    first, *others = (_reading(*lines) for lines in readings)
    page = OcrPage(1, first.lines, 0, 0.0, alternatives=tuple(others))
    found = {c.key: c for c in best_reading(page, "2", labels())}
    return found["full_name"].value, list(found["full_name"].provenance.flags)


def test_the_signed_names_are_read_with_their_leader_dots_as_spaces() -> None:
    names = signed_names(["ลงชื่อ .......... (..นางลำดวน..รักษาดี)", "(นางลำดวน รักษาดี)"])
    assert names == {"นางลำดวน รักษาดี": 2}


def test_a_misread_name_is_taken_as_two_readings_of_the_signature_read_it() -> None:
    value, flags = _name(
        ("ชื่อ-นามสกุล นางสำดวน รักษาดี", "ลงชื่อ ......... ผู้ยื่นคำร้อง", "(นางลำดวน รักษาดี)"),
        ("ชื่อ-นามสกุล นางสำดวน รักษาดี", "ลงชื่อ ......... ผู้ยื่นคำร้อง", "(..นางลำดวน..รักษาดี)"),
    )
    assert value == "นางลำดวน รักษาดี"
    assert {"ocr", "ocr_repaired"} <= set(flags)


def test_a_signature_read_once_does_not_overrule_the_labelled_name() -> None:
    value, _ = _name(
        ("ชื่อ-นามสกุล นางสำดวน รักษาดี", "(นางลำดวน รักษาดี)"),
        ("ชื่อ-นามสกุล นางสำดวน รักษาดี", "(นางสำดวน รักษาดี"),
    )
    assert value == "นางสำดวน รักษาดี"


def test_a_signature_no_better_than_the_labelled_name_does_not_overrule_it() -> None:
    # both are known words alike: the page does not say which is right
    value, _ = _name(
        ("ชื่อ-นามสกุล นายสมชาย ใจดี", "(นายสมชาย ใจดีมาก)"),
        ("ชื่อ-นามสกุล นายสมชาย ใจดี", "(นายสมชาย ใจดีมาก)"),
    )
    assert value == "นายสมชาย ใจดี"


def test_another_persons_signature_is_not_taken_for_the_applicants_name() -> None:
    value, _ = _name(
        ("ชื่อ-นามสกุล นางสำดวน รักษาดี", "ผู้รับเรื่อง (นายประเสริฐ ทองคำ)"),
        ("ชื่อ-นามสกุล นางสำดวน รักษาดี", "ผู้รับเรื่อง (นายประเสริฐ ทองคำ)"),
    )
    assert value == "นางสำดวน รักษาดี"


def test_a_name_the_word_list_mended_is_put_back_as_every_reading_read_it() -> None:
    # กรอุมา is no listed word and กรอมา is: one edit of its mark "mends" it, against
    # the page, which read it so in each of its readings
    value, _ = _name(
        ("ชื่อ-นามสกุล นางสาวกรอุมา ทองดี",),
        ("ชื่อ-นามสกุล: นางสาวกรอุมา ทองดี",),
    )
    assert value == "นางสาวกรอุมา ทองดี"


def test_a_mending_a_reading_agrees_with_stands() -> None:
    value, _ = _name(
        ("ชื่อ-นามสกุล นางสาวกรอุมา ทองดี",),
        ("ชื่อ-นามสกุล นางสาวกรอุมา ทองดี", "(นางสาวกรอมา ทองดี)"),
    )
    assert value == "นางสาวกรอมา ทองดี"


def test_a_name_read_once_as_written_stays_mended() -> None:
    value, _ = _name(
        ("ชื่อ-นามสกุล นางสาวกรอุมา ทองดี",),
        ("ชื่อ-นามสกุล นางสาวกรอมา ทองดี",),
    )
    assert value == "นางสาวกรอมา ทองดี"


def test_a_name_cut_after_the_given_name_is_completed_by_the_signature() -> None:
    # a receiving stamp pressed across the name line leaves the given name alone
    cut = ("ข้าพเจ้า นางสาวปวันรัตน์ 4 แม ce อายุ 33", "ลงชื่อ ผู้ยื่นคำร้อง", "(นางสาวปวันรัตน์ ทองสุข)")
    value, flags = _name(cut, cut)
    assert value == "นางสาวปวันรัตน์ ทองสุข"
    assert "ocr_repaired" in flags
    once = ("ข้าพเจ้า นางสาวปวันรัตน์ 4 แม", "(นางสาวปวันรัตน์ ทองสุข)")
    assert _name(once, once)[0] == "นางสาวปวันรัตน์ ทองสุข"
    assert _name(once, once[:1])[0] == "นางสาวปวันรัตน์ 4 แม"  # signed once: not enough
    other = ("ข้าพเจ้า นางสาวปวันรัตน์ 4 แม", "(นางสาวมาลัย ทองสุข)")  # someone else signs
    assert _name(other, other)[0] == "นางสาวปวันรัตน์ 4 แม"


def test_the_signatures_caption_is_no_name() -> None:
    # a stamp across the name line: the label reader's only name is the caption under
    # the signature line (`ลงชื่อ ...... ผู้ยื่นคำร้อง`), its marks misread
    for caption in ("ผู้ยื่นคำร้อง", "ผู้ยืนคำร้องุ", "ผู้ขอ"):
        page = _reading("คำร้องขอใช้อาคาร", f"ลงชื่อ : {caption}")
        assert not [c for c in best_reading(page, "2", labels()) if c.key == "full_name"]
    assert signers_caption("ผู้ยื่นคำร้อง") and not signers_caption("นางผู้ยื่น สุขดี")


def _with_crops(crops: tuple[tuple[str, ...], ...], *readings: tuple[str, ...]) -> str:
    first, *others = (_reading(*lines) for lines in readings)
    page = OcrPage(1, first.lines, 0, 0.0, alternatives=tuple(others), line_names=crops)
    return {c.key: c.value for c in best_reading(page, "2", labels())}["full_name"]


def test_a_mended_word_is_put_back_as_the_page_and_its_crop_read_it() -> None:
    # (ocr49) the name's line holds นามสกุล between the given and the family name, so no
    # line reads the name whole as the value holds it; the page's line and one cut of its
    # crop (a speck before it) read กรอุมา, none กรอมา: two witnesses against the list
    page = ("ชื่อ นางสาวกรอุมา นามสกุล ทองดี",)
    other = ("ชื่อ DIANA นามสกุล ทองดี",)
    crops = (("-กรอุมา นามสกุล ทองดี", ".@รอุมา นามสกุล ทองดี"),)
    assert _with_crops(crops, page, other) == "นางสาวกรอุมา ทองดี"


def test_one_witness_or_one_reading_as_mended_leaves_the_word_mended() -> None:
    # (ocr49) the page read it once and no crop; or a crop reads it as mended
    page = ("ชื่อ นางสาวกรอุมา นามสกุล ทองดี",)
    other = ("ชื่อ DIANA นามสกุล ทองดี",)
    assert _with_crops((), page, other) == "นางสาวกรอมา ทองดี"
    crops = (("กรอุมา นามสกุล ทองดี", "กรอุมา นามสกุล ทองดี"), ("กรอมา นามสกุล ทองดี",))
    assert _with_crops(crops, page, other) == "นางสาวกรอมา ทองดี"


def test_a_signature_read_alike_more_often_than_the_labelled_name_wins_a_tie() -> None:
    # the labelled line read two ways (its family name a letter off in one), the
    # signature read alike in both: as good by the known words, and read more often
    value, flags = _name(
        ("ชื่อ-นามสกุล นายพงศกร ทองเจรณ", "(นายพงศกร ทองเจริญ)"),
        ("ชื่อ-นามสกุล นายพงศกร ทองเจวิญ", "(นายพงศกร ทองเจริญ)"),
    )
    assert value == "นายพงศกร ทองเจริญ"
    assert "ocr_repaired" in flags


def test_a_signature_with_a_silent_mark_opening_a_word_does_not_win_a_tie() -> None:
    # ั read as ์ both at the label and under the signature: the value is mended (ณั),
    # the signature as read is no better evidence
    value, _ = _name(
        ("ชื่อ-นามสกุล นายณ์ฐพล ทองเจริญ", "(นายณ์ฐพล ทองเจริญ)"),
        ("ชื่อ-นามสกุล นายณ์ฐพล ทองเจริญ", "(นายณ์ฐพล ทองเจริญ)"),
    )
    assert value == "นายณัฐพล ทองเจริญ"


def test_a_signature_read_with_a_speck_after_it_is_the_same_name_signed() -> None:
    # one reading of the signature has a speck read as a word after the family name
    # (`รรว`): it is the same name signed, a second witness against the labelled value
    value, flags = _name(
        ("ชื่อ-นามสกุล นางสาวมาลินี แสงจนทร์", "(นางสาวมาลินี แสงจันทร์)"),
        ("ชื่อ-นามสกุล นางสาวมาลินี แสงจนทร์", "oe ( นางสาวมาลินี แสงจันทร์ รรว"),
    )
    assert value == "นางสาวมาลินี แสงจันทร์"
    assert "ocr_repaired" in flags


def test_a_longer_signature_does_not_count_for_a_shorter_name_it_does_not_start_with() -> None:
    # cut to the value's two words, the signatures are another name: no change
    value, _ = _name(
        ("ชื่อ-นามสกุล นางสาวมาลินี แสงจนทร์", "(นางสาวมาลินา ทองดี รรว)"),
        ("ชื่อ-นามสกุล นางสาวมาลินี แสงจนทร์", "(นางสาวมาลินา ทองดี รรว)"),
    )
    assert value == "นางสาวมาลินี แสงจนทร์"
