"""A sixty-sixth set of requests written by someone who had not read the readers (issue 8):
ANIMALS, FARMS AND FISHERIES at rural เทศบาลตำบล and อบต. (Suphan Buri: สามชุก, อู่ทอง,
ดอนเจดีย์, เมืองสุพรรณบุรี; Nakhon Pathom: กำแพงแสน, ดอนตูม, นครชัยศรี; Chanthaburi:
แก่งหางแมว, โป่งน้ำร้อน, แหลมสิงห์; Phatthalung: ปากพะยูน, เมืองพัทลุง). Dogs and cats
registered (the pet's name, breed, sex, colour, its own birth date, its 15-digit microchip,
rabies vaccines with their brand and lot numbers and dates, the vet clinic's name, address,
line and the vet's licence); a daughter in Bangkok registering her old father's dogs (in a
mail and on a fillable form with a ผู้ยื่นแทน section); stray dogs that bit a child (the
neighbour who feeds them, his house; the child's hospital number), forwarded by the
headman; a neighbour's chicken farm and pig farm that smell (his name, house, mobile, head
counts, an earlier complaint's number); farmers asking help after wild elephants or brown
planthoppers ruined their crops (the farmer registration number ทบก. of 12 digits, plot
deeds โฉนด / น.ส.3 ก., areas in ไร่-งาน-ตารางวา, the plot's own หมู่, the wildlife officer's
or the agricultural officer's phone, the headman who certifies); borrowing the agency's
water pump, tractor or backhoe (asset numbers 035-63-0004 shaped like a landline, a
guarantor's lines); a fishing group's requests (its community-enterprise code, boat
registrations, fishing licences, the pier's place, the secretary's mobile); a cattle
market's permit (the market's land and deed, the trader's ใบอนุญาตค้าสัตว์, the vet who
inspects); a headman's sheet of livestock owners for vaccination (their IDs, houses, head
counts, phones); a cooperative (สหกรณ์ ... จำกัด) writing for its members (its tax number,
its office, line and box, the members' IDs and plots).
Kinds: plain (iPhone, Samsung, Yahoo on Android, webmail, a headman's Gmail forward, a
reply above the agency's quoted acknowledgement), HTML (Gmail with signature, Outlook
from a cooperative's box, the agency's e-service notification, Gmail reply with a table
above the quote), Word (the agency's pet form on dotted lines with a pets' table and the
vet's block, a borrowing form with a guarantor, a headman's letter for one farmer (typed
in Thai digits in v2), a cooperative's letter on letterhead with its members' table), PDF
(fillable forms whose fields Acrobat named from their labels, "โทรศัพท์_2" and the like; a
typed letter; a vet clinic's typed vaccination certificate), xlsx (a headman's vaccination
list, a fishing group's members).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 62 and 63, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run), following sets 28, 31/63 (the one the request
is FOR), 37 (a parent whose request gives only the child's phone expects no phone), 56/60
(a juristic body: the natural person who signs for it) and 62 (a headman writing for one
villager: the villager; a headman asking for his village: the headman). WHO says it per
style.
- The APPLICANT is the one whose animals, crops, fields or group the request is about and
  who asks: the pet's owner (never the vet, the clinic); the complainant (never the
  neighbour complained of, the child bitten, the headman who forwards her mail); the
  farmer whose crop was ruined (never the headman who certifies, the wildlife or
  agricultural officer); the farmer who borrows (never the guarantor); the cattle trader
  who asks the market's permit (never the vet who inspects); a fishing group's chairman
  who writes and signs for the group (his own home and mobile; the secretary, the members
  never); a headman who sends his village's vaccination list (his own lines; the owners in
  the rows never).
- A DAUGHTER REGISTERING HER OLD FATHER'S DOGS: the father (the dogs' owner) is the
  applicant: his name, ID, birth date, home; his phone and e-mail `()` (only hers are
  given: none, or a flagged value, is right); her name, ID, Bangkok home, mobile and box
  never his.
- A COOPERATIVE (สหกรณ์ ... จำกัด) is a juristic body: the chairman who signs its letter
  (ประธานกรรมการดำเนินการ) is the applicant: full_name his name; national_id `()` (none
  given; the cooperative's 13-digit tax number is no one's ID); address, phone and e-mail
  the cooperative's office, its line and its box; a staff member's mobile in the mail's
  signature never; the members in its table never.
- A HEADMAN'S LETTER FOR ONE FARMER: the farmer (name, ID, home, the phone the letter gives
  for him); the headman's name, mobile and box never (the farmer's e-mail `()`).
- A farmer registration number (ทบก., 12 digits), a deed's number (โฉนด, น.ส.3 ก.), an
  area, a microchip (15 digits), a vaccine's lot, a vet's licence, an asset number
  (035-63-0004), a boat's registration, a fishing licence, a community-enterprise code, a
  trader's licence, a hospital number, a complaint's number is never an ID or a phone.
- address: where the applicant lives, house number to the อำเภอ (written out, with หมู่ or
  short), with or without เลขที่/บ้านเลขที่, with or without province and postal code;
  never the plot's, the market's land, the pier, the clinic's, the neighbour's house, the
  daughter's home, the guarantor's. For a cooperative: its office. province and postal
  code of that same address.
- phone: the applicant's own where given (a cooperative: its office line); the vet's
  clinic, the neighbour's, the headman's (where he is not the applicant), the officer's,
  the secretary's, the daughter's, the guarantor's, the agency's desk never.
- email: the applicant's own box where she sends from it or writes it (a complainant's
  box in the forwarded header is hers); a headman's, a daughter's, a no-reply box never.
- birth_date ISO, only the applicant's and only where given; a pet's birth date, a
  vaccination date, a bite's, an incident's, a letter's date never.
Everyone, every group, cooperative, clinic and number is invented (13-digit numbers made
with with_check_digit); ตำบล, อำเภอ, provinces and postal codes are real and belong
together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from support.blind_sets import set_body
from unseen_requests import MONTHS, Case, thai, with_check_digit
from unseen_requests_5 import DOCX, XLSX, Field, acroform, docx_bytes, pdf_page, xlsx_bytes
from unseen_requests_11 import PDF
from unseen_requests_52 import born_th, flow, mobile, nid_w, outlook_html
from unseen_requests_56 import P, Party, exp, home, table_doc, tel

# ruff: noqa: E501 -- messages as people type them: long lines

SP = "สุพรรณบุรี"
NP = "นครปฐม"
CB = "จันทบุรี"
PT = "พัทลุง"
BKK = "กรุงเทพมหานคร"
NONE = date(1900, 1, 1)  # a cooperative has no birth date; never expected

PEOPLE: tuple[Party, ...] = (
    P("นาง", "วันดี", "ศรีสุข", "372050012345", date(1972, 5, 14), "0815563201", "wandee.ss@gmail.com",
      "112", "4", "", "", "หนองผักนาก", "สามชุก", SP, "72130"),
    P("นาย", "สมชาย", "ทองดี", "322010031427", date(1965, 2, 3), "0896641207", "somchai.td65@hotmail.com",
      "45/2", "7", "", "", "ขุนซ่อง", "แก่งหางแมว", CB, "22160"),
    P("นาย", "ประเสริฐ", "แก้วมณี", "393050027718", date(1970, 9, 9), "0819987342", "prasert.km@gmail.com",
      "19", "3", "", "", "เกาะหมาก", "ปากพะยูน", PT, "93120"),
    P("นางสาว", "กาญจนา", "พูลสวัสดิ์", "173060044512", date(1990, 12, 1), "0627745190", "kanjana.ps@gmail.com",
      "88", "9", "", "", "ทุ่งกระพังโหม", "กำแพงแสน", NP, "73140"),
    P("นาย", "บุญเลิศ", "จันทร์หอม", "372040006623", date(1958, 6, 22), "0869912345", "boonlert.ch@yahoo.com",
      "7", "2", "", "", "จรเข้สามพัน", "อู่ทอง", SP, "72160"),
    P("นาง", "สุดารัตน์", "เพชรรัตน์", "373050019984", date(1981, 3, 17), "0953318827", "sudarat.pr@gmail.com",
      "203/1", "5", "", "", "สามง่าม", "ดอนตูม", NP, "73150"),
    P("นาย", "อำนาจ", "หนูแก้ว", "393010052267", date(1976, 11, 30), "0817790214", "amnat.nk@gmail.com",
      "56", "1", "", "", "ลำปำ", "เมืองพัทลุง", PT, "93000"),
    P("นาย", "วิชิต", "สายทอง", "322020040081", date(1969, 7, 7), "0847712095", "wichit.st@gmail.com",
      "301", "11", "", "", "ทับไทร", "โป่งน้ำร้อน", CB, "22140"),
    P("นาง", "ลำไย", "บุญมา", "372050034470", date(1962, 4, 18), "0862205519", "lamyai.bm@gmail.com",
      "14", "6", "", "", "ย่านยาว", "สามชุก", SP, "72130"),
    P("นาย", "ธีรวัฒน์", "ใจดี", "122070063358", date(1984, 8, 25), "0895534012", "theerawat.jd@gmail.com",
      "9/4", "2", "", "", "ปากน้ำแหลมสิงห์", "แหลมสิงห์", CB, "22130"),
    P("นางสาว", "ปิยะพร", "ศรีนวล", "193990071126", date(1995, 1, 12), "0638821457", "piyaporn.sn@gmail.com",
      "77", "8", "", "", "ท่าแค", "เมืองพัทลุง", PT, "93000"),
    P("นาย", "สมบูรณ์", "มีทรัพย์", "373020008815", date(1955, 10, 5), "0811187643", "somboon.mst@gmail.com",
      "150", "3", "", "", "ศีรษะทอง", "นครชัยศรี", NP, "73120"),
    P("นาง", "อรุณี", "แสงจันทร์", "372010058896", date(1979, 2, 28), "0817735560", "arunee.sj@gmail.com",
      "210/5", "", "", "มาลัยแมน", "ท่าพี่เลี้ยง", "เมืองสุพรรณบุรี", SP, "72000"),
    P("นาย", "เฉลิม", "วงษ์สวรรค์", "372080001147", date(1941, 3, 9), "0812204678", "",
      "33", "1", "", "", "ดอนเจดีย์", "ดอนเจดีย์", SP, "72170"),
    P("นาย", "ทองใบ", "คงเจริญ", "373050000932", date(1939, 12, 20), "0866610472", "",
      "5", "4", "", "", "ห้วยพระ", "ดอนตูม", NP, "73150"),
)  # fmt: skip

# Cooperatives (juristic: the 13-digit tax number as `nid`; their office, line and box).
COOPS: tuple[Party, ...] = (
    P("", "สหกรณ์การเกษตรสามชุก", "จำกัด", "099400012345", NONE, "035571180", "office@samchuk-coop.example.or.th",
      "99", "1", "", "", "สามชุก", "สามชุก", SP, "72130", juristic=True),
    P("", "สหกรณ์โคนมทุ่งกระพังโหม", "จำกัด", "099400067821", NONE, "034351220", "dairy.tkp@example.or.th",
      "123", "2", "", "", "ทุ่งกระพังโหม", "กำแพงแสน", NP, "73140", juristic=True),
)  # fmt: skip
# Each cooperative's chairman who signs (no ID given), and the staff member who mails.
CHAIRS = ("นายประจวบ ศรีเมือง", "นายวิโรจน์ ทองประเสริฐ")
STAFF = (("นางสาวเยาวลักษณ์ ดีมาก", "เจ้าหน้าที่สินเชื่อ", "0894471326"),
         ("นายกฤษดา แสนสุข", "ผู้ช่วยผู้จัดการ", "0926618840"))  # fmt: skip

# The agency each applicant writes to: (name, its chief's title, its box).
AGENCIES: dict[str, tuple[str, str, str]] = {
    "หนองผักนาก": ("องค์การบริหารส่วนตำบลหนองผักนาก", "นายกองค์การบริหารส่วนตำบลหนองผักนาก", "saraban@nongphaknak.example.go.th"),
    "ย่านยาว": ("องค์การบริหารส่วนตำบลย่านยาว", "นายกองค์การบริหารส่วนตำบลย่านยาว", "saraban@yanyao.example.go.th"),
    "สามชุก": ("เทศบาลตำบลสามชุก", "นายกเทศมนตรีตำบลสามชุก", "saraban@samchuk.example.go.th"),
    "ท่าพี่เลี้ยง": ("เทศบาลเมืองสุพรรณบุรี", "นายกเทศมนตรีเมืองสุพรรณบุรี", "saraban@suphancity.example.go.th"),
    "จรเข้สามพัน": ("องค์การบริหารส่วนตำบลจรเข้สามพัน", "นายกองค์การบริหารส่วนตำบลจรเข้สามพัน", "saraban@chorakhe3000.example.go.th"),
    "ดอนเจดีย์": ("เทศบาลตำบลดอนเจดีย์", "นายกเทศมนตรีตำบลดอนเจดีย์", "saraban@donchedi.example.go.th"),
    "ทุ่งกระพังโหม": ("องค์การบริหารส่วนตำบลทุ่งกระพังโหม", "นายกองค์การบริหารส่วนตำบลทุ่งกระพังโหม", "saraban@tungkrapanghom.example.go.th"),
    "สามง่าม": ("เทศบาลตำบลสามง่าม", "นายกเทศมนตรีตำบลสามง่าม", "saraban@samngam.example.go.th"),
    "ห้วยพระ": ("องค์การบริหารส่วนตำบลห้วยพระ", "นายกองค์การบริหารส่วนตำบลห้วยพระ", "saraban@huaypra.example.go.th"),
    "ศีรษะทอง": ("องค์การบริหารส่วนตำบลศีรษะทอง", "นายกองค์การบริหารส่วนตำบลศีรษะทอง", "saraban@sisathong.example.go.th"),
    "ขุนซ่อง": ("องค์การบริหารส่วนตำบลขุนซ่อง", "นายกองค์การบริหารส่วนตำบลขุนซ่อง", "saraban@khunsong.example.go.th"),
    "ทับไทร": ("องค์การบริหารส่วนตำบลทับไทร", "นายกองค์การบริหารส่วนตำบลทับไทร", "saraban@tapsai.example.go.th"),
    "ปากน้ำแหลมสิงห์": ("เทศบาลตำบลปากน้ำแหลมสิงห์", "นายกเทศมนตรีตำบลปากน้ำแหลมสิงห์", "saraban@laemsing.example.go.th"),
    "เกาะหมาก": ("องค์การบริหารส่วนตำบลเกาะหมาก", "นายกองค์การบริหารส่วนตำบลเกาะหมาก", "saraban@kohmak-pt.example.go.th"),
    "ลำปำ": ("เทศบาลตำบลลำปำ", "นายกเทศมนตรีตำบลลำปำ", "saraban@lampam.example.go.th"),
    "ท่าแค": ("องค์การบริหารส่วนตำบลท่าแค", "นายกองค์การบริหารส่วนตำบลท่าแค", "saraban@thakae.example.go.th"),
}  # fmt: skip

# Vet clinics by province: name, line, vet, licence (ใบอนุญาตประกอบวิชาชีพการสัตวแพทย์), place.
CLINICS: dict[str, tuple[str, str, str, str, str]] = {
    SP: ("คลินิกรักษาสัตว์หมอเอก สามชุก", "035571446", "น.สพ.เอกชัย ภูมิใจ", "4127",
         "55/3 ถนนสามชุก-ด่านช้าง ตำบลสามชุก อำเภอสามชุก จังหวัดสุพรรณบุรี 72130"),
    NP: ("โรงพยาบาลสัตว์เพ็ทแคร์ กำแพงแสน", "034351602", "สพ.ญ.นภัสวรรณ ชื่นใจ", "7703",
         "18/9 หมู่ที่ 1 ตำบลกำแพงแสน อำเภอกำแพงแสน จังหวัดนครปฐม 73140"),
    CB: ("คลินิกสัตวแพทย์จันท์เพ็ท", "039311472", "น.สพ.ธนากร ใจกล้า", "5590",
         "12 ถนนท่าแฉลบ ตำบลตลาด อำเภอเมืองจันทบุรี จังหวัดจันทบุรี 22000"),
    PT: ("คลินิกหมอหมาพัทลุง", "074613285", "สพ.ญ.กมลวรรณ ทองสุข", "8861",
         "201/4 ถนนราเมศวร์ ตำบลคูหาสวรรค์ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000"),
}  # fmt: skip

# Daughters in Bangkok, by their father's first name: name, ID, mobile, box, home.
DAUGHTERS: dict[str, tuple[str, str, str, str, str]] = {
    "เฉลิม": ("นางสาวศิริพร วงษ์สวรรค์", with_check_digit("172080045521"), "0918834520", "siriporn.ws@gmail.com",
              "99/212 หมู่บ้านพฤกษาวิลล์ ถนนเพชรเกษม แขวงหนองค้างพลู เขตหนองแขม กรุงเทพมหานคร 10160"),
    "ทองใบ": ("นางมาลี ศักดิ์ดี", with_check_digit("373050022186"), "0865529031", "malee.sakdee@hotmail.com",
             "45/7 ซอยบางแวก 88 แขวงบางไผ่ เขตบางแค กรุงเทพมหานคร 10160"),
}  # fmt: skip

# Others named: neighbours (name, house, mobile), headmen (name, mobile, box).
NEIGHBOURS = (("นายสุชาติ มั่นคง", "17", "0817726634"), ("นางบุญเรือน แสงอรุณ", "21/3", "0897740158"),
              ("นายเสริม ทองมา", "9", "0866631947"))  # fmt: skip
HEADMEN: dict[str, tuple[str, str, str]] = {
    "ท่าแค": ("นายสมพงษ์ ขุนทอง", "0816620947", "sompong.kt@gmail.com"),
    "ลำปำ": ("นายเสน่ห์ ชาญณรงค์", "0863341275", "sanay.cn@gmail.com"),
    "ขุนซ่อง": ("นายบุญชัย ป่าไพร", "0894420716", "boonchai.pp@gmail.com"),
    "ทับไทร": ("นายไพโรจน์ แสงสว่าง", "0815560324", "pairoj.ss@gmail.com"),
    "ย่านยาว": ("นายสำราญ ทองคำ", "0869925514", "samran.tk@gmail.com"),
}  # fmt: skip
OFFICERS = (("นายอนุชิต รักป่า", "0819945512", "เขตรักษาพันธุ์สัตว์ป่าเขาอ่างฤาไน"),
            ("นางสาวพัชรี ใจงาม", "0932217746", "สำนักงานเกษตรอำเภอ"))  # fmt: skip
# Guarantors of a loan of machines, by province: name, ID, mobile, home.
GUARANTORS: dict[str, tuple[str, str, str, str]] = {
    CB: ("นายสมัย ทองสุก", with_check_digit("322020051146"), "0819903318",
         "18 หมู่ที่ 11 ตำบลทับไทร อำเภอโป่งน้ำร้อน จังหวัดจันทบุรี 22140"),
    PT: ("นางจำปี หนูแก้ว", with_check_digit("393010061125"), "0862284417",
         "60 หมู่ที่ 1 ตำบลลำปำ อำเภอเมืองพัทลุง จังหวัดพัทลุง 93000"),
}  # fmt: skip
# Fishing groups by province: name, community-enterprise code, secretary, her mobile.
GROUPS: dict[str, tuple[str, str, str, str]] = {
    PT: ("กลุ่มประมงพื้นบ้านบ้านหัวป่า", "3-93-06-02/1-0013", "นางสาวสุนิสา เพ็งแก้ว", "0897731264"),
    CB: ("กลุ่มประมงพื้นบ้านปากน้ำแหลมสิงห์", "3-22-07-03/1-0008", "นายชัยวัฒน์ ทะเลทอง", "0864415209"),
}  # fmt: skip
# District livestock offices' lines, by province.
LIVESTOCK = {SP: "035551274", NP: "034311427", CB: "039389120", PT: "074610388"}
# Villagers in lists (owners of cattle, members of a group): name, ID's first 12, mobile.
VILLAGERS = (("นายสมหวัง ใจเพชร", "3720400112", "0812267741"), ("นางประนอม ศรีจันทร์", "3720400255", "0896602133"),
             ("นายจรูญ พันธุ์ดี", "3720400033", "0861127760"), ("นางสาวบุษบา แก้วกล้า", "1720400477", "0925581106"),
             ("นายเชิด ทองอ่อน", "3720400199", "0874413305"), ("นายวีระ มาลัยทอง", "3720400300", "0637712458"))  # fmt: skip

PETS = (
    ("ข้าวตู", "สุนัข", "ไทยหลังอาน", "ผู้", "น้ำตาลแดง"), ("มะลิ", "แมว", "วิเชียรมาศ", "เมีย", "ครีมแต้มน้ำตาล"),
    ("เจ้าดำ", "สุนัข", "พันธุ์ทาง", "ผู้", "ดำ"), ("ส้มโอ", "แมว", "ไทยพันธุ์ทาง", "เมีย", "ส้มขาว"),
    ("ลูกชิ้น", "สุนัข", "ชิวาวา", "เมีย", "ขาวครีม"), ("ทองคำ", "สุนัข", "ไทยบางแก้ว", "ผู้", "ขาวน้ำตาล"),
    ("ปุยฝ้าย", "แมว", "ขาวมณี", "เมีย", "ขาว"), ("บราวนี่", "สุนัข", "บีเกิ้ล", "ผู้", "สามสี"),
)  # fmt: skip
DOGS = tuple(x for x in PETS if x[1] == "สุนัข")
CATS = tuple(x for x in PETS if x[1] == "แมว")
VACCINES = ("Rabisin", "Defensor 3", "Nobivac Rabies", "Raksharab")


# --- numbers that look like fields -----------------------------------------------------------


def chip(k: int) -> str:
    """A microchip's 15 digits (ISO 11784: Thailand's 764, or a maker's 900/985)."""
    return ("764", "900", "985")[k % 3] + f"0981{(k * 7919 + 4410237) % 10**8:08d}"


