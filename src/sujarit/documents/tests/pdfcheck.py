"""Reading our PDFs back the way a person's tools do: pdftotext (poppler) and pypdf; and their fonts."""
from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

from sujarit.documents.pdf import FONT_DIR
from sujarit.documents.thaitext import normalise_extracted

DOTTED_CIRCLE = "\u25cc"


def pdftotext(data: bytes, *, raw: bool = True) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data)
        f.flush()
        args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else []) + [f.name, "-"]
        return subprocess.run(args, capture_output=True, check=True, text=True).stdout


def pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squash(text: str) -> str:
    """Normalised (sara am, mark order) and without whitespace: table cells wrap lines anywhere."""
    return re.sub(r"\s+", "", normalise_extracted(text))


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _to_unicode(font) -> set[str]:
    """The characters a font's ToUnicode CMap maps its glyphs to."""
    stream = font.get("/ToUnicode")
    if stream is None:
        return set()
    cmap = stream.get_object().get_data().decode("latin-1")
    chars: set[str] = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for _src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            chars.update(bytes.fromhex(dst).decode("utf-16-be"))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(dst, 16)
            chars.update(chr(start + i) for i in range(int(hi, 16) - int(lo, 16) + 1))
    return chars


def embedded_fonts(data: bytes) -> dict[str, set[str]]:
    """Every font the PDF uses: its name → the characters its embedded glyphs stand for."""
    from pypdf import PdfReader

    fonts: dict[str, set[str]] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            name = str(font.get("/BaseFont"))
            descendants = font.get("/DescendantFonts")
            embedded = descendants[0].get_object()["/FontDescriptor"].get_object() if descendants else \
                font.get("/FontDescriptor", {})
            assert any(k in embedded for k in ("/FontFile", "/FontFile2", "/FontFile3")), f"{name} not embedded"
            fonts.setdefault(name, set()).update(_to_unicode(font))
    return fonts


def vendored_coverage() -> set[str]:
    """The characters the vendored Sarabun files (Thai + Latin subsets, regular) have glyphs for."""
    from fontTools.ttLib import TTFont

    chars: set[str] = set()
    for name in ("sarabun-thai-400-normal.woff2", "sarabun-latin-400-normal.woff2"):
        chars.update(chr(c) for c in TTFont(str(Path(FONT_DIR) / name)).getBestCmap())
    return chars
