"""A forty-fifth set of requests written by someone who had not read the readers (issue 8):
HTML MAIL AS REAL MAIL PROGRAMS WRITE IT. The citizens type ordinary requests (labels or
sentences); the HTML around their words is what each client really sends: Outlook
desktop's Word HTML (MsoNormal paragraphs, <o:p>, mso conditional comments, a VML logo,
runs split into spans with lang="TH" in "Angsana New" or "TH SarabunPSK" and the digits
in spans of their own), Outlook on the web (elementToProof divs, divRplyFwdMsg), Apple
Mail (the first line bare, a div per line after it, Apple-interchange-newline where text
was pasted, a forward in blockquote type=cite), iOS Mail, Samsung Email and the Gmail app
on Android (dir="auto" divs, the Gmail app's nesting), Yahoo Mail (ydp wrap, a forward
whose original keeps yiv-prefixed classes), Thunderbird (moz-cite-prefix, pre wrap
quotes, moz-signature), Roundcube as a Thai ISP hosts it, Zimbra as government offices
host it, a Lotus Notes-style font table, an inline cid: photo between the lines, a
request pasted from Word or from a web page keeping its styles, a layout table that puts
the writer's address at the top right as Thai letters do, multipart/alternative whose
plain part is empty or says only "please view this mail in HTML", and replies and
forwards in those clients' quoting styles (gmail_quote, blockquote type=cite,
divRplyFwdMsg, Zimbra's zwchr).

Written before reading `extractors/`, `intake/` or `config/` (only the harness, the `Case`
type, the tests and builders of sets 40 and 41, the helpers they import, and the earlier
sets' first docstrings).

Conventions (written down before any run): what a Thai clerk keeps.
- What the citizen's client shows is what counts: the HTML part (the plain part where the
  client sends one is its own rendering of the same words, or empty, or only "view in
  HTML").
- full_name: the applicant's with his title, one space before the family name.
- national_id: 13 digits; birth_date ISO C.E.; phone the applicant's own mobile as +66...
  or 0...; email the applicant's, lower case, where the mail types it (a mailto link's
  text counts as typed).
- address: the applicant's home from the house number to the district (set 5's
  `addresses`, or as typed), its province by the official name and postal code; a
  workplace's address in a signature (a school's, a company's) is never it.
- In a reply the applicant's values typed above the quote count; the agency officer's
  name, desk phone, e-mail and the agency's address in the quote never. In a forward of
  the citizen's OWN earlier mail (sent to a wrong address, or from another mailbox of
  hers) the values in the forwarded original are hers and count; the values typed again
  above it, where given, are the same.
- An inline image's file name or alt text is no value.
- A field the mail does not give is not expected.
Everyone and every number is invented (every 13-digit number made with
with_check_digit); ตำบล/แขวง, อำเภอ/เขต, provinces and postal codes are real and belong
together; agencies, schools, companies and ISPs are invented names.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from support.blind_sets import two_each
from unseen_requests import MONTHS, MONTHS_SHORT, Case, with_check_digit
from unseen_requests_5 import Person, addresses

# ruff: noqa: E501 -- messages as mail programs write them: long lines

AGENCY = "saraban@example.go.th"


def P(title: str, first: str, last: str, nid12: str, born: date, mobile: str, email: str,
      house: str, moo: str, soi: str, road: str, tambon: str, amphoe: str, province: str,
      postal: str) -> Person:  # fmt: skip
    return Person(title, first, last, with_check_digit(nid12), born, mobile, email, house, moo,
                  soi, road, tambon, amphoe, province, postal)  # fmt: skip


PEOPLE: tuple[Person, ...] = (
    P("นาย", "สมเกียรติ", "ปัญญาดี", "341020065518", date(1981, 5, 17), "0817742290", "somkiat.pd@gmail.com",
      "88/2", "6", "", "", "ขามใหญ่", "เมืองอุบลราชธานี", "อุบลราชธานี", "34000"),
    P("นางสาว", "กัลยา", "ทองคำภู", "110370089914", date(1994, 2, 3), "0926618475", "kanlaya.tk@hotmail.com",
      "14/219", "", "รามอินทรา 40", "รามอินทรา", "นวลจันทร์", "บึงกุ่ม", "กรุงเทพมหานคร", "10230"),
    P("นาง", "บุษบา", "จันทร์เพ็ญ", "360070041127", date(1970, 9, 29), "0862204417", "budsaba.jp@yahoo.com",
      "241", "3", "", "", "หนองปลิง", "เมืองนครสวรรค์", "นครสวรรค์", "60000"),
    P("นาย", "ธนพล", "วิเศษศักดิ์", "120560037781", date(1987, 12, 8), "0954418803", "thanapol.ws@outlook.com",
      "59/14", "2", "", "", "บางรักพัฒนา", "บางบัวทอง", "นนทบุรี", "11110"),
    P("นาง", "วิไลวรรณ", "ศรีสมบูรณ์", "520990017736", date(1966, 4, 11), "0813306692", "wilaiwan.ss@gmail.com",
      "17", "9", "", "", "ต้นธงชัย", "เมืองลำปาง", "ลำปาง", "52000"),
    P("นาย", "อภิสิทธิ์", "เกตุแก้ว", "184010052269", date(1999, 7, 21), "0637715528", "apisit.kk@gmail.com",
      "302/7", "", "", "ศรีสุริยวงศ์", "หน้าเมือง", "เมืองราชบุรี", "ราชบุรี", "70000"),
    P("นางสาว", "ณัฐชา", "บุญยืน", "140990028845", date(1991, 10, 30), "0896632071", "natcha.by@gmail.com",
      "5/88", "4", "", "", "คลองสวนพลู", "พระนครศรีอยุธยา", "พระนครศรีอยุธยา", "13000"),
    P("นาย", "ประเสริฐ", "หอมจันทร์", "330990024410", date(1958, 1, 6), "0850023364", "prasert.hc@yahoo.co.th",
      "112", "1", "", "", "โพธิ์กลาง", "เมืองนครราชสีมา", "นครราชสีมา", "30000"),
    P("นาง", "จิราพร", "แสงอรุณ", "101990046632", date(1976, 3, 24), "0819924135", "jiraporn.sa@gmail.com",
      "45/6", "", "สาทร 11", "สาทรใต้", "ยานนาวา", "สาทร", "กรุงเทพมหานคร", "10120"),
    P("นาย", "วีรยุทธ", "มณีรัตน์", "580990035524", date(1984, 8, 15), "0872296640", "weerayut.mr@gmail.com",
      "9", "5", "", "", "บ่อผุด", "เกาะสมุย", "สุราษฎร์ธานี", "84320"),
    P("นางสาว", "ปิยะนุช", "คงสวัสดิ์", "150990062283", date(2001, 6, 2), "0641157729", "piyanut.ks@gmail.com",
      "33/1", "7", "", "", "ริมกก", "เมืองเชียงราย", "เชียงราย", "57100"),
    P("นาย", "ไพโรจน์", "สุวรรณชาติ", "210990053317", date(1972, 11, 19), "0813372258", "pairoj.sc@hotmail.com",
      "76/3", "2", "", "", "เนินพระ", "เมืองระยอง", "ระยอง", "21000"),
)  # fmt: skip

Style = Callable[[Person, int], Case]


# --- what a clerk keeps ----------------------------------------------------------------------


def exp(p: Person, keys: str = "") -> dict[str, tuple[str, ...]]:
    table = {
        "full_name": (p.name,),
        "national_id": (p.nid,),
        "birth_date": (p.born.isoformat(),),
        "phone": ("+66" + p.mobile[1:], p.mobile),
        "email": (p.email.lower(),),
        "address": tuple(dict.fromkeys(" ".join(a.split()) for a in addresses(p))),
        "postal_code": (p.postal,),
        "province": (p.province,),
    }
    names = keys.split() or list(table)
    return {k: table[k] for k in names}


ALL_BUT_BORN = "full_name national_id phone email address postal_code province"
NO_EMAIL = "full_name national_id birth_date phone address postal_code province"


# --- how people write the values ------------------------------------------------------------


def dashed(nid: str) -> str:
    return f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"


def spaced(nid: str) -> str:
    return f"{nid[0]} {nid[1:5]} {nid[5:10]} {nid[10:12]} {nid[12]}"


def born_th(d: date, k: int) -> str:
    be = d.year + 543
    return (f"{d.day} {MONTHS[d.month - 1]} {be}", f"{d.day:02d}/{d.month:02d}/{be}",
            f"{d.day} {MONTHS_SHORT[d.month - 1]} {be}", f"{d.day} {MONTHS[d.month - 1]} พ.ศ. {be}")[k % 4]  # fmt: skip


def mobile(m: str, k: int) -> str:
    return (f"{m[:3]}-{m[3:6]}-{m[6:]}", m, f"{m[:3]}-{m[3:]}", f"{m[:3]} {m[3:6]} {m[6:]}")[k % 4]


def home(p: Person, k: int) -> str:
    """The home on one line, short or written out."""
    prov = p.province_written if (k % 2 or p.bangkok) else f"จ.{p.province}"
    return f"{p.line(short=k % 2 == 0)} {prov} {p.postal}"


# Label spellings, one set per style number, as different people type them.
LABELS = (
    ("ชื่อ-นามสกุล", "เลขประจำตัวประชาชน", "วันเกิด", "ที่อยู่", "เบอร์โทร", "อีเมล"),
    ("ชื่อ - สกุล", "เลขบัตรประชาชน", "วัน/เดือน/ปีเกิด", "ที่อยู่ปัจจุบัน", "โทรศัพท์มือถือ", "E-mail"),
    ("ผู้ยื่นคำร้อง", "เลขบัตรประจำตัวประชาชน", "เกิดวันที่", "บ้านเลขที่", "มือถือ", "อีเมล์"),
    ("ชื่อผู้ติดต่อ", "เลขประจำตัวประชาชน 13 หลัก", "วันเดือนปีเกิด", "ที่อยู่ตามทะเบียนบ้าน", "เบอร์ติดต่อ", "Email"),
)  # fmt: skip


def pairs(p: Person, k: int, keys: str = "name nid born addr phone mail") -> list[tuple[str, str]]:
    lab = LABELS[k % len(LABELS)]
    vals = {
        "name": (lab[0], p.name),
        "nid": (lab[1], (dashed(p.nid), p.nid, spaced(p.nid))[k % 3]),
        "born": (lab[2], born_th(p.born, k)),
        "addr": (lab[3], home(p, k)),
        "phone": (lab[4], mobile(p.mobile, k)),
        "mail": (lab[5], p.email),
    }
    return [vals[x] for x in keys.split()]


def lines_of(
    p: Person, k: int, keys: str = "name nid born addr phone mail", sep: str = ": "
) -> list[str]:
    return [f"{a}{sep}{b}" for a, b in pairs(p, k, keys)]


REQUESTS = (
    "ขอแจ้งไฟกิ่งหน้าบ้านดับมาหนึ่งสัปดาห์แล้ว ขอให้มาซ่อมด้วย",
    "ขอรับการสนับสนุนน้ำอุปโภคบริโภค บ่อน้ำตื้นที่บ้านแห้ง",
    "ขอให้ตัดหญ้าและลอกท่อระบายน้ำในซอย น้ำขังทุกครั้งที่ฝนตก",
    "ขอยื่นลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ",
    "ขอร้องเรียนเรื่องการเผาขยะของบ้านข้างเคียง ควันเข้าบ้านทุกเย็น",
    "ขอคัดสำเนาทะเบียนบ้านเพื่อใช้ยื่นเรื่องกับธนาคาร",
    "ขออนุญาตใช้สนามกีฬาชุมชนจัดแข่งฟุตบอลเยาวชน",
    "ขอให้ตรวจสอบสุนัขจรจัดในหมู่บ้านที่กัดเด็ก",
)


def req(k: int) -> str:
    return REQUESTS[k % len(REQUESTS)]


def sentence(p: Person, k: int) -> str:
    """The values in one prose sentence, as a letter gives them."""
    w = ("ผม", "ดิฉัน")[p.title != "นาย"]
    return (
        f"{w} {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, k)} "
        f"อยู่บ้านเลขที่ {home(p, k + 1)} {req(k)} "
        f"ติดต่อกลับได้ที่เบอร์ {mobile(p.mobile, k)} หรืออีเมล {p.email}"
    )


def polite(p: Person) -> str:
    return "ครับ" if p.title == "นาย" else "ค่ะ"


# --- the mail ---------------------------------------------------------------------------------


def tiny_png() -> bytes:
    """An 8x8 grey picture: a phone photo's place in the mail, nothing to read in it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))  # fmt: skip


