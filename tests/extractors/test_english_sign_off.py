"""A foreigner's mail in English, signed under its closing with his name in Latin letters
alone on its line ("Best regards," / "Lars Eriksson" / "Director, ..."): the name he
signs is the applicant's where the mail names him nowhere else, read flagged (set 100: a
foreign producer's Outlook mail, his Thai coordinator's block under it). Names invented."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from extractors.base import ExtractedCase
from extractors.extract import extract_case
from extractors.mime import parse_message
from extractors.templates import load_templates

TEMPLATES = load_templates(Path(__file__).resolve().parents[2] / "config" / "forms")


def _mail(body: str) -> ExtractedCase:
    msg = EmailMessage()
    msg["From"] = "Lars Eriksson <lars@fjordmedia.example.se>"
    msg["To"] = "saraban@example.go.th"
    msg["Subject"] = "Request to film at the old town"
    msg.set_content(body)
    return extract_case(parse_message(bytes(msg)), TEMPLATES)


def test_the_signed_latin_name_under_an_english_closing() -> None:
    for closing in ("Best regards,", "Kind regards", "Sincerely,"):
        case = _mail(
            "Dear Mayor,\n\nFjord Media AB asks permission to film in the old town on 3 March "
            "2027 with a crew of five.\n\n"
            f"{closing}\n\nLars Eriksson\nDirector, Fjord Media AB\nTel +46 8 555 0192\n\n"
            "Local fixer: นางสาวอารีย์ ทองดี\nTel 081-993-2046\n"
        )
        assert case.fields.get("full_name") == "Lars Eriksson", closing
        assert case.issues.get("full_name")


def test_a_thai_name_said_in_the_mail_stays_over_the_signature() -> None:
    case = _mail(
        "Dear Sir,\n\nMy name is Mr. Somchai Jaidee and I ask for a copy of my house "
        "registration.\n\nBest regards,\nLars Eriksson\n"
    )
    assert case.fields.get("full_name") == "Mr. Somchai Jaidee"


def test_words_in_small_letters_are_no_name() -> None:
    case = _mail("Dear Sir,\n\nPlease send the form again.\n\nBest regards,\nthe film team\n")
    assert case.fields.get("full_name") is None
