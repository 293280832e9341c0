"""An eightieth set of requests written by someone who had not read the readers (issue 8):
LAND, HOUSES AND THE PAPERS ABOUT THEM, asked of เทศบาลเมืองบ้านบึง (Chonburi),
เทศบาลนครนครราชสีมา and two อบต. in Ratchaburi (ดอนตะโก, หนองโพ): a house number for a
newly built house (ขอเลขที่บ้าน), house-registration matters of the owner (a copy of the
ทร.14, the เลขรหัสประจำบ้าน), objections to the land and building tax (ภาษีที่ดินและ
สิ่งปลูกสร้าง) by owners, co-owners and heirs, boundary and encroachment complaints
between neighbours, a condominium's juristic person and a village (หมู่บ้านจัดสรร)
committee writing, landlords and tenants, a real-estate agent and sellers asking for
documents for a sale. Kinds: plain (phone mail apps, webmail), HTML (Gmail, Outlook, a web
form's notification), Word (a คำร้องขอเลขที่บ้าน on dotted lines, letters), PDF (fillable
forms, typed letters), xlsx (sheets of units, plots and documents).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). Set 63's rule: THE APPLICANT IS THE PERSON THE
REQUEST IS FOR, never the one who sends it for them. Per situation of this theme:
- an owner asking a house number for a house he built: the owner; his address is WHERE HE
  LIVES NOW (his registered home), never the plot's place (the โฉนด's ตำบล/อำเภอ, the new
  house's site "ตั้งอยู่ที่...") even where the plot is in the same อำเภอ; the builder's,
  the contractor's and the surveyor's names and phones never his.
- house-registration matters (a copy of ทร.14, the house code): the owner (เจ้าบ้าน/
  เจ้าของบ้าน) who asks; the เลขรหัสประจำบ้าน (11 digits) is never an ID or a phone; the
  house's address is his address only where he says he lives there.
- a tax objection by an owner: the owner; by CO-OWNERS (ถือกรรมสิทธิ์รวม): the co-owner who
  writes and signs (the first where both sign, the one whose lines come first); the other
  co-owner's name, ID and phone never; by an HEIR (ทายาท, ผู้จัดการมรดก): the heir who
  writes; the deceased owner's name and ID never (the request is for the estate the heir
  now answers for; the deceased cannot be the applicant).
- a boundary or encroachment complaint: the complainant; the neighbour's name, phone,
  house and plot numbers never.
- a CONDOMINIUM'S JURISTIC PERSON (นิติบุคคลอาคารชุด) or a VILLAGE COMMITTEE / นิติบุคคล
  หมู่บ้านจัดสรร writing on its own matter (the common road, the units' numbers, the
  estate's boundary): like a company in sets 56/60/63, the natural person who signs for
  it (the manager, the committee's chair): his name; his ID only where written (here
  never: `()`); the juristic person's registration number never an ID; address, postal
  code and province the juristic person's office (the condo's, the village's office);
  phone the office's line (the signer's own mobile also accepted where he gives it as
  contact); e-mail the office's box. Where the committee writes FOR ONE NAMED RESIDENT (her
  house has no number), the resident is the applicant (her name, ID, home): phone and
  e-mail `()` where only the committee's appear.
- a landlord: the landlord; the tenants' names and phones never. A tenant who writes on
  his own matter: the tenant, his address the rented house where he lives; the landlord's
  name, phone and home never.
- a real-estate agent writing for a seller: the seller (name, ID, home); the agent's name,
  licence/membership number, office, phone and box never (phone and e-mail `()` where only
  the agent's appear); the buyer's name and ID never. A seller writing herself: the seller.
Never an ID: a โฉนด / เลขที่ดิน / หน้าสำรวจ / ระวาง / น.ส.3ก number, a tax notice's number,
a juristic person's registration number, a house code, a licence, a permit, a court order.
Never a phone: the same numbers, areas in ไร่-งาน-ตารางวา, amounts in baht. Birth date ISO,
only the applicant's (never the deceased's, never a date of a notice, a sale, a building).
Address: house number to the อำเภอ/เขต, with or without เลขที่/บ้านเลขที่, with or without
province and postal code; province and postal code of that address. Everyone, every firm
and every number is invented (13-digit numbers made with with_check_digit); ตำบล, อำเภอ,
provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

BANBUENG = "เทศบาลเมืองบ้านบึง"
KORAT = "เทศบาลนครนครราชสีมา"
DONTAKO = "องค์การบริหารส่วนตำบลดอนตะโก"
NONGPHO = "องค์การบริหารส่วนตำบลหนองโพ"
DESKS = {
    BANBUENG: "saraban@banbueng.example.go.th",
    KORAT: "revenue@koratcity.example.go.th",
    DONTAKO: "info@dontako.example.go.th",
    NONGPHO: "saraban@nongpho.example.go.th",
}
CB = "ชลบุรี"
NM = "นครราชสีมา"
RB = "ราชบุรี"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)

# Owners, heirs, complainants, sellers, tenants, residents (the ones requests are for).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมชาย", "ปัญญาดี", "201700034512", date(1966, 5, 14), "0819453372", "somchai.pd@gmail.com",
      "12/4", "3", "", "", "หนองชาก", "บ้านบึง", CB, "20170"),
    P("นาง", "บุญเรือน", "ศรีสะอาด", "330010045127", date(1958, 9, 2), "0857724418", "boonruean.ss@hotmail.com",
      "145", "", "", "มิตรภาพ", "ในเมือง", "เมืองนครราชสีมา", NM, "30000"),
    P("นาย", "ธีระ", "วงศ์ทอง", "370010022841", date(1972, 1, 27), "0894416023", "teera.wt@gmail.com",
      "88/2", "5", "", "", "ดอนตะโก", "เมืองราชบุรี", RB, "70000"),
    P("นางสาว", "พิมพ์ชนก", "แสงทอง", "110040061184", date(1989, 7, 19), "0632281457", "pimchanok.st@gmail.com",
      "55/7", "", "ลาดพร้าว 64", "ลาดพร้าว", "วังทองหลาง", "วังทองหลาง", BKK, "10310"),
    P("นาย", "สุวิทย์", "เกตุแก้ว", "370080017736", date(1961, 11, 8), "0816637204", "",
      "301", "7", "", "", "หนองโพ", "โพธาราม", RB, "70120"),
    P("นาง", "จันทร์เพ็ญ", "โคตรมณี", "330990042215", date(1979, 3, 3), "0923318846", "janpen.km@yahoo.com",
      "17", "", "", "จอมสุรางค์ยาตร์", "ในเมือง", "เมืองนครราชสีมา", NM, "30000"),
    P("นาย", "วีระพงษ์", "มาลัยทอง", "201990055308", date(1984, 12, 21), "0868812240", "weerapong.ml@gmail.com",
      "9/11", "2", "", "", "มาบไผ่", "บ้านบึง", CB, "20170"),
    P("นาง", "ละเอียด", "ทองมา", "330010078843", date(1949, 4, 16), "0872204519", "",
      "64", "9", "", "", "หนองจะบก", "เมืองนครราชสีมา", NM, "30000"),
    P("นาย", "กิตติพงษ์", "อินทรประเสริฐ", "120990041257", date(1977, 8, 30), "0815529934", "kittipong.ip@gmail.com",
      "120/45", "1", "", "", "บางพูด", "ปากเกร็ด", "นนทบุรี", "11120"),
    P("นางสาว", "อรอนงค์", "ชาญวิทย์", "370990031162", date(1993, 2, 11), "0645518270", "onanong.cw@gmail.com",
      "5/3", "", "", "ศรีสุริยวงศ์", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นาย", "บุญส่ง", "ภักดี", "370010054479", date(1955, 6, 5), "0813364107", "boonsong.pd@hotmail.com",
      "33", "4", "", "", "เจดีย์หัก", "เมืองราชบุรี", RB, "70000"),
    P("นาง", "สุดารัตน์", "พรหมมา", "330990067721", date(1982, 10, 24), "0956627314", "sudarat.pm@gmail.com",
      "210/8", "", "", "สุรนารายณ์", "ในเมือง", "เมืองนครราชสีมา", NM, "30000"),
)  # fmt: skip

# Juristic persons: condos and village committees (office, line, box; registration as nid).
BODIES: tuple[Party, ...] = (
    P("", "นิติบุคคลอาคารชุดโคราชซิตี้ คอนโดมิเนียม", "", "300000003581", NONE, "044256118", "juristic@koratcity-condo.example.com",
      "199/1", "", "", "สุรนารายณ์", "ในเมือง", "เมืองนครราชสีมา", NM, "30000", juristic=True),
    P("", "นิติบุคคลอาคารชุดบ้านบึง เรสซิเดนซ์", "", "200000001277", NONE, "038443215", "office@bb-residence.example.com",
      "55/5", "2", "", "", "บ้านบึง", "บ้านบึง", CB, "20170", juristic=True),
    P("", "นิติบุคคลหมู่บ้านจัดสรรชลพฤกษ์วิลล์", "", "200000004419", NONE, "038291447", "chonpruek.ville@gmail.com",
      "88/1", "6", "", "", "หนองชาก", "บ้านบึง", CB, "20170", juristic=True),
    P("", "นิติบุคคลหมู่บ้านจัดสรรราชบุรีการ์เด้นโฮม", "", "700000002254", NONE, "032337218", "rbgardenhome@gmail.com",
      "150", "3", "", "", "ดอนตะโก", "เมืองราชบุรี", RB, "70000", juristic=True),
)  # fmt: skip
REGNO = ("อช.0012/2558", "อช.0047/2561", "จส.0031/2560", "จส.0009/2557")
# The one who signs for each body: name, role, own mobile.
SIGNERS: tuple[tuple[str, str, str], ...] = (
    ("นายอนุรักษ์ ศรีวงศ์", "ผู้จัดการนิติบุคคลอาคารชุด", "0897731650"),
    ("นางสาวศิริพร มั่นคง", "ผู้จัดการนิติบุคคลอาคารชุด", "0861104728"),
    ("นายประสิทธิ์ ชูใจ", "ประธานคณะกรรมการหมู่บ้าน", "0814452096"),
    ("นางวาสนา ทองดี", "ประธานกรรมการนิติบุคคลหมู่บ้านจัดสรร", "0898810374"),
)

# Others: neighbours (name, phone, house), co-owners and the deceased (name, ID), agents,
# buyers, tenants, builders.
NEIGHBOURS = (("นายเสน่ห์ บุญมา", "0871120496", "12/5"), ("นางทองใบ ศรีบุญ", "0829947315", "66/1"))
COOWNERS = (
    ("นางสาวสมพร ปัญญาดี", with_check_digit("201700038805")),
    (
        "นายวิรัช วงศ์ทอง",
        with_check_digit("370010029917"),
    ),
)
DECEASED = (
    ("นายทองหล่อ ศรีสะอาด", with_check_digit("330010011245")),
    ("นางบัวผัน เกตุแก้ว", with_check_digit("370080003386")),
)
AGENTS = (
    ("นายเอกชัย รุ่งเรืองทรัพย์", "บริษัท โคราช พร็อพเพอร์ตี้ เอเจนซี่ จำกัด", "TREBA 2019-0472", "0818874421", "ekachai@korat-agency.example.com",
     "1240/3 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30000"),
    ("นางสาวกนกวรรณ ทรัพย์มาก", "บ้านบึง แลนด์ เฮาส์", "AREA 1128", "0862295537", "kanokwan.land@gmail.com",
     "77/9 หมู่ 1 ต.บ้านบึง อ.บ้านบึง จ.ชลบุรี 20170"),
)  # fmt: skip
BUYERS = (
    ("นายจักรพันธ์ ใจดี", with_check_digit("110050078821")),
    ("นางปวีณ์ธิดา ลิ้มสกุล", with_check_digit("101990044572")),
)
TENANTS = (("นายสมศักดิ์ ทองคำ", "0913347780"), ("นางสาวมาลี แก้วใส", "0982216645"))
BUILDER = (
    "หจก.บ้านบึงก่อสร้าง",
    with_check_digit("020355800193"),
    "038-443-907",
    "นายชัยวัฒน์ สุขเจริญ",
    "0894412286",
)


def deed(k: int) -> tuple[str, str, str, str]:
    """โฉนดเลขที่, เลขที่ดิน, หน้าสำรวจ, ระวาง."""
    return (
        f"{48213 + 97 * k}",
        f"{215 + 3 * k}",
        f"{3318 + 7 * k}",
        f"5136 II {4620 + 2 * k}-{11 + k % 5:02d}",
    )


def house_code(k: int) -> str:
    """A เลขรหัสประจำบ้าน (11 digits), written 4-6-1."""
    n = f"{2004 + k % 3}{17 + k:06d}{(3 * k + 1) % 10}"
    return (f"{n[:4]}-{n[4:10]}-{n[10]}", n, f"{n[:4]} {n[4:10]} {n[10]}")[k % 3]


def notice(k: int) -> str:
    return f"ภ.ด.ส.6 เลขที่ {2569}/{1402 + 13 * k:05d}"


def baht(k: int) -> str:
    return f"{3_420 + 1_175 * k:,}.{(25 * k) % 100:02d}"


def area(k: int) -> str:
    return f"{1 + k % 4} ไร่ {k % 4} งาน {(37 + 5 * k) % 100} ตารางวา"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def message(n: int, to: str, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = DESKS[to]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 20 + n % 9, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set80-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


def mine(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one who writes for herself (her e-mail only where she has one)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The one the request is for, sent by another: only the sender's phone and box appear."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def body(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    """A juristic person on its own matter: the signer's name, no ID; its office, line
    (or the signer's mobile), box."""
    e = exp(BODIES[k], keys)
    name, _, mob = SIGNERS[k]
    e["full_name"] = (name,)
    e["national_id"] = ()
    e["phone"] += ("+66" + mob[1:], mob)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_new_house_number_phone": "the owner; his home now, never the new house's plot; the builder never",
    "plain_heir_tax_objection": "the heir who writes; never the deceased owner (name, ID)",
    "plain_encroachment_neighbour": "the complainant; never the neighbour (name, phone, house)",
    "plain_agent_for_seller": "the seller; never the agent (licence, phone, box) nor the buyer",
    "html_gmail_coowner_tax": "the co-owner who writes; never the other co-owner's name or ID",
    "html_outlook_condo_juristic": "the condo's manager who signs; the condo's office, line, box",
    "html_webform_house_code": "the owner in the form; never the house code",
    "html_gmail_committee_for_resident": "the resident; never the committee's chair, line, box",
    "html_outlook_landlord_tenants": "the landlord; never the tenants",
    "docx_house_number_form": "the owner (ผู้ยื่นคำร้อง); never the plot's place nor the builder",
    "docx_heir_appeal_letter": "the heir (ผู้จัดการมรดก); never the deceased, the co-heir",
    "docx_village_boundary_letter": "the committee's chair who signs; the village's office and line",
    "docx_seller_building_certificate": "the seller; never the buyer nor the agent",
    "pdf_fillable_tax_objection": "the owner (owner_*); never the land_* place, the notice",
    "pdf_typed_boundary_complaint": "the complainant; never the neighbour",
    "pdf_fillable_house_number": "the owner; his home, never the new house's site fields",
    "pdf_typed_tenant_letter": "the tenant at the rented house; never the landlord",
    "xlsx_condo_units_numbers": "the condo's manager at the head; never the units' owners",
    "xlsx_coowner_plots": "the ผู้ยื่น row; never the co-owner's row",
    "xlsx_agent_sale_documents": "the seller's row; never the agent's head, the buyer's row",
}


