#!/usr/bin/env python3
"""The back office at scale, driven by scripts/bench-backoffice (which does not build).

Target: with 100,000 orientation requests, 10,000 offers of support (volunteers), their
casework and 1,000,000 audit entries, every back-office page answers in under 50 ms of
server time, the statistics page included, and the CSV exports stream with flat memory
(the process grows by less than 10 MB while exporting everything).

1. Starts the binary on a fresh data folder and creates an administrator with
   `latinas coordinator add --admin` (password on standard input).
2. Sends one orientation form and one support form over HTTP as a browser does (GET the
   page, keep its cookie and hidden fields, wait the form's minimum time, POST), so that
   two real rows hold a `personal` value sealed with the server's own data key.
3. Stops the server and writes the bulk rows with Python's sqlite3 module, in one
   transaction: requests copying the real rows' sealed `personal` (so their pages open),
   contact digests, contact attempts and the audit log. The insert trigger of
   `request_counts` fires for each request, as it would at intake.
4. Restarts the server on the same data, signs in over HTTP and measures each page
   (warm-up, then sequential GETs; median and p95), then the CSV exports while sampling
   the server's VmRSS.

Standard library only. Knobs (environment): BENCH_REQUESTS (100000), BENCH_VOLUNTEERS
(10000), BENCH_AUDIT (1000000), BENCH_SAMPLES (20), BENCH_KEEP=1 (keep the work folder),
BENCH_BINARY (default target/release/latinas). Options: --write (replace or append the
section "## Back office at scale" in docs/benchmarks.md), --no-fail (exit 0 even when a
target is missed).
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import gzip
import html
import http.client
import os
import platform
import random
import re
import secrets
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import zlib
from dataclasses import dataclass, field
from pathlib import Path

# The helpers it shares with the public-site benchmark (scripts/bench.py, beside it).
from bench import cpu_model, free_port, loadavg, log, readyz_ok

ROOT = Path(__file__).resolve().parent.parent
BINARY = Path(os.environ.get("BENCH_BINARY", ROOT / "target" / "release" / "latinas"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "100000"))
VOLUNTEERS = int(os.environ.get("BENCH_VOLUNTEERS", "10000"))
AUDIT = int(os.environ.get("BENCH_AUDIT", "1000000"))
SAMPLES = int(os.environ.get("BENCH_SAMPLES", "20"))
WARMUP = 3
KEEP = os.environ.get("BENCH_KEEP") == "1"
# The wait the public forms require between showing and sending (FORM_MIN_SECONDS).
FORM_MIN_SECONDS = int(os.environ.get("FORM_MIN_SECONDS", "2"))
# The start-up purge deletes requests closed longer ago than RETENTION_DAYS (365 by
# default); three years of history need a longer retention, or most closed rows vanish.
RETENTION_DAYS = os.environ.get("RETENTION_DAYS", "3650")
# The same for the registrations of events that ended (30 days by default).
EVENT_RETENTION_DAYS = os.environ.get("EVENT_RETENTION_DAYS", "3650")
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Brussels")
YEARS = 3
# The inbox page reached "far back": the cursor of the 20,000th newest request.
DEEP_POSITION = 20_000

TARGET_MS = 50.0
TARGET_MB = 10.0

ADMIN_EMAIL = "bench-admin@example.org"
ADMIN_NAME = "Bench Admin"
COORDINATOR = "coordinators@example.org"
ORIENTATION_EMAIL = "bench.orientation@example.org"
SUPPORT_EMAIL = "bench.volunteer@example.org"
ENCODINGS = "gzip"

# src/domain/reference.rs: letters and digits that cannot be mistaken for one another.
REFERENCE_ALPHABET = "2345679ACDEFGHJKMNPQRTWXYZ"
REFERENCE_PREFIX = {"orientation": "OR", "support": "SU"}

# src/domain/choices.rs (codes), with rough weights for the generated rows.
REGIONS = {
    "brussels": 40, "antwerp": 10, "east-flanders": 7, "flemish-brabant": 5, "limburg": 3,
    "west-flanders": 3, "hainaut": 7, "liege": 8, "luxembourg": 1, "namur": 3,
    "walloon-brabant": 3, "outside-belgium": 2, "not-said": 8,
}
TOPICS = ["health", "mental-health", "sexual-health", "residence", "violence", "housing", "work",
          "education", "social-services", "discrimination", "other"]
HELP_WAYS = ["volunteer", "expertise", "translate", "event", "partner"]
# ANSWER_LANGUAGES by default (pt only when configured).
CONTACT_LANGUAGES = {"es": 60, "en": 10, "nl": 15, "fr": 15}
SPOKEN_LANGUAGES = ["es", "pt", "en", "nl", "fr", "de", "other"]
PAGE_LANGS = {"es": 55, "en": 10, "nl": 15, "fr": 20}
VOLUNTEER_STATUSES = {"new": 10, "contacted": 15, "active": 40, "paused": 10, "ended": 25}
# migrations/0005_casework.sql: the request status follows the volunteer's.
VOLUNTEER_TO_STATUS = {"new": "new", "contacted": "in_progress", "active": "in_progress",
                       "paused": "in_progress", "ended": "closed"}
OUTCOMES = ["no_answer", "spoke", "message_left", "email_sent", "met"]
AUDIT_ACTIONS = {"viewed": 76, "status": 12, "assigned": 6, "note": 6}


def weighted(choices: dict[str, int]) -> tuple[list[str], list[int]]:
    return list(choices), list(choices.values())


# --- our server -------------------------------------------------------------------------


class Server:
    def __init__(self, work: Path, port: int):
        self.port = port
        self.data = work / "data"
        self.log_path = work / "server.log"
        self.env = {k: v for k, v in os.environ.items() if k != "RUST_LOG"}
        self.env.update(
            BIND_ADDR=f"127.0.0.1:{port}",
            DATA_DIR=str(self.data),
            DATABASE_URL=f"sqlite://{self.data / 'latinas.db'}",
            PUBLIC_URL=f"http://127.0.0.1:{port}",
            COORDINATOR_EMAILS=COORDINATOR,
            FORM_MIN_SECONDS=str(FORM_MIN_SECONDS),
            RETENTION_DAYS=RETENTION_DAYS,
            EVENT_RETENTION_DAYS=EVENT_RETENTION_DAYS,
            TIME_ZONE=TIME_ZONE,
            # The benchmark signs in with a password alone: it measures pages, not sign-in.
            REQUIRE_TWO_STEP="false",
        )
        self.process: subprocess.Popen | None = None

    @property
    def db_path(self) -> Path:
        return self.data / "latinas.db"

    @property
    def pid(self) -> int:
        assert self.process
        return self.process.pid

    def command(self, args: list[str], stdin: str = "") -> str:
        """Runs a command of the binary (`coordinator add` ...) on the same data."""
        done = subprocess.run([str(BINARY), *args], env=self.env, input=stdin, capture_output=True,
                              text=True, timeout=300)
        if done.returncode != 0:
            raise SystemExit(f"latinas {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
        return done.stdout.strip()

    def start(self) -> float:
        """Starts the binary; returns milliseconds from exec to a 200 on /readyz."""
        out = open(self.log_path, "ab")
        began = time.perf_counter()
        self.process = subprocess.Popen([str(BINARY), "serve"], env=self.env, stdout=out, stderr=out)
        deadline = began + 300
        while time.perf_counter() < deadline:
            if readyz_ok(self.port):
                return (time.perf_counter() - began) * 1000
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped at start-up; see {self.log_path}")
            time.sleep(0.005)
        raise SystemExit("the server was not ready within 300 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def memory_kb(self, key: str = "VmRSS") -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name == key:
                return int(rest.split()[0])
        raise SystemExit(f"no {key} in /proc/{self.pid}/status")


# --- a browser, as far as the back office needs one ---------------------------------------


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    # Bytes on the wire (compressed, if it was).
    wire: int
    ms: float

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @property
    def location(self) -> str:
        return self.headers.get("location", "")


class Browser:
    """One keep-alive connection with a cookie jar; GETs ask for gzip, as browsers do
    (every browser also accepts brotli, which the standard library cannot read)."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.conn: http.client.HTTPConnection | None = None

    def _connection(self) -> http.client.HTTPConnection:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        return self.conn

    def close(self) -> None:
        if self.conn:
            self.conn.close()
            self.conn = None

    def cookie_header(self) -> dict[str, str]:
        if not self.cookies:
            return {}
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}

    def keep_cookies(self, headers: http.client.HTTPMessage) -> None:
        for line in headers.get_all("set-cookie") or []:
            pair, *attributes = [part.strip() for part in line.split(";")]
            name, _, value = pair.partition("=")
            expired = any(a.lower() in ("max-age=0",) for a in attributes) or value == ""
            if expired:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> Answer:
        all_headers = {"Accept-Encoding": ENCODINGS, "Accept-Language": "es", **self.cookie_header(),
                       **(headers or {})}
        for attempt in range(2):
            conn = self._connection()
            try:
                began = time.perf_counter()
                conn.request(method, path, body=body, headers=all_headers)
                response = conn.getresponse()
                raw = response.read()
                ms = (time.perf_counter() - began) * 1000
                break
            except (http.client.RemoteDisconnected, ConnectionError, http.client.CannotSendRequest):
                # The server closed the kept-alive connection: open another, once.
                self.close()
                if attempt:
                    raise
        if response.getheader("connection", "").lower() == "close":
            self.close()
        self.keep_cookies(response.msg)
        body_bytes = raw
        if response.getheader("content-encoding") == "gzip":
            body_bytes = gzip.decompress(raw)
        return Answer(response.status, response.msg, body_bytes, len(raw), ms)

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post_form(self, path: str, fields: list[tuple[str, str]]) -> Answer:
        return self.request(
            "POST",
            path,
            urllib.parse.urlencode(fields).encode(),
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"http://127.0.0.1:{self.port}",
                "Sec-Fetch-Site": "same-origin",
            },
        )


