"""Event times in the packet name their time zone by its city, in the packet's language, and
never by an abbreviation (CST is also China Standard Time; EST/EDT are English-only): the
event-by-event lines and the staff book's open meetings say "11:00–12:30 Mexico City time" /
"11:00–12:30 hora de Ciudad de México"; the program's columns, whose headings already name the
cities, give the times alone (with the offsets from UTC when daylight saving changes during an
event). Read back from the PDF (pdftotext), the DOCX (python-docx) and the HTML (as text)."""

from __future__ import annotations

import html
import re
import shutil

import pytest
from packet_support import TODAY, export, pdftotext, squash

from briefingbook.core import program
from briefingbook.core.packet import build_outline
from briefingbook.core.packet_labels import LABELS
from briefingbook.core.packet_layout import layout

# Any North American zone abbreviation, standard or daylight.
ABBREVIATION = re.compile(r"\b(?:[ECMP][SD]T|AK[SD]T|H[SD]T)\b")
CITY_TIME = {"en": "Mexico City time", "es": "hora de Ciudad de México"}
# The demo's program: two events with a scenario, memo or remarks (event by event) and three
# meetings without a memo (the staff book's open items).
EVENT_LINES = {"en": "Day 1 · 1 March 2027 · 11:00–12:30 Mexico City time · Bilateral meeting"}
EVENT_LINES["es"] = "Día 1 · 1 de marzo de 2027 · 11:00–12:30 hora de Ciudad de México · Reunión bilateral"
OPEN_MEETING = {
    "en": "1 March 2027 · 13:00 Mexico City time · Working lunch",
    "es": "1 de marzo de 2027 · 13:00 hora de Ciudad de México · Working lunch",
}


