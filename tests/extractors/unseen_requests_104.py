"""A hundred-and-fourth set of requests written by someone who had not read the readers
(issue 8): TEMPLES, MOSQUES, CHURCHES AND CULTURAL EVENTS in ลำพูน, ลำปาง and แพร่, to the
เทศบาลเมืองลำพูน, เทศบาลนครลำปาง, เทศบาลเมืองแพร่, the เทศบาลตำบล of ป่าซาง, บ้านโฮ่ง, ทาปลาดุก,
ลำปางหลวง, ช่อแฮ, ร้องกวาง and ห้วยอ้อ and the อบต. of นาทราย, แม่ตืน, ห้างฉัตร, แม่ทะ, พระหลวง,
บ้านปิน and สะเอียบ. A temple fair on the temple's grounds (the village committee's chair who
asks, the abbot who consents, a ride operator's partnership and its 13-digit number, the
stall holders with their IDs); an ordination's procession and its loudspeakers (the host
father, the ordained son's ID and birth date, a กลองสะบัดชัย troupe's coordinator, the
sound shop's operator on the ฆ.ษ.1); merit-making loudspeakers at a temple (the place of
use is not the home); a cremation at a temple's เมรุ (a widow's LINE chat forwarded by her
son, the crematorium form with the deceased's section, a daughter's or son's typed letter
for the hearse); donations and receipts (a donor asking a receipt for e-Donation: the
fund's bank account that looks like a mobile, the transfer's reference; a kathin group's
list of donors with their IDs); an abbot's letter for a poor villager (typed on the
temple's iPhone by a lay helper); an imam's certificate for a villager (สัปบุรุษ number,
the imam's ID and mobile, a Hijri date) pasted into her mail; a mosque's letter for a
เมาลิด signed by the imam; a church's Christmas carol procession (the pastor, the church's
office, its secretary); temples' letters and sheets signed by the abbot (พระครู..., พระอธิการ
..., with own name and ฉายา); a monk's own request for the old-age allowance (his ฉายา and
lay surname, the temple as his home, the abbot's certificate); cultural troupes asking a
stage (a web form's notification, a troupe's letter with its members' table), an elders'
club and a youth group asking the town's ข่วง.
Kinds: plain (an iPhone mail, a LINE chat forwarded from Gmail on Android, a villager's
Gmail with the imam's letter pasted, Outlook for Android, an e-Service notification), HTML
(Gmail with its signature, Outlook from a church's box, iPhone Mail, a web form's table),
Word (a temple's letter in Thai digits, the crematorium form on dotted lines, a troupe's
letter with its members' table, a mosque's letter), PDF (fillable ฆ.ษ.1 with applicant_*
and operator_* fields, a monk's typed letter with the abbot's certificate, a fillable
venue form with Thai field names, a typed letter for the hearse), xlsx (a fair's stall
list, a temple's list of things to borrow, a kathin group's donors).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, set 84's test
comments and the earlier sets' first docstrings).

Conventions (written down before any run), following set 28 (the person who asks; for a
body the natural person who signs), sets 31/63 (a service for one person asked by another
is the one it is for), set 37 (where only another's phone is given, phone `()`), set 47/72
(a monk by his name and ฉายา, his temple his home), set 69 (the living person who asks; the
deceased never), set 76 (a mosque: the imam who signs, no e-mail scored) and set 91 (a
temple: the abbot who signs, his title name alone or with his own name and ฉายา):
- A person who asks in her own name and signs is the APPLICANT: the host of an
  ordination, a merit-making or a cremation (the widow, the son, the daughter who files),
  the donor who asks her receipt, a fair committee's chair, a troupe's or a club's leader
  who files, a kathin group's collector, a monk for his own allowance.
- A BODY: the natural person who signs for it: the abbot (his title name as he signs, with
  or without his own name and ฉายา in brackets; no ID written: `()`), the imam (his name,
  his ID where written; no e-mail scored), the pastor (his name as registered or with
  ศาสนาจารย์/ศจ.; his ID where written); address the temple's, mosque's or church's place
  (its name before it accepted), phone its line or the signer's own mobile (a temple's
  ไวยาวัจกร's mobile also, where the letter names him as its contact), e-mail the body's own
  box where it sends from it or writes it.
- A SERVICE FOR ANOTHER: the abbot's letter for a villager, the imam's certificate in a
  villager's own mail, a son forwarding his mother's LINE chat: the villager, the mother.
  The abbot's, imam's, lay helper's, son's name, ID, phone, box and place never (phone and
  e-mail `()` where only theirs appear).
- Never the applicant: the ordained son, the deceased, the person merit is dedicated to,
  coordinators, troupe members and trainers, stall holders, donors in a list, the sound
  shop's operator, ride operators, secretaries, the abbot who consents or certifies.
- address: where the applicant lives (a monk: his temple; a body: its place), house
  number to the อำเภอ, written out or short, with or without เลขที่/บ้านเลขที่, province and
  postal code; typed in Thai digits it is accepted in Thai or Arabic digits. The temple,
  crematorium, ข่วง, stage, route or place of use of an event is never the applicant's
  address (unless it is the body's own place where the body asks), nor a former temple.
- birth_date ISO, only the applicant's; where only another's is written (the ordained son,
  the deceased), `()`: no value or a flagged one is right. Ages, event, death, transfer
  and letter dates never.
- Bank accounts (a 10-digit KBank account opening 098), transfer references, receipt,
  death-certificate, HN, plate, register (สัปบุรุษ, juristic, ใบสุทธิ) and letter numbers are
  never an ID or a phone; a juristic number never an ID.
Everyone, every temple, mosque, church, troupe and number is invented (13-digit numbers
made with with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong
together (checked against a public list of Thai postal codes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, MONTHS_SHORT, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, addresses, exp, home, tel

# ruff: noqa: E501 -- messages as people type them: long lines

LP, LG, PR = "ลำพูน", "ลำปาง", "แพร่"
NONE = date(1900, 1, 1)  # a body has no birth date; never expected

# Agencies: their names and their desks' boxes.
AGENCY: dict[str, tuple[str, str]] = {
    "lpn": ("เทศบาลเมืองลำพูน", "saraban@lamphuncity.example.go.th"),
    "lpg": ("เทศบาลนครลำปาง", "saraban@lampangcity.example.go.th"),
    "phr": ("เทศบาลเมืองแพร่", "saraban@phraecity.example.go.th"),
    "pasang": ("เทศบาลตำบลป่าซาง", "saraban@pasang.example.go.th"),
    "banhong": ("เทศบาลตำบลบ้านโฮ่ง", "office@banhong.example.go.th"),
    "thapladuk": ("เทศบาลตำบลทาปลาดุก", "saraban@thapladuk.example.go.th"),
    "lpluang": ("เทศบาลตำบลลำปางหลวง", "saraban@lampangluang.example.go.th"),
    "chohae": ("เทศบาลตำบลช่อแฮ", "saraban@chohae.example.go.th"),
    "rongkwang": ("เทศบาลตำบลร้องกวาง", "saraban@rongkwang.example.go.th"),
    "huai_o": ("เทศบาลตำบลห้วยอ้อ", "saraban@huai-o.example.go.th"),
    "nasai": ("องค์การบริหารส่วนตำบลนาทราย", "nasai.sao@example.go.th"),
    "maetuen": ("องค์การบริหารส่วนตำบลแม่ตืน", "maetuen.sao@example.go.th"),
    "hangchat": ("องค์การบริหารส่วนตำบลห้างฉัตร", "hangchat.sao@example.go.th"),
    "maetha": ("องค์การบริหารส่วนตำบลแม่ทะ", "maetha.sao@example.go.th"),
    "phraluang": ("องค์การบริหารส่วนตำบลพระหลวง", "phraluang.sao@example.go.th"),
    "banpin": ("องค์การบริหารส่วนตำบลบ้านปิน", "banpin.sao@example.go.th"),
    "sa_iap": ("องค์การบริหารส่วนตำบลสะเอียบ", "sa-iap.sao@example.go.th"),
    "thungfai": ("องค์การบริหารส่วนตำบลทุ่งฝาย", "thungfai.sao@example.go.th"),
}


def chief(key: str) -> str:
    """The head of the agency, as a letter's เรียน names him."""
    name = AGENCY[key][0]
    if name.startswith("เทศบาล"):
        return name.replace("เทศบาล", "นายกเทศมนตรี", 1)
    return "นายก" + name


