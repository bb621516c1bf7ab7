"""Register services: links both ways, follow-up rounds, workflow roles, refusals that save nothing."""
import datetime

import pytest

from sujarit.core.errors import ApplicationError
from sujarit.risks import selectors, services
from sujarit.risks.models import AssessmentEvent, MeasureProject, RiskAssessment

pytestmark = pytest.mark.django_db


def test_demo_assessment_comes_from_the_plans_two_risk_rows(assessment, demo):
    risks = list(assessment.risks.order_by("number"))
    assert [r.stated_level for r in risks] == ["ปานกลาง", "สูง"]
    assert [r.level for r in risks] == ["medium", "high"]  # the demo's scores agree with the document
    assert [r.measures.count() for r in risks] == [7, 7]  # 6 measures of row 2 + the queue-card activity
    assert assessment.plan == demo.plan and assessment.status == "published"


def test_measures_are_linked_to_plan_projects_by_fuzzy_names(assessment, demo):
    links = {lk.measure.description: lk.project.name for lk in
             MeasureProject.objects.for_org(demo.org).filter(measure__risk__assessment=assessment)
             .select_related("measure", "project")}
    assert links["มาตรการ NO Gift Policy"] == "มาตรการ NO Gift Policy"
    # OCR spacing and "ของหน่วยงาน" versus the municipality's name still match
    assert any(k.startswith("มาตรการจัดให้มีระบบและช่องทาง") and v.endswith("ของเทศบาลตำบลหลวงเหนือ")
               for k, v in links.items())
    assert any(k.startswith("มาตรการส่งเสริมการปฏิบัติงาน") and "ประมวลจริยธรรม" in v for k, v in links.items())
    assert len(links) >= 10
    unlinked = assessment.risks.get(number=2).measures.filter(project_links__isnull=True)
    assert unlinked.filter(description__contains="เท่าเทียม").exists()  # no such project in the plan


def test_project_to_risk_and_risk_to_project_directions(assessment, demo):
    queue = demo.plan.projects.get(name__contains="บัตรคิว")
    no_gift = demo.plan.projects.get(name="มาตรการ NO Gift Policy")
    for project in (queue, no_gift):
        rows = selectors.project_risks(organisation=demo.org, project=project)
        assert [(r["risk"].number, r["level_label"]) for r in rows] == [(2, "สูง")]
    register = selectors.assessment_register(assessment=assessment)
    treated_by = {p.name for m in register.risks[1].measures for p in m.projects}
    assert {queue.name, no_gift.name} <= treated_by


def test_a_project_of_another_organisation_cannot_be_linked(draft, persona, other_org):
    risk = services.risk_create(assessment=draft, process_step="ขั้นตอน", events=["เหตุการณ์"], area="hr",
                                acting_user=persona("plan"))
    with pytest.raises(ApplicationError) as err:
        services.measure_create(risk=risk, description="มาตรการ", projects=[other_org.project],
                                acting_user=persona("plan"))
    assert err.value.code == "risk_project_foreign"
    assert not risk.measures.exists()


def test_bad_risk_input_is_refused_with_a_code(draft, persona):
    officer = persona("plan")
    cases = [({"process_step": " ", "events": ["x"], "area": "hr"}, "risk_step_required"),
             ({"process_step": "x", "events": [" "], "area": "hr"}, "risk_event_required"),
             ({"process_step": "x", "events": ["x"], "area": "other"}, "risk_area_other_required"),
             ({"process_step": "x", "events": ["x"], "area": "weird"}, "risk_area_invalid")]
    for kwargs, code in cases:
        with pytest.raises(ApplicationError) as err:
            services.risk_create(assessment=draft, acting_user=officer, **kwargs)
        assert err.value.code == code
    assert not draft.risks.exists()


def test_only_the_working_group_edits_and_only_the_executive_approves(draft, persona):
    with pytest.raises(ApplicationError) as err:
        services.risk_create(assessment=draft, process_step="x", events=["x"], area="hr", acting_user=persona("mayor"))
    assert err.value.code == "risk_transition_forbidden"
    for who in ("plan", "auditor", "orgadmin"):
        services.risk_create(assessment=draft, process_step=f"ขั้นตอนของ {who}", events=["x"], area="hr",
                             acting_user=persona(who))
    with pytest.raises(ApplicationError) as err:
        services.assessment_transition(assessment=draft, transition="submit", acting_user=persona("council"))
    assert err.value.code == "risk_transition_forbidden"
    draft = services.assessment_transition(assessment=draft, transition="submit", acting_user=persona("auditor"))
    with pytest.raises(ApplicationError) as err:
        services.assessment_transition(assessment=draft, transition="approve", acting_user=persona("plan"))
    assert err.value.code == "risk_transition_forbidden"
    with pytest.raises(ApplicationError) as err:
        services.assessment_transition(assessment=draft, transition="return", acting_user=persona("mayor"))
    assert err.value.code == "risk_reason_required"
    draft = services.assessment_transition(assessment=draft, transition="approve", acting_user=persona("mayor"))
    assert (draft.status, draft.approved_by) == ("approved", persona("mayor"))
    with pytest.raises(ApplicationError) as err:
        services.risk_create(assessment=draft, process_step="x", events=["x"], area="hr", acting_user=persona("plan"))
    assert err.value.code == "risk_assessment_not_editable"
    steps = list(AssessmentEvent.objects.filter(assessment=draft).values_list("transition", flat=True))
    assert steps == ["approve", "submit"]


