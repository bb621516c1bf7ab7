"""Import + lint of the seed plan, as a ratio to a bare process that only runs django.setup() (same run).

Both are whole processes started the same way, so start-up costs cancel out; the issue's target is ≤ 1.5×.
The ratio uses CPU time (user + system) of each child process, which stays steady on a busy machine; wall
time is printed beside it.
Usage: .venv/bin/python bench/import_plan.py   (also run by `make bench`)
"""
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "src" / "sujarit" / "plans" / "demo" / "luang_nuea_2566_2570.txt"
REPEAT = int(os.environ.get("BENCH_REPEAT", "7"))
ENV = {**os.environ, "DJANGO_SETTINGS_MODULE": "sujarit.config.settings", "PYTHAINLP_READ_ONLY": "1",
       "SUJARIT_DATA_DIR": "/tmp/sujarit-bench"}
BARE = [sys.executable, "-c", "import django; django.setup()"]
IMPORT = [sys.executable, "-m", "sujarit", "import-plan", str(SEED), "--dry-run", "--format", "json"]


def run_once(command) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{command} failed with {child.returncode}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - start


def medians(command) -> tuple[float, float]:
    samples = [run_once(command) for _ in range(REPEAT)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


if __name__ == "__main__":
    run_once(BARE)  # warm the file cache
    (bare_cpu, bare_wall), (full_cpu, full_wall) = medians(BARE), medians(IMPORT)
    print(f"django.setup() only: {bare_cpu * 1000:.0f} ms CPU ({bare_wall * 1000:.0f} ms wall); "
          f"import + lint of the seed: {full_cpu * 1000:.0f} ms CPU ({full_wall * 1000:.0f} ms wall); "
          f"ratio {full_cpu / bare_cpu:.2f} (target ≤ 1.5)")
