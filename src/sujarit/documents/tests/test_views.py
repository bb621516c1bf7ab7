"""Pages and downloads: who may, what comes back, bad input refused in Thai, export jobs with progress."""
from decimal import Decimal

import pytest
from django.test import Client

from sujarit.core.errors import ApplicationError
from sujarit.documents import selectors, services
from sujarit.documents.errors import DocumentErrorCode
from sujarit.documents.models import ExportJob, ExportStatus

pytestmark = pytest.mark.django_db
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _base(demo) -> str:
    return f"/o/{demo.org.code}/plans/{demo.plan.pk}/documents/"


@pytest.mark.parametrize("fmt, content_type", [("pdf", PDF), ("xlsx", XLSX)])
def test_a_council_member_downloads_the_2566_table(demo, persona, fmt, content_type):
    response = _client(persona("council")).get(_base(demo) + f"years/2566/{fmt}/")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="luang-nuea-part2-2566.{fmt}"'
    assert response["Cache-Control"] == "private, no-store"


def test_eplan_and_sheet_downloads(demo, persona):
    client = _client(persona("province"))
    assert client.get(_base(demo) + "eplan/2567/docx/").status_code == 200
    project = demo.plan.projects.get(sheet_number=1, dimension__code="1")
    response = client.get(_base(demo) + f"projects/{project.pk}/pdf/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert response["Content-Disposition"].endswith('sheet-1-1.pdf"')


@pytest.mark.parametrize("path", ["years/2566/exe/", "years/2599/pdf/", "eplan/2565/xlsx/", "projects/999999/pdf/"])
def test_unknown_format_year_or_project_is_not_found(demo, persona, path):
    assert _client(persona("plan")).get(_base(demo) + path).status_code == 404


def test_another_organisation_sees_nothing(demo, persona, other_org):
    outsider = _client(other_org.officer)
    assert outsider.get(_base(demo) + "years/2566/pdf/").status_code in (403, 404)
    job = services.export_job_create(plan=other_org.plan, kind="book", doc_format="xlsx",
                                     acting_user=other_org.officer)
    # The other organisation's job is not found under the demo organisation, even by its id.
    member = _client(persona("plan"))
    assert member.get(f"/o/{demo.org.code}/exports/{job.pk}/").status_code == 404
    assert member.get(f"/o/{demo.org.code}/exports/{job.pk}/file/").status_code == 404
    other_project = other_org.project
    assert member.get(_base(demo) + f"projects/{other_project.pk}/pdf/").status_code == 404
    assert outsider.get(f"/o/{other_org.org.code}/exports/{job.pk}/file/").status_code == 200


def test_the_documents_page_lists_every_year_in_thai(demo, persona, django_assert_max_num_queries):
    client = _client(persona("mayor"))
    with django_assert_max_num_queries(12):
        response = client.get(_base(demo))
    html = response.content.decode()
    assert response.status_code == 200
    assert "เอกสารทางราชการ" in html and "เล่มแผนปฏิบัติการฯ" in html
    for year in demo.plan.years:
        assert f"/documents/years/{year}/pdf/" in html and f"/documents/eplan/{year}/xlsx/" in html


def test_the_plan_book_is_an_export_job_with_progress_and_a_download(demo, persona):
    client = _client(persona("plan"))
    response = client.post(_base(demo) + "exports/", {"kind": "book", "doc_format": "xlsx"})
    job = ExportJob.objects.for_org(demo.org).get()
    assert response.status_code == 302 and response["Location"] == f"/o/{demo.org.code}/exports/{job.pk}/"
    # The immediate backend of the tests has already run it.
    assert job.status == ExportStatus.DONE and job.progress == 100 and job.size > 0
    assert job.requested_by.username == "plan"
    page = client.get(response["Location"]).content.decode()
    assert "ดาวน์โหลด" in page and f"/exports/{job.pk}/file/" in page and "hx-get" not in page
    download = client.get(f"/o/{demo.org.code}/exports/{job.pk}/file/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:2] == b"PK"
    assert 'filename="luang-nuea-plan-2566-2570.xlsx"' in download["Content-Disposition"]


def test_a_queued_job_is_polled_by_htmx_until_it_finishes(demo, persona):
    job = ExportJob.objects.create(organisation=demo.org, plan=demo.plan, kind="book", doc_format="pdf",
                                   progress=40, status=ExportStatus.RUNNING)
    client = _client(persona("council"))
    partial = client.get(f"/o/{demo.org.code}/exports/{job.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert partial.startswith('<div id="export-job"') and 'hx-trigger="every 1s"' in partial
    assert 'value="40"' in partial and "<html" not in partial
    assert client.get(f"/o/{demo.org.code}/exports/{job.pk}/file/").status_code == 404
    full = client.get(f"/o/{demo.org.code}/exports/{job.pk}/").content.decode()
    assert "htmx" in full and "กำลังจัดทำ" in full


@pytest.mark.parametrize("data", [{"kind": "book", "doc_format": "exe"}, {"kind": "nonsense", "doc_format": "pdf"},
                                  {}])
def test_bad_export_requests_show_a_thai_error_and_create_nothing(demo, persona, data):
    client = _client(persona("plan"))
    response = client.post(_base(demo) + "exports/", data, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "กรุณาเลือก" in html
    assert not ExportJob.objects.exists()


def test_unfinished_exports_are_capped_per_organisation_and_not_duplicated(demo, persona):
    user = persona("plan")
    queued = [ExportJob.objects.create(organisation=demo.org, plan=demo.plan, kind="book", doc_format=f)
              for f in ("pdf", "docx")]
    assert services.export_job_create(plan=demo.plan, kind="book", doc_format="pdf", acting_user=user) == queued[0]
    ExportJob.objects.create(organisation=demo.org, plan=demo.plan, kind="eplan", doc_format="pdf",
                             fiscal_year_be=2566)
    with pytest.raises(ApplicationError) as error:
        services.export_job_create(plan=demo.plan, kind="book", doc_format="xlsx", acting_user=user)
    assert error.value.code == DocumentErrorCode.TOO_MANY_RUNNING
    response = _client(user).post(_base(demo) + "exports/", {"kind": "book", "doc_format": "xlsx"}, follow=True)
    assert "งานจัดทำเอกสารค้างอยู่" in response.content.decode()
    assert ExportJob.objects.count() == 3


def test_a_failing_render_is_recorded_on_the_job(demo, persona, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(services, "render_document", broken)
    job = services.export_job_create(plan=demo.plan, kind="book", doc_format="pdf", acting_user=persona("plan"))
    assert job.status == ExportStatus.FAILED and job.error_code == DocumentErrorCode.EXPORT_FAILED
    page = _client(persona("plan")).get(f"/o/{demo.org.code}/exports/{job.pk}/").content.decode()
    assert "จัดทำเอกสารไม่สำเร็จ" in page


def test_a_job_runs_once(demo, persona):
    job = services.export_job_create(plan=demo.plan, kind="eplan", doc_format="xlsx", fiscal_year_be=2566,
                                     acting_user=persona("plan"))
    finished_at = job.finished_at
    again = services.export_job_run(job_id=job.pk)
    assert again.finished_at == finished_at and again.status == ExportStatus.DONE


def test_old_jobs_and_their_files_are_pruned(demo, persona):
    from datetime import timedelta

    from django.utils import timezone

    job = services.export_job_create(plan=demo.plan, kind="year", doc_format="xlsx", fiscal_year_be=2566,
                                     acting_user=persona("plan"))
    path = job.file.path
    ExportJob.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert services.export_jobs_prune(older_than_days=7) == 1
    assert not ExportJob.objects.exists()
    import os

    assert not os.path.exists(path)


def test_the_plan_book_takes_the_same_queries_at_10x_the_data(demo, django_assert_max_num_queries):
    from sujarit.plans.models import Project, YearlyEntry

    with django_assert_max_num_queries(16) as one:
        book = selectors.plan_book(plan=demo.plan)
    assert len(book.sheets) == 44 and book.years[0].table.total_budget == Decimal(30000)
    projects = list(demo.plan.projects.exclude(sheet_number=None))
    for n in range(1, 10):
        for p in projects:
            p.pk = None
        Project.objects.bulk_create(projects)
        YearlyEntry.objects.bulk_create(
            YearlyEntry(organisation=demo.org, plan=demo.plan, project_id=p.pk, fiscal_year_be=2567,
                        order=1000 * n + i, budget=1) for i, p in enumerate(projects))
    with django_assert_max_num_queries(len(one.captured_queries)):
        book = selectors.plan_book(plan=demo.plan)
    assert len(book.sheets) == 440


def test_the_prune_command(demo, persona):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("documents_prune", "--days", "7", stdout=out)
    assert "0 export job(s) deleted." in out.getvalue()


def test_stalled_and_untaken_jobs_stop_counting(demo, persona):
    from datetime import timedelta

    from django.utils import timezone

    old = timezone.now() - timedelta(hours=2)
    running = ExportJob.objects.create(organisation=demo.org, plan=demo.plan, kind="book", doc_format="pdf",
                                       status=ExportStatus.RUNNING, started_at=old)
    queued = [ExportJob.objects.create(organisation=demo.org, plan=demo.plan, kind="book", doc_format=f)
              for f in ("docx", "xlsx")]
    ExportJob.objects.filter(pk__in=[j.pk for j in queued]).update(created_at=old)
    job = services.export_job_create(plan=demo.plan, kind="book", doc_format="xlsx", acting_user=persona("plan"))
    assert job.status == ExportStatus.DONE
    running.refresh_from_db()
    assert running.status == ExportStatus.FAILED and running.error_code == DocumentErrorCode.STALLED
    assert set(ExportJob.objects.filter(pk__in=[j.pk for j in queued]).values_list("error_code", flat=True)) == {
        DocumentErrorCode.NOT_TAKEN}


def test_project_sheets_are_not_export_jobs(demo, persona):
    with pytest.raises(ApplicationError) as error:
        services.export_job_create(plan=demo.plan, kind="sheet", doc_format="pdf", acting_user=persona("plan"))
    assert error.value.code == DocumentErrorCode.KIND_UNKNOWN


def test_documents_are_thai_even_for_a_reader_in_english(demo, persona):
    import io

    from django.conf import settings
    from openpyxl import load_workbook

    client = _client(persona("nacc"))
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(_base(demo)).content.decode()
    assert "Official documents" in page
    response = client.get(_base(demo) + "years/2566/xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "ปี ๒๕๖๖" and sheet["A4"].value == "ลำดับ"


def test_the_pdf_progress_follows_the_pages(demo, monkeypatch):
    from sujarit.documents.render import render_document

    seen = []
    render_document(kind="book", doc_format="pdf", plan=demo.plan, progress=lambda p, stage: seen.append((p, stage)))
    percents = [p for p, _ in seen]
    assert percents[-1] >= 98 and max(percents) <= 100  # a repagination pass may go back: the job keeps the max
    # One report per page laid out (about 100), spread over the bar rather than one jump.
    layout = [p for p, stage in seen if stage == "layout"]
    assert len(layout) > 50 and layout[0] < 40 and max(layout) > 70
