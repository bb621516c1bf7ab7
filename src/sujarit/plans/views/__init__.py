from .edit import entry_create, entry_edit, plan_create, plan_edit, project_create, project_edit
from .read import plan_detail, plan_list, plan_year, project_detail
from .importing import import_confirm, import_detail, import_progress, import_start
from .lint import plan_lint, plan_lint_accept
from .workflow import plan_review, plan_transition

__all__ = ["plan_list", "plan_detail", "plan_year", "project_detail", "plan_create", "plan_edit",
           "project_create", "project_edit", "entry_create", "entry_edit", "plan_transition", "plan_review",
           "import_start", "import_detail", "import_progress", "import_confirm", "plan_lint", "plan_lint_accept"]
