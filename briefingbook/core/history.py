"""The book's change log: every change to the user's content, field by field (issue 10).

Triggers (book format 7, made by ``migrations``) append one row to ``change_log`` for every
insert, every changed field of an update, and every delete of a tracked table: when (UTC, with
milliseconds), who (the author name the session set, from Preferences), the table (entity), the
row's stable key, the field, and the old and new values. The log is append-only: triggers refuse
any UPDATE or DELETE of it. Because the triggers sit in the book itself, no edit path (core
module, CLI, a future one) can change the book without leaving a trace.

Rows are named by a key that is the same in every copy of the book: the row's uuid, or, for rows
that are facts about other rows (a recommendation's status, a link between an event and a person,
a setting), what they are about (``TRACKED[...].key``) — two colleagues setting the status of the
same recommendation must meet on one row, not make two. Deletes that follow from deleting a
parent row (the Q&A of a removed agenda item) are not logged one by one: the parent's delete
stands for them.

Each change has a uuid of its own; merging a colleague's copy (``core/merge.py``) compares the
two logs by those uuids to find what each side changed since their common history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefingbook.core.book import Book

# An entity the log tracks: its table, the columns naming a row in every copy (integer foreign
# keys among them are named through the parent's uuid), the columns logged field by field, the
# integer foreign keys to parent tables, and an SQL expression (over ``{r}``, the row) for a
# readable label kept with each change.


@dataclass(frozen=True)
class Tracked:
    table: str
    key: tuple[str, ...]
    fields: tuple[str, ...]
    parents: tuple[tuple[str, str], ...] = ()
    label: str = "''"
    position: bool = False  # has an ordering column ``position``

    @property
    def parent_map(self) -> dict[str, str]:
        return dict(self.parents)

    def key_sql(self, r: str) -> str:
        """SQL for the row key: the uuid itself, or a JSON array of the key's parts."""
        if self.key == ("uuid",):
            return f"{r}.uuid"
        if not self.key:
            return "'summit'"
        parts = []
        parents = self.parent_map
        for column in self.key:
            if column in parents:
                parts.append(f"(SELECT uuid FROM {parents[column]} WHERE id = {r}.{column})")
            else:
                parts.append(f"{r}.{column}")
        return f"json_array({', '.join(parts)})"

    def label_sql(self, r: str) -> str:
        return self.label.format(r=r)


def _parent_title(table: str, column: str, field: str = "title") -> str:
    return f"coalesce((SELECT {field} FROM {table} WHERE id = {{r}}.{column}), '')"


AGENDA_TITLE = _parent_title("agenda_items", "agenda_item_id")
EVENT_TITLE = _parent_title("program_events", "event_id")

