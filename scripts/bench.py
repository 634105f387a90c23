#!/usr/bin/env python3
"""The benchmark of issue 6, driven by scripts/bench (which builds and installs first).

Starts the release binary on a fresh database, saves every public page it serves into a
folder that nginx serves from disk (with a .gz next to each file for gzip_static), runs
wrk against both servers alternately and prints a table; then form pages, form posts,
reads during posts, peak memory, start-up time and page weight. Standard library only.
"""

from __future__ import annotations

import datetime
import gzip
import http.client
import os
import platform
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# BENCH_BINARY measures another build (e.g. an experiment) instead of target/release.
BINARY = Path(os.environ.get("BENCH_BINARY", ROOT / "target" / "release" / "latinas"))
DURATION = int(os.environ.get("BENCH_DURATION", "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "50"))
FULL = os.environ.get("BENCH_FULL") == "1"
KEEP = os.environ.get("BENCH_KEEP") == "1"
NO_WRITE = os.environ.get("BENCH_NO_WRITE") == "1"
NGINX_WORKERS = os.environ.get("NGINX_WORKERS", "auto")
LANGS = ["es", "en", "nl", "fr"]
BROWSER_ENCODINGS = "gzip, deflate, br, zstd"
COORDINATOR = "coordinators@example.org"
# One coordinator alert and one confirmation per support request.
MAILS_PER_SUPPORT_REQUEST = 2
SUPPORT_FORM = (
    "name=Bench+Visitor&email=bench%40example.org&help=volunteer&languages=es"
    "&region=brussels&consent=yes"
)
# Events written into the bench's database: one open for registration (room for every post,
# its page a form page), one past (its page cached whole), and a list of upcoming ones.
OPEN_EVENT = "bench-taller"
PAST_EVENT = "bench-pasado"
REGISTRATION_FORM = "name=Bench&phone=0470000000&places=1&consent=yes"

TARGETS = {
    "cached_ratio": 0.8,
    "p99_ms": 10.0,
    "form_ratio": 0.5,
    "posts_per_s": 1500.0,
    "rss_mb": 50.0,
    "startup_ms": 200.0,
    "weight_kb": 20.0,
    "requests": 4,
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- machine and conditions -------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def loadavg() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def compilers_running() -> int:
    """How many compiler processes (rustc, cc1, ld) other people run right now."""
    count = 0
    for comm in Path("/proc").glob("[0-9]*/comm"):
        try:
            name = comm.read_text().strip()
        except OSError:
            continue
        if name in ("rustc", "cc1", "cc1plus", "ld", "ld.lld", "mold", "cargo", "clippy-driver"):
            count += 1
    return count


@dataclass
class Conditions:
    loads: list[float] = field(default_factory=list)
    compiler_samples: int = 0
    samples: int = 0

    def sample(self) -> None:
        self.loads.append(loadavg())
        self.samples += 1
        if compilers_running():
            self.compiler_samples += 1


CONDITIONS = Conditions()


def machine_cpu() -> dict[str, float]:
    """Seconds of CPU the whole machine has spent busy, and stolen by the hypervisor."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    tick = os.sysconf("SC_CLK_TCK")
    user, nice, system, idle, iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return {
        "busy": (user + nice + system + irq + softirq) / tick,
        "steal": steal / tick,
        "wall": time.monotonic(),
        "children": sum(getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f)
                        for f in ("ru_utime", "ru_stime")),
    }


def others_share(start: dict, end: dict, ours_and_nginx: float) -> dict[str, float]:
    """How much of the machine other work took while we measured: busy CPU minus our server,
    nginx and our own tools (wrk, ...), as a share of all cores."""
    wall = end["wall"] - start["wall"]
    cores = os.cpu_count() or 1
    ours = ours_and_nginx + (end["children"] - start["children"])
    others = max(0.0, end["busy"] - start["busy"] - ours)
    return {"others": others / (wall * cores), "steal": (end["steal"] - start["steal"]) / (wall * cores)}


# --- HTTP helpers -----------------------------------------------------------------------


def fetch(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def readyz_ok(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


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
            FORM_RATE_LIMIT="0",
            FORM_MIN_SECONDS="0",
            COORDINATOR_EMAILS=COORDINATOR,
        )
        self.process: subprocess.Popen | None = None

    @property
    def db_path(self) -> Path:
        return self.data / "latinas.db"

    def start(self) -> float:
        """Starts the binary; returns milliseconds from exec to a 200 on /readyz."""
        out = open(self.log_path, "ab")
        began = time.perf_counter()
        self.process = subprocess.Popen([str(BINARY), "serve"], env=self.env, stdout=out, stderr=out)
        deadline = began + 60
        while time.perf_counter() < deadline:
            if readyz_ok(self.port):
                return (time.perf_counter() - began) * 1000
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped at start-up; see {self.log_path}")
            time.sleep(0.001)
        raise SystemExit("the server was not ready within 60 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def memory_kb(self) -> dict[str, int]:
        assert self.process
        values = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                values[key] = int(rest.split()[0])
        return values


def seed_events(db: Path) -> None:
    """Events as the back office would write them (the site starts with none)."""
    rows = [(OPEN_EVENT, "2099-03-12T17:00:00Z", "2099-03-12T19:00:00Z", 10_000_000),
            (PAST_EVENT, "2020-03-12T17:00:00Z", "2020-03-12T19:00:00Z", 20)]
    rows += [(f"bench-proxima-{n}", f"2099-04-{n + 1:02}T17:00:00Z", f"2099-04-{n + 1:02}T19:00:00Z", 25)
             for n in range(12)]
    sql = ["PRAGMA busy_timeout=10000;", "BEGIN;"]
    for slug, starts, ends, capacity in rows:
        sql.append(
            "INSERT INTO events (slug, kind, published, starts_at, ends_at, town, address, capacity, "
            f"waiting_list) VALUES ('{slug}', 'workshop', 1, '{starts}', '{ends}', 'Gent', "
            f"'Voorbeeldstraat 1', {capacity}, 1);"
        )
        for lang, title in (("es", "Taller"), ("en", "Workshop"), ("nl", "Workshop"), ("fr", "Atelier")):
            sql.append(
                "INSERT INTO event_texts (event_id, lang, title, summary, body) VALUES "
                f"((SELECT id FROM events WHERE slug = '{slug}'), '{lang}', '{title} {slug}', "
                f"'{title}: un encuentro abierto.', 'Con **café** y tiempo para hablar.');"
            )
    sql.append("COMMIT;")
    subprocess.run(["sqlite3", str(db)], input="\n".join(sql), check=True, text=True)


def count_rows(db: Path, table: str) -> int:
    out = subprocess.run(
        ["sqlite3", str(db), f"PRAGMA busy_timeout=10000; SELECT count(*) FROM {table};"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return int(out[-1])


# --- the static copy and nginx ----------------------------------------------------------


def file_for(site: Path, path: str) -> Path:
    """/es/ -> es/index.html, /es/about -> es/about.html (nginx maps them back)."""
    if path.endswith("/"):
        return site / path.lstrip("/") / "index.html"
    return site / (path.lstrip("/") + ".html")


def save_site(port: int, site: Path) -> list[str]:
    status, _, body = fetch(port, "/sitemap.xml")
    if status != 200:
        raise SystemExit("no sitemap")
    base = f"http://127.0.0.1:{port}"
    paths = sorted({loc[len(base):] for loc in re.findall(r"<loc>([^<]+)</loc>", body.decode())})
    for path in paths:
        status, headers, page = fetch(port, path)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        target = file_for(site, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page)
        subprocess.run(["gzip", "-9", "-k", "-f", str(target)], check=True)
    return paths


def nginx_conf(work: Path, site: Path, port: int) -> Path:
    folder = work / "nginx"
    folder.mkdir(exist_ok=True)
    user = ""
    if os.geteuid() == 0:
        # Run as the current user: without this nginx would drop its workers to nobody.
        user = "user root;"
    conf = folder / "nginx.conf"
    conf.write_text(
        f"""# Generated by scripts/bench: nginx serving the same bytes from disk.
{user}
worker_processes {NGINX_WORKERS};
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    # The same keep-alive as our server (hyper has no per-connection request limit).
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    open_file_cache max=1000 inactive=60s;
    types {{ text/html html; }}
    default_type application/octet-stream;
    charset utf-8;
    gzip_static on;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        location / {{ try_files $uri.html =404; }}
        location ~ /$ {{ try_files ${{uri}}index.html =404; }}
    }}
}}
"""
    )
    return conf


def start_nginx(work: Path, conf: Path, port: int) -> subprocess.Popen:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    folder = conf.parent
    process = subprocess.Popen(
        [nginx, "-p", str(folder), "-c", str(conf), "-e", str(folder / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=open(folder / "stderr.log", "wb"),
    )
    for _ in range(500):
        try:
            if fetch(port, "/es/")[0] == 200:
                return process
        except OSError:
            pass
        if process.poll() is not None:
            raise SystemExit(f"nginx did not start: {(folder / 'stderr.log').read_text()}")
        time.sleep(0.01)
    raise SystemExit("nginx did not answer")


# --- wrk ----------------------------------------------------------------------------------


@dataclass
class WrkResult:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int
    extra: dict[str, str]
    # Server CPU time (user + system) per request, when measured.
    cpu_us: float = 0.0


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes have used so far."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def with_children(pid: int) -> list[int]:
    """A process and its direct children (nginx's master and workers)."""
    pids = [pid]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                pids.append(int(stat.parent.name))
        except (OSError, ValueError):
            continue
    return pids


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)([a-z]+)", text).groups()
    return float(number) * UNITS[unit]


