"""Turn an uploaded document (UTF-8 text, .docx, .pdf with a text layer) into the plan's text layout.

Table rows become tab-separated lines, as in the text layer of a published plan; everything else is one line per
paragraph. Problems raise DocumentError with a stable code and Thai/English messages.
"""
from __future__ import annotations

import io
import re
import zipfile

from .errors import DocumentError

MAX_BYTES = 20 * 1024 * 1024
PDF_MIN_THAI_CHARS = 200  # below this the PDF has no usable text layer (a scan)


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def read_text(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError("binary", "ไฟล์นี้ไม่ใช่ข้อความ กรุณาส่งไฟล์ .txt (UTF-8) .docx หรือ .pdf ที่มีข้อความ",
                            "The file is not text. Send a .txt (UTF-8), .docx or a .pdf with a text layer.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError("encoding", "อ่านไฟล์ข้อความไม่ได้ ไฟล์ต้องเข้ารหัสแบบ UTF-8",
                            "The text file cannot be read: it must be UTF-8.") from None


def read_docx(data: bytes) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentError("docx-broken", "ไฟล์ Word (.docx) นี้เสียหายหรือไม่ใช่ไฟล์ .docx",
                            "This Word (.docx) file is damaged or not a .docx file.") from error
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                lines.append("\t".join(" ".join(cell.text.split("\n")) for cell in row.cells))
            lines.append("")
    return "\n".join(lines)


# PDF text layers put a space after an above/below mark inside a word ("ส่ วน"); the text layers this parser
# was written for never break a word there. Only PDF input gets this repair.
_SPACE_AFTER_MARK = re.compile("([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]) (?=[\u0e01-\u0e2e])")


_ONLY_MARKS = re.compile("^[\\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*$")


def _pdf_line(text: str | None) -> str:
    return _SPACE_AFTER_MARK.sub("\\1", (text or "").replace("\n", " "))


def read_pdf(data: bytes) -> str:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    lines: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                tables = page.find_tables()
                items: list[tuple[float, str]] = []
                for table in tables:
                    rows = [r for r in table.extract(use_text_flow=True) if any(c for c in r)]
                    text = "\n".join("\t".join(_pdf_line(c) for c in row if c is not None) for row in rows)
                    items.append((table.bbox[1], text))
                outside = page
                for table in tables:
                    outside = outside.outside_bbox(table.bbox)
                for line in outside.extract_text_lines(use_text_flow=True, keep_blank_chars=True):
                    if not _ONLY_MARKS.match(line["text"]):  # a mark that hangs below a table cell
                        items.append((line["top"], _pdf_line(line["text"])))
                items.sort(key=lambda item: item[0])
                lines.extend(text for _, text in items)
                lines.append("")
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError) as error:
        raise DocumentError("pdf-broken", "ไฟล์ PDF นี้เสียหายหรืออ่านไม่ได้", "This PDF is damaged or unreadable.") \
            from error
    text = "\n".join(lines)
    if sum(1 for ch in text if _is_thai(ch)) < PDF_MIN_THAI_CHARS:
        raise DocumentError("pdf-no-text",
                            "ไฟล์ PDF นี้ไม่มีชั้นข้อความ (อาจเป็นภาพสแกน) กรุณาส่งไฟล์ที่มีข้อความ หรือไฟล์ .docx",
                            "This PDF has no text layer (it may be a scan). Send a PDF with text, or the .docx.")
    return text


def read_document(data: bytes, filename: str = "") -> str:
    """The document's text in the plan layout, whatever its format."""
    if not data or not data.strip():
        raise DocumentError("empty", "ไฟล์ว่างเปล่า กรุณาเลือกไฟล์แผนปฏิบัติการป้องกันการทุจริต",
                            "The file is empty. Choose the anti-corruption action plan document.")
    if len(data) > MAX_BYTES:
        raise DocumentError("too-large", "ไฟล์ใหญ่เกิน ๒๐ เมกะไบต์", "The file is larger than 20 MB.")
    name = filename.lower()
    if data.startswith(b"%PDF") or name.endswith(".pdf"):
        return read_pdf(data)
    if data.startswith(b"PK\x03\x04") or name.endswith(".docx"):
        return read_docx(data)
    return read_text(data)
