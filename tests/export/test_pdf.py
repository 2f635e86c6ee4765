"""The PDF packet, checked the way a reader and a PDF tool see it (pdftotext, pypdf)."""

from __future__ import annotations

import re

import pytest
from packet_support import HOSTILE, MARKING, export, pdftotext, poppler, squash

pytestmark = pytest.mark.slow  # every test reads one packet built for the module (about 10 s)
LIGATURES = re.compile("[\ufb00-\ufb06]")


def text(path, first: int | None = None, last: int | None = None, layout: bool = False) -> str:
    args = []
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    if layout:
        args.append("-layout")
    return pdftotext(path, *args)


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def pdf(packet_book, reference, qapp):
    return export(packet_book, reference, "packet.pdf", profile="staff")


@pytest.fixture(scope="module")
def reader(pdf):
    from pypdf import PdfReader

    return PdfReader(str(pdf))


def outline_entries(reader) -> list[tuple[int, str, int]]:
    entries = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                entries.append((depth, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return entries


def test_page_count_and_marking_on_every_page(pdf, reader):
    pages = len(reader.pages)
    assert pages > 10
    for number in range(1, pages + 1):
        page_text = text(pdf, number)
        assert MARKING in page_text, f"page {number} lacks the marking"
        assert f"Page {number} of {pages}" in flat(page_text), f"page {number} lacks its footer"


def test_outline_lists_sections_and_every_agenda_item(packet_book, reader):
    entries = outline_entries(reader)
    parent, under = "", {}
    for depth, title, _ in entries:
        if depth == 0:
            parent = title
        elif depth == 1:
            under.setdefault(parent, []).append(title)
    assert under["Briefs"] == [item.title for item in packet_book.agenda()]
    # The demo's sample principal's book: the bilateral meeting and the arrival have pages.
    assert under["Event by event"] == ["Arrival of the delegation", "Bilateral meeting of the heads of delegation"]
    top = [title for depth, title, _ in entries if depth == 0]
    assert top == [
        "Summit overview",
        "Changes since the last packet",
        "Scene-setter",
        "Agenda",
        "Summit program",
        "Event by event",
        "Briefs",
        "Who's who",
        "Press Q&A",
        "Deliverables",
        "Checklist status",
        "Open items",
        "Export readiness",
        "Indicator annex",
        "Sources",
    ]  # the staff book: everything


def test_toc_page_numbers_are_where_briefs_start(pdf, reader, packet_book):
    starts = {title: page for depth, title, page in outline_entries(reader) if depth == 1}
    contents = text(pdf, 2, 3, layout=True)
    assert "Contents" in contents
    for item in packet_book.agenda():
        match = re.search(re.escape(item.title) + r"[ .\u2060]*?(\d+)\s*$", contents, re.MULTILINE)
        assert match, f"{item.title!r} not in the contents"
        page = int(match.group(1))
        assert page == starts[item.title]
        assert text(pdf, page).lstrip().split("\n", 3)[-1]  # the page exists and has text
        assert item.title in flat(text(pdf, page))


def test_text_has_titles_source_lines_and_no_ligatures(pdf, packet_book, reference):
    from briefingbook.export.charts import build_spec

    whole = text(pdf)
    assert not LIGATURES.search(whole)
    body = flat(whole)
    squashed = squash(whole)
    for item in packet_book.agenda():
        assert item.title in body
    lines = 0
    for area in reference.issue_areas():
        for slug in area.key_indicators:
            for line in build_spec(reference, [slug]).source_lines:
                assert squash(line) in squashed
                lines += 1
    assert lines >= 20
    assert "T-45" in body
    assert "office file workflow" in body


def test_user_text_is_literal(pdf):
    body = squash(text(pdf))
    assert squash(HOSTILE) in body
    assert squash("Note " + HOSTILE) in body


def test_fonts_are_embedded(pdf):
    fonts = poppler("pdffonts", str(pdf))
    rows = fonts.strip().splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVu" in row and " yes yes " in row, row


def test_chart_images_are_at_least_200_dpi(reader):
    from briefingbook.export.charts import PRINT_WIDTH_CM

    widths = [image.image.width for page in reader.pages for image in page.images]
    assert len(widths) >= 20
    assert min(widths) / (PRINT_WIDTH_CM / 2.54) >= 200


@pytest.mark.slow
def test_letter_paper_spanish_draft(packet_book, reference, qapp):
    path = export(packet_book, reference, "carpeta.pdf", paper="letter", lang="es", draft=True, marking="USO OFICIAL")
    info = poppler("pdfinfo", str(path))
    assert "612 x 792 pts (letter)" in info
    body = flat(text(path))
    for heading in ("Índice", "Agenda", "Recomendaciones", "Fuentes", "BORRADOR", "Puntos a tratar", "Página 1 de"):
        assert heading in body
    assert "USO OFICIAL" in text(path, 1)
    assert "Checklist status" not in body
