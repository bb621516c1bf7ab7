"""Load the demo: เทศบาลตำบลหลวงเหนือ with its 2566–2570 plan (bundled in the package), one user per role."""
from __future__ import annotations

from pathlib import Path

import importlib
import importlib.util

from auditlog.context import set_actor
from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from sujarit.accounts.models import User
from sujarit.frameworks.selectors import framework_current
from sujarit.orgs.models import Membership, Organisation, OrgKind, OverseerLevel, OverseerScope, Role
from sujarit.plans.importers.text_plan import parse_plan_text
from sujarit.plans.models import Plan, PlanStatus
from sujarit.plans.services import plan_load_parsed

DEMO_PLAN = Path(__file__).resolve().parents[3] / "plans" / "demo" / "luang_nuea_2566_2570.txt"
DEMO_PASSWORD = "demo-sujarit-2566"
DEMO_ORG = {
    # The code is the demo's own identifier, not the Department of Local Administration's official code.
    "code": "luang-nuea", "name": "เทศบาลตำบลหลวงเหนือ", "kind": OrgKind.SUBDISTRICT_MUNICIPALITY,
    "province": "ลำปาง", "district": "งาว", "region": "ภาคเหนือ",
    "address": "สำนักงานเทศบาลตำบลหลวงเหนือ อำเภองาว จังหวัดลำปาง",
}
ROLE_USERS = [
    ("plan", Role.PLAN_OFFICER, "เจ้าหน้าที่แผน"), ("complaints", Role.COMPLAINT_OFFICER, "เจ้าหน้าที่เรื่องร้องเรียน"),
    ("integrity", Role.CORRUPTION_OFFICER, "เจ้าหน้าที่รับแจ้งการทุจริต"),
    ("custodian", Role.IDENTITY_CUSTODIAN, "ผู้ดูแลข้อมูลผู้แจ้ง"), ("mayor", Role.EXECUTIVE, "นายกเทศมนตรี"),
    ("council", Role.COUNCIL_MEMBER, "สมาชิกสภาเทศบาล"), ("auditor", Role.AUDITOR, "ผู้ตรวจสอบภายใน"),
    ("orgadmin", Role.ORG_ADMIN, "ผู้ดูแลระบบของเทศบาล"),
]
OVERSEERS = [
    ("province", OverseerLevel.PROVINCE, {"province": "ลำปาง"}, "ผู้กำกับดูแลระดับจังหวัด"),
    ("nacc", OverseerLevel.NATION, {}, "ผู้กำกับดูแลระดับประเทศ"),
]


def _user(username: str, full_name: str, **extra) -> User:
    user, created = User.objects.get_or_create(username=username, defaults={"first_name": full_name, **extra})
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


class Command(BaseCommand):
    help = "Load the demo organisation เทศบาลตำบลหลวงเหนือ, its 2566–2570 plan and one user per role."

    @transaction.atomic
    def handle(self, *args, **options):
        org, _ = Organisation.objects.update_or_create(code=DEMO_ORG["code"], defaults=DEMO_ORG)
        logins = []
        for username, role, name in ROLE_USERS:
            Membership.objects.get_or_create(user=_user(username, name), organisation=org, role=role)
            logins.append((username, str(role.label)))
        for username, level, where, name in OVERSEERS:
            OverseerScope.objects.get_or_create(user=_user(username, name), level=level, **where)
            logins.append((username, f"overseer ({level})"))
        _user("admin", "ผู้ดูแลระบบ", is_staff=True, is_superuser=True)
        logins.append(("admin", "site admin"))

        if not Plan.objects.for_org(org).exists():
            parsed = parse_plan_text(DEMO_PLAN.read_text(encoding="utf-8"))
            with set_actor(None):
                plan_load_parsed(organisation=org, framework=framework_current(), parsed=parsed,
                                 acting_user=None, status=PlanStatus.PUBLISHED)
        plan = Plan.objects.for_org(org).first()
        for config in apps.get_app_configs():  # each app may add its own demo data: <app>/demo_data.py
            if config.name.startswith("sujarit.") and importlib.util.find_spec(f"{config.name}.demo_data"):
                importlib.import_module(f"{config.name}.demo_data").demo_load(organisation=org, plan=plan)
        self.stdout.write(self.style.SUCCESS(
            f"Demo ready: {org.name}, plan {plan.first_year_be}-{plan.last_year_be} "
            f"({plan.projects.count()} projects, {plan.entries.count()} yearly entries)."))
        self.stdout.write(f"Log in at http://127.0.0.1:8000/accounts/login/ with password {DEMO_PASSWORD!r} as:")
        for username, what in logins:
            self.stdout.write(f"  {username:<11} {what}")
