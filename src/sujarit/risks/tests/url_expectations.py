"""Who may use each risk-register URL (walked by tests/test_url_access.py)."""
from sujarit.core.testing import EVERYONE, SIGNED_IN, VIEWERS

WORKING_GROUP = frozenset({"plan", "auditor", "orgadmin"})
ACTORS = WORKING_GROUP | {"mayor"}

EXPECTED = {
    "risks:home": ("get", SIGNED_IN),
    "risks:list": ("get", VIEWERS),
    "risks:create": ("get", WORKING_GROUP),
    "risks:from_plan": ("get", WORKING_GROUP),
    "risks:project": ("get", VIEWERS),
    "risks:detail": ("get", VIEWERS),
    "risks:edit": ("get", WORKING_GROUP),
    "risks:member_add": ("get", WORKING_GROUP),
    "risks:member_remove": ("post", WORKING_GROUP),
    "risks:risk_create": ("get", WORKING_GROUP),
    "risks:risk_edit": ("get", WORKING_GROUP),
    "risks:measure_create": ("get", WORKING_GROUP),
    "risks:measure_edit": ("get", WORKING_GROUP),
    "risks:transition": ("post", ACTORS),
    "risks:round_create": ("get", WORKING_GROUP),
    "risks:round": ("get", VIEWERS),
    "risks:round_edit": ("get", WORKING_GROUP),
    "risks:round_transition": ("post", ACTORS),
    "risks:export_xlsx": ("get", VIEWERS),
    "risks:import_xlsx": ("get", WORKING_GROUP),
    "risks:report_pdf": ("get", VIEWERS),
    "risks:report_docx": ("get", VIEWERS),
    "risks:round_pdf": ("get", VIEWERS),
    "risks:round_docx": ("get", VIEWERS),
    "risks:public_list": ("get", EVERYONE),
    "risks:public_detail": ("get", EVERYONE),
}


def url_kwargs(demo) -> dict:
    from sujarit.risks.models import RiskAssessment

    a = RiskAssessment.objects.for_org(demo.org).get(fiscal_year_be=2566)
    risk = a.risks.order_by("number").first()
    return {"assessment_id": a.pk, "risk_id": risk.pk, "measure_id": risk.measures.first().pk,
            "member_id": a.members.first().pk, "round_id": a.rounds.first().pk, "risk_step": "amend"}