def message(p: Person, n: int, subject: str, html: str, *, plain: str | None = None,
            headers: tuple[tuple[str, str], ...] = (), from_: str = "",
            images: tuple[str, ...] = ()) -> bytes:  # fmt: skip
    """`plain` None: the HTML alone (as text/html); else multipart/alternative with it.
    `images`: Content-IDs of inline pictures the HTML shows (multipart/related)."""
    msg = EmailMessage()
    msg["From"] = from_ or f"{p.first} {p.last} <{p.email}>"
    msg["To"] = AGENCY
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 8, 10, n % 60, tzinfo=UTC))
    msg["Message-ID"] = f"<set45-{n}@example.net>"
    for k, v in headers:
        msg[k] = v
    if plain is None and not images:
        msg.set_content(html, subtype="html", charset="utf-8")
    else:
        msg.set_content(plain or "", charset="utf-8")
        msg.add_alternative(html, subtype="html", charset="utf-8")
        if images:
            part = msg.get_payload()[1]
            for cid in images:
                part.add_related(
                    tiny_png(), "image", "png", cid=f"<{cid}>", filename=cid.split("@")[0]
                )
    return bytes(msg)


def text_of(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


# --- Outlook desktop (Word HTML) -------------------------------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Angsana New";
	panose-1:2 2 6 3 5 4 5 2 3 4;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"TH SarabunPSK";
	panose-1:2 11 5 0 4 2 0 2 0 3;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=EN-US link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>"""
WORD_TAIL = "</div></body></html>\n"


def w_font(k: int) -> str:
    return ("font-size:16.0pt;font-family:&quot;Angsana New&quot;,serif",
            "font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif")[k % 2]  # fmt: skip


def w_para(text: str, k: int) -> str:
    """One Outlook paragraph: Thai words in a lang=TH span, each run of digits, dashes,
    slashes and Latin letters in a span of its own, as Word splits them by script."""
    if not text:
        return (
            f"<p class=MsoNormal><span lang=TH style='{w_font(k)}'><o:p>&nbsp;</o:p></span></p>\n"
        )
    runs: list[tuple[bool, str]] = []
    for ch in text:
        latin = ch.isascii() and not ch.isspace()
        if ch.isspace() and runs:
            runs[-1] = (runs[-1][0], runs[-1][1] + ch)
        elif runs and runs[-1][0] == latin:
            runs[-1] = (latin, runs[-1][1] + ch)
        else:
            runs.append((latin, ch))
    out = []
    for latin, run in runs:
        t = escape(run, quote=False)
        if "@" in run:  # Outlook's automatic mailto link around the address alone
            addr = run.split()[-1]
            lead = escape(run[: run.rindex(addr)], quote=False)
            out.append(f"<span style='{w_font(k)}'>{lead}</span>" if lead else "")
            out.append(f"<a href=\"mailto:{addr}\"><span style='{w_font(k)}'>{addr}</span></a>")
            continue
        out.append(
            f"<span style='{w_font(k)}'>{t}</span>"
            if latin
            else f"<span lang=TH style='{w_font(k)}'>{t}</span>"
        )
    return f"<p class=MsoNormal>{''.join(out)}<span style='{w_font(k)}'><o:p></o:p></span></p>\n"


def vml_logo(cid: str) -> str:
    return (
        "<p class=MsoNormal><span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shape id=\"Picture_x0020_1\" "
        'o:spid="_x0000_i1025" type="#_x0000_t75" style=\'width:90pt;height:36pt;visibility:visible;mso-wrap-style:square\'>'
        f'<v:imagedata src="cid:{cid}" o:title=""/></v:shape><![endif]--><![if !vml]>'
        f'<img width=120 height=48 src="cid:{cid}" v:shapes="Picture_x0020_1"><![endif]></span><o:p></o:p></p>\n'
    )


OUTLOOK = (("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtJ0k2m4Vq8o3xTQeS7pL9bYc1D2w=="),
           ("Content-Language", "th"))  # fmt: skip


def html_outlook_labels(p: Person, i: int) -> Case:
    """Outlook desktop, labelled lines: each a MsoNormal paragraph, runs split by script."""
    lines = ["เรียน เจ้าหน้าที่", "", req(i) + polite(p), "", *lines_of(p, i), "",
             "ขอแสดงความนับถือ", p.name]  # fmt: skip
    html = WORD_HEAD + "".join(w_para(x, i) for x in lines) + WORD_TAIL
    plain = text_of(lines) if i % 2 else None
    return Case(
        "html_outlook_labels", message(p, i, "แจ้งเรื่อง", html, plain=plain, headers=OUTLOOK), exp(p)
    )


def html_outlook_sentence_vml(p: Person, i: int) -> Case:
    """Outlook desktop, the request in a sentence, a signature with a VML logo (the
    picture of a community enterprise he chairs) and its phone."""
    cid = "image001.png@01DB4A2C.5E8F1A30"
    lines = ["เรียน นายกองค์การบริหารส่วนตำบล", "", sentence(p, i), "", "ขอแสดงความนับถือ", "", p.name,
             "ประธานวิสาหกิจชุมชนกลุ่มทอผ้าบ้านหนองแวง", "โทร. กลุ่ม 045-210-338"]  # fmt: skip
    body = (
        "".join(w_para(x, i) for x in lines[:-3])
        + vml_logo(cid)
        + "".join(w_para(x, i) for x in lines[-3:])
    )
    html = WORD_HEAD + body + WORD_TAIL
    return Case("html_outlook_sentence_vml",
                message(p, i, "คำร้อง", html, plain=text_of(lines), headers=OUTLOOK, images=(cid,)), exp(p))  # fmt: skip


OFFICER = ("นางสาวรัชนี พรหมสุวรรณ", "เจ้าพนักงานธุรการชำนาญงาน", "045-314-200 ต่อ 12",
           "องค์การบริหารส่วนตำบลโนนสว่าง 99 หมู่ 1 ตำบลโนนสว่าง อำเภอเดชอุดม จังหวัดอุบลราชธานี 34160",
           "ratchanee.p@nonsawang.example.go.th")  # fmt: skip


def officer_lines() -> list[str]:
    name, pos, desk, office, mail = OFFICER
    return ["เรียน ผู้ยื่นคำร้อง", "",
            "ตามที่ท่านได้ยื่นคำร้องทางอีเมล เจ้าหน้าที่ขอทราบ ชื่อ-นามสกุล เลขประจำตัวประชาชน วันเกิด ที่อยู่ และเบอร์โทรศัพท์ เพื่อดำเนินการต่อ",
            "", "ขอแสดงความนับถือ", name, pos, office, f"โทร {desk}", mail]  # fmt: skip


def html_outlook_reply(p: Person, i: int) -> Case:
    """Outlook desktop reply above the officer's mail: Outlook's border-top header block
    (From/Sent/To/Subject in Thai) and her quoted MsoNormal paragraphs."""
    name, _, _, _, mail = OFFICER
    lines = [
        "เรียน เจ้าหน้าที่",
        "",
        f"ส่งข้อมูลเพิ่มเติมตามที่ขอ{polite(p)}",
        *lines_of(p, i + 1),
        "",
        "ขอบคุณ" + polite(p),
        p.name,
        "",
    ]
    head = (
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        f"<p class=MsoNormal><b><span lang=TH style='font-family:\"Tahoma\",sans-serif'>จาก</span></b><span lang=TH style='font-family:\"Tahoma\",sans-serif'>: {name} &lt;{mail}&gt; <br>"
        "<b>ส่ง</b>: วันศุกร์ที่ 4 ธันวาคม 2569 14:15<br>"
        f"<b>ถึง</b>: {p.email}<br><b>ชื่อเรื่อง</b>: RE: คำร้องทั่วไป</span><o:p></o:p></p></div>\n"
    )
    quote = "".join(w_para(x, 0) for x in officer_lines())
    html = (
        WORD_HEAD + "".join(w_para(x, i) for x in lines) + head + w_para("", 0) + quote + WORD_TAIL
    )
    return Case(
        "html_outlook_reply",
        message(p, i, "RE: คำร้องทั่วไป", html, plain=text_of(lines), headers=OUTLOOK),
        exp(p),
    )


# --- Outlook on the web ---------------------------------------------------------------------

OWA_HEAD = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> '
            'P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">')  # fmt: skip
OWA_DIV = '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'


def owa(lines: list[str]) -> str:
    return "".join(f"{OWA_DIV}{escape(x, quote=False) or '<br>'}</div>" for x in lines)


def html_owa_labels(p: Person, i: int) -> Case:
    """Outlook on the web: an elementToProof div per line, blank lines as <br> divs."""
    lines = [
        "เรียน เจ้าหน้าที่ที่เกี่ยวข้อง",
        "",
        req(i + 2) + polite(p),
        "",
        *lines_of(p, i + 2),
        "",
        "ขอบคุณ" + polite(p),
    ]
    html = OWA_HEAD + owa(lines) + "</body></html>\n"
    return Case("html_owa_labels", message(p, i, "คำร้อง", html, plain=text_of(lines)), exp(p))


def html_owa_forward_own(p: Person, i: int) -> Case:
    """Outlook on the web forwarding her own earlier mail (sent to a wrong address): a
    line above, divRplyFwdMsg's header, the original below."""
    orig = ["เรียน เจ้าหน้าที่", "", req(i + 3) + polite(p), *lines_of(p, i + 3)]
    html = (OWA_HEAD + owa([f"ขอส่งต่ออีเมลที่เคยส่งผิดที่อยู่{polite(p)} รบกวนดำเนินการด้วย", ""])
            + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            + '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + f"<b>จาก:</b> {p.first} {p.last} &lt;{p.email}&gt;<br><b>ส่ง:</b> 1 ธันวาคม 2569 20:41<br>"
            + "<b>ถึง:</b> saraban@example.co.th &lt;saraban@example.co.th&gt;<br><b>เรื่อง:</b> คำร้อง</font>"
            + '<div>&nbsp;</div></div><div dir="ltr">' + "".join(f"<div>{escape(x, quote=False) or '<br>'}</div>" for x in orig)
            + "</div></body></html>\n")  # fmt: skip
    return Case("html_owa_forward_own", message(p, i, "FW: คำร้อง", html), exp(p))


# --- Apple ------------------------------------------------------------------------------------

APPLE_BODY = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
APPLE = (("X-Mailer", "Apple Mail (2.3826.200.121)"),)


def apple(lines: list[str]) -> str:
    """Apple Mail: the first line bare in the body, a div per line after it."""
    first, *rest = lines
    return escape(first, quote=False) + "".join(
        f"<div>{escape(x, quote=False) or '<br>'}</div>" for x in rest
    )


def html_apple_mail(p: Person, i: int) -> Case:
    """Apple Mail on a Mac; the values were pasted from a note, so the first of them
    opens with an Apple-interchange-newline."""
    vals = lines_of(p, i + 1)
    body = (apple(["เรียน เจ้าหน้าที่", "", req(i + 4) + polite(p), ""])
            + f'<div><br class="Apple-interchange-newline">{escape(vals[0], quote=False)}</div>'
            + "".join(f"<div>{escape(x, quote=False)}</div>" for x in vals[1:])
            + f"<div><br></div><div>{p.name}</div>")  # fmt: skip
    html = APPLE_BODY + body + "</body></html>\n"
    plain = (
        text_of(["เรียน เจ้าหน้าที่", "", req(i + 4) + polite(p), "", *vals, "", p.name])
        if i % 2
        else None
    )
    return Case("html_apple_mail", message(p, i, "คำร้อง", html, plain=plain, headers=APPLE), exp(p))


def html_apple_forward_own(p: Person, i: int) -> Case:
    """Apple Mail forwarding her own mail from her other mailbox: "Begin forwarded
    message:" in a blockquote type=cite, the header fields in -webkit-system-font spans."""
    span = '<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);">'
    span2 = (
        '<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">'
    )
    hdr = "".join(
        f'<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">{span}<b>{k}: </b></span>{span2}{v}<br></span></div>'
        for k, v in (("From", f"{p.first} {p.last} &lt;{p.email}&gt;"), ("Subject", "<b>คำร้อง</b>"),
                     ("Date", "3 December 2569 BE 19:02:11 GMT+7"), ("To", "info@example.or.th")))  # fmt: skip
    orig = apple(["เรียน เจ้าหน้าที่", "", sentence(p, i), "", "ขอบคุณ" + polite(p)])
    body = (apple([f"ส่งไปที่อยู่เดิมแล้วไม่มีคนตอบ{polite(p)} ส่งต่อให้อีกครั้ง"]) + "<div><br>"
            + '<blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline">'
            + hdr + f'<br><div><meta http-equiv="content-type" content="text/html; charset=utf-8"><div>{orig}</div></div></blockquote></div>')  # fmt: skip
    html = APPLE_BODY + body + "</body></html>\n"
    return Case("html_apple_forward_own", message(p, i, "Fwd: คำร้อง", html, headers=APPLE), exp(p))


def html_ios_mail(p: Person, i: int) -> Case:
    """iOS Mail: one <div dir="ltr"> with <br> lines, "ส่งจาก iPhone ของฉัน" in its own
    div; values typed short, label and value with a space."""
    vals = lines_of(p, i + 2, sep=" ")
    body = "<br>".join([req(i + 5) + polite(p), *map(lambda x: escape(x, quote=False), vals)])
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            f'<div dir="ltr">{body}</div><div dir="ltr"><br><div dir="ltr">ส่งจาก iPhone ของฉัน</div></div></body></html>\n')  # fmt: skip
    plain = text_of([req(i + 5) + polite(p), *vals, "", "ส่งจาก iPhone ของฉัน"])
    return Case("html_ios_mail", message(p, i, "แจ้งปัญหา", html, plain=plain,
                headers=(("X-Mailer", "iPhone Mail (22B91)"),)), exp(p))  # fmt: skip