def hidden_fields(page: str) -> list[tuple[str, str]]:
    """The hidden inputs of a page's form (the form token, a CSRF value)."""
    fields = []
    for tag in re.findall(r"<input\b[^>]*>", page):
        if not re.search(r'\btype="hidden"', tag):
            continue
        name = re.search(r'\bname="([^"]*)"', tag)
        value = re.search(r'\bvalue="([^"]*)"', tag)
        if name:
            fields.append((html.unescape(name.group(1)), html.unescape(value.group(1) if value else "")))
    return fields


def links_with_rel(page: str, rel: str) -> list[str]:
    hrefs = []
    for tag in re.findall(r"<a\b[^>]*>", page):
        rels = re.search(r'\brel="([^"]*)"', tag)
        href = re.search(r'\bhref="([^"]*)"', tag)
        if rels and href and rel in rels.group(1).split():
            hrefs.append(html.unescape(href.group(1)))
    return hrefs


def next_link(page: str) -> str | None:
    """The inbox's next page: `rel="next"`, else the last link of its pagination."""
    found = links_with_rel(page, "next")
    if found:
        return found[-1]
    nav = re.search(r'<nav class="pagination".*?</nav>', page, re.S)
    if nav:
        hrefs = re.findall(r'href="([^"]*)"', nav.group(0))
        if hrefs:
            return html.unescape(hrefs[-1])
    return None


def error_summary(page: str) -> str:
    summary = re.search(r'<div class="error-summary".*?</div>', page, re.S)
    text = summary.group(0) if summary else page[:400]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()


# --- step 2: two real submissions -----------------------------------------------------------


ORIENTATION_FIELDS = [
    ("name", "Bench Orientación"),
    ("email", ORIENTATION_EMAIL),
    ("phone", "0470 12 34 56"),
    ("safe_to_message", "yes"),
    ("best_time", "Por la tarde, después de las 17 h"),
    ("contact_language", "es"),
    ("region", "brussels"),
    ("topic", "residence"),
    ("topic", "housing"),
    ("message", "Necesito información sobre mi permiso de residencia y sobre vivienda. " * 4),
    ("consent", "yes"),
]

