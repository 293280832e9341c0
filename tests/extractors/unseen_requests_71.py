"""A seventy-first set of requests written by someone who had not read the readers (issue 8):
PETITIONS AND GROUP REQUESTS to a เทศบาล or an อบต. in the north-east and the north
(เทศบาลตำบลบ้านเป็ด, Khon Kaen; องค์การบริหารส่วนตำบลนาดี, Udon Thani; เทศบาลตำบล
หนองควาย, Chiang Mai): villagers' petitions with a list of signers (a table of names, IDs,
house numbers, phones and signatures, in mail bodies, Word, PDF and xlsx, pasted from a
sheet into mail), a representative (ผู้แทน / ผู้ประสานงาน / ตัวแทนชาวบ้าน) named in the
letter, a community organisation's and a housewives' group's requests with the chairman,
secretary and treasurer listed, a village meeting's minutes sent with a request, a school's
parents' network asking for a road crossing, a mosque's committee, a temple festival's
committee, a headman forwarding his villagers' petition, the agency's own e-service and
fillable forms for group requests. Kinds: plain (phone mail apps, webmail, a reply), HTML
(Gmail, Outlook, an e-service notification, a headman's Gmail forward), Word, PDF (typed
letters and fillable forms), xlsx.

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

CONVENTIONS (written down before any run; WHO says them per style). Earlier rulings
followed: set 62 (a headman asking for his village is the applicant; writing for one
villager, the villager), set 66 (a group's chairman), set 55 (a list naming no one has no
applicant), sets 37/63 (where only another's phone or box appears, phone/e-mail `()`).
In a request SIGNED BY SEVERAL PEOPLE the applicant is ONE person:
- where the letter NAMES A REPRESENTATIVE (ผู้แทน, ผู้ประสานงาน, ตัวแทนชาวบ้าน, "มอบหมายให้
  ... เป็นผู้ติดต่อ", a row marked ผู้แทน in a sheet, the one a village meeting elected), the
  representative is the applicant, wherever he stands in the list of signers (first or
  not);
- where NO representative is named, the FIRST SIGNER (row 1 of the signers' table, the
  first ลงชื่อ, ผู้ร้องคนที่ 1 on a form) is the applicant;
- a GROUP (กลุ่มแม่บ้าน, องค์กรชุมชน, a parents' network, a mosque's committee, a festival
  committee): its CHAIRMAN (ประธาน) who signs for it; the vice-chairman, secretary,
  treasurer, members never, even when the secretary or treasurer sends the mail or is
  named as the contact (then phone and e-mail `()` where the chairman's are not given);
- never the applicant: the other signers (their names, IDs, house numbers, phones are not
  the applicant's), the headman who forwards or presides, the meeting's recorder, the
  school's director who endorses, the abbot who advises, a grandchild or teacher who types
  and sends, the agency's officer quoted in a reply.
Fields: full_name the applicant's name as written (title and name); national_id his
13-digit ID where given (`()` where only others' IDs appear); phone his own number where
given, else `()`; email his own box only where he sends from it or gives it, else `()`
where another's box sends (a village's shared box, the community hall's, is nobody's own:
`()`; an e-service form's อีเมล line is given by him; a headman's forward of the
representative's own mail keeps his box in the quoted From: line: his); address HIS home, house number to the อำเภอ, with or without
เลขที่/บ้านเลขที่, with หมู่ที่/หมู่/ม., with or without province and postal code: where a
signers' table gives only his house number and the letter the village (หมู่ที่, ตำบล,
อำเภอ), the whole is expected (the house number alone is not an address); never the road
to be mended, the crossing's place, the mosque's, the temple's, the school's, the group's
meeting hall; province and postal code of his home. Birth dates are not scored (no request
gives one but a form's); a meeting's date, a letter's number, a project's budget, a
school's code, a pole's number are never an ID or a phone.
Everyone and every number is invented (13-digit numbers made with with_check_digit); the
ตำบล, อำเภอ, provinces and postal codes are real and belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import Case
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home

# ruff: noqa: E501 -- messages as people type them: long lines

NONE = date(1900, 1, 1)  # birth dates are never scored here


class Village:
    def __init__(self, moo: str, name: str, tambon: str, amphoe: str, province: str, postal: str,
                 agency: str, chief: str, desk: str) -> None:  # fmt: skip
        self.moo, self.name, self.tambon, self.amphoe = moo, name, tambon, amphoe
        self.province, self.postal, self.agency, self.chief, self.desk = (
            province,
            postal,
            agency,
            chief,
            desk,
        )

    @property
    def where(self) -> str:
        return f"บ้าน{self.name} หมู่ที่ {self.moo} ตำบล{self.tambon} อำเภอ{self.amphoe} จังหวัด{self.province}"


KK = Village("7", "โนนม่วง", "บ้านเป็ด", "เมืองขอนแก่น", "ขอนแก่น", "40000",
             "เทศบาลตำบลบ้านเป็ด", "นายกเทศมนตรีตำบลบ้านเป็ด", "saraban@banpet.example.go.th")  # fmt: skip
UD = Village("5", "หนองตูม", "นาดี", "เมืองอุดรธานี", "อุดรธานี", "41000",
             "องค์การบริหารส่วนตำบลนาดี", "นายกองค์การบริหารส่วนตำบลนาดี", "saraban@nadee-udon.example.go.th")  # fmt: skip
CM = Village("3", "ต้นแหน", "หนองควาย", "หางดง", "เชียงใหม่", "50230",
             "เทศบาลตำบลหนองควาย", "นายกเทศมนตรีตำบลหนองควาย", "saraban@nongkwai.example.go.th")  # fmt: skip
VILLAGES = (KK, UD, CM)


def V(
    v: Village, title: str, first: str, last: str, nid12: str, phone: str, email: str, house: str
) -> Party:
    return P(title, first, last, nid12, NONE, phone, email, house, v.moo, "", "", v.tambon, v.amphoe, v.province, v.postal)  # fmt: skip


# Six villagers in each village (the order is the order they sign in unless a style turns it).
FOLK: dict[str, tuple[Party, ...]] = {
    "KK": (
        V(KK, "นาย", "บุญมา", "ศรีสุวรรณ", "340010045218", "0817390452", "boonma.ss@gmail.com", "12"),
        V(KK, "นาง", "คำปุน", "พลราช", "340010052731", "0862241907", "", "45/1"),
        V(
            KK,
            "นาย",
            "สมหมาย",
            "แสนทวีสุข",
            "340010061194",
            "0934471265",
            "sommai.st@hotmail.com",
            "88",
        ),
        V(
            KK,
            "นางสาว",
            "อรวรรณ",
            "ภูผาทอง",
            "340990033817",
            "0649025518",
            "orawan.pp@gmail.com",
            "103",
        ),
        V(KK, "นาย", "ทองใบ", "โคตรสมบัติ", "340010027750", "0856612093", "", "7"),
        V(
            KK,
            "นาง",
            "ละเอียด",
            "ชาวนาเหนือ",
            "340010039926",
            "0898824716",
            "laiad.cn@gmail.com",
            "150/3",
        ),
    ),
    "UD": (
        V(
            UD,
            "นาย",
            "ประสิทธิ์",
            "บุตรดีสุวรรณ",
            "341020018835",
            "0815562047",
            "prasit.bd@gmail.com",
            "21",
        ),
        V(
            UD,
            "นาง",
            "สุดารัตน์",
            "วงศ์คำจันทร์",
            "341020044672",
            "0873309126",
            "sudarat.wk@yahoo.com",
            "9/2",
        ),
        V(UD, "นาย", "เสถียร", "ไชยมงคล", "341020057129", "0926640381", "", "56"),
        V(UD, "นาง", "บัวลอง", "ศรีหาบุตร", "341020062284", "0812276590", "", "134"),
        V(
            UD,
            "นาย",
            "วิเชียร",
            "นามวงศ์",
            "341990015503",
            "0954413728",
            "wichian.nw@gmail.com",
            "77/5",
        ),
        V(
            UD,
            "นางสาว",
            "จันทร์เพ็ญ",
            "มาตย์วิเศษ",
            "341020070416",
            "0637718802",
            "janpen.mw@gmail.com",
            "3",
        ),
    ),
    "CM": (
        V(CM, "นาย", "อินทร", "คำมูล", "350150036614", "0819927304", "intorn.km@gmail.com", "68"),
        V(CM, "นาง", "บัวคำ", "ใจมา", "350150041198", "0845501762", "", "14/2"),
        V(
            CM,
            "นาย",
            "ศรีวรรณ",
            "ปัญญาวงค์",
            "350150052773",
            "0898830415",
            "sriwan.py@hotmail.com",
            "201",
        ),
        V(
            CM,
            "นางสาว",
            "ปวีณา",
            "อุ่นเรือน",
            "350990024361",
            "0627714589",
            "paweena.ur@gmail.com",
            "5",
        ),
        V(CM, "นาย", "ดวงดี", "สมใจ", "350150019045", "0861138820", "", "119"),
        V(
            CM,
            "นาง",
            "แสงเดือน",
            "ตาคำ",
            "350150066527",
            "0935562108",
            "saengduen.tk@gmail.com",
            "33/7",
        ),
    ),
}
KEY = {id(KK): "KK", id(UD): "UD", id(CM): "CM"}

# Each village's mosque committee: the imam (its chairman) and its secretary.
MOSQUE: dict[str, tuple[Party, Party]] = {
    "KK": (
        V(
            KK,
            "นาย",
            "อับดุลเลาะห์",
            "หมัดอะหลี",
            "340010080147",
            "0819046623",
            "abdullah.ml@gmail.com",
            "301",
        ),
        V(KK, "นาย", "สุไลมาน", "เส็นหลี", "340010081238", "0867730915", "", "305"),
    ),
    "UD": (
        V(UD, "นาย", "ยูซุฟ", "มะหะหมัด", "341020083351", "0894418206", "", "62"),
        V(UD, "นาย", "ฮาซัน", "ดาวเรือง", "341020084462", "0956621847", "hasan.dr@gmail.com", "64/1"),
    ),
    "CM": (
        V(
            CM,
            "นาย",
            "อิสมาแอล",
            "บินหมาน",
            "350150085573",
            "0813376504",
            "ismael.bm@hotmail.com",
            "240",
        ),
        V(CM, "นาย", "มูฮัมหมัด", "สุขประเสริฐ", "350150086684", "0885509213", "", "242"),
    ),
}

# Two more women in each village for a housewives' group's committee.
MORE_WOMEN: dict[str, tuple[Party, Party]] = {
    "KK": (
        V(KK, "นาง", "หนูเพียร", "ศรีบุญเรือง", "340010090716", "0831247765", "", "66"),
        V(KK, "นาง", "สมพิศ", "ทองวิเศษ", "340010091827", "0804417392", "", "19/4"),
    ),
    "UD": (
        V(UD, "นาง", "ทองสุข", "พรมมา", "341020092938", "0821106548", "", "40"),
        V(UD, "นาง", "วันเพ็ญ", "โพธิ์ศรี", "341020093049", "0616628830", "", "88/1"),
    ),
    "CM": (
        V(CM, "นาง", "จันทร์ดี", "วงค์ษา", "350150094150", "0875512094", "", "72"),
        V(CM, "นาง", "ศรีนวล", "อินต๊ะ", "350150095261", "0631128457", "", "150"),
    ),
}


def women(v: Village, turn: int) -> list[Party]:
    """The village's five women, turned."""
    w = [x for x in FOLK[KEY[id(v)]] if x.p.title != "นาย"] + list(MORE_WOMEN[KEY[id(v)]])
    return [w[(turn + k) % len(w)] for k in range(len(w))]


