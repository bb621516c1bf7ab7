"""PDFs read back as text (pdftotext and pypdf, after normalising sara am), with no dotted circle, every glyph from
the embedded Sarabun, the 2566 total ๓๐,๐๐๐ and the 44 Part 3 sheets of the plan book."""
import pytest

from sujarit.documents import selectors
from sujarit.documents.thaitext import normalise_extracted

from .pdfcheck import (DOTTED_CIRCLE, embedded_fonts, page_count, pdftotext, pypdf_text, squash,
                       vendored_coverage)

pytestmark = pytest.mark.django_db
EXTRACTORS = {"pdftotext": pdftotext, "pypdf": pypdf_text}


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_the_2566_table_reads_back_row_by_row(rendered, demo, extractor):
    pdf = rendered("year", "pdf", fiscal_year_be=2566).data
    assert pdf.startswith(b"%PDF")
    text = EXTRACTORS[extractor](pdf)
    flat = squash(text)
    doc = selectors.year_document(plan=demo.plan, fiscal_year_be=2566)
    assert len(doc.table.rows) == 15
    for row in doc.table.rows:
        assert squash(row.name) in flat, row.name
    assert "รวมเป็นจำนวนเงินทั้งสิ้น" in flat
    assert "๓๐,๐๐๐" in flat
    assert "สามหมื่นบาทถ้วน" in flat
    assert "แผนปฏิบัติการป้องกันการทุจริตพ.ศ.๒๕๖๖" in flat


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_sara_am_survives_extraction_and_no_vowel_is_turned_into_it(rendered, extractor):
    text = normalise_extracted(EXTRACTORS[extractor](rendered("year", "pdf", fiscal_year_be=2566).data))
    # ำ words read back as written…
    for word in ("จำนวน", "ตำบล", "สำหรับ", "รวมเป็นจำนวนเงินทั้งสิ้น"):
        assert word in text, word
    # …and plain า is never read as ำ (the failure measured without decomposition: การ → กำร).
    assert "กำร" not in text and "ดำเนินกำร" not in text
    assert "การ" in text


def test_no_dotted_circle_anywhere_in_the_plan_book(rendered):
    pdf = rendered("book", "pdf").data
    for extract in (pdftotext, pypdf_text):
        assert DOTTED_CIRCLE not in extract(pdf)
    for name, chars in embedded_fonts(pdf).items():
        assert DOTTED_CIRCLE not in chars, name


def test_every_glyph_comes_from_the_embedded_sarabun(rendered, demo):
    pdf = rendered("book", "pdf").data
    fonts = embedded_fonts(pdf)
    # Only the vendored Sarabun is used: no system font stood in for a missing glyph.
    assert fonts and all("Sarabun" in name for name in fonts), sorted(fonts)
    mapped = set().union(*fonts.values())
    book = selectors.plan_book(plan=demo.plan)
    printed = set("".join(
        [r.name for y in book.years for r in y.table.rows]
        + [s.name + s.rationale + "".join(s.objectives + s.methods + s.outputs + s.outcomes) for s in book.sheets]
        + [book.part1.rationale, book.preface]))
    printed = {c for c in normalise_extracted("".join(sorted(printed))) if not c.isspace()}
    printed = {c for c in "".join(sorted(printed)).replace("\u0e33", "\u0e4d\u0e32")}
    # Every character of the plan has a glyph in the vendored files…
    assert printed - vendored_coverage() == set()
    # …and the embedded glyphs map back to every one of them.
    assert printed - mapped == set()


def test_the_plan_book_has_every_part_and_44_sheets(rendered, demo):
    pdf = rendered("book", "pdf").data
    flat = squash(pypdf_text(pdf))
    book = selectors.plan_book(plan=demo.plan)
    assert len(book.sheets) == 44
    assert flat.count(squash("๑. ชื่อโครงการ")) == 44
    for sheet in book.sheets:
        assert squash(sheet.name) in flat, sheet.name
    for heading in ("คำนำ", "สารบัญ", "ส่วนที่๑บทนำ", "ส่วนที่๒", "ส่วนที่๓"):
        assert heading in flat
    for year in ("๒๕๖๖", "๒๕๖๗", "๒๕๖๘", "๒๕๖๙", "๒๕๗๐"):
        assert f"แผนปฏิบัติการป้องกันการทุจริตพ.ศ.{year}" in flat
    assert page_count(pdf) > 44


def test_decomposing_sara_am_does_not_change_the_page(tmp_path):
    """The same glyphs in the same places: rasterised pages are identical with and without decomposition."""
    import subprocess

    from weasyprint import HTML

    from sujarit.documents.pdf import STATIC_DIR, html_for_pdf

    html = html_for_pdf(template_name="documents/base_document.html", context={})
    sample = "<p>น้ำ กำลัง ดำเนินการ สำนักงาน คำสั่ง ทำ จำนวน ผู้ใหญ่ ที่นี่ ป้องกัน</p>"
    pngs = []
    for n, body in enumerate((sample, sample.replace("\u0e33", "\u0e4d\u0e32").replace(
            "\u0e49\u0e4d\u0e32", "\u0e4d\u0e49\u0e32"))):
        pdf = tmp_path / f"{n}.pdf"
        HTML(string=html.replace("<body></body>", f"<body>{body}</body>"),
             base_url=STATIC_DIR.as_uri() + "/").write_pdf(pdf)
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-singlefile", str(pdf), str(tmp_path / str(n))],
                       check=True)
        pngs.append((tmp_path / f"{n}.pgm").read_bytes())
    assert pngs[0] == pngs[1]


def test_page_1_of_the_2566_table_renders_to_png(rendered, tmp_path_factory):
    """The artefact a person looks at (pdftoppm, 70 dpi): kept in pytest's temporary folder of the run
    (docs/screenshots/plan-year-2566-pdf.png is one made the same way)."""
    import struct
    import subprocess

    folder = tmp_path_factory.mktemp("artefacts")
    pdf = folder / "plan-year-2566.pdf"
    pdf.write_bytes(rendered("year", "pdf", fiscal_year_be=2566).data)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(folder / "plan-year-2566-pdf")], check=True)
    png = (folder / "plan-year-2566-pdf.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (579, 819)  # A4 portrait at 70 dpi