# --- Android ----------------------------------------------------------------------------------


def html_samsung_email(p: Person, i: int) -> Case:
    """Samsung Email: a dir="auto" div per line, the composer signature below."""
    lines = ["สวัสดี" + polite(p), req(i + 6), *lines_of(p, i + 3)]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            + "".join(f'<div dir="auto">{escape(x, quote=False)}</div>' for x in lines)
            + '<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">'
            + "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน</div></div><div dir=\"auto\"><br></div></body></html>\n")  # fmt: skip
    plain = text_of([*lines, "", "ส่งจากสมาร์ทโฟน Samsung Galaxy ของฉัน"]) if i % 2 else None
    return Case("html_samsung_email", message(p, i, "คำร้อง", html, plain=plain), exp(p))


def html_gmail_android(p: Person, i: int) -> Case:
    """The Gmail app on Android: the first line bare in a dir="auto" div that holds the
    others' divs nested inside it."""
    first, *rest = [req(i + 7) + polite(p), "", *lines_of(p, i, sep=" : ")]
    inner = "".join(f'<div dir="auto">{escape(x, quote=False) or "<br>"}</div>' for x in rest)
    html = f'<div dir="auto">{escape(first, quote=False)}{inner}</div>\n'
    return Case(
        "html_gmail_android", message(p, i, "ร้องเรียน", html, plain=text_of([first, *rest])), exp(p)
    )


