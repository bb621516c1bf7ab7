"""Shared fixtures: the demo organisation (loaded once per test database) and one persona per role."""
from __future__ import annotations

import os

import pytest
from django.core.management import call_command

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

DEMO_CODE = "luang-nuea"
ORG_ROLES = ["plan", "complaints", "integrity", "custodian", "mayor", "council", "auditor", "orgadmin"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("demo_load", stdout=open(os.devnull, "w"))


@pytest.fixture
def demo(db):
    """The demo organisation and its published plan (reloaded if a transactional test flushed it)."""
    from sujarit.frameworks.loader import frameworks_load_all
    from sujarit.frameworks.models import Area, Framework
    from sujarit.orgs.models import Organisation
    from sujarit.plans.models import Plan

    if not Framework.objects.exists():  # a transactional (browser) test flushed the migration's data
        frameworks_load_all(framework_model=Framework, area_model=Area)
    if not Organisation.objects.filter(code=DEMO_CODE).exists():
        call_command("demo_load", stdout=open(os.devnull, "w"))
    org = Organisation.objects.get(code=DEMO_CODE)
    return type("Demo", (), {"org": org, "plan": Plan.objects.for_org(org).get()})


@pytest.fixture
def persona(demo):
    from sujarit.accounts.models import User

    def get(username: str):
        return User.objects.get(username=username)

    return get


@pytest.fixture
def other_org(db):
    """A second organisation in another province, with its own plan officer, overseer and a small plan."""
    from sujarit.accounts.models import User
    from sujarit.frameworks.selectors import framework_current
    from sujarit.orgs.models import Membership, Organisation, OrgKind, OverseerLevel, OverseerScope, Role
    from sujarit.plans.services import plan_create, project_create, yearly_entry_create

    org = Organisation.objects.create(code="other-sao", name="องค์การบริหารส่วนตำบลตัวอย่าง", kind=OrgKind.SAO,
                                      province="เชียงใหม่", district="สันทราย", region="ภาคเหนือ")
    officer = User.objects.create_user("other_plan", password="x-other-plan-1")
    Membership.objects.create(user=officer, organisation=org, role=Role.PLAN_OFFICER)
    overseer = User.objects.create_user("other_province", password="x-other-prov-1")
    OverseerScope.objects.create(user=overseer, level=OverseerLevel.PROVINCE, province="เชียงใหม่")
    fw = framework_current()
    plan = plan_create(organisation=org, framework=fw, title="แผนปฏิบัติการป้องกันการทุจริต (ตัวอย่าง)",
                       first_year_be=2566, last_year_be=2570, acting_user=officer)
    dim = fw.areas.get(code="2")
    project = project_create(plan=plan, dimension=dim, name="โครงการลับเฉพาะองค์กรอื่น", acting_user=officer)
    yearly_entry_create(project=project, fiscal_year_be=2566, budget=777, quarters=[1], acting_user=officer)
    return type("Other", (), {"org": org, "plan": plan, "officer": officer, "overseer": overseer,
                              "project": project})
