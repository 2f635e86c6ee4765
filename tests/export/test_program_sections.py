"""The packet's program, who's-who, deliverables and press Q&A sections in PDF, DOCX and HTML."""

from __future__ import annotations

import pytest
from packet_support import HOSTILE, export, pdftotext, squash

from briefingbook.core import people, press, program


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture(scope="module")
def program_book(packet_book):
    """The demo book plus a clash, hostile user text in each new section and a photo."""
    book = packet_book
    events = program.events(book)
    guest = people.add_person(
        book,
        name="Ana " + HOSTILE,
        side="other",
        title="Observer",
        pronunciation="AH-nah",
        bio="- Former ambassador " + HOSTILE,
    )
    program.add_event(
        book,
        day=events[1].day,
        start_time="11:30",
        duration_minutes=45,
        title="Pull-aside " + HOSTILE,
        participants=[events[1].participants[0], guest.id],
    )
    item = book.agenda()[0]
    press.set_top_lines(book, item.id, "- Partnership delivers " + HOSTILE)
    press.add_question(book, item.id, "Will there be a deal? " + HOSTILE, "On current plans, yes.", "do_not_raise")
    return book


def test_outline_has_the_new_sections(program_book, reference):
    from briefingbook.core import packet

    outline = packet.build_outline(program_book, reference)
    assert [d.heading.split(" · ")[0] for d in outline.program] == ["Day 1", "Day 2"]
    rows = [r for day in outline.program for r in day.rows]
    clash = next(r for r in rows if r.title.startswith("Pull-aside"))
    assert clash.conflict.startswith("Conflict: Head of delegation (name to be confirmed) also at “Bilateral")
    assert clash.local_time == "11:30–12:15" and clash.home_time == "12:30–13:15"  # the columns name the cities
    assert [g.side for g in outline.people] == ["United States", "Mexico", "Other participants"]
    assert outline.press[0].questions[-1].marking == "Do not raise"
    assert outline.deliverables and all(
        "Suggested from the 2005 study group — not a position" in d.notes for d in outline.deliverables
    )


def test_pdf_has_program_whos_who_press_and_deliverables(program_book, reference, qapp):
    path = export(
        program_book, reference, "program.pdf", sections="cover,program,people,deliverables,press", profile="staff"
    )
    body = flat(pdftotext(path))
    for text in (
        "Summit program",
        "Day 1 · 1 March 2027",
        "Local time (Mexico City)",
        "Home time (New York)",
        "Bilateral meeting of the heads of delegation",
        "Who's who",
        "Secretary of Foreign Affairs",
        "Pronunciation: AH-nah",
        "Deliverables",
        "Define the relationship as a strategic partnership",
        "Joint statement",
        "Press Q&A",
        "Top lines",
        "Do not raise",
        "Prompt — to be written",
        "Conflict: Head of delegation (name to be confirmed) also at",
    ):
        assert text in body, text
    squashed = squash(body)
    assert squash("Pull-aside " + HOSTILE) in squashed and squash("Ana " + HOSTILE) in squashed
    assert squash("Will there be a deal? " + HOSTILE) in squashed


@pytest.mark.slow
def test_docx_sections_use_packet_section_style(program_book, reference):
    import docx

    path = export(program_book, reference, "program.docx")
    document = docx.Document(str(path))
    heading1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert heading1 == [item.title for item in program_book.agenda()]
    sections = [p.text for p in document.paragraphs if p.style.name == "Packet Section"]
    for name in ("Summit program", "Who's who", "Deliverables", "Press Q&A"):
        assert name in sections
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Day 2 · 2 March 2027" in paragraphs and "Secretary of Foreign Affairs" in paragraphs
    assert "Ana " + HOSTILE in paragraphs and "Pronunciation: AH-nah" in paragraphs
    assert "Joint press conference" in cells and "Pull-aside " + HOSTILE in cells
    assert "Will there be a deal? " + HOSTILE in cells and "Do not raise" in cells
    assert "Streamline customs transactions" in cells


def test_html_escapes_user_text_in_the_new_sections(program_book, reference):
    path = export(program_book, reference, "program.html", sections="program,people,deliverables,press", lang="es")
    html = path.read_text(encoding="utf-8")
    assert "<script>" not in html and '<img src="file' not in html
    assert "Pull-aside &lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    for text in (
        "Programa",
        "Quién es quién",
        "Entregables",
        "Preguntas y respuestas de prensa",
        "No plantear",
        # Zones by their city, in the packet's language (not "New York" or an IANA name).
        "Hora local (Ciudad de México)",
        "Hora de origen (Nueva York)",
        "Horas locales de la cumbre (Ciudad de México); al lado, la hora de origen (Nueva York).",
    ):
        assert text in html, text
    assert "America/" not in html and "New York" not in html


