"""Checks shared by the risk services."""
from __future__ import annotations

from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError
from sujarit.orgs.selectors import user_roles

from ..errors import RiskErrorCode
from ..models import RiskAssessment, RiskMatrix
from ..workflow import EDITABLE_STATUSES, WORKING_GROUP_ROLES


def ensure_editable(assessment: RiskAssessment) -> None:
    if assessment.status not in EDITABLE_STATUSES:
        raise ApplicationError(
            code=RiskErrorCode.NOT_EDITABLE,
            message=_("This assessment is %(status)s and cannot be edited. Open it for amendment first.")
            % {"status": assessment.get_status_display()})


def ensure_working_group(assessment_or_org, user) -> None:
    org = getattr(assessment_or_org, "organisation", assessment_or_org)
    if user is not None and not (user_roles(user=user, organisation=org) & WORKING_GROUP_ROLES):
        raise ApplicationError(code=RiskErrorCode.TRANSITION_FORBIDDEN,
                               message=_("Only the risk working group can change the register."))


def ensure_scale(matrix: RiskMatrix, value, *, field: str) -> int | None:
    """A step of the matrix's scale (1..size), or None when left empty."""
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= matrix.size:
        raise ApplicationError(code=RiskErrorCode.SCALE_INVALID, field=field,
                               message=_("Choose a value from 1 to %(n)s.") % {"n": matrix.size})
    return number


def score_and_level(matrix: RiskMatrix, likelihood: int | None, impact: int | None) -> tuple[int | None, str]:
    if likelihood is None or impact is None:
        return None, ""
    score = likelihood * impact
    level = matrix.level_for(score)
    return score, level.code if level else ""


def clean_lines(items) -> list[str]:
    if isinstance(items, str):
        items = items.splitlines()
    return [" ".join(str(i).split()) for i in items or [] if str(i).strip()]
