"""The Part 1 risk table of a plan becomes an assessment; measures are linked to projects by their names.

Measure names in Part 1 are OCR text that differs from the project names (spaces, quotes, "ของหน่วยงาน" where
the project says "ของเทศบาลตำบลหลวงเหนือ"). Matching uses the plans importer's `best_match` (rapidfuzz ratio ≥ 85
on normalised names); a second pass compares the names without the trailing "of <organisation>" phrase. A measure
that still matches nothing stays unlinked, for the working group to link by hand (ADR 0021).
"""
from __future__ import annotations

import re

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.plans.importers.matching import Candidate, best_match
from sujarit.plans.importers.normalise import name_key
from sujarit.plans.models import Plan, Project, RiskRow

from ..errors import RiskErrorCode
from ..models import ControlMeasure, RiskArea, RiskAssessment
from .assessment import assessment_create
from .risk import measure_create, risk_create, set_links
from .rules import ensure_editable, ensure_working_group

# "…ของหน่วยงาน", "…ของเทศบาลตำบลหลวงเหนือ", "…ของ<noise> องค์กรปกครองส่วนท้องถิ่น" at the end of a name.
_OWNER_SUFFIX = re.compile(r"(ของ|ใน)(หน่วยงาน|เทศบาล\S*|องค์การบริหารส่วน\S*|.{0,8}องค์กรปกครองส่วนท้องถิ่น)$")


def _strip_owner(key: str) -> str:
    return _OWNER_SUFFIX.sub("", key)


def project_candidates(plan: Plan) -> list[tuple[Candidate, Candidate]]:
    out = []
    for p in Project.objects.for_org(plan.organisation).filter(plan=plan).select_related("dimension"):
        key = name_key(p.name)
        out.append((Candidate(key=key, dimension=p.dimension.dimension_number, ref=p),
                    Candidate(key=_strip_owner(key), dimension=p.dimension.dimension_number, ref=p)))
    return out


def match_project(text: str, candidates) -> tuple[Project | None, float]:
    """The plan project a measure's text names, and the match score (None when nothing is close enough)."""
    found, score = best_match(text, None, [c for c, _ in candidates])
    if found is None:
        stripped = _strip_owner(name_key(text))
        found, score2 = best_match(stripped, None, [c for _, c in candidates])
        if found is not None:
            score = score2
    return found, score


def _scope(plan: Plan) -> str:
    with translation.override("th"):
        return _("Taken from Part 1 of the plan “%(title)s”.") % {"title": plan.title}


@audited
@transaction.atomic
def assessment_from_plan(*, plan: Plan, fiscal_year_be: int, acting_user) -> RiskAssessment:
    """Create the assessment of `fiscal_year_be` from the plan's Part 1 rows, measures linked by name."""
    rows = list(RiskRow.objects.for_org(plan.organisation).filter(plan=plan).order_by("number", "id"))
    if not rows:
        raise ApplicationError(code=RiskErrorCode.NO_RISK_ROWS,
                               message=_("This plan has no risk-assessment table in Part 1."))
    assessment = assessment_create(organisation=plan.organisation, fiscal_year_be=fiscal_year_be, plan=plan,
                                   acting_user=acting_user, source="plan",
                                   scope=_scope(plan))
    candidates = project_candidates(plan)
    for row in rows:
        risk = risk_create(assessment=assessment, process_step=row.step, events=row.issues or [row.step],
                           area=RiskArea.OTHER, stated_level=row.level, imported=True,
                           acting_user=acting_user)
        for text in row.measures:
            project, score = match_project(text, candidates)
            measure_create(risk=risk, description=text, acting_user=acting_user,
                           projects=[project] if project else [],
                           match_scores={project.pk: score} if project else None)
    return assessment


@audited
@transaction.atomic
def measure_link_by_name(*, measure: ControlMeasure, acting_user) -> Project | None:
    """Link an unlinked measure to the plan project its text names, if one is close enough."""
    ensure_working_group(measure.risk.assessment, acting_user)
    ensure_editable(measure.risk.assessment)
    plan = measure.risk.assessment.plan
    if plan is None:
        return None
    project, score = match_project(measure.description, project_candidates(plan))
    if project is not None:
        set_links(measure, [*measure.projects.all(), project], {project.pk: score})
    return project
