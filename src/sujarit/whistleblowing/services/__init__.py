"""Writes of the channel. Keyword-only, atomic, raising ApplicationError with a WbErrorCode.

The channel's services are not wrapped in `core.audit.audited`: nothing here is registered with django-auditlog,
and the channel writes its own `ReportEvent` rows.
"""
from .handling import officer_message, report_assign, report_exclude, report_transition
from .identity import identity_decide, identity_request, identity_request_reason
from .keys import (custodian_private_key, custodian_share_grant, keys_awaiting_recovery, user_key_recover,
                   user_key_rotate, user_key_unlock)
from .submission import ReportInput, report_open_with_receipt, report_submit, reporter_reply

__all__ = [
    "officer_message", "report_assign", "report_exclude", "report_transition",
    "identity_decide", "identity_request", "identity_request_reason",
    "custodian_private_key", "custodian_share_grant", "keys_awaiting_recovery", "user_key_recover",
    "user_key_rotate", "user_key_unlock",
    "ReportInput", "report_open_with_receipt", "report_submit", "reporter_reply",
]
