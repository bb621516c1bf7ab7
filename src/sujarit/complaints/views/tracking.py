"""Self-tracking by code: the code opens one case for this browser session; wrong codes are rate-limited."""
from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from sujarit.core.access import access_rule, public
from sujarit.core.errors import ApplicationError

from .. import clock, protection, selectors, services
from ..documents import letter_pdf
from ..forms import MessageForm, RatingForm, ReopenForm, TrackForm
from ..models import Complaint, Letter, Status
from .common import add_service_error, public_org

SESSION_KEY = "complaints_tracked"


def _tracked(request, org) -> Complaint | None:
    pk = request.session.get(SESSION_KEY)
    if not pk:
        return None
    return Complaint.objects.for_org(org).select_related("category", "organisation").filter(pk=pk).first()


@never_cache
@access_rule(public)
def track(request, org_code: str):
    org = public_org(request, org_code)
    form = TrackForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if not protection.rate_hit(request, "track_fail", count=False):
            form.add_error(None, _("Too many wrong codes from this connection. Please try again in 15 minutes."))
            status = 429
        else:
            complaint = selectors.complaint_by_code(organisation=org, code=form.cleaned_data["code"])
            if complaint is None:
                protection.rate_hit(request, "track_fail")
                form.add_error("code", _("No complaint has this code. Check it and try again."))
                status = 404
            else:
                request.session.cycle_key()
                request.session[SESSION_KEY] = complaint.pk
                return redirect("complaints:track_case", org_code=org.code)
    return render(request, "complaints/track.html", {"organisation": org, "form": form}, status=status)


@never_cache
@access_rule(public)
def track_case(request, org_code: str):
    org = public_org(request, org_code)
    complaint = _tracked(request, org)
    if complaint is None:
        return redirect("complaints:track", org_code=org.code)
    forms = {"message": MessageForm(), "rating": RatingForm(), "reopen": ReopenForm()}
    if request.method == "POST":
        which = request.POST.get("form")
        if which not in forms:
            raise Http404
        if not protection.rate_hit(request, "track_post"):
            messages.error(request, _("Too many messages from this connection. Please try again later."))
            return redirect("complaints:track_case", org_code=org.code)
        form = {"message": MessageForm, "rating": RatingForm, "reopen": ReopenForm}[which](request.POST)
        forms[which] = form
        if form.is_valid():
            try:
                if which == "message":
                    services.complainant_message(complaint=complaint, body=form.cleaned_data["body"])
                    messages.success(request, _("Your message was sent."))
                elif which == "rating":
                    services.complaint_rate(complaint=complaint, **form.cleaned_data)
                    messages.success(request, _("Thank you for rating our service."))
                else:
                    services.complaint_reopen_by_complainant(complaint=complaint, **form.cleaned_data)
                    messages.success(request, _("The case was reopened."))
            except ApplicationError as error:
                add_service_error(form, error)
            else:
                return redirect("complaints:track_case", org_code=org.code)
    history = selectors.complaint_history(complaint=complaint)
    return render(request, "complaints/track_case.html", {
        "organisation": org, "complaint": complaint, "forms": forms,
        "complaint_steps": selectors.status_steps(complaint=complaint),
        "events": [e for e in history["events"] if not e.action.startswith("letter_")],
        "messages_list": history["messages"], "letters": history["letters"],
        "can_rate": complaint.status in (Status.RESOLVED, Status.CLOSED) and complaint.rating is None,
        "can_reopen": complaint.status in (Status.RESOLVED, Status.CLOSED),
        "overdue": clock.is_overdue(complaint)})


@never_cache
@access_rule(public)
def track_letter(request, org_code: str, letter_id: int):
    org = public_org(request, org_code)
    complaint = _tracked(request, org)
    letter = complaint and Letter.objects.for_org(org).filter(complaint=complaint, pk=letter_id).select_related(
        "complaint", "complaint__organisation").first()
    if not letter:
        raise Http404
    response = HttpResponse(letter_pdf(letter=letter), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="letter-{letter.kind}-{letter.pk}.pdf"'
    return response
