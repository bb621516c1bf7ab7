from .custodian import custodian_home, custodian_recover, custodian_request, custodian_share
from .public import public_entry, public_finish, public_status, public_submit, public_track
from .staff import (attachment_download, channel_settings, dashboard, home, identity_request, key_page,
                    report_assign, report_detail, report_exclude, report_message, report_transition, unlock)
from .statistics import public_statistics, public_statistics_json, public_summary_pdf

__all__ = [
    "custodian_home", "custodian_recover", "custodian_request", "custodian_share",
    "public_entry", "public_finish", "public_status", "public_submit", "public_track",
    "attachment_download", "channel_settings", "dashboard", "home", "identity_request", "key_page",
    "report_assign", "report_detail", "report_exclude", "report_message", "report_transition", "unlock",
    "public_statistics", "public_statistics_json", "public_summary_pdf",
]