def wrk(
    url: str,
    *,
    headers: list[str] = (),
    duration: int = DURATION,
    connections: int = CONNECTIONS,
    script: Path | None = None,
    script_args: list[str] = (),
    background: bool = False,
):
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", str(script)]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if background:
        return process
    return parse_wrk(process.communicate()[0])


def parse_wrk(output: str) -> WrkResult:
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not rps:
        raise SystemExit(f"wrk failed:\n{output}")
    percentiles = dict(re.findall(r"^\s+(\d+)%\s+([\d.]+[a-z]+)\s*$", output, re.M))
    errors = 0
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if non_2xx:
        errors += int(non_2xx.group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    extra = dict(re.findall(r"^([A-Z_]+) (\S+)$", output, re.M))
    return WrkResult(
        rps=float(rps.group(1)),
        p50_ms=to_ms(percentiles["50"]),
        p99_ms=to_ms(percentiles["99"]),
        errors=errors,
        requests=requests,
        extra=extra,
    )


PREFETCH_LUA = r"""
-- Collects fresh (form cookie, token) pairs as a browser gets them: a GET without cookies.
local out
function init(args)
  out = io.open(args[1], "a")
  out:setvbuf("full")
end
function response(status, headers, body)
  if status ~= 200 then return end
  local cookie = headers["set-cookie"] or headers["Set-Cookie"]
  if not cookie then return end
  local id = cookie:match("form_id=([^;]+)")
  local token = body:match('name="token" value="([^"]+)"')
  if id and token then out:write(id .. "\t" .. token .. "\n") end
  if math.random(50) == 1 then out:flush() end
end
"""

POST_LUA = r"""
-- Posts the support form once per prefetched token, as a browser would after its GET;
-- stops when the tokens run out (a reused token would not store a new request).
local threads = {}
local tokens = {}
local next_token = 0
accepted, rejected = 0, 0
function setup(thread) table.insert(threads, thread) end
function init(args)
  for line in io.lines(args[1]) do
    local id, token = line:match("^([^\t]+)\t(.+)$")
    if id then tokens[#tokens + 1] = { id, token } end
  end
end
function request()
  next_token = next_token + 1
  local t = tokens[next_token]
  if t == nil then
    wrk.thread:stop()
    return wrk.format("GET", "/healthz")
  end
  return wrk.format("POST", "FORM_PATH", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "form_id=" .. t[1],
  }, "token=" .. t[2] .. "&" .. "FORM_FIELDS")
end
function response(status, headers, body)
  if status == 303 then accepted = accepted + 1
  elseif status ~= 200 then rejected = rejected + 1 end
end
function done(summary, latency, requests)
  local a, r = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("accepted"); r = r + t:get("rejected") end
  io.write(string.format("ACCEPTED %d\nREJECTED %d\nDURATION_US %d\n", a, r, summary.duration))
end
"""


def prefetch_tokens(port: int, work: Path, name: str, wanted: int, path: str = "/es/support") -> Path:
    script = work / "prefetch.lua"
    script.write_text(PREFETCH_LUA)
    tokens = work / f"tokens-{name}.tsv"
    tokens.write_text("")
    for _ in range(6):
        wrk(f"http://127.0.0.1:{port}{path}", duration=3, connections=20, script=script,
            script_args=[str(tokens)])
        have = len(tokens.read_text().splitlines())
        if have >= wanted:
            break
    log(f"  prefetched {have} tokens")
    return tokens


# --- the measurements -------------------------------------------------------------------


@dataclass
class Case:
    page: str
    lang: str
    path: str
    gzip: bool
    ours: list[WrkResult] = field(default_factory=list)
    nginx: list[WrkResult] = field(default_factory=list)

    @property
    def encoding(self) -> str:
        return "gzip" if self.gzip else "plain"

    def med(self, results: list[WrkResult], attribute: str) -> float:
        return statistics.median(getattr(r, attribute) for r in results)

    @property
    def ratio(self) -> float:
        return self.med(self.ours, "rps") / self.med(self.nginx, "rps")


def measure(cases: list[Case], ours: tuple[int, list[int]], nginx: tuple[int, list[int]]) -> None:
    """`ours` and `nginx`: (port, pids whose CPU time counts)."""
    total = len(cases)
    for number, case in enumerate(cases, 1):
        CONDITIONS.sample()
        headers = ["Accept-Encoding: gzip"] if case.gzip else []
        for round_ in range(ROUNDS):
            # Alternate who goes first, so that drift in the machine's load hits both alike.
            order = [("ours", ours), ("nginx", nginx)]
            if round_ % 2:
                order.reverse()
            for who, (port, pids) in order:
                before = cpu_seconds(pids)
                result = wrk(f"http://127.0.0.1:{port}{case.path}", headers=headers)
                result.cpu_us = (cpu_seconds(pids) - before) / max(result.requests, 1) * 1e6
                getattr(case, who).append(result)
        log(
            f"  [{number}/{total}] {case.page:<10} {case.lang} {case.encoding:<5} "
            f"ours {case.med(case.ours, 'rps'):>8.0f}  nginx {case.med(case.nginx, 'rps'):>8.0f}  "
            f"ratio {case.ratio:.2f}  p99 {case.med(case.ours, 'p99_ms'):.2f} ms  "
            f"CPU/request {case.med(case.ours, 'cpu_us'):.0f} vs {case.med(case.nginx, 'cpu_us'):.0f} us  "
            f"load {loadavg():.2f}"
        )


def check_same_bytes(cases: list[Case], our_port: int, nginx_port: int) -> None:
    """Both servers must answer each measured URL with the same page."""
    for case in cases:
        if case.page.startswith("form"):
            continue
        headers = {"Accept-Encoding": "gzip"} if case.gzip else {}
        _, our_headers, ours = fetch(our_port, case.path, headers)
        _, nginx_headers, theirs = fetch(nginx_port, case.path, headers)
        if case.gzip:
            if our_headers.get("content-encoding") != "gzip" or nginx_headers.get("content-encoding") != "gzip":
                raise SystemExit(f"{case.path}: not gzip from both servers")
            ours, theirs = gzip.decompress(ours), gzip.decompress(theirs)
        if ours != theirs:
            raise SystemExit(f"{case.path}: the servers answer different bytes")


def page_weight(port: int, lang: str) -> dict:
    def transferred(path: str, encodings: str) -> tuple[int, bytes, str]:
        status, headers, body = fetch(port, path, {"Accept-Encoding": encodings})
        if status != 200:
            raise SystemExit(f"{path}: {status}")
        return len(body), body, headers.get("content-encoding", "identity")

    size, body, coding = transferred(f"/{lang}/", BROWSER_ENCODINGS)
    html = body
    if coding == "br":
        html = fetch(port, f"/{lang}/")[2]
    elif coding == "gzip":
        html = gzip.decompress(body)
    text = html.decode()
    urls: list[str] = []
    for tag in re.findall(r"<(?:link|script|img)\b[^>]*>", text):
        rel = re.search(r'\brel="([^"]+)"', tag)
        is_link = tag.startswith("<link")
        if is_link and not (rel and set(rel.group(1).split()) & {"stylesheet", "icon", "preload", "modulepreload"}):
            continue
        src = re.search(r'\b(?:src|href)="([^"]+)"', tag)
        if src and src.group(1) not in urls:
            urls.append(src.group(1))
    third_party = [u for u in urls if re.match(r"(https?:)?//", u) and "127.0.0.1" not in u]
    parts = [(f"/{lang}/ ({coding})", size)]
    parts_gzip = [(f"/{lang}/", transferred(f"/{lang}/", "gzip")[0])]
    for url in urls:
        if url in third_party:
            continue
        n, _, c = transferred(url, BROWSER_ENCODINGS)
        parts.append((f"{url} ({c})", n))
        parts_gzip.append((url, transferred(url, "gzip")[0]))
    return {
        "lang": lang,
        "parts": parts,
        "bytes": sum(n for _, n in parts),
        "bytes_gzip": sum(n for _, n in parts_gzip),
        "requests": len(parts),
        "third_party": third_party,
    }


def post_rate(server: Server, work: Path, read_url: str | None) -> dict:
    """Accepted support posts per second, checked against the rows in the database."""
    port = server.port
    wanted = max(15000, (DURATION + 1) * 5000)
    tokens = prefetch_tokens(port, work, "reads" if read_url else "alone", wanted)
    script = work / "post.lua"
    script.write_text(POST_LUA.replace("FORM_FIELDS", SUPPORT_FORM).replace("FORM_PATH", "/es/support"))
    requests_before = count_rows(server.db_path, "requests")
    outbox_before = count_rows(server.db_path, "outbox")
    CONDITIONS.sample()
    reader = None
    if read_url:
        reader = wrk(read_url, duration=DURATION + 1, background=True)
    posts = wrk(
        f"http://127.0.0.1:{port}/es/support",
        duration=DURATION + 1,
        script=script,
        script_args=[str(tokens)],
    )
    reads = parse_wrk(reader.communicate()[0]) if reader else None
    # Posts still in flight when wrk stopped are stored but not counted: let them finish.
    time.sleep(1)
    accepted = int(posts.extra["ACCEPTED"])
    seconds = int(posts.extra["DURATION_US"]) / 1e6
    requests_after = count_rows(server.db_path, "requests")
    outbox_after = count_rows(server.db_path, "outbox")
    return {
        "accepted": accepted,
        "rejected": int(posts.extra["REJECTED"]),
        "seconds": seconds,
        "per_s": accepted / seconds,
        "p50_ms": posts.p50_ms,
        "p99_ms": posts.p99_ms,
        "requests_rows": requests_after - requests_before,
        "outbox_rows": outbox_after - outbox_before,
        "reads": reads,
    }


def registration_rate(server: Server, work: Path) -> dict:
    """Accepted registrations per second for one event, checked against the rows stored.
    Each is decided and committed in its own transaction (places are counted inside it)."""
    port = server.port
    path = f"/es/events/{OPEN_EVENT}"
    tokens = prefetch_tokens(port, work, "registrations", max(8000, (DURATION + 1) * 2000), path)
    script = work / "register.lua"
    script.write_text(POST_LUA.replace("FORM_FIELDS", REGISTRATION_FORM).replace("FORM_PATH", path))
    before = count_rows(server.db_path, "event_registrations")
    CONDITIONS.sample()
    posts = wrk(f"http://127.0.0.1:{port}{path}", duration=DURATION + 1, script=script,
                script_args=[str(tokens)])
    time.sleep(1)
    accepted = int(posts.extra["ACCEPTED"])
    seconds = int(posts.extra["DURATION_US"]) / 1e6
    rows = count_rows(server.db_path, "event_registrations") - before
    return {
        "accepted": accepted,
        "rejected": int(posts.extra["REJECTED"]),
        "seconds": seconds,
        "per_s": accepted / seconds,
        "p50_ms": posts.p50_ms,
        "p99_ms": posts.p99_ms,
        "rows": rows,
        # Posts in flight when wrk stopped are stored but not counted (at most one per connection).
        "rows_ok": 0 <= rows - accepted <= CONNECTIONS,
    }


# --- report -----------------------------------------------------------------------------


def fmt_rps(value: float) -> str:
    return f"{value:,.0f}"


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def report(ctx: dict) -> tuple[str, str]:
    cases: list[Case] = ctx["cases"]
    forms: list[Case] = ctx["forms"]
    lines = []
    add = lines.append
    add(f"Date: {ctx['date']}  ")
    add(f"Machine: {ctx['nproc']} cores ({ctx['cpu']}), Linux {ctx['kernel']}, "
        f"{ctx['mem_gb']:.1f} GB RAM; nginx {ctx['nginx_version']}, {ctx['wrk_version']}  ")
    add(f"Load: wrk `-t1 -c{CONNECTIONS} -d{DURATION}s --latency`, {ROUNDS} rounds per server, "
        f"alternating (ours first in odd rounds, nginx first in even ones); figures are medians "
        f"of the rounds. nginx `worker_processes {NGINX_WORKERS}`, `sendfile on`, `access_log off`, "
        f"`gzip_static on`, `open_file_cache`, keep-alive unlimited.  ")
    loads = CONDITIONS.loads
    add(f"Conditions: other work on the machine took {ctx['machine']['others']:.0%} of its CPU while "
        f"we measured (busy CPU minus our server, nginx, wrk and the other tools of the bench), "
        f"the hypervisor stole {ctx['machine']['steal']:.0%}; 1-minute load average "
        f"{min(loads):.2f} to {max(loads):.2f} ({ctx['load_before']:.2f} at the start); compilers "
        f"were running at {CONDITIONS.compiler_samples} of {CONDITIONS.samples} samples.")
    add("")
    add("### Cached public pages, ours against nginx serving the same bytes")
    add("")
    add("| page | lang | encoding | bytes | our req/s | nginx req/s | ratio | p50 ms | p99 ms | nginx p99 ms | errors | CPU µs/req ours | nginx |")
    add("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for case in cases + forms:
        errors = sum(r.errors for r in case.ours) + sum(r.errors for r in case.nginx)
        add(
            f"| {case.page} | {case.lang} | {case.encoding} | {ctx['sizes'][(case.path, case.gzip)]:,} | "
            f"{fmt_rps(case.med(case.ours, 'rps'))} | {fmt_rps(case.med(case.nginx, 'rps'))} | "
            f"{case.ratio:.2f} | {case.med(case.ours, 'p50_ms'):.2f} | {case.med(case.ours, 'p99_ms'):.2f} | "
            f"{case.med(case.nginx, 'p99_ms'):.2f} | {errors} | {case.med(case.ours, 'cpu_us'):.0f} | "
            f"{case.med(case.nginx, 'cpu_us'):.0f} |"
        )
    add("")
    add("The last rows (form pages) carry a fresh cookie and token for each visitor: the page is "
        "rendered once per language with a hole for the token, which each response fills in "
        "(into the gzip stream too, as a stored block between pre-compressed parts); they are "
        "compared with nginx serving one saved copy. \"CPU µs/req\" is the server's "
        "own CPU time (user + system, all its threads; nginx: master and workers) divided by "
        "the requests served: unlike req/s it hardly depends on what else runs on the machine.")
    add("")
    posts = ctx["posts"]
    during = ctx["posts_reads"]
    reads = during["reads"]
    alone = ctx["reads_alone"]
    weight = ctx["weights"]
    home_weight = weight[0]
    add("### Other figures")
    add("")
    add("| figure | value |")
    add("| --- | --- |")
    add(f"| form POST, accepted (303) | {posts['per_s']:,.0f}/s ({posts['accepted']:,} in "
        f"{posts['seconds']:.1f} s, {posts['rejected']} refused; p50 {posts['p50_ms']:.1f} ms, "
        f"p99 {posts['p99_ms']:.1f} ms) |")
    add(f"| rows added | requests +{posts['requests_rows']:,}, outbox +{posts['outbox_rows']:,}: "
        f"{'as expected' if rows_match(posts) else '**not as expected**'} (one request row per 303, plus "
        f"the posts in flight when wrk stopped, at most {CONNECTIONS}; "
        f"{MAILS_PER_SUPPORT_REQUEST} outbox rows per request) |")
    regs = ctx["registrations"]
    add(f"| event registration POST, accepted (303) | {regs['per_s']:,.0f}/s ({regs['accepted']:,} in "
        f"{regs['seconds']:.1f} s, {regs['rejected']} refused; p50 {regs['p50_ms']:.1f} ms, "
        f"p99 {regs['p99_ms']:.1f} ms); registrations +{regs['rows']:,}: "
        f"{'as expected' if regs['rows_ok'] else '**not as expected**'} |")
    add(f"| home page reads alone | {reads_line(alone)} |")
    add(f"| home page reads while posting | {reads_line(reads)}; posts meanwhile "
        f"{during['per_s']:,.0f}/s, rows +{during['requests_rows']:,}/+{during['outbox_rows']:,} |")
    add(f"| peak RSS (VmHWM, whole run) | {ctx['memory']['VmHWM'] / 1024:.1f} MB "
        f"(RSS at the end {ctx['memory']['VmRSS'] / 1024:.1f} MB) |")
    add(f"| start-up, existing database | {statistics.median(ctx['startups']):.0f} ms median of "
        f"{len(ctx['startups'])} ({', '.join(f'{s:.0f}' for s in ctx['startups'])} ms); "
        f"first start with seeding {ctx['first_start']:.0f} ms |")
    for w in weight:
        add(f"| home page weight ({w['lang']}) | {w['bytes'] / 1024:.1f} KB in {w['requests']} requests "
            f"with `Accept-Encoding: {BROWSER_ENCODINGS}` ({w['bytes_gzip'] / 1024:.1f} KB gzip only); "
            f"third-party: {len(w['third_party'])} |")
    add("")
    add(f"Home page ({home_weight['lang']}) as a phone downloads it: "
        + ", ".join(f"{name} {n:,} B" for name, n in home_weight["parts"]) + ".")
    add("")

    worst_ratio = min(c.ratio for c in cases)
    worst_p99 = max(c.med(c.ours, "p99_ms") for c in cases)
    cached_errors = sum(r.errors for c in cases for r in c.ours)
    form_p99 = max(c.med(c.ours, "p99_ms") for c in forms)
    form_errors = sum(r.errors for c in forms for r in c.ours)
    worst_form = min(c.ratio for c in forms)
    heaviest = max(weight, key=lambda w: w["bytes"])
    rows_ok = rows_match(posts)
    add("### Targets of issue 6")
    add("")
    add("| target | measured | |")
    add("| --- | --- | --- |")
    add(f"| cached pages >= {TARGETS['cached_ratio']} x nginx (plain and gzip) | worst ratio {worst_ratio:.2f} "
        f"| {verdict(worst_ratio >= TARGETS['cached_ratio'])} |")
    add(f"| cached pages: p99 < {TARGETS['p99_ms']:.0f} ms at {CONNECTIONS} connections, no errors | worst p99 "
        f"{worst_p99:.2f} ms, {cached_errors} errors | "
        f"{verdict(worst_p99 < TARGETS['p99_ms'] and cached_errors == 0)} |")
    add(f"| form pages >= {TARGETS['form_ratio']} x nginx | worst ratio {worst_form:.2f} (p99 "
        f"{form_p99:.2f} ms, {form_errors} errors) | {verdict(worst_form >= TARGETS['form_ratio'])} |")
    add(f"| >= {TARGETS['posts_per_s']:,.0f} accepted posts/s, synchronous=FULL, outbox included | "
        f"{posts['per_s']:,.0f}/s, rows {'match' if rows_ok else 'DO NOT match'} | "
        f"{verdict(posts['per_s'] >= TARGETS['posts_per_s'] and rows_ok)} |")
    reads_ok = reads.p99_ms < TARGETS["p99_ms"] and reads.errors == 0
    add(f"| reads unaffected while posts run | p99 {reads.p99_ms:.2f} ms, {reads.errors} errors "
        f"(alone: p99 {alone.p99_ms:.2f} ms) | {verdict(reads_ok)} |")
    add(f"| peak RSS < {TARGETS['rss_mb']:.0f} MB | {ctx['memory']['VmHWM'] / 1024:.1f} MB | "
        f"{verdict(ctx['memory']['VmHWM'] / 1024 < TARGETS['rss_mb'])} |")
    startup = statistics.median(ctx["startups"])
    add(f"| ready < {TARGETS['startup_ms']:.0f} ms after start | {startup:.0f} ms | "
        f"{verdict(startup < TARGETS['startup_ms'])} |")
    add(f"| home page <= {TARGETS['weight_kb']:.0f} KB compressed in <= {TARGETS['requests']} requests, "
        f"no third party | {heaviest['bytes'] / 1024:.1f} KB ({heaviest['lang']}), {heaviest['requests']} requests | "
        f"{verdict(heaviest['bytes'] <= TARGETS['weight_kb'] * 1024 and heaviest['requests'] <= TARGETS['requests'] and not heaviest['third_party'])} |")
    body = "\n".join(lines) + "\n"

    summary = (
        f"Measured with `scripts/bench` on {ctx['date'][:10]} ({ctx['nproc']} shared cores, wrk, nginx "
        f"and the server on the same machine; details and conditions in "
        f"[docs/benchmarks.md](docs/benchmarks.md)):\n\n"
        f"- cached public pages: {min(c.ratio for c in cases):.2f} to {max(c.ratio for c in cases):.2f} x the "
        f"requests/s of nginx serving the same bytes from disk (plain and gzip), "
        f"p99 at most {max(c.med(c.ours, 'p99_ms') for c in cases):.1f} ms at {CONNECTIONS} connections;\n"
        f"- form pages (per-visitor token): {worst_form:.2f} x nginx or better;\n"
        f"- form posts: {posts['per_s']:,.0f} accepted/s with `synchronous=FULL`, outbox included;\n"
        f"- event registrations: {ctx['registrations']['per_s']:,.0f} accepted/s, each place decided "
        f"in its own transaction;\n"
        f"- peak memory {ctx['memory']['VmHWM'] / 1024:.0f} MB; ready {startup:.0f} ms after start;\n"
        f"- home page {heaviest['bytes'] / 1024:.1f} KB compressed with its CSS, JS and icon, "
        f"in {heaviest['requests']} requests.\n"
    )
    return body, summary


def rows_match(posts: dict) -> bool:
    """Every accepted post has its row and its mails; a few more rows than 303s are the
    posts still in flight when wrk stopped (at most one per connection)."""
    extra = posts["requests_rows"] - posts["accepted"]
    return (0 <= extra <= CONNECTIONS
            and posts["outbox_rows"] == posts["requests_rows"] * MAILS_PER_SUPPORT_REQUEST)


def reads_line(r: WrkResult) -> str:
    return f"{r.rps:,.0f} req/s, p50 {r.p50_ms:.2f} ms, p99 {r.p99_ms:.2f} ms, {r.errors} errors"


def write_docs(body: str, summary: str, ctx: dict) -> None:
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    # A hand-written "## Analysis" section (what the figures mean, what to change) is kept.
    previous = docs / "benchmarks.md"
    analysis = ""
    if previous.exists():
        text = previous.read_text()
        start = text.find("\n## Analysis")
        if start >= 0:
            analysis = "\n" + text[start:].lstrip("\n")
    (docs / "benchmarks.md").write_text(
        "# Benchmarks\n\n"
        "The latest output of `scripts/bench` (issue 6). It builds the release binary, starts it "
        "on a fresh database with the seeded content (`FORM_RATE_LIMIT=0`, `FORM_MIN_SECONDS=0`, "
        "`RUST_LOG` at its default, one coordinator address so each support request queues two "
        "mails), saves every page of the sitemap into a folder with a `gzip -9` copy next to "
        "each file, serves that folder with nginx on another port and runs wrk against both "
        "servers alternately. Form posts: a wrk Lua script posts the support form with "
        "(cookie, token) pairs fetched beforehand by GETs without cookies, one post per token; "
        "only `303` answers count, and the rows added to `requests` and `outbox` are counted "
        "in the SQLite file afterwards.\n\n"
        "wrk, nginx and the server share the machine's cores, so absolute figures are lower "
        "than on a dedicated server and vary with whatever else runs; the ratios, measured "
        "alternately under the same conditions, are what the targets are about.\n\n"
        "## Latest run\n\n" + body + "\n## Notes\n\n" + NOTES + analysis
    )
    readme = ROOT / "README.md"
    text = readme.read_text()
    section = f"## Performance\n\n<!-- scripts/bench writes this section -->\n{summary}"
    match = re.search(r"^## Performance\n.*?(?=^## |\Z)", text, re.S | re.M)
    if match:
        text = text[: match.start()] + section + ("\n" if match.end() < len(text) else "") + text[match.end():]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    readme.write_text(text)


NOTES = """\
- nginx runs `worker_processes auto` (two workers on two cores): our server's tokio runtime
  also uses one worker thread per core, so both may use the whole machine. With one worker,
  nginx would be capped at one core while ours is not, which would flatter us.
- `keepalive_requests` is raised so that nginx, like hyper, keeps each wrk connection for
  the whole run; `open_file_cache` spares it the `open`/`stat` per request. Both make the
  baseline stronger, not weaker.
- "gzip" means the request carries `Accept-Encoding: gzip` only: nginx sends the `.gz`
  file (`gzip_static`), ours its gzip form prepared at render time. Browsers also accept
  brotli, which ours sends (smaller) and Debian's nginx cannot without an extra module.
- Our responses carry more headers than nginx's (security headers, `Vary`, `Cache-Control`):
  about 600 bytes more per response, part of what is measured.
- Peak RSS is `VmHWM` of the server process at the end of the whole run (page renders,
  all load tests and the posts included).
- Neither server writes an access log (nginx `access_log off`; ours logs requests only
  with `ACCESS_LOG=true`, off by default for privacy). A cached page is answered before
  routing, from memory, with its security headers; that is why it can cost less than
  nginx's file lookup and `sendfile`.
- Form posts are written by one task with group commit: submissions that arrive while a
  commit syncs share the next transaction, and each 303 is sent after the commit that
  holds its request.
- The default run measures a sample of pages (each kind in some language);
  `BENCH_FULL=1` measures every cached page in every language.
"""


# --- main -------------------------------------------------------------------------------


def choose_cases(paths: list[str]) -> tuple[list[Case], list[Case]]:
    projects = [p for p in paths if p.startswith("/es/projects/")]
    detail_slug = projects[0].rsplit("/", 1)[1] if projects else None
    if FULL:
        pages = []
        for path in paths:
            if path.endswith(("/support", "/orientation", f"/events/{OPEN_EVENT}")):
                continue
            lang, rest = path[1:3], path[3:] or "/"
            name = {"/": "home"}.get(rest, rest.strip("/"))
            pages.append((name, lang, path))
    else:
        pages = [("home", lang, f"/{lang}/") for lang in LANGS]
        pages += [
            ("projects", "en", "/en/projects"),
            ("project", "nl", f"/nl/projects/{detail_slug}"),
            ("team", "fr", "/fr/team"),
            ("privacy", "es", "/es/privacy"),
            ("events", "es", "/es/events"),
            ("event (past)", "nl", f"/nl/events/{PAST_EVENT}"),
        ]
    cases = [Case(name, lang, path, gz) for name, lang, path in pages for gz in (False, True)]
    forms = [Case("form support", "es", "/es/support", gz) for gz in (False, True)]
    forms += [Case("event (open, its form)", "en", f"/en/events/{OPEN_EVENT}", gz) for gz in (False, True)]
    return cases, forms


def main() -> None:
    if not BINARY.exists():
        raise SystemExit("build the release binary first (scripts/bench does)")
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=ROOT / "target"))
    log(f"work folder {work}; load average now {loadavg():.2f}")
    ctx: dict = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": os.cpu_count(),
        "cpu": cpu_model(),
        "kernel": platform.release(),
        "mem_gb": os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30,
        "load_before": loadavg(),
        "nginx_version": subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip().split("/")[-1],
        "wrk_version": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split(" [")[0].strip(),
    }
    server = Server(work, free_port())
    nginx_port = free_port()
    nginx = None
    try:
        log("first start: creating the database and loading the content")
        ctx["first_start"] = server.start()
        server.stop()
        ctx["startups"] = []
        for attempt in range(3):
            ctx["startups"].append(server.start())
            if attempt < 2:
                server.stop()
        log(f"  start-up {', '.join(f'{s:.0f}' for s in ctx['startups'])} ms")

        seed_events(server.db_path)
        site = work / "site"
        paths = save_site(server.port, site)
        log(f"saved {len(paths)} pages (and their .gz) into {site}")
        nginx = start_nginx(work, nginx_conf(work, site, nginx_port), nginx_port)

        cases, forms = choose_cases(paths)
        check_same_bytes(cases, server.port, nginx_port)
        ctx["sizes"] = {}
        for case in cases + forms:
            headers = {"Accept-Encoding": "gzip"} if case.gzip else {}
            ctx["sizes"][(case.path, case.gzip)] = len(fetch(server.port, case.path, headers)[2])

        nginx_pids = with_children(nginx.pid)
        cpu_start = machine_cpu()
        ours_start = cpu_seconds([server.process.pid]) + cpu_seconds(nginx_pids)
        log("warming up both servers")
        for port in (server.port, nginx_port):
            wrk(f"http://127.0.0.1:{port}/es/", duration=2)

        log(f"cached pages: {len(cases)} cases x {ROUNDS} rounds x 2 servers x {DURATION} s")
        ours = (server.port, [server.process.pid])
        theirs = (nginx_port, nginx_pids)
        measure(cases, ours, theirs)
        log("form pages")
        measure(forms, ours, theirs)
        ctx["cases"], ctx["forms"] = cases, forms

        log("form posts")
        ctx["posts"] = post_rate(server, work, None)
        log(f"  {ctx['posts']['per_s']:.0f} accepted/s, rows +{ctx['posts']['requests_rows']}"
            f"/+{ctx['posts']['outbox_rows']}")
        log("event registrations")
        ctx["registrations"] = registration_rate(server, work)
        log(f"  {ctx['registrations']['per_s']:.0f} accepted/s, rows +{ctx['registrations']['rows']}")
        log("home page reads alone, then while posting")
        CONDITIONS.sample()
        ctx["reads_alone"] = wrk(f"http://127.0.0.1:{server.port}/es/", duration=DURATION + 1)
        ctx["posts_reads"] = post_rate(server, work, f"http://127.0.0.1:{server.port}/es/")
        log(f"  reads {reads_line(ctx['posts_reads']['reads'])}")

        ctx["machine"] = others_share(
            cpu_start,
            machine_cpu(),
            cpu_seconds([server.process.pid]) + cpu_seconds(nginx_pids) - ours_start,
        )
        ctx["weights"] = [page_weight(server.port, lang) for lang in LANGS]
        ctx["memory"] = server.memory_kb()
    finally:
        server.stop()
        if nginx:
            nginx.terminate()
            nginx.wait()
        if not KEEP:
            shutil.rmtree(work, ignore_errors=True)

    body, summary = report(ctx)
    print(body)
    if not NO_WRITE:
        write_docs(body, summary, ctx)
        log("wrote docs/benchmarks.md and the Performance section of README.md")


if __name__ == "__main__":
    main()
