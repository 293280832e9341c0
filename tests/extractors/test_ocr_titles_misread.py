"""A name's title (นาย, นาง, นางสาว) as Tesseract misreads it on a scan or photo: a tone
mark on one of its letters (a speck over the line read as ่), a stray mark read before it
(the ticked box or the leader's end read as ห or a digit), or its น and า run together
read as แ. `ocr_text.with_title_mended` gives such a name its title back."""

from __future__ import annotations

from extractors.ocr_text import with_title_mended


def test_a_title_read_with_a_tone_mark_no_title_carries_is_the_title() -> None:
    assert with_title_mended("ห่างสาวพรทิพย์ ดวงแก้ว") == "นางสาวพรทิพย์ ดวงแก้ว"
    assert with_title_mended("ห่างมยุรี ศักดิ์ดี") == "นางมยุรี ศักดิ์ดี"
    assert with_title_mended("นา่ยชูชาติ ทองอ่อน") == "นายชูชาติ ทองอ่อน"
    assert with_title_mended("น้าง วิไล สุขใจ") == "นาง วิไล สุขใจ"


def test_a_stray_mark_read_before_the_title_is_dropped() -> None:
    assert with_title_mended("หนายสมพงษ์ เรืองศรี") == "นายสมพงษ์ เรืองศรี"
    assert with_title_mended("1นางสาวปรียา คงมั่น") == "นางสาวปรียา คงมั่น"
    assert with_title_mended("1หางสาวปรียา คงมั่น") == "นางสาวปรียา คงมั่น"
    assert with_title_mended("|นาง ประไพ มีทรัพย์") == "นาง ประไพ มีทรัพย์"


def test_the_titles_na_and_aa_run_together_read_as_sara_ae() -> None:
    assert with_title_mended("แงประไพ มีทรัพย์") == "นางประไพ มีทรัพย์"
    assert with_title_mended("แงสาวปรียา คงมั่น") == "นางสาวปรียา คงมั่น"
    assert with_title_mended("แย ชูชาติ ทองอ่อน") == "นาย ชูชาติ ทองอ่อน"
    assert with_title_mended("แ็งประไพ มีทรัพย์") == "นางประไพ มีทรัพย์"  # a speck as ็


def test_a_name_that_opens_so_without_a_misread_title_stays() -> None:
    for kept in (
        "หนึ่งฤทัย ใจดี",  # no title: หน then a vowel
        "แย้ม สุขใจ",  # two words: the first is the given name
        "แงะ ใจดี",
        "ทนายสมชาย ใจดี",  # ท before นาย is no stray mark
        "ห่านทอง ใจดี",
        "นิ่มนวล ใจดี",
        "หน่อย ศรีสุข",
        "แสงเดือน ปิ่นตา",
        "นางสาวปรียา คงมั่น",
        "นางลาวัลย์ ใจดี",
    ):
        assert with_title_mended(kept) == kept, kept
