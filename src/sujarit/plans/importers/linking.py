"""Recognise each project across the yearly tables and Part 3 (pure: no database).

Each Part 3 sheet is a project; each yearly row joins the project whose name is closest within the same
dimension (rapidfuzz ratio ≥ MATCH_THRESHOLD on normalised names), or starts a project of its own. The score
of each decision is kept for review.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .matching import MATCH_THRESHOLD, Candidate, best_match
from .normalise import name_key
from .parsed import ParsedPlan, ProjectSheet, YearRow

KINDS = ("โครงการ", "กิจกรรม", "มาตรการ", "แนวปฏิบัติ")


@dataclass
class RowLink:
    fiscal_year_be: int
    row: YearRow
    score: float


@dataclass
class LinkedProject:
    id: int
    dimension: int
    name: str
    kind: str
    sheet: ProjectSheet | None = None
    rows: list[RowLink] = field(default_factory=list)
    names_seen: list[str] = field(default_factory=list)
    # A yearly row that starts this project but reads like a sheet of another dimension: (sheet project id, score)
    other_dimension_match: tuple[int, float] | None = None

    @property
    def years(self) -> list[int]:
        return sorted({link.fiscal_year_be for link in self.rows})

    def see(self, name: str) -> None:
        if name and name not in self.names_seen:
            self.names_seen.append(name)


def kind_of(name: str) -> str:
    return next((k for k in KINDS if name.startswith(k)), "โครงการ")


def link_projects(parsed: ParsedPlan) -> list[LinkedProject]:
    projects: list[LinkedProject] = []
    candidates: list[Candidate] = []
    for sheet in parsed.sheets:
        project = LinkedProject(id=len(projects) + 1, dimension=sheet.dimension, name=sheet.name,
                                kind=sheet.kind or kind_of(sheet.name), sheet=sheet)
        project.see(sheet.name)
        projects.append(project)
        candidates.append(Candidate(key=name_key(sheet.name), dimension=sheet.dimension, ref=project))
    sheet_candidates = list(candidates)
    for year in parsed.years:
        for row in year.rows:
            project, score = best_match(row.name, row.dimension, candidates)
            if project is None:
                project = LinkedProject(id=len(projects) + 1, dimension=row.dimension or 0, name=row.name,
                                        kind=kind_of(row.name))
                other, other_score = best_match(row.name, None, sheet_candidates)
                if other is not None:
                    project.other_dimension_match = (other.id, other_score)
                projects.append(project)
                candidates.append(Candidate(key=name_key(row.name), dimension=row.dimension or 0, ref=project))
            project.rows.append(RowLink(fiscal_year_be=year.fiscal_year_be, row=row, score=score))
            project.see(row.name)
    return projects


__all__ = ["MATCH_THRESHOLD", "LinkedProject", "RowLink", "kind_of", "link_projects"]
