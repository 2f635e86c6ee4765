"""Real books of every earlier format upgrade to the current one (issue 16).

``tests/fixtures/books/vN.bbook`` were written by the BriefingBook code of the commit where format
N landed (``tests/fixtures/books/README.md`` says how), so these tests catch a landed migration
step that changed, or one that depends on live code: the upgraded book must have exactly the
schema of a book created today, and keep everything its user wrote.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from briefingbook.core import (
    bilingual,
    book_series,
    deliverables,
    history,
    migrations,
    people,
    press,
    principal,
    program,
    search,
)
from briefingbook.core.book import Book
from briefingbook.core.packet import export_log

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "books"
FORMATS = sorted(int(p.stem[1:]) for p in FIXTURES.glob("v*.bbook"))


def schema(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    return {(kind, name): sql for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master")}


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory) -> dict[tuple[str, str], str]:
    path = tmp_path_factory.mktemp("fresh") / "fresh.bbook"
    Book.create(path, title="Fresh", date="2027-01-01").close()
    conn = sqlite3.connect(path)
    try:
        return schema(conn)
    finally:
        conn.close()


def test_there_is_a_fixture_book_of_every_format():
    assert FORMATS == list(range(1, migrations.CURRENT_VERSION + 1)), (
        "add tests/fixtures/books/v{0}.bbook for book format {0} (see tests/fixtures/books/README.md)".format(
            migrations.CURRENT_VERSION
        )
    )


def upgraded(fmt: int, tmp_path: Path) -> Path:
    path = tmp_path / f"v{fmt}.bbook"
    shutil.copyfile(FIXTURES / f"v{fmt}.bbook", path)
    conn = sqlite3.connect(path)
    try:
        assert migrations.user_version(conn) == fmt, f"v{fmt}.bbook is at format {migrations.user_version(conn)}"
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_upgraded_book_has_the_schema_of_a_new_book(fmt, tmp_path, fresh_schema):
    path = upgraded(fmt, tmp_path)
    Book.open(path).close()
    conn = sqlite3.connect(path)
    try:
        assert migrations.user_version(conn) == migrations.CURRENT_VERSION
        got = schema(conn)
    finally:
        conn.close()
    differ = sorted(k for k in got.keys() | fresh_schema.keys() if got.get(k) != fresh_schema.get(k))
    assert differ == [], f"v{fmt}.bbook upgraded differs from a new book in {differ}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_upgraded_book_keeps_its_content(fmt, tmp_path):
    with Book.open(upgraded(fmt, tmp_path)) as book:
        summit = book.summit()
        assert (summit.title, summit.place, summit.date) == (
            "Cumbre de Líderes de América del Norte",
            "Ciudad de México",
            dt.date(2027, 3, 15),
        )
        assert (summit.delegation, summit.marking) == ("Secretary; Ambassador", "SENSITIVE")
        energy, water = book.agenda()
        assert (energy.title, energy.issue_area, energy.priority) == (
            "Energía y gasoductos",
            "summits_mechanisms",
            "high",
        )
        assert (water.title, water.issue_area, water.priority) == ("Water treaty", None, "low")
        assert energy.objectives == "Acordar un marco común"
        assert energy.talking_points == "Point one\nPoint two"
        assert energy.notes == (
            "Nota con acentos: año, señal (revisada)" if fmt >= 7 else "Nota con acentos: año, señal"
        )
        state = book.recommendation_state("wwc2005-strategic-partnership")
        assert state.status == "in_progress"
        assert [(n.noted_on, n.note) for n in state.notes] == [(dt.date(2027, 1, 10), "Raised at the planning meeting")]
        [task] = [c for c in book.checklist() if c.title == "Book hotel rooms"]
        assert (task.owner, task.offset_days, task.done_at is not None) == ("Logistics", -30, True)
        assert sorted(r.kind for r in search.search("gasoductos", book=book)) == (
            ["agenda", "topline"] if fmt >= 6 else ["agenda"]
        )  # a top line is found by its item's title

        log = export_log(book)
        assert [(e.version, e.format, e.file_name) for e in log] == (
            [(1, "pdf", "packet-v1.pdf")]
            if 2 <= fmt < 9
            else [(1, "pdf", "packet-v1.pdf"), (2, "html", "packet-v2.html")]
            if fmt >= 9
            else []
        )
        # Exports before format 9 did not record their reference content.
        assert [(e.reference_name, e.reference_version, e.reference_sha256) for e in log] == (
            [("", "", "")]
            if 2 <= fmt < 9
            else [("", "", ""), ("Equipo de datos", "2026.12", "2" * 64)]
            if fmt >= 9
            else []
        )
        series = {s.slug: s for s in book_series.imported_series(book)}
        if fmt >= 3:
            assert (series["remittances"].name_en, series["remittances"].unit) == ("Remesas", "USD mn")
            assert [(o.period, o.value) for o in book_series.observations(book, "remittances")] == [
                ("2026-Q1", 15000.5),
                ("2026-Q2", 16100.25),
            ]
        else:
            assert series == {}
        assert book.linked_recommendations(energy.id) == (["wwc2005-annual-summit"] if fmt >= 4 else [])
        assert bilingual.texts(book, energy.id, "es")["objectives"] == ("Establecer un marco común" if fmt >= 5 else "")
        if fmt >= 6:
            [person] = people.people(book)
            assert (person.name, person.side, person.bio) == ("Ana Pérez", "mexico", "Economista")
            [event] = program.events(book)
            assert (event.title, event.place, event.kind) == (
                "Reunión bilateral",
                "Palacio Nacional",
                "bilateral_meeting",
            )
            assert [(q.question, q.record_status) for q in press.questions(book, energy.id)] == [
                # added without a status: format 6–10 stored their default "on_record" (kept on upgrade);
                # from format 11 a new question has none
                ("¿Habrá un acuerdo?", "on_record" if fmt < 11 else "")
            ]
            assert [(q.question, q.record_status) for q in press.questions(book, water.id)] == (
                [("¿Cambia el tratado de aguas?", "")] if fmt >= 11 else []
            )
            assert press.top_lines(book, energy.id) == "Energy cooperation deepens"
            assert [d.title for d in deliverables.deliverables(book)] == ["Joint statement on energy"]
            assert program.zones(book) == ("America/Mexico_City", "America/New_York")
        else:
            assert people.people(book) == [] and program.events(book) == []
        if fmt >= 8:
            [person] = people.people(book)
            assert person.last_met == "Septiembre de 2026, Nueva York"
            [event] = program.events(book)
            setter = principal.scene_setter(book)
            assert (setter.parts["context"], setter.parts["our_aims"], setter.parts["their_aims"]) == (
                "Primera cumbre desde el acuerdo",
                "Un plan de trabajo",
                "",
            )
            memo = principal.memo(book, event.id)
            assert (memo.objectives, memo.they_raise) == ("Acordar el calendario", "Visas")
            assert [p.name for p in memo.participants] == ["Ana Pérez"]
            assert [(a.title, a.talking_points) for a in memo.agenda] == [
                ("Energía y gasoductos", "Point one\nPoint two")
            ]
            assert [d.title for d in memo.deliverables] == ["Joint statement on energy"]
            assert [(s.time_text, s.action, s.who) for s in principal.scenario(book, event.id)] == [
                ("09:20", "Llega la comitiva", "Protocolo")
            ]
            [toast] = principal.remarks(book, event.id)
            assert (toast.occasion, toast.speaker, toast.words) == ("Brindis", "Secretario", 6)
        elif fmt >= 6:
            [person] = people.people(book)
            assert person.last_met == ""
            [event] = program.events(book)
            assert principal.scene_setter(book).empty and principal.memo(book, event.id) is None
            assert principal.remarks(book) == [] and principal.scenario(book, event.id) == []

        # The change log of format 7 has what the book's author did; older books start it now.
        logged = [(c.author, c.field, c.new_value) for c in history.changes(book, entity="agenda_items")]
        assert (("Fixture maker", "notes", "Nota con acentos: año, señal (revisada)") in logged) == (fmt >= 7)
        assert logged if fmt >= 7 else logged == []
        book.author = "Upgrader"
        book.update_agenda_item(water.id, notes="Added after the upgrade")
        newest = history.changes(book, limit=1)[0]
        assert (newest.author, newest.entity, newest.field, newest.new_value) == (
            "Upgrader",
            "agenda_items",
            "notes",
            "Added after the upgrade",
        )


def test_log_triggers_of_a_new_book_are_what_tracked_says(tmp_path):
    """``history.TRACKED`` and the books' frozen triggers must agree: a change to TRACKED (a new
    table or field) needs a migration step that recreates the triggers concerned."""
    path = tmp_path / "b.bbook"
    Book.create(path, title="T", date="2027-01-01").close()
    conn = sqlite3.connect(path)
    try:
        in_book = {
            name: sql
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_log\\_%' ESCAPE '\\' "
                "AND name NOT LIKE 'change_log%'"
            )
        }
        columns = {table: {r[1] for r in conn.execute(f"PRAGMA table_info({table})")} for table in history.TRACKED}
    finally:
        conn.close()
    expected = {}
    for spec in history.TRACKED.values():
        assert set(spec.fields) | {c for c in spec.key if c != "uuid"} <= columns[spec.table], spec.table
        for statement in history.trigger_sql(spec):
            expected[statement.split()[2]] = statement
    stale = sorted(name for name in expected.keys() | in_book.keys() if expected.get(name) != in_book.get(name))
    assert stale == [], (
        f"history.TRACKED no longer matches the triggers books get ({stale}): add a migration "
        f"step that drops these triggers and creates history.trigger_sql()'s, as literal SQL"
    )
