"""Attachments: type checked by content (filetype), size-limited, stored outside static/ under a random name."""
from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import filetype
from django.conf import settings
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError

from ..errors import ComplaintErrorCode
from ..models import Attachment, Complaint

MAX_FILES = 5
MAX_BYTES = 5 * 1024 * 1024
ALLOWED = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif",
           "application/pdf": ".pdf"}


def private_root() -> Path:
    return Path(getattr(settings, "COMPLAINTS_FILE_ROOT", settings.DATA_DIR / "private" / "complaints"))


def files_check(files) -> list[tuple[str, bytes, str]]:
    """Read and check every file before anything is saved: (name, content, mime)."""
    files = [f for f in (files or []) if f]
    if len(files) > MAX_FILES:
        raise ApplicationError(code=ComplaintErrorCode.TOO_MANY_FILES, field="attachments",
                               message=_("Attach at most %(n)s files.") % {"n": MAX_FILES})
    checked = []
    for f in files:
        name = Path(getattr(f, "name", "file")).name[:200]
        if getattr(f, "size", 0) > MAX_BYTES:
            raise ApplicationError(code=ComplaintErrorCode.FILE_TOO_LARGE, field="attachments",
                                   message=_("The file %(name)s is larger than 5 MB.") % {"name": name})
        content = f.read(MAX_BYTES + 1)
        if len(content) > MAX_BYTES:
            raise ApplicationError(code=ComplaintErrorCode.FILE_TOO_LARGE, field="attachments",
                                   message=_("The file %(name)s is larger than 5 MB.") % {"name": name})
        kind = filetype.guess(content)
        if kind is None or kind.mime not in ALLOWED:
            raise ApplicationError(code=ComplaintErrorCode.FILE_TYPE, field="attachments",
                                   message=_("The file %(name)s is not a picture (JPEG, PNG, WebP, GIF) or a PDF.")
                                   % {"name": name})
        checked.append((name, content, kind.mime))
    return checked


def files_store(*, complaint: Complaint, checked, is_evidence: bool = False) -> list[Attachment]:
    if not checked:
        return []
    root = private_root() / str(complaint.organisation_id)
    root.mkdir(parents=True, exist_ok=True)
    stored = []
    for name, content, mime in checked:
        storage_name = secrets.token_hex(16) + ALLOWED[mime]
        (root / storage_name).write_bytes(content)
        stored.append(Attachment.objects.create(
            organisation=complaint.organisation, complaint=complaint, original_name=name, content_type=mime,
            size=len(content), sha256=hashlib.sha256(content).hexdigest(), storage_name=storage_name,
            is_evidence=is_evidence))
    return stored


def attachment_path(attachment: Attachment) -> Path:
    return private_root() / str(attachment.organisation_id) / attachment.storage_name
