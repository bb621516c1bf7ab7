"""Report, approve, evidence, targets, rounds: the services' rules, with codes; nothing saved on error."""
import datetime
from decimal import Decimal as D

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sujarit.core.errors import ApplicationError
from sujarit.progress import selectors, services
from sujarit.progress.demo_data import demo_png
from sujarit.progress.models import Evidence, ProgressReport, ReportEvent

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _code(call) -> str:
    with pytest.raises(ApplicationError) as info:
        call()
    return info.value.code


def test_report_submit_approve_counts_in_the_year(demo, persona, year_2567):
    officer, mayor = persona("plan"), persona("mayor")
    before = selectors.year_progress(plan=demo.plan, fiscal_year_be=2567, kind="6m").total.done
    report = services.report_save(entry=year_2567, quarter=2, status="done", committed=0, paid=0,
                                  narrative="เสร็จ", acting_user=officer)
    assert selectors.year_progress(plan=demo.plan, fiscal_year_be=2567, kind="6m").total.done == before
    services.report_transition(report=report, transition="submit", acting_user=officer)
    report = services.report_transition(report=report, transition="approve", acting_user=mayor)
    assert report.state == "approved" and report.approved_by == mayor
    assert selectors.year_progress(plan=demo.plan, fiscal_year_be=2567, kind="6m").total.done == before + 1
    assert selectors.year_progress(plan=demo.plan, fiscal_year_be=2567, kind="12m").total.done == before + 1
    assert list(ReportEvent.objects.filter(report=report).values_list("transition", flat=True)) == [
        "approve", "submit"]


def test_report_rules(demo, persona, year_2567):
    officer = persona("plan")
    count = ProgressReport.objects.count()
    save = dict(entry=year_2567, acting_user=officer)
    assert _code(lambda: services.report_save(quarter=5, status="done", **save)) == "progress_quarter_invalid"
    assert _code(lambda: services.report_save(quarter=1, status="postponed", **save)) == "progress_reason_required"
    assert _code(lambda: services.report_save(quarter=1, status="cancelled", reason=" ", **save)) == \
        "progress_reason_required"
    assert _code(lambda: services.report_save(quarter=1, status="done", paid="abc", **save)) == \
        "progress_money_invalid"
    assert _code(lambda: services.report_save(quarter=1, status="done", committed=10, paid=20, **save)) == \
        "progress_paid_over_committed"
    assert _code(lambda: services.report_save(entry=year_2567, quarter=1, status="done",
                                              acting_user=persona("mayor"))) == "progress_transition_forbidden"
    assert ProgressReport.objects.count() == count


def test_only_the_executive_or_org_admin_approves_and_return_needs_a_reason(demo, persona, year_2567):
    officer = persona("plan")
    report = services.report_save(entry=year_2567, quarter=1, status="in_progress", acting_user=officer)
    services.report_transition(report=report, transition="submit", acting_user=officer)
    for who in ("plan", "council", "auditor"):
        assert _code(lambda: services.report_transition(report=report, transition="approve",
                                                        acting_user=persona(who))) == "progress_transition_forbidden"
    assert _code(lambda: services.report_transition(report=report, transition="return",
                                                    acting_user=persona("mayor"))) == "progress_comment_required"
    report = services.report_transition(report=report, transition="return", comment="แก้ตัวเลข",
                                        acting_user=persona("orgadmin"))
    assert report.state == "returned"
    services.report_save(entry=year_2567, quarter=1, status="done", acting_user=officer)  # editable again
    services.report_transition(report=report, transition="submit", acting_user=officer)
    report = services.report_transition(report=report, transition="approve", acting_user=persona("orgadmin"))
    assert _code(lambda: services.report_save(entry=year_2567, quarter=1, status="not_started",
                                              acting_user=officer)) == "progress_report_not_editable"


