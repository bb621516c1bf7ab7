"""`python -m sujarit import-plan PATH [--org CODE] [--dry-run] [--format text|json]`."""
from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sujarit.orgs.models import Organisation

from ...importers.pipeline import DocumentError, import_document
from ...services.importing import plan_import_result

SEVERITY_TH = {"error": "ข้อผิดพลาด", "warning": "คำเตือน", "info": "ข้อสังเกต"}


class Command(BaseCommand):
    requires_system_checks = []  # a read-only import need not check the whole project first
    help = "Import a published anti-corruption action plan (.txt UTF-8, .docx or .pdf with a text layer) and lint it."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--org", help="code of the organisation that receives the plan")
        parser.add_argument("--dry-run", action="store_true", help="read and lint only; write nothing")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, path: str, org: str | None, dry_run: bool, format: str, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"ไม่พบไฟล์ {path} (file not found)")
        organisation = None
        if not dry_run:
            if not org:
                raise CommandError("กรุณาระบุ --org รหัสองค์กรปกครองส่วนท้องถิ่นที่จะรับแผน หรือใช้ --dry-run "
                                   "(--org CODE is needed unless --dry-run)")
            organisation = Organisation.objects.filter(code=org).first()
            if organisation is None:
                raise CommandError(f"ไม่พบองค์กรรหัส {org} (no organisation with code {org})")
        try:
            result = import_document(file.read_bytes(), file.name)
        except DocumentError as error:
            raise CommandError(f"{error.message_th} ({error.code}: {error.message_en})") from None
        plan = None
        if organisation is not None:
            plan = plan_import_result(organisation=organisation, result=result, acting_user=None)
        if format == "json":
            report = result.report()
            report["imported_plan_id"] = plan.pk if plan else None
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=1))
            return
        self._summary(result, plan)

    def _summary(self, result, plan) -> None:
        p = result.parsed
        self.stdout.write(f"{p.title}\n{p.organisation_name} · พ.ศ. {p.first_year_be}–{p.last_year_be}")
        for y in p.years:
            budget = sum(int(r.budget or 0) for r in y.rows)
            self.stdout.write(f"  ปี {y.fiscal_year_be}: {len(y.rows)} รายการ งบประมาณ {budget:,} บาท")
        self.stdout.write(f"  ส่วนที่ ๓: {len(p.sheets)} โครงการ · รวม {len(result.projects)} โครงการที่จำแนกได้")
        self.stdout.write(f"ผลการตรวจ (lint): {len(result.findings)} รายการ")
        for f in result.findings:
            where = f"บรรทัด {f.line}" if f.line else (f"ปี {f.year}" if f.year else "")
            self.stdout.write(f"  [{SEVERITY_TH[f.severity]}] {f.code} {where}: {f.message_th}")
        if plan is not None:
            self.stdout.write(self.style.SUCCESS(f"นำเข้าแล้วเป็นแผนรหัส {plan.pk} (สถานะร่าง)"))
        else:
            self.stdout.write("ไม่ได้บันทึกข้อมูล (--dry-run)")
