"""The lint rules. Each reads a LintView and yields Findings; none of them writes anything."""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from ..importers.normalise import name_key, to_arabic_digits
from ..importers.normalise import to_thai_digits
from .findings import ERROR, INFO, WARNING, Finding
from .view import LintView

DIMENSIONS = (1, 2, 3, 4)


def th(value) -> str:
    return to_thai_digits(str(value))


def _baht(value) -> str:
    return th(f"{Decimal(value or 0):,.0f}")


def stated_totals(view: LintView):
    for y in view.years:
        fy = y.fiscal_year_be
        budget = sum((r.budget or Decimal(0) for r in y.rows), Decimal(0))
        ticks = [sum(1 for r in y.rows if q in r.quarters) for q in (1, 2, 3, 4)]
        if not y.has_totals or y.stated_budget is None:
            what = "ไม่มีแถวรวม" if not y.has_totals else "แถวรวมไม่ระบุจำนวนเงิน"
            yield Finding("stated-total-missing", WARNING,
                          f"ตารางปี {th(fy)}: {what} (ผลรวมจากรายการคือ {_baht(budget)} บาท)",
                          f"{fy} table: the totals row {'is missing' if not y.has_totals else 'gives no amount'}"
                          f" (the rows add up to {budget:,.0f} baht)", year=fy, line=y.line, subject="budget")
        elif y.stated_budget != budget:
            yield Finding("stated-total-mismatch", ERROR,
                          f"ตารางปี {th(fy)}: แถวรวมระบุ {_baht(y.stated_budget)} บาท แต่รายการรวมได้ {_baht(budget)} บาท",
                          f"{fy} table: the totals row says {y.stated_budget:,.0f} baht but the rows add up to "
                          f"{budget:,.0f}", year=fy, line=y.line, subject="budget")
        if y.stated_ticks and list(y.stated_ticks) != ticks:
            yield Finding("stated-total-mismatch", ERROR,
                          f"ตารางปี {th(fy)}: แถวรวมระบุจำนวนรายการรายไตรมาส {th(list(y.stated_ticks))} "
                          f"แต่นับจากรายการได้ {th(ticks)}",
                          f"{fy} table: the totals row counts {list(y.stated_ticks)} per quarter but the rows "
                          f"have {ticks}", year=fy, line=y.line, subject="ticks")


_INTRO_TOTAL = re.compile(r"รวมทั้งสิ้น(?:จำนวน)?\s*(\d+)\s*โครงการ")
_INTRO_DIM = re.compile(r"มิติที่\s*(\d)\D{0,120}?จำนวน\s*(\d+)\s*โครงการ")


def intro_counts(view: LintView):
    text = to_arabic_digits(view.preface)
    counted = Counter(r.dimension for y in view.years for r in y.rows)
    total = sum(counted.values())
    match = _INTRO_TOTAL.search(text)
    if match and int(match.group(1)) != total:
        claimed = int(match.group(1))
        yield Finding("intro-count-mismatch", ERROR,
                      f"คำนำระบุรวม {th(claimed)} โครงการ แต่ตารางรายปีมี {th(total)} รายการ",
                      f"The introduction claims {claimed} projects in all; the yearly tables hold {total}",
                      subject="total")
    claims = {int(d): int(n) for d, n in _INTRO_DIM.findall(text)}
    for dim, claimed in sorted(claims.items()):
        if counted.get(dim, 0) != claimed:
            yield Finding("intro-count-mismatch", ERROR,
                          f"คำนำระบุมิติที่ {th(dim)} จำนวน {th(claimed)} โครงการ แต่ตารางรายปีมี {th(counted.get(dim, 0))}",
                          f"The introduction claims {claimed} projects in dimension {dim}; the yearly tables hold "
                          f"{counted.get(dim, 0)}", subject=f"dimension-{dim}")
    if claims and match and sum(claims.values()) != int(match.group(1)):
        yield Finding("intro-count-mismatch", ERROR,
                      f"คำนำ: ผลรวมรายมิติ ({th(sum(claims.values()))}) ไม่เท่ากับยอดรวมที่ระบุ ({th(match.group(1))})",
                      f"The introduction's counts per dimension ({sum(claims.values())}) do not add up to the "
                      f"total it claims ({match.group(1)})", subject="sum")


def _numbering(numbers: list[tuple[int, int | None]], where_th: str, where_en: str, year=None):
    seen: dict[int, int | None] = {}
    for number, line in numbers:
        if number in seen:
            yield Finding("duplicate-number", ERROR, f"{where_th}: ลำดับที่ {th(number)} ซ้ำ",
                          f"{where_en}: number {number} appears twice", year=year, row=number, line=line,
                          subject=f"{where_en}:{number}")
        seen[number] = line
    expected = 1
    for number, line in numbers:
        if number > expected:
            missing = list(range(expected, number))
            yield Finding("numbering-gap", WARNING, f"{where_th}: ไม่มีลำดับที่ {th(', '.join(map(str, missing)))}",
                          f"{where_en}: number(s) {', '.join(map(str, missing))} missing", year=year, row=number,
                          line=line, subject=f"{where_en}:{missing[0]}")
        expected = max(expected, number + 1)


