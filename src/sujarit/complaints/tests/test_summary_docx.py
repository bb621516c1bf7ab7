"""The executives' summary as DOCX: the figures of `stats.summary`, Thai headings, the Thai font on every Thai
run, the same access rule as the PDF; rendered through LibreOffice when it is installed."""
import io
import shutil
import subprocess
from datetime import date, timedelta
from unittest import mock

import pytest
from django.test import Client
from docx import Document

from sujarit.complaints import clock, services, stats
from sujarit.core.thai import to_thai_digits
from sujarit.documents.testing import check_thai_runs

from .factories import submit

pytestmark = pytest.mark.django_db
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFFICE = shutil.which("libreoffice") or shutil.which("soffice")
SATISFIED = "ความพึงพอใจระดับ ๔–๕ (ร้อยละ, เป้าหมาย ≥ ๘๐)"
FY = 2568


def _url(org, fiscal_year_be=FY) -> str:
    return f"/o/{org.code}/complaints/summary/{fiscal_year_be}/docx/"


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _frozen(day):
    return mock.patch.object(clock, "today", return_value=day)


@pytest.fixture
def cases(centre):
    """Eight cases over the four quarters of 2568: resolved in 3 days with obstacles and solutions, rated, one
    open, one not accepted."""
    plan = [(date(2024, 10, 7), "water", "ท่อประปาเก่า ๓๐ ปี", "เปลี่ยนท่อทั้งสาย", 5),
            (date(2024, 11, 12), "water", "", "", 4),
            (date(2024, 12, 2), "waste", "รถเก็บขยะเสีย", "จัดรถสำรอง", 3),
            (date(2025, 2, 3), "road-lighting", "หลอดไฟขาดตลาด", "สำรองหลอดไฟ", 2),
            (date(2025, 4, 21), "water", None, None, None),  # still open
            (date(2025, 7, 1), "road-lighting", "", "", 5),
            (date(2025, 8, 15), "waste", "รถเก็บขยะเสีย", "จัดรถสำรอง", None)]
    officer = centre.officer
    for received, cat, obstacle, prevention, rating in plan:
        with _frozen(received):
            c, _code = submit(centre, category=centre.cats[cat], received_on=received)
        if obstacle is None:
            continue
        with _frozen(received + timedelta(days=3)):
            resolve = {"result": "ดำเนินการแล้ว", "obstacle": obstacle, "prevention": prevention}
            for action, kw in [("accept", {}), ("start", {}), ("resolve", resolve)]:
                c = services.complaint_transition(complaint=c, action=action, acting_user=officer, **kw)
            if rating:
                services.complaint_rate(complaint=c, rating=rating)
    with _frozen(date(2025, 5, 5)):
        rejected, _code = submit(centre, category=centre.cats["other"], received_on=date(2025, 5, 5))
        services.complaint_transition(complaint=rejected, action="reject", acting_user=centre.officer,
                                      comment="ไม่อยู่ในอำนาจหน้าที่")


def _download(centre):
    response = _client(centre.officer).get(_url(centre.org))
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX
    assert response["Content-Disposition"] == f'attachment; filename="complaints-summary-{FY}.docx"'
    return response.content