def test_evidence_is_content_checked_and_size_limited(demo, persona, year_2567, settings, media_in_tmp):
    officer = persona("plan")
    report = services.report_save(entry=year_2567, quarter=1, status="in_progress", acting_user=officer)
    ok = services.evidence_add_file(report=report, upload=SimpleUploadedFile("x.pdf", PDF), title="บันทึก",
                                    acting_user=officer)
    assert ok.content_type == "application/pdf" and ok.file.name.endswith(".pdf") and "x.pdf" not in ok.file.name
    png = services.evidence_add_file(report=report, upload=SimpleUploadedFile("photo.jpg", demo_png()),
                                     title="", acting_user=officer)
    assert png.content_type == "image/png" and png.file.name.endswith(".png")
    count = Evidence.objects.count()
    fake = SimpleUploadedFile("evil.pdf", b"MZ\x90\x00" + b"\x00" * 200)  # an executable named .pdf
    assert _code(lambda: services.evidence_add_file(report=report, upload=fake, title="",
                                                    acting_user=officer)) == "progress_evidence_type_refused"
    html = SimpleUploadedFile("page.pdf", b"<html><script>alert(1)</script></html>")
    assert _code(lambda: services.evidence_add_file(report=report, upload=html, title="",
                                                    acting_user=officer)) == "progress_evidence_type_refused"
    settings.PROGRESS_EVIDENCE_MAX_BYTES = 100
    big = SimpleUploadedFile("big.png", demo_png(200, 200))
    assert _code(lambda: services.evidence_add_file(report=report, upload=big, title="",
                                                    acting_user=officer)) == "progress_evidence_too_large"
    assert _code(lambda: services.evidence_add_link(report=report, url="javascript:alert(1)", title="",
                                                    acting_user=officer)) == "progress_evidence_link_invalid"
    assert Evidence.objects.count() == count


def test_targets_ita_and_cases(demo, persona):
    officer, plan = persona("plan"), demo.plan
    assert _code(lambda: services.ita_result_set(plan=plan, fiscal_year_be=2568, score="101",
                                                 acting_user=officer)) == "progress_score_invalid"
    assert _code(lambda: services.ita_result_set(plan=plan, fiscal_year_be=2575, score="80",
                                                 acting_user=officer)) == "progress_year_outside_plan"
    assert _code(lambda: services.ita_result_set(plan=plan, fiscal_year_be=2568, score="80",
                                                 acting_user=persona("council"))) == "progress_transition_forbidden"
    services.ita_result_set(plan=plan, fiscal_year_be=2568, score="95", iit="96", eit="94", oit="95",
                            acting_user=officer)
    services.case_count_set(plan=plan, fiscal_year_be=2568, count=7, acting_user=officer)
    row = {r.fiscal_year_be: r for r in selectors.targets_table(plan=plan).rows}[2568]
    assert (row.ita_grade, row.ita_met, row.case_reduction_pct, row.cases_met) == ("AA", True, D("30.00"), True)
    assert _code(lambda: services.base_case_count_set(plan=plan, count=3, acting_user=officer)) == \
        "progress_base_already_set"  # the demo entered it once
    services.target_profile_set(plan=plan, already_passed_ita=True, acting_user=officer)
    rows = {r.fiscal_year_be: r for r in selectors.targets_table(plan=plan).rows}
    assert rows[2566].ita_target == D(90) and rows[2566].ita_met is False  # 72.39 < 90


def test_case_source_registry_is_used_when_nothing_is_entered(demo):
    from sujarit.progress.case_sources import register_case_source, unregister_case_source

    register_case_source("test", lambda *, organisation, fiscal_year_be: 4 if fiscal_year_be == 2569 else 0)
    try:
        rows = {r.fiscal_year_be: r for r in selectors.targets_table(plan=demo.plan).rows}
        assert (rows[2569].case_count, rows[2569].case_source, rows[2569].case_reduction_pct) == (
            4, "computed", D("60.00"))
        assert rows[2566].case_source == "manual" and rows[2566].case_count == 8  # entered by hand wins
    finally:
        unregister_case_source("test")


def test_round_deadline_rules(demo, persona):
    officer = persona("plan")
    rnd = services.round_set(plan=demo.plan, fiscal_year_be=2567, kind="6m", deadline=datetime.date(2024, 4, 15),
                             remind_days_before=5, acting_user=officer)
    assert rnd.deadline == datetime.date(2024, 4, 15)
    assert _code(lambda: services.round_set(plan=demo.plan, fiscal_year_be=2567, kind="6m",
                                            deadline=datetime.date(2025, 4, 15), acting_user=officer)) == \
        "progress_deadline_outside_year"
