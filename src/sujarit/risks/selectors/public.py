"""What the public sees: a snapshot written when the assessment or a follow-up round is published (ADR 0020).

The public page and the public JSON read only `RiskAssessment.public_snapshot`, so a draft amendment is never
shown, and the published content stays until the next publication.
"""
from __future__ import annotations

from django.db.models import QuerySet
from django.utils import translation

from ..models import AssessmentStatus, RiskAssessment
from .register import assessment_register, latest_round


def public_snapshot(*, assessment: RiskAssessment) -> dict:
    """Risk event, level, measures and their status (from the latest published round), in Thai."""
    with translation.override("th"):
        rnd = latest_round(assessment=assessment, published_only=True)
        register = assessment_register(assessment=assessment, round=rnd)
        return {
            "organisation": assessment.organisation.name,
            "fiscal_year_be": assessment.fiscal_year_be,
            "title": assessment.title,
            "matrix": {"title": assessment.matrix.title, "version": assessment.matrix.version},
            "follow_up_months": rnd.months if rnd else None,
            "follow_up_as_of": rnd.as_of.isoformat() if rnd else None,
            "risks": [{
                "number": r.number, "process_step": r.process_step, "area": r.area_label, "events": r.events,
                "likelihood": r.likelihood, "impact": r.impact, "score": r.score, "level": r.level,
                "level_label": r.level_label or r.stated_level, "level_colour": r.level_colour,
                "residual_level": r.residual_level, "residual_level_label": r.residual_level_label,
                "measures": [{"number": m.number, "description": m.description, "owner": m.owner,
                              "status": m.status, "status_label": m.status_label,
                              "projects": [p.name for p in m.projects]} for m in r.measures],
            } for r in register.risks],
        }


def public_assessments(*, organisation) -> QuerySet[RiskAssessment]:
    """Assessments that have been published at least once (their snapshot is what is shown)."""
    return (RiskAssessment.objects.for_org(organisation).filter(published_at__isnull=False)
            .order_by("-fiscal_year_be"))


def public_assessment(*, organisation, fiscal_year_be: int) -> dict | None:
    found = public_assessments(organisation=organisation).filter(fiscal_year_be=fiscal_year_be).first()
    return {**found.public_snapshot, "published_at": found.published_at} if found else None


__all__ = ["public_snapshot", "public_assessments", "public_assessment", "AssessmentStatus"]