SUPPORT_FIELDS = [
    ("name", "Bench Voluntaria"),
    ("email", SUPPORT_EMAIL),
    ("phone", "+32 470 65 43 21"),
    ("help", "volunteer"),
    ("help", "translate"),
    ("languages", "es"),
    ("languages", "nl"),
    ("region", "antwerp"),
    ("availability", "Los sábados por la mañana"),
    ("message", "Puedo acompañar a citas y traducir del neerlandés."),
    ("consent", "yes"),
]


def submit_forms(port: int) -> None:
    """Both forms, each from its own visitor: GET, wait the form's minimum time, POST."""
    visitors = []
    for path, fields in (("/es/orientation", ORIENTATION_FIELDS), ("/es/support", SUPPORT_FIELDS)):
        browser = Browser(port)
        page = browser.get(path)
        if page.status != 200:
            raise SystemExit(f"GET {path}: {page.status}")
        hidden = hidden_fields(page.text)
        if not any(name == "token" for name, _ in hidden):
            raise SystemExit(f"GET {path}: no form token in the page")
        visitors.append((browser, path, hidden, fields))
    # The token's age is counted in whole seconds: wait a second more than the minimum.
    time.sleep(FORM_MIN_SECONDS + 1.05)
    for browser, path, hidden, fields in visitors:
        # The honeypot ("website") stays empty, as a person leaves it.
        answer = browser.post_form(path, hidden + [("website", "")] + fields)
        if answer.status != 303:
            raise SystemExit(f"POST {path}: {answer.status}: {error_summary(answer.text)}")
        thanks = browser.get(answer.location)
        if thanks.status != 200:
            raise SystemExit(f"GET {answer.location}: {thanks.status}")
        browser.close()


REAL_EVENT = "bench-registro"
EVENTS = int(os.environ.get("BENCH_EVENTS", "1000"))
REGISTRATIONS = int(os.environ.get("BENCH_REGISTRATIONS", "20000"))
REGISTRATION_FIELDS = [("name", "Registrada"), ("email", "registrada@example.org"), ("places", "1"),
                       ("need", "childcare"), ("consent", "yes")]


def submit_registration(port: int, db_path: Path) -> None:
    """One event written as the back office would, and one registration through its form:
    its sealed personal part is what the generated registrations copy."""
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute(
        "INSERT INTO events (slug, kind, published, starts_at, ends_at, town, capacity) "
        "VALUES (?, 'workshop', 1, '2099-01-01T10:00:00Z', '2099-01-01T12:00:00Z', 'Gent', 100)",
        (REAL_EVENT,),
    )
    db.execute("INSERT INTO event_texts (event_id, lang, title) VALUES "
               "((SELECT id FROM events WHERE slug = ?), 'es', 'Registro real')", (REAL_EVENT,))
    db.close()
    browser = Browser(port)
    path = f"/es/events/{REAL_EVENT}"
    page = browser.get(path)
    if page.status != 200:
        raise SystemExit(f"GET {path}: {page.status}")
    time.sleep(FORM_MIN_SECONDS + 1.05)
    answer = browser.post_form(path, hidden_fields(page.text) + [("website", "")] + REGISTRATION_FIELDS)
    if answer.status != 303:
        raise SystemExit(f"POST {path}: {answer.status}: {error_summary(answer.text)}")
    browser.close()


# --- step 3: the bulk rows --------------------------------------------------------------------


