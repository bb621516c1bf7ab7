"""Extension point: where the yearly count of corruption cases/complaints comes from.

The complaint and whistleblowing apps register a counter when they exist, without this app importing their
models (and without them importing ours beyond this function), e.g. in their AppConfig.ready():

    from sujarit.progress.case_sources import register_case_source
    register_case_source("complaints", lambda *, organisation, fiscal_year_be: <count of that year's
                         corruption complaints>)

A count entered by hand (progress.CaseCount) always wins over the computed one (ADR 0015).
"""
from __future__ import annotations

from sujarit.core.registry import Registry

_SOURCES = Registry()


def register_case_source(name: str, counter) -> None:
    """Register `counter(*, organisation, fiscal_year_be) -> int` under `name` (re-registering replaces)."""
    _SOURCES.register(name, counter)


def unregister_case_source(name: str) -> None:
    _SOURCES.unregister(name)


def registered_case_sources() -> list[str]:
    return _SOURCES.names()


def computed_case_count(*, organisation, fiscal_year_be: int) -> int | None:
    """The sum over every registered source, or None when no source is registered."""
    if not _SOURCES:
        return None
    return sum(int(counter(organisation=organisation, fiscal_year_be=fiscal_year_be))
               for _, counter in _SOURCES.items())
