"""Tests for the plan text parser against the bundled plan of เทศบาลตำบลหลวงเหนือ (no database)."""
from decimal import Decimal
from pathlib import Path

import pytest

from sujarit.plans.importers.common import inline_points, list_items
from sujarit.plans.importers.kpi import parse_kpis
from sujarit.plans.importers.text_plan import parse_plan_text

SEED = Path(__file__).resolve().parents[2] / "demo" / "luang_nuea_2566_2570.txt"


@pytest.fixture(scope="module")
def source() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plan(source):
    return parse_plan_text(source)


@pytest.fixture(scope="module")
def years(plan):
    return {table.fiscal_year_be: table for table in plan.years}


def _line(source: str, number: int) -> str:
    return source.split("\n")[number - 1]


def test_front_matter(plan):
    assert plan.title.startswith("แผนปฏิบัติการป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส")
    assert plan.organisation_name == "เทศบาลตำบลหลวงเหนือ"
    assert (plan.first_year_be, plan.last_year_be) == (2566, 2570)
    assert plan.preface.startswith("เทศบาลตำบลหลวงเหนือ ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต")
    assert plan.preface.endswith('"ประเทศไทยปลอดการทุจริตและประพฤติมิชอบ"')
    assert "สารบัญ" not in plan.preface and "อำเภอ" not in plan.preface


def test_risk_rows(plan):
    rows = plan.part1.risk_rows
    assert [r.number for r in rows] == [1, 4]
    assert [r.level for r in rows] == ["ปานกลาง", "สูง"]
    assert [len(r.measures) for r in rows] == [7, 6]
    assert [len(r.issues) for r in rows] == [3, 3]
    assert rows[1].measures[0] == "มาตรการ NO Gift Policy"
    assert rows[0].measures[0] == "โครงการส่งเสริมการบริหารงาน ตามหลักธรรมาภิบาลเพื่อป้องกันการ ทุจริต"
    assert not any("<" in text for r in rows for text in r.issues + r.measures)
    assert rows[0].source.line_start == 46


def test_part1_text_and_targets(plan):
    part = plan.part1
    assert part.rationale.startswith("รัฐธรรมนูญแห่งราชอาณาจักรไทย")
    assert len(part.rationale.split("\n\n")) == 5
    assert len(part.objectives) == 5
    assert part.objectives[0] == "เพื่อแสดงเจตจำนงสุจริตของผู้บริหารเทศบาลตำบลหลวงเหนือต่อสาธารณชน"
    assert len(part.goals) == 2
    assert len(part.benefits) == 5
    assert part.base_year_be == 2565
    assert [t.fiscal_year_be for t in part.targets] == [2566, 2567, 2568, 2569, 2570]
    assert [t.ita_score for t in part.targets] == [Decimal(n) for n in (65, 70, 75, 80, 85)]
    assert [t.case_reduction_pct for t in part.targets] == [Decimal(n) for n in (10, 20, 30, 40, 50)]


def test_year_tables(years):
    assert list(years) == [2566, 2567, 2568, 2569, 2570]
    assert [len(t.rows) for t in years.values()] == [15, 18, 18, 18, 17]
    sums = [sum(r.budget or 0 for r in t.rows) for t in years.values()]
    assert sums == [Decimal(n) for n in (30000, 104000, 40000, 20000, 0)]
    for table in years.values():
        assert [r.number for r in table.rows] == list(range(1, len(table.rows) + 1))
        assert all(r.dimension in (1, 2, 3, 4) and r.source for r in table.rows)


def test_2566_rows(years, source):
    rows = years[2566].rows
    first = rows[0]
    assert (first.number, first.dimension, first.budget, first.quarters) == (1, 1, Decimal(20000), [2])
    assert rows[8].number == 9 and rows[8].quarters == [2, 4]
    assert rows[1].name == 'มาตรการ "ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลหลวงเหนือ"'
    assert "“" in rows[1].name_verbatim
    assert _line(source, rows[8].source.line_start).startswith("๙\t")


