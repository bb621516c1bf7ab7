"""Complaint intake under load: 1,000 submissions from 50 concurrent clients against gunicorn on loopback.

Prints: submissions lost (every code shown to a client must be in the database), p50/p95 latency, and throughput
as a ratio to a bare Django POST view served by the same gunicorn in the same run (target ≥ 0.5×).
A submission is the form POST (proof-of-work solved beforehand, CSRF, validation, rate limit, insert, letter row,
the page with the code); the baseline is a POST to a bare view that returns a few bytes.

This module is also the settings module and URLconf of the server it starts (limits raised, a bare view added).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

from sujarit.config.settings import *  # noqa: E402,F401,F403

ROOT_URLCONF = "bench_complaints"
COMPLAINTS_RATE_LIMITS = {"submit": (10**9, 3600), "challenge": (10**9, 600)}
COMPLAINTS_POW = (1, 2000)
DEBUG = False
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405


def _bare_urls():
    from django.http import HttpResponse
    from django.urls import include, path
    from django.views.decorators.csrf import csrf_exempt

    from sujarit.core.access import access_rule, public

    @csrf_exempt
    @access_rule(public)
    def bare(request):
        return HttpResponse("ok " + request.POST.get("subject", "")[:10])

    return [path("bare/", bare), path("", include("sujarit.config.urls"))]


def __getattr__(name):  # the URLconf is read after the apps are ready, long after the settings
    if name == "urlpatterns":
        globals()["urlpatterns"] = patterns = _bare_urls()
        return patterns
    raise AttributeError(name)

N_SUBMISSIONS = int(os.environ.get("BENCH_COMPLAINTS_N", 1000))
CLIENTS = 50
PORT = int(os.environ.get("BENCH_COMPLAINTS_PORT", 8194))


def _request(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    return response.status, response.getheader("Set-Cookie") or "", response.getheaders(), data


def main() -> None:
    import http.client
    import re
    import shutil
    import statistics
    import subprocess
    import tempfile
    import threading
    import time
    import urllib.parse
    from concurrent.futures import ThreadPoolExecutor

    data_dir = Path(tempfile.mkdtemp(prefix="bench-complaints-"))
    env = {**os.environ, "SUJARIT_DATA_DIR": str(data_dir), "DJANGO_SETTINGS_MODULE": "bench_complaints",
           "PYTHONPATH": f"{ROOT / 'bench'}:{ROOT / 'src'}"}
    py = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run([py, "-m", "django", "migrate", "--run-syncdb", "-v", "0"], env=env, check=True)
    subprocess.run([py, "-c", "import django; django.setup();"
                    "from sujarit.orgs.models import Organisation;"
                    "from sujarit.complaints.services.setup import categories_ensure;"
                    "o = Organisation.objects.create(code='bench', name='เทศบาลทดสอบ', kind='sao', province='ลำปาง',"
                    " district='งาว'); categories_ensure(organisation=o)"], env=env, check=True)
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "gunicorn"), "sujarit.config.wsgi", "--bind",
                               f"127.0.0.1:{PORT}", "--workers", os.environ.get("BENCH_COMPLAINTS_WORKERS", "2"), "--log-level", "warning"], env=env)
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/bare/")
                break
            except OSError:
                time.sleep(0.2)
        _run(env, py, http, re, statistics, threading, time, urllib, ThreadPoolExecutor)
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)


def _run(env, py, http, re, statistics, threading, time, urllib, ThreadPoolExecutor) -> None:
    import json
    import subprocess

    import altcha

    def solve_for_tests(challenge: dict) -> str:  # what the widget does in the browser
        parsed = altcha.Challenge.from_dict(challenge)
        return altcha.Payload(parsed, altcha.solve_challenge(parsed)).to_base64()

    local = threading.local()

    def conn():
        if not hasattr(local, "c"):
            local.c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        return local.c

    # 1. fetch and solve the challenges before the clock starts (the browser's work, not the server's)
    def challenge(_):
        _s, _c, _h, body = _request(conn(), "GET", "/p/bench/complaints/challenge/")
        return solve_for_tests(json.loads(body))

    with ThreadPoolExecutor(CLIENTS) as pool:
        solved = list(pool.map(challenge, range(N_SUBMISSIONS)))

    def client_session():
        if not hasattr(local, "cookies"):
            _s, cookie, headers, body = _request(conn(), "GET", "/p/bench/complaints/")
            found = re.search(r"csrftoken=([^;]+)", cookie)
            if found is None:
                raise RuntimeError(f"no CSRF cookie: {_s} {cookie!r} {body[:300]!r}")
            token = found.group(1)
            category = re.search(rb'<option value="(\d+)"', body).group(1).decode()
            local.cookies = {"csrftoken": token}
            local.category = category
        return local

    def submit(i):
        s = client_session()
        body = urllib.parse.urlencode({
            "csrfmiddlewaretoken": s.cookies["csrftoken"], "category": s.category, "subject": f"ทดสอบ {i}",
            "description": "ไฟทางดับหน้าบ้าน", "place": "หมู่ ๑", "consent": "on", "altcha": solved[i]})
        cookie = "; ".join(f"{k}={v}" for k, v in s.cookies.items())
        start = time.perf_counter()
        status, set_cookie, _h, _b = _request(conn(), "POST", "/p/bench/complaints/", body, {
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie,
            "Referer": f"http://127.0.0.1:{PORT}/p/bench/complaints/"})
        found = re.search(rb'data-testid="tracking-code">([^<]+)<', _b)
        return time.perf_counter() - start, status, found and found.group(1).decode()

    def bare(i):
        start = time.perf_counter()
        _request(conn(), "POST", "/bare/", urllib.parse.urlencode({"subject": f"ทดสอบ {i}"}),
                 {"Content-Type": "application/x-www-form-urlencoded"})
        return time.perf_counter() - start

    def phase(fn):
        local.__dict__.clear()
        start = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            results = list(pool.map(fn, range(N_SUBMISSIONS)))
        return results, time.perf_counter() - start

    base_results, base_time = phase(bare)
    results, total = phase(submit)
    latencies = sorted(r[0] for r in results)
    codes = [r[2] for r in results if r[2]]
    failed = sum(1 for r in results if r[1] != 200 or not r[2])
    check = subprocess.run([py, "-c", "import django, sys; django.setup();"
                            "from sujarit.complaints.models import Complaint;"
                            "from sujarit.complaints.tracking import code_hash;"
                            "codes = sys.stdin.read().split();"
                            "have = set(Complaint.objects.values_list('tracking_hash', flat=True));"
                            "print(sum(1 for c in codes if code_hash(c) not in have), len(have))"],
                           env=env, input="\n".join(codes), capture_output=True, text=True, check=True)
    lost, stored = map(int, check.stdout.split())
    rate, base_rate = N_SUBMISSIONS / total, N_SUBMISSIONS / base_time
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    print(f"complaints: {N_SUBMISSIONS} submissions, {CLIENTS} clients, gunicorn {os.environ.get('BENCH_COMPLAINTS_WORKERS', '2')} workers, {'PostgreSQL' if os.environ.get('DATABASE_URL') else 'SQLite'}")
    print(f"  failed requests: {failed}; codes issued: {len(codes)}; lost (issued, not in the database): {lost}; "
          f"rows: {stored}")
    print(f"  latency p50 {p(0.50):.0f} ms, p95 {p(0.95):.0f} ms; throughput {rate:.0f}/s "
          f"vs bare POST {base_rate:.0f}/s: ratio {rate / base_rate:.2f}× (target ≥ 0.5×)")
    if os.environ.get("BENCH_STRICT") and (lost or failed):
        sys.exit(1)


if __name__ == "__main__":
    main()