def table_names(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def reference_codes(kind: str, count: int, taken: set[str], length: int, rng: random.Random) -> list[str]:
    """`count` distinct references of `kind` that `is_reference` accepts, none in `taken`."""
    base = len(REFERENCE_ALPHABET)
    space = base ** length
    if count + len(taken) > space:
        raise SystemExit(f"{count:,} {kind} references do not fit in {space:,} codes of {length} characters")
    prefix = REFERENCE_PREFIX[kind]
    out: list[str] = []
    for number in rng.sample(range(space), count + len(taken)):
        code = []
        for _ in range(length):
            number, digit = divmod(number, base)
            code.append(REFERENCE_ALPHABET[digit])
        reference = f"{prefix}-{''.join(code)}"
        if reference not in taken:
            out.append(reference)
    return out[:count]


def iso(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def local_today() -> datetime.date:
    try:
        from zoneinfo import ZoneInfo

        return datetime.datetime.now(ZoneInfo(TIME_ZONE)).date()
    except Exception:  # noqa: BLE001 - no time-zone database: UTC is close enough
        return datetime.datetime.now(datetime.timezone.utc).date()


@dataclass
class Generated:
    seconds: float = 0.0
    requests: int = 0
    orientation: int = 0
    support: int = 0
    digests: int = 0
    attempts: int = 0
    audit: int = 0
    follow_ups: int = 0
    assigned: int = 0
    db_mb: float = 0.0
    events: str = ""
    # The reference of the real (posted) request of each kind.
    real: dict[str, str] = field(default_factory=dict)
    # (created_at, id, reference, kind) of every generated request, oldest first.
    timeline: list[tuple[str, int, str, str]] = field(default_factory=list)


def generate(db_path: Path, admin_email: str, rng: random.Random) -> Generated:
    began = time.perf_counter()
    out = Generated()
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    # For the generation only: the file is ours alone while the server is stopped.
    db.execute("PRAGMA journal_mode = MEMORY")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    tables = table_names(db)
    request_columns = columns(db, "requests")
    has_follow_up = "follow_up_on" in request_columns
    has_volunteer_status = "volunteer_status" in request_columns
    has_digests = "contact_digests" in tables
    has_attempts = "contact_attempts" in tables

    admin = db.execute("SELECT id, name FROM coordinators WHERE email = ?", (admin_email,)).fetchone()
    if not admin:
        raise SystemExit("the administrator is not in the database")
    admin_id, admin_name = admin
    real = {}
    for row in db.execute(
        "SELECT id, kind, reference, personal, contact_language, wants_confirmation FROM requests ORDER BY id"
    ):
        real.setdefault(row[1], row)
    if set(real) != {"orientation", "support"}:
        raise SystemExit(f"expected one real request of each kind, found {sorted(real)}")
    real_references = {row[0] for row in db.execute("SELECT reference FROM requests")}
    real_keys = {row[0] for row in db.execute("SELECT idempotency_key FROM requests")}
    real_digests = {row[0] for row in db.execute("SELECT digest FROM contact_digests")} if has_digests else set()
    lengths = {}
    for kind, row in real.items():
        reference = row[2]
        prefix, _, code = reference.partition("-")
        if prefix != REFERENCE_PREFIX[kind] or any(c not in REFERENCE_ALPHABET for c in code):
            raise SystemExit(f"the real {kind} reference {reference!r} is not of the expected shape; "
                             "update REFERENCE_ALPHABET/REFERENCE_PREFIX from src/domain/reference.rs")
        lengths[kind] = len(code)
        out.real[kind] = reference

    total = REQUESTS + VOLUNTEERS
    now = time.time()
    start = now - YEARS * 365.25 * 86400
    end = now - 600
    created = sorted(rng.uniform(start, end) for _ in range(total))
    kinds = ["orientation"] * REQUESTS + ["support"] * VOLUNTEERS
    rng.shuffle(kinds)
    references = {
        kind: reference_codes(kind, count, real_references, lengths[kind], rng)
        for kind, count in (("orientation", REQUESTS), ("support", VOLUNTEERS))
    }
    first_id = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM requests").fetchone()[0]
    today = local_today()

    region_codes, region_weights = weighted(REGIONS)
    contact_codes, contact_weights = weighted(CONTACT_LANGUAGES)
    lang_codes, lang_weights = weighted(PAGE_LANGS)
    volunteer_codes, volunteer_weights = weighted(VOLUNTEER_STATUSES)

    request_cols = ["id", "kind", "reference", "idempotency_key", "lang", "contact_language", "region",
                    "topics", "help_ways", "spoken_languages", "wants_confirmation", "personal", "status",
                    "assigned_to", "created_at", "updated_at", "closed_at"]
    if has_follow_up:
        request_cols.append("follow_up_on")
    if has_volunteer_status:
        request_cols.append("volunteer_status")
    insert_request = (f"INSERT INTO requests ({', '.join(request_cols)}) "
                      f"VALUES ({', '.join('?' * len(request_cols))})")

    attempts: list[tuple] = []
    digests: list[tuple[int, str]] = []
    used_keys = set(real_keys)
    next_ref = {"orientation": 0, "support": 0}

    def request_rows():
        for index in range(total):
            kind = kinds[index]
            made = created[index]
            request_id = first_id + index
            reference = references[kind][next_ref[kind]]
            next_ref[kind] += 1
            age_days = (now - made) / 86400
            volunteer_status = None
            if kind == "support":
                volunteer_status = rng.choices(volunteer_codes, volunteer_weights)[0]
                status = VOLUNTEER_TO_STATUS[volunteer_status]
            elif age_days < 60:
                status = rng.choices(["new", "in_progress", "closed"], [40, 40, 20])[0]
            else:
                status = rng.choices(["new", "in_progress", "closed"], [3, 12, 85])[0]
            closed_at = None
            updated = made + rng.uniform(0, min(30 * 86400, now - made))
            if status == "closed":
                closed = min(made + rng.uniform(3600, 60 * 86400), now - 60)
                closed_at = iso(closed)
                updated = closed
            key = secrets.token_urlsafe(18)
            while key in used_keys:
                key = secrets.token_urlsafe(18)
            used_keys.add(key)
            real_row = real[kind]
            if kind == "orientation":
                contact_language = rng.choices(contact_codes, contact_weights)[0]
                topics = ",".join(rng.sample(TOPICS, rng.choice([1, 1, 1, 2, 2, 3])))
                help_ways = spoken = ""
                wants_confirmation = int(rng.random() < 0.25)
            else:
                contact_language = real_row[4]
                topics = ""
                help_ways = ",".join(rng.sample(HELP_WAYS, rng.choice([1, 1, 2, 2, 3])))
                spoken = ",".join(["es"] + rng.sample(SPOKEN_LANGUAGES[1:], rng.choice([0, 1, 1, 2])))
                wants_confirmation = real_row[5]
            assigned = admin_id if rng.random() < 0.10 else None
            out.assigned += assigned is not None
            values = [request_id, kind, reference, key, rng.choices(lang_codes, lang_weights)[0],
                      contact_language, rng.choices(region_codes, region_weights)[0], topics, help_ways,
                      spoken, wants_confirmation, real_row[3], status, assigned, iso(made), iso(updated),
                      closed_at]
            if has_follow_up:
                follow_up = None
                if rng.random() < 0.05:
                    out.follow_ups += 1
                    if status == "closed":
                        # A call-back planned before she was closed.
                        day = datetime.date.fromtimestamp(made) + datetime.timedelta(days=rng.randint(1, 20))
                        follow_up = min(day, today).isoformat()
                    else:
                        when = rng.random()
                        offset = (-rng.randint(1, 30) if when < 0.3 else 0 if when < 0.4
                                  else rng.randint(1, 60))
                        follow_up = (today + datetime.timedelta(days=offset)).isoformat()
                values.append(follow_up)
            if has_volunteer_status:
                values.append(volunteer_status)
            if has_digests:
                for _ in range(2):
                    digest = os.urandom(32).hex()
                    while digest in real_digests:
                        digest = os.urandom(32).hex()
                    digests.append((request_id, digest))
            if has_attempts and status != "new" and rng.random() < 0.5:
                at = made
                for _ in range(rng.randint(1, 3)):
                    at = min(at + rng.uniform(3600, 7 * 86400), now - 60)
                    attempts.append((request_id, admin_id, admin_name, rng.choice(OUTCOMES), iso(at)))
            out.timeline.append((iso(made), request_id, reference, kind))
            yield values

    action_codes, action_weights = weighted(AUDIT_ACTIONS)
    statuses = ["new", "in_progress", "closed"]

    def audit_rows():
        span = now - created[0]
        for k in range(AUDIT):
            # Increasing times, so that ids and times grow together as in a real log.
            at = created[0] + span * (k + rng.random()) / AUDIT
            count = max(1, bisect.bisect_right(created, at))
            if rng.random() < 0.6:
                # Most views are of recent requests; older ones are opened now and then.
                index = count - 1 - int(rng.expovariate(1 / 300)) % count
            else:
                index = rng.randrange(count)
            at = max(at, created[index])
            _, request_id, reference, _ = out.timeline[index]
            action = rng.choices(action_codes, action_weights)[0]
            detail = rng.choice(statuses) if action == "status" else admin_name if action == "assigned" else ""
            yield (iso(at), admin_id, admin_name, request_id, reference, action, detail)

    db.execute("BEGIN")
    db.executemany(insert_request, request_rows())
    out.requests = total
    out.orientation, out.support = REQUESTS, VOLUNTEERS
    if has_digests:
        db.executemany("INSERT INTO contact_digests (request_id, digest) VALUES (?, ?)", digests)
        out.digests = len(digests)
    if has_attempts:
        db.executemany(
            "INSERT INTO contact_attempts (request_id, coordinator_id, author_name, outcome, at) "
            "VALUES (?, ?, ?, ?, ?)",
            attempts,
        )
        out.attempts = len(attempts)
    db.executemany(
        "INSERT INTO audit_log (at, coordinator_id, coordinator_name, request_id, request_reference, action, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        audit_rows(),
    )
    out.audit = AUDIT
    out.events = generate_events(db, tables, rng)
    db.execute("COMMIT")
    # Back to the journal the server uses (it sets WAL itself too).
    db.execute("PRAGMA journal_mode = WAL")
    db.close()
    out.seconds = time.perf_counter() - began
    out.db_mb = db_path.stat().st_size / 2**20
    return out


def generate_events(db: sqlite3.Connection, tables: set[str], rng: random.Random) -> str:
    """1,000 events over the last three years and the next one, with 20,000 registrations
    (each a copy of the real one's sealed personal part, with index digests of its own);
    the counts on `events` are kept by the schema's triggers as the rows go in."""
    if not {"events", "event_registrations"} <= tables:
        return "events and registrations skipped: the schema has no `events`/`event_registrations` tables yet"
    real = db.execute("SELECT personal FROM event_registrations ORDER BY id LIMIT 1").fetchone()
    if not real:
        raise SystemExit("expected the real registration posted before the generation")
    now = time.time()
    kinds = ["workshop", "debate", "focus_group", "conference", "other"]
    first_event = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM events").fetchone()[0]
    events = []
    for n in range(EVENTS):
        starts = rng.uniform(now - YEARS * 365.25 * 86400, now + 365 * 86400)
        events.append((first_event + n, f"bench-evento-{n}", rng.choice(kinds), iso(starts), iso(starts + 7200),
                       rng.choice([10, 20, 30, 40]), int(rng.random() < 0.3)))
    db.executemany(
        "INSERT INTO events (id, slug, kind, published, starts_at, ends_at, town, capacity, sensitive) "
        "VALUES (?, ?, ?, 1, ?, ?, 'Gent', ?, ?)",
        [(i, slug, kind, starts, ends, capacity, sensitive) for i, slug, kind, starts, ends, capacity, sensitive in events],
    )
    db.executemany(
        "INSERT INTO event_texts (event_id, lang, title, summary) VALUES (?, ?, ?, ?)",
        [(e[0], lang, f"Evento {e[0]} ({lang})", "Un encuentro.") for e in events for lang in ("es", "en", "nl", "fr")],
    )
    has_digests = "registration_digests" in tables
    registrations, digests = [], []
    taken: dict[int, int] = {}
    first_registration = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM event_registrations").fetchone()[0]
    for n in range(REGISTRATIONS):
        event_id, _, _, starts, _, capacity, _ = events[n % EVENTS]
        registration_id = first_registration + n
        state = "confirmed" if taken.get(event_id, 0) < capacity else "waiting"
        if rng.random() < 0.1:
            state = "cancelled"
        elif state == "confirmed":
            taken[event_id] = taken.get(event_id, 0) + 1
        registrations.append((registration_id, event_id, secrets.token_urlsafe(18), os.urandom(32).hex(),
                              rng.choice(["es", "en", "nl", "fr"]), 1, state, real[0],
                              int(state == "confirmed" and starts < iso(now) and rng.random() < 0.7), starts))
        if has_digests:
            digests += [(registration_id, os.urandom(32).hex()) for _ in range(2)]
    db.executemany(
        "INSERT INTO event_registrations (id, event_id, idempotency_key, token_hash, lang, places, state, "
        "personal, came, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        registrations,
    )
    if has_digests:
        db.executemany("INSERT INTO registration_digests (registration_id, digest) VALUES (?, ?)", digests)
    return f"{EVENTS:,} events with {REGISTRATIONS:,} registrations ({len(digests):,} index digests)"


# --- step 4 and 5: sign in and measure ------------------------------------------------------


def sign_in(port: int, email: str, password: str) -> Browser:
    browser = Browser(port)
    form = browser.get("/admin/login")
    if form.status != 200:
        raise SystemExit(f"GET /admin/login: {form.status}")
    answer = browser.post_form("/admin/login", hidden_fields(form.text) + [("email", email), ("password", password)])
    if answer.status != 303 or answer.location.endswith("/admin/login"):
        raise SystemExit(f"sign-in refused ({answer.status}): {error_summary(answer.text)}")
    return browser


@dataclass
class PageResult:
    name: str
    path: str
    status: int = 0
    times: list[float] = field(default_factory=list)
    bytes: int = 0
    wire: int = 0
    note: str = ""

    @property
    def missing(self) -> bool:
        return self.status == 404

    @property
    def median(self) -> float:
        return statistics.median(self.times) if self.times else float("nan")

    @property
    def p95(self) -> float:
        if not self.times:
            return float("nan")
        ordered = sorted(self.times)
        # Nearest rank: the 19th of 20.
        return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]

    @property
    def ok(self) -> bool:
        return self.missing or (self.status == 200 and self.median < TARGET_MS)


def measure(browser: Browser, name: str, path: str, note: str = "", expect: str = "",
            form: list[tuple[str, str]] | None = None) -> PageResult:
    """`expect`: text the page must show for the measure to mean something (her name on a
    request page: the copied sealed data opened); its absence is noted, not failed.
    `form`: POST these fields instead of a GET (the people search takes the contact in a
    form post, never in the address)."""
    result = PageResult(name, path, note=note)

    def send() -> Answer:
        return browser.post_form(path, form) if form is not None else browser.get(path)

    first = send()
    result.status = first.status
    if first.status != 200:
        if first.status != 404:
            log(f"  {name}: {first.status} {first.location}")
        return result
    if expect and expect not in first.text:
        result.note = "; ".join(filter(None, [note, f"**{expect!r} is not on the page**"]))
    for _ in range(WARMUP - 1):
        send()
    for _ in range(SAMPLES):
        answer = send()
        if answer.status != 200:
            result.status = answer.status
            return result
        result.times.append(answer.ms)
        result.bytes, result.wire = len(answer.body), answer.wire
    log(f"  {name:<34} median {result.median:7.2f} ms  p95 {result.p95:7.2f} ms  {result.bytes:>9,} B")
    return result


def cursor_of(db_path: Path, position: int) -> tuple[str, int, int]:
    """(created_at, id, position) of the `position`-th newest request (1-based), or of one
    three quarters down when there are fewer."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        total = db.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
        position = min(position, max(1, total * 3 // 4))
        created_at, request_id = db.execute(
            "SELECT created_at, id FROM requests ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?",
            (position - 1,),
        ).fetchone()
    finally:
        db.close()
    return created_at, request_id, position


def most_audited(db_path: Path) -> tuple[str, int]:
    """The reference of the request with the most audit entries (its page shows its history)."""
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return db.execute(
            "SELECT request_reference, COUNT(*) FROM audit_log WHERE request_reference != '' "
            "GROUP BY request_reference ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        db.close()


def deep_inbox(browser: Browser, db_path: Path, first_page: str) -> list[tuple[str, str, str]]:
    """(name, path, note) of the inbox's 6th page (5 x next) and of a page far back."""
    pages = []
    page, href = first_page, None
    for follow in range(5):
        found = next_link(page)
        if not found:
            return [("inbox, far back", "", f"no next link after {follow} pages")]
        href = found
        answer = browser.get(href)
        if answer.status != 200:
            return [("inbox, far back", href, f"next page answered {answer.status}")]
        page = answer.text
    pages.append(("inbox, page 6 (5 x next)", href, ""))
    last = next_link(page) or href
    parts = urllib.parse.urlsplit(last)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    names = [name for name, _ in query]
    if "before" in names:
        value = dict(query)["before"]
        created_at, request_id, position = cursor_of(db_path, DEEP_POSITION)
        if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ_\d+", value):
            cursor = f"{created_at}_{request_id}"
        elif re.fullmatch(r"\d+", value):
            # A cursor of the id alone.
            cursor = str(request_id)
        else:
            return pages + [("inbox, far back", last,
                             f"cursor {value!r} is neither <created_at>_<id> nor <id>: adapt deep_inbox")]
        query = [(n, cursor if n == "before" else v) for n, v in query]
        note = f"`before=` request no. {position:,} counting from the newest"
    elif "page" in names:
        rows_per_page = len(set(re.findall(r'href="/admin/requests/([A-Z]{2}-[0-9A-Z]+)"', first_page))) or 50
        _, _, position = cursor_of(db_path, DEEP_POSITION)
        number = position // rows_per_page + 1
        query = [(n, str(number) if n == "page" else v) for n, v in query]
        note = f"`page={number}` (offset paging), around request no. {position:,} counting from the newest"
    else:
        return pages + [("inbox, far back", last, "the next link has neither before= nor page=")]
    pages.append(("inbox, far back", urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query))), note))
    return pages


