"""A ninety-eighth set of requests written by someone who had not read the readers (issue 8):
TREES, SOIL AND FIRE, to เทศบาลเมืองกาญจนบุรี, เทศบาลเมืองสุพรรณบุรี, the เทศบาลตำบล and
อบต. of Kanchanaburi and Suphan Buri: permits to cut or trim trees; notices to dig or fill
land under พ.ร.บ.การขุดดินและถมดิน พ.ศ. 2543 (แบบ ขด.1, มาตรา 17 and 26); permits to burn
cane stubble and rice straw; complaints about sand trucks. Contractors (a ห้างหุ้นส่วน's
registration number), licensed surveyors and engineers (ภย./สย. licence numbers) filing for
land owners; title deeds (โฉนด, น.ส.3ก., ส.ป.ก. 4-01), parcel numbers (เลขที่ดิน), survey
pages (หน้าสำรวจ), map sheets (ระวาง), electricity account numbers, truck plates, GPS
points, areas and depths beside the applicant's values. Kinds: plain (iPhone, a LINE chat
history forwarded by an officer, Gmail, a surveyor's mail, Android), HTML (a contractor's
Gmail, a resort's Outlook, an e-service notification, an iPhone reply over the clerk's
quoted mail), Word (a typed แบบ ขด.1 in Thai digits, a หนังสือมอบอำนาจ to a contractor, a
tree form in a table, a villagers' petition with its signers' table), PDF (two fillable
forms, an engineer's typed letter, a resident's typed complaint), xlsx (a contractor's plot
list, a burn request sheet, a tree list with the requester's block under it).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The earlier rulings followed: set 28 (the
applicant is the person who asks; for a body the natural person who signs), sets 31/63 (a
service for one person asked by another is the one it is for), set 37 (where only
another's phone is given, phone `()`). So:
- a LAND OWNER for whom a contractor, surveyor or engineer files (the land, the notice, the
  permit are the owner's): the owner's name, ID and home; the filer's name, ID, licence,
  registration number, office, mobile and box never the owner's. Where the owner's own
  phone is written (labelled as the owner's), it is expected; else phone `()`; e-mail
  `()` wherever the filer sends.
- a farmer whose LINE chat an อบต. officer forwards, or whose fillable form the village
  headman (ผู้ใหญ่บ้าน) mails: the farmer; the officer's and the headman's names, phones
  and boxes never (e-mail `()`).
- a COMPANY (a resort, a farm company): the director who signs (กรรมการผู้จัดการ), no ID
  given (`()`); address, phone, e-mail the company's office, line and box; the building
  manager named as the contact never.
- a complainant or a petition's lead signer: the one who writes and signs; the neighbours,
  co-signers, the tree's owner next door, truck owners and quarries never.
- where the resident replies over the clerk's quoted mail: the resident; the clerk's name,
  office line and box in the quote never.
Address: where the applicant lives (a company: its office), never the plot, the tree's
place, the pond's or fill site's place, the burn plot, the filer's office, a neighbour's
house. House number to the อำเภอ, with or without เลขที่/บ้านเลขที่, province and postal
code; province and postal code of that address. A deed's, a parcel's, a survey page's, a
map sheet's, an engineer's licence, a partnership's registration, an electricity account,
a permit's, a request's, a plate's number, GPS points, areas and depths are never an ID or
a phone. Birth date ISO, only the applicant's, where written. Thai digits are read as the
same values in ASCII. Everyone, every firm and number is invented (13-digit numbers made
with with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong
together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

KB = "กาญจนบุรี"
SP = "สุพรรณบุรี"
NONE = date(1900, 1, 1)  # a company has no birth date; never expected

PEOPLE: tuple[Party, ...] = (
    P("นาง", "มาลี", "ศรีทองคำ", "710010045127", date(1964, 5, 9), "0817364521", "malee.stk@gmail.com",
      "88/2", "", "", "แสงชูโต", "ปากแพรก", "เมืองกาญจนบุรี", KB, "71000"),
    P("นาย", "สมหมาย", "พุ่มพวง", "710050033418", date(1957, 2, 14), "0894417732", "",
      "112", "5", "", "", "ลาดหญ้า", "เมืองกาญจนบุรี", KB, "71190"),
    P("นาย", "ธีระ", "อ่อนละมัย", "710300021945", date(1972, 10, 30), "0862208419", "theera.orl@hotmail.com",
      "45", "3", "", "", "วังขนาย", "ท่าม่วง", KB, "71110"),
    P("นางสาว", "ปิยนุช", "แก้วกาญจน์", "710010087266", date(1990, 7, 21), "0639914805", "piyanut.kk@gmail.com",
      "17/4", "", "", "ปากแพรก", "บ้านเหนือ", "เมืองกาญจนบุรี", KB, "71000"),
    P("นาย", "บุญเลิศ", "จันทร์หอม", "720010064382", date(1961, 12, 3), "0819937416", "boonlert.jh@gmail.com",
      "9", "2", "", "", "สวนแตง", "เมืองสุพรรณบุรี", SP, "72210"),
    P("นาง", "ลำดวน", "ทองสุข", "720070018854", date(1969, 8, 17), "0872264590", "",
      "230", "4", "", "", "ดอนเจดีย์", "ดอนเจดีย์", SP, "72170"),
    P("นาย", "ประสิทธิ์", "มั่นคง", "720120041179", date(1978, 3, 26), "0955418827", "prasit.mk@gmail.com",
      "56/1", "7", "", "", "อู่ทอง", "อู่ทอง", SP, "72160"),
    P("นางสาว", "กนกวรรณ", "สุขเจริญ", "720010092013", date(1986, 1, 11), "0614478236", "kanokwan.sj@yahoo.com",
      "301/5", "", "", "มาลัยแมน", "ท่าพี่เลี้ยง", "เมืองสุพรรณบุรี", SP, "72000"),
    P("นาย", "วิรัตน์", "เพชรรัตน์", "720080052247", date(1953, 6, 5), "0813376240", "",
      "14", "6", "", "", "ด่านช้าง", "ด่านช้าง", SP, "72180"),
    P("นาง", "สุภาพร", "บุญมา", "720050029631", date(1975, 9, 28), "0928815403", "supaporn.bm@gmail.com",
      "77", "1", "", "", "ศรีประจันต์", "ศรีประจันต์", SP, "72140"),
    P("นาย", "อำนาจ", "ปานทอง", "710130030512", date(1966, 11, 19), "0846631952", "",
      "61", "9", "", "", "บ่อพลอย", "บ่อพลอย", KB, "71160"),
    P("นางสาว", "รัชนี", "วงษ์ไทย", "710010078830", date(1994, 4, 2), "0657726148", "ratchanee.wt@gmail.com",
      "3/19", "2", "", "", "ท่ามะขาม", "เมืองกาญจนบุรี", KB, "71000"),
)  # fmt: skip

# Companies (their office, line, box; the registration number as `nid`), each one's director.
FIRMS: tuple[Party, ...] = (
    P("บริษัท ", "ริเวอร์แคว รีสอร์ท", "จำกัด", "071555900318", NONE, "034624118", "info@riverkwai-resort.example.co.th",
      "199", "4", "", "", "ท่าม่วง", "ท่าม่วง", KB, "71110", juristic=True),
    P("บริษัท ", "สุพรรณเกษตรพัฒนา", "จำกัด", "072555600941", NONE, "035522870", "office@sp-agri.example.co.th",
      "48/7", "", "", "มาลัยแมน", "รั้วใหญ่", "เมืองสุพรรณบุรี", SP, "72000", juristic=True),
)  # fmt: skip
DIRECTORS = ("นายอภิชาติ เลิศวัฒนา", "นางสาววรรณา ชัยมงคล")
FIRM_CONTACTS = (("นางสาวเยาวลักษณ์ ดีประเสริฐ", "0815529034"), ("นายสุเมธ แก้วใส", "0867731590"))

# Contractors: partnership, its registration number, the man who files, his ID, mobile, box.
CONTRACTORS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("ห้างหุ้นส่วนจำกัด กาญจน์ดินถม", with_check_digit("071355800426"), "นายเสกสรร ดอนแก้ว",
     with_check_digit("710040066125"), "0897714263", "seksan.dinthom@gmail.com"),
    ("ห้างหุ้นส่วนจำกัด อู่ทองก่อสร้าง", with_check_digit("072355700185"), "นายชาตรี ม่วงงาม",
     with_check_digit("720120073340"), "0816649038", "chatree.utc@gmail.com"),
)  # fmt: skip
# Engineers: name, licence, office, mobile, box.
ENGINEERS: tuple[tuple[str, str, str, str, str], ...] = (
    ("นายกฤษดา พงษ์ศิริ", "ภย. 24718", "52/9 หมู่ที่ 3 ตำบลสนามจันทร์ อำเภอเมืองนครปฐม จังหวัดนครปฐม 73000",
     "0882216507", "kritsada.civil@gmail.com"),
    ("นางสาวศศิธร แสงอรุณ", "สย. 11926", "140 ถนนเณรแก้ว ตำบลปากแพรก อำเภอเมืองกาญจนบุรี จังหวัดกาญจนบุรี 71000",
     "0917735044", "sasithorn.eng@outlook.co.th"),
)  # fmt: skip
SURVEYORS = (("นายพิชิต ขำวิไล", "ช.ร.อ. 0417/2561", "0863318429", "pichit.survey@gmail.com"),
             ("นางสาวอัมพร ศรีสุข", "ช.ร.อ. 0632/2564", "0948812257", "amporn.rangwad@hotmail.com"))  # fmt: skip
OFFICERS = (("นางสาวอรพิน ใจซื่อ", "นักวิชาการสิ่งแวดล้อม", "034-587-214", "0865527190", "orapin.env@gmail.com"),
            ("นายณรงค์ศักดิ์ บุญรอด", "เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย", "034-591-118", "0893306417", "narongsak.pp@gmail.com"))  # fmt: skip
HEADMEN = (
    ("นายสุรินทร์ คงดี", "0895524716", "surin.kd5@gmail.com"),
    ("นายบุญชู แย้มศรี", "0824417763", "boonchu.ys@gmail.com"),
)
NEIGHBOURS = (("นายเฉลิม ทองดี", "49 หมู่ 3", "0812234876", with_check_digit("710300055482")),
              ("นางบุญเรือน สีนวล", "80/2 หมู่ 1", "0869913427", with_check_digit("720050061173")),
              ("นายสมศักดิ์ รุ่งเรือง", "21 หมู่ 6", "0857746120", with_check_digit("720080014465")))  # fmt: skip

TOWNS = {"ปากแพรก": "เทศบาลเมืองกาญจนบุรี", "บ้านเหนือ": "เทศบาลเมืองกาญจนบุรี",
         "ท่าพี่เลี้ยง": "เทศบาลเมืองสุพรรณบุรี", "รั้วใหญ่": "เทศบาลเมืองสุพรรณบุรี",
         "อู่ทอง": "เทศบาลตำบลอู่ทอง", "ด่านช้าง": "เทศบาลตำบลด่านช้าง", "ท่าม่วง": "เทศบาลเมืองท่าม่วง"}  # fmt: skip


def office(a: Party) -> str:
    return TOWNS.get(a.p.tambon, f"องค์การบริหารส่วนตำบล{a.p.tambon}")


def chief(a: Party) -> str:
    o = office(a)
    return "นายกเทศมนตรี" + o[len("เทศบาล") :] if o.startswith("เทศบาล") else "นายก" + o


def desk(a: Party) -> str:
    return (
        "saraban@"
        + ("kan" if a.p.province == KB else "suphan")
        + f"{len(a.p.tambon)}.example.go.th"
    )


def deed(k: int) -> tuple[str, str, str, str]:
    """โฉนดเลขที่, เลขที่ดิน, หน้าสำรวจ, ระวาง of a plot."""
    return (
        f"{21475 + 53 * k}",
        f"{87 + 3 * k}",
        f"{4412 + 17 * k}",
        f"4838 II {6420 + 2 * k}-{8 + k % 5:02d}",
    )


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set98-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def bare(name: str) -> str:
    """A name without its title (นาย, นาง, นางสาว), as a mail program shows it."""
    for t in ("นางสาว", "นาย", "นาง"):
        if name.startswith(t):
            return name[len(t) :]
    return name


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The sender herself, from her own box."""
    return exp(a, keys)


