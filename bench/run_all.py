"""The performance record: end-to-end throughput beside the floor, in one run.

On a private Dovecot and PostgreSQL (tests/servers/), with N mixed messages (plain-text
requests, HTML requests, mails with a 1-page fillable PDF form from ../shared/corpus, and
the corpus's own third-party mail as noise), it measures:

- the floor: a bare imapclient session fetching the mailbox in batches and parsing every
  message with the stdlib (`policy.default`, every text part decoded), moving it on;
- for SQLite with 1 worker and PostgreSQL with 1, 2 and 4 workers: `intake run` processes
  started on a fresh store over a fresh copy of the same mailbox, timed from start until
  every message is captured (capture rate) and until every message is in a final state
  (end-to-end rate), with the peak memory of each worker's process tree; every request
  counts as fresh mail, so each case gets its acknowledgement drafted as in service;
- the same for N plain-text requests alone (SQLite, and PostgreSQL with 1 worker): the
  kind of mail the target of issue 11 (end-to-end at 0.3 of the floor) is stated for;
- append-to-case delay with IMAP IDLE: one worker with a once-a-day poll, messages appended
  one at a time, median and worst delay until each is a case.

Rows go to bench/results.json and a table to stdout and to README.md (between the
`bench:start` and `bench:end` markers).

Usage: bench/run [--quick] [--n N] [--no-readme]    (--quick: N = 1000, fewer delay samples)
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import platform
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for _path in (ROOT, ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from imapclient import IMAPClient  # noqa: E402
from servers.dovecot import DovecotServer, ImapAccount  # noqa: E402
from servers.postgres import PostgresServer  # noqa: E402
from sqlalchemy import Engine, create_engine, text  # noqa: E402
from support.cli import write_config  # noqa: E402
from support.mailgen import CORPUS, corpus_mail_files, make_mail  # noqa: E402

PASSWORD_ENV = "INTAKE_BENCH_IMAP_PASSWORD"
FINAL_STATES = (
    "case",
    "duplicate",
    "ignored",
    "reply",
    "quarantined",
    "oversized",
    "not_mail",
)
BATCH = 100
SEED = 2569
PDF_FORM = CORPUS / "pypdf" / "form.pdf"


# -- the mail -------------------------------------------------------------------------


def html_request(n: int) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"citizen.html.{n}@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"คำร้องทั่วไป เรื่องที่ {n}"
    mail["Message-ID"] = f"<bench-html-{n}@example.org>"
    mail.set_content(f"ชื่อ-นามสกุล: ผู้ทดสอบ {n}\nรายละเอียด: ขอข้อมูล\n")
    mail.add_alternative(
        f"<html><body><p>ชื่อ-นามสกุล:&nbsp;ผู้ทดสอบ {n}</p><p>เรื่อง: คำร้องทั่วไป</p>"
        f"<p>รายละเอียด: ขอข้อมูลเรื่องที่&#32;{n}<br>ขอบคุณครับ</p></body></html>",
        subtype="html",
    )
    return bytes(mail)


def pdf_request(n: int, pdf: bytes) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"citizen.pdf.{n}@example.org"
    mail["To"] = "saraban@example.go.th"
    mail["Subject"] = f"ส่งแบบฟอร์มคำร้อง {n}"
    mail["Message-ID"] = f"<bench-pdf-{n}@example.org>"
    mail.set_content("แนบแบบฟอร์มคำร้องมาด้วยครับ\n")
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"form-{n}.pdf")
    return bytes(mail)


def build_text_mails(n: int) -> list[bytes]:
    """Plain-text requests alone: what issue 11's end-to-end target is stated for."""
    rng = random.Random(SEED)
    return [make_mail(number, size_pad=rng.randint(0, 4000)).raw for number in range(n)]


