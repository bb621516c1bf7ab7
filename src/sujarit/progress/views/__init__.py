from .dashboard import dashboard, entries, index, notices_read, round_pdf, rounds, round_set
from .public import public, public_evidence, public_json
from .reports import (evidence_add, evidence_delete, evidence_file, report_detail, report_edit,
                      report_transition)
from .targets import targets, targets_edit

__all__ = ["index", "dashboard", "entries", "rounds", "round_set", "round_pdf", "notices_read", "report_edit",
           "report_detail", "report_transition", "evidence_add", "evidence_delete", "evidence_file", "targets",
           "targets_edit", "public", "public_json", "public_evidence"]
