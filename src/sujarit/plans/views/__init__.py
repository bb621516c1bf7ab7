from .edit import entry_create, entry_edit, plan_create, plan_edit, project_create, project_edit
from .read import plan_detail, plan_list, plan_year, project_detail
from .workflow import plan_review, plan_transition

__all__ = ["plan_list", "plan_detail", "plan_year", "project_detail", "plan_create", "plan_edit",
           "project_create", "project_edit", "entry_create", "entry_edit", "plan_transition", "plan_review"]
