"""Thai text prepared for PDF output so that the text layer reads back (ADR 0012).

SARA AM (U+0E33) is drawn by Sarabun as two glyphs, NIKHAHIT and SARA AA. A PDF maps each glyph to one
Unicode string for the whole file, so the SARA AA glyph used inside ำ takes the mapping of whichever came
first: measured on the demo plan book, either every า read back as ำ (ดำเนินการ → ดำเนินกำร) or every ำ as า.
Writing ำ as NIKHAHIT + SARA AA before layout draws the same glyphs, in the same places, and every glyph
then maps to exactly one character: extracted text is the decomposed spelling, which `normalise_extracted`
(or pythainlp's `normalize`) turns back into the stored text.
"""
from __future__ import annotations

import re

SARA_AM = "\u0e33"
NIKHAHIT = "\u0e4d"
SARA_AA = "\u0e32"
TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"

# A consonant's tone mark stays after the NIKHAHIT, as HarfBuzz orders them itself: น้ำ → น + ํ + ้ + า.
_AM = re.compile(f"([{TONE_MARKS}]?){SARA_AM}")
_DECOMPOSED = re.compile(f"{NIKHAHIT}([{TONE_MARKS}]?){SARA_AA}|([{TONE_MARKS}]){NIKHAHIT}{SARA_AA}")


def decompose_sara_am(text: str) -> str:
    """ำ → ํ + า (the tone mark of the syllable, if any, between them)."""
    if SARA_AM not in text:
        return text
    return _AM.sub(lambda m: f"{NIKHAHIT}{m.group(1)}{SARA_AA}", text)


def normalise_extracted(text: str) -> str:
    """Text read from one of our PDFs back to its stored spelling: ํ(+tone)+า → (tone+)ำ; Thai marks reordered
    as pythainlp normalises them (pdftotext may put a tone mark before the vowel above it)."""
    from pythainlp.util import normalize

    text = _DECOMPOSED.sub(lambda m: f"{m.group(1) or m.group(2) or ''}{SARA_AM}", text)
    return normalize(text)
