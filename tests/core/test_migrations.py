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