def html_gmail_reply(p: Person, i: int) -> Case:
    """Gmail on the web replying above the officer's mail (gmail_quote, gmail_attr)."""
    name, _, _, _, mail = OFFICER
    vals = "<br>".join(escape(x, quote=False) for x in lines_of(p, i + 1))
    quote = "<br>".join(escape(x, quote=False) for x in officer_lines())
    html = (f'<div dir="ltr"><div>เรียน คุณรัชนี</div><div><br></div><div>ข้อมูลตามที่ขอ{polite(p)}</div><div>{vals}</div>'
            f'<div><br></div><div>ขอบคุณ{polite(p)}</div></div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">เมื่อ ศ. 4 ธ.ค. 2569 เวลา 14:15 {name} &lt;<a href="mailto:{mail}">{mail}</a>&gt; เขียนว่า:<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quote}</blockquote></div>\n')  # fmt: skip
    return Case("html_gmail_reply", message(p, i, "Re: คำร้องทั่วไป", html), exp(p))


# --- Yahoo ------------------------------------------------------------------------------------

YDP = "ydp6f2a91c3"


def html_yahoo(p: Person, i: int) -> Case:
    """Yahoo Mail: the yahoo-style-wrap div and a data-setdir div per line."""
    lines = ["เรียน เจ้าหน้าที่", req(i + 1) + polite(p), "", *lines_of(p, i + 2)]
    html = (f'<html><head></head><body><div class="{YDP}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            + "".join(f'<div dir="ltr" data-setdir="false">{escape(x, quote=False) or "<br>"}</div>' for x in lines)
            + "</div></body></html>\n")  # fmt: skip
    return Case("html_yahoo", message(p, i, "คำร้อง", html, plain=text_of(lines)), exp(p))


