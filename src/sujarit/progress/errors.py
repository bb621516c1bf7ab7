from enum import StrEnum


class ProgressErrorCode(StrEnum):
    QUARTER_INVALID = "progress_quarter_invalid"
    REASON_REQUIRED = "progress_reason_required"
    MONEY_INVALID = "progress_money_invalid"
    PAID_OVER_COMMITTED = "progress_paid_over_committed"
    NOT_EDITABLE = "progress_report_not_editable"
    TRANSITION_INVALID = "progress_transition_invalid"
    TRANSITION_FORBIDDEN = "progress_transition_forbidden"
    COMMENT_REQUIRED = "progress_comment_required"
    KPI_FOREIGN = "progress_kpi_not_of_project"
    EVIDENCE_TOO_LARGE = "progress_evidence_too_large"
    EVIDENCE_TYPE = "progress_evidence_type_refused"
    EVIDENCE_EMPTY = "progress_evidence_empty"
    EVIDENCE_LINK_INVALID = "progress_evidence_link_invalid"
    SCORE_INVALID = "progress_score_invalid"
    YEAR_OUTSIDE_PLAN = "progress_year_outside_plan"
    BASE_ALREADY_SET = "progress_base_already_set"
    DEADLINE_OUTSIDE_YEAR = "progress_deadline_outside_year"
