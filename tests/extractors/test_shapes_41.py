"""Unit tests for what blind set 41 showed (issue 8) beside the contact cards
(test_vcard_addresses.py): a signature's name between emoji. Examples written afresh."""

from __future__ import annotations

from extractors.prose import find_entities


def names(text: str) -> list[str]:
    return [value for key, value, _, _ in find_entities(text) if key == "full_name"]


def test_a_titled_name_between_emoji_opening_a_line_is_a_name() -> None:
    lines = ("🌷 นางสาวอรวรรณ ทองคำ 🌷", "✨นายวีรพล แสงทอง✨", "👩‍💼 นางมาลัย ศรีใส", "☀️ นายก้อง ปานดี")
    for line in lines:
        text = f"ขอแจ้งไฟฟ้าส่องสว่างดับค่ะ\n\n{line}\n📱 089-145-2231\n"
        found = names(text)
        assert found and found[0] in {
            "นางสาวอรวรรณ ทองคำ", "นายวีรพล แสงทอง", "นางมาลัย ศรีใส", "นายก้อง ปานดี"
        }, line  # fmt: skip


def test_an_emoji_alone_before_words_that_are_no_name_gives_none() -> None:
    assert names("🙏 ขอบคุณค่ะ\n🗑️ ขยะไม่มีคนเก็บ\n") == []
