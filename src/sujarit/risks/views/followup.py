"""Workflow steps, and the 6- and 12-month follow-up rounds."""
from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import can_view_org

from .. import selectors, services
from ..forms import STATUS_CHOICES, RoundForm, TransitionForm
from ..models import AssessmentStatus, FollowUpRound
from ..workflow import transitions_available
from .common import add_service_error, can_act, get_assessment, get_or_404, is_working_group, role_context


@require_POST
@access_rule(can_act)
def assessment_transition(request, org_code: str, assessment_id: int, risk_step: str):
    assessment = get_assessment(request, assessment_id)
    form = TransitionForm(request.POST)
    form.is_valid()
    try:
        assessment = services.assessment_transition(assessment=assessment, transition=risk_step,
                                                    acting_user=request.user,
                                                    comment=form.cleaned_data.get("comment", ""))
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done: the assessment is now %(status)s.")
                         % {"status": assessment.get_status_display()})
    return redirect("risks:detail", org_code=org_code, assessment_id=assessment.pk)


def _round(request, assessment, round_id) -> FollowUpRound:
    rnd = get_or_404(FollowUpRound.objects.for_org(request.organisation), assessment=assessment, pk=round_id)
    rnd.assessment = assessment
    return rnd


@access_rule(is_working_group)
def round_create(request, org_code: str, assessment_id: int):
    assessment = get_assessment(request, assessment_id)
    taken = set(assessment.rounds.values_list("months", flat=True))
    form = RoundForm(request.POST or None, initial={"months": 12 if 6 in taken else 6})
    if request.method == "POST" and form.is_valid():
        try:
            rnd = services.round_create(assessment=assessment, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The follow-up round was opened. Record each measure's status."))
            return redirect("risks:round_edit", org_code=org_code, assessment_id=assessment.pk, round_id=rnd.pk)
    ctx = role_context(request, assessment)
    ctx.update(form=form, title=_("Open a follow-up round"))
    return render(request, "risks/form.html", ctx)


def _round_context(request, assessment, rnd) -> dict:
    ctx = role_context(request, assessment)
    register = selectors.round_sheet(assessment=assessment, round=rnd)
    ctx.update(round=rnd, register=register, matrix=assessment.matrix,
               residual=selectors.heat_map(register=register, matrix=assessment.matrix, residual=True),
               round_editable=ctx["in_group"] and rnd.status == AssessmentStatus.DRAFT,
               transitions=transitions_available(status=rnd.status, roles=ctx["roles"]),
               statuses=STATUS_CHOICES, scale=range(1, assessment.matrix.size + 1))
    return ctx


@access_rule(can_view_org)
def round_detail(request, org_code: str, assessment_id: int, round_id: int):
    assessment = get_assessment(request, assessment_id)
    rnd = _round(request, assessment, round_id)
    return render(request, "risks/round_detail.html", _round_context(request, assessment, rnd))


def _posted(post, register) -> tuple[dict, dict]:
    progress = {m.id: {"status": post.get(f"status_{m.id}", m.status), "evidence": post.get(f"evidence_{m.id}", ""),
                       "evidence_url": post.get(f"evidence_url_{m.id}", "")}
                for r in register.risks for m in r.measures}
    reviews = {r.id: {"residual_likelihood": post.get(f"residual_likelihood_{r.id}"),
                      "residual_impact": post.get(f"residual_impact_{r.id}"),
                      "incidents": post.get(f"incidents_{r.id}", "0").strip() or "0",
                      "comment": post.get(f"comment_{r.id}", "")} for r in register.risks}
    return progress, reviews


@access_rule(is_working_group)
def round_edit(request, org_code: str, assessment_id: int, round_id: int):
    assessment = get_assessment(request, assessment_id)
    rnd = _round(request, assessment, round_id)
    ctx = _round_context(request, assessment, rnd)
    if request.method == "POST":
        progress, reviews = _posted(request.POST, ctx["register"])
        try:
            services.round_record(round=rnd, acting_user=request.user, progress=progress, reviews=reviews,
                                  summary=request.POST.get("summary", ""))
        except ApplicationError as error:
            ctx.update(error=error.message, error_field=error.field, posted=request.POST)
            return render(request, "risks/round_edit.html", ctx, status=200)
        messages.success(request, _("The follow-up was saved."))
        return redirect("risks:round", org_code=org_code, assessment_id=assessment.pk, round_id=rnd.pk)
    return render(request, "risks/round_edit.html", ctx)


@require_POST
@access_rule(can_act)
def round_transition(request, org_code: str, assessment_id: int, round_id: int, risk_step: str):
    assessment = get_assessment(request, assessment_id)
    rnd = _round(request, assessment, round_id)
    form = TransitionForm(request.POST)
    form.is_valid()
    try:
        rnd = services.round_transition(round=rnd, transition=risk_step, acting_user=request.user,
                                        comment=form.cleaned_data.get("comment", ""))
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done: the follow-up report is now %(status)s.")
                         % {"status": rnd.get_status_display()})
    return redirect("risks:round", org_code=org_code, assessment_id=assessment.pk, round_id=rnd.pk)
