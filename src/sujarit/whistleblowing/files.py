"""Evidence files: the type is read from the content, and identifying metadata is removed before encryption.

Images are re-encoded from their pixels only (no EXIF, GPS, XMP or comments); PDFs are rewritten without the
document information dictionary and XMP; DOCX loses docProps/core.xml and app.xml (author, company, editing time).
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.utils.translation import gettext as _

from sujarit.core.errors import ApplicationError

from .errors import WbErrorCode

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALLOWED = {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf", DOCX: "docx"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_FILES = 10


@dataclass(frozen=True)
class CleanFile:
    name: str
    content_type: str
    data: bytes


def max_bytes() -> int:
    return getattr(settings, "WHISTLEBLOWING_MAX_FILE_BYTES", DEFAULT_MAX_BYTES)


def _refuse(name: str):
    raise ApplicationError(code=WbErrorCode.FILE_TYPE, field="evidence",
                           message=_("“%(name)s” is not a PDF, JPEG, PNG or Word (DOCX) file.") % {"name": name})


def _image(data: bytes, fmt: str) -> bytes:
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as img:
        img.load()
        img = ImageOps.exif_transpose(img)  # keep the visible orientation, then drop every tag
        if img.mode not in ("RGB", "RGBA", "L", "LA"):
            img = img.convert("RGBA" if fmt == "PNG" else "RGB")
        if fmt == "JPEG" and img.mode in ("RGBA", "LA"):
            img = img.convert("RGB")
        clean = Image.new(img.mode, img.size)
        clean.paste(img)
        out = io.BytesIO()
        clean.save(out, format=fmt, **({"quality": 90} if fmt == "JPEG" else {}))
    return out.getvalue()


def _pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer._info = None  # no /Info dictionary (author, creator, producer, dates)
    if "/Metadata" in writer._root_object:
        del writer._root_object["/Metadata"]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _docx(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        if "word/document.xml" not in src.namelist():
            raise ValueError("not a Word document")
        for item in src.infolist():
            if item.filename in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"):
                continue
            body = src.read(item.filename)
            if item.filename == "[Content_Types].xml" or item.filename.endswith(".rels"):
                for part in (b"docProps/core.xml", b"docProps/app.xml", b"docProps/custom.xml"):
                    body = _drop_reference(body, part)
            dst.writestr(item.filename, body)
    return out.getvalue()


def _drop_reference(xml: bytes, part: bytes) -> bytes:
    import re

    return re.sub(rb"<(Override|Relationship)\b[^>]*" + re.escape(part) + rb"[^>]*/>", b"", xml)


def clean_upload(*, name: str, data: bytes) -> CleanFile:
    """Check the content type from the bytes and return a metadata-free copy, or raise ApplicationError."""
    safe_name = (name or "file").replace("/", "_").replace("\\", "_")[-120:]
    if len(data) > max_bytes():
        raise ApplicationError(code=WbErrorCode.FILE_TOO_LARGE, field="evidence",
                               message=_("“%(name)s” is larger than %(mb)s MB.")
                               % {"name": safe_name, "mb": max_bytes() // (1024 * 1024)})
    kind = filetype.guess(data)
    mime = kind.mime if kind else None
    if mime not in ALLOWED:
        _refuse(safe_name)
    try:
        if mime == "image/jpeg":
            data = _image(data, "JPEG")
        elif mime == "image/png":
            data = _image(data, "PNG")
        elif mime == "application/pdf":
            data = _pdf(data)
        else:
            data = _docx(data)
    except ApplicationError:
        raise
    except Exception:  # a file that claims a type but does not parse as it
        _refuse(safe_name)
    stem = safe_name.rsplit(".", 1)[0] if "." in safe_name else safe_name
    return CleanFile(name=f"{stem}.{ALLOWED[mime]}", content_type=mime, data=data)
