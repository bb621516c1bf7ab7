"""Complaint intake under load: 1,000 submissions from 50 concurrent clients against gunicorn on loopback.

Prints: submissions lost (every code shown to a client must be in the database), p50/p95 latency, throughput as a
ratio to a bare Django POST view served by the same gunicorn in the same run (the issue's target: ≥ 0.5×), and the
CPU time per request of the server and of the client. For reference it also measures a POST view that only
inserts one row (the floor of any view that keeps what it is sent) and one that only makes the checks every
submission needs (CSRF, the form, the proof-of-work spent, the client counted), storing no case and rendering no page.

A submission is the public form's POST (the form opened and the proof-of-work solved beforehand, as the browser
does while the citizen types): CSRF, validation, proof-of-work check and spend, rate limit, running number, the case, its events and
acknowledgement letter, and the page with the code.

Database: SQLite in a temporary folder, or PostgreSQL when DATABASE_URL is set (a temporary database is created
beside the one named and dropped afterwards). Environment: BENCH_COMPLAINTS_N (1000), BENCH_COMPLAINTS_CLIENTS (50),
BENCH_COMPLAINTS_WORKERS (2, as `make run`), BENCH_STRICT=1 to exit non-zero on a lost or failed submission.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
N = int(os.environ.get("BENCH_COMPLAINTS_N", 1000))
CLIENTS = int(os.environ.get("BENCH_COMPLAINTS_CLIENTS", 50))
WORKERS = os.environ.get("BENCH_COMPLAINTS_WORKERS", "2")
PORT = int(os.environ.get("BENCH_COMPLAINTS_PORT", 8194))
PY = str(ROOT / ".venv" / "bin" / "python")


@contextmanager
def database(env: dict):
    """A fresh database for the run: SQLite in the data folder, or a temporary PostgreSQL database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield env
        return
    import psycopg

    parsed = urllib.parse.urlsplit(url)
    name = f"sujarit_bench_{os.getpid()}"
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {**env, "DATABASE_URL": parsed._replace(path=f"/{name}").geturl()}
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def django_run(env: dict, code: str, stdin: str = "") -> str:
    return subprocess.run([PY, "-c", "import django; django.setup()\n" + code], env=env, input=stdin,
                          capture_output=True, text=True, check=True).stdout


def request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response.status, response.getheader("Set-Cookie") or "", response.read()


def server_cpu_seconds() -> float:
    total = 0.0
    pids = subprocess.run(["pgrep", "-f", f"127.0.0.1:{PORT}"], capture_output=True, text=True).stdout.split()
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def client_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Load:
    """N requests from CLIENTS threads, each with its own connection (reopened when the sync worker closes it)."""

    def __init__(self):
        self.local = threading.local()

    def conn(self):
        if not hasattr(self.local, "conn"):
            self.local.conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        return self.local.conn

    def run(self, name: str, fn):
        self.local = threading.local()
        server0, client0, start = server_cpu_seconds(), client_cpu_seconds(), time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = list(pool.map(fn, range(N)))
        seconds = time.perf_counter() - start
        server, client = server_cpu_seconds() - server0, client_cpu_seconds() - client0
        print(f"  {name}: {N / seconds:.0f}/s; CPU per request: server {1000 * server / N:.2f} ms, "
              f"client {1000 * client / N:.2f} ms")
        return results, N / seconds