def chip_spaced(c: str) -> str:
    return f"{c[:3]} {c[3:7]} {c[7:11]} {c[11:]}"


def lot(k: int) -> str:
    brand = VACCINES[k % 4]
    number = (f"L4{(k * 613 + 2281) % 10**5:05d}", f"{(k * 4421 + 3080) % 10**6:06d}A",
              f"A{(k * 37 + 118) % 1000:03d}B01", f"RB{(k * 211 + 17) % 10**4:04d}")[k % 4]  # fmt: skip
    return f"{brand} Lot {number}"


def pet_born(k: int) -> date:
    return date(2023 + k % 2, 1 + (k * 5) % 12, 1 + (k * 7) % 27)


def farmer_no(a: Party, k: int) -> str:
    """เลขทะเบียนเกษตรกร (ทบก.), 12 digits opening with the province's code."""
    code = {SP: "72", NP: "73", CB: "22", PT: "93"}[a.p.province]
    return f"{code}{(k * 48271 + 3305117) % 10**10:010d}"


def deed(k: int) -> str:
    return (f"โฉนดที่ดินเลขที่ {21470 + 173 * k}", f"น.ส.3 ก. เลขที่ {1204 + 37 * k}")[k % 2]


def area(k: int) -> tuple[int, int, int]:
    return (4 + k % 11, k % 4, (17 * k + 20) % 100)


def rai(k: int) -> str:
    r, n, w = area(k)
    return f"{r}-{n}-{w:02d}"


def asset(k: int) -> str:
    """An asset's number (หมายเลขครุภัณฑ์) of the 3-2-4 shape, like a landline."""
    return f"0{35 + k % 4}-6{k % 5}-{(k * 3 + 4) % 10000:04d}"


