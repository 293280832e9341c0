"""A chat forwarded by one who is no party to its request (a son, a neighbour, a
volunteer): the particulars are typed in the chat by the one it is for, the forwarder's
own name, mobile and home in the note around it are his (sets 31/63: a service for one
person asked by another is hers). Names and numbers invented; IDs with their check digit."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _check(twelve: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(twelve))
    return twelve + str((11 - total % 11) % 10)


GRANDPA_ID = _check("350170022481")


def _mail(text: str, sender: str = "Wirat <wirat.s@example.com>") -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Fwd: ขอรับเบี้ยยังชีพ"
    msg.set_content(text)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def _rows(*rows: tuple[str, str, str]) -> str:
    return "\n".join(f"{t}\t{who}\t{said}" for t, who, said in rows)


_GRANDPA_ROWS = (
    ("08:10", "ตา", "หลานช่วยส่งเรื่องให้ตาหน่อย"),
    ("08:11", "ตา", f"ตาชื่อ นายบุญมี คำแสน เลขบัตร {GRANDPA_ID}"),
    ("08:12", "ตา", "บ้านเลขที่ 17 หมู่ 5 ตำบลแม่แรง อำเภอป่าซาง จังหวัดลำพูน 51120"),
    ("08:12", "วิรัตน์", "ได้ครับตา"),
    ("08:14", "ตา", "เบอร์ตา 0815402273"),
    ("08:15", "วิรัตน์", "โอเคครับ"),
)


def test_the_forwarders_note_above_a_saved_line_chat_is_his() -> None:
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        "ผมส่งต่อแชทของตามาให้ครับ ตาใช้อีเมลไม่เป็น\n"
        "วิรัตน์ (หลาน) โทร 062-331-9048\n"
        "ที่อยู่ปัจจุบัน 9/44 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240\n\n"
        "[LINE] ประวัติแชทกับ ตา\nวันที่บันทึก: 10/01/2027 09:00\n\n" + _rows(*_GRANDPA_ROWS) + "\n"
    )
    assert case.fields.get("full_name") == "นายบุญมี คำแสน"
    assert case.fields.get("phone") == "+66815402273"
    assert case.fields.get("postal_code") == "51120"
    assert case.fields.get("province") == "ลำพูน"
    assert "แม่แรง" in (case.fields.get("address") or "")


def test_a_chat_headed_by_its_speaker_is_hers_without_a_word_in_the_note() -> None:
    # the note says nothing of whose the chat is; LINE's own heading names the one who
    # types the particulars, so the one who saved it is someone else
    case = _mail(
        "เรียนเจ้าหน้าที่ครับ\n\n"
        "ตามแชทด้านล่างครับ\nวิรัตน์ โทร 062-331-9048\n"
        "ที่อยู่ 9/44 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพฯ 10240\n\n"
        "[LINE] ประวัติแชทกับ ตา\n\n" + _rows(*_GRANDPA_ROWS) + "\n"
    )
    assert case.fields.get("phone") == "+66815402273"
    assert case.fields.get("postal_code") == "51120"


def test_a_writer_who_gives_her_own_id_above_her_chat_keeps_her_note() -> None:
    # her own particulars above her chat with the town's page: the note is hers
    own_id = _check("110170033912")
    case = _mail(
        "เรียน เจ้าหน้าที่\n\n"
        f"ดิฉัน นางสาวพิมพ์ใจ ศรีมา เลขบัตร {own_id}\n"
        "ที่อยู่ 8 หมู่ 2 ตำบลเหมืองง่า อำเภอเมืองลำพูน จังหวัดลำพูน 51000\n"
        "โทร 089-661-2034\n\n"
        "[LINE] ประวัติแชทกับ เทศบาลเมือง\n\n"
        + _rows(
            ("10:01", "เทศบาลเมือง", "สวัสดีค่ะ"),
            ("10:02", "พิมพ์ใจ", f"ขอแจ้งไฟดับค่ะ เลขบัตร {own_id}"),
            ("10:03", "เทศบาลเมือง", "ส่งทางอีเมลได้เลยค่ะ"),
            ("10:04", "พิมพ์ใจ", "ค่ะ"),
        )
        + "\n",
        sender="Pimjai <pimjai.s@example.com>",
    )
    assert case.fields.get("phone") == "+66896612034"
    assert case.fields.get("postal_code") == "51000"
