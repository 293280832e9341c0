"""Attacks on the case page as a signed-in clerk (issue 9, items 1 to 3).

1. The mail frame masks what the reader sees, not the HTML source: values split by
   empty tags, written as numeric entities or with invisible characters stay masked.
2. The request itself (subject and details, not personal data) is shown, with only the
   personal values inside it masked.
3. A clerk may take only an unassigned case; reassigning is for supervisors.
"""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from intake.context import Context
from tests.review.conftest import PEOPLE, receipt_of, sign_in
from tests.review.review_seed import Person, import_mails, person, request_mail, seed_store

SPLIT = person(70)  # the case whose HTML mail splits its own values
NEIGHBOUR = person(71)  # someone else, named inside the same mail
DETAILED = person(72)  # a case whose details name the person and give a phone


def _entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def _split_html(p: Person, other: Person) -> str:
    d, phone = p.national_id, p.phone_digits
    local, _, domain = p.email.partition("@")
    first, last = p.name.split(" ")
    return (
        "<html><body>"
        "<p>เรียน เจ้าหน้าที่</p>"
        "<p>รายละเอียด: ขอสำเนาเอกสารเรื่องที่ 70</p>"
        f"<p>เลข {d[:6]}<b></b>{d[6:]}</p>"
        f"<p>เลขอีกครั้ง {_entities(d)}</p>"
        f"<p>เลขซ่อน {d[:4]}&#8203;{d[4:9]}&shy;{d[9:]}</p>"
        f"<p>โทร {phone[:3]}<i></i>{phone[3:]}</p>"
        f"<p>อีเมล {local}<span>@</span>{domain}</p>"
        f"<p>อีเมลอีกครั้ง {_entities(p.email)}</p>"
        f"<p>ชื่อ {first} {last[:2]}<span></span>{last[2:]}</p>"
        f'<p title="{p.national_id}">ชื่อในบรรทัดใหม่ {first}\n   {last}</p>'
        f"<p>เพื่อนบ้าน {other.national_id[:7]}<u></u>{other.national_id[7:]}"
        f" โทร {_entities(other.phone)} {other.email.replace('@', '&#64;')}</p>"
        "</body></html>"
    )


def _detailed_mail(p: Person) -> bytes:
    from email import message_from_bytes, policy
    from email.message import EmailMessage

    mail = message_from_bytes(request_mail(p), policy=policy.default)
    assert isinstance(mail, EmailMessage)
    text = mail.get_content()
    assert "รายละเอียด: ขอสำเนาเอกสารเรื่องที่ 72" in text
    text = text.replace(
        "รายละเอียด: ขอสำเนาเอกสารเรื่องที่ 72",
        f"รายละเอียด: ขอสำเนาโฉนด ติดต่อ {p.name} โทร {p.phone} ในเวลาราชการ",
    )
    mail.set_content(text)
    return bytes(mail)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Context:
    data_dir = tmp_path_factory.mktemp("masking-store")
    ctx = seed_store(data_dir, PEOPLE)
    import_mails(
        ctx,
        data_dir / "mail-in-2",
        [request_mail(SPLIT, html=_split_html(SPLIT, NEIGHBOUR)), _detailed_mail(DETAILED)],
    )
    return ctx


def visible_text(page: str) -> str:
    """What a reader of the page sees: tags gone, entities decoded, invisibles dropped,
    whitespace collapsed as a browser does."""
    text = html.unescape(re.sub(r"<[^>]*>", "", page))
    text = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)
    return re.sub(r"\s+", " ", text)


def secrets_of(p: Person) -> list[str]:
    return [*p.secrets(), p.name]


def frame_of(client: TestClient, receipt: str) -> str:
    page = client.get(f"/cases/{receipt}").text
    found = re.search(r'src="(/cases/[^"]+/mail/[^"]+)"', page)
    assert found, "the case has no HTML frame"
    response = client.get(found.group(1))
    assert response.status_code == 200
    return response.text


def test_split_and_encoded_values_in_the_mail_frame_stay_masked(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    body = frame_of(app_client, receipt_of(app_client, csrf, SPLIT))
    seen = visible_text(body)
    assert "เรียน เจ้าหน้าที่" in seen  # the mail is still readable
    for secret in secrets_of(SPLIT) + NEIGHBOUR.secrets():
        assert secret not in seen, "a split or encoded value is whole on the reader's screen"
        assert secret not in body
    d = SPLIT.national_id
    assert f"{d[0]}-{d[1:5]}-xxxxx-xx-{d[12]}" in seen
    assert SPLIT.phone_digits[-4:] in seen  # the mask keeps the last four digits
    assert "<b>" in body or "<p>" in body  # still HTML, not flattened to nothing


def test_the_request_itself_is_shown_with_personal_values_masked(
    app_client: TestClient,
) -> None:
    csrf = sign_in(app_client, "staff1")
    page = app_client.get(f"/cases/{receipt_of(app_client, csrf, PEOPLE[0])}").text
    seen = visible_text(page)
    assert "ขอข้อมูลข่าวสารของราชการ" in seen  # subject (field and mail header)
    assert "ขอสำเนาเอกสารเรื่องที่ 1" in seen  # details
    detailed = visible_text(app_client.get(f"/cases/{receipt_of(app_client, csrf, DETAILED)}").text)
    assert "ขอสำเนาโฉนด ติดต่อ" in detailed and "ในเวลาราชการ" in detailed
    for secret in secrets_of(DETAILED):
        assert secret not in detailed


def test_the_mail_frame_shows_the_request_text(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    seen = visible_text(frame_of(app_client, receipt_of(app_client, csrf, SPLIT)))
    assert "ขอสำเนาเอกสารเรื่องที่ 70" in seen


def test_staff_cannot_take_a_colleagues_case(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, PEOPLE[1])
    taken = app_client.post(f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf})
    assert taken.status_code == 200
    colleague = TestClient(app_client.app)
    csrf2 = sign_in(colleague, "staff2")
    grab = colleague.post(f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf2})
    assert grab.status_code == 403
    assert 'id="take"' not in colleague.get(f"/cases/{receipt}").text  # no button offers it
    denied = colleague.post(
        f"/cases/{receipt}/reveal", data={"reason": "ขอดูข้อมูล", "csrf_token": csrf2}
    )
    assert denied.status_code == 403
    # a supervisor may hand it over; then it is staff2's
    boss = TestClient(app_client.app)
    csrf3 = sign_in(boss, "boss")
    page = boss.get(f"/cases/{receipt}").text
    staff2_id = re.search(r'<option value="(\d+)"[^>]*>staff2 \(', page)
    assert staff2_id, "the supervisor's page lists staff2"
    moved = boss.post(
        f"/cases/{receipt}/assign", data={"assignee": staff2_id.group(1), "csrf_token": csrf3}
    )
    assert moved.status_code == 200
    # and staff1 may no longer take it back
    back = app_client.post(f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf})
    assert back.status_code == 403


def test_staff_take_an_unassigned_case_and_hand_it_back(app_client: TestClient) -> None:
    csrf = sign_in(app_client, "staff1")
    receipt = receipt_of(app_client, csrf, PEOPLE[2])
    taken = app_client.post(f"/cases/{receipt}/assign", data={"assignee": "me", "csrf_token": csrf})
    assert taken.status_code == 200
    back = app_client.post(f"/cases/{receipt}/assign", data={"assignee": "", "csrf_token": csrf})
    assert back.status_code == 200
