"""Staff pages: dashboard, list, officer intake, a case with its actions, letters, files, analysis, summary."""
from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sujarit.core.access import access_rule
from sujarit.core.errors import ApplicationError
from sujarit.core.thai import fiscal_year_be
from sujarit.documents.models import DocumentFormat
from sujarit.documents.render import CONTENT_TYPES
from sujarit.orgs.models import Membership
from sujarit.orgs.selectors import user_roles

from .. import clock, selectors, services, stats
from ..access import (CONFIGURERS, case_for, handles_complaints, is_member, reads_any_organisation,
                      reads_complaints)
from ..documents import letter_pdf, summary_docx, summary_pdf
from ..forms import ActionForm, ExplainForm, MessageForm, OfficerIntakeForm
from ..models import Letter, Status
from ..services.files import attachment_path
from ..services.setup import categories_ensure
from ..workflow import HANDLERS, READERS, TRANSITIONS, transitions_available
from .common import add_service_error

PAGE_SIZE = 50


@access_rule(reads_any_organisation)
def mine(request):
    org_ids = Membership.objects.filter(user=request.user, is_active=True, role__in=list(READERS)).values_list(
        "organisation__code", flat=True)
    return redirect("complaints:dashboard", org_code=org_ids[0])


def _ctx(request, **extra) -> dict:
    roles = user_roles(user=request.user, organisation=request.organisation)
    return {"organisation": request.organisation, "can_handle": bool(roles & HANDLERS),
            "can_configure": bool(roles & CONFIGURERS), **extra}


@access_rule(reads_complaints)
def dashboard(request, org_code: str):
    board = selectors.dashboard(organisation=request.organisation, user=request.user)
    return render(request, "complaints/dashboard.html", _ctx(request, board=board))


@access_rule(reads_complaints)
def complaint_list(request, org_code: str):
    org = request.organisation
    filters = {k: request.GET.get(k, "")[:100] for k in ("status", "category", "q", "due")}
    qs = selectors.complaints_list(organisation=org, **filters)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "complaints/list.html", _ctx(
        request, page=page, filters=filters, statuses=Status.choices,
        categories=selectors.categories(organisation=org, include_inactive=True), today=clock.today()))


@access_rule(handles_complaints)
def intake(request, org_code: str):
    org = request.organisation
    categories_ensure(organisation=org)
    form = OfficerIntakeForm(request.POST or None, request.FILES or None,
                             categories=selectors.categories(organisation=org), initial={"received_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            complaint, code = services.complaint_submit(organisation=org, files=data.pop("attachments"),
                                                        acting_user=request.user, **data)
        except ApplicationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("Complaint %(ref)s was registered. Give the complainant this tracking code "
                                        "now; it is not shown again: %(code)s") % {"ref": complaint.reference,
                                                                                   "code": code})
            return redirect("complaints:detail", org_code=org.code, complaint_id=complaint.pk)
    return render(request, "complaints/intake.html", _ctx(request, form=form))


@access_rule(is_member)
def case_detail(request, org_code: str, complaint_id: int):
    complaint = case_for(request, complaint_id)
    roles = user_roles(user=request.user, organisation=request.organisation)
    is_assignee = complaint.assignee_id == request.user.pk
    rules = clock.rules_for(request.organisation)
    return render(request, "complaints/detail.html", _ctx(
        request, complaint=complaint, complaint_steps=selectors.status_steps(complaint=complaint),
        **_history(complaint),
        transitions=transitions_available(status=complaint.status, roles=roles, is_assignee=is_assignee),
        action_form=ActionForm(organisation=request.organisation), explain_form=ExplainForm(),
        message_form=MessageForm(), may_work=bool(roles & HANDLERS) or is_assignee,
        overdue=clock.is_overdue(complaint), days_left=clock.days_left(complaint),
        needs_explanation=clock.needs_explanation(complaint, remind_days=rules.remind_days)))


def _history(complaint) -> dict:
    history = selectors.complaint_history(complaint=complaint)
    history["thread"] = history.pop("messages")
    return history


