"""Numbered schema steps for book files, recorded in ``PRAGMA user_version``.

Each step is a function with a docstring saying what it changes; ``migrate`` runs the steps a
book lacks, each in its own transaction together with the version bump, so a crash leaves the
book at the previous version. A book whose version is above ``CURRENT_VERSION`` was written by
a newer BriefingBook and is refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from briefingbook.core.errors import BookTooNewError

# Row ids of the book's full-text index are offset per kind so triggers can address them.
FTS_OFFSET = {"agenda": 0, "checklist": 1_000_000_000, "note": 2_000_000_000, "agenda_version": 3_000_000_000}


def _v1_initial(conn: sqlite3.Connection) -> None:
    """Initial schema: book info, summit, agenda items with their brief, recommendation
    status and dated notes, checklist items relative to the summit date, and a full-text
    index of the user's text (kept current by triggers)."""
    statements = [
        """CREATE TABLE book_info (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL)""",
        """CREATE TABLE summit (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL,
            delegation TEXT NOT NULL DEFAULT '',
            marking TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL,
            issue_area TEXT,
            title TEXT NOT NULL,
            priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
            status TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'in_preparation', 'ready', 'done')),
            objectives TEXT NOT NULL DEFAULT '',
            talking_points TEXT NOT NULL DEFAULT '',
            their_objectives TEXT NOT NULL DEFAULT '',
            our_response TEXT NOT NULL DEFAULT '',
            press_line TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX agenda_items_position ON agenda_items (position)",
        """CREATE TABLE recommendation_status (
            recommendation_id TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'achieved', 'set_aside')),
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE recommendation_notes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            recommendation_id TEXT NOT NULL,
            noted_on TEXT NOT NULL,
            note TEXT NOT NULL,
            created_at TEXT NOT NULL)""",
        "CREATE INDEX recommendation_notes_rec ON recommendation_notes (recommendation_id)",
        """CREATE TABLE checklist_items (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            template_id TEXT,
            phase TEXT NOT NULL,
            phase_title TEXT NOT NULL DEFAULT '',
            offset_days INTEGER NOT NULL,
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            done_at TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX checklist_items_due ON checklist_items (offset_days, position)",
        """CREATE VIRTUAL TABLE book_fts USING fts5(
            kind UNINDEXED, ref_id UNINDEXED, title, body,
            tokenize = 'unicode61 remove_diacritics 2')""",
    ]
    agenda_body = ("new.objectives || ' ' || new.talking_points || ' ' || new.their_objectives || ' ' || "
                   "new.our_response || ' ' || new.press_line || ' ' || new.notes")
    fts_sources = {
        # kind: (table, title expression, body expression)
        "agenda": ("agenda_items", "new.title", agenda_body),
        "checklist": ("checklist_items", "new.title", "new.owner || ' ' || new.notes || ' ' || new.phase_title"),
        "note": ("recommendation_notes", "new.recommendation_id", "new.note"),
    }
    for kind, (table, title, body) in fts_sources.items():
        offset = FTS_OFFSET[kind]
        insert = (f"INSERT INTO book_fts (rowid, kind, ref_id, title, body) "
                  f"VALUES (new.id + {offset}, '{kind}', new.id, {title}, {body});")
        statements += [
            f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
            f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM book_fts WHERE rowid = old.id + {offset}; {insert} END",
            f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM book_fts WHERE rowid = old.id + {offset}; END",
        ]
    for statement in statements:
        conn.execute(statement)


def _v2_packet_exports(conn: sqlite3.Connection) -> None:
    """Log of exported briefing packets: when, version number (v1, v2, …), format,
    language, sections, marking, file name and the file's sha256."""
    conn.execute("""CREATE TABLE packet_exports (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        exported_at TEXT NOT NULL,
        format TEXT NOT NULL,
        language TEXT NOT NULL,
        sections TEXT NOT NULL DEFAULT '[]',
        marking TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL)""")


