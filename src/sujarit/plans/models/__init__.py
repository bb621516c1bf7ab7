from .core import *  # noqa: F401,F403
from .core import (Kpi, KpiKind, Plan, PlanEvent, PlanEventKind, PlanStatus, PlanTarget, PlanYear, Project,
                   ProjectKind, ReviewVerdict, RiskRow, YearlyEntry)
from .imports import ImportStatus, LintAcceptance, PlanImport

__all__ = ["Kpi", "KpiKind", "Plan", "PlanEvent", "PlanEventKind", "PlanStatus", "PlanTarget", "PlanYear",
           "Project", "ProjectKind", "ReviewVerdict", "RiskRow", "YearlyEntry", "ImportStatus", "LintAcceptance",
           "PlanImport"]
