"""Demo: the plan's Part 1 risk table becomes the 2566 assessment of เทศบาลตำบลหลวงเหนือ (idempotent).

The document states only each row's level (ปานกลาง, สูง). The demo working group scores them on the default
matrix with values that give the stated levels, classifies their areas, links the queue-card activity to the
queue risk (the issue's example), approves, publishes, and records a 6-month follow-up (ADR 0021).
"""
from __future__ import annotations

import datetime

from sujarit.orgs.models import Membership, Role

from .models import AssessmentStatus, RiskArea, RiskAssessment

DEMO_YEAR = 2566
DEMO_SCORES = {  # risk number -> (area, likelihood, impact, owner unit)
    1: (RiskArea.DISCRETION, 2, 3, "สำนักปลัดเทศบาล"),
    2: (RiskArea.PERMITS, 3, 4, "สำนักปลัดเทศบาล งานธุรการและงานบริการประชาชน"),
}
DEMO_MEMBERS = [
    ("ปลัดเทศบาลตำบลหลวงเหนือ", "ปลัดเทศบาล", "chair"),
    ("หัวหน้าสำนักปลัดเทศบาล", "หัวหน้าสำนักปลัด", "member"),
    ("ผู้อำนวยการกองคลัง", "ผู้อำนวยการกองคลัง", "member"),
    ("ผู้ตรวจสอบภายใน", "นักวิชาการตรวจสอบภายใน", "member"),
    ("เจ้าหน้าที่แผน", "นักวิเคราะห์นโยบายและแผน", "secretary"),
]


def _user(organisation, role):
    m = Membership.objects.filter(organisation=organisation, role=role, is_active=True).select_related("user").first()
    return m.user if m else None


def demo_load(*, organisation, plan) -> None:
    from . import services

    if plan is None or RiskAssessment.objects.for_org(organisation).filter(fiscal_year_be=DEMO_YEAR).exists():
        return
    if not plan.risk_rows.exists():
        return
    officer, mayor = _user(organisation, Role.PLAN_OFFICER), _user(organisation, Role.EXECUTIVE)
    if officer is None or mayor is None:
        return
    a = services.assessment_from_plan(plan=plan, fiscal_year_be=DEMO_YEAR, acting_user=officer)
    for name, position, role in DEMO_MEMBERS:
        services.member_add(assessment=a, name=name, position=position, group_role=role, acting_user=officer)
    for risk in a.risks.all():
        area, lk, im, unit = DEMO_SCORES.get(risk.number, (RiskArea.OTHER, None, None, ""))
        services.risk_update(risk=risk, process_step=risk.process_step, events=risk.events, area=area,
                             likelihood=lk, impact=im, owner_unit=unit, acting_user=officer)
    queue_risk = a.risks.order_by("number").last()
    queue_card = plan.projects.filter(name__contains="บัตรคิว").first()
    if queue_card is not None:
        services.measure_create(risk=queue_risk, description=queue_card.name, owner="งานธุรการ สำนักปลัดเทศบาล",
                                projects=[queue_card], acting_user=officer)
    for step, who in (("submit", officer), ("approve", mayor), ("publish", officer)):
        a = services.assessment_transition(assessment=a, transition=step, acting_user=who,
                                           comment="ตามมติคณะทำงานประเมินความเสี่ยง" if step == "submit" else "")
    rnd = services.round_create(assessment=a, months=6, as_of=datetime.date(2023, 3, 31), acting_user=officer)
    progress, reviews = {}, {}
    for p in rnd.progress.select_related("measure"):
        progress[p.measure_id] = {"status": "done" if "NO Gift" in p.measure.description else "in_progress",
                                  "evidence": "รายงานผลการดำเนินงานรอบ ๖ เดือน"}
    for r in rnd.reviews.select_related("risk"):
        lk, im = (r.risk.likelihood or 2), (r.risk.impact or 2)
        reviews[r.risk_id] = {"residual_likelihood": max(1, lk - 1), "residual_impact": im, "incidents": 0}
    services.round_record(round=rnd, progress=progress, reviews=reviews, acting_user=officer,
                          summary="มาตรการส่วนใหญ่อยู่ระหว่างดำเนินการ ยังไม่พบเรื่องร้องเรียนเกี่ยวกับความเสี่ยงทั้งสองด้าน")
    for step, who in (("submit", officer), ("approve", mayor), ("publish", officer)):
        rnd = services.round_transition(round=rnd, transition=step, acting_user=who)
    assert a.status == AssessmentStatus.PUBLISHED
