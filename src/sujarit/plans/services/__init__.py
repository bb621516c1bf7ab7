"""Writes to plans. Every function is keyword-only, validates the rules that involve other rows, raises
ApplicationError with a PlanErrorCode, and runs in one transaction (nothing is saved on error)."""
from .plan import plan_create, plan_review, plan_transition, plan_update
from .project import project_create, project_update
from .entry import yearly_entry_create, yearly_entry_update
from .importing import plan_import_result
from .imports import plan_import_confirm, plan_import_read, plan_import_upload
from .lint import lint_finding_accept
from .loading import plan_load_parsed

__all__ = [
    "plan_create", "plan_update", "plan_transition", "plan_review",
    "project_create", "project_update",
    "yearly_entry_create", "yearly_entry_update",
    "plan_load_parsed", "plan_import_result", "plan_import_upload", "plan_import_read", "plan_import_confirm",
    "lint_finding_accept",
]
