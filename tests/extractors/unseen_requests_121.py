"""A hundred-and-twenty-first set of requests written by someone who had not read the readers
(issue 8): WELFARE FOR POOR AND VULNERABLE HOUSEHOLDS, to municipalities and SAOs in the
northeast (เทศบาลนครขอนแก่น, อบต.ศิลา, อบต.ขามเรียง, เทศบาลเมืองมหาสารคาม, เทศบาลเมือง
ร้อยเอ็ด, อบต.สระคู): state welfare card (บัตรสวัสดิการแห่งรัฐ) problems, family relief
grants (เงินสงเคราะห์ครอบครัว), house repair for the needy (ซ่อมแซมบ้านผู้ยากไร้), emergency
help after a breadwinner's death, a hospital social worker, an อสม. or a neighbour writing
about a household, a grandmother raising grandchildren. Kinds: plain (iPhone, LINE-forwarded
text, Outlook for Android, webmail), HTML (Gmail with a household table, a web-form
notification, Outlook, an iPhone reply over a quoted officer's mail), Word (a family relief
form, a house repair letter with the headman's certificate, a home-visit report, a letter
after a death), PDF (fillable forms, typed letters), xlsx (a household survey sheet, a repair
cost estimate, a welfare card problem sheet).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run). The rulings followed: set 28 (the applicant is
the person who asks), sets 31/63 (a service for one person asked by another is the one it
is for: the villager, not the headman or the volunteer who files for her; the patient, not
the social worker), set 37 (where only another's phone is given, phone `()`: no value or a
flagged one is right, the other's unflagged is silent). So:
- a grandmother raising grandchildren who asks: the grandmother; the grandchildren's names,
  IDs, ages, schools never hers;
- a widow asking emergency help after her husband's death: the widow; the dead husband's
  ID, birth and death dates, the death certificate's number never hers;
- a household head asking a family grant or a house repair: the head who asks and signs;
  the other members' rows (spouse, children, a disabled son) never;
- a social worker, an อสม., a neighbour or a community leader writing about a household:
  the person the help is for (the one the letter names as the head or the one in need);
  the writer's name, ID, phone, box, office never: phone and e-mail `()` where only the
  writer's appear;
- an officer's quoted mail (name, office line, case number) never.
E-mail: the applicant's own box only; a box that is a helper's, a web form's no-reply or a
grandchild's is never hers (`()` where the mail is sent for her; not scored where she has
none and sends herself from a relative's box). Address: where the applicant lives, house
number to the อำเภอ, with or without เลขที่/บ้านเลขที่, province, postal code; province and
postal code of that address. Bank accounts (ธ.ก.ส. 12 digits, กรุงไทย 10 digits, with or
without dashes), the welfare card's 16-digit number, case and receipt numbers
(เลขที่รับ, เลขที่ สค., HN/AN), household codes (รหัสบ้าน 11 digits), death certificate
numbers, electricity meter numbers, incomes and amounts are never an ID or a phone. Birth
date ISO, only the applicant's (never a grandchild's, the dead husband's, a letter's date).
Everyone and every number is invented (13-digit numbers made with with_check_digit);
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

KK = "ขอนแก่น"
MK = "มหาสารคาม"
RE = "ร้อยเอ็ด"
DESKS: tuple[tuple[str, str], ...] = (
    ("saraban@kkcity.example.go.th", "เทศบาลนครขอนแก่น"),
    ("info@sila.example.go.th", "องค์การบริหารส่วนตำบลศิลา"),
    ("saraban@khamriang.example.go.th", "องค์การบริหารส่วนตำบลขามเรียง"),
    ("social@mkcity.example.go.th", "เทศบาลเมืองมหาสารคาม"),
    ("saraban@roiet.example.go.th", "เทศบาลเมืองร้อยเอ็ด"),
    ("info@srakhu.example.go.th", "องค์การบริหารส่วนตำบลสระคู"),
)

# The ones the requests are for.
PEOPLE: tuple[Party, ...] = (
    P("นาง", "บัวพัน", "ศรีสุข", "340010112435", date(1956, 5, 14), "0862145537", "",
      "112", "5", "", "", "ศิลา", "เมืองขอนแก่น", KK, "40000"),
    P("นาง", "คำปุ่น", "ภูผาทอง", "344050045128", date(1961, 2, 3), "0935127781", "",
      "45", "8", "", "", "ขามเรียง", "กันทรวิชัย", MK, "44150"),
    P("นาง", "สมใจ", "แก้วมณี", "145990012347", date(1985, 9, 22), "0817702264", "somjai.km@gmail.com",
      "27/1", "3", "", "", "สระคู", "สุวรรณภูมิ", RE, "45130"),
    P("นาย", "ทองสุข", "บุญมา", "340010098765", date(1958, 11, 30), "0898823146", "",
      "9", "11", "", "", "บ้านเป็ด", "เมืองขอนแก่น", KK, "40000"),
    P("นาง", "ประนอม", "วงศ์ภักดี", "344050031206", date(1949, 7, 7), "0846612093", "",
      "78", "2", "", "", "โคกพระ", "กันทรวิชัย", MK, "44150"),
    P("นาย", "สุริยา", "พลเยี่ยม", "340010345671", date(1977, 3, 19), "0623391085", "suriya.ply@gmail.com",
      "301", "7", "", "", "ท่าพระ", "เมืองขอนแก่น", KK, "40260"),
    P("นางสาว", "อรอุมา", "ชาญวิเศษ", "145010067732", date(1992, 12, 5), "0971185524", "onuma.chan92@gmail.com",
      "18/4", "", "", "เทวาภิบาล", "ในเมือง", "เมืองร้อยเอ็ด", RE, "45000"),
    P("นาง", "จันทร์เพ็ญ", "ศรีหาวงศ์", "345060012983", date(1968, 4, 25), "0885520137", "",
      "56", "4", "", "", "ธวัชบุรี", "ธวัชบุรี", RE, "45170"),
    P("นาย", "บุญเลิศ", "นามวงศ์", "344030022517", date(1953, 8, 16), "0819974420", "",
      "133", "6", "", "", "บรบือ", "บรบือ", MK, "44130"),
    P("นาง", "ลำดวน", "โคตรสมบัติ", "340070013364", date(1959, 1, 9), "0956614832", "",
      "7", "1", "", "", "น้ำพอง", "น้ำพอง", KK, "40140"),
    P("นาง", "มาลัย", "สีหาราช", "344010078215", date(1971, 10, 12), "0872293561", "malai.s71@hotmail.com",
      "210/3", "", "", "นครสวรรค์", "ตลาด", "เมืองมหาสารคาม", MK, "44000"),
    P("นาย", "สมพงษ์", "ไชยมาตย์", "345070044198", date(1966, 6, 28), "0813345726", "",
      "64", "9", "", "", "เกษตรวิสัย", "เกษตรวิสัย", RE, "45150"),
    P("นางสาว", "ศิริพร", "ทองดี", "140150033461", date(1998, 3, 3), "0645529017", "siriporn.td98@gmail.com",
      "88", "10", "", "", "เมืองพล", "พล", KK, "40120"),
    P("นาง", "เสงี่ยม", "ดวงจันทร์", "345130007745", date(1944, 12, 1), "0899013376", "",
      "15", "3", "", "", "จังหาร", "จังหาร", RE, "45000"),
)  # fmt: skip

# Grandchildren and children: name, ID, age, school or what they do.
KIDS: tuple[tuple[str, str, int, str], ...] = (
    ("เด็กชายธนวัฒน์ ศรีสุข", with_check_digit("140010223415"), 11, "ป.5 โรงเรียนบ้านศิลา"),
    ("เด็กหญิงปาริชาติ ภูผาทอง", with_check_digit("144050061127"), 8, "ป.2 โรงเรียนบ้านขามเรียง"),
    ("เด็กชายกิตติพัฒน์ แก้วมณี", with_check_digit("145990104362"), 6, "อ.3 ศูนย์พัฒนาเด็กเล็ก"),
    ("นางสาวพิมพ์ลดา บุญมา", with_check_digit("140010091278"), 17, "ม.5 โรงเรียนขอนแก่นวิทยายน"),
    ("เด็กหญิงณัฐธิดา วงศ์ภักดี", with_check_digit("144050077519"), 13, "ม.1 โรงเรียนกันทรวิชัย"),
    ("เด็กชายอนุชา พลเยี่ยม", with_check_digit("140010388024"), 9, "ป.3 โรงเรียนบ้านท่าพระ"),
    ("เด็กชายภูมิพัฒน์ ชาญวิเศษ", with_check_digit("145010142687"), 4, "ศูนย์พัฒนาเด็กเล็กเทศบาล"),
    ("เด็กหญิงสุภาวดี ศรีหาวงศ์", with_check_digit("145060055231"), 15, "ม.3 โรงเรียนธวัชบุรีวิทยาคาร"),
)

# Writers for someone else: name, ID, mobile, box, what they are.
NEIGHBOURS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "นางหนูพิน แสนสุข",
        with_check_digit("340010156628"),
        "0936648210",
        "noophin.ss@gmail.com",
        "เพื่อนบ้าน",
    ),
    (
        "นายประสิทธิ์ ดีพรม",
        with_check_digit("344050088314"),
        "0824471359",
        "prasit.dp@hotmail.com",
        "ประธานชุมชน",
    ),
)
OSM: tuple[tuple[str, str, str, str], ...] = (
    ("นางวันเพ็ญ มะลิหอม", "0857741206", "wanpen.osm@outlook.com", "40-0105-00318"),
    ("นางสาวรัชนี ศรีภูมิ", "0914427760", "ratchanee.srp@outlook.co.th", "45-1307-00242"),
)
SOCIAL: tuple[tuple[str, str, str, str, str], ...] = (
    ("นางสาวกนกวรรณ ศรีบุญเรือง", "โรงพยาบาลขอนแก่น", "043-336-789 ต่อ 2214", "0892257716",
     "kanokwan.sw@kkh.example.go.th"),
    ("นายธีรวัฒน์ จันทร์แสง", "โรงพยาบาลร้อยเอ็ด", "043-518-200 ต่อ 1307", "0863395142",
     "teerawat.sw@reh.example.go.th"),
)  # fmt: skip
OFFICERS: tuple[tuple[str, str, str], ...] = (
    ("นายชยพล อินทรสุวรรณ", "นักพัฒนาชุมชนชำนาญการ", "043-711-245"),
    ("นางสาวปิยะดา คำมุงคุณ", "นักสังคมสงเคราะห์ปฏิบัติการ", "043-519-062"),
)
HEADMEN: tuple[tuple[str, str], ...] = (
    ("นายสมบูรณ์ คำภูแก้ว", "0817762234"),
    ("นายเฉลิม โพธิ์ศรี", "0898014457"),
)
# The dead husbands: name, ID, born, died, the death certificate's number.
DEAD: tuple[tuple[str, str, date, date, str], ...] = (
    (
        "นายวีระ แก้วมณี",
        with_check_digit("345990038812"),
        date(1981, 6, 2),
        date(2026, 11, 14),
        "45-1301/2569",
    ),
    (
        "นายบุญมี ศรีหาวงศ์",
        with_check_digit("345060009917"),
        date(1965, 2, 17),
        date(2026, 11, 21),
        "45-1702/2569",
    ),
)


def account(k: int) -> str:
    """A bank account as people write it: ธ.ก.ส. (12 digits) or กรุงไทย (10)."""
    return (f"ธ.ก.ส. สาขาสุวรรณภูมิ เลขที่บัญชี 0201{k:02d}5581{k % 10}3",
            f"ธนาคารกรุงไทย เลขที่ 412-0-{45678 + k:05d}-{k % 9}",
            f"ธกส. 02013451{k:02d}77",
            f"กรุงไทย {thai('9870')}{k:02d}{thai('3345')}")[k % 4]  # fmt: skip


def card_no(k: int) -> str:
    """The state welfare card's own 16-digit number (never an ID)."""
    return f"6064 94{k:02d} 0215 88{43 + k:02d}"