TRACKED: dict[str, Tracked] = {
    t.table: t
    for t in (
        Tracked("summit", (), ("title", "place", "date", "delegation", "marking", "language"), label="{r}.title"),
        Tracked("summit_settings", ("key",), ("value",), label="{r}.key"),
        Tracked(
            "agenda_items",
            ("uuid",),
            (
                "position",
                "issue_area",
                "title",
                "priority",
                "status",
                "objectives",
                "talking_points",
                "their_objectives",
                "our_response",
                "press_line",
                "notes",
            ),
            label="{r}.title",
            position=True,
        ),
        Tracked(
            "agenda_item_versions",
            ("agenda_item_id", "language", "field"),
            ("text",),
            (("agenda_item_id", "agenda_items"),),
            label=AGENDA_TITLE,
        ),
        Tracked(
            "agenda_links",
            ("agenda_item_id", "recommendation_id"),
            (),
            (("agenda_item_id", "agenda_items"),),
            label=AGENDA_TITLE,
        ),
        Tracked("recommendation_status", ("recommendation_id",), ("status",), label="{r}.recommendation_id"),
        Tracked(
            "recommendation_notes", ("uuid",), ("recommendation_id", "noted_on", "note"), label="{r}.recommendation_id"
        ),
        Tracked(
            "checklist_items",
            ("uuid",),
            ("template_id", "phase", "phase_title", "offset_days", "title", "owner", "position", "done_at", "notes"),
            label="{r}.title",
        ),
        Tracked(
            "people",
            ("uuid",),
            (
                "position",
                "name",
                "title",
                "organisation",
                "side",
                "role",
                "bio",
                "talking_notes",
                "pronunciation",
                "photo",
                "photo_type",
                "last_met",
            ),
            label="{r}.name",
            position=True,
        ),
        Tracked(
            "program_events",
            ("uuid",),
            ("position", "day", "start_time", "duration_minutes", "kind", "title", "place", "notes"),
            label="{r}.title",
        ),
        Tracked(
            "program_event_people",
            ("event_id", "person_id"),
            (),
            (("event_id", "program_events"), ("person_id", "people")),
            label=_parent_title("program_events", "event_id"),
        ),
        Tracked(
            "program_event_agenda",
            ("event_id", "agenda_item_id"),
            (),
            (("event_id", "program_events"), ("agenda_item_id", "agenda_items")),
            label=_parent_title("program_events", "event_id"),
        ),
        Tracked(
            "press_qa",
            ("uuid",),
            ("position", "question", "answer", "marking", "prompt"),
            (("agenda_item_id", "agenda_items"),),
            label="{r}.question",
        ),
        Tracked(
            "press_top_lines", ("agenda_item_id",), ("text",), (("agenda_item_id", "agenda_items"),), label=AGENDA_TITLE
        ),
        Tracked(
            "deliverables",
            ("uuid",),
            ("position", "title", "kind", "status", "owner", "notes", "suggested_by"),
            label="{r}.title",
            position=True,
        ),
        Tracked(
            "deliverable_agenda",
            ("deliverable_id", "agenda_item_id"),
            (),
            (("deliverable_id", "deliverables"), ("agenda_item_id", "agenda_items")),
            label=_parent_title("deliverables", "deliverable_id"),
        ),
        Tracked(
            "deliverable_recommendations",
            ("deliverable_id", "recommendation_id"),
            (),
            (("deliverable_id", "deliverables"),),
            label=_parent_title("deliverables", "deliverable_id"),
        ),
        # The principal's book (issue 21): the scene-setter, meeting memos and their links, scenario
        # steps and remarks. A memo and its links are named by their event (one memo per event).
        Tracked("scene_setter", ("part",), ("text",), label="{r}.part"),
        Tracked(
            "meeting_memos",
            ("event_id",),
            ("objectives", "they_raise", "notes"),
            (("event_id", "program_events"),),
            label=EVENT_TITLE,
        ),
        Tracked(
            "meeting_memo_people",
            ("event_id", "person_id"),
            ("position", "role"),
            (("event_id", "program_events"), ("person_id", "people")),
            label=EVENT_TITLE,
        ),
        Tracked(
            "meeting_memo_agenda",
            ("event_id", "agenda_item_id"),
            ("position",),
            (("event_id", "program_events"), ("agenda_item_id", "agenda_items")),
            label=EVENT_TITLE,
        ),
        Tracked(
            "meeting_memo_deliverables",
            ("event_id", "deliverable_id"),
            ("position",),
            (("event_id", "program_events"), ("deliverable_id", "deliverables")),
            label=EVENT_TITLE,
        ),
        Tracked(
            "scenario_steps",
            ("uuid",),
            ("position", "offset_minutes", "action", "who"),
            (("event_id", "program_events"),),
            label=EVENT_TITLE,
        ),
        Tracked("remarks", ("uuid",), ("position", "occasion", "speaker", "text"), label="{r}.occasion", position=True),
        Tracked(
            "remark_events",
            ("remark_id", "event_id"),
            (),
            (("remark_id", "remarks"), ("event_id", "program_events")),
            label=_parent_title("remarks", "remark_id", "occasion"),
        ),
        Tracked(
            "book_series",
            ("slug",),
            ("name", "unit", "source", "series_code", "frequency", "aggregation", "notes"),
            label="{r}.name",
        ),
        Tracked(
            "book_series_vintages",
            ("series_slug", "imported_at", "file_sha256"),
            ("as_of", "layout", "file_name", "observations"),
            label="{r}.series_slug || ' #' || {r}.vintage",
        ),
    )
}

# Long values the log keeps as a short description only (a photo is bytes, not text).
SUMMARISED = {("people", "photo")}
# Fields whose text is a note the user can view at any earlier state and restore.
TEXT_FIELDS = {
    "agenda_items": ("objectives", "talking_points", "their_objectives", "our_response", "press_line", "notes"),
    "agenda_item_versions": ("text",),
    "checklist_items": ("notes",),
    "recommendation_notes": ("note",),
    "people": ("bio", "talking_notes"),
    "program_events": ("notes",),
    "press_qa": ("answer",),
    "press_top_lines": ("text",),
    "deliverables": ("notes",),
    "book_series": ("notes",),
    "summit": ("delegation",),
    "scene_setter": ("text",),
    "meeting_memos": ("objectives", "they_raise", "notes"),
    "remarks": ("text",),
}

NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
NEW_ID_SQL = "lower(hex(randomblob(16)))"


def _value_sql(spec: Tracked, field: str, r: str) -> str:
    if (spec.table, field) in SUMMARISED:
        return f"CASE WHEN {r}.{field} IS NULL THEN NULL ELSE length({r}.{field}) || ' bytes' END"
    return f"{r}.{field}"


def _row_json(spec: Tracked, r: str) -> str:
    pairs = []
    for field in spec.fields:
        pairs += [f"'{field}'", _value_sql(spec, field, r)]
    return f"json_object({', '.join(pairs)})" if pairs else "'{}'"


def _parents_exist(spec: Tracked, r: str) -> str:
    if not spec.parents:
        return "1"
    return " AND ".join(f"EXISTS (SELECT 1 FROM {parent} WHERE id = {r}.{column})" for column, parent in spec.parents)


def log_kept_row(conn: sqlite3.Connection, spec: Tracked, rowid: int) -> None:
    """Record a row as added now, under the current author (a merge kept it although the other
    copy removed it)."""
    conn.execute(
        f"INSERT INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
        f"new_value, label) SELECT {NEW_ID_SQL}, c.txn, {NOW_SQL}, c.author, '{spec.table}', {spec.key_sql('r')}, "
        f"'insert', NULL, NULL, {_row_json(spec, 'r')}, {spec.label_sql('r')} "
        f"FROM change_context c, {spec.table} r WHERE c.id = 1 AND r.rowid = ?",
        (rowid,),
    )


def log_kept_value(conn: sqlite3.Connection, spec: Tracked, rowid: int, field: str, other_value: object) -> None:
    """Record a field as set to its current value now, under the current author (a merge kept
    this copy's value where the other copy holds ``other_value``), so that the other copy takes
    this value at the next merge."""
    conn.execute(
        f"INSERT INTO change_log (uuid, txn, changed_at, author, entity, row_key, action, field, old_value, "
        f"new_value, label) SELECT {NEW_ID_SQL}, c.txn, {NOW_SQL}, c.author, '{spec.table}', {spec.key_sql('r')}, "
        f"'update', ?, ?, {_value_sql(spec, field, 'r')}, {spec.label_sql('r')} "
        f"FROM change_context c, {spec.table} r WHERE c.id = 1 AND r.rowid = ?",
        (field, other_value, rowid),
    )


def trigger_sql(spec: Tracked) -> list[str]:
    """The three triggers that log ``spec.table``'s inserts, field updates and deletes, as ``spec``
    says today. Books get their triggers from frozen migration steps (format 7:
    ``core/schema/v7_change_log.py``); when ``TRACKED`` changes, a new step drops the triggers of
    the tables concerned and creates these, pasted in as literal SQL (a test compares the two)."""
    columns = "uuid, txn, changed_at, author, entity, row_key, action, field, old_value, new_value, label"
    context = "FROM change_context c WHERE c.id = 1 AND c.recording = 1"
    insert = (
        f"CREATE TRIGGER {spec.table}_log_insert AFTER INSERT ON {spec.table} BEGIN "
        f"INSERT INTO change_log ({columns}) SELECT {NEW_ID_SQL}, c.txn, {NOW_SQL}, c.author, "
        f"'{spec.table}', {spec.key_sql('new')}, 'insert', NULL, NULL, {_row_json(spec, 'new')}, "
        f"{spec.label_sql('new')} {context}; END"
    )
    delete = (
        f"CREATE TRIGGER {spec.table}_log_delete AFTER DELETE ON {spec.table} BEGIN "
        f"INSERT INTO change_log ({columns}) SELECT {NEW_ID_SQL}, c.txn, {NOW_SQL}, c.author, "
        f"'{spec.table}', {spec.key_sql('old')}, 'delete', NULL, {_row_json(spec, 'old')}, NULL, "
        f"{spec.label_sql('old')} {context} AND {_parents_exist(spec, 'old')}; END"
    )
    statements = [insert, delete]
    if spec.fields:
        rows = " UNION ALL ".join(
            f"SELECT '{field}' AS name, {_value_sql(spec, field, 'old')} AS o, {_value_sql(spec, field, 'new')} AS n, "
            f"old.{field} IS NOT new.{field} AS changed"
            for field in spec.fields
        )
        statements.append(
            f"CREATE TRIGGER {spec.table}_log_update AFTER UPDATE ON {spec.table} BEGIN "
            f"INSERT INTO change_log ({columns}) SELECT {NEW_ID_SQL}, c.txn, {NOW_SQL}, c.author, "
            f"'{spec.table}', {spec.key_sql('new')}, 'update', f.name, f.o, f.n, {spec.label_sql('new')} "
            f"FROM change_context c, ({rows}) f WHERE c.id = 1 AND c.recording = 1 AND f.changed; END"
        )
    return statements


