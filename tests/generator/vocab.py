"""Labels and phrases as Thai agency forms print them and citizens type them.

Written from paper and web forms of Thai local agencies (คำร้องทั่วไป of อบต./เทศบาล,
district office forms, university and hospital request forms) and from how people
write in mail, NOT from `config/forms/` or `extractors/`: a label the reader does not
know must show up here as a miss, not be hidden because both sides share one list.
Nothing here is imported by the product.
"""

from __future__ import annotations

# Per field: Thai labels, with the qualifiers and units forms print beside them.
TH_LABELS: dict[str, list[str]] = {
    "full_name": [
        "ชื่อ-นามสกุล",
        "ชื่อ - สกุล",
        "ชื่อ-สกุล",
        "ชื่อ - นามสกุล",
        "ชื่อและนามสกุล",
        "ชื่อผู้ยื่นคำร้อง",
        "ผู้ยื่นคำร้อง",
        "ชื่อผู้ขอ",
        "ข้าพเจ้า (ชื่อ-สกุล)",
        "ชื่อ-นามสกุล (ผู้ยื่นคำขอ)",
    ],
    "national_id": [
        "เลขประจำตัวประชาชน",
        "เลขประจำตัวประชาชน 13 หลัก",
        "เลขที่บัตรประจำตัวประชาชน",
        "เลขบัตรประจำตัวประชาชน",
        "เลขบัตรประชาชน",
        "หมายเลขบัตรประชาชน",
        "เลขประจำตัวประชาชน (13 หลัก)",
    ],
    "birth_date": [
        "วันเกิด",
        "วัน/เดือน/ปีเกิด",
        "วัน/เดือน/ปีเกิด (พ.ศ.)",
        "วันเดือนปีเกิด",
        "เกิดวันที่",
        "วัน เดือน ปี เกิด",
    ],
    "phone": [
        "โทรศัพท์",
        "โทรศัพท์ (มือถือ)",
        "โทรศัพท์มือถือ",
        "เบอร์โทรศัพท์",
        "หมายเลขโทรศัพท์",
        "เบอร์โทรศัพท์ที่ติดต่อได้",
        "โทร.",
        "มือถือ",
    ],
    "email": ["อีเมล", "อีเมล์", "E-mail", "ไปรษณีย์อิเล็กทรอนิกส์", "อีเมล (ถ้ามี)"],
    "address": [
        "ที่อยู่",
        "ที่อยู่ที่ติดต่อได้",
        "ที่อยู่ปัจจุบัน",
        "ที่อยู่ตามทะเบียนบ้าน",
        "ที่อยู่ (บ้านเลขที่/หมู่/ซอย/ถนน/ตำบล/อำเภอ)",
        "อยู่บ้านเลขที่",
    ],
    "postal_code": ["รหัสไปรษณีย์", "รหัส ปณ."],
    "province": ["จังหวัด"],
    "subject": ["เรื่อง", "เรื่องที่ขอ", "เรื่องที่ยื่นคำร้อง", "มีความประสงค์"],
    "details": ["รายละเอียด", "รายละเอียดคำร้อง", "รายละเอียดเพิ่มเติม", "ข้อความ", "เหตุผล"],
}

EN_LABELS: dict[str, list[str]] = {
    "full_name": ["Full name", "Name", "Name-Surname", "Applicant"],
    "national_id": ["National ID", "National ID No.", "ID card no.", "Citizen ID"],
    "birth_date": ["Date of birth", "Birth date", "DOB"],
    "phone": ["Phone", "Mobile", "Tel.", "Telephone"],
    "email": ["Email", "E-mail"],
    "address": ["Address", "Contact address"],
    "postal_code": ["Postcode", "Postal code", "Zip code"],
    "province": ["Province"],
    "subject": ["Subject"],
    "details": ["Details", "Description"],
}

# Thai numerals for "๑)" style numbering.
THAI_NUMERALS = "๐๑๒๓๔๕๖๗๘๙"

# Titles people type before a name (the expected value attaches them to the first name).
TITLES_MALE = ["นาย"]
TITLES_FEMALE = ["นาง", "นางสาว"]
# Ranks and academic titles are kept, written attached the way they are printed.
RANKS = ["ดร.", "ร.ต.อ.", "จ.ส.อ.", "ผศ.ดร.", "ว่าที่ร้อยตรี"]

# The forwarder's own note: a clerk at another office or a relative sends the
# citizen's mail on. Their own name, phone and mail are in it, and must not be read.
FORWARD_NOTES = [
    "เรียน งานสารบรรณ\n\nส่งต่อคำร้องของประชาชนที่ส่งเข้ามาทางอีเมลกองช่าง เพื่อโปรดดำเนินการ",
    "เรียน เจ้าหน้าที่\n\nรบกวนดำเนินการตามคำร้องด้านล่างด้วยครับ ส่งผิดหน่วยงานมา",
    "ส่งต่อให้ค่ะ คุณแม่ฝากส่งคำร้องนี้ให้หน่วยงานค่ะ",
]
FORWARD_SIGNATURES = [
    "{name}\nเจ้าหน้าที่ธุรการ กองช่าง\nโทร. {phone} ต่อ 14\n{email}",
    "ขอบคุณครับ\n{name}\nโทร {phone}",
    "{name} ({email})",
]

