"""The principal's book in the book's full-text index (issue 21, format 10): scene-setter parts,
meeting memos, scenario steps and remarks are found, accent-insensitively, in English and Spanish,
and a book of the previous format has its rows indexed by the upgrade."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefingbook.core import principal, program
from briefingbook.core.book import Book
from briefingbook.core.search import search

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "books"


def _found(book: Book, query: str) -> set[tuple[str, str, str]]:
    return {(h.kind, h.id, h.title) for h in search(query, book=book, limit=50)}


@pytest.fixture
def book(tmp_path, create_book):
    book = create_book(tmp_path / "b.bbook", title="Cumbre", date="2027-03-15")
    yield book
    book.close()


@pytest.fixture
def meeting(book):
    return program.add_event(
        book, day="2027-03-15", start_time="10:00", title="Reunión bilateral", kind="bilateral_meeting"
    )


def test_the_previous_format_has_its_principal_rows_indexed_on_upgrade(tmp_path):
    path = tmp_path / "v9.bbook"
    shutil.copyfile(FIXTURES / "v9.bbook", path)
    with Book.open(path) as book:
        [event] = program.events(book)
        ev = str(event.id)
        [remark] = principal.remarks(book)
        assert ("scene", "context", "context") in _found(book, "cumbre acuerdo")
        assert ("scene", "our_aims", "our_aims") in _found(book, "plan de trabajo")
        assert ("memo", ev, "Reunión bilateral") in _found(book, "calendario")
        assert ("memo", ev, "Reunión bilateral") in _found(book, "visas")
        assert ("scenario", ev, "Reunión bilateral") in _found(book, "comitiva protocolo")
        assert ("remark", str(remark.id), "Brindis") in _found(book, "amistad pueblos")
        assert ("remark", str(remark.id), "Brindis") in _found(book, "secretario")


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("migracion", "scene"),  # Spanish text, typed without accents
        ("MIGRACIÓN", "scene"),
        ("energia", "memo"),
        ("visados", "memo"),  # what they raise
        ("logistica", "memo"),  # notes
        ("caravana", "scenario"),
        ("Canciller", "scenario"),  # who
        ("brindis", "remark"),  # occasion
        ("Secretaría", "remark"),  # speaker, with its accent
        ("amistad", "remark"),
        ("motorcade", "scenario"),  # English text
        ("toast", "remark"),
        ("grid", "memo"),
        ("atmosphere", "scene"),
    ],
)
def test_each_new_text_kind_is_found_in_both_languages(book, meeting, query, kind):
    principal.set_scene_setter(book, context="La migración ordenada", atmospherics="A warm atmosphere")
    principal.add_memo(book, meeting.id, objectives="Energía: the grid first", they_raise="Visados", notes="Logística")
    principal.add_step(book, meeting.id, "Llega la caravana", "Canciller", at="10:00")
    principal.add_step(book, meeting.id, "Motorcade departs", "Advance team", at="10:50")
    principal.add_remark(book, "Brindis", "Secretaría", "Por la amistad.", event_id=meeting.id)
    principal.add_remark(book, "Toast at lunch", "Secretary", "To our friendship.")
    assert kind in {k for k, _i, _t in _found(book, query)}


def test_edits_renames_and_deletes_keep_the_index_current(book, meeting):
    principal.set_scene_setter(book, context="Primera cumbre")
    principal.add_memo(book, meeting.id, objectives="Acordar el calendario")
    step = principal.add_step(book, meeting.id, "Llega la comitiva", "Protocolo", at="10:00")
    remark = principal.add_remark(book, "Declaración de llegada", "Secretario", "Gracias.")
    ev = str(meeting.id)

    principal.set_scene_setter(book, context="Segunda cumbre")
    assert not _found(book, "primera") and ("scene", "context", "context") in _found(book, "segunda")
    principal.update_memo(book, meeting.id, objectives="Fijar fechas")
    assert not _found(book, "calendario") and ("memo", ev, "Reunión bilateral") in _found(book, "fechas")
    principal.update_step(book, step.id, action="Llega el convoy")
    assert not _found(book, "comitiva") and ("scenario", ev, "Reunión bilateral") in _found(book, "convoy")
    principal.update_remark(book, remark.id, text="Muchas gracias a México.")
    assert ("remark", str(remark.id), "Declaración de llegada") in _found(book, "mexico")

    # The event's new title is carried to its memo and its steps.
    program.update_event(book, meeting.id, title="Encuentro bilateral")
    assert {("memo", ev, "Encuentro bilateral"), ("scenario", ev, "Encuentro bilateral")} <= _found(book, "encuentro")
    assert not {k for k, _i, t in _found(book, "fechas convoy") if t == "Reunión bilateral"}

    principal.remove_remark(book, remark.id)
    assert not _found(book, "gracias")
    program.remove_event(book, meeting.id)  # its memo and steps go with it
    assert not {k for k, _i, _t in _found(book, "fechas")} and not _found(book, "convoy")
    assert {k for k, _i, _t in _found(book, "segunda")} == {"scene"}