# -- reading the log ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    id: int
    uuid: str
    txn: str
    changed_at: str
    author: str
    entity: str
    row_key: str
    action: str
    field: str | None
    old_value: object
    new_value: object
    label: str
    merged_from: str

    @property
    def when(self) -> dt.datetime:
        return parse_stamp(self.changed_at)

    def row_values(self) -> dict[str, Any]:
        """For inserts and deletes: the row's tracked values at that moment."""
        text = self.new_value if self.action == "insert" else self.old_value
        if not isinstance(text, str):
            return {}
        try:
            values = json.loads(text)
            return values if isinstance(values, dict) else {}
        except ValueError:
            return {}


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _change(r: sqlite3.Row) -> Change:
    return Change(
        r["id"],
        r["uuid"],
        r["txn"],
        r["changed_at"],
        r["author"],
        r["entity"],
        r["row_key"],
        r["action"],
        r["field"],
        r["old_value"],
        r["new_value"],
        r["label"],
        r["merged_from"],
    )


def has_log(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'change_log'").fetchone() is not None


def changes(
    book: Book,
    *,
    entity: str | None = None,
    author: str | None = None,
    text: str | None = None,
    since_id: int | None = None,
    before_id: int | None = None,
    row_key: str | None = None,
    field: str | None = None,
    limit: int | None = None,
    newest_first: bool = True,
) -> list[Change]:
    """Changes in the book's log, filtered; newest first unless asked otherwise. ``since_id`` and
    ``before_id`` bound the log position (exclusive): a list reads older pages with ``before_id``."""
    conn = book.connection
    where, args = [], []
    for condition, value in (
        ("entity = ?", entity or None),
        ("author = ?", author or None),
        ("id > ?", since_id),
        ("id < ?", before_id),
        ("row_key = ?", row_key),
        ("field = ?", field),
    ):
        if value is not None:
            where.append(condition)
            args.append(value)
    if text:
        where.append(
            "(label LIKE ? OR coalesce(CAST(old_value AS TEXT), '') LIKE ? "
            "OR coalesce(CAST(new_value AS TEXT), '') LIKE ?)"
        )
        like = f"%{text}%"
        args += [like, like, like]
    sql = "SELECT * FROM change_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC" if newest_first else " ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_change(r) for r in conn.execute(sql, args)]


def entries(found: list[Change]) -> list[Change]:
    """The changes a person reads as entries: one reorder (a drag, Up/Down) renumbers the rows
    after the one moved, each logged as its own ``position`` change; of the position changes of
    one kind of row in one edit only the row that moved the furthest stands for the move. The
    rest is kept as it is, in the same order."""
    moves: dict[tuple[str, str], Change] = {}
    for change in found:
        if change.action == "update" and change.field == "position":
            key = (change.txn, change.entity)
            best = moves.get(key)
            if best is None or _distance(change) > _distance(best):
                moves[key] = change
    return [c for c in found if not (c.action == "update" and c.field == "position") or moves[(c.txn, c.entity)] is c]


def _distance(change: Change) -> int:
    try:
        return abs(int(str(change.new_value)) - int(str(change.old_value)))
    except (TypeError, ValueError):
        return 0


def authors(book: Book) -> list[str]:
    return [r[0] for r in book.connection.execute("SELECT DISTINCT author FROM change_log ORDER BY author")]


def last_change_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0])


def entities_changed_since(book: Book, since_id: int) -> tuple[frozenset[str], int]:
    """Which entities (tracked tables) the log records changes to after log position ``since_id``,
    and the log's newest position. Whoever remembers the position learns what each edit touched,
    whoever made it (a pane, a core call as the CLI makes it, a merge): as Anki's OpChanges."""
    conn = book.connection
    if not has_log(conn):
        return frozenset(), since_id
    rows = conn.execute("SELECT entity, max(id) FROM change_log WHERE id > ? GROUP BY entity", (since_id,)).fetchall()
    return frozenset(r[0] for r in rows), max((r[1] for r in rows), default=since_id)


