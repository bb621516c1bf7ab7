"""Progress of a plan: quarterly reports per yearly entry, report rounds, evidence, targets' actuals, notices."""
from .notices import Notice
from .reports import (Evidence, EvidenceKind, KpiResult, ProgressReport, ReportEvent, ReportState,
                      ReportStatus)
from .rounds import ReportRound, RoundKind
from .targets import CaseCount, ItaResult, TargetProfile

__all__ = ["ProgressReport", "ReportStatus", "ReportState", "ReportEvent", "KpiResult", "Evidence",
           "EvidenceKind", "ReportRound", "RoundKind", "ItaResult", "CaseCount", "TargetProfile", "Notice"]
