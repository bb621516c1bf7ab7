"""Risk register pages: time per request with the demo's 2 risks and with 50 risks (3 linked measures each),
and the ratio grown / demo measured in the same run. The public page reads one published snapshot, so its
ratio shows the cost of rendering rows only; the staff page also builds the heat maps and the project links.
Usage: .venv/bin/python bench/bench_risks.py   (or bench/run.py)
"""
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_get_seconds  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))


def timed(client, url) -> float:
    return median_get_seconds(client, url, REPEAT)


def grow(assessment, officer, mayor, n: int) -> None:
    from sujarit.risks import services

    a = services.assessment_transition(assessment=assessment, transition="amend", acting_user=officer, comment="b")
    projects = list(a.plan.projects.all()[:6])
    for i in range(n):
        risk = services.risk_create(assessment=a, process_step=f"ขั้นตอนที่ {i}", events=["เหตุการณ์ ก", "เหตุการณ์ ข"],
                                    area="budget", likelihood=1 + i % 5, impact=1 + (i * 3) % 5, acting_user=officer)
        for j in range(3):
            services.measure_create(risk=risk, description=f"มาตรการ {i}.{j}", projects=projects[j:j + 2],
                                    acting_user=officer)
    for step in ("submit", "approve", "publish"):
        a = services.assessment_transition(assessment=a, transition=step,
                                           acting_user=mayor if step == "approve" else officer)


def main():
    import django
    import django.apps

    if django.apps.apps.ready:  # bench/run.py: another benchmark may have changed the data; run afresh
        subprocess.run([sys.executable, __file__], check=True)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sujarit.config.test")
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, serialize=False)
    call_command("demo_load", stdout=open(os.devnull, "w"))
    from sujarit.accounts.models import User
    from sujarit.risks.models import RiskAssessment

    a = RiskAssessment.objects.get(fiscal_year_be=2566)
    org = a.organisation.code
    client = Client()
    client.force_login(User.objects.get(username="plan"))
    pages = {"register": f"/o/{org}/risks/{a.pk}/", "public": f"/p/{org}/risks/2566/",
             "round": f"/o/{org}/risks/{a.pk}/rounds/{a.rounds.get().pk}/"}
    small = {name: timed(client, url) for name, url in pages.items()}
    grow(a, User.objects.get(username="plan"), User.objects.get(username="mayor"), 50)
    big = {name: timed(client, url) for name, url in pages.items()}
    print(f"{'page':<10} {'2 risks ms':>11} {'52 risks ms':>12} {'ratio':>6}")
    for name in pages:
        print(f"{name:<10} {small[name]*1000:11.1f} {big[name]*1000:12.1f} {big[name]/small[name]:6.2f}")


if __name__ == "__main__":
    main()