def last_export_position(book: Book) -> int | None:
    """Where the log stood when the newest packet was exported (None: no packet exported since
    the book has a log)."""
    row = book.connection.execute(
        "SELECT change_log_id FROM packet_exports ORDER BY version DESC, id DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def row_id(book: Book, entity: str, row_key: str) -> int | None:
    """The integer id of the row a key names in this book (None when it is not there)."""
    spec = TRACKED[entity]
    conn = book.connection
    if spec.key == ("uuid",):
        r = conn.execute(f"SELECT id FROM {entity} WHERE uuid = ?", (row_key,)).fetchone()
        return r[0] if r else None
    if not spec.key:
        return 1
    rows = conn.execute(f"SELECT rowid AS id, {spec.key_sql(entity)} AS k FROM {entity}").fetchall()
    for r in rows:
        if r["k"] == row_key:
            return int(r["id"])
    return None


def current_value(book: Book, entity: str, row_key: str, field: str) -> object:
    """What a field of a row holds now (None when the row is gone). The newest logged value is
    not always it: a merge brings a colleague's changes into the log even where this copy kept
    its own value."""
    spec = TRACKED[entity]
    if field not in spec.fields:
        raise ValueError(f"{entity}.{field} is not a tracked field")
    rid = row_id(book, entity, row_key)
    if rid is None:
        return None
    row = book.connection.execute(f"SELECT {field} FROM {entity} WHERE rowid = ?", (rid,)).fetchone()
    return row[0] if row else None


def text_versions(book: Book, entity: str, row_key: str, field: str) -> list[Change]:
    """Every earlier text of one field (oldest first): each logged update's new value, and the
    value the row was added with."""
    out = []
    for change in changes(book, entity=entity, row_key=row_key, newest_first=False):
        if change.action == "update" and change.field == field:
            out.append(change)
        elif change.action == "insert" and field in change.row_values():
            out.append(dataclasses.replace(change, field=field, new_value=change.row_values()[field]))
    if out and out[0].action == "update" and out[0].old_value is not None:
        # The row came with the book (making a book is one entry, its rows are not logged one
        # by one): its first text is the one the first logged change replaced, from the creation.
        created = changes(book, entity="summit", newest_first=False, limit=1)
        origin = created[0] if created and created[0].action == "insert" and created[0].id < out[0].id else None
        first = out[0]
        out.insert(
            0,
            dataclasses.replace(
                first,
                id=origin.id if origin else 0,
                uuid=origin.uuid if origin else "",
                changed_at=origin.changed_at if origin else first.changed_at,
                author=origin.author if origin else "",
                action="insert",
                new_value=first.old_value,
            ),
        )
    return out


def restore_text(book: Book, entity: str, row_key: str, field: str, text: str) -> None:
    """Put an earlier text back into a field (itself a logged change)."""
    if field not in TEXT_FIELDS.get(entity, ()):
        raise ValueError(f"{entity}.{field} is not a text the history can restore")
    rid = row_id(book, entity, row_key)
    from briefingbook.core.errors import NotFoundError

    if rid is None:
        raise NotFoundError(f"the {entity} row this text belonged to is no longer in the book; nothing was changed")
    columns = {r[1] for r in book.connection.execute(f"PRAGMA table_info({entity})")}
    assignments, args = [f"{field} = ?"], [text]
    if "updated_at" in columns:
        assignments.append("updated_at = ?")
        args.append(dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    with book.transaction() as conn:
        conn.execute(f"UPDATE {entity} SET {', '.join(assignments)} WHERE rowid = ?", (*args, rid))


# -- word-level differences --------------------------------------------------------------------
_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class DiffPart:
    kind: str  # "same", "removed" or "added"
    text: str


def append_part(parts: list[DiffPart], kind: str, text: str) -> None:
    """Add ``text`` to a diff, joined to the last run when it is of the same kind."""
    if not text:
        return
    if parts and parts[-1].kind == kind:
        parts[-1] = DiffPart(kind, parts[-1].text + text)
    else:
        parts.append(DiffPart(kind, text))


def word_diff(old: str, new: str) -> list[DiffPart]:
    """``old`` → ``new`` as runs of unchanged, removed and added words (whitespace kept)."""
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    parts: list[DiffPart] = []

    def add(kind: str, tokens: list[str]) -> None:
        append_part(parts, kind, "".join(tokens))

    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            add("same", a[i1:i2])
        else:
            add("removed", a[i1:i2])
            add("added", b[j1:j2])
    return parts
