"""Each lint code on a small crafted document; a clean document yields no finding at all."""
from __future__ import annotations

import pytest

from sujarit.plans.importers.pipeline import parse_document_text

from .plan_builder import ORG, Row, Sheet, clean_doc


def codes(doc) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in parse_document_text(doc.text()).findings:
        out.setdefault(f.code, []).append(f)
    return out


def test_a_clean_plan_has_no_findings():
    assert codes(clean_doc()) == {}


def test_stated_total_mismatch_budget_and_ticks():
    doc = clean_doc()
    doc.stated[2566] = (99000, [2, 1, 1, 0])
    doc.stated[2567] = (15000, [0, 1, 1, 1])
    found = codes(doc)["stated-total-mismatch"]
    assert [(f.year, f.subject, f.severity) for f in found] == [(2566, "budget", "error"), (2567, "ticks", "error")]
    assert "๙๙,๐๐๐" in found[0].message_th and "99,000" in found[0].message_en


def test_stated_total_missing():
    doc = clean_doc()
    doc.stated[2567] = (None, [0, 0, 1, 1])
    assert [f.year for f in codes(doc)["stated-total-missing"]] == [2567]


def test_intro_count_mismatch():
    doc = clean_doc()
    doc.intro_claims = {1: 2, 2: 9, 3: 1, 4: 1}
    found = codes(doc)["intro-count-mismatch"]
    assert [f.subject for f in found] == ["total", "dimension-2"]


def test_duplicate_number_and_numbering_gap_in_a_year_table():
    doc = clean_doc()
    doc.row_numbers[2566] = [1, 1, 3]
    found = codes(doc)
    assert [(f.year, f.row) for f in found["duplicate-number"]] == [(2566, 1)]
    assert [(f.year, f.row) for f in found["numbering-gap"]] == [(2566, 3)]


def test_duplicate_and_missing_sheet_numbers():
    doc = clean_doc()
    doc.sheets[1].number = 1
    doc.sheets[3].number = 5
    found = codes(doc)
    assert [f.row for f in found["duplicate-number"]] == [1]
    assert "2" in found["numbering-gap"][0].message_en


def test_page_repeat_in_the_eplan_list():
    doc = clean_doc()
    rows = doc.eplan[2566]["rows"]
    doc.eplan[2566]["rows"] = rows + rows[:2]
    found = codes(doc)["page-repeat"]
    assert [(f.year, f.severity) for f in found] == [(2566, "info")]
    assert "summary-mismatch" not in codes(doc)


def test_name_variant_is_reported_with_both_names():
    doc = clean_doc()
    doc.years[2567][0].name = "โครงการอบรมคุณธรรมจริยธรรมของเทศบาลตำบลทดสอบ ประจำปี"
    found = codes(doc)["name-variant"]
    assert len(found) == 1 and "ประจำปี" in found[0].message_th


def test_dimension_conflict():
    doc = clean_doc()
    doc.years[2567].append(Row("มาตรการจัดการเรื่องร้องเรียนของเทศบาลตำบลทดสอบ", 4, 0, (2,)))
    doc.eplan[2567]["listed"] = doc.eplan[2567]["counted"] = 3
    doc.eplan[2567]["per_dim"] = [1, 0, 0, 2]
    doc.eplan[2567]["rows"].append((3, doc.years[2567][-1].name, 4))
    found = codes(doc)["dimension-conflict"]
    assert len(found) == 1 and found[0].severity == "error" and "3" in found[0].message_en


def test_summary_mismatch_and_missing():
    doc = clean_doc()
    doc.eplan[2566]["per_dim"] = [2, 0, 1, 0]
    doc.eplan[2566]["listed"] = 4
    del doc.eplan[2567]
    found = codes(doc)
    assert sorted(f.subject for f in found["summary-mismatch"]) == ["counted", "listed", "per-dimension"]
    assert [f.year for f in found["summary-missing"]] == [2567]


def test_budget_mismatch_between_sheet_and_years():
    doc = clean_doc()
    doc.sheets[0].budget = 50000
    assert [f.row for f in codes(doc)["budget-mismatch"]] == [1]
    doc.sheets[0].budget = 20000  # the plan's total
    assert "budget-mismatch" not in codes(doc)


@pytest.mark.parametrize("text", ["ระบุชื่อองค์กรปกครองส่วนท้องถิ่น", "ระบุงบประมาณที่ใช้ดำเนินการ", "xxxxx", "……"])
def test_placeholder(text):
    doc = clean_doc()
    doc.sheets[2].responsible = text
    found = codes(doc)["placeholder"]
    assert found and found[0].line is not None and found[0].severity == "error"


def test_missing_sheet_and_orphan_sheet():
    doc = clean_doc()
    doc.sheets.append(Sheet(5, "กิจกรรมปลูกต้นไม้ของเทศบาลตำบลทดสอบ", 4, None))
    doc.years[2567].append(Row("โครงการจัดทำคู่มือการปฏิบัติงาน", 2, 0, (1,)))
    doc.eplan.clear()
    found = codes(doc)
    assert [f.row for f in found["orphan-sheet"]] == [5]
    assert [(f.year, f.row) for f in found["missing-sheet"]] == [(2567, 3)]


def test_missing_kpi_value():
    doc = clean_doc()
    doc.sheets[1].outputs = ("มีการเผยแพร่ข้อมูลอย่างสม่ำเสมอ",)
    doc_text = doc.text().replace("บุคลากรมีความรู้ไม่น้อยกว่า ร้อยละ ๘๐", "บุคลากรมีความรู้เพิ่มขึ้น")
    found = [f for f in parse_document_text(doc_text).findings if f.code == "missing-kpi-value"]
    assert [f.row for f in found] == [2]  # the other sheets keep their output target


def test_foreign_name():
    doc = clean_doc()
    doc.sheets[0].responsible = "องค์การบริหารส่วนตำบลบ้านใหม่"
    found = codes(doc)["foreign-name"]
    assert len(found) == 1 and "บ้านใหม่" in found[0].message_th
    generic = clean_doc()
    generic.extra_preface = " ตามที่องค์การบริหารส่วนตำบลและเทศบาลทุกแห่งต้องจัดทำ และ" + ORG
    assert "foreign-name" not in codes(generic)


def test_the_seed_findings(seed_result):
    by_code = {}
    for f in seed_result.findings:
        by_code.setdefault(f.code, []).append(f)
    assert [f.line for f in by_code["stated-total-mismatch"]] == [89]
    assert sorted(f.line for f in by_code["placeholder"]) == [46, 2323, 3133, 3137]
    assert [f.row for f in by_code["duplicate-number"]] == [2, 34]
    assert [f.year for f in by_code["stated-total-missing"]] == [2570]
    assert [f.year for f in by_code["summary-missing"]] == [2570]
    assert len(by_code["dimension-conflict"]) == 1
    assert {f.subject for f in by_code["intro-count-mismatch"]} == {"dimension-2", "sum"}
    assert "foreign-name" not in by_code
