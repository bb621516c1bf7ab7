"""The shipped default matrix is data (`risks/data/*.json`), loaded on first use and by a data migration."""
from __future__ import annotations

import json
from pathlib import Path

from django.db import transaction

from ..models import RiskMatrix

DEFAULT_MATRIX = Path(__file__).resolve().parent.parent / "data" / "matrix-default-5x5.json"


@transaction.atomic
def matrix_load(*, path: Path = DEFAULT_MATRIX, matrix_model=RiskMatrix, make_default: bool = True):
    spec = json.loads(path.read_text(encoding="utf-8"))
    matrix, _ = matrix_model.objects.update_or_create(
        code=spec["code"], version=spec["version"],
        defaults={k: spec[k] for k in ("title", "size", "likelihood_scale", "impact_scale", "levels", "source")},
    )
    if make_default and not matrix_model.objects.filter(is_default=True).exclude(pk=matrix.pk).exists():
        matrix_model.objects.filter(pk=matrix.pk).update(is_default=True)
        matrix.is_default = True
    return matrix


def matrix_default() -> RiskMatrix:
    """The matrix new assessments use: the newest version marked default (the shipped one if none is)."""
    matrix = RiskMatrix.objects.filter(is_default=True).order_by("-version").first()
    return matrix or matrix_load()
