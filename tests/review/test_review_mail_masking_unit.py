"""The text masker and the HTML masker as small pieces: what a reader sees is masked."""

from __future__ import annotations

import html
import itertools
import re

import pytest

from extractors.masking import TextMasker, mask_identifiers
from review.mailview import mask_html, numbered_lines, sanitise_html

NID = "3100600445635"
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def seen(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


@pytest.mark.parametrize(
    "text",
    [
        NID,
        "3-1006-00445-63-5",
        "3 1006 00445 63 5",
        NID.translate(THAI),
        "3100600\u200b445635",
        "3100600\u00ad445635",
        "３１００６００４４５６３５",
        "3100600/445635",
    ],
    ids=["plain", "dashed", "spaced", "thai", "zwsp", "shy", "fullwidth", "slash"],
)
def test_a_national_id_is_masked_however_written(text: str) -> None:
    out = mask_identifiers(f"เลข {text} ครับ")
    digits = [ch for ch in out if ch.isdigit()]
    assert len(digits) == 6, out  # the mask keeps the first five digits and the last
    assert out.startswith("เลข ") and out.endswith(" ครับ")


@pytest.mark.parametrize(
    "text", ["0891234567", "089-123-4567", "+66 89 123 4567", "๐๘๙๑๒๓๔๕๖๗", "(089) 123 4567"]
)
def test_a_phone_keeps_only_its_last_four_digits(text: str) -> None:
    out = mask_identifiers(f"โทร {text}")
    assert sum(ch.isdigit() for ch in out) == 4, out


def test_known_values_match_across_any_whitespace_and_case() -> None:
    masker = TextMasker([("สมศรี ทดสอบ", "สxxxx"), ("Somsri Example", "Sxxxx")])
    assert masker("ชื่อ สมศรี\n   ทดสอบ ครับ") == "ชื่อ สxxxx ครับ"
    assert masker("SOMSRI  example") == "Sxxxx"
    assert masker("ข้อความทั่วไป") == "ข้อความทั่วไป"
    cells = "<table><tr><td>ชื่อ</td><td>สมศรี</td><td>ทดสอบ</td></tr></table>"
    assert "ทดสอบ" not in mask_html(sanitise_html(cells), masker)


def test_spans_do_not_overlap_and_known_values_win() -> None:
    masker = TextMasker([("citizen@example.org", "cxxx@example.org")])
    text = f"citizen@example.org {NID} other@example.net"
    spans = masker.spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["citizen@example.org", NID, "other@example.net"]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize(
    "markup",
    [
        "<p>310060<b></b>0445635</p>",
        "<p>31006<span>00445</span>635</p>",
        "<p>" + "".join(f"&#{ord(c)};" for c in NID) + "</p>",
        "<p>" + "".join(f"&#x{ord(c):x};" for c in NID) + "</p>",
        "<p>3100600&#8203;445635</p>",
        "<p>310060<span style='display:none'>9</span>0445635</p>",
    ],
    ids=["empty-tag", "inner-span", "decimal-entities", "hex-entities", "zwsp", "hidden"],
)
def test_html_is_masked_as_rendered(markup: str) -> None:
    out = mask_html(sanitise_html(markup), TextMasker())
    text = seen(out)
    assert NID not in text
    assert "style" not in out  # so a hidden digit shows, and the ID is not whole on screen


def test_html_keeps_its_markup_and_masks_attributes_a_reader_sees() -> None:
    markup = f'<table><tr><td title="{NID}">เรื่อง</td><td><b>ขอ</b>เอกสาร</td></tr></table>'
    out = mask_html(sanitise_html(markup), TextMasker())
    assert "<table>" in out and "<b>ขอ</b>เอกสาร" in out and NID not in out
    assert mask_html(sanitise_html("<p>a &lt;b&gt; &amp; c</p>"), TextMasker()) == (
        "<p>a &lt;b&gt; &amp; c</p>"
    )


def test_plain_text_lines_keep_their_numbers_when_a_value_spans_two() -> None:
    masker = TextMasker([("สมศรี ทดสอบ", "สxxxx")])
    lines = numbered_lines("ชื่อ สมศรี\nทดสอบ\nเรื่อง ขอเอกสาร", masker)
    assert [n for n, _ in lines] == [1, 2, 3]
    assert "สมศรี" not in " ".join(t for _, t in lines) and lines[2][1] == "เรื่อง ขอเอกสาร"
