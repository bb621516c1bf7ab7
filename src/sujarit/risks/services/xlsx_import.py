from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError

from ..documents.xlsx import read_register_rows
from ..errors import RiskErrorCode
from ..models import RiskArea, RiskAssessment
from .importing import match_project, project_candidates
from .risk import measure_create, risk_create
from .rules import ensure_editable, ensure_working_group


@audited
@transaction.atomic
def assessment_import_xlsx(*, assessment: RiskAssessment, data: bytes, acting_user) -> int:
    """Add the sheet's risks (and measures, linked to plan projects by name) to a draft assessment.
    Any bad row refuses the whole file, naming the row; nothing is saved."""
    ensure_working_group(assessment, acting_user)
    ensure_editable(assessment)
    try:
        rows = read_register_rows(data)
    except Exception:  # openpyxl raises many kinds of errors for a file that is not a workbook
        rows = None
    if not rows:
        raise ApplicationError(code=RiskErrorCode.XLSX_INVALID, field="file",
                               message=_("This is not a risk register sheet: no row under the headings "
                                         "“ขั้นตอน/กระบวนงาน” and “ประเด็นความเสี่ยง”."))
    candidates = project_candidates(assessment.plan) if assessment.plan_id else []
    for row in rows:
        try:
            risk = risk_create(assessment=assessment, process_step=row["step"], events=row["events"],
                               area=RiskArea.OTHER, stated_level=row["level"], imported=True,
                               likelihood=row["likelihood"], impact=row["impact"], owner_unit=row["owner"],
                               acting_user=acting_user)
            for text in row["measures"]:
                project, score = match_project(text, candidates) if candidates else (None, 0)
                measure_create(risk=risk, description=text, acting_user=acting_user,
                               projects=[project] if project else [],
                               match_scores={project.pk: score} if project else None)
        except ApplicationError as error:
            raise ApplicationError(code=error.code, field="file",
                                   message=_("Row %(row)s: %(message)s") % {"row": row["row"],
                                                                            "message": error.message}) from None
    return len(rows)
