"""The importer on the seed, on .docx and .pdf versions of it made here, and on bad input."""
from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from sujarit.plans.importers.errors import DocumentError
from sujarit.plans.importers.pipeline import import_document, parse_document_text
from sujarit.plans.models import Plan, PlanStatus

YEAR_ROWS = {2566: 15, 2567: 18, 2568: 18, 2569: 18, 2570: 17}
YEAR_BUDGETS = {2566: 30000, 2567: 104000, 2568: 40000, 2569: 20000, 2570: 0}


def _figures(parsed):
    return ({y.fiscal_year_be: len(y.rows) for y in parsed.years},
            {y.fiscal_year_be: int(sum(r.budget or 0 for r in y.rows)) for y in parsed.years})


@pytest.mark.django_db
def test_json_report_of_the_seed(seed_text, tmp_path):
    before = Plan.objects.count()
    path = tmp_path / "plan.txt"
    path.write_text(seed_text, encoding="utf-8")
    out = io.StringIO()
    call_command("import-plan", str(path), "--dry-run", "--format", "json", stdout=out)
    report = json.loads(out.getvalue())
    assert (report["organisation"], report["first_year"], report["last_year"]) == ("เทศบาลตำบลหลวงเหนือ", 2566, 2570)
    years = report["years"]
    assert {int(y): len(v["rows"]) for y, v in years.items()} == YEAR_ROWS
    assert {int(y): sum(r["budget"] for r in v["rows"]) for y, v in years.items()} == YEAR_BUDGETS
    assert sum(len(v["rows"]) for v in years.values()) == 86
    assert years["2566"]["rows"][8]["quarters"] == [2, 4] and years["2566"]["rows"][8]["dimension"] == 2
    assert years["2568"]["rows"][17]["dimension"] == 4  # as printed, though its name is a dimension-3 measure
    assert years["2566"]["stated_totals"] == {"budget": 30000, "quarter_ticks": [6, 6, 3, 4]}
    assert years["2570"]["stated_totals"]["budget"] is None and years["2570"]["eplan"] is None
    assert years["2567"]["eplan"]["per_dimension"] == [4, 12, 1, 1]
    sheets = [p for p in report["projects"] if p["sheet"] is not None]
    assert len(sheets) == 44
    ids = {p["id"] for p in report["projects"]}
    assert all(r["project"] in ids for v in years.values() for r in v["rows"])
    queue = next(p for p in sheets if p["number_in_document"] == 25)
    assert queue["years"] == [2566, 2568, 2569, 2570] and queue["area"] == "2.2.2"
    assert {"code", "severity", "year", "row", "line", "message_th", "message_en"} <= set(report["findings"][0])
    assert report["part1"]["base_year"] == 2565
    assert [t["ita_score"] for t in report["part1"]["targets"]] == [65, 70, 75, 80, 85]
    assert Plan.objects.count() == before  # --dry-run writes nothing


@pytest.mark.django_db
def test_import_writes_a_draft_plan(seed_text, tmp_path, demo):
    path = tmp_path / "plan.txt"
    path.write_text(seed_text, encoding="utf-8")
    before = Plan.objects.count()
    call_command("import-plan", str(path), "--org", demo.org.code, stdout=io.StringIO())
    plan = Plan.objects.for_org(demo.org).exclude(pk=demo.plan.pk).get()
    assert Plan.objects.count() == before + 1 and plan.status == PlanStatus.DRAFT
    assert plan.entries.count() == 86 and plan.projects.exclude(sheet_number=None).count() == 44
    assert sum(e.budget for e in plan.entries.filter(fiscal_year_be=2567)) == Decimal(104000)


def _blocks(text: str):
    """The text as ("table", rows) and ("line", text) blocks: tab-separated lines are table rows."""
    rows: list[list[str]] = []
    for line in text.split("\n"):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            yield "table", rows
            rows = []
        yield "line", line
    if rows:
        yield "table", rows


def _docx_of(text: str) -> bytes:
    import docx

    document = docx.Document()
    for kind, content in _blocks(text):
        if kind == "line":
            document.add_paragraph(content)
            continue
        table = document.add_table(rows=len(content), cols=max(len(r) for r in content))
        for i, row in enumerate(content):
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_version_of_the_seed(seed_text):
    result = import_document(_docx_of(seed_text), "plan.docx")
    assert _figures(result.parsed) == (YEAR_ROWS, YEAR_BUDGETS)
    assert len(result.parsed.sheets) == 44


