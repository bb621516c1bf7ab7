"""Writes to progress: keyword-only, atomic, audited; refusals raise ApplicationError(ProgressErrorCode)."""
from .evidence import evidence_add_file, evidence_add_link, evidence_delete
from .reminders import round_remind, rounds_due_for_reminder
from .reports import report_save, report_transition
from .rounds import round_set
from .targets import base_case_count_set, case_count_set, ita_result_set, target_profile_set

__all__ = ["report_save", "report_transition", "evidence_add_file", "evidence_add_link", "evidence_delete",
           "round_set", "round_remind", "rounds_due_for_reminder", "ita_result_set", "case_count_set",
           "base_case_count_set", "target_profile_set"]