def via(a: Party, keys: str, *, phone: bool) -> dict[str, tuple[str, ...]]:
    """The one it is for, mailed by another: e-mail `()`; phone hers only where written."""
    e = exp(a, keys)
    e["email"] = ()
    if not phone:
        e["phone"] = ()
    return e


def firm(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    e = exp(FIRMS[k], keys)
    e["full_name"] = (DIRECTORS[k],)
    e["national_id"] = ()
    return e


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_tree_trim_iphone": "the sender (the tree on her land); the electricity account never",
    "plain_line_burn_forward": "the farmer in the LINE chat; never the officer who forwards (e-mail `()`)",
    "plain_sand_truck_complaint": "the complainant; the neighbour, plates, quarry never",
    "plain_surveyor_fill_land": "the land owner; never the surveyor (phone, e-mail `()`)",
    "plain_owner_pond_engineer": "the owner who sends; never the engineer (licence, mobile)",
    "html_gmail_contractor_fill": "the land owner (his phone as labelled); never the contractor (e-mail `()`)",
    "html_outlook_resort_tree_cut": "the director who signs; the company's office, line, box; the contact never",
    "html_webform_burn": "the one in the e-service form; the burn plot never her address",
    "html_iphone_reply_quoted": "the resident who replies; the clerk's quoted block never",
    "docx_khudin_notice_form": "the ผู้แจ้ง owner (his phone in the form); never the engineer who mails",
    "docx_poa_owner_to_contractor": "the ผู้มอบอำนาจ owner; never the contractor (phone, e-mail `()`)",
    "docx_tree_cut_table": "the ผู้ขอ; the tree's place never her address",
    "docx_sand_petition": "the lead signer who writes; the co-signers' table never",
    "pdf_fillable_burn_permit": "the applicant_* farmer; never the headman who mails or witnesses (e-mail `()`)",
    "pdf_fillable_fill_notice": "the เจ้าของที่ดิน (his phone in the form); never the ผู้ยื่นแทน (e-mail `()`)",
    "pdf_typed_engineer_letter": "the owner; never the engineer's block (phone, e-mail `()`)",
    "pdf_typed_tree_complaint": "the writer; the neighbour whose tree it is never",
    "xlsx_contractor_plots": "the owner's rows (his phone as labelled); never the contractor's head (e-mail `()`)",
    "xlsx_burn_request_sheet": "the farmer who sends; the headman who certifies never",
    "xlsx_tree_list_sign_below": "the ผู้ขออนุญาต block under the tree list",
}