def test_stated_totals(years):
    assert years[2566].totals.budget == Decimal(30000)
    assert years[2566].totals.quarter_ticks == [6, 6, 3, 4]
    assert years[2567].totals.budget == Decimal(104000)
    # 2568 has an extra empty leading column in its totals row
    assert (years[2568].totals.budget, years[2568].totals.quarter_ticks) == (Decimal(40000), [3, 7, 7, 2])
    # 2570 prints only the quarter counts
    assert years[2570].totals.budget is None
    assert years[2570].totals.quarter_ticks == [4, 5, 6, 3]
    assert years[2570].totals.source.line_start == 367


def test_eplan_blocks(years):
    block = years[2567].eplan
    assert (block.projects_listed, block.projects_counted) == (18, 15)
    assert block.per_dimension == [4, 12, 1, 1]
    assert block.per_dimension_is_quarters is False
    assert block.additional == [0, 0, 0, 0, 0]
    first = years[2566].eplan
    assert first.per_dimension_is_quarters is True
    assert first.per_dimension == [5, 7, 1, 2]
    assert years[2570].eplan is None
    assert [len(years[y].eplan.items) for y in (2566, 2567, 2568, 2569)] == [15, 18, 18, 18]
    for year in (2566, 2567, 2568, 2569):
        items = years[year].eplan.items
        assert sorted(i.number for i in items) == list(range(1, len(items) + 1))
    # duplicated runs after page breaks: the first occurrence wins
    assert years[2567].eplan.items[5].source.line_start == 189
    assert years[2568].eplan.items[7].name.startswith("โครงการ ")
    assert years[2569].eplan.per_dimension == [7, 7, 2, 2]


def test_sheets(plan):
    sheets = plan.sheets
    assert len(sheets) == 44
    expected = list(range(1, 45))
    expected[5], expected[37] = 2, 34  # printed errors kept as printed
    assert [s.number for s in sheets] == expected
    first = sheets[0]
    assert (first.dimension, first.area_code, first.kind) == (1, "1.1.1", "โครงการ")
    assert first.budget == Decimal(110000)
    assert first.budget_text == "๑๑๐,๐๐๐ บาท"
    assert len(first.methods) == 7
    assert len(first.objectives) == 3
    assert len(first.outputs) == 2 and len(first.outcomes) == 1
    assert first.source.line_start == 383
    assert any(k.value == 2 and k.unit == "ครั้ง" and k.comparator == "ไม่น้อยกว่า" for k in first.kpis)
    assert any(k.value == 80 and k.unit == "ร้อยละ" for k in first.kpis)


def test_sheet_areas_and_kinds(plan):
    by_position = plan.sheets
    complaints = by_position[33]
    assert complaints.number == 34 and complaints.area_code == "3.2.3" and complaints.dimension == 3
    assert complaints.name.startswith("มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียน")
    audit = by_position[37]
    assert audit.number == 34 and audit.area_code == "4.1.1" and audit.dimension == 4
    assert by_position[7].area_code == "1.2.2"  # heading with "ลำดับที่ ๘" glued on
    assert by_position[13].area_code == "2.1.3"
    assert by_position[31].kind == "โครงการ"  # "ส่งเสริมการมีส่วนร่วม…" has no kind word
    assert by_position[1].budget is None  # ไม่ใช้งบประมาณ
    assert by_position[43].budget is None
    assert all(s.name and s.rationale and s.methods and s.source for s in by_position)


def test_areas(plan):
    codes = [a.code for a in plan.areas]
    assert codes[:3] == ["1", "1.1", "1.1.1"]
    assert {"1", "2", "3", "4", "4.3.2", "1.2.2", "2.1.3"} <= set(codes)
    assert len(codes) == len(set(codes)) == 48
    dimension_one = plan.areas[0]
    assert dimension_one.title == "การสร้างวัฒนธรรมสุจริต"
    glued = next(a for a in plan.areas if a.code == "1.2.2")
    assert "ลำดับที่" not in glued.title


