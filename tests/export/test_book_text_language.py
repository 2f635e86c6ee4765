"""The book's own text in a packet of the other language (issue 18, item 3): printed as written,
tagged with its language (PDF structure /Lang, DOCX w:lang, HTML lang) and announced by a note
under each section heading whose entries are that text; nothing of the kind in a packet in the
book's own language, nor under a section without such entries."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections import Counter
from html import escape

import docx
import pytest
from docx.oxml.ns import qn
from packet_support import TODAY, add_principal_content, pdftotext, squash

from briefingbook.core import deliverables
from briefingbook.core.packet import LABELS, build_outline

NOTE_ES = "Las entradas de esta sección son texto del libro, en inglés (sin traducir)."
SUMMIT_ES = "El título, el lugar y la delegación de la cumbre son texto del libro, en inglés (sin traducir)."
NOTE_EN = "Entries in this section are the book's own text, in Spanish (not translated)."
# Sections whose entries are the book's own text (the overview has a note of its own).
BOOK_SECTIONS = ("scene", "program", "events", "people", "press", "deliverables", "checklist")


@pytest.fixture(scope="module")
def book(demo_template, tmp_path_factory):
    """An English demo book with principal's-book content (scene-setter, memo, scenario, remarks)."""
    from briefingbook.core.book import Book

    path = tmp_path_factory.mktemp("booklang") / "demo.bbook"
    shutil.copyfile(demo_template, path)
    opened = Book.open(path)
    add_principal_content(opened)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def packets(book, reference):
    """The staff book in Spanish and in English, in each format (exported once)."""
    from briefingbook.export import export_packet

    folder = book.path.parent
    return {
        (lang, fmt): export_packet(
            book, reference, folder / f"staff-{lang}.{fmt}", lang=lang, profile="staff", today=TODAY
        )
        for lang in ("es", "en")
        for fmt in ("pdf", "docx", "html")
    }


def test_outline_notes_follow_the_book_language_and_the_entries(book, reference, demo_book):
    spanish = build_outline(book, reference, lang="es", profile="staff", today=TODAY)
    assert spanish.book_lang == "en" and spanish.own_lang == "en"
    assert {s: spanish.book_note(s) for s in BOOK_SECTIONS} == dict.fromkeys(BOOK_SECTIONS, NOTE_ES)
    assert spanish.book_note("overview") == SUMMIT_ES
    # reference content and fixed strings are in the packet's language: no note there
    assert [spanish.book_note(s) for s in ("agenda", "briefs", "annex", "sources", "readiness")] == [""] * 5
    english = build_outline(book, reference, lang="en", profile="staff", today=TODAY)
    assert english.own_lang == "" and [english.book_note(s) for s in (*BOOK_SECTIONS, "overview")] == [""] * 8
    both = build_outline(book, reference, lang="both", profile="staff", today=TODAY)
    assert both.own_lang == "" and both.book_note("program") == ""
    # a section without entries has no note; the mirror for a Spanish book's English packet
    for d in deliverables.deliverables(demo_book):
        deliverables.remove_deliverable(demo_book, d.id)
    demo_book.update_summit(language="es")
    mirror = build_outline(demo_book, reference, lang="en", profile="staff", today=TODAY)
    assert mirror.deliverables == [] and mirror.book_note("deliverables") == ""
    assert mirror.book_note("program") == NOTE_EN and mirror.own_lang == "es"
    assert all(LABELS[lang][f"book_text_in_{other}"] for lang in LABELS for other in LABELS)


