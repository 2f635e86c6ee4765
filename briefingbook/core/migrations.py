"""Numbered schema steps for book files, recorded in ``PRAGMA user_version``.

Each step is a function with a docstring saying what it changes; ``migrate`` runs the steps a
book lacks, each in its own transaction together with the version bump, so a crash leaves the
book at the previous version. A book whose version is above ``CURRENT_VERSION`` was written by
a newer BriefingBook and is refused before anything is written to it.

A landed step is frozen: its SQL is written out here (or, when long, in ``core/schema/``) and
never depends on live code such as ``history.TRACKED``, so a book upgraded today gets exactly
what a book created on the day the step landed got. Adding a step: append ``(N, _vN_name)``
below, add the fixture book of format N (``tests/fixtures/books/README.md``), and note it in
CHANGELOG.md. ``tests/core/test_fixture_books.py`` upgrades a real book of every earlier format
and compares its schema with a new book's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from briefingbook.core.errors import BookTooNewError
from briefingbook.core.schema import v7_change_log, v8_principal_book, v10_principal_search, v11_press_record_status

# Row ids of the book's full-text index are offset per kind so triggers can address them.
FTS_OFFSET = {
    "agenda": 0,
    "checklist": 1_000_000_000,
    "note": 2_000_000_000,
    "agenda_version": 3_000_000_000,
    # step 6: the summit program, people, press guidance and deliverables
    "program": 4_000_000_000,
    "person": 5_000_000_000,
    "press": 6_000_000_000,
    "topline": 7_000_000_000,
    "deliverable": 8_000_000_000,
    # step 10: the principal's book (scene-setter parts, meeting memos, scenario steps, remarks)
    "scene": 9_000_000_000,
    "memo": 10_000_000_000,
    "scenario": 11_000_000_000,
    "remark": 12_000_000_000,
}


# Frozen with steps 1, 5 and 6, whose SQL it writes: never change what it returns (a new step
# may call it for a new table, or write its own SQL).
def _fts_triggers(table: str, offset: int, kind: str, ref_id: str, title: str, body: str) -> list[str]:
    """Triggers keeping the book's full-text index (``book_fts``) in step with ``table``: each
    row is indexed under row id ``new.id + offset`` as ``kind`` pointing at ``ref_id``."""
    insert = (
        f"INSERT INTO book_fts (rowid, kind, ref_id, title, body) "
        f"VALUES (new.id + {offset}, '{kind}', {ref_id}, {title}, {body});"
    )
    return [
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
        f"DELETE FROM book_fts WHERE rowid = old.id + {offset}; {insert} END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM book_fts WHERE rowid = old.id + {offset}; END",
    ]


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
    agenda_body = (
        "new.objectives || ' ' || new.talking_points || ' ' || new.their_objectives || ' ' || "
        "new.our_response || ' ' || new.press_line || ' ' || new.notes"
    )
    fts_sources = {
        # kind: (table, title expression, body expression)
        "agenda": ("agenda_items", "new.title", agenda_body),
        "checklist": ("checklist_items", "new.title", "new.owner || ' ' || new.notes || ' ' || new.phase_title"),
        "note": ("recommendation_notes", "new.recommendation_id", "new.note"),
    }
    for kind, (table, title, body) in fts_sources.items():
        statements += _fts_triggers(table, FTS_OFFSET[kind], kind, "new.id", title, body)
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
    for statement in _fts_triggers(
        "agenda_item_versions", FTS_OFFSET["agenda_version"], "agenda", "new.agenda_item_id", "''", "new.text"
    ):
        conn.execute(statement)


def _v6_program_people_press(conn: sqlite3.Connection) -> None:
    """The summit program, people, press guidance and deliverables (issue 11).

    ``summit_settings`` holds the summit's IANA time zone (``summit_zone``) and the home one
    (``home_zone``) as key/value rows, beside the core's ``summit`` table rather than in it.
    ``program_events`` (day, start time and duration in the summit's zone, kind, title, place,
    notes) link to ``people`` and ``agenda_items``; ``people`` may carry a photo (PNG or JPEG
    bytes, stored in the book); ``press_qa`` (question, agreed answer, marking) and
    ``press_top_lines`` belong to an agenda item; ``deliverables`` link to agenda items and
    recommendations. Every table, link tables included, has an INTEGER id, a unique uuid and
    created_at/updated_at (books are later merged by uuid). Program events, people, Q&A, top
    lines and deliverables are indexed in ``book_fts`` with kinds program, person, press,
    topline and deliverable (row ids offset per kind, as in step 1)."""
    stamps = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"
    statements = [
        f"""CREATE TABLE summit_settings (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL UNIQUE, value TEXT NOT NULL, {stamps})""",
        f"""CREATE TABLE people (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
            name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',
            side TEXT NOT NULL DEFAULT 'us' CHECK (side IN ('us', 'mexico', 'other')),
            role TEXT NOT NULL DEFAULT '', bio TEXT NOT NULL DEFAULT '', talking_notes TEXT NOT NULL DEFAULT '',
            pronunciation TEXT NOT NULL DEFAULT '', photo BLOB, photo_type TEXT, {stamps})""",
        f"""CREATE TABLE program_events (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, position INTEGER NOT NULL DEFAULT 0,
            day TEXT NOT NULL, start_time TEXT NOT NULL, duration_minutes INTEGER NOT NULL DEFAULT 60
                CHECK (duration_minutes >= 0),
            kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('bilateral_meeting', 'plenary', 'working_lunch',
                'press_conference', 'signing', 'travel', 'other')),
            title TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', {stamps})""",
        "CREATE INDEX program_events_when ON program_events (day, start_time, position)",
        f"""CREATE TABLE program_event_people (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES program_events (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE, {stamps},
            UNIQUE (event_id, person_id))""",
        f"""CREATE TABLE program_event_agenda (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES program_events (id) ON DELETE CASCADE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE, {stamps},
            UNIQUE (event_id, agenda_item_id))""",
        f"""CREATE TABLE press_qa (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '',
            marking TEXT NOT NULL DEFAULT 'on_record' CHECK (marking IN ('on_record', 'background', 'do_not_raise')),
            prompt INTEGER NOT NULL DEFAULT 0, {stamps})""",
        "CREATE INDEX press_qa_item ON press_qa (agenda_item_id, position)",
        f"""CREATE TABLE press_top_lines (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_items (id) ON DELETE CASCADE,
            text TEXT NOT NULL DEFAULT '', {stamps})""",
        f"""CREATE TABLE deliverables (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'agreement' CHECK (kind IN ('agreement', 'joint_statement', 'other')),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed', 'signed')),
            owner TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
            suggested_by TEXT NOT NULL DEFAULT '', {stamps})""",
        f"""CREATE TABLE deliverable_agenda (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            deliverable_id INTEGER NOT NULL REFERENCES deliverables (id) ON DELETE CASCADE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE, {stamps},
            UNIQUE (deliverable_id, agenda_item_id))""",
        f"""CREATE TABLE deliverable_recommendations (
            id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
            deliverable_id INTEGER NOT NULL REFERENCES deliverables (id) ON DELETE CASCADE,
            recommendation_id TEXT NOT NULL, {stamps},
            UNIQUE (deliverable_id, recommendation_id))""",
    ]
    fts_sources = {
        # kind: (table, ref_id expression, title expression, body expression)
        "program": ("program_events", "new.id", "new.title", "new.place || ' ' || new.notes || ' ' || new.day"),
        "person": (
            "people",
            "new.id",
            "new.name",
            "new.title || ' ' || new.organisation || ' ' || new.role || ' ' || new.bio || ' ' || "
            "new.talking_notes || ' ' || new.pronunciation",
        ),
        "press": ("press_qa", "new.id", "new.question", "new.answer"),
        "topline": (
            "press_top_lines",
            "new.agenda_item_id",
            "coalesce((SELECT title FROM agenda_items WHERE id = new.agenda_item_id), '')",
            "new.text",
        ),
        "deliverable": ("deliverables", "new.id", "new.title", "new.owner || ' ' || new.notes"),
    }
    for kind, (table, ref_id, title, body) in fts_sources.items():
        statements += _fts_triggers(table, FTS_OFFSET[kind], kind, ref_id, title, body)
    for statement in statements:
        conn.execute(statement)


