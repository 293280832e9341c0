"""Words for the parts people play around a request made for someone else.

A lawyer writes for his client, an insurer for its insured, an agent for a seller, a
health unit for its patient: each reader that tells the writer's values from the
applicant's (acting_for, issuer_head, intermediary_office, whose_phone, helped_for,
health_workers_head) names them by the same words, kept here so that a word a new
theme adds is known to all of them at once. Each is a regular expression's group.
"""

from __future__ import annotations

__all__ = [
    "ACADEMIC_OFFICE",
    "AGENT",
    "BODY",
    "BODY_MEMBER",
    "BOOKKEEPER",
    "CARED_FOR",
    "CARER_EN",
    "CASE_PARTY",
    "CERTIFIER",
    "CHARGE_HOLDER",
    "CLAIMANT",
    "CLIENT",
    "CLIENT_EN",
    "CLIENT_NOTED",
    "COLLECTOR",
    "COMPLAINT",
    "CONTACT",
    "CUSTOMER",
    "FIRM",
    "GROUP_LEAD",
    "GROUP_MEMBER",
    "HEALTH_UNIT",
    "HEALTH_VOLUNTEER",
    "HEALTH_WORKER",
    "HELPED",
    "HELPER",
    "HOST",
    "INFORMANT",
    "INTERPRETER",
    "IN_NEED",
    "JURISTIC_BODY",
    "JURISTIC_HEAD",
    "KIN_EN",
    "NEIGHBOUR",
    "OTHER_SIDE",
    "PATIENT",
    "REPORTER",
    "SIGNS_FOR_BODY",
    "VICTIM",
    "VILLAGER",
    "VILLAGE_HEAD",
    "VOLUNTEER",
    "WORSHIP_POST",
]