# --- plain ---------------------------------------------------------------------------------


def plain_tree_trim_iphone(a: Party, i: int) -> Case:
    """From her iPhone, a resident asks to trim a rain tree on her land whose branches lie
    on the power line: its girth and height, her electricity account (12 digits)."""
    p = a.p
    text = (
        f"เรียน {chief(a)}\n\n{me(a)} {a.name} อยู่บ้านเลขที่ {home(a, i)} "
        f"ขออนุญาตตัดแต่งกิ่งต้นจามจุรี (ต้นก้ามปู) 1 ต้น รอบวงประมาณ 3.20 เมตร สูงราว 15 เมตร "
        "ซึ่งขึ้นอยู่ในที่ดินของ" + me(a) + "ริมทางสาธารณะหน้าบ้าน กิ่งใหญ่พาดสายไฟฟ้าแรงต่ำ เกรงจะหักลงมาช่วงพายุ\n"
        f"หมายเลขผู้ใช้ไฟฟ้า (CA) 0200{1378451 + 7 * i}\n\n"
        f"เลขบัตรประชาชน {nid_w(p.nid, i)}\nโทร {tel(a, i + 1)}\n\n"
        f"หากต้องประสาน กฟภ. ให้ดับไฟ แจ้ง{me(a)}ล่วงหน้าด้วยนะ{ending(a)} ขอบคุณ{ending(a)}\n\n"
        "ส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขออนุญาตตัดแต่งกิ่งไม้ใหญ่พาดสายไฟ", own_box(a), desk(a), text=text)
    return Case("plain_tree_trim_iphone", raw, own(a, NO_BIRTH))


def plain_line_burn_forward(a: Party, i: int) -> Case:
    """An อบต. officer forwards a farmer's LINE chat (exported as text) asking to burn
    cane stubble: his name, ID, home, birth date, mobile and น.ส.3ก. in the chat; the
    officer's note and signature above it."""
    p = a.p
    off, post, line, omob, obox = OFFICERS[i % 2]
    nick = f"ลุง{p.first}"
    chat = (
        f"[LINE] ประวัติการแชทกับ {nick}\nวันที่บันทึก: 2569/12/0{2 + i % 5} 09:12\n\n"
        f"2569/12/0{1 + i % 5}(อ.)\n"
        f"08:41\t{nick}\tสวัสดีครับ จะขออนุญาตเผาตอซังอ้อยครับ แปลงอยู่หลังวัด\n"
        f"08:42\t{bare(off)} อบต.\tขอชื่อ-สกุล เลขบัตร วันเกิด ที่อยู่ตามบัตร และเบอร์โทรค่ะ\n"
        f"08:44\t{nick}\t{a.name}\n08:44\t{nick}\t{nid_w(p.nid, i + 2)}\n"
        f"08:45\t{nick}\tเกิด {born_th(p.born, i)}\n08:46\t{nick}\t{home(a, i)}\n"
        f"08:46\t{nick}\t{mobile(p.mobile, i + 1)}\n"
        f"08:48\t{nick}\tน.ส.3ก. เลขที่ {3306 + 41 * i} เนื้อที่ 14 ไร่ 2 งาน เผาวันที่ 12 ธ.ค. ช่วง 06.00-09.00 น.\n"
        f"08:49\t{nick}\t[รูปภาพ]\n08:51\t{bare(off)} อบต.\tรับเรื่องค่ะ จะส่งให้หัวหน้าสำนักปลัดพิจารณานะคะ\n"
        f"08:51\t{bare(off)} อบต.\t[สติกเกอร์]\n"
    )
    text = (
        f"เรียน หัวหน้าสำนักปลัด\n\nส่งคำขออนุญาตเผาจากไลน์ของอบต.มาให้พิจารณา (ช่วงห้ามเผา ม.ค.-เม.ย. ยังไม่เริ่ม) ค่ะ/ครับ\n\n"
        f"{off}\n{post} {office(a)}\nโทร {line} / {mobile(omob, i)}\n\n{chat}"
    )
    raw = message(i, f"Fw: ขออนุญาตเผาตอซังอ้อย ({nick})", f"{bare(off)} <{obox}>", desk(a), text=text)
    e = own(a, ALL)
    e["email"] = ()
    return Case("plain_line_burn_forward", raw, e)


def plain_sand_truck_complaint(a: Party, i: int) -> Case:
    """A villager's Gmail complains of sand trucks from a quarry: plates, the quarry's
    permit number, hours; a neighbour who also suffers, with his house and phone."""
    p = a.p
    nb, nh, nm, _ = NEIGHBOURS[i % 2]
    text = (
        f"เรียน {chief(a)}\nเรื่อง ร้องเรียนรถบรรทุกทรายวิ่งผ่านหมู่บ้าน\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} บ้านเลขที่ {home(a, i + 2)} "
        f"ขอร้องเรียนว่ามีรถสิบล้อบรรทุกทรายจากบ่อทรายทรัพย์ทวี (ใบอนุญาตขุดดินเลขที่ {12 + i}/2568) "
        "วิ่งผ่านหน้าบ้านตั้งแต่ 04.30 น. วันละกว่า 40 เที่ยว ไม่มีผ้าใบคลุม ทรายหล่นเต็มถนน ฝุ่นเข้าบ้าน "
        f"ถนนแตกเป็นหลุม รถที่จดทะเบียนได้ เช่น 83-{4127 + i} กาญจนบุรี และ 70-{5518 + i} สุพรรณบุรี\n\n"
        f"เพื่อนบ้าน {nb} บ้านเลขที่ {nh} โทร {mobile(nm, i)} ก็เดือดร้อนเช่นกัน ยินดีเป็นพยาน\n\n"
        f"ขอให้ตรวจสอบและกำหนดเวลาวิ่งด้วย{ending(a)}\nติดต่อกลับ {tel(a, i)}\n\n{a.name}\n"
    )
    raw = message(i, "ร้องเรียนรถบรรทุกทราย ฝุ่น ถนนพัง", own_box(a), desk(a), text=text)
    return Case("plain_sand_truck_complaint", raw, own(a, NO_BIRTH))