# --- step 6: exports and memory ---------------------------------------------------------------


@dataclass
class ExportResult:
    name: str
    path: str
    status: int = 0
    rows: int = 0
    csv_bytes: int = 0
    wire: int = 0
    seconds: float = 0.0
    first_byte_ms: float = 0.0
    rss_before_kb: int = 0
    rss_peak_kb: int = 0
    rss_after_kb: int = 0
    samples: int = 0

    @property
    def growth_mb(self) -> float:
        return (self.rss_peak_kb - self.rss_before_kb) / 1024

    @property
    def missing(self) -> bool:
        return self.status == 404

    @property
    def ok(self) -> bool:
        return self.missing or (self.status == 200 and self.growth_mb < TARGET_MB)


def export(server: Server, browser: Browser, name: str, path: str) -> ExportResult:
    result = ExportResult(name, path)
    # Let the memory the pages used settle before the baseline.
    time.sleep(0.5)
    result.rss_before_kb = server.memory_kb()
    peak = [result.rss_before_kb]
    stop = threading.Event()
    samples = [0]

    def sample() -> None:
        while not stop.is_set():
            try:
                peak[0] = max(peak[0], server.memory_kb())
                samples[0] += 1
            except (OSError, SystemExit):
                return
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600)
    try:
        began = time.perf_counter()
        conn.request("GET", path, headers={"Accept-Encoding": ENCODINGS, "Accept-Language": "es",
                                           **browser.cookie_header()})
        response = conn.getresponse()
        result.first_byte_ms = (time.perf_counter() - began) * 1000
        result.status = response.status
        if response.status != 200:
            response.read()
            return result
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if response.getheader("content-encoding") == "gzip" else None
        newlines, last = 0, b""
        while True:
            chunk = response.read(65536)
            if not chunk:
                break
            result.wire += len(chunk)
            data = inflate.decompress(chunk) if inflate else chunk
            if data:
                newlines += data.count(b"\n")
                result.csv_bytes += len(data)
                last = data[-1:]
        if inflate:
            tail = inflate.flush()
            newlines += tail.count(b"\n")
            result.csv_bytes += len(tail)
            last = tail[-1:] or last
        result.seconds = time.perf_counter() - began
        lines = newlines + (1 if last and last != b"\n" else 0)
        result.rows = max(0, lines - 1)
    finally:
        stop.set()
        sampler.join()
        conn.close()
        result.rss_peak_kb = peak[0]
        result.samples = samples[0]
        result.rss_after_kb = server.memory_kb()
    log(f"  {name}: {result.rows:,} rows, {result.csv_bytes / 2**20:.1f} MB in {result.seconds:.2f} s, "
        f"RSS {result.rss_before_kb / 1024:.1f} -> peak {result.rss_peak_kb / 1024:.1f} MB "
        f"(+{result.growth_mb:.1f} MB, {result.samples} samples)")
    return result


