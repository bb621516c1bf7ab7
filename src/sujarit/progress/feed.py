"""The public JSON feed: the same numbers as the public page."""
from __future__ import annotations

from django.urls import reverse


def _num(value):
    return None if value is None else str(value)


def _tally(t) -> dict:
    return {"items": t.items, "done": t.done, "in_progress": t.in_progress, "not_started": t.not_started,
            "postponed": t.postponed, "cancelled": t.cancelled, "implementation_pct": _num(t.pct),
            "traffic_light": t.light, "budget": _num(t.budget), "paid": _num(t.paid),
            "budget_use_pct": _num(t.budget_use_pct)}


def public_feed(*, organisation, plan, year, six, twelve, targets) -> dict:
    status_6m = {r.entry_id: r.status for r in six.rows}
    def evidence(ev):
        if ev["kind"] == "link":
            return {"title": ev["title"], "url": ev["url"]}
        return {"title": ev["title"], "url": reverse("progress:public_evidence", kwargs={
            "org_code": organisation.code, "evidence_id": ev["id"]}), "content_type": ev["content_type"]}
    return {
        "organisation": {"code": organisation.code, "name": organisation.name},
        "plan": {"id": plan.pk, "title": plan.title, "first_year_be": plan.first_year_be,
                 "last_year_be": plan.last_year_be},
        "fiscal_year_be": year,
        "rounds": {"6m": {"total": _tally(six.total), "dimensions": {t.label: _tally(t) for t in six.per_dimension}},
                   "12m": {"total": _tally(twelve.total),
                           "dimensions": {t.label: _tally(t) for t in twelve.per_dimension}}},
        "projects": [{"order": r.order, "name": r.name, "dimension": r.dimension, "counted": r.counted,
                      "budget": _num(r.budget), "paid": _num(r.paid), "status_6m": status_6m.get(r.entry_id),
                      "status": r.status, "done_pct": _num(r.pct), "behind_schedule": r.behind,
                      "evidence": [evidence(ev) for ev in r.public_evidence]} for r in twelve.rows],
        "targets": {"base_year_be": targets.base_year_be, "base_case_count": targets.base_case_count,
                    "already_passed_ita": targets.already_passed_ita,
                    "years": [{"fiscal_year_be": r.fiscal_year_be, "ita_target": _num(r.ita_target),
                               "ita_score": _num(r.ita_score), "ita_grade": r.ita_grade, "iit": _num(r.iit),
                               "eit": _num(r.eit), "oit": _num(r.oit), "note": r.ita_note,
                               "case_reduction_target_pct": _num(r.case_target_pct), "case_count": r.case_count,
                               "case_reduction_pct": _num(r.case_reduction_pct)} for r in targets.rows]},
    }
