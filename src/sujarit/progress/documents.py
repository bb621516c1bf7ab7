"""The monitoring reports (รายงานการกำกับติดตามการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต รอบ ๖ เดือน /
ประจำปี) as a typed document model, rendered by the documents app's `render_pdf`."""
from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from sujarit.plans.models import Plan

from .models import RoundKind
from .periods import round_period
from .selectors import targets_table, year_progress
from .summaries import TargetRow, YearProgress


@dataclass
class MonitoringDocument:
    kind: str
    fiscal_year_be: int
    period_start: datetime.date
    period_end: datetime.date
    generated_on: datetime.date
    progress: YearProgress
    target: TargetRow | None

    @property
    def is_annual(self) -> bool:
        return self.kind == RoundKind.TWELVE_MONTHS


def monitoring_document(*, plan: Plan, fiscal_year_be: int, kind: str) -> MonitoringDocument:
    start, end = round_period(fiscal_year_be, kind)
    target = next((r for r in targets_table(plan=plan).rows if r.fiscal_year_be == fiscal_year_be), None)
    return MonitoringDocument(kind=kind, fiscal_year_be=fiscal_year_be, period_start=start, period_end=end,
                              generated_on=timezone.localdate(),
                              progress=year_progress(plan=plan, fiscal_year_be=fiscal_year_be, kind=kind),
                              target=target)


def monitoring_pdf(document: MonitoringDocument) -> bytes:
    from sujarit.documents.pdf import render_pdf

    return render_pdf(template_name="progress/documents/monitoring.html", context={"doc": document})