# --- plain ---------------------------------------------------------------------------------


def plain_new_house_number_phone(a: Party, i: int) -> Case:
    """An owner asks from his phone a house number for the house he has just built on a
    plot in another ตำบล: the deed's numbers, the plot's ตำบล/อำเภอ, the builder's line;
    his present home and birth date."""
    p = a.p
    d = deed(i)
    text = (
        f"เรียน นายทะเบียนท้องถิ่น{BANBUENG}\n\n"
        f"{me(a)} {a.name} เลขบัตรประชาชน {nid_w(p.nid, i)} เกิด {born_th(p.born, i)} "
        f"ปัจจุบันอาศัยอยู่บ้านเลขที่ {home(a, i)}\n"
        f"ได้ปลูกสร้างบ้านพักอาศัยหลังใหม่ (ใบอนุญาตก่อสร้างเลขที่ {58 + i}/2568) บนที่ดินโฉนดเลขที่ {d[0]} เลขที่ดิน {d[1]} "
        f"หน้าสำรวจ {d[2]} เนื้อที่ {area(i)} ตั้งอยู่หมู่ที่ {1 + i % 6} ตำบลหนองอิรุณ อำเภอบ้านบึง จังหวัดชลบุรี "
        f"ขณะนี้ก่อสร้างเสร็จแล้ว จึงขอยื่นคำร้องขอเลขที่บ้านสำหรับบ้านหลังดังกล่าว{ending(a)}\n"
        f"ผู้รับเหมา {BUILDER[0]} โทร {BUILDER[2]} ถ้าเจ้าหน้าที่จะออกตรวจ โทรนัด{me(a)}ได้ที่ {tel(a, i)}\n\n"
        f"{a.name}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, BANBUENG, "ขอเลขที่บ้าน บ้านสร้างใหม่", box(a), text=text)
    return Case("plain_new_house_number_phone", raw, mine(a, ALL))


def plain_heir_tax_objection(a: Party, i: int) -> Case:
    """An heir objects by webmail to a land tax notice still in her late father's name:
    the notice's number, the amount, the deceased's name and ID, the plot's area; her
    own ID, home and phone."""
    p = a.p
    dn, did = DECEASED[i % 2]
    d = deed(i + 3)
    text = (
        f"เรียน นายก{KORAT if p.province == NM else DONTAKO}\nเรื่อง ขอคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง ปี 2569\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} ที่อยู่ {home(a, i + 1)} "
        f"เป็นทายาทโดยธรรมของ{dn} (เลขประจำตัวประชาชน {nid_w(did, i)}) ซึ่งถึงแก่กรรมเมื่อวันที่ {thai_day(date(2025, 3, 4 + i))} "
        f"ได้รับหนังสือแจ้งการประเมิน {notice(i)} ลงวันที่ {thai_day(date(2026, 4, 10 + i))} "
        f"ให้ชำระภาษีที่ดินโฉนดเลขที่ {d[0]} เนื้อที่ {area(i + 1)} เป็นเงิน {baht(i)} บาท "
        "ในอัตราที่ดินรกร้างว่างเปล่า แต่ที่ดินแปลงนี้ใช้ทำนามาตลอด ควรเป็นอัตราเกษตรกรรม "
        f"จึงขอคัดค้านการประเมินและขอให้ทบทวน{ending(a)}\n\n"
        f"ติดต่อ{me(a)} {tel(a, i + 2)}\n{a.name}\nทายาท{dn}\n"
    )
    to = KORAT if p.province == NM else DONTAKO
    raw = message(i, to, "คัดค้านการประเมินภาษีที่ดิน (ทายาท)", box(a), text=text)
    return Case("plain_heir_tax_objection", raw, mine(a, NO_BIRTH))


def plain_encroachment_neighbour(a: Party, i: int) -> Case:
    """A complaint that the neighbour's new wall stands on the writer's land: the
    neighbour's name, house and phone, the land's numbers, the surveyed width."""
    p = a.p
    nn, nm, nh = NEIGHBOURS[i % 2]
    d = deed(i + 5)
    to = NONGPHO if p.amphoe == "โพธาราม" else DONTAKO
    text = (
        f"เรียน นายก{to}\n\n{me(a)} {a.name} อายุ {2569 - p.born.year - 543} ปี "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i)} บ้านเลขที่ {home(a, i + 2)} "
        f"ขอร้องเรียนว่า {nn} เจ้าของบ้านเลขที่ {nh} ติดกัน (โทร {mobile(nm, i)}) ก่อกำแพงคอนกรีตรุกล้ำเข้ามาในที่ดิน"
        f"ของ{me(a)} โฉนดเลขที่ {d[0]} ระวาง {d[3]} เข้ามาประมาณ 0.80 เมตร ยาว 22 เมตร "
        f"ได้เจรจาแล้วแต่ไม่ยอมรื้อ ขอให้ อบต. ตรวจสอบว่าได้รับอนุญาตก่อสร้างหรือไม่\n\n"
        f"ติดต่อกลับ {tel(a, i + 1)}\n{a.name}\n\nSent from my Galaxy\n"
    )
    raw = message(i, to, "ร้องเรียนกำแพงบ้านข้างเคียงรุกล้ำที่ดิน", box(a), text=text)
    return Case("plain_encroachment_neighbour", raw, mine(a, NO_BIRTH))


