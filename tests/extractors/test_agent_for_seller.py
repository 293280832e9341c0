"""A real-estate agent (นายหน้า, ตัวแทน, ผู้ประสานงาน) writes for the seller he was
entrusted by (set 80, after set 63's ruling: the applicant is the one the request is
for): the seller is the applicant; the agent's name, his mobile and box, and the buyer's
name and ID are never hers. Names and numbers invented."""

from __future__ import annotations

import io

from test_intermediary_office import looked_at, read_body
from test_issuer_head import LABELS, best

from extractors.base import FieldCandidate
from extractors.issuer_head import ISSUERS_CONFIDENCE
from extractors.review import REVIEW_BELOW
from extractors.xlsx_form import XlsxFormExtractor

SELLER_ID = "3501200345673"
BUYER_ID = "1509900123453"

AGENTS_MAIL = (
    "เรียน งานทะเบียนทรัพย์สิน เทศบาลตำบลริมใต้\n\n"
    "ดิฉัน นางสาวปิยะนุช ดวงแก้ว นายหน้าอสังหาริมทรัพย์ (แม่ริม พร็อพเพอร์ตี้) "
    "ได้รับมอบหมายจากผู้ขาย คือ นายประเสริฐ คำมา "
    "เลขประจำตัวประชาชน 3 5012 00345 67 3 ที่อยู่ 44 หมู่ 6 ตำบลริมใต้ อำเภอแม่ริม "
    "จังหวัดเชียงใหม่ 50180 ให้ติดต่อขอสำเนาทะเบียนบ้าน สำหรับบ้านโฉนดเลขที่ 77120 "
    f"ซึ่งจะขายให้แก่นางอรทัย ศรีสุข (เลขประจำตัวประชาชน {BUYER_ID}) นัดโอน 9 มกราคม 2570\n"
    "แนบหนังสือมอบอำนาจของผู้ขายแล้วค่ะ\n\n"
    "นางสาวปิยะนุช ดวงแก้ว\nแม่ริม พร็อพเพอร์ตี้\nใบอนุญาตนายหน้าเลขที่ CM 0331\n"
    "12/3 ถนนโชตนา ตำบลริมใต้ อำเภอแม่ริม จังหวัดเชียงใหม่ 50180\nโทร 089-551-2207\n"
)


def test_the_seller_an_agent_was_entrusted_by_is_the_applicant() -> None:
    case = read_body(AGENTS_MAIL)
    assert case.fields.get("full_name") == "นายประเสริฐ คำมา"
    assert case.fields.get("national_id") == SELLER_ID


def test_the_agents_mobile_under_his_name_is_not_the_sellers() -> None:
    case = read_body(AGENTS_MAIL)
    assert looked_at(case, "phone"), case.fields.get("phone")


# An agent's sheet of the papers a sale needs: her head block (her office's name beside
# the title, her name as ผู้ประสานงาน with her licence, her office, line and box), then the
# sale's two sides a row each, no row saying who asks: the seller (the owner) asks for the
# papers of what he sells, the buyer never; the head is the agent's.
AGENTS_SHEET = [
    ["รายการเอกสารสำหรับการโอนขาย", "สันทราย โฮม แอนด์ แลนด์"],
    ["ผู้ประสานงาน", "นางสาวอัมพร ไชยวงศ์", "ใบอนุญาต", "CM-2207"],
    ["สำนักงาน", "5/1 หมู่ 4 ต.สันทรายหลวง อ.สันทราย จ.เชียงใหม่ 50210"],
    ["โทร", "093-118-4572", "อีเมล", "amporn.home@example.com"],
    [],
    ["ฝ่าย", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่"],
    ["ผู้ขาย", "นายบุญเลิศ อินต๊ะ", "3 4011 00567 82 9", "18 หมู่ 2 ต.หนองแหย่ง อ.สันทราย เชียงใหม่ 50210"],
    ["ผู้ซื้อ", "นางกมลา ใจเย็น", "1103700441280", ""],
    [],
    ["ลำดับ", "เอกสารที่ขอ", "จำนวน"],
    ["1", "หนังสือรับรองการชำระภาษี", "1"],
]  # fmt: skip


def read(rows: list[list[str]]) -> list[FieldCandidate]:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return XlsxFormExtractor().extract(data.getvalue(), part="2", labels=LABELS).candidates


def test_the_seller_is_the_one_an_agents_sheet_is_for_flagged() -> None:
    found = read(AGENTS_SHEET)
    name = best(found, "full_name")
    assert name.value == "นายบุญเลิศ อินต๊ะ"
    assert name.confidence < REVIEW_BELOW  # no row says who asks: a clerk looks
    assert best(found, "national_id").value.replace(" ", "") == "3401100567829"
    assert "1103700441280" not in {c.value for c in found if c.key == "national_id"}
    assert best(found, "address").value.startswith("18 หมู่ 2")


def test_the_agents_head_in_her_sheet_is_hers() -> None:
    found = read(AGENTS_SHEET)
    assert best(found, "phone").confidence <= ISSUERS_CONFIDENCE
    assert best(found, "email").confidence <= ISSUERS_CONFIDENCE
    agent = [c for c in found if c.value == "นางสาวอัมพร ไชยวงศ์"]
    assert all(c.confidence <= ISSUERS_CONFIDENCE for c in agent)


# An agent who names the seller she acts for after her own part, no "มอบหมายจาก": "ตัวแทน
# ของผู้ขาย <seller>", "...แทนผู้ขาย คือ <seller>", "ผู้ประสานงานการขายบ้านของ <seller>".
AGENTS_OWN_WORDS = (
    "ดิฉัน นางสาวลำดวน ใจสว่าง ตัวแทนของผู้ขาย นายสุรชัย เพ็ชรงาม",
    "ผม นายอนันต์ ฟ้าใส นายหน้าอสังหาริมทรัพย์ ขอหนังสือรับรองแทนผู้ขาย คือ นายสุรชัย เพ็ชรงาม",
    "ดิฉัน นางสาวลำดวน ใจสว่าง ผู้ประสานงานการขายบ้านของ นายสุรชัย เพ็ชรงาม",
)


def test_the_one_an_agent_names_after_her_part_is_the_applicant() -> None:
    for opening in AGENTS_OWN_WORDS:
        writer = opening.split()[1] + " " + opening.split()[2]
        text = (
            f"เรียน งานทะเบียนทรัพย์สิน\n\n{opening} เลขประจำตัวประชาชน {SELLER_ID} "
            "ที่อยู่ 3 หมู่ 1 ตำบลสันนาเม็ง อำเภอสันทราย จังหวัดเชียงใหม่ 50210 "
            "ขอหนังสือรับรองการชำระภาษีบ้านหลังนี้\n\n"
            f"{writer}\nสันทราย โฮม แอนด์ แลนด์\nโทร 093-118-4572\n"
        )
        case = read_body(text)
        assert case.fields.get("full_name") == "นายสุรชัย เพ็ชรงาม", opening
        assert looked_at(case, "phone"), opening
