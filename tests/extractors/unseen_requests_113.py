"""A hundred-and-thirteenth set of requests written by someone who had not read the readers
(issue 8): FARMERS, to the สำนักงานเกษตรอำเภอ, the ปศุสัตว์อำเภอ, the สำนักงานสหกรณ์จังหวัด
and the อบต. of สุพรรณบุรี, ชัยนาท and อุทัยธานี: crops lost to flood and drought (แบบ กษ.01),
cattle dead of ลัมปีสกิน or swept away, the farmer register (ทะเบียนเกษตรกร, ทบก.01), the
rice growers' subsidy (ไร่ละ 1,000 บาท) into a ธ.ก.ส. account, vaccination of cattle, a
cooperative's manager, community enterprises (วิสาหกิจชุมชน) through their chairs, and the
headmen (ผู้ใหญ่บ้าน, กำนัน), livestock volunteers (อาสาปศุสัตว์) and agricultural
officers (เกษตรตำบล) who write, certify or forward for the farmers. Kinds: plain (a LINE
chat export, iPhone, Gmail, Outlook.com with a quoted reply, a web form's notification),
HTML (Gmail, Outlook forward, a web service's notification), Word (แบบ กษ.01, a letter on
an enterprise's letterhead, a หนังสือมอบอำนาจ, a cooperative's membership form), PDF
(fillable ทบก.01 and vaccination forms, typed letters of a กำนัน and of a farmer), xlsx (a
plot damage sheet, an enterprise's member roster, a subsidy's bank sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following sets 28 (the applicant is the
person who asks; for a body, the natural person who signs), 31/63 (a service for one
person asked by another is the one it is for: the villager, not the headman who files for
him; the parent, not the child who writes), 37 (where only another's phone is given,
phone `()`) and 56/60/63 (a body: the one who signs for it, the body's place, line, box):
- a FARMER asking for herself (damage, register, subsidy, seed, membership) is the
  applicant; the officer she chats with or who replies, the group chair who told her to
  write, the headman who certifies her form, her spouse who may receive the money, the
  beneficiary and the members who vouch for her are never;
- a farmer for whom ANOTHER writes (a daughter for her mother's cattle, a headman or a
  กำนัน for a villager, an อาสาปศุสัตว์ reporting a sick herd, a son holding a power of
  attorney, an officer forwarding the farmer's mail) is the applicant: the writer's name,
  ID, phone, box and home never; phone and e-mail `()` where only the writer's appear (a
  villager's own phone, where the writer gives it, is hers; a forwarded mail's original
  sender's box is the farmer's own);
- a COMMUNITY ENTERPRISE (วิสาหกิจชุมชน): the chair (ประธาน) who signs or sends for it,
  his ID where given (else `()`); address, postal code and province the enterprise's
  registered place (ที่ตั้ง); phone the chair's (its letterhead's line is his mobile); the
  secretary's, coordinator's and members' names, IDs, phones never; e-mail the chair's box
  where he sends, `()` where only the secretary's box appears;
- a COOPERATIVE (สหกรณ์การเกษตร ... จำกัด): the manager who signs for it (no ID given:
  `()`; its 13-digit juristic number is never an ID); its office, its line (his mobile
  also accepted), its box; the board's chairman never.
Address: where the applicant lives (the enterprise's or cooperative's place), house
number to the อำเภอ, with or without เลขที่/บ้านเลขที่, province, postal code (with or
without the word รหัสไปรษณีย์); in Thai digits where typed so, or in Arabic ones. Never a
plot's place, a writer's home, an office's. A farmer register's or a house's number
(รหัสประจำบ้าน), a deed's (โฉนด, น.ส.3ก, ส.ป.ก.), an enterprise's code, a cooperative's
juristic or registration number, a ธ.ก.ส. account, an ear tag, GPS, areas in ไร่, baht
and member numbers are never an ID or a phone. Birth date ISO, only the applicant's.
Everyone and every body is invented (13-digit numbers made with with_check_digit: the
first digit 3 for those born before 1984, then the province's code); ตำบล, อำเภอ,
provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

SP = "สุพรรณบุรี"
CN = "ชัยนาท"
UT = "อุทัยธานี"
NONE = date(1900, 1, 1)  # a body has no birth date; never expected

# The farmers (the ones the requests are for or from).
PEOPLE: tuple[Party, ...] = (
    P("นาย", "สมศักดิ์", "ทองอ่อน", "372070004523", date(1961, 4, 12), "0863317245", "somsak.tongon@gmail.com",
      "112", "4", "", "", "ตะค่า", "บางปลาม้า", SP, "72150"),
    P("นาง", "บุญเรือน", "แสงจันทร์", "372050003117", date(1957, 8, 3), "0894402816", "",
      "45", "7", "", "", "หัวเขา", "เดิมบางนางบวช", SP, "72120"),
    P("นาย", "ประยูร", "มีสุข", "318020002251", date(1966, 1, 25), "0819027734", "prayoon.ms@hotmail.com",
      "23/1", "2", "", "", "ศิลาดาน", "มโนรมย์", CN, "17110"),
    P("นางสาว", "วาสนา", "พึ่งทอง", "118070054412", date(1985, 11, 30), "0627749013", "wassana.pt@gmail.com",
      "88", "9", "", "", "ห้วยงู", "หันคา", CN, "17130"),
    P("นาย", "ทองใบ", "ศรีสุข", "361020001183", date(1949, 6, 18), "0857720416", "",
      "7", "3", "", "", "ทุ่งนาไทย", "ทัพทัน", UT, "61120"),
    P("นาง", "สำรวย", "จันทร์หอม", "361060002774", date(1963, 2, 9), "0931187265", "samruay.ch@gmail.com",
      "156", "11", "", "", "ห้วยแห้ง", "บ้านไร่", UT, "61140"),
    P("นาย", "ชัยวัฒน์", "เอี่ยมสะอาด", "372030006621", date(1979, 9, 14), "0818864230", "chaiwat.eiam@gmail.com",
      "9/2", "6", "", "", "บางพลับ", "สองพี่น้อง", SP, "72110"),
    P("นาง", "ละเอียด", "ปานทอง", "372090001228", date(1952, 12, 1), "0646630918", "",
      "301", "1", "", "", "หนองมะค่าโมง", "ด่านช้าง", SP, "72180"),
    P("นาย", "วิเชียร", "บุญมา", "318030003992", date(1970, 3, 22), "0899915526", "wichian.bm@yahoo.com",
      "64", "5", "", "", "หนองน้อย", "วัดสิงห์", CN, "17120"),
    P("นาย", "สุรชัย", "แก้วกำเนิด", "161040048817", date(1988, 7, 7), "0805526314", "surachai.kk@gmail.com",
      "19", "8", "", "", "หนองยาง", "หนองฉาง", UT, "61110"),
    P("นางสาว", "พรรณี", "อ่อนละมัย", "172040071147", date(1992, 5, 16), "0923318840", "pannee.onl@gmail.com",
      "250", "10", "", "", "ดอนคา", "อู่ทอง", SP, "72160"),
    P("นาง", "มณี", "ทับทิมทอง", "361010003556", date(1958, 10, 28), "0862284917", "",
      "5/7", "4", "", "", "หนองแก", "เมืองอุทัยธานี", UT, "61000"),
    P("นาย", "บุญส่ง", "เพ็งพันธ์", "318050001883", date(1955, 1, 5), "0872246651", "",
      "77", "2", "", "", "โพนางดำออก", "สรรพยา", CN, "17150"),
    P("นาย", "อำนาจ", "ศรีประเสริฐ", "372060005229", date(1975, 12, 19), "0818809432", "amnat.sp@gmail.com",
      "132/4", "3", "", "", "วังยาง", "ศรีประจันต์", SP, "72140"),
)  # fmt: skip

# Community enterprises: name, registration code, the chair (a Party at the enterprise's
# place, his mobile and box), the secretary (name, ID, mobile, box).
ENTERPRISES: tuple[tuple[str, str, Party, tuple[str, str, str, str]], ...] = (
    ("วิสาหกิจชุมชนกลุ่มแม่บ้านเกษตรกรบ้านหัวเขา", "1-72-04-10/1-0023",
     P("นาง", "สมจิต", "ดวงแก้ว", "372050002841", NONE, "0817729054", "somjit.dk@gmail.com",
       "99", "7", "", "", "หัวเขา", "เดิมบางนางบวช", SP, "72120"),
     ("นางสาวอรวรรณ ดวงแก้ว", with_check_digit("172050061135"), "0957718824", "orawan.huakhao@gmail.com")),
    ("วิสาหกิจชุมชนกลุ่มผู้เลี้ยงโคเนื้อตำบลหนองยาง", "6-61-03-02/1-0007",
     P("นาย", "ประเสริฐ", "ยิ้มละมัย", "361040003318", NONE, "0869914402", "prasert.ylm@gmail.com",
       "41", "2", "", "", "หนองยาง", "หนองฉาง", UT, "61110"),
     ("นางกาญจนา ปิ่นทอง", with_check_digit("361040004462"), "0883307719", "kanjana.pt@hotmail.com")),
)  # fmt: skip

# Cooperatives: the manager as a Party at the office (its line, its box), his mobile, the
# cooperative's name, juristic number, registration, the board's chairman.
COOPS: tuple[tuple[Party, str, str, str, str, str], ...] = (
    (P("นาย", "ธีระ", "พุ่มพวง", "318050009911", NONE, "056411238", "coop.sanphaya@gmail.com",
       "222", "1", "", "", "สรรพยา", "สรรพยา", CN, "17150"),
     "0814420937", "สหกรณ์การเกษตรสรรพยา จำกัด", with_check_digit("018553500012"), "กสก. 45/2518", "นายสายัณห์ คงสมบูรณ์"),
    (P("นางสาว", "เยาวลักษณ์", "ชื่นอารมณ์", "372060009905", NONE, "035581446", "sriprachan.coop@gmail.com",
       "45", "2", "", "", "ศรีประจันต์", "ศรีประจันต์", SP, "72140"),
     "0892264150", "สหกรณ์การเกษตรศรีประจันต์ จำกัด", with_check_digit("072553300047"), "กสก. 112/2520", "นายวีระ ทองคำ"),
)  # fmt: skip

# Officers (never the applicant): name, position, office, line, mobile, box.
OFFICERS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("นายกฤษดา ใจซื่อ", "นักวิชาการส่งเสริมการเกษตรชำนาญการ", "สำนักงานเกษตรอำเภอบางปลาม้า หมู่ที่ 3 ตำบลโคกคราม อำเภอบางปลาม้า จังหวัดสุพรรณบุรี 72150",
     "035-587-114", "081-776-2093", "kritsada.j@doae.example.go.th"),
    ("นางสาวปิยะนุช รอดเจริญ", "เจ้าพนักงานส่งเสริมการเกษตรปฏิบัติงาน", "สำนักงานเกษตรอำเภอหันคา ตำบลหันคา อำเภอหันคา จังหวัดชัยนาท 17130",
     "056-451-207", "089-440-1832", "piyanuch.r@doae.example.go.th"),
)  # fmt: skip

# Headmen and กำนัน (never the applicant): name, post, mobile, ID, his home.
HEADMEN: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายสมหมาย เนียมหอม", "ผู้ใหญ่บ้านหมู่ที่ 3", "0815567203", with_check_digit("361020004471"),
     "18 หมู่ที่ 3 ตำบลทุ่งนาไทย อำเภอทัพทัน จังหวัดอุทัยธานี 61120"),
    ("นายเฉลิม บัวทอง", "กำนันตำบลหนองแก", "0898841026", with_check_digit("361010008813"),
     "2 หมู่ที่ 6 ตำบลหนองแก อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000"),
    ("นายไพโรจน์ สุขประเสริฐ", "กำนันตำบลโพนางดำออก", "0861190455", with_check_digit("318050007728"),
     "30 หมู่ที่ 5 ตำบลโพนางดำออก อำเภอสรรพยา จังหวัดชัยนาท 17150"),
    ("นายสุเทพ มาลัยทอง", "ผู้ใหญ่บ้านหมู่ที่ 1", "0837729140", with_check_digit("372090005521"),
     "12 หมู่ที่ 1 ตำบลหนองมะค่าโมง อำเภอด่านช้าง จังหวัดสุพรรณบุรี 72180"),
)  # fmt: skip

# Sons, daughters, grandsons, volunteers (never the applicant): name, ID, mobile, box, home.
HELPERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางสาวศิริพร แสงจันทร์", with_check_digit("172050048826"), "0918827345", "siriporn.sj@gmail.com",
     "55/120 หมู่บ้านพฤกษา 28 ถนนรังสิต-นครนายก ตำบลประชาธิปัตย์ อำเภอธัญบุรี จังหวัดปทุมธานี 12130"),
    ("นางจันทร์เพ็ญ ทับทิมทอง", with_check_digit("361010024418"), "0659931207", "janpen.tt@hotmail.com",
     "1200/45 ซอยลาดพร้าว 101 แขวงคลองจั่น เขตบางกะปิ กรุงเทพมหานคร 10240"),
    ("นายธนพล ปานทอง", with_check_digit("172090033614"), "0948812067", "thanapol.pt@gmail.com",
     "301/2 หมู่ที่ 1 ตำบลหนองมะค่าโมง อำเภอด่านช้าง จังหวัดสุพรรณบุรี 72180"),
    ("นายเกียรติศักดิ์ ศรีสุข", with_check_digit("161020055129"), "0871104583", "kiattisak.ss@gmail.com",
     "88/9 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000"),
    ("นายประจักษ์ อินทร์ทอง", with_check_digit("318030012267"), "0825516470", "prajak.volunteer@gmail.com",
     "14 หมู่ที่ 5 ตำบลหนองน้อย อำเภอวัดสิงห์ จังหวัดชัยนาท 17120"),
)  # fmt: skip


def message(n: int, subject: str, sender: str, *, to: str = "saraban@agri.example.go.th",
            text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 5, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set113-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email or 'no-reply@example.net'}>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def first_name(full: str) -> str:
    """The given name without its title (นาย, นาง, นางสาว)."""
    word = full.split()[0]
    for t in ("นางสาว", "นาย", "นาง"):
        if word.startswith(t):
            return word[len(t) :]
    return word


def made_id(head: str, serial: int) -> str:
    """Another person's 13-digit ID: the first five digits, a serial, its check digit."""
    return with_check_digit(f"{head[:5]}{serial:07d}")


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def with_word(e: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Addresses also accepted with "รหัสไปรษณีย์" before the postal code."""
    pc = e.get("postal_code", ("",))[0]
    if "address" in e and pc:
        e["address"] += tuple(
            x[: -len(pc)] + "รหัสไปรษณีย์ " + pc for x in e["address"] if x.endswith(" " + pc)
        )
    return e


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    e = with_word(exp(a, keys))
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The farmer another writes for: phone and e-mail `()` (only the writer's appear)."""
    e = with_word(exp(a, keys))
    e["phone"] = ()
    if "email" in e:
        e["email"] = ()
    return e


def chair_exp(k: int, keys: str, *, with_id: bool, his_box: bool) -> dict[str, tuple[str, ...]]:
    e = with_word(exp(ENTERPRISES[k][2], keys))
    if not with_id:
        e["national_id"] = ()
    if "email" in e and not his_box:
        e["email"] = ()
    return e


def manager_exp(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    m, mob, *_ = COOPS[k]
    e = with_word(exp(m, keys))
    e["national_id"] = ()
    e["phone"] += ("+66" + mob[1:], mob)
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_line_chat_officer": "the farmer who chats and sends; never the เกษตรตำบล in the chat (his mobile, office line)",
    "plain_iphone_daughter_cattle": "the mother who owns the cattle; never the daughter (her phone, box, Pathum Thani/Bangkok home): phone, e-mail ()",
    "plain_headman_drought": "the villager; never the headman (his mobile, box, ID); v1 phone () (none), v2 the villager's own",
    "plain_outlook_quoted_subsidy": "the farmer who replies; never the officer in the quoted mail (her lines, box)",
    "plain_webform_registration": "the farmer in the form; v2's ผู้กรอกแทน never",
    "html_gmail_coop_manager": "the manager who signs for the cooperative (ID ()); its office, line or his mobile, its box; the board's chairman never",
    "html_outlook_officer_forward": "the farmer whose mail is forwarded (her box in the forward's header); never the officer forwarding",
    "html_gmail_enterprise_table": "the chair (his ID, mobile, box); the enterprise's place; never the secretary's row",
    "html_eservice_livestock_report": "the owner of the herd; never the อาสาปศุสัตว์ who reports; v2 the owner's phone not given ()",
    "docx_kor_sor_01": "the farmer who asks help; never the headman, เกษตรตำบล or กำนัน who sign",
    "docx_enterprise_letter": "the chair who signs (no ID: ()); the letterhead's place and line (his mobile); never the secretary (coordinator, sender's box: e-mail ())",
    "docx_poa_cattle_compensation": "the ผู้มอบอำนาจ (the farmer); never the son who holds the power and sends",
    "docx_coop_membership": "the farmer who applies; never the beneficiary or the members who vouch",
    "pdf_fillable_tbk01": "the head of household who registers; never the household's members",
    "pdf_typed_kamnan_letter": "the villager the กำนัน certifies; never the กำนัน (block top right, mobile): phone, e-mail ()",
    "pdf_fillable_vaccine_request": "the owner of the animals; v2's ผู้ยื่นแทน (grandson) never: phone, e-mail ()",
    "pdf_typed_farmer_letter": "the farmer who writes and signs; never the group chair she names",
    "xlsx_plot_damage_sheet": "the farmer in the head rows; never the headman who certifies and sends (e-mail ())",
    "xlsx_enterprise_roster": "the chair (his row, his box); the enterprise's place; never the coordinator or members",
    "xlsx_subsidy_bank_sheet": "the farmer; never the spouse named to receive in her stead",
}


# --- plain ---------------------------------------------------------------------------------


def plain_line_chat_officer(a: Party, i: int) -> Case:
    """A farmer pastes her LINE chat with the เกษตรตำบล into a mail: her name, ID, home
    and phone in her lines, then the officer's mobile and office line in his."""
    p = a.p
    off, _, _, line, mob, _ = OFFICERS[i % 2]
    nick = "พี่" + first_name(off)
    body = (
        f"เรียน สำนักงานเกษตรอำเภอ{p.amphoe}\n\n"
        f"{me(a)}ส่งแชทไลน์ที่คุยกับเจ้าหน้าที่เรื่องนาข้าวโดนน้ำท่วมมาให้ตามที่เจ้าหน้าที่บอกให้ส่งทางเมล{ending(a)}\n\n"
        f"[LINE] ประวัติการแชทกับ {nick} เกษตรตำบล\n"
        "วันที่บันทึก: 2026/12/05 20:41\n\n"
        "2026/12/03(พ.)\n"
        f"08:02\t{p.first}\tสวัสดี{ending(a)} นาข้าวหมู่ {p.moo} น้ำท่วมหมดเลย 15 ไร่ ข้าวอายุ 60 วัน\n"
        f"08:10\t{nick} เกษตรตำบล\tครับ ขอชื่อ นามสกุล เลขบัตร ที่อยู่ เบอร์โทร เพื่อกรอก กษ.01 ครับ\n"
        f"08:15\t{p.first}\t{a.name}\n"
        f"08:15\t{p.first}\t{nid_w(p.nid, i)}\n"
        f"08:16\t{p.first}\t{home(a, i)}\n"
        f"08:16\t{p.first}\t{mobile(p.mobile, i)}\n"
        f"08:20\t{nick} เกษตรตำบล\tรับทราบครับ มีอะไรโทรหาพี่ได้ที่ {mob} หรือสำนักงาน {line}\n"
        f"08:21\t{nick} เกษตรตำบล\t[รูปภาพ]\n"
        f"08:25\t{p.first}\tโฉนดเลขที่ {24518 + 7 * i} {ending(a)} พิกัด 14.{3021 + i}, 100.{1187 + i}\n"
        f"08:26\t{nick} เกษตรตำบล\t[สติกเกอร์]\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first}\n"
    )
    raw = message(i, "ส่งแชทไลน์เรื่องนาข้าวน้ำท่วม", own_box(a), text=body)
    return Case("plain_line_chat_officer", raw, own(a, NO_BIRTH))


def plain_iphone_daughter_cattle(a: Party, i: int) -> Case:
    """A daughter away from home writes from her iPhone for her mother's cattle: the
    mother's name, ID, home; the ear tags; only the daughter's mobile and her own home."""
    p = a.p
    d, _, dm, dbox, dhome = HELPERS[i % 2]
    sig = ("Sent from my iPhone", "ส่งจาก iPhone ของฉัน")[i % 2]
    body = (
        f"เรียน ปศุสัตว์อำเภอ{p.amphoe}\n\n"
        f"ดิฉัน{d} เป็นลูกสาวของ{a.name} เลขบัตรประชาชนแม่ {nid_w(p.nid, i + 1)}\n"
        f"บ้านแม่อยู่ {home(a, i + 1)}\n"
        f"แม่เลี้ยงวัวเนื้อ 6 ตัว (เบอร์หู {p.postal[:2]}{i:02d}05-00412 ถึง 00417) ตอนนี้มีตุ่มขึ้นตามตัว 2 ตัว สงสัยเป็นลัมปีสกิน "
        "อยากขอให้เจ้าหน้าที่ไปดูและฉีดวัคซีนให้ตัวที่เหลือค่ะ\n"
        f"แม่อายุ {age(a)} แล้ว ไม่มีโทรศัพท์ ติดต่อดิฉันได้ที่ {mobile(dm, i)} ค่ะ (ดิฉันทำงานอยู่ที่ {dhome})\n\n"
        f"ขอบคุณค่ะ\n{first_name(d)}\n\n{sig}\n"
    )
    raw = message(
        i,
        "ขอให้ไปฉีดวัคซีนวัวให้แม่",
        f"{first_name(d)} <{dbox}>",
        to="livestock@dld.example.go.th",
        text=body,
    )
    return Case("plain_iphone_daughter_cattle", raw, for_other(a, NO_BIRTH))


def plain_headman_drought(a: Party, i: int) -> Case:
    """A ผู้ใหญ่บ้าน writes from his Gmail for an old villager whose crop died in the
    drought: the villager's ID (in Thai digits in v1), birth date, home; the headman's
    own mobile and ID in his signature; v2 gives the villager's own phone too."""
    p = a.p
    hm, post, hmob, hid, _ = HEADMEN[(0, 3)[i % 2]]
    nid = thai(p.nid) if i % 2 == 0 else nid_w(p.nid, 1)
    own_phone = (
        ""
        if i % 2 == 0
        else f"\nเบอร์โทรของ{('ป้า', 'ลุง')[p.title == 'นาย']}เอง {mobile(p.mobile, i)} (ลูกหลานรับสายแทน)"
    )
    body = (
        f"เรียน นายกองค์การบริหารส่วนตำบล{p.tambon}\n\n"
        f"ผม{hm} {post} ขอแจ้งความเดือดร้อนของลูกบ้าน คือ {a.name}\n"
        f"เลขประจำตัวประชาชน {nid}\n"
        f"เกิดวันที่ {born_th(p.born, i)}\n"
        f"บ้านเลขที่ {home(a, i + 2)}{own_phone}\n\n"
        "ปลูกมันสำปะหลัง 8 ไร่ 2 งาน ฝนทิ้งช่วงตั้งแต่เดือนกรกฎาคม 2569 ต้นมันแห้งตายเกือบหมด คิดเป็นความเสียหายประมาณ 42,000 บาท "
        "ขอให้ทาง อบต. พิจารณาช่วยเหลือตามระเบียบ และขอน้ำประปาหมู่บ้านเพิ่มด้วยครับ\n\n"
        f"ด้วยความเคารพ\n{hm}\n{post}\nโทร {mobile(hmob, i + 1)}\nเลขบัตร {hid}\n"
    )
    raw = message(i, f"แจ้งความเดือดร้อนภัยแล้ง ลูกบ้าน{post}", f"{first_name(hm)} <headman.{i}@gmail.com>",
                  to="saraban@tambon.example.go.th", text=body)  # fmt: skip
    e = for_other(a, ALL)
    if own_phone:
        e["phone"] = ("+66" + p.mobile[1:], p.mobile)
    return Case("plain_headman_drought", raw, e)


def plain_outlook_quoted_subsidy(a: Party, i: int) -> Case:
    """A farmer replies from Outlook.com to an officer's mail about a missing subsidy:
    his values each on the line under its label, a ธ.ก.ส. account, then her quoted mail
    (her name, post, office, line and mobile)."""
    p = a.p
    off, pos, office, line, mob, box = OFFICERS[1]
    body = (
        f"เรียน คุณ{first_name(off)}\n\n"
        f"ตามที่แจ้งให้ส่งข้อมูลเพิ่มเติม {me(a)}ขอส่งข้อมูล{ending(a)}\n\n"
        f"ชื่อ-นามสกุล\n{a.name}\n"
        f"เลขประจำตัวประชาชน\n{nid_w(p.nid, i)}\n"
        "เลขที่บัญชี ธ.ก.ส. สาขาหันคา\n"
        f"0201{i}2{3456 + i}78\n"
        f"ที่อยู่ตามทะเบียนเกษตรกร\n{home(a, i)}\n"
        f"เบอร์โทรศัพท์\n{mobile(p.mobile, i + 1)}\n"
        "พื้นที่ปลูกข้าวนาปี 22 ไร่ (โฉนด 2 แปลง)\n\n"
        f"ขอบคุณ{ending(a)}\n{p.first}\n\n"
        "________________________________\n"
        f"From: {first_name(off)} {off.split()[1]} <{box}>\n"
        "Sent: Thursday, December 3, 2026 10:12 AM\n"
        f"To: {p.email}\n"
        "Subject: เงินช่วยเหลือเกษตรกรผู้ปลูกข้าว ปีการผลิต 2569/70\n\n"
        f"เรียน คุณ{p.first}\n"
        "ตรวจสอบแล้ว รายชื่อของท่านยังไม่ได้รับเงินช่วยเหลือไร่ละ 1,000 บาท เนื่องจากเลขบัญชีไม่ตรงกับทะเบียน "
        "กรุณาส่งชื่อ เลขบัตร เลขบัญชี ที่อยู่ และเบอร์โทร กลับมาทางอีเมลนี้\n\n"
        f"{off}\n{pos}\n{office}\nโทร {line} / {mob}\n"
    )
    raw = message(i, "RE: เงินช่วยเหลือเกษตรกรผู้ปลูกข้าว ปีการผลิต 2569/70", own_box(a), to=box, text=body)
    return Case("plain_outlook_quoted_subsidy", raw, own(a, NO_BIRTH))


def plain_webform_registration(a: Party, i: int) -> Case:
    """A web form's notification for updating the farmer register: the name and the
    address in parts, a house code (รหัสประจำบ้าน), deed and areas; v2 a ผู้กรอกแทน."""
    p = a.p
    helper = "-" if i % 2 == 0 else f"{HELPERS[2][0]} (หลาน) โทร {mobile(HELPERS[2][2], i)}"
    body = (
        "ระบบแจ้งเตือนแบบฟอร์มออนไลน์\n"
        "แบบฟอร์ม: ขอปรับปรุงข้อมูลทะเบียนเกษตรกร ปี 2569/70\n"
        f"เลขที่รายการ: WF-2569-0{4107 + i}\n"
        f"ส่งเมื่อ: 0{2 + i % 5}/12/2569 14:{10 + i}\n\n"
        f"คำนำหน้า: {p.title}\nชื่อ: {p.first}\nนามสกุล: {p.last}\n"
        f"เลขประจำตัวประชาชน (13 หลัก): {p.nid}\n"
        f"วัน/เดือน/ปีเกิด (พ.ศ.): {born_th(p.born, 1)}\n"
        f"เบอร์โทรศัพท์มือถือ: {p.mobile}\n"
        f"อีเมล (ถ้ามี): {p.email or '-'}\n"
        f"รหัสประจำบ้าน (11 หลัก): {p.postal[:2]}{i:02d}-0{12345 + i}-6\n"
        f"บ้านเลขที่: {p.house}\nหมู่ที่: {p.moo}\nตำบล: {p.tambon}\nอำเภอ: {p.amphoe}\nจังหวัด: {p.province}\nรหัสไปรษณีย์: {p.postal}\n"
        "ชนิดพืชที่ปลูก: ข้าวนาปรัง\nจำนวนแปลง: 2\nเนื้อที่รวม (ไร่): 18.5\n"
        f"เอกสารสิทธิ์: โฉนดที่ดิน เลขที่ {14522 + i}\n"
        f"ผู้กรอกแทน (ถ้ามี): {helper}\n"
        "--\nข้อความนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ\n"
    )
    raw = message(
        i,
        "[แบบฟอร์มออนไลน์] ขอปรับปรุงข้อมูลทะเบียนเกษตรกร",
        "ระบบแบบฟอร์ม <no-reply@forms.example.go.th>",
        text=body,
    )
    return Case("plain_webform_registration", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def gmail_html(paras: list[str], sig: str = "") -> str:
    body = "".join(f"<div>{x or '<br>'}</div>" for x in paras)
    if sig:
        body += f'<br clear="all"><div><br></div>-- <br><div dir="ltr" class="gmail_signature">{sig}</div>'
    return f'<div dir="ltr">{body}</div>\n'


def html_gmail_coop_manager(a: Party, i: int) -> Case:
    """A cooperative's manager writes from its Gmail box: its juristic number and
    registration, the board's chairman who approved, 412 members, a fertilizer project;
    her signature with the office line and her mobile."""
    k = i % 2
    m, mob, coop, jur, reg, board = COOPS[k]
    q = m.p
    paras = [
        f"เรียน สหกรณ์จังหวัด{q.province}",
        "",
        f"ด้วย{coop} ทะเบียนเลขที่ {reg} เลขทะเบียนนิติบุคคล {jur} สำนักงานตั้งอยู่ที่ {home(m, i)} "
        f"มีสมาชิก 412 ราย ประสงค์เข้าร่วมโครงการปุ๋ยคนละครึ่ง ปีการผลิต 2569/70 ปริมาณ 180 ตัน",
        f"ทั้งนี้ที่ประชุมคณะกรรมการดำเนินการ ครั้งที่ 11/2569 โดย{board} ประธานกรรมการ ได้อนุมัติแล้ว",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
        "",
        "ขอแสดงความนับถือ",
    ]
    sig = (f"<div>{m.name}</div><div>ผู้จัดการ{coop}</div>"
           f"<div>โทร {tel(m, i)} มือถือ {mobile(mob, i)}</div><div>{q.email}</div>")  # fmt: skip
    raw = message(i, f"{coop} ขอเข้าร่วมโครงการปุ๋ยคนละครึ่ง", f"{coop} <{q.email}>",
                  to="coop-office@cpd.example.go.th", html=gmail_html(paras, sig))  # fmt: skip
    return Case("html_gmail_coop_manager", raw, manager_exp(k, NO_BIRTH))


def html_outlook_officer_forward(a: Party, i: int) -> Case:
    """An officer forwards a farmer's mail from Outlook: his note and signature (office,
    lines, box) on top, then the Outlook header and the farmer's own mail (name, ID,
    home, phone) asking seed rice after the flood."""
    p = a.p
    off, pos, office, line, mob, box = OFFICERS[i % 2]
    sig = (f'<p class="MsoNormal">{off}<br>{pos}<br>{office}<br>โทร {line} มือถือ {mob}<br>'
           f'<a href="mailto:{box}">{box}</a></p>')  # fmt: skip
    original = [
        f"<b>From:</b> {p.first} {p.last} &lt;{p.email}&gt;<br><b>Sent:</b> Wednesday, December 2, 2026 7:45 PM<br>"
        f"<b>To:</b> {first_name(off)} &lt;{box}&gt;<br>"
        "<b>Subject:</b> ขอรับเมล็ดพันธุ์ข้าวช่วยเหลือหลังน้ำลด",
        "",
        "เรียน เจ้าหน้าที่เกษตร",
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อยู่บ้านเลขที่ {home(a, i + 1)} "
        "ทำนา 16 ไร่ น้ำท่วมเสียหายทั้งหมด ขอรับเมล็ดพันธุ์ข้าว กข43 ตามโครงการช่วยเหลือ 15 กิโลกรัมต่อไร่",
        f"ติดต่อ {tel(a, i)}",
        f"{p.first}",
    ]
    paras = [
        "เรียน ผู้อำนวยการกลุ่มส่งเสริมและพัฒนาการผลิต",
        "ส่งต่อคำขอของเกษตรกรเพื่อพิจารณาจัดสรรเมล็ดพันธุ์ ได้ตรวจสอบทะเบียนเกษตรกรแล้ว",
        "",
    ]
    html = outlook_html(paras, sig + '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>'
                        + "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in original))  # fmt: skip
    raw = message(i, "FW: ขอรับเมล็ดพันธุ์ข้าวช่วยเหลือหลังน้ำลด", f"{first_name(off)} {off.split()[1]} <{box}>",
                  to="production@agri.example.go.th", html=html)  # fmt: skip
    return Case("html_outlook_officer_forward", raw, own(a, NO_BIRTH))


def html_gmail_enterprise_table(a: Party, i: int) -> Case:
    """A community enterprise's chair sends its change of details from his Gmail as a
    table: the enterprise's code, place, the chair's row (ID, mobile) and the
    secretary's (ID, mobile), members, its activity."""
    k = i % 2
    name, code, ch, (sec, sid, smob, _) = ENTERPRISES[k]
    c = ch.p
    rows = [
        ("ชื่อวิสาหกิจชุมชน", name), ("รหัสทะเบียน", code), ("ที่ตั้ง", home(ch, i)),
        ("วันที่จดทะเบียน", f"14 {MONTHS_SHORT[1]} 2562"), ("ประธานกลุ่ม", ch.name),
        ("เลขประจำตัวประชาชน (ประธาน)", nid_w(c.nid, i)), ("โทรศัพท์ (ประธาน)", mobile(c.mobile, i)),
        ("เลขานุการ", sec), ("เลขประจำตัวประชาชน (เลขานุการ)", nid_w(sid, i + 1)), ("โทรศัพท์ (เลขานุการ)", mobile(smob, i + 1)),
        ("จำนวนสมาชิก", "28 คน"), ("กิจกรรม", ("แปรรูปข้าวกล้องและขนมไทย", "เลี้ยงโคเนื้อและผลิตปุ๋ยคอก")[k]),
    ]  # fmt: skip
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse">'
             + "".join(f"<tr><td><b>{x}</b></td><td>{y}</td></tr>" for x, y in rows) + "</table>")  # fmt: skip
    paras = [f"เรียน เกษตรอำเภอ{c.amphoe}", "",
             f"{name} ขอแจ้งเปลี่ยนแปลงข้อมูลกรรมการ (สวช.03) ตามมติที่ประชุมใหญ่เมื่อวันที่ 20 พฤศจิกายน 2569 รายละเอียดดังนี้{ending(ch)}",
             table, "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = f"{ch.name}<br>ประธาน{name}"
    raw = message(
        i,
        f"แจ้งเปลี่ยนแปลงข้อมูล {name}",
        f"{c.first} {c.last} <{c.email}>",
        html=gmail_html(paras, sig),
    )
    return Case(
        "html_gmail_enterprise_table", raw, chair_exp(k, NO_BIRTH, with_id=True, his_box=True)
    )


def html_eservice_livestock_report(a: Party, i: int) -> Case:
    """A web service's notification of sick animals: the reporting อาสาปศุสัตว์'s section
    (name, post, phone, box) over the owner's (name, ID, home; phone in v1, "-" in v2),
    species, count, ear tags, GPS."""
    p = a.p
    v, _, vm, vbox, _ = HELPERS[4]
    owner_phone = mobile(p.mobile, i) if i % 2 == 0 else "-"
    sec1 = [
        ("ชื่อผู้แจ้ง", v),
        ("สถานะ", "อาสาปศุสัตว์ประจำหมู่บ้าน"),
        ("โทรศัพท์ผู้แจ้ง", mobile(vm, i)),
        ("อีเมลผู้แจ้ง", vbox),
    ]
    sec2 = [("ชื่อ-สกุลเจ้าของสัตว์", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("ที่อยู่", home(a, i + 2)),
            ("โทรศัพท์", owner_phone)]  # fmt: skip
    sec3 = [("ชนิดสัตว์", "โคเนื้อ"), ("จำนวนป่วย/ตาย", f"{3 + i % 3} / 1"), ("เบอร์หู", f"TH-{p.postal[:2]}-00{4471 + i}"),
            ("อาการ", "มีไข้ ตุ่มนูนตามผิวหนัง ขาบวม"), ("พิกัด", f"15.{2081 + i}, 99.{8412 + i}")]  # fmt: skip

    def section(title: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f'<tr><td style="width:40%;color:#555">{x}</td><td>{y}</td></tr>' for x, y in rows
        )
        return f'<h3 style="background:#e8f4e8">{title}</h3><table width="100%">{cells}</table>'

    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma">'
            f"<p>มีการแจ้งโรคสัตว์ใหม่ผ่านระบบ e-Service (เลขที่เรื่อง DLD-{690412 + i})</p>"
            + section("ข้อมูลผู้แจ้ง", sec1) + section("ข้อมูลเจ้าของสัตว์", sec2) + section("ข้อมูลสัตว์", sec3)
            + '<p style="font-size:11px;color:#999">อีเมลนี้ส่งจากระบบอัตโนมัติ</p></body></html>\n')  # fmt: skip
    raw = message(i, f"[e-Service] แจ้งสัตว์ป่วย/ตาย DLD-{690412 + i}", "e-Service <no-reply@eservice.example.go.th>",
                  to="livestock@dld.example.go.th", html=html)  # fmt: skip
    e = for_other(a, NO_BIRTH)
    if i % 2 == 0:
        e["phone"] = ("+66" + p.mobile[1:], p.mobile)
    return Case("html_eservice_livestock_report", raw, e)


# --- Word ----------------------------------------------------------------------------------


def docx_kor_sor_01(a: Party, i: int) -> Case:
    """แบบ กษ.01 typed in Word: the farmer's lines over dotted leaders (age, ID, house
    code, address with รหัสไปรษณีย์, phone), the damaged plots' table, then the
    signatures of the farmer, the headman, the เกษตรตำบล and the กำนัน."""
    p = a.p
    hm, post = (
        f"นาย{('สมคิด', 'ประทีป')[i % 2]} {('ยอดทอง', 'นาคสุข')[i % 2]}",
        f"ผู้ใหญ่บ้านหมู่ที่ {p.moo}",
    )
    off = OFFICERS[i % 2][0]

    def build(d: Any) -> None:
        d.add_paragraph("แบบ กษ.01")
        d.add_paragraph("แบบขอรับการช่วยเหลือผู้ประสบภัยพิบัติด้านการเกษตร")
        d.add_paragraph(f"ข้าพเจ้า (นาย/นาง/นางสาว)....{a.name}....อายุ....{age(a)}....ปี")
        d.add_paragraph(
            f"เลขประจำตัวประชาชน....{nid_w(p.nid, i)}....รหัสประจำบ้าน....{p.postal[:2]}{i:02d}-0{23456 + i}-1...."
        )
        d.add_paragraph(
            f"ที่อยู่ตามทะเบียนบ้าน บ้านเลขที่....{p.house}....หมู่ที่....{p.moo}....ตำบล....{p.tambon}....อำเภอ....{p.amphoe}...."
            f"จังหวัด....{p.province}....รหัสไปรษณีย์....{p.postal}...."
        )
        d.add_paragraph(f"โทรศัพท์....{tel(a, i)}....")
        d.add_paragraph("ประสบภัย....อุทกภัย....เมื่อวันที่....28 กันยายน 2569....")
        t = d.add_table(rows=1, cols=5)
        for c, h in zip(
            t.rows[0].cells,
            ("ชนิดพืช", "พื้นที่ปลูก (ไร่)", "พื้นที่เสียหาย (ไร่)", "วันที่ปลูก", "ที่ตั้งแปลง (พิกัด)"),
            strict=True,
        ):
            c.text = h
        for row in (("ข้าวนาปี", "15", "15", "10/07/2569", f"14.{4521 + i}, 100.{834 + i}"),
                    ("ถั่วเขียว", "3", "2", "01/08/2569", f"14.{4533 + i}, 100.{851 + i}")):  # fmt: skip
            for c, v in zip(t.add_row().cells, row, strict=True):
                c.text = v
        d.add_paragraph(f"ลงชื่อ....................ผู้ขอรับการช่วยเหลือ\n({a.name})")
        d.add_paragraph(f"ลงชื่อ....................{post} ผู้รับรอง\n({hm})")
        d.add_paragraph(f"ลงชื่อ....................เกษตรตำบล\n({off})")
        d.add_paragraph(
            "ลงชื่อ....................ประธานคณะกรรมการช่วยเหลือระดับตำบล\n(นายวิรัตน์ คงทอง กำนัน)"
        )

    raw = message(i, "ส่งแบบ กษ.01", own_box(a), text=f"เรียน เกษตรอำเภอ{p.amphoe}\nส่งแบบ กษ.01 ที่กรอกแล้ว{ending(a)}\n",
                  files=(("กษ01.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_kor_sor_01", raw, own(a, NO_BIRTH))


def docx_enterprise_letter(a: Party, i: int) -> Case:
    """An enterprise's letter in Word: its letterhead (name, code, place, the chair's
    mobile as its line), a budget request naming the secretary as coordinator with her
    mobile, signed by the chair; sent from the secretary's box."""
    k = (i + 1) % 2
    name, code, ch, (sec, _, smob, sbox) = ENTERPRISES[k]

    def build(d: Any) -> None:
        d.add_paragraph(f"{name}\nรหัสทะเบียน {code}\n{home(ch, i + 1)} โทร {mobile(ch.p.mobile, i)}")
        d.add_paragraph(f"ที่ วสช.{7 + i}/2569\t\t\t\t{4 + i} ธันวาคม 2569")
        d.add_paragraph(
            f"เรื่อง ขอรับการสนับสนุนงบประมาณโรงเรือนแปรรูป\nเรียน นายกองค์การบริหารส่วนตำบล{ch.p.tambon}"
        )
        d.add_paragraph(
            f"ด้วย{name} ได้จดทะเบียนเมื่อวันที่ 14 กุมภาพันธ์ 2562 มีสมาชิก 28 คน มีความประสงค์ขอรับการสนับสนุนงบประมาณ "
            "ก่อสร้างโรงเรือนแปรรูปขนาด 6 x 12 เมตร เป็นเงิน 185,000 บาท (หนึ่งแสนแปดหมื่นห้าพันบาทถ้วน) รายละเอียดตามประมาณการที่แนบ"
        )
        d.add_paragraph(f"ทั้งนี้ได้มอบหมายให้ {sec} เลขานุการกลุ่ม โทร {mobile(smob, i + 1)} เป็นผู้ประสานงาน")
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({ch.name})\nประธาน{name}")

    raw = message(i, f"หนังสือ{name} ขอรับการสนับสนุน", f"{first_name(sec)} <{sbox}>",
                  to="saraban@tambon.example.go.th", text=f"เรียน อบต.\nส่งหนังสือของกลุ่มค่ะ ต้นฉบับจะนำส่งด้วยตนเอง\n{sec}\n",
                  files=(("หนังสือขอรับการสนับสนุน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_enterprise_letter", raw, chair_exp(k, NO_BIRTH, with_id=False, his_box=False))


def docx_poa_cattle_compensation(a: Party, i: int) -> Case:
    """A หนังสือมอบอำนาจ in Word: the farmer (ID, home) gives her son (ID, his home)
    the power to claim compensation for two cattle dead of ลัมปีสกิน; witnesses; the son
    sends it with his mobile."""
    p = a.p
    s, sid, smob, sbox, shome = HELPERS[(2, 3)[i % 2]]

    def build(d: Any) -> None:
        d.add_paragraph("หนังสือมอบอำนาจ")
        d.add_paragraph(f"เขียนที่ ที่ว่าการอำเภอ{p.amphoe}\nวันที่ {3 + i} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph(
            f"โดยหนังสือฉบับนี้ ข้าพเจ้า {a.name} อายุ {age(a)} ปี เชื้อชาติไทย สัญชาติไทย เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} "
            f"อยู่บ้านเลขที่ {home(a, i)}"
        )
        d.add_paragraph(
            f"ขอมอบอำนาจให้ {s} อายุ 4{i} ปี เลขประจำตัวประชาชน {nid_w(sid, i)} อยู่บ้านเลขที่ {shome} "
            f"เป็นผู้มีอำนาจยื่นคำขอและรับเงินชดเชยโคเนื้อที่ตายจากโรคลัมปีสกิน จำนวน 2 ตัว (เบอร์หู 0{72180 + i}-118, 0{72180 + i}-121) แทนข้าพเจ้า"
        )
        d.add_paragraph("การใดที่ผู้รับมอบอำนาจได้กระทำไปตามหนังสือนี้ ให้มีผลผูกพันข้าพเจ้าเสมือนข้าพเจ้าได้กระทำเอง")
        d.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({s})\n\n"
            "ลงชื่อ....................พยาน\n(นายสมบูรณ์ แก้วใส)\nลงชื่อ....................พยาน\n(นางสาวสุดา มีชัย)"
        )

    raw = message(i, "หนังสือมอบอำนาจรับเงินชดเชยโคตาย", f"{first_name(s)} <{sbox}>", to="livestock@dld.example.go.th",
                  text=f"เรียน ปศุสัตว์อำเภอ{p.amphoe}\nแนบหนังสือมอบอำนาจของ{('แม่', 'พ่อ')[p.title == 'นาย']}ครับ ผมจะเป็นผู้ไปยื่นเอง ติดต่อผม {mobile(smob, i)}\n",
                  files=(("มอบอำนาจ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_cattle_compensation", raw, for_other(a, NO_BIRTH))


def docx_coop_membership(a: Party, i: int) -> Case:
    """A cooperative's membership form as a Word table (label cell, value cell): the
    farmer's rows (birth date, address, phone, box), the beneficiary's rows (her ID),
    two members who vouch (member numbers)."""
    p = a.p
    coop = COOPS[0 if p.province == CN else 1][2]
    rows = [
        ("ชื่อ-สกุล ผู้สมัคร", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วัน เดือน ปีเกิด", born_th(p.born, i + 1)),
        ("อาชีพ", "ทำนา ทำไร่"), ("ที่อยู่ปัจจุบัน", home(a, i + 1)), ("โทรศัพท์", mobile(p.mobile, i + 2)),
        ("อีเมล", p.email or "-"), ("ค่าหุ้นแรกเข้า", "10 หุ้น หุ้นละ 50 บาท"),
        ("ผู้รับโอนประโยชน์", f"นางสาวกนกพร {p.last}"), ("เลขประจำตัวประชาชนผู้รับโอนประโยชน์", made_id("1" + p.nid[1:5], 88010 + i)),
        ("ความเกี่ยวพัน", "บุตร"),
        ("สมาชิกผู้รับรอง 1", "นายสมพร ทองดี เลขทะเบียนสมาชิก 004512"), ("สมาชิกผู้รับรอง 2", "นางวันเพ็ญ สุขใจ เลขทะเบียนสมาชิก 003871"),
    ]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"ใบสมัครเป็นสมาชิก{coop}")
        t = d.add_table(rows=0, cols=2)
        for x, y in rows:
            r = t.add_row().cells
            r[0].text, r[1].text = x, y
        d.add_paragraph("ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง")
        d.add_paragraph(f"ลงชื่อ....................ผู้สมัคร\n({a.name})")

    raw = message(i, f"ใบสมัครสมาชิก{coop}", own_box(a), to="member@coop.example.net",
                  text=f"เรียน ผู้จัดการสหกรณ์\nส่งใบสมัครสมาชิก{ending(a)}\n",
                  files=(("ใบสมัครสมาชิก.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_coop_membership", raw, own(a, ALL))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_tbk01(a: Party, i: int) -> Case:
    """A fillable ทบก.01 (fields named in English): the household head's name, ID, birth
    date, phone, the address in parts, then two household members (names, IDs)."""
    p = a.p
    m1 = (f"นาง{('สมใจ', 'ประไพ')[i % 2]} {p.last}", made_id("3" + p.nid[1:5], 11020 + i), "คู่สมรส")
    m2 = (f"นาย{('ธีรวัฒน์', 'ณัฐวุฒิ')[i % 2]} {p.last}", made_id("1" + p.nid[1:5], 92030 + i), "บุตร")
    labels = [(40, 18, "แบบคำร้องขอขึ้นทะเบียนและปรับปรุงทะเบียนเกษตรกร (ทบก.01)"),
              (20, 34, "ชื่อหัวหน้าครัวเรือน"), (20, 44, "เลขประจำตัวประชาชน"), (120, 44, "วันเกิด"),
              (20, 54, "โทรศัพท์"), (20, 64, "บ้านเลขที่"), (70, 64, "หมู่ที่"), (110, 64, "ตำบล"),
              (20, 74, "อำเภอ"), (90, 74, "จังหวัด"), (150, 74, "รหัสไปรษณีย์"),
              (20, 90, "สมาชิกในครัวเรือน"), (20, 100, "1."), (20, 110, "2.")]  # fmt: skip
    fields = [Field("hh_head_name", a.name, 55, 34, 100), Field("hh_head_pid", p.nid, 55, 44, 55, comb=13),
              Field("hh_head_dob", born_th(p.born, 1), 135, 44, 40), Field("hh_tel", mobile(p.mobile, i), 40, 54, 50),
              Field("addr_no", p.house, 40, 64, 25), Field("addr_moo", p.moo, 82, 64, 20), Field("addr_tambon", p.tambon, 120, 64, 50),
              Field("addr_amphoe", p.amphoe, 32, 74, 50), Field("addr_province", p.province, 103, 74, 40), Field("addr_zip", p.postal, 172, 74, 20),
              Field("mem1_name", m1[0], 28, 100, 60), Field("mem1_pid", m1[1], 92, 100, 50), Field("mem1_rel", m1[2], 146, 100, 30),
              Field("mem2_name", m2[0], 28, 110, 60), Field("mem2_pid", m2[1], 92, 110, 50), Field("mem2_rel", m2[2], 146, 110, 30)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "ส่งแบบ ทบก.01", own_box(a), text=f"เรียน เจ้าหน้าที่\nส่งแบบขึ้นทะเบียนเกษตรกรที่กรอกแล้ว{ending(a)}\n",
                  files=(("tbk01.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_tbk01", raw, own(a, ALL))


def pdf_typed_kamnan_letter(a: Party, i: int) -> Case:
    """A กำนัน's typed letter as a PDF: his office block top right, certifying that a
    villager (ID, birth date, home) lost cattle to a flash flood; his mobile to call."""
    p = a.p
    kn, post, kmob, _, khome = HEADMEN[(1, 2)[i % 2]]
    paras: list[tuple[float, str]] = [
        (115, f"ที่ทำการ{post}"), (115, khome[: khome.rfind(" จังหวัด")]), (115, khome[khome.rfind("จังหวัด") :]),
        (0, ""), (115, f"{5 + i} ธันวาคม 2569"), (0, ""),
        (20, "เรื่อง ขอรับรองความเสียหายและขอความช่วยเหลือ"), (20, f"เรียน ปศุสัตว์อำเภอ{p.amphoe}"), (0, ""),
        (30, f"ข้าพเจ้า {kn} {post} ขอรับรองว่า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} เกิดวันที่ {born_th(p.born, i)} "
             f"อยู่บ้านเลขที่ {home(a, i)} เป็นเกษตรกรผู้เลี้ยงโคในพื้นที่ ได้รับความเสียหายจากน้ำป่าไหลหลากเมื่อวันที่ 18 พฤศจิกายน 2569 "
             "โคเนื้อถูกน้ำพัดสูญหาย 3 ตัว และคอกสัตว์พังเสียหาย จึงขอความอนุเคราะห์ช่วยเหลือตามระเบียบ"),
        (30, f"หากมีข้อสงสัยติดต่อข้าพเจ้าได้ที่ {mobile(kmob, i)}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({kn})"), (108, post),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "หนังสือรับรองความเสียหายโคสูญหาย", f"{first_name(kn)} <kamnan.{i}@gmail.com>", to="livestock@dld.example.go.th",
                  text="เรียน ปศุสัตว์อำเภอ\nแนบหนังสือรับรองครับ\n", files=(("หนังสือรับรอง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_kamnan_letter", raw, for_other(a, ALL))


def pdf_fillable_vaccine_request(a: Party, i: int) -> Case:
    """The ปศุสัตว์'s fillable request for vaccination (Thai field names): the owner's
    name, ID, home, phone; species and count; the ผู้ยื่นแทน section, empty in v1, the
    grandson's in v2 (the owner's phone "-", the grandson sends)."""
    p = a.p
    proxy = (
        (HELPERS[3][0], nid_w(HELPERS[3][1], i), mobile(HELPERS[3][2], i), "หลาน")
        if i % 2
        else ("", "", "", "")
    )
    labels = [(40, 18, "แบบคำขอรับบริการฉีดวัคซีนป้องกันโรคสัตว์"), (20, 34, "ชื่อเจ้าของสัตว์"), (20, 44, "เลขประจำตัวประชาชน"),
              (20, 54, "ที่อยู่"), (20, 64, "โทรศัพท์"), (20, 74, "ชนิดสัตว์"), (100, 74, "จำนวน (ตัว)"), (20, 84, "วัคซีน"),
              (20, 100, "กรณียื่นแทน ชื่อผู้ยื่นแทน"), (20, 110, "เลขประจำตัวประชาชนผู้ยื่นแทน"), (20, 120, "โทรศัพท์ผู้ยื่นแทน"),
              (120, 120, "เกี่ยวข้องเป็น")]  # fmt: skip
    fields = [Field("ชื่อเจ้าของสัตว์", a.name, 50, 34, 100), Field("เลขประจำตัวประชาชน", nid_w(p.nid, i), 55, 44, 60),
              Field("ที่อยู่", home(a, i + 1), 35, 54, 160), Field("โทรศัพท์", "-" if i % 2 else mobile(p.mobile, i), 45, 64, 50),
              Field("ชนิดสัตว์", ("โคเนื้อ", "กระบือ")[i % 2], 45, 74, 40), Field("จำนวน", str(7 + i), 130, 74, 20),
              Field("วัคซีน", "ปากและเท้าเปื่อย (FMD)", 40, 84, 80),
              Field("ชื่อผู้ยื่นแทน", proxy[0], 75, 100, 90), Field("เลขประจำตัวประชาชนผู้ยื่นแทน", proxy[1], 80, 110, 60),
              Field("โทรศัพท์ผู้ยื่นแทน", proxy[2], 60, 120, 50), Field("เกี่ยวข้องเป็น", proxy[3], 150, 120, 30)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    if i % 2:
        sender, e = f"{first_name(HELPERS[3][0])} <{HELPERS[3][3]}>", for_other(a, NO_BIRTH)
    else:
        sender, e = own_box(a), own(a, NO_BIRTH)
    raw = message(i, "คำขอฉีดวัคซีน FMD", sender, to="livestock@dld.example.go.th", text="ส่งแบบคำขอฉีดวัคซีนครับ\n",
                  files=(("คำขอวัคซีน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_vaccine_request", raw, e)


def pdf_typed_farmer_letter(a: Party, i: int) -> Case:
    """A farmer's own typed letter (Google Docs to PDF), her address block top right, in
    Thai digits in v2: she asks to join the rice แปลงใหญ่ group its chair told her of
    (his name and mobile); ID, birth date, phone in the body; she signs."""
    p = a.p
    tr = thai if i % 2 else str
    addr = home(a, 0)
    cut = addr.rfind(" จังหวัด")
    chair = ("นายสมพงษ์ อินทร์เอี่ยม", "0816624093")
    paras: list[tuple[float, str]] = [
        (120, tr(addr[:cut])), (120, tr(addr[cut + 1 :])), (0, ""), (120, tr(f"{2 + i} ธันวาคม 2569")), (0, ""),
        (20, "เรื่อง ขอเข้าร่วมกลุ่มแปลงใหญ่ข้าว"), (20, f"เรียน เกษตรอำเภอ{p.amphoe}"), (0, ""),
        (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {tr(nid_w(p.nid, i))} เกิดวันที่ {tr(born_th(p.born, 0))} "
             f"มีที่นา {tr('24')} ไร่ (น.ส.3ก. เลขที่ {tr(str(1187 + i))}) ประสงค์ขอเข้าร่วมกลุ่มแปลงใหญ่ข้าวตำบล{p.tambon} "
             f"ตามที่ {chair[0]} ประธานกลุ่ม โทร {tr(mobile(chair[1], i))} แนะนำให้ยื่นหนังสือ"),
        (30, f"ติดต่อข้าพเจ้าได้ที่ {tr(mobile(p.mobile, i + 1))}"), (0, ""),
        (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Garuda", step=8.5), size=14, face="Garuda")
    raw = message(i, "ขอเข้าร่วมแปลงใหญ่ข้าว", own_box(a), text=f"เรียน เกษตรอำเภอ\nแนบหนังสือ{ending(a)}\n",
                  files=(("หนังสือขอเข้ากลุ่ม.pdf", data, PDF),))  # fmt: skip
    e = own(a, ALL)
    if i % 2:
        e["address"] += tuple(thai(x) for x in e["address"])
    return Case("pdf_typed_farmer_letter", raw, e)


# --- sheets --------------------------------------------------------------------------------


def xlsx_plot_damage_sheet(a: Party, i: int) -> Case:
    """A farmer's plot damage sheet sent by the headman: the farmer's head rows (ID,
    birth date, home, phone), the plots (deeds, areas, GPS), the headman's row."""
    p = a.p
    hm, post, hmob, _, _ = HEADMEN[(3, 0)[i % 2]]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลแปลง"
        ws.append(("ข้อมูลความเสียหายรายแปลง ภัยแล้ง ปี 2569",))
        ws.append(("ชื่อ-สกุลเกษตรกร", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", born_th(p.born, 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("แปลงที่", "เอกสารสิทธิ์", "เลขที่", "เนื้อที่ (ไร่)", "พืช", "เสียหาย (ไร่)", "พิกัด"))
        ws.append((1, "โฉนด", str(31207 + i), 12.5, "อ้อย", 12.5, f"14.{8120 + i}, 99.{7713 + i}"))
        ws.append(
            (
                2,
                "ส.ป.ก. 4-01",
                f"{p.postal[:2]}-0{4471 + i}",
                6,
                "มันสำปะหลัง",
                4,
                f"14.{8131 + i}, 99.{7724 + i}",
            )
        )
        ws.append(())
        ws.append(("ผู้รับรอง", hm, post, "โทร", mobile(hmob, i + 1)))

    raw = message(i, f"ข้อมูลแปลงเสียหาย {a.name}", f"{first_name(hm)} <headman.x{i}@gmail.com>", to="saraban@agri.example.go.th",
                  text="เรียน เกษตรอำเภอ\nส่งข้อมูลแปลงของลูกบ้านครับ\n", files=(("แปลงเสียหาย.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = with_word(exp(a, ALL))
    e["email"] = ()
    return Case("xlsx_plot_damage_sheet", raw, e)


def xlsx_enterprise_roster(a: Party, i: int) -> Case:
    """An enterprise's member roster sent by its chair: the head block (name, code,
    place, the secretary as coordinator with her mobile), then the members' rows with
    IDs, posts, houses and phones; the chair's row first."""
    k = (i + 1) % 2
    name, code, ch, (sec, sid, smob, _) = ENTERPRISES[k]
    c = ch.p
    members = [
        (ch.name, nid_w(c.nid, i), "ประธาน", c.house, mobile(c.mobile, i)),
        (f"นายบุญมี {('ศรีทอง', 'ใจดี')[k]}", made_id(c.nid, 77100 + i), "รองประธาน", "12", "0861127745"),
        (sec, sid, "เลขานุการ", "8", mobile(smob, i + 1)),
        (f"นางสายใจ {('มีบุญ', 'ทองดี')[k]}", made_id(c.nid, 81400 + i), "เหรัญญิก", "30/1", "0892210376"),
        (f"นายเสถียร {('พูลสวัสดิ์', 'คงดี')[k]}", made_id(c.nid, 93200 + i), "สมาชิก", "44", "0817736620"),
        (f"นางสาวนิตยา {('บัวหลวง', 'แก้วมา')[k]}", made_id("1" + c.nid[1:5], 105700 + i), "สมาชิก", "51", "0635518204"),
    ]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนสมาชิก"
        ws.append(("ทะเบียนสมาชิก" + name,))
        ws.append(("รหัสทะเบียน", code))
        ws.append(("ที่ตั้ง", home(ch, i)))
        ws.append(("ผู้ประสานงาน", sec, "โทร", mobile(smob, i)))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ตำแหน่ง", "บ้านเลขที่", "โทรศัพท์"))
        for n, row in enumerate(members, 1):
            ws.append((n, *row))

    raw = message(i, f"ทะเบียนสมาชิก {name}", f"{c.first} {c.last} <{c.email}>", to="saraban@agri.example.go.th",
                  text=f"เรียน เกษตรอำเภอ{c.amphoe}\nส่งทะเบียนสมาชิกที่ปรับปรุงแล้ว{ending(ch)}\n{ch.name}\nประธานกลุ่ม\n",
                  files=(("ทะเบียนสมาชิก.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_enterprise_roster", raw, chair_exp(k, NO_BIRTH, with_id=True, his_box=True))


def xlsx_subsidy_bank_sheet(a: Party, i: int) -> Case:
    """The subsidy's bank details sheet (label column, value column): the farmer's name,
    ID, birth date, phone, home, the ธ.ก.ส. branch and account; the spouse named to
    receive in her stead (name, ID, phone)."""
    p = a.p
    sp = (f"{'นาง' if p.title == 'นาย' else 'นาย'}{('สุดใจ', 'มานพ')[i % 2]} {p.last}",
          made_id("3" + p.nid[1:5], 66050 + i), "0899017732")  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ข้อมูลบัญชี"
        for row in (("แบบแจ้งข้อมูลบัญชีเงินฝากเพื่อรับเงินช่วยเหลือเกษตรกรผู้ปลูกข้าว ปี 2569/70",), (),
                    ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i + 2)), ("วันเดือนปีเกิด", born_th(p.born, i + 2)),
                    ("เบอร์โทรศัพท์", mobile(p.mobile, i + 3)), ("อีเมล", p.email or "-"), ("ที่อยู่", home(a, i + 1)),
                    ("ธนาคาร", f"ธ.ก.ส. สาขา{p.amphoe}"), ("เลขที่บัญชี", f"0{p.postal[:2]}1{i}2{44087 + i}"),
                    ("พื้นที่ปลูก (ไร่)", 20), (),
                    ("ผู้รับเงินแทน (คู่สมรส)", sp[0]), ("เลขประจำตัวประชาชนผู้รับเงินแทน", sp[1]), ("โทรศัพท์ผู้รับเงินแทน", sp[2])):  # fmt: skip
            ws.append(row)

    raw = message(i, "แจ้งเลขบัญชีรับเงินช่วยเหลือชาวนา", own_box(a), text=f"เรียน เกษตรอำเภอ{p.amphoe}\nแนบไฟล์ข้อมูลบัญชี{ending(a)}\n",
                  files=(("ข้อมูลบัญชี.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_subsidy_bank_sheet", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and its two farmers (body styles pick theirs by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_line_chat_officer, (0, 10)),
    (plain_iphone_daughter_cattle, (1, 11)),
    (plain_headman_drought, (4, 7)),
    (plain_outlook_quoted_subsidy, (3, 8)),
    (plain_webform_registration, (5, 12)),
    (html_gmail_coop_manager, (0, 0)),
    (html_outlook_officer_forward, (13, 3)),
    (html_gmail_enterprise_table, (0, 0)),
    (html_eservice_livestock_report, (8, 4)),
    (docx_kor_sor_01, (6, 2)),
    (docx_enterprise_letter, (0, 0)),
    (docx_poa_cattle_compensation, (7, 4)),
    (docx_coop_membership, (6, 8)),
    (pdf_fillable_tbk01, (9, 0)),
    (pdf_typed_kamnan_letter, (11, 12)),
    (pdf_fillable_vaccine_request, (5, 1)),
    (pdf_typed_farmer_letter, (10, 3)),
    (xlsx_plot_damage_sheet, (7, 4)),
    (xlsx_enterprise_roster, (0, 0)),
    (xlsx_subsidy_bank_sheet, (2, 13)),
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
