"""The book's change log: every change recorded, append-only, with its author; earlier texts."""

from __future__ import annotations

import sqlite3

import pytest

from briefingbook.core import history, migrations, program
from briefingbook.core.book import Book
from briefingbook.core.book_series import store
from briefingbook.core.errors import NotFoundError
from briefingbook.core.importers import read_file


@pytest.fixture
def book(tmp_path, create_book):
    with create_book(tmp_path / "h.bbook", title="Summit", date="2027-03-01") as made:
        made.author = "Ana"
        yield made


def _mine(book):
    return [
        (c.entity, c.action, c.field, c.old_value, c.new_value)
        for c in history.changes(book, author="Ana", newest_first=False)
    ]


def test_every_kind_of_change_is_logged_with_author_field_and_values(book, tmp_path):
    item = book.add_agenda_item("Trade", talking_points="Ports.")
    book.update_agenda_item(item.id, talking_points="Ports and rail.", status="ready")
    book.set_recommendation_status("2005-01", "achieved")
    book.add_recommendation_note("2005-01", "Raised at the working lunch.", "2027-02-01")
    check = book.add_checklist_item("Send the brief", -10)
    book.set_checklist_done(check.id)
    book.update_summit(place="Monterrey")
    program.set_zones(book, summit_zone="America/Monterrey")
    csv = tmp_path / "s.csv"
    csv.write_text("year,country,value\n2020,MEX,1\n", encoding="utf-8")
    store(book, read_file(csv), name="Test series", unit="units", source="test")
    log = _mine(book)
    assert ("agenda_items", "update", "talking_points", "Ports.", "Ports and rail.") in log
    assert ("agenda_items", "update", "status", "not_started", "ready") in log
    assert ("summit", "update", "place", "", "Monterrey") in log
    assert ("checklist_items", "update", "done_at", None, book.checklist_item(check.id).done_at) in log
    kinds = {(entity, action) for entity, action, *_ in log}
    assert kinds >= {
        ("agenda_items", "insert"),
        ("recommendation_status", "insert"),
        ("recommendation_notes", "insert"),
        ("checklist_items", "insert"),
        ("summit_settings", "insert"),
        ("book_series", "insert"),
        ("book_series_vintages", "insert"),
    }
    [status] = history.changes(book, entity="recommendation_status")
    assert status.row_values() == {"status": "achieved"} and status.label == "2005-01"
    assert all(c.when.tzinfo is not None for c in history.changes(book))
    # One edit's changes share an edit id.
    update = [c for c in history.changes(book, entity="agenda_items") if c.action == "update"]
    assert len({c.txn for c in update}) == 1


def test_the_log_is_append_only(book):
    book.add_agenda_item("Trade")
    conn = book.connection
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE change_log SET author = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM change_log")
    assert {c.author for c in history.changes(book, entity="agenda_items")} == {"Ana"}


def test_removal_is_one_change_not_one_per_dependent_row(book):
    item = book.add_agenda_item("Trade")
    book.link_recommendation(item.id, "2005-01")
    from briefingbook.core import press

    press.add_question(book, item.id, "Tariffs?", "No.")
    before = history.last_change_id(book.connection)
    book.remove_agenda_item(item.id)
    after = history.changes(book, since_id=before)
    assert [(c.entity, c.action, c.label) for c in after] == [("agenda_items", "delete", "Trade")]
    assert after[0].row_values()["title"] == "Trade"


def test_unchanged_values_are_not_logged(book):
    item = book.add_agenda_item("Trade", notes="same")
    before = history.last_change_id(book.connection)
    book.update_agenda_item(item.id, notes="same")
    assert history.changes(book, since_id=before) == []


def test_filters(book):
    book.add_agenda_item("Trade")
    book.author = "Beto"
    book.add_checklist_item("Book the interpreters", -20)
    assert {c.entity for c in history.changes(book, author="Beto")} == {"checklist_items"}
    assert [c.label for c in history.changes(book, text="interpreters")] == ["Book the interpreters"]
    assert {c.label for c in history.changes(book, entity="agenda_items")} == {"Trade"}
    assert {"Ana", "Beto"} <= set(history.authors(book))
    assert len(history.changes(book, limit=1)) == 1
    newest, older = history.changes(book, limit=2)
    assert history.changes(book, before_id=newest.id, limit=1) == [older]


def test_earlier_texts_can_be_viewed_and_restored(book):
    item = book.add_agenda_item("Trade", talking_points="First draft.")
    for text in ("Second draft.", "Third draft."):
        book.update_agenda_item(item.id, talking_points=text)
    versions = history.text_versions(book, "agenda_items", item.uuid, "talking_points")
    assert [v.new_value for v in versions] == ["First draft.", "Second draft.", "Third draft."]
    book.author = "Beto"
    history.restore_text(book, "agenda_items", item.uuid, "talking_points", versions[0].new_value)
    assert book.agenda_item(item.id).talking_points == "First draft."
    [restored] = history.changes(book, limit=1)
    assert (restored.author, restored.field, restored.old_value, restored.new_value) == (
        "Beto",
        "talking_points",
        "Third draft.",
        "First draft.",
    )
    assert len(history.text_versions(book, "agenda_items", item.uuid, "talking_points")) == 4
    assert history.current_value(book, "agenda_items", item.uuid, "talking_points") == "First draft."
    book.remove_agenda_item(item.id)
    assert history.current_value(book, "agenda_items", item.uuid, "talking_points") is None
    with pytest.raises(NotFoundError, match="no longer in the book"):
        history.restore_text(book, "agenda_items", item.uuid, "talking_points", "x")
    with pytest.raises(ValueError):
        history.restore_text(book, "agenda_items", item.uuid, "title", "x")


