"""Schema steps: each documented, applied in order, each with its version bump."""

from __future__ import annotations

import sqlite3

from briefingbook.core import migrations


def test_every_step_has_a_docstring_and_increasing_number():
    numbers = [n for n, _ in migrations.MIGRATIONS]
    assert numbers == sorted(numbers) == list(range(1, len(numbers) + 1))
    for _, step in migrations.MIGRATIONS:
        assert step.__doc__ and len(step.__doc__.strip()) > 20


def test_migrate_from_empty_reaches_current(tmp_path):
    conn = sqlite3.connect(tmp_path / "b.sqlite", isolation_level=None)
    assert migrations.migrate(conn, "b") == [n for n, _ in migrations.MIGRATIONS]
    assert migrations.user_version(conn) == migrations.CURRENT_VERSION
    assert migrations.migrate(conn, "b") == []
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "book_info",
        "summit",
        "agenda_items",
        "checklist_items",
        "recommendation_status",
        "recommendation_notes",
        "book_fts",
    } <= tables


def test_v1_fts_triggers_follow_edits(tmp_path):
    conn = sqlite3.connect(tmp_path / "b.sqlite", isolation_level=None)
    migrations.migrate(conn, "b")
    conn.execute(
        "INSERT INTO agenda_items (uuid, position, title, notes, created_at, updated_at) "
        "VALUES ('u', 0, 'Energía', 'gasoducto', 'now', 'now')"
    )
    assert conn.execute("SELECT count(*) FROM book_fts WHERE book_fts MATCH 'energia'").fetchone()[0] == 1
    conn.execute("UPDATE agenda_items SET title = 'Agua'")
    assert conn.execute("SELECT count(*) FROM book_fts WHERE book_fts MATCH 'energia'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM book_fts WHERE book_fts MATCH 'agua'").fetchone()[0] == 1
    conn.execute("DELETE FROM agenda_items")
    assert conn.execute("SELECT count(*) FROM book_fts").fetchone()[0] == 0


def test_v11_press_questions_keep_their_status_but_untouched_placeholders_get_none(tmp_path):
    """Format 11 lets a press question have no record status; a format-10 book keeps every status
    the user stored, but demo placeholders never edited (``prompt = 1``) lose the old default."""
    conn = sqlite3.connect(tmp_path / "b.sqlite", isolation_level=None)
    steps = migrations.MIGRATIONS
    migrations.MIGRATIONS = [s for s in steps if s[0] <= 10]
    try:
        migrations.migrate(conn, "b")
    finally:
        migrations.MIGRATIONS = steps
    assert migrations.user_version(conn) == 10
    conn.execute(
        "INSERT INTO agenda_items (id, uuid, position, title, created_at, updated_at) VALUES (7, 'a', 0, 'Agua', 'n', 'n')"
    )
    rows = [  # id, question, marking, prompt: the placeholder's on_record is format 10's default
        (11, "¿Habrá tratado?", None, 1),
        (12, "Visas?", "background", 0),
        (13, "Tariffs?", None, 0),
        (14, "Edited prompt", "do_not_raise", 0),
    ]
    for qid, text, marking, prompt in rows:
        columns = "id, uuid, agenda_item_id, position, question, prompt, created_at, updated_at" + (
            ", marking" if marking else ""
        )
        values = [qid, f"q{qid}", 7, qid, text, prompt, "n", "n"] + ([marking] if marking else [])
        conn.execute(f"INSERT INTO press_qa ({columns}) VALUES ({', '.join('?' * len(values))})", values)
    logged = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert migrations.migrate(conn, "b") == [n for n, _ in migrations.MIGRATIONS if n >= 11]
    got = dict(conn.execute("SELECT question, marking FROM press_qa ORDER BY id").fetchall())
    assert got == {
        "¿Habrá tratado?": "",
        "Visas?": "background",
        "Tariffs?": "on_record",
        "Edited prompt": "do_not_raise",
    }
    assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == logged  # not an edit of the user's
    # same ids: the full-text index still finds them, and follows later edits
    assert conn.execute("SELECT ref_id FROM book_fts WHERE book_fts MATCH 'tratado'").fetchall() == [(11,)]
    conn.execute("UPDATE press_qa SET question = 'Water minute?' WHERE id = 11")
    assert conn.execute("SELECT ref_id FROM book_fts WHERE book_fts MATCH 'minute'").fetchall() == [(11,)]
    assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == logged + 1  # the log triggers are back
    conn.execute(
        "INSERT INTO press_qa (uuid, agenda_item_id, position, question, created_at, updated_at) "
        "VALUES ('q20', 7, 20, 'New', 'n', 'n')"
    )
    assert conn.execute("SELECT marking FROM press_qa WHERE uuid = 'q20'").fetchone() == ("",)