def _v7_change_log(conn: sqlite3.Connection) -> None:
    """The append-only change log (issue 10): ``change_log`` with one row per insert, changed
    field and delete of the user's content, kept by triggers on the tables ``core/history.py``
    tracked when format 7 landed; ``change_context`` (the author and edit id the session sets, and
    whether changes are being recorded); ``merge_conflicts`` left for the user by a merge; and the
    log position of each packet export (``packet_exports.change_log_id``) for "changes since".
    The SQL is frozen in ``core/schema/v7_change_log.py``."""
    for statement in v7_change_log.STATEMENTS:
        conn.execute(statement)


def _v8_principal_book(conn: sqlite3.Connection) -> None:
    """The principal's book (issue 21): the scene-setter (``scene_setter``, one text per headed
    part), meeting memos of program events (``meeting_memos`` with ``meeting_memo_people``,
    ``meeting_memo_agenda`` and ``meeting_memo_deliverables``: participants with roles, agenda items
    and deliverables linked in order), scenario steps of events (``scenario_steps``, timed as
    minutes from the event's start so they move with it), remarks (``remarks``, linked to an event
    by ``remark_events``) and ``people.last_met``; with their change-log triggers (and ``people``'s,
    recreated for the new field). The SQL is frozen in ``core/schema/v8_principal_book.py``."""
    for statement in v8_principal_book.STATEMENTS:
        conn.execute(statement)


