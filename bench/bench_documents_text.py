"""How much of the plan book's text a reader's tools get back from our PDF (ADR 0012), with and without writing
SARA AM as NIKHAHIT + SARA AA before layout.

For every distinct run of Thai letters between spaces or punctuation in the plan (row and sheet names, rationales, objectives…), it checks whether the
word is found in the text that pdftotext (-raw) and pypdf extract, as extracted and after `normalise_extracted`.
Words with ำ and words with า (but no ำ) are counted apart: a PDF maps each glyph to one string for the whole
file, and Sarabun draws ำ with the glyph of า, so one of the two groups is damaged unless ำ is decomposed.
Usage: .venv/bin/python bench/bench_documents_text.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _documents_setup import demo_plan, fresh_process_or_setup  # noqa: E402

THAI_WORD = re.compile("[\u0e01-\u0e4e]{2,}")


def plan_words(book) -> tuple[set[str], set[str]]:
    texts = [r.name for y in book.years for r in y.table.rows]
    for s in book.sheets:
        texts += [s.name, s.rationale, s.target_group, s.duration, s.responsible, *s.objectives, *s.methods,
                  *s.outputs, *s.outcomes]
    texts += [book.preface, book.part1.rationale, *book.part1.objectives, *book.part1.benefits]
    from sujarit.documents.thaitext import normalise_extracted

    words = set(THAI_WORD.findall(normalise_extracted(" ".join(texts))))
    return {w for w in words if "\u0e33" in w}, {w for w in words if "\u0e32" in w and "\u0e33" not in w}


def pdf_without_decomposition(book) -> bytes:
    from django.template.loader import render_to_string
    from django.utils import translation
    from weasyprint import HTML

    from sujarit.documents.pdf import STATIC_DIR

    with translation.override("th"):
        html = render_to_string("documents/pdf/plan_book.html", {"book": book, "static_root": STATIC_DIR.as_uri()})
    return HTML(string=html, base_url=STATIC_DIR.as_uri() + "/").write_pdf()


def found(words: set[str], text: str) -> float:
    flat = re.sub(r"\s+", "", text)
    return 100 * sum(1 for w in words if w in flat) / max(len(words), 1)


def main():
    from django.utils import translation

    from sujarit.documents.pdf import render_pdf
    from sujarit.documents.selectors import plan_book
    from sujarit.documents.tests.pdfcheck import pdftotext, pypdf_text
    from sujarit.documents.thaitext import normalise_extracted

    book = plan_book(plan=demo_plan())
    am, aa = plan_words(book)
    with translation.override("th"):
        decomposed = render_pdf(template_name="documents/pdf/plan_book.html", context={"book": book})
    variants = {"ำ as written": pdf_without_decomposition(book), "ำ decomposed": decomposed}
    print(f"{len(am)} distinct Thai runs with ำ, {len(aa)} with า and no ำ; % of them found in the extracted text")
    print(f"{'PDF':<14} {'extractor':<10} {'normalised':<10} {'ำ words %':>10} {'า words %':>10}")
    for name, pdf in variants.items():
        for extractor, extract in (("pdftotext", pdftotext), ("pypdf", pypdf_text)):
            text = extract(pdf)
            for normalised in (False, True):
                t = normalise_extracted(text) if normalised else text
                print(f"{name:<14} {extractor:<10} {'yes' if normalised else 'no':<10} "
                      f"{found(am, t):10.1f} {found(aa, t):10.1f}")


if __name__ == "__main__" and fresh_process_or_setup(__file__):
    main()