# One paid or asked to act for another in a sale or a matter: a real-estate agent
# (นายหน้า), an agent (ตัวแทน), a coordinator (ผู้ประสานงาน) (set 80).
AGENT = r"(?:นายหน้า|ตัวแทน|ผู้ประสานงาน)"
# A community body that asks the local government for help and signs by its head (set
# 91): a temple (not the วัด of จังหวัด), a club, a group, a village fund, a school, a
# cooperative, a community enterprise, an association, a foundation, a mosque, an
# organisation. Its place is where a clerk reaches the one who signs for it (set 28).
BODY = r"(?:(?<!ห)วัด|ชมรม|กลุ่ม|กองทุน|โรงเรียน|สหกรณ์|วิสาหกิจ|สมาคม|มูลนิธิ|มัสยิด|องค์กร)"
# A juristic person of a condominium (นิติบุคคลอาคารชุด) or of a housing estate (นิติบุคคล
# หมู่บ้านจัดสรร) and the heads who sign for it by law, its manager or its committee's chair
# (set 122): a body that writes through them, as a BODY does.
JURISTIC_BODY = r"(?:นิติบุคคล(?:อาคารชุด|หมู่บ้าน(?:จัดสรร)?))"
JURISTIC_HEAD = r"(?:ผู้จัดการ|ประธาน(?:คณะ)?(?:กรรมการ)?)"
# A firm by the word its registered name opens with: a company (บริษัท, บจก.), a
# partnership (ห้างหุ้นส่วน, หจก.) (set 118: a hotel's notice opening with its name).
FIRM = r"(?:บริษัท|บจก\.|ห้างหุ้นส่วน|หจก\.)"
# A place of learning or a public office that writes as itself (set 96: a faculty's
# internship office mails the town for a student): its name, never a person's. A school
# is a BODY too.
ACADEMIC_OFFICE = r"(?:มหาวิทยาลัย|วิทยาลัย|คณะ|ภาควิชา|สาขาวิชา|สถาบัน|โรงเรียน|สำนักงาน|ศูนย์|กอง(?!ทุน))"
# One who keeps a shop's or a firm's books and files its papers for it: a bookkeeper
# (ผู้ทำบัญชี), an auditor (ผู้สอบบัญชี, ผู้ตรวจสอบบัญชี), an accountant (นักบัญชี) or an
# accounting office (สำนักงานบัญชี) (sets 56, 88): the client's is the request, never hers.
BOOKKEEPER = r"(?:ผู้ทำบัญชี|ผู้สอบบัญชี|นักบัญชี|สำนักงานบัญชี|ผู้ตรวจสอบบัญชี)"
# The one a professional writes for, by what she is to him: a lawyer's client, an
# insurer's insured (set 77): the applicant, never the firm or its officer.
CLIENT = r"(?:ลูกความ|ผู้เอาประกันภัย)"
# ... or, in a note on a party's label of a professional's own sheet, her customer
# ("เจ้าของที่ดิน (ลูกค้า)", set 105: an accountant's summary of a client's plots). Not in
# CLIENT: in a shop owner's prose her customers (ลูกค้า) are other people.
CLIENT_NOTED = rf"(?:{CLIENT}|ลูกค้า)"
# A firm's customer by the firm's own paper's word for her: a quotation's or a receipt's
# customer (ลูกค้า, ผู้ว่าจ้าง), a utility's user on an installer's or a plumber's sheet
# (ผู้ใช้ไฟฟ้า, ผู้ใช้น้ำ). Only on such a paper's own row (customers_row): in prose a
# shop's customers are other people.
CUSTOMER = r"(?:ลูกค้า|ผู้ว่าจ้าง|ผู้ใช้(?:ไฟฟ้า|ไฟ|น้ำ(?:ประปา)?))"
# The words a complaint or grievance calls itself by: where one is in the letter, the
# matter is its writer's, whatever paper or person it names (pupils_paper, helped_for).
COMPLAINT = r"(?:ร้องเรียน|ร้องทุกข์)"
# The other people a police case or a crash names beside whoever asks about it: the
# victim (ผู้เสียหาย), the suspect (ผู้ต้องหา, ผู้ต้องสงสัย, ผู้ก่อเหตุ), the other side
# (คู่กรณี), a witness (พยาน) (set 83: an officer's sheet of cameras for a case).
CASE_PARTY = r"(?:ผู้เสียหาย|ผู้ต้องหา|ผู้ต้องสงสัย|ผู้ก่อเหตุ|คู่กรณี|พยาน)"
# Of them, the one harmed, whom a report is about: beside the row of the one who reports
# it for her (INFORMANT), hers is the request (sets 31/63; set 119: a son's sheet
# reporting a loan shark for his mother).
VICTIM = r"(?:ผู้เสียหาย)"
# The one who reports a matter or fills a form in (ผู้แจ้ง, ผู้กรอกข้อมูล, ผู้รายงาน):
# alone, a complaint's own word for its writer; beside one the matter is about, another.
INFORMANT = r"(?:ผู้แจ้ง|ผู้กรอก(?:ข้อมูล)?|ผู้รายงาน)"
# The one a victim's report or a debtor's letter is against, named by what he is to her
# (set 119): a scammer (มิจฉาชีพ, คนร้าย, แก๊งคอลเซ็นเตอร์), a seller whose goods never came
# (แม่ค้า, พ่อค้า), the chat or shop account he used (ผู้ใช้ไลน์, ผู้ใช้เฟซบุ๊ก, เพจ,
# แอดมิน), a lender (เจ้าหนี้, ผู้ให้กู้) or his debt collector (คนทวงหนี้), the party
# complained of (ผู้ถูกร้อง, คู่กรณี). Never the one who asks, unless she says she is one
# ("ดิฉันเป็นแม่ค้า...").
OTHER_SIDE = (
    r"(?:มิจฉาชีพ|คนร้าย|แก๊งคอลเซ็นเตอร์|แม่ค้า|พ่อค้า|แอดมิน|เพจ"
    r"|ผู้ใช้\s*(?:ไลน์|[Ll][Ii][Nn][Ee]|เฟ[ซส]บุ[๊]?[กค]|[Ff]acebook|ติ๊กต[็๊]อก|[Tt]ik[Tt]ok|อินสตาแกรม)"
    r"|เจ้าหนี้|ผู้ให้กู้|คนทวง(?:หนี้)?|ผู้ถูกร้อง|คู่กรณี)"
)
# A neighbour a building or a wall near the boundary needs the consent of: the owner of
# the land beside it (เจ้าของที่ดินข้างเคียง, ...ติดกัน, ...แปลงข้างเคียง), the owner on one
# side of it by its compass point (เจ้าของที่ดินด้านทิศเหนือ), a neighbour (เพื่อนบ้าน)
# (set 110: an owner's mail reporting the consent of the land owner to the north, his
# name, ID and home first). A party beside the request, never the one who asks.
NEIGHBOUR = (
    r"(?:เพื่อนบ้าน|เจ้าของ(?:ที่ดิน|บ้าน|อาคาร)\s*(?:แปลง)?"
    r"(?:ข้างเคียง|ติดกัน|(?:ด้าน|ทาง)\s*(?:ทิศ)?\s*(?:เหนือ|ใต้|ตะวันออก|ตะวันตก)[\u0e01-\u0e4e]*))"
)
# The one who gathers a list of other people's requests and sends it on: its collector
# (ผู้รวบรวม), its maker (ผู้จัดทำ), a surveyor (ผู้สำรวจ) or recorder (ผู้บันทึก), often a
# headman or a volunteer with his post beside his name (set 92: a กษ.02 list of farm
# households): his row gives his own name and mobile, never the asker's.
# Or said the other way round, the work's name then "by" (จัดทำโดย, รวบรวมโดย: set 105, an
# accountant's summary prepared for her client).
COLLECTOR = (
    r"(?:(?:ผู้รวบรวม|ผู้จัดทำ|ผู้สำรวจ|ผู้บันทึก)(?:ข้อมูล|รายชื่อ|บัญชี)?"
    r"|(?:รวบรวม|จัดทำ|สำรวจ|บันทึก)(?:ข้อมูล|รายชื่อ|บัญชี)?โดย)"
)
# ... or the official who reports such a list on (ผู้รายงาน, ผู้ส่งต่อ), his post beside
# his name in its head (set 94: a ศูนย์ดำรงธรรม's sheet of forwarded cases, the ผู้ร้อง's
# column below). Alone, ผู้รายงาน is the label of a report's own writer (sets 30, 60, 91).
REPORTER = rf"(?:{COLLECTOR}|ผู้รายงาน|ผู้ส่งต่อ)"
# The one a body names for a clerk to call about its request: its coordinator
# (ผู้ประสานงาน), its contact person (ผู้ติดต่อ): a member of its staff, neither the body
# nor the one who signs for it (set 85: a bidder's purchasing coordinator); so too the one
# it sends to collect what it borrows (ผู้มารับของ, ผู้รับพัสดุ, set 91: a school's teacher).
CONTACT = (
    r"(?:ผู้ประสานงาน|ผู้ติดต่อ|[Cc]ontact [Pp]erson"
    r"|ผู้(?:มา)?รับ(?:ของ|พัสดุ|สิ่งของ|ครุภัณฑ์)|ผู้มารับ)"
)
# The one who asks named by the charge he holds over a thing: a team's manager
# (ผู้จัดการทีม), an event's organiser (ผู้จัดงาน), a business's or a licence's holder, an
# animal's or a sign's owner, a booker (ผู้จอง) (set 123). They name him in his own
# registration or booking; in a neighbour's complaint, the party complained of
# (complained_of).
CHARGE_HOLDER = r"(?:ผู้จัดการทีม|ผู้จัดงาน|เจ้าของ(?:กิจการ|ป้าย|สัตว์)|ผู้รับใบอนุญาต|ผู้(?:ขอ)?จอง)"
# The one who certifies another's form in a part of his own: the group's chair who
# vouches a farmer is a member ("ความเห็นประธานกลุ่มผู้ใช้น้ำ", boxes "ชื่อประธานกลุ่ม",
# "โทรประธานกลุ่ม", set 103), a certifier (ผู้รับรอง). Beside the asker's own boxes his
# name and number are his, as a coordinator's are (pdf_form._contacts_boxes).
CERTIFIER = r"(?:ผู้รับรอง|ประธานกลุ่ม)"
# The same in an English letter, after "our" ("We act for our client, Mr. ...", a law
# firm's; "on behalf of our co-owner", a condominium office's; "our member", a club's, set
# 82): the one the firm or office writes for.
CLIENT_EN = r"(?:client|co-owner|owner|member)"
# One's family in an English letter after "my" ("on behalf of my wife, นาง...", "write for
# my mother-in-law ...", set 118: a foreign husband for his Thai wife's guesthouse): the
# one the writer asks for.
KIN_EN = (
    r"(?:wife|husband|spouse|(?:grand)?mother(?:-in-law)?|(?:grand)?father(?:-in-law)?"
    r"|son|daughter|sister|brother|aunt|uncle)"
)
# A hospital, a sub-district health centre (รพ.สต., the old สถานีอนามัย) or any unit of
# care (หน่วยบริการ, สถานบริการ) that writes about a patient (set 81); a private clinic
# (คลินิก) that refers one on its letterhead (set 128).
HEALTH_UNIT = r"(?:โรงพยาบาล|รพ\.|สถานีอนามัย|หน่วยบริการ|สถานบริการ|คลินิก)"
# The one a care service is for, by what he is to it: a patient (ผู้ป่วย), an elder
# (ผู้สูงอายุ), a disabled or bedridden person (ผู้พิการ, ผู้ติดเตียง), the user of a device
# (ผู้ใช้อุปกรณ์), a client of a service (ผู้รับบริการ) (set 89: an อสม.'s home-visit sheet,
# his row beside his carer's): sets 31/63 rule him the applicant, not whoever files.
# The allowance forms' own word for a disabled person is คนพิการ (set 102: a carer's sheet).
# A relay service's caller is its user (ผู้ใช้บริการ, set 102: a TTRS call log).
CARED_FOR = r"(?:ผู้ป่วย|ผู้สูงอายุ|ผู้พิการ|คนพิการ|ผู้ติดเตียง|ผู้ใช้(?:กาย)?อุปกรณ์|ผู้รับบริการ|ผู้ใช้บริการ)"
# The carer of one cared for as Thai long-term-care papers name her in English, the
# programme's own words: a caregiver (CG), a care manager (CM) (set 128: a carer's monthly
# sheet, "Caregiver" in the role cell of her row under the elder's "ผู้สูงอายุ"). Another's
# part beside the one cared for, never his. Match it case-blind, a whole cell.
CARER_EN = r"(?:care\s?giver|carer|caretaker|care\s?manager|CG|CM)"
# One who claims a reimbursement or an allowance that is his own right (ผู้ขอเบิก, ผู้มีสิทธิ):
# the official or pensioner, though the care or the schooling paid for is another's
# (set 124: a dialysis receipts sheet, the claimant's rows over his wife's).
CLAIMANT = r"(?:ผู้ขอเบิก|ผู้มีสิทธิ(?:เบิก|ได้รับ)?)"
# The patient such a claim pays for: beside a CLAIMANT's rows, another (set 124).
PATIENT = r"(?:ผู้ป่วย|ผู้เข้ารับการรักษา)"
# The one a request for help is for, as a form's part or heading names her: the cared-for,
# one who asks or receives help (ผู้ขอรับความช่วยเหลือ), one in distress or struck by a
# disaster (ผู้เดือดร้อน, ผู้ประสบภัย) (sets 97, 102).
HELPED = rf"(?:ผู้(?:ขอ)?รับ(?:การ|ความ)?ช่วยเหลือ|ผู้เดือดร้อน|ผู้ประสบ(?:ภัย|เหตุ)|{CARED_FOR})"
# What a letter says of the one a care service is for, right after his name: paralysed
# (อัมพาต, อัมพฤกษ์), bedridden, disabled, in a wheelchair, unable to walk, blind, deaf
# (sets 63, 102: a son's letter for his father, an อสม.'s forwarded chat).
IN_NEED = r"(?:อัมพาต|อัมพฤกษ์|ติดเตียง|พิการ|รถเข็น|วีลแชร์|เดินไม่ได้|ตาบอด|หูหนวก)"
# A village health volunteer (อสม.) or a health unit: who makes a sheet on a patient.
# A village health volunteer (อสม.), who may spell her post out (set 89).
HEALTH_VOLUNTEER = r"(?:อสม\.?|อาสาสมัครสาธารณสุข(?:ประจำหมู่บ้าน)?)"
HEALTH_WORKER = rf"(?:{HEALTH_VOLUNTEER}|{HEALTH_UNIT})"
# One who puts another's words into Thai for him: a sign-language interpreter (ล่าม,
# ล่ามภาษามือ), a translator (ผู้แปล, นักแปล) (set 102: a deaf man's request in his
# interpreter's letter): a go-between, her registration, mobile and box hers.
INTERPRETER = r"(?:ล่าม(?:ภาษามือ|แปลภาษา)?|ผู้แปล|นักแปล)"
# The host of a funeral, a merit-making or a wedding (เจ้าภาพ): the living family member
# who arranges the rites and books the hall, the crematorium or the hearse. Where a
# funeral home or a temple's steward writes for the family, the host it names is the
# one who asks (sets 65, 114), never the deceased the rites are for.
HOST = r"(?:เจ้าภาพ)"
# Who heads a village or a community and speaks for its people: a headman (ผู้ใหญ่บ้าน, his
# assistant), a kamnan, a community's leader or its committee's chair.
VILLAGE_HEAD = r"(?:(?:ผู้ช่วย)?ผู้ใหญ่บ้าน|กำนัน|ผู้นำชุมชน|ประธานชุมชน)"
# A volunteer (อาสาสมัคร) of a club, an association or a foundation who fills a sheet in
# for one of its members (set 82: an expat club's help desk): a go-between, as a health
# volunteer is for a patient.
VOLUNTEER = r"(?:อาสาสมัคร|[Vv]olunteer)"
# The people a headman, a kamnan or a community's leader speaks for: his villagers
# (ลูกบ้าน, ชาวบ้าน, ราษฎร), a household's head (set 90: "ขอส่งต่อเรื่องร้องเรียนของ
# ลูกบ้าน", a headman passing on a villager's complaint).
VILLAGER = r"(?:ลูกบ้าน|ชาวบ้าน|ราษฎร|หัวหน้าครัวเรือน|ครัวเรือน)"