# Applicants who are persons.
PEOPLE: tuple[Party, ...] = (
    P("นาย", "ประเสริฐ", "อินต๊ะวงศ์", "351010045218", date(1968, 5, 14), "0817845213", "prasert.intawong@gmail.com",
      "112", "4", "", "", "เหมืองง่า", "เมืองลำพูน", LP, "51000"),
    P("นาง", "บัวผัน", "ใจปินตา", "351020034417", date(1956, 2, 9), "0898541163", "",
      "45/1", "2", "", "", "ปากบ่อง", "ป่าซาง", LP, "51120"),
    P("นางสาว", "ศิริวรรณ", "คำปัน", "152010078812", date(1991, 8, 23), "0623418875", "siriwan.kp@hotmail.com",
      "208", "", "", "บุญวาทย์", "หัวเวียง", "เมืองลำปาง", LG, "52000"),
    P("นาย", "สมบูรณ์", "ต๊ะสุภา", "352050012236", date(1961, 11, 30), "0869114720", "somboon.ts@gmail.com",
      "77", "6", "", "", "ลำปางหลวง", "เกาะคา", LG, "52130"),
    P("นาย", "อิสมาแอล", "สุวรรณวงศ์", "352010056631", date(1975, 7, 2), "0814725590", "ismail.sw@gmail.com",
      "14/3", "", "", "ประสานไมตรี", "สวนดอก", "เมืองลำปาง", LG, "52100"),
    P("นาง", "ฟาตีมะห์", "จันทร์หอม", "354010032284", date(1963, 12, 18), "0865213347", "",
      "9", "", "", "เจริญเมือง", "ในเวียง", "เมืองแพร่", PR, "54000"),
    P("นาง", "พรทิพย์", "ศรีวิชัย", "354010061195", date(1979, 4, 11), "0957123364", "pornthip.sw@outlook.com",
      "156", "", "", "ยันตรกิจโกศล", "ในเวียง", "เมืองแพร่", PR, "54000"),
    P("นาย", "ธีรวัฒน์", "กาบคำ", "154010021347", date(1988, 10, 5), "0897231156", "teerawat.kk@gmail.com",
      "33", "3", "", "", "ช่อแฮ", "เมืองแพร่", PR, "54000"),
    P("นางสาว", "ณัฐธิดา", "ปันแก้ว", "151010044120", date(1994, 1, 27), "0631145872", "natthida.pk@gmail.com",
      "19", "8", "", "", "ต้นธง", "เมืองลำพูน", LP, "51000"),
    P("นาย", "บุญทา", "ศรีมูล", "351050011843", date(1958, 6, 16), "0812209346", "buntha.sm@gmail.com",
      "88", "1", "", "", "นาทราย", "ลี้", LP, "51110"),
    P("นาง", "จันทร์เพ็ญ", "วงศ์ใหญ่", "352010047762", date(1966, 9, 3), "0816625038", "chanpen.wy@yahoo.com",
      "3/7", "", "", "ทิพย์ช้าง", "สบตุ๋ย", "เมืองลำปาง", LG, "52100"),
    P("นาย", "วิรัตน์", "ไชยวงค์", "354040023391", date(1971, 3, 22), "0828814450", "wirat.cw@gmail.com",
      "102", "5", "", "", "ร้องกวาง", "ร้องกวาง", PR, "54140"),
    P("นาง", "สุพรรณ", "ดวงแก้ว", "351030027754", date(1960, 12, 1), "0857740219", "",
      "61", "3", "", "", "บ้านโฮ่ง", "บ้านโฮ่ง", LP, "51130"),
    P("นาย", "ชัยวัฒน์", "มูลเมือง", "152990033128", date(1986, 7, 19), "0945518603", "chaiwat.ml@gmail.com",
      "250/4", "", "", "พหลโยธิน", "พระบาท", "เมืองลำปาง", LG, "52000"),
    P("นางสาว", "อรุณี", "ใจมา", "154020015573", date(1990, 3, 8), "0613327749", "arunee.jm@gmail.com",
      "47", "2", "", "", "พระหลวง", "สูงเม่น", PR, "54130"),
    P("นาย", "สุรินทร์", "ปัญญาดี", "352070018846", date(1955, 8, 25), "0872256614", "",
      "5", "7", "", "", "ห้างฉัตร", "ห้างฉัตร", LG, "52190"),
    P("นาง", "ลำดวน", "ธิมา", "351010066402", date(1969, 2, 14), "0834412279", "lamduan.tm@gmail.com",
      "21", "", "", "จามเทวี", "ในเมือง", "เมืองลำพูน", LP, "51000"),
    P("นาย", "เกษม", "ยาวิชัย", "354050019928", date(1964, 10, 10), "0899145526", "kasem.yw@hotmail.com",
      "70", "4", "", "", "ห้วยอ้อ", "ลอง", PR, "54150"),
    P("นาง", "แสงเดือน", "คำแสน", "351060014475", date(1962, 5, 30), "0819516632", "saengduen.ks@gmail.com",
      "27", "9", "", "", "ม่วงน้อย", "ป่าซาง", LP, "51120"),
    P("นาย", "อนันต์", "จินะวงค์", "352030026618", date(1970, 1, 17), "0843329017", "anan.jw@gmail.com",
      "66", "3", "", "", "แม่ทะ", "แม่ทะ", LG, "52150"),
    P("นาง", "ดวงใจ", "อุปนันท์", "354010052237", date(1967, 7, 7), "0896628814", "duangjai.up@hotmail.com",
      "11/2", "", "", "คำลือ", "ในเวียง", "เมืองแพร่", PR, "54000"),
    P("นางสาว", "ปิยะพร", "เตชะนันท์", "152010061184", date(1996, 11, 11), "0982247715", "piyaporn.tc@gmail.com",
      "199/8", "", "", "ฉัตรไชย", "สวนดอก", "เมืองลำปาง", LG, "52100"),
    P("นาย", "วัชระ", "สมฤทธิ์", "351040021149", date(1973, 2, 26), "0862217745", "watchara.sr@gmail.com",
      "12", "2", "", "", "ทาปลาดุก", "แม่ทา", LP, "51140"),
    P("นาง", "คำปัน", "ชัยลังกา", "354020008813", date(1952, 9, 19), "0850326671", "",
      "8", "5", "", "", "สูงเม่น", "สูงเม่น", PR, "54130"),
    P("นางสาว", "กาญจนา", "อินทร์ปัญญา", "152010089937", date(1989, 6, 6), "0946612283", "kanchana.ip@gmail.com",
      "44", "", "", "บุญวาทย์", "เวียงเหนือ", "เมืองลำปาง", LG, "52000"),
    P("นาย", "ศุภชัย", "ดวงดี", "151010052286", date(1987, 12, 12), "0817736620", "supachai.dd@gmail.com",
      "7/1", "6", "", "", "ริมปิง", "เมืองลำพูน", LP, "51000"),
    P("นาย", "ประยูร", "แก้วมูล", "354030012289", date(1959, 3, 3), "0857721146", "prayoon.km@gmail.com",
      "90", "1", "", "", "สะเอียบ", "สอง", PR, "54120"),
    P("นาย", "จำรัส", "วงค์ษา", "351050033374", date(1966, 8, 8), "0894417732", "chamrat.ws@yahoo.com",
      "15", "2", "", "", "แม่ตืน", "ลี้", LP, "51110"),
)  # fmt: skip

# Temples (the place, its line, its box where it has one; nid a dummy, never expected).
TEMPLES: tuple[Party, ...] = (
    P("", "วัดดอนแก้วหลวง", "", "051000000011", NONE, "053979214", "",
      "9", "5", "", "", "นาทราย", "ลี้", LP, "51110", juristic=True),
    P("", "วัดศรีชุมพู", "", "052000000021", NONE, "054829337", "watsrichumphu.lp@gmail.com",
      "118", "2", "", "", "ลำปางหลวง", "เกาะคา", LG, "52130", juristic=True),
    P("", "วัดหนองบัวคำ", "", "054000000031", NONE, "054599146", "watnongbuakham@gmail.com",
      "40", "6", "", "", "ช่อแฮ", "เมืองแพร่", PR, "54000", juristic=True),
    P("", "วัดป่าตาลน้อย", "", "051000000041", NONE, "053521408", "",
      "7", "3", "", "", "ปากบ่อง", "ป่าซาง", LP, "51120", juristic=True),
    P("", "วัดบ้านปินหลวง", "", "054000000051", NONE, "054581229", "",
      "29", "4", "", "", "บ้านปิน", "ลอง", PR, "54150", juristic=True),
    P("", "วัดทุ่งฝายงาม", "", "052000000061", NONE, "054318702", "wat.thungfai@gmail.com",
      "52", "1", "", "", "ทุ่งฝาย", "เมืองลำปาง", LG, "52000", juristic=True),
    P("", "วัดศรีห้างฉัตร", "", "052000000071", NONE, "054269183", "",
      "40", "7", "", "", "ห้างฉัตร", "ห้างฉัตร", LG, "52190", juristic=True),
    P("", "วัดดอนแก้วพระหลวง", "", "054000000081", NONE, "054644902", "",
      "3", "2", "", "", "พระหลวง", "สูงเม่น", PR, "54130", juristic=True),
)  # fmt: skip

# Each temple's abbot: his title name, and his own name with ฉายา ("" where the title holds it).
ABBOTS: tuple[tuple[str, str], ...] = (
    ("พระครูสุนทรธรรมวิมล", "สมศักดิ์ ปญฺญาวโร"),
    ("พระอธิการบุญเป็ง จนฺทโชโต", ""),
    ("พระครูโสภณสิทธิการ", "อินสม สุจิตฺโต"),
    ("พระอธิการศรีวรรณ อาภากโร", ""),
    ("พระครูพิศาลธรรมโกวิท", "คำ อินฺทปญฺโญ"),
    ("พระครูอุดมปัญญาวัฒน์", "สุวรรณ ปญฺญาวุฑฺโฒ"),
    ("พระครูวิจิตรปัญญาภรณ์", "ทองสุข ธมฺมทินฺโน"),
    ("พระอธิการประสิทธิ์ สิริวณฺโณ", ""),
)

# A temple's ไวยาวัจกร: name, mobile.
WAIYA: dict[int, tuple[str, str]] = {
    1: ("นายสมควร อินต๊ะแก้ว", "0861175523"),
    2: ("นายบุญส่ง อินทะจักร", "0819904517"),
    3: ("นายสมาน ปัญญาคำ", "0892217781"),
    5: ("นายประพันธ์ ใจยา", "0817063345"),
}

# Monks asking for themselves: (name as he writes it, lay surname, ID, born, mobile, box,
# temple index, former temple).
MONKS: tuple[tuple[str, str, str, date, str, str, int, str], ...] = (
    ("พระอินถา ถาวรธมฺโม", "ปัญญาวงศ์", with_check_digit("354050007717"), date(1961, 4, 9), "0873316620",
     "inta.thawaro@gmail.com", 4, "วัดนาหนุน ตำบลผาตอ อำเภอท่าวังผา จังหวัดน่าน 55140"),
    ("พระมหาสมบัติ ฐิตวํโส", "คำมูล", with_check_digit("352050003324"), date(1963, 11, 2), "0898805412",
     "", 5, "วัดสันทรายหลวง ตำบลสันทรายหลวง อำเภอสันทราย จังหวัดเชียงใหม่ 50210"),
)  # fmt: skip

# Churches (place, line, box) and their pastors (name, ID, mobile).
CHURCHES: tuple[Party, ...] = (
    P("", "คริสตจักรพระคุณลำปาง", "", "052000000091", NONE, "054221735", "office@phrakhun-lampang.example.org",
      "61", "", "", "ฉัตรไชย", "สวนดอก", "เมืองลำปาง", LG, "52100", juristic=True),
    P("", "คริสตจักรศรีคำแพร่", "", "054000000101", NONE, "054511386", "srikham.church@gmail.com",
      "12", "", "", "คำลือ", "ในเวียง", "เมืองแพร่", PR, "54000", juristic=True),
)  # fmt: skip
PASTORS: tuple[tuple[str, str, str, str], ...] = (
    ("นาย", "สมหมาย ใจคำ", with_check_digit("352010029957"), "0815302284"),
    ("นาง", "วันเพ็ญ ธนันชัย", with_check_digit("354010018824"), "0897742160"),
)

# Mosques (place, line) and their imams (name, ID, mobile).
MOSQUES: tuple[Party, ...] = (
    P("", "มัสยิดนูรุลอิสลาม", "", "052000000111", NONE, "054224590", "",
      "25", "", "", "ประสานไมตรี", "สวนดอก", "เมืองลำปาง", LG, "52100", juristic=True),
    P("", "มัสยิดอัลอิฮ์ซาน", "", "054000000121", NONE, "054620118", "",
      "88", "", "", "เหมืองหิต", "ในเวียง", "เมืองแพร่", PR, "54000", juristic=True),
)  # fmt: skip
IMAMS: tuple[tuple[str, str, str], ...] = (
    ("นายฮารูน ศักดิ์สุวรรณ", with_check_digit("352010038815"), "0893356120"),
    ("นายยูซุฟ มาลัยทอง", with_check_digit("354010040051"), "0819523376"),
)


