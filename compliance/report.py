"""The compliance report: the record of processing (PDPA §39) and the state of protection.

One `ComplianceReport` built from the store (`build_report`), rendered as text for the
screen, JSON for machines, or a self-contained printable HTML page (Thai and English
headings, print CSS). It holds no personal data: counts, receipt numbers, key ids.
"""

from __future__ import annotations

import html
from collections import Counter
from datetime import datetime

from pydantic import BaseModel
from sqlmodel import Session, func, select

from compliance.coverage import Coverage, scan
from intake.context import Context
from intake.status import plaintext_warnings
from storage import retention
from storage.audit import verify_chain
from storage.db import scrub_limits, transaction
from storage.keyring import FileKeyring
from storage.models import Case, utcnow
from storage.rotation import KeyInfo, key_status
from storage.subject_requests import list_requests
from storage.witness import check_witness

SECURITY_MEASURES: list[tuple[str, str]] = [
    (
        "ข้อมูลส่วนบุคคลทุกช่องเข้ารหัสด้วย AES-256-GCM ด้วยกุญแจเฉพาะของแต่ละเรื่อง",
        "Every personal-data field is encrypted with AES-256-GCM under a per-case data key, "
        "bound to its table, column and row",
    ),
    (
        "อีเมลต้นฉบับและไฟล์แนบเข้ารหัสแบบสตรีม ชื่อไฟล์สุ่ม ไม่มีไฟล์ชั่วคราวที่ไม่เข้ารหัส",
        "Raw mails and attachments are stored as chunked AEAD streams under random names; "
        "no plaintext temporary files",
    ),
    (
        "กุญแจของแต่ละเรื่องถูกห่อด้วยกุญแจหลักในพวงกุญแจ (ไฟล์สิทธิ์ 0600) หมุนเวียนกุญแจได้",
        "Data keys are wrapped by master keys held in a keyring (0600 file or environment), "
        "rotated with `intake keys rotate`",
    ),
    (
        "ค้นหาด้วยดัชนีแบบปิดตา (HMAC ตัดทอน) โดยไม่เก็บค่าจริง",
        "Search by national ID, phone and email uses truncated HMAC blind indexes under a "
        "separate index key",
    ),
    (
        "ทุกการเปิดดูข้อมูลส่วนบุคคลต้องระบุผู้ใช้และวัตถุประสงค์ และบันทึกในบันทึกตรวจสอบแบบลูกโซ่แฮช",
        "Every decryption needs an actor and a purpose and is recorded in a hash-chained "
        "audit trail with Ed25519-signed checkpoints",
    ),
    (
        "หน้าจอแสดงข้อมูลแบบปิดบัง การเปิดเผยต้องมีสิทธิ์และเหตุผล",
        "Screens and exports show masked values; revealing needs a role and a reason",
    ),
    (
        "ลบข้อมูลด้วยการทำลายกุญแจ (crypto-shredding) ตามระยะเวลาเก็บรักษา เว้นแต่มีการระงับตามกฎหมาย",
        "Disposal by crypto-shredding when retention ends, unless a legal hold applies",
    ),
]


ERASURE_STATEMENT: list[tuple[str, str]] = [
    (
        "ข้อมูลที่ใช้งานอยู่: การลบทำลายกุญแจของเรื่อง ลบแถวดัชนีค้นหาและไฟล์ของเรื่อง แล้วล้างไฟล์ฐานข้อมูล"
        " (SQLite: secure_delete และ checkpoint WAL; PostgreSQL: เขียนตารางใหม่ด้วย VACUUM FULL)"
        " จึงไม่มีไฟล์ใดในโฟลเดอร์ข้อมูลที่ยังเก็บกุญแจหรือข้อความเข้ารหัสของเรื่องนั้น",
        "Live data: erasure destroys the case's data keys, its search-index rows and its files, "
        "then scrubs the database files (SQLite: secure_delete on every connection and a WAL "
        "checkpoint that empties the WAL; PostgreSQL: the key, case, message, index, "
        "outgoing-mail and database-blob tables rewritten by VACUUM FULL), so no file of the "
        "data folder or of the database holds the case's wrapped keys or ciphertext. "
        "Not covered: PostgreSQL WAL segments, WAL "
        "archives and replicas keep old row versions until they are recycled; blocks freed "
        "on the disk are not overwritten (use an encrypted file system).",
    ),
    (
        "สำเนาสำรอง: ทุกการลบถูกบันทึกในรายการลบที่ลงลายมือชื่อ เก็บไว้ข้างพวงกุญแจ (และในโฟลเดอร์พยาน)"
        " เมื่อเปิดฐานข้อมูลที่กู้คืนจากสำเนาเก่า ระบบจะลบเรื่องเหล่านั้นซ้ำก่อนใช้งานและบันทึกในบันทึกตรวจสอบ",
        "Backups: every erasure is also written to a signed erasure list (case ids, receipt "
        "numbers and key ids only) kept beside the keyring and in the witness folder. Any "
        "command or the worker that opens an older store (a restored backup) erases those "
        "cases again before anything reads them, audited as erasure.reapply. A backup read "
        "with the keyring by other software than this one still holds the erased cases: "
        "keep backups encrypted, and keep the keyring and the erasure list apart from them.",
    ),
    (
        "พยานของบันทึกตรวจสอบ: จุดตรวจที่ลงลายมือชื่อและเชื่อมโยงกันถูกเขียนนอกฐานข้อมูล"
        " ผู้ที่แก้ไขฐานข้อมูลได้จึงตัดบันทึกตรวจสอบย้อนหลังโดยไม่ถูกตรวจพบไม่ได้",
        "Audit witness: after every reveal, export with personal data, erasure and key "
        "operation, and every 10 minutes while the worker runs, a signed checkpoint naming "
        "the previous one is written to [audit] witness_dir, outside the database. Someone "
        "who can write to the database can no longer cut the audit trail back or rewrite it "
        "unnoticed: `intake audit verify` fails. It does not help against someone who can "
        "also delete the witness files and holds the keyring: keep that folder on another "
        "host or an append-only mount.",
    ),
]


