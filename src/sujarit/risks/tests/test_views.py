"""Pages: bounded queries, Thai content, forms that refuse bad input and save nothing, two-organisation leaks."""
import pytest
from django.test import Client

from sujarit.risks import services
from sujarit.risks.models import ControlMeasure, Risk

pytestmark = pytest.mark.django_db

PAGE_QUERY_BOUND = 16


def _client(persona, who="plan") -> Client:
    client = Client()
    client.force_login(persona(who))
    return client


def _base(assessment):
    return f"/o/{assessment.organisation.code}/risks/{assessment.pk}/"


def _grow(assessment, persona, n: int) -> None:
    """Add n risks with two linked measures each."""
    officer = persona("plan")
    a = services.assessment_transition(assessment=assessment, transition="amend", acting_user=officer, comment="เพิ่ม")
    projects = list(a.plan.projects.all()[:4])
    for i in range(n):
        risk = services.risk_create(assessment=a, process_step=f"ขั้นตอนที่ {i}", events=["ก", "ข"], area="budget",
                                    likelihood=1 + i % 5, impact=1 + (i * 2) % 5, acting_user=officer)
        for j in range(2):
            services.measure_create(risk=risk, description=f"มาตรการ {i}.{j}", projects=projects[j:j + 2],
                                    acting_user=officer)


def test_pages_use_a_bounded_number_of_queries(assessment, persona, django_assert_max_num_queries):
    client = _client(persona)
    rnd = assessment.rounds.get()
    project = assessment.plan.projects.get(name="มาตรการ NO Gift Policy")
    org = assessment.organisation.code
    urls = [f"/o/{org}/risks/", _base(assessment), _base(assessment) + f"rounds/{rnd.pk}/",
            _base(assessment) + f"rounds/{rnd.pk}/edit/", f"/o/{org}/risks/projects/{project.pk}/",
            f"/p/{org}/risks/", f"/p/{org}/risks/2566/"]
    counts = {}
    for url in urls:
        with django_assert_max_num_queries(PAGE_QUERY_BOUND) as ctx:
            assert client.get(url).status_code == 200, url
        counts[url] = len(ctx.captured_queries)
    _grow(assessment, persona, 20)
    for url in urls:
        with django_assert_max_num_queries(counts[url]) as ctx:
            assert client.get(url).status_code == 200, url


def test_detail_page_shows_the_register_in_thai(assessment, persona):
    html = _client(persona, "council").get(_base(assessment)).content.decode()
    assert "การให้บริการสาธารณะ" in html and "มาตรการ NO Gift Policy" in html
    assert "กิจกรรมการใช้บัตรคิวในการติดต่อราชการ" in html
    assert "risks/new/" not in html  # a council member sees no edit links
    assert html.count('class="heat-risk"') == 4  # two risks on each of the inherent and residual maps


def test_risk_form_refuses_bad_input_then_saves(assessment, persona):
    client = _client(persona)
    services.assessment_transition(assessment=assessment, transition="amend", acting_user=persona("plan"),
                                   comment="แก้ไข")
    url = _base(assessment) + "risks/new/"
    before = Risk.objects.count()
    good = {"process_step": "การอนุมัติ อนุญาตก่อสร้าง", "area": "permits", "events": "เรียกรับเงิน\nเลือกปฏิบัติ",
            "likelihood": "3", "impact": "5", "owner_unit": "กองช่าง"}
    for bad, field in (({"likelihood": "7"}, "likelihood"), ({"impact": ""}, "impact"),
                       ({"events": "  "}, "events"), ({"area": "other", "area_other": ""}, "area_other")):
        response = client.post(url, {**good, **bad})
        assert response.status_code == 200
        assert field in response.context["form"].errors, (bad, response.context["form"].errors)
    assert Risk.objects.count() == before
    assert "ไม่" in client.post(url, {**good, "likelihood": "7"}).content.decode()  # Thai error text
    response = client.post(url, good)
    assert response.status_code == 302
    risk = Risk.objects.get(process_step="การอนุมัติ อนุญาตก่อสร้าง")
    assert (risk.score, risk.level, risk.events) == (15, "very_high", ["เรียกรับเงิน", "เลือกปฏิบัติ"])


def test_measure_form_links_projects(assessment, persona):
    client = _client(persona)
    a = services.assessment_transition(assessment=assessment, transition="amend", acting_user=persona("plan"),
                                       comment="แก้ไข")
    risk = a.risks.get(number=1)
    project = a.plan.projects.get(name__contains="บัตรคิว")
    response = client.post(_base(a) + f"risks/{risk.pk}/measures/new/",
                           {"description": "ติดตั้งกล้องวงจรปิดจุดบริการ", "due_date": "31/03/2567",
                            "projects": [project.pk]})
    assert response.status_code == 302
    m = ControlMeasure.objects.get(description="ติดตั้งกล้องวงจรปิดจุดบริการ")
    assert list(m.projects.all()) == [project] and m.due_date.year == 2024


def test_another_organisations_ids_give_404(assessment, persona, other_org):
    a2 = services.assessment_create(organisation=other_org.org, fiscal_year_be=2566, plan=other_org.plan,
                                    acting_user=other_org.officer)
    services.risk_create(assessment=a2, process_step="ความลับขององค์กรอื่น", events=["x"], area="hr",
                         acting_user=other_org.officer)
    client = _client(persona)
    org = assessment.organisation.code
    assert client.get(f"/o/{org}/risks/{a2.pk}/").status_code == 404
    assert client.get(f"/o/{org}/risks/projects/{other_org.project.pk}/").status_code == 404
    assert "ความลับขององค์กรอื่น" not in client.get(f"/o/{org}/risks/").content.decode()
    other = Client()
    other.force_login(other_org.officer)
    assert other.get(_base(assessment)).status_code == 403
    assert other.get(f"/api/orgs/{org}/risks/{assessment.pk}").status_code == 404
    assert Client().get(f"/p/{other_org.org.code}/risks/2566/").status_code == 404  # not published


def test_documents_render(assessment, persona):
    client = _client(persona, "council")
    base = _base(assessment)
    rnd = assessment.rounds.get()
    pdf = client.get(base + "report.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(base + f"rounds/{rnd.pk}/report.pdf").content.startswith(b"%PDF")
    for url in (base + "report.docx", base + f"rounds/{rnd.pk}/report.docx", base + "export.xlsx"):
        response = client.get(url)
        assert response.status_code == 200 and response.content.startswith(b"PK")


def test_docx_sets_the_thai_complex_script_font(assessment):
    import io

    from docx import Document

    from sujarit.documents.testing import check_thai_runs
    from sujarit.risks.documents.docx import report_docx
    from sujarit.risks.documents.model import build_report

    doc = Document(io.BytesIO(report_docx(build_report(assessment=assessment))))
    assert check_thai_runs(doc) > 20
    assert "การประเมินความเสี่ยง" in doc.paragraphs[0].text
    assert doc.sections[0].page_width > doc.sections[0].page_height  # landscape, for the wide register table
    header = [c.text for c in doc.tables[0].rows[0].cells]
    assert header[:3] == ["ลำดับ", "ขั้นตอน/กระบวนงาน", "เหตุการณ์ความเสี่ยง"]
