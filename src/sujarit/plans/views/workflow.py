from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.orgs.access import oversees_org

from .. import services
from ..forms import ReviewForm, TransitionForm
from .common import can_act_on_plan, get_plan


@require_POST
@access_rule(can_act_on_plan)
def plan_transition(request, org_code: str, plan_id: int, transition: str):
    plan = get_plan(request, plan_id)
    form = TransitionForm(request.POST)
    form.is_valid()
    try:
        plan = services.plan_transition(plan=plan, transition=transition, acting_user=request.user,
                                 comment=form.cleaned_data.get("comment", ""))
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done: the plan is now %(status)s.") % {"status": _(plan.get_status_display())})
    return redirect("plans:detail", org_code=org_code, plan_id=plan.pk)


@require_POST
@access_rule(oversees_org)
def plan_review(request, org_code: str, plan_id: int):
    plan = get_plan(request, plan_id)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a verdict."))
    else:
        try:
            services.plan_review(plan=plan, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your review was recorded."))
    return redirect("plans:detail", org_code=org_code, plan_id=plan.pk)
