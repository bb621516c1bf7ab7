"""Reads for progress. Every function names its organisation (through the plan) and runs a fixed number of
queries whatever the number of yearly entries."""
from __future__ import annotations

from django.db.models import QuerySet

from sujarit.plans.models import Plan, PlanTarget, YearlyEntry

from .case_sources import computed_case_count
from .models import CaseCount, Evidence, ItaResult, Notice, ProgressReport, ReportState, TargetProfile
from .models.reports import ReportStatus
from .models.rounds import ROUND_LAST_QUARTER, ROUND_REPORT_QUARTERS, ReportRound, RoundKind
from .periods import default_deadline
from .scoring import case_reduction_pct, ita_grade, ita_target
from .summaries import EntryProgress, Tally, TargetRow, TargetsTable, YearProgress

STATUS_LABELS = dict(ReportStatus.choices)


def _entries(plan: Plan, fiscal_year_be: int) -> QuerySet[YearlyEntry]:
    return (YearlyEntry.objects.for_org(plan.organisation).filter(plan=plan, fiscal_year_be=fiscal_year_be)
            .select_related("project", "project__dimension").order_by("order", "id"))


def _row(e: YearlyEntry) -> EntryProgress:
    return EntryProgress(entry_id=e.pk, project_id=e.project_id, order=e.order, name=e.project.name,
                         dimension=e.project.dimension.dimension_number, kind=e.project.kind, budget=e.budget,
                         quarters=e.quarters, counted=e.counted, responsible=e.project.responsible,
                         status_label=str(STATUS_LABELS[ReportStatus.NOT_STARTED]))


def _is_behind(row: EntryProgress, last_quarter: int) -> bool:
    """Behind schedule at the round: postponed; or a scheduled quarter has passed and nothing started; or
    every scheduled quarter has passed and it is not done."""
    if row.status == ReportStatus.POSTPONED:
        return True
    if row.status in (ReportStatus.DONE, ReportStatus.CANCELLED):
        return False
    passed = [q for q in row.quarters if q <= last_quarter]
    if not passed:
        return False
    return row.status == ReportStatus.NOT_STARTED or max(row.quarters) <= last_quarter


def year_progress(*, plan: Plan, fiscal_year_be: int, kind: str = RoundKind.TWELVE_MONTHS,
                  with_public_evidence: bool = False) -> YearProgress:
    """Each item's status at the round = its latest *approved* report up to the round's last quarter."""
    last_q = ROUND_LAST_QUARTER[RoundKind(kind)]
    rows = [_row(e) for e in _entries(plan, fiscal_year_be)]
    by_entry = {r.entry_id: r for r in rows}
    reports = (ProgressReport.objects.for_org(plan.organisation)
               .filter(entry__plan=plan, entry__fiscal_year_be=fiscal_year_be, quarter__lte=last_q,
                       state=ReportState.APPROVED).order_by("entry_id", "quarter"))
    for rep in reports:  # ascending quarter: the last one wins
        row = by_entry[rep.entry_id]
        row.status, row.status_label, row.reason = rep.status, str(STATUS_LABELS[rep.status]), rep.reason
        row.committed, row.paid = rep.committed, rep.paid
        row.narrative, row.problems, row.suggestions = rep.narrative, rep.problems, rep.suggestions
        row.report_id, row.report_quarter = rep.pk, rep.quarter
    if with_public_evidence:
        report_ids = {r.report_id: r for r in rows if r.report_id}
        for ev in (Evidence.objects.for_org(plan.organisation).filter(report_id__in=list(report_ids),
                                                                       is_public=True).order_by("id")):
            report_ids[ev.report_id].public_evidence.append(
                {"id": ev.pk, "title": ev.title, "kind": ev.kind, "url": ev.url, "content_type": ev.content_type})
    total = Tally(round_kind=kind)
    dims: dict[int, Tally] = {d: Tally(round_kind=kind, label=str(d)) for d in (1, 2, 3, 4)}
    for row in rows:
        row.behind = _is_behind(row, last_q)
        if row.counted:
            total.add(row)
            dims.setdefault(row.dimension, Tally(round_kind=kind, label=str(row.dimension))).add(row)
    return YearProgress(organisation_name=plan.organisation.name, organisation_code=plan.organisation.code,
                        plan_id=plan.pk, plan_title=plan.title, fiscal_year_be=fiscal_year_be, round_kind=kind,
                        rows=rows, total=total, per_dimension=[dims[d] for d in sorted(dims)])


def plan_progress(*, plan: Plan, up_to_year_be: int) -> Tally:
    """The plan's implementation % over every year up to `up_to_year_be` (12-month basis)."""
    total = Tally(round_kind=RoundKind.TWELVE_MONTHS)
    for year in plan.years:
        if year <= up_to_year_be:
            for row in year_progress(plan=plan, fiscal_year_be=year).scored_rows:
                total.add(row)
    return total


