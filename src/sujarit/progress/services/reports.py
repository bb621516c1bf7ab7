from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError
from sujarit.orgs.selectors import user_roles
from sujarit.plans.models import Kpi, YearlyEntry

from ..errors import ProgressErrorCode
from ..models import KpiResult, ProgressReport, ReportEvent
from ..models.reports import REASON_REQUIRED, ReportStatus
from ..workflow import EDITABLE_STATES, REPORTER_ROLES, TRANSITIONS
from .rules import ensure_money, ensure_role

TEXT_FIELDS = ("narrative", "problems", "suggestions")


@audited
@transaction.atomic
def report_save(*, entry: YearlyEntry, quarter: int, acting_user, status: str, reason: str = "",
                committed=0, paid=0, narrative: str = "", problems: str = "", suggestions: str = "",
                kpi_results: dict[int, tuple] | None = None) -> ProgressReport:
    """Create or update the report of `entry` for `quarter` (only while it is a draft or returned)."""
    org = entry.organisation
    ensure_role(user=acting_user, organisation=org, roles=REPORTER_ROLES,
                message=_("Only the organisation's plan officers report progress."))
    if quarter not in (1, 2, 3, 4):
        raise ApplicationError(code=ProgressErrorCode.QUARTER_INVALID, field="quarter",
                               message=_("A quarter must be 1, 2, 3 or 4."))
    if status not in ReportStatus.values:
        raise ApplicationError(code=ProgressErrorCode.TRANSITION_INVALID, field="status",
                               message=_("Choose a status."))
    reason = (reason or "").strip()
    if status in REASON_REQUIRED and not reason:
        raise ApplicationError(code=ProgressErrorCode.REASON_REQUIRED, field="reason",
                               message=_("Give the reason the item is postponed or cancelled."))
    committed = ensure_money(committed, field="committed")
    paid = ensure_money(paid, field="paid")
    if paid > committed:
        raise ApplicationError(code=ProgressErrorCode.PAID_OVER_COMMITTED, field="paid",
                               message=_("The money paid cannot be more than the money committed."))
    report = (ProgressReport.objects.for_org(org).select_for_update()
              .filter(entry=entry, quarter=quarter).first())
    if report is None:
        report = ProgressReport(organisation=org, entry=entry, quarter=quarter)
    elif report.state not in EDITABLE_STATES:
        raise ApplicationError(code=ProgressErrorCode.NOT_EDITABLE,
                               message=_("This report is %(state)s and cannot be changed.")
                               % {"state": report.get_state_display()})
    report.status, report.reason, report.committed, report.paid = status, reason, committed, paid
    report.narrative, report.problems, report.suggestions = (
        (narrative or "").strip(), (problems or "").strip(), (suggestions or "").strip())
    report.reported_by = acting_user
    report.save()
    _save_kpis(report, kpi_results or {})
    return report


def _save_kpis(report: ProgressReport, results: dict[int, tuple]) -> None:
    kpis = {k.pk: k for k in Kpi.objects.for_org(report.organisation).filter(project_id=report.entry.project_id)}
    for kpi_id, (achieved, note) in results.items():
        if kpi_id not in kpis:
            raise ApplicationError(code=ProgressErrorCode.KPI_FOREIGN,
                                   message=_("This indicator does not belong to the project."))
        achieved = None if achieved in (None, "") else ensure_money(achieved, field=f"kpi_{kpi_id}")
        KpiResult.objects.update_or_create(organisation=report.organisation, report=report, kpi=kpis[kpi_id],
                                           defaults={"achieved": achieved, "note": (note or "").strip()})


@audited
@transaction.atomic
def report_transition(*, report: ProgressReport, transition: str, acting_user,
                      comment: str = "") -> ProgressReport:
    report = ProgressReport.objects.select_for_update().get(pk=report.pk)
    step = TRANSITIONS.get(transition)
    if step is None or report.state not in step.sources:
        raise ApplicationError(code=ProgressErrorCode.TRANSITION_INVALID,
                               message=_("This action is not possible while the report is %(state)s.")
                               % {"state": report.get_state_display()})
    if not (user_roles(user=acting_user, organisation=report.organisation) & step.roles):
        raise ApplicationError(code=ProgressErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Your role does not allow this action."))
    comment = (comment or "").strip()
    if step.reason_required and not comment:
        raise ApplicationError(code=ProgressErrorCode.COMMENT_REQUIRED, field="comment",
                               message=_("Please give a reason."))
    before, now = report.state, timezone.now()
    report.state = step.target
    if step.name == "submit":
        report.submitted_at, report.reported_by = now, acting_user
    if step.name == "approve":
        report.approved_by, report.approved_at = acting_user, now
    if step.name == "reopen":
        report.approved_by, report.approved_at = None, None
    report.save()
    ReportEvent.objects.create(organisation=report.organisation, report=report, actor=acting_user,
                               transition=step.name, from_state=before, to_state=report.state, comment=comment)
    return report