def house_code(k: int) -> str:
    return f"4001-05{k:02d}1{k % 7}-3"[:16]


def message(n: int, subject: str, sender: str, *, text: str | None = None, html: str | None = None,
            files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    desk, _ = DESKS[n % len(DESKS)]
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = desk
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set121-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def bare(name: str) -> str:
    """A name without its title, as a mail program shows the sender."""
    for t in ("นางสาว", "นาง", "นาย"):
        if name.startswith(t):
            return name[len(t) :]
    return name


def agency(n: int) -> str:
    return DESKS[n % len(DESKS)][1]


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def age(a: Party) -> int:
    b = a.p.born
    return 2026 - b.year - ((b.month, b.day) > (12, 1))


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant who asks herself: her values; no e-mail scored where she has none."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def for_other(a: Party, keys: str, *, phone: bool = False) -> dict[str, tuple[str, ...]]:
    """The one the request is for, sent by another: her e-mail `()`; her phone `()` unless
    the writer gives it (`phone`)."""
    e = exp(a, keys)
    e["email"] = ()
    if not phone:
        e["phone"] = ()
    return e


def kids(i: int, n: int = 2) -> list[tuple[str, str, int, str]]:
    return [KIDS[(i + 3 * k) % len(KIDS)] for k in range(n)]


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"

WHO: dict[str, str] = {
    "plain_iphone_grandma_welfare_card": "the grandmother (typed by her grandson on her phone); the grandchildren never",
    "plain_line_forward_neighbour": "the household head the neighbour writes about; the neighbour never (phone ())",
    "plain_widow_breadwinner_death": "the widow; never her dead husband (ID, dates, death certificate)",
    "plain_social_worker_referral": "the patient (head of the household); never the hospital social worker",
    "plain_android_house_repair_self": "the owner who asks; his wife and daughter's lines never",
    "html_gmail_household_table": "the head who writes (row 1 ผู้ยื่นคำร้อง); the other rows never",
    "html_webform_relief_notification": "the ผู้ยื่นคำขอ in the form; the no-reply box never",
    "html_outlook_osm_grandmother": "the grandmother; never the อสม. (her phone, box, อสม. number)",
    "html_iphone_reply_quoted_officer": "the widow who replies; the quoted officer never",
    "docx_family_relief_form": "the ผู้ขอรับการสงเคราะห์; the household table's others never",
    "docx_house_repair_headman": "the owner who asks; the headman's certificate never",
    "docx_home_visit_report": "the grandmother visited; never the officer who writes",
    "docx_mother_after_son_death": "the old mother who signs; the dead son and grandchildren never",
    "pdf_fillable_welfare_card_problem": "the card holder (ผู้ถือบัตร); the ผู้แจ้งแทน section (v2) never",
    "pdf_fillable_relief_members": "the applicant_* fields; member rows never",
    "pdf_typed_neighbour_letter": "the household head; never the writer whose block is top right",
    "pdf_typed_grandmother_letter": "the grandmother who signs; the grandchildren and the teacher never",
    "xlsx_household_survey": "the head's row (หัวหน้าครัวเรือน); the survey taker and other rows never",
    "xlsx_repair_estimate": "the owner in the head block; the builder's and headman's lines never",
    "xlsx_welfare_card_sheet": "the card holder's row; her daughter who reports never",
}


# --- plain ---------------------------------------------------------------------------------


def plain_iphone_grandma_welfare_card(a: Party, i: int) -> Case:
    """A grandson types for his grandmother on her phone: her welfare card's money did not
    come in; the card's 16-digit number, her ID, the two grandchildren she raises."""
    p = a.p
    k1, k2 = kids(i)
    text = (
        f"เรียน เจ้าหน้าที่{agency(i)}\n\n"
        f"ยาย{p.first} {p.last} อายุ {age(a)} ปี ให้หลานพิมพ์แทนค่ะ "
        "บัตรสวัสดิการแห่งรัฐของยายเดือนนี้วงเงินซื้อสินค้าไม่เข้า ไปร้านธงฟ้าแล้วรูดไม่ผ่าน\n"
        f"เลขบัตรประชาชนยาย {nid_w(p.nid, i)}\n"
        f"หมายเลขบัตรสวัสดิการ {card_no(i)}\n"
        f"ที่อยู่ {home(a, i)}\n"
        f"ยายเลี้ยงหลาน 2 คน คือ {k1[0]} อายุ {k1[2]} ปี และ {k2[0]} อายุ {k2[2]} ปี "
        "พ่อแม่ไปทำงานกรุงเทพ ส่งเงินมาเดือนละ 1,500 บาท\n"
        f"โทรหายายได้ที่ {mobile(p.mobile, i)} ค่ะ\n\nขอบคุณค่ะ\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(
        i, "บัตรสวัสดิการแห่งรัฐ เงินไม่เข้า", f"{p.first} {p.last} <grandson.ton{i}@icloud.com>", text=text
    )
    e = own(a, NO_BIRTH)
    e["email"] = ()
    e["full_name"] = (a.name, f"{p.first} {p.last}")  # written "ยาย<name>": no title given
    return Case("plain_iphone_grandma_welfare_card", raw, e)


def plain_line_forward_neighbour(a: Party, i: int) -> Case:
    """A LINE chat exported as text by a neighbour: a widow living with her bedridden son,
    the house leaking; the neighbour's number at the end; the widow has no phone."""
    p = a.p
    nb, _, nb_mob, nb_box, role = NEIGHBOURS[i % 2]
    kid = KIDS[(i + 3) % len(KIDS)]
    text = (
        "[LINE] ประวัติการแชทกับ จนท.สวัสดิการ\nบันทึกเมื่อ: 2569/12/0" + str(1 + i % 6) + " 19:42\n\n"
        f"2569/12/01(จ.)\n18:03\t{nb.split()[0][3:]}\tสวัสดีครับ/ค่ะ {nb} {role} ขอแจ้งเรื่องครอบครัวที่ลำบาก\n"
        f"18:04\t{nb.split()[0][3:]}\tชื่อ {a.name} อายุ {age(a)} ปี\n"
        f"18:04\t{nb.split()[0][3:]}\tบัตร ปชช. {nid_w(p.nid, i + 1)}\n"
        f"18:05\t{nb.split()[0][3:]}\tบ้านเลขที่ {home(a, i + 1)}\n"
        f"18:06\t{nb.split()[0][3:]}\tอยู่กับลูกชายพิการติดเตียง เลขบัตรลูก {kid[1]} ไม่มีรายได้ ได้แต่เบี้ยผู้สูงอายุ 700 กับเบี้ยคนพิการ 800\n"
        f"18:07\t{nb.split()[0][3:]}\tหลังคารั่ว ฝาบ้านผุ อยากขอให้ช่วยซ่อมบ้านค่ะ\n"
        f"18:08\t{nb.split()[0][3:]}\tเขาไม่มีโทรศัพท์ ติดต่อผ่าน{nb.split()[0][3:]}ได้ที่ {mobile(nb_mob, i)} ค่ะ\n"
        "18:20\tจนท.สวัสดิการ\tรับเรื่องแล้วค่ะ เลขที่รับ สค. 0412/2569\n"
    )
    raw = message(
        i, "Fwd: ประวัติการแชท LINE เรื่องขอซ่อมบ้าน", f"{nb.split()[0][3:]} <{nb_box}>", text=text
    )
    return Case("plain_line_forward_neighbour", raw, for_other(a, NO_BIRTH))


def plain_widow_breadwinner_death(a: Party, i: int) -> Case:
    """A widow asks emergency help: her husband, the only earner, died in a road accident;
    his ID and dates, the death certificate, her children, her bank account, her phone."""
    p = a.p
    dn, did, dborn, died, cert = DEAD[i % 2]
    k1, k2 = kids(i + 2)
    text = (
        f"เรียน นายก{agency(i)}\n\n"
        f"ดิฉัน {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เกิดวันที่ {born_th(p.born, i)} "
        f"อยู่บ้านเลขที่ {home(a, i)}\n"
        f"สามีของดิฉัน {dn} (เลขประจำตัวประชาชน {did}) เกิด {thai_day(dborn)} "
        f"ได้เสียชีวิตจากอุบัติเหตุรถจักรยานยนต์เมื่อวันที่ {thai_day(died)} มรณบัตรเลขที่ {cert}\n"
        "สามีเป็นคนหาเลี้ยงครอบครัวคนเดียว รายได้รับจ้างทั่วไปวันละ 350 บาท ตอนนี้ครอบครัวไม่มีรายได้ "
        f"ต้องเลี้ยงลูก 2 คน {k1[0]} ({k1[2]} ปี) และ {k2[0]} ({k2[2]} ปี)\n"
        "จึงขอรับเงินช่วยเหลือกรณีฉุกเฉิน/เงินสงเคราะห์ครอบครัว "
        f"โอนเข้าบัญชี {account(i)} ชื่อบัญชี {a.name}\n"
        f"เบอร์โทร {mobile(p.mobile, i + 1)}\n\nขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(
        i, "ขอความช่วยเหลือกรณีหัวหน้าครอบครัวเสียชีวิต", f"{p.first} {p.last} <{p.email}>", text=text
    )
    return Case("plain_widow_breadwinner_death", raw, own(a, ALL))


def plain_social_worker_referral(a: Party, i: int) -> Case:
    """A hospital social worker refers a patient's household (stroke, no income): HN and AN,
    the patient's ID, birth date, home and phone; her own office line, mobile and box."""
    p = a.p
    sw, hosp, line, sw_mob, box = SOCIAL[i % 2]
    text = (
        f"เรียน หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม {agency(i)}\n\n"
        f"{hosp} ขอส่งต่อผู้ป่วยเพื่อพิจารณาให้ความช่วยเหลือเงินสงเคราะห์ครอบครัว ดังนี้\n"
        f"ผู้ป่วย: {a.name} HN {61_0452_3 + 17 * i} AN {69_0148_2 + i}\n"
        f"เลขบัตรประชาชน: {nid_w(p.nid, i + 2)}\n"
        f"วันเกิด: {born_th(p.born, i + 1)} (อายุ {age(a)} ปี)\n"
        f"ที่อยู่: {home(a, i + 2)}\n"
        f"เบอร์โทรผู้ป่วย: {mobile(p.mobile, i + 2)}\n"
        "การวินิจฉัย: โรคหลอดเลือดสมอง อ่อนแรงซีกขวา ไม่สามารถกลับไปทำงานได้ ภรรยาต้องออกจากงานมาดูแล "
        "รายได้ครัวเรือนเหลือ 2,000 บาท/เดือน ค่าใช้จ่าย 6,500 บาท/เดือน\n\n"
        f"ด้วยความนับถือ\n{sw}\nนักสังคมสงเคราะห์ กลุ่มงานสังคมสงเคราะห์ {hosp}\n"
        f"โทร {line} มือถือ {mobile(sw_mob, i)}\n{box}\n"
    )
    raw = message(i, f"ส่งต่อผู้ป่วยเพื่อขอรับการสงเคราะห์ ({hosp})", f"{bare(sw)} <{box}>", text=text)
    return Case("plain_social_worker_referral", raw, for_other(a, ALL, phone=True))


def plain_android_house_repair_self(a: Party, i: int) -> Case:
    """An owner asks house repair from Outlook for Android: a household list typed with
    tabs, income per month, the survey's household code; sent from his daughter's box."""
    p = a.p
    k = KIDS[(i + 1) % len(KIDS)]
    wife_id = with_check_digit(f"3{p.nid[1:5]}0077{i:02d}1{i % 10}"[:12])
    text = (
        f"เรียน ปลัด{agency(i)}\n\n"
        f"{me(a)}ชื่อ {a.name} อายุ {age(a)} ปี\nเลขประจำตัวประชาชน\n{nid_w(p.nid, i)}\n"
        f"อยู่บ้านเลขที่ {home(a, i + 1)} รหัสบ้าน {house_code(i)}\n"
        f"ขอยื่นคำร้องขอรับการช่วยเหลือซ่อมแซมบ้านผู้ยากไร้ บ้านเป็นไม้ชั้นเดียว เสาผุ หลังคาสังกะสีรั่ว{ending(a)}\n\n"
        "สมาชิกในบ้าน\n"
        f"1\t{a.name}\t{age(a)} ปี\tรับจ้าง\t3,000 บาท/เดือน\n"
        f"2\tนางทองใบ {p.last}\t{age(a) - 3} ปี\tภรรยา\t{wife_id}\t-\n"
        f"3\t{k[0]}\t{k[2]} ปี\tหลาน\t{k[1]}\t-\n\n"
        f"เบอร์โทร {mobile(p.mobile, i + 3)}\n{a.name}\n\nGet Outlook for Android\n"
    )
    raw = message(i, "ขอซ่อมแซมบ้านผู้ยากไร้", f"Pimlada B. <pimlada.b{i}@outlook.com>", text=text)
    e = own(a, NO_BIRTH)
    e["email"] = ()
    return Case("plain_android_house_repair_self", raw, e)


# --- HTML ----------------------------------------------------------------------------------


def gmail(body: str) -> str:
    return f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{body}</div></body></html>\n'


def html_gmail_household_table(a: Party, i: int) -> Case:
    """A head of household's Gmail for a family grant: a pasted table of members (ID, age,
    relation, job, income), the applicant's row first, then her lines."""
    p = a.p
    rows = [(a.name, nid_w(p.nid, i), str(age(a)), "ผู้ยื่นคำร้อง", "ค้าขายเล็กน้อย", "2,500")]
    for k in kids(i + 1, 3):
        rows.append((k[0], k[1], str(k[2]), "บุตร", "นักเรียน", "-"))
    cells = "".join(
        "<tr>"
        + "".join(f'<td style="border:1px solid #999;padding:2px 6px">{escape(c)}</td>' for c in r)
        + "</tr>"
        for r in rows
    )
    head = "".join(
        f'<th style="border:1px solid #999">{h}</th>'
        for h in ("ชื่อ-สกุล", "เลขบัตรประชาชน", "อายุ", "ความสัมพันธ์", "อาชีพ", "รายได้/เดือน")
    )
    body = (
        f"<div>เรียน {agency(i)}</div><div><br></div>"
        f"<div>{me(a)}ขอยื่นคำขอรับเงินสงเคราะห์ครอบครัว เนื่องจากเลี้ยงลูกคนเดียว รายได้ไม่พอ{ending(a)} "
        "รายละเอียดสมาชิกในครอบครัวตามตารางนี้</div><div><br></div>"
        f'<table style="border-collapse:collapse"><tr>{head}</tr>{cells}</table><div><br></div>'
        f"<div>วันเดือนปีเกิด {born_th(p.born, i + 2)}</div>"
        f"<div>ที่อยู่ปัจจุบัน {escape(home(a, i + 2))}</div>"
        f"<div>โทร {mobile(p.mobile, i)}</div>"
        f"<div>บัญชีรับเงิน {account(i + 1)}</div><div><br></div>"
        f"<div>ขอบคุณ{ending(a)}</div><div>{a.name}</div>"
    )
    raw = message(i, "ขอรับเงินสงเคราะห์ครอบครัว", f"{p.first} {p.last} <{p.email}>", html=gmail(body))
    return Case("html_gmail_household_table", raw, own(a, ALL))


def html_webform_relief_notification(a: Party, i: int) -> Case:
    """The municipality's e-service sends its notification of a filled form: a reference
    number, labels and values in a table, the household's size and income, an account."""
    p = a.p
    rows = [
        ("เลขที่อ้างอิง", f"WF-2569-{4512 + 31 * i:06d}"),
        ("ประเภทคำขอ", "ขอรับการสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง"),
        ("ชื่อ-นามสกุล ผู้ยื่นคำขอ", a.name),
        ("เลขประจำตัวประชาชน (13 หลัก)", p.nid),
        ("วัน/เดือน/ปีเกิด", f"{p.born.day:02d}/{p.born.month:02d}/{p.born.year + 543}"),
        ("ที่อยู่ตามทะเบียนบ้าน", f"{p.house} {p.rest()}"),
        ("จังหวัด", p.province),
        ("รหัสไปรษณีย์", p.postal),
        ("จำนวนสมาชิกในครัวเรือน (คน)", str(3 + i % 3)),
        ("รายได้รวมของครัวเรือน (บาท/ปี)", f"{36_000 + 1_200 * i:,}"),
        ("หมายเลขโทรศัพท์มือถือ", p.mobile),
        ("อีเมล", p.email or "-"),
        ("บัญชีธนาคารสำหรับรับเงิน", account(i + 2)),
        ("วันที่ส่งแบบฟอร์ม", f"0{1 + i % 6}/12/2569 09:{10 + i}:44"),
    ]
    cells = "".join(
        f'<tr><td style="background:#f2f2f2;padding:4px"><b>{k}</b></td><td style="padding:4px">{escape(v)}</td></tr>'
        for k, v in rows
    )
    body = (
        f"<p>มีผู้ส่งแบบฟอร์มออนไลน์ใหม่ในระบบ e-Service {agency(i)}</p>"
        f'<table border="0" cellspacing="0">{cells}</table>'
        '<p style="color:#888;font-size:11px">อีเมลฉบับนี้ส่งโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ '
        "สอบถาม โทร 043-221-505</p>"
    )
    raw = message(
        i,
        f"[e-Service] แบบฟอร์มใหม่: ขอรับการสงเคราะห์ครอบครัว #{4512 + 31 * i}",
        "e-Service <no-reply@eservice.example.go.th>",
        html=gmail(body),
    )
    e = own(a, ALL)
    if p.email:
        e["email"] = (p.email,)
    return Case("html_webform_relief_notification", raw, e)


def html_outlook_osm_grandmother(a: Party, i: int) -> Case:
    """An อสม. writes from Outlook for a grandmother raising three grandchildren, her house
    near falling down; the grandmother has no phone; the อสม.'s signature (number, mobile)."""
    p = a.p
    osm, om, box, ono = OSM[i % 2]
    ks = kids(i + 2, 3)
    paras = [
        f"เรียน ผู้อำนวยการกองสวัสดิการสังคม {agency(i)}",
        "",
        f"ดิฉัน{osm} อสม.ประจำหมู่บ้าน ขอแจ้งข้อมูลครัวเรือนเปราะบางในความดูแล เพื่อขอรับความช่วยเหลือค่ะ",
        f"<b>ผู้สูงอายุ:</b> {a.name} อายุ {age(a)} ปี เลขบัตรประชาชน {nid_w(p.nid, i + 2)}",
        f"<b>เกิด:</b> {born_th(p.born, i + 2)}",
        f"<b>บ้านเลขที่:</b> {escape(home(a, i + 3))}",
        "<b>หลานที่อยู่ในความอุปการะ:</b> " + ", ".join(f"{k[0]} อายุ {k[2]} ปี ({k[3]})" for k in ks),
        "รายได้: เบี้ยยังชีพผู้สูงอายุ 600 บาท และเงินอุดหนุนเด็ก 600 บาท/เดือน บัตรสวัสดิการแห่งรัฐ 300 บาท",
        "คุณยายไม่มีโทรศัพท์ หากต้องการลงพื้นที่ ติดต่อดิฉันได้ค่ะ",
    ]
    sig = (
        f'<p class="MsoNormal"><b>{osm}</b><br>อาสาสมัครสาธารณสุขประจำหมู่บ้าน เลขที่บัตร อสม. {ono}<br>'
        f"โทร. {mobile(om, i + 1)}<br>{box}</p>"
    )
    body = "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in paras)
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-family:"Leelawadee UI"}</style></head>'
            f'<body lang="TH"><div class="WordSection1">{body}<p class="MsoNormal">&nbsp;</p>{sig}</div></body></html>\n')  # fmt: skip
    raw = message(i, "แจ้งครัวเรือนเปราะบาง ยายเลี้ยงหลาน 3 คน", f"{bare(osm)} <{box}>", html=html)
    return Case("html_outlook_osm_grandmother", raw, for_other(a, ALL))