def round_missing(*, plan: Plan, fiscal_year_be: int, kind: str) -> list[EntryProgress]:
    """Items with no report submitted or approved in the round's quarters (6 months: 1–2; 12 months: 3–4)."""
    reported = set(ProgressReport.objects.for_org(plan.organisation).filter(
        entry__plan=plan, entry__fiscal_year_be=fiscal_year_be, quarter__in=ROUND_REPORT_QUARTERS[RoundKind(kind)],
        state__in=[ReportState.SUBMITTED, ReportState.APPROVED]).values_list("entry_id", flat=True))
    return [_row(e) for e in _entries(plan, fiscal_year_be) if e.pk not in reported]


def rounds_of_year(*, plan: Plan, fiscal_year_be: int) -> list[ReportRound]:
    """Both rounds; a round not configured yet is shown with its default deadline (unsaved)."""
    saved = {r.kind: r for r in ReportRound.objects.for_org(plan.organisation).filter(
        plan=plan, fiscal_year_be=fiscal_year_be)}
    return [saved.get(kind) or ReportRound(organisation=plan.organisation, plan=plan, fiscal_year_be=fiscal_year_be,
                                           kind=kind, deadline=default_deadline(fiscal_year_be, kind))
            for kind in RoundKind.values]


def entry_reports(*, plan: Plan, fiscal_year_be: int) -> dict[int, dict[int, ProgressReport]]:
    """entry id → quarter → report (any state), for the work list."""
    result: dict[int, dict[int, ProgressReport]] = {}
    for rep in ProgressReport.objects.for_org(plan.organisation).filter(
            entry__plan=plan, entry__fiscal_year_be=fiscal_year_be).only("id", "entry_id", "quarter", "status",
                                                                          "state"):
        result.setdefault(rep.entry_id, {})[rep.quarter] = rep
    return result


def targets_table(*, plan: Plan) -> TargetsTable:
    org = plan.organisation
    targets = {t.fiscal_year_be: t for t in PlanTarget.objects.for_org(org).filter(plan=plan)}
    ita = {r.fiscal_year_be: r for r in ItaResult.objects.for_org(org).filter(plan=plan)}
    cases = {c.fiscal_year_be: c for c in CaseCount.objects.for_org(org).filter(plan=plan)}
    profile = TargetProfile.objects.for_org(org).filter(plan=plan).first()
    passed = bool(profile and profile.already_passed_ita)
    rows = []
    for year in plan.years:
        t, r, c = targets.get(year), ita.get(year), cases.get(year)
        count, source = (c.count, "manual") if c else (None, "")
        if c is None:
            computed = computed_case_count(organisation=org, fiscal_year_be=year)
            if computed is not None:
                count, source = computed, "computed"
        rows.append(TargetRow(
            fiscal_year_be=year, ita_target=ita_target(t.ita_score if t else None, already_passed=passed),
            ita_score=r.score if r else None, ita_grade=ita_grade(r.score if r else None),
            iit=r.iit if r else None, eit=r.eit if r else None, oit=r.oit if r else None,
            ita_note=r.note if r else "", case_target_pct=t.case_reduction_pct if t else None,
            case_count=count, case_source=source,
            case_reduction_pct=case_reduction_pct(base=plan.base_case_count, actual=count)))
    return TargetsTable(base_year_be=plan.base_year_be, base_case_count=plan.base_case_count,
                        already_passed_ita=passed, rows=rows)


def plans_for_progress(*, user) -> QuerySet[Plan]:
    from sujarit.plans.selectors import plans_visible
    return plans_visible(user=user)


def public_plan(*, organisation) -> Plan | None:
    """The newest plan the organisation has published (it stays public while it is being amended)."""
    return (Plan.objects.for_org(organisation).filter(published_at__isnull=False).select_related("organisation")
            .order_by("-first_year_be").first())


def notices_for(*, user) -> QuerySet[Notice]:
    return Notice.objects.filter(user=user).select_related("organisation")


def report_get(*, organisation, report_id: int) -> ProgressReport:
    return (ProgressReport.objects.for_org(organisation)
            .select_related("entry", "entry__project", "entry__project__dimension", "entry__plan",
                            "reported_by", "approved_by", "organisation")
            .get(pk=report_id))


def latest_reported_year(*, plan: Plan) -> int:
    """The newest fiscal year with an approved report, else the current fiscal year (clamped to the plan)."""
    from django.db.models import Max
    from django.utils import timezone

    from sujarit.core.thai import fiscal_year_be

    year = ProgressReport.objects.for_org(plan.organisation).filter(
        entry__plan=plan, state=ReportState.APPROVED).aggregate(y=Max("entry__fiscal_year_be"))["y"]
    if year is None:
        year = min(max(fiscal_year_be(timezone.localdate()), plan.first_year_be), plan.last_year_be)
    return year
