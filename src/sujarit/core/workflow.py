"""Declared transitions, shared by the workflows of plans, progress reports, risk assessments and corruption
reports.

An app lists its transitions in its own `workflow.py`; services check them and write the event row.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    roles: frozenset[str]
    label: str
    reason_required: bool = False


def transition(name: str, sources: Iterable[str], target: str, roles: Iterable[str], label: str,
               reason_required: bool = False) -> Transition:
    return Transition(name, frozenset(sources), target, frozenset(roles), label, reason_required)


def transitions_table(*transitions: Transition) -> dict[str, Transition]:
    return {t.name: t for t in transitions}


def transitions_from(table: dict[str, Transition], *, status: str, roles: frozenset[str]) -> list[Transition]:
    """The transitions a user with `roles` may take from `status`."""
    return [t for t in table.values() if status in t.sources and t.roles & roles]