@pytest.mark.parametrize("lang", ["en", "es"])
def test_docx_table_columns_keep_their_longest_word_whole(program_book, reference, lang):
    """LibreOffice keeps the column widths a DOCX gives: the program's time column was 1.4 cm and
    "08:30–09:30" broke into four lines. Every column of every table is now at least as wide as
    its longest word set in the bundled DejaVu Sans Bold at 10 pt, plus the cell's padding,
    measured with the font itself (longer "words", a URL or markup, may wrap)."""
    from pathlib import Path

    import docx
    from docx.shared import Emu
    from PIL import ImageFont

    bold = ImageFont.truetype(str(Path(__file__).resolve().parents[2] / "resources/fonts/DejaVuSans-Bold.ttf"), 1000)

    def word_cm(word: str) -> float:  # 10 pt = 10/72 inch a em
        return bold.getlength(word) / 1000 * 10 / 72 * 2.54

    path = export(program_book, reference, f"widths-{lang}.docx", lang=lang, sections="program,checklist,agenda")
    document = docx.Document(str(path))
    section = document.sections[0]
    text_cm = Emu(section.page_width - section.left_margin - section.right_margin).cm
    checked = 0
    for table in document.tables:
        grid = [
            Emu(int(col.get(docx.oxml.ns.qn("w:w"))) * 635).cm
            for col in table._tbl.tblGrid.findall(docx.oxml.ns.qn("w:gridCol"))
        ]
        assert sum(grid) <= text_cm + 0.05
        for column, width in enumerate(grid):
            # Ordinary words and times; a URL or the hostile markup here may wrap where it must.
            words = [w for row in table.rows for w in row.cells[column].text.split() if len(w) <= 16]
            if not words:
                continue
            need = max(word_cm(w) for w in words) + 0.38
            assert width >= need - 0.01, (table.rows[0].cells[column].text, max(words, key=word_cm), width, need)
            checked += 1
    assert checked >= 8  # the program's days (four columns each), the agenda and checklist tables
    times = [c.text for t in document.tables for row in t.rows for c in row.cells if "–" in c.text and ":" in c.text]
    assert times  # the time column is among them


def test_docx_sections_start_a_page_without_a_blank_page_before_them(program_book, reference):
    """A section's new page is "page break before" on its heading, not a paragraph holding a break
    after a blank one: when the checklist's table filled its last page, that blank paragraph and
    the break made a page of their own (LibreOffice showed it empty before "Open items")."""
    import docx
    from docx.oxml.ns import qn

    path = export(program_book, reference, "breaks.docx", sections="agenda,checklist,open_items,readiness")
    document = docx.Document(str(path))
    headings = [p for p in document.paragraphs if p.style.name == "Packet Section"]
    assert [p.text for p in headings][:3] == ["Agenda", "Checklist status", "Open items"]
    assert all(p.paragraph_format.page_break_before for p in headings[1:])
    for element in document.element.body:
        if element.tag != qn("w:p"):
            continue
        breaks = element.findall(f".//{qn('w:br')}[@{qn('w:type')}='page']")
        following = element.getnext()
        assert not (breaks and following is not None and following.tag == qn("w:p")), "a break paragraph is left"
    # No blank paragraph just before a heading that starts a page.
    for heading in headings[1:]:
        previous = heading._p.getprevious()
        assert previous is None or previous.tag != qn("w:p") or "".join(previous.itertext()).strip()


def test_docx_section_that_only_says_it_is_empty_takes_no_page(create_book, reference, tmp_path):
    """As in the PDF: "No press questions have been written." follows the section before it
    instead of standing alone on a page; a section with content still starts a page."""
    import docx

    book = create_book(tmp_path / "empty.bbook", title="Empty", date="2027-03-01")
    book.add_agenda_item("Migration", issue_area="migration")
    path = export(book, reference, "empty.docx", sections="agenda,program,briefs,press,deliverables")
    document = docx.Document(str(path))
    headings = {p.text: p for p in document.paragraphs if p.style.name in ("Packet Section", "Heading 1")}
    assert list(headings) == ["Agenda", "Summit program", "Migration", "Press Q&A", "Deliverables"]
    texts = [p.text for p in document.paragraphs]
    assert "No press questions have been written." in texts
    for name in ("Summit program", "Press Q&A", "Deliverables"):
        assert not headings[name].paragraph_format.page_break_before, name
    assert headings["Migration"].paragraph_format.page_break_before  # the brief has content
    book.close()
