"""Corruption-report submissions under load: 200 reports with a 1 MB attachment each from 20 concurrent clients,
through the whole HTTP stack (middleware, form, file cleaning, Argon2id, encryption, SQLite file database).

Prints lost submissions, latency p50/p95 and throughput, first with the real cipher, then, in the same run and on
the same database, with a no-op cipher (no encryption, no Argon2): the ratio is the cost of encryption.
Sizes: BENCH_WB_REPORTS (default 200), BENCH_WB_CLIENTS (default 20).
"""
from __future__ import annotations

import hashlib
import io
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPORTS = int(os.environ.get("BENCH_WB_REPORTS", 200))
CLIENTS = int(os.environ.get("BENCH_WB_CLIENTS", 20))


def _setup():
    data_dir = tempfile.mkdtemp(prefix="bench-wb-")
    os.environ["SUJARIT_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sujarit.config.settings")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.STORAGES = {**settings.STORAGES,
                         "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    call_command("migrate", verbosity=0)
    call_command("demo_load", stdout=open(os.devnull, "w"))
    return data_dir


def _jpeg_1mb() -> bytes:
    from PIL import Image

    img = Image.frombytes("RGB", (1100, 800), os.urandom(1100 * 800 * 3))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=95)
    return out.getvalue()


def _run(label: str, org_code: str, photo: bytes) -> dict:
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection
    from django.test import Client

    from sujarit.whistleblowing.models import Report

    before = Report.objects.count()
    latencies, failures, lock = [], [], threading.Lock()
    per_client = [REPORTS // CLIENTS + (1 if i < REPORTS % CLIENTS else 0) for i in range(CLIENTS)]

    def client_loop(n: int, index: int) -> None:
        client = Client()
        for k in range(n):
            data = {"category": "procurement", "anonymity": "anonymous",
                    "what": f"การตรวจรับงานไม่เป็นไปตามสัญญา รายการที่ {index}-{k}",
                    "evidence": SimpleUploadedFile(f"evidence-{index}-{k}.jpg", photo, content_type="image/jpeg")}
            start = time.perf_counter()
            try:
                response = client.post(f"/p/{org_code}/report/new/", data)
                ok = response.status_code == 200 and b"data-receipt" in response.content
            except Exception as error:  # counted as lost, and the client goes on
                print(f"  failed: {type(error).__name__}: {error}", flush=True)
                ok = False
            elapsed = time.perf_counter() - start
            with lock:
                (latencies if ok else failures).append(elapsed)
        connection.close()

    threads = [threading.Thread(target=client_loop, args=(n, i)) for i, n in enumerate(per_client)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    stored = Report.objects.count() - before
    latencies.sort()
    result = {"label": label, "sent": REPORTS, "ok": len(latencies), "stored": stored,
              "lost": REPORTS - min(stored, len(latencies)), "p50": statistics.median(latencies) if latencies else float("nan"),
              "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan"),
              "rate": stored / wall}
    print(f"{label:<10} sent {REPORTS}, stored {stored}, lost {result['lost']}, "
          f"p50 {result['p50'] * 1000:.0f} ms, p95 {result['p95'] * 1000:.0f} ms, {result['rate']:.1f} reports/s",
          flush=True)
    return result


def _no_op_cipher():
    """Replace the primitives with pass-throughs (benchmark only; the tests never do this)."""
    from sujarit.whistleblowing import crypto

    crypto.secret_encrypt = lambda key, data: bytes(data)
    crypto.secret_decrypt = lambda key, data: bytes(data)
    crypto.seal = lambda public_key, data: bytes(data)
    crypto.unseal = lambda private_key, data: bytes(data)
    crypto.derive_key = lambda secret, salt, cost=None: hashlib.sha256(secret.encode() + bytes(salt)).digest()


def main() -> None:
    _setup()
    from sujarit.whistleblowing.crypto import argon2_cost

    photo = _jpeg_1mb()
    print(f"{REPORTS} reports × {len(photo) / 1e6:.2f} MB JPEG from {CLIENTS} concurrent clients; "
          f"Argon2id {argon2_cost()}", flush=True)
    real = _run("encrypted", "luang-nuea", photo)
    _no_op_cipher()
    plain = _run("no-op", "luang-nuea", photo)
    print(f"cost of encryption: p50 ×{real['p50'] / plain['p50']:.2f}, p95 ×{real['p95'] / plain['p95']:.2f}, "
          f"throughput ×{plain['rate'] / real['rate']:.2f} (no-op / encrypted); lost {real['lost'] + plain['lost']}")


if __name__ == "__main__":
    main()