# --- report -----------------------------------------------------------------------------------


def size(n: int) -> str:
    if n >= 2**20:
        return f"{n / 2**20:,.1f} MB"
    return f"{n / 1024:,.0f} KB" if n >= 10 * 1024 else f"{n / 1024:,.1f} KB"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def page_line(r: PageResult) -> str:
    if r.missing:
        return f"| {r.name} | `{r.path}` | 404 | | | | missing (not built yet) |"
    if r.status != 200:
        return f"| {r.name} | `{r.path or '-'}` | {r.status or '-'} | | | | **failed**{': ' + r.note if r.note else ''} |"
    return (f"| {r.name} | `{r.path}` | 200 | {r.median:.1f} | {r.p95:.1f} | {size(r.bytes)} "
            f"({size(r.wire)} gzip) | {verdict(r.ok)} |")


def export_line(e: ExportResult) -> str:
    if e.missing:
        return f"| {e.name} | `{e.path}` | 404 | | | | | | missing (not built yet) |"
    if e.status != 200:
        return f"| {e.name} | `{e.path}` | {e.status} | | | | | | **failed** |"
    return (f"| {e.name} | `{e.path}` | 200 | {e.rows:,} | {size(e.csv_bytes)} "
            f"({size(e.wire)} gzip) | {e.seconds:.2f} s (first byte {e.first_byte_ms:.0f} ms) | "
            f"{e.rss_before_kb / 1024:.1f} MB | {e.rss_peak_kb / 1024:.1f} MB | "
            f"+{e.growth_mb:.1f} MB: {verdict(e.ok)} |")