def build_mails(n: int) -> list[bytes]:
    """A quarter each of plain, HTML and PDF-form requests; corpus mail as the noise."""
    rng = random.Random(SEED)
    pdf = PDF_FORM.read_bytes()
    noise = [path.read_bytes() for path in corpus_mail_files()]
    mails: list[bytes] = []
    for number in range(n):
        kind = number % 4
        if kind == 0:
            mails.append(make_mail(number, size_pad=rng.randint(0, 4000)).raw)
        elif kind == 1:
            mails.append(html_request(number))
        elif kind == 2:
            mails.append(pdf_request(number, pdf))
        else:
            base = noise[number % len(noise)]  # the corpus, made unique per copy
            mails.append(f"X-Bench-Copy: {number}\r\n".encode() + base)
    rng.shuffle(mails)
    return mails


# -- the floor ------------------------------------------------------------------------


def floor_rate(account: ImapAccount) -> float:
    """Messages per second: bare batched UID FETCH + policy.default parse, then MOVE."""
    start = time.perf_counter()
    client = IMAPClient(account.host, account.port, ssl=False, timeout=300)
    client.login(account.username, account.password)
    client.select_folder("INBOX")
    uids = sorted(client.search("ALL"))
    client.fetch(uids, ["RFC822.SIZE"])
    client.create_folder("Done")
    for chunk in _chunks(uids, BATCH):
        data = client.fetch(chunk, ["BODY.PEEK[]"])
        for uid in chunk:
            _parse_default(data[uid][b"BODY[]"])
        client.move(chunk, "Done")
    client.logout()
    return len(uids) / (time.perf_counter() - start)


def _parse_default(raw: bytes) -> None:
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        for part in message.walk():
            if part.get_content_maintype() == "text" and not part.is_multipart():
                part.get_content()  # type: ignore[attr-defined]
    except Exception:  # a broken corpus mail must not stop the floor
        pass


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- end to end -----------------------------------------------------------------------


@dataclass
class Row:
    mail: str  # "mixed" or "text"
    backend: str
    workers: int
    messages: int
    floor_msgs_per_s: float
    capture_msgs_per_s: float
    end_to_end_msgs_per_s: float
    ratio: float
    peak_rss_mb: float
    final_states: dict[str, int]
    # CPU ms a message of the workers (their parser children included; "parsers" is the
    # children's share), PostgreSQL and Dovecot, from /proc: what the row's time is made
    # of, which wall clock cannot say on a machine shared with other work
    cpu_ms_per_mail: dict[str, float]


