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
