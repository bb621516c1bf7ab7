"""The upload → read → preview → confirm life of a PlanImport."""
from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError

from ..importers.errors import DocumentError
from ..importers.pipeline import import_document, parse_document_text
from ..importers.readers import MAX_BYTES
from ..models import ImportStatus, Plan, PlanImport
from .importing import plan_import_result


class ImportErrorCode:
    TOO_LARGE = "import_too_large"
    NOT_READY = "import_not_ready"
    WRONG_ORGANISATION = "import_wrong_organisation"


@audited
def plan_import_upload(*, organisation, filename: str, data: bytes, acting_user) -> PlanImport:
    if len(data) > MAX_BYTES:
        raise ApplicationError(code=ImportErrorCode.TOO_LARGE, field="document",
                               message=_("The file is larger than 20 MB."))
    upload = PlanImport.objects.create(organisation=organisation, uploaded_by=acting_user, filename=filename[:255],
                                       data=data)
    from ..tasks import plan_import_read_task

    transaction.on_commit(lambda: plan_import_read_task.enqueue(upload.pk))
    return upload


def _step(upload: PlanImport, progress: int, status: str = ImportStatus.READING) -> None:
    upload.progress, upload.status = progress, status
    upload.save(update_fields=["progress", "status"])


def plan_import_read(*, import_id: int) -> PlanImport:
    """Read, parse and lint the uploaded document, reporting progress as it goes."""
    upload = PlanImport.objects.get(pk=import_id)
    _step(upload, 10)
    try:
        result = import_document(bytes(upload.data), upload.filename)
    except DocumentError as error:
        upload.status, upload.progress = ImportStatus.FAILED, 100
        upload.error_code, upload.error_message = error.code, error.message_th
        upload.save(update_fields=["status", "progress", "error_code", "error_message"])
        return upload
    _step(upload, 80)
    upload.source_text = result.text
    upload.report = result.report()
    upload.status, upload.progress = ImportStatus.READY, 100
    upload.save(update_fields=["source_text", "report", "status", "progress"])
    return upload


@audited
@transaction.atomic
def plan_import_confirm(*, upload: PlanImport, acting_user, supersedes: Plan | None = None) -> Plan:
    """Import the previewed document: all of it or nothing."""
    upload = PlanImport.objects.select_for_update().get(pk=upload.pk)
    if upload.status != ImportStatus.READY:
        raise ApplicationError(code=ImportErrorCode.NOT_READY,
                               message=_("This document is not ready to be imported."))
    if supersedes is not None and supersedes.organisation_id != upload.organisation_id:
        raise ApplicationError(code=ImportErrorCode.WRONG_ORGANISATION, field="supersedes",
                               message=_("Choose a plan of this organisation."))
    result = parse_document_text(upload.source_text)
    plan = plan_import_result(organisation=upload.organisation, result=result, acting_user=acting_user,
                              supersedes=supersedes)
    upload.status, upload.plan = ImportStatus.IMPORTED, plan
    upload.save(update_fields=["status", "plan"])
    return plan
