from .edit import (assessment_create, assessment_edit, assessment_from_plan, measure_create, measure_edit,
                   member_add, member_remove, risk_create, risk_edit)
from .files import export_xlsx, import_xlsx, report_docx, report_pdf, round_docx, round_pdf
from .followup import assessment_transition, round_create, round_detail, round_edit, round_transition
from .public import public_detail, public_list
from .read import assessment_detail, assessment_list, home, project_risks

__all__ = [
    "home", "assessment_list", "assessment_detail", "project_risks",
    "assessment_create", "assessment_from_plan", "assessment_edit", "member_add", "member_remove",
    "risk_create", "risk_edit", "measure_create", "measure_edit",
    "assessment_transition", "round_create", "round_detail", "round_edit", "round_transition",
    "export_xlsx", "import_xlsx", "report_pdf", "report_docx", "round_pdf", "round_docx",
    "public_list", "public_detail",
]