# Others who are never the applicant: headmen, recorders, school directors, teachers, grandchildren.
HEADMAN = {"KK": ("นายสุพจน์ แก้วบุญเรือง", "0816624015", "supot.kbr@gmail.com"),
           "UD": ("นายไพรวัลย์ ทองสา", "0897713062", "praiwan.ts@gmail.com"),
           "CM": ("นายจำรัส อินต๊ะวงค์", "0852214496", "jamras.iw@gmail.com")}  # fmt: skip
SCHOOL = {"KK": ("โรงเรียนบ้านโนนม่วง", "043-306-118", "นายวีระชัย ดวงแก้ว", "1040010712"),
          "UD": ("โรงเรียนบ้านหนองตูม", "042-119-640", "นางพัชรินทร์ สายทอง", "1041020508"),
          "CM": ("โรงเรียนบ้านต้นแหน", "053-441-207", "นายเกรียงไกร ปัญโญ", "1050150331")}  # fmt: skip
TEACHER = ("นางสาวกนกวรรณ ศรีบุญ", "0918813406", "kanokwan.sb@school.example.ac.th")
GRANDCHILD = ("ฟ้า", "0982216734", "faa.noey2547@gmail.com")


def folk(v: Village, turn: int) -> list[Party]:
    """The village's six, turned so a different one signs first in each case."""
    f = FOLK[KEY[id(v)]]
    return [f[(turn + k) % len(f)] for k in range(len(f))]