def html_iphone_reply_quoted_officer(a: Party, i: int) -> Case:
    """A widow replies from her iPhone with what the officer asked for; his mail (his name,
    office line, the case number, the dead husband's name) quoted below."""
    p = a.p
    off, pos, line = OFFICERS[i % 2]
    dn, _, _, died, cert = DEAD[(i + 1) % 2]
    case_no = f"สค.{thai(str(118 + i))}/๒๕๖๙"
    body = (
        f"<div>เรียน คุณ{bare(off)}</div><div><br></div>"
        f"<div>ส่งข้อมูลเพิ่มเติมตามที่ขอ{ending(a)}</div>"
        f"<div>ชื่อผู้ขอ {a.name}</div>"
        f"<div>เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)}</div>"
        f"<div>ที่อยู่ {escape(home(a, i))}</div>"
        f"<div>เบอร์ติดต่อ {mobile(p.mobile, i + 3)}</div>"
        f"<div>เลขบัญชี {account(i + 3)}</div><div><br></div>"
        "<div>ส่งจาก iPhone ของฉัน</div><div><br></div>"
        f'<blockquote type="cite"><div>เมื่อ {2 + i % 5} ธ.ค. 2569 เวลา 10:15 {off} &lt;welfare@example.go.th&gt; เขียนว่า:</div>'
        f"<div>เรียน คุณ{p.first}</div><div>ตามที่ยื่นคำร้องขอรับเงินช่วยเหลือกรณีสามี ({dn}) เสียชีวิตเมื่อ {thai_day(died)} "
        f"เรื่องเลขที่ {case_no} ขอให้ส่งเลขบัตรประชาชน ที่อยู่ เบอร์โทร และเลขบัญชีธนาคาร พร้อมสำเนามรณบัตร ({cert})</div>"
        f"<div>{off}<br>{pos}<br>โทร {line}</div></blockquote>"
    )
    raw = message(
        i,
        f"Re: ขอข้อมูลเพิ่มเติม เรื่องเลขที่ {case_no}",
        f"{p.first} {p.last} <{p.email}>",
        html=gmail(body),
    )
    return Case("html_iphone_reply_quoted_officer", raw, own(a, NO_BIRTH))