def _worker(request, complaint_id):
    complaint = case_for(request, complaint_id)
    roles = user_roles(user=request.user, organisation=request.organisation)
    if not (roles & HANDLERS or complaint.assignee_id == request.user.pk):
        raise PermissionDenied
    return complaint


@require_POST
@access_rule(is_member)
def case_act(request, org_code: str, complaint_id: int, action: str):
    complaint = _worker(request, complaint_id)
    if action not in TRANSITIONS:
        raise Http404
    form = ActionForm(request.POST, request.FILES, organisation=request.organisation)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
    else:
        try:
            complaint = services.complaint_transition(complaint=complaint, action=action, acting_user=request.user,
                                                      **form.cleaned_data)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Done: the case is now %(status)s.") % {
                "status": complaint.get_status_display()})
    return redirect("complaints:detail", org_code=org_code, complaint_id=complaint.pk)


@require_POST
@access_rule(is_member)
def case_explain(request, org_code: str, complaint_id: int):
    complaint = _worker(request, complaint_id)
    form = ExplainForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
    else:
        try:
            services.complaint_explain(complaint=complaint, acting_user=request.user, **form.cleaned_data)
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The explanation letter was issued."))
    return redirect("complaints:detail", org_code=org_code, complaint_id=complaint.pk)


@require_POST
@access_rule(is_member)
def case_message(request, org_code: str, complaint_id: int):
    complaint = _worker(request, complaint_id)
    form = MessageForm(request.POST)
    if form.is_valid():
        services.message_post(complaint=complaint, body=form.cleaned_data["body"], acting_user=request.user)
        messages.success(request, _("Your message was sent."))
    else:
        messages.error(request, _("Write a message."))
    return redirect("complaints:detail", org_code=org_code, complaint_id=complaint.pk)


@access_rule(is_member)
def letter_pdf_view(request, org_code: str, complaint_id: int, letter_id: int):
    complaint = case_for(request, complaint_id)
    letter = Letter.objects.for_org(request.organisation).filter(complaint=complaint, pk=letter_id).first()
    if letter is None:
        raise Http404
    letter.complaint = complaint
    response = HttpResponse(letter_pdf(letter=letter), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="complaint-{complaint.number}-{letter.kind}.pdf"'
    return response


@access_rule(is_member)
def attachment_download(request, org_code: str, complaint_id: int, attachment_id: int):
    complaint = case_for(request, complaint_id)
    attachment = complaint.attachments.filter(pk=attachment_id).first()
    path = attachment and attachment_path(attachment)
    if not attachment or not path.exists():
        raise Http404
    response = FileResponse(path.open("rb"), content_type=attachment.content_type)
    response["Content-Disposition"] = f'attachment; filename="file-{attachment.pk}{path.suffix}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@access_rule(reads_complaints)
def analysis(request, org_code: str):
    org = request.organisation
    since = clock.today() - timedelta(days=365)
    months, table = stats.category_months(organisation=org, since=since)
    return render(request, "complaints/analysis.html", _ctx(
        request, repeats=stats.repeats(organisation=org, since=since), months=months, table=table, since=since,
        years=stats.years_with_cases(organisation=org) or [fiscal_year_be(clock.today())]))


def _summary_year(fiscal_year_be: int) -> int:
    if not 2400 < fiscal_year_be < 2800:
        raise Http404
    return fiscal_year_be


@access_rule(reads_complaints)
def summary_pdf_view(request, org_code: str, fiscal_year_be: int):
    _summary_year(fiscal_year_be)
    response = HttpResponse(summary_pdf(organisation=request.organisation, fiscal_year_be=fiscal_year_be),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="complaints-summary-{fiscal_year_be}.pdf"'
    return response


@access_rule(reads_complaints)
def summary_docx_view(request, org_code: str, fiscal_year_be: int):
    data = summary_docx(organisation=request.organisation, fiscal_year_be=_summary_year(fiscal_year_be))
    response = HttpResponse(data, content_type=CONTENT_TYPES[DocumentFormat.DOCX])
    response["Content-Disposition"] = f'attachment; filename="complaints-summary-{fiscal_year_be}.docx"'
    return response
