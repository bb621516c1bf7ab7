"""Writes to the complaint centre. Keyword-only, atomic, refusing bad input with a ComplaintErrorCode."""
from .intake import complaint_submit
from .handling import complaint_explain, complaint_transition, message_post
from .public import complaint_rate, complaint_reopen_by_complainant, complainant_message
from .categories import category_create, category_move, category_update
from .centre import holiday_add, holiday_remove, holidays_import, settings_update

__all__ = ["complaint_submit", "complaint_transition", "complaint_explain", "message_post",
           "complaint_rate", "complaint_reopen_by_complainant", "complainant_message",
           "category_create", "category_update", "category_move", "settings_update", "holiday_add", "holiday_remove",
           "holidays_import"]
