"""An address abroad beside the Thai one (set 79: Thais working or studying abroad).

A worker in Taiwan gives his house-registration home in Thailand and, under "ที่พักปัจจุบัน",
his factory's dormitory in Taoyuan; a woman married in Berlin gives both on the district's
web form. The home agency keeps its register's address: its ตำบล, อำเภอ, province and
postal code are the ones it serves, and a clerk cannot post a certificate to a moshav in
Israel by the Thai post's rules. So where a Thai address is also given, an address abroad
is no current address to prefer (extractors.current_address) and yields to the Thai one,
below review's rivals; given alone, or beside a Thai house number that names no ตำบล,
อำเภอ, province or postal code (set 8's citizen abroad), it is still the address.

An address is abroad when it is written in a foreign script (Chinese, Japanese, Korean,
Hebrew, Arabic) or names a foreign country, and names no Thai area (ตำบล/แขวง, อำเภอ/เขต,
จังหวัด, หมู่) nor Thailand.
"""

from __future__ import annotations

import re

from extractors.base import FieldCandidate, line_of

# Han, kana, Hangul, Hebrew and Arabic letters: no Thai address is written in them.
_FOREIGN_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0590-\u05ff\u0600-\u06ff]")
# Countries Thais most often work, study or marry in, as they write them in English and Thai.
_COUNTRY = re.compile(
    r"\b(?:Taiwan|R\.?O\.?C|Japan|Korea|Israel|Qatar|Saudi\s+Arabia|United\s+Arab\s+Emirates|UAE"
    r"|Kuwait|Bahrain|Oman|Germany|Deutschland|France|Sweden|Norway|Finland|Denmark"
    r"|Switzerland|Austria|Netherlands|Belgium|Italy|Spain|United\s+Kingdom|England|U\.?K"
    r"|U\.?S\.?A|United\s+States|Canada|Australia|New\s+Zealand|Singapore|Malaysia|Hong\s+Kong"
    r"|China|Laos|Lao\s+PDR|Cambodia|Myanmar|Vietnam)\b"
    r"|ไต้หวัน|ญี่ปุ่น|เกาหลี|อิสราเอล|กาตาร์|ซาอุดีอาระเบีย|ซาอุ|เยอรมนี|เยอรมัน|สวีเดน|นอร์เวย์"
    r"|ฟินแลนด์|สวิตเซอร์แลนด์|อังกฤษ|สหรัฐ|อเมริกา|แคนาดา|ออสเตรเลีย|สิงคโปร์|มาเลเซีย|ฮ่องกง",
    re.IGNORECASE,
)
_THAI_AREA = re.compile(
    r"ตำบล|แขวง|อำเภอ|จังหวัด|หมู่|(?<![\u0e01-\u0e4e])(?:ต|อ|จ|ม)\.|(?<![\u0e01-\u0e4e])เขต"
    r"|ประเทศไทย|\bThailand\b|\b(?:Tambon|Amphoe|Moo|Khet|Khwaeng)\b",
    re.IGNORECASE,
)
# A Thai home a clerk can find: its ตำบล/แขวง, อำเภอ/เขต or จังหวัด named, or a postal code.
# A house number and หมู่ alone ("ทะเบียนบ้านเลขที่ 17 หมู่ -", set 8) only name the
# register: beside it the address abroad is still where she is written to.
_THAI_HOME = re.compile(
    r"ตำบล|แขวง|อำเภอ|จังหวัด|(?<![\u0e01-\u0e4e])(?:ต|อ|จ)\.|(?<![\u0e01-\u0e4e])เขต"
    r"|(?<![0-9])[1-9][0-9]{4}(?![0-9])"
)
_ADDRESS_KEYS = frozenset({"address", "province", "postal_code"})
# below current_address.REGISTERED_CONFIDENCE (0.3): a Thai home read from a sentence wins
ABROAD_CONFIDENCE = 0.2
_DIGIT = re.compile(r"[0-9๐-๙]")


def is_abroad(address: str) -> bool:
    """Written in a foreign script or naming a foreign country, and no Thai area named."""
    foreign = _FOREIGN_SCRIPT.search(address) or _COUNTRY.search(address)
    return bool(foreign) and not _THAI_AREA.search(address)


def abroad_below_home(candidates: list[FieldCandidate]) -> list[FieldCandidate]:
    """The candidates with an address abroad, and the province and postal code read from
    its line, put below any Thai address given (the applicant's registered home)."""
    addresses = [c for c in candidates if c.key == "address" and _DIGIT.search(c.value)]
    abroad = [c for c in addresses if is_abroad(c.value)]
    home = [c for c in addresses if c not in abroad and _THAI_HOME.search(c.value)]
    if not abroad or not home:
        return candidates
    lines = {line_of(c) for c in abroad if c.provenance.line is not None}
    return [
        c.model_copy(update={"confidence": min(c.confidence, ABROAD_CONFIDENCE)})
        if c.key in _ADDRESS_KEYS and (c in abroad or (c.key != "address" and line_of(c) in lines))
        else c
        for c in candidates
    ]
