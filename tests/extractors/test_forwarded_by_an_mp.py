"""An MP's or an official's letter on a citizen's plea, in his own voice (forwarding_letter).

"ตามที่ <citizen> ... ได้ร้องขอต่อกระผม ..." names the citizen who asked; the writer's
"กระผม" there is only whom she asked, and his "กระผมจึงขอ..." opens his own conclusion:
the letter still forwards her request, its contact at the foot is his office's.
"""

from __future__ import annotations

from extractors.forwarding_letter import forwarded_paragraph


def _numbered(lines: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(lines, start=1))


LETTER = [
    "สำนักงานสมาชิกสภาผู้แทนราษฎร จังหวัดสุโขทัย เขต 2",
    "เรื่อง  ขอความอนุเคราะห์ซ่อมถนน",
    "เรียน  นายกเทศมนตรีตำบลบ้านสวน",
    "\tตามที่ นางสายสุนีย์ แก้วมณี บ้านเลขที่ 17 หมู่ 4 ตำบลบ้านสวน ได้ร้องเรียนต่อกระผมว่า ถนนในหมู่บ้านชำรุด",
    "\tกระผมจึงขอความอนุเคราะห์ท่านพิจารณา และแจ้งผลให้ผู้ร้องทราบ",
    "ขอแสดงความนับถือ",
    "(นายสมหมาย ทองดี)",
    "ผู้ประสานงาน นางสาวจันทร์จิรา ศรีทอง โทร 089-555-1234",
]


def test_the_citizen_who_asked_the_writer_is_the_one_forwarded() -> None:
    found = forwarded_paragraph(_numbered(LETTER))
    assert found is not None
    assert (found.first, found.last, found.name) == (4, 4, "นางสายสุนีย์ แก้วมณี")


def test_the_writer_asking_for_himself_is_still_his_own_request() -> None:
    own = [
        "เรียน  นายกเทศมนตรีตำบลบ้านสวน",
        "\tด้วย นายสมหมาย ทองดี ได้ยื่นคำร้อง กระผมมีความประสงค์ขอซ่อมรั้ว",
    ]
    assert forwarded_paragraph(_numbered(own)) is None


def test_a_paragraph_opened_in_the_writers_voice_without_จึง_goes_on() -> None:
    lines = [*LETTER[:4], "\tกระผมได้ตรวจสอบแล้ว", *LETTER[5:]]
    assert forwarded_paragraph(_numbered(lines)) is None


def test_the_number_the_writer_gives_to_answer_her_on_is_hers() -> None:
    lines = [*LETTER[:4], "\tกระผมจึงขอความอนุเคราะห์ท่าน และแจ้งผลให้ผู้ร้องทราบที่หมายเลข 0861192734",
             *LETTER[5:]]  # fmt: skip
    found = forwarded_paragraph(_numbered(lines))
    assert found is not None
    assert found.answered_at == frozenset({5})
    assert forwarded_paragraph(_numbered(LETTER)).answered_at == frozenset()  # type: ignore[union-attr]
