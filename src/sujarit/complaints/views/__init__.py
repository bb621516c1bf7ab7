from .centre import (category_active, category_add, category_move, category_rename, centre_settings, holiday_add,
                     holiday_remove, holidays_import, settings_clock, settings_mine)
from .public import challenge, public_form, stats_json, stats_page
from .staff import (analysis, attachment_download, case_act, case_detail, case_explain, case_message, complaint_list,
                    dashboard, intake, letter_pdf_view, mine, summary_docx_view, summary_pdf_view)
from .tracking import track, track_case, track_letter

__all__ = ["challenge", "public_form", "stats_json", "stats_page", "analysis",
           "attachment_download", "case_act", "case_detail", "case_explain", "case_message", "complaint_list",
           "dashboard", "intake", "letter_pdf_view", "mine", "summary_docx_view", "summary_pdf_view", "track",
           "track_case", "track_letter", "category_active", "category_add", "category_move", "category_rename",
           "centre_settings", "holiday_add", "holiday_remove", "holidays_import", "settings_clock", "settings_mine"]
