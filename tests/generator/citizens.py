"""A citizen's values as typed, beside what the system should store (issue 8's norms).

Normalised: the title attached to the first name, one space before the family name
(`นาย สมชาย  ใจดี` -> `นายสมชาย ใจดี`; ranks and academic titles kept); a phone in
E.164 without its extension; a birth date in ISO (CE); an email in lower case; the
province's full Thai name; other text with runs of spaces squeezed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from .people import MALE_FIRST, THAI_MONTHS, THAI_MONTHS_ABBR, Person, make_person, to_thai_digits
from .vocab import DETAILS, RANKS, SUBJECTS, TITLES_FEMALE, TITLES_MALE

KEYS = (
    "full_name",
    "national_id",
    "birth_date",
    "phone",
    "email",
    "address",
    "postal_code",
    "province",
    "subject",
    "details",
)


@dataclass(frozen=True)
class Citizen:
    written: dict[str, str] = field(repr=False)  # as typed, by key
    expected: dict[str, str] = field(repr=False)  # as the system should store it
    name_parts: tuple[str, str, str] = field(repr=False)  # title, first, last
    phone_national: str = field(repr=False, default="")  # e.g. 0812345678, for prose

    def __repr__(self) -> str:  # synthetic, but the habit stays: no values in reprs
        return "Citizen(<synthetic>)"


def squeeze(text: str) -> str:
    return " ".join(text.split())


def write_name(rng: random.Random, p: Person, male: bool) -> tuple[str, str, tuple[str, str, str]]:
    roll = rng.random()
    if roll < 0.12:
        title, sep = "", ""
    elif roll < 0.2:
        title, sep = rng.choice(RANKS), ""
    else:
        title = rng.choice(TITLES_MALE if male else TITLES_FEMALE)
        sep = rng.choice(["", " ", " "])  # half the people type a space after the title
    gap = "  " if rng.random() < 0.1 else " "
    written = f"{title}{sep}{p.first}{gap}{p.last}"
    return written, f"{title}{p.first} {p.last}", (title, p.first, p.last)


def write_national_id(rng: random.Random, nid: str) -> str:
    dashed = f"{nid[0]}-{nid[1:5]}-{nid[5:10]}-{nid[10:12]}-{nid[12]}"
    shapes = [nid, dashed, dashed.replace("-", " "), to_thai_digits(nid), to_thai_digits(dashed)]
    return rng.choice(shapes)


def write_phone(rng: random.Random, phone: str) -> str:
    if phone.startswith("02"):
        a, b, c = phone[:2], phone[2:5], phone[5:]
        line = rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}-{b}{c}", phone])
        n = rng.randint(1, 999)
        ext = rng.choice(["", "", f" ต่อ {n}", f" #{n}", f" ext. {n}", f" (ต่อ {n})"])
        return line + ext
    a, b, c = phone[:3], phone[3:6], phone[6:]
    shapes = [f"{a}-{b}-{c}", f"{a} {b} {c}", phone, f"+66 {a[1:]} {b} {c}",
              f"+66{phone[1:]}", to_thai_digits(f"{a}-{b}-{c}"), f"{a}-{b}{c}"]  # fmt: skip
    return rng.choice(shapes)


def write_birth_date(rng: random.Random, born: date) -> str:
    d, m, be = born.day, born.month, born.year + 543
    month, abbr = THAI_MONTHS[m - 1], THAI_MONTHS_ABBR[m - 1]
    shapes = [
        f"{d} {month} {be}",
        f"{d} {month} พ.ศ. {be}",
        f"{d} {abbr} {be}",
        f"{d} {abbr}{be % 100:02d}",
        f"วันที่ {d} เดือน{month} พ.ศ. {be}",
        f"{d:02d}/{m:02d}/{be}",
        f"{d}/{m}/{be}",
        f"{d}-{m}-{be}",
        to_thai_digits(f"{d} {month} {be}"),
        to_thai_digits(f"{d:02d}/{m:02d}/{be}"),
    ]
    return rng.choice(shapes)


def write_province(rng: random.Random, province: str) -> str:
    if province == "กรุงเทพมหานคร":
        return rng.choice(["กรุงเทพมหานคร", "กรุงเทพฯ", "กทม."])
    return rng.choice([province, f"จ.{province}", f"จังหวัด{province}", province])


def make_citizen(rng: random.Random) -> Citizen:
    p = make_person(rng)
    male = p.first in dict(MALE_FIRST)
    name, name_expected, parts = write_name(rng, p, male)
    postal = p.place.postal_code
    subject = rng.choice(SUBJECTS)
    details = " ".join(rng.sample(DETAILS, 2))
    written = {
        "full_name": name,
        "national_id": write_national_id(rng, p.national_id),
        "birth_date": write_birth_date(rng, p.birth_date),
        "phone": write_phone(rng, p.phone),
        "email": p.email,
        "address": p.address,
        "postal_code": to_thai_digits(postal) if rng.random() < 0.15 else postal,
        "province": write_province(rng, p.place.province),
        "subject": subject,
        "details": details,
    }
    expected = {
        "full_name": name_expected,
        "national_id": p.national_id,
        "birth_date": p.birth_date.isoformat(),
        "phone": "+66" + p.phone[1:],
        "email": p.email.lower(),
        "address": squeeze(p.address),
        "postal_code": postal,
        "province": p.place.province,
        "subject": subject,
        "details": squeeze(details),
    }
    return Citizen(written, expected, parts, p.phone)
