"""Evidence: files whose content (not name) is checked with `filetype`, size-limited, stored under
MEDIA_ROOT with a random name and served only through an access-checked view (ADR 0017); or links."""
from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

import filetype

from sujarit.core.audit import audited
from sujarit.core.errors import ApplicationError

from ..errors import ProgressErrorCode
from ..models import Evidence, EvidenceKind, ProgressReport
from ..workflow import EDITABLE_STATES, REPORTER_ROLES
from .rules import ensure_role

MAX_BYTES_DEFAULT = 10 * 1024 * 1024
ALLOWED_TYPES = {
    "application/pdf", "image/jpeg", "image/png", "image/webp", "image/gif",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def max_bytes() -> int:
    return int(getattr(settings, "PROGRESS_EVIDENCE_MAX_BYTES", MAX_BYTES_DEFAULT))


def _ensure_editable(report: ProgressReport, acting_user) -> None:
    ensure_role(user=acting_user, organisation=report.organisation, roles=REPORTER_ROLES,
                message=_("Only the organisation's plan officers add evidence."))
    if report.state not in EDITABLE_STATES:
        raise ApplicationError(code=ProgressErrorCode.NOT_EDITABLE,
                               message=_("This report is %(state)s and cannot be changed.")
                               % {"state": report.get_state_display()})


def sniff(content: bytes) -> filetype.Type | None:
    """The file's type from its bytes, or None when it is not one we accept."""
    kind = filetype.guess(content)
    return kind if kind is not None and kind.mime in ALLOWED_TYPES else None


@audited
@transaction.atomic
def evidence_add_file(*, report: ProgressReport, upload, title: str, acting_user,
                      is_public: bool = False) -> Evidence:
    _ensure_editable(report, acting_user)
    limit = max_bytes()
    if upload.size == 0:
        raise ApplicationError(code=ProgressErrorCode.EVIDENCE_EMPTY, field="file", message=_("The file is empty."))
    if upload.size > limit:
        raise ApplicationError(code=ProgressErrorCode.EVIDENCE_TOO_LARGE, field="file",
                               message=_("The file is larger than %(mb)s MB.") % {"mb": limit // (1024 * 1024)})
    content = upload.read()
    kind = sniff(content)
    if kind is None:
        raise ApplicationError(code=ProgressErrorCode.EVIDENCE_TYPE, field="file",
                               message=_("Only PDF, images (JPEG, PNG, WebP, GIF) and Word, Excel or "
                                         "PowerPoint files are accepted."))
    evidence = Evidence(organisation=report.organisation, report=report, kind=EvidenceKind.FILE,
                        title=(title or "").strip()[:200] or upload.name[:200], content_type=kind.mime,
                        size=len(content), is_public=is_public, uploaded_by=acting_user)
    evidence.file.save(f"evidence.{kind.extension}", ContentFile(content), save=False)
    try:
        evidence.save()
    except Exception:
        evidence.file.delete(save=False)
        raise
    return evidence


@audited
@transaction.atomic
def evidence_add_link(*, report: ProgressReport, url: str, title: str, acting_user,
                      is_public: bool = False) -> Evidence:
    _ensure_editable(report, acting_user)
    url = (url or "").strip()
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise ApplicationError(code=ProgressErrorCode.EVIDENCE_LINK_INVALID, field="url",
                               message=_("Enter a web address starting with http:// or https://.")) from None
    return Evidence.objects.create(organisation=report.organisation, report=report, kind=EvidenceKind.LINK,
                                   title=(title or "").strip()[:200] or url[:200], url=url, is_public=is_public,
                                   uploaded_by=acting_user)


@audited
@transaction.atomic
def evidence_delete(*, evidence: Evidence, acting_user) -> None:
    _ensure_editable(evidence.report, acting_user)
    stored = evidence.file.name if evidence.file else ""
    evidence.delete()
    if stored:
        storage = evidence.file.storage
        transaction.on_commit(lambda: storage.delete(stored))
