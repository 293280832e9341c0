"""A hundred-and-twenty-seventh set of requests written by someone who had not read the
readers (issue 8): ELECTRICITY, SOLAR ROOFTOPS, POLES AND CABLES, to เทศบาลนครนครปฐม,
เทศบาลเมืองราชบุรี and the อบต. of Samut Songkhram (บางขันแตก, ลาดใหญ่, แควอ้อม,
ปลายโพงพาง, บางนกแขวก). A house owner notifying a solar rooftop (the installer company,
its engineer with his licence ภย./สฟก./ภฟก. number, ID and mobile; the PEA account CA of 12
digits, the meter number, kWp, the inverter, the cost); asking to move a power pole or trim
trees near the wires (pole numbers, a contractor's quotation with its tax number and
amounts); complaints about hanging telecom cables (the operators named); a shop asking for
a street light; a condominium's manager's letter; a tenant writing for the owner who works
abroad. Kinds: plain (iPhone, Android Gmail, a LINE chat forwarded as text, webmail),
HTML (Gmail, Outlook, a web form's notification, a reply over the clerk's quoted mail),
Word (a notification form, a letter with a quotation table, a condo's letter, a petition
with co-signers), PDF (fillable and typed), xlsx (an installer's data sheet, a quotation,
a complaint log).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the builders and tests of sets 62 and 63, the helpers they import, set 84's test
comments, and the earlier sets' first docstrings).

Conventions (written down before any run), following set 28 (the applicant is the person
who asks; for a body the natural person who signs), sets 31/63 (a service for one person
asked by another is the one it is for), set 37 (where only another's phone is given, phone
`()`), sets 56/60 (a body: who signs for it; its place, line and box):
- a solar notification: the house's OWNER (ผู้ใช้ไฟฟ้า, เจ้าของอาคาร) who notifies; where the
  installer's engineer sends it for her, still the owner (her phone and box `()` where only
  the installer's appear). The installer company, its engineer (name, licence, ID, mobile,
  box), its tax number never the applicant's.
- a pole, a tree, a cable or a street light: the one who asks and signs (the shop's owner,
  whose shophouse is her home); the contractor, the neighbours who co-sign, the operators
  and the clerk quoted never.
- a tenant writing for the owner who works abroad: the OWNER (it is her house, her
  registered home; the tenant's name, ID, phone never: the owner's own Thai mobile where the
  tenant gives it, else phone `()`).
- a condominium: the juristic person's MANAGER who signs (his name; his ID where given,
  else `()`), the condo's place, office line and box.
Address: where the applicant lives (house number to the amphoe, with or without province
and postal code); province and postal code of it. CA (12 digits), meter, pole, licence,
quotation, tax, receipt numbers, kW and amounts are never an ID or a phone. Birth date only
the applicant's, only where written. Everyone and every number is invented (13-digit
numbers made with with_check_digit); tambon, amphoe, provinces and postal codes are real.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

NP, RB, SS = "นครปฐม", "ราชบุรี", "สมุทรสงคราม"
DESKS = {NP: "saraban@nakhonpathomcity.example.go.th", RB: "saraban@ratchaburicity.example.go.th",
         SS: "saraban@sakhlong-tao.example.go.th"}  # fmt: skip
OFFICE = {NP: "เทศบาลนครนครปฐม", RB: "เทศบาลเมืองราชบุรี"}
NONE = date(1900, 1, 1)

PEOPLE: tuple[Party, ...] = (
    P("นาย", "ธีรวัฒน์", "ศรีสมบูรณ์", "730100451128", date(1971, 5, 14), "0812457093", "teerawat.ss@gmail.com",
      "58/3", "", "", "ราชวิถี", "พระปฐมเจดีย์", "เมืองนครปฐม", NP, "73000"),
    P("นาง", "อรุณี", "พึ่งทองคำ", "730100672215", date(1966, 9, 2), "0896643127", "arunee.pt@hotmail.com",
      "112", "", "", "ทรงพล", "บ่อพลับ", "เมืองนครปฐม", NP, "73000"),
    P("นางสาว", "ศิริพร", "เจริญวงศ์", "730109930418", date(1989, 2, 27), "0634481579", "siriporn.cw@gmail.com",
      "9/41", "", "", "เทศา", "พระปฐมเจดีย์", "เมืองนครปฐม", NP, "73000"),
    P("นาย", "ประยุทธ", "แสงทอง", "730100284467", date(1958, 12, 8), "0816627304", "",
      "201", "", "", "ยิงเป้า", "ห้วยจรเข้", "เมืองนครปฐม", NP, "73000"),
    P("นาง", "วันเพ็ญ", "โพธิ์ศรี", "700100315524", date(1963, 7, 19), "0819924536", "wanpen.ps@yahoo.com",
      "45", "", "", "อำมรินทร์", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นาย", "กิตติพงษ์", "ตั้งสกุล", "700100557831", date(1980, 4, 3), "0867713928", "kittipong.ts@gmail.com",
      "17/2", "", "", "ไกรเพชร", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นางสาว", "ปาริชาติ", "อินทรประเสริฐ", "700109921145", date(1992, 10, 11), "0924475810", "parichat.ip@gmail.com",
      "88", "", "", "ศรีสุริยวงศ์", "หน้าเมือง", "เมืองราชบุรี", RB, "70000"),
    P("นาย", "สมศักดิ์", "ภู่ระหงษ์", "750100148836", date(1955, 3, 22), "0813356207", "",
      "34", "5", "", "", "บางขันแตก", "เมืองสมุทรสงคราม", SS, "75000"),
    P("นาง", "ละเอียด", "ปานเจริญ", "750300226514", date(1961, 8, 30), "0895517364", "laiat.pc@gmail.com",
      "72/1", "3", "", "", "แควอ้อม", "อัมพวา", SS, "75110"),
    P("นาย", "วีระ", "คงสมบัติ", "750200109927", date(1975, 1, 16), "0857734201", "weera.ks@gmail.com",
      "119", "6", "", "", "บางนกแขวก", "บางคนที", SS, "75120"),
    P("นางสาว", "ณัฐธิดา", "บุญประคอง", "750100394452", date(1995, 6, 6), "0641139076", "natthida.bp@gmail.com",
      "5/8", "2", "", "", "ลาดใหญ่", "เมืองสมุทรสงคราม", SS, "75000"),
    P("นาง", "สมจิตร", "นาคสุข", "750300417738", date(1968, 11, 24), "0876620415", "somjit.nk@hotmail.com",
      "160", "8", "", "", "ปลายโพงพาง", "อัมพวา", SS, "75110"),
)  # fmt: skip

# Installers: company, tax number, office line, its engineer (name, licence, ID, mobile, box).
INSTALLERS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("บริษัท สยามโซลาร์พาวเวอร์ จำกัด", with_check_digit("073556300124"), "034-254-118",
     "นายอนุรักษ์ วงศ์วิเศษ", "สฟก. 3156", with_check_digit("730100778102"), "0818842216", "anurak.eng@siamsolar.example.co.th"),
    ("ห้างหุ้นส่วนจำกัด ราชบุรีกรีนเอนเนอร์ยี่", with_check_digit("070355800467"), "032-321-507",
     "นายเกรียงไกร ศักดิ์สิทธิ์", "ภฟก. 28714", with_check_digit("700100884519"), "0894410637", "kriangkrai@rbgreen.example.co.th"),
)  # fmt: skip
CIVIL = ("นายพงศกร ทองมา", "ภย. 41827", "0863357741")
CONTRACTOR = (
    "ห้างหุ้นส่วนจำกัด แม่กลองการไฟฟ้า",
    with_check_digit("075355600218"),
    "034-711-852",
    "นายชัยยา เรืองฤทธิ์",
    "0817760349",
)
TENANT = ("นายเอกชัย มั่นคง", with_check_digit("110200463381"), "0953381147", "ekkachai.mk@gmail.com")
CLERK = ("นางสาวกนกวรรณ สุขเกษม", "034-250-114 ต่อ 221")
CONDOS: tuple[Party, ...] = (
    P("นิติบุคคลอาคารชุด ", "ปฐมคอนโดทาวน์", "", "073000000011", NONE, "034251880", "juristic@pathomcondo.example.com",
      "99", "", "", "เพชรเกษม", "สนามจันทร์", "เมืองนครปฐม", NP, "73000", juristic=True),
    P("นิติบุคคลอาคารชุด ", "ริเวอร์ราชบุรี เรสซิเดนซ์", "", "070000000027", NONE, "032337441", "office@riverrb.example.com",
      "210", "", "", "คฑาธรธรณินทร์", "หน้าเมือง", "เมืองราชบุรี", RB, "70000", juristic=True),
)  # fmt: skip
MANAGERS = (
    ("นายวรพจน์ ศิริมงคล", with_check_digit("730100902234")),
    ("นางสาวภัทรา ลิ้มประเสริฐ", with_check_digit("700100663318")),
)


def ca(i: int) -> str:
    return f"02{(4471 + 37 * i) % 10000:04d}{(558312 + 9137 * i) % 1000000:06d}"


def meter(i: int) -> str:
    return f"{55 + i % 40}{(12083946 + 7919 * i) % 100000000:08d}"


def pole(p: Party, i: int) -> str:
    return {NP: "นฐ.", RB: "รบ.", SS: "สส."}[p.p.province] + f"{3 + i % 9:02d}/{117 + 13 * i}"


def desk(a: Party) -> str:
    return DESKS[a.p.province]


def body_of(a: Party) -> str:
    p = a.p
    if p.province in OFFICE:
        return OFFICE[p.province]
    return f"องค์การบริหารส่วนตำบล{p.tambon}"


def message(a: Party, n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = desk(a)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 7, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set127-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email or 'no-reply@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def condo(k: int, name: str, nid: str, keys: str) -> dict[str, tuple[str, ...]]:
    """The condo's manager who signs (his ID where the mail gives it), the condo's place,
    office line and box."""
    e = exp(CONDOS[k], keys)
    e["full_name"] = (name,)
    e["national_id"] = (nid,) if nid else ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_solar_owner": "the owner who notifies; never the installer, its engineer (licence, ID, mobile)",
    "plain_installer_for_owner": "the owner; never the installer's engineer who writes (phone, box `()`)",
    "plain_line_chat_tree_trim": "the one who asks in the chat; never the neighbour or the forwarding son",
    "plain_tenant_owner_abroad": "the owner abroad (her house, her Thai mobile); never the tenant",
    "plain_android_cable_complaint": "the complainant; never the operators' crew or their numbers",
    "html_gmail_pole_move_quote": "the owner who asks; never the contractor of the quoted quotation",
    "html_outlook_condo_manager": "the condo's manager who signs (his ID); the condo's place, line, box",
    "html_webform_streetlight_shop": "the shop's owner (ผู้แจ้ง rows); never the shop's name or the other lights' places",
    "html_gmail_reply_clerk_quoted": "the owner who replies; never the clerk in the quoted mail",
    "docx_solar_notice_form": "the owner (เจ้าของอาคาร block); never the engineer's block (ID, licence, mobile)",
    "docx_pole_letter_quotation": "the owner who signs; never the contractor's quotation (tax number, line, foreman)",
    "docx_condo_letter": "the manager who signs (no ID given: `()`); the condo's place, line, box",
    "docx_petition_cosigners": "the first signer who writes; never the co-signers' table",
    "pdf_fillable_solar_notice": "the owner_* fields; never installer_* or engineer_*",
    "pdf_typed_streetlight_shop": "the shop's owner who signs; never the shop's workers named",
    "pdf_fillable_pole_request": "the applicant_* fields; never contractor_*",
    "pdf_typed_solar_with_cert": "the owner who writes; never the engineer's certificate paragraph",
    "xlsx_installer_data_sheet": "the owner's rows; never the installer's head rows or the engineer",
    "xlsx_quotation_sheet": "the customer (owner) who sends it; never the contractor's head block",
    "xlsx_cable_complaint_log": "the complainant's head rows; never the poles' rows",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_solar_owner(a: Party, i: int) -> Case:
    """An owner notifies her solar rooftop from an iPhone: the installer, its engineer's
    licence and mobile, CA, meter, kWp, the cost; her own ID, phone and home below."""
    p = a.p
    co, _tax, line, eng, lic, _eid, emob, _ = INSTALLERS[i % 2]
    kwp = ("5.45", "9.90")[i % 2]
    text = (
        f"เรียน {body_of(a)}\n\n{me(a)}ขอแจ้งการติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์บนหลังคา (โซลาร์รูฟท็อป) ขนาด {kwp} kWp "
        f"อินเวอร์เตอร์ {('5', '10')[i % 2]} kW ที่บ้านของ{me(a)}{ending(a)}\n"
        f"ผู้ติดตั้ง {co} โทร {line} วิศวกรผู้ควบคุม {eng} ใบอนุญาต {lic} มือถือ {mobile(emob, i)}\n"
        f"บัญชีแสดงสัญญา (CA) {ca(i)} มิเตอร์เลขที่ {meter(i)} ค่าติดตั้ง {('168,000', '289,500')[i % 2]} บาท\n"
        f"กำหนดติดตั้ง 15-17 ธันวาคม 2569\n\n"
        f"ข้อมูลเจ้าของบ้าน\n{a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i)}\nโทร {tel(a, i)}\n\n"
        f"ขอบคุณ{ending(a)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(a, i, "แจ้งติดตั้งโซลาร์รูฟท็อป", own_box(a), text=text)
    return Case("plain_iphone_solar_owner", raw, own(a, NO_BIRTH))


def plain_installer_for_owner(a: Party, i: int) -> Case:
    """The installer's engineer sends the notification for the owner: the owner's name,
    ID, birth date and home; his own licence, ID, mobile and box in the signature."""
    p = a.p
    co, tax, line, eng, lic, eid, emob, ebox = INSTALLERS[(i + 1) % 2]
    text = (
        f"เรียน เจ้าหน้าที่งานควบคุมอาคาร {body_of(a)}\n\n"
        f"บริษัทฯ ในนามผู้ติดตั้ง ขอยื่นแจ้งการติดตั้งแผงเซลล์แสงอาทิตย์บนหลังคาแทนเจ้าของอาคาร ดังนี้\n"
        f"เจ้าของอาคาร: {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}\nวันเดือนปีเกิด: {born_th(p.born, i)}\n"
        f"สถานที่ติดตั้ง (บ้านเจ้าของ): {home(a, i + 1)}\n"
        f"ขนาดระบบ 6.60 kWp แผง 12 แผง x 550 W น้ำหนักรวม 312 กก. พื้นที่ 31.2 ตร.ม.\n"
        f"CA: {ca(i)}  PEA meter: {meter(i)}\n\n"
        f"ผู้ตรวจสอบโครงสร้าง {CIVIL[0]} ({CIVIL[1]}) โทร {CIVIL[2]}\n\n"
        f"--\n{eng}\nวิศวกรไฟฟ้า {lic}\nเลขบัตร {nid_w(eid, i)}\n{co} (เลขประจำตัวผู้เสียภาษี {tax})\nโทร {line} / {mobile(emob, i + 1)}\n{ebox}\n"
    )
    raw = message(
        a, i, f"แจ้งติดตั้ง Solar Rooftop - {a.name}", f"{eng.split()[0][3:]} <{ebox}>", text=text
    )
    return Case("plain_installer_for_owner", raw, for_other(a, ALL))


def plain_line_chat_tree_trim(a: Party, i: int) -> Case:
    """A LINE chat exported as text and forwarded by the owner: her own lines ask to trim
    the trees over the wires; a neighbour writes in the chat with her number; a pole's
    number and a PEA job number."""
    p = a.p
    text = (
        f"---------- Forwarded message ---------\n[LINE] ประวัติการแชทกับ กลุ่ม ซอยบ้านเรา\nวันที่บันทึก: 2569/12/0{1 + i % 5} 20:14\n\n"
        f"จ. 30/11/2569\n19:02\tป้าสมพร\tกิ่งมะม่วงพาดสายไฟหน้าบ้านเลขที่ 40 อีกแล้ว ไฟกระพริบทั้งคืน\n"
        f"19:05\tป้าสมพร\tเบอร์ป้า 089-554-2170 นะ ถ้าเทศบาลจะโทรมา\n"
        f"19:11\t{p.first}\tเดี๋ยวหนูส่งเรื่องให้{body_of(a)}เองค่ะ เสา {pole(a, i)} ตรงหัวมุม\n\n"
        f"{me(a)} {a.name} ขอส่งเรื่องขอให้ตัดแต่งกิ่งไม้ที่พาดสายไฟแรงต่ำ บริเวณเสาไฟฟ้าหมายเลข {pole(a, i)} "
        f"(แจ้ง กฟภ. แล้ว เลขรับแจ้ง 1129-{40231 + i}) {me(a)}อยู่บ้านเลขที่ {home(a, i + 2)} เลขบัตร {nid_w(p.nid, i + 2)} "
        f"โทร {tel(a, i + 1)}\n"
    )
    raw = message(a, i, "Fwd: ขอตัดกิ่งไม้พาดสายไฟ", own_box(a), text=text)
    return Case("plain_line_chat_tree_trim", raw, own(a, NO_BIRTH))


def plain_tenant_owner_abroad(a: Party, i: int) -> Case:
    """A tenant writes for the owner who works in Japan: the pole in front of her house
    leans; her ID and Thai mobile given; his own name, ID and phone too."""
    p = a.p
    tn, tid, tmob, tbox = TENANT
    text = (
        f"เรียน {body_of(a)}\n\nผม {tn} ผู้เช่าบ้านเลขที่ {home(a, i)} ขอแจ้งเรื่องแทนเจ้าของบ้าน "
        f"คือ {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ซึ่งปัจจุบันทำงานอยู่ที่ประเทศญี่ปุ่น (โอซาก้า)\n"
        f"เสาไฟฟ้าหน้าบ้านหมายเลข {pole(a, i)} เอียงเข้าหาตัวบ้านประมาณ 15 องศา หลังรถบรรทุกเฉี่ยวเมื่อ 28 พ.ย. 2569 "
        f"เจ้าของบ้านขอให้ย้ายเสาหรือค้ำยัน\n"
        f"ติดต่อเจ้าของบ้านได้ที่ {mobile(p.mobile, i)} (LINE/WhatsApp) ส่วนผมโทร {mobile(tmob, i + 1)}\n"
        f"(เลขบัตรผู้เช่า {nid_w(tid, i)})\n\nขอบคุณครับ\n{tn}\n"
    )
    raw = message(a, i, "ขอย้ายเสาไฟฟ้าหน้าบ้าน (แจ้งแทนเจ้าของ)", f"Ekkachai M. <{tbox}>", text=text)
    e = for_other(a, NO_BIRTH)
    e["phone"] = exp(a, "phone")["phone"]
    return Case("plain_tenant_owner_abroad", raw, e)


def plain_android_cable_complaint(a: Party, i: int) -> Case:
    """Android Gmail: a complaint about telecom cables hanging low over the soi; the
    operators (NT, TRUE) and a crew foreman's number; a call centre's ticket."""
    p = a.p
    text = (
        f"เรื่อง ร้องเรียนสายสื่อสารห้อยต่ำ\n\nเรียน นายก{body_of(a)}\n"
        f"สายสื่อสาร (สายเคเบิลของ NT และ TRUE) ห้อยต่ำจากเสา {pole(a, i)} ถึงเสา {pole(a, i + 1)} สูงจากพื้นไม่ถึง 2.5 เมตร "
        f"รถกระบะเกี่ยวสายขาดมาแล้วครั้งหนึ่ง แจ้ง call center 1888 แล้ว เลข ticket TT{6620048 + i} "
        f"ช่างหัวหน้าชุด (คุณสมหมาย) ให้เบอร์ 081-330-{4415 + i} แต่ไม่มีใครมา\n\n"
        f"ผู้ร้องเรียน {a.name}\nอายุ {2026 - p.born.year} ปี เกิด {born_th(p.born, i + 1)}\nบ้านเลขที่ {home(a, i + 3)}\n"
        f"มือถือ {tel(a, i + 2)}\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(a, i, "ร้องเรียนสายสื่อสารห้อยต่ำ", own_box(a), text=text)
    return Case(
        "plain_android_cable_complaint",
        raw,
        own(a, "full_name birth_date phone email address postal_code province"),
    )


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_pole_move_quote(a: Party, i: int) -> Case:
    """Gmail: the owner asks to move a pole for her new gate; the contractor's quotation
    is quoted in the mail (its tax number, line, foreman's mobile, amounts)."""
    p = a.p
    cn, ctax, cline, cman, cmob = CONTRACTOR
    html = (
        '<div dir="ltr"><div>เรียน ' + body_of(a) + "</div><div><br></div>"
        f"<div>{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เจ้าของบ้านเลขที่ {home(a, i)} "
        f"ขออนุญาตย้ายเสาไฟฟ้าหมายเลข {pole(a, i)} ออกจากแนวประตูรั้วใหม่ 2.0 เมตร</div>"
        f"<div>โทร {tel(a, i)}</div><div><br></div><div>ใบเสนอราคาของผู้รับเหมาตามด้านล่าง{ending(a)}</div>"
        '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        f"<b>ใบเสนอราคา เลขที่ QT-2569/{118 + i}</b><br>{cn}<br>เลขประจำตัวผู้เสียภาษี {ctax}<br>โทร {cline} ผู้ประสานงาน {cman} {mobile(cmob, i)}<br>"
        f"<table border=1><tr><td>รื้อถอนและปักเสาคอนกรีต 9 ม.</td><td>24,500.00</td></tr><tr><td>ย้ายสายแรงต่ำ 3 เฟส</td><td>8,700.00</td></tr>"
        "<tr><td>รวม</td><td>33,200.00</td></tr></table></blockquote></div></div>"
    )
    raw = message(a, i, "ขอย้ายเสาไฟฟ้า + ใบเสนอราคา", own_box(a), html=html)
    return Case("html_gmail_pole_move_quote", raw, own(a, NO_BIRTH))


def html_outlook_condo_manager(a: Party, i: int) -> Case:
    """Outlook: a condo's manager asks to remove dead cables and fix the lights of the
    soi in front; his ID in the body, the condo's office line and box in the signature."""
    k = i % 2
    c = CONDOS[k]
    name, nid = MANAGERS[k]
    paras = [
        f"เรียน {OFFICE[c.p.province]}",
        "",
        f"ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid_w(nid, i)} ผู้จัดการ{c.name} ตั้งอยู่เลขที่ {home(c, i)} "
        "ขอให้ประสานรื้อสายสื่อสารที่ไม่ใช้งานบนเสาหน้าอาคาร และซ่อมไฟส่องสว่าง 4 ดวงที่ดับ (ดวงที่ 12-15)",
        f"มิเตอร์ส่วนกลางของอาคาร CA {ca(i)} แจ้งไฟดับกับ กฟภ. แล้ว",
        "",
        "ขอแสดงความนับถือ",
    ]
    sig = (
        f'<table><tr><td><p class="MsoNormal"><b>{name}</b><br>ผู้จัดการนิติบุคคลอาคารชุด<br>{c.name}<br>'
        f"โทร {tel(c, i)} | {c.p.email}</p></td></tr></table>"
    )
    raw = message(
        c,
        i,
        "ขอรื้อสายสื่อสารและซ่อมไฟส่องสว่าง",
        f"{c.name} <{c.p.email}>",
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_condo_manager", raw, condo(k, name, nid, NO_BIRTH))


def html_webform_streetlight_shop(a: Party, i: int) -> Case:
    """A web form's notification (e-Service): a shop's owner asks for a street light in
    front of her shophouse; rows for the shop's name, the place, her own lines."""
    p = a.p
    shop = ("ร้านเจริญวงศ์การค้า", "ร้านข้าวแกงป้าเพ็ญ")[i % 2]
    rows = [("เลขที่รับเรื่อง", f"E-SV-2569-{10452 + i}"), ("ประเภทคำร้อง", "ขอติดตั้งไฟฟ้าส่องสว่างสาธารณะ"),
            ("ชื่อร้านค้า", shop), ("จุดที่ขอติดตั้ง", f"หน้าร้าน ระหว่างเสา {pole(a, i)} และ {pole(a, i + 2)}"),
            ("ชื่อ-นามสกุลผู้แจ้ง", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i)),
            ("ที่อยู่ผู้แจ้ง", home(a, i)), ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email or "-")]  # fmt: skip
    html = (
        "<html><body><p>มีคำร้องใหม่จากระบบ e-Service</p><table cellpadding=4>"
        + "".join(f"<tr><th align=left>{k}</th><td>{v}</td></tr>" for k, v in rows)
        + "</table><p>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>"
    )
    raw = message(
        a,
        i,
        f"[e-Service] คำร้องใหม่ E-SV-2569-{10452 + i}",
        "e-Service <no-reply@eservice.example.go.th>",
        html=html,
    )
    return Case("html_webform_streetlight_shop", raw, own(a, ALL))


