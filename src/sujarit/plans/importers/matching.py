"""Recognise one project across the yearly tables and Part 3 even when OCR spells its name differently."""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from .normalise import name_key

MATCH_THRESHOLD = 85.0


@dataclass
class Candidate:
    key: str
    dimension: int
    ref: object  # whatever the caller links to (a sheet, a project)


def best_match(name: str, dimension: int | None, candidates: list[Candidate]) -> tuple[object | None, float]:
    """The candidate of the same dimension whose name is closest, and its score (0–100).

    Returns (None, best_score) when nothing reaches MATCH_THRESHOLD, so the caller creates a new project
    and keeps the score for review.
    """
    key = name_key(name)
    best, best_score = None, 0.0
    for cand in candidates:
        if dimension is not None and cand.dimension != dimension:
            continue
        score = fuzz.ratio(key, cand.key)
        if score > best_score:
            best, best_score = cand.ref, score
    return (best if best_score >= MATCH_THRESHOLD else None), round(best_score, 1)