def plain_agent_for_seller(a: Party, i: int) -> Case:
    """A real-estate agent asks from Gmail a certificate of no tax arrears for the
    seller's house (the bank asks it for the transfer): the seller's name, ID and home;
    the buyer; his licence, office and mobile."""
    p = a.p
    an, firm, lic, am, abox, aoff = AGENTS[i % 2]
    bn, bid = BUYERS[i % 2]
    to = KORAT if i % 2 == 0 else BANBUENG
    text = (
        f"เรียน งานจัดเก็บรายได้ {to}\n\n"
        f"{'ผม' if an.startswith('นาย') else 'ดิฉัน'} {an} นายหน้าอสังหาริมทรัพย์ ({firm}) ได้รับมอบหมายจากผู้ขาย คือ {a.name} "
        f"เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ที่อยู่ {home(a, i)} "
        f"ให้ติดต่อขอหนังสือรับรองว่าไม่มีภาษีที่ดินและสิ่งปลูกสร้างค้างชำระ สำหรับบ้านพร้อมที่ดินโฉนดเลขที่ {deed(i + 7)[0]} "
        f"ซึ่งจะขายให้แก่{bn} (เลขประจำตัวประชาชน {nid_w(bid, i)}) นัดโอนที่สำนักงานที่ดินวันที่ {thai_day(date(2026, 12, 15 + i % 10))}\n"
        f"แนบหนังสือมอบอำนาจของผู้ขายแล้ว{'ครับ' if an.startswith('นาย') else 'ค่ะ'}\n\n"
        f"{an}\n{firm}\nใบอนุญาตนายหน้าเลขที่ {lic}\n{aoff}\nโทร {mobile(am, i)}\n"
    )
    raw = message(
        i,
        to,
        "ขอหนังสือรับรองไม่มีภาษีค้างชำระ (นายหน้าขอแทนผู้ขาย)",
        f"{an[3:] if an.startswith('นาย') else an[6:]} <{abox}>",
        text=text,
    )
    return Case("plain_agent_for_seller", raw, for_other(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_coowner_tax(a: Party, i: int) -> Case:
    """Co-owners object by Gmail to a building tax: the writer's lines first as a list,
    then the other co-owner's name and ID; both names at the foot."""
    p = a.p
    cn, cid = COOWNERS[i % 2]
    d = deed(i + 2)
    lines = [f"เรียน นายก{KORAT}", "", f"{me(a)}และพี่น้องเป็นเจ้าของที่ดินและอาคารร่วมกัน (ถือกรรมสิทธิ์รวม) ขอคัดค้านการประเมินภาษีปี 2569", "",
             "ผู้ยื่นคำคัดค้าน", f"- ชื่อ {a.name}", f"- เลขประจำตัวประชาชน {nid_w(p.nid, i)}", f"- วันเกิด {born_th(p.born, i + 1)}",
             f"- ที่อยู่ {home(a, i + 2)}", f"- โทร {tel(a, i)}", "",
             "ผู้ถือกรรมสิทธิ์รวม", f"- {cn} เลขประจำตัวประชาชน {nid_w(cid, i + 1)}", "",
             f"ทรัพย์สิน: อาคารพาณิชย์ 3 ชั้น บนที่ดินโฉนดเลขที่ {d[0]} เลขที่ดิน {d[1]} เนื้อที่ {area(i + 3)}",
             f"หนังสือแจ้งประเมิน {notice(i + 4)} จำนวน {baht(i + 5)} บาท ประเมินเป็นอัตราอื่น ๆ แต่ชั้น 2-3 เป็นที่อยู่อาศัยของครอบครัว",
             "", "ขอแสดงความนับถือ", a.name, cn]  # fmt: skip
    html = '<div dir="ltr">' + "".join(f"<div>{x or '<br>'}</div>" for x in lines) + "</div>\n"
    raw = message(i, KORAT, "คัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง (ผู้ถือกรรมสิทธิ์รวม)", box(a), html=html)
    return Case("html_gmail_coowner_tax", raw, mine(a, ALL))


def html_outlook_condo_juristic(a: Party, i: int) -> Case:
    """A condo's juristic person asks from its Outlook box about the land and building
    tax on the common property and the house numbers of units added: its registration
    number, the building's deed; the manager signs (the office's line, his mobile)."""
    k = i % 2
    b = BODIES[k]
    bp = b.p
    name, role, mob = SIGNERS[k]
    to = (KORAT, BANBUENG)[k]
    paras = [f"เรียน ผู้อำนวยการกองคลัง {to}", "",
             f"{b.name} ทะเบียนเลขที่ {REGNO[k]} สำนักงานตั้งอยู่เลขที่ {home(b, i)} "
             f"ได้รับหนังสือแจ้งการประเมินภาษีที่ดินและสิ่งปลูกสร้าง {notice(i + 6)} สำหรับทรัพย์ส่วนกลาง (สระว่ายน้ำ ที่จอดรถ) "
             f"บนที่ดินโฉนดเลขที่ {deed(i + 9)[0]} จำนวน {baht(i + 8)} บาท", "",
             "นิติบุคคลฯ เห็นว่าทรัพย์ส่วนกลางของอาคารชุดได้รับยกเว้นภาษี จึงขอคัดค้านการประเมิน "
             f"และขอสอบถามเรื่องเลขที่บ้านของห้องชุดที่แบ่งเพิ่ม 4 ห้อง (ห้อง {801 + i} ถึง {804 + i}) ด้วย", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{name}</b><br>{role}<br>{b.name}<br>'
           f"โทร {tel(b, i)} | มือถือ {mobile(mob, i)}<br>"
           f'<a href="mailto:{bp.email}">{bp.email}</a></p>')  # fmt: skip
    raw = message(i, to, "คัดค้านการประเมินภาษีทรัพย์ส่วนกลาง / เลขที่บ้านห้องชุด", f"{b.name} <{bp.email}>",
                  html=outlook_html(paras, sig))  # fmt: skip
    return Case("html_outlook_condo_juristic", raw, body(k, NO_BIRTH))


def html_webform_house_code(a: Party, i: int) -> Case:
    """The city's web form mails its notification: a request for a certified copy of the
    owner's ทร.14, a table of fields, the house code (11 digits) and a reference number."""
    p = a.p
    rows = [("เลขที่คำร้อง", f"EREQ-2569-{10442 + 17 * i}"), ("ประเภทคำร้อง", "ขอคัดสำเนาทะเบียนบ้าน (ท.ร.14) รับรองสำเนา"),
            ("ชื่อ-นามสกุลผู้ยื่น", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)), ("วันเดือนปีเกิด", born_th(p.born, i)),
            ("ที่อยู่ผู้ยื่น", home(a, i + 1)), ("เลขรหัสประจำบ้าน", house_code(i)), ("ฐานะ", "เจ้าบ้าน"),
            ("โทรศัพท์มือถือ", tel(a, i + 3)), ("อีเมล", p.email or "-"),
            ("วัตถุประสงค์", "ใช้ประกอบการขอสินเชื่อเพื่อต่อเติมบ้าน"), ("วันที่ยื่น", f"{20 + i % 9}/11/2569 10:{10 + i:02d}")]  # fmt: skip
    t = "".join(
        f"<tr><th align='left' style='background:#f2f2f2'>{x}</th><td>{y}</td></tr>"
        for x, y in rows
    )
    html = (f"<html><body><h3>{KORAT} - ระบบยื่นคำร้องออนไลน์</h3><p>มีคำร้องใหม่จากประชาชน รายละเอียดดังนี้</p>"
            f"<table border='1' cellspacing='0' cellpadding='4'>{t}</table>"
            "<p style='color:#888'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        KORAT,
        f"[e-Service] คำร้องใหม่ EREQ-2569-{10442 + 17 * i}",
        "e-Service <no-reply@koratcity.example.go.th>",
        html=html,
    )
    return Case("html_webform_house_code", raw, mine(a, ALL))


def html_gmail_committee_for_resident(a: Party, i: int) -> Case:
    """A village committee's chair asks from the village's Gmail a house number for a
    resident whose house was built without one: the resident's name, ID and the
    committee's line and the chair's mobile in the signature."""
    p = a.p
    k = 2 + i % 2
    b = BODIES[k]
    name, role, mob = SIGNERS[k]
    to = (BANBUENG, DONTAKO)[i % 2]
    body_ = (
        f"<p>เรียน นายทะเบียนท้องถิ่น {to}</p>"
        f"<p>ด้วยคณะกรรมการ{b.name} ขอความอนุเคราะห์แทนลูกบ้าน คือ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
        f"ปัจจุบันพักอยู่บ้านเลขที่ {home(a, i + 1)} ซึ่งได้ซื้อบ้านแปลงที่ {40 + i} ในโครงการ (โฉนดเลขที่ {deed(i + 11)[0]}) "
        "แต่บ้านหลังนี้ยังไม่มีเลขที่บ้าน ทำให้ขอติดตั้งมิเตอร์ไฟฟ้าถาวรไม่ได้ "
        "จึงขอให้เจ้าหน้าที่ออกเลขที่บ้านให้ โดยเจ้าของบ้านจะนำเอกสารไปยื่นเองในภายหลัง</p>"
        "<p>ขอแสดงความนับถือ</p>"
    )
    sig = (f"<div>--</div><div><b>{name}</b></div><div>{role}</div><div>{b.name}</div>"
           f"<div>โทร {tel(b, i)} / {mobile(mob, i + 1)}</div>")  # fmt: skip
    html = f'<div dir="ltr">{body_}{sig}</div>\n'
    raw = message(i, to, "ขอเลขที่บ้านให้ลูกบ้าน", f"{b.name} <{b.p.email}>", html=html)
    return Case("html_gmail_committee_for_resident", raw, for_other(a, NO_BIRTH))


def html_outlook_landlord_tenants(a: Party, i: int) -> Case:
    """A landlord asks from Outlook how the tax treats the row houses he lets: his own
    lines, the tenants' names and phones in a table, the houses' numbers."""
    p = a.p
    rows = "".join(f"<tr><td>{n + 1}</td><td>{h}</td><td>{tn}</td><td>{mobile(tm, i + n)}</td><td>{3500 + 500 * n:,} บาท/เดือน</td></tr>"
                   for n, ((tn, tm), h) in enumerate(zip(TENANTS, (f"{17 + i}/1", f"{17 + i}/2"), strict=True)))  # fmt: skip
    paras = [f"เรียน หัวหน้าฝ่ายพัฒนารายได้ {BANBUENG}", "",
             f"{me(a)} {a.name} (เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)}) เจ้าของบ้านเช่า 2 หลัง ได้รับแจ้งประเมินภาษี {notice(i + 2)} "
             f"จำนวน {baht(i + 3)} บาท โดยประเมินบ้านเช่าเป็นอัตราอื่น ๆ ขอสอบถามว่าบ้านให้เช่าเพื่ออยู่อาศัยควรใช้อัตราที่อยู่อาศัยหรือไม่ "
             "รายละเอียดผู้เช่าตามตาราง", "",
             f"<table border='1' cellspacing='0' cellpadding='3'><tr><th>ลำดับ</th><th>บ้านเลขที่</th><th>ผู้เช่า</th><th>โทร</th><th>ค่าเช่า</th></tr>{rows}</table>",
             "", f"ที่อยู่ผู้ให้เช่า {home(a, i)}", f"โทร {tel(a, i + 1)}", "", "ขอบคุณ" + ending(a)]  # fmt: skip
    sig = f'<p class="MsoNormal">{a.name}<br>ผู้ให้เช่า</p>'
    raw = message(i, BANBUENG, "สอบถามภาษีบ้านให้เช่า", box(a), html=outlook_html(paras, sig))
    return Case("html_outlook_landlord_tenants", raw, mine(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_house_number_form(a: Party, i: int) -> Case:
    """A คำร้องขอเลขที่บ้าน typed on dotted lines: the ผู้ยื่นคำร้อง's lines, then the new
    house's site (its หมู่, ตำบล, อำเภอ, the deed), the builder who built it."""
    p = a.p
    d = deed(i + 4)
    to = (DONTAKO, NONGPHO)[i % 2]
    site = (
        "หมู่ที่ 8 ตำบลดอนตะโก อำเภอเมืองราชบุรี จังหวัดราชบุรี",
        "หมู่ที่ 11 ตำบลหนองโพ อำเภอโพธาราม จังหวัดราชบุรี",
    )[i % 2]

    def build(d_: Any) -> None:
        d_.add_paragraph("คำร้องขอเลขที่บ้าน")
        d_.add_paragraph(f"เขียนที่ {to}\nวันที่ {3 + i} เดือน ธันวาคม พ.ศ. 2569")
        d_.add_paragraph(f"เรียน นายทะเบียนท้องถิ่น{to}")
        d_.add_paragraph(
            f"ข้าพเจ้า (ชื่อ-สกุล) ....{a.name}.... เลขประจำตัวประชาชน ....{nid_w(p.nid, i)}.... "
            f"เกิดวันที่ ....{born_th(p.born, i + 2)}.... อยู่บ้านเลขที่ ....{home(a, i + 1)}.... "
            f"โทรศัพท์ ....{tel(a, i)}...."
        )
        d_.add_paragraph(
            f"มีความประสงค์ขอเลขที่บ้านสำหรับบ้านที่ปลูกสร้างใหม่ ตั้งอยู่ {site} "
            f"บนที่ดินโฉนดเลขที่ ....{d[0]}.... เลขที่ดิน ....{d[1]}.... หน้าสำรวจ ....{d[2]}.... "
            f"ลักษณะบ้าน ไม้ผสมคอนกรีต 2 ชั้น สร้างเสร็จเมื่อ {thai_day(date(2026, 10, 5 + i))}"
        )
        d_.add_paragraph(f"ผู้ก่อสร้าง {BUILDER[0]} ทะเบียนนิติบุคคล {BUILDER[1]} โทร {BUILDER[2]}")
        d_.add_paragraph(f"ลงชื่อ....................ผู้ยื่นคำร้อง\n({a.name})")

    raw = message(i, to, "คำร้องขอเลขที่บ้าน", box(a), text=f"เรียน {to}\nส่งคำร้องขอเลขที่บ้าน{ending(a)}\n",
                  files=(("คำร้องขอเลขที่บ้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_house_number_form", raw, mine(a, ALL))


def docx_heir_appeal_letter(a: Party, i: int) -> Case:
    """An administrator of an estate (ผู้จัดการมรดก by a court's order) appeals the tax
    on the late mother's land: the order's number, the deceased's ID, a co-heir."""
    p = a.p
    dn, did = DECEASED[(i + 1) % 2]
    cn, _ = COOWNERS[(i + 1) % 2]
    to = (NONGPHO, KORAT)[i % 2]

    def build(d_: Any) -> None:
        d_.add_paragraph(f"{home(a, i + 2)}\n\n{5 + i} ธันวาคม 2569")
        d_.add_paragraph(f"เรื่อง อุทธรณ์การประเมินภาษีที่ดินและสิ่งปลูกสร้าง\nเรียน นายก{to}")
        d_.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เป็นผู้จัดการมรดกของ{dn} "
            f"(เลขประจำตัวประชาชน {nid_w(did, i + 2)}) ตามคำสั่งศาลจังหวัด{p.province if p.province != BKK else 'แพ่ง'} คดีหมายเลขแดงที่ พ.{812 + i}/2568 "
            f"ร่วมกับ{cn} ทายาทอีกคนหนึ่ง ได้รับแจ้งผลการพิจารณาคำคัดค้าน {notice(i + 8)} ยืนตามการประเมินเดิม "
            f"เป็นเงิน {baht(i + 9)} บาท สำหรับที่ดิน น.ส.3ก เลขที่ {1127 + i} เนื้อที่ {area(i + 2)}"
        )
        d_.add_paragraph(
            "ข้าพเจ้าไม่เห็นด้วย เนื่องจากที่ดินอยู่ระหว่างแบ่งมรดกและยังใช้ปลูกอ้อย จึงขออุทธรณ์ต่อคณะกรรมการพิจารณาอุทธรณ์"
        )
        d_.add_paragraph(f"โทรศัพท์ {tel(a, i + 3)}")
        d_.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})\nผู้จัดการมรดก{dn}")

    raw = message(i, to, "อุทธรณ์การประเมินภาษี (ผู้จัดการมรดก)", box(a), text="แนบหนังสืออุทธรณ์และคำสั่งศาล\n",
                  files=(("อุทธรณ์ภาษี.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_heir_appeal_letter", raw, mine(a, NO_BIRTH))


def docx_village_boundary_letter(a: Party, i: int) -> Case:
    """A village's juristic person complains on its letterhead that a neighbouring
    factory's fence takes the estate's common road: its registration, the plots, the
    factory's owner; the chair signs."""
    k = 2 + i % 2
    b = BODIES[k]
    name, role, _ = SIGNERS[k]
    to = (BANBUENG, DONTAKO)[i % 2]
    nn, nm, _ = NEIGHBOURS[(i + 1) % 2]

    def build(d_: Any) -> None:
        d_.add_paragraph(
            f"{b.name}\nทะเบียนเลขที่ {REGNO[k]}\n{home(b, i)}\nโทร {tel(b, i + 1)}  อีเมล {b.p.email}"
        )
        d_.add_paragraph(f"ที่ นต.{14 + i}/2569\t\t\t{8 + i} ธันวาคม 2569")
        d_.add_paragraph(f"เรื่อง ขอให้ตรวจสอบการรุกล้ำถนนส่วนกลางของหมู่บ้าน\nเรียน นายก{to}")
        d_.add_paragraph(
            f"ด้วย{b.name} เป็นผู้ดูแลถนนส่วนกลางซึ่งเป็นที่ดินโฉนดเลขที่ {deed(i + 13)[0]} เนื้อที่ {area(i + 4)} "
            f"ได้ตรวจพบว่าโรงงานของ{nn} (โทร {mobile(nm, i)}) ที่ติดแนวเขตด้านทิศเหนือ ได้สร้างรั้วรุกล้ำเข้ามาในถนนส่วนกลาง "
            "ประมาณ 1.5 เมตร ยาว 40 เมตร ตามผลการรังวัดของสำนักงานที่ดินเมื่อเดือนตุลาคม 2569"
        )
        d_.add_paragraph("จึงเรียนมาเพื่อโปรดตรวจสอบและดำเนินการตามอำนาจหน้าที่ต่อไป")
        d_.add_paragraph(f"ขอแสดงความนับถือ\n\n({name})\n{role}")

    raw = message(i, to, "ขอให้ตรวจสอบการรุกล้ำถนนส่วนกลาง", f"{b.name} <{b.p.email}>", text="เรียน ท่านนายก\nแนบหนังสือของนิติบุคคลหมู่บ้าน\n",
                  files=(("หนังสือรุกล้ำ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = body(k, NO_BIRTH)
    e["phone"] = e["phone"][:2]  # the chair gives no mobile here
    return Case("docx_village_boundary_letter", raw, e)


def docx_seller_building_certificate(a: Party, i: int) -> Case:
    """A seller's letter asking a copy of the building's certificate and house
    registration papers for a sale: the buyer's name and ID, the agent's name, phone."""
    p = a.p
    bn, bid = BUYERS[(i + 1) % 2]
    an, firm, _, am, _, _ = AGENTS[(i + 1) % 2]
    to = (KORAT, BANBUENG)[i % 2]

    def build(d_: Any) -> None:
        d_.add_paragraph(f"เรื่อง ขอสำเนาใบรับรองการก่อสร้างอาคารและเอกสารบ้าน\nเรียน นายก{to}")
        d_.add_paragraph(
            f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} เป็นเจ้าของบ้าน (เลขรหัสประจำบ้าน {house_code(i + 1)}) "
            f"ประสงค์จะขายบ้านพร้อมที่ดินให้แก่{bn} เลขประจำตัวประชาชน {nid_w(bid, i + 1)} "
            "ธนาคารผู้ให้สินเชื่อของผู้ซื้อขอสำเนาใบรับรองการก่อสร้างอาคาร (อ.6) และแบบแปลนที่ได้รับอนุญาต "
            "แต่ต้นฉบับของ" + me(a) + "สูญหาย จึงขอคัดสำเนาที่รับรองถูกต้อง"
        )
        d_.add_paragraph(f"ผู้ประสานงาน (นายหน้า) {an} {firm} โทร {mobile(am, i)}")
        d_.add_paragraph(f"ติดต่อ{me(a)} โทร {tel(a, i + 1)} อีเมล {p.email or '-'}")
        d_.add_paragraph(f"ขอแสดงความนับถือ\n\nลงชื่อ {a.name} ผู้ขาย")

    raw = message(i, to, "ขอสำเนาใบรับรองการก่อสร้างอาคาร (ขายบ้าน)", box(a), text="แนบคำขอ\n",
                  files=(("ขอสำเนา อ.6.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_seller_building_certificate", raw, mine(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_tax_objection(a: Party, i: int) -> Case:
    """The city's fillable คำร้องคัดค้านการประเมินภาษี (ภ.ด.ส.10 style), fields named in
    English: owner_*, land_* (the plot's ตำบล/อำเภอ), notice_no, tax_amount, area."""
    p = a.p
    d = deed(i + 6)
    to = (KORAT, BANBUENG)[i % 2]
    site = (("หัวทะเล", "เมืองนครราชสีมา", NM), ("หนองซ้ำซาก", "บ้านบึง", CB))[i % 2]
    labels = [(45, 18, "คำร้องคัดค้านการประเมินภาษีที่ดินและสิ่งปลูกสร้าง"), (80, 26, to),
              (20, 40, "ชื่อผู้เสียภาษี"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 86, "ที่ดินโฉนดเลขที่"), (110, 86, "เนื้อที่"),
              (20, 96, "ตำบล"), (80, 96, "อำเภอ"), (140, 96, "จังหวัด"), (20, 106, "หนังสือแจ้งประเมินเลขที่"),
              (120, 106, "จำนวนเงิน"), (20, 116, "เหตุผล"), (20, 150, "ลงชื่อ ........................ ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("owner_name", a.name, 55, 40, 100), Field("owner_id", p.nid, 60, 50, 55, comb=13),
              Field("owner_dob", born_th(p.born, i + 2), 135, 50, 45), Field("owner_address", home(a, i + 2), 35, 60, 160),
              Field("owner_phone", tel(a, i + 2), 45, 70, 55), Field("owner_email", p.email, 125, 70, 70),
              Field("land_deed", d[0], 55, 86, 40), Field("land_area", area(i + 5), 125, 86, 60),
              Field("land_tambon", site[0], 35, 96, 40), Field("land_amphoe", site[1], 95, 96, 40), Field("land_province", site[2], 155, 96, 35),
              Field("notice_no", notice(i + 10), 70, 106, 45), Field("tax_amount", baht(i + 11), 140, 106, 40),
              Field("reason", "ใช้ประโยชน์เป็นที่อยู่อาศัยหลัก มีชื่อในทะเบียนบ้าน ขอใช้อัตราบ้านหลังหลัก", 40, 116, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, to, "ยื่นคำร้องคัดค้านการประเมินภาษี (PDF)", box(a), text=f"ส่งแบบคำร้องที่กรอกแล้ว{ending(a)}\n",
                  files=(("คัดค้านภาษี.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_tax_objection", raw, mine(a, ALL))


def pdf_typed_boundary_complaint(a: Party, i: int) -> Case:
    """A typed complaint (Word to PDF) that the neighbour's roof drains onto the writer's
    house and his extension crosses the line: the writer's block top right, the
    neighbour's name and phone, the land's numbers."""
    p = a.p
    nn, nm, nh = NEIGHBOURS[(i + 1) % 2]
    d = deed(i + 8)
    to = (KORAT, NONGPHO)[i % 2]
    h = home(a, i + 1)
    cut = h.find(" อ.") if " อ." in h else h.find(" อำเภอ")
    paras: list[tuple[float, str]] = [(115, h[:cut]), (115, h[cut + 1:]), (0, ""), (115, f"{9 + i} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ร้องเรียนการต่อเติมอาคารรุกล้ำแนวเขตที่ดิน"), (20, f"เรียน นายก{to}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เจ้าของที่ดินโฉนดเลขที่ {d[0]} เลขที่ดิน {d[1]} "
                  f"ขอร้องเรียน{nn} เจ้าของบ้านเลขที่ {nh} ซึ่งอยู่ติดกันทางทิศตะวันออก ได้ต่อเติมครัวและหลังคายื่นเข้ามาในแนวเขตที่ดิน"
                  "ของข้าพเจ้า น้ำฝนจากหลังคาไหลลงบ้านข้าพเจ้าทุกครั้งที่ฝนตก ได้พูดคุยแล้วหลายครั้งแต่ไม่ได้รับความร่วมมือ"),
             (30, f"เบอร์โทรของผู้ถูกร้องเรียน {mobile(nm, i + 1)}  ติดต่อข้าพเจ้าได้ที่ {tel(a, i)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (110, "ผู้ร้องเรียน")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, to, "ร้องเรียนบ้านข้างเคียงต่อเติมรุกล้ำ", box(a), text="แนบหนังสือร้องเรียนและรูปถ่าย\n",
                  files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_boundary_complaint", raw, mine(a, NO_BIRTH))


def pdf_fillable_house_number(a: Party, i: int) -> Case:
    """The อบต.'s fillable ขอเลขที่บ้าน form, Thai field names: the owner's lines, then the
    new house's site in its own fields (หมู่, ตำบล, อำเภอ, the house's builder)."""
    p = a.p
    d = deed(i + 10)
    to = (NONGPHO, DONTAKO)[i % 2]
    site = (("6", "หนองโพ", "โพธาราม"), ("2", "ดอนตะโก", "เมืองราชบุรี"))[i % 2]
    labels = [(60, 18, "แบบคำร้องขอเลขที่บ้าน"), (80, 26, to),
              (20, 40, "ชื่อเจ้าของบ้าน"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"), (20, 60, "ที่อยู่ปัจจุบัน"),
              (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 86, "ที่ตั้งบ้านที่ขอเลข หมู่ที่"), (90, 86, "ตำบล"),
              (140, 86, "อำเภอ"), (20, 96, "โฉนด/น.ส.3ก เลขที่"), (110, 96, "เนื้อที่"), (20, 106, "ผู้ก่อสร้าง"),
              (120, 106, "โทรผู้ก่อสร้าง"), (20, 150, "ลงชื่อ ........................ เจ้าของบ้าน")]  # fmt: skip
    fields = [Field("ชื่อเจ้าของบ้าน", a.name, 55, 40, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i), 60, 50, 55),
              Field("วันเกิด", born_th(p.born, i), 135, 50, 45), Field("ที่อยู่ปัจจุบัน", home(a, i + 3), 50, 60, 150),
              Field("โทรศัพท์", tel(a, i + 1), 45, 70, 55), Field("อีเมล", p.email, 125, 70, 70),
              Field("หมู่ที่", site[0], 70, 86, 15), Field("ตำบล", site[1], 100, 86, 35), Field("อำเภอ", site[2], 150, 86, 40),
              Field("โฉนดเลขที่", f"น.ส.3ก {1200 + i}" if i % 2 else d[0], 60, 96, 45), Field("เนื้อที่", area(i + 6), 125, 96, 60),
              Field("ผู้ก่อสร้าง", f"{BUILDER[3]} (ช่างรับเหมา)", 45, 106, 70), Field("โทรผู้ก่อสร้าง", mobile(BUILDER[4], i), 145, 106, 45)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, to, "แบบคำร้องขอเลขที่บ้าน", box(a), text=f"เรียน เจ้าหน้าที่ทะเบียน\nแนบแบบคำร้องขอเลขที่บ้าน{ending(a)}\n",
                  files=(("ขอเลขที่บ้าน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_house_number", raw, mine(a, ALL))


def pdf_typed_tenant_letter(a: Party, i: int) -> Case:
    """A tenant's typed letter: the row house he rents has a blocked drain the landlord
    will not mend and the landlord's extension narrows the lane; the landlord's name,
    phone and home in another province; the tenant lives at the rented house."""
    p = a.p
    ln, lm = ("นายสมหมาย เจริญผล", "0816620934") if i % 2 else ("นางสุกัญญา วัฒนกุล", "0893341127")
    lhome = (
        "99 ถนนพระราม 9 แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310",
        "45 หมู่ 2 ตำบลบางพระ อำเภอศรีราชา จังหวัดชลบุรี 20110",
    )[i % 2]
    to = (KORAT, BANBUENG)[i % 2]
    paras: list[tuple[float, str]] = [(120, f"{11 + i} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอให้ตรวจสอบท่อระบายน้ำอุดตันและการต่อเติมรุกล้ำทางสาธารณะ"), (20, f"เรียน นายก{to}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} อายุ {2569 - p.born.year - 543} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
                  f"ผู้เช่าและพักอาศัยอยู่ที่บ้านเลขที่ {home(a, i)} มีผู้ให้เช่าคือ {ln} "
                  f"(อยู่ที่ {lhome} โทร {mobile(lm, i)}) ท่อระบายน้ำหน้าบ้านอุดตันมาสามเดือน และผู้ให้เช่าต่อเติมหลังคาคลุมทางเดินสาธารณะ"),
             (30, f"ได้แจ้งผู้ให้เช่าแล้วแต่ยังไม่แก้ไข จึงขอให้เจ้าหน้าที่ตรวจสอบ ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 2)} หรือ {p.email or '-'}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"), (112, "ผู้เช่า")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, to, "ร้องเรียนท่อระบายน้ำ/ต่อเติมรุกล้ำ (ผู้เช่า)", box(a), text="แนบหนังสือร้องเรียน\n",
                  files=(("tenant_letter.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_tenant_letter", raw, mine(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_condo_units_numbers(a: Party, i: int) -> Case:
    """A condo's juristic person sends a sheet of new units wanting house numbers: its
    head block (name, registration, office, line, box, the manager), then the units'
    owners with their IDs and phones."""
    k = i % 2
    b = BODIES[k]
    name, role, _ = SIGNERS[k]
    to = (KORAT, BANBUENG)[k]
    owners = (PEOPLE[(i + 1) % 12], PEOPLE[(i + 5) % 12], PEOPLE[(i + 8) % 12])

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอเลขที่บ้านห้องชุด"
        ws.append((f"{b.name}",))
        ws.append(("ทะเบียนเลขที่", REGNO[k]))
        ws.append(("ที่ตั้งสำนักงาน", home(b, i)))
        ws.append(("โทร", tel(b, i), "อีเมล", b.p.email))
        ws.append(("ผู้ยื่น", name, role))
        ws.append(())
        ws.append(("ลำดับ", "ห้องชุดเลขที่", "ชั้น", "ชื่อเจ้าของร่วม", "เลขประจำตัวประชาชน", "โทร"))
        for n, o in enumerate(owners):
            ws.append(
                (
                    n + 1,
                    f"{b.p.house}/{901 + n}",
                    9,
                    o.name,
                    nid_w(o.p.nid, i + n),
                    mobile(o.p.mobile, n),
                )
            )

    raw = message(i, to, "ขอเลขที่บ้านห้องชุดใหม่ (รายการ)", f"{b.name} <{b.p.email}>", text="เรียน งานทะเบียนราษฎร\nแนบรายการห้องชุดที่ขอเลขที่บ้าน\n",
                  files=(("units.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = body(k, NO_BIRTH)
    e["phone"] = e["phone"][:2]  # the manager gives no mobile here
    return Case("xlsx_condo_units_numbers", raw, e)


def xlsx_coowner_plots(a: Party, i: int) -> Case:
    """Co-owners' sheet of the plots whose tax they object to: a ผู้ยื่น row and a
    ผู้ถือกรรมสิทธิ์รวม row, then the plots (deed, area, location, notice, amount)."""
    p = a.p
    cn, cid = COOWNERS[i % 2]
    to = (DONTAKO, NONGPHO)[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แปลงที่ดิน"
        ws.append(("รายการที่ดินขอทบทวนการประเมินภาษี ปี 2569",))
        ws.append(("ฐานะ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์"))
        ws.append(
            ("ผู้ยื่น", a.name, nid_w(p.nid, i), born_th(p.born, i + 1), home(a, i + 3), tel(a, i))
        )
        ws.append(("ผู้ถือกรรมสิทธิ์รวม", cn, nid_w(cid, i + 2), "", "", ""))
        ws.append(())
        ws.append(("โฉนดเลขที่", "เนื้อที่", "ตำบล", "อำเภอ", "เลขที่หนังสือแจ้งประเมิน", "ภาษี (บาท)"))
        for n in range(3):
            ws.append((deed(i + n)[0], area(i + n), ("ดอนตะโก", "หนองโพ", "เจดีย์หัก")[n],
                       ("เมืองราชบุรี", "โพธาราม", "เมืองราชบุรี")[n], notice(i + n), baht(i + n)))  # fmt: skip

    raw = message(i, to, "ขอทบทวนการประเมินภาษี (ผู้ถือกรรมสิทธิ์รวม)", box(a), text=f"แนบรายการแปลงที่ดิน{ending(a)}\n",
                  files=(("plots.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_coowner_plots", raw, mine(a, ALL))


def xlsx_agent_sale_documents(a: Party, i: int) -> Case:
    """An agent's sheet of documents wanted for a sale: her head block (name, office,
    licence, phone, box), the seller's row, the buyer's row, the documents."""
    p = a.p
    an, firm, lic, am, abox, aoff = AGENTS[(i + 1) % 2]
    bn, bid = BUYERS[i % 2]
    to = (BANBUENG, KORAT)[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "เอกสารซื้อขาย"
        ws.append(("รายการเอกสารประกอบการซื้อขาย", firm))
        ws.append(("ผู้ประสานงาน", an, "ใบอนุญาต", lic))
        ws.append(("สำนักงาน", aoff))
        ws.append(("โทร", mobile(am, i), "อีเมล", abox))
        ws.append(())
        ws.append(("ฝ่าย", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่"))
        ws.append(("ผู้ขาย (เจ้าของ)", a.name, nid_w(p.nid, i + 1), home(a, i)))
        ws.append(("ผู้ซื้อ", bn, nid_w(bid, i), ""))
        ws.append(())
        ws.append(("ลำดับ", "เอกสารที่ขอ", "จำนวน"))
        ws.append((1, "หนังสือรับรองไม่มีภาษีค้างชำระ", 1))
        ws.append((2, f"สำเนาทะเบียนบ้าน ท.ร.14 (รหัสประจำบ้าน {house_code(i + 2)})", 1))
        ws.append((3, f"สำเนาใบอนุญาตต่อเติมอาคาร เลขที่ {31 + i}/2564", 1))

    raw = message(i, to, "ขอเอกสารประกอบการขายบ้าน", f"{an[3:] if an.startswith('นาย') else an[6:]} <{abox}>",
                  text="เรียน เจ้าหน้าที่\nแนบรายการเอกสารที่ขอแทนผู้ขาย (หนังสือมอบอำนาจแนบแล้ว)\n",
                  files=(("sale_docs.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = for_other(a, NO_BIRTH)
    return Case("xlsx_agent_sale_documents", raw, e)


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the body styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_new_house_number_phone, (0, 6)),
    (plain_heir_tax_objection, (1, 2)),
    (plain_encroachment_neighbour, (4, 2)),
    (plain_agent_for_seller, (5, 6)),
    (html_gmail_coowner_tax, (11, 1)),
    (html_outlook_condo_juristic, (0, 0)),
    (html_webform_house_code, (5, 7)),
    (html_gmail_committee_for_resident, (0, 10)),
    (html_outlook_landlord_tenants, (6, 3)),
    (docx_house_number_form, (2, 4)),
    (docx_heir_appeal_letter, (4, 11)),
    (docx_village_boundary_letter, (0, 0)),
    (docx_seller_building_certificate, (1, 6)),
    (pdf_fillable_tax_objection, (7, 8)),
    (pdf_typed_boundary_complaint, (5, 4)),
    (pdf_fillable_house_number, (4, 2)),
    (pdf_typed_tenant_letter, (11, 6)),
    (xlsx_condo_units_numbers, (0, 0)),
    (xlsx_coowner_plots, (10, 2)),
    (xlsx_agent_sale_documents, (0, 3)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