def report(ctx: dict, pages: list[PageResult], exports: list[ExportResult]) -> str:
    g: Generated = ctx["generated"]
    lines = []
    add = lines.append
    add(f"Measured with `scripts/bench-backoffice` on {ctx['date']}, commit `{ctx['commit']}`, "
        f"binary `{ctx['binary']}` (built {ctx['binary_time']}).  ")
    add(f"Machine: {ctx['nproc']} cores ({ctx['cpu']}), Linux {ctx['kernel']}; 1-minute load average "
        f"{ctx['load_before']:.2f} at the start, {ctx['load_after']:.2f} at the end.  ")
    add(f"Data: {g.orientation:,} orientation requests and {g.support:,} offers of support over "
        f"{YEARS} years, {g.digests:,} contact digests, {g.attempts:,} contact attempts, "
        f"{g.follow_ups:,} follow-up dates, {g.assigned:,} assigned to the administrator, "
        f"{g.audit:,} audit entries; generated in {g.seconds:.1f} s with Python's sqlite3 "
        f"(one transaction), database {g.db_mb:,.0f} MB. {g.events[0].upper() + g.events[1:]}.  ")
    add(f"Each page: {WARMUP} warm-up GETs, then {SAMPLES} sequential GETs on one keep-alive "
        f"connection as the signed-in administrator, `Accept-Encoding: {ENCODINGS}`; the time is "
        f"from sending the request to its last byte, over loopback. Server restarted on the "
        f"generated data {ctx['restart_ms']:,.0f} ms before ready; `RETENTION_DAYS={RETENTION_DAYS}` and `EVENT_RETENTION_DAYS={EVENT_RETENTION_DAYS}` "
        f"so that the start-up purge keeps the closed requests of three years.")
    add("")
    add(f"| page | path | status | median ms | p95 ms | size | < {TARGET_MS:.0f} ms |")
    add("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for r in pages:
        add(page_line(r))
    notes = [f"{r.name}: {r.note}" for r in pages if r.note and (r.status == 200 or not r.path)]
    if notes:
        add("")
        add("; ".join(notes) + ".")
    add("")
    add(f"Exports, everything (no filter), read in 64 KB chunks while the server's VmRSS is "
        f"sampled every 5 ms; growth is the peak minus the RSS before (target: less than "
        f"{TARGET_MB:.0f} MB).")
    add("")
    add("| export | path | status | rows | size | time | RSS before | peak | growth |")
    add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for e in exports:
        add(export_line(e))
    return "\n".join(lines) + "\n"


def write_docs(body: str) -> None:
    """Replaces (or appends) the section "## Back office at scale" of docs/benchmarks.md.
    At the end of the file it sits after "## Analysis", which scripts/bench keeps."""
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    section = (
        "## Back office at scale\n\n"
        "The latest output of `scripts/bench-backoffice`: the back office with a large "
        "database. Target: every back-office page answers in under "
        f"{TARGET_MS:.0f} ms of server time, the statistics page included, and the CSV exports "
        f"stream with flat memory (less than {TARGET_MB:.0f} MB of growth while exporting "
        "everything). The script posts one orientation and one support form over HTTP, "
        "copies their sealed personal data into the generated rows (so every request page "
        "opens), then measures as the signed-in administrator.\n\n" + body
    )
    match = re.search(r"^## Back office at scale\n.*?(?=^## |\Z)", text, re.S | re.M)
    if match:
        text = text[: match.start()] + section + ("\n" if match.end() < len(text) else "") + text[match.end():]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)