def message(n: int, to: str, subject: str, sender: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = (),
            headers: dict[str, str] | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = AGENCY[to][1]
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 1 + n % 9, 1 + n % 11, (13 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set104-{n}@example.net>"
    for k, v in (headers or {}).items():
        msg[k] = v
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    p = a.p
    return f"{p.first} {p.last} <{p.email}>"


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def short_day(d: date) -> str:
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {str(d.year + 543)[2:]}"


def age(born: date) -> int:
    return 2569 - (born.year + 543)


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def nid_th(nid: str) -> str:
    """An ID typed in Thai digits with dashes, as a temple's letter types it."""
    return thai(f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}")


def phones(*numbers: str) -> tuple[str, ...]:
    out: list[str] = []
    for n in numbers:
        out += ["+66" + n[1:], n]
    return tuple(out)


# --- what a clerk accepts ----------------------------------------------------------------------


ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def own(
    a: Party, keys: str, *, others_birth: bool = False, box: bool = True
) -> dict[str, tuple[str, ...]]:
    """The applicant's own values. `others_birth`: only another's birth date is written
    (birth_date `()`); `box`: she sends from (or writes) her own box, else e-mail `()`."""
    e = exp(a, keys)
    if others_birth:
        e["birth_date"] = ()
    if "email" in e and not (box and a.p.email):
        e["email"] = ()
    return e


def for_other(a: Party, keys: str, *, her_phone: bool) -> dict[str, tuple[str, ...]]:
    """A service asked by another for `a`: her values; her phone only where hers is
    written, e-mail `()` (only the sender's box appears)."""
    e = exp(a, keys)
    if not her_phone:
        e["phone"] = ()
    e["email"] = ()
    return e


def place(b: Party, *, thai_digits: bool = False) -> tuple[str, ...]:
    """A body's place: as a person's address, or with the body's name before it."""
    base = addresses(b)
    out = base + tuple(f"{b.name} {x}" for x in base)
    if thai_digits:
        out += tuple(thai(x) for x in out)
    return out


def body(b: Party, keys: str, names: tuple[str, ...], nid: str, *, more_phones: tuple[str, ...] = (),
         box: bool = False, thai_digits: bool = False) -> dict[str, tuple[str, ...]]:  # fmt: skip
    """A body's request, the natural person who signs for it: `names` (() where no one),
    `nid` ("" where not written: `()`), the body's place and line (and `more_phones`), its
    own box where `box`, else e-mail not scored."""
    e = exp(b, keys)
    e["full_name"] = names
    e["national_id"] = (nid,) if nid else ()
    e["address"] = place(b, thai_digits=thai_digits)
    e["phone"] = phones(b.p.mobile, *more_phones)
    if box:
        e["email"] = (b.p.email.lower(),)
    else:
        e.pop("email", None)
    return e


def abbot_names(k: int) -> tuple[str, ...]:
    title, own_name = ABBOTS[k]
    return (title, f"{title} ({own_name})") if own_name else (title,)


def monk_names(k: int) -> tuple[str, ...]:
    name, lay = MONKS[k][:2]
    first = name.split()[0]
    return (name, f"{name} ({lay})", f"{first} {lay}", f"{first} {lay} ({name.split()[1]})")


def pastor_names(k: int) -> tuple[str, ...]:
    title, name = PASTORS[k][:2]
    return (f"{title}{name}", f"ศาสนาจารย์{name}", f"ศจ.{name}", f"ศาสนาจารย์ {name}", f"ศจ. {name}")


WHO: dict[str, str] = {
    "plain_iphone_ordination_father": "the host father; never the ordained son (ID, birth date), the troupe's coordinator, the temple",
    "plain_line_forward_cremation": "the widow in the chat; never the son who forwards (his box, mobile, Bangkok home), nor the deceased",
    "plain_gmail_imam_letter_pasted": "the villager; never the imam (ID, mobile) nor the mosque's place or line",
    "plain_outlook_android_donation": "the donor; never the fund's account (098-...), the reference, the mother merit goes to",
    "plain_webform_troupe_stage": "the troupe's leader who files; never the trainer, the desk's line, the no-reply box",
    "html_gmail_fair_chair": "the committee's chair; never the abbot who consents, the ride operator, the temple's place",
    "html_outlook_church_carol": "the pastor who signs for the church; the church's place, line (or his mobile), box; never the secretary",
    "html_iphone_abbot_for_villager": "the villager; never the abbot, the temple, the lay typist, the grandson (v1: phone `()`)",
    "html_webform_loudspeaker_merit": "the one who asks the permit; never the temple where it is used, the sound shop",
    "docx_temple_letter_abbot": "the abbot who signs (title name; own name and ฉายา in brackets accepted); the temple's place, line, ไวยาวัจกร's mobile",
    "docx_crematorium_form": "the ผู้ยื่นคำร้อง; never the deceased's section (birth date `()`)",
    "docx_troupe_letter_members": "the troupe's leader who signs; never the members in the table",
    "docx_mosque_maulid_letter": "the imam who signs (his ID); the mosque's place and line or his mobile; never the secretary; no e-mail",
    "pdf_fillable_ks1_ordination": "the applicant_* fields; never the operator_* fields, the ordained son",
    "pdf_typed_monk_allowance": "the monk himself (name and ฉายา); his temple; never the abbot who certifies, the former temple",
    "pdf_fillable_venue_khuang": "the ผู้ขอใช้ (the club's or group's leader); never the ผู้ประสานงาน",
    "pdf_typed_hearse_letter": "the daughter or son who writes (block top right); never the deceased father (birth date `()`)",
    "xlsx_fair_stall_list": "the chair in the head block; never the stall holders' rows, the temple",
    "xlsx_temple_borrow_list": "the abbot in the head block; the temple's place, line, box; never the ไวยาวัจกร's row",
    "xlsx_kathin_donor_list": "the collector in the head block; never the donors' rows",
}


# --- plain ---------------------------------------------------------------------------------------


def plain_iphone_ordination_father(a: Party, i: int) -> Case:
    """A father asks from his iPhone for traffic help and a loudspeaker on the car leading
    his son's ordination procession from home to the temple: the son's ID and birth date,
    the temple's place near his, the กลองสะบัดชัย troupe's coordinator and mobile, a plate."""
    p = a.p
    v = i % 2
    to = ("lpn", "rongkwang")[v]
    son_first, son_id, son_born = (("กิตติพงษ์", with_check_digit("151010098217"), date(2005, 3, 3)),
                                   ("ภานุวัฒน์", with_check_digit("154040087763"), date(2004, 9, 21)))[v]  # fmt: skip
    temple, temple_place = (
        ("วัดศรีเหมืองง่า", "15 ม.4 ต.เหมืองง่า"),
        ("วัดทุ่งศรีสว่าง", "41 ม.5 ต.ร้องกวาง"),
    )[v]
    coord = (("นายแก้ว คำลือ", "086-731-4429"), ("นายสมควร ใจบุญ", "089-445-1207"))[v]
    text = (
        f"เรียน {chief(to)}\n\n"
        f"ผม {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} บ้านเลขที่ {home(a, i)} "
        f"จะจัดงานบรรพชาอุปสมบทบุตรชาย คือ นาย{son_first} {p.last} (เลขประจำตัวประชาชน {nid_w(son_id, i + 1)} "
        f"เกิด {born_th(son_born, i)}) ที่{temple} {temple_place} ในวันที่ 20 ธันวาคม 2569\n\n"
        "วันที่ 19 ธ.ค. ช่วงบ่ายจะมีขบวนแห่นาคและแห่เครื่องไทยทานจากบ้านไปวัด ระยะทางประมาณ 1.2 กม. เวลา 14.00-16.30 น. "
        "จึงขอความอนุเคราะห์\n"
        "1. เจ้าหน้าที่เทศกิจ/อปพร. ช่วยอำนวยความสะดวกด้านการจราจร\n"
        f"2. ขออนุญาตใช้เครื่องขยายเสียงติดรถกระบะนำขบวน 1 คัน ทะเบียน {('บว 4172 ลำพูน', 'ผถ 8806 แพร่')[v]}\n\n"
        f"ในขบวนมีคณะกลองสะบัดชัยประมาณ 30 คน ผู้ประสานงานคณะกลองคือ {coord[0]} โทร {coord[1]}\n"
        f"ท่านเจ้าอาวาส{temple}ทราบและอนุญาตแล้วครับ\n\n"
        f"ติดต่อผมได้ที่ {mobile(p.mobile, i)} ครับ\nขอบคุณครับ\n{p.first}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, to, "ขออนุญาตใช้เครื่องขยายเสียงและขอเจ้าหน้าที่ดูแลจราจรงานแห่นาค", own_box(a),
                  text=text, headers={"X-Mailer": "iPhone Mail (22B91)"})  # fmt: skip
    return Case("plain_iphone_ordination_father", raw, own(a, ALL, others_birth=True))


def plain_line_forward_cremation(a: Party, i: int) -> Case:
    """A son (or daughter) living elsewhere forwards from Gmail on Android his mother's
    LINE chat: she types her name, ID, home and mobile, the deceased father's ID and birth
    date, the death certificate's number, the cremation at a temple's เมรุ; tents and the
    water truck asked. His own mobile over the chat, his box as the sender."""
    p = a.p
    v = i % 2
    to = ("pasang", "banhong")[v]
    kid, kid_word, kid_mob, kid_box, kid_home = (
        ("อนุชา", "ลูกชาย", "091-552-8804", "anucha.jp@gmail.com", "88/120 หมู่บ้านพฤกษาวิลล์ ซอยรามอินทรา 40 แขวงนวลจันทร์ เขตบึงกุ่ม กรุงเทพฯ 10230"),
        ("กัลยา", "ลูกสาว", "086-440-3318", "kanlaya.dk@gmail.com", "15/3 หมู่ 2 ต.สันทรายน้อย อ.สันทราย จ.เชียงใหม่ 50210"),
    )[v]  # fmt: skip
    dead, dead_id, dead_born = (("นายสม", with_check_digit("351020011256"), date(1950, 4, 4)),
                                ("นายอ้าย", with_check_digit("351030004418"), date(1948, 1, 20)))[v]  # fmt: skip
    wat = ("วัดป่าตาลน้อย", "วัดบ้านโฮ่งหลวง")[v]
    chat = [
        "19:02\tแม่\tลูก ส่งเรื่องให้เทศบาลให้แม่หน่อย",
        f"19:03\tแม่\tแม่ชื่อ {a.name} บัตรประชาชน {p.nid}",
        f"19:03\tแม่\tบ้านเลขที่ {home(a, i + 1)}",
        "19:05\tแม่\tพ่อเสียวันที่ 2 ธันวา ที่โรงพยาบาลลำพูน",
        f"19:05\tแม่\tพ่อชื่อ {dead} {p.last} เลขบัตร {nid_w(dead_id, i)} เกิด {born_th(dead_born, i)}",
        f"19:06\t{kid}\tมรณบัตรได้แล้วยังแม่",
        f"19:08\tแม่\tได้แล้ว เลขที่ {('ก 0348/2569', 'ข 1127/2569')[v]}",
        f"19:10\tแม่\tจะเผาวันเสาร์ที่ 6 ธันวา บ่ายสามโมง ที่เมรุ{wat}",
        "19:10\tแม่\tขอยืมเต็นท์ 4 หลัง เก้าอี้ 100 ตัว แล้วก็ขอรถน้ำไปจอดที่วัดตอนเผาด้วย",
        f"19:12\tแม่\tเบอร์แม่ {mobile(p.mobile, i + 3)}",
        f"19:12\t{kid}\tโอเค เดี๋ยวส่งให้นะแม่",
    ]
    text = (
        f"เรียน เจ้าหน้าที่{AGENCY[to][0]}\n\n"
        f"{'ผม' if v == 0 else 'ดิฉัน'}ส่งข้อความของแม่มาให้{'ครับ' if v == 0 else 'ค่ะ'} แม่พิมพ์ใน LINE ส่งอีเมลเองไม่เป็น "
        f"รบกวนช่วยดำเนินการให้แม่ด้วย ถ้าติดต่อแม่ไม่ได้ติดต่อ{'ผม' if v == 0 else 'ดิฉัน'}ได้\n"
        f"{kid} ({kid_word}) โทร {kid_mob}\nที่อยู่ปัจจุบัน {kid_home}\n\n"
        "[LINE] ประวัติแชทกับ แม่\nวันที่บันทึก: 03/12/2026 20:41\n\n"
        "พ. 03/12/2026\n" + "\n".join(chat) + "\n\nส่งจาก Gmail บน Android\n"
    )
    raw = message(i, to, "Fwd: เรื่องงานศพพ่อ ขอยืมเต็นท์และรถน้ำ", f"{kid} <{kid_box}>", text=text)
    e = for_other(a, ALL, her_phone=True)
    e["birth_date"] = ()
    return Case("plain_line_forward_cremation", raw, e)


def plain_gmail_imam_letter_pasted(a: Party, i: int) -> Case:
    """A Muslim villager asks the town for hardship aid from Gmail, and pastes the imam's
    certificate (the mosque's place and line, the imam's ID and mobile, her สัปบุรุษ number,
    a Hijri date) under her own lines. v1 sends from her niece's box."""
    p = a.p
    v = i % 2
    k = 1 if p.province == PR else 0
    m = MOSQUES[k]
    imam, imam_id, imam_mob = IMAMS[k]
    to = "phr" if k else "lpg"
    why = ("สามีเสียชีวิตเมื่อปี 2567 ปัจจุบันอยู่ลำพังและมีโรคประจำตัว ขอรับการสงเคราะห์เป็นเงินทุนประกอบอาชีพ (ขายโรตี)",
           "บ้านถูกไฟไหม้บางส่วนเมื่อวันที่ 22 พฤศจิกายน 2569 ขอรับความช่วยเหลือผู้ประสบสาธารณภัยเป็นวัสดุซ่อมแซมบ้าน")[v]  # fmt: skip
    sender = ("Sainab J. <sainab.jh@gmail.com>", own_box(a))[v]
    via = "(ใช้อีเมลของหลานสาวส่ง)" if v == 0 else ""
    text = (
        f"เรียน {chief(to)}\n\n"
        f"{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} อายุ {age(p.born)} ปี อยู่บ้านเลขที่ {home(a, i)}\n"
        f"{why}\n"
        f"ได้แนบหนังสือรับรองของอิหม่ามมัสยิดมาด้วย (พิมพ์ตามต้นฉบับ) ต้นฉบับจะนำไปยื่นด้วยตนเอง\n\n"
        f"ติดต่อ{me(a)}ได้ที่ {mobile(p.mobile, i)} {ending(a)} {via}\n\n"
        "---------- สำเนาหนังสือรับรอง ----------\n"
        f"{m.name}\n{home(m, 0)} โทร {tel(m, i)}\n\n"
        "หนังสือรับรอง\n\n"
        f"ข้าพเจ้า {imam} อิหม่ามประจำ{m.name} เลขประจำตัวประชาชน {nid_w(imam_id, i)} "
        f"ขอรับรองว่า {a.name} เป็นสัปบุรุษประจำมัสยิด ทะเบียนสัปบุรุษเลขที่ {('0147', '0392')[v]} "
        "เป็นผู้มีความประพฤติดี มีฐานะยากจน สมควรได้รับความช่วยเหลือ\n"
        "ให้ไว้ ณ วันที่ 28 พฤศจิกายน 2569 ตรงกับวันที่ 18 ญุมาดัลอาคิเราะฮ์ ฮ.ศ. 1448\n\n"
        f"(ลงชื่อ) {imam[3:]}\n({imam})\nอิหม่ามประจำ{m.name}\nโทร {mobile(imam_mob, i + 1)}\n"
    )
    raw = message(i, to, "ขอรับการสงเคราะห์ (แนบหนังสือรับรองอิหม่าม)", sender, text=text)
    return Case("plain_gmail_imam_letter_pasted", raw, own(a, NO_BIRTH, box=v == 1))


def plain_outlook_android_donation(a: Party, i: int) -> Case:
    """A donor asks from Outlook for Android a receipt of her transfer to the town's fund
    for a temple festival, for e-Donation: the fund's account (a KBank one opening 098 in
    v1), her own account, the transfer's reference, her tax ID (her ID), the mother she
    dedicates the merit to."""
    p = a.p
    v = i % 2
    to = ("phr", "lpn")[v]
    event = ("งานประเพณีตานก๋วยสลาก ประจำปี 2569", "งานประเพณีสรงน้ำพระธาตุ ประจำปี 2569")[v]
    fund = (
        "ธนาคารกสิกรไทย สาขาแพร่ เลขที่บัญชี 098-1-52283-7",
        "ธนาคารกรุงไทย สาขาลำพูน เลขที่บัญชี 512-0-44718-3",
    )[v]
    text = (
        f"เรียน กองคลัง {AGENCY[to][0]}\n\n"
        f"{me(a)}ได้โอนเงินบริจาคสมทบ{event} จำนวน {('5,000', '3,500')[v]} บาท\n"
        f'เข้าบัญชี "{AGENCY[to][0]} (เงินรับบริจาค)" {fund}\n'
        f"เมื่อวันที่ {short_day(date(2026, 11, 30))} เวลา 14:22 น. เลขที่อ้างอิงรายการ {('2569113014220871', '016334142208712')[v]}\n"
        f"(โอนจากบัญชีของ{me(a)} ธ.ออมสิน {('0201 8844 5517', '0207 1130 6642')[v]})\n\n"
        "ขอใบเสร็จรับเงินในนาม\n"
        f"ชื่อ: {a.name}\n"
        f"เลขประจำตัวผู้เสียภาษี (เลขบัตรประชาชน): {nid_w(p.nid, i)}\n"
        f"ที่อยู่สำหรับออกใบเสร็จ: {home(a, i + 1)}\n"
        "และขอให้บันทึกข้อมูลเข้าระบบ e-Donation ของกรมสรรพากรด้วย\n"
        f"อุทิศส่วนกุศลให้ คุณแม่{('คำแปง', 'บัวเขียว')[v]} {p.last} ผู้ล่วงลับ\n\n"
        f"ส่งใบเสร็จทางไปรษณีย์ตามที่อยู่ข้างต้น หรือแจ้งให้ไปรับได้ที่ {mobile(p.mobile, i + 2)} {ending(a)}\n\n"
        f"{p.first}\n\nGet Outlook for Android <https://aka.ms/AAb9ysg>\n"
    )
    raw = message(i, to, "ขอใบเสร็จรับเงินบริจาค (e-Donation)", own_box(a), text=text)
    return Case("plain_outlook_android_donation", raw, own(a, NO_BIRTH))


def plain_webform_troupe_stage(a: Party, i: int) -> Case:
    """The town's e-Service notification (plain text, from a no-reply box) of a troupe's
    leader asking a slot on the stage at the New Year (ปี๋ใหม่เมือง) or the town's fair:
    his own lines, the troupe's name, its trainer's name and mobile, the desk's line."""
    p = a.p
    v = i % 2
    to = ("phr", "lpg")[v]
    town = AGENCY[to][0]
    troupe, trainer, event = (
        ("คณะฟ้อนเจิงและกลองปู่จา ศิษย์พ่อครูคำ บ้านช่อแฮ", "พ่อครูคำ ปัญญาเรือง โทร 081-602-7745", "งานประเพณีปี๋ใหม่เมือง 13-15 เมษายน 2570"),
        ("วงสะล้อซอซึง ลูกหลานเวียงละกอน", "ครูสมพงษ์ แสนคำ โทร 089-118-6620", "งานหลวงเวียงละกอน 30 มกราคม - 1 กุมภาพันธ์ 2570"),
    )[v]  # fmt: skip
    text = (
        f"[e-Service {town}] มีคำร้องใหม่ เลขที่ ES-2569-{4127 + i:06d}\n\n"
        "เรียน เจ้าหน้าที่ผู้รับผิดชอบ\nระบบได้รับคำร้องออนไลน์ รายละเอียดดังนี้\n\n"
        "ประเภทคำร้อง : ขอใช้สถานที่/เวทีการแสดง\n"
        f"วันที่ยื่น : 0{2 + v}/12/2569 21:14\n"
        f"ชื่อ-นามสกุลผู้ยื่น : {a.name}\n"
        f"เลขประจำตัวประชาชน : {p.nid}\n"
        f"วันเดือนปีเกิด : {born_th(p.born, 1)}\n"
        f"ที่อยู่ : {home(a, i + 1)}\n"
        f"โทรศัพท์มือถือ : {p.mobile}\n"
        f"อีเมล : {p.email}\n"
        f"ในนามของ (หน่วยงาน/คณะ) : {troupe}\n"
        f"รายละเอียดคำขอ : ขอใช้เวทีกลางในงาน{event} นักแสดง {24 - 6 * v} คน ผู้ฝึกสอน {trainer} "
        "ต้องการเวทีขนาด 6x8 ม. ไมค์ 4 ตัว ช่วงเวลา 19.00-19.40 น.\n"
        "ยินยอมให้ใช้ข้อมูลส่วนบุคคล : ยินยอม\n\n"
        f"-- อีเมลนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ สอบถามโทร {('054-511-021', '054-237-150')[v]} --\n"
    )
    domain = AGENCY[to][1].split("@")[1]
    raw = message(i, to, f"[e-Service] คำร้องใหม่: ขอใช้สถานที่/เวทีการแสดง ({p.first} {p.last})",
                  f"e-Service {town} <no-reply@{domain}>", text=text,
                  headers={"Reply-To": p.email} if v == 0 else None)  # fmt: skip
    return Case("plain_webform_troupe_stage", raw, own(a, ALL))


# --- HTML ----------------------------------------------------------------------------------------


def gmail_html(lines: list[str], sig: list[str]) -> str:
    body = "".join(f"<div>{x or '<br>'}</div>" for x in lines)
    s = "<br>".join(sig)
    return (f'<div dir="ltr">{body}<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{s}</div></div></div>\n')  # fmt: skip


def html_gmail_fair_chair(a: Party, i: int) -> Case:
    """A village committee's chair asks from Gmail (text and HTML) for a temple fair on the
    temple's grounds: bins, a fire truck, police, a temporary market; the abbot's consent,
    the temple's place and line, a ride operator's partnership (its 13-digit number, line);
    his Gmail signature with his home and mobile."""
    p = a.p
    v = i % 2
    to = ("nasai", "lpluang")[v]
    k = (0, 1)[v]
    t = TEMPLES[k]
    rides = ("ห้างหุ้นส่วนจำกัด ลำพูนรวมมิตรบันเทิง", with_check_digit("051355900117"), "053-562-118")
    if v:
        rides = ("ห้างหุ้นส่วนจำกัด เขลางค์สวนสนุก", with_check_digit("052355800294"), "054-352-611")
    lines = [f"เรียน {chief(to)}", "",
             f"ด้วยคณะกรรมการหมู่บ้านร่วมกับ{t.name} จะจัดงานประจำปีไหว้สาพระธาตุ ระหว่างวันที่ 14-16 มกราคม 2570 ณ ลานวัด{t.name[3:]} "
             f"(เลขที่ {home(t, 0)})",
             f"ผม {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} ในฐานะประธานคณะกรรมการจัดงาน ขอความอนุเคราะห์ดังนี้", "",
             "<ul><li>ถังขยะ 20 ใบ และรถเก็บขยะหลังเลิกงานทุกคืน</li><li>รถน้ำดับเพลิงจอดประจำจุดช่วงกลางคืน</li>"
             "<li>ขออนุญาตตั้งตลาดนัดชั่วคราวบริเวณลานจอดรถของวัด (ร้านค้าประมาณ 40 ร้าน)</li></ul>",
             f"เครื่องเล่นชิงช้าสวรรค์และม้าหมุนเป็นของ{rides[0]} (ทะเบียนนิติบุคคล {rides[1]}) โทร {rides[2]}", "",
             f"ทั้งนี้ได้รับอนุญาตจากท่านเจ้าอาวาส {abbot_names(k)[-1]} ให้ใช้ลานวัดแล้ว ติดต่อวัดได้ที่ {tel(t, i)}", "",
             "จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = [
        a.name,
        f"ประธานคณะกรรมการจัดงานประจำปี{t.name}",
        f"บ้านเลขที่ {home(a, i + 1)}",
        f"โทร {mobile(p.mobile, i)}",
    ]
    text = "\n".join(x if not x.startswith("<ul>") else "- ถังขยะ 20 ใบ และรถเก็บขยะหลังเลิกงานทุกคืน\n- รถน้ำดับเพลิงจอดประจำจุดช่วงกลางคืน\n"
                     "- ขออนุญาตตั้งตลาดนัดชั่วคราวบริเวณลานจอดรถของวัด (ร้านค้าประมาณ 40 ร้าน)" for x in lines)  # fmt: skip
    text += "\n\n-- \n" + "\n".join(sig) + "\n"
    raw = message(
        i,
        to,
        f"ขอความอนุเคราะห์งานประจำปี{t.name}",
        own_box(a),
        text=text,
        html=gmail_html(lines, sig),
    )
    return Case("html_gmail_fair_chair", raw, own(a, NO_BIRTH))


def html_outlook_church_carol(a: Party, i: int) -> Case:
    """A church's pastor writes from the church's Outlook box: a Christmas carol procession
    through the town (loudspeakers, traffic), chairs for the Christmas fair; his ID in the
    body, the church's secretary with her mobile as the contact, the signature with the
    church's place, line, his mobile and the box."""
    k = i % 2
    c = CHURCHES[k]
    title, name, pid, pmob = PASTORS[k]
    to = ("lpg", "phr")[k]
    sec = (("นางสาวกนกวรรณ ศรีสุข", "062-884-1903"), ("นายเอกชัย ทาเขียว", "095-330-7718"))[k]
    paras = [f"เรียน {chief(to)}", "",
             f"ด้วย{c.name} ซึ่งเป็นคริสตจักรสมาชิก{('ภาค 2', 'ภาค 3')[k]} สภาคริสตจักรในประเทศไทย จะจัดกิจกรรมขบวนร้องเพลงคริสต์มาส (Christmas Carol) "
             "ในวันที่ 20-23 ธันวาคม 2569 เวลา 19.00-21.30 น. ตามเส้นทางรอบตัวเมือง และงานคริสต์มาสสัมพันธ์ในวันที่ 24 ธันวาคม 2569 ที่ลานหน้าคริสตจักร",
             f"ข้าพเจ้า {title}{name} ศาสนาจารย์ผู้ปกครอง{c.name} เลขประจำตัวประชาชน {nid_w(pid, i)} จึงขออนุญาตใช้เครื่องขยายเสียงติดรถนำขบวน "
             "และขอความอนุเคราะห์เจ้าหน้าที่อำนวยความสะดวกด้านการจราจร พร้อมทั้งขอยืมเก้าอี้ 200 ตัว", "",
             f"ผู้ประสานงาน: {sec[0]} เลขานุการคริสตจักร โทร {sec[1]}", "",
             "จึงเรียนมาเพื่อโปรดพิจารณา ขอพระเจ้าอวยพร", "", "ขอแสดงความนับถือ"]  # fmt: skip
    sig = (f'<table cellpadding="0" cellspacing="0" style="font-family:Tahoma;font-size:10pt"><tr>'
           f'<td style="padding-right:10px;border-right:2px solid #7a1f1f"><img src="cid:image001.png@01DB4F2A.5C1E8B70" width="64" alt="logo"></td>'
           f'<td style="padding-left:10px"><b>ศาสนาจารย์{name}</b><br>ศิษยาภิบาล {c.name}<br>{home(c, i)}<br>'
           f'โทร {tel(c, i)} | มือถือ {mobile(pmob, i)}<br><a href="mailto:{c.p.email}">{c.p.email}</a></td></tr></table>')  # fmt: skip
    raw = message(i, to, "ขออนุญาตใช้เครื่องขยายเสียง ขบวนร้องเพลงคริสต์มาส และขอยืมเก้าอี้",
                  f"{c.name} <{c.p.email}>", html=outlook_html(paras, sig),
                  headers={"X-Mailer": "Microsoft Outlook 16.0"})  # fmt: skip
    return Case("html_outlook_church_carol", raw,
                body(c, NO_BIRTH, pastor_names(k), pid, more_phones=(pmob,), box=True))  # fmt: skip


def html_iphone_abbot_for_villager(a: Party, i: int) -> Case:
    """An abbot's letter for a poor villager typed by the temple's lay helper in iPhone
    Mail (HTML): the villager's name, ID, age, home (the temple in the same หมู่); v1 has
    no phone (his grandson's only), v2 her own; the temple's line, the helper's mobile."""
    p = a.p
    v = i % 2
    k = (6, 7)[v]
    t = TEMPLES[k]
    title, own_name = ABBOTS[k]
    to = ("hangchat", "phraluang")[v]
    helper = (("นายณัฐวุฒิ ใจยา", "080-775-2140"), ("นางสาวสุนิสา คำมา", "092-661-4083"))[v]
    if v == 0:
        reach = f"{a.name}ไม่มีโทรศัพท์ หากต้องการติดต่อ ให้ติดต่อหลานชาย นายวีระพงษ์ {p.last} โทร 093-518-2276"
    else:
        reach = f"โทรศัพท์ของ{a.name} {mobile(p.mobile, i)}"
    lines = [f"เจริญพร {chief(to)}", "",
             f"อาตมภาพ {title}{' (' + own_name + ')' if own_name else ''} เจ้าอาวาส{t.name} ขอความอนุเคราะห์ให้แก่ {a.name} "
             f"อายุ {age(p.born)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i + 1)} บ้านเลขที่ {home(a, i)}",
             ("ซึ่งเป็นผู้สูงอายุอยู่ลำพัง หลังคาบ้านผุพังรั่วทั้งหลัง ฝนตกไม่มีที่หลับนอน" if v == 0 else
              "ซึ่งเป็นแม่เลี้ยงเดี่ยว มีบุตรสองคนกำลังเรียน บ้านพื้นไม้ผุและฝาบ้านพัง"),
             "ขอให้ทางองค์การบริหารส่วนตำบลพิจารณาช่วยเหลือตามโครงการซ่อมแซมบ้านผู้ยากไร้ด้วย", "",
             reach, f"หรือติดต่อวัด {tel(t, i)}", "", "ขอเจริญพร", title, f"เจ้าอาวาส{t.name}", "",
             f"(พิมพ์แทนโดย {helper[0]} ศิษย์วัด โทร {helper[1]})"]  # fmt: skip
    body_html = "".join(f'<div dir="ltr">{x or "<br>"}</div>' for x in lines)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{body_html}<div dir="ltr"><br id="lineBreakAtBeginningOfSignature">'
            '<div dir="ltr">ส่งจาก iPhone ของฉัน</div></div></body></html>\n')  # fmt: skip
    raw = message(i, to, f"ขอความอนุเคราะห์ซ่อมแซมบ้านให้{a.name}", f"{t.name} <{('srihangchat.temple', 'donkaew.phraluang')[v]}@icloud.com>",
                  html=html, headers={"X-Mailer": "iPhone Mail (22B91)"})  # fmt: skip
    return Case("html_iphone_abbot_for_villager", raw, for_other(a, NO_BIRTH, her_phone=v == 1))


def html_webform_loudspeaker_merit(a: Party, i: int) -> Case:
    """The town's e-Service notification as an HTML table: a loudspeaker permit for a
    merit-making (100 days for her father) at a temple: her rows, the place of use (the
    temple's place), the sound shop's owner and mobile, the request's number."""
    p = a.p
    v = i % 2
    to = ("lpg", "lpn")[v]
    wat, wat_place = (
        ("วัดทุ่งฝายงาม", home(TEMPLES[5], 1)),
        ("วัดต้นธงหลวง", "20 หมู่ 8 ต.ต้นธง อ.เมืองลำพูน จ.ลำพูน"),
    )[v]
    rows = [("เลขที่คำขอ", f"LS-69-{1204 + i}"), ("ประเภทคำขอ", "ขออนุญาตใช้เครื่องขยายเสียง (ชนิดประจำที่)"),
            ("ชื่อผู้ขออนุญาต", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเกิด", born_th(p.born, i)),
            ("ที่อยู่ตามทะเบียนบ้าน", home(a, i)), ("โทรศัพท์", mobile(p.mobile, i + 1)), ("อีเมล", p.email),
            ("วัตถุประสงค์", f"งานทำบุญอุทิศส่วนกุศล 100 วัน ให้บิดา (นาย{('สมจิตร', 'บุญยืน')[v]} {p.last})"),
            ("สถานที่ใช้เครื่องขยายเสียง", f"{wat} {wat_place}"), ("วันที่/เวลา", "19 ธันวาคม 2569 เวลา 06.00-13.00 น."),
            ("อุปกรณ์", "ลำโพงฮอร์น 2 ตัว เครื่องขยายเสียง 500 วัตต์"),
            ("ผู้ควบคุมเครื่องขยายเสียง", f"{('นายเอกชัย ปัญญาแก้ว ร้านเอกซาวด์', 'นายธงชัย มาลัย ร้านธงชัยเครื่องเสียง')[v]} โทร {('089-552-0473', '081-772-6309')[v]}")]  # fmt: skip
    trs = "".join(f'<tr><th style="text-align:left;background:#f2f2f2;padding:6px;width:35%">{x}</th>'
                  f'<td style="padding:6px">{y}</td></tr>' for x, y in rows)  # fmt: skip
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Tahoma,sans-serif;font-size:14px">'
            f'<h3 style="color:#1f4e79">ระบบบริการอิเล็กทรอนิกส์ {AGENCY[to][0]}</h3>'
            '<p>มีผู้ยื่นคำขอผ่านระบบ e-Service รายละเอียดดังนี้</p>'
            f'<table border="1" cellspacing="0" style="border-collapse:collapse;width:100%">{trs}</table>'
            '<p style="color:#888;font-size:12px">อีเมลฉบับนี้สร้างโดยระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n')  # fmt: skip
    domain = AGENCY[to][1].split("@")[1]
    raw = message(i, to, f"[e-Service] คำขออนุญาตใช้เครื่องขยายเสียง LS-69-{1204 + i}",
                  f"e-Service <noreply@{domain}>", html=html)  # fmt: skip
    return Case("html_webform_loudspeaker_merit", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------------


def docx_temple_letter_abbot(a: Party, i: int) -> Case:
    """A temple's letter in Word, all in Thai digits (ที่ วนบ ๐๑๒/๒๕๖๙, the temple's place
    top right, the date), signed by the abbot under ขอเจริญพร; his own name and ฉายา in
    the body where he has a conferred title; tents, chairs, the fire truck and an
    ambulance asked for a festival; the ไวยาวัจกร as contact; the temple's line."""
    v = i % 2
    k = (2, 3)[v]
    t = TEMPLES[k]
    title, own_name = ABBOTS[k]
    w_name, w_mob = WAIYA[k]
    to = ("chohae", "pasang")[v]
    event = ("งานประเพณีสรงน้ำพระธาตุ ประจำปี ๒๕๗๐ ระหว่างวันที่ ๘-๑๐ มีนาคม ๒๕๗๐",
             "งานปอยหลวงฉลองวิหาร ระหว่างวันที่ ๒๒-๒๔ กุมภาพันธ์ ๒๕๗๐")[v]  # fmt: skip
    who = f"{title} ({own_name})" if own_name else title

    def build(d: Any) -> None:
        d.add_paragraph(
            f"ที่ {('วนบ', 'วปต')[v]} {thai(f'{12 + i:03d}/2569')}\t\t\t\t{t.name}\n\t\t\t\t\t{thai(home(t, i))}"
        )
        d.add_paragraph(f"\t\t\t\t\t{thai(f'{10 + v} ธันวาคม 2569')}")
        d.add_paragraph(f"เรื่อง\tขอความอนุเคราะห์เต็นท์ เก้าอี้ รถน้ำ และรถพยาบาล\nเรียน\t{chief(to)}\n"
                        "สิ่งที่ส่งมาด้วย\tกำหนดการงาน จำนวน ๑ ฉบับ")  # fmt: skip
        d.add_paragraph(
            f"\tด้วยอาตมภาพ {who} เจ้าอาวาส{t.name} พร้อมด้วยคณะศรัทธาวัด จะจัด{event} "
            "ณ บริเวณวัด ซึ่งจะมีประชาชนมาร่วมงานเป็นจำนวนมาก จึงขอความอนุเคราะห์ดังนี้"
        )
        d.add_paragraph("\t๑. เต็นท์ จำนวน ๑๐ หลัง และเก้าอี้ จำนวน ๓๐๐ ตัว\n\t๒. รถบรรทุกน้ำพร้อมเจ้าหน้าที่ ตลอดงาน\n"
                        "\t๓. รถพยาบาลฉุกเฉินประจำจุดในวันงาน")  # fmt: skip
        d.add_paragraph(
            f"\tทั้งนี้ ได้มอบหมายให้ {w_name} ไวยาวัจกร โทร {thai(mobile(w_mob, i))} เป็นผู้ประสานงาน"
        )
        d.add_paragraph("\tจึงเจริญพรมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์")
        d.add_paragraph(f"\t\t\t\tขอเจริญพร\n\n\n\t\t\t\t({title})\n\t\t\t\tเจ้าอาวาส{t.name}")
        d.add_paragraph(f"โทร {thai(tel(t, i))}" + (f"\nอีเมล {t.p.email}" if t.p.email else ""))

    sender = (
        f"{t.name} <{t.p.email}>"
        if v == 0
        else f"{w_name[3:]} <{('somchai', 'saman.pk')[v]}@hotmail.com>"
    )
    raw = message(i, to, f"หนังสือ{t.name} ขอความอนุเคราะห์เต็นท์และรถน้ำ", sender,
                  text=f"เรียน {AGENCY[to][0]}\nส่งหนังสือของ{t.name}มาเพื่อโปรดพิจารณา\n",
                  files=(("หนังสือขอความอนุเคราะห์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = body(t, NO_BIRTH, abbot_names(k), "", more_phones=(w_mob,), box=True, thai_digits=True)
    if v:
        e["email"] = ()  # the ไวยาวัจกร's own box sends; the temple writes none
    return Case("docx_temple_letter_abbot", raw, e)


def dots(value: str, width: int = 8) -> str:
    pad = "." * width
    return f"{pad}{value}{pad}"


def docx_crematorium_form(a: Party, i: int) -> Case:
    """The town's คำร้องขอใช้ฌาปนสถาน typed on its dotted lines in Word: the filer's part
    (age, ID, home in parts, phone, relation) and the deceased's (ID, birth date, other
    home, date of death, death certificate), the cremation's day; the abbot's remark
    below."""
    p = a.p
    v = i % 2
    to = ("lpg", "huai_o")[v]
    wat = ("วัดทุ่งฝายงาม", "วัดศรีดอนคำ")[v]
    rel, dead, dead_id, dead_born, dead_home = (
        ("บุตรสาว", "นายบุญมา วงศ์ใหญ่", with_check_digit("352010007712"), date(1938, 3, 15), "54 หมู่ที่ 3 ตำบลบ้านเป้า อำเภอเมืองลำปาง จังหวัดลำปาง"),
        ("สามี", "นางบัวคำ ยาวิชัย", with_check_digit("354050004427"), date(1966, 5, 5), "70 หมู่ที่ 4 ตำบลห้วยอ้อ อำเภอลอง จังหวัดแพร่"),
    )[v]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph("คำร้องขอใช้ฌาปนสถาน")
        d.add_paragraph(f"ฌาปนสถาน{wat} ({AGENCY[to][0]})")
        d.add_paragraph(f"\t\t\t\tเขียนที่ {dots('บ้านเลขที่ ' + p.house)}\n"
                        f"\t\t\t\tวันที่ {dots(str(3 + v), 4)} เดือน {dots('ธันวาคม', 4)} พ.ศ. {dots('2569', 4)}")  # fmt: skip
        d.add_paragraph(f"เรียน {chief(to)}")
        d.add_paragraph(
            f"\tข้าพเจ้า {dots(a.name)} อายุ {dots(str(age(p.born)), 4)} ปี เลขประจำตัวประชาชน {dots(nid_w(p.nid, i))}\n"
            f"อยู่บ้านเลขที่ {dots(p.house, 4)} หมู่ที่ {dots(p.moo or '', 4)} ถนน {dots(p.road or '-', 4)} "
            f"ตำบล {dots(p.tambon, 4)} อำเภอ {dots(p.amphoe, 4)} จังหวัด {dots(p.province, 4)} รหัสไปรษณีย์ {dots(p.postal, 4)}\n"
            f"โทรศัพท์ {dots(mobile(p.mobile, i))} เกี่ยวข้องกับผู้ถึงแก่กรรมเป็น {dots(rel)}"
        )
        d.add_paragraph(
            f"\tขอใช้ฌาปนสถานเพื่อฌาปนกิจศพ {dots(dead)} อายุ {dots(str(age(dead_born)), 4)} ปี "
            f"เลขประจำตัวประชาชน {dots(nid_w(dead_id, i + 1))} เกิดวันที่ {dots(born_th(dead_born, i))}\n"
            f"ที่อยู่ตามทะเบียนบ้าน {dots(dead_home)}\n"
            f"ถึงแก่กรรมเมื่อวันที่ {dots('1 ธันวาคม 2569')} สาเหตุ {dots(('ชราภาพ', 'โรคมะเร็ง')[v])} "
            f"มรณบัตรเลขที่ {dots(('5201-1186/2569', '5405-0233/2569')[v])}\n"
            f"กำหนดฌาปนกิจ วันที่ {dots(f'{5 + v} ธันวาคม 2569')} เวลา {dots('16.00', 4)} น."
        )
        d.add_paragraph("\tพร้อมนี้ได้แนบเอกสาร ☑ สำเนามรณบัตร ☑ สำเนาบัตรประจำตัวประชาชนผู้ยื่น ☐ หนังสือมอบอำนาจ\n"
                        "\tข้าพเจ้ายินดีชำระค่าธรรมเนียมการใช้ฌาปนสถาน จำนวน 1,500 บาท")  # fmt: skip
        d.add_paragraph(
            f"\t\t\t\tลงชื่อ........................................ผู้ยื่นคำร้อง\n\t\t\t\t({a.name})"
        )
        d.add_paragraph("ความเห็นเจ้าอาวาส/ผู้ดูแลฌาปนสถาน\n.......................................................\n"
                        "ลงชื่อ........................................\n(พระครูอุดมปัญญาวัฒน์)" if v == 0 else
                        "ความเห็นเจ้าอาวาส/ผู้ดูแลฌาปนสถาน\n.......................................................\n"
                        "ลงชื่อ........................................\n(.......................................)")  # fmt: skip

    raw = message(i, to, "คำร้องขอใช้ฌาปนสถาน", own_box(a),
                  text=f"เรียน เจ้าหน้าที่\n{me(a)}ส่งคำร้องขอใช้ฌาปนสถานตามไฟล์แนบ{ending(a)} จะนำมรณบัตรตัวจริงไปแสดงในวันงาน\n{a.name}\n",
                  files=(("คำร้องขอใช้ฌาปนสถาน.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_crematorium_form", raw, own(a, ALL, others_birth=True))


def docx_troupe_letter_members(a: Party, i: int) -> Case:
    """A troupe's letter in Word asking a slot on the town's stage, signed by its leader
    (หัวหน้าคณะ): his ID and home in the body, the members' table below (names, ages,
    roles, some mobiles; the leader's own row among them)."""
    p = a.p
    v = i % 2
    to = ("lpn", "phr")[v]
    troupe, event = (("วงสะล้อซอซึงบ้านทาปลาดุก", "งานประเพณีบวงสรวงพระนางจามเทวี"),
                     ("คณะฟ้อนม่านมุ้ยเชียงตา ชุมชนคำลือ", "งานของดีเมืองแพร่"))[v]  # fmt: skip
    members = [(("นายบุญมี ใจดี", 67, "ช่างสะล้อ", "081-022-5513"), ("นายทองอินทร์ วงค์คำ", 59, "ช่างซึง", ""),
                ("นางสาวพิมพ์ชนก สมฤทธิ์", 19, "นักร้อง", "065-227-1840"), ("นายศรีทน อินต๊ะ", 72, "ช่างขลุ่ย", "")),
               (("นางสาวธนพร ใจกล้า", 17, "ช่างฟ้อน", "093-552-0817"), ("นางสาวอริสา คำปวน", 16, "ช่างฟ้อน", ""),
                ("นางบัวตอง ศรีสม", 58, "ผู้แต่งกาย", "089-633-1492"), ("เด็กหญิงณิชา อุปนันท์", 12, "ช่างฟ้อน", ""))][v]  # fmt: skip
    role = ("หัวหน้าคณะ/ช่างซึง", "หัวหน้าคณะ/ครูฝึก")[v]

    def build(d: Any) -> None:
        d.add_paragraph(f"{troupe}\n{home(a, i)}")
        d.add_paragraph(f"\t\t\t\t{8 + v} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอเข้าร่วมแสดงบนเวทีกลางใน{event}\nเรียน {chief(to)}")
        d.add_paragraph(
            f"\tด้วย{me(a)} {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} หัวหน้า{troupe} "
            f"มีความประสงค์ขอเข้าร่วมแสดงศิลปวัฒนธรรมพื้นบ้านบนเวทีกลางใน{event} "
            "เป็นเวลาประมาณ 30 นาที เพื่อสืบสานดนตรีและการฟ้อนล้านนาให้คงอยู่ โดยมีสมาชิกผู้ร่วมแสดงดังนี้"
        )
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(("ลำดับ", "ชื่อ-สกุล", "อายุ", "หน้าที่", "โทรศัพท์")):
            t.rows[0].cells[c].text = h
        rows = [(a.name, age(p.born), role, mobile(p.mobile, i + 1)), *members]
        for n, (name, yrs, job, tel_) in enumerate(rows, 1):
            cells = t.add_row().cells
            for c, x in enumerate((str(n), name, str(yrs), job, tel_)):
                cells[c].text = x
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณา")
        d.add_paragraph(
            f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({a.name})\n\t\t\t\tหัวหน้า{troupe}\n\t\t\t\tโทร {mobile(p.mobile, i)}"
        )

    raw = message(i, to, f"ขอเข้าร่วมแสดงบนเวที{event} ({troupe})", own_box(a),
                  text=f"เรียน {AGENCY[to][0]}\nส่งหนังสือขอเข้าร่วมแสดงตามไฟล์แนบ{ending(a)}\n",
                  files=((f"หนังสือ{troupe.split()[0]}.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_troupe_letter_members", raw, own(a, NO_BIRTH))


def docx_mosque_maulid_letter(a: Party, i: int) -> Case:
    """A mosque's letter in Word for its yearly เมาลิด: its letterhead (register number,
    place, line), a Hijri date beside the B.E. one, the imam who signs as chairman of the
    mosque's committee (his ID in the body, his mobile under his name), the committee's
    secretary as the contact, sent from the secretary's Gmail."""
    k = i % 2
    m = MOSQUES[k]
    imam, imam_id, imam_mob = IMAMS[k]
    to = ("lpg", "phr")[k]
    sec = (("นายสุไลมาน บุญมา", "086-224-1190", "sulaiman.bm@gmail.com"),
           ("นายอาลี ทองประเสริฐ", "081-771-4402", "ali.tps@gmail.com"))[k]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{m.name}\nทะเบียนมัสยิดเลขที่ {(3, 1)[k]} จังหวัด{m.p.province}\n{home(m, i)} โทร {tel(m, i)}"
        )
        d.add_paragraph(
            f"ที่ {('มนล', 'มอฮ')[k]}. {21 + i}/2569\t\t\t{9 + k} ธันวาคม 2569\n\t\t\t\t(ตรงกับ {19 + k} ญุมาดัลอาคิเราะฮ์ ฮ.ศ. 1448)"
        )
        d.add_paragraph(
            f"เรื่อง ขออนุญาตใช้เครื่องขยายเสียงและขอความอนุเคราะห์เต็นท์ งานเมาลิดประจำปี\nเรียน {chief(to)}"
        )
        d.add_paragraph(
            f"\tด้วยคณะกรรมการอิสลามประจำ{m.name} จะจัดงานเมาลิดประจำปี ในวันที่ {19 + k}-{20 + k} ธันวาคม 2569 "
            f"ณ บริเวณ{m.name} โดยมีการบรรยายศาสนธรรม การอ่านอัลกุรอาน และเลี้ยงอาหารแก่ผู้มาร่วมงานประมาณ 500 คน"
        )
        d.add_paragraph(
            f"\tข้าพเจ้า {imam} อิหม่ามประจำมัสยิด ในฐานะประธานคณะกรรมการ เลขประจำตัวประชาชน {nid_w(imam_id, i + 1)} "
            "จึงขออนุญาตใช้เครื่องขยายเสียงในวันงาน เวลา 08.00-21.00 น. และขอยืมเต็นท์ 8 หลัง พร้อมโต๊ะ 30 ตัว"
        )
        d.add_paragraph(f"\tผู้ประสานงาน {sec[0]} เลขานุการคณะกรรมการ โทร {sec[1]}")
        d.add_paragraph("\tจึงเรียนมาเพื่อโปรดพิจารณาอนุญาต")
        d.add_paragraph(
            f"\t\t\t\tขอแสดงความนับถือ\n\n\t\t\t\t({imam})\n\t\t\t\tอิหม่ามประจำ{m.name}\n\t\t\t\tโทร {mobile(imam_mob, i)}"
        )

    raw = message(i, to, f"หนังสือ{m.name} ขออนุญาตใช้เครื่องขยายเสียงงานเมาลิด", f"{sec[0][3:]} <{sec[2]}>",
                  text=f"อัสสลามุอะลัยกุม\nเรียน {AGENCY[to][0]}\nขอส่งหนังสือของ{m.name}ตามไฟล์แนบครับ\n{sec[0]}\n",
                  files=(("หนังสือมัสยิด_เมาลิด.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_mosque_maulid_letter", raw,
                body(m, NO_BIRTH, (imam,), imam_id, more_phones=(imam_mob,)))  # fmt: skip


# --- PDF -----------------------------------------------------------------------------------------


def pdf_fillable_ks1_ordination(a: Party, i: int) -> Case:
    """The ฆ.ษ.1 (คำขออนุญาตใช้เครื่องขยายเสียง) as a fillable PDF with English field
    names: applicant_* (name, age, ID as a comb, home in parts, phone), the purpose (a
    grandson's ordination at home and the procession to the temple), operator_* (the
    sound shop's owner: name, ID, phone, shop's place)."""
    p = a.p
    v = i % 2
    to = ("maetha", "pasang")[v]
    op = (("นายทองดี แสนใจ", with_check_digit("352030041126"), "0869920415", "ร้านทองดีซาวด์ 14 หมู่ 2 ต.แม่ทะ อ.แม่ทะ"),
          ("นายสุเมธ ปันคำ", with_check_digit("351060027718"), "0932205581", "ร้านสุเมธเครื่องเสียง 3 หมู่ 1 ต.ป่าซาง อ.ป่าซาง"))[v]  # fmt: skip
    labels = [(55, 16, "แบบ ฆ.ษ.1"), (35, 24, "คำขออนุญาตใช้เครื่องขยายเสียง"), (140, 32, f"เขียนที่ {AGENCY[to][0]}"),
              (20, 44, "ชื่อผู้ขออนุญาต"), (140, 44, "อายุ"), (20, 52, "เลขประจำตัวประชาชน"), (20, 60, "บ้านเลขที่"),
              (70, 60, "หมู่ที่"), (100, 60, "ถนน"), (20, 68, "ตำบล"), (80, 68, "อำเภอ"), (140, 68, "จังหวัด"),
              (20, 76, "รหัสไปรษณีย์"), (80, 76, "โทรศัพท์"), (20, 88, "ขออนุญาตใช้เครื่องขยายเสียงเพื่อ"),
              (20, 96, "ณ สถานที่"), (20, 104, "วันที่"), (110, 104, "เวลา"), (20, 116, "ชนิดเครื่องขยายเสียง"),
              (20, 128, "ผู้ควบคุมเครื่องขยายเสียง"), (20, 136, "เลขประจำตัวประชาชนผู้ควบคุม"), (120, 136, "โทร"),
              (20, 144, "ที่อยู่ผู้ควบคุม"), (110, 170, "ลงชื่อ ........................ ผู้ขออนุญาต")]  # fmt: skip
    fields = [Field("applicant_name", a.name, 50, 44, 85), Field("applicant_age", str(age(p.born)), 150, 44, 15),
              Field("applicant_id", p.nid, 60, 52, 60, comb=13), Field("applicant_house", p.house, 40, 60, 25),
              Field("applicant_moo", p.moo, 82, 60, 15), Field("applicant_road", p.road or "-", 110, 60, 50),
              Field("applicant_tambon", p.tambon, 32, 68, 45), Field("applicant_amphoe", p.amphoe, 92, 68, 45),
              Field("applicant_province", p.province, 155, 68, 40), Field("applicant_postcode", p.postal, 45, 76, 30),
              Field("applicant_phone", mobile(p.mobile, i), 98, 76, 45),
              Field("purpose", f"งานอุปสมบทหลานชาย และขบวนแห่นาคไป{('วัดแม่ทะหลวง', 'วัดม่วงน้อย')[v]}", 80, 88, 110),
              Field("place", f"บ้านเลขที่ {p.house} และตลอดเส้นทางขบวนแห่", 42, 96, 150),
              Field("date", "26-27 ธันวาคม 2569", 35, 104, 60), Field("time", "08.00-18.00 น.", 122, 104, 50),
              Field("equipment", "ลำโพงฮอร์น 4 ตัว แอมป์ 1,000 วัตต์ (ติดรถยนต์ 1 คัน)", 60, 116, 130),
              Field("operator_name", op[0], 70, 128, 80), Field("operator_id", nid_w(op[1], i), 75, 136, 45),
              Field("operator_phone", mobile(op[2], i), 130, 136, 45), Field("operator_address", op[3], 50, 144, 140)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Garuda"), fields)
    raw = message(i, to, "ขออนุญาตใช้เครื่องขยายเสียง (แบบ ฆ.ษ.1) งานบวช", own_box(a),
                  text=f"เรียน {AGENCY[to][0]}\nส่งแบบ ฆ.ษ.1 ที่กรอกแล้ว{ending(a)} ค่าธรรมเนียมจะไปชำระที่สำนักงาน\n",
                  files=(("ฆษ1.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_ks1_ordination", raw, own(a, NO_BIRTH))


def pdf_typed_monk_allowance(a: Party, i: int) -> Case:
    """A monk's typed letter as a PDF asking to register for the old-age allowance: the
    temple's place top right, อาตมภาพ with his name, ฉายา and lay surname, his ID and birth
    date, his former temple elsewhere, a BAAC account; the abbot certifies below with
    the temple's line."""
    v = i % 2
    name, lay, nid, born, mob, box, k, former = MONKS[v]
    t = TEMPLES[k]
    title = ABBOTS[k][0]
    to = ("banpin", "thungfai")[v]
    addr = home(t, i)
    cut = addr.index(" ตำบล") if " ตำบล" in addr else addr.index(" ต.")
    me_line = f"อาตมภาพ {name} (นามสกุลเดิม {lay})" if v == 0 else f"อาตมภาพ {name} นามสกุล {lay}"
    paras: list[tuple[float, str]] = [(120, t.name), (120, addr[:cut].strip()), (120, addr[cut:].strip()), (0, ""),
             (120, f"{4 + v} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ"), (20, f"เจริญพร {chief(to)}"), (0, ""),
             (30, f"{me_line} อายุ {age(born)} พรรษา {(38, 41)[v]} เลขประจำตัวประชาชน {nid_w(nid, i)} เกิดวันที่ {born_th(born, i + 1)} "
                  f"สังกัด{t.name} มีชื่ออยู่ในทะเบียนบ้าน (ท.ร.14) ของวัด ได้ย้ายสังกัดมาจาก{former} เมื่อเดือนสิงหาคม 2569 "
                  "จึงขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุในเขตนี้ โดยขอรับเงินโอนเข้าบัญชี ธ.ก.ส. "
                  f"เลขที่บัญชี {('0205 4411 8726', '0203 9917 2045')[v]}"),
             (30, f"ติดต่ออาตมภาพได้ที่โทร {mobile(mob, i)}"), (0, ""),
             (110, "ขอเจริญพร"), (0, ""), (105, f"({name})"), (0, ""),
             (20, f"ขอรับรองว่าข้อความข้างต้นเป็นความจริง  ({title})  เจ้าอาวาส{t.name}  โทร {tel(t, i)}")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    sender = (
        f"{name} <{box}>" if box else f"{t.name} <{('watbanpin', 'wat.thungfai')[v]}@gmail.com>"
    )
    raw = message(i, to, "ขอลงทะเบียนรับเงินเบี้ยยังชีพผู้สูงอายุ (พระภิกษุ)", sender,
                  text="เจริญพร\nส่งหนังสือขอลงทะเบียนเบี้ยยังชีพตามไฟล์แนบ\n",
                  files=(("หนังสือขอลงทะเบียน.pdf", data, PDF),))  # fmt: skip
    e = exp(t, ALL)
    e["full_name"] = monk_names(v)
    e["national_id"] = (nid,)
    e["birth_date"] = (born.isoformat(),)
    e["phone"] = phones(mob)
    e["email"] = (box,) if box else ()
    e["address"] = place(t)
    return Case("pdf_typed_monk_allowance", raw, e)


def pdf_fillable_venue_khuang(a: Party, i: int) -> Case:
    """The town's fillable คำขอใช้สถานที่ (Thai field names) for its open square (ข่วง):
    the ผู้ขอใช้ (an elders' club's president, a youth group's leader) with ID, birth date,
    home, phone and box, the body's name, the ผู้ประสานงาน's name and mobile, the event."""
    p = a.p
    v = i % 2
    to = ("phr", "lpg")[v]
    group, contact, what = (
        ("ชมรมผู้สูงอายุตำบลสูงเม่น", ("นางสาวพิมพ์ใจ ชัยลังกา", "0981123476"), "ฟ้อนเจิงและฟ้อนเทียน งานปีใหม่"),
        ("กลุ่มเยาวชนฮักษ์ล้านนา", ("นายธนากร คำแปง", "0617745290"), "ตีกลองปู่จาและฟ้อนดาบ"),
    )[v]  # fmt: skip
    venue = ("ข่วงเมืองแพร่", "ข่วงนครลำปาง")[v]
    labels = [(50, 18, f"แบบคำขอใช้สถานที่ {venue}"), (80, 26, AGENCY[to][0]),
              (20, 40, "ชื่อผู้ขอใช้"), (20, 48, "ในนามของ"), (20, 56, "เลขประจำตัวประชาชน"), (120, 56, "วันเดือนปีเกิด"),
              (20, 64, "ที่อยู่"), (20, 72, "โทรศัพท์"), (110, 72, "อีเมล"), (20, 84, "ผู้ประสานงาน"), (120, 84, "โทร"),
              (20, 96, "กิจกรรม"), (20, 104, "วันที่ใช้สถานที่"), (120, 104, "จำนวนผู้ร่วมงาน"),
              (100, 140, "ลงชื่อ ........................ ผู้ขอใช้")]  # fmt: skip
    fields = [Field("ชื่อผู้ขอใช้", a.name, 45, 40, 90), Field("ในนามของ", group, 40, 48, 110),
              Field("เลขประจำตัวประชาชน", nid_w(p.nid, i), 60, 56, 55), Field("วันเดือนปีเกิด", born_th(p.born, i + 1), 145, 56, 45),
              Field("ที่อยู่", home(a, i + 1), 35, 64, 160), Field("โทรศัพท์", mobile(p.mobile, i), 45, 72, 55),
              Field("อีเมล", p.email, 125, 72, 70), Field("ผู้ประสานงาน", contact[0], 50, 84, 65),
              Field("โทรผู้ประสานงาน", mobile(contact[1], i + 1), 130, 84, 50), Field("กิจกรรม", what, 40, 96, 150),
              Field("วันที่ใช้สถานที่", ("31 ธันวาคม 2569 17.00-22.00 น.", "10 มกราคม 2570 16.00-20.00 น.")[v], 55, 104, 60),
              Field("จำนวนผู้ร่วมงาน", ("60", "35")[v], 155, 104, 20)]  # fmt: skip
    data = acroform(pdf_page(labels, size=13, face="Laksaman"), fields)
    sender = ("ชมรมผู้สูงอายุสูงเม่น <elders.sungmen@gmail.com>", own_box(a))[v]
    raw = message(i, to, f"ขอใช้สถานที่{venue}", sender, text=f"เรียน {AGENCY[to][0]}\nส่งแบบคำขอใช้สถานที่ตามไฟล์แนบ\n",
                  files=(("คำขอใช้สถานที่.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_venue_khuang", raw, own(a, ALL, box=v == 1))


def pdf_typed_hearse_letter(a: Party, i: int) -> Case:
    """A daughter's (or son's) typed letter as a PDF asking the town's hearse from the
    hospital to a temple's เมรุ and a copy of the death certificate: her block top right,
    the father's ID, birth date, HN and day of death in the body, her mobile."""
    p = a.p
    v = i % 2
    to = ("lpg", "lpn")[v]
    word = ("บุตรสาว", "บุตรชาย")[v]
    dad, dad_id, dad_born = (("นายอินสม อินทร์ปัญญา", with_check_digit("352010004471"), date(1944, 2, 2)),
                             ("นายจันทร์ ดวงดี", with_check_digit("351010009935"), date(1951, 10, 18)))[v]  # fmt: skip
    hosp, wat = (("โรงพยาบาลลำปาง", "วัดทุ่งฝายงาม"), ("โรงพยาบาลลำพูน", "วัดริมปิงหลวง"))[v]
    addr = home(a, i)
    cut = addr.index(" ตำบล") if " ตำบล" in addr else addr.index(" ต.")
    paras: list[tuple[float, str]] = [(120, addr[:cut].strip()), (120, addr[cut:].strip()), (0, ""),
             (120, f"{7 + v} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ขอใช้รถบริการรับส่งศพ และขอคัดสำเนามรณบัตร"), (20, f"เรียน {chief(to)}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} เป็น{word}ของ {dad} เลขประจำตัวประชาชน {nid_w(dad_id, i + 1)} "
                  f"เกิดวันที่ {born_th(dad_born, i)} ซึ่งถึงแก่กรรมที่{hosp} (HN {('64-018832', '59-204417')[v]}) เมื่อวันที่ 6 ธันวาคม 2569 "
                  f"ครอบครัวจะประกอบพิธีฌาปนกิจ ณ เมรุ{wat} ในวันที่ 10 ธันวาคม 2569 เวลา 15.00 น. "
                  f"จึงขอใช้รถบริการรับส่งศพของเทศบาลรับศพจาก{hosp}ไปยัง{wat} ในวันที่ 8 ธันวาคม 2569 และขอคัดสำเนามรณบัตร 3 ฉบับ"),
             (30, f"ติดต่อข้าพเจ้าได้ที่โทร {mobile(p.mobile, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Loma", step=8.5), size=14, face="Loma")
    raw = message(i, to, "ขอใช้รถรับส่งศพ", own_box(a), text=f"เรียน {AGENCY[to][0]}\nแนบหนังสือขอใช้รถรับส่งศพ{ending(a)}\n",
                  files=(("ขอใช้รถรับส่งศพ.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_hearse_letter", raw, own(a, ALL, others_birth=True))


# --- sheets --------------------------------------------------------------------------------------


def xlsx_fair_stall_list(a: Party, i: int) -> Case:
    """A fair committee's sheet asking a temporary market on a temple's grounds: its head
    block (the event, the temple's place, the chair who asks with ID, home, mobile), then
    the stall holders' rows (IDs, stall numbers, goods, mobiles)."""
    p = a.p
    v = i % 2
    to = ("sa_iap", "maetuen")[v]
    wat, wat_place = (
        ("วัดสะเอียบหลวง", "5 หมู่ 1 ต.สะเอียบ อ.สอง จ.แพร่"),
        ("วัดแม่ตืนหลวง", "1 หมู่ 2 ต.แม่ตืน อ.ลี้ จ.ลำพูน"),
    )[v]
    stalls = [("นางสาวสุดา คำดี", "354030045512", "ก๋วยเตี๋ยว", "081-553-2217"),
              ("นายอำนาจ ปัญญา", "354030061143", "ลูกชิ้นทอด", "089-420-7761"),
              ("นางจันทร์ฟอง ใจหล้า", "351050072206", "เสื้อผ้า", "062-113-5590"),
              ("นายพงษ์ศักดิ์ ยาใจ", "351050018837", "ของเล่น", ""),
              ("นางบุษบา อินแก้ว", "354030028874", "ข้าวซอย ขนมจีน", "093-774-1185")]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ตลาดนัดงานวัด"
        ws.append((f"ขออนุญาตจัดตลาดนัดชั่วคราว งานประจำปี{wat} 2570",))
        ws.append(("สถานที่จัด", f"ลานจอดรถ{wat} {wat_place}"))
        ws.append(("วันที่จัด", "20-22 กุมภาพันธ์ 2570 เวลา 16.00-23.00 น."))
        ws.append(("ผู้ขออนุญาต (ประธานคณะกรรมการจัดงาน)", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", mobile(p.mobile, i)))
        ws.append(())
        ws.append(("ล็อก", "ชื่อ-สกุลผู้ค้า", "เลขประจำตัวประชาชน", "สินค้า", "โทรศัพท์"))
        for n, (name, nid12, goods, tel_) in enumerate(stalls, 1):
            ws.append((f"{'AB'[v]}-{n:02d}", name, nid_w(with_check_digit(nid12), n), goods, tel_))

    raw = message(i, to, f"ขออนุญาตจัดตลาดนัดชั่วคราว งานประจำปี{wat}", own_box(a),
                  text=f"เรียน {AGENCY[to][0]}\nส่งรายชื่อผู้ค้าและคำขออนุญาตจัดตลาดนัดชั่วคราวงานวัดตามไฟล์แนบ{ending(a)}\n{a.name}\n",
                  files=(("ตลาดนัดงานวัด.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_fair_stall_list", raw, own(a, NO_BIRTH))


def xlsx_temple_borrow_list(a: Party, i: int) -> Case:
    """A temple's list of things to borrow for its ปอยหลวง as a sheet: its head block (the
    temple, the abbot who asks as ผู้ขอยืม, the temple's place and line, the ไวยาวัจกร's row
    with his mobile), then the items; sent from the temple's Gmail."""
    v = i % 2
    k = (1, 5)[v]
    t = TEMPLES[k]
    title = abbot_names(k)[-1]
    w_name, w_mob = WAIYA[k]
    to = ("lpluang", "lpg")[v]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ขอยืมพัสดุ"
        ws.append((f"รายการขอยืมพัสดุ {AGENCY[to][0]}",))
        ws.append(("หน่วยงานผู้ขอยืม", t.name))
        ws.append(("ผู้ขอยืม", title, "ตำแหน่ง", "เจ้าอาวาส"))
        ws.append(("ที่ตั้ง", home(t, i + 1)))
        ws.append(("โทรศัพท์วัด", tel(t, i)))
        ws.append(("ผู้ประสานงาน (ไวยาวัจกร)", w_name, "โทร", mobile(w_mob, i)))
        ws.append(
            (
                "งาน",
                ("ปอยหลวงฉลองกุฏิ", "ทอดผ้าป่าสามัคคีสมทบทุนสร้างเมรุ")[v],
                "วันที่ยืม",
                "12/01/2570",
                "วันที่คืน",
                "16/01/2570",
            )
        )
        ws.append(())
        ws.append(("ลำดับ", "รายการ", "จำนวน", "หน่วย", "หมายเหตุ"))
        for n, (item, qty, unit, note) in enumerate([("เต็นท์ขนาด 4x8 ม.", 12, "หลัง", ""), ("โต๊ะพับ", 40, "ตัว", ""),
                                                     ("เก้าอี้พลาสติก", 400, "ตัว", ""), ("ถังน้ำแข็ง", 6, "ใบ", ""),
                                                     ("รถบรรทุกน้ำ", 1, "คัน", "วันที่ 14/01/2570")], 1):  # fmt: skip
            ws.append((n, item, qty, unit, note))

    raw = message(i, to, f"{t.name} ขอยืมพัสดุ", f"{t.name} <{t.p.email}>",
                  text=f"เจริญพร {AGENCY[to][0]}\nส่งรายการขอยืมพัสดุของ{t.name}ตามไฟล์แนบ\n",
                  files=(("ขอยืมพัสดุ.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_temple_borrow_list", raw,
                body(t, NO_BIRTH, abbot_names(k), "", more_phones=(w_mob,), box=True))  # fmt: skip


def xlsx_kathin_donor_list(a: Party, i: int) -> Case:
    """A kathin group's collector sends the town the list of donors who want receipts for
    e-Donation: her head block (name, ID, home, mobile, box), then the donors' rows (IDs
    as numbers, amounts, transfer dates; her own row among them)."""
    p = a.p
    v = i % 2
    to = ("phr", "lpn")[v]
    donors = [("นายสมศักดิ์ ธิวงศ์", "354010077214", 1000), ("นางอำไพ แก้วใส", "354010029936", 500),
              ("นางสาวรัชนี บุญเรือง", "154010046628", 2000), ("นายวิชัย คำฟู", "354010013357", 300),
              ("นางศรีนวล ปัญญา", "354010088851", 1500)]  # fmt: skip
    if v:
        donors = [(n, "351" + x[3:], amt) for n, x, amt in donors]

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "รายชื่อผู้บริจาค"
        ws.append((f"รายชื่อผู้ร่วมบริจาคทอดกฐินสามัคคี {AGENCY[to][0]} ประจำปี 2569 (ขอใบเสร็จ e-Donation)",))
        ws.append(("ผู้รวบรวม", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i + 1)))
        ws.append(("โทร", mobile(p.mobile, i), "อีเมล", p.email))
        ws.append(())
        ws.append(("ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "จำนวนเงิน (บาท)", "วันที่โอน"))
        rows = [(n, int(with_check_digit(x)), amt) for n, x, amt in donors]
        rows.insert(2, (a.name, int(p.nid), 2500))
        for n, (name, nid, amt) in enumerate(rows, 1):
            ws.append((n, name, nid, amt, f"{20 + n}/11/2569"))
        ws.append(("", "รวม", "", sum(r[2] for r in rows), ""))

    raw = message(i, to, "รายชื่อผู้บริจาคกฐินสามัคคี ขอใบเสร็จ e-Donation", own_box(a),
                  text=f"เรียน กองคลัง\nส่งรายชื่อผู้บริจาคเพื่อออกใบเสร็จ{ending(a)}\n{p.first}\n",
                  files=(("รายชื่อผู้บริจาค.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_kathin_donor_list", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the two PEOPLE it is for (styles of a body pick theirs by the variant).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_iphone_ordination_father, (0, 11)),
    (plain_line_forward_cremation, (1, 12)),
    (plain_gmail_imam_letter_pasted, (5, 4)),
    (plain_outlook_android_donation, (6, 16)),
    (plain_webform_troupe_stage, (7, 13)),
    (html_gmail_fair_chair, (9, 3)),
    (html_outlook_church_carol, (0, 0)),
    (html_iphone_abbot_for_villager, (15, 14)),
    (html_webform_loudspeaker_merit, (2, 8)),
    (docx_temple_letter_abbot, (0, 0)),
    (docx_crematorium_form, (10, 17)),
    (docx_troupe_letter_members, (22, 20)),
    (docx_mosque_maulid_letter, (0, 0)),
    (pdf_fillable_ks1_ordination, (19, 18)),
    (pdf_typed_monk_allowance, (0, 0)),
    (pdf_fillable_venue_khuang, (23, 21)),
    (pdf_typed_hearse_letter, (24, 25)),
    (xlsx_fair_stall_list, (26, 27)),
    (xlsx_temple_borrow_list, (0, 0)),
    (xlsx_kathin_donor_list, (20, 8)),
)  # fmt: skip

KIND: dict[str, str] = {
    s.__name__: {"plain": "plain", "html": "HTML", "docx": "Word", "pdf": "PDF", "xlsx": "sheet"}[
        s.__name__.split("_")[0]
    ]
    for s, _ in STYLES
}


def build_set() -> list[Case]:
    """Each style for two (its two variants, numbered 2s and 2s+1)."""
    cases: list[Case] = []
    for s, (style, pair) in enumerate(STYLES):
        for k, n in enumerate(pair):
            cases.append(style(PEOPLE[n], 2 * s + k))
    return cases