class TemplateRecord(BaseModel):
    name: str
    title_th: str
    title_en: str
    purpose_th: str
    purpose_en: str
    personal_fields: list[dict[str, str]]
    retention_years: int
    cases_by_status: dict[str, int]


class RefusedRequest(BaseModel):
    requested_at: datetime
    kind: str
    outcome: str
    refused: dict[str, str]


class ChainStatus(BaseModel):
    ok: bool
    entries: int
    problem: str | None


class ComplianceReport(BaseModel):
    generated_at: datetime
    templates: list[TemplateRecord]
    access: dict[str, int]  # role -> active user accounts
    security_measures: list[dict[str, str]]
    cases_total: int
    cases_erased: int
    legal_holds_active: int
    subject_requests: dict[str, int]  # kind -> count
    refused_requests: list[RefusedRequest]
    coverage: Coverage
    coverage_percent: float
    keys: list[KeyInfo]
    past_retention: list[retention.DueCase]
    chain: ChainStatus
    witness: ChainStatus | None = None  # None: no [audit] witness_dir set
    erasure: list[dict[str, str]] = []
    warnings: list[str] = []


def _status_counts(session: Session) -> dict[str, dict[str, int]]:
    query = select(Case.template, Case.status, func.count()).group_by(Case.template, Case.status)
    counts: dict[str, dict[str, int]] = {}
    for template, status, count in session.exec(query):
        counts.setdefault(template or "", {})[status] = int(count)
    return counts


def _access(session: Session) -> dict[str, int]:
    try:
        from storage.accounts import User
    except ImportError:  # the review app is not installed
        return {}
    users = session.exec(select(User.role).where(User.active == True))  # noqa: E712
    return dict(Counter(users))


def build_report(ctx: Context, *, now: datetime | None = None) -> ComplianceReport:
    with transaction(ctx.engine) as session:
        counts = _status_counts(session)
        templates = [
            TemplateRecord(
                name=t.name,
                title_th=t.title_th,
                title_en=t.title_en,
                purpose_th=t.purpose_th,
                purpose_en=t.purpose_en,
                personal_fields=[
                    {"key": f.key, "title_th": f.title_th, "title_en": f.title_en, "type": f.type}
                    for f in t.fields
                    if f.personal
                ],
                retention_years=t.retention_years,
                cases_by_status=counts.get(t.name, {}),
            )
            for t in ctx.templates
        ]
        coverage = scan(session, ctx.blobs.root, ctx.templates)
        requests = list_requests(session)
        years = {t.name: t.retention_years for t in ctx.templates}
        verdict = verify_chain(session, keyring=ctx.keyring)  # type: ignore[arg-type]
        keyring = ctx.keyring
        report = ComplianceReport(
            generated_at=now or utcnow(),
            templates=templates,
            access=_access(session),
            security_measures=[{"th": th, "en": en} for th, en in SECURITY_MEASURES],
            cases_total=sum(sum(v.values()) for v in counts.values()),
            cases_erased=sum(v.get(retention.ERASED, 0) for v in counts.values()),
            legal_holds_active=len(retention.held_case_ids(session)),
            subject_requests=dict(Counter(r.kind for r in requests)),
            refused_requests=[
                RefusedRequest(
                    requested_at=retention.aware(r.requested_at),
                    kind=r.kind,
                    outcome=r.outcome,
                    refused=r.refused,
                )
                for r in requests
                if r.refused
            ],
            coverage=coverage,
            coverage_percent=coverage.percent,
            keys=key_status(session, keyring) if isinstance(keyring, FileKeyring) else [],
            past_retention=retention.due_cases(session, years, now=now),
            chain=ChainStatus(ok=verdict.ok, entries=verdict.entries, problem=verdict.problem),
            witness=_witness_status(session, ctx, verdict.entries),
            erasure=[{"th": th, "en": en} for th, en in ERASURE_STATEMENT],
            warnings=_warnings(ctx),
        )
    return report