def _text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def test_the_docx_says_the_figures_of_the_summary(centre, cases):
    document = Document(io.BytesIO(_download(centre)))
    summary = stats.summary(organisation=centre.org, fiscal_year_be=FY)
    periods = [*summary.periods, summary.year]
    assert [p.figures.received for p in periods] == [3, 1, 2, 2, 8]  # the cases were built that way
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["รายการ", *["ไตรมาส"] * 4, "ทั้งปี"]
    assert [c.text for c in table.rows[1].cells][1:5] == ["๑", "๒", "๓", "๔"]
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows[2:]}

    def said(values):
        return ["–" if v is None else to_thai_digits(v) for v in values]

    assert rows["เรื่องที่ได้รับ"] == said(p.figures.received for p in periods) == ["๓", "๑", "๒", "๒", "๘"]
    assert rows["อยู่ระหว่างดำเนินการ"] == said(p.figures.in_progress for p in periods)
    assert rows["ดำเนินการแล้วเสร็จ"] == said(p.figures.resolved for p in periods)
    assert rows["แล้วเสร็จภายในกำหนด (ร้อยละ)"] == said(p.figures.resolved_within_due_pct for p in periods)
    assert rows["ระยะเวลาเฉลี่ย (วัน)"] == said(p.figures.average_days for p in periods)
    assert rows["ระยะเวลามัธยฐาน (วัน)"] == said(p.figures.median_days for p in periods)
    assert rows[SATISFIED] == said(p.figures.satisfied_pct for p in periods)
    assert rows["ดำเนินการแล้วเสร็จ"] == ["๓", "๑", "๐", "๒", "๖"]
    # internal: nothing is hidden for small numbers; a quarter with no resolved case has no percentage
    assert rows["แล้วเสร็จภายในกำหนด (ร้อยละ)"] == ["๑๐๐.๐", "๑๐๐.๐", "–", "๑๐๐.๐", "๑๐๐.๐"]
    assert rows["ระยะเวลามัธยฐาน (วัน)"][4] == "๓.๐"
    assert rows[SATISFIED][4] == "๖๐.๐"

    text = _text(document)
    # the year is kept on the line of พ.ศ. (a no-break space)
    assert f"ประจำปีงบประมาณ พ.ศ.\u00a0{to_thai_digits(FY)}" in text and "2568" not in text
    for heading in ("ไตรมาสที่ ๑", "ไตรมาสที่ ๒", "ไตรมาสที่ ๓", "ไตรมาสที่ ๔", "รวมทั้งปีงบประมาณ",
                    "ปัญหาที่ร้องเรียนมากที่สุด", "ปัญหาและอุปสรรค", "แนวทางแก้ไขและการป้องกัน"):
        assert heading in text, heading
    for obstacle in summary.year.obstacles + summary.year.solutions:
        assert to_thai_digits(obstacle) in text
    assert "ท่อประปาเก่า ๓๐ ปี" in text and "ไม่มี" in text  # quarter 3 has neither obstacles nor solutions
    assert text.count("รถเก็บขยะเสีย") == 3  # in quarters 1 and 4, once for the year


def test_the_title_is_broken_between_words_and_every_thai_run_names_the_font(centre, cases):
    from pythainlp.tokenize import word_tokenize

    document = Document(io.BytesIO(_download(centre)))
    title = document.paragraphs[0]
    lines = title.text.split("\n")
    assert lines == ["รายงานสรุปผลการดำเนินการ", "เรื่องร้องทุกข์/ร้องเรียน"]
    ends, n = set(), 0
    for word in word_tokenize("".join(lines)):
        n += len(word)
        ends.add(n)
    assert len(lines[0]) in ends  # the break falls between two words
    thai_runs = check_thai_runs(document)
    assert thai_runs > 30
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.left_margin.cm, 1)) == (21.0, 3.0)


def test_only_readers_of_the_organisation_get_it(centre, cases, other_org, persona):
    from sujarit.orgs.models import Membership, Role

    assert _client(centre.mayor).get(_url(centre.org)).status_code == 200
    Membership.objects.create(user=other_org.officer, organisation=other_org.org, role=Role.COMPLAINT_OFFICER)
    theirs = _client(other_org.officer)
    assert theirs.get(_url(centre.org)).status_code == 403
    own = theirs.get(_url(other_org.org))
    assert own.status_code == 200  # their own summary, without a single one of our cases
    assert [c.text for c in Document(io.BytesIO(own.content)).tables[0].rows[2].cells] == ["เรื่องที่ได้รับ",
                                                                                          *["๐"] * 5]
    assert _client(persona("plan")).get(_url(centre.org)).status_code == 403
    anonymous = Client().get(_url(centre.org))
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("year", [0, 2400, 2800, 99999])
def test_a_year_outside_the_sane_range_is_not_found(centre, year):
    assert _client(centre.officer).get(_url(centre.org, year)).status_code == 404


def test_the_analysis_page_offers_the_docx_next_to_the_pdf(centre):
    html = _client(centre.officer).get(f"/o/{centre.org.code}/complaints/analysis/").content.decode()
    assert "data-summary-docx" in html and "/docx/" in html and "(PDF)" in html


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_thai_text(centre, cases, tmp_path):
    source = tmp_path / "summary.docx"
    source.write_bytes(_download(centre))
    subprocess.run([OFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, timeout=180, capture_output=True)
    pdf = tmp_path / "summary.pdf"
    assert pdf.exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True).stdout.decode()
        assert "ไตรมาส" in text
