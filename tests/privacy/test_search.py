"""Blind-index search: any formatting finds exactly the right cases, and only them."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from support.privacy_seed import PEOPLE, TESTER, MakeStore, Person, national_id

from extractors.validate import normalise_phone
from intake.cli import main
from intake.search import SearchError, find_cases
from storage.blind_index import candidate_ids, find_case_ids
from storage.db import transaction

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def id_formats(value: str) -> list[str]:
    dashed = f"{value[0]}-{value[1:5]}-{value[5:10]}-{value[10:12]}-{value[12]}"
    return [dashed, dashed.replace("-", " "), value.translate(THAI_DIGITS), value]


def phone_formats(value: str) -> list[str]:
    national = value[1:]
    return [
        f"{value[:3]}-{value[3:6]}-{value[6:]}",
        f"+66 {national[:2]} {national[2:5]} {national[5:]}",
        f"66{national}",
        value.translate(THAI_DIGITS),
    ]


def email_formats(value: str) -> list[str]:
    return [value.upper(), f"  {value}  ", f"<{value}>", value.title()]


def test_four_formats_each_find_exactly_the_right_case(make_store: MakeStore) -> None:
    store = make_store()
    for person in PEOPLE:
        want = [store.receipts[person.national_id]]
        searches = [
            *({"national_id": v} for v in id_formats(person.national_id)),
            *({"phone": v} for v in phone_formats(person.phone)),
            *({"email": v} for v in email_formats(person.email)),
        ]
        for criteria in searches:
            assert find_cases(store.ctx, TESTER, **criteria) == want, criteria


def test_criteria_combine_and_strangers_find_nothing(make_store: MakeStore) -> None:
    store = make_store()
    first, second = PEOPLE[0], PEOPLE[1]
    assert find_cases(store.ctx, TESTER, national_id=first.national_id, phone=first.phone) == [
        store.receipts[first.national_id]
    ]
    assert find_cases(store.ctx, TESTER, national_id=first.national_id, phone=second.phone) == []
    assert find_cases(store.ctx, TESTER, phone="0800000000") == []
    assert find_cases(store.ctx, TESTER, email="nobody@example.org") == []


def test_unreadable_value_is_refused_without_echoing_it(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:1])
    with pytest.raises(SearchError) as caught:
        find_cases(store.ctx, TESTER, phone="12345-secret")
    assert "12345" not in str(caught.value)


def test_few_bits_force_false_positives_that_are_dropped(make_store: MakeStore) -> None:
    store = make_store(blind_index_bits=1)  # two buckets, four people: collisions guaranteed
    ctx = store.ctx
    false_positives = 0
    with transaction(ctx.engine) as session:
        for person in PEOPLE:
            phone = normalise_phone(person.phone)
            assert phone is not None
            found = find_case_ids(
                session, ctx.keyring, actor=TESTER, field="phone", normalised=phone, bits=1
            )
            candidates = candidate_ids(
                session, ctx.keyring, field="phone", normalised=phone, bits=1
            )
            false_positives += len(candidates) - len(found)
            assert len(found) == 1 and set(found) <= set(candidates)
    assert false_positives > 0
    for person in PEOPLE:
        assert find_cases(ctx, TESTER, phone=person.phone) == [store.receipts[person.national_id]]


def test_search_is_audited_with_purpose_search(make_store: MakeStore) -> None:
    store = make_store(people=PEOPLE[:2])
    find_cases(store.ctx, TESTER, email=PEOPLE[0].email)
    with store.ctx.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT actor, action, purpose FROM audit_entries WHERE purpose = 'search'")
        ).all()
    assert rows and all(tuple(r) == ("tester", "case.decrypt", "search") for r in rows)


def test_a_correction_is_found_after_reindexing(make_store: MakeStore) -> None:
    from storage.privacy import open_case_record, seal_case_record

    store = make_store(people=PEOPLE[:2])
    ctx, person = store.ctx, PEOPLE[0]
    receipt = store.receipts[person.national_id]
    with transaction(ctx.engine) as session:
        case_id = session.execute(
            text("SELECT id FROM cases WHERE receipt_no = :r"), {"r": receipt}
        ).scalar_one()
        record = open_case_record(
            session, ctx.keyring, actor=TESTER, purpose="correction", case_id=case_id
        )
        record["corrections"].append({"key": "phone", "value": "02-123-4567"})
        types = {"phone": "phone", "national_id": "national_id", "email": "email"}
        seal_case_record(
            session, ctx.keyring, actor=TESTER, case_id=case_id, record=record, field_types=types
        )
    assert find_cases(ctx, TESTER, phone="+66 2 123 4567") == [receipt]
    assert find_cases(ctx, TESTER, phone=person.phone) == []  # the corrected-away number


def cases_find(
    capsys: pytest.CaptureFixture[str], config: str, *args: str
) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["--config", config, "cases", "find", *args])
    return code, capsys.readouterr().out.split()


def test_cli_prints_receipts_and_exits_zero_when_none(
    make_store: MakeStore, capsys: pytest.CaptureFixture[str]
) -> None:
    store = make_store(people=PEOPLE[:2])
    person: Person = PEOPLE[1]
    config = str(store.config)
    assert cases_find(capsys, config, "--national-id", id_formats(person.national_id)[0]) == (
        0,
        [store.receipts[person.national_id]],
    )
    assert cases_find(capsys, config, "--email", "Nobody@Example.org") == (0, [])


ABROAD = Person(
    "ประยูร ทำงานไกล",
    national_id("340110067890"),
    "+82 10-4821-7735",  # a worker in Korea gives the mobile she answers there (set 79)
    "prayoon.t@example.org",
    "9 หมู่ 4 ตำบลโนนสัง",
)


def test_a_phone_abroad_finds_its_case_in_any_formatting(make_store: MakeStore) -> None:
    store = make_store(people=[PEOPLE[0], ABROAD])
    want = [store.receipts[ABROAD.national_id]]
    for typed in ("+82 10-4821-7735", "+821048217735", "0082 10 4821 7735"):
        assert find_cases(store.ctx, TESTER, phone=typed) == want, typed
    assert find_cases(store.ctx, TESTER, phone="+82 10-4821-7736") == []