def _witness_status(session: Session, ctx: Context, entries: int) -> ChainStatus | None:
    if ctx.witness is None:
        return None
    verdict = check_witness(session, ctx.witness)
    if verdict is None:
        return ChainStatus(ok=True, entries=entries, problem=None)
    return ChainStatus(ok=False, entries=verdict.entries, problem=verdict.problem)


def _warnings(ctx: Context) -> list[str]:
    warnings = plaintext_warnings(ctx.settings) + scrub_limits(ctx.engine)
    if ctx.witness is None:
        warnings.append(
            "no [audit] witness_dir is set: someone who can write to the database could cut "
            "the audit trail back unnoticed"
        )
    return warnings


# -- rendering --------------------------------------------------------------------------


def render_text(report: ComplianceReport) -> str:
    lines = [
        "Compliance report (PDPA §39 record of processing), "
        f"{report.generated_at:%Y-%m-%d %H:%M} UTC",
        "",
        "Processing by form template:",
    ]
    for t in report.templates:
        fields = ", ".join(f["key"] for f in t.personal_fields) or "-"
        cases = ", ".join(f"{k} {v}" for k, v in sorted(t.cases_by_status.items())) or "none"
        lines += [
            f"  {t.name} ({t.title_en})",
            f"    purpose: {t.purpose_en}",
            f"    personal data: {fields}",
            f"    retention: {t.retention_years} years after the case is closed",
            f"    cases: {cases}",
        ]
    access = ", ".join(f"{role} {n}" for role, n in sorted(report.access.items())) or "none"
    cov = report.coverage
    lines += [
        "",
        f"Access (active accounts by role): {access}",
        f"Cases: {report.cases_total} ({report.cases_erased} erased tombstones); "
        f"legal holds: {report.legal_holds_active}",
        f"Encryption coverage: {report.coverage_percent:.2f}% "
        f"({cov.values_encrypted}/{cov.values_total} values, "
        f"{cov.files_encrypted}/{cov.files_total} files)",
        *(f"  ! {p}" for p in cov.problems),
        "Keys:",
        *(
            f"  {k.kind:<8} {k.key_id:<24} {k.state:<14} {k.age_days:>5} days  "
            f"protects {k.protects}"
            for k in report.keys
        ),
        f"Past retention, not yet disposed: {len(report.past_retention)}",
        *(
            f"  {d.receipt_no} due {d.due_at:%Y-%m-%d}" + (" (legal hold)" if d.held else "")
            for d in report.past_retention
        ),
        "Subject requests: "
        + (", ".join(f"{k} {v}" for k, v in sorted(report.subject_requests.items())) or "none"),
        *(
            f"  refused {r.requested_at:%Y-%m-%d} {r.kind}: "
            + "; ".join(f"{rc}: {why}" for rc, why in r.refused.items())
            for r in report.refused_requests
        ),
        f"Audit chain: {'whole' if report.chain.ok else 'BROKEN'}, {report.chain.entries} entries"
        + (f" ({report.chain.problem})" if report.chain.problem else ""),
        "Audit witness: "
        + (
            "not set"
            if report.witness is None
            else ("matches" if report.witness.ok else f"BROKEN ({report.witness.problem})")
        ),
        "Security measures:",
        *(f"  - {m['en']}" for m in report.security_measures),
        "Erasure, backups and the witness:",
        *(f"  - {m['en']}" for m in report.erasure),
        *(f"WARNING: {w}" for w in report.warnings),
    ]
    return "\n".join(lines) + "\n"


_CSS = """
body{font-family:"Sarabun","TH Sarabun New","Noto Sans Thai",sans-serif;margin:2em;color:#111}
h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.5em}
table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}
.bad{color:#a00;font-weight:bold}.ok{color:#060;font-weight:bold}
@media print{body{margin:1cm;font-size:11pt}h2{page-break-after:avoid}
table{page-break-inside:auto}tr{page-break-inside:avoid}}
@page{size:A4;margin:1.5cm}
"""


def _h(th: str, en: str) -> str:
    return f"<h2>{html.escape(th)} / {html.escape(en)}</h2>"


def _table(head: list[str], rows: list[list[object]]) -> str:
    cells = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>"