def packet_text(path) -> str:
    """The exported packet's text, one line per paragraph or table row."""
    if path.suffix == ".pdf":
        return pdftotext(path)
    if path.suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        lines = [p.text for p in document.paragraphs]
        lines += [" | ".join(cell.text for cell in row.cells) for table in document.tables for row in table.rows]
        return "\n".join(lines)
    markup = path.read_text(encoding="utf-8")
    markup = re.sub(r"<(style|script)\b.*?</\1>", "", markup, flags=re.S)
    markup = re.sub(r"<(?:br|p|div|tr|li|h\d)\b[^>]*>", "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.fixture(scope="module")
def book(demo_template, tmp_path_factory):
    """The demo book plus an overnight flight across New York's spring-forward (02:00 → 03:00 on
    14 March 2027; Mexico City keeps UTC−6 all year)."""
    from briefingbook.core.book import Book

    folder = tmp_path_factory.mktemp("zones")
    shutil.copyfile(demo_template, folder / "demo.bbook")
    book = Book.open(folder / "demo.bbook")
    program.add_event(book, day="2027-03-14", start_time="00:30", duration_minutes=180, title="Overnight flight")
    yield book
    book.close()


def test_outline_names_the_city_and_the_program_columns_carry_times_only(book, reference):
    for lang in ("en", "es"):
        outline = build_outline(book, reference, today=TODAY, lang=lang, profile="staff")
        metas = [e.meta for e in outline.events_in_order]
        assert metas and all(CITY_TIME[lang] in meta for meta in metas)
        assert EVENT_LINES[lang] in metas[1]
        meetings = next(g.lines for g in outline.pending if g.heading == LABELS[lang]["pending_memos"])
        assert OPEN_MEETING[lang] in meetings and all(CITY_TIME[lang] in line for line in meetings)
        rows = [r for day in outline.program for r in day.rows]
        assert rows[0].local_time == "08:30–09:30" and rows[0].home_time == "09:30–10:30"
        flight = next(r for r in rows if r.title == "Overnight flight")
        assert (flight.local_time, flight.home_time) == ("00:30–03:30", "01:30 (UTC−5)–05:30 (UTC−4)")
        assert not ABBREVIATION.search(repr((metas, meetings, rows)))
    # The PDF's program table sets the local times in bold, the home times plain, each whole
    tree, _assets = layout(build_outline(book, reference, today=TODAY, sections="program"))
    section = next(s for s in tree["sections"] if s["key"] == "program")
    table = next(b for b in section["blocks"] if b["t"] == "table")
    assert table["rows"][0][:2] == [[{"text": "08:30–09:30", "style": "b"}], [{"text": "09:30–10:30", "style": ""}]]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_exported_event_lines_name_the_city_in_the_packets_language(book, reference, qapp, lang, fmt):
    """A packet of the three sections with times (schedule, event by event, open items)."""
    path = export(
        book, reference, f"zones-{lang}.{fmt}", lang=lang, profile="staff", sections="program,events,open_items"
    )
    text = packet_text(path)
    assert not ABBREVIATION.search(text), ABBREVIATION.findall(text)
    flat = squash(text)
    assert squash(EVENT_LINES[lang]) in flat and squash(OPEN_MEETING[lang]) in flat
    assert flat.count(squash(CITY_TIME[lang])) == 2 + 3  # two event lines, three open meetings
    assert squash(CITY_TIME["es" if lang == "en" else "en"]) not in flat
    assert "01:30(UTC−5)–05:30(UTC−4)" in flat  # the home column across the change


@pytest.mark.slow  # whole packets, every brief's charts drawn
@pytest.mark.parametrize(
    ("profile", "lang", "fmt"),
    [
        ("principal", "en", "pdf"),
        ("principal", "es", "docx"),
        ("principal", "both", "html"),
        ("staff", "es", "pdf"),
        ("staff", "en", "html"),
        ("staff", "both", "docx"),
    ],
)
def test_whole_packets_have_no_zone_abbreviation(book, reference, qapp, profile, lang, fmt):
    path = export(book, reference, f"whole-{profile}-{lang}.{fmt}", lang=lang, profile=profile)
    text = packet_text(path)
    assert not ABBREVIATION.search(text), ABBREVIATION.findall(text)
    words = "es" if lang == "es" else "en"  # the both-languages packet uses the book's (English)
    flat = squash(text)
    assert squash(EVENT_LINES[words]) in flat
    assert flat.count(squash(CITY_TIME[words])) == (2 if profile == "principal" else 2 + 3)


def test_a_home_time_on_another_day_gives_the_day_in_words(demo_template, tmp_path, reference):
    """The packet wrote the home day as ISO ("2027-03-02 00:30–01:30") where the window writes
    "2 Mar 2027"; now the packet's columns say it the window's way, in each language."""
    from briefingbook.core.book import Book

    shutil.copyfile(demo_template, tmp_path / "late.bbook")
    with Book.open(tmp_path / "late.bbook") as late_book:
        program.add_event(late_book, day="2027-03-01", start_time="23:30", duration_minutes=60, title="Late call")
        for lang, home in (("en", "2 Mar 2027 00:30–01:30"), ("es", "2 mar 2027 00:30–01:30")):
            outline = build_outline(late_book, reference, today=TODAY, lang=lang, sections="program")
            row = next(r for day in outline.program for r in day.rows if r.title == "Late call")
            assert (row.local_time, row.home_time) == ("23:30–00:30", home)
        # A scenario step after midnight carries its day the same way.
        from briefingbook.core import principal

        late = next(e for e in program.events(late_book) if e.title == "Late call")
        principal.add_step(late_book, late.id, "Call ends", offset_minutes=45)
        for lang, day in (("en", "2 Mar 2027"), ("es", "2 mar 2027")):
            outline = build_outline(late_book, reference, today=TODAY, lang=lang, sections="events")
            entry = next(e for e in outline.events_in_order if e.title == "Late call")
            assert [line.time for line in entry.scenario] == [f"{day} 00:15"]