def line(n: str, k: int = 0) -> str:
    """A landline (9 digits) as people type it."""
    return (f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:]}", n)[k % 3]


def thai_day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def org(a: Party) -> tuple[str, str, str]:
    return AGENCIES[a.p.tambon]


def me(a: Party) -> str:
    return "ผม" if a.p.title == "นาย" else "ดิฉัน"


def ending(a: Party) -> str:
    return "ครับ" if a.p.title == "นาย" else "ค่ะ"


def daughter(a: Party) -> tuple[str, str, str, str, str]:
    return DAUGHTERS[a.p.first]


def age(a: Party) -> int:
    return 2569 - (a.p.born.year + 543)


def message(n: int, subject: str, sender: str, to: str, *, text: str | None = None,
            html: str | None = None, files: tuple[tuple[str, bytes, str], ...] = ()) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(
        datetime(2026, 12, 2 + n % 6, 1 + n % 10, (11 * n) % 60, tzinfo=UTC)
    )
    msg["Message-ID"] = f"<set66-{n}@example.net>"
    set_body(msg, text, html)
    for name, data, mime in files:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(msg)


def own_box(a: Party) -> str:
    return f"{a.p.first} {a.p.last} <{a.p.email}>"


# --- what a clerk keeps ------------------------------------------------------------------------

ALL = "full_name national_id birth_date phone email address postal_code province"
NO_BIRTH = "full_name national_id phone email address postal_code province"


