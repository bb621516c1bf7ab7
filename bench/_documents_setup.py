"""Shared by the documents benchmarks: a fresh process with the demo loaded into an in-memory database."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def fresh_process_or_setup(script: str) -> bool:
    """True when this process may run the benchmark; False after running it in a child process instead.

    bench/run.py runs every benchmark in one process: this one runs in a child of its own, so that it neither sees
    data another benchmark grew nor leaves its database to the next one."""
    import inspect

    runner = Path(script).resolve().parent / "run.py"
    if any(Path(frame.filename).resolve() == runner for frame in inspect.stack()):
        subprocess.run([sys.executable, script], check=True)
        return False
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sujarit.config.test")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, serialize=False)
    call_command("demo_load", stdout=open(os.devnull, "w"))
    return True


def demo_plan():
    from sujarit.plans.models import Plan

    return Plan.objects.select_related("organisation", "framework").get(organisation__code="luang-nuea")
