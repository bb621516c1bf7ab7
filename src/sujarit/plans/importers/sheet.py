"""One Part 3 project sheet: the numbered fields between "ลำดับที่ N" and the next sheet or heading."""
from __future__ import annotations

import re

from .common import D, Doc, list_items, paragraphs
from .kpi import parse_kpis
from .normalise import normalise, parse_baht
from .parsed import ProjectSheet

# Field keys in printed order, with the label text that identifies each (numbers vary in print).
FIELDS = [
    ("name", "ชื่อโครงการ"),
    ("rationale", "หลักการและเหตุผล"),
    ("objectives", "วัตถุประสงค์"),
    ("target_group", "กลุ่มเป้าหมาย"),
    ("methods", "วิธี"),
    ("duration", "ระยะเวลา"),
    ("budget", "งบประมาณ"),
    ("responsible", "ผู้รับผิดชอบ"),
    ("results", "ผลผลิต"),
]
_ORDER = {key: n for n, (key, _) in enumerate(FIELDS)}
_FIELD = re.compile(rf"^{D}+\s*\.\s*(\S.*)$")
_RESULT_HEADS = {"ผลผลิต": "outputs", "ผลลัพธ์": "outcomes"}
KINDS = ("โครงการ", "กิจกรรม", "มาตรการ", "แนวปฏิบัติ")
_NO_BUDGET = re.compile(r"^ไม่ใช้งบ|^ไม่มีงบ")


def _field_key(doc: Doc, i: int, current: str | None) -> str | None:
    match = _FIELD.match(doc.texts[i])
    if not match or "\t" in doc.lines[i]:
        return None
    label = match.group(1)
    for key, text in FIELDS:
        if label.startswith(text) and (key == "name" or len(label) <= 60):
            if current is None or _ORDER[key] > _ORDER[current]:
                return key
    return None


def _split_results(doc: Doc, lines: list[int], where: str) -> dict[str, list[str]]:
    parts: dict[str, list[str]] = {"outputs": [], "outcomes": []}
    current = None
    for i in lines:
        head = doc.texts[i].rstrip(" :")
        if head in _RESULT_HEADS:
            current = _RESULT_HEADS[head]
            continue
        if current is None:
            if not doc.texts[i]:
                continue
            doc.warn(i, f"{where}: result text before a ผลผลิต/ผลลัพธ์ heading, read as ผลผลิต")
            current = "outputs"
        parts[current].append(doc.texts[i])
    return parts


def _name(doc: Doc, i: int) -> tuple[str, str]:
    """The name after "ชื่อโครงการ :" on line i, normalised and verbatim."""
    text, raw = doc.texts[i], doc.raw[i].strip()
    after = text.split(":", 1)[1] if ":" in text else re.sub(rf"^{D}+\s*\.\s*ชื่อโครงการ\s*", "", text)
    raw_after = raw.split(":", 1)[1] if ":" in raw else after
    return after.strip(), raw_after.strip()


def _kind(doc: Doc, i: int, name: str, where: str) -> str:
    for kind in KINDS:
        if name.startswith(kind):
            return kind
    doc.warn(i, f"{where}: name does not start with {'/'.join(KINDS)}; kind set to โครงการ")
    return "โครงการ"


def parse_sheet(
    doc: Doc, number: int, dimension: int, area: str, start: int, body: int, end: int
) -> ProjectSheet:
    """Read the sheet printed as "ลำดับที่ {number}" on line `start`; its fields run over [body, end)."""
    where = f"sheet ลำดับที่ {number} (line {start + 1})"
    lines: dict[str, list[int]] = {}
    heads: dict[str, int] = {}
    current = None
    for i in range(body, end):
        key = _field_key(doc, i, current)
        if key:
            current, lines[key], heads[key] = key, [], i
        elif current is not None:
            lines[current].append(i)
        elif doc.texts[i]:
            doc.warn(i, f"{where}: text before the first field ignored")
    for key, label in FIELDS:
        if key not in heads:
            doc.warn(start, f"{where}: field '{label}' not found")
        elif key != "name" and not any(doc.texts[i] for i in lines[key]):
            doc.warn(heads[key], f"{where}: field '{label}' is empty")

    def texts(key: str) -> list[str]:
        return [doc.texts[i] for i in lines.get(key, [])]

    def joined(key: str) -> str:
        return "\n".join(t for t in texts(key) if t)

    name, name_verbatim = _name(doc, heads["name"]) if "name" in heads else ("", "")
    extra = [t for t in texts("name") if t]
    if extra:
        name, name_verbatim = " ".join([name, *extra]), " ".join([name_verbatim, *extra])
    budget_text = " ".join(doc.raw[i].strip() for i in lines.get("budget", []) if doc.raw[i].strip())
    budget = parse_baht(budget_text)
    if budget is None and budget_text and not _NO_BUDGET.match(normalise(budget_text)):
        doc.warn(heads["budget"], f"{where}: budget not readable: '{budget_text}'")
    for key in ("target_group", "responsible"):
        if joined(key).startswith("ระบุ"):
            doc.warn(heads[key], f"{where}: '{joined(key)}' looks like an unfilled template placeholder")
    results = _split_results(doc, lines.get("results", []), where)
    outputs, outcomes = list_items(results["outputs"]), list_items(results["outcomes"])
    for label, items in (("ผลผลิต", outputs), ("ผลลัพธ์", outcomes)):
        if "results" in heads and not items:
            doc.warn(heads["results"], f"{where}: no {label} items")
    sheet = ProjectSheet(
        number=number,
        dimension=dimension,
        area_code=area,
        kind=_kind(doc, heads.get("name", start), name, where),
        name=normalise(name).strip(),
        name_verbatim=name_verbatim,
        rationale="\n\n".join(paragraphs(texts("rationale"))),
        objectives=list_items(texts("objectives")),
        target_group=joined("target_group"),
        methods=list_items(texts("methods")),
        duration=" ".join(t for t in texts("duration") if t),
        budget_text=budget_text,
        budget=budget,
        responsible=joined("responsible"),
        outputs=outputs,
        outcomes=outcomes,
        kpis=[kpi for item in outputs + outcomes for kpi in parse_kpis(item)],
        source=doc.ref(start, doc.last_text_line(start, end)),
    )
    return sheet