def own(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The applicant's own values (no e-mail scored where she has none)."""
    e = exp(a, keys)
    if not a.p.email:
        e.pop("email", None)
    return e


def father(a: Party, keys: str) -> dict[str, tuple[str, ...]]:
    """The old father whose dogs his daughter registers: his phone and e-mail `()`."""
    e = exp(a, keys)
    e["phone"] = ()
    e["email"] = ()
    return e


def coop(k: int, keys: str) -> dict[str, tuple[str, ...]]:
    """A cooperative: its chairman who signs (no ID given), its office, line and box."""
    e = exp(COOPS[k], keys)
    e["full_name"] = (CHAIRS[k],)
    e["national_id"] = ()
    return e


WHO: dict[str, str] = {
    "plain_dog_cat_phone": "the owner; never the clinic, its line, the pets' dates, chips, lots",
    "plain_daughter_fathers_dogs": "the father; never the daughter (her ID, Bangkok home, mobile, box)",
    "plain_stray_dogs_forwarded": "the complainant in the forwarded mail (her box too); never the headman who forwards, the neighbour",
    "plain_elephant_damage_phone": "the farmer; never the plot, ทบก., deed, the wildlife officer",
    "plain_pump_borrow_webmail": "the farmer who borrows; never the asset numbers, the plot, the driver",
    "plain_chicken_smell_reply": "the complainant replying; never the neighbour, the officer's desk line",
    "html_gmail_fishing_group": "the group's chairman (his home, mobile); never the secretary, the pier",
    "html_outlook_cooperative_members": "the chairman who signs; the cooperative's office, line, box; never staff or members",
    "html_eservice_pet_register": "the owner's rows; never the pets' rows, the clinic, no-reply",
    "html_gmail_cattle_market": "the trader; never the market's land, the vet, the livestock office",
    "html_gmail_reply_pest_plots": "the farmer replying; never the quoted officer, the plots",
    "docx_pet_register_form": "the owner (ข้าพเจ้า); never the vet's block",
    "docx_machine_borrow_form": "the borrower; never the guarantor, the asset numbers",
    "docx_headman_elephant_letter": "the farmer the headman writes for; never the headman (e-mail ())",
    "docx_cooperative_letterhead": "the chairman who signs; the cooperative's office, line, box; never the members",
    "pdf_fillable_farmer_damage": "the farmer; never the headman's section (โทรศัพท์_2), the plots",
    "pdf_typed_pig_complaint": "the writer (block top right); never the pig farm's owner",
    "pdf_fillable_pet_proxy": "the father (เจ้าของสัตว์ section); never the ผู้ยื่นแทน daughter",
    "pdf_vet_certificate": "the owner in the mail; never the clinic's letterhead",
    "xlsx_headman_vaccination_list": "the headman who sends; never the owners' rows",
    "xlsx_fishing_group_members": "the chairman's head block; never the secretary, members' rows",
}


def vid(n: int, k: int, province: str = SP) -> str:
    """A villager's ID in a list (valid, never the applicant's), from the province's
    registration offices."""
    code = {SP: "72", NP: "73", CB: "22", PT: "93"}[province]
    first = VILLAGERS[n % len(VILLAGERS)][1]
    return with_check_digit(first[0] + code + first[3:] + f"{(k * 7 + n) % 100:02d}")


def bare(name: str) -> str:
    for t in ("นางสาว", "นาง", "นาย"):
        if name.startswith(t):
            return name[len(t) :]
    return name


class ThaiDigits:
    """A Word document whose paragraphs are typed in Thai digits (as official letters)."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc

    def add_paragraph(self, text: str) -> Any:
        return self.doc.add_paragraph(thai(text))


def gmail_divs(lines: list[str], sig: list[str]) -> str:
    body = "".join(f"<div>{x or '<br>'}</div>" for x in lines)
    s = "<br>".join(sig)
    return (f'<div dir="ltr">{body}<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{s}</div></div></div>\n')  # fmt: skip


# --- plain ---------------------------------------------------------------------------------


def plain_dog_cat_phone(a: Party, i: int) -> Case:
    """An owner registers her dog and her cat from her iPhone: her lines as labels, then
    each pet (name, breed, sex, colour, its birth date in the same shape as hers, its
    microchip, the rabies vaccine's brand, lot and date), the clinic and its line."""
    p = a.p
    name, _, box = org(a)
    clinic, c_line, vet, _, _ = CLINICS[p.province]
    dog, cat = DOGS[i % len(DOGS)], CATS[i % len(CATS)]
    text = (
        f"เรียน {name}\n\n"
        f"{me(a)}ขอขึ้นทะเบียนสุนัขและแมวที่เลี้ยงไว้ในบ้าน ตามประกาศให้เจ้าของสัตว์มาขึ้นทะเบียนภายในเดือนธันวาคม{ending(a)}\n\n"
        "ข้อมูลเจ้าของสัตว์\n"
        f"ชื่อ-สกุล {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nวันเกิด {born_th(p.born, i)}\n"
        f"ที่อยู่ {home(a, i)}\nเบอร์โทร {tel(a, i)}\n\n"
        f'ตัวที่ 1 {dog[1]} ชื่อ "{dog[0]}" พันธุ์{dog[2]} เพศ{dog[3]} สี{dog[4]} เกิด {born_th(pet_born(i), i)}\n'
        f"ไมโครชิป {chip(i)}\nวัคซีนพิษสุนัขบ้า {lot(i)} ฉีดเมื่อ {born_th(date(2026, 10, 3 + i % 20), i)}\n\n"
        f'ตัวที่ 2 {cat[1]} ชื่อ "{cat[0]}" พันธุ์{cat[2]} เพศ{cat[3]} สี{cat[4]} เกิด {born_th(pet_born(i + 1), i)}\n'
        f"ไมโครชิป {chip(i + 1)}\nวัคซีนพิษสุนัขบ้า {lot(i + 1)} ฉีดเมื่อ {born_th(date(2026, 11, 1 + i % 20), i)}\n\n"
        f"ฉีดวัคซีนและฝังชิปที่{clinic} ({vet}) โทร {line(c_line, i)}\n"
        f"แนบรูปสัตว์และสมุดวัคซีนมาในเมลนี้แล้ว{ending(a)}\n\nส่งจาก iPhone ของฉัน\n"
    )
    raw = message(i, "ขอขึ้นทะเบียนสุนัขและแมว", own_box(a), box, text=text)
    return Case("plain_dog_cat_phone", raw, own(a, ALL))


def plain_daughter_fathers_dogs(a: Party, i: int) -> Case:
    """A daughter working in Bangkok registers her old father's three dogs from Yahoo on
    Android: his lines (ID, birth date, home), the dogs and their chips (spaced in v2),
    the district's mobile unit's vaccine lot; her own ID, Bangkok home and mobile."""
    p = a.p
    name, _, box = org(a)
    d_name, d_id, d_mob, d_box, d_home = daughter(a)
    rows = []
    for n in range(3):
        g, c = DOGS[(i + n) % len(DOGS)], chip(10 * i + n)
        rows.append(
            f"{n + 1}) {g[0]} พันธุ์{g[2]} เพศ{g[3]} สี{g[4]} ไมโครชิป {chip_spaced(c) if i % 2 else c}"
        )
    text = (
        f"เรียน เจ้าหน้าที่ปศุสัตว์ {name}\n\n"
        f"ดิฉัน {d_name} เป็นลูกสาวของ{a.name} ขอขึ้นทะเบียนสุนัขของคุณพ่อ 3 ตัวแทนคุณพ่อค่ะ "
        f"คุณพ่ออายุ {age(a)} ปีแล้ว อยู่บ้านคนเดียว ไม่มีโทรศัพท์มือถือและใช้อีเมลไม่เป็น\n\n"
        f"ข้อมูลคุณพ่อ (เจ้าของสุนัข)\nชื่อ: {a.name}\nเลขบัตรประชาชน: {nid_w(p.nid, i + 1)}\n"
        f"วันเกิด: {born_th(p.born, i + 1)}\nที่อยู่: {home(a, i)}\n\n"
        "สุนัข\n" + "\n".join(rows) + "\n"
        f"ทั้งสามตัวฉีดวัคซีนพิษสุนัขบ้าจากหน่วยปศุสัตว์อำเภอที่มาฉีดที่ศาลาหมู่บ้าน เมื่อวันที่ {thai_day(date(2026, 9, 12 + i))} ({lot(i + 2)})\n\n"
        f"ผู้ยื่นแทน: {d_name} เลขบัตรประชาชน {nid_w(d_id, i)}\nที่อยู่ {d_home}\nโทร {mobile(d_mob, i)}\n"
        "ดิฉันทำงานอยู่กรุงเทพฯ กลับบ้านทุกวันเสาร์ ถ้าต้องนำสุนัขไปตรวจ ติดต่อดิฉันได้ค่ะ\n\n"
        f"{d_name}\n\nส่งจาก Yahoo Mail บน Android\n"
    )
    raw = message(
        i, f"ขึ้นทะเบียนสุนัขแทนคุณพ่อ ({bare(a.name)})", f"{bare(d_name)} <{d_box}>", box, text=text
    )
    return Case("plain_daughter_fathers_dogs", raw, father(a, ALL))


def plain_stray_dogs_forwarded(a: Party, i: int) -> Case:
    """A headman forwards from his Gmail a villager's complaint of stray dogs that bit her
    child: his note and mobile on top; her mail below (the neighbour who feeds the dogs
    and his house, the bite's date, the child's hospital number; her lines)."""
    p = a.p
    name, _, box = org(a)
    hm, hm_mob, hm_box = HEADMEN[p.tambon]
    nb, nb_house, _ = NEIGHBOURS[i % 3]
    child = ("เด็กชายภูมิ", "เด็กหญิงน้ำฝน")[i % 2]
    her = (
        "เรียน ผู้ใหญ่บ้าน\n\n"
        f"{me(a)} {a.name} ขอร้องเรียนเรื่องสุนัขจรจัดประมาณ 8-10 ตัว ที่อาศัยอยู่บริเวณศาลาริมทางหน้าบ้านเลขที่ {nb_house} "
        f"หมู่ที่ {p.moo} ของ{nb} ซึ่งให้อาหารสุนัขทุกวันแต่ไม่ยอมรับเป็นเจ้าของ เมื่อวันที่ {thai_day(date(2026, 11, 24 + i % 5))} "
        f"สุนัขกัด{child} ลูกของ{me(a)} อายุ 9 ปี ต้องไปฉีดวัคซีนที่โรงพยาบาลพัทลุง (HN {6700000 + 4821 * i}) ครบ 4 เข็ม "
        "ขอให้จับสุนัขไปทำหมันและฉีดวัคซีน หรือหาที่อยู่ให้ด้วย\n\n"
        f"{a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nบ้านเลขที่ {home(a, i + 1)}\nโทร {tel(a, i)}\n"
    )
    text = (
        f"เรียน งานปศุสัตว์ {name}\n\n"
        f"ส่งต่อเรื่องร้องเรียนของลูกบ้านหมู่ {p.moo} ครับ ตอนนี้สุนัขจรจัดเพิ่มขึ้นมาก ขอให้ช่วยพิจารณาด้วยครับ\n\n"
        f"{hm}\nผู้ใหญ่บ้านหมู่ที่ {p.moo}\nโทร {mobile(hm_mob, i)}\n\n"
        "---------- Forwarded message ---------\n"
        f"จาก: {p.first} {p.last} <{p.email}>\n"
        f"Date: วันอังคารที่ 1 ธ.ค. 2569 เวลา 20:{10 + i}\n"
        "Subject: ร้องเรียนสุนัขจรจัดกัดเด็ก\n"
        f"To: {hm_box}\n\n\n" + her
    )
    raw = message(i, "Fwd: ร้องเรียนสุนัขจรจัดกัดเด็ก", f"{bare(hm)} <{hm_box}>", box, text=text)
    return Case("plain_stray_dogs_forwarded", raw, own(a, NO_BIRTH))


def plain_elephant_damage_phone(a: Party, i: int) -> Case:
    """A farmer writes from his Samsung phone that wild elephants ruined his orchard: the
    night, the plot's deed, area and its own หมู่, his ทบก. number, the wildlife
    officer who came (his mobile); his lines at the end."""
    p = a.p
    _, chief, box = org(a)
    off, off_mob, off_unit = OFFICERS[0]
    night = date(2026, 11, 27 + i % 3)
    r, n, w = area(i)
    crop = ("ทุเรียนหมอนทองอายุ 4 ปี 60 ต้น และยางพารา", "มันสำปะหลังและลำไยที่เพิ่งติดผล")[i % 2]
    text = (
        f"เรียน {chief}\n\n"
        f"{me(a)} {a.name} เกษตรกรหมู่ที่ {p.moo} ตำบล{p.tambon} ขอแจ้งว่าคืนวันที่ {thai_day(night)} เวลาประมาณ 02.00 น. "
        f"ช้างป่าประมาณ 15 ตัว ออกมาจาก{off_unit} เข้ามากินและเหยียบ{crop}ในสวนของ{me(a)} เสียหายเกือบทั้งแปลง\n\n"
        f"สวนอยู่หมู่ที่ {int(p.moo) + 3} ตำบล{p.tambon} {deed(i)} เนื้อที่ {r} ไร่ {n} งาน {w} ตารางวา เสียหายประมาณ {r - 1} ไร่\n"
        f"ทะเบียนเกษตรกร (ทบก.) เลขที่ {farmer_no(a, i)}\n"
        f"เจ้าหน้าที่{off_unit} ({off} โทร {mobile(off_mob, i)}) มาถ่ายรูปและทำบันทึกไว้แล้วเมื่อเช้าวันที่ {thai_day(night + timedelta(days=1))}\n\n"
        f"ขอความช่วยเหลือค่าเสียหาย และขอให้ อบต. ช่วยทำรั้วรังผึ้งกับไฟส่องสว่างกันช้างด้วย{ending(a)}\n\n"
        f"{a.name}\nบัตรประชาชน {nid_w(p.nid, i + 1)}\nบ้านเลขที่ {home(a, i)}\nโทร {tel(a, i + 1)}\n\n"
        "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน\n"
    )
    raw = message(i, "ช้างป่าทำลายสวน ขอความช่วยเหลือ", own_box(a), box, text=text)
    return Case("plain_elephant_damage_phone", raw, own(a, NO_BIRTH))


def plain_pump_borrow_webmail(a: Party, i: int) -> Case:
    """A rice farmer asks from webmail to borrow the agency's water pump and pipes: his
    age, ID, home, the field's deed, area and ทบก. number, the assets' numbers (shaped
    like a landline), the dates, the driver who will haul it (his mobile)."""
    p = a.p
    _, chief, box = org(a)
    driver, d_mob = "นายชาติชาย อินทร์สุข", "0874412093"
    text = (
        f"เรียน {chief}\nเรื่อง ขอยืมเครื่องสูบน้ำ\n\n"
        f"ด้วย{me(a)} {a.name} อายุ {age(a)} ปี เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 2)} "
        f"ทำนาข้าวในที่ดิน {deed(i + 1)} หมู่ที่ {p.moo} เนื้อที่ {rai(i + 3)} ไร่ ทะเบียนเกษตรกรเลขที่ {farmer_no(a, i)} "
        "ขณะนี้ข้าวอายุ 60 วัน น้ำในนาแห้ง คลองส่งน้ำอยู่ห่างจากนาประมาณ 400 เมตร\n\n"
        f"จึงขอยืมเครื่องสูบน้ำขนาด 8 นิ้ว หมายเลขครุภัณฑ์ {asset(i)} พร้อมท่อส่งน้ำ 10 ท่อน (หมายเลขครุภัณฑ์ {asset(i + 1)}) "
        f"ตั้งแต่วันที่ 10 ถึง 20 ธันวาคม 2569 {me(a)}จะออกค่าน้ำมันเองและดูแลเครื่องให้อยู่ในสภาพดี "
        f"ผู้ขับรถมารับเครื่องคือ {driver} โทร {mobile(d_mob, i)}\n\n"
        f"ติดต่อ{me(a)}ได้ที่ {tel(a, i)} หรือทางอีเมลนี้{ending(a)}\n\nขอแสดงความนับถือ\n{a.name}\n"
    )
    raw = message(i, "ขอยืมเครื่องสูบน้ำ", own_box(a), box, text=text)
    return Case("plain_pump_borrow_webmail", raw, own(a, NO_BIRTH))


def plain_chicken_smell_reply(a: Party, i: int) -> Case:
    """A complainant replies above the agency's acknowledgement (its number, the
    officer's name and desk line with ต่อ): the neighbour's layer farm (his name, house,
    mobile, 6,000 hens), then her own lines."""
    p = a.p
    name, _, box = org(a)
    nb, nb_house, nb_mob = NEIGHBOURS[(i + 1) % 3]
    officer, o_line = "นางสาวจันทร์เพ็ญ ศรีทอง", ("034390115", "034381562")[i % 2]
    ref = f"ร.{412 + i}/2569"
    text = (
        f"เรียน คุณ{bare(officer)}\n\n"
        f"ขอบคุณที่ตอบกลับ{ending(a)} ขอส่งข้อมูลเพิ่มเติมตามที่ขอ\n\n"
        f"ฟาร์มไก่ไข่ที่ร้องเรียนเป็นของ{nb} บ้านเลขที่ {nb_house} หมู่ที่ {p.moo} (โทร {mobile(nb_mob, i)}) "
        f"เลี้ยงไก่ประมาณ 6,000 ตัว โรงเรือนอยู่ห่างรั้วบ้าน{me(a)}ไม่ถึง 30 เมตร มูลไก่ส่งกลิ่นเหม็นทั้งวัน แมลงวันเต็มบ้าน "
        "ลูกเล็กกินข้าวไม่ได้ ตอนเย็นมีการเผามูลไก่ด้วย\n\n"
        f"ชื่อ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i + 2)}\nที่อยู่ {home(a, i)}\nเบอร์ {tel(a, i + 3)}\n\n"
        f"{a.name}\n\n"
        f"เมื่อ วันพฤหัสบดีที่ 3 ธ.ค. 2569 เวลา 09:1{i % 10} งานสาธารณสุข {name} <{box}> เขียนว่า:\n\n"
        f"> เรียน คุณ{p.first}\n>\n> {name} ได้รับเรื่องร้องเรียนของท่าน กรณีกลิ่นเหม็นจากฟาร์มไก่ แล้ว เลขรับเรื่อง {ref}\n"
        "> เพื่อให้เจ้าหน้าที่ออกตรวจสอบ กรุณาแจ้งชื่อ-สกุล เลขประจำตัวประชาชน ที่อยู่ และเบอร์โทรศัพท์ของผู้ร้อง\n"
        "> รวมทั้งชื่อเจ้าของฟาร์มและบ้านเลขที่\n>\n"
        f"> {officer}\n> นักวิชาการสาธารณสุขปฏิบัติการ\n> โทร {line(o_line)} ต่อ 104\n"
    )
    raw = message(i, f"Re: รับเรื่องร้องเรียน {ref}", own_box(a), box, text=text)
    return Case("plain_chicken_smell_reply", raw, own(a, NO_BIRTH))


# --- HTML ----------------------------------------------------------------------------------


def html_gmail_fishing_group(a: Party, i: int) -> Case:
    """A fishing group's chairman asks from his Gmail fry, fish shelters and the pier's
    repair: the group's community-enterprise code, members and boats, the pier's own
    หมู่, the secretary's mobile; his lines in the Gmail signature."""
    p = a.p
    _, chief, box = org(a)
    group, code, sec, sec_mob = GROUPS[p.province]
    fry = ("กุ้งก้ามกราม 200,000 ตัว", "ปลากะพงขาว 50,000 ตัว และปูม้า")[i % 2]
    lines = [f"เรียน {chief}", "",
             f"ด้วย{group} (รหัสทะเบียนวิสาหกิจชุมชน {code}) มีสมาชิก {31 + i % 9} ราย เรือประมงพื้นบ้าน {22 + i % 7} ลำ "
             "ประสบปัญหาสัตว์น้ำลดลงมาก รายได้ของสมาชิกลดลงกว่าครึ่ง จึงขอความอนุเคราะห์ดังนี้",
             f"1. สนับสนุนพันธุ์{fry} เพื่อปล่อยในเขตอนุรักษ์ของกลุ่ม",
             "2. วัสดุทำซั้งกอ (บ้านปลา) 40 ซั้ง",
             f"3. ซ่อมสะพานท่าเทียบเรือของกลุ่ม ที่หมู่ที่ {int(p.moo) + 2} ตำบล{p.tambon} ซึ่งไม้ผุพังยาวประมาณ 25 เมตร", "",
             f"ผู้ประสานงาน: เลขานุการกลุ่ม {sec} โทร {mobile(sec_mob, i)}", "",
             "ขอแสดงความนับถือ"]  # fmt: skip
    sig = [f"<b>{a.name}</b>", f"ประธาน{group}", f"เลขประจำตัวประชาชน {nid_w(p.nid, i)}",
           f"บ้านเลขที่ {home(a, i + 1)}", f"โทร {tel(a, i + 2)}"]  # fmt: skip
    raw = message(i, f"{group} ขอรับการสนับสนุนพันธุ์สัตว์น้ำและซ่อมท่าเรือ", own_box(a), box,
                  html=gmail_divs(lines, sig))  # fmt: skip
    return Case("html_gmail_fishing_group", raw, own(a, NO_BIRTH))


def html_outlook_cooperative_members(a: Party, i: int) -> Case:
    """A cooperative's staff mails from its Outlook box the chairman's request for its
    members (a backhoe for the canal; the vaccination of members' dairy cows): the
    cooperative's tax number, office and line in the text, the members' table (names,
    IDs, houses, plots or cows, mobiles), the chairman's name; the staff's signature."""
    k = i % 2
    c = COOPS[k]
    cp = c.p
    _, chief, box = AGENCIES[cp.tambon]
    staff, post, s_mob = STAFF[k]
    ask = (
        "ขอความอนุเคราะห์รถขุดตีนตะขาบของเทศบาล ขุดลอกคลองส่งน้ำสาย 2 ซ้าย ความยาวประมาณ 1,800 เมตร "
        "ซึ่งตื้นเขินจนน้ำเข้านาสมาชิกไม่ได้ สหกรณ์ฯ จะออกค่าน้ำมันเชื้อเพลิงให้",
        "ขอความอนุเคราะห์ฉีดวัคซีนป้องกันโรคลัมปี สกิน ให้โคนมของสมาชิก และขอรถบรรทุกน้ำของ อบต. "
        "ส่งน้ำให้ฟาร์มสมาชิกในช่วงหน้าแล้ง",
    )[k]
    head = ("ชื่อ-สกุล", "เลขประจำตัวประชาชน", "บ้านเลขที่", ("นา (ไร่)", "โคนม (ตัว)")[k], "โทรศัพท์")
    rows = [(VILLAGERS[n][0], vid(n, i, cp.province), f"{12 + 7 * n}/{n + 1} ม.{1 + n % 3}", str((14, 22, 9, 31, 17)[n]),
             mobile(VILLAGERS[n][2], n)) for n in range(5)]  # fmt: skip
    cell = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
             + "<tr>" + "".join(f'<td {cell}><p class="MsoNormal"><b>{h}</b></p></td>' for h in head) + "</tr>"
             + "".join("<tr>" + "".join(f'<td {cell}><p class="MsoNormal">{v}</p></td>' for v in r) + "</tr>" for r in rows)
             + "</table>")  # fmt: skip
    before = [f"เรียน {chief}", "",
              f"ด้วย{c.name} เลขประจำตัวผู้เสียภาษี {cp.nid} สำนักงานตั้งอยู่เลขที่ {home(c, i)} โทรศัพท์ {tel(c, i)} "
              f"มีสมาชิกที่ประกอบอาชีพเกษตรกรรมในพื้นที่ จึง{ask} รายชื่อสมาชิกที่ได้รับประโยชน์ดังนี้", ""]  # fmt: skip
    after = ["", "จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์", "", "ขอแสดงความนับถือ", "",
             f"({CHAIRS[k]})", f"ประธานกรรมการดำเนินการ{c.name}"]  # fmt: skip
    sig = (f'<p class="MsoNormal"><b>{staff}</b><br>{post}<br>{c.name}<br>มือถือ {mobile(s_mob, i)}<br>'
           f'<a href="mailto:{cp.email}">{cp.email}</a></p>')  # fmt: skip
    html = outlook_html(before, "").replace('<p class="MsoNormal">&nbsp;</p></div>', "</div>")
    html = html.replace("</div></body>", table + "".join(f'<p class="MsoNormal">{x or "&nbsp;"}</p>' for x in after)
                        + f'<p class="MsoNormal">&nbsp;</p>{sig}</div></body>')  # fmt: skip
    raw = message(i, f"{c.name} ขอความอนุเคราะห์ให้สมาชิก", f"{c.name} <{cp.email}>", box, html=html)
    return Case("html_outlook_cooperative_members", raw, coop(k, NO_BIRTH))


def html_eservice_pet_register(a: Party, i: int) -> Case:
    """The agency's e-service mails a pet registration from no-reply as a table: the
    owner's rows, then the pet's rows (its birth date in the owner's shape, the chip,
    the vaccine's date and lot, the clinic and its line)."""
    p = a.p
    name, _, box = org(a)
    clinic, c_line, _, _, _ = CLINICS[p.province]
    pet = PETS[(i + 3) % len(PETS)]
    ref = f"PET-2569-{(i * 37 + 120):05d}"
    rows = [("เลขที่คำขอ", ref), ("วันที่ยื่น", f"{2 + i % 6}/12/2569 21:{14 + i}"), ("ข้อมูลเจ้าของสัตว์", ""),
            ("ชื่อ-นามสกุล", a.name), ("เลขประจำตัวประชาชน", p.nid), ("วันเดือนปีเกิด", born_th(p.born, i)),
            ("ที่อยู่", home(a, i + 1)), ("โทรศัพท์มือถือ", tel(a, i)), ("อีเมล", p.email), ("ข้อมูลสัตว์เลี้ยง", ""),
            ("ชนิดสัตว์", pet[1]), ("ชื่อสัตว์", pet[0]), ("พันธุ์", pet[2]), ("เพศ", pet[3]), ("สี", pet[4]),
            ("วันเกิดสัตว์", born_th(pet_born(i), i)), ("หมายเลขไมโครชิป", chip(i + 4)),
            ("วันที่ฉีดวัคซีนพิษสุนัขบ้า", born_th(date(2026, 11, 5 + i % 20), i)), ("ชื่อวัคซีน/เลขล็อต", lot(i + 3)),
            ("สถานพยาบาลสัตว์", clinic), ("โทรศัพท์สถานพยาบาลสัตว์", line(c_line, i))]  # fmt: skip
    tr = "".join(
        f"<tr><td colspan='2' style='background:#dfe9f5'><b>{x}</b></td></tr>" if not y
        else f"<tr><td style='width:35%;color:#444'>{x}</td><td>{y}</td></tr>"
        for x, y in rows
    )  # fmt: skip
    html = (f"<html><body style='font-family:Tahoma'><p>ระบบบริการอิเล็กทรอนิกส์ (e-Service) {name}</p>"
            f"<p>มีคำขอขึ้นทะเบียนสัตว์เลี้ยงใหม่ เลขที่ {ref}</p><table border='1' cellpadding='4' style='border-collapse:collapse'>{tr}</table>"
            "<p style='color:#888;font-size:11px'>อีเมลฉบับนี้ส่งจากระบบอัตโนมัติ กรุณาอย่าตอบกลับ</p></body></html>\n")  # fmt: skip
    raw = message(
        i,
        f"[e-Service] คำขอขึ้นทะเบียนสัตว์เลี้ยง {ref}",
        f"e-Service <no-reply@{box.split('@')[1]}>",
        box,
        html=html,
    )
    return Case("html_eservice_pet_register", raw, own(a, ALL))


def html_gmail_cattle_market(a: Party, i: int) -> Case:
    """A cattle trader asks from Gmail a permit for a weekly cattle market on his own
    land elsewhere in the tambon (its deed, area, pens), his trader's licence, the vet
    who inspects (licence, mobile), the livestock office's line; his signature."""
    p = a.p
    _, chief, box = org(a)
    vet, vet_mob, vet_lic = "น.สพ.ปกรณ์ ศรีวิชัย", "0815578203", "6218"
    day = ("อังคาร", "เสาร์")[i % 2]
    lines = [f"เรียน {chief}", "",
             f"{me(a)} {a.name} ขออนุญาตจัดตั้งตลาดนัดโค-กระบือ ทุกวัน{day} เวลา 05.00-12.00 น. บนที่ดินของ{me(a)}เอง "
             f"{deed(i)} หมู่ที่ {int(p.moo) + 4} ตำบล{p.tambon} เนื้อที่ {rai(i)} ไร่ "
             "มีคอกพักสัตว์ 40 คอก ซองบังคับสัตว์ 2 ซอง ลานล้างรถ และบ่อพักน้ำเสีย",
             f"{me(a)}ได้รับใบอนุญาตค้าสัตว์ เลขที่ {72 + i}/2569 จากสำนักงานปศุสัตว์จังหวัด{p.province} "
             f"และได้ตกลงให้ {vet} (ใบอนุญาตประกอบวิชาชีพการสัตวแพทย์ เลขที่ {vet_lic} โทร {mobile(vet_mob, i)}) ตรวจโรคสัตว์ทุกนัด",
             f"แนบแผนผังตลาด สำเนาโฉนด และหนังสือรับรองจากปศุสัตว์อำเภอ (โทร {line(LIVESTOCK[p.province], i)}) มาพร้อมนี้{ending(a)}", "",
             f"ขอบคุณ{ending(a)}"]  # fmt: skip
    sig = [f"<b>{a.name}</b>", f"ตลาดนัดโค-กระบือ {p.last}", f"บ้านเลขที่ {home(a, i)}",
           f"มือถือ {tel(a, i + 1)} | LINE: {p.email.split('@')[0]}", f"เลขบัตร ปชช. {nid_w(p.nid, i + 2)}"]  # fmt: skip
    raw = message(i, "ขออนุญาตจัดตั้งตลาดนัดโค-กระบือ", own_box(a), box, html=gmail_divs(lines, sig))
    return Case("html_gmail_cattle_market", raw, own(a, NO_BIRTH))


def html_gmail_reply_pest_plots(a: Party, i: int) -> Case:
    """A rice farmer replies in Gmail above the agricultural officer's quoted question:
    a table of her lines (ID, birth date, home, phone, ทบก.), a table of her damaged
    plots (deeds, their หมู่, areas, variety, sowing date); the officer's name and
    mobile in the quote."""
    p = a.p
    name, _, box = org(a)
    off, off_mob, off_unit = OFFICERS[1]
    mine = [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("วันเดือนปีเกิด", born_th(p.born, i + 1)),
            ("ที่อยู่", home(a, i + 2)), ("โทรศัพท์", tel(a, i)), ("เลขทะเบียนเกษตรกร", farmer_no(a, i))]  # fmt: skip
    plots = [(str(n + 1), deed(i + n), f"หมู่ที่ {int(p.moo) + n + 1} ต.{p.tambon}", rai(i + n),
              ("กข43", "ปทุมธานี 1")[n], thai_day(date(2026, 9, 10 + n)), str(area(i + n)[0])) for n in range(2)]  # fmt: skip
    td = "style='border:1px solid #999;padding:3px'"
    t1 = "".join(f"<tr><td {td}>{x}</td><td {td}>{y}</td></tr>" for x, y in mine)
    head = ("แปลงที่", "เอกสารสิทธิ์", "ที่ตั้ง", "เนื้อที่ (ไร่-งาน-วา)", "พันธุ์ข้าว", "วันที่หว่าน", "เสียหาย (ไร่)")
    t2 = "<tr>" + "".join(f"<th {td}>{h}</th>" for h in head) + "</tr>"
    t2 += "".join("<tr>" + "".join(f"<td {td}>{v}</td>" for v in r) + "</tr>" for r in plots)
    html = (f'<div dir="ltr"><div>เรียน คุณ{bare(off).split()[0]}</div><div><br></div>'
            f"<div>ส่งข้อมูลตามที่ขอ{ending(a)} นาข้าวเสียหายจากเพลี้ยกระโดดสีน้ำตาลตั้งแต่ปลายเดือนพฤศจิกายน ต้นข้าวแห้งเป็นหย่อม ๆ</div><div><br></div>"
            f"<table style='border-collapse:collapse'>{t1}</table><div><br></div><div>แปลงที่เสียหาย</div>"
            f"<table style='border-collapse:collapse'>{t2}</table><div><br></div><div>{a.name}</div></div><br>"
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">เมื่อ วันพุธที่ 2 ธ.ค. 2569 เวลา 14:05 '
            f"งานส่งเสริมการเกษตร {name} &lt;{box}&gt; เขียนว่า:<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f"<div>เรียน คุณ{p.first}</div><div>ตามที่แจ้งว่านาข้าวเสียหายจากเพลี้ยกระโดดสีน้ำตาล เพื่อจัดทำแบบ กษ.01 "
            "กรุณาส่ง ชื่อ-สกุล เลขบัตรประชาชน วันเกิด ที่อยู่ เบอร์โทร เลขทะเบียนเกษตรกร และรายละเอียดแปลงที่เสียหาย</div>"
            f"<div>{off}</div><div>นักวิชาการส่งเสริมการเกษตร ({off_unit}{p.amphoe})</div><div>โทร {mobile(off_mob, i)}</div>"
            "</blockquote></div>\n")  # fmt: skip
    raw = message(i, "Re: ขอข้อมูลเพิ่มเติม นาข้าวเสียหายจากเพลี้ย", own_box(a), box, html=html)
    return Case("html_gmail_reply_pest_plots", raw, own(a, ALL))


# --- Word ----------------------------------------------------------------------------------


def docx_pet_register_form(a: Party, i: int) -> Case:
    """The agency's แบบคำขอขึ้นทะเบียนสุนัขและแมว typed over its dotted lines in Word: the
    owner (ข้าพเจ้า), the pets' table (chips, vaccine dates and lots), then the vet's own
    block (a second ข้าพเจ้า: his licence, the clinic's place and line)."""
    p = a.p
    name, _, box = org(a)
    clinic, c_line, vet, lic, c_addr = CLINICS[p.province]
    pets = [PETS[(i + n) % len(PETS)] for n in range(2)]

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอขึ้นทะเบียนสุนัขและแมว (แบบ ขท.1)\n{name}")
        d.add_paragraph(
            f"เขียนที่.....บ้านเลขที่ {p.house}.....วันที่.....{1 + i % 20}.....เดือน.....ธันวาคม.....พ.ศ......2569....."
        )
        d.add_paragraph(
            f"ข้าพเจ้า.....{a.name}.....อายุ.....{age(a)}.....ปี  เกิดวันที่.....{born_th(p.born, i)}....."
        )
        d.add_paragraph(f"เลขประจำตัวประชาชน.....{nid_w(p.nid, i + 1)}.....")
        d.add_paragraph(
            f"อยู่บ้านเลขที่.....{p.house}.....หมู่ที่.....{p.moo or '-'}.....ตรอก/ซอย.....-.....ถนน.....{p.road or '-'}....."
        )
        d.add_paragraph(
            f"ตำบล.....{p.tambon}.....อำเภอ.....{p.amphoe}.....จังหวัด.....{p.province}.....รหัสไปรษณีย์.....{p.postal}....."
        )
        d.add_paragraph(f"โทรศัพท์.....{tel(a, i)}.....อีเมล.....{p.email}.....")
        d.add_paragraph("มีความประสงค์ขอขึ้นทะเบียนสัตว์เลี้ยง ดังนี้")
        head = (
            "ลำดับ",
            "ชนิด",
            "ชื่อสัตว์",
            "พันธุ์/สี",
            "เพศ",
            "วันเกิด",
            "หมายเลขไมโครชิป",
            "วันที่ฉีดวัคซีน",
            "ล็อตวัคซีน",
        )
        t = d.add_table(rows=3, cols=len(head))
        t.style = "Table Grid"
        for c, h in enumerate(head):
            t.cell(0, c).text = h
        for n, g in enumerate(pets):
            vals = (str(n + 1), g[1], g[0], f"{g[2]}/{g[4]}", g[3], born_th(pet_born(i + n), i + 1), chip(i + 7 * n),
                    born_th(date(2026, 11, 12 + n), i + 1), lot(i + n).split(" Lot ")[1])  # fmt: skip
            for c, v in enumerate(vals):
                t.cell(n + 1, c).text = v
        d.add_paragraph(
            "ข้าพเจ้าขอรับรองว่าข้อความข้างต้นเป็นความจริง และจะปฏิบัติตามข้อบัญญัติท้องถิ่น เรื่อง การควบคุมการเลี้ยงหรือปล่อยสัตว์"
        )
        d.add_paragraph(f"ลงชื่อ.....................ผู้ขอขึ้นทะเบียน\n({a.name})")
        d.add_paragraph("สำหรับสัตวแพทย์ผู้ฉีดวัคซีน")
        d.add_paragraph(
            f"ข้าพเจ้า.....{vet}.....ใบอนุญาตประกอบวิชาชีพการสัตวแพทย์ชั้นหนึ่ง เลขที่.....{lic}....."
        )
        d.add_paragraph(
            f"สถานพยาบาลสัตว์.....{clinic}.....ตั้งอยู่.....{c_addr}.....โทร.....{line(c_line, i)}....."
        )
        d.add_paragraph(
            f"ได้ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าให้แก่สัตว์ตามรายการข้างต้นจริง\nลงชื่อ.....................สัตวแพทย์\n({vet})"
        )

    raw = message(i, "แบบคำขอขึ้นทะเบียนสุนัขและแมว", own_box(a), box,
                  text=f"เรียน งานปศุสัตว์\nส่งแบบคำขอขึ้นทะเบียนที่กรอกแล้ว{ending(a)}\n{a.name}\n",
                  files=(("แบบ ขท1_ขึ้นทะเบียนสัตว์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_pet_register_form", raw, own(a, ALL))


def docx_machine_borrow_form(a: Party, i: int) -> Case:
    """The agency's แบบคำขอยืมครุภัณฑ์ as Word tables: the borrower's rows (ID, home,
    phone, ทบก.), the machines with their asset numbers, the dates, then the
    guarantor's rows (his ID, home, mobile) and both signatures."""
    p = a.p
    name, chief, box = org(a)
    g_name, g_id, g_mob, g_home = GUARANTORS[p.province]
    items = (("รถแทรกเตอร์ฟาร์ม 75 แรงม้า พร้อมผานพรวน", asset(i + 5), "1 คัน"),
             ("เครื่องสูบน้ำชนิดหอยโข่ง 6 นิ้ว", asset(i + 2), "1 เครื่อง"))  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(f"แบบคำขอยืมครุภัณฑ์การเกษตร\n{name}")
        d.add_paragraph(f"วันที่ {3 + i % 20} ธันวาคม 2569\nเรียน {chief}")
        d.add_paragraph("ส่วนที่ 1 ผู้ขอยืม")
        table_doc(d, [("ชื่อ-สกุล", a.name), ("เลขประจำตัวประชาชน", nid_w(p.nid, i)), ("ที่อยู่", home(a, i + 1)),
                      ("โทรศัพท์", tel(a, i + 2)), ("เลขทะเบียนเกษตรกร", farmer_no(a, i + 1))])  # fmt: skip
        d.add_paragraph("ส่วนที่ 2 ครุภัณฑ์ที่ขอยืม")
        t = d.add_table(rows=len(items) + 1, cols=3)
        t.style = "Table Grid"
        for c, h in enumerate(("รายการ", "หมายเลขครุภัณฑ์", "จำนวน")):
            t.cell(0, c).text = h
        for n, row in enumerate(items):
            for c, v in enumerate(row):
                t.cell(n + 1, c).text = v
        d.add_paragraph(
            f"เพื่อใช้ไถเตรียมดินและสูบน้ำเข้าแปลงปลูกพืชในที่ดิน {deed(i)} เนื้อที่ {rai(i)} ไร่ "
            "ตั้งแต่วันที่ 14 ถึงวันที่ 18 ธันวาคม 2569 และจะส่งคืนในสภาพเรียบร้อย หากชำรุดเสียหายยินยอมชดใช้ทั้งหมด"
        )
        d.add_paragraph("ส่วนที่ 3 ผู้ค้ำประกัน")
        table_doc(d, [("ชื่อ-สกุล", g_name), ("เลขประจำตัวประชาชน", nid_w(g_id, i + 1)), ("ที่อยู่", g_home),
                      ("โทรศัพท์", mobile(g_mob, i))])  # fmt: skip
        d.add_paragraph(
            f"ลงชื่อ......................ผู้ขอยืม\n({a.name})\n\nลงชื่อ......................ผู้ค้ำประกัน\n({g_name})"
        )

    raw = message(i, "ขอยืมรถแทรกเตอร์และเครื่องสูบน้ำ", own_box(a), box,
                  text=f"เรียน {name}\nแนบแบบคำขอยืมครุภัณฑ์{ending(a)}\n",
                  files=(("คำขอยืมครุภัณฑ์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_machine_borrow_form", raw, own(a, NO_BIRTH))


def docx_headman_elephant_letter(a: Party, i: int) -> Case:
    """A headman's typed letter (ที่ ผญบ.) asking help for one farmer whose orchard wild
    elephants wrecked: the farmer's ID, home, ทบก., plot and phone in the body; the
    headman signs with his mobile and mails it from his own box. v2 is typed in Thai
    digits throughout, as official letters are."""
    p = a.p
    _, chief, box = org(a)
    hm, hm_mob, hm_box = HEADMEN[p.tambon]
    night = date(2026, 11, 20 + i % 7)
    crop = ("ทุเรียนและมังคุด", "ลำไยและยางพารา")[i % 2]

    def build(doc: Any) -> None:
        d = ThaiDigits(doc) if i % 2 else doc
        d.add_paragraph(
            f"ที่ ผญบ.{p.moo}/{58 + i}\t\t\tที่ทำการผู้ใหญ่บ้านหมู่ที่ {p.moo}\n\t\t\t\tตำบล{p.tambon} อำเภอ{p.amphoe}"
        )
        d.add_paragraph(f"\t\t\t\t{1 + i % 9} ธันวาคม 2569")
        d.add_paragraph(f"เรื่อง ขอความช่วยเหลือเกษตรกรที่ได้รับความเสียหายจากช้างป่า\nเรียน {chief}")
        d.add_paragraph(
            f"ด้วย {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i)} อยู่บ้านเลขที่ {home(a, i + 1)} "
            f"ทะเบียนเกษตรกรเลขที่ {farmer_no(a, i)} ราษฎรในหมู่บ้านนี้ ได้รับความเสียหายจากช้างป่าบุกเข้าทำลายสวน{crop} "
            f"เมื่อคืนวันที่ {thai_day(night)} ในที่ดิน {deed(i + 1)} หมู่ที่ {int(p.moo) + 1} เนื้อที่ {rai(i + 1)} ไร่ "
            f"ต้นไม้ผลหักโค่นประมาณ {35 + i} ต้น ท่อน้ำและถังน้ำเสียหายทั้งแปลง"
        )
        d.add_paragraph(
            f"ข้าพเจ้าในฐานะผู้ใหญ่บ้านได้ไปตรวจสอบพร้อมเจ้าหน้าที่{OFFICERS[0][2]}แล้ว ความเสียหายเป็นความจริง "
            f"จึงขอความอนุเคราะห์ให้ความช่วยเหลือตามระเบียบ ทั้งนี้ สามารถติดต่อผู้เสียหายได้ที่หมายเลข {tel(a, i)}"
        )
        d.add_paragraph(
            f"จึงเรียนมาเพื่อโปรดพิจารณา\n\nขอแสดงความนับถือ\n\n({hm})\nผู้ใหญ่บ้านหมู่ที่ {p.moo}\nโทร {mobile(hm_mob, i)}"
        )

    raw = message(i, "หนังสือผู้ใหญ่บ้าน ขอความช่วยเหลือเกษตรกร (ช้างป่า)", f"{bare(hm)} <{hm_box}>", box,
                  text="เรียน อบต.\nส่งหนังสือขอความช่วยเหลือลูกบ้านครับ ต้นฉบับจะนำไปส่งที่ อบต. วันจันทร์\n",
                  files=(("หนังสือ ผญบ ช้างป่า.docx", docx_bytes(build), DOCX),))  # fmt: skip
    e = own(a, NO_BIRTH)
    e["email"] = ()
    return Case("docx_headman_elephant_letter", raw, e)


def docx_cooperative_letterhead(a: Party, i: int) -> Case:
    """A cooperative's letter on its letterhead (its name, office, line, box, tax number)
    for its members (pumps in the drought; grading the road to the dairy farms): the
    members' table (names, IDs, houses, mobiles), the chairman's signature; the staff
    send it from the cooperative's box."""
    k = i % 2
    c = COOPS[k]
    cp = c.p
    _, chief, box = AGENCIES[cp.tambon]
    subject, body = (
        ("ขอความอนุเคราะห์เครื่องสูบน้ำช่วยเหลือสมาชิกสหกรณ์ฯ ที่ประสบภัยแล้ง",
         "ด้วยสมาชิกสหกรณ์ฯ ในตำบลสามชุกและตำบลย่านยาว จำนวน 5 ราย ทำนาปรังในพื้นที่รวม 93 ไร่ ขาดน้ำเนื่องจากคลองแห้ง "
         "สหกรณ์ฯ จึงขอความอนุเคราะห์เครื่องสูบน้ำพร้อมท่อ จำนวน 3 ชุด เป็นเวลา 15 วัน รายชื่อสมาชิกตามตารางนี้"),
        ("ขอความอนุเคราะห์ปรับเกรดถนนเข้าฟาร์มโคนมของสมาชิก",
         "ด้วยถนนลูกรังสายเข้าฟาร์มโคนมของสมาชิกสหกรณ์ฯ ระยะทางประมาณ 2 กิโลเมตร เป็นหลุมบ่อ รถรับน้ำนมดิบเข้าไม่ได้ "
         "ในช่วงฝนตก สหกรณ์ฯ จึงขอความอนุเคราะห์ปรับเกรดและลงหินคลุก รายชื่อสมาชิกที่ใช้เส้นทางตามตารางนี้"),
    )[k]  # fmt: skip

    def build(d: Any) -> None:
        d.add_paragraph(
            f"{c.name}\n{home(c, i)}\nโทร {tel(c, i)}  อีเมล {cp.email}\nเลขประจำตัวผู้เสียภาษี {cp.nid}"
        )
        d.add_paragraph(
            f"ที่ {('สกก.สช.', 'สคน.ทก.')[k]} {112 + i}/2569\t\t\t{4 + i % 20} ธันวาคม 2569"
        )
        d.add_paragraph(f"เรื่อง {subject}\nเรียน {chief}\nสิ่งที่ส่งมาด้วย บัญชีรายชื่อสมาชิก จำนวน 1 ฉบับ")
        d.add_paragraph(body)
        head = ("ที่", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "ที่อยู่", "โทรศัพท์")
        t = d.add_table(rows=6, cols=len(head))
        t.style = "Table Grid"
        for col, h in enumerate(head):
            t.cell(0, col).text = h
        for n in range(5):
            v = VILLAGERS[(n + k) % len(VILLAGERS)]
            vals = (
                str(n + 1),
                v[0],
                nid_w(vid(n + k, i, cp.province), n),
                f"{30 + 11 * n} หมู่ {1 + n % 4}",
                mobile(v[2], n + 1),
            )
            for col, x in enumerate(vals):
                t.cell(n + 1, col).text = x
        d.add_paragraph("จึงเรียนมาเพื่อโปรดพิจารณาให้ความอนุเคราะห์")
        d.add_paragraph(f"ขอแสดงความนับถือ\n\n({CHAIRS[k]})\nประธานกรรมการดำเนินการ\n{c.name}")
        d.add_paragraph(f"ฝ่ายบริการสมาชิก\nโทร {tel(c, i + 1)}")

    raw = message(i, f"หนังสือ{c.name} เรื่อง{subject}", f"{c.name} <{cp.email}>", box,
                  text=f"เรียน {chief}\nสหกรณ์ฯ ขอส่งหนังสือตามแนบ ต้นฉบับจะส่งทางไปรษณีย์\nฝ่ายบริการสมาชิก\n",
                  files=(("หนังสือสหกรณ์.docx", docx_bytes(build), DOCX),))  # fmt: skip
    return Case("docx_cooperative_letterhead", raw, coop(k, NO_BIRTH))


# --- PDF -----------------------------------------------------------------------------------


def pdf_fillable_farmer_damage(a: Party, i: int) -> Case:
    """The agency's fillable คำร้องขอรับความช่วยเหลือเกษตรกรผู้ประสบภัย whose fields
    Acrobat named from their labels: the farmer's (ID and ทบก. as combs, the home in
    parts, the phone), the plot (deed, place, ไร่/งาน/ตารางวา), the cause and date, and
    the certifying headman's name and "โทรศัพท์_2"."""
    p = a.p
    name, _, box = org(a)
    hm, hm_mob, _ = HEADMEN[p.tambon]
    r, n, w = area(i + 2)
    cause, crop = (("ช้างป่าบุกรุกทำลาย", "ทุเรียน/เงาะ"), ("เพลี้ยกระโดดสีน้ำตาลระบาด", "ข้าวนาปี"))[
        p.province == SP
    ]
    labels = [(35, 16, "คำร้องขอรับความช่วยเหลือเกษตรกรผู้ประสบภัย"), (60, 23, name),
              (15, 36, "ชื่อ-สกุล"), (15, 45, "เลขประจำตัวประชาชน"), (115, 45, "เลขทะเบียนเกษตรกร"),
              (15, 54, "บ้านเลขที่"), (60, 54, "หมู่ที่"), (90, 54, "ตำบล"), (15, 63, "อำเภอ"), (80, 63, "จังหวัด"),
              (145, 63, "รหัสไปรษณีย์"), (15, 72, "โทรศัพท์"),
              (15, 86, "ชนิดพืช"), (90, 86, "สาเหตุ"), (15, 95, "วันที่เกิดภัย"),
              (15, 104, "เอกสารสิทธิ์"), (100, 104, "ที่ตั้งแปลง"), (15, 113, "เนื้อที่ ไร่"), (60, 113, "งาน"),
              (90, 113, "ตารางวา"), (130, 113, "พื้นที่เสียหาย (ไร่)"),
              (15, 130, "ผู้ใหญ่บ้านผู้รับรอง"), (120, 130, "โทรศัพท์"), (15, 150, "ลงชื่อ ..................... ผู้ยื่นคำร้อง")]  # fmt: skip
    fields = [Field("ชื่อ-สกุล", a.name, 35, 36, 110), Field("เลขประจำตัวประชาชน", p.nid, 50, 45, 60, comb=13),
              Field("เลขทะเบียนเกษตรกร", farmer_no(a, i), 145, 45, 50, comb=12),
              Field("บ้านเลขที่", p.house, 35, 54, 22), Field("หมู่ที่", p.moo, 72, 54, 15), Field("ตำบล", p.tambon, 100, 54, 60),
              Field("อำเภอ", p.amphoe, 30, 63, 45), Field("จังหวัด", p.province, 95, 63, 45), Field("รหัสไปรษณีย์", p.postal, 170, 63, 22),
              Field("โทรศัพท์", tel(a, i), 35, 72, 50),
              Field("ชนิดพืช", crop, 32, 86, 50), Field("สาเหตุ", cause, 105, 86, 80),
              Field("วันที่เกิดภัย", thai_day(date(2026, 11, 18 + i % 9)), 42, 95, 50),
              Field("เอกสารสิทธิ์", deed(i + 2), 40, 104, 55), Field("ที่ตั้งแปลง", f"หมู่ {int(p.moo) + 2} ต.{p.tambon}", 122, 104, 70),
              Field("ไร่", str(r), 40, 113, 15), Field("งาน", str(n), 70, 113, 15), Field("ตารางวา", str(w), 108, 113, 15),
              Field("พื้นที่เสียหาย", str(max(r - 2, 1)), 170, 113, 20),
              Field("ผู้ใหญ่บ้านผู้รับรอง", hm, 50, 130, 65), Field("โทรศัพท์_2", mobile(hm_mob, i), 138, 130, 50)]  # fmt: skip
    data = acroform(pdf_page(labels, size=12, face="Garuda"), fields)
    raw = message(i, "คำร้องขอรับความช่วยเหลือเกษตรกร (ไฟล์ PDF)", own_box(a), box,
                  text=f"เรียน {name}\nส่งคำร้องที่กรอกแล้ว{ending(a)}\n{a.name}\n",
                  files=(("คำร้องช่วยเหลือเกษตรกร.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_farmer_damage", raw, own(a, NO_BIRTH))


def pdf_typed_pig_complaint(a: Party, i: int) -> Case:
    """A resident's typed complaint (Word to PDF) about a neighbour's pig farm: her block
    top right, the farm's owner (name, house, mobile), 120 pigs, waste water in the
    canal, the first complaint's number and date; her ID in the body, her mobile below."""
    p = a.p
    _, chief, box = org(a)
    nb, nb_house, nb_mob = NEIGHBOURS[i % 3]
    h = home(a, i)
    cut = h.find(" อำเภอ") if " อำเภอ" in h else h.find(" อ.")
    paras: list[tuple[float, str]] = [(120, h[:cut]), (120, h[cut + 1 :]), (0, ""), (120, f"{7 + i % 10} ธันวาคม 2569"), (0, ""),
             (20, "เรื่อง ร้องเรียนกลิ่นเหม็นและน้ำเสียจากฟาร์มสุกร"), (20, f"เรียน {chief}"), (0, ""),
             (30, f"ข้าพเจ้า {a.name} เลขประจำตัวประชาชน {nid_w(p.nid, i + 2)} ขอร้องเรียนว่า {nb} บ้านเลขที่ {nb_house} หมู่ที่ {p.moo} "
                  f"(โทร {mobile(nb_mob, i + 1)}) เลี้ยงสุกรประมาณ 120 ตัว ในคอกติดรั้วบ้านข้าพเจ้า ไม่มีบ่อบำบัด ปล่อยน้ำล้างคอกลงลำรางสาธารณะ "
                  "ส่งกลิ่นเหม็นรุนแรงทั้งกลางวันและกลางคืน มีแมลงวันจำนวนมาก คนในบ้านเวียนศีรษะและกินข้าวไม่ได้"),
             (30, f"ข้าพเจ้าเคยร้องเรียนแล้วครั้งหนึ่ง เลขรับที่ {2207 + i} ลงวันที่ 14 ตุลาคม 2569 แต่ยังไม่ได้รับการแก้ไข "
                  f"จึงขอให้เจ้าพนักงานสาธารณสุขตรวจสอบและสั่งการตามกฎหมาย ติดต่อข้าพเจ้าได้ที่ {tel(a, i + 1)}"), (0, ""),
             (110, "ขอแสดงความนับถือ"), (0, ""), (105, f"({a.name})")]  # fmt: skip
    data = pdf_page(flow(paras, 14, "Norasi", step=8.5), size=14, face="Norasi")
    raw = message(i, "หนังสือร้องเรียนฟาร์มสุกร", own_box(a), box, text=f"เรียน {chief}\nแนบหนังสือร้องเรียน{ending(a)}\n",
                  files=(("ร้องเรียนฟาร์มหมู.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_typed_pig_complaint", raw, own(a, NO_BIRTH))


def pdf_fillable_pet_proxy(a: Party, i: int) -> Case:
    """The agency's fillable pet form, its fields named by Acrobat from their labels
    (the second of a name gets "_2"): part 1 the owner (the old father: ID comb, birth
    date, home, phone "-"), part 2 the ผู้ยื่นแทน (the daughter: ID, relation, Bangkok
    home, mobile, box), part 3 two dogs (chips as 15-box combs)."""
    p = a.p
    name, _, box = org(a)
    d_name, d_id, d_mob, d_box, d_home = daughter(a)
    dogs = [DOGS[(i + n) % len(DOGS)] for n in range(2)]
    labels = [(45, 16, "แบบคำขอขึ้นทะเบียนสัตว์เลี้ยง"), (60, 23, name),
              (15, 34, "ส่วนที่ 1 เจ้าของสัตว์"), (15, 42, "ชื่อ-สกุล"), (15, 50, "เลขประจำตัวประชาชน"), (120, 50, "วันเดือนปีเกิด"),
              (15, 58, "ที่อยู่"), (15, 66, "โทรศัพท์"),
              (15, 78, "ส่วนที่ 2 ผู้ยื่นคำขอแทน (กรณีเจ้าของสัตว์ไม่สามารถมาด้วยตนเอง)"), (15, 86, "ชื่อ-สกุล"),
              (15, 94, "เลขประจำตัวประชาชน"), (120, 94, "เกี่ยวข้องเป็น"), (15, 102, "ที่อยู่"), (15, 110, "โทรศัพท์"), (100, 110, "อีเมล"),
              (15, 122, "ส่วนที่ 3 สัตว์เลี้ยง"), (15, 130, "ชื่อสัตว์"), (80, 130, "พันธุ์"), (15, 138, "ไมโครชิป"),
              (15, 146, "ชื่อสัตว์"), (80, 146, "พันธุ์"), (15, 154, "ไมโครชิป"), (15, 162, "วันที่ฉีดวัคซีน"), (100, 162, "เลขล็อตวัคซีน")]  # fmt: skip
    fields = [Field("ชื่อ-สกุล", a.name, 35, 42, 110), Field("เลขประจำตัวประชาชน", p.nid, 50, 50, 60, comb=13),
              Field("วันเดือนปีเกิด", born_th(p.born, i), 145, 50, 45), Field("ที่อยู่", home(a, i + 1), 30, 58, 165),
              Field("โทรศัพท์", "-", 35, 66, 50),
              Field("ชื่อ-สกุล_2", d_name, 35, 86, 110), Field("เลขประจำตัวประชาชน_2", d_id, 50, 94, 60, comb=13),
              Field("เกี่ยวข้องเป็น", "บุตรสาว", 145, 94, 40), Field("ที่อยู่_2", d_home, 30, 102, 165),
              Field("โทรศัพท์_2", mobile(d_mob, i), 35, 110, 50), Field("อีเมล", d_box, 112, 110, 80),
              Field("ชื่อสัตว์", dogs[0][0], 35, 130, 40), Field("พันธุ์", dogs[0][2], 92, 130, 50),
              Field("ไมโครชิป", chip(i + 11), 35, 138, 70, comb=15),
              Field("ชื่อสัตว์_2", dogs[1][0], 35, 146, 40), Field("พันธุ์_2", dogs[1][2], 92, 146, 50),
              Field("ไมโครชิป_2", chip(i + 12), 35, 154, 70, comb=15),
              Field("วันที่ฉีดวัคซีน", born_th(date(2026, 9, 19), i), 48, 162, 45), Field("เลขล็อตวัคซีน", lot(i + 1), 125, 162, 60)]  # fmt: skip
    data = acroform(pdf_page(labels, size=12, face="Laksaman"), fields)
    raw = message(i, f"ส่งแบบคำขอขึ้นทะเบียนสุนัขของคุณพ่อ {bare(a.name)}", f"{bare(d_name)} <{d_box}>", box,
                  text=f"เรียน {name}\nดิฉันกรอกแบบคำขอขึ้นทะเบียนสุนัขของคุณพ่อมาให้ค่ะ คุณพ่ออายุมากแล้ว ดิฉันเป็นผู้ยื่นแทน\n{d_name}\n",
                  files=(("แบบขึ้นทะเบียนสัตว์เลี้ยง.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_fillable_pet_proxy", raw, father(a, ALL))


def pdf_vet_certificate(a: Party, i: int) -> Case:
    """A vet clinic's typed vaccination certificate (its letterhead: name, place, line,
    the vet's licence; the owner's name and mobile as the clinic took them; the dog, its
    chip, two vaccinations with lots and the next date); the owner's mail gives her ID
    and home and says her phone is on the certificate."""
    p = a.p
    name, _, box = org(a)
    clinic, c_line, vet, lic, c_addr = CLINICS[p.province]
    g = DOGS[(i + 2) % len(DOGS)]
    page = [(20, 20, clinic), (20, 27, c_addr), (20, 34, f"โทร {line(c_line, i)}   ใบอนุญาตให้ตั้งสถานพยาบาลสัตว์ เลขที่ {310 + i}/2567"),
            (50, 48, "ใบรับรองการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า"), (130, 56, f"เลขที่ VC-2569-{(i * 53 + 880):04d}"),
            (20, 66, f"ชื่อเจ้าของ  {a.name}"), (120, 66, f"โทร  {tel(a, i + 1)}"),
            (20, 76, f"ชื่อสัตว์  {g[0]}   ชนิด  {g[1]}   พันธุ์  {g[2]}   เพศ  {g[3]}   สี  {g[4]}"),
            (20, 86, f"วันเกิด  {born_th(pet_born(i), i)}   หมายเลขไมโครชิป  {chip(i + 20)}"),
            (20, 100, "ครั้งที่    วันที่ฉีด            วัคซีน / Lot No.                     นัดครั้งต่อไป"),
            (20, 109, f"1          {born_th(date(2025, 11, 8), i)}     {lot(i)}          {born_th(date(2026, 11, 8), i)}"),
            (20, 118, f"2          {born_th(date(2026, 11, 8 + i % 5), i)}     {lot(i + 1)}          {born_th(date(2027, 11, 8 + i % 5), i)}"),
            (110, 140, "ลงชื่อ ......................... สัตวแพทย์"), (115, 148, f"({vet})"),
            (110, 156, f"ใบอนุญาตประกอบวิชาชีพฯ เลขที่ {lic}")]  # fmt: skip
    data = pdf_page(page, size=13, face="Kinnari")
    text = (
        f"เรียน งานทะเบียนสัตว์ {name}\n\n"
        f"ขอขึ้นทะเบียนสุนัข 1 ตัว แนบใบรับรองการฉีดวัคซีนจากคลินิกมาด้วย{ending(a)}\n\n"
        f"ชื่อเจ้าของ {a.name}\nเลขบัตรประชาชน {nid_w(p.nid, i)}\nที่อยู่ {home(a, i + 2)}\n"
        f"เบอร์โทรตามที่อยู่ในใบรับรอง{ending(a)}\n"
    )
    raw = message(i, f"ขึ้นทะเบียนสุนัข ({g[0]})", own_box(a), box, text=text,
                  files=(("ใบรับรองวัคซีน.pdf", data, PDF),))  # fmt: skip
    return Case("pdf_vet_certificate", raw, own(a, NO_BIRTH))


# --- sheets --------------------------------------------------------------------------------


def xlsx_headman_vaccination_list(a: Party, i: int) -> Case:
    """A headman's sheet for the district's FMD and lumpy-skin vaccination: his block on
    top (name, post, ID, home, mobile), then a row per owner (name, ID, house, cattle and
    buffalo counts, mobile) and the totals."""
    p = a.p
    name, _, box = org(a)
    rows = [(n + 1, VILLAGERS[n][0], nid_w(vid(n, i, p.province), n + i), f"{5 + 13 * n}{'/2' if n % 2 else ''}",
             (4, 12, 2, 25, 7, 9)[n], (0, 2, 5, 0, 1, 3)[n], mobile(VILLAGERS[n][2], n)) for n in range(6)]  # fmt: skip

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "บัญชีผู้เลี้ยงสัตว์"
        ws.append(
            (
                f"บัญชีรายชื่อเกษตรกรผู้เลี้ยงโค-กระบือ ขอรับวัคซีนป้องกันโรคปากและเท้าเปื่อยและโรคลัมปี สกิน หมู่ที่ {p.moo} ตำบล{p.tambon}",
            )
        )
        ws.append(("ผู้รวบรวม", a.name, "ตำแหน่ง", f"ผู้ใหญ่บ้านหมู่ที่ {p.moo}"))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i)))
        ws.append(("ที่อยู่", home(a, i)))
        ws.append(("โทรศัพท์", tel(a, i + 1)))
        ws.append(())
        ws.append(
            (
                "ลำดับ",
                "ชื่อ-สกุลเจ้าของสัตว์",
                "เลขประจำตัวประชาชน",
                "บ้านเลขที่",
                "โค (ตัว)",
                "กระบือ (ตัว)",
                "โทรศัพท์",
            )
        )
        for r in rows:
            ws.append(r)
        ws.append(("รวม", "", "", "", sum(r[4] for r in rows), sum(r[5] for r in rows), ""))

    raw = message(i, f"ส่งบัญชีรายชื่อผู้เลี้ยงโค-กระบือ หมู่ {p.moo}", own_box(a), box,
                  text=f"เรียน งานปศุสัตว์ {name}\nส่งบัญชีรายชื่อผู้เลี้ยงสัตว์ที่ขอรับวัคซีน{ending(a)}\n{a.name}\nผู้ใหญ่บ้านหมู่ที่ {p.moo}\n",
                  files=(("วัคซีนโค หมู่" + p.moo + ".xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_headman_vaccination_list", raw, own(a, NO_BIRTH))


def xlsx_fishing_group_members(a: Party, i: int) -> Case:
    """A fishing group's members sheet sent with its request: the chairman's head block
    (name, ID, home, mobile), the secretary's name and mobile, then a row per member
    (name, ID, house, boat registration, fishing licence, gear, mobile)."""
    p = a.p
    name, _, box = org(a)
    group, code, sec, sec_mob = GROUPS[p.province]
    gear = ("อวนลอยกุ้ง", "ลอบปู", "อวนจมปู", "เบ็ดราว", "ไซนั่ง", "อวนลอยปลา")

    def build(book: Any) -> None:
        ws = book.active
        ws.title = "ทะเบียนสมาชิก"
        ws.append((f"{group} (รหัส {code})",))
        ws.append(("ทะเบียนสมาชิกและเรือประมง แนบคำขอรับการสนับสนุนพันธุ์สัตว์น้ำ ปี 2570",))
        ws.append(("ประธานกลุ่ม", a.name))
        ws.append(("เลขประจำตัวประชาชน", nid_w(p.nid, i + 1)))
        ws.append(("ที่อยู่", home(a, i + 2)))
        ws.append(("โทรศัพท์", tel(a, i)))
        ws.append(("เลขานุการ", sec, "โทร", mobile(sec_mob, i + 1)))
        ws.append(())
        ws.append(
            (
                "ที่",
                "ชื่อ-สกุล",
                "เลขประจำตัวประชาชน",
                "บ้านเลขที่",
                "ทะเบียนเรือ",
                "ใบอนุญาตทำการประมง",
                "เครื่องมือ",
                "โทรศัพท์",
            )
        )
        for n in range(6):
            v = VILLAGERS[(n + 2) % len(VILLAGERS)]
            ws.append((n + 1, v[0], vid(n + 2, i + 3, p.province), f"{40 + 9 * n} ม.{p.moo}", f"651{(n * 4177 + 20311 + i) % 10**6:06d}",
                       f"ปพ.{p.province[:1]}{(n * 31 + 127 + i) % 1000:03d}/2569", gear[n], mobile(v[2], n + 2)))  # fmt: skip

    raw = message(i, f"ทะเบียนสมาชิก{group}", own_box(a), box,
                  text=f"เรียน {name}\nส่งทะเบียนสมาชิกกลุ่มประกอบคำขอ{ending(a)}\n{a.name}\n",
                  files=(("สมาชิกกลุ่มประมง.xlsx", xlsx_bytes(build), XLSX),))  # fmt: skip
    return Case("xlsx_fishing_group_members", raw, own(a, NO_BIRTH))


Style = Callable[[Party, int], Case]

# Each style and the indexes into PEOPLE of its two variants (the cooperative styles pick
# theirs by the variant's number).
STYLES: tuple[tuple[Style, tuple[int, int]], ...] = (
    (plain_dog_cat_phone, (0, 12)),
    (plain_daughter_fathers_dogs, (13, 14)),
    (plain_stray_dogs_forwarded, (10, 6)),
    (plain_elephant_damage_phone, (1, 7)),
    (plain_pump_borrow_webmail, (4, 8)),
    (plain_chicken_smell_reply, (5, 3)),
    (html_gmail_fishing_group, (2, 9)),
    (html_outlook_cooperative_members, (0, 0)),
    (html_eservice_pet_register, (3, 10)),
    (html_gmail_cattle_market, (11, 4)),
    (html_gmail_reply_pest_plots, (8, 0)),
    (docx_pet_register_form, (5, 12)),
    (docx_machine_borrow_form, (7, 6)),
    (docx_headman_elephant_letter, (7, 1)),
    (docx_cooperative_letterhead, (0, 0)),
    (pdf_fillable_farmer_damage, (1, 8)),
    (pdf_typed_pig_complaint, (3, 11)),
    (pdf_fillable_pet_proxy, (14, 13)),
    (pdf_vet_certificate, (10, 0)),
    (xlsx_headman_vaccination_list, (4, 11)),
    (xlsx_fishing_group_members, (9, 2)),
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
