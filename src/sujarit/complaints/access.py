"""Who may see complaints: complaint officers and executives read every case of their organisation; a member
assigned to a case reads and works on that case only. Complainants reach their own case through its code."""
from __future__ import annotations

from django.http import Http404

from sujarit.orgs.access import has_org_role, has_role_anywhere, request_organisation
from sujarit.orgs.models import Role
from sujarit.orgs.selectors import user_roles

from . import selectors
from .models import Complaint
from .workflow import HANDLERS, READERS

reads_complaints = has_org_role(*READERS)
handles_complaints = has_org_role(*HANDLERS)
# Who edits the centre settings (categories, clock, holidays): the organisation's administrator and the handlers.
CONFIGURERS = HANDLERS | {Role.ORG_ADMIN}
configures_centre = has_org_role(*CONFIGURERS)
reads_any_organisation = has_role_anywhere(*READERS)
configures_any_organisation = has_role_anywhere(*CONFIGURERS)


def is_member(request, org_code: str | None = None, **kwargs) -> bool:
    org = request_organisation(request, org_code)
    return request.user.is_authenticated and org is not None and bool(
        user_roles(user=request.user, organisation=org))


def case_for(request, complaint_id: int, *, work: bool = False) -> Complaint:
    """The case inside the URL's organisation, if this user may read it (or work on it); otherwise 404."""
    try:
        complaint = selectors.complaint_get(organisation=request.organisation, complaint_id=complaint_id)
    except Complaint.DoesNotExist:
        raise Http404 from None
    roles = user_roles(user=request.user, organisation=request.organisation)
    allowed = HANDLERS if work else READERS
    if not (roles & allowed or complaint.assignee_id == request.user.pk):
        raise Http404
    return complaint
