from enum import StrEnum


class PlanErrorCode(StrEnum):
    NOT_EDITABLE = "plan_not_editable"
    YEAR_OUTSIDE_PLAN = "year_outside_plan"
    YEAR_RANGE_INVALID = "year_range_invalid"
    QUARTER_INVALID = "quarter_invalid"
    BUDGET_INVALID = "budget_invalid"
    DIMENSION_REQUIRED = "dimension_required"
    DIMENSION_FOREIGN = "dimension_not_in_framework"
    AREA_MISMATCH = "area_not_in_dimension"
    TRANSITION_INVALID = "transition_invalid"
    TRANSITION_FORBIDDEN = "transition_forbidden"
    REASON_REQUIRED = "reason_required"
    ENTRY_DUPLICATE = "entry_duplicate_year"