def html_gmail_reply_clerk_quoted(a: Party, i: int) -> Case:
    """The owner replies with the papers the clerk asked for: the clerk's name, extension
    and the earlier case number quoted below her own lines."""
    p = a.p
    cn, cline = CLERK
    html = (
        f'<div dir="ltr">เรียน คุณ{cn.split()[0][6:]}<br><br>ส่งข้อมูลเพิ่มเติมเรื่องแจ้งติดตั้งโซลาร์ 3.30 kWp{ending(a)}<br>'
        f"ชื่อ {a.name}<br>เลขบัตรประชาชน {nid_w(p.nid, i)}<br>ที่อยู่ {home(a, i + 1)}<br>เบอร์ {tel(a, i)}<br>"
        f"CA {ca(i)}<br><br>{p.first}</div><br>"
        f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ จ. 30 พ.ย. 2569 {cn} &lt;building@example.go.th&gt; เขียนว่า:<br></div>'
        f'<blockquote class="gmail_quote">เรียน ผู้แจ้ง เรื่องเลขที่ สค.{772 + i}/2569 ขอข้อมูลเจ้าของบ้านและเลข CA เพิ่มเติม '
        f"สอบถามโทร {cline}<br>{cn}<br>นักวิชาการ งานควบคุมอาคาร</blockquote></div>"
    )
    raw = message(a, i, "Re: แจ้งติดตั้งโซลาร์เซลล์ (ขอข้อมูลเพิ่ม)", own_box(a), html=html)
    return Case("html_gmail_reply_clerk_quoted", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_solar_notice_form(a: Party, i: int) -> Case:
    """A notification form in Word (แบบแจ้งการติดตั้งแผงเซลล์แสงอาทิตย์บนหลังคา): the
    owner's block, the building, then the engineer's block with his own ID and mobile."""
    p = a.p
    co, _tax, line, eng, lic, eid, emob, _ = INSTALLERS[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph("แบบแจ้งการติดตั้งแผงเซลล์แสงอาทิตย์บนหลังคาอาคาร")
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {p.house}\nวันที่ {4 + i % 20} ธันวาคม 2569")
        d.add_paragraph(
            f"1. ข้าพเจ้า (เจ้าของอาคาร) {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i + 1)}\n"
            f"อยู่บ้านเลขที่ {home(a, i + 2)} โทรศัพท์ {tel(a, i)}"
        )
        d.add_paragraph(
            f"2. อาคารที่ติดตั้ง ตึกแถว/บ้านเดี่ยว 2 ชั้น หลังคาเหล็ก ติดตั้งแผง 16 แผง ขนาดรวม 8.80 kWp น้ำหนักรวม 420 กก. "
            f"CA {ca(i)} เลขมิเตอร์ {meter(i)}"
        )
        d.add_paragraph(
            f"3. วิศวกรผู้รับรอง {eng} ใบอนุญาตประกอบวิชาชีพ {lic} เลขประจำตัวประชาชน {nid_w(eid, i + 1)} "
            f"โทร {mobile(emob, i)} สังกัด {co} โทร {line}"
        )
        d.add_paragraph(
            f"ลงชื่อ........................เจ้าของอาคาร\n({a.name})\n\nลงชื่อ........................วิศวกร\n({eng})"
        )

    raw = message(a, i, "ส่งแบบแจ้งติดตั้งแผงโซลาร์", own_box(a), text=f"เรียน งานควบคุมอาคาร\nแนบแบบแจ้ง{ending(a)}\n",
                  files=(("แบบแจ้งโซลาร์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_solar_notice_form", raw, own(a, ALL))


def docx_pole_letter_quotation(a: Party, i: int) -> Case:
    """A letter in Word asking to move a pole, a contractor's quotation table below it
    (its tax number, line, foreman's mobile, amounts and a bank account)."""
    p = a.p
    cn, ctax, cline, cman, cmob = CONTRACTOR

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\t\tบ้านเลขที่ {home(a, i)}\n\t\t\t\t\t{6 + i % 20} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขออนุญาตย้ายเสาไฟฟ้า\nเรียน นายก{body_of(a)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} โทร {tel(a, i + 1)} มีความประสงค์ขอย้ายเสาไฟฟ้าแรงต่ำ "
            f"หมายเลข {pole(a, i)} ซึ่งอยู่กลางทางเข้าบ้าน โดยจะออกค่าใช้จ่ายเองตามใบเสนอราคาที่แนบ"
        )
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({a.name})")
        d.add_paragraph(f"ใบเสนอราคา {cn} เลขผู้เสียภาษี {ctax} โทร {cline}")
        t = d.add_table(rows=4, cols=3)
        for r, row in enumerate([("รายการ", "จำนวน", "ราคา"), ("เสาคอนกรีต 8 ม.", "1", "12,800"),
                                 ("ค่าแรงและรถเครน", "1", "9,500"), ("รวม (รวม VAT)", "", "23,861")]):  # fmt: skip
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        d.add_paragraph(
            f"ผู้เสนอราคา {cman} โทร {mobile(cmob, i)} ชำระเงิน ธ.กรุงไทย 712-0-44{i:02d}58-3"
        )

    raw = message(a, i, "ขอย้ายเสาไฟฟ้า (มีใบเสนอราคา)", own_box(a), text=f"เรียน {body_of(a)}\nแนบหนังสือ{ending(a)}\n",
                  files=(("ขอย้ายเสา.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_pole_letter_quotation", raw, own(a, NO_BIRTH))


def docx_condo_letter(a: Party, i: int) -> Case:
    """A condo's letter in Word (ที่ นต. ../2569), signed by its manager with no ID: trees
    over the wires along its fence; the condo's place, line and box in the head."""
    k = i % 2
    c = CONDOS[k]
    name = MANAGERS[1 - k][0]

    def build(d: Any) -> None:
        d.add_paragraph(f"{c.name}\n{home(c, i)}\nโทร {tel(c, i)} อีเมล {c.p.email}")
        d.add_paragraph(f"ที่ นต.{41 + i}/2569\t\t\t{9 + i % 15} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอตัดแต่งกิ่งไม้ใกล้แนวสายไฟฟ้า\nเรียน นายก{OFFICE[c.p.province]}")
        d.add_paragraph(
            f"ด้วย{c.name} ได้รับแจ้งจากเจ้าของร่วมห้อง 508 (นายสุเมธ แก้วใส โทร 086-223-4471) ว่ากิ่งต้นจามจุรีริมรั้วด้านทิศเหนือ "
            f"พาดสายไฟฟ้าแรงสูง เสาหมายเลข {pole(c, i)} จึงขอความอนุเคราะห์ตัดแต่ง"
        )
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({name})\nผู้จัดการนิติบุคคลอาคารชุด")

    raw = message(c, i, "หนังสือนิติบุคคลอาคารชุด ขอตัดกิ่งไม้", f"{c.name} <{c.p.email}>",
                  text="เรียน เจ้าหน้าที่\nแนบหนังสือนิติบุคคลฯ\n", files=(("หนังสือ_นต.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_condo_letter", raw, condo(k, name, "", NO_BIRTH))


def docx_petition_cosigners(a: Party, i: int) -> Case:
    """A petition in Word by villagers for a street light and trimmed trees: the writer's
    lines first, then a table of co-signers with their houses and phones."""
    p = a.p

    def build(d: Any) -> None:
        d.add_paragraph(
            f"คำร้อง\n\t\t\t\tเขียนที่ หมู่ที่ {p.moo or '1'}\n\t\t\t\tวันที่ {3 + i % 20} ธันวาคม 2569"
        )
        d.add_paragraph(f"เรียน นายก{body_of(a)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {2026 - p.born.year} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
            f"โทร {tel(a, i)} พร้อมด้วยชาวบ้านตามรายชื่อแนบท้าย ขอให้ติดตั้งไฟฟ้าส่องสว่างริมถนนเลียบคลอง 6 จุด และตัดกิ่งไม้พาดสาย "
            f"ช่วงเสา {pole(a, i)} ถึง {pole(a, i + 4)}"
        )
        d.add_paragraph(f"ลงชื่อ........................ผู้ร้อง\n({a.name})")
        t = d.add_table(rows=3, cols=4)
        for r, row in enumerate([("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "โทร"),
                                 ("1", "นายบุญชู ทองดี", "12 หมู่ 4", "081-774-2093"),
                                 ("2", "นางสมใจ รักษ์วงศ์", "27/1 หมู่ 4", "089-115-6630")]):  # fmt: skip
            for c, v in enumerate(row):
                t.cell(r, c).text = v

    raw = message(a, i, "คำร้องขอไฟส่องสว่างและตัดกิ่งไม้", own_box(a), text=f"เรียน อบต.\nแนบคำร้อง{ending(a)}\n",
                  files=(("คำร้อง.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_petition_cosigners", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_solar_notice(a: Party, i: int) -> Case:
    """A fillable notification (owner_*, installer_*, engineer_* fields): the owner's ID as
    a comb, birth date, home; the installer's tax number, the engineer's ID and mobile."""
    p = a.p
    co, tax, line, eng, lic, eid, emob, _ebox = INSTALLERS[(i + 1) % 2]
    labels = [(40, 18, "แบบแจ้งการติดตั้งระบบโซลาร์เซลล์บนหลังคา"), (20, 40, "ชื่อเจ้าของอาคาร"), (20, 50, "เลขประจำตัวประชาชน"),
              (120, 50, "วันเกิด"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (110, 70, "อีเมล"), (20, 80, "CA / kWp"),
              (20, 95, "ผู้ติดตั้ง"), (20, 105, "เลขผู้เสียภาษี"), (110, 105, "โทร"), (20, 115, "วิศวกร"), (110, 115, "เลขใบอนุญาต"),
              (20, 125, "เลขประจำตัวประชาชนวิศวกร"), (110, 125, "มือถือวิศวกร")]  # fmt: skip
    fields = [Field("owner_name", a.name, 55, 40, 100), Field("owner_id", p.nid, 60, 50, 55, comb=13),
              Field("owner_dob", born_th(p.born, i), 135, 50, 45), Field("owner_address", home(a, i), 35, 60, 160),
              Field("owner_phone", tel(a, i), 45, 70, 55), Field("owner_email", p.email, 125, 70, 70),
              Field("ca_kwp", f"{ca(i)} / 7.26 kWp", 50, 80, 90),
              Field("installer_name", co, 45, 95, 120), Field("installer_tax", tax, 50, 105, 55), Field("installer_phone", line, 125, 105, 50),
              Field("engineer_name", eng, 45, 115, 60), Field("engineer_licence", lic, 140, 115, 40),
              Field("engineer_id", nid_w(eid, i), 75, 125, 35), Field("engineer_mobile", mobile(emob, i), 140, 125, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(a, i, "แบบแจ้งโซลาร์ (PDF กรอกแล้ว)", own_box(a), text=f"ส่งแบบแจ้งที่กรอกแล้ว{ending(a)}\n",
                  files=(("solar_notice.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_solar_notice", raw, own(a, ALL))


def pdf_typed_streetlight_shop(a: Party, i: int) -> Case:
    """A shop's owner's typed letter (Word to PDF): her block top right (the shophouse is
    her home), asking a street light; her shop's staff who will meet the crew named."""
    p = a.p
    paras: list[tuple[float, str]] = [(115, home(a, i)), (0, ""), (115, f"{8 + i % 20} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอติดตั้งไฟฟ้าส่องสว่างหน้าร้าน"), (20, f"เรียน นายก{body_of(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} เจ้าของร้านค้าซึ่งเป็นที่อยู่อาศัยตามที่อยู่ข้างต้น "
                  f"ถนนหน้าร้านมืดมาก ระหว่างเสาไฟฟ้าหมายเลข {pole(a, i)} ถึง {pole(a, i + 3)} ระยะ 80 เมตร ไม่มีไฟส่องสว่าง "
                  f"เกิดเหตุวิ่งราวทรัพย์ 2 ครั้ง จึงขอให้ติดตั้งโคมไฟ LED 2 ชุด"),
             (30, f"วันนัดหมาย ลูกจ้างของร้าน นายสมบัติ ใจดี (โทร 062-418-{3390 + i}) จะรอพบเจ้าหน้าที่ ส่วนข้าพเจ้าโทร {tel(a, i + 1)}"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "ขอไฟส่องสว่างหน้าร้าน", own_box(a), text="เรียน เจ้าหน้าที่\nแนบหนังสือ\n",
                  files=(("ขอไฟส่องสว่าง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_streetlight_shop", raw, own(a, NO_BIRTH))


def pdf_fillable_pole_request(a: Party, i: int) -> Case:
    """A fillable request to move a pole (applicant_* and contractor_* fields)."""
    p = a.p
    cn, ctax, _cline, cman, cmob = CONTRACTOR
    labels = [(50, 18, "คำร้องขอย้ายเสาไฟฟ้า"), (20, 40, "ผู้ยื่นคำร้อง"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"),
              (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"), (20, 80, "หมายเลขเสา"), (20, 95, "ผู้รับเหมา"),
              (20, 105, "เลขผู้เสียภาษีผู้รับเหมา"), (20, 115, "ผู้ประสานงาน / โทร"), (20, 125, "ราคาประเมิน (บาท)")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 50, 40, 100), Field("applicant_id", nid_w(p.nid, i), 60, 50, 55),
              Field("applicant_dob", born_th(p.born, i + 2), 135, 50, 45), Field("applicant_address", home(a, i + 1), 35, 60, 160),
              Field("applicant_phone", tel(a, i), 45, 70, 55), Field("pole_no", pole(a, i), 45, 80, 50),
              Field("contractor_name", cn, 45, 95, 120), Field("contractor_tax", ctax, 70, 105, 55),
              Field("contractor_contact", f"{cman} {mobile(cmob, i)}", 60, 115, 100), Field("estimate", "41,730.00", 60, 125, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(a, i, "คำร้องขอย้ายเสาไฟฟ้า (PDF)", own_box(a), text=f"แนบคำร้อง{ending(a)}\n",
                  files=(("pole_request.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_pole_request", raw, own(a, ALL))


def pdf_typed_solar_with_cert(a: Party, i: int) -> Case:
    """An owner's typed letter notifying the solar rooftop, the civil engineer's
    certificate paragraph (his licence ภย., his mobile) below her signature."""
    p = a.p
    paras: list[tuple[float, str]] = [(115, f"{5 + i % 20} ธันวาคม 2569"), (0, ""), (20, "เรื่อง แจ้งการติดตั้งแผงโซลาร์เซลล์บนหลังคา"),
             (20, f"เรียน นายก{body_of(a)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 2)} โทร {tel(a, i)} "
                  f"ขอแจ้งการติดตั้งแผงโซลาร์เซลล์ขนาด 4.95 kWp พื้นที่ 24 ตารางเมตร บนหลังคาบ้าน ไม่เกิน 160 ตารางเมตร "
                  f"ไม่เพิ่มน้ำหนักเกินร้อยละ 10 หมายเลขผู้ใช้ไฟฟ้า (CA) {ca(i)}"),
             (0, ""), (110, "ขอแสดงความนับถือ"), (105, f"({a.name})"), (0, ""),
             (20, f"ข้าพเจ้า {CIVIL[0]} ภาคีวิศวกรโยธา เลขทะเบียน {CIVIL[1]} ได้ตรวจสอบโครงสร้างหลังคาแล้ว รับน้ำหนักได้ "
                  f"โทร {CIVIL[2]}"), (105, f"({CIVIL[0]})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(a, i, "แจ้งติดตั้งแผงโซลาร์ พร้อมหนังสือรับรองวิศวกร", own_box(a), text=f"แนบหนังสือแจ้ง{ending(a)}\n",
                  files=(("แจ้งโซลาร์.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_solar_with_cert", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_installer_data_sheet(a: Party, i: int) -> Case:
    """An installer's data sheet sent by the owner: the installer's head rows (tax
    number, line, engineer, licence, mobile), then the owner's rows and the system."""
    p = a.p
    co, tax, line, eng, lic, _eid, emob, _ = INSTALLERS[i % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลติดตั้ง"
        ws.append(("ข้อมูลการติดตั้งระบบโซลาร์รูฟท็อป",))
        ws.append(("ผู้ติดตั้ง", co, "เลขผู้เสียภาษี", tax, "โทร", line))
        ws.append(("วิศวกร", eng, "ใบอนุญาต", lic, "มือถือ", mobile(emob, i)))
        ws.append(())
        ws.append(("เจ้าของ/ผู้ใช้ไฟฟ้า", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่ติดตั้ง/ที่อยู่เจ้าของ", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i + 1)))
        ws.append(())
        ws.append(("CA", ca(i), "มิเตอร์", meter(i)))
        ws.append(("แผง", "550 W x 18", "kWp", 9.9, "อินเวอร์เตอร์", "10 kW 3 เฟส"))

    raw = message(a, i, "ข้อมูลติดตั้งโซลาร์ (Excel)", own_box(a), text=f"เรียน งานควบคุมอาคาร\nแนบข้อมูลจากผู้ติดตั้ง{ending(a)}\n",
                  files=(("solar_data.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_installer_data_sheet", raw, own(a, NO_BIRTH))


def xlsx_quotation_sheet(a: Party, i: int) -> Case:
    """The contractor's quotation as a sheet, sent by the owner (the customer): the
    contractor's head block, the customer's rows, the items and totals."""
    p = a.p
    cn, ctax, cline, cman, cmob = CONTRACTOR

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ใบเสนอราคา"
        ws.append((cn,))
        ws.append(("เลขประจำตัวผู้เสียภาษี", ctax, "โทร", cline))
        ws.append(("ผู้เสนอราคา", cman, "มือถือ", mobile(cmob, i)))
        ws.append(())
        ws.append(("ลูกค้า", a.name))
        ws.append(("ที่อยู่ลูกค้า", home(a, i + 1)))
        ws.append(("เลขบัตรประชาชนลูกค้า", nid_w(p.nid, i + 1)))
        ws.append(("โทรลูกค้า", tel(a, i)))
        ws.append(())
        ws.append(("รายการ", "จำนวน", "ราคา/หน่วย", "รวม"))
        ws.append(("ย้ายเสาไฟฟ้า " + pole(a, i), 1, 28500, 28500))
        ws.append(("ตัดแต่งกิ่งไม้ใกล้สาย", 1, 3500, 3500))
        ws.append(("VAT 7%", "", "", 2240))
        ws.append(("รวมทั้งสิ้น", "", "", 34240))

    raw = message(a, i, "ใบเสนอราคาย้ายเสา ประกอบคำร้อง", own_box(a), text=f"เรียน {body_of(a)}\nขอย้ายเสาไฟฟ้าหน้าบ้าน แนบใบเสนอราคา{ending(a)}\n",
                  files=(("quotation.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_quotation_sheet", raw, own(a, NO_BIRTH))


def xlsx_cable_complaint_log(a: Party, i: int) -> Case:
    """A complainant's log of hanging cables: her head rows, then each pole's row with
    its number, the operator and the height."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "สายห้อย"
        ws.append(("ผู้ร้องเรียน", a.name, "เลขบัตร", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทร", tel(a, i), "วันเกิด", born_th(p.born, i)))
        ws.append(())
        ws.append(("ลำดับ", "เสา", "ผู้ให้บริการ", "ความสูงจากพื้น (ม.)", "หมายเหตุ"))
        for n in range(4):
            ws.append(
                (
                    n + 1,
                    pole(a, i + n),
                    ("NT", "TRUE", "AIS", "3BB")[n],
                    2.1 + n / 10,
                    f"แจ้ง 1888 ticket {7710452 + 31 * n + i}",
                )
            )

    raw = message(a, i, "สายสื่อสารห้อยต่ำ (ตาราง)", own_box(a), text=f"เรียน นายก{body_of(a)}\nขอให้จัดระเบียบสายตามตาราง{ending(a)}\n",
                  files=(("สายห้อย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_cable_complaint_log", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_solar_owner, (0, 5)),
    (plain_installer_for_owner, (2, 9)),
    (plain_line_chat_tree_trim, (10, 6)),
    (plain_tenant_owner_abroad, (6, 2)),
    (plain_android_cable_complaint, (7, 1)),
    (html_gmail_pole_move_quote, (8, 3)),
    (html_outlook_condo_manager, (0, 0)),
    (html_webform_streetlight_shop, (4, 11)),
    (html_gmail_reply_clerk_quoted, (1, 9)),
    (docx_solar_notice_form, (5, 10)),
    (docx_pole_letter_quotation, (11, 0)),
    (docx_condo_letter, (0, 0)),
    (docx_petition_cosigners, (7, 9)),
    (pdf_fillable_solar_notice, (3, 8)),
    (pdf_typed_streetlight_shop, (6, 4)),
    (pdf_fillable_pole_request, (9, 1)),
    (pdf_typed_solar_with_cert, (2, 11)),
    (xlsx_installer_data_sheet, (4, 8)),
    (xlsx_quotation_sheet, (10, 5)),
    (xlsx_cable_complaint_log, (3, 7)),
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
