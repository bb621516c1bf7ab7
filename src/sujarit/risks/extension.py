"""Extension point: incidents and complaints linked to a risk, fed by other apps (ADR 0022).

The complaint and whistleblowing apps register a counter in their `AppConfig.ready()`:

    from sujarit.risks.extension import register_case_source
    register_case_source("complaints", count_complaints_by_risk)

A counter is `(organisation, risk_ids, start, end) -> {risk_id: count}`: how many of its cases, received between
`start` and `end` (dates, inclusive), are linked to each risk. The risk register never imports their models; it
shows these counts at each follow-up round beside the incidents the working group records itself.
"""
from __future__ import annotations

import datetime
from collections.abc import Sequence

from sujarit.core.registry import Registry

_SOURCES = Registry()


def register_case_source(name: str, counter) -> None:
    _SOURCES.register(name, counter)


def unregister_case_source(name: str) -> None:
    _SOURCES.unregister(name)


def case_sources() -> list[str]:
    return _SOURCES.names()


def linked_case_counts(*, organisation, risk_ids: Sequence[int], start: datetime.date,
                       end: datetime.date) -> dict[int, dict[str, int]]:
    """{risk_id: {source name: count}} from every registered source (empty when none is registered)."""
    counts: dict[int, dict[str, int]] = {rid: {} for rid in risk_ids}
    for name, counter in _SOURCES.items():
        for rid, n in (counter(organisation=organisation, risk_ids=list(risk_ids), start=start, end=end)
                       or {}).items():
            if rid in counts:
                counts[rid][name] = int(n)
    return counts