def test_warnings(plan):
    warnings = plan.warnings
    assert any(w.startswith("line 683:") and "6" in w for w in warnings)
    assert any(w.startswith("line 2699:") and "38" in w for w in warnings)
    assert any(w.startswith("line 2262:") and "kind" in w for w in warnings)
    assert any(w.startswith("line 367:") for w in warnings)
    assert any(w.startswith("line 192:") for w in warnings)
    assert all(w.startswith("line ") for w in warnings)


def test_crlf_input_gives_same_result(source, plan):
    assert parse_plan_text(source.replace("\n", "\r\n")) == plan


def test_damaged_input_does_not_raise(source):
    assert parse_plan_text("").warnings
    truncated = parse_plan_text("\n".join(source.split("\n")[:1000]))
    assert len(truncated.sheets) == 11
    no_tabs = parse_plan_text(source.replace("\t", " "))
    assert no_tabs.warnings


@pytest.mark.parametrize(
    ("text", "indicator", "comparator", "value", "unit"),
    [
        ("มีการจัดอบรม ไม่น้อยกว่า ๒ ครั้งต่อปี", "มีการจัดอบรม", "ไม่น้อยกว่า", 2, "ครั้ง"),
        ("มีความรู้ ไม่น้อยกว่า ร้อยละ ๘๐ (ทำแบบทดสอบ)", "มีความรู้", "ไม่น้อยกว่า", 80, "ร้อยละ"),
        ("ประชาชนพึงพอใจไม่ต่ำกว่าร้อยละ ๘๐", "ประชาชนพึงพอใจ", "ไม่ต่ำกว่า", 80, "ร้อยละ"),
        ("ผ่านเกณฑ์ ร้อยละ ๘๐ ขึ้นไป", "ผ่านเกณฑ์", "ขึ้นไป", 80, "ร้อยละ"),
        ("มีการจัดอบรมให้กับประชาชน จำนวน ๑ ครั้ง", "มีการจัดอบรมให้กับประชาชน", "จำนวน", 1, "ครั้ง"),
        ("มีคู่มือ อย่างน้อย จำนวน ๑ ฉบับ", "มีคู่มือ", "อย่างน้อย", 1, "ฉบับ"),
        ("ลดลงร้อยละ ๕", "ลดลง", "ร้อยละ", 5, "ร้อยละ"),
    ],
)
def test_kpi_phrases(text, indicator, comparator, value, unit):
    (kpi,) = parse_kpis(text)
    expected = (indicator, comparator, Decimal(value), unit)
    assert (kpi.indicator, kpi.comparator, kpi.value, kpi.unit) == expected
    assert kpi.text == text


def test_kpi_needs_a_number():
    assert parse_kpis("เด็กและเยาวชนได้รับการฝึกอบรม จำนวน คน") == []
    assert parse_kpis("มีแผนปฏิบัติการ พ.ศ. ๒๕๖๖ - ๒๕๗๐") == []


def test_list_items_and_inline_points():
    lines = ["- ๑) ก", "ต่อ", "- ๑.๑) ย่อย", "๒) ข", "- จุดย่อย", "(๑) แบบอื่น"]
    assert list_items(lines) == ["ก ต่อ\n๑.๑) ย่อย", "ข\nจุดย่อย\n(๑) แบบอื่น"]
    assert list_items(["- (๑) หนึ่ง", "- (๒) สอง"]) == ["หนึ่ง", "สอง"]
    assert inline_points("๑. ผู้บริหาร ๒. บุคลากร พ.ศ. ๒๕๖๖") == ["ผู้บริหาร", "บุคลากร พ.ศ. ๒๕๖๖"]
    assert inline_points("<p>๑. ก</p> <p>๒. ข</p>") == ["ก", "ข"]
