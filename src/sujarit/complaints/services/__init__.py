"""Writes to the complaint centre. Keyword-only, atomic, refusing bad input with a ComplaintErrorCode."""
from .intake import complaint_submit
from .handling import complaint_explain, complaint_transition, message_post
from .public import complaint_rate, complaint_reopen_by_complainant, complainant_message

__all__ = ["complaint_submit", "complaint_transition", "complaint_explain", "message_post",
           "complaint_rate", "complaint_reopen_by_complainant", "complainant_message"]
