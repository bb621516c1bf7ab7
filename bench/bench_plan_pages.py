"""Plan pages at 1× and 10× the demo data: time per request, and the ratio 10× / 1× (same run, same machine).

A ratio near 1 means the page cost does not grow with the size of the plan beyond the rows it shows; the
2566 table itself grows from 15 to 150 rows, so its ratio is expected to grow with the rows, not with queries.
Usage: .venv/bin/python bench/run.py   (or this file alone)
"""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_get_seconds  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sujarit.config.test")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "30"))


def timed(client, url) -> float:
    return median_get_seconds(client, url, REPEAT)


def multiply(plan, factor):
    from sujarit.plans.models import Project, YearlyEntry

    entries = list(plan.entries.all())
    projects = list(plan.projects.all())
    for n in range(1, factor):
        for p in projects:
            p.pk, p.sheet_number, p.name = None, None, f"{p.name} ({n})"
        Project.objects.bulk_create(projects)
        YearlyEntry.objects.bulk_create(
            YearlyEntry(organisation=plan.organisation, plan=plan, project_id=projects[i % len(projects)].pk,
                        fiscal_year_be=e.fiscal_year_be, order=e.order + 100 * n, budget=e.budget, q2=e.q2)
            for i, e in enumerate(entries))


def main():
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    call_command("demo_load", stdout=open(os.devnull, "w"))
    from sujarit.accounts.models import User
    from sujarit.plans.models import Plan

    plan = Plan.objects.get()
    client = Client()
    client.force_login(User.objects.get(username="plan"))
    base = f"/o/{plan.organisation.code}/plans/{plan.pk}/"
    pages = {"overview": base, "year 2566": base + "years/2566/", "plan list": "/plans/"}
    one = {name: timed(client, url) for name, url in pages.items()}
    multiply(plan, 10)
    ten = {name: timed(client, url) for name, url in pages.items()}
    print(f"{'page':<12} {'1x ms':>8} {'10x ms':>8} {'ratio':>6}")
    for name in pages:
        print(f"{name:<12} {one[name]*1000:8.1f} {ten[name]*1000:8.1f} {ten[name]/one[name]:6.2f}")


if __name__ == "__main__":
    main()