def test_word_diff_marks_removed_and_added_words():
    parts = history.word_diff("Open the ports faster.", "Open the rail crossings faster.")
    assert [(p.kind, p.text) for p in parts] == [
        ("same", "Open the "),
        ("removed", "ports"),
        ("added", "rail crossings"),
        ("same", " faster."),
    ]
    assert "".join(p.text for p in parts if p.kind != "added") == "Open the ports faster."
    assert "".join(p.text for p in parts if p.kind != "removed") == "Open the rail crossings faster."
    assert history.word_diff("", "New text") == [history.DiffPart("added", "New text")]


def test_an_older_book_gets_a_log_when_upgraded(tmp_path):
    path = tmp_path / "old.bbook"
    conn = sqlite3.connect(path, isolation_level=None)
    for target, step in migrations.MIGRATIONS[:6]:
        conn.execute("BEGIN")
        step(conn)
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    conn.execute(
        "INSERT INTO book_info VALUES ('uuid', '0b7d7f43-4a8e-4bb0-9a55-6c1d0e1f2a3b'), ('created_at', '2026-01-01')"
    )
    conn.execute("INSERT INTO summit (id, title, date, updated_at) VALUES (1, 'Old', '2027-01-01', '')")
    conn.close()
    with Book.open(path) as old:
        assert migrations.user_version(old.connection) == migrations.CURRENT_VERSION
        assert history.changes(old) == []  # what was there before is the common starting point
        old.author = "Ana"
        old.update_summit(place="Mérida")
        assert [(c.field, c.new_value) for c in history.changes(old)] == [("place", "Mérida")]


# -- issue 19: a history a person can read -------------------------------------------------------
def test_creating_the_demo_book_is_one_entry_by_its_author(tmp_path, reference):
    from briefingbook.core.demo import create_demo_book

    with create_demo_book(tmp_path / "demo.bbook", reference, author="Ana Ruiz") as demo:
        log = history.changes(demo)
        assert [(c.entity, c.action, c.author) for c in log] == [("summit", "insert", "Ana Ruiz")]
        assert demo.counts()["agenda"] == len(reference.issue_areas())  # the content is all there
        # Edits after creation are logged as before.
        demo.update_summit(place="Monterrey")
        assert [c.field for c in history.changes(demo)][:1] == ["place"]


def test_a_reorder_is_one_entry(book):
    items = [book.add_agenda_item(f"Item {n}") for n in range(6)]
    before = history.last_change_id(book.connection)
    book.move_agenda_item(items[0].id, 5)
    raw = history.changes(book, since_id=before)
    assert len(raw) == 6  # every item's position is logged (a merge needs them)
    shown = history.entries(raw)
    assert len(shown) == 1 and shown[0].label == "Item 0" and (shown[0].old_value, shown[0].new_value) == (0, 5)
    # Changes of other edits around it are untouched.
    book.update_agenda_item(items[1].id, notes="x")
    assert len(history.entries(history.changes(book, since_id=before))) == 2


def test_saving_what_is_already_there_logs_nothing(book):
    from briefingbook.core import bilingual, press

    item = book.add_agenda_item("Trade")
    before = history.last_change_id(book.connection)
    bilingual.set_texts(book, item.id, "es", title="", objectives="")  # nothing written in Spanish yet
    press.set_top_lines(book, item.id, "")
    book.set_recommendation_status("wwc2005-strategic-partnership", "not_started")  # the default
    book.update_agenda_item(item.id, title="Trade")
    assert history.changes(book, since_id=before) == []
    bilingual.set_texts(book, item.id, "es", title="Comercio", objectives="")
    press.set_top_lines(book, item.id, "- Ports")
    book.set_recommendation_status("wwc2005-strategic-partnership", "in_progress")
    logged = history.changes(book, since_id=before, newest_first=False)
    assert [(c.entity, c.action) for c in logged] == [
        ("agenda_item_versions", "insert"),
        ("press_top_lines", "insert"),
        ("recommendation_status", "insert"),
    ]
    bilingual.set_texts(book, item.id, "es", title="Comercio")
    press.set_top_lines(book, item.id, "- Ports")
    assert len(history.changes(book, since_id=before)) == 3


def test_entities_changed_since_names_what_each_edit_touched(book):
    """The Qt-free question the UI session asks after each transaction (as Anki's OpChanges)."""
    seen = []
    position = history.last_change_id(book.connection)

    def committed():
        nonlocal position
        entities, position = history.entities_changed_since(book, position)
        seen.append(entities)

    book.commit_listeners.append(committed)
    item = book.add_agenda_item("Trade")
    assert seen == [{"agenda_items"}] and position == history.last_change_id(book.connection)
    program.set_zones(book, summit_zone="America/Monterrey")
    book.link_recommendation(item.id, "2005-01")
    assert seen[1:] == [{"summit_settings"}, {"agenda_links"}]
    book.update_agenda_item(item.id, title="Trade")  # the same value: a transaction, nothing changed
    assert seen[-1] == frozenset()
    entities, newest = history.entities_changed_since(book, 0)
    assert entities >= {"summit", "agenda_items", "agenda_links", "summit_settings"} and newest == position