def plain_surveyor_fill_land(a: Party, i: int) -> Case:
    """A licensed surveyor files a land-fill notice (มาตรา 26) for an owner: the owner's
    name, ID and home; the deed, parcel, survey page and map sheet; the fill's area and
    height; his licence, mobile and box."""
    p = a.p
    sv, lic, smob, sbox = SURVEYORS[i % 2]
    d, parcel, page, sheet = deed(i)
    text = (
        f"เรียน เจ้าพนักงานท้องถิ่น {office(a)}\n\n"
        f"ข้าพเจ้า {sv} ช่างรังวัดเอกชน ใบอนุญาตเลขที่ {lic} ขอยื่นแจ้งการถมดินตามมาตรา 26 "
        "แห่ง พ.ร.บ.การขุดดินและถมดิน พ.ศ. 2543 แทนเจ้าของที่ดิน รายละเอียดดังนี้\n\n"
        f"เจ้าของที่ดิน: {a.name}\nเลขประจำตัวประชาชน: {nid_w(p.nid, i)}\nที่อยู่: {home(a, i + 1)}\n\n"
        f"ที่ดินโฉนดเลขที่ {d} เลขที่ดิน {parcel} หน้าสำรวจ {page} ระวาง {sheet}\n"
        f"เนื้อที่ 2 ไร่ 1 งาน 40 ตารางวา พื้นที่ถม 3,760 ตารางเมตร สูงจากระดับถนน 1.50 เมตร\n"
        "แนบแผนผังบริเวณ สำเนาโฉนด และหนังสือมอบอำนาจมาพร้อมนี้\n\n"
        f"{sv}\nช่างรังวัดเอกชน {lic}\nมือถือ {mobile(smob, i + 1)}\n"
    )
    raw = message(i, f"แจ้งการถมดิน โฉนด {d}", f"{bare(sv)} <{sbox}>", desk(a), text=text)
    return Case("plain_surveyor_fill_land", raw, via(a, NO_BIRTH, phone=False))


