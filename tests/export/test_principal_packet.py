"""The two packet profiles (issue 21): the principal's book (cover, scene-setter, schedule, each
event with its scenario, meeting memo and remarks, issue papers, bios, press, deliverables,
sources) and the staff book (everything, with the checklist, open items and readiness list), in
PDF (bookmarks), DOCX (headings) and HTML (headings, lang attributes), English and Spanish."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from packet_support import TODAY, add_principal_content, export, pdftotext

from briefingbook.core import packet, principal
from briefingbook.core.packet import build_outline

PRINCIPAL_TOP = {
    "en": ["Scene-setter", "Summit program", "Event by event", "Briefs", "Who's who", "Press Q&A", "Deliverables"],
    "es": [
        "Panorama",
        "Programa",
        "Actividad por actividad",
        "Fichas por tema",
        "Quién es quién",
        "Preguntas y respuestas de prensa",
        "Entregables",
    ],
}


@pytest.fixture(scope="module")
def book(demo_template, tmp_path_factory):
    from briefingbook.core.book import Book

    folder = tmp_path_factory.mktemp("principal")
    shutil.copyfile(demo_template, folder / "demo.bbook")
    book = Book.open(folder / "demo.bbook")
    ids = add_principal_content(book)
    book.ids = ids
    yield book
    book.close()


def bookmarks(path) -> list[tuple[int, str]]:
    from pypdf import PdfReader

    found: list[tuple[int, str]] = []

    def walk(items, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(PdfReader(str(path)).outline, 0)
    return found


def flat(text: str) -> str:
    return " ".join(text.replace("\u00ad\n", "").split())


# -- the outline ---------------------------------------------------------------------------------
def test_profiles_choose_sections_in_the_principals_order(book, reference):
    principal_book = build_outline(book, reference, today=TODAY)
    assert principal_book.profile == "principal" and principal_book.sections == (
        "cover",
        "contents",
        "scene",
        "program",
        "events",
        "briefs",
        "people",
        "press",
        "deliverables",
        "sources",
    )
    staff = build_outline(book, reference, today=TODAY, profile="staff")
    assert staff.sections == packet.SECTIONS and {"checklist", "open_items", "readiness"} <= set(staff.sections)
    # --sections overrides the profile's sections (in packet order), the profile still decides content
    chosen = build_outline(book, reference, today=TODAY, sections="checklist,scene")
    assert chosen.sections == ("scene", "checklist") and chosen.profile == "principal"
    with pytest.raises(packet.PacketError, match="unknown packet profile 'minister'"):
        build_outline(book, reference, profile="minister")


def test_events_carry_scenario_memo_and_remarks_in_program_order(book, reference):
    outline = build_outline(book, reference, today=TODAY)
    ids = book.ids
    meeting, other = ids["meeting"], ids["other"]
    assert [e.key for e in outline.events_in_order] == [
        f"event{e.id}" for e in sorted((meeting, other), key=lambda e: (e.day, e.start_time))
    ]
    event = next(e for e in outline.events_in_order if e.key == f"event{meeting.id}")
    assert event.scenario_title == f"Scenario: {meeting.title}"
    assert [(s.time, s.action) for s in event.scenario] == [
        ("10:45", "Sample text: motorcade arrives; greeted at the steps"),
        ("11:00", "Sample text: meeting begins"),
    ]
    memo = event.memo
    assert memo is not None and memo.title == f"Meeting memo: {meeting.title}"
    assert [side.side for side in memo.sides] == ["United States", "Mexico"]
    assert [p.role for side in memo.sides for p in side.people] == ["Leads for our side", "Host"]
    # the agenda items in the memo's order, each with its brief's points to make and press line
    assert [item.title for item in memo.agenda] == [ids["second"].title, ids["first"].title]
    assert [b.text for b in memo.agenda[0].points.blocks] == ["Open with the work plan"]
    assert [b.text for b in memo.agenda[0].press_line.blocks] == ["We agreed a plan."]
    assert [b.text for b in memo.agenda[1].points.blocks] == ["Raise the first point", "Then the second"]
    remarks = next(e for e in outline.events_in_order if e.key == f"event{other.id}").remarks
    assert [r.title for r in remarks] == ["Remarks: Arrival statement"]
    # 260 words at 130 words a minute: two minutes
    assert remarks[0].words == 260 and remarks[0].length.startswith("260 words · about 2 min to deliver at 130")
    es = build_outline(book, reference, today=TODAY, lang="es")
    event = next(e for e in es.events_in_order if e.key == f"event{meeting.id}")
    assert event.scenario_title == f"Escenario: {meeting.title}"
    assert event.memo is not None and event.memo.title == f"Memorando de reunión: {meeting.title}"
    # an English-only brief field in a Spanish packet is printed labelled, as in the brief
    assert event.memo.agenda[0].points.note == "(solo en inglés)" and event.memo.agenda[0].points.lang == "en"


def test_principal_book_leaves_staff_only_notes_out(book, reference):
    principal_book = build_outline(book, reference, today=TODAY)
    staff = build_outline(book, reference, today=TODAY, profile="staff")
    mx = book.ids["mx"]

    def person(outline):
        return next(p for g in outline.people for p in g.people if p.name == mx.name)

    assert person(principal_book).talking_notes == [] and person(staff).talking_notes
    assert person(principal_book).last_met == "September 2026, UNGA, New York" and person(principal_book).photo
    unanswered = [q for g in staff.press for q in g.questions if not q.answer.strip()]
    assert unanswered  # the demo's placeholder questions
    assert all(q.answer.strip() for g in principal_book.press for q in g.questions)
    assert principal_book.pending == [] and principal_book.readiness == []
    headings = [g.heading for g in staff.pending]
    assert "Press questions without an answer or a record status" in headings
    assert "Brief fields not yet written" in headings
    assert any("press questions without an answer or a record status" in line for line in staff.readiness)


# -- PDF -----------------------------------------------------------------------------------------
@pytest.mark.slow  # a whole packet, every brief's charts drawn
@pytest.mark.parametrize("lang", ["en", "es"])
def test_pdf_profiles_bookmarks_and_headings(book, reference, qapp, lang):
    meeting = book.ids["meeting"]
    path = export(book, reference, f"principal-{lang}.pdf", lang=lang)
    marks = bookmarks(path)
    top = [title for depth, title in marks if depth == 0]
    assert top == [*PRINCIPAL_TOP[lang], "Sources" if lang == "en" else "Fuentes"]
    scenario, memo = ("Scenario", "Meeting memo") if lang == "en" else ("Escenario", "Memorando de reunión")
    assert (2, f"{scenario}: {meeting.title}") in marks and (2, f"{memo}: {meeting.title}") in marks
    assert (1, meeting.title) in marks
    text = flat(pdftotext(path))
    checklist = "Checklist status" if lang == "en" else "Lista de verificación"
    assert checklist not in text
    assert "Open with the work plan" in text and "We agreed a plan." in text  # pulled from the brief
    assert "Sample text: staff note on tone." not in text  # talking notes are staff-only
    if lang == "es":
        for heading in ("Panorama", "Programa", "Memorando de reunión", "Temas que plantear, en orden", "Semblanza"):
            assert heading in text, heading
        assert "Último encuentro: September 2026, UNGA, New York" in text and "(solo en inglés)" in text

    staff = export(book, reference, f"staff-{lang}.pdf", lang=lang, profile="staff")
    top = [title for depth, title in bookmarks(staff) if depth == 0]
    extra = (
        ["Checklist status", "Open items", "Export readiness"]
        if lang == "en"
        else ["Lista de verificación", "Pendientes", "Preparación para exportar"]
    )
    assert top[top.index(PRINCIPAL_TOP[lang][-1]) + 1 :][:3] == extra
    staff_text = flat(pdftotext(staff))
    assert checklist in staff_text and "Sample text: staff note on tone." in staff_text


def test_pdf_photo_has_alt_text_and_bios_group_by_side(book, reference, qapp):
    from pypdf import PdfReader

    mx = book.ids["mx"]
    path = export(book, reference, "bios.pdf", sections="people")
    reader = PdfReader(str(path))
    alts = []

    def walk(node) -> None:
        node = node.get_object()
        if node.get("/S") == "/Figure":
            alts.append(str(node.get("/Alt")))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if hasattr(kid, "get") and "/S" in kid:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    assert f"Photo of {mx.name}" in alts
    text = flat(pdftotext(path))
    assert text.index("United States") < text.index("Mexico") < text.index(mx.name)
    for line in ("Last met: September 2026, UNGA, New York", "Pronunciation: meh-HEE-ko", "a short biography"):
        assert line in text, line


def test_memo_follows_its_brief(book, reference, qapp):
    second = book.ids["second"]
    first = export(book, reference, "memo-before.pdf", sections="events")
    assert "Open with the work plan" in flat(pdftotext(first))
    book.update_agenda_item(second.id, talking_points="- Press for a date in June")
    try:
        after = flat(pdftotext(export(book, reference, "memo-after.pdf", sections="events")))
        assert "Press for a date in June" in after and "Open with the work plan" not in after
    finally:
        book.update_agenda_item(second.id, talking_points="- Open with the work plan")


@pytest.mark.slow  # a whole packet, every brief's charts drawn
def test_both_languages_packet_keeps_the_principals_order(book, reference, qapp):
    path = export(book, reference, "principal-both.pdf", lang="both")
    top = [title for depth, title in bookmarks(path) if depth == 0]
    assert top == [*PRINCIPAL_TOP["en"], "Sources"]  # fixed strings in the book's language, briefs side by side
    text = flat(pdftotext(path))
    assert "Meeting memo:" in text and "Fichas por tema" not in text


# -- DOCX ----------------------------------------------------------------------------------------
@pytest.mark.slow  # a whole packet, every brief's charts drawn
def test_docx_profiles_heading_order(book, reference, qapp):
    import docx

    meeting = book.ids["meeting"]
    mx = book.ids["mx"]
    path = export(book, reference, "principal.docx")
    document = docx.Document(str(path))
    heads = [(p.style.name, p.text) for p in document.paragraphs if p.style.name in ("Packet Section", "Heading 1")]
    names = [text for _, text in heads]
    agenda = [item.title for item in book.agenda()]
    assert names.index("Scene-setter") < names.index("Summit program") < names.index(meeting.title)
    assert names.index(meeting.title) < names.index(agenda[0]) < names.index("Who's who")
    assert names.index("Who's who") < names.index("Press Q&A") < names.index("Deliverables") < names.index("Sources")
    assert "Checklist status" not in names and "Open items" not in names
    level2 = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert f"Scenario: {meeting.title}" in level2 and f"Meeting memo: {meeting.title}" in level2
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Open with the work plan" in body and "We agreed a plan." in body
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert f'descr="Photo of {mx.name}"' in xml

    staff = docx.Document(str(export(book, reference, "staff.docx", profile="staff", lang="es")))
    names = [p.text for p in staff.paragraphs if p.style.name == "Packet Section"]
    assert names.index("Panorama") < names.index("Programa") < names.index("Lista de verificación")
    assert names.index("Lista de verificación") < names.index("Pendientes") < names.index("Preparación para exportar")
    level2 = [p.text for p in staff.paragraphs if p.style.name == "Heading 2"]
    assert f"Memorando de reunión: {meeting.title}" in level2 and f"Escenario: {meeting.title}" in level2


# -- HTML ----------------------------------------------------------------------------------------
@pytest.mark.slow  # a whole packet, every brief's charts drawn
def test_html_profiles_heading_order_and_lang(book, reference):
    import re

    meeting = book.ids["meeting"]
    html = export(book, reference, "principal-es.html", lang="es").read_text(encoding="utf-8")
    h1 = re.findall(r"<h1[^>]*>([^<]*)</h1>", html)
    assert h1.index("Panorama") < h1.index("Programa") < h1.index(meeting.title) < h1.index("Quién es quién")
    assert "Lista de verificación" not in h1 and "Pendientes" not in h1
    assert f">Memorando de reunión: {meeting.title}</h2>" in html and f">Escenario: {meeting.title}</h2>" in html
    assert '<html lang="es-MX">' in html
    # the book's own text (written in English) is marked as English in a Spanish packet
    assert re.search(r'<div lang="en">\s*<p>Sample text: they will raise the timetable\.</p>\s*</div>', html)
    assert "Open with the work plan" in html
    staff = export(book, reference, "staff.html", profile="staff").read_text(encoding="utf-8")
    h1 = re.findall(r"<h1[^>]*>([^<]*)</h1>", staff)
    assert h1.index("Deliverables") < h1.index("Checklist status") < h1.index("Open items")
    assert h1.index("Open items") < h1.index("Export readiness") < h1.index("Sources")
    assert 'lang="en"' not in staff.split("<body>", 1)[1]  # an English packet of an English book: no spans


def test_scene_setter_length_and_empty_scene(book, reference, tmp_path):
    outline = build_outline(book, reference, today=TODAY)
    scene = principal.scene_setter(book)
    assert outline.scene is not None and outline.scene.length == f"{scene.words} words · about 1 min to read"
    assert [p.heading for p in outline.scene.parts] == [
        "Context",
        "What we want",
        "What they want",
        "Sensitivities",
        "Atmospherics",
    ]


def test_memo_numbers_unwritten_points_and_remarks_in_reading_size(book, reference):
    """A memo's items are numbered in its order, with the brief's agenda number where that
    differs; an item whose brief has neither points nor press line says so in one line; the
    remarks to be spoken are a "speech" block (a reading size), in the PDF layout and the HTML."""
    from briefingbook.core.packet_layout import layout

    meeting, first, second = book.ids["meeting"], book.ids["first"], book.ids["second"]
    third = book.agenda()[2]
    assert not (third.talking_points or third.press_line)
    principal.set_memo_agenda(book, meeting.id, [second.id, first.id, third.id])
    try:
        tree, _assets = layout(build_outline(book, reference, today=TODAY, sections="events"))
        memo = next(s for s in tree["sections"] if s["key"] == f"memo{meeting.id}")
        heads = [b["text"] for b in memo["blocks"] if b["t"] == "h4"]
        assert heads == [f"1. {second.title} (agenda item 2)", f"2. {first.title} (agenda item 1)", f"3. {third.title}"]
        texts = [b.get("text") for b in memo["blocks"]]
        after = texts[texts.index(f"3. {third.title}") + 1]
        assert after == "Points to make and press line: not yet written in the brief."
        assert texts.count("Points to make") == 2  # the two items with text keep their headings
        remarks = next(s for s in tree["sections"] if s["key"].startswith("remarks"))
        assert [b["t"] for b in remarks["blocks"]] == ["meta", "speech"]
        html = export(book, reference, "memo-es.html", lang="es", sections="events").read_text(encoding="utf-8")
        assert f"{third.title}</b>" in html and "(tema 2 de la agenda)" in html
        assert "Puntos a tratar y línea para prensa: aún sin redactar en la ficha." in html
        assert '<div class="speech">' in html
    finally:
        principal.set_memo_agenda(book, meeting.id, [second.id, first.id])
