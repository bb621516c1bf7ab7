"""The complete plan book as PDF, against WeasyPrint alone on the same pre-built HTML, in the same run (issue 4).

ratio = render_document(kind="book", doc_format="pdf") / WeasyPrint(HTML already built → PDF bytes): our overhead
(selector queries, typed models, template, sara-am and digits rewriting, progress reporting) on top of the renderer.
Target ≤ 1.2×. Runs are interleaved (ours, WeasyPrint's, ours, …) so that load on the machine hits both alike; the
figures are medians. DOCX and XLSX book times are printed too (they have no external renderer to compare with).
Usage: .venv/bin/python bench/documents.py   (BENCH_REPEAT=n, default 3)
"""
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _documents_setup import demo_plan, fresh_process_or_setup  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))
TARGET = 1.2


def clock(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main():
    from django.utils import translation
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from sujarit.documents import selectors
    from sujarit.documents.pdf import STATIC_DIR, html_for_pdf
    from sujarit.documents.render import RENDERING_LANGUAGE, render_document

    plan = demo_plan()
    with translation.override(RENDERING_LANGUAGE):
        html = html_for_pdf(template_name="documents/pdf/plan_book.html",
                            context={"book": selectors.plan_book(plan=plan)})
    base_url = STATIC_DIR.as_uri() + "/"

    def weasyprint_alone():
        return HTML(string=html, base_url=base_url).render(font_config=FontConfiguration()).write_pdf()

    def ours():
        return render_document(kind="book", doc_format="pdf", plan=plan).data

    def ours_as_a_job():  # with the progress callback an export job gives it
        return render_document(kind="book", doc_format="pdf", plan=plan, progress=lambda percent, stage: None).data

    pdf = ours()  # warm-up: fonts, templates, imports
    weasyprint_alone()
    samples = {"ours": [], "job": [], "weasyprint": []}
    for _ in range(REPEAT):
        samples["ours"].append(clock(ours))
        samples["weasyprint"].append(clock(weasyprint_alone))
        samples["job"].append(clock(ours_as_a_job))
    median = {k: statistics.median(v) for k, v in samples.items()}

    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    build = statistics.median(clock(lambda: html_for_pdf(template_name="documents/pdf/plan_book.html",
                                                         context={"book": selectors.plan_book(plan=plan)}))
                              for _ in range(REPEAT))
    print(f"plan book PDF: {pages} pages, {len(pdf) / 1024:.0f} KiB, median of {REPEAT}")
    print(f"  WeasyPrint alone on the pre-built HTML  {median['weasyprint']:7.3f} s")
    print(f"  render_document (ours)                  {median['ours']:7.3f} s   ratio {median['ours'] / median['weasyprint']:.3f}×")
    print(f"  render_document with job progress      {median['job']:7.3f} s   ratio {median['job'] / median['weasyprint']:.3f}×")
    print(f"  of which data + HTML (selector, template, rewriting)  {build:.3f} s")
    ratio = median["ours"] / median["weasyprint"]
    print(f"  target ≤ {TARGET}×: {'met' if ratio <= TARGET else 'NOT met'}")
    for fmt in ("docx", "xlsx"):
        render_document(kind="book", doc_format=fmt, plan=plan)
        times = [clock(lambda: render_document(kind="book", doc_format=fmt, plan=plan)) for _ in range(REPEAT)]
        size = len(render_document(kind="book", doc_format=fmt, plan=plan).data)
        print(f"plan book {fmt.upper()}: {statistics.median(times):.3f} s, {size / 1024:.0f} KiB")


if __name__ == "__main__" and fresh_process_or_setup(__file__):
    main()