def start_worker(config: Path, password: str, idle: bool = False) -> subprocess.Popen[bytes]:
    env = dict(os.environ, **{PASSWORD_ENV: password})
    return subprocess.Popen(
        [sys.executable, "-m", "intake", "--config", str(config), "run", "--no-samples"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the bounded parsers), in MB."""
    total = 0
    for proc in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{proc}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _children(pid: int) -> list[int]:
    """Every descendant: children are listed per thread, and the bounded parsers' fork
    server is started by whichever thread first needs one."""
    direct: list[str] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            direct += (task / "children").read_text().split()
        except OSError:
            continue
    found = [int(c) for c in dict.fromkeys(direct)]
    for child in list(found):
        found += _children(child)
    return found


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of a process and its descendants, live ones and reaped ones (cutime)."""
    total = 0
    for proc in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime
    return total / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds(pid: int) -> float:
    """CPU seconds of the process itself, all its threads, without its children."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def counts(engine: Engine) -> tuple[int, int, dict[str, int]]:
    """Messages in all, in a final state, and by state. `engine` is the row's one engine:
    a new one for each count (four a second) opened a PostgreSQL connection each time,
    and starting those backends cost the server about 6 ms of CPU each, counted in the
    row's PostgreSQL figure and taken from the cores the row was timed on."""
    with engine.connect() as db:
        rows = db.execute(text("SELECT state, COUNT(*) FROM messages GROUP BY state")).all()
    by_state = {str(state): int(n) for state, n in rows}
    final = sum(n for state, n in by_state.items() if state in FINAL_STATES)
    return sum(by_state.values()), final, by_state


def end_to_end(
    work: Path,
    account: ImapAccount,
    n: int,
    workers: int,
    database_url: str | None,
    floor: float,
    mail: str,
    servers: dict[str, int] | None = None,
) -> Row:
    mailbox = {
        "name": "bench",
        "host": account.host,
        "port": account.port,
        "security": "plain",
        "username": account.username,
        "password_env": PASSWORD_ENV,
        "fetch_batch": BATCH,
        "poll_seconds": 5,
    }
    work.mkdir(parents=True)
    config = write_config(
        work / "agency.toml",
        data_dir=work / "var",
        mailboxes=[mailbox],
        database_url=database_url,
        stage_interval_seconds=1,
    )
    # The generated mail is dated early in 2026: count it as fresh, so every request gets
    # its acknowledgement drafted as in service (no [smtp] here: the drafts wait).
    with config.open("a", encoding="utf-8") as out:
        out.write("[ack]\nmax_age_hours = 87600\n")
    url = database_url or f"sqlite:///{work / 'var' / 'intake.db'}"
    subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), "status"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )  # the store exists before the clock starts
    servers = servers or {}  # name -> the server's first process (its children counted)
    engine = create_engine(url)  # one connection for the counts, opened before the clock
    counts(engine)
    cpu_before = {name: tree_cpu_seconds(pid) for name, pid in servers.items()}
    start = time.perf_counter()
    procs = [start_worker(config, account.password) for _ in range(workers)]
    peaks = [0.0] * workers
    captured_at = None
    try:
        while True:
            total, final, by_state = counts(engine)
            now = time.perf_counter()
            if captured_at is None and total >= n:
                captured_at = now
            if final >= n:
                break
            if now - start > 3600:
                raise RuntimeError(f"not finished after an hour: {by_state}")
            peaks = [max(p, tree_rss_mb(w.pid)) for p, w in zip(peaks, procs, strict=True)]
            time.sleep(0.25)
        done_at = time.perf_counter()
        cpu = {"workers": sum(tree_cpu_seconds(w.pid) for w in procs)}  # before they stop
        # of which the bounded parser children: the rest is the workers' own process, the
        # one GIL capture and the stages share
        cpu["parsers"] = cpu["workers"] - sum(own_cpu_seconds(w.pid) for w in procs)
        cpu |= {name: tree_cpu_seconds(pid) - cpu_before[name] for name, pid in servers.items()}
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=120)
        engine.dispose()
    e2e = n / (done_at - start)
    return Row(
        mail=mail,
        backend="postgresql" if database_url else "sqlite",
        workers=workers,
        messages=n,
        floor_msgs_per_s=round(floor, 1),
        capture_msgs_per_s=round(n / ((captured_at or done_at) - start), 1),
        end_to_end_msgs_per_s=round(e2e, 1),
        ratio=round(e2e / floor, 3),
        peak_rss_mb=round(max(peaks), 1),
        final_states=by_state,
        cpu_ms_per_mail={name: round(seconds / n * 1000, 2) for name, seconds in cpu.items()},
    )


# -- append to case with IDLE ---------------------------------------------------------