# --- Word ----------------------------------------------------------------------------------


def docx_family_relief_form(a: Party, i: int) -> Case:
    """A แบบคำขอรับการสงเคราะห์ครอบครัว typed in Word: the applicant's lines with dotted
    labels, a household table (name, ID, age, relation, income), an account, a signature."""
    p = a.p
    ks = kids(i + 4, 2)

    def build(d: Any) -> None:
        d.add_paragraph("แบบคำขอรับการสงเคราะห์ครอบครัวผู้มีรายได้น้อย (แบบ สค.01)")
        d.add_paragraph(f"เขียนที่ {agency(i)}    วันที่ {3 + i} ธันวาคม 2569")
        d.add_paragraph(f"ข้าพเจ้า (ผู้ขอ) {a.name}    อายุ {age(a)} ปี")
        d.add_paragraph(f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}    วันเดือนปีเกิด {born_th(p.born, i)}")
        d.add_paragraph(f"ที่อยู่ {home(a, i)}")
        d.add_paragraph(f"โทรศัพท์ {mobile(p.mobile, i)}")
        d.add_paragraph("สมาชิกในครัวเรือน")
        t = d.add_table(rows=1, cols=5)
        for c, h in zip(
            t.rows[0].cells,
            ("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "อายุ", "ความเกี่ยวพัน", "รายได้ต่อเดือน"),
            strict=True,
        ):
            c.text = h
        for k in ks:
            r = t.add_row().cells
            r[0].text, r[1].text, r[2].text, r[3].text, r[4].text = (
                k[0],
                k[1],
                str(k[2]),
                "หลาน",
                "-",
            )
        d.add_paragraph(f"รายได้รวมของครอบครัว {2_400 + 100 * i:,} บาท/เดือน")
        d.add_paragraph(f"ขอรับเงินผ่าน {account(i)}")
        d.add_paragraph("ลงชื่อ ................................ ผู้ขอ")
        d.add_paragraph(f"({a.name})")

    raw = message(i, "ส่งแบบคำขอรับการสงเคราะห์ครอบครัว", f"{p.first} {p.last} <{p.email or f'lan.helper{i}@gmail.com'}>",
                  text=f"ส่งแบบคำขอตามไฟล์แนบ{ending(a)}\n", files=(("แบบสค01.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, ALL)
    return Case("docx_family_relief_form", raw, e)


def docx_house_repair_headman(a: Party, i: int) -> Case:
    """A letter asking house repair (ซ่อมแซมบ้านผู้ยากไร้): the owner's lines, the house, a
    cost; under it the headman's certificate (his name, his mobile)."""
    p = a.p
    hm, hm_mob = HEADMEN[i % 2]

    def build(d: Any) -> None:
        d.add_paragraph(f"{p.house} หมู่ {p.moo}" if p.moo else p.house)
        d.add_paragraph(f"{3 + i} ธันวาคม ๒๕๖๙")
        d.add_paragraph("เรื่อง  ขอรับการช่วยเหลือซ่อมแซมบ้านผู้ยากไร้")
        d.add_paragraph(f"เรียน  นายก{agency(i)}")
        d.add_paragraph(
            f"ด้วยข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} อายุ {age(a)} ปี "
            f"อยู่บ้านเลขที่ {home(a, i)} มีความประสงค์ขอรับการช่วยเหลือซ่อมแซมบ้าน "
            "เนื่องจากบ้านทรุดโทรม เสาไม้ผุ พื้นไม้แตก หลังคารั่วซึม ไม่ปลอดภัยต่อการอยู่อาศัย "
            f"ประมาณการค่าวัสดุ {38_500 + 700 * i:,} บาท มีสมาชิก {3 + i % 3} คน รายได้รวมปีละ {28_000 + 500 * i:,} บาท"
        )
        d.add_paragraph(f"ติดต่อข้าพเจ้าได้ที่หมายเลข {mobile(p.mobile, i + 1)}")
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"({a.name})\nผู้ยื่นคำร้อง")
        d.add_paragraph("ความเห็นผู้ใหญ่บ้าน")
        d.add_paragraph(
            f"ข้าพเจ้า {hm} ผู้ใหญ่บ้านหมู่ที่ {p.moo or '-'} ขอรับรองว่าผู้ยื่นคำร้องอาศัยอยู่จริง เป็นผู้ยากไร้ "
            f"สมควรได้รับการช่วยเหลือ โทร {mobile(hm_mob, i)}"
        )
        d.add_paragraph(f"ลงชื่อ {hm} ผู้ใหญ่บ้าน")

    raw = message(i, "คำร้องขอซ่อมแซมบ้าน", f"{hm[3:]} <{hm_mob}.headman@gmail.com>",
                  text="ส่งคำร้องของลูกบ้านครับ ไฟล์แนบ\n", files=(("คำร้องซ่อมบ้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = for_other(a, NO_BIRTH, phone=True)
    return Case("docx_house_repair_headman", raw, e)


def docx_home_visit_report(a: Party, i: int) -> Case:
    """An officer's แบบรายงานการเยี่ยมบ้าน: the officer's name and line at the top, the
    grandmother's lines in a two-column table, the grandchildren, the verdict."""
    p = a.p
    off, pos, line = OFFICERS[(i + 1) % 2]
    ks = kids(i + 5, 2)

    def build(d: Any) -> None:
        d.add_paragraph("แบบรายงานการเยี่ยมบ้านครัวเรือนเปราะบาง")
        d.add_paragraph(f"ผู้เยี่ยม {off} ตำแหน่ง {pos} โทร {line}")
        d.add_paragraph(f"วันที่เยี่ยม {2 + i} ธันวาคม 2569   เลขที่ทะเบียนรับ {thai(str(2_569_0300 + i))}")
        t = d.add_table(rows=0, cols=2)
        for k, v in (("ชื่อ-สกุล (ผู้ได้รับการช่วยเหลือ)", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)),
                     ("วันเกิด", born_th(p.born, i + 1)), ("ที่อยู่", home(a, i + 1)),
                     ("โทรศัพท์ที่ติดต่อได้", mobile(p.mobile, i))):  # fmt: skip
            r = t.add_row().cells
            r[0].text, r[1].text = k, v
        d.add_paragraph("สมาชิกที่อยู่ในความอุปการะ")
        for k in ks:
            d.add_paragraph(f"- {k[0]} เลขประจำตัวประชาชน {k[1]} อายุ {k[2]} ปี {k[3]}")
        d.add_paragraph(
            "สภาพปัญหา: ผู้สูงอายุเลี้ยงหลานตามลำพัง บิดามารดาของเด็กหย่าร้าง ไม่ส่งเสีย รายได้ 1,300 บาท/เดือน"
        )
        d.add_paragraph("ความเห็น: สมควรได้รับเงินสงเคราะห์ครอบครัว 3,000 บาท")
        d.add_paragraph(f"ลงชื่อ {off} ผู้รายงาน")

    raw = message(i, f"รายงานเยี่ยมบ้าน {a.name}", f"welfare <welfare{i}@example.go.th>",
                  text="เรียน หัวหน้าฝ่าย\nส่งรายงานเยี่ยมบ้านตามแนบครับ\n", files=(("รายงานเยี่ยมบ้าน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_home_visit_report", raw, for_other(a, ALL, phone=True))


def docx_mother_after_son_death(a: Party, i: int) -> Case:
    """An old mother's letter after her son, the one who earned, died: his ID and date, the
    grandchildren left to her, her ID, birth date, home, phone; typed by her niece."""
    p = a.p
    dn, did, _, died, cert = DEAD[i % 2]
    son = dn.replace(dn.split()[1], p.last)
    ks = kids(i + 6, 2)

    def build(d: Any) -> None:
        d.add_paragraph(f"เขียนที่ บ้านเลขที่ {p.house}")
        d.add_paragraph(f"วันที่ {5 + i} เดือน ธันวาคม พ.ศ. 2569")
        d.add_paragraph("เรื่อง ขอรับความช่วยเหลือเป็นกรณีเร่งด่วน")
        d.add_paragraph(f"เรียน นายก{agency(i)}")
        d.add_paragraph(
            f"ข้าพเจ้า {a.name} อายุ {age(a)} ปี เกิดวันที่ {thai_day(p.born)} "
            f"ถือบัตรประจำตัวประชาชนเลขที่ {nid_w(p.nid, i + 2)} ที่อยู่ {home(a, i + 2)} "
            f"บุตรชายของข้าพเจ้าชื่อ {son} เลขประจำตัวประชาชน {did} เสียชีวิตเมื่อ {thai_day(died)} "
            f"(มรณบัตรเลขที่ {cert}) ซึ่งเป็นผู้หารายได้หลักของครอบครัว ทิ้งหลานไว้ให้ข้าพเจ้าเลี้ยงดู 2 คน คือ "
            f"{ks[0][0]} อายุ {ks[0][2]} ปี และ {ks[1][0]} อายุ {ks[1][2]} ปี"
        )
        d.add_paragraph(
            "ข้าพเจ้าไม่มีรายได้อื่นนอกจากเบี้ยยังชีพผู้สูงอายุ เดือนละ 800 บาท จึงขอความอนุเคราะห์ช่วยเหลือ"
        )
        d.add_paragraph(f"โทรศัพท์ {mobile(p.mobile, i + 3)}")
        d.add_paragraph("ขอแสดงความนับถือ")
        d.add_paragraph(f"ลงชื่อ ........................\n({a.name})")
        d.add_paragraph("พิมพ์โดย นางสาวสุดารัตน์ หลานสาว โทร 0614478820")

    raw = message(i, "ขอความช่วยเหลือ ลูกชายเสียชีวิต", f"Sudarat <sudarat.niece{i}@gmail.com>",
                  text="พิมพ์หนังสือให้ป้าค่ะ รบกวนด้วยนะคะ\n", files=(("หนังสือขอความช่วยเหลือ.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, ALL)
    e["email"] = ()
    return Case("docx_mother_after_son_death", raw, e)


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_welfare_card_problem(a: Party, i: int) -> Case:
    """A fillable แบบแจ้งปัญหาบัตรสวัสดิการแห่งรัฐ: holder_* fields, the card's number, the
    problem; v2's ผู้แจ้งแทน section filled (her daughter's name, ID, phone)."""
    p = a.p
    labels = [(45, 18, "แบบแจ้งปัญหาการใช้บัตรสวัสดิการแห่งรัฐ"), (20, 30, f"เรียน {agency(i)}"),
              (20, 42, "ชื่อผู้ถือบัตร"), (20, 52, "เลขประจำตัวประชาชน"), (20, 62, "วันเกิด"),
              (20, 72, "ที่อยู่"), (20, 82, "จังหวัด"), (110, 82, "รหัสไปรษณีย์"), (20, 92, "โทรศัพท์"),
              (20, 102, "หมายเลขบัตรสวัสดิการ"), (20, 112, "ปัญหาที่พบ"),
              (20, 130, "กรณีแจ้งแทน  ชื่อผู้แจ้งแทน"), (20, 140, "เลขบัตรผู้แจ้งแทน"), (110, 140, "โทรผู้แจ้งแทน")]  # fmt: skip
    fields = [Field("holder_name", a.name, 50, 42, 110), Field("holder_id", p.nid, 58, 52, 60, comb=13),
              Field("holder_dob", f"{p.born.day}/{p.born.month}/{p.born.year + 543}", 40, 62, 50),
              Field("holder_addr", f"{p.house} {p.rest(short=True)}", 35, 72, 150),
              Field("holder_prov", p.province, 40, 82, 50), Field("holder_zip", p.postal, 135, 82, 30),
              Field("holder_tel", mobile(p.mobile, i), 45, 92, 50), Field("card_number", card_no(i + 5), 62, 102, 70),
              Field("problem", "บัตรชำรุด ชิปอ่านไม่ได้ ใช้ซื้อก๊าซหุงต้มไม่ได้ ขอทำบัตรใหม่", 45, 112, 140)]  # fmt: skip
    if i % 2:
        hl, hid = "นางสาวจุฑามาศ " + p.last, with_check_digit(f"1{p.nid[1:5]}0123{i:02d}4")
        fields += [Field("proxy_name", hl, 75, 130, 90), Field("proxy_id", hid, 58, 140, 45),
                   Field("proxy_tel", "0992214573", 140, 140, 40)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, "แจ้งปัญหาบัตรสวัสดิการแห่งรัฐ", f"{p.first} <{p.email or f'jutamat.{i}@gmail.com'}>",
                  text="แนบแบบฟอร์มที่กรอกแล้ว\n", files=(("แจ้งปัญหาบัตรสวัสดิการ.pdf", data, PDF),))  # fmt: skip
    e = own(a, ALL)
    if not p.email:
        e["email"] = ()
    return Case("pdf_fillable_welfare_card_problem", raw, e)


def pdf_fillable_relief_members(a: Party, i: int) -> Case:
    """A fillable family relief form: applicant_* fields and member1..3 rows (names, IDs,
    ages), income and the account; field names in English."""
    p = a.p
    ks = kids(i + 1, 3)
    labels = [(40, 18, "แบบคำขอรับเงินสงเคราะห์ครอบครัว"), (20, 32, "ผู้ยื่นคำขอ ชื่อ-สกุล"),
              (20, 42, "เลขประจำตัวประชาชน"), (120, 42, "วันเกิด"), (20, 52, "ที่อยู่"), (20, 62, "จังหวัด"),
              (110, 62, "รหัสไปรษณีย์"), (20, 72, "โทรศัพท์มือถือ"), (110, 72, "อีเมล"),
              (20, 86, "สมาชิกในครัวเรือน"), (20, 130, "รายได้ครัวเรือน (บาท/เดือน)"), (20, 140, "บัญชีรับเงิน")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 55, 32, 100), Field("applicant_id", nid_w(p.nid, i), 58, 42, 55),
              Field("applicant_birth", born_th(p.born, i), 135, 42, 50), Field("applicant_address", f"{p.house} {p.rest()}", 35, 52, 155),
              Field("applicant_province", p.province, 40, 62, 50), Field("applicant_postcode", p.postal, 135, 62, 30),
              Field("applicant_mobile", mobile(p.mobile, i + 1), 48, 72, 50), Field("applicant_email", p.email, 125, 72, 65)]  # fmt: skip
    for n, k in enumerate(ks, 1):
        y = 86 + 10 * n
        fields += [Field(f"member{n}_name", k[0], 20, y, 70), Field(f"member{n}_id", k[1], 95, y, 45),
                   Field(f"member{n}_age", str(k[2]), 145, y, 15), Field(f"member{n}_relation", "บุตร", 165, y, 25)]  # fmt: skip
    fields += [
        Field("income", f"{3_200 + 150 * i:,}", 80, 130, 40),
        Field("bank", account(i + 2), 50, 140, 120),
    ]
    data = acroform(pdf_page(labels, size=13, face="Loma"), fields)
    raw = message(i, "แบบคำขอรับเงินสงเคราะห์ (PDF)", f"{p.first} {p.last} <{p.email}>",
                  text=f"เรียน เจ้าหน้าที่\n\nส่งแบบคำขอที่กรอกแล้ว{ending(a)}\n", files=(("relief_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_relief_members", raw, own(a, ALL))


def pdf_typed_neighbour_letter(a: Party, i: int) -> Case:
    """A community leader's typed letter about a household: his block top right (his home,
    his phone), the household head's lines in the body, the house, the income."""
    p = a.p
    nb, nb_id, nb_mob, nb_box, role = NEIGHBOURS[(i + 1) % 2]
    paras = [
        (120, f"{role} {nb}"),
        (120, "12 หมู่ที่ 4 ตำบลโคกพระ อำเภอกันทรวิชัย"),
        (120, f"โทร {mobile(nb_mob, i)}"),
        (120, f"{4 + i} ธันวาคม 2569"),
        (20, ""),
        (20, "เรื่อง ขอให้ช่วยเหลือครอบครัวผู้ยากไร้"),
        (20, f"เรียน นายก{agency(i)}"),
        (
            35,
            f"ข้าพเจ้า {nb} เลขประจำตัวประชาชน {nb_id} {role} ขอเรียนว่า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} "
            f"เกิดวันที่ {born_th(p.born, i)} อาศัยอยู่บ้านเลขที่ {home(a, i)} "
            "เป็นผู้ยากไร้ รายได้จากการเก็บของเก่าวันละ 120 บาท ภรรยาป่วยเป็นโรคไต ต้องฟอกไตสัปดาห์ละ 2 ครั้ง "
            "บ้านพักเป็นเพิงสังกะสี ไม่มีห้องน้ำ จึงขอความอนุเคราะห์ซ่อมแซมบ้านและเงินสงเคราะห์ครอบครัว",
        ),
        (35, "ครอบครัวนี้ไม่มีโทรศัพท์ หากมีข้อสงสัยโปรดติดต่อข้าพเจ้า"),
        (100, "ขอแสดงความนับถือ"),
        (100, f"({nb})"),
    ]
    data = pdf_page(flow(paras, 14, "Sawasdee", top=22), size=14, face="Sawasdee")
    raw = message(i, "ขอความช่วยเหลือครอบครัวผู้ยากไร้", f"{nb[3:]} <{nb_box}>",
                  text="เรียน เจ้าหน้าที่\nแนบหนังสือครับ\n", files=(("หนังสือขอความช่วยเหลือ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_neighbour_letter", raw, for_other(a, ALL))


def pdf_typed_grandmother_letter(a: Party, i: int) -> Case:
    """A grandmother's typed letter for a family grant (typed by the grandchildren's
    teacher, whose line is at the foot): her lines, the grandchildren's IDs and schools."""
    p = a.p
    ks = kids(i + 3, 2)
    paras = [
        (130, f"บ้านเลขที่ {p.house}"),
        (130, f"{6 + i} ธันวาคม 2569"),
        (20, "เรื่อง ขอรับเงินสงเคราะห์ครอบครัว (ผู้สูงอายุเลี้ยงหลาน)"),
        (20, f"เรียน {agency(i)}"),
        (
            35,
            f"ข้าพเจ้า {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} วันเกิด {born_th(p.born, i + 2)} "
            f"ที่อยู่ {home(a, i + 1)} โทรศัพท์ {mobile(p.mobile, i)} "
            "ปัจจุบันเลี้ยงดูหลาน 2 คน ซึ่งบิดามารดาแยกทางกันและไม่ได้ส่งเสีย ดังนี้",
        ),
        (35, f"1. {ks[0][0]} เลขประจำตัวประชาชน {ks[0][1]} อายุ {ks[0][2]} ปี ชั้น {ks[0][3]}"),
        (35, f"2. {ks[1][0]} เลขประจำตัวประชาชน {ks[1][1]} อายุ {ks[1][2]} ปี ชั้น {ks[1][3]}"),
        (
            35,
            "รายได้ของข้าพเจ้ามาจากการรับจ้างทอผ้า เดือนละประมาณ 1,800 บาท ไม่เพียงพอค่าเล่าเรียนและค่าอาหารหลาน",
        ),
        (110, "ขอแสดงความนับถือ"),
        (110, f"({a.name})"),
        (20, "ผู้พิมพ์: ครูประจำชั้น นางสาวอัญชลี ทองมา โทร 0857712406"),
    ]
    data = pdf_page(flow(paras, 14, "Laksaman", top=22), size=14, face="Laksaman")
    raw = message(i, "หนังสือขอรับเงินสงเคราะห์ครอบครัว", f"Anchalee T. <anchalee.t{i}@obec.example.go.th>",
                  text="เรียน เจ้าหน้าที่ ครูพิมพ์หนังสือให้คุณยายของนักเรียนค่ะ\n", files=(("ขอรับเงินสงเคราะห์.pdf", data, PDF),))  # fmt: skip
    e = own(a, ALL)
    e["email"] = ()
    return Case("pdf_typed_grandmother_letter", raw, e)


# --- sheets --------------------------------------------------------------------------------


def xlsx_household_survey(a: Party, i: int) -> Case:
    """A household survey sheet (จปฐ.-like): the household code, the surveyor's line, then
    member rows; the head's row (หัวหน้าครัวเรือน) is the applicant's."""
    p = a.p
    ks = kids(i + 2, 2)

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ครัวเรือน"
        ws.append(("แบบสำรวจข้อมูลครัวเรือนยากจน ปี 2569",))
        ws.append(
            ("รหัสบ้าน", house_code(i + 3), "", "ผู้สำรวจ", "นางวันเพ็ญ มะลิหอม (อสม.)", "0857741206")
        )
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(())
        ws.append(
            ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ความสัมพันธ์", "รายได้/ปี", "โทรศัพท์")
        )
        ws.append(
            (
                1,
                a.name,
                nid_w(p.nid, i),
                born_th(p.born, i),
                "หัวหน้าครัวเรือน",
                24_000 + 1_000 * i,
                mobile(p.mobile, i),
            )
        )
        for n, k in enumerate(ks, 2):
            ws.append((n, k[0], k[1], "", "หลาน", 0, ""))
        ws.append(())
        ws.append(("รวมรายได้ครัวเรือน", "", "", "", "", 24_000 + 1_000 * i))

    raw = message(i, "ส่งแบบสำรวจครัวเรือน ขอรับการช่วยเหลือ", f"{p.first} {p.last} <{p.email or f'family.help{i}@gmail.com'}>",
                  text=f"ส่งข้อมูลครัวเรือน{ending(a)}\n", files=(("สำรวจครัวเรือน.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = own(a, ALL)
    if not p.email:
        e["email"] = ()
    return Case("xlsx_household_survey", raw, e)


def xlsx_repair_estimate(a: Party, i: int) -> Case:
    """A repair cost estimate (ประมาณการ): the owner's block at the top, the materials and
    amounts, the builder's name and phone and the headman's at the foot."""
    p = a.p
    hm, hm_mob = HEADMEN[(i + 1) % 2]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ประมาณการ"
        ws.append(("ประมาณการค่าวัสดุซ่อมแซมบ้านผู้ยากไร้",))
        ws.append(("เจ้าของบ้าน", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", f"{p.house} {p.rest(short=True)}"))
        ws.append(("จังหวัด", p.province, "รหัสไปรษณีย์", p.postal))
        ws.append(("โทร", mobile(p.mobile, i + 2)))
        ws.append(())
        ws.append(("รายการ", "จำนวน", "หน่วย", "ราคา/หน่วย", "รวม"))
        for item, q, u, pr in (("สังกะสีลอนเล็ก", 40, "แผ่น", 185), ("ไม้เนื้อแข็ง 2x4", 30, "ท่อน", 260),
                               ("ตะปู", 10, "กก.", 75), ("ปูนซีเมนต์", 20, "ถุง", 145)):  # fmt: skip
            ws.append((item, q, u, pr, q * pr))
        ws.append(("รวมทั้งสิ้น", "", "", "", 40 * 185 + 30 * 260 + 10 * 75 + 20 * 145))
        ws.append(())
        ws.append(("ช่างผู้ประมาณการ", "นายสุเมธ ช่างไม้", "0926618834"))
        ws.append(("ผู้รับรอง", hm, mobile(hm_mob, i)))

    raw = message(i, "ประมาณการซ่อมบ้าน", f"{p.first} {p.last} <{p.email or f'baan.repair{i}@gmail.com'}>",
                  text="แนบประมาณการค่าวัสดุ\n", files=(("ประมาณการ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    e = own(a, NO_BIRTH)
    if not p.email:
        e["email"] = ()
    return Case("xlsx_repair_estimate", raw, e)


def xlsx_welfare_card_sheet(a: Party, i: int) -> Case:
    """A daughter's sheet reporting her mother's welfare card problem: the reporter's row
    above the card holder's, the card number, the amounts not received."""
    p = a.p

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "แจ้งปัญหา"
        ws.append(("แจ้งปัญหาบัตรสวัสดิการแห่งรัฐ",))
        ws.append(("", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"))
        ws.append(
            (
                "ผู้แจ้ง (บุตรสาว)",
                f"นางสาวรุ่งนภา {p.last}",
                with_check_digit(f"1{p.nid[1:5]}0456{i:02d}1"),
                "0618843027",
            )
        )
        ws.append(("ผู้ถือบัตร", a.name, nid_w(p.nid, i), "-"))
        ws.append(())
        ws.append(("ที่อยู่ผู้ถือบัตร", home(a, i + 2)))
        ws.append(("หมายเลขบัตร", card_no(i + 9)))
        ws.append(("เดือนที่ไม่ได้รับ", "ต.ค. 2569, พ.ย. 2569"))
        ws.append(("ยอดที่ไม่ได้รับ (บาท)", 600))

    raw = message(i, "แจ้งปัญหาบัตรสวัสดิการของแม่", f"Rungnapa <rungnapa.{i}@gmail.com>",
                  text="เรียน เจ้าหน้าที่ แจ้งปัญหาบัตรของแม่ตามไฟล์ค่ะ\n", files=(("บัตรสวัสดิการแม่.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_welfare_card_sheet", raw, for_other(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_grandma_welfare_card, (0, 13)),
    (plain_line_forward_neighbour, (4, 9)),
    (plain_widow_breadwinner_death, (2, 10)),
    (plain_social_worker_referral, (5, 11)),
    (plain_android_house_repair_self, (3, 8)),
    (html_gmail_household_table, (6, 10)),
    (html_webform_relief_notification, (12, 7)),
    (html_outlook_osm_grandmother, (1, 13)),
    (html_iphone_reply_quoted_officer, (2, 6)),
    (docx_family_relief_form, (9, 12)),
    (docx_house_repair_headman, (11, 3)),
    (docx_home_visit_report, (0, 1)),
    (docx_mother_after_son_death, (4, 13)),
    (pdf_fillable_welfare_card_problem, (7, 1)),
    (pdf_fillable_relief_members, (10, 5)),
    (pdf_typed_neighbour_letter, (8, 3)),
    (pdf_typed_grandmother_letter, (9, 0)),
    (xlsx_household_survey, (7, 11)),
    (xlsx_repair_estimate, (8, 5)),
    (xlsx_welfare_card_sheet, (4, 1)),
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