def numbering(view: LintView):
    for y in view.years:
        yield from _numbering([(r.number, r.line) for r in y.rows], f"ตารางปี {th(y.fiscal_year_be)}",
                              f"{y.fiscal_year_be} table", year=y.fiscal_year_be)
    sheets = sorted(((p.sheet_number, p.line) for p in view.projects if p.sheet_number is not None),
                    key=lambda s: (s[1] is None, s[1] or 0, s[0]))
    yield from _numbering(sheets, "ส่วนที่ ๓", "Part 3")


def page_repeats(view: LintView):
    for y in view.years:
        repeats = (y.eplan or {}).get("repeats") or []
        if repeats:
            yield Finding("page-repeat", INFO,
                          f"สรุป e-PlanNACC ปี {th(y.fiscal_year_be)}: มีรายการพิมพ์ซ้ำหลังขึ้นหน้าใหม่ {th(len(repeats))} แถว (นับครั้งเดียว)",
                          f"e-PlanNACC {y.fiscal_year_be}: {len(repeats)} rows printed again after a page break "
                          f"(counted once)", year=y.fiscal_year_be, line=repeats[0], subject="eplan")


def name_variants(view: LintView):
    for p in view.projects:
        keys = {name_key(n) for n in p.names_seen}
        if len(keys) > 1:
            names = " / ".join(p.names_seen[:4])
            yield Finding("name-variant", INFO, f"โครงการเดียวกันสะกดต่างกัน: {names}",
                          f"One project is spelled differently: {names}", row=p.sheet_number, line=p.line,
                          subject=str(p.sheet_number or p.name[:40]))


def dimension_conflicts(view: LintView):
    by_id = {p.id: p for p in view.projects}
    for p in view.projects:
        if p.other_dimension_match is None:
            continue
        other = by_id.get(p.other_dimension_match[0])
        if other is None:
            continue
        yield Finding("dimension-conflict", ERROR,
                      f"รายการ \"{p.name[:60]}\" อยู่ในมิติที่ {th(p.dimension)} แต่ชื่อตรงกับโครงการในมิติที่ {th(other.dimension)}",
                      f"\"{p.name[:60]}\" is listed under dimension {p.dimension} but its name matches a project "
                      f"of dimension {other.dimension}", year=p.years[0] if p.years else None, line=p.line,
                      subject=p.name[:40])


def summaries(view: LintView):
    for y in view.years:
        fy, e = y.fiscal_year_be, y.eplan
        if e is None:
            yield Finding("summary-missing", INFO, f"ปี {th(fy)}: ไม่มีสรุปจากระบบ e-PlanNACC",
                          f"{fy}: no e-PlanNACC summary", year=fy, line=y.line, subject="eplan")
            continue
        rows = len(y.rows)
        per_dim = [sum(1 for r in y.rows if r.dimension == d) for d in DIMENSIONS]
        if e.get("listed") is not None and e["listed"] != rows:
            yield Finding("summary-mismatch", ERROR,
                          f"ปี {th(fy)}: e-PlanNACC ระบุ {th(e['listed'])} โครงการ แต่ตารางมี {th(rows)} รายการ",
                          f"{fy}: e-PlanNACC lists {e['listed']} projects, the table has {rows}", year=fy,
                          line=e.get("line"), subject="listed")
        if e.get("per_dimension") and list(e["per_dimension"]) != per_dim:
            yield Finding("summary-mismatch", ERROR,
                          f"ปี {th(fy)}: e-PlanNACC นับรายมิติ {th(list(e['per_dimension']))} แต่ตารางมี {th(per_dim)}",
                          f"{fy}: e-PlanNACC counts {list(e['per_dimension'])} per dimension, the table has "
                          f"{per_dim}", year=fy, line=e.get("line"), subject="per-dimension")
        additional = sum(e.get("additional") or [])
        counted, listed = e.get("counted"), e.get("listed")
        if counted is not None and listed is not None and counted + additional != listed:
            yield Finding("summary-mismatch", WARNING,
                          f"ปี {th(fy)}: e-PlanNACC นับคะแนน {th(counted)} จาก {th(listed)} โครงการ แต่ไม่มีโครงการเพิ่มเติม {th(listed - counted)} โครงการ",
                          f"{fy}: e-PlanNACC scores {counted} of {listed} projects but shows {additional} "
                          f"additional ones", year=fy, line=e.get("line"), subject="counted")