def main() -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="bench-complaints-"))
    env = {**os.environ, "SUJARIT_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "_complaints_server",
           "PYTHONPATH": f"{ROOT / 'bench'}:{ROOT / 'src'}"}
    try:
        with database(env) as env:
            subprocess.run([PY, "-m", "django", "migrate", "-v", "0"], env=env, check=True)
            django_run(env, "from sujarit.orgs.models import Organisation\n"
                            "from sujarit.complaints.services.setup import categories_ensure\n"
                            "o = Organisation.objects.create(code='bench', name='เทศบาลทดสอบ', kind='sao',"
                            " province='ลำปาง', district='งาว')\n"
                            "categories_ensure(organisation=o)")
            server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "gunicorn"), "sujarit.config.wsgi", "--bind",
                                       f"127.0.0.1:{PORT}", "--workers", WORKERS, "--log-level", "warning"], env=env)
            try:
                wait_for_server()
                measure(env)
            finally:
                server.terminate()
                server.wait(timeout=20)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def wait_for_server() -> None:
    for _ in range(150):
        try:
            http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/bare/")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def measure(env: dict) -> None:
    import altcha

    load = Load()

    # The browser's work, before the clock starts: fetch and solve one proof-of-work challenge per submission.
    def solved_challenge(_):
        _status, _cookie, body = request(load.conn(), "GET", "/p/bench/complaints/challenge/")
        challenge = altcha.Challenge.from_dict(json.loads(body))
        return altcha.Payload(challenge, altcha.solve_challenge(challenge)).to_base64()

    with ThreadPoolExecutor(CLIENTS) as pool:
        solutions = list(pool.map(solved_challenge, range(2 * N)))  # N for the submissions, N for the checks

    def post(path: str, i: int):
        start = time.perf_counter()
        request(load.conn(), "POST", path, urllib.parse.urlencode({"subject": f"ทดสอบ {i}"}),
                {"Content-Type": "application/x-www-form-urlencoded"})
        return time.perf_counter() - start

    # Each citizen opened the form before submitting it: its CSRF cookie and a category, also before the clock.
    _status, cookie, form_page = request(load.conn(), "GET", "/p/bench/complaints/")
    csrf = re.search(r"csrftoken=([^;]+)", cookie).group(1)
    category = re.search(rb'<option value="(\d+)"', form_page).group(1).decode()

    def submit(i):
        body = urllib.parse.urlencode({
            "csrfmiddlewaretoken": csrf, "category": category, "subject": f"ทดสอบ {i}",
            "description": "ไฟทางดับหน้าบ้าน", "place": "หมู่ ๑", "consent": "on", "altcha": solutions[i]})
        start = time.perf_counter()
        status, _cookie, page = request(load.conn(), "POST", "/p/bench/complaints/", body, {
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}",
            "Referer": f"http://127.0.0.1:{PORT}/p/bench/complaints/"})
        found = re.search(rb'data-testid="tracking-code">([^<]+)<', page)
        return time.perf_counter() - start, status, found.group(1).decode() if found else None

    print(f"complaints: {N} submissions, {CLIENTS} clients, gunicorn {WORKERS} workers, "
          f"{'PostgreSQL' if env.get('DATABASE_URL') else 'SQLite'}, {os.cpu_count()} CPUs shared with the clients")
    _results, bare_rate = load.run("bare POST view", lambda i: post("/bare/", i))
    _results, insert_rate = load.run("POST view inserting one row", lambda i: post("/insert/", i))
    checks = iter(solutions[N:])

    def checks_only(i):
        body = urllib.parse.urlencode({
            "csrfmiddlewaretoken": csrf, "category": category, "subject": f"ทดสอบ {i}",
            "description": "ไฟทางดับหน้าบ้าน", "place": "หมู่ ๑", "consent": "on", "altcha": next(checks)})
        status, _cookie, _page = request(load.conn(), "POST", "/checks/", body, {
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}",
            "Referer": f"http://127.0.0.1:{PORT}/checks/"})
        return status

    checked, checks_rate = load.run("the checks alone (no case stored)", checks_only)
    results, rate = load.run("complaint submissions", submit)

    codes = [code for _seconds, _status, code in results if code]
    failed = sum(1 for _seconds, status, code in results if status != 200 or not code)
    failed += sum(1 for status in checked if status != 200)
    lost, stored = map(int, django_run(env, "import sys\n"
                                            "from sujarit.complaints.models import Complaint\n"
                                            "from sujarit.complaints.tracking import code_hash\n"
                                            "have = set(Complaint.objects.values_list('tracking_hash', flat=True))\n"
                                            "codes = sys.stdin.read().split()\n"
                                            "print(sum(1 for c in codes if code_hash(c) not in have), len(have))",
                                       "\n".join(codes)).split())
    latencies = sorted(seconds for seconds, _status, _code in results)

    def percentile(q: float) -> float:
        return latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000

    print(f"  failed: {failed}; codes issued: {len(codes)}; lost (issued, not in the database): {lost}; "
          f"cases stored: {stored}")
    print(f"  latency p50 {percentile(0.50):.0f} ms, p95 {percentile(0.95):.0f} ms")
    print(f"  ratio to the bare POST view: {rate / bare_rate:.2f}× (target ≥ 0.5×); for reference, "
          f"the one-row view {insert_rate / bare_rate:.2f}× and the checks alone {checks_rate / bare_rate:.2f}×")
    if os.environ.get("BENCH_STRICT") and (lost or failed):
        sys.exit(1)


if __name__ == "__main__":
    main()
