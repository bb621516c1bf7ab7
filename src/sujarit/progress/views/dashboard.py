"""Dashboard, work list, rounds and the monitoring-report PDF of one plan year."""
from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule, authenticated
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import fiscal_year_be as fy_of
from sujarit.orgs.access import can_view_org
from sujarit.orgs.selectors import user_roles

from .. import selectors, services
from ..documents import monitoring_document, monitoring_pdf
from ..forms import RoundForm
from ..models import RoundKind
from ..workflow import REPORTER_ROLES
from .charts import chart_data
from .common import can_edit_targets, get_plan_year


def current_year(plan) -> int:
    return min(max(fy_of(timezone.localdate()), plan.first_year_be), plan.last_year_be)


@access_rule(authenticated)
def index(request):
    plans = list(selectors.plans_for_progress(user=request.user))
    notices = list(selectors.notices_for(user=request.user)[:20])
    return render(request, "progress/index.html", {
        "plans": [(p, current_year(p)) for p in plans], "notices": notices,
        "unread": sum(1 for n in notices if n.read_at is None)})


@require_POST
@access_rule(authenticated)
def notices_read(request):
    selectors.notices_for(user=request.user).filter(read_at=None).update(read_at=timezone.now())
    return redirect("progress:index")


def _year_context(request, plan, year) -> dict:
    roles = user_roles(user=request.user, organisation=plan.organisation)
    return {"plan": plan, "organisation": plan.organisation, "year": year, "roles": roles,
            "can_report": bool(roles & REPORTER_ROLES), "round_kinds": RoundKind}


@access_rule(can_view_org)
def dashboard(request, org_code: str, plan_id: int, fiscal_year_be: int):
    plan = get_plan_year(request, plan_id, fiscal_year_be)
    six = selectors.year_progress(plan=plan, fiscal_year_be=fiscal_year_be, kind=RoundKind.SIX_MONTHS)
    twelve = selectors.year_progress(plan=plan, fiscal_year_be=fiscal_year_be, kind=RoundKind.TWELVE_MONTHS)
    targets = selectors.targets_table(plan=plan)
    ctx = _year_context(request, plan, fiscal_year_be)
    ctx.update(six=six, twelve=twelve, targets=targets, dims=list(zip(six.per_dimension, twelve.per_dimension)),
               chart=chart_data(six=six, twelve=twelve, targets=targets))
    return render(request, "progress/dashboard.html", ctx)


@access_rule(can_view_org)
def entries(request, org_code: str, plan_id: int, fiscal_year_be: int):
    plan = get_plan_year(request, plan_id, fiscal_year_be)
    progress = selectors.year_progress(plan=plan, fiscal_year_be=fiscal_year_be)
    reports = selectors.entry_reports(plan=plan, fiscal_year_be=fiscal_year_be)
    rows = [(row, [(q, q in row.quarters, reports.get(row.entry_id, {}).get(q)) for q in (1, 2, 3, 4)])
            for row in progress.rows]
    ctx = _year_context(request, plan, fiscal_year_be)
    ctx.update(rows=rows)
    return render(request, "progress/entries.html", ctx)


@access_rule(can_view_org)
def rounds(request, org_code: str, plan_id: int, fiscal_year_be: int):
    plan = get_plan_year(request, plan_id, fiscal_year_be)
    ctx = _year_context(request, plan, fiscal_year_be)
    ctx["rounds"] = [
        (rnd, selectors.round_missing(plan=plan, fiscal_year_be=fiscal_year_be, kind=rnd.kind),
         RoundForm(initial={"kind": rnd.kind, "deadline": rnd.deadline, "remind_days_before": rnd.remind_days_before},
                   prefix=rnd.kind))
        for rnd in selectors.rounds_of_year(plan=plan, fiscal_year_be=fiscal_year_be)]
    return render(request, "progress/rounds.html", ctx)


@require_POST
@access_rule(can_edit_targets)
def round_set(request, org_code: str, plan_id: int, fiscal_year_be: int, round_kind: str):
    plan = get_plan_year(request, plan_id, fiscal_year_be)
    if round_kind not in RoundKind.values:
        raise Http404
    form = RoundForm(request.POST, prefix=round_kind)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    else:
        try:
            services.round_set(plan=plan, fiscal_year_be=fiscal_year_be, kind=round_kind,
                               deadline=form.cleaned_data["deadline"],
                               remind_days_before=form.cleaned_data["remind_days_before"], acting_user=request.user)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The round was saved."))
    return redirect("progress:rounds", org_code=org_code, plan_id=plan.pk, fiscal_year_be=fiscal_year_be)


@access_rule(can_view_org)
def round_pdf(request, org_code: str, plan_id: int, fiscal_year_be: int, round_kind: str):
    plan = get_plan_year(request, plan_id, fiscal_year_be)
    if round_kind not in RoundKind.values:
        raise Http404
    document = monitoring_document(plan=plan, fiscal_year_be=fiscal_year_be, kind=round_kind)
    response = HttpResponse(monitoring_pdf(document), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="monitoring-{fiscal_year_be}-{round_kind}.pdf"'
    return response