def message(v: Village, n: int, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = v.desk
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 11, 20 + n % 9, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set71-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


def shared(v: Village, i: int) -> str:
    """The village's shared box (the community hall's, a shop's): nobody's own."""
    return f"Ban {KEY[id(v)]} moo {v.moo} <moo{v.moo}.{KEY[id(v)].lower()}.{i}@example.net>"


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


NO_BIRTH = "full_name national_id phone email address postal_code province"
NO_MAIL = "full_name national_id phone address postal_code province"


def applicant(
    a: Party, *, sends: bool, phone: bool = True, nid: bool = True
) -> dict[str, tuple[str, ...]]:
    """The applicant's expected values: e-mail his only where he sends from it (else `()`,
    another's box sends), phone `()` where his is not given, national_id `()` where only
    others' IDs appear."""
    e = exp(a, NO_BIRTH)
    if sends:
        if not a.p.email:
            e.pop("email")
    else:
        e["email"] = ()
    if not phone:
        e["phone"] = ()
    if not nid:
        e["national_id"] = ()
    return e


WHO: dict[str, str] = {
    "plain_petition_rep_named": "the ผู้แทน named in the text (third signer); the other signers never",
    "plain_petition_pasted_first_signer": "the first signer (no one named); never the grandchild who types and sends",
    "plain_housewives_group": "the group's chairman; never the secretary who sends, the treasurer",
    "plain_mosque_committee": "the imam, chairman of the mosque's committee, who signs; the mosque's place never his home",
    "plain_reply_with_minutes": "the representative the meeting elected; the headman presiding, the recorder, the quoted officer never",
    "html_gmail_signers_table": "the ผู้ประสานงาน the text names (row 2 of the table); row 1 never",
    "html_outlook_parents_network": "the parents' network's chairman; the school director, the teacher who sends never",
    "html_eservice_group_request": "the ผู้ยื่นคำร้อง (ตัวแทนกลุ่ม) block; the co-signers' rows never",
    "html_gmail_headman_forward": "the ตัวแทนชาวบ้าน named in the forwarded petition; the headman who forwards never",
    "docx_petition_signers_table": "row 1 of the signers' table (no one named); the rest never",
    "docx_community_org_letter": "the organisation's chairman who signs; the secretary, treasurer in the committee table never",
    "docx_request_with_minutes": "the ตัวแทนชาวบ้าน the letter names (elected in the minutes); the headman who presides, the recorder never",
    "docx_temple_festival_committee": "the festival committee's chairman who signs; the abbot (adviser), the secretary never",
    "pdf_typed_petition_rep": "the ผู้แทน named in the letter (not the first signer)",
    "pdf_fillable_group_form": "the chair_* fields; secretary_* and treasurer_* never",
    "pdf_typed_parents_crossing": "the parents' network's chairman; the director who endorses never",
    "pdf_fillable_joint_petition": "ผู้ร้องคนที่ 1; ผู้ร้องคนที่ 2 and 3 never",
    "xlsx_signers_rep_marked": "the row marked ผู้แทน in หมายเหตุ; the other rows never",
    "xlsx_housewives_committee": "the ประธาน row; the treasurer who sends, the other rows never",
    "xlsx_petition_first_signer": "row 1 (no one marked); the daughter who sends never",
}


def signer_lines(people: list[Party], i: int, *, phones: bool = True) -> list[str]:
    out = []
    for n, s in enumerate(people, 1):
        tel = f" โทร {mobile(s.p.mobile, i + n)}" if phones else ""
        out.append(
            f"{n}. {s.name} เลขบัตร {nid_w(s.p.nid, i + n)} บ้านเลขที่ {s.p.house}{tel} ลงชื่อ {s.p.first}"
        )
    return out


# --- plain ---------------------------------------------------------------------------------


def plain_petition_rep_named(v: Village, i: int) -> Case:
    """Villagers ask the road to the fields mended, typed in the rep's phone mail: the
    signers as numbered lines; 'ขอมอบหมายให้ <third> เป็นผู้แทน' below them."""
    ppl = folk(v, i)[:5]
    rep = ppl[2]
    text = (
        f"เรียน {v.chief}\n\nเรื่อง ขอให้ซ่อมแซมถนนลูกรังเข้าพื้นที่การเกษตร\n\n"
        f"พวกข้าพเจ้าชาวบ้าน{v.where} ได้รับความเดือดร้อนจากถนนลูกรังสายคันนาไปหนองน้ำสาธารณะ ระยะทางประมาณ 1,200 เมตร "
        "ถูกน้ำกัดเซาะเป็นหลุมลึก รถไถและรถเกี่ยวข้าวเข้าไม่ได้ จึงขอให้ลงหินคลุกและปรับเกรดก่อนฤดูเก็บเกี่ยว\n\n"
        "รายชื่อผู้ร่วมร้อง\n" + "\n".join(signer_lines(ppl, i)) + "\n\n"
        f"ทั้งนี้พวกข้าพเจ้าขอมอบหมายให้ {rep.name} (ลำดับที่ 3) เป็นผู้แทนในการติดต่อประสานงาน "
        f"ติดต่อได้ที่ {mobile(rep.p.mobile, i)}\n\nจึงเรียนมาเพื่อโปรดพิจารณา\n{rep.name}\nผู้แทนชาวบ้าน\n\nส่งจาก iPhone ของฉัน\n"
    )
    e = applicant(rep, sends=bool(rep.p.email))
    sender = box(rep) if rep.p.email else shared(v, i)
    if not rep.p.email:
        e["email"] = ()
    raw = message(v, i, "ร้องขอซ่อมถนนเข้าพื้นที่การเกษตร", sender, text=text)
    return Case("plain_petition_rep_named", raw, e)


def plain_petition_pasted_first_signer(v: Village, i: int) -> Case:
    """A grandchild types her grandmother's village's petition for street lights from her
    phone: the signers' table pasted from a sheet (tabs), no representative named; her own
    nickname and phone at the foot."""
    ppl = folk(v, i + 1)[:4]
    first = ppl[0]
    rows = ["ลำดับ\tชื่อ-สกุล\tเลขบัตรประชาชน\tบ้านเลขที่\tเบอร์โทร\tลายมือชื่อ"]
    rows += [
        f"{n}\t{s.name}\t{nid_w(s.p.nid, i + n)}\t{s.p.house}\t{s.p.mobile}\t(ลงชื่อแล้ว)"
        for n, s in enumerate(ppl, 1)
    ]
    text = (
        f"เรียน {v.chief}\nหนูพิมพ์แทนยายและเพื่อนบ้านค่ะ\n\n"
        f"ชาวบ้าน{v.where} ขอให้ติดตั้งไฟส่องสว่างทางสาธารณะ ซอยข้างศาลาประชาคม 6 จุด เพราะมืดมาก "
        f"มีคนถูกงูกัดเมื่อวันที่ 3 ตุลาคม 2569 ค่ะ เสาไฟฟ้าหมายเลข ขก.{2210 + i} ถึง ขก.{2216 + i}\n\n"
        + "\n".join(rows)
        + f"\n\nถ้ามีอะไรโทรหาหนูได้ค่ะ {GRANDCHILD[0]} {mobile(GRANDCHILD[1], i)}\n\nส่งจาก Samsung Galaxy สมาร์ทโฟนของฉัน\n"
    )
    raw = message(v, i, "ขอไฟทางค่ะ", f"Faa Noey <{GRANDCHILD[2]}>", text=text)
    return Case("plain_petition_pasted_first_signer", raw, applicant(first, sends=False))


def plain_housewives_group(v: Village, i: int) -> Case:
    """A housewives' group asks support for a training in making fish sauce: its
    committee (chairman, secretary, treasurer) with phones; the secretary sends from her
    Yahoo box."""
    ppl = women(v, i + 2)
    chair, sec, tre = ppl[0], ppl[1], ppl[2]
    text = (
        f"เรียน {v.chief}\n\nกลุ่มแม่บ้านเกษตรกร{v.where} ขอรับการสนับสนุนงบประมาณจัดอบรมการแปรรูปปลาร้าและน้ำพริก "
        f"สมาชิก 32 คน วันที่ {14 + i % 10} มกราคม 2570 งบประมาณ 18,500 บาท\n\n"
        "คณะกรรมการกลุ่ม\n"
        f"ประธานกลุ่ม {chair.name} บ้านเลขที่ {home(chair, i)} โทร {mobile(chair.p.mobile, i)}\n"
        f"เลขานุการ {sec.name} โทร {mobile(sec.p.mobile, i + 1)}\n"
        f"เหรัญญิก {tre.name} โทร {mobile(tre.p.mobile, i + 2)}\n"
        f"เลขประจำตัวประชาชนประธาน {nid_w(chair.p.nid, i)}\n\n"
        f"(ลงชื่อ) {chair.name} ประธานกลุ่มแม่บ้าน\n\nพิมพ์ส่งโดย {sec.name} เลขานุการกลุ่ม\nส่งจาก Yahoo Mail บน Android\n"
    )
    raw = message(
        v, i, "ขอสนับสนุนงบอบรมกลุ่มแม่บ้าน", f"{sec.p.first} <secretary.group{i}@yahoo.com>", text=text
    )
    return Case("plain_housewives_group", raw, applicant(chair, sends=False))


def plain_mosque_committee(v: Village, i: int) -> Case:
    """A mosque's committee asks the lights and the drain before the mosque mended before
    Ramadan: the mosque's place first, then the imam (chairman) with his ID, home, mobile;
    the committee's secretary named with his mobile."""
    imam, sec = MOSQUE[KEY[id(v)]]
    mosque = f"มัสยิดนูรุ้ลฮูดา ตั้งอยู่เลขที่ {300 + i} หมู่ที่ {v.moo} ตำบล{v.tambon} อำเภอ{v.amphoe} จังหวัด{v.province} {v.postal}"
    text = (
        f"อัสลามูอะลัยกุม\nเรียน {v.chief}\n\nคณะกรรมการอิสลามประจำ{mosque} "
        "ขอความอนุเคราะห์ซ่อมไฟฟ้าส่องสว่างและลอกท่อระบายน้ำหน้ามัสยิด เนื่องจากใกล้เดือนรอมฎอน มีผู้มาละหมาดกลางคืนจำนวนมาก\n\n"
        f"{me(imam)} {imam.name} อิหม่ามและประธานคณะกรรมการ เลขประจำตัวประชาชน {nid_w(imam.p.nid, i)} "
        f"อยู่บ้านเลขที่ {home(imam, i + 1)} มือถือ {mobile(imam.p.mobile, i)}\n"
        f"เลขานุการคณะกรรมการ {sec.name} โทร {mobile(sec.p.mobile, i + 2)}\n"
        f"ทะเบียนมัสยิดเลขที่ {40 + i}\n\nวัสสลาม\n{imam.name}\n"
    )
    e = applicant(imam, sends=bool(imam.p.email))
    sender = box(imam) if imam.p.email else f"Masjid Nurulhuda <nurulhuda{i}@example.net>"
    if not imam.p.email:
        e["email"] = ()
    raw = message(v, i, "ขอซ่อมไฟและลอกท่อหน้ามัสยิด", sender, text=text)
    return Case("plain_mosque_committee", raw, e)


def plain_reply_with_minutes(v: Village, i: int) -> Case:
    """A reply to the agency's ask for the minutes and the representative: the rep's
    lines, then the minutes pasted (headman presiding, the attendees, the recorder), the
    officer's quoted mail below."""
    ppl = folk(v, i + 4)
    rep, rec = ppl[1], ppl[3]
    head, hmob, _ = HEADMAN[KEY[id(v)]]
    text = (
        f"เรียน เจ้าหน้าที่กองช่าง\n\nตามที่ขอรายงานการประชุมและข้อมูลผู้แทน ส่งให้ตามนี้{ending(rep)}\n"
        f"ผู้แทนชาวบ้าน: {rep.name}\nเลขประจำตัวประชาชน: {nid_w(rep.p.nid, i)}\nที่อยู่: {home(rep, i + 1)}\nโทร: {mobile(rep.p.mobile, i)}\n\n"
        f"---- รายงานการประชุมประชาคมหมู่บ้าน ครั้งที่ {3 + i % 4}/2569 ----\n"
        f"วันที่ 15 พฤศจิกายน 2569 ณ ศาลาประชาคมบ้าน{v.name}\n"
        f"ผู้มาประชุม 47 คน ประธานที่ประชุม {head} ผู้ใหญ่บ้าน (โทร {mobile(hmob, i)})\n"
        "วาระที่ 3 ขอขยายเขตประปาหมู่บ้าน ที่ประชุมมีมติเห็นชอบ และเลือก "
        f"{rep.name} เป็นผู้แทนยื่นเรื่องต่อ{v.agency}\n"
        f"ผู้บันทึกรายงานการประชุม {rec.name} เลขบัตร {nid_w(rec.p.nid, i + 1)} โทร {mobile(rec.p.mobile, i + 1)}\n\n"
        f"{rep.name}\n\n"
        f"เมื่อ {20 + i % 5} พ.ย. 2569 เวลา 10:15 กองช่าง {v.agency} <{v.desk}> เขียนว่า:\n"
        "> เรียน ผู้ยื่นคำร้อง\n> กรุณาส่งรายงานการประชุมประชาคมและข้อมูลผู้แทน (ชื่อ เลขบัตร ที่อยู่ เบอร์โทร)\n"
        "> นางสาวศิริพร ทองดี นักวิชาการ โทร 043-202-118\n"
    )
    e = applicant(rep, sends=bool(rep.p.email))
    sender = box(rep) if rep.p.email else shared(v, i)
    if not rep.p.email:
        e["email"] = ()
    raw = message(v, i, "Re: ขอขยายเขตประปาหมู่บ้าน", sender, text=text)
    return Case("plain_reply_with_minutes", raw, e)


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_signers_table(v: Village, i: int) -> Case:
    """A Gmail petition about a pig farm's smell: a table of signers (ลำดับ, name, ID,
    house, phone, signature), the text naming row 2 as ผู้ประสานงาน; sent by row 1."""
    ppl = folk(v, i + 5)[:5]
    rep, first = ppl[1], ppl[0]
    rows = "".join(f"<tr><td>{n}</td><td>{s.name}</td><td>{nid_w(s.p.nid, n + i)}</td><td>{s.p.house}</td>"
                   f"<td>{mobile(s.p.mobile, n)}</td><td>{s.p.first}</td></tr>" for n, s in enumerate(ppl, 1))  # fmt: skip
    html = (
        f'<div dir="ltr"><div>เรียน {v.chief}</div><br><div>พวกข้าพเจ้าชาวบ้าน{v.where} '
        f"ขอร้องเรียนกลิ่นเหม็นจากฟาร์มสุกรท้ายหมู่บ้าน ซึ่งเปิดมาตั้งแต่เดือนสิงหาคม 2569 ขอให้ตรวจสอบและแก้ไข</div><br>"
        f"<div>ขอให้ติดต่อกลับที่ผู้ประสานงาน คือ <b>{rep.name}</b> (ลำดับที่ 2) โทร {mobile(rep.p.mobile, i + 2)}</div><br>"
        "<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th>ลำดับ</th><th>ชื่อ-สกุล</th>"
        f"<th>เลขประจำตัวประชาชน</th><th>บ้านเลขที่</th><th>โทรศัพท์</th><th>ลายมือชื่อ</th></tr>{rows}</table><br>"
        f"<div>ขอแสดงความนับถือ</div><div>ชาวบ้านหมู่ที่ {v.moo}</div></div>\n"
    )
    sender = box(first) if first.p.email else shared(v, i)
    raw = message(v, i, "ร้องเรียนกลิ่นฟาร์มหมู", sender, html=html)
    return Case("html_gmail_signers_table", raw, applicant(rep, sends=False))


def html_outlook_parents_network(v: Village, i: int) -> Case:
    """A teacher sends from the school's Outlook the parents' network's request for a
    zebra crossing and a flashing light before the school: the network's chairman signs
    (his ID, home, mobile), the director endorses; the teacher's signature."""
    ppl = folk(v, i + 1)
    chair, vice = ppl[2], ppl[4]
    school, line, director, code = SCHOOL[KEY[id(v)]]
    paras = [f"เรียน {v.chief}", "",
             f"ด้วยเครือข่ายผู้ปกครอง{school} (รหัสสถานศึกษา {code}) ขอให้ตีเส้นทางม้าลาย ติดตั้งไฟกะพริบเตือน "
             f"และป้ายลดความเร็วหน้าโรงเรียนบนทางหลวงชนบท เนื่องจากมีนักเรียนถูกรถเฉี่ยวเมื่อวันที่ {4 + i} พฤศจิกายน 2569",
             "", f"ผู้ยื่นคำร้อง: {chair.name} ประธานเครือข่ายผู้ปกครอง เลขประจำตัวประชาชน {nid_w(chair.p.nid, i + 1)}",
             f"ที่อยู่ {home(chair, i)} โทร {mobile(chair.p.mobile, i + 3)}",
             f"รองประธานเครือข่าย {vice.name} โทร {mobile(vice.p.mobile, i)}", "",
             f"เห็นชอบ {director} ผู้อำนวยการ{school} โทร {line}", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<p class="MsoNormal">{TEACHER[0]}<br>ครูฝ่ายกิจการนักเรียน {school}<br>โทร {line} | {mobile(TEACHER[1], i)}<br>'
           f'<a href="mailto:{TEACHER[2]}">{TEACHER[2]}</a></p>')  # fmt: skip
    raw = message(
        v,
        i,
        "ขอทางม้าลายและไฟกะพริบหน้าโรงเรียน",
        f"{TEACHER[0]} <{TEACHER[2]}>",
        html=outlook_html(paras, sig),
    )
    return Case("html_outlook_parents_network", raw, applicant(chair, sends=False))


def html_eservice_group_request(v: Village, i: int) -> Case:
    """The agency's e-service notification from no-reply: a table with the ผู้ยื่นคำร้อง
    (ตัวแทนกลุ่ม) block, then the co-signers' rows with their IDs and phones."""
    ppl = folk(v, i + 2)[:4]
    rep = ppl[3]
    head = [("เลขที่คำร้อง", f"ER-2569-{11040 + i}"), ("ประเภท", "คำร้องขอรับการช่วยเหลือ (กลุ่ม/ชุมชน)"),
            ("ผู้ยื่นคำร้อง (ตัวแทนกลุ่ม)", rep.name), ("เลขประจำตัวประชาชน", rep.p.nid), ("โทรศัพท์", rep.p.mobile),
            ("อีเมล", rep.p.email or "-"), ("ที่อยู่", home(rep, i)),
            ("รายละเอียด", "ขอรถบรรทุกน้ำแจกจ่ายน้ำอุปโภค เนื่องจากประปาหมู่บ้านใช้การไม่ได้ 2 สัปดาห์")]  # fmt: skip
    t1 = "".join(f"<tr><th align='left'>{k}</th><td>{x}</td></tr>" for k, x in head)
    t2 = "".join(f"<tr><td>{n}</td><td>{s.name}</td><td>{s.p.nid}</td><td>{s.p.house}</td><td>{s.p.mobile}</td></tr>"
                 for n, s in enumerate(ppl[:3], 1))  # fmt: skip
    html = (f'<html><body style="font-family:sans-serif"><h3>{v.agency} - ระบบรับคำร้องออนไลน์</h3>'
            f"<p>มีคำร้องใหม่ วันที่ {20 + i % 8}/11/2569 เวลา 09:{10 + i}</p><table border='1'>{t1}</table>"
            "<p>ผู้ร่วมลงชื่อ</p><table border='1'><tr><th>#</th><th>ชื่อ-สกุล</th><th>เลขบัตร</th><th>บ้านเลขที่</th><th>โทร</th></tr>"
            f"{t2}</table><p>อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        v,
        i,
        f"[e-Service] คำร้องใหม่ ER-2569-{11040 + i}",
        f"e-Service <no-reply@{v.desk.split('@')[1]}>",
        html=html,
    )
    e = applicant(rep, sends=True)
    return Case("html_eservice_group_request", raw, e)


def html_gmail_headman_forward(v: Village, i: int) -> Case:
    """The headman forwards from his Gmail his villagers' petition about a broken culvert:
    his note and signature (mobile) above; the petition names its ตัวแทนชาวบ้าน (his ID,
    home, phone) and lists three more signers."""
    ppl = folk(v, i + 3)[:4]
    rep = ppl[0] if i % 2 else ppl[2]
    head, hmob, hbox = HEADMAN[KEY[id(v)]]
    lines = [f"เรียน {v.chief}", "<br>", "ส่งหนังสือร้องขอของลูกบ้านมาให้พิจารณาครับ ผมรับรองว่าเดือดร้อนจริง", "<br>",
             head, f"ผู้ใหญ่บ้าน{v.name} หมู่ที่ {v.moo}", f"โทร {mobile(hmob, i)}", "<br>",
             "---------- Forwarded message ---------", f"From: {rep.p.first} &lt;{rep.p.email or 'villager@example.net'}&gt;",
             "Subject: ขอซ่อมท่อลอดเหลี่ยม", "<br>",
             f"เรียน ผู้ใหญ่บ้าน และ{v.chief}", f"ท่อลอดเหลี่ยมข้ามลำห้วยทรายบ้าน{v.name}พังเมื่อวันที่ 2 พฤศจิกายน 2569 รถผ่านไม่ได้",
             f"ตัวแทนชาวบ้าน {rep.name} เลขบัตรประชาชน {nid_w(rep.p.nid, i)} ที่อยู่ {home(rep, i + 1)} โทร {mobile(rep.p.mobile, i + 1)}",
             "ผู้ร่วมลงชื่อ"] + [f"- {s.name} บ้านเลขที่ {s.p.house} โทร {s.p.mobile}" for s in ppl if s is not rep]  # fmt: skip
    body = "".join(f"<div>{x}</div>" for x in lines[:8])
    quoted = "".join(f"<div>{x}</div>" for x in lines[8:])
    html = f'<div dir="ltr">{body}<div class="gmail_quote">{quoted}</div></div>\n'
    raw = message(v, i, "Fwd: ขอซ่อมท่อลอดเหลี่ยม", f"{head[3:]} <{hbox}>", html=html)
    e = applicant(rep, sends=bool(rep.p.email))  # the forwarded mail came from his own box
    if not rep.p.email:
        e["email"] = ()
    return Case("html_gmail_headman_forward", raw, e)


# --- Word ----------------------------------------------------------------------------------


def docx_petition_signers_table(v: Village, i: int) -> Case:
    """A petition in Word against a sand pit's trucks (dust, a cracked road): the body
    speaks for the village; a table of six signers (no one named); sent by the third."""
    ppl = folk(v, i + 4)
    first, sender = ppl[0], ppl[2]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"หนังสือร้องเรียน\n\t\t\t\tเขียนที่ บ้าน{v.name}\n\t\t\t\t{18 + i % 9} พฤศจิกายน 2569"
        )
        d.add_paragraph(f"เรื่อง ขอให้ควบคุมรถบรรทุกดินและทรายเข้าหมู่บ้าน\nเรียน {v.chief}")
        d.add_paragraph(
            f"พวกข้าพเจ้าชาวบ้าน{v.where} ตามรายชื่อแนบท้าย ได้รับความเดือดร้อนจากรถบรรทุกของบ่อดินทรายที่วิ่งผ่านหมู่บ้าน "
            "วันละกว่า 60 เที่ยว ฝุ่นฟุ้งกระจาย ถนนคอนกรีตแตกร้าว จึงขอให้ตรวจสอบใบอนุญาตและจำกัดน้ำหนักรถ"
        )
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(
            t.rows[0].cells,
            ("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "โทรศัพท์", "ลายมือชื่อ"),
            strict=True,
        ):
            c.text = h
        for n, s in enumerate(ppl, 1):
            for c, x in zip(
                t.add_row().cells,
                (str(n), s.name, nid_w(s.p.nid, i + n), s.p.house, mobile(s.p.mobile, n), ""),
                strict=True,
            ):
                c.text = x
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ")

    e = applicant(first, sends=False)
    raw = message(v, i, "หนังสือร้องเรียนรถบรรทุกดิน", box(sender) if sender.p.email else shared(v, i),
                  text=f"เรียน {v.agency}\nส่งหนังสือร้องเรียนของชาวบ้านหมู่ {v.moo} ตามไฟล์แนบ\n",
                  files=(("หนังสือร้องเรียน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_petition_signers_table", raw, e)


def docx_community_org_letter(v: Village, i: int) -> Case:
    """A community organisation's letter (องค์กรชุมชน, its registration number) asking
    chairs and a sound system for a health day: a committee table (chairman, secretary,
    treasurer: IDs and phones); signed by the chairman; sent by the treasurer."""
    ppl = folk(v, i + 5)
    chair, sec, tre = ppl[3], ppl[0], ppl[1]

    def build(d: Any) -> None:
        d.add_paragraph(
            f"องค์กรชุมชนบ้าน{v.name}\nรหัสองค์กร พอช. 5-{34 + i}-{v.moo}-{1100 + i}\nที่ทำการ ศาลาประชาคมหมู่ที่ {v.moo} ตำบล{v.tambon}"
        )
        d.add_paragraph(f"ที่ อชช.{7 + i}/2569\t\t\t{21 + i % 7} พฤศจิกายน 2569")
        d.add_paragraph(f"เรื่อง ขอความอนุเคราะห์เก้าอี้และเครื่องเสียง\nเรียน {v.chief}")
        d.add_paragraph(
            f"ด้วยองค์กรชุมชนบ้าน{v.name} จะจัดงานวันสุขภาพชุมชน วันที่ {6 + i % 5} ธันวาคม 2569 ผู้ร่วมงานประมาณ 200 คน "
            "จึงขอยืมเก้าอี้ 200 ตัว เต็นท์ 4 หลัง และเครื่องเสียง 1 ชุด"
        )
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(
            t.rows[0].cells, ("ตำแหน่ง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "โทรศัพท์"), strict=True
        ):
            c.text = h
        for role, s in (("ประธาน", chair), ("เลขานุการ", sec), ("เหรัญญิก", tre)):
            for c, x in zip(
                t.add_row().cells,
                (role, s.name, nid_w(s.p.nid, i), mobile(s.p.mobile, i)),
                strict=True,
            ):
                c.text = x
        d.add_paragraph(f"ที่อยู่ประธาน {home(chair, i + 2)}")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n(ลงชื่อ)....................\n({chair.name})\nประธานองค์กรชุมชนบ้าน{v.name}"
        )

    raw = message(v, i, "ขอยืมเก้าอี้ เต็นท์ เครื่องเสียง", f"{tre.p.first} <treasurer.{KEY[id(v)].lower()}{i}@gmail.com>",
                  text="เรียน งานธุรการ\nส่งหนังสือองค์กรชุมชนค่ะ (เหรัญญิกส่งแทนประธาน)\n",
                  files=(("หนังสือขอยืม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_community_org_letter", raw, applicant(chair, sends=False))


def docx_request_with_minutes(v: Village, i: int) -> Case:
    """A request for a drinking-water tower in Word, the village meeting's minutes after
    it in the same file: the letter names the ตัวแทนชาวบ้าน (his ID, home, phone); the
    minutes list the headman presiding, the committee, the recorder's phone."""
    ppl = folk(v, i)
    rep, rec = ppl[4], ppl[1]
    head, hmob, _ = HEADMAN[KEY[id(v)]]

    def build(d: Any) -> None:
        d.add_paragraph(f"\t\t\t\tบ้าน{v.name} หมู่ที่ {v.moo}\n\t\t\t\t{24 + i % 5} พฤศจิกายน 2569")
        d.add_paragraph(
            f"เรื่อง ขอรับการสนับสนุนหอถังประปาหมู่บ้าน\nเรียน {v.chief}\nสิ่งที่ส่งมาด้วย รายงานการประชุมประชาคม 1 ชุด"
        )
        d.add_paragraph(
            f"ด้วยชาวบ้าน{v.where} ได้จัดประชุมประชาคมหมู่บ้านและมีมติขอรับการสนับสนุนหอถังประปาแบบถ้วยแชมเปญ "
            f"และได้เลือกข้าพเจ้า {rep.name} เลขประจำตัวประชาชน {nid_w(rep.p.nid, i + 2)} อยู่บ้านเลขที่ {home(rep, i + 1)} "
            f"โทรศัพท์ {mobile(rep.p.mobile, i + 2)} เป็นตัวแทนชาวบ้านในการยื่นคำร้องและประสานงาน"
        )
        d.add_paragraph(
            f"จึงเรียนมาเพื่อโปรดพิจารณา\n\nลงชื่อ....................ตัวแทนชาวบ้าน\n({rep.name})"
        )
        d.add_page_break()
        d.add_paragraph(
            f"รายงานการประชุมประชาคมหมู่บ้าน{v.name} หมู่ที่ {v.moo}\nวันที่ 16 พฤศจิกายน 2569 เวลา 19.00 น. ณ ศาลาประชาคม"
        )
        d.add_paragraph(f"ผู้มาประชุม 63 คน\nประธานในที่ประชุม {head} ผู้ใหญ่บ้าน โทร {mobile(hmob, i + 1)}")
        d.add_paragraph(
            "วาระที่ 1 เรื่องแจ้งเพื่อทราบ\nวาระที่ 2 ขอหอถังประปา ที่ประชุมมีมติเห็นชอบเป็นเอกฉันท์ "
            f"และเลือก {rep.name} เป็นตัวแทนชาวบ้าน\nปิดประชุมเวลา 20.30 น."
        )
        d.add_paragraph(
            f"ลงชื่อ....................ผู้บันทึกรายงานการประชุม\n({rec.name})\nเลขประจำตัวประชาชน {nid_w(rec.p.nid, i)} โทร {mobile(rec.p.mobile, i)}\n\n"
            f"ลงชื่อ....................ผู้ตรวจรายงานการประชุม\n({head})\nผู้ใหญ่บ้าน"
        )

    e = applicant(rep, sends=bool(rep.p.email))
    sender = box(rep) if rep.p.email else shared(v, i)
    if not rep.p.email:
        e["email"] = ()
    raw = message(v, i, "ขอหอถังประปา พร้อมรายงานการประชุมประชาคม", sender,
                  text=f"เรียน {v.agency}\nแนบหนังสือขอหอถังประปาและรายงานการประชุม\n",
                  files=(("ขอหอถังประปา_รายงานประชุม.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_request_with_minutes", raw, e)


def docx_temple_festival_committee(v: Village, i: int) -> Case:
    """A temple festival's committee (ประเพณีบุญบั้งไฟ / ยี่เป็ง) asks to close the road
    and borrow tents: the abbot as adviser, the committee's chairman (a layman) signs with
    his ID, home and mobile; the secretary's phone for the day."""
    ppl = folk(v, i + 2)
    chair, sec = ppl[5], ppl[0]
    fest = "ยี่เป็ง" if v is CM else "บุญบั้งไฟ"

    def build(d: Any) -> None:
        d.add_paragraph(f"คณะกรรมการจัดงานประเพณี{fest} วัดบ้าน{v.name}\n{v.where}")
        d.add_paragraph(f"เรื่อง ขออนุญาตปิดถนนและขอยืมเต็นท์\nเรียน {v.chief}")
        d.add_paragraph(
            f"ด้วยวัดบ้าน{v.name} โดยพระครูวิมลธรรมรัต เจ้าอาวาส (ที่ปรึกษา) และคณะกรรมการจัดงาน จะจัดงานประเพณี{fest} "
            f"ระหว่างวันที่ {10 + i % 5}-{12 + i % 5} ธันวาคม 2569 จึงขออนุญาตปิดถนนหน้าวัดช่วงเวลา 17.00-23.00 น. และขอยืมเต็นท์ 8 หลัง"
        )
        d.add_paragraph(
            f"ข้าพเจ้า {chair.name} ประธานคณะกรรมการจัดงาน เลขประจำตัวประชาชน {nid_w(chair.p.nid, i + 1)} "
            f"ที่อยู่ {home(chair, i)} โทรศัพท์ {mobile(chair.p.mobile, i + 1)} ขอรับผิดชอบดูแลความเรียบร้อย"
        )
        d.add_paragraph(f"วันงานติดต่อเลขานุการ {sec.name} โทร {mobile(sec.p.mobile, i + 3)}")
        d.add_paragraph(
            f"ขอแสดงความนับถือ\n\n(ลงชื่อ)....................\n({chair.name})\nประธานคณะกรรมการจัดงาน"
        )

    raw = message(v, i, f"ขออนุญาตปิดถนนงาน{fest}", f"Wat Ban {v.name} <wat.{KEY[id(v)].lower()}.{i}@gmail.com>",
                  text=f"เรียน {v.agency}\nส่งหนังสือคณะกรรมการจัดงาน{fest}ครับ\n",
                  files=(("ขอปิดถนน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_temple_festival_committee", raw, applicant(chair, sends=False))


# --- PDF -----------------------------------------------------------------------------------


def pdf_typed_petition_rep(v: Village, i: int) -> Case:
    """A typed petition as a PDF asking the village's dirt road paved: the signers' list
    in lines (first signer row 1); the last paragraph names row 4 as ผู้แทน with his
    phone."""
    ppl = folk(v, i + 3)[:5]
    rep = ppl[3]
    paras: list[tuple[float, str]] = [(120, f"บ้าน{v.name} หมู่ที่ {v.moo}"), (120, f"{19 + i % 8} พฤศจิกายน 2569"), (0, ""),
             (20, "เรื่อง ขอให้ก่อสร้างถนนคอนกรีตเสริมเหล็ก"), (20, f"เรียน {v.chief}"), (0, ""),
             (30, f"พวกข้าพเจ้าชาวบ้าน{v.where} ตามรายชื่อข้างท้าย ขอให้ก่อสร้างถนนคอนกรีตเสริมเหล็กสายกลางหมู่บ้าน "
                  "กว้าง 5 เมตร ยาว 480 เมตร แทนถนนดินเดิมที่เป็นโคลนทุกฤดูฝน เด็กนักเรียนเดินทางลำบาก"),
             (30, f"และขอมอบให้ {rep.name} เลขประจำตัวประชาชน {nid_w(rep.p.nid, i)} บ้านเลขที่ {home(rep, i)} "
                  f"โทร {mobile(rep.p.mobile, i + 1)} เป็นผู้แทนของพวกข้าพเจ้า"), (0, ""),
             (20, "รายชื่อผู้ร่วมลงชื่อ")]  # fmt: skip
    paras += [(25, f"{n}. {s.name}  เลขบัตร {nid_w(s.p.nid, n)}  บ้านเลขที่ {s.p.house}  ลงชื่อ ......{s.p.first}......")
              for n, s in enumerate(ppl, 1)]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    e = applicant(rep, sends=False)
    raw = message(v, i, "ขอถนนคอนกรีต (หนังสือชาวบ้าน)", box(ppl[0]) if ppl[0].p.email else shared(v, i),
                  text=f"เรียน {v.agency}\nแนบหนังสือของชาวบ้านหมู่ {v.moo}\n", files=(("petition.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_petition_rep", raw, e)


def pdf_fillable_group_form(v: Village, i: int) -> Case:
    """The agency's fillable form for a group's support (English field names): the group,
    chair_*, secretary_*, treasurer_* sections, the project; sent by the secretary."""
    ppl = folk(v, i + 4)
    chair, sec, tre = ppl[2], ppl[5], ppl[3]
    labels = [(40, 18, f"แบบคำขอรับการสนับสนุนกลุ่ม/องค์กร {v.agency}"), (20, 32, "ชื่อกลุ่ม"),
              (20, 44, "ประธานกลุ่ม"), (20, 52, "เลขประจำตัวประชาชน"), (120, 52, "โทรศัพท์"), (20, 60, "ที่อยู่"),
              (20, 72, "เลขานุการ"), (20, 80, "เลขประจำตัวประชาชน"), (120, 80, "โทรศัพท์"),
              (20, 92, "เหรัญญิก"), (20, 100, "เลขประจำตัวประชาชน"), (120, 100, "โทรศัพท์"),
              (20, 112, "โครงการ"), (20, 140, "ลงชื่อ ........................ ประธานกลุ่ม")]  # fmt: skip
    fields = [Field("group_name", f"กลุ่มทอผ้าบ้าน{v.name}", 45, 32, 120),
              Field("chair_name", chair.name, 45, 44, 100), Field("chair_id", chair.p.nid, 60, 52, 55, comb=13),
              Field("chair_phone", mobile(chair.p.mobile, i), 135, 52, 45), Field("chair_address", home(chair, i), 35, 60, 160),
              Field("secretary_name", sec.name, 45, 72, 100), Field("secretary_id", nid_w(sec.p.nid, i), 60, 80, 55),
              Field("secretary_phone", mobile(sec.p.mobile, i + 1), 135, 80, 45),
              Field("treasurer_name", tre.name, 45, 92, 100), Field("treasurer_id", nid_w(tre.p.nid, i + 1), 60, 100, 55),
              Field("treasurer_phone", mobile(tre.p.mobile, i + 2), 135, 100, 45),
              Field("project", "ขอสนับสนุนกี่ทอผ้า 4 หลัง งบประมาณ 36,000 บาท", 45, 112, 150)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(v, i, "แบบคำขอสนับสนุนกลุ่มทอผ้า", f"{sec.p.first} <{sec.p.email or 'sec.group@example.net'}>",
                  text="ส่งแบบคำขอที่กรอกแล้ว (เลขากลุ่มส่งแทนประธาน)\n", files=(("group_form.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_group_form", raw, applicant(chair, sends=False))


def pdf_typed_parents_crossing(v: Village, i: int) -> Case:
    """The parents' network's typed letter (PDF) for a crossing with a guard and a speed
    hump: signed at the foot by the network's chairman (left) and endorsed by the school's
    director (right, the school's line); the chairman's lines in the body."""
    ppl = folk(v, i + 5)
    chair = ppl[4]
    school, line, director, code = SCHOOL[KEY[id(v)]]
    paras: list[tuple[float, str]] = [(20, f"เครือข่ายผู้ปกครอง{school}"), (20, f"{v.where} {v.postal}  โทร {line}"), (0, ""),
             (120, f"{25 + i % 4} พฤศจิกายน 2569"), (20, "เรื่อง ขอทางข้ามถนนและลูกระนาดหน้าโรงเรียน"), (20, f"เรียน {v.chief}"), (0, ""),
             (30, f"ด้วยเครือข่ายผู้ปกครองนักเรียน{school} มีนักเรียน 184 คน ต้องข้ามถนนสายหลักหน้าโรงเรียนทุกวัน "
                  "ขอให้จัดทำทางข้าม ลูกระนาด และป้ายเขตโรงเรียน"),
             (30, f"ผู้ประสานงาน {chair.name} ประธานเครือข่ายผู้ปกครอง เลขประจำตัวประชาชน {nid_w(chair.p.nid, i + 2)} "
                  f"อยู่บ้านเลขที่ {home(chair, i + 1)} โทร {mobile(chair.p.mobile, i)}"), (0, ""),
             (20, f"({chair.name})"), (20, "ประธานเครือข่ายผู้ปกครอง")]  # fmt: skip
    lines = flow(paras, 14, "Loma", step=8.5)
    y = lines[-1][1]
    lines += [(120, y - 8.5, f"({director})"), (120, y, f"ผู้อำนวยการ{school}")]
    data = pdf_page(lines, size=14, face="Loma")
    raw = message(v, i, "หนังสือเครือข่ายผู้ปกครอง ขอทางข้าม", f"{school} <school.{code}@obec.example.go.th>",
                  text=f"เรียน {v.agency}\nโรงเรียนส่งหนังสือของเครือข่ายผู้ปกครองค่ะ\n", files=(("parents_network.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_parents_crossing", raw, applicant(chair, sends=False))


def pdf_fillable_joint_petition(v: Village, i: int) -> Case:
    """The agency's fillable คำร้อง for several (Thai field names): ผู้ร้องคนที่ 1, 2, 3
    each with name, ID, house number, phone; the village below; the matter."""
    ppl = folk(v, i + 1)[:3]
    first = ppl[0]
    labels = [(60, 18, f"คำร้อง (กรณียื่นร่วมกันหลายคน) {v.agency}")]
    fields: list[Field] = []
    for n, s in enumerate(ppl, 1):
        y = 22 + 18 * n
        labels += [
            (20, y, f"ผู้ร้องคนที่ {n} ชื่อ-สกุล"),
            (20, y + 8, "เลขประจำตัวประชาชน"),
            (110, y + 8, "บ้านเลขที่"),
            (150, y + 8, "โทร"),
        ]
        fields += [Field(f"ผู้ร้องคนที่{n}_ชื่อ", s.name, 60, y, 100), Field(f"ผู้ร้องคนที่{n}_เลขบัตร", s.p.nid, 55, y + 8, 50, comb=13),
                   Field(f"ผู้ร้องคนที่{n}_บ้านเลขที่", s.p.house, 128, y + 8, 20), Field(f"ผู้ร้องคนที่{n}_โทร", s.p.mobile, 160, y + 8, 35)]  # fmt: skip
    labels += [(20, 100, "หมู่ที่"), (60, 100, "ตำบล"), (110, 100, "อำเภอ"), (20, 108, "จังหวัด"), (110, 108, "รหัสไปรษณีย์"),
               (20, 120, "เรื่องที่ร้อง")]  # fmt: skip
    fields += [Field("หมู่ที่", v.moo, 35, 100, 20), Field("ตำบล", v.tambon, 72, 100, 35), Field("อำเภอ", v.amphoe, 125, 100, 60),
               Field("จังหวัด", v.province, 35, 108, 60), Field("รหัสไปรษณีย์", v.postal, 140, 108, 30),
               Field("เรื่องที่ร้อง", "ขอให้กำจัดผักตบชวาและขุดลอกหนองน้ำสาธารณะของหมู่บ้าน", 50, 120, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    sender = box(ppl[1]) if ppl[1].p.email else shared(v, i)
    raw = message(
        v,
        i,
        "คำร้องร่วม ขอขุดลอกหนองน้ำ",
        sender,
        text="ส่งคำร้องที่กรอกแล้ว\n",
        files=(("คำร้องร่วม.pdf", data, PDF),),
    )
    return Case("pdf_fillable_joint_petition", raw, applicant(first, sends=False))


# --- sheets --------------------------------------------------------------------------------


def xlsx_signers_rep_marked(v: Village, i: int) -> Case:
    """A sheet of signers for a request to fix the village's loudspeaker tower: the
    village in the head, six rows, หมายเหตุ 'ผู้แทน' on row 4."""
    ppl = folk(v, i + 2)
    rep = ppl[3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อ"
        ws.append((f"รายชื่อผู้ร่วมลงชื่อขอซ่อมหอกระจายข่าว {v.where}",))
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", "โทรศัพท์", "หมายเหตุ"))
        for n, s in enumerate(ppl, 1):
            ws.append(
                (
                    n,
                    s.name,
                    nid_w(s.p.nid, n + i),
                    s.p.house,
                    mobile(s.p.mobile, n),
                    "ผู้แทน" if s is rep else "",
                )
            )

    raw = message(v, i, "รายชื่อชาวบ้าน ขอซ่อมหอกระจายข่าว", shared(v, i),
                  text="เรียน งานธุรการ\nแนบรายชื่อชาวบ้านที่ร่วมลงชื่อ ผู้แทนตามหมายเหตุ\n",
                  files=(("รายชื่อ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_signers_rep_marked", raw, applicant(rep, sends=False))


def xlsx_housewives_committee(v: Village, i: int) -> Case:
    """A housewives' group's committee sheet for registering the group with the agency:
    ตำแหน่ง (ประธาน, รองประธาน, เลขานุการ, เหรัญญิก, กรรมการ), IDs, homes, phones; the
    treasurer sends it."""
    ppl = women(v, i + 3)
    ppl = [ppl[1], ppl[0], *ppl[2:]]  # the vice-chairman's row typed first
    roles = ("รองประธาน", "ประธาน", "เลขานุการ", "เหรัญญิก", "กรรมการ")
    chair, tre = ppl[1], ppl[3]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "คณะกรรมการ"
        ws.append((f"ทะเบียนคณะกรรมการกลุ่มแม่บ้านบ้าน{v.name} หมู่ที่ {v.moo} ตำบล{v.tambon}",))
        ws.append(("ตำแหน่ง", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์"))
        for role, s in zip(roles, ppl, strict=True):
            ws.append((role, s.name, nid_w(s.p.nid, i), home(s, i), mobile(s.p.mobile, i)))
        ws.append(())
        ws.append(("จัดตั้งเมื่อ", "12/03/2558", "สมาชิก", 41))

    raw = message(v, i, "ส่งทะเบียนกรรมการกลุ่มแม่บ้าน", f"{tre.p.first} <treasurer.mb{i}@gmail.com>",
                  text="เรียน พัฒนาชุมชน\nส่งรายชื่อคณะกรรมการกลุ่มค่ะ (เหรัญญิก)\n", files=(("กรรมการกลุ่ม.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_housewives_committee", raw, applicant(chair, sends=False))


def xlsx_petition_first_signer(v: Village, i: int) -> Case:
    """A sheet of signers asking a speed hump at the village's bend (no one marked), the
    village in the head; a signer's daughter sends it from her box with her phone."""
    ppl = folk(v, i + 4)[:5]
    first = ppl[0]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "Sheet1"
        ws.append((f"ขอให้ทำลูกระนาดบริเวณทางโค้งกลางหมู่บ้าน {v.where}",))
        ws.append(())
        ws.append(("ที่", "ชื่อ", "นามสกุล", "เลขบัตรประชาชน", "บ้านเลขที่", "เบอร์โทร", "ลายเซ็น"))
        for n, s in enumerate(ppl, 1):
            ws.append((n, s.p.title + s.p.first, s.p.last, s.p.nid, s.p.house, s.p.mobile, "✓"))

    raw = message(v, i, "รายชื่อขอลูกระนาด", f"Ploy <ploy.daughter{i}@gmail.com>",
                  text=f"เรียน {v.agency}\nส่งรายชื่อชาวบ้านแทนแม่ค่ะ ติดต่อหนูได้ 0987714402\n",
                  files=(("รายชื่อขอลูกระนาด.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_petition_first_signer", raw, applicant(first, sends=False))


Style = Callable[[Village, int], Case]

STYLES: tuple[Style, ...] = (
    plain_petition_rep_named,
    plain_petition_pasted_first_signer,
    plain_housewives_group,
    plain_mosque_committee,
    plain_reply_with_minutes,
    html_gmail_signers_table,
    html_outlook_parents_network,
    html_eservice_group_request,
    html_gmail_headman_forward,
    docx_petition_signers_table,
    docx_community_org_letter,
    docx_request_with_minutes,
    docx_temple_festival_committee,
    pdf_typed_petition_rep,
    pdf_fillable_group_form,
    pdf_typed_parents_crossing,
    pdf_fillable_joint_petition,
    xlsx_signers_rep_marked,
    xlsx_housewives_committee,
    xlsx_petition_first_signer,
)

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "html", "docx": "word", "pdf": "pdf", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s in STYLES
}


def build_set() -> list[Case]:
    """Each style twice, in two different villages (style s, variant k: village s+k)."""
    return [
        style(VILLAGES[(s + k) % 3], 2 * s + k) for s, style in enumerate(STYLES) for k in range(2)
    ]