def _pdf_of(text: str) -> bytes:
    import html

    from weasyprint import HTML

    from sujarit.documents.pdf import STATIC_DIR

    parts = []
    for kind, content in _blocks(text):
        if kind == "line":
            if content.strip():
                parts.append(f"<p>{html.escape(content)}</p>")
            continue
        width = max(len(r) for r in content)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r + [""] * (width - len(r)))
                       + "</tr>" for r in content)
        parts.append(f"<table>{body}</table>")
    css = ("<style>@font-face{font-family:S;src:url(fonts/sarabun/sarabun-thai-400-normal.woff2)}"
           "@font-face{font-family:L;src:url(fonts/sarabun/sarabun-latin-400-normal.woff2)}"
           "body{font-family:S,L;font-size:9pt} table{border-collapse:collapse;width:100%}"
           "td{border:.5pt solid #000;padding:1pt} tr{break-inside:avoid}</style>")
    return HTML(string=css + "".join(parts), base_url=STATIC_DIR.as_uri() + "/").write_pdf()


@pytest.fixture(scope="module")
def seed_pdf(seed_text) -> bytes:
    return _pdf_of(seed_text)  # the whole document: about 10 s to make and 20 s to read back


def test_pdf_version_of_the_seed(seed_pdf):
    result = import_document(seed_pdf, "plan.pdf")
    assert _figures(result.parsed) == (YEAR_ROWS, YEAR_BUDGETS)
    assert len(result.parsed.sheets) == 44
    assert {f.code for f in result.findings} >= {"stated-total-mismatch", "duplicate-number", "placeholder"}
    first = result.parsed.years[0].rows[0]
    assert (first.dimension, first.budget, first.quarters) == (1, Decimal(20000), [2])
    assert [r.quarters for r in result.parsed.years[0].rows][8] == [2, 4]
    assert result.parsed.sheets[0].budget == Decimal(110000)


def _zip_without_docx() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a Word document")
    return buffer.getvalue()


@pytest.mark.parametrize("data, name, code", [
    (b"", "plan.txt", "empty"),
    (b"   \n\n", "plan.txt", "empty"),
    (b"\x00\x01\x02garbage\xff" * 50, "plan.bin", "binary"),
    ("ไม่ใช่ UTF-8".encode("cp874"), "plan.txt", "encoding"),
    (b"PK\x03\x04 not really a zip", "plan.docx", "docx-broken"),
    (b"%PDF-1.4 broken", "plan.pdf", "pdf-broken"),
    (_zip_without_docx(), "plan.docx", "docx-broken"),
])
def test_bad_files_are_refused_with_a_code(data, name, code):
    with pytest.raises(DocumentError) as error:
        import_document(data, name)
    assert error.value.code == code
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in error.value.message_th)


def test_a_scanned_pdf_without_text_is_refused():
    from weasyprint import HTML

    blank = HTML(string="<div style='width:10cm;height:10cm;background:#888'></div>").write_pdf()
    with pytest.raises(DocumentError) as error:
        import_document(blank, "scan.pdf")
    assert error.value.code == "pdf-no-text" and "สแกน" in error.value.message_th


EDUCATION_PLAN = """แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2567
สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำปาง เขต 1

ส่วนที่ 1 บทนำ
วิสัยทัศน์ พันธกิจ เป้าประสงค์
ส่วนที่ 2 โครงการ
1\tโครงการพัฒนาคุณภาพผู้เรียน\t50,000
"""
ORDINANCE = """เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567
ของเทศบาลตำบลหลวงเหนือ
อำเภองาว จังหวัดลำปาง
ข้อ 1 เทศบัญญัตินี้เรียกว่า เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567
"""


@pytest.mark.parametrize("text, code", [(EDUCATION_PLAN, "not-a-plan"), (ORDINANCE, "not-a-plan")])
def test_other_kinds_of_documents_are_refused(text, code):
    with pytest.raises(DocumentError) as error:
        parse_document_text(text)
    assert error.value.code == code
    assert "แผนปฏิบัติการป้องกันการทุจริต" in error.value.message_th


def test_a_truncated_plan_is_refused(seed_text):
    cut = seed_text[: seed_text.index("ส่วนที่ ๓\n")]
    with pytest.raises(DocumentError) as error:
        parse_document_text(cut)
    assert error.value.code == "truncated"


@pytest.mark.django_db
def test_the_command_fails_with_a_thai_message_and_writes_nothing(tmp_path, demo):
    path = tmp_path / "ordinance.txt"
    path.write_text(ORDINANCE, encoding="utf-8")
    before = Plan.objects.count()
    with pytest.raises(CommandError) as error:
        call_command("import-plan", str(path), "--org", demo.org.code, stdout=io.StringIO())
    assert "ไม่ใช่แผนปฏิบัติการป้องกันการทุจริต" in str(error.value)
    assert Plan.objects.count() == before


def test_the_command_exits_non_zero(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    done = subprocess.run([sys.executable, "-m", "sujarit", "import-plan", str(path), "--dry-run"],
                          capture_output=True, text=True, env={"DJANGO_SETTINGS_MODULE": "sujarit.config.test",
                                                               "PYTHAINLP_READ_ONLY": "1",
                                                               "PATH": "/usr/bin:/bin",
                                                               "PYTHONPATH": ":".join(sys.path)})
    assert done.returncode != 0
    assert "ไฟล์ว่างเปล่า" in done.stderr