# The one who manages a partnership or a company or may sign for it: the managing partner
# (หุ้นส่วนผู้จัดการ), the managing director (กรรมการผู้จัดการ), the director or officer with
# the power to sign or bind it (กรรมการผู้มีอำนาจลงนาม, ผู้มีอำนาจกระทำการแทน, ...ผูกพันห้าง).
# The natural person who acts for the body and whose name, ID, phone and home a case
# records (sets 12, 28, 88), wherever a form, a sheet's row, a table's row or a letter's
# list names him: read alike by the sentences' reader (prose), the signers' lists
# (signers_rows), the sheets' role columns (sheet_roles) and the label reader (labels).
SIGNS_FOR_BODY = (
    r"(?:(?:หุ้นส่วน|กรรมการ)ผู้จัดการ"
    r"|(?:กรรมการ)?ผู้มีอำนาจ(?:ลงนาม|ลงชื่อ|กระทำการ(?:แทน)?)?(?:ผูกพัน[\u0e01-\u0e4e]*)?"
    r"|[Mm]anaging\s+(?:[Pp]artner|[Dd]irector)|[Aa]uthori[sz]ed\s+(?:[Dd]irector|[Ss]ignatory))"
)
# Another member of the body: a plain partner (หุ้นส่วน, with or without limited liability),
# a shareholder (ผู้ถือหุ้น): never the one who signs for it, his values never the case's.
BODY_MEMBER = r"(?:หุ้นส่วน(?:ผู้(?:ไม่)?จำกัดความรับผิด(?:ชอบ)?)?|ผู้ถือหุ้น)"
# A post at a temple, a mosque or a church, typed after its holder's name ("ข้าพเจ้า นาย...
# อิหม่ามประจำมัสยิด ...", "... ไวยาวัจกรวัด...", "... ศิษยาภิบาล", set 104): the imam, the
# mosque's khatib and bilal, the abbot and his deputy, the temple's lay steward and leader
# of its lay people, the pastor (ศิษยาภิบาล, ศาสนาจารย์: a title before a name, a post
# after). No family name begins with them.
WORSHIP_POST = (
    r"(?:(?:โต๊ะ)?อิหม่าม|คอเต็บ|บิหลั่น|(?:รอง|ผู้ช่วย)?เจ้าอาวาส|ไวยาวัจกร|มรรคนายก"
    r"|ศิษยาภิบาล|ศาสนาจารย์|ผู้ปกครองคริสตจักร)"
)
# One an employer hires and may ask a paper for (a residence certificate, a work permit's
# papers): a worker (ลูกจ้าง), a fishing boat's crewman (ลูกเรือ), a labourer (คนงาน,
# แรงงาน). Not พนักงาน: an office's official is one too (พนักงานเจ้าหน้าที่).
WORKER = r"(?:ลูกจ้าง|ลูกเรือ|คนงาน|แรงงาน)"
# A group's chairman by his office ("ประธานกลุ่ม", "ประธานชมรม", ...): he signs and asks for
# the group (sets 66, 71); its other officers and members are others. The body's own name
# may follow his office's word ("ประธานคณะกรรมการตลาด", "ประธานกลุ่มแม่บ้าน", set 112).
GROUP_CHAIR = r"ประธาน(?:(?:กลุ่ม|ชมรม|เครือข่าย|คณะกรรมการ|ชุมชน)[\u0e01-\u0e4e]{0,20})?"
# One who helps a vendor at her stall or a shop's owner sell (ผู้ช่วยจำหน่าย, ผู้ช่วยขาย,
# ผู้ช่วยค้า; a hand, ลูกมือ): a แผงลอย permit names them with their IDs beside the vendor's
# own (set 112); never the one who holds the permit.
HELPER = r"(?:ผู้ช่วย(?:จำหน่าย|ขาย|ค้า)|ลูกมือ)"
# A member of a volunteers' body named by her post in it: a village health volunteer, a
# civil defence volunteer (อปพร., อาสาสมัครป้องกันภัยฝ่ายพลเรือน), any volunteer (จิตอาสา),
# a member (สมาชิก) of a group or club (set 120: a ชมรม อสม.'s letter for a hurt member).
GROUP_MEMBER = (
    rf"(?:{HEALTH_VOLUNTEER}|อปพร\.?|อาสาสมัคร[\u0e01-\u0e4e]{{0,30}}|จิตอาสา"
    r"|สมาชิก(?:กลุ่ม|ชมรม|สมาคม|สหกรณ์)?)"
)
# One who leads such a body or a unit of it and signs its letters: its chair (GROUP_CHAIR),
# the head of a unit, a team or a group (หัวหน้าหน่วย, หัวหน้ากลุ่ม, หัวหน้าชุด, ...) (set
# 120: a club's chair, a civil defence unit's head). Not its secretary: another (sets 66, 71).
GROUP_LEAD = rf"(?:{GROUP_CHAIR}|หัวหน้า(?:หน่วย|กลุ่ม|ชุด|ทีม|ศูนย์|ชมรม|โครงการ))"
