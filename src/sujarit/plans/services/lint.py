from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError

from ..errors import PlanErrorCode
from ..models import LintAcceptance, Plan


@audited
@transaction.atomic
def lint_finding_accept(*, plan: Plan, key: str, code: str, reason: str, acting_user) -> LintAcceptance:
    reason = (reason or "").strip()
    if not reason:
        raise ApplicationError(code=PlanErrorCode.REASON_REQUIRED, field="reason",
                               message=_("Please give the reason this finding is acceptable."))
    acceptance, _created = LintAcceptance.objects.update_or_create(
        organisation=plan.organisation, plan=plan, key=key[:300],
        defaults={"code": code[:50], "reason": reason, "accepted_by": acting_user})
    return acceptance
