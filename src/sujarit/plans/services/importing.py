"""Import a read and linted document into a plan, as a new plan or a new version of an existing one."""
from __future__ import annotations

from django.db import transaction

from sujarit.core.audit import audited
from sujarit.frameworks.selectors import framework_current

from ..importers.pipeline import ImportResult
from ..models import Plan
from .loading import plan_load_parsed


@audited
@transaction.atomic
def plan_import_result(*, organisation, result: ImportResult, acting_user, supersedes: Plan | None = None) -> Plan:
    plan = plan_load_parsed(organisation=organisation, framework=framework_current(), parsed=result.parsed,
                            acting_user=acting_user, projects=result.projects)
    if supersedes is not None:
        plan.supersedes = supersedes
        plan.version = supersedes.version + 1
        plan.save(update_fields=["supersedes", "version"])
    return plan