def plain_owner_pond_engineer(a: Party, i: int) -> Case:
    """An owner's notice from his Android phone to dig a pond 4 m deep (แบบ ขด.1 to follow):
    his ID, birth date, home, mobile; the engineer who designed it with his licence and
    mobile; the deed and the pond's size."""
    p = a.p
    en, lic, _, emob, _ = ENGINEERS[i % 2]
    d, parcel, _, _ = deed(i + 3)
    text = (
        f"เรียน {chief(a)}\n\n{me(a)}ชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i + 2)}\n"
        f"วันเดือนปีเกิด {born_th(p.born, i + 1)}\nที่อยู่ {home(a, i)}\nเบอร์ {tel(a, i + 2)}\n\n"
        f"จะขุดบ่อเก็บน้ำในที่ดินโฉนดเลขที่ {d} (เลขที่ดิน {parcel}) ขนาด 40 x 45 เมตร ลึก 4 เมตร "
        "ซึ่งเกิน 3 เมตร จึงแจ้งตาม พ.ร.บ.การขุดดินและถมดิน พ.ศ. 2543 มาตรา 17\n"
        f"ผู้ออกแบบและควบคุมงาน {en} วิศวกรโยธา {lic} โทร {mobile(emob, i)}\n"
        f"ขอทราบว่าต้องยื่นเอกสารอะไรเพิ่มอีกบ้าง{ending(a)}\n\n"
        "ส่งจาก Samsung Galaxy smartphone ของฉัน\n"
    )
    raw = message(i, "แจ้งขุดบ่อลึกเกิน 3 เมตร", own_box(a), desk(a), text=text)
    return Case("plain_owner_pond_engineer", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_contractor_fill(a: Party, i: int) -> Case:
    """A contractor's Gmail files a fill notice for a land owner: the owner's lines as a
    list (his own phone labelled), the deed; the partnership's signature (its registration
    number, the filer's mobile)."""
    p = a.p
    co, reg, man, _, cmob, cbox = CONTRACTORS[i % 2]
    d, parcel, page, _ = deed(i + 5)
    items = [
        f"ชื่อเจ้าของที่ดิน: {a.name}",
        f"เลขประจำตัวประชาชน: {nid_w(p.nid, i + 1)}",
        f"ที่อยู่ตามทะเบียนบ้าน: {home(a, i)}",
        f"เบอร์โทรเจ้าของที่ดิน: {tel(a, i + 3)}",
        f"ที่ดิน: โฉนดเลขที่ {d} เลขที่ดิน {parcel} หน้าสำรวจ {page}",
        "ถมสูง 1.20 เมตร พื้นที่ 1,920 ตารางเมตร ใช้ดินลูกรังประมาณ 2,300 คิว",
    ]
    lis = "".join(f"<li>{x}</li>" for x in items)
    html = (
        '<div dir="ltr"><div>เรียน เจ้าหน้าที่กองช่าง</div><div><br></div>'
        f"<div>{co} ขอส่งแจ้งการถมดินแทนลูกค้า (เจ้าของที่ดิน) ตามรายละเอียดครับ</div><ol>{lis}</ol>"
        "<div>แนบแผนผังและสำเนาโฉนดตามไฟล์ครับ ขอบคุณครับ</div><br>"
        '<div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
        f"<div>{bare(man)}</div><div>{co}</div><div>ทะเบียนนิติบุคคลเลขที่ {reg}</div>"
        f"<div>โทร {mobile(cmob, i)} | {cbox}</div></div></div></div>"
    )
    raw = message(i, "แจ้งการถมดิน (ยื่นแทนเจ้าของที่ดิน)", f"{bare(man)} <{cbox}>", desk(a), html=html)
    return Case("html_gmail_contractor_fill", raw, via(a, NO_BIRTH, phone=True))


def html_outlook_resort_tree_cut(a: Party, i: int) -> Case:
    """A company's Outlook from its box asks to cut three dying ยางนา trees on its plot:
    the director signs; the building manager named as the contact with her mobile; the
    company's office, line and fax in the signature."""
    k = i % 2
    f = FIRMS[k]
    fp = f.p
    cn, cm = FIRM_CONTACTS[k]
    d, parcel, _, _ = deed(i + 7)
    paras = [
        f"เรียน {chief(f)}",
        "",
        f"{f.name} ขออนุญาตตัดต้นยางนา จำนวน 3 ต้น (รอบวง 2.10, 2.45 และ 1.90 เมตร) ซึ่งยืนต้นตายและเอนเข้าหาอาคารที่พัก "
        f"ในที่ดินโฉนดเลขที่ {d} เลขที่ดิน {parcel} ของบริษัท",
        f"ผู้ประสานงาน {cn} ผู้จัดการฝ่ายอาคาร โทร {mobile(cm, i)}",
        "",
        "ขอแสดงความนับถือ",
        DIRECTORS[k],
        "กรรมการผู้จัดการ",
    ]
    sig = (
        '<table style="border-top:2px solid #1F6E43"><tr><td style="font-family:Tahoma;font-size:9pt;color:#1F6E43">'
        f"<b>{f.name}</b><br>{home(f, i)}<br>โทร {tel(f, i)} แฟกซ์ {fp.mobile[:-1]}9<br>"
        f'<a href="mailto:{fp.email}">{fp.email}</a></td></tr></table>'
    )
    raw = message(
        i,
        "ขออนุญาตตัดต้นไม้ในที่ดินของบริษัท",
        f"{f.p.first.strip()} <{fp.email}>",
        desk(f),
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_resort_tree_cut", raw, firm(k, NO_BIRTH))


def html_webform_burn(a: Party, i: int) -> Case:
    """An e-service's notification of a burn request: a table of labels and values (the
    burn plot's place and its ส.ป.ก. number, GPS, the request's number) from a no-reply box."""
    p = a.p
    rows = [
        ("เลขที่คำขอ", f"BRN-2569-{418 + i:05d}"),
        ("ชื่อ - นามสกุล ผู้ยื่นคำขอ", a.name),
        ("เลขประจำตัวประชาชน", p.nid),
        ("วัน/เดือน/ปีเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"),
        ("ที่อยู่ตามบัตรประชาชน", home(a, i + 1)),
        ("หมายเลขโทรศัพท์มือถือ", p.mobile),
        ("อีเมล", p.email),
        ("ประเภทการเผา", "เผาฟางข้าว/ตอซัง ในนาข้าว"),
        (
            "ที่ตั้งแปลง",
            f"ส.ป.ก. 4-01 เลขที่ {6618 + i} แปลงเลขที่ {27 + i} หมู่ที่ 8 ตำบลบ้านโพธิ์ อำเภอเมืองสุพรรณบุรี",
        ),
        ("พิกัด (Lat, Long)", f"14.{48213 + i}, 100.{10562 + i}"),
        ("วันที่ขอเผา", f"{10 + i} ธ.ค. 2569 เวลา 07.00-10.00 น."),
    ]
    trs = "".join(
        f'<tr><th style="text-align:left;background:#f2f2f2;padding:4px">{k}</th><td style="padding:4px">{v}</td></tr>'
        for k, v in rows
    )
    html = (
        "<html><body><p>มีคำขอใหม่ในระบบ e-Service แจ้งขออนุญาตเผาในที่โล่ง</p>"
        f'<table border="1" cellspacing="0">{trs}</table>'
        "<p>อีเมลนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>"
    )
    raw = message(
        i,
        f"[e-Service] คำขออนุญาตเผา BRN-2569-{418 + i:05d}",
        "ระบบ e-Service <noreply@eservice.example.go.th>",
        desk(a),
        html=html,
    )
    return Case("html_webform_burn", raw, own(a, ALL))


def html_iphone_reply_quoted(a: Party, i: int) -> Case:
    """A resident's iPhone reply, over the clerk's mail asking what her tree-cut request
    lacked: her answers on top, the clerk's name, office line and box in the quote."""
    p = a.p
    off, post, line, _, obox = OFFICERS[(i + 1) % 2]
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        f'<div dir="ltr">เรียนคุณ{bare(off).split()[0]}</div><div dir="ltr"><br></div>'
        f'<div dir="ltr">ส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}</div>'
        f'<div dir="ltr">ชื่อ {a.name}</div><div dir="ltr">เลขบัตร {nid_w(p.nid, i + 2)}</div>'
        f'<div dir="ltr">เกิด {born_th(p.born, i + 2)}</div><div dir="ltr">ที่อยู่ {home(a, i + 2)}</div>'
        f'<div dir="ltr">มือถือ {tel(a, i + 3)}</div><div dir="ltr"><br></div>'
        '<div dir="ltr">ต้นมะม่วงที่จะตัดอยู่ริมรั้วด้านทิศเหนือ รอบวง 1.60 เมตร รากดันกำแพงร้าว</div>'
        f'<div dir="ltr"><br>ส่งจาก iPhone ของฉัน</div><div dir="ltr"><br><blockquote type="cite">'
        f"เมื่อ {3 + i % 3} ธ.ค. 2569 เวลา 10:{12 + i} {bare(off)} &lt;{obox}&gt; เขียนว่า:<br><br></blockquote></div>"
        '<blockquote type="cite"><div dir="ltr">เรียนคุณผู้ยื่นคำขอ<br>คำขออนุญาตตัดต้นไม้เลขรับ '
        f"{1207 + i}/2569 ยังขาด เลขประจำตัวประชาชน วันเกิด และที่อยู่ตามทะเบียนบ้าน กรุณาส่งเพิ่มเติมภายใน 7 วัน<br><br>"
        f"{off}<br>{post}<br>{office(a)}<br>โทร {line} ต่อ 21{i % 10}<br>{obox}</div></blockquote></body></html>"
    )
    raw = message(i, "Re: คำขออนุญาตตัดต้นไม้ ขอเอกสารเพิ่มเติม", own_box(a), obox, html=html)
    return Case("html_iphone_reply_quoted", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_khudin_notice_form(a: Party, i: int) -> Case:
    """A typed แบบ ขด.1 in Thai digits (ID, phone, dates, deed), the owner's lines over dots;
    the engineer who controls the work with his licence, office and mobile; mailed by the
    engineer."""
    p = a.p
    en, lic, eoff, emob, ebox = ENGINEERS[(i + 1) % 2]
    d, parcel, page, sheet = deed(i + 9)

    def build(doc: Any) -> None:
        doc.add_paragraph("แบบ ขด. ๑")
        doc.add_paragraph("แบบการแจ้งการขุดดิน")
        doc.add_paragraph(
            f"เขียนที่ {office(a)}\nวันที่ {thai(str(3 + i))} เดือน ธันวาคม พ.ศ. {thai('2569')}"
        )
        doc.add_paragraph(f"เรียน เจ้าพนักงานท้องถิ่น{office(a)}")
        doc.add_paragraph(
            f"๑. ข้าพเจ้า....{a.name}....อายุ....{thai(str(age(a)))}....ปี สัญชาติ....ไทย....\n"
            f"เลขประจำตัวประชาชน....{thai(nid_w(p.nid, i + 1))}....\n"
            f"อยู่บ้านเลขที่....{home(a, i + 1)}....\nโทรศัพท์....{thai(mobile(p.mobile, i))}...."
        )
        doc.add_paragraph(
            f"๒. มีความประสงค์จะขุดดินเพื่อ....ทำบ่อเลี้ยงปลา....ในที่ดินโฉนดเลขที่....{thai(d)}....เลขที่ดิน....{thai(parcel)}...."
            f"หน้าสำรวจ....{thai(page)}....ระวาง....{sheet}....\nความลึก....{thai('5')}....เมตร พื้นที่ปากบ่อ....{thai('2,400')}....ตารางเมตร"
        )
        doc.add_paragraph(
            f"๓. ผู้ควบคุมงาน....{en}....ใบอนุญาตประกอบวิชาชีพวิศวกรรมควบคุม เลขทะเบียน....{lic}....\n"
            f"สำนักงาน....{eoff}....โทรศัพท์....{thai(mobile(emob, i + 1))}...."
        )
        doc.add_paragraph(
            f"ลงชื่อ....................ผู้แจ้ง\n({a.name})\n\nลงชื่อ....................ผู้ควบคุมงาน\n({en})"
        )

    raw = message(i, "ส่งแบบ ขด.1 ของเจ้าของที่ดิน", f"{bare(en)} <{ebox}>", desk(a),
                  text=f"เรียน กองช่าง\nส่งแบบแจ้งการขุดดินของคุณ{p.first} พร้อมแบบแปลนจะตามไปครับ/ค่ะ\n{bare(en)}\n",
                  files=(("ขด1.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_khudin_notice_form", raw, via(a, NO_BIRTH, phone=True))


def docx_poa_owner_to_contractor(a: Party, i: int) -> Case:
    """An owner's หนังสือมอบอำนาจ to the contractor's man to file a fill notice and take
    its receipt: the owner's ID and home, the filer's ID, home and the partnership."""
    p = a.p
    co, reg, man, mid, cmob, cbox = CONTRACTORS[(i + 1) % 2]
    d, parcel, _, _ = deed(i + 11)

    def build(doc: Any) -> None:
        doc.add_paragraph("หนังสือมอบอำนาจ")
        doc.add_paragraph(f"ทำที่ {office(a)}\nวันที่ {1 + i % 20} ธันวาคม 2569")
        doc.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {age(a)} ปี ถือบัตรประจำตัวประชาชนเลขที่ {nid_w(p.nid, i + 2)} "
            f"อยู่บ้านเลขที่ {home(a, i + 2)} ซึ่งเป็นเจ้าของที่ดินโฉนดเลขที่ {d} เลขที่ดิน {parcel}"
        )
        doc.add_paragraph(
            f"ขอมอบอำนาจให้ {man} เลขประจำตัวประชาชน {nid_w(mid, i)} ในนาม{co} (ทะเบียนนิติบุคคลเลขที่ {reg}) "
            f"โทร {mobile(cmob, i + 2)} เป็นผู้มีอำนาจยื่นแจ้งการถมดินตาม พ.ร.บ.การขุดดินและถมดิน พ.ศ. 2543 "
            "และรับใบรับแจ้ง (แบบ ถด.2) แทนข้าพเจ้าจนเสร็จการ"
        )
        doc.add_paragraph("การใดที่ผู้รับมอบอำนาจได้กระทำไปตามหนังสือนี้ ให้ถือเสมือนข้าพเจ้าได้กระทำด้วยตนเอง")
        doc.add_paragraph(
            f"ลงชื่อ....................ผู้มอบอำนาจ\n({a.name})\n\nลงชื่อ....................ผู้รับมอบอำนาจ\n({man})\n\n"
            "ลงชื่อ....................พยาน\n(นายวีระ สุขประเสริฐ)"
        )

    raw = message(i, "หนังสือมอบอำนาจ แจ้งถมดิน", f"{bare(man)} <{cbox}>", desk(a),
                  text="เรียน เจ้าหน้าที่\nแนบหนังสือมอบอำนาจของเจ้าของที่ดินครับ\n",
                  files=(("มอบอำนาจ_ถมดิน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_poa_owner_to_contractor", raw, via(a, NO_BIRTH, phone=False))


def docx_tree_cut_table(a: Party, i: int) -> Case:
    """A tree-cut request typed into a two-column table: the requester's rows, then the
    tree's place (another plot in another ตำบล) and its species and size."""
    p = a.p
    d, _, _, _ = deed(i + 13)
    rows = [
        ("ชื่อ-สกุล ผู้ขออนุญาต", a.name),
        ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
        ("วันเดือนปีเกิด", born_th(p.born, i + 1)),
        ("ที่อยู่ปัจจุบัน", home(a, i + 1)),
        ("โทรศัพท์", tel(a, i)),
        ("อีเมล", p.email),
        ("สถานที่ตั้งต้นไม้", f"ที่ดินโฉนดเลขที่ {d} หมู่ที่ 6 ตำบลวังด้ง อำเภอเมืองกาญจนบุรี จังหวัดกาญจนบุรี 71190"),
        ("ชนิด/จำนวน", "ต้นสัก 4 ต้น (ไม้สักปลูกในที่ดินกรรมสิทธิ์ ขึ้นทะเบียนสวนป่าเลขที่ 0712/2555)"),
        ("ขนาด", "รอบวง 95-120 ซม. สูง 14-18 เมตร"),
        ("เหตุผล", "ตัดเพื่อปลูกสร้างบ้าน"),
    ]

    def build(doc: Any) -> None:
        doc.add_paragraph("คำขออนุญาตตัดต้นไม้")
        doc.add_paragraph(f"เรียน {chief(a)}")
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        doc.add_paragraph(f"\nลงชื่อ ........................ ผู้ขออนุญาต\n({a.name})")

    raw = message(i, "คำขออนุญาตตัดต้นไม้", own_box(a), desk(a),
                  text=f"เรียน เจ้าหน้าที่\nแนบคำขออนุญาตตัดต้นไม้{ending(a)}\n{a.name}\n",
                  files=(("คำขอตัดต้นไม้.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_tree_cut_table", raw, own(a, ALL))


def docx_sand_petition(a: Party, i: int) -> Case:
    """A petition about a sand pit's trucks written by one villager for the village: she
    writes and signs first; the co-signers' table with their names, houses and IDs."""
    p = a.p

    def build(doc: Any) -> None:
        doc.add_paragraph(f"{home(a, i + 1)}\n{5 + i % 20} ธันวาคม 2569")
        doc.add_paragraph("เรื่อง ขอให้ระงับการขนทรายผ่านถนนในหมู่บ้าน")
        doc.add_paragraph(f"เรียน {chief(a)}")
        doc.add_paragraph(
            f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} โทร {tel(a, i + 1)} ในนามตัวแทนชาวบ้าน "
            f"หมู่ที่ {p.moo or '1'} ขอร้องเรียนว่า รถบรรทุกทรายของบ่อทรายริมแม่น้ำ (เลขที่ใบอนุญาต ขด.{31 + i}/2567) วิ่งผ่านถนนคอนกรีตในหมู่บ้าน "
            "น้ำหนักเกิน 25 ตัน ถนนชำรุดเสียหายเป็นระยะ 1.2 กิโลเมตร ฝุ่นละอองกระทบเด็กนักเรียน จึงขอให้ตรวจสอบและระงับ"
        )
        doc.add_paragraph("รายชื่อผู้ร่วมร้องเรียน")
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(
            t.rows[0].cells, ("ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "เลขประจำตัวประชาชน"), strict=True
        ):
            c.text = h
        for n, (nm, nh, _, nid) in enumerate(NEIGHBOURS):
            c = t.add_row().cells
            c[0].text, c[1].text, c[2].text, c[3].text = str(n + 1), nm, nh, nid
        doc.add_paragraph(f"\nขอแสดงความนับถือ\n\n({a.name})\nผู้แทนชาวบ้าน")

    raw = message(i, "หนังสือร้องเรียนรถขนทราย (ชาวบ้านลงชื่อ)", own_box(a), desk(a),
                  text=f"เรียน ท่านนายก\nส่งหนังสือร้องเรียนพร้อมรายชื่อชาวบ้าน{ending(a)}\n",
                  files=(("ร้องเรียนรถทราย.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_sand_petition", raw, own(a, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_burn_permit(a: Party, i: int) -> Case:
    """A fillable burn permit form (fields applicant_*, plot_*, witness_*) the village
    headman fills and mails for a farmer; the headman witnesses with his phone."""
    p = a.p
    hm, hmob, hbox = HEADMEN[i % 2]
    labels = [
        (60, 18, f"แบบคำขออนุญาตเผาในที่โล่ง {office(a)}"),
        (20, 40, "ชื่อผู้ขอ"), (20, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเกิด"),
        (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
        (20, 84, "เอกสารสิทธิ์แปลงที่เผา"), (20, 94, "พื้นที่ (ไร่)"), (100, 94, "วันที่เผา"),
        (20, 112, "ผู้รับรอง (ผู้ใหญ่บ้าน)"), (20, 122, "โทรศัพท์ผู้รับรอง"),
    ]  # fmt: skip
    fields = [Field("applicant_name", a.name, 45, 40, 100), Field("applicant_id", p.nid, 60, 50, 55, comb=13),
              Field("applicant_dob", born_th(p.born, i + 2), 135, 50, 45), Field("applicant_addr", home(a, i), 35, 60, 160),
              Field("applicant_tel", mobile(p.mobile, i + 2), 45, 70, 55),
              Field("plot_doc", f"น.ส.3ก. เลขที่ {2719 + 13 * i} ระวาง 4937 IV 08{12 + i}", 70, 84, 110),
              Field("plot_area", f"{9 + i}", 45, 94, 30), Field("burn_date", f"{14 + i}/12/2569", 125, 94, 40),
              Field("witness_name", hm, 75, 112, 90), Field("witness_tel", mobile(hmob, i), 65, 122, 55)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, f"คำขอเผาของ{a.name}", f"ผญบ.{bare(hm)} <{hbox}>", desk(a),
                  text=f"เรียน อบต.\nผมผู้ใหญ่บ้านส่งแบบขออนุญาตเผาของลูกบ้านครับ\n{hm}\n",
                  files=(("burn_permit.pdf", data, PDF),))  # fmt: skip
    e = own(a, ALL)
    e["email"] = ()
    return Case("pdf_fillable_burn_permit", raw, e)


def pdf_fillable_fill_notice(a: Party, i: int) -> Case:
    """A fillable fill notice (แบบ ถด.1) with Thai field names: the land owner's section
    (his phone), the ผู้ยื่นแทน section (the partnership, its registration number, the
    filer's mobile and box); mailed by the contractor."""
    p = a.p
    co, reg, man, _, cmob, cbox = CONTRACTORS[i % 2]
    d, parcel, page, _ = deed(i + 15)
    labels = [
        (70, 18, "แบบ ถด.1 แบบการแจ้งการถมดิน"),
        (20, 40, "ชื่อเจ้าของที่ดิน"), (20, 50, "เลขประจำตัวประชาชน"), (20, 60, "ที่อยู่"), (20, 70, "โทรศัพท์"),
        (20, 84, "โฉนดเลขที่"), (90, 84, "เลขที่ดิน"), (140, 84, "หน้าสำรวจ"), (20, 94, "ความสูงที่ถม (ม.)"), (100, 94, "พื้นที่ (ตร.ม.)"),
        (20, 112, "ผู้ยื่นแทน"), (20, 122, "ทะเบียนนิติบุคคล"), (110, 122, "โทรศัพท์"), (20, 132, "อีเมล"),
    ]  # fmt: skip
    fields = [Field("ชื่อเจ้าของที่ดิน", a.name, 55, 40, 100), Field("เลขประจำตัวประชาชนเจ้าของที่ดิน", nid_w(p.nid, i + 1), 60, 50, 60),
              Field("ที่อยู่เจ้าของที่ดิน", home(a, i + 2), 35, 60, 160), Field("โทรศัพท์เจ้าของที่ดิน", tel(a, i + 1), 45, 70, 55),
              Field("โฉนดเลขที่", d, 45, 84, 40), Field("เลขที่ดิน", parcel, 110, 84, 25), Field("หน้าสำรวจ", page, 160, 84, 30),
              Field("ความสูงที่ถม", "2.00", 65, 94, 25), Field("พื้นที่ถม", f"{4120 + 10 * i}", 130, 94, 40),
              Field("ผู้ยื่นแทน", f"{co} โดย {man}", 45, 112, 140), Field("ทะเบียนนิติบุคคลผู้ยื่นแทน", reg, 60, 122, 45),
              Field("โทรศัพท์ผู้ยื่นแทน", mobile(cmob, i + 3), 130, 122, 50), Field("อีเมลผู้ยื่นแทน", cbox, 40, 132, 80)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    raw = message(i, "แบบ ถด.1 แจ้งการถมดิน", f"{co} <{cbox}>", desk(a),
                  text="เรียน เจ้าพนักงานท้องถิ่น\nส่งแบบแจ้งการถมดิน (ถด.1) ของเจ้าของที่ดินตามไฟล์แนบครับ\n",
                  files=(("ถด1.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_fill_notice", raw, via(a, NO_BIRTH, phone=True))


def pdf_typed_engineer_letter(a: Party, i: int) -> Case:
    """An engineer's typed letter, his block top left (licence, office, mobile, box),
    filing a dig notice for an owner named in the body with her ID and home."""
    p = a.p
    en, lic, eoff, emob, ebox = ENGINEERS[i % 2]
    d, parcel, page, sheet = deed(i + 17)
    paras = [
        (20, en), (20, f"วิศวกรโยธา ใบอนุญาตเลขที่ {lic}"), (20, eoff), (20, f"โทร {mobile(emob, i)}  {ebox}"), (20, ""),
        (120, f"{4 + i % 20} ธันวาคม 2569"), (20, ""),
        (20, "เรื่อง ยื่นแจ้งการขุดดินแทนเจ้าของที่ดิน"), (20, f"เรียน เจ้าพนักงานท้องถิ่น{office(a)}"), (20, ""),
        (35, f"ข้าพเจ้าในฐานะผู้ออกแบบและผู้ควบคุมงาน ขอยื่นแจ้งการขุดดินแทน {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} "
             f"อยู่บ้านเลขที่ {home(a, i)} เจ้าของที่ดินโฉนดเลขที่ {d} เลขที่ดิน {parcel} หน้าสำรวจ {page} ระวาง {sheet} "
             "เพื่อขุดสระเก็บน้ำลึก 6 เมตร พื้นที่ 3,200 ตารางเมตร ตามแบบแปลนและรายการคำนวณที่แนบ"),
        (35, "จึงเรียนมาเพื่อโปรดพิจารณา"), (20, ""), (110, "ขอแสดงความนับถือ"), (20, ""), (110, f"({en})"), (110, lic),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ยื่นแจ้งการขุดดิน (วิศวกรผู้ควบคุมงาน)", f"{bare(en)} <{ebox}>", desk(a),
                  text="เรียน กองช่าง\nแนบหนังสือยื่นแจ้งการขุดดินครับ/ค่ะ\n", files=(("แจ้งขุดดิน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_engineer_letter", raw, via(a, NO_BIRTH, phone=False))


def pdf_typed_tree_complaint(a: Party, i: int) -> Case:
    """A resident's typed letter (her block top right) complaining of a neighbour's tree
    leaning over her roof: the neighbour's name, house and phone in the body."""
    p = a.p
    nb, nh, nm, _ = NEIGHBOURS[2 - i % 2]
    paras = [
        (115, home(a, i + 1)), (115, f"{8 + i % 20} ธันวาคม 2569"), (20, ""),
        (20, "เรื่อง ขอให้ตรวจสอบต้นไม้ใหญ่ของเพื่อนบ้านที่เอนเข้าหาบ้าน"), (20, f"เรียน {chief(a)}"), (20, ""),
        (35, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ขอร้องเรียนว่า ต้นยูคาลิปตัสสูงประมาณ 20 เมตร "
             f"ในที่ดินของ {nb} บ้านเลขที่ {nh} (โทร {mobile(nm, i + 1)}) เอนเข้าหาหลังคาบ้านข้าพเจ้า "
             "กิ่งหักลงมาแล้ว 2 ครั้ง ได้แจ้งเจ้าของแล้วแต่ยังไม่ตัด จึงขอให้เจ้าหน้าที่ตรวจสอบและสั่งให้ตัดแต่ง"),
        (35, f"ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 2)} หรือ {p.email}"), (20, ""),
        (110, "ขอแสดงความนับถือ"), (20, ""), (110, f"({a.name})"),
    ]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, "ร้องเรียนต้นไม้เพื่อนบ้าน", own_box(a), desk(a),
                  text=f"แนบหนังสือร้องเรียน{ending(a)}\n", files=(("ร้องเรียน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_tree_complaint", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_contractor_plots(a: Party, i: int) -> Case:
    """A contractor's sheet of one owner's plots to fill: its head block (partnership,
    registration number, filer, mobile, box), the owner's rows, the plots' table."""
    p = a.p
    co, reg, man, _, cmob, cbox = CONTRACTORS[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แปลงที่ถม"
        ws.append(("รายการแปลงที่ดินที่แจ้งถมดิน",))
        ws.append(("ผู้ยื่น", co, "ทะเบียนนิติบุคคล", reg))
        ws.append(("ผู้ติดต่อ", man, "มือถือ", mobile(cmob, i), "อีเมล", cbox))
        ws.append(())
        ws.append(("เจ้าของที่ดิน", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรเจ้าของที่ดิน", tel(a, i + 2)))
        ws.append(())
        ws.append(("ลำดับ", "โฉนดเลขที่", "เลขที่ดิน", "หน้าสำรวจ", "เนื้อที่ (ไร่-งาน-วา)", "ถมสูง (ม.)"))
        for n in range(3):
            d, parcel, page, _ = deed(i + 19 + n)
            ws.append(
                (n + 1, int(d), int(parcel), int(page), f"{1 + n}-{n % 4}-{25 + 10 * n}", 1.5)
            )

    raw = message(i, "รายการแปลงแจ้งถมดิน", f"{bare(man)} <{cbox}>", desk(a),
                  text="เรียน กองช่าง\nแนบรายการแปลงครับ\n", files=(("plots.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_contractor_plots", raw, via(a, NO_BIRTH, phone=True))


def xlsx_burn_request_sheet(a: Party, i: int) -> Case:
    """A farmer's burn request as a sheet: labels in A, values in B (his birth date a real
    date cell); the headman who certifies and his phone in rows below."""
    p = a.p
    hm, hmob, _ = HEADMEN[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขออนุญาตเผา"
        ws.append(("แบบขออนุญาตเผาเศษวัสดุการเกษตร",))
        ws.append(("ชื่อ-สกุล", a.name))
        ws.append(("เลขบัตรประชาชน", nid_w(p.nid, i)))
        ws.append(("วันเกิด", p.born))
        ws["B4"].number_format = "dd/mm/yyyy"
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทร", mobile(p.mobile, i + 3)))
        ws.append(("อีเมล", p.email))
        ws.append(("ชนิดพืช", "อ้อย", "พื้นที่ (ไร่)", 22))
        ws.append(("วันที่ขอเผา", f"{18 + i} ธ.ค. 69"))
        ws.append(())
        ws.append(("ผู้รับรอง", hm, "ผู้ใหญ่บ้าน"))
        ws.append(("โทรผู้รับรอง", mobile(hmob, i)))

    raw = message(i, "ขออนุญาตเผาอ้อย", own_box(a), desk(a),
                  text=f"เรียน อบต.\nส่งแบบขออนุญาตเผา{ending(a)}\n", files=(("ขอเผา.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_burn_request_sheet", raw, own(a, ALL))


def xlsx_tree_list_sign_below(a: Party, i: int) -> Case:
    """A list of trees to cut (species, girth, height, GPS) with the requester's block
    under it: a row of labels, her values in the row below."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายการต้นไม้"
        ws.append(("บัญชีต้นไม้ที่ขออนุญาตตัด",))
        ws.append(("ลำดับ", "ชนิด", "รอบวง (ซม.)", "สูง (ม.)", "ละติจูด", "ลองจิจูด"))
        for n, (sp, g, h) in enumerate(
            (("มะขามเทศ", 180, 12), ("ยูคาลิปตัส", 95, 18), ("กระถิน", 60, 9))
        ):
            ws.append((n + 1, sp, g, h, 14.0 + (2 + n + i) / 1000, 99.5 + (31 + n) / 1000))
        ws.append(())
        ws.append(("ผู้ขออนุญาต", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "โทรศัพท์", "อีเมล"))
        ws.append(
            (a.name, nid_w(p.nid, i + 2), born_th(p.born, i), home(a, i + 2), tel(a, i), p.email)
        )

    raw = message(i, "บัญชีต้นไม้ขออนุญาตตัด", own_box(a), desk(a),
                  text=f"เรียน เจ้าหน้าที่\nส่งบัญชีต้นไม้{ending(a)}\n", files=(("trees.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_tree_list_sign_below", raw, own(a, ALL))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (the firm style picks its firm by index).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_tree_trim_iphone, (0, 9)),
    (plain_line_burn_forward, (1, 10)),
    (plain_sand_truck_complaint, (2, 7)),
    (plain_surveyor_fill_land, (4, 8)),
    (plain_owner_pond_engineer, (6, 11)),
    (html_gmail_contractor_fill, (5, 3)),
    (html_outlook_resort_tree_cut, (0, 0)),
    (html_webform_burn, (7, 4)),
    (html_iphone_reply_quoted, (11, 2)),
    (docx_khudin_notice_form, (9, 1)),
    (docx_poa_owner_to_contractor, (10, 6)),
    (docx_tree_cut_table, (3, 0)),
    (docx_sand_petition, (6, 3)),
    (pdf_fillable_burn_permit, (8, 5)),
    (pdf_fillable_fill_notice, (0, 7)),
    (pdf_typed_engineer_letter, (3, 11)),
    (pdf_typed_tree_complaint, (9, 4)),
    (xlsx_contractor_plots, (1, 6)),
    (xlsx_burn_request_sheet, (2, 11)),
    (xlsx_tree_list_sign_below, (7, 0)),
)

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
