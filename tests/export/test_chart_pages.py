"""Charts of a brief share a page when they fit, each kept with its caption, events and source
line, and with the heading before it (PDF read with pdftotext; DOCX with python-docx).

The book holds two briefs: "Summits and bilateral mechanisms" (two key charts) and "Trade
facilitation" (four). In Spanish on Letter paper (the longest captions and notes on the
shortest page) each of those charts once took a page of its own, half of it empty.
"""

from __future__ import annotations

import re

import pytest
from packet_support import MARKING, TODAY, export, pdftotext, squash

from briefingbook.core.packet import build_outline
from briefingbook.export.charts import build_spec

KEPT = ("summits_mechanisms", "trade_facilitation")
CAPTION = re.compile(r"(?:Figure|Figura)\s(\d+)\. ")


@pytest.fixture
def two_briefs(demo_book):
    for item in demo_book.agenda():
        if item.issue_area not in KEPT:
            demo_book.remove_agenda_item(item.id)
    assert [item.issue_area for item in demo_book.agenda()] == list(KEPT)
    return demo_book


def chart_briefs(book, reference, lang: str) -> tuple[list[int], list[list[str]]]:
    """For figure n (1-based) at index n-1: the index of its brief, and its source lines."""
    outline = build_outline(book, reference, lang=lang, sections="briefs", today=TODAY)
    owner = [index for index, brief in enumerate(outline.briefs) for _ in brief.charts]
    sources = [build_spec(reference, ref.slugs, lang).source_lines for ref in outline.chart_refs]
    assert len(owner) == len(sources) == 6
    return owner, sources


@pytest.mark.parametrize("lang, paper", [("es", "letter"), ("en", "a4")])
def test_two_charts_of_a_brief_share_a_page_each_with_its_caption_and_source(two_briefs, reference, qapp, lang, paper):
    owner, sources = chart_briefs(two_briefs, reference, lang)
    path = export(two_briefs, reference, f"charts-{lang}.pdf", lang=lang, paper=paper, sections="briefs")
    pages = pdftotext(path).split("\f")
    on_page = {}  # figure number -> page index
    for index, text in enumerate(pages):
        for number in CAPTION.findall(text):
            on_page[int(number)] = index
    assert sorted(on_page) == list(range(1, 7))
    heading = "Gráficas clave" if lang == "es" else "Key charts"
    for number, index in on_page.items():
        page = squash(pages[index])
        for line in sources[number - 1]:
            assert squash(line) in page, f"figure {number}: its source line is not on its page"
        if number == 1 or owner[number - 2] != owner[number - 1]:  # a brief's first chart
            assert heading in pages[index], f"figure {number}: its heading is on another page"
    chart_led = 0
    for index, text in enumerate(pages):
        lines = [line for line in text.splitlines() if line.strip()]
        figures = [int(number) for number in CAPTION.findall(text)]
        if len(lines) < 2 or not figures:
            continue
        # A page that begins with a chart (after the marking: its heading or its caption) has
        # room for a second one: the brief's next chart is not pushed to the next page.
        assert lines[0] == MARKING
        if lines[1].startswith(heading) or CAPTION.match(lines[1]):
            chart_led += 1
            following = figures[-1] + 1
            if following <= 6 and owner[following - 1] == owner[figures[-1] - 1]:
                assert len(figures) >= 2, f"page {index + 1} holds only figure {figures[0]}; the next is overleaf"
    assert chart_led >= 1  # the trade brief's charts run onto pages of their own


def test_docx_keeps_each_chart_with_its_caption_and_sources_and_breaks_no_page(two_briefs, reference, qapp):
    from docx import Document
    from docx.oxml.ns import qn

    owner, sources = chart_briefs(two_briefs, reference, "en")
    path = export(two_briefs, reference, "charts.docx", sections="briefs")
    paragraphs = Document(str(path)).paragraphs
    pictures = [i for i, p in enumerate(paragraphs) if p._p.findall(f".//{qn('w:drawing')}")]
    assert len(pictures) == 6
    for number, start in enumerate(pictures, start=1):
        first_of_brief = number == 1 or owner[number - 2] != owner[number - 1]
        assert (paragraphs[start - 1].style.name == "Heading 2") == first_of_brief  # "Key charts"
        last = start + 1  # the caption; then the numbered events and the source lines
        while last + 1 < len(paragraphs) and squash(paragraphs[last].text) != squash(sources[number - 1][-1]):
            last += 1
        assert paragraphs[start + 1].text.startswith(f"Figure {number}. ")
        for paragraph in paragraphs[start:last]:
            assert paragraph.paragraph_format.keep_with_next, f"figure {number}: {paragraph.text[:40]!r}"
        for paragraph in paragraphs[start : last + 1]:
            assert paragraph.paragraph_format.keep_together
            assert not paragraph._p.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']")
        assert not paragraphs[last].paragraph_format.keep_with_next  # the next chart may go overleaf
    # Between two charts of one brief nothing breaks the page.
    for number in range(2, 7):
        if owner[number - 1] == owner[number - 2]:
            between = paragraphs[pictures[number - 2] : pictures[number - 1]]
            assert not any(p._p.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']") for p in between)
