"""Time to produce the plan book against the one-year Part 2 table, measured in the same run (ratio = book / year).

Every format, from the database to the bytes of the file (selector + layout). The book has 5 years, 86 rows and
44 Part 3 sheets (about 100 A4 pages); the one-year table is 15 rows on one page.
Usage: .venv/bin/python bench/bench_documents.py   (BENCH_REPEAT=n, default 3; also run by bench/run.py)
"""
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _documents_setup import demo_plan, fresh_process_or_setup  # noqa: E402

REPEAT = int(os.environ.get("BENCH_REPEAT", "3"))


def timed(**kwargs) -> tuple[float, int, int]:
    from sujarit.documents.render import render_document

    samples, size = [], 0
    render_document(**kwargs)  # warm-up: fonts, templates, imports
    for _ in range(REPEAT):
        start = time.perf_counter()
        size = len(render_document(**kwargs).data)
        samples.append(time.perf_counter() - start)
    pages = 0
    if kwargs["doc_format"] == "pdf":
        import io

        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(render_document(**kwargs).data)).pages)
    return statistics.median(samples), size, pages


def main():
    plan = demo_plan()
    print(f"{'format':<6} {'year 2566 s':>11} {'book s':>8} {'ratio':>6} {'book pages':>10} {'book KiB':>9}")
    for fmt in ("pdf", "docx", "xlsx"):
        year, _, _ = timed(kind="year", doc_format=fmt, plan=plan, fiscal_year_be=2566)
        book, size, pages = timed(kind="book", doc_format=fmt, plan=plan)
        print(f"{fmt:<6} {year:11.3f} {book:8.3f} {book / year:6.1f} {pages or '':>10} {size / 1024:9.0f}")


if __name__ == "__main__" and fresh_process_or_setup(__file__):
    main()
