"""Side-by-side bilingual packets: the book's language and the other one, brief by brief."""

from __future__ import annotations

import docx
import pytest
from packet_support import pdftotext

from briefingbook.core import bilingual
from briefingbook.core.packet import build_outline, export_log, paired_rows
from briefingbook.export import export_packet


@pytest.fixture
def translated(demo_book):
    item = demo_book.agenda()[3]
    bilingual.set_texts(
        demo_book, item.id, "es", title="Migración", talking_points="- Plantear: reanudar el diálogo de alto nivel"
    )
    demo_book.update_agenda_item(item.id, talking_points="- Raise: resume the senior-level dialogue")
    return demo_book, item


def test_outline_pairs_every_row(translated, reference):
    book, item = translated
    outline = build_outline(book, reference, lang="both")
    assert outline.bilingual and (outline.lang, outline.second_lang) == ("en", "es")
    index = [b.title for b in outline.briefs].index(item.title)
    assert outline.parallel[index].title == "Migración"
    pairs = paired_rows(outline, index)
    assert pairs[0][0][0] == ("h", "Background") and pairs[0][1][0] == ("h", "Antecedentes")
    points = next(pair for pair in pairs if pair[0][0] == ("h", "Points to make"))
    assert ("bullet", "Raise: resume the senior-level dialogue") in points[0]
    assert ("bullet", "Plantear: reanudar el diálogo de alto nivel") in points[1]
    assert points[1][0] == ("h", "Puntos a tratar")
    area = reference.issue_area(item.issue_area)
    assert ("p", area.summary_es) in pairs[0][1]


@pytest.mark.slow
def test_bilingual_pdf_and_docx(translated, reference, tmp_path):
    book, item = translated
    pdf = export_packet(book, reference, tmp_path / "both.pdf", lang="both", sections="cover,briefs")
    text = pdftotext(pdf, "-layout")
    assert "Plantear: reanudar el diálogo de alto nivel" in text and "Raise: resume the senior-level dialogue" in text
    assert "Antecedentes" in text and "Background" in text
    out = export_packet(book, reference, tmp_path / "both.docx", lang="both", sections="briefs")
    document = docx.Document(str(out))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert any("Plantear: reanudar" in c for c in cells) and any("Raise: resume" in c for c in cells)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [i.title for i in book.agenda()]
    assert [e.language for e in export_log(book)] == ["en+es", "en+es"]


def lang_tagged(reader) -> dict[tuple[str, str], int]:
    """How many structure elements of each type carry each ``/Lang`` (``(type, lang)`` -> count)."""
    found: dict[tuple[str, str], int] = {}

    def walk(node) -> None:
        node = node.get_object()
        if "/Lang" in node:
            key = (str(node.get("/S")), str(node["/Lang"]))
            found[key] = found.get(key, 0) + 1
        kids = node.get("/K")
        for kid in (kids if isinstance(kids, list) else [kids]) if kids is not None else []:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if hasattr(kid, "get") and "/S" in kid:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


@pytest.mark.slow  # every brief in both languages, with their charts
def test_side_by_side_pdf_tags_the_other_language_column(translated, reference, tmp_path):
    """In a side-by-side PDF of an English book the document is en-US and every cell of the
    Spanish column (its header and each paired row of every brief) is a structure element with
    ``/Lang`` es-MX; the English column carries no span of its own (it is the document's language)."""
    from pypdf import PdfReader

    book, _ = translated
    outline = build_outline(book, reference, lang="both")
    pdf = export_packet(book, reference, tmp_path / "both.pdf", lang="both", sections="briefs")
    reader = PdfReader(str(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "en-US"
    tagged = lang_tagged(reader)
    rows = sum(len(paired_rows(outline, i)) for i in range(len(outline.briefs)))
    assert rows > 50
    assert tagged == {("/TD", "es-MX"): rows, ("/TH", "es-MX"): len(outline.briefs)}
