"""Any text in any field, every format: control characters, any Unicode, any length. Plus the DOCX
and HTML details a reader meets (alt text, language, contents with page numbers, print CSS)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from packet_support import TODAY, export

from briefingbook.core.book import Book
from briefingbook.core.plaintext import clean_text
from briefingbook.export import export_packet

# Any code point a book can hold (a lone surrogate cannot be stored, and never comes from the
# window), weighted towards the troublesome ones.
TEXT = st.text(
    st.one_of(st.characters(codec="utf-8"), st.sampled_from("\v\f\x00\x1b\r\n\t\u202e\u200f#$[]<>@\\*_=`/")),
    max_size=300,
)


@pytest.fixture(scope="module")
def small_book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("robust")
    book = Book.create(folder / "small.bbook", title="Robust", date=dt.date(2027, 3, 1))
    book.add_agenda_item("Custom item")
    yield book
    book.close()


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_text_exports_in_all_three_formats(small_book, reference, qapp, text):
    from pypdf import PdfReader

    item = small_book.agenda()[0]
    small_book.update_agenda_item(
        item.id,
        title="T " + text.replace("\x00", "") if text.strip() else "Custom item",
        notes=text,
        objectives=f"- {text}\n{text}",
    )
    small_book.update_summit(delegation=text)
    folder = small_book.path.parent
    for name in ("p.pdf", "p.docx", "p.html"):
        export_packet(small_book, reference, folder / name, sections="cover,contents,agenda,briefs", today=TODAY)
    assert len(PdfReader(str(folder / "p.pdf")).pages) >= 3
    words = [w for w in re.findall(r"[A-Za-z0-9]{3,}", clean_text(text))]
    document = docx.Document(str(folder / "p.docx"))
    body = "\n".join(p.text for p in document.paragraphs)
    assert all(word in body for word in words)
    page = (folder / "p.html").read_text(encoding="utf-8")
    assert all(word in page for word in words)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", page)


def test_clean_text_maps_vertical_tab_and_drops_other_controls():
    assert clean_text("a\vb\fc\x00d\x1be\x7ff\x85g\th\ni") == "a b cdefg\th\ni"
    assert clean_text("x\ud800y") == "x\ufffdy"


@pytest.fixture(scope="module")
def docx_packet(packet_book, reference, qapp):
    packet_book.update_agenda_item(packet_book.agenda()[0].id, notes="Copied from slides\vsecond line")
    return export(packet_book, reference, "robust.docx", lang="es", profile="staff")


@pytest.mark.slow
def test_docx_vertical_tab_charts_alt_text_and_language(docx_packet, packet_book, reference):
    from briefingbook.core.packet import build_outline
    from briefingbook.export.alt_text import chart_alt
    from briefingbook.export.charts import build_spec

    document = docx.Document(str(docx_packet))
    assert any("Copied from slides second line" in p.text for p in document.paragraphs)
    described = [element.get("descr") for element in document.element.body.iter() if element.tag.endswith("}docPr")]
    outline = build_outline(packet_book, reference, lang="es", today=TODAY)
    assert described == [chart_alt(build_spec(reference, ref.slugs, "es")) for ref in outline.chart_refs]
    assert all(text.startswith("Gráfica de líneas: ") for text in described)
    lang = document.styles["Normal"].element.rPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang"
    )
    assert lang.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == "es-MX"


@pytest.mark.slow
def test_docx_contents_is_a_toc_field_and_tables_fit_their_content(docx_packet):
    with zipfile.ZipFile(docx_packet) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        settings_xml = archive.read("word/settings.xml").decode("utf-8")
    assert re.search(r'<w:instrText[^>]*>TOC \\o "1-2" \\h \\z \\u</w:instrText>', body)
    assert '<w:updateFields w:val="true"/>' in settings_xml
    document = docx.Document(str(docx_packet))
    agenda = next(t for t in document.tables if t.rows[0].cells[0].text == "Núm.")
    widths = [cell.width for cell in agenda.rows[0].cells]
    assert widths[0] < widths[1] / 3  # the number column is narrow, the title column wide
    for table in document.tables:
        for row in table.rows:
            assert (
                row._tr.trPr is not None
                and row._tr.trPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit")
                is not None
            )


@pytest.mark.slow
def test_html_print_marking_runs_in_the_page_margins(packet_book, reference, qapp):
    packet_book.update_agenda_item(packet_book.agenda()[0].id, notes="x" * 500)
    page = export(
        packet_book, reference, "print.html", sections="agenda,briefs", marking='SECRET </style> "q"'
    ).read_text(encoding="utf-8")
    style = page[page.index("<style>") : page.index("</style>")]
    assert "position: fixed; top: -1.4cm" not in style
    assert "@top-center" in style and "@bottom-center" in style and "counter(pages)" in style
    assert r'content: "SECRET \00003C\00002Fstyle\00003E \000022q\000022"' in style
    assert "overflow-wrap: anywhere" in style
    assert page.count("SECRET &lt;/style&gt; &quot;q&quot;") == 2  # in flow on screen, first and last
