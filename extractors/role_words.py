"""Words for the parts people play around a request made for someone else.

A lawyer writes for his client, an insurer for its insured, an agent for a seller, a
health unit for its patient: each reader that tells the writer's values from the
applicant's (acting_for, issuer_head, intermediary_office, whose_phone, helped_for,
health_workers_head) names them by the same words, kept here so that a word a new
theme adds is known to all of them at once. Each is a regular expression's group.
"""

from __future__ import annotations

__all__ = [
    "AGENT",
    "BODY",
    "BOOKKEEPER",
    "CASE_PARTY",
    "CLIENT",
    "CLIENT_EN",
    "CONTACT",
    "HEALTH_UNIT",
    "HEALTH_WORKER",
    "VOLUNTEER",
]

# One paid or asked to act for another in a sale or a matter: a real-estate agent
# (นายหน้า), an agent (ตัวแทน), a coordinator (ผู้ประสานงาน) (set 80).
AGENT = r"(?:นายหน้า|ตัวแทน|ผู้ประสานงาน)"
# A community body that asks the local government for help and signs by its head (set
# 91): a temple (not the วัด of จังหวัด), a club, a group, a village fund, a school, a
# cooperative, a community enterprise, an association, a foundation, a mosque, an
# organisation. Its place is where a clerk reaches the one who signs for it (set 28).
BODY = r"(?:(?<!ห)วัด|ชมรม|กลุ่ม|กองทุน|โรงเรียน|สหกรณ์|วิสาหกิจ|สมาคม|มูลนิธิ|มัสยิด|องค์กร)"
# One who keeps a shop's or a firm's books and files its papers for it: a bookkeeper
# (ผู้ทำบัญชี), an auditor (ผู้สอบบัญชี, ผู้ตรวจสอบบัญชี), an accountant (นักบัญชี) or an
# accounting office (สำนักงานบัญชี) (sets 56, 88): the client's is the request, never hers.
BOOKKEEPER = r"(?:ผู้ทำบัญชี|ผู้สอบบัญชี|นักบัญชี|สำนักงานบัญชี|ผู้ตรวจสอบบัญชี)"
# The one a professional writes for, by what she is to him: a lawyer's client, an
# insurer's insured (set 77): the applicant, never the firm or its officer.
CLIENT = r"(?:ลูกความ|ผู้เอาประกันภัย)"
# The other people a police case or a crash names beside whoever asks about it: the
# victim (ผู้เสียหาย), the suspect (ผู้ต้องหา, ผู้ต้องสงสัย, ผู้ก่อเหตุ), the other side
# (คู่กรณี), a witness (พยาน) (set 83: an officer's sheet of cameras for a case).
CASE_PARTY = r"(?:ผู้เสียหาย|ผู้ต้องหา|ผู้ต้องสงสัย|ผู้ก่อเหตุ|คู่กรณี|พยาน)"
# The one a body names for a clerk to call about its request: its coordinator
# (ผู้ประสานงาน), its contact person (ผู้ติดต่อ): a member of its staff, neither the body
# nor the one who signs for it (set 85: a bidder's purchasing coordinator); so too the one
# it sends to collect what it borrows (ผู้มารับของ, ผู้รับพัสดุ, set 91: a school's teacher).
CONTACT = (
    r"(?:ผู้ประสานงาน|ผู้ติดต่อ|[Cc]ontact [Pp]erson"
    r"|ผู้(?:มา)?รับ(?:ของ|พัสดุ|สิ่งของ|ครุภัณฑ์)|ผู้มารับ)"
)
# The same in an English letter, after "our" ("We act for our client, Mr. ...", a law
# firm's; "on behalf of our co-owner", a condominium office's; "our member", a club's, set
# 82): the one the firm or office writes for.
CLIENT_EN = r"(?:client|co-owner|owner|member)"
# A hospital, a sub-district health centre (รพ.สต., the old สถานีอนามัย) or any unit of
# care (หน่วยบริการ, สถานบริการ) that writes about a patient (set 81).
HEALTH_UNIT = r"(?:โรงพยาบาล|รพ\.|สถานีอนามัย|หน่วยบริการ|สถานบริการ)"
# A village health volunteer (อสม.) or a health unit: who makes a sheet on a patient.
HEALTH_WORKER = rf"(?:อสม\.?|{HEALTH_UNIT})"
# A volunteer (อาสาสมัคร) of a club, an association or a foundation who fills a sheet in
# for one of its members (set 82: an expat club's help desk): a go-between, as a health
# volunteer is for a patient.
VOLUNTEER = r"(?:อาสาสมัคร|[Vv]olunteer)"
