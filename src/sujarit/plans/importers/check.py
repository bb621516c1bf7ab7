"""Is the parsed document an anti-corruption action plan, and is it whole?"""
from __future__ import annotations

from .errors import DocumentError
from .parsed import ParsedPlan

EXPECTED = ("คาดว่าจะเป็นแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น "
            "ที่มีส่วนที่ ๒ (ตารางโครงการรายปี) และส่วนที่ ๓ (รายละเอียดโครงการ)")
EXPECTED_EN = ("Expected a local government's anti-corruption action plan with Part 2 (yearly project tables) "
               "and Part 3 (project sheets).")


def check_plan(parsed: ParsedPlan) -> None:
    if "ป้องกันการทุจริต" not in parsed.title and not parsed.years:
        raise DocumentError("not-a-plan", "เอกสารนี้ไม่ใช่แผนปฏิบัติการป้องกันการทุจริต " + EXPECTED,
                            "This document is not an anti-corruption action plan. " + EXPECTED_EN)
    if not parsed.years:
        raise DocumentError("no-year-tables", "ไม่พบตารางโครงการรายปี (ส่วนที่ ๒) " + EXPECTED,
                            "No yearly project table (Part 2) was found. " + EXPECTED_EN)
    if not parsed.organisation_name:
        raise DocumentError("no-organisation", "ไม่พบชื่อองค์กรปกครองส่วนท้องถิ่นในเอกสาร " + EXPECTED,
                            "The organisation's name was not found. " + EXPECTED_EN)
    if not (2500 <= parsed.first_year_be <= parsed.last_year_be <= 2700):
        raise DocumentError("no-year-range", "ไม่พบช่วงปีของแผน (พ.ศ. xxxx - xxxx) " + EXPECTED,
                            "The plan's year range (B.E. xxxx - xxxx) was not found. " + EXPECTED_EN)
    if not parsed.sheets:
        raise DocumentError("truncated", "เอกสารไม่ครบ: ไม่พบรายละเอียดโครงการ (ส่วนที่ ๓) อาจถูกตัดท้าย " + EXPECTED,
                            "The document is incomplete: no project sheet (Part 3) was found; it may be cut short. "
                            + EXPECTED_EN)
    outside = [y.fiscal_year_be for y in parsed.years
               if not parsed.first_year_be <= y.fiscal_year_be <= parsed.last_year_be]
    if outside:
        raise DocumentError("year-outside-plan", f"ตารางปี {outside[0]} อยู่นอกช่วงปีของแผน",
                            f"The table of {outside[0]} lies outside the plan's years.")
    if any(row.dimension not in (1, 2, 3, 4) for y in parsed.years for row in y.rows):
        raise DocumentError("row-without-dimension", "มีรายการในตารางรายปีที่ไม่ระบุมิติ (๑–๔)",
                            "A row of a yearly table has no dimension (1–4).")