def test_an_empty_assessment_cannot_be_submitted_and_a_year_is_taken_once(draft, demo, persona):
    with pytest.raises(ApplicationError) as err:
        services.assessment_transition(assessment=draft, transition="submit", acting_user=persona("plan"))
    assert err.value.code == "risk_event_required"
    with pytest.raises(ApplicationError) as err:
        services.assessment_create(organisation=demo.org, fiscal_year_be=2567, acting_user=persona("plan"))
    assert err.value.code == "risk_assessment_year_taken"
    with pytest.raises(ApplicationError) as err:
        services.assessment_create(organisation=demo.org, fiscal_year_be=2023, acting_user=persona("plan"))
    assert err.value.code == "risk_year_invalid"


def test_the_public_sees_only_what_was_published(assessment, persona):
    from sujarit.risks.selectors.public import public_assessment

    officer = persona("plan")
    before = public_assessment(organisation=assessment.organisation, fiscal_year_be=2566)
    a = services.assessment_transition(assessment=assessment, transition="amend", acting_user=officer,
                                       comment="เพิ่มความเสี่ยงด้านการจัดซื้อ")
    services.risk_create(assessment=a, process_step="การจัดซื้อจัดจ้าง", events=["กำหนดคุณลักษณะเอื้อผู้ขาย"],
                         area="budget", likelihood=4, impact=4, acting_user=officer)
    during = public_assessment(organisation=a.organisation, fiscal_year_be=2566)
    assert [r["number"] for r in during["risks"]] == [1, 2] == [r["number"] for r in before["risks"]]
    for step, who in (("submit", officer), ("approve", persona("mayor")), ("publish", persona("mayor"))):
        a = services.assessment_transition(assessment=a, transition=step, acting_user=who)
    after = public_assessment(organisation=a.organisation, fiscal_year_be=2566)
    assert [r["level_label"] for r in after["risks"]] == ["ปานกลาง", "สูง", "สูงมาก"]


def test_draft_assessments_are_not_public(draft, persona):
    from sujarit.risks.selectors.public import public_assessment

    services.risk_create(assessment=draft, process_step="x", events=["x"], area="hr", acting_user=persona("plan"))
    assert public_assessment(organisation=draft.organisation, fiscal_year_be=2567) is None


def test_follow_up_rounds_at_6_and_12_months(assessment, persona):
    officer, mayor = persona("plan"), persona("mayor")
    six = assessment.rounds.get(months=6)
    assert six.status == "published"
    with pytest.raises(ApplicationError) as err:
        services.round_create(assessment=assessment, months=6, as_of=datetime.date(2023, 4, 1), acting_user=officer)
    assert err.value.code == "risk_round_taken"
    with pytest.raises(ApplicationError) as err:
        services.round_create(assessment=assessment, months=9, as_of=datetime.date(2023, 6, 1), acting_user=officer)
    assert err.value.code == "risk_round_invalid"
    twelve = services.round_create(assessment=assessment, months=12, as_of=datetime.date(2023, 9, 30),
                                   acting_user=officer)
    # statuses carry over from the 6-month round
    assert twelve.progress.filter(status="done").count() == six.progress.filter(status="done").count() == 1
    risk = assessment.risks.get(number=2)
    with pytest.raises(ApplicationError) as err:
        services.round_record(round=twelve, acting_user=officer,
                              reviews={risk.pk: {"residual_likelihood": 2, "residual_impact": 9}})
    assert err.value.code == "risk_scale_invalid"
    progress = {m.pk: {"status": "done", "evidence": "รายงานผล"} for m in risk.measures.all()}
    services.round_record(round=twelve, acting_user=officer, progress=progress,
                          reviews={risk.pk: {"residual_likelihood": 1, "residual_impact": 4, "incidents": "1"}})
    register = selectors.round_sheet(assessment=assessment, round=twelve)
    r2 = register.risks[1]
    assert (r2.residual_score, r2.residual_level, r2.incidents) == (4, "medium", 1)
    assert {m.status for m in r2.measures} == {"done"}
    residual = selectors.heat_map(register=register, matrix=assessment.matrix, residual=True)
    cell = next(c for row in residual.rows for c in row if (c.likelihood, c.impact) == (1, 4))
    assert cell.risks == [2]
    with pytest.raises(ApplicationError) as err:
        services.round_transition(round=twelve, transition="approve", acting_user=officer)
    assert err.value.code == "risk_transition_invalid"
    for step, who in (("submit", officer), ("approve", mayor), ("publish", mayor)):
        twelve = services.round_transition(round=twelve, transition=step, acting_user=who)
    assessment.refresh_from_db()
    assert assessment.public_snapshot["follow_up_months"] == 12
    with pytest.raises(ApplicationError) as err:
        services.round_record(round=twelve, acting_user=officer, summary="แก้")
    assert err.value.code == "risk_assessment_not_editable"


def test_a_draft_assessment_has_no_follow_up(draft, persona):
    with pytest.raises(ApplicationError) as err:
        services.round_create(assessment=draft, months=6, as_of=datetime.date(2024, 3, 31), acting_user=persona("plan"))
    assert err.value.code == "risk_round_invalid"


def test_case_counts_come_from_registered_sources(assessment):
    from sujarit.risks import extension

    def complaints(*, organisation, risk_ids, start, end):
        assert start == datetime.date(2022, 10, 1)
        return {risk_ids[-1]: 3}

    extension.register_case_source("complaints", complaints)
    try:
        register = selectors.assessment_register(assessment=assessment, round=assessment.rounds.get(months=6))
        assert [r.linked_cases for r in register.risks] == [{}, {"complaints": 3}]
    finally:
        extension.unregister_case_source("complaints")


def test_plan_without_risk_rows_cannot_seed_an_assessment(other_org):
    with pytest.raises(ApplicationError) as err:
        services.assessment_from_plan(plan=other_org.plan, fiscal_year_be=2566, acting_user=other_org.officer)
    assert err.value.code == "risk_plan_has_no_risk_rows"
    assert not RiskAssessment.objects.for_org(other_org.org).exists()
