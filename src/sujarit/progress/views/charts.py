"""The data of the dashboard's charts (Chart.js reads it from a json_script tag)."""
from __future__ import annotations

from django.utils.translation import gettext as _

from sujarit.core.thai import to_thai_digits


def _f(value):
    return None if value is None else float(value)


def chart_data(*, six, twelve, targets) -> dict:
    dims = [_("Dimension %(n)s") % {"n": to_thai_digits(t.label)} for t in twelve.per_dimension]
    years = [to_thai_digits(r.fiscal_year_be) for r in targets.rows]
    return {
        "implementation": {"labels": dims, "series": [
            {"label": _("6 months"), "data": [_f(t.pct) for t in six.per_dimension]},
            {"label": _("12 months"), "data": [_f(t.pct) for t in twelve.per_dimension]}]},
        "budget": {"labels": dims, "series": [
            {"label": _("Budget planned"), "data": [_f(t.budget) for t in twelve.per_dimension]},
            {"label": _("Paid (12 months)"), "data": [_f(t.paid) for t in twelve.per_dimension]}]},
        "ita": {"labels": years, "series": [
            {"label": _("ITA target"), "data": [_f(r.ita_target) for r in targets.rows]},
            {"label": _("ITA result"), "data": [_f(r.ita_score) for r in targets.rows]}]},
        "cases": {"labels": years, "series": [
            {"label": _("Reduction target (%)"), "data": [_f(r.case_target_pct) for r in targets.rows]},
            {"label": _("Reduction achieved (%)"), "data": [_f(r.case_reduction_pct) for r in targets.rows]}]},
    }
