"""Load a framework from its JSON description in `frameworks/data/` (used by a data migration)."""
from __future__ import annotations

import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def sort_key(code: str) -> str:
    return ".".join(f"{int(part):03d}" for part in code.split("."))


def framework_load(*, path: Path, framework_model, area_model):
    spec = json.loads(path.read_text(encoding="utf-8"))
    framework, _ = framework_model.objects.update_or_create(
        code=spec["code"],
        version=spec["version"],
        defaults={k: spec[k] for k in ("title", "first_year_be", "last_year_be", "source")},
    )
    by_code = {}
    for item in sorted(spec["areas"], key=lambda a: sort_key(a["code"])):
        code = item["code"]
        parent_code = code.rsplit(".", 1)[0] if "." in code else None
        by_code[code], _ = area_model.objects.update_or_create(
            framework=framework,
            code=code,
            defaults={
                "title": item["title"],
                "parent": by_code.get(parent_code),
                "level": code.count(".") + 1,
                "dimension_number": int(code.split(".")[0]),
                "sort_key": sort_key(code),
            },
        )
    return framework


def frameworks_load_all(*, framework_model, area_model) -> None:
    for path in sorted(DATA_DIR.glob("*.json")):
        framework_load(path=path, framework_model=framework_model, area_model=area_model)