def html_yahoo_forward_yiv(p: Person, i: int) -> Case:
    """Yahoo Mail forwarding her own mail first sent from her office's Outlook: the
    original's Word HTML with every class and id prefixed yiv by Yahoo."""
    yiv = "yiv4419032756"
    orig = "".join(
        f'<p class="{yiv}MsoNormal"><span lang="TH" style="font-size:16.0pt;font-family:TH SarabunPSK, sans-serif;">{escape(x, quote=False) or "&nbsp;"}</span></p>'
        for x in ["เรียน เจ้าหน้าที่", "", req(i + 2) + polite(p), "", *lines_of(p, i + 1), "", p.name]
    )
    html = (f'<html><head></head><body><div class="{YDP}yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            f'<div dir="ltr" data-setdir="false">ส่งซ้ำอีกครั้ง{polite(p)} ยังไม่ได้รับการตอบกลับ</div><div><br></div><div><br></div>'
            f'<div id="{YDP}yahoo_quoted_8812345678" class="{YDP}yahoo_quoted">'
            '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
            f"<div>----- ข้อความที่ส่งต่อ -----</div><div><b>จาก:</b> {p.first} {p.last} &lt;{p.email}&gt;</div>"
            f"<div><b>ถึง:</b> {AGENCY}</div><div><b>ส่งเมื่อ:</b> วันพุธ 2 ธันวาคม 2569 09:12:40 GMT+7</div><div><b>ชื่อเรื่อง:</b> คำร้อง</div>"
            f'<div><br></div><div><br></div><div id="{yiv}"><div><div class="{yiv}WordSection1">{orig}</div></div></div></div></div></div></body></html>\n')  # fmt: skip
    return Case("html_yahoo_forward_yiv", message(p, i, "Fwd: คำร้อง", html), exp(p))