def _v9_packet_reference(conn: sqlite3.Connection) -> None:
    """Which reference content each packet was exported with (issue 22): its name, version and
    the sha256 of its database (the bundled one or an installed reference pack). Earlier exports
    keep empty values: the content they used was not recorded."""
    for column in ("reference_name", "reference_version", "reference_sha256"):
        conn.execute(f"ALTER TABLE packet_exports ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _v10_principal_search(conn: sqlite3.Connection) -> None:
    """The principal's book in the full-text index (issue 21): scene-setter parts, meeting memos
    (objectives, what they raise, notes; titled by their event), scenario steps (what happens, who)
    and remarks (occasion, speaker, text) as ``book_fts`` kinds scene, memo, scenario and remark,
    kept by triggers; the rows the book already has are indexed. The SQL is frozen in
    ``core/schema/v10_principal_search.py``."""
    for statement in v10_principal_search.STATEMENTS:
        conn.execute(statement)


def _v11_press_record_status(conn: sqlite3.Connection) -> None:
    """A press question may have no record status yet (issue 18): ``press_qa.marking`` accepts ``''``
    ("not chosen") and defaults to it. The table is rebuilt with the same rows (SQLite cannot change
    a CHECK in place); stored statuses are kept, except on demo placeholders never edited
    (``prompt = 1``), whose ``on_record`` was only the old default: they get no status. The SQL is
    frozen in ``core/schema/v11_press_record_status.py``."""
    for statement in v11_press_record_status.STATEMENTS:
        conn.execute(statement)


MIGRATIONS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _v1_initial),
    (2, _v2_packet_exports),
    (3, _v3_imported_series),
    (4, _v4_agenda_links),
    (5, _v5_agenda_item_versions),
    (6, _v6_program_people_press),
    (7, _v7_change_log),
    (8, _v8_principal_book),
    (9, _v9_packet_reference),
    (10, _v10_principal_search),
    (11, _v11_press_record_status),
]
CURRENT_VERSION = MIGRATIONS[-1][0]


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


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