def _v3_imported_series(conn: sqlite3.Connection) -> None:
    """Indicator series the user imports into the book, with provenance, and their values
    per vintage (each re-import of a series keeps the earlier values as an older vintage)."""
    conn.execute("""CREATE TABLE book_series (
        slug TEXT PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        source TEXT NOT NULL,
        series_code TEXT NOT NULL DEFAULT '',
        frequency TEXT NOT NULL,
        aggregation TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""")
    conn.execute("""CREATE TABLE book_series_vintages (
        series_slug TEXT NOT NULL REFERENCES book_series (slug) ON DELETE CASCADE,
        vintage INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        as_of TEXT NOT NULL DEFAULT '',
        layout TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        observations INTEGER NOT NULL,
        PRIMARY KEY (series_slug, vintage))""")
    conn.execute("""CREATE TABLE book_observations (
        series_slug TEXT NOT NULL,
        vintage INTEGER NOT NULL,
        period TEXT NOT NULL,
        country TEXT NOT NULL,
        value REAL NOT NULL,
        PRIMARY KEY (series_slug, vintage, country, period),
        FOREIGN KEY (series_slug, vintage) REFERENCES book_series_vintages (series_slug, vintage)
            ON DELETE CASCADE)""")


def _v4_agenda_links(conn: sqlite3.Connection) -> None:
    """Recommendations the user links to an agenda item beyond those of its issue area."""
    conn.execute("""CREATE TABLE agenda_links (
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        recommendation_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (agenda_item_id, recommendation_id))""")


def _v5_agenda_item_versions(conn: sqlite3.Connection) -> None:
    """The brief of an agenda item in the book's other language (English or Spanish), field by
    field, for bilingual packets; indexed for search like the item's own text."""
    conn.execute("""CREATE TABLE agenda_item_versions (
        id INTEGER PRIMARY KEY,
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (language IN ('en', 'es')),
        field TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (agenda_item_id, language, field))""")
    offset = FTS_OFFSET["agenda_version"]
    insert = (f"INSERT INTO book_fts (rowid, kind, ref_id, title, body) "
              f"VALUES (new.id + {offset}, 'agenda', new.agenda_item_id, '', new.text);")
    conn.execute(f"CREATE TRIGGER agenda_item_versions_fts_insert AFTER INSERT ON agenda_item_versions "
                 f"BEGIN {insert} END")
    conn.execute(f"CREATE TRIGGER agenda_item_versions_fts_update AFTER UPDATE ON agenda_item_versions BEGIN "
                 f"DELETE FROM book_fts WHERE rowid = old.id + {offset}; {insert} END")
    conn.execute(f"CREATE TRIGGER agenda_item_versions_fts_delete AFTER DELETE ON agenda_item_versions BEGIN "
                 f"DELETE FROM book_fts WHERE rowid = old.id + {offset}; END")


MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1_initial),
    (2, _v2_packet_exports),
    (3, _v3_imported_series),
    (4, _v4_agenda_links),
    (5, _v5_agenda_item_versions),
]
CURRENT_VERSION = MIGRATIONS[-1][0]


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check_version(conn: sqlite3.Connection, name: str) -> int:
    """The book's version; raises BookTooNewError (writing nothing) when it is too new."""
    version = user_version(conn)
    if version > CURRENT_VERSION:
        raise BookTooNewError(
            f"{name} was saved by a newer BriefingBook (book format {version}; this version reads up to "
            f"format {CURRENT_VERSION}). Update BriefingBook to open it; the file was not changed."
        )
    return version


def migrate(conn: sqlite3.Connection, name: str) -> list[int]:
    """Bring the book up to CURRENT_VERSION; returns the versions applied."""
    version = check_version(conn, name)
    applied = []
    for target, step in MIGRATIONS:
        if version >= target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(target)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        version = target
        applied.append(target)
    return applied
