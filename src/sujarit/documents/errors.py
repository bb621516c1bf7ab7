from enum import StrEnum


class DocumentErrorCode(StrEnum):
    FORMAT_UNKNOWN = "document_format_unknown"
    KIND_UNKNOWN = "document_kind_unknown"
    DIGITS_UNKNOWN = "document_digits_unknown"
    YEAR_OUTSIDE_PLAN = "document_year_outside_plan"
    NOT_READY = "export_not_ready"
    EXPORT_FAILED = "export_failed"
    TOO_MANY_RUNNING = "export_too_many_running"
    STALLED = "export_stalled"
    NOT_TAKEN = "export_not_taken"
    LOGO_EMPTY = "letterhead_logo_empty"
    LOGO_TOO_LARGE = "letterhead_logo_too_large"
    LOGO_TYPE = "letterhead_logo_type"
    NAME_REQUIRED = "letterhead_name_required"
