"""format=flowed (RFC 3676) text is joined back into its logical lines."""

from extractors.mime import parse_message, unflow


def test_unflow_joins_soft_breaks_and_keeps_hard_ones() -> None:
    assert unflow("ที่อยู่: 12 หมู่ 3 \nตำบลหนึ่ง\nโทรศัพท์: 0812345678") == (
        "ที่อยู่: 12 หมู่ 3 ตำบลหนึ่ง\nโทรศัพท์: 0812345678"
    )


def test_unflow_delsp_removes_the_space_and_signature_stays() -> None:
    assert unflow("long wo \nrd\n-- \nsig", delsp=True) == "long word\n-- \nsig"


def test_unflow_removes_space_stuffing() -> None:
    assert unflow("  From here\nnext") == " From here\nnext"


def test_flowed_part_is_unflowed_by_the_parser() -> None:
    raw = (
        "Subject: t\nContent-Type: text/plain; charset=utf-8; format=flowed\n\n"
        "รายละเอียด: ขอสำเนา \nเอกสาร\n"
    ).encode()
    parsed = parse_message(raw)
    assert "ขอสำเนา เอกสาร" in parsed.text_parts[0].text


def test_plain_part_without_flowed_keeps_its_breaks() -> None:
    raw = b"Subject: t\nContent-Type: text/plain; charset=utf-8\n\nline one \nline two\n"
    assert "line one \nline two" in parse_message(raw).text_parts[0].text