# --- Thunderbird ------------------------------------------------------------------------------

TB_HEAD = '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
TB = (("User-Agent", "Mozilla Thunderbird"),)


def html_thunderbird_signature(p: Person, i: int) -> Case:
    """Thunderbird: paragraphs with <br> lines, a moz-signature holding his name and
    mobile only (the values above without the phone)."""
    vals = "<br>\n    ".join(
        escape(x, quote=False) for x in lines_of(p, i + 3, "name nid born addr mail")
    )
    html = (TB_HEAD + f"    <p>เรียน เจ้าหน้าที่</p>\n    <p>{req(i + 3)}{polite(p)}</p>\n    <p>{vals}</p>\n"
            f'    <div class="moz-signature">-- <br>\n      {p.name}<br>\n      โทร {mobile(p.mobile, i + 1)}</div>\n  </body>\n</html>\n')  # fmt: skip
    return Case("html_thunderbird_signature", message(p, i, "คำร้อง", html, headers=TB), exp(p))


def html_thunderbird_reply_pre(p: Person, i: int) -> Case:
    """Thunderbird replying above the officer's plain-text mail: moz-cite-prefix and the
    quote in <pre class="moz-quote-pre" wrap="">."""
    name = OFFICER[0]
    vals = "<br>\n    ".join(escape(x, quote=False) for x in lines_of(p, i))
    quote = escape("\n".join(officer_lines()), quote=False)
    html = (TB_HEAD + f"    <p>เรียน คุณรัชนี</p>\n    <p>{vals}</p>\n    <p>ขอบคุณ{polite(p)}<br>{p.name}<br></p>\n"
            f'    <div class="moz-cite-prefix">เมื่อ 4/12/2569 14:15, {name} เขียน:<br>\n    </div>\n'
            f'    <blockquote type="cite" cite="mid:a81f2c@nonsawang.example.go.th">\n      <pre class="moz-quote-pre" wrap="">{quote}\n</pre>\n    </blockquote>\n  </body>\n</html>\n')  # fmt: skip
    return Case(
        "html_thunderbird_reply_pre", message(p, i, "Re: คำร้องทั่วไป", html, headers=TB), exp(p)
    )


# --- webmail as Thai ISPs and agencies host it -------------------------------------------------

RC_HEAD = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'


def html_roundcube(p: Person, i: int) -> Case:
    """Roundcube on an ISP's webmail: <p> paragraphs with <br /> and a signature div with
    the ISP's line."""
    vals = "<br />".join(escape(x, quote=False) for x in lines_of(p, i + 1))
    html = (RC_HEAD + f"<p>เรียน เจ้าหน้าที่</p>\n<p>{req(i)}{polite(p)}</p>\n<p>{vals}</p>\n"
            '<div id="signature">-- <br />ส่งจาก NetThai Webmail - webmail.netthai.example.net<br />Call Center 1234</div>\n</body></html>\n')  # fmt: skip
    plain = text_of(["เรียน เจ้าหน้าที่", "", req(i) + polite(p), "", *lines_of(p, i + 1)])
    return Case("html_roundcube", message(p, i, "คำร้อง", html, plain=plain, from_=f"{p.name} <{p.email}>",
                headers=(("User-Agent", "Roundcube Webmail/1.6.9"),)), exp(p))  # fmt: skip


def html_roundcube_reply(p: Person, i: int) -> Case:
    """Roundcube replying above the officer's mail: reply-intro and the blue-bordered
    blockquote type=cite with Roundcube's 'ignored' comments."""
    name = OFFICER[0]
    vals = "<br />".join(escape(x, quote=False) for x in lines_of(p, i + 2))
    quote = "<br />".join(escape(x, quote=False) for x in officer_lines())
    html = (RC_HEAD + f"<p>ส่งรายละเอียดตามที่แจ้ง{polite(p)}</p>\n<p>{vals}</p>\n<p>{p.name}</p>\n"
            f"<p id=\"reply-intro\">On 2026-12-04 14:15, {name} wrote:</p>\n"
            '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
            f"<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n<div class=\"pre\" style=\"margin: 0; padding: 0; font-family: monospace\">{quote}</div>\n"
            "</blockquote>\n</body></html>\n")  # fmt: skip
    return Case("html_roundcube_reply", message(p, i, "Re: คำร้องทั่วไป", html,
                headers=(("User-Agent", "Roundcube Webmail/1.6.9"),)), exp(p))  # fmt: skip


SCHOOLS = ("โรงเรียนบ้านหนองบัววิทยา 55 หมู่ 3 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 โทร 042-221-905",
           "โรงเรียนวัดโพธิ์ศรี 120 หมู่ 8 ตำบลบ้านโพธิ์ อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา 30310 โทร 044-250-117")  # fmt: skip


def zimbra(lines: list[str]) -> str:
    bogus = '<br data-mce-bogus="1">'
    return "".join(f"<div>{escape(x, quote=False) or bogus}</div>" for x in lines)


ZM_OPEN = '<html><body><div style="font-family: tahoma, new york, times, serif; font-size: 12pt; color: #000000">'


def html_zimbra(p: Person, i: int) -> Case:
    """Zimbra on a government mail service: a teacher writing from her school's mailbox
    about her home; the school's address and phone in the signature."""
    user = f"{p.email.split('@')[0].replace('.', '_')}@school.example.go.th"
    lines = ["เรียน เจ้าหน้าที่", "", req(i + 4) + polite(p), "", *lines_of(p, i + 3), ""]
    sig = f'<div data-marker="__SIG_PRE__">{p.name}<br>ครู วิทยฐานะชำนาญการ<br>{SCHOOLS[i % 2]}</div>'
    html = ZM_OPEN + zimbra(lines) + sig + "</div></body></html>\n"
    return Case("html_zimbra", message(p, i, "คำร้อง", html, plain=text_of(lines), from_=f"{p.name} <{user}>",
                headers=(("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)"),)), exp(p))  # fmt: skip


