"""Writes to the risk register. Keyword-only, atomic, audited; refusals raise ApplicationError with a
RiskErrorCode and save nothing."""
from .assessment import (assessment_create, assessment_transition, assessment_update, member_add,
                         member_remove)
from .followup import round_create, round_record, round_transition
from .importing import assessment_from_plan, measure_link_by_name
from .matrix import matrix_default, matrix_load
from .risk import measure_create, measure_update, risk_create, risk_update
from .xlsx_import import assessment_import_xlsx

__all__ = [
    "matrix_default", "matrix_load",
    "assessment_create", "assessment_update", "assessment_transition", "member_add", "member_remove",
    "risk_create", "risk_update", "measure_create", "measure_update",
    "round_create", "round_record", "round_transition",
    "assessment_from_plan", "measure_link_by_name", "assessment_import_xlsx",
]