def sheets(view: LintView):
    rows_of = view.rows_of_project()
    for p in view.projects:
        scheduled = rows_of.get(p.id, [])
        if p.has_sheet and not scheduled:
            yield Finding("orphan-sheet", WARNING,
                          f"ส่วนที่ ๓ ลำดับที่ {th(p.sheet_number)} \"{p.name[:60]}\" ไม่อยู่ในตารางปีใดเลย",
                          f"Part 3 sheet {p.sheet_number} \"{p.name[:60]}\" is not scheduled in any year",
                          row=p.sheet_number, line=p.line, subject=str(p.sheet_number or p.id))
        if scheduled and not p.has_sheet:
            fy, row = scheduled[0]
            yield Finding("missing-sheet", WARNING, f"\"{p.name[:60]}\" ไม่มีรายละเอียดโครงการในส่วนที่ ๓",
                          f"\"{p.name[:60]}\" has no Part 3 sheet", year=fy, row=row.number, line=row.line,
                          subject=p.name[:40])
        if p.has_sheet and scheduled and p.sheet_budget is not None:
            total = sum((r.budget or Decimal(0) for _, r in scheduled), Decimal(0))
            yearly = {r.budget for _, r in scheduled if r.budget}
            # A sheet's budget may be the plan's total or the amount of each year it runs.
            if total != p.sheet_budget and yearly != {p.sheet_budget}:
                yield Finding("budget-mismatch", WARNING,
                              f"ส่วนที่ ๓ ลำดับที่ {th(p.sheet_number)}: งบประมาณ {_baht(p.sheet_budget)} บาท แต่ตารางรายปีรวม {_baht(total)} บาท",
                              f"Part 3 sheet {p.sheet_number}: budget {p.sheet_budget:,.0f} baht but the yearly "
                              f"rows add up to {total:,.0f}", row=p.sheet_number, line=p.line,
                              subject=str(p.sheet_number or p.id))
        if p.has_sheet and p.kpi_count == 0:
            yield Finding("missing-kpi-value", WARNING,
                          f"ส่วนที่ ๓ ลำดับที่ {th(p.sheet_number)}: ผลผลิต/ผลลัพธ์ไม่มีค่าเป้าหมายที่เป็นตัวเลข",
                          f"Part 3 sheet {p.sheet_number}: no output or outcome has a numeric target",
                          row=p.sheet_number, line=p.line, subject=str(p.sheet_number or p.id))


PLACEHOLDER = re.compile(
    r"ระบุ(?:ชื่อ(?:องค์กรปกครองส่วนท้องถิ่น|อปท|หน่วยงาน|โครงการ)|งบประมาณ|หน่วยงาน|จำนวน|ระยะเวลา|ง(?=\s))"
    r"|x{3,}|X{3,}|\.{6,}|…{2,}|_{5,}|\(ชื่อ\s*อปท"
)
_ORG_NAME = re.compile(r"(เทศบาล(?:นคร|เมือง|ตำบล)|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|ทต\.|ทม\.|ทน\.|อบต\.|อบจ\.)"
                       r" ?([ก-๙]+)")
_GENERIC = ("มี", "และ", "หรือ", "ใน", "ที่", "ทุก", "ต่าง", "ซึ่ง", "จะ", "ได้", "ของ", "ให้", "เป็น", "ทั้ง",
            "นั้น", "นี้", "ดังกล่าว", "แห่ง", "ต้อง", "เพื่อ", "โดย", "จึง", "กับ", "ตาม")


def _own_name(organisation_name: str) -> str:
    match = _ORG_NAME.match(organisation_name)
    return match.group(2) if match else organisation_name


def leftovers(view: LintView):
    own = _own_name(view.organisation_name)
    foreign_seen: set[str] = set()
    for text, line in view.texts:
        for match in PLACEHOLDER.finditer(text):
            yield Finding("placeholder", ERROR, f"ข้อความแม่แบบค้างอยู่: \"{match.group(0)}\"",
                          f"Template text left in: \"{match.group(0)}\"", line=line,
                          subject=f"{line}:{match.group(0)}")
        for match in _ORG_NAME.finditer(text):
            name = match.group(2)
            if not own or name.startswith(own) or name.startswith(_GENERIC) or len(name) < 3:
                continue
            label = match.group(1) + name[:20]
            if label not in foreign_seen:
                foreign_seen.add(label)
                yield Finding("foreign-name", ERROR, f"พบชื่อหน่วยงานอื่น \"{label}\" ในแผนของ{view.organisation_name}",
                              f"Another organisation's name \"{label}\" appears in the plan of "
                              f"{view.organisation_name}", line=line, subject=label)


RULES = (stated_totals, intro_counts, numbering, page_repeats, name_variants, dimension_conflicts, summaries,
         sheets, leftovers)