def render_html(report: ComplianceReport) -> str:
    cov = report.coverage
    chain_class = "ok" if report.chain.ok else "bad"
    cov_class = "ok" if report.coverage_percent == 100.0 else "bad"
    parts = [
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'>",
        "<title>รายงานการปฏิบัติตาม PDPA / Compliance report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>บันทึกรายการกิจกรรมการประมวลผล (มาตรา 39) / Record of processing (PDPA §39)</h1>",
        f"<p>{report.generated_at:%Y-%m-%d %H:%M} UTC</p>",
        _h("ข้อมูลที่เก็บตามแบบฟอร์ม", "Data collected per form template"),
        _table(
            ["แบบฟอร์ม / Template", "วัตถุประสงค์ / Purpose", "ข้อมูลส่วนบุคคล / Personal data",
             "ระยะเวลาเก็บ / Retention", "จำนวนเรื่อง / Cases"],
            [
                [
                    f"{t.title_th} / {t.title_en}",
                    f"{t.purpose_th} / {t.purpose_en}",
                    ", ".join(f"{f['title_th']} ({f['key']})" for f in t.personal_fields),
                    f"{t.retention_years} ปี / years",
                    ", ".join(f"{k}: {v}" for k, v in sorted(t.cases_by_status.items())) or "0",
                ]
                for t in report.templates
            ],
        ),
        _h("ผู้มีสิทธิ์เข้าถึง", "Who has access"),
        _table(["บทบาท / Role", "บัญชีที่ใช้งาน / Active accounts"],
               [[r, n] for r, n in sorted(report.access.items())]),
        _h("มาตรการรักษาความมั่นคงปลอดภัย", "Security measures"),
        "<ul>" + "".join(
            f"<li>{html.escape(m['th'])}<br>{html.escape(m['en'])}</li>"
            for m in report.security_measures
        ) + "</ul>",
        _h("จำนวนข้อมูล", "Records held"),
        _table(["", ""], [
            ["เรื่องทั้งหมด / Cases", report.cases_total],
            ["ลบแล้ว (คงไว้เพียงหลักฐาน) / Erased tombstones", report.cases_erased],
            ["ระงับการลบตามกฎหมาย / Legal holds", report.legal_holds_active],
        ]),
        _h("ความครอบคลุมของการเข้ารหัส", "Encryption coverage"),
        f"<p class='{cov_class}'>{report.coverage_percent:.2f}%</p>",
        _table(["", ""], [
            ["ค่าที่เข้ารหัส / Values encrypted", f"{cov.values_encrypted} / {cov.values_total}"],
            ["ไฟล์ที่เข้ารหัส / Files encrypted", f"{cov.files_encrypted} / {cov.files_total}"],
        ]),
        "<ul>" + "".join(f"<li class='bad'>{html.escape(p)}</li>" for p in cov.problems) + "</ul>",
        _h("กุญแจ", "Keys"),
        _table(["ชนิด / Kind", "รหัส / Key id", "สถานะ / State", "อายุ (วัน) / Age (days)",
                "ปกป้อง / Protects"],
               [[k.kind, k.key_id, k.state, k.age_days, k.protects] for k in report.keys]),
        _h("เรื่องที่เกินระยะเวลาเก็บรักษา", "Cases past retention"),
        _table(["เลขรับ / Receipt", "ครบกำหนด / Due", "ระงับ / Hold"],
               [[d.receipt_no, f"{d.due_at:%Y-%m-%d}", "yes" if d.held else ""]
                for d in report.past_retention]),
        _h("คำขอของเจ้าของข้อมูลที่ถูกปฏิเสธ", "Refused data-subject requests"),
        _table(["วันที่ / Date", "ชนิด / Kind", "เลขรับและเหตุผล / Receipt and reason"],
               [[f"{r.requested_at:%Y-%m-%d}", r.kind,
                 "; ".join(f"{k}: {v}" for k, v in r.refused.items())]
                for r in report.refused_requests]),
        _h("บันทึกตรวจสอบ", "Audit chain"),
        f"<p class='{chain_class}'>"
        + ("สมบูรณ์ / whole" if report.chain.ok else "เสียหาย / BROKEN")
        + f", {report.chain.entries} entries"
        + (f": {html.escape(report.chain.problem)}" if report.chain.problem else "")
        + "</p>",
        _h("การลบ สำเนาสำรอง และพยาน", "Erasure, backups and the witness"),
        "<ul>" + "".join(
            f"<li>{html.escape(m['th'])}<br>{html.escape(m['en'])}</li>" for m in report.erasure
        ) + "</ul>",
        _h("คำเตือน", "Warnings"),
        "<ul>" + "".join(f"<li class='bad'>{html.escape(w)}</li>" for w in report.warnings)
        + "</ul>",
        "</body></html>",
    ]  # fmt: skip
    return "\n".join(parts) + "\n"