def effective_langs(path) -> Counter:
    """How many structure elements of each type have each effective language (an element's own
    /Lang, else its parent's: Typst sets /Lang on a group where most of its children share it)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    found: Counter = Counter()

    def walk(node, lang: str) -> None:
        node = node.get_object()
        lang = str(node.get("/Lang", lang))
        found[(str(node.get("/S")), lang)] += 1
        kids = node.get("/K")
        for kid in (kids if isinstance(kids, list) else [kids]) if kids is not None else []:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if hasattr(kid, "get") and "/S" in kid:
                walk(kid, lang)

    root = reader.trailer["/Root"]
    walk(root["/StructTreeRoot"], str(root["/Lang"]))
    return found


@pytest.mark.slow
def test_spanish_pdf_reads_notes_and_tags_the_english_text(book, reference, packets):
    outline = build_outline(book, reference, lang="es", profile="staff", today=TODAY)
    body = squash(pdftotext(packets["es", "pdf"]))
    # Spanish headings, each followed by the note; the book's text as written (English)
    for heading in ("Panorama", "Programa", "Actividad por actividad", "Quién es quién", "Entregables"):
        assert squash(heading + NOTE_ES) in body, heading
    assert squash("Preguntas y respuestas de prensa" + NOTE_ES) in body
    assert squash("Lista de verificación" + NOTE_ES) in body
    assert squash("Resumen de la cumbre" + SUMMIT_ES) in body
    assert body.count(squash(NOTE_ES)) == len(BOOK_SECTIONS)
    assert squash(outline.program[0].heading) in body and "Día1·" in squash(outline.program[0].heading)
    for text in (
        outline.program[0].rows[0].title,
        "Sample text: they will raise the timetable.",
        "Sample text: a short biography.",
        outline.deliverables[0].title,
        outline.checklist.not_done[0].title,
    ):
        assert squash(text) in body, text
    langs = effective_langs(packets["es", "pdf"])
    assert langs[("/Document", "es-MX")] == 1
    steps = sum(len(e.scenario) for e in outline.events_in_order)
    rows = sum(len(day.rows) for day in outline.program)
    people = sum(len(g.people) for g in outline.people)
    # program rows (event, participants), scenario steps (action, who), checklist and deliverable
    # cells are English structure elements; person names and event titles are English headings
    assert langs[("/TD", "en-US")] >= 2 * rows + 2 * steps + len(outline.deliverables)
    assert langs[("/H3", "en-US")] >= people and langs[("/H2", "en-US")] >= len(outline.events_in_order)
    assert langs[("/P", "en-US")] >= 5  # scene-setter, memo and remarks paragraphs, bios
    # every table header is Spanish but the overview's second (the summit's title)
    assert langs[("/TH", "en-US")] == 1 and langs[("/TH", "es-MX")] > 40
    # the English packet of the same (English) book: nothing in another language
    english = effective_langs(packets["en", "pdf"])
    assert {lang for _, lang in english} == {"en-US"}
    english_text = pdftotext(packets["en", "pdf"])
    assert "book's own text" not in english_text and "texto del libro" not in english_text


def run_langs(element) -> list[str]:
    return [tag.get(qn("w:val")) for tag in element.iter(qn("w:lang"))]


@pytest.mark.slow
def test_spanish_docx_notes_and_w_lang(book, reference, packets):
    outline = build_outline(book, reference, lang="es", profile="staff", today=TODAY)
    document = docx.Document(str(packets["es", "docx"]))
    paragraphs = document.paragraphs
    following = {
        p.text: paragraphs[i + 1].text for i, p in enumerate(paragraphs[:-1]) if p.style.name == "Packet Section"
    }
    for heading in ("Programa", "Quién es quién", "Entregables", "Panorama", "Lista de verificación"):
        assert following[heading] == NOTE_ES, heading
    assert following["Resumen de la cumbre"] == SUMMIT_ES
    for event in outline.events_in_order:  # each event is a section of its own in Word
        assert following[event.title] == NOTE_ES
    # the book's own text carries en-US; the Spanish words around it carry none (the style's es-MX)
    people = [
        p
        for p in paragraphs
        if p.style.name == "Heading 3" and p.text in {x.name for g in outline.people for x in g.people}
    ]
    assert people and all(run_langs(p._p) == ["en-US"] for p in people)
    bio = next(p for p in paragraphs if p.text == "Sample text: a short biography.")
    assert run_langs(bio._p) == ["en-US"]
    program = next(t for t in document.tables if len(t.columns) == 4 and t.rows[0].cells[2].text == "Actividad")
    assert run_langs(program.rows[0]._tr) == []  # the header is the packet's words
    first = outline.program[0].rows[0]
    event_cell, participants = program.rows[1].cells[2], program.rows[1].cells[3]
    runs = {r.text: run_langs(r._r) for r in event_cell.paragraphs[0].runs if r.text}
    assert runs[first.title] == ["en-US"] and runs[first.kind] == []  # "Traslado" is Spanish
    assert set(run_langs(participants._tc)) == {"en-US"} and first.participants.split("; ")[0] in participants.text
    with zipfile.ZipFile(packets["es", "docx"]) as archive:
        styles = archive.read("word/styles.xml").decode("utf-8")
    assert 'w:val="es-MX"' in styles
    # the English packet of the English book: no note, no run in another language
    english = docx.Document(str(packets["en", "docx"]))
    assert all(p.text not in (NOTE_EN, NOTE_ES) for p in english.paragraphs)
    assert set(run_langs(english.element.body)) <= {"en-US"}


@pytest.mark.slow
def test_spanish_html_notes_and_lang_attributes(book, reference, packets):
    outline = build_outline(book, reference, lang="es", profile="staff", today=TODAY)
    html = packets["es", "html"].read_text(encoding="utf-8")
    for section, heading in (("program", "Programa"), ("people", "Quién es quién"), ("scene", "Panorama")):
        assert f'<h1 id="{section}">{heading}</h1>\n<p class="prompt">{NOTE_ES}</p>' in html, section
    assert f'<p class="prompt">{SUMMIT_ES}</p>' in html
    first = outline.program[0].rows[0]
    assert f'<span class="title" lang="en">{escape(first.title)}</span>' in html
    assert f'<span lang="en">{escape(first.participants.split("; ")[0])}</span>' in html
    for group in outline.people:
        for person in group.people:
            assert f'<h3 lang="en">{escape(person.name)}</h3>' in html
    assert re.search(r'<div lang="en">\s*<p>Sample text: a short biography\.</p>', html)
    line = outline.checklist.not_done[0]
    assert f'<td lang="en">{escape(line.title)}</td>' in html
    # every table header is Spanish (no lang attribute) except the overview's summit title
    heads = re.findall(r"<th([^>]*)>(.*?)</th>", html)
    assert [h for h in heads if "lang" in h[1]] == [("", f'<span lang="en">{escape(outline.title)}</span>')]
    english = packets["en", "html"].read_text(encoding="utf-8")
    body = english.split("<body>", 1)[1]
    assert "lang=" not in body and "book&#x27;s own text" not in body and "texto del libro" not in body


@pytest.mark.slow
def test_no_note_under_a_section_without_entries_and_the_mirror(demo_book, reference):
    """A Spanish book's English packet: notes in English under sections with entries, none under
    the deliverables once they are all removed; the Spanish text tagged lang="es"."""
    from briefingbook.export import export_packet

    for d in deliverables.deliverables(demo_book):
        deliverables.remove_deliverable(demo_book, d.id)
    demo_book.update_summit(language="es")
    path = export_packet(
        demo_book, reference, demo_book.path.parent / "en.html", lang="en", sections="program,deliverables", today=TODAY
    )
    html = path.read_text(encoding="utf-8")
    assert f'<h1 id="program">Summit program</h1>\n<p class="prompt">{escape(NOTE_EN)}</p>' in html
    assert f'<h1 id="deliverables">Deliverables</h1>\n<p class="prompt">{LABELS["en"]["no_deliverables"]}</p>' in html
    assert html.count(escape(NOTE_EN)) == 1 and 'lang="es"' in html
