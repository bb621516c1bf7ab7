from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError

from ..errors import RiskErrorCode
from ..models import AssessmentStatus, FollowUpRound, MeasureProgress, MeasureStatus, RiskAssessment, RiskReview
from ..models import ControlMeasure, Risk
from .assessment import check_transition, record_event
from .rules import ensure_scale, ensure_working_group, score_and_level

FOLLOW_UP_MONTHS = (6, 12)


def _ensure_round_editable(rnd: FollowUpRound) -> None:
    if rnd.status != AssessmentStatus.DRAFT:
        raise ApplicationError(code=RiskErrorCode.NOT_EDITABLE,
                               message=_("This follow-up round is %(status)s and cannot be edited.")
                               % {"status": rnd.get_status_display()})


@audited
@transaction.atomic
def round_create(*, assessment: RiskAssessment, months, as_of: datetime.date, acting_user) -> FollowUpRound:
    """Open the 6- or 12-month follow-up: one progress row per measure, one review per risk."""
    ensure_working_group(assessment, acting_user)
    try:
        months = int(months)
    except (TypeError, ValueError):
        months = 0
    if months not in FOLLOW_UP_MONTHS:
        raise ApplicationError(code=RiskErrorCode.ROUND_INVALID, field="months",
                               message=_("A follow-up round is at 6 or at 12 months."))
    if assessment.status not in (AssessmentStatus.APPROVED, AssessmentStatus.PUBLISHED):
        raise ApplicationError(code=RiskErrorCode.ROUND_INVALID,
                               message=_("Follow up an assessment once the executive has approved it."))
    if assessment.rounds.filter(months=months).exists():
        raise ApplicationError(code=RiskErrorCode.ROUND_TAKEN, field="months",
                               message=_("The %(months)s-month follow-up already exists.") % {"months": months})
    org = assessment.organisation
    rnd = FollowUpRound.objects.create(organisation=org, assessment=assessment, months=months, as_of=as_of)
    previous = {p.measure_id: p for p in MeasureProgress.objects.for_org(org).filter(
        round__assessment=assessment, round__months__lt=months)}
    MeasureProgress.objects.bulk_create(
        MeasureProgress(organisation=org, round=rnd, measure=m,
                        status=previous[m.pk].status if m.pk in previous else MeasureStatus.NOT_STARTED)
        for m in ControlMeasure.objects.for_org(org).filter(risk__assessment=assessment))
    RiskReview.objects.bulk_create(RiskReview(organisation=org, round=rnd, risk=r)
                                   for r in Risk.objects.for_org(org).filter(assessment=assessment))
    return rnd


@audited
@transaction.atomic
def round_record(*, round: FollowUpRound, acting_user, summary: str | None = None, progress: dict | None = None,
                 reviews: dict | None = None, as_of: datetime.date | None = None) -> FollowUpRound:
    """Save a round. `progress`: {measure_id: {status, evidence, evidence_url}};
    `reviews`: {risk_id: {residual_likelihood, residual_impact, incidents, comment}}."""
    ensure_working_group(round.assessment, acting_user)
    _ensure_round_editable(round)
    matrix = round.assessment.matrix
    rows = {p.measure_id: p for p in round.progress.all()}
    for measure_id, data in (progress or {}).items():
        row = rows.get(int(measure_id))
        if row is None:
            raise ApplicationError(code=RiskErrorCode.ROUND_INVALID, message=_("Unknown measure."))
        if data.get("status", row.status) not in MeasureStatus.values:
            raise ApplicationError(code=RiskErrorCode.STATUS_INVALID, field=f"status_{measure_id}",
                                   message=_("Choose a status for each measure."))
        row.status = data.get("status", row.status)
        row.evidence = (data.get("evidence") or "").strip()
        row.evidence_url = (data.get("evidence_url") or "").strip()
        row.save()
    by_risk = {r.risk_id: r for r in round.reviews.all()}
    for risk_id, data in (reviews or {}).items():
        review = by_risk.get(int(risk_id))
        if review is None:
            raise ApplicationError(code=RiskErrorCode.ROUND_INVALID, message=_("Unknown risk."))
        lk = ensure_scale(matrix, data.get("residual_likelihood"), field=f"residual_likelihood_{risk_id}")
        im = ensure_scale(matrix, data.get("residual_impact"), field=f"residual_impact_{risk_id}")
        if (lk is None) != (im is None):
            raise ApplicationError(code=RiskErrorCode.SCALE_INVALID, field=f"residual_impact_{risk_id}",
                                   message=_("Give both likelihood and impact, or neither."))
        incidents = data.get("incidents") or 0
        if not str(incidents).isdigit():
            raise ApplicationError(code=RiskErrorCode.SCALE_INVALID, field=f"incidents_{risk_id}",
                                   message=_("The number of incidents must be a whole number."))
        review.residual_likelihood, review.residual_impact = lk, im
        review.residual_score, review.residual_level = score_and_level(matrix, lk, im)
        review.incidents, review.comment = int(incidents), (data.get("comment") or "").strip()
        review.save()
    if summary is not None:
        round.summary = summary.strip()
    if as_of is not None:
        round.as_of = as_of
    round.save()
    return round


@audited
@transaction.atomic
def round_transition(*, round: FollowUpRound, transition: str, acting_user, comment: str = "") -> FollowUpRound:
    from ..selectors.public import public_snapshot

    rnd = FollowUpRound.objects.select_for_update().select_related("assessment").get(pk=round.pk)
    step, comment = check_transition(rnd, transition, acting_user, comment)
    assessment = rnd.assessment
    if step.target == AssessmentStatus.PUBLISHED and assessment.status != AssessmentStatus.PUBLISHED:
        raise ApplicationError(code=RiskErrorCode.ROUND_NEEDS_PUBLISHED,
                               message=_("Publish the assessment before its follow-up report."))
    before, now = rnd.status, timezone.now()
    rnd.status = step.target
    if step.target == AssessmentStatus.APPROVED:
        rnd.approved_by, rnd.approved_at = acting_user, now
    if step.target == AssessmentStatus.PUBLISHED:
        rnd.published_at = now
    rnd.save()
    if step.target == AssessmentStatus.PUBLISHED:
        assessment.public_snapshot = public_snapshot(assessment=assessment)
        assessment.save(update_fields=["public_snapshot", "updated_at"])
    record_event(assessment=assessment, round=rnd, acting_user=acting_user, transition=step.name, before=before,
                 after=rnd.status, comment=comment)
    return rnd
