"""The user's briefing book: one SQLite file (``*.bbook``) the user owns.

Every edit is its own committed transaction (there is no "unsaved changes" state); the book
runs in WAL mode with ``synchronous=FULL``. New books are written under a temporary name and
renamed into place, so a crash never leaves half a book behind. Opening checks that the file
is a book, that its format is not newer than this version knows, and that SQLite finds it
sound, before anything is written to it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
import uuid as uuidlib
from collections.abc import Callable, Iterator
from pathlib import Path

from briefingbook import __version__
from briefingbook.core import migrations
from briefingbook.core.checklist import Template, due_date
from briefingbook.core.errors import BookError, BookReadOnlyError, InvalidInputError, NotABookError, NotFoundError
from briefingbook.core.model import (
    AGENDA_PRIORITIES,
    AGENDA_STATUSES,
    BRIEF_FIELDS,
    LANGUAGES,
    RECOMMENDATION_STATUSES,
    AgendaItem,
    ChecklistItem,
    RecommendationNote,
    RecommendationState,
    Summit,
)

SQLITE_HEADER = b"SQLite format 3\x00"
BOOK_SUFFIX = ".bbook"
SUMMIT_FIELDS = ("title", "place", "date", "delegation", "marking", "language")
AGENDA_FIELDS = ("title", "priority", "status", *BRIEF_FIELDS)
CHECKLIST_FIELDS = ("title", "owner", "notes", "offset_days", "phase", "phase_title")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _uuid() -> str:
    return str(uuidlib.uuid4())


def parse_date(text: str | dt.date) -> dt.date:
    """An ISO date (YYYY-MM-DD), or InvalidInputError naming the bad value."""
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InvalidInputError(f"date {text!r} is not a valid date in the form YYYY-MM-DD") from None


def _check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInputError(f"language {language!r} must be one of: {', '.join(LANGUAGES)}")
    return language


def sniff(path: Path) -> None:
    """Raise a clear BookError unless ``path`` exists and starts like an SQLite database."""
    if not path.exists():
        raise BookError(f"{path}: no such book file")
    if path.is_dir():
        raise NotABookError(f"{path} is a folder, not a BriefingBook book")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BookError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if header != SQLITE_HEADER:
        raise NotABookError(f"{path} is not a BriefingBook book (it is not an SQLite database)")


class Book:
    """An open book. Use ``Book.open`` / ``Book.create``; close it (or use ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool) -> None:
        self._conn = conn
        self.path = path
        self.readonly = readonly

    # -- opening and creating ----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, readonly: bool = False) -> "Book":
        path = Path(path)
        sniff(path)
        mode = "ro" if readonly else "rw"
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True,
                                   isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise BookError(f"{path}: cannot be opened ({exc})") from exc
        conn.row_factory = sqlite3.Row
        try:
            cls._verify(conn, path)
            if not readonly:
                migrations.migrate(conn, path.name)
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise NotABookError(f"{path} is damaged or not a BriefingBook book ({exc})") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, readonly)

    @staticmethod
    def _verify(conn: sqlite3.Connection, path: Path) -> None:
        """Checks that write nothing: format version, book shape, and SQLite's quick check."""
        version = migrations.check_version(conn, path.name)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version == 0 or "book_info" not in tables or "summit" not in tables:
            raise NotABookError(f"{path} is an SQLite database but not a BriefingBook book")
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise BookError(f"{path} is damaged (SQLite reports: {result}); it was not changed")

    @classmethod
    def create(cls, path: str | os.PathLike, *, title: str, date: str | dt.date, place: str = "",
               delegation: str = "", marking: str = "", language: str = "en", overwrite: bool = False,
               populate: Callable[["Book"], None] | None = None) -> "Book":
        """Write a new book at ``path`` and open it.

        The book is built under a temporary name in the same folder (``populate`` may fill it
        there) and renamed into place only when complete, so no half-made book is ever seen.
        """
        path = Path(path)
        title = title.strip()
        if not title:
            raise InvalidInputError("a book needs a summit title")
        summit_date = parse_date(date)
        _check_language(language)
        if path.exists() and not overwrite:
            raise BookError(f"{path} already exists; choose another name (nothing was changed)")
        if not path.parent.is_dir():
            raise BookError(f"{path.parent}: no such folder")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            tmp.unlink()  # sqlite creates the file itself
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                migrations.migrate(conn, path.name)
                now = _now()
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("INSERT INTO book_info (key, value) VALUES (?, ?)", [
                    ("uuid", _uuid()), ("created_at", now), ("created_by", f"BriefingBook {__version__}")])
                conn.execute(
                    "INSERT INTO summit (id, title, place, date, delegation, marking, language, updated_at) "
                    "VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                    (title, place.strip(), summit_date.isoformat(), delegation.strip(), marking.strip(), language, now))
                conn.execute("COMMIT")
            finally:
                conn.close()
            if populate is not None:
                with cls.open(tmp) as draft:
                    populate(draft)
            # Leave the file self-contained (WAL folded in) before it takes its real name.
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()
            os.replace(tmp, path)
        except sqlite3.Error as exc:
            raise BookError(f"{path}: cannot be created ({exc})") from exc
        finally:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
        return cls.open(path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Book":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction per edit (for core modules that own a part of the book)."""
        if self.readonly:
            raise BookReadOnlyError(f"{self.path.name} is open read-only; the change was not saved")
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @property
    def connection(self) -> sqlite3.Connection:
        """For core modules (search, checks) only; the UI never runs SQL."""
        return self._conn

    def info(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._conn.execute("SELECT key, value FROM book_info")}

    @property
    def uuid(self) -> str:
        return self.info()["uuid"]

    def integrity_check(self) -> str:
        """SQLite's full integrity check: ``"ok"`` or the first problem found."""
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0]

    # -- summit ---------------------------------------------------------------------------------
    def summit(self) -> Summit:
        r = self._conn.execute("SELECT * FROM summit WHERE id = 1").fetchone()
        return Summit(r["title"], r["place"], dt.date.fromisoformat(r["date"]), r["delegation"], r["marking"],
                      r["language"])

    def update_summit(self, **fields) -> Summit:
        unknown = set(fields) - set(SUMMIT_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown summit field(s): {', '.join(sorted(unknown))}")
        if "date" in fields:
            fields["date"] = parse_date(fields["date"]).isoformat()
        if "language" in fields:
            _check_language(fields["language"])
        if "title" in fields and not str(fields["title"]).strip():
            raise InvalidInputError("the summit title cannot be empty")
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            with self.transaction() as conn:
                conn.execute(f"UPDATE summit SET {assignments}, updated_at = ? WHERE id = 1",
                             (*fields.values(), _now()))
        return self.summit()

    # -- agenda ---------------------------------------------------------------------------------
    @staticmethod
    def _agenda_item(r: sqlite3.Row) -> AgendaItem:
        return AgendaItem(r["id"], r["uuid"], r["position"], r["issue_area"], r["title"], r["priority"], r["status"],
                          *(r[name] for name in BRIEF_FIELDS))

    def agenda(self) -> list[AgendaItem]:
        rows = self._conn.execute("SELECT * FROM agenda_items ORDER BY position, id")
        return [self._agenda_item(r) for r in rows]

    def agenda_item(self, item_id: int) -> AgendaItem:
        r = self._conn.execute("SELECT * FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
        if r is None:
            raise NotFoundError(f"no agenda item {item_id}")
        return self._agenda_item(r)

    def add_agenda_item(self, title: str, issue_area: str | None = None, priority: str = "medium",
                        **brief: str) -> AgendaItem:
        """Append an item to the agenda (``issue_area`` is a reference slug, None for a custom item)."""
        if not title.strip():
            raise InvalidInputError("an agenda item needs a title")
        self._check_choice("priority", priority, AGENDA_PRIORITIES)
        unknown = set(brief) - set(BRIEF_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown brief field(s): {', '.join(sorted(unknown))}")
        now = _now()
        with self.transaction() as conn:
            position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM agenda_items").fetchone()[0]
            columns = ["uuid", "position", "issue_area", "title", "priority", *brief, "created_at", "updated_at"]
            values = [_uuid(), position, issue_area, title.strip(), priority, *brief.values(), now, now]
            cur = conn.execute(f"INSERT INTO agenda_items ({', '.join(columns)}) "
                               f"VALUES ({', '.join('?' * len(columns))})", values)
        return self.agenda_item(cur.lastrowid)

    def update_agenda_item(self, item_id: int, **fields: str) -> AgendaItem:
        unknown = set(fields) - set(AGENDA_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown agenda field(s): {', '.join(sorted(unknown))}")
        if "priority" in fields:
            self._check_choice("priority", fields["priority"], AGENDA_PRIORITIES)
        if "status" in fields:
            self._check_choice("status", fields["status"], AGENDA_STATUSES)
        if "title" in fields and not fields["title"].strip():
            raise InvalidInputError("an agenda item needs a title")
        self.agenda_item(item_id)
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            with self.transaction() as conn:
                conn.execute(f"UPDATE agenda_items SET {assignments}, updated_at = ? WHERE id = ?",
                             (*fields.values(), _now(), item_id))
        return self.agenda_item(item_id)

    def remove_agenda_item(self, item_id: int) -> None:
        self.agenda_item(item_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))
            self._renumber(conn)

    def move_agenda_item(self, item_id: int, new_index: int) -> list[AgendaItem]:
        """Put the item at ``new_index`` (0-based, clamped) in agenda order."""
        order = [item.id for item in self.agenda()]
        if item_id not in order:
            raise NotFoundError(f"no agenda item {item_id}")
        order.remove(item_id)
        order.insert(max(0, min(new_index, len(order))), item_id)
        with self.transaction() as conn:
            conn.executemany("UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ?",
                             [(pos, _now(), i) for pos, i in enumerate(order)])
        return self.agenda()

    @staticmethod
    def _renumber(conn: sqlite3.Connection) -> None:
        ids = [r[0] for r in conn.execute("SELECT id FROM agenda_items ORDER BY position, id")]
        conn.executemany("UPDATE agenda_items SET position = ? WHERE id = ?", list(enumerate(ids)))

    @staticmethod
    def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            raise InvalidInputError(f"{name} {value!r} must be one of: {', '.join(allowed)}")

    def link_recommendation(self, item_id: int, rec_id: str) -> list[str]:
        """Attach a recommendation to an agenda item (beyond its issue area's own); idempotent."""
        self.agenda_item(item_id)
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO agenda_links (agenda_item_id, recommendation_id, created_at) "
                         "VALUES (?, ?, ?)", (item_id, rec_id, _now()))
        return self.linked_recommendations(item_id)

    def unlink_recommendation(self, item_id: int, rec_id: str) -> list[str]:
        with self.transaction() as conn:
            conn.execute("DELETE FROM agenda_links WHERE agenda_item_id = ? AND recommendation_id = ?",
                         (item_id, rec_id))
        return self.linked_recommendations(item_id)

    def linked_recommendations(self, item_id: int) -> list[str]:
        rows = self._conn.execute("SELECT recommendation_id FROM agenda_links WHERE agenda_item_id = ? "
                                  "ORDER BY created_at, recommendation_id", (item_id,))
        return [r[0] for r in rows]

    # -- recommendation status ------------------------------------------------------------------
    def recommendation_state(self, rec_id: str) -> RecommendationState:
        r = self._conn.execute("SELECT status FROM recommendation_status WHERE recommendation_id = ?",
                               (rec_id,)).fetchone()
        notes = tuple(
            RecommendationNote(n["id"], n["recommendation_id"], dt.date.fromisoformat(n["noted_on"]), n["note"])
            for n in self._conn.execute(
                "SELECT * FROM recommendation_notes WHERE recommendation_id = ? ORDER BY noted_on, id", (rec_id,))
        )
        return RecommendationState(rec_id, r["status"] if r else "not_started", notes)

    def recommendation_statuses(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT recommendation_id, status FROM recommendation_status")}

    def set_recommendation_status(self, rec_id: str, status: str) -> RecommendationState:
        self._check_choice("status", status, RECOMMENDATION_STATUSES)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO recommendation_status (recommendation_id, status, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (recommendation_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
                (rec_id, status, _now()))
        return self.recommendation_state(rec_id)

    def add_recommendation_note(self, rec_id: str, note: str, noted_on: str | dt.date | None = None) -> RecommendationState:
        if not note.strip():
            raise InvalidInputError("a note cannot be empty")
        day = parse_date(noted_on) if noted_on else dt.date.today()
        with self.transaction() as conn:
            conn.execute("INSERT INTO recommendation_notes (uuid, recommendation_id, noted_on, note, created_at) "
                         "VALUES (?, ?, ?, ?, ?)", (_uuid(), rec_id, day.isoformat(), note.strip(), _now()))
        return self.recommendation_state(rec_id)

    def note_recommendation_id(self, note_id: int) -> str:
        """The recommendation a dated note belongs to."""
        row = self._conn.execute("SELECT recommendation_id FROM recommendation_notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no recommendation note {note_id}")
        return row[0]

    def remove_recommendation_note(self, note_id: int) -> None:
        with self.transaction() as conn:
            if conn.execute("DELETE FROM recommendation_notes WHERE id = ?", (note_id,)).rowcount == 0:
                raise NotFoundError(f"no recommendation note {note_id}")

    # -- checklist ------------------------------------------------------------------------------
    def checklist(self) -> list[ChecklistItem]:
        """Every item with its due date from the current summit date, in due order."""
        summit_date = self.summit().date
        rows = self._conn.execute("SELECT * FROM checklist_items ORDER BY offset_days, position, id")
        return [
            ChecklistItem(r["id"], r["uuid"], r["template_id"], r["phase"], r["phase_title"], r["offset_days"],
                          r["title"], r["owner"], r["position"], r["done_at"], r["notes"],
                          due_date(summit_date, r["offset_days"]))
            for r in rows
        ]

    def checklist_item(self, item_id: int) -> ChecklistItem:
        for item in self.checklist():
            if item.id == item_id:
                return item
        raise NotFoundError(f"no checklist item {item_id}")

    def add_checklist_item(self, title: str, offset_days: int, phase: str = "custom", phase_title: str = "",
                           owner: str = "", template_id: str | None = None) -> ChecklistItem:
        if not title.strip():
            raise InvalidInputError("a checklist item needs a title")
        now = _now()
        with self.transaction() as conn:
            position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM checklist_items").fetchone()[0]
            cur = conn.execute(
                "INSERT INTO checklist_items (uuid, template_id, phase, phase_title, offset_days, title, owner, "
                "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_uuid(), template_id, phase, phase_title, int(offset_days), title.strip(), owner.strip(), position,
                 now, now))
        return self.checklist_item(cur.lastrowid)

    def apply_checklist_template(self, template: Template, language: str | None = None) -> int:
        """Add every template item not yet in the book (one transaction); returns how many were added."""
        lang = language or self.summit().language
        present = {r[0] for r in self._conn.execute("SELECT template_id FROM checklist_items WHERE template_id IS NOT NULL")}
        now = _now()
        rows = []
        with self.transaction() as conn:
            position = conn.execute("SELECT coalesce(max(position) + 1, 0) FROM checklist_items").fetchone()[0]
            for item in template.items:
                if item.id in present:
                    continue
                rows.append((_uuid(), item.id, item.phase, template.phase(item.phase).title(lang), item.offset_days,
                             item.title(lang), item.owner(lang), position, now, now))
                position += 1
            conn.executemany(
                "INSERT INTO checklist_items (uuid, template_id, phase, phase_title, offset_days, title, owner, "
                "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def update_checklist_item(self, item_id: int, **fields) -> ChecklistItem:
        unknown = set(fields) - set(CHECKLIST_FIELDS)
        if unknown:
            raise InvalidInputError(f"unknown checklist field(s): {', '.join(sorted(unknown))}")
        if "title" in fields and not str(fields["title"]).strip():
            raise InvalidInputError("a checklist item needs a title")
        self.checklist_item(item_id)
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            with self.transaction() as conn:
                conn.execute(f"UPDATE checklist_items SET {assignments}, updated_at = ? WHERE id = ?",
                             (*fields.values(), _now(), item_id))
        return self.checklist_item(item_id)

    def set_checklist_done(self, item_id: int, done: bool = True, when: dt.datetime | None = None) -> ChecklistItem:
        self.checklist_item(item_id)
        stamp = None
        if done:
            stamp = (when or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        with self.transaction() as conn:
            conn.execute("UPDATE checklist_items SET done_at = ?, updated_at = ? WHERE id = ?", (stamp, _now(), item_id))
        return self.checklist_item(item_id)

    def remove_checklist_item(self, item_id: int) -> None:
        self.checklist_item(item_id)
        with self.transaction() as conn:
            conn.execute("DELETE FROM checklist_items WHERE id = ?", (item_id,))

    # -- counts ---------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        def count(sql: str) -> int:
            return self._conn.execute(sql).fetchone()[0]

        return {
            "agenda": count("SELECT count(*) FROM agenda_items"),
            "checklist": count("SELECT count(*) FROM checklist_items"),
            "checklist_done": count("SELECT count(*) FROM checklist_items WHERE done_at IS NOT NULL"),
            "recommendation_statuses": count("SELECT count(*) FROM recommendation_status"),
            "recommendation_notes": count("SELECT count(*) FROM recommendation_notes"),
        }
