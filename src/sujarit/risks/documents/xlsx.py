"""The register as XLSX in the layout officers already use: step, issue, likelihood, impact, score, level,
measures (one row per risk; several events or measures go on separate lines of one cell)."""
from __future__ import annotations

import io

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill

from sujarit.documents.render.fonts import OFFICE_FONT

from ..selectors.views import Register

HEADERS = ["ลำดับ", "ขั้นตอน/กระบวนงาน", "ประเด็นความเสี่ยง (เหตุการณ์)", "โอกาส", "ผลกระทบ", "คะแนน",
           "ระดับความเสี่ยง", "มาตรการควบคุม", "ผู้รับผิดชอบ", "โครงการในแผนที่รองรับ"]
WIDTHS = [8, 30, 50, 9, 10, 9, 14, 55, 24, 45]
FONT = OFFICE_FONT  # as the documents app (ADR 0013)


def register_xlsx(register: Register) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = f"ความเสี่ยง {register.fiscal_year_be}"
    ws.append([f"{register.title} · {register.organisation_name}"])
    ws["A1"].font = Font(name=FONT, size=16, bold=True)
    ws.append(HEADERS)
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[ws.cell(row=2, column=col).column_letter].width = width
        cell = ws.cell(row=2, column=col)
        cell.font = Font(name=FONT, size=14, bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EDF3")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for risk in register.risks:
        projects = sorted({p.name for m in risk.measures for p in m.projects})
        ws.append([risk.number, risk.process_step, "\n".join(risk.events), risk.likelihood, risk.impact, risk.score,
                   risk.level_label or risk.stated_level, "\n".join(m.description for m in risk.measures),
                   risk.owner_unit, "\n".join(projects)])
        row = ws.max_row
        lines = max(len(risk.events), len(risk.measures), len(projects), 1)
        ws.row_dimensions[row].height = 21 * max(lines * 2, 2)  # openpyxl does not size rows (ecosystem.md)
        for col in range(1, len(HEADERS) + 1):
            cell = ws.cell(row=row, column=col)
            cell.font = Font(name=FONT, size=14)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def read_register_rows(data: bytes) -> list[dict]:
    """Rows of an uploaded sheet as dicts (row number kept for error messages). The header row is the first
    row whose first cells read like the export's headers; columns are found by their Thai heading."""
    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    header_at, columns = None, {}
    for i, row in enumerate(rows[:10]):
        names = [str(c or "").strip() for c in row]
        if any(n.startswith("ขั้นตอน") for n in names) and any(n.startswith("ประเด็น") for n in names):
            header_at = i
            for j, name in enumerate(names):
                for key, prefix in (("step", "ขั้นตอน"), ("events", "ประเด็น"), ("likelihood", "โอกาส"),
                                    ("impact", "ผลกระทบ"), ("level", "ระดับ"), ("measures", "มาตรการ"),
                                    ("owner", "ผู้รับผิดชอบ")):
                    if name.startswith(prefix) and key not in columns:
                        columns[key] = j
            break
    if header_at is None:
        return []
    out = []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        def get(key):
            j = columns.get(key)
            value = row[j] if j is not None and j < len(row) else None
            return "" if value is None else value
        if not str(get("step")).strip() and not str(get("events")).strip():
            continue
        out.append({"row": number, "step": str(get("step")), "events": str(get("events")).splitlines(),
                    "likelihood": get("likelihood"), "impact": get("impact"), "level": str(get("level")),
                    "measures": [m for m in str(get("measures")).splitlines() if m.strip()],
                    "owner": str(get("owner"))})
    return out
