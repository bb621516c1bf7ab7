"""The plan linter: one engine for imported documents and for plans typed in the pages (see rules.py)."""
from __future__ import annotations

from .build import view_from_parsed, view_from_plan
from .findings import ERROR, INFO, WARNING, Finding
from .rules import RULES
from .view import LintView

SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def lint(view: LintView) -> list[Finding]:
    findings = [f for rule in RULES for f in rule(view)]
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.line or 0, f.year or 0, f.code))


__all__ = ["ERROR", "INFO", "WARNING", "Finding", "LintView", "lint", "view_from_parsed", "view_from_plan"]