# The agency's blank template, sent on request; citizens reply with the values typed in.
TEMPLATE_INTRO = [
    "กรุณากรอกข้อมูลตามแบบฟอร์มด้านล่าง แล้วตอบกลับอีเมลนี้",
    "แบบฟอร์มคำร้องทั่วไป (กรุณากรอกให้ครบทุกช่อง)",
]
REPLY_NOTES = ["กรอกข้อมูลแล้วครับ", "ส่งข้อมูลตามแบบฟอร์มค่ะ", "ตามนี้ครับ ขอบคุณครับ", ""]

GREETINGS = ["เรียน เจ้าหน้าที่ผู้เกี่ยวข้อง", "เรียน นายกองค์การบริหารส่วนตำบล", "เรียน ปลัดอำเภอ"]
SIGN_OFFS = ["ขอแสดงความนับถือ", "ด้วยความเคารพ", "จึงเรียนมาเพื่อโปรดพิจารณา"]

# Subjects of general requests (none names a complaint or an education document, so
# the general template is the right one).
SUBJECTS = [
    "ขอรับเงินเบี้ยยังชีพผู้สูงอายุ",
    "ขอความอนุเคราะห์ตัดแต่งกิ่งไม้ริมถนน",
    "ขออนุญาตใช้ห้องประชุมของหน่วยงาน",
    "แจ้งเปลี่ยนแปลงที่อยู่สำหรับติดต่อ",
    "ขอทราบยอดภาษีที่ดินและสิ่งปลูกสร้าง",
    "ขอความอนุเคราะห์ซ่อมไฟฟ้าส่องสว่างในซอย",
    "ขอรับการสนับสนุนถังขยะประจำหมู่บ้าน",
    "ขอลงทะเบียนรับเบี้ยความพิการ",
    "ขอคัดสำเนาทะเบียนบ้าน",
    "ขอรับน้ำอุปโภคบริโภค",
]

DETAILS = [
    "ข้าพเจ้ามีความประสงค์ขอให้หน่วยงานพิจารณาดำเนินการตามเรื่องดังกล่าว",
    "เนื่องจากไฟฟ้าส่องสว่างในซอยดับมาหลายวันแล้ว ทำให้กลางคืนมืดมาก",
    "ขอให้เจ้าหน้าที่ติดต่อกลับในวันและเวลาราชการ",
    "ได้แนบสำเนาบัตรประจำตัวประชาชนมาด้วยแล้ว",
    "กิ่งไม้ยื่นออกมาบังป้ายจราจรหน้าบ้าน อาจเกิดอันตรายได้",
]

# Prose: a request written as a letter, the values inside sentences.
PROSE_OPENINGS = [
    "ข้าพเจ้า {name} เลขประจำตัวประชาชน {nid} อยู่บ้านเลขที่ {address}",
    "ข้าพเจ้า{name} บัตรประชาชนเลขที่ {nid} ที่อยู่ {address}",
    "ข้าพเจ้า {name} ถือบัตรประจำตัวประชาชนเลขที่ {nid} ปัจจุบันอาศัยอยู่ที่ {address}",
]
PROSE_CONTACTS = [
    "สามารถติดต่อกลับได้ที่หมายเลข {phone} หรืออีเมล {email}",
    "หากมีข้อสงสัยโทร {phone} ได้ตลอดเวลา หรือส่งอีเมลมาที่ {email}",
    "เบอร์ติดต่อ {phone} อีเมล {email}",
]
PROSE_ASKS = ["มีความประสงค์{subject}", "ขอยื่นคำร้องเรื่อง{subject}"]

# Out-of-office replies in Thai and English, as Exchange, Gmail and Thai webmail send them.
OOF_SUBJECTS = ["ตอบกลับอัตโนมัติ: {s}", "Automatic reply: {s}", "Out of Office: {s}"]
OOF_BODIES = [
    "ขณะนี้ข้าพเจ้าไม่อยู่ที่สำนักงาน จะกลับมาปฏิบัติงานวันที่ 12 มกราคม 2569",
    "I am out of the office until 12 January with limited access to email.",
]
FOLLOW_UPS = [
    "ขอสอบถามความคืบหน้าของคำร้องที่ส่งไปครับ",
    "ขอส่งเอกสารเพิ่มเติมตามที่เจ้าหน้าที่แจ้งค่ะ",
    "ได้รับเลขรับแล้ว ขอบคุณครับ",
]