def html_zimbra_reply(p: Person, i: int) -> Case:
    """Zimbra replying above the officer's mail: the zwchr divider, its __HEADERS__ and
    __QUOTED_TEXT__ markers."""
    name, _, _, _, mail = OFFICER
    lines = [f"ส่งข้อมูลเพิ่มเติม{polite(p)}", "", *lines_of(p, i), "", p.name]
    html = (ZM_OPEN + zimbra(lines) + '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__">'
            f'<div data-marker="__HEADERS__"><b>จาก: </b>"{name}" &lt;{mail}&gt;<br><b>ถึง: </b>"{p.first} {p.last}" &lt;{p.email}&gt;<br>'
            '<b>ส่งแล้ว: </b>วันศุกร์, 4 ธันวาคม 2569 14:15:03<br><b>ชื่อเรื่อง: </b>คำร้องทั่วไป<br></div><br>'
            f'<div data-marker="__QUOTED_TEXT__">{zimbra(officer_lines())}</div></div></body></html>\n')  # fmt: skip
    return Case("html_zimbra_reply", message(p, i, "Re: คำร้องทั่วไป", html,
                headers=(("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF120 (Linux)/9.0.0_GA_4583)"),)), exp(p))  # fmt: skip


# --- office tools -----------------------------------------------------------------------------


def html_lotus_notes_table(p: Person, i: int) -> Case:
    """A Lotus Notes-style mail: <font size=2 face="sans-serif"> everywhere, the values in
    a borderless table of label and value cells."""
    f = '<font size=2 face="sans-serif">'
    rows = "".join(f'<tr valign=top><td width=35% style="border-style:none none none none;padding:0px">{f}{a}</font></td>'
                   f'<td width=65% style="border-style:none none none none;padding:0px">{f}{escape(b, quote=False)}</font></td></tr>'
                   for a, b in pairs(p, i + 1))  # fmt: skip
    html = (f"<html><body>{f}เรียน เจ้าหน้าที่</font><br><br>{f}{req(i + 5)}{polite(p)}</font><br><br>"
            f'<table width=100% style="border-collapse:collapse;">{rows}</table><br><br>{f}ขอแสดงความนับถือ<br>{p.name}</font><br></body></html>\n')  # fmt: skip
    return Case("html_lotus_notes_table", message(p, i, "Request / คำร้อง", html, plain="",
                headers=(("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF241 February 26, 2018"),)), exp(p))  # fmt: skip


def html_inline_photo(p: Person, i: int) -> Case:
    """Gmail with a photo of the problem pasted between the request and the values
    (multipart/related, <img src="cid:...">)."""
    cid = f"ii_m4b{i}x7q20"
    vals = "".join(f"<div>{escape(x, quote=False)}</div>" for x in lines_of(p, i + 2))
    html = (f'<div dir="ltr"><div>เรียน เจ้าหน้าที่</div><div>{req(i + 2)}{polite(p)} ตามรูปด้านล่าง</div><div><br></div>'
            f'<div><img src="cid:{cid}" alt="IMG_20261206_071522.jpg" width="452" height="339"><br></div><div><br></div>'
            f"{vals}</div>\n")  # fmt: skip
    plain = text_of(
        [
            "เรียน เจ้าหน้าที่",
            req(i + 2) + polite(p) + " ตามรูปด้านล่าง",
            "",
            "[image: IMG_20261206_071522.jpg]",
            "",
            *lines_of(p, i + 2),
        ]
    )
    return Case(
        "html_inline_photo",
        message(p, i, "แจ้งปัญหา (มีรูป)", html, plain=plain, images=(cid,)),
        exp(p),
    )


def html_pasted_from_word(p: Person, i: int) -> Case:
    """A letter typed in Word pasted into Gmail keeping Word's styles: MsoNormal
    paragraphs with inline margins, TH SarabunPSK 16pt, values underlined after dotted
    labels as the official form prints them."""
    st = 'style="margin:0cm 0cm 0.0001pt;line-height:normal;font-size:11pt;font-family:Calibri,sans-serif"'
    sp = 'style="font-size:16pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif"'

    def para(*runs: tuple[str, bool]) -> str:
        inner = "".join(
            f"<span {sp}><u>{escape(t, quote=False)}</u></span>"
            if u
            else f'<span lang="TH" {sp}>{escape(t, quote=False)}</span>'
            for t, u in runs
        )
        return f'<p class="MsoNormal" {st}>{inner}<u></u><u></u></p>'

    body = "".join([
        para(("เรื่อง  ขอรับความช่วยเหลือ", False)),
        para(("เรียน  นายกเทศมนตรี", False)),
        para(("ข้าพเจ้า ", False), (p.name, True), (" เลขประจำตัวประชาชน ", False), (p.nid, True)),
        para(("เกิดวันที่ ", False), (born_th(p.born, i), True), (" อยู่บ้านเลขที่ ", False), (home(p, i), True)),
        para(("โทรศัพท์ ", False), (mobile(p.mobile, i + 1), True), (" อีเมล ", False), (p.email, True)),
        para((f"มีความประสงค์ {req(i + 1)}", False)),
        para(("ลงชื่อ ", False), (p.name, True), (" ผู้ยื่นคำร้อง", False)),
    ])  # fmt: skip
    html = f'<div dir="ltr"><div>ส่งคำร้องตามนี้{polite(p)}</div><br>{body}</div>\n'
    return Case("html_pasted_from_word", message(p, i, "คำร้องขอความช่วยเหลือ", html), exp(p))


