"""Targets of Part 1 against the actuals: ITA (with IIT/EIT/OIT and grade) and corruption cases."""
from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import can_view_org
from sujarit.orgs.selectors import user_roles
from sujarit.orgs.models import Role

from .. import selectors, services
from ..case_sources import registered_case_sources
from ..forms import ItaForm, TargetProfileForm
from .common import can_edit_targets, get_plan


@access_rule(can_view_org)
def targets(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    roles = user_roles(user=request.user, organisation=plan.organisation)
    return render(request, "progress/targets.html", {
        "plan": plan, "organisation": plan.organisation, "targets": selectors.targets_table(plan=plan),
        "can_edit": Role.PLAN_OFFICER in roles, "sources": registered_case_sources()})


def _save_year(plan, data, user) -> None:
    year = data["fiscal_year_be"]
    if data.get("score") is not None:
        services.ita_result_set(plan=plan, fiscal_year_be=year, score=data["score"], iit=data.get("iit"),
                                eit=data.get("eit"), oit=data.get("oit"), note=data.get("note", ""),
                                acting_user=user)
    elif any(data.get(k) is not None for k in ("iit", "eit", "oit")):
        services.ita_result_set(plan=plan, fiscal_year_be=year, score=None, acting_user=user)  # refuses: no score
    if data.get("cases") is not None:
        services.case_count_set(plan=plan, fiscal_year_be=year, count=data["cases"], note=data.get("note", ""),
                                acting_user=user)


@access_rule(can_edit_targets)
def targets_edit(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    table = selectors.targets_table(plan=plan)
    post = request.POST if request.method == "POST" else None
    profile_form = TargetProfileForm(post, prefix="profile", initial={"already_passed_ita": table.already_passed_ita,
                                                                      "base_case_count": plan.base_case_count})
    year_forms = [(row, ItaForm(post, prefix=f"y{row.fiscal_year_be}", initial={
        "fiscal_year_be": row.fiscal_year_be, "score": row.ita_score, "iit": row.iit, "eit": row.eit,
        "oit": row.oit, "cases": row.case_count if row.case_source == "manual" else None, "note": row.ita_note}))
        for row in table.rows]
    if post is not None:
        forms_ok = profile_form.is_valid() & all([f.is_valid() for _row, f in year_forms])
        if forms_ok:
            try:
                from django.db import transaction
                with transaction.atomic():
                    services.target_profile_set(plan=plan, acting_user=request.user,
                                                already_passed_ita=profile_form.cleaned_data["already_passed_ita"])
                    base = profile_form.cleaned_data.get("base_case_count")
                    if base is not None and plan.base_case_count is None:
                        services.base_case_count_set(plan=plan, count=base, acting_user=request.user)
                    for _row, form in year_forms:
                        if form.has_changed():
                            _save_year(plan, form.cleaned_data, request.user)
            except ApplicationError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("The results were saved."))
                return redirect("progress:targets", org_code=org_code, plan_id=plan.pk)
    if plan.base_case_count is not None:
        profile_form.fields["base_case_count"].disabled = True
    return render(request, "progress/targets_edit.html", {
        "plan": plan, "organisation": plan.organisation, "profile_form": profile_form, "year_forms": year_forms})
