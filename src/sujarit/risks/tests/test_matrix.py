"""Scoring and levels against the matrix (ADR 0019)."""
import pytest
from django.core.exceptions import ValidationError

from sujarit.core.errors import ApplicationError
from sujarit.risks import services
from sujarit.risks.models import RiskMatrix

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("likelihood,impact,score,level", [
    (1, 1, 1, "low"), (1, 3, 3, "low"), (2, 2, 4, "medium"), (2, 4, 8, "medium"), (3, 3, 9, "high"),
    (2, 5, 10, "high"), (3, 4, 12, "high"), (5, 3, 15, "very_high"), (4, 4, 16, "very_high"), (5, 5, 25, "very_high"),
])
def test_score_is_likelihood_times_impact_and_level_comes_from_the_default_bands(draft, persona, likelihood, impact,
                                                                                  score, level):
    risk = services.risk_create(assessment=draft, process_step="การให้บริการสาธารณะ", events=["เรียกรับเงิน"],
                                area="permits", likelihood=likelihood, impact=impact, acting_user=persona("plan"))
    assert (risk.score, risk.level) == (score, level)


def test_every_cell_of_the_default_matrix_has_a_level_and_thai_labels():
    matrix = services.matrix_default()
    matrix.full_clean()
    assert matrix.size == 5 and matrix.is_default
    assert [lv.label_th for lv in matrix.level_list()] == ["ต่ำ", "ปานกลาง", "สูง", "สูงมาก"]
    assert all(matrix.level_for(lk * im) for lk in range(1, 6) for im in range(1, 6))
    assert all(step["description"] for step in matrix.likelihood_scale + matrix.impact_scale)


def test_a_matrix_with_a_gap_or_a_short_scale_is_invalid():
    matrix = services.matrix_default()
    gap = RiskMatrix(code="x", title="x", size=5, likelihood_scale=matrix.likelihood_scale,
                     impact_scale=matrix.impact_scale,
                     levels=[{**matrix.levels[0], "max": 2}, *matrix.levels[1:]])
    with pytest.raises(ValidationError):
        gap.clean()
    short = RiskMatrix(code="x", title="x", size=5, likelihood_scale=matrix.likelihood_scale[:4],
                       impact_scale=matrix.impact_scale, levels=matrix.levels)
    with pytest.raises(ValidationError):
        short.clean()


def test_a_new_matrix_version_scores_new_assessments_and_leaves_old_ones(demo, persona, assessment):
    base = services.matrix_default()
    strict = RiskMatrix.objects.create(
        code=base.code, version=2, title="เข้มงวด", size=5, likelihood_scale=base.likelihood_scale,
        impact_scale=base.impact_scale, is_default=True,
        levels=[{**base.levels[0], "max": 2}, {**base.levels[1], "min": 3, "max": 5},
                {**base.levels[2], "min": 6, "max": 11}, {**base.levels[3], "min": 12}])
    RiskMatrix.objects.filter(pk=base.pk).update(is_default=False)
    new = services.assessment_create(organisation=demo.org, fiscal_year_be=2568, acting_user=persona("plan"))
    assert new.matrix == strict
    risk = services.risk_create(assessment=new, process_step="จัดซื้อ", events=["ฮั้วประมูล"], area="budget",
                                likelihood=3, impact=4, acting_user=persona("plan"))
    assert risk.level == "very_high"
    assert assessment.risks.get(number=2).level == "high"  # 3 × 4 on version 1


@pytest.mark.parametrize("likelihood,impact", [(0, 3), (6, 1), ("x", 2), (3, None)])
def test_out_of_scale_or_half_scored_risks_are_refused(draft, persona, likelihood, impact):
    with pytest.raises(ApplicationError) as err:
        services.risk_create(assessment=draft, process_step="ขั้นตอน", events=["เหตุการณ์"], area="hr",
                             likelihood=likelihood, impact=impact, acting_user=persona("plan"))
    assert err.value.code == "risk_scale_invalid"
    assert not draft.risks.exists()