def git_commit() -> str:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return commit + (" with uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# --- main ---------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the section of docs/benchmarks.md")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even when a target is missed")
    args = parser.parse_args()
    if not BINARY.exists():
        raise SystemExit(f"{BINARY} does not exist: run `cargo build --release` first")
    rng = random.Random(20261204)
    (ROOT / "target").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-backoffice-", dir=ROOT / "target"))
    log(f"work folder {work}; binary {BINARY}; load average now {loadavg():.2f}")
    binary_time = datetime.datetime.fromtimestamp(BINARY.stat().st_mtime).astimezone()
    ctx: dict = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "commit": git_commit(),
        "binary": os.path.relpath(BINARY, ROOT) if BINARY.is_relative_to(ROOT) else str(BINARY),
        "binary_time": binary_time.strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "kernel": platform.release(),
        "load_before": loadavg(),
    }
    server = Server(work, free_port())
    password = secrets.token_urlsafe(18)
    pages: list[PageResult] = []
    exports: list[ExportResult] = []
    try:
        log("creating the administrator (latinas coordinator add --admin)")
        log("  " + server.command(["coordinator", "add", "--email", ADMIN_EMAIL, "--name", ADMIN_NAME,
                                   "--admin"], password + "\n"))
        log(f"first start: ready in {server.start():.0f} ms")
        log(f"posting one orientation and one support form (waiting {FORM_MIN_SECONDS + 1} s, FORM_MIN_SECONDS)")
        submit_forms(server.port)
        submit_registration(server.port, server.db_path)
        server.stop()

        log(f"generating {REQUESTS:,} orientation requests, {VOLUNTEERS:,} offers of support and "
            f"{AUDIT:,} audit entries")
        generated = generate(server.db_path, ADMIN_EMAIL, rng)
        ctx["generated"] = generated
        log(f"  generated in {generated.seconds:.1f} s: {generated.digests:,} digests, {generated.attempts:,} "
            f"attempts, {generated.follow_ups:,} follow-ups; database {generated.db_mb:,.0f} MB")
        log(f"  {generated.events}")

        ctx["restart_ms"] = server.start()
        log(f"restarted on the generated data: ready in {ctx['restart_ms']:.0f} ms")
        browser = sign_in(server.port, ADMIN_EMAIL, password)
        log("signed in; measuring pages")

        timeline = generated.timeline
        middle = next((t for t in timeline[len(timeline) // 2:] if t[3] == "orientation"), timeline[-1])
        volunteer = next((t for t in timeline[len(timeline) // 2:] if t[3] == "support"), timeline[-1])
        plan: list[tuple[str, str, str]] = [
            ("mine", "/admin/mine", ""),
            ("inbox", "/admin/requests", ""),
            ("inbox: orientation, new", "/admin/requests?kind=orientation&status=new", ""),
        ]
        first = browser.get("/admin/requests")
        if first.status == 200:
            plan += deep_inbox(browser, server.db_path, first.text)
        busiest, entries = most_audited(server.db_path)
        orientation_name = dict(ORIENTATION_FIELDS)["name"]
        expected = {
            "request (orientation)": orientation_name,
            "request (most audit entries)": orientation_name if busiest.startswith("OR-") else "",
            "request (support)": dict(SUPPORT_FIELDS)["name"],
            "people: search by email": generated.real["orientation"],
        }
        plan += [
            ("request (orientation)", f"/admin/requests/{middle[2]}", "a generated request from the middle"),
            ("request (most audit entries)", f"/admin/requests/{busiest}",
             f"the request with the most audit entries ({entries:,})"),
            ("request (support)", f"/admin/requests/{volunteer[2]}", "a generated offer from the middle"),
            ("follow-ups", "/admin/follow-ups", ""),
            ("volunteers", "/admin/volunteers", ""),
            ("volunteers: active", "/admin/volunteers?status=active", ""),
            ("volunteers: search by name", "/admin/volunteers?q=" + urllib.parse.quote("voluntaria"),
             "every generated offer has this name (indexed by the server at start-up): the worst case"),
            ("people: search by email", "/admin/people",
             "POST, the email of the real orientation request"),
            ("statistics", "/admin/stats", ""),
            ("statistics, 2020 to 2030", "/admin/stats?from=2020-01-01&to=2030-12-31", ""),
            ("content", "/admin/content", ""),
            ("events", "/admin/events", "the latest 50 of the generated events"),
            ("events, page 10", "/admin/events?page=10", ""),
            ("registrations of an event", f"/admin/events/{EVENTS // 2}/registrations",
             "20 registrations, each opened (decrypted) and the view audited"),
            ("history", "/admin/audit", "the newest of the audit entries, with the sign-ins counted per account"),
            ("history: one action", "/admin/audit?action=status", "filtered by action"),
        ]
        csrf = dict(hidden_fields(browser.get("/admin/people").text)).get("csrf", "")
        for name, path, note in plan:
            if not path:
                pages.append(PageResult(name, path, status=0, note=note))
                log(f"  {name}: {note}")
                continue
            form = [("csrf", csrf), ("q", ORIENTATION_EMAIL)] if name.startswith("people") else None
            pages.append(measure(browser, name, path, note, expected.get(name, ""), form))

        log("exports")
        for name, path in (("requests", "/admin/requests/export.csv"),
                           ("registrations of an event", f"/admin/events/{EVENTS // 2}/registrations.csv")):
            exports.append(export(server, browser, name, path))
        browser.close()
        ctx["load_after"] = loadavg()
    finally:
        server.stop()
        if KEEP:
            log(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    body = report(ctx, pages, exports)
    print(body)
    if args.write:
        write_docs(body)
        log("wrote the section \"## Back office at scale\" of docs/benchmarks.md")
    missed = [r.name for r in pages if not r.ok] + [f"export {e.name}" for e in exports if not e.ok]
    missing = [r.name for r in pages if r.missing] + [f"export {e.name}" for e in exports if e.missing]
    if missing:
        log(f"missing (404, not built yet): {', '.join(missing)}")
    if missed:
        log(f"targets missed: {', '.join(missed)}")
        return 0 if args.no_fail else 1
    log("every measured page and export met its target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