def html_pasted_from_web(p: Person, i: int) -> Case:
    """The summary page of a draft on an online service copied into the mail with the
    browser's computed styles: bootstrap rows of a bold label column and a value column."""
    cell = 'style="box-sizing: border-box; position: relative; width: 100%; padding-right: 15px; padding-left: 15px; flex: 0 0 {w}%; max-width: {w}%;"'
    rows = "".join(
        f'<div class="row" style="box-sizing: border-box; display: flex; flex-wrap: wrap; margin-right: -15px; margin-left: -15px;">'
        f'<div class="col-md-4" {cell.format(w="33.3333")}><strong style="box-sizing: border-box; font-weight: bolder;">{a}</strong></div>'
        f'<div class="col-md-8" {cell.format(w="66.6667")}>{escape(b, quote=False)}</div></div>'
        for a, b in pairs(p, i + 2))  # fmt: skip
    html = (f'<div dir="ltr">เรียน เจ้าหน้าที่ {req(i + 3)}{polite(p)} ข้อมูลตามนี้<br><br>'
            f'<div style="color: rgb(33, 37, 41); font-family: Sarabun, sans-serif; font-size: 16px; background-color: rgb(255, 255, 255);">{rows}</div><br></div>\n')  # fmt: skip
    return Case(
        "html_pasted_from_web",
        message(
            p,
            i,
            "คำร้อง",
            html,
            plain=text_of(
                [
                    f"เรียน เจ้าหน้าที่ {req(i + 3)}{polite(p)} ข้อมูลตามนี้",
                    *[f"{a}\n{b}" for a, b in pairs(p, i + 2)],
                ]
            ),
        ),
        exp(p),
    )


def html_layout_table_letter(p: Person, i: int) -> Case:
    """A letter laid out with a two-column table, as Thai letters put the writer's address
    at the top right: the right cell holds the house, the district and the province over
    lines, the date under it; the body below names, numbers and signs."""
    seg = p.segments()
    top = [
        f"{p.house} {' '.join(seg[:-2])}".strip(),
        " ".join(seg[-2:]),
        f"{p.province_written} {p.postal}",
        "",
        "8 ธันวาคม 2569",
    ]
    right = "<br>".join(escape(x, quote=False) for x in top)
    html = (f'<html><body><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="55%">&nbsp;</td>'
            f'<td width="45%" style="font-family:Tahoma;font-size:10pt">{right}</td></tr></table><br>'
            f'<div style="font-family:Tahoma;font-size:10pt">เรื่อง ขอรับการช่วยเหลือ<br>เรียน นายกองค์การบริหารส่วนตำบล<br><br>'
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ข้าพเจ้า {p.name} เลขประจำตัวประชาชน {dashed(p.nid)} เกิดวันที่ {born_th(p.born, i + 1)} "
            f"{req(i + 4)} จึงเรียนมาเพื่อโปรดพิจารณา<br><br>"
            f'<table width="100%" border="0"><tr><td width="50%"></td><td align="center">ขอแสดงความนับถือ<br><br>({p.name})<br>'
            f"โทร {mobile(p.mobile, i)}<br>{p.email}</td></tr></table></div></body></html>\n")  # fmt: skip
    return Case(
        "html_layout_table_letter", message(p, i, "หนังสือขอรับการช่วยเหลือ", html, plain=""), exp(p)
    )


def html_alt_plain_empty(p: Person, i: int) -> Case:
    """multipart/alternative whose text/plain part is empty (a web form's mailer); the
    HTML holds the values in a bordered table."""
    rows = "".join(f'<tr><td style="border:1px solid #ccc;padding:4px">{a}</td><td style="border:1px solid #ccc;padding:4px">{escape(b, quote=False)}</td></tr>'
                   for a, b in pairs(p, i + 3))  # fmt: skip
    html = (f'<html><body><p>เรียน เจ้าหน้าที่</p><p>{req(i + 6)}{polite(p)}</p>'
            f'<table style="border-collapse:collapse">{rows}</table></body></html>\n')  # fmt: skip
    return Case(
        "html_alt_plain_empty", message(p, i, "คำร้อง", html, plain="" if i % 2 else "\n"), exp(p)
    )


def html_alt_view_in_html(p: Person, i: int) -> Case:
    """multipart/alternative whose text/plain says only "view this mail in HTML"; the
    HTML has the request in a sentence and a signature."""
    note = ("Please view this mail in HTML.", "อีเมลฉบับนี้เป็นรูปแบบ HTML กรุณาเปิดอ่านด้วยโปรแกรมที่รองรับ")[
        i % 2
    ]
    html = (f'<html><body style="font-family:Tahoma;font-size:10pt"><p>เรียน เจ้าหน้าที่</p><p>{escape(sentence(p, i + 2), quote=False)}</p>'
            f"<p>ขอแสดงความนับถือ<br>{p.name}</p></body></html>\n")  # fmt: skip
    return Case("html_alt_view_in_html", message(p, i, "คำร้อง", html, plain=note + "\n"), exp(p))


STYLES: tuple[Style, ...] = (
    html_outlook_labels, html_outlook_sentence_vml, html_outlook_reply,
    html_owa_labels, html_owa_forward_own,
    html_apple_mail, html_apple_forward_own, html_ios_mail,
    html_samsung_email, html_gmail_android, html_gmail_reply,
    html_yahoo, html_yahoo_forward_yiv,
    html_thunderbird_signature, html_thunderbird_reply_pre,
    html_roundcube, html_roundcube_reply, html_zimbra, html_zimbra_reply,
    html_lotus_notes_table, html_inline_photo, html_pasted_from_word, html_pasted_from_web,
    html_layout_table_letter, html_alt_plain_empty, html_alt_view_in_html,
)  # fmt: skip

FAMILY = {
    "outlook": "Outlook", "owa": "OWA", "apple": "Apple", "ios": "Apple", "samsung": "Android",
    "gmail": "Gmail", "yahoo": "Yahoo", "thunderbird": "Thunderbd", "roundcube": "webmail",
    "zimbra": "webmail", "lotus": "office", "inline": "Gmail", "pasted": "pasted",
    "layout": "office", "alt": "alt",
}  # fmt: skip
KIND: dict[str, str] = {s.__name__: FAMILY[s.__name__.split("_")[1]] for s in STYLES}


def build_set() -> list[Case]:
    """Each style for two people (its two variants), a different pair per style."""
    return two_each(STYLES, PEOPLE)


def build_outcomes() -> list[tuple[str, bytes, str]]:
    """(what it is, the mail, the classifier's kind a clerk expects)."""
    return [
        (
            "an Outlook reply to the officer's question",
            html_outlook_reply(PEOPLE[1], 90).raw,
            "request",
        ),
        (
            "a Zimbra reply to the officer's question",
            html_zimbra_reply(PEOPLE[4], 91).raw,
            "request",
        ),
        ("a Yahoo forward of her own mail", html_yahoo_forward_yiv(PEOPLE[6], 92).raw, "request"),
    ]
