from enum import StrEnum


class RiskErrorCode(StrEnum):
    NOT_EDITABLE = "risk_assessment_not_editable"
    YEAR_INVALID = "risk_year_invalid"
    YEAR_TAKEN = "risk_assessment_year_taken"
    SCALE_INVALID = "risk_scale_invalid"
    STEP_REQUIRED = "risk_step_required"
    EVENT_REQUIRED = "risk_event_required"
    AREA_OTHER_REQUIRED = "risk_area_other_required"
    AREA_INVALID = "risk_area_invalid"
    MEASURE_REQUIRED = "risk_measure_required"
    PROJECT_FOREIGN = "risk_project_foreign"
    TRANSITION_INVALID = "risk_transition_invalid"
    TRANSITION_FORBIDDEN = "risk_transition_forbidden"
    REASON_REQUIRED = "risk_reason_required"
    ROUND_INVALID = "risk_round_invalid"
    ROUND_TAKEN = "risk_round_taken"
    ROUND_NEEDS_PUBLISHED = "risk_round_needs_published_assessment"
    STATUS_INVALID = "risk_measure_status_invalid"
    NO_RISK_ROWS = "risk_plan_has_no_risk_rows"
    XLSX_INVALID = "risk_xlsx_invalid"
    NAME_REQUIRED = "risk_member_name_required"
