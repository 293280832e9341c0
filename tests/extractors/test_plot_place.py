"""The place a request is about is not where its writer lives (set 80: land, houses and
the papers about them): a tax objection's plot in its own fields, a tenant's landlord's
home in brackets. The applicant's own home, postal code and province are the ones read.
Names, numbers and plots invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

FORMS = Path(__file__).resolve().parents[2] / "config" / "forms"


def _with_pdf(subject: str, data: bytes) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "owner <owner.sample@example.com>"
    msg["To"] = "revenue@example.go.th"
    msg["Subject"] = subject
    msg.set_content("ส่งแบบคำร้องที่กรอกแล้วครับ\n")
    msg.add_attachment(data, maintype="application", subtype="pdf", filename="form.pdf")
    return extract_case(parse_message(bytes(msg)), load_templates(FORMS))


def test_a_fillable_forms_plot_fields_are_not_the_owners_home() -> None:
    """A tax objection's fillable form names the owner's part owner_* and the plot's
    land_* (its ตำบล, อำเภอ, จังหวัด): the plot's province is never the owner's."""
    from unseen_requests_5 import Field, acroform, pdf_page

    captions = [(20, 30, "ชื่อผู้เสียภาษี"), (20, 40, "ที่อยู่"), (20, 50, "โทรศัพท์"),
                (20, 66, "ที่ดินโฉนดเลขที่"), (20, 76, "ตำบล"), (80, 76, "อำเภอ"),
                (140, 76, "จังหวัด")]  # fmt: skip
    fields = [Field("owner_name", "นายสมบูรณ์ แก้วประเสริฐ", 55, 30, 100),
              Field("owner_address", "27/3 ม.5 ต.คลองหนึ่ง อ.คลองหลวง ปทุมธานี 12120", 35, 40, 160),
              Field("owner_phone", "081-730-2246", 45, 50, 55),
              Field("land_deed", "60418", 55, 66, 40),
              Field("land_tambon", "ท่าช้าง", 35, 76, 40),
              Field("land_amphoe", "บางกล่ำ", 95, 76, 40),
              Field("land_province", "สงขลา", 155, 76, 35)]  # fmt: skip
    case = _with_pdf("คัดค้านการประเมินภาษี", acroform(pdf_page(captions, size=12), fields))
    assert case.fields.get("full_name") == "นายสมบูรณ์ แก้วประเสริฐ"
    assert case.fields.get("province") == "ปทุมธานี"
    assert case.fields.get("postal_code") == "12120"


# A tenant's typed letter as a PDF's text layer wraps it: the landlord named after
# "มีผู้ให้เช่าคือ", his home and mobile in brackets, the page's width opening a line with
# his name or with the โทร of his number.
TENANTS_LETTER = (
    "เรียน นายกเทศมนตรีตำบลหนองหอย\n"
    "ข้าพเจ้า นายธนพล ศรีเมือง อายุ 38 ปี ผู้เช่าและพักอาศัยอยู่ที่บ้านเลขที่ 41/6 ถนนเชียงใหม่-ลำพูน\n"
    "ตำบลหนองหอย อำเภอเมืองเชียงใหม่ เชียงใหม่ 50000 มีผู้ให้เช่าคือ\n"
    "นางจิราพร ทองสุข (อยู่ที่ 12 ถนนรัชดาภิเษก แขวงดินแดง\n"
    "เขตดินแดง กรุงเทพมหานคร 10400 โทร 081-207-5563) รางน้ำหน้าบ้านพัง\n"
    "ติดต่อข้าพเจ้าได้ที่ 089-664-1032\n"
    "ขอแสดงความนับถือ\n"
)


def test_a_landlord_named_on_a_wrapped_line_is_not_the_tenant() -> None:
    from extractors.whose_phone import said_of_another

    at = TENANTS_LETTER.index("081-207")
    assert said_of_another(TENANTS_LETTER, at)
    assert not said_of_another(TENANTS_LETTER, TENANTS_LETTER.index("089-664"))


def test_the_tenants_address_ends_at_its_postal_code() -> None:
    from extractors.prose import find_entities

    found = find_entities(TENANTS_LETTER)
    homes = [v for k, v, _, how in found if k == "address" and how == "อยู่บ้านเลขที่"]
    assert homes == ["41/6 ถนนเชียงใหม่-ลำพูน ตำบลหนองหอย อำเภอเมืองเชียงใหม่ เชียงใหม่ 50000"]
    codes = {v for k, v, _, how in found if k == "postal_code" and how == "postal code in address"}
    assert "10400" not in codes


def test_a_landlords_number_a_wrap_put_under_its_own_line_is_not_the_tenants() -> None:
    """The page's width opened a line with the landlord's "โทร <his mobile>)": the number
    is his, in the brackets after his name; the tenant's own is the one she asks to be
    called on."""
    from unseen_requests_5 import pdf_page

    lines = [
        "เรื่อง ขอให้ตรวจสอบรางระบายน้ำ",
        "เรียน นายกเทศมนตรีตำบลหนองหอย",
        "ข้าพเจ้า นายธนพล ศรีเมือง อายุ 38 ปี ผู้เช่าและพักอาศัยอยู่ที่บ้านเลขที่ 41/6",
        "ถนนเชียงใหม่-ลำพูน ตำบลหนองหอย อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50000",
        "มีผู้ให้เช่าคือ นางจิราพร ทองสุข (อยู่ที่ 12 ถนนรัชดาภิเษก แขวงดินแดง เขตดินแดง",
        "กรุงเทพมหานคร 10400",
        "โทร 0812075563) รางน้ำหน้าบ้านพังมาสองเดือน",
        "ติดต่อข้าพเจ้าได้ที่ 089-664-1032",
        "ขอแสดงความนับถือ",
        "(นายธนพล ศรีเมือง)",
    ]
    page = pdf_page([(20, 20 + 9 * k, text) for k, text in enumerate(lines)], size=12)
    case = _with_pdf("ร้องเรียนรางระบายน้ำ (ผู้เช่า)", page)
    assert case.fields.get("full_name") == "นายธนพล ศรีเมือง"
    assert case.fields.get("phone") == "+66896641032"
    assert case.fields.get("province") == "เชียงใหม่"


LANDLORDS_MAIL = (
    "เรียน หัวหน้าฝ่ายพัฒนารายได้\n\n"
    "ดิฉัน นางรัตนา บุญมี (เลขประจำตัวประชาชน 3501200345673) เจ้าของห้องแถวให้เช่า 3 ห้อง "
    "ขอสอบถามอัตราภาษีห้องที่ให้เช่าเพื่ออยู่อาศัย รายละเอียดผู้เช่าตามตาราง\n\n"
    "ลำดับ | ห้องเลขที่ | ผู้เช่า | โทร\n"
    "1 | 8/1 | นายเอก ศรีสุข | 081-552-7731\n"
    "2 | 8/2 | นางสาวฝน ใจงาม | 0925518864\n\n"
    "ที่อยู่ผู้ให้เช่า 77 หมู่ 3 ตำบลสันผักหวาน อำเภอหางดง จ.เชียงใหม่ 50230\n"
    "โทร 0897712245\n\n"
    "ขอบคุณค่ะ\n\n"
    "นางรัตนา บุญมี\n{role}\n"
)


def test_the_address_under_the_writers_own_role_is_hers() -> None:
    """A landlord signs as ผู้ให้เช่า: "ที่อยู่ผู้ให้เช่า ..." is her own home."""
    from test_intermediary_office import read_body

    case = read_body(LANDLORDS_MAIL.format(role="ผู้ให้เช่า"))
    assert case.fields.get("full_name") == "นางรัตนา บุญมี"
    assert (case.fields.get("address") or "").startswith("77 หมู่ 3 ตำบลสันผักหวาน อำเภอหางดง")


def test_the_address_under_anothers_role_is_not_the_writers() -> None:
    from extractors.prose import find_entities

    tenants = LANDLORDS_MAIL.format(role="ผู้เช่า")
    assert not [v for k, v, _, how in find_entities(tenants) if k == "address" and "77" in v]


# A resident's typed complaint as a PDF's text layer gives it: her own block top right
# (house, ตำบล, อำเภอ and province wrapped over three lines), then the body wrapped by the
# page's width right after "ของ", so that the neighbour's name opens a line with his house
# and his mobile in brackets after it.
COMPLAINT_LETTER = (
    "15/2 หมู่ที่ 7 ตำบลบ้านกล้วย\n"
    "อำเภอเมืองชัยนาท\n"
    "จังหวัดชัยนาท 17000\n"
    "3 มีนาคม 2570\n"
    "เรื่อง ขอให้ตรวจสอบกองขยะของเพื่อนบ้าน\n"
    "เรียน นายกเทศมนตรีเมืองชัยนาท\n"
    "ข้าพเจ้า นางพัชรี สุขเจริญ ขอร้องเรียนว่า มีการเผาขยะทุกเย็นในบริเวณบ้านของ\n"
    "นายประยุทธ ศรีทอง บ้านเลขที่ 44 หมู่ 7 (โทร 0867710352) ควันเข้าบ้านข้าพเจ้า\n"
    "ติดต่อข้าพเจ้าได้ที่ 095-220-4718\n"
    "ขอแสดงความนับถือ\n"
    "(นางพัชรี สุขเจริญ)\n"
)


def test_a_neighbours_house_after_a_line_ending_with_of_is_not_the_writers() -> None:
    from extractors.prose import ANOTHERS_ADDRESS, find_entities
    from extractors.whose_phone import said_of_another

    assert said_of_another(COMPLAINT_LETTER, COMPLAINT_LETTER.index("0867710352"))
    assert not said_of_another(COMPLAINT_LETTER, COMPLAINT_LETTER.index("095-220"))
    found = find_entities(COMPLAINT_LETTER)
    theirs = [v for k, v, _, how in found if k == "address" and how == ANOTHERS_ADDRESS]
    assert theirs == ["44 หมู่ 7"]  # ended before his phone's bracket


def test_the_writers_block_top_right_is_her_address_over_a_neighbours_house() -> None:
    from unseen_requests_5 import pdf_page

    lines = COMPLAINT_LETTER.splitlines()
    page = pdf_page(
        [(120 if k < 4 else 20, 20 + 9 * k, text) for k, text in enumerate(lines)], size=12
    )
    case = _with_pdf("ร้องเรียนเผาขยะ", page)
    assert case.fields.get("full_name") == "นางพัชรี สุขเจริญ"
    assert (case.fields.get("address") or "").startswith("15/2 หมู่ที่ 7 ตำบลบ้านกล้วย")
    assert case.fields.get("postal_code") == "17000"
