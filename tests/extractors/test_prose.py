"""Requests written as sentences: typed values found in the sender's own text."""

from __future__ import annotations

from forms_for_tests import GENERAL

from extractors.labels import LabelMatcher
from extractors.prose import PROSE_CONFIDENCE, SAID_PHONE_CONFIDENCE, ProseExtractor, find_entities
from extractors.review import REVIEW_BELOW

LABELS = LabelMatcher([GENERAL])


def thai_id(first12: str) -> str:
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


GOOD_ID = thai_id("360990011223")
BAD_ID = GOOD_ID[:12] + str((int(GOOD_ID[12]) + 1) % 10)


def entities(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, value, _, _ in find_entities(text):
        found.setdefault(key, []).append(value)
    return found


def test_a_request_in_one_sentence() -> None:
    text = (
        f"ข้าพเจ้า นายสมพงษ์ ใจกล้า เลขประจำตัวประชาชน {GOOD_ID} อยู่บ้านเลขที่ 7/2 หมู่ 1 "
        "ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ 50290 โทร 089-111-2233 "
        "อีเมล sompong@example.com มีความประสงค์ขอหนังสือรับรอง"
    )
    found = entities(text)
    assert found["full_name"] == ["นายสมพงษ์ ใจกล้า"]
    assert found["national_id"] == [GOOD_ID]
    assert found["phone"] == ["089-111-2233"]
    assert found["email"] == ["sompong@example.com"]
    assert found["address"] == ["7/2 หมู่ 1 ตำบลหนองหาร อำเภอสันทราย"]  # province apart
    assert found["province"] == ["เชียงใหม่"]
    assert found["postal_code"] == ["50290"]


def test_an_id_with_a_wrong_check_digit_is_not_taken() -> None:
    assert "national_id" not in entities(f"เลขบัตร {BAD_ID} ครับ")


def test_mobile_and_landline_numbers() -> None:
    found = entities("ติดต่อ 02 123 4567 หรือ +66 81 234 5678 หรือ 053-123456")
    assert found["phone"] == ["02 123 4567", "+66 81 234 5678", "053-123456"]


def test_numbers_that_are_not_phones() -> None:
    found = entities(f"เลขที่หนังสือ 1234567890 วันที่ 12345 และ {GOOD_ID}")
    assert "phone" not in found


def test_name_after_pronoun_and_in_english() -> None:
    assert entities("ดิฉันชื่อ นางสาวพิมพ์ ใจดี ค่ะ")["full_name"] == ["นางสาวพิมพ์ ใจดี"]
    assert entities("Hello, my name is John Smith and I live in Bangkok.")["full_name"] == [
        "John Smith"
    ]


def test_name_after_a_pronoun_without_chue_needs_a_title() -> None:
    """x8: "ผม นายสุริยา เพชรรัตน์ อายุ 42 ปี" was missed; "ผมอยากสอบถาม" is no name."""
    assert entities("ผม นายสุริยา เพชรรัตน์ อายุ 42 ปี")["full_name"] == ["นายสุริยา เพชรรัตน์"]
    assert entities("ดิฉัน นางสาวพิมพ์ ใจดี อายุ 31 ปี")["full_name"] == ["นางสาวพิมพ์ ใจดี"]
    assert "full_name" not in entities("ผมอยากสอบถาม เรื่องการ ขอใบอนุญาต ครับ")


def test_a_titled_name_after_chue_anywhere_in_a_line() -> None:
    """unseen2: a request typed on a phone on one long line, or a LINE chat pasted:
    "... ขอคัดสำเนาทะเบียนบ้าน ชื่อ นายก ขขข บัตรประชาชน ..."; a title proves the name."""
    line = f"เรียนเจ้าหน้าที่ค่ะ ขอคัดสำเนา ชื่อ นายกิตติ วงศ์ดี บัตรประชาชน {GOOD_ID} โทร 0816543210"
    assert entities(line)["full_name"] == ["นายกิตติ วงศ์ดี"]
    assert entities("10:05 อนุชา ชื่อ นายอนุชา แสงอรุณ")["full_name"] == ["นายอนุชา แสงอรุณ"]
    assert "full_name" not in entities("ขอเปลี่ยนชื่อบัญชี ธนาคารกรุงไทย สาขาลำปาง")
    assert "full_name" not in entities("ชื่อโครงการ ก่อสร้างถนน หมู่ 3")  # no title: no name


def test_a_birth_date_in_a_sentence() -> None:
    """unseen2: "ข้าพเจ้า นายก ข เกิดวันที่ 20 เดือน มกราคม พ.ศ. 2533 อายุ 36 ปี"."""
    assert entities("ข้าพเจ้า นายก ขขข เกิดวันที่ 20 เดือน มกราคม พ.ศ. 2533 อายุ 36 ปี")["birth_date"] == [
        "20 เดือน มกราคม พ.ศ. 2533"
    ]
    assert entities("เกิดเมื่อวันที่ ๑ กุมภาพันธ์ ๒๕๓๐")["birth_date"] == ["๑ กุมภาพันธ์ ๒๕๓๐"]
    assert entities("นายก ข เกิด 28 มีนาคม 2498 อายุ 71 ปี")["birth_date"] == ["28 มีนาคม 2498"]
    # a date that is no birth date, or เกิด that is no birth ("เกิดเหตุ")
    assert "birth_date" not in entities("เกิดเหตุวันที่ 2 ธันวาคม 2568 เวลา 22.00 น.")
    assert "birth_date" not in entities("บุตรเกิดเมื่อวันที่ 4 ตุลาคม 2569 ขอลงทะเบียน")


def test_the_name_in_brackets_under_a_signature_line() -> None:
    """x8: a request whose name is only in its signature block."""
    text = "จึงเรียนมาเพื่อโปรดพิจารณา\n\nลงชื่อ ................ ผู้ร้อง\n      ( นายธนากร ศรีวงศ์ษา )\n"
    assert entities(text)["full_name"] == ["นายธนากร ศรีวงศ์ษา"]
    assert "full_name" not in entities("โปรดแจ้ง (ภายใน 7 วัน) ค่ะ\n(นายก ข)\n")


def test_the_name_alone_under_a_closing() -> None:
    """x8: "ขอบคุณครับ" then the sender's name on its own line."""
    assert entities("ขอบคุณครับ\nนายณัฐวุฒิ พรหมมา\nโทร 0801112233")["full_name"] == ["นายณัฐวุฒิ พรหมมา"]
    assert entities("Best regards,\n\nธนากร ศรีวงศ์ษา\n")["full_name"] == ["ธนากร ศรีวงศ์ษา"]
    assert "full_name" not in entities("ขอบคุณครับ\nฝ่ายทะเบียน ราษฎร ครับ\n")


def test_candidates_are_unsure_and_marked_as_prose() -> None:
    result = ProseExtractor().extract("ผมชื่อ สมหมาย ดีใจ\nโทร 0812345678\n", part="1", labels=LABELS)
    assert {c.key for c in result.candidates} == {"full_name", "phone"}
    assert all(c.confidence < REVIEW_BELOW for c in result.candidates)  # always flagged
    conf = {c.key: c.confidence for c in result.candidates}
    assert conf == {"full_name": PROSE_CONFIDENCE, "phone": SAID_PHONE_CONFIDENCE}  # after โทร
    assert all(c.provenance.method == "prose" for c in result.candidates)
    assert [c.provenance.line for c in result.candidates if c.key == "phone"] == [2]


def test_quoted_text_and_signature_are_not_the_citizens() -> None:
    text = "ขอบคุณครับ\n-- \nสำนักงาน โทร 02-111-2222\n> โทร 02-333-4444\n"
    assert ProseExtractor().extract(text, part="1", labels=LABELS).candidates == []


def test_a_verb_after_khaphachao_is_no_name() -> None:
    assert "full_name" not in entities("ข้าพเจ้าขอยื่นคำร้อง โดยมีรายละเอียดดังนี้")


def test_we_villagers_is_no_name() -> None:
    # "พวกข้าพเจ้าชาวบ้าน..." (we, the villagers of ...): a petition's signers speak as a
    # group; the words after "we" are the village, never one person's name (set 71)
    text = (
        "พวกข้าพเจ้าชาวบ้านบ้านหนองแวง หมู่ที่ 4 ตำบลโคกสี อำเภอเมืองสกลนคร ขอให้ขุดลอกคลอง\n"
        "พวกข้าพเจ้า ผู้ลงชื่อท้ายหนังสือนี้ ขอร้องเรียน\n"
        "ข้าพเจ้าชาวชุมชนริมน้ำ หมู่ 2 ได้รับความเดือดร้อน"
    )
    assert "full_name" not in entities(text)
    assert entities("ข้าพเจ้าชื่อ ชาวิน ทองมา ขอยื่นคำร้อง")["full_name"] == ["ชาวิน ทองมา"]


def test_address_after_asai_yu_thi_and_thai_digit_phone() -> None:
    found = entities("ปัจจุบันอาศัยอยู่ที่ 736 ซอยสุขใจ ต.ในเมือง จังหวัดขอนแก่น 40000 เบอร์ ๐๖๑-๙๐๒-๗๑๔๒")
    assert found["address"] == ["736 ซอยสุขใจ ต.ในเมือง"]
    assert found["phone"] == ["๐๖๑-๙๐๒-๗๑๔๒"]


def test_a_phone_at_a_line_end_does_not_take_the_next_lines_number() -> None:
    # Two people listed "1. ... โทร 09...", "2. ...": the first phone ends its line; run
    # on into "2" it was 11 digits, no phone, and only the second person's was found.
    text = "1. นายก ขขข โทร 0942185736\n2. นางค งงง โทร 0926631408\n"
    assert entities(text)["phone"] == ["0942185736", "0926631408"]


def test_a_mail_address_with_at_in_brackets() -> None:
    # "name[at]domain", "name (at) domain": written so against address harvesters; the
    # brackets leave no doubt (a bare "at" in a sentence is not read).
    found = entities("ส่งผลมาที่ somchai.j[at]gmail.com หรือ mali (at) yahoo.co.th ค่ะ")
    assert found["email"] == ["somchai.j@gmail.com", "mali@yahoo.co.th"]
    assert "email" not in entities("พบกัน at home.com")


def test_a_monk_names_himself_after_atama() -> None:
    # A monk writes "อาตมา" for I, and his name opens with พระ (his religious name, ฉายา,
    # where a lay surname would be).
    found = entities("อาตมา พระมหาสมศักดิ์ ฐิตธมฺโม (นามสกุลเดิม ใจดี) ขอคัดสำเนา")
    assert found["full_name"] == ["พระมหาสมศักดิ์ ฐิตธมฺโม"]


def test_bangkok_and_its_postal_code_end_an_address() -> None:
    # Bangkok is not a จังหวัด: an address there ends "กรุงเทพมหานคร 10310" or
    # "กรุงเทพฯ 10310", with no จังหวัด/จ. before it.
    found = entities("อยู่วัดศรีสุพรรณ 88/19 ซอยลาดพร้าว 71 เขตวังทองหลาง กรุงเทพมหานคร 10310 โทร")
    assert found["province"] == ["กรุงเทพมหานคร"]
    assert found["postal_code"] == ["10310"]
    assert "province" not in entities("จะเดินทางไปกรุงเทพมหานครในวันที่ 10")


def test_an_address_after_baan_yu_as_typed_in_a_chat() -> None:
    # "บ้านอยู่ ..." ("my home is at"), as people type on a phone
    found = entities("บ้านอยู่ 7/1 ม.9 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น จ.ขอนแก่น 40000 🏠\nเบอร์ 089")
    assert found["address"] == ["7/1 ม.9 ถ.มิตรภาพ ต.ในเมือง อ.เมืองขอนแก่น"]


def test_birth_date_and_address_in_english_sentences() -> None:
    # A Thai writing in English: "born on 30 November 1994", "My address is ...".
    text = (
        "I, Miss Malee Srisuk, born on 30 November 1994, would like to request a copy.\n"
        "My address is 99/12, Soi Sukhumvit 101/1, Khet Phra Khanong, Bangkok 10260.\n"
        "You can reach me at 081-234-5678."
    )
    found = entities(text)
    assert found["birth_date"] == ["30 November 1994"]
    assert found["address"] == ["99/12, Soi Sukhumvit 101/1, Khet Phra Khanong, Bangkok 10260"]


def test_a_month_first_english_birth_date_in_a_sentence() -> None:
    found = entities("My name is Mr. Kor Khai. I was born on November 30, 1994.")
    assert found["birth_date"] == ["November 30, 1994"]


def test_my_name_is_at_the_start_of_a_sentence() -> None:
    found = entities("Dear Sir,\n\nMy name is Miss Malee Srisuk (ID 1-2345-67890-12-1).")
    assert found["full_name"] == ["Miss Malee Srisuk"]


def test_a_postal_code_in_thai_digits_after_the_province_or_bangkok() -> None:
    # a letter typed the official way writes its numbers in Thai digits, labelled or not
    found = entities("อยู่บ้านเลขที่ ๑๒ หมู่ ๓ ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น ๔๐๐๐๐ โทร ๐๘๑")
    assert found["province"] == ["ขอนแก่น"]
    assert found["postal_code"] == ["๔๐๐๐๐"]
    found = entities("อยู่ ๙๙ ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร ๑๐๔๐๐")
    assert found["postal_code"] == ["๑๐๔๐๐"]
    assert "postal_code" not in entities("จังหวัดขอนแก่น ๔๐๐๐๐๐")  # six digits: no code


def test_zero_width_spaces_a_chat_app_puts_between_words_hide_no_name() -> None:
    zw = "\u200b"
    text = f"สวัสดีครับ ผมชื่อ{zw} นาย{zw}ประจักษ์ ดำรง{zw}ศักดิ์ นะครับ เบอ 081-720-4593\n"
    found = {
        c.key: c.value for c in ProseExtractor().extract(text, part="1", labels=LABELS).candidates
    }
    assert found["full_name"] == "นายประจักษ์ ดำรงศักดิ์"
    assert found["phone"] == "081-720-4593"


def test_where_she_lives_said_with_a_named_apartment_first() -> None:
    # set 54: "อยู่ " and the apartment's name, the word อพาร์ทเมนท์ glued to the place's
    text = "อยู่ บางแสนอพาร์ทเมนท์ ห้อง 21 ชั้น 2 5/9 หมู่ 4 ตำบลแสนสุข อำเภอเมืองชลบุรี ชลบุรี 20130"
    (address,) = entities(text)["address"]
    assert address.startswith("บางแสนอพาร์ทเมนท์ ห้อง 21 ชั้น 2 5/9 หมู่ 4 ตำบลแสนสุข อำเภอเมืองชลบุรี")


def test_living_in_the_village_is_no_address() -> None:
    assert "address" not in entities("เขาอยู่ในหมู่บ้านเดียวกันกับดิฉันมา 10 ปี")


def test_a_titled_name_and_its_id_in_a_table_row_written_with_bars() -> None:
    # a mail's HTML table of signers as text: "2 | นาง... | 3-1005-... | 19/1 | 089..."
    # (set 71): the cells' bar parts the name from its ID as a comma does
    found = entities("2 | นางพิกุล สุขสม | 3-1005-00445-56-1 | 19/1 | 089-876-5432")
    assert found["full_name"] == ["นางพิกุล สุขสม"]


def test_a_groups_chairman_opening_a_line_is_a_name() -> None:
    # a group's committee listed by office: its chairman signs for it (sets 66, 71); the
    # meeting's chair (ประธานในที่ประชุม, a headman presiding) is no one who asks
    found = entities("คณะกรรมการ\nประธานชมรม นายสมนึก ใจงาม บ้านเลขที่ 4\nเลขานุการ นางอร ทองคำ\n")
    assert found["full_name"] == ["นายสมนึก ใจงาม"]
    assert "full_name" not in entities("ประธานในที่ประชุม นายเดช มั่นคง ผู้ใหญ่บ้าน\n")


def test_an_english_address_from_a_room_or_after_my_condo() -> None:
    """Set 82: an expat's address opens with his condo room ("residing at Room 402, ..."),
    or follows the word for his home ("at my condominium, Unit 7C, ...")."""
    assert entities(
        "Our client is residing at Room 402, Sea Breeze Residence, 18/7 Moo 3, Bophut, "
        "Ko Samui, Surat Thani 84320. He asks for a copy."
    )["address"] == [
        "Room 402, Sea Breeze Residence, 18/7 Moo 3, Bophut, Ko Samui, Surat Thani 84320"
    ]
    assert entities(
        "I stay most of the year at my condominium, Unit 7C, Palm Court, 55/9 Thepkasattri "
        "Road, Ratsada, Mueang Phuket, Phuket 83000. The noise starts at 11 p.m."
    )["address"] == [
        "Unit 7C, Palm Court, 55/9 Thepkasattri Road, Ratsada, Mueang Phuket, Phuket 83000"
    ]
    assert "address" not in entities("I was at my condo, watching TV, when it began.")


def test_an_english_address_sentence_wrapped_over_lines_runs_to_its_postal_code() -> None:
    """Set 82: a typed letter printed to PDF breaks its lines wherever they fall, inside
    the address too; the sentence's address runs on to its postal code."""
    text = (
        "I am Mr. Gareth Owen PRICE, born 2nd May 1961. I live most of the year at my\n"
        "condominium, Room 1102, Seaview\nTower, 77/41 Moo 6, Rawai, Mueang\n"
        "Phuket, Phuket 83130. The noise starts at 11 p.m.\n"
    )
    assert entities(text)["address"] == [
        "Room 1102, Seaview Tower, 77/41 Moo 6, Rawai, Mueang Phuket, Phuket 83130"
    ]
    # a line's end with no postal code after it in the sentence still ends the address
    assert entities("I live at 12 Moo 3, Nong Bua\nThank you for your help")["address"] == [
        "12 Moo 3, Nong Bua"
    ]


def test_a_letters_block_wrapped_before_its_province_and_postal_code() -> None:
    # a body's letter printed to PDF, its block top right wrapped after the district:
    # "14 ม.2 ต.นาดี อ.เมืองอุดรธานี" / "อุดรธานี 41000" (set 91)
    text = "กลุ่มทอผ้าบ้านนาดี\n14 ม.2 ต.นาดี อ.เมืองอุดรธานี\nอุดรธานี 41000\n2 มกราคม 2570\n"
    found = {(key, value) for key, value, _, _ in find_entities(text)}
    # the province and postal code go with it: read from its tail (address_tail)
    assert ("address", "14 ม.2 ต.นาดี อ.เมืองอุดรธานี อุดรธานี 41000") in found