def idle_delays(work: Path, account: ImapAccount, samples: int) -> list[float]:
    mailbox = {
        "name": "idle",
        "host": account.host,
        "port": account.port,
        "security": "plain",
        "username": account.username,
        "password_env": PASSWORD_ENV,
        "poll_seconds": 86400,
    }
    work.mkdir(parents=True)
    config = write_config(work / "agency.toml", data_dir=work / "var", mailboxes=[mailbox])
    url = f"sqlite:///{work / 'var' / 'intake.db'}"
    subprocess.run(
        [sys.executable, "-m", "intake", "--config", str(config), "status"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    engine = create_engine(url)
    worker = start_worker(config, account.password)
    delays = []
    try:
        time.sleep(3.0)  # the start-up poll and the IDLE connection
        for number in range(samples):
            raw = make_mail(900_000 + number).raw
            sent = time.perf_counter()
            account.append("INBOX", raw)
            while counts(engine)[2].get("case", 0) < number + 1:
                if time.perf_counter() - sent > 120:
                    raise RuntimeError("a mail took over two minutes to become a case")
                time.sleep(0.02)
            delays.append(time.perf_counter() - sent)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=120)
        engine.dispose()
    return delays


# -- running it -----------------------------------------------------------------------


def fresh_account(dovecot: DovecotServer, mails: list[bytes]) -> ImapAccount:
    account = dovecot.new_account("bench")
    account.append_many("INBOX", mails)
    return account


def table(rows: list[Row], delays: list[float]) -> str:
    lines = [
        "| mail | backend | workers | messages | floor msg/s | capture msg/s"
        " | end-to-end msg/s | ratio | peak RSS per worker (MB) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.mail} | {r.backend} | {r.workers} | {r.messages} | {r.floor_msgs_per_s} |"
            f" {r.capture_msgs_per_s} | {r.end_to_end_msgs_per_s} | {r.ratio} | {r.peak_rss_mb} |"
        )
    if delays:
        lines.append("")
        lines.append(
            f"Append-to-case delay with IMAP IDLE ({len(delays)} mails, SQLite, one worker):"
            f" median {statistics.median(delays):.2f} s, worst {max(delays):.2f} s."
        )
    return "\n".join(lines)


def write_readme(block: str) -> None:
    readme = ROOT / "README.md"
    body = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start not in body or end not in body:
        return
    head, rest = body.split(start, 1)
    _, tail = rest.split(end, 1)
    readme.write_text(f"{head}{start}\n{block}\n{end}{tail}", encoding="utf-8")


def _label(kind: str, on_postgres: bool, workers: int) -> str:
    return f"{kind}/{'postgresql' if on_postgres else 'sqlite'}/{workers}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 messages, 10 delay samples")
    parser.add_argument("--n", type=int, default=None, help="messages (default 10,000)")
    parser.add_argument("--workers", default="1,2,4", help="PostgreSQL worker counts")
    parser.add_argument(
        "--no-readme", action="store_true", help="leave README.md and bench/results.json alone"
    )
    parser.add_argument(
        "--only",
        help="these rows alone, e.g. text/sqlite/1,mixed/postgresql/2 (no record written)",
    )
    args = parser.parse_args(argv)
    n = args.n or (1000 if args.quick else 10_000)
    samples = 10 if args.quick else 50
    mails = {"mixed": build_mails(n), "text": build_text_mails(n)}
    print(
        f"{n} messages, {sum(map(len, mails['mixed'])) / n / 1024:.1f} KiB on average (mixed)",
        flush=True,
    )
    dovecot = DovecotServer.start()
    postgres = PostgresServer.start()
    rows: list[Row] = []
    try:
        with tempfile.TemporaryDirectory(prefix="intake-bench-") as scratch:
            work = Path(scratch)
            plan = [("text", False, 1), ("text", True, 1), ("mixed", False, 1)]
            plan += [("mixed", True, int(w)) for w in args.workers.split(",") if w]
            if args.only:
                wanted = set(args.only.split(","))
                plan = [p for p in plan if _label(*p) in wanted]
            for number, (kind, on_postgres, workers) in enumerate(plan):
                floor = floor_rate(fresh_account(dovecot, mails[kind]))  # beside each row
                account = fresh_account(dovecot, mails[kind])
                url = postgres.new_database("bench") if on_postgres else None
                servers = {"postgresql": postgres.pid, "dovecot": dovecot.pid}
                row = end_to_end(
                    work / f"run{number}", account, n, workers, url, floor, kind, servers
                )
                rows.append(row)
                print(json.dumps(asdict(row), ensure_ascii=False), flush=True)
            if args.only:  # a trial of some rows: no IDLE delays, no record
                return 0
            delays = idle_delays(work / "idle", dovecot.new_account("idle"), samples)
    finally:
        postgres.stop()
        dovecot.stop()
    block = table(rows, delays)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    result = {
        "machine": machine,
        "messages": n,
        "rows": [asdict(r) for r in rows],
        "idle_append_to_case_s": {
            "samples": len(delays),
            "median": round(statistics.median(delays), 3),
            "worst": round(max(delays), 3),
        },
    }
    print(block)
    if args.no_readme:  # a trial run: the record stays as measured
        return 0
    (ROOT / "bench" / "results.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_readme(
        f"Measured by `bench/run{' --quick' if args.quick else ''}` on {machine}:\n\n{block}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
