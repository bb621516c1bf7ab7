"""XLSX: the cells equal the data (numbers as numbers), with Thai headings; the book has every year and 44 sheets."""
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from sujarit.documents import selectors
from sujarit.documents.render.fonts import OFFICE_FONT

pytestmark = pytest.mark.django_db


def _rows(ws, first_cell: str):
    """Rows after the header row whose first cell is `first_cell`."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == first_cell)
    return rows[start + 1:]


def test_the_2566_table_cells_equal_the_data(rendered, demo):
    wb = load_workbook(io.BytesIO(rendered("year", "xlsx", fiscal_year_be=2566).data))
    assert wb.sheetnames == ["ปี ๒๕๖๖"]
    ws = wb.active
    doc = selectors.year_document(plan=demo.plan, fiscal_year_be=2566)
    rows = _rows(ws, "ลำดับ")
    for cells, row in zip(rows, doc.table.rows):
        assert cells[0] == row.order
        assert cells[1] == row.name
        assert cells[2] == row.dimension
        assert Decimal(str(cells[3])) == row.budget
        assert [c == "/" for c in cells[4:8]] == row.ticks
    total = rows[len(doc.table.rows)]
    assert total[0] == "รวมเป็นจำนวนเงินทั้งสิ้น"
    assert total[3] == 30000
    assert list(total[4:8]) == [6, 6, 0, 4]
    assert rows[len(doc.table.rows) + 1][1] == "สามหมื่นบาทถ้วน"
    assert ws["A1"].value == "แผนปฏิบัติการป้องกันการทุจริต พ.ศ.๒๕๖๖"  # as the published plan prints it
    assert ws["A1"].font.name == OFFICE_FONT
    assert all(ws.row_dimensions[r].height for r in range(5, 5 + len(doc.table.rows)))


def test_the_eplan_summary_cells_equal_the_counts(rendered, demo):
    wb = load_workbook(io.BytesIO(rendered("eplan", "xlsx", fiscal_year_be=2566).data))
    ws = wb.active
    doc = selectors.eplan_document(plan=demo.plan, fiscal_year_be=2566)
    counts = _rows(ws, "โครงการ")
    assert counts[0][1:6] == (*[c.counted for c in doc.summary.per_dimension], doc.summary.counted)
    assert counts[1][1:6] == (*[c.additional for c in doc.summary.per_dimension], doc.summary.additional)
    assert doc.summary.total == 15
    items = _rows(ws, "ลำดับ")
    assert [r[1] for r in items] == [i.name for i in doc.items]
    assert [r[5] for r in items][:1] == [20000]
    assert "ไม่ใช้งบประมาณ" in [r[5] for r in items]


def test_the_book_workbook_has_every_part_and_44_sheet_rows(rendered, demo):
    wb = load_workbook(io.BytesIO(rendered("book", "xlsx").data))
    assert wb.sheetnames[:2] == ["ส่วนที่ ๑", "ภาพรวม ๕ ปี"]
    for year in ("๒๕๖๖", "๒๕๖๗", "๒๕๖๘", "๒๕๖๙", "๒๕๗๐"):
        assert f"ปี {year}" in wb.sheetnames and f"e-PlanNACC {year}" in wb.sheetnames
    assert wb.sheetnames[-2:] == ["ส่วนที่ ๓", "ตัวชี้วัด"]
    part3 = list(wb["ส่วนที่ ๓"].iter_rows(min_row=2, values_only=True))
    assert len(part3) == 44
    book = selectors.plan_book(plan=demo.plan)
    assert [r[3] for r in part3] == [s.name for s in book.sheets]
    overview = _rows(wb["ภาพรวม ๕ ปี"], "มิติ")
    assert overview[-1][0] == "รวม" and overview[-1][2] == 30000
    assert Decimal(str(overview[-1][-1])) == book.grand_total
