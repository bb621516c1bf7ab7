"""DOCX: every run carrying Thai names its font in w:cs (with w:szCs and the Thai language), and says the data."""
import io

import pytest
from docx import Document
from docx.oxml.ns import qn

from sujarit.documents import selectors
from sujarit.documents.render.fonts import OFFICE_FONT
from sujarit.documents.testing import check_thai_runs

pytestmark = pytest.mark.django_db

def _text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.mark.parametrize("kind, params", [("year", {"fiscal_year_be": 2566}), ("eplan", {"fiscal_year_be": 2566}),
                                          ("book", {})])
def test_every_thai_run_sets_the_complex_script_font(rendered, kind, params):
    document = Document(io.BytesIO(rendered(kind, "docx", **params).data))
    thai_runs = check_thai_runs(document)
    assert thai_runs > 20
    normal = document.styles["Normal"].element.rPr
    assert normal.find(qn("w:rFonts")).get(qn("w:cs")) == OFFICE_FONT


def test_the_2566_table_in_docx_says_the_data(rendered, demo):
    document = Document(io.BytesIO(rendered("year", "docx", fiscal_year_be=2566).data))
    table = document.tables[0]
    doc = selectors.year_document(plan=demo.plan, fiscal_year_be=2566)
    assert len(table.rows) == 2 + 15 + 1
    assert [c.text for c in table.rows[1].cells][4:8] == ["๑", "๒", "๓", "๔"]
    assert table.rows[0].cells[5].text == "ดำเนินการตามไตรมาส"
    for row, data in zip(table.rows[2:], doc.table.rows):
        cells = [c.text for c in row.cells]
        assert cells[1] == data.name
        assert cells[4:8] == ["/" if t else "" for t in data.ticks]
    total = [c.text for c in table.rows[-1].cells]
    assert total[0] == "รวมเป็นจำนวนเงินทั้งสิ้น"
    assert total[3] == "๓๐,๐๐๐"
    assert total[4:8] == ["๖", "๖", "๐", "๔"]
    assert "สามหมื่นบาทถ้วน" in _text(document)


def test_the_book_in_docx_has_44_sheets(rendered):
    document = Document(io.BytesIO(rendered("book", "docx").data))
    headings = [p.text for p in document.paragraphs if p.text == "๑. ชื่อโครงการ"]
    assert len(headings) == 44
    text = _text(document)
    for heading in ("คำนำ", "ส่วนที่ ๑ บทนำ", "ส่วนที่ ๒ แผนปฏิบัติการป้องกันการทุจริต", "ส่วนที่ ๓"):
        assert heading in text
