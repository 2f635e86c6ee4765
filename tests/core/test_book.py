"""The book file: creation, edits, migrations, refusals."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest

from briefingbook.core import migrations
from briefingbook.core.book import Book
from briefingbook.core.errors import (
    BookError,
    BookReadOnlyError,
    BookTooNewError,
    InvalidInputError,
    NotABookError,
)


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_reopen_keeps_summit(tmp_path):
    path = tmp_path / "s.bbook"
    with Book.create(
        path,
        title="Cumbre",
        date="2027-03-01",
        place="Ciudad de México",
        marking="SBU",
        delegation="SRE",
        language="es",
    ) as book:
        assert book.summit().date == dt.date(2027, 3, 1)
    with Book.open(path) as book:
        summit = book.summit()
    assert (summit.title, summit.place, summit.marking, summit.delegation, summit.language) == (
        "Cumbre",
        "Ciudad de México",
        "SBU",
        "SRE",
        "es",
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_book_uses_wal_and_current_version(tmp_path):
    with Book.create(tmp_path / "s.bbook", title="T", date="2027-01-01") as book:
        assert book.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert migrations.user_version(book.connection) == migrations.CURRENT_VERSION
        assert book.integrity_check() == "ok"
        assert len(book.uuid) == 36


def test_create_refuses_existing_file_and_keeps_it(tmp_path):
    path = tmp_path / "x.bbook"
    path.write_text("precious")
    with pytest.raises(BookError, match="already exists"):
        Book.create(path, title="T", date="2027-01-01")
    assert path.read_text() == "precious"


def test_create_rejects_bad_date_and_empty_title(tmp_path):
    with pytest.raises(InvalidInputError, match="'2027-13-01'.*YYYY-MM-DD"):
        Book.create(tmp_path / "a.bbook", title="T", date="2027-13-01")
    with pytest.raises(InvalidInputError, match="title"):
        Book.create(tmp_path / "b.bbook", title="  ", date="2027-01-01")
    assert list(tmp_path.iterdir()) == []


def test_failed_populate_leaves_no_file(tmp_path):
    def boom(book):
        book.add_agenda_item("Half made")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01", populate=boom)
    assert list(tmp_path.iterdir()) == []


def test_agenda_add_move_remove_update(tmp_path):
    with Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01") as book:
        a = book.add_agenda_item("Security", issue_area="public_security", priority="high")
        b = book.add_agenda_item("Trade", issue_area="trade_facilitation")
        c = book.add_agenda_item("Custom item")
        assert [i.title for i in book.agenda()] == ["Security", "Trade", "Custom item"]
        book.move_agenda_item(c.id, 0)
        assert [i.title for i in book.agenda()] == ["Custom item", "Security", "Trade"]
        book.move_agenda_item(c.id, 99)
        assert [i.title for i in book.agenda()] == ["Security", "Trade", "Custom item"]
        book.update_agenda_item(b.id, talking_points="- raise customs\n- avoid tariffs", status="ready")
        book.remove_agenda_item(a.id)
        items = book.agenda()
        # The others keep their positions: the removal is one change in the history, not three.
        assert [(i.title, i.position) for i in items] == [("Trade", 1), ("Custom item", 2)]
        assert items[0].talking_points.startswith("- raise customs")
        assert items[0].status == "ready"
        with pytest.raises(InvalidInputError, match="priority 'urgent'"):
            book.update_agenda_item(b.id, priority="urgent")
        with pytest.raises(InvalidInputError, match="unknown agenda field"):
            book.update_agenda_item(b.id, colour="red")
    with Book.open(tmp_path / "a.bbook") as book:
        assert [i.title for i in book.agenda()] == ["Trade", "Custom item"]


def test_recommendation_status_and_dated_notes(tmp_path):
    with Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01") as book:
        assert book.recommendation_state("wwc2005-x").status == "not_started"
        book.set_recommendation_status("wwc2005-x", "in_progress")
        book.add_recommendation_note("wwc2005-x", "Raised with counterpart", noted_on="2026-12-01")
        book.add_recommendation_note("wwc2005-x", "Agency input received", noted_on="2026-11-20")
        state = book.set_recommendation_status("wwc2005-x", "achieved")
        assert state.status == "achieved"
        assert [n.note for n in state.notes] == ["Agency input received", "Raised with counterpart"]
        assert state.notes[0].noted_on == dt.date(2026, 11, 20)
        with pytest.raises(InvalidInputError):
            book.set_recommendation_status("wwc2005-x", "maybe")


def test_checklist_due_dates_follow_the_summit_date(demo_book):
    items = demo_book.checklist()
    assert len(items) >= 15
    before = {i.id: i.due for i in items}
    assert all(i.due == dt.date(2027, 3, 1) + dt.timedelta(days=i.offset_days) for i in items)
    demo_book.update_summit(date="2027-04-15")
    after = {i.id: i.due for i in demo_book.checklist()}
    assert set(after) == set(before)
    assert all(after[k] - before[k] == dt.timedelta(days=45) for k in before)


def test_checklist_done_and_overdue(demo_book):
    first = demo_book.checklist()[0]
    today = first.due + dt.timedelta(days=1)
    assert first.is_overdue(today)
    done = demo_book.set_checklist_done(first.id, True, dt.datetime(2027, 1, 2, 9, 30, tzinfo=dt.timezone.utc))
    assert done.done and done.done_at.startswith("2027-01-02T09:30")
    assert not done.is_overdue(today)
    undone = demo_book.set_checklist_done(first.id, False)
    assert undone.done_at is None
    added = demo_book.add_checklist_item("Book interpreters", -10, owner="Protocol")
    assert added.due == dt.date(2027, 2, 19)


def test_newer_book_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "future.bbook"
    Book.create(path, title="T", date="2027-01-01").close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 5}")
    conn.commit()
    conn.close()
    digest = _sha(path)
    with pytest.raises(BookTooNewError, match="newer BriefingBook"):
        Book.open(path)
    assert _sha(path) == digest
    assert not (tmp_path / "future.bbook-wal").exists()


def test_random_file_is_not_a_book(tmp_path):
    path = tmp_path / "notes.bbook"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(NotABookError, match="not an SQLite database"):
        Book.open(path)
    empty = tmp_path / "empty.bbook"
    empty.write_bytes(b"")
    with pytest.raises(NotABookError):
        Book.open(empty)


def test_sqlite_file_that_is_not_a_book(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotABookError, match="not a BriefingBook book"):
        Book.open(path)


def test_missing_book(tmp_path):
    with pytest.raises(BookError, match="no such book"):
        Book.open(tmp_path / "nope.bbook")


def test_readonly_book_refuses_edits(demo_template):
    with Book.open(demo_template, readonly=True) as book:
        with pytest.raises(BookReadOnlyError):
            book.update_summit(title="Changed")
        assert book.summit().title == "Cumbre"


def test_failed_edit_rolls_back(tmp_path):
    with Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01") as book:
        item = book.add_agenda_item("A")
        with pytest.raises(sqlite3.IntegrityError):
            with book.transaction() as conn:  # an edit that fails half-way
                conn.execute("UPDATE agenda_items SET title = 'B' WHERE id = ?", (item.id,))
                conn.execute("UPDATE agenda_items SET priority = 'bogus' WHERE id = ?", (item.id,))
        assert book.agenda_item(item.id).title == "A"


def test_link_recommendations_to_agenda_items(tmp_path):
    with Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01") as book:
        item = book.add_agenda_item("Energy", issue_area="energy_for_infrastructure")
        assert book.link_recommendation(item.id, "wwc2005-a") == ["wwc2005-a"]
        assert book.link_recommendation(item.id, "wwc2005-a") == ["wwc2005-a"]
        book.link_recommendation(item.id, "outline2009-b")
        assert set(book.linked_recommendations(item.id)) == {"wwc2005-a", "outline2009-b"}
        assert book.unlink_recommendation(item.id, "wwc2005-a") == ["outline2009-b"]
        book.remove_agenda_item(item.id)
        assert book.connection.execute("SELECT count(*) FROM agenda_links").fetchone()[0] == 0


def test_remove_recommendation_note(tmp_path):
    with Book.create(tmp_path / "a.bbook", title="T", date="2027-01-01") as book:
        state = book.add_recommendation_note("r", "first")
        book.remove_recommendation_note(state.notes[0].id)
        assert book.recommendation_state("r").notes == ()
        with pytest.raises(Exception, match="no recommendation note"):
            book.remove_recommendation_note(999)
