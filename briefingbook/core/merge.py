"""Merging a colleague's copy of the same book, offline (issue 10).

Two copies of one book share its uuid and the change log up to the moment they were parted
(``core/history.py``). Each change in the log has a uuid of its own, so what a copy changed
since the common history is the set of its changes the other copy does not have. ``plan``
compares those two sets and the two books' current rows:

- a row or field changed on one side only takes that side's value (a row the other copy added
  is added, one it removed is removed);
- the same field changed on both sides to different values is a **conflict**, and so is a row
  removed on one side while the other edited it (or something that belongs to it, such as a
  Q&A entry of an agenda item); both sides reordering the same list is one conflict (the
  order), not one per row;
- the same change made on both sides is no conflict.

``apply`` carries a plan out in one transaction after a backup: every step, the conflicts the
user decided, the colleague's log entries (so merging the same copy again changes nothing), and
the conflicts left undecided (``merge_conflicts``, listed until ``resolve`` settles them —
nothing is dropped silently). A plan holds copies of everything it needs from the other book
(rows, and the rows that belong to a removed row), so the other file can be closed before it is
applied and a conflict settled days later.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from briefingbook.core import history
from briefingbook.core.backups import Backup
from briefingbook.core.book import Book
from briefingbook.core.errors import BookError, InvalidInputError, NotFoundError
from briefingbook.core.history import TRACKED, Tracked

CHOICES = ("mine", "theirs")
# Fields whose any two set values mean the same thing (a checklist item done on both sides is
# done, whenever each side ticked it): no conflict, the earliest value is kept on both sides.
SAME_WHEN_BOTH_SET = {("checklist_items", "done_at")}


class MergeError(BookError):
    """The two files cannot be merged (different books, no history…); nothing was changed."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# -- rows as portable values ---------------------------------------------------------------------
def _portable(value: object) -> object:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _local(value: object) -> object:
    if isinstance(value, dict) and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _load(book: Book, spec: Tracked) -> dict[str, dict[str, Any]]:
    """Every row of ``spec.table`` by its key: its columns (integer foreign keys as the parent's
    uuid under ``@column``) and its integer id under ``@id``."""
    conn = book.connection
    columns = _columns(conn, spec.table)
    extra = [f'(SELECT uuid FROM {parent} WHERE id = r.{column}) AS "@{column}"' for column, parent in spec.parents]
    sql = (
        f'SELECT r.rowid AS "@id", {spec.key_sql("r")} AS "@key", '
        + ", ".join([f"r.{c}" for c in columns] + extra)
        + f" FROM {spec.table} r"
    )
    out = {}
    for row in conn.execute(sql):
        values = dict(zip(row.keys(), tuple(row)))
        out[values["@key"]] = values
    return out


def _snapshot(
    book: Book, rows: dict[str, dict[str, dict[str, Any]]], spec: Tracked, row: dict[str, Any]
) -> dict[str, Any]:
    """A row and (for a parent row) the rows that belong to it, as JSON-ready values; ``rows``
    is every tracked row of ``book`` by table and key (``_load``)."""
    if spec.table == "book_series_vintages":
        return _vintage_snapshot(book, row)
    children: list[dict[str, Any]] = []
    snap = {"entity": spec.table, "row": {k: _portable(v) for k, v in row.items()}, "children": children}
    for child in TRACKED.values():
        for column, parent in child.parents:
            if parent == spec.table and spec.key == ("uuid",):
                children += [
                    {"entity": child.table, "row": {k: _portable(v) for k, v in child_row.items()}}
                    for child_row in rows[child.table].values()
                    if child_row[f"@{column}"] == row["uuid"]
                ]
    if spec.table == "book_series":
        children += [
            _vintage_snapshot(book, vintage)
            for vintage in rows["book_series_vintages"].values()
            if vintage["series_slug"] == row["slug"]
        ]
    return snap


def _vintage_snapshot(book: Book, row: dict[str, Any]) -> dict[str, Any]:
    observations = [
        list(r)
        for r in book.connection.execute(
            "SELECT period, country, value FROM book_observations WHERE series_slug = ? AND vintage = ?",
            (row["series_slug"], row["vintage"]),
        )
    ]
    return {
        "entity": "book_series_vintages",
        "row": {k: _portable(v) for k, v in row.items()},
        "observations": observations,
    }


def display(value: object) -> str:
    """A value as the conflict list shows it."""
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"({len(value)} bytes)"
    if isinstance(value, dict) and "$b64" in value:
        return f"({len(base64.b64decode(value['$b64']))} bytes)"
    return str(value)


# -- the plan ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """A change of the other copy that applies to this one as it is."""

    action: str  # insert, update or delete
    entity: str
    row_key: str
    label: str
    field: str | None = None
    value: object = None  # update: the new value; insert: a snapshot

    def describe(self) -> str:
        if self.action == "update":
            return f"{self.entity} {self.label!r}: {self.field} → {display(self.value)[:60]!r}"
        return f"{self.entity} {self.label!r}: {'added' if self.action == 'insert' else 'removed'}"


@dataclass(frozen=True)
class Conflict:
    """The two copies disagree; ``kind`` is ``field`` (the same field changed differently),
    ``removed_mine`` / ``removed_theirs`` (removed on one side, edited on the other) or ``order``
    (both sides reordered the same list). ``mine``/``theirs`` are what each side holds, for
    display; ``data`` is what taking the other side needs."""

    kind: str
    entity: str
    row_key: str
    label: str
    field: str | None
    mine: str
    theirs: str
    data: object = None

    @property
    def key(self) -> tuple[str, str, str | None]:
        return (self.entity, self.row_key, self.field)

    def mirrored(self) -> Conflict:
        kinds = {"removed_mine": "removed_theirs", "removed_theirs": "removed_mine"}
        return Conflict(
            kinds.get(self.kind, self.kind), self.entity, self.row_key, self.label, self.field, self.theirs, self.mine
        )


@dataclass
class MergePlan:
    other_path: Path
    other_author: str
    steps: list[Step] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    new_changes: list[history.Change] = field(default_factory=list)  # the other copy's, to import

    @property
    def empty(self) -> bool:
        return not self.steps and not self.conflicts and not self.new_changes


@dataclass
class MergeResult:
    applied: int
    resolved: int
    left_open: int
    imported_changes: int
    skipped: list[str]
    backup: Backup | None = None


@dataclass
class _Side:
    inserted: set[tuple[str, str]] = field(default_factory=set)
    deleted: set[tuple[str, str]] = field(default_factory=set)
    fields: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (entity, key) -> set of fields

    def touched(self, key: tuple[str, str]) -> bool:
        return key in self.inserted or key in self.fields

    def changed_fields(self, key: tuple[str, str], spec: Tracked) -> set[str]:
        if key in self.inserted:
            return set(spec.fields)
        return self.fields.get(key, set())


def _summarize(changes: list[history.Change]) -> _Side:
    side = _Side()
    for change in changes:
        if change.entity not in TRACKED:
            continue
        key = (change.entity, change.row_key)
        if change.action == "insert":
            side.inserted.add(key)
            side.deleted.discard(key)
        elif change.action == "delete":
            side.deleted.add(key)
        else:
            side.fields.setdefault(key, set()).add(change.field or "")  # an update always names its field
    return side


def _log_uuids(book: Book) -> set[str]:
    return {r[0] for r in book.connection.execute("SELECT uuid FROM change_log")}


def plan(mine: Book, theirs: Book) -> MergePlan:
    """What merging ``theirs`` into ``mine`` would do (reads both, writes nothing)."""
    for book in (mine, theirs):
        if not history.has_log(book.connection):
            raise MergeError(
                f"{book.path.name} has no change history (open it once with this version to "
                "upgrade it); nothing was changed"
            )
    if mine.uuid != theirs.uuid:
        raise MergeError(
            f"{theirs.path.name} is not a copy of {mine.path.name} (it is a different book, "
            f"made separately); only copies of the same book can be merged. Nothing was changed."
        )
    mine_ids, theirs_ids = _log_uuids(mine), _log_uuids(theirs)
    theirs_only = [c for c in history.changes(theirs, newest_first=False) if c.uuid not in mine_ids]
    mine_only = [c for c in history.changes(mine, newest_first=False) if c.uuid not in theirs_ids]
    authors = sorted({c.author for c in theirs_only if c.author})
    result = MergePlan(theirs.path, ", ".join(authors), new_changes=theirs_only)
    if not theirs_only and not mine_only:
        return result
    t_side, m_side = _summarize(theirs_only), _summarize(mine_only)
    mine_rows = {table: _load(mine, spec) for table, spec in TRACKED.items()}
    theirs_rows = {table: _load(theirs, spec) for table, spec in TRACKED.items()}

    # Edits to a row count as edits to the rows it belongs to (an agenda item's Q&A, its brief
    # in the other language…) when the other side removed one of those.
    def roots(side: _Side, rows: dict[str, dict[str, dict[str, Any]]]) -> dict[tuple[str, str], list[str]]:
        out: dict[tuple[str, str], list[str]] = {}
        for entity, key in side.inserted | set(side.fields):
            row = rows[entity].get(key)
            if row is None:
                continue
            for column, parent in TRACKED[entity].parents:
                parent_key = row.get(f"@{column}")
                if parent_key:
                    out.setdefault((parent, parent_key), []).append(entity)
        return out

    t_roots, m_roots = roots(t_side, theirs_rows), roots(m_side, mine_rows)
    keys = (
        t_side.inserted
        | t_side.deleted
        | set(t_side.fields)
        | m_side.inserted
        | m_side.deleted
        | set(m_side.fields)
        | set(t_roots)
        | set(m_roots)
    )
    order_conflicts: set[str] = set()
    for table, spec in TRACKED.items():
        for key in sorted(k for k in keys if k[0] == table):
            _, row_key = key
            mr, tr = mine_rows[table].get(row_key), theirs_rows[table].get(row_key)
            label = _label(spec, mr or tr, mine_rows, theirs_rows)
            if tr is not None and mr is None:
                if key in t_side.inserted and key not in m_side.deleted:
                    if any(tr.get(f"@{column}") not in mine_rows[parent] for column, parent in spec.parents):
                        continue  # it belongs to a row this copy removed: that row's conflict carries it
                    snapshot = _snapshot(theirs, theirs_rows, spec, tr)
                    result.steps.append(Step("insert", table, row_key, label, value=snapshot))
                elif key in m_side.deleted and (t_side.touched(key) or key in t_roots):
                    result.conflicts.append(
                        Conflict(
                            "removed_mine",
                            table,
                            row_key,
                            label,
                            None,
                            "(removed)",
                            _edited(spec, t_side, key, t_roots),
                            _snapshot(theirs, theirs_rows, spec, tr),
                        )
                    )
            elif mr is not None and tr is None:
                if key in m_side.inserted and key not in t_side.deleted:
                    continue
                if key in t_side.deleted:
                    if m_side.touched(key) or key in m_roots:
                        result.conflicts.append(
                            Conflict(
                                "removed_theirs",
                                table,
                                row_key,
                                label,
                                None,
                                _edited(spec, m_side, key, m_roots),
                                "(removed)",
                                None,
                            )
                        )
                    else:
                        result.steps.append(Step("delete", table, row_key, label))
            elif mr is not None and tr is not None:
                t_fields = t_side.changed_fields(key, spec)
                m_fields = m_side.changed_fields(key, spec)
                for name in spec.fields:
                    if name not in t_fields or mr[name] == tr[name]:
                        continue
                    if name in m_fields:
                        if (table, name) in SAME_WHEN_BOTH_SET and mr[name] is not None and tr[name] is not None:
                            # Both ticked it done: they agree; the first time it was done stands.
                            if tr[name] < mr[name]:
                                result.steps.append(Step("update", table, row_key, label, name, tr[name]))
                            continue
                        if name == "position" and spec.position:
                            order_conflicts.add(table)
                            continue
                        result.conflicts.append(
                            Conflict(
                                "field",
                                table,
                                row_key,
                                label,
                                name,
                                display(mr[name]),
                                display(tr[name]),
                                _portable(tr[name]),
                            )
                        )
                    else:
                        result.steps.append(Step("update", table, row_key, label, name, _portable(tr[name])))
    for table in sorted(order_conflicts):
        # Both sides reordered the list: one decision for the whole order, so the rows only the
        # colleague moved go with it rather than half of their order being applied.
        result.steps = [s for s in result.steps if not (s.entity == table and s.field == "position")]
        result.conflicts.append(_order_conflict(table, mine_rows[table], theirs_rows[table]))
    return result


def _label(spec: Tracked, row: dict[str, Any] | None, *rows: dict[str, dict[str, dict[str, Any]]]) -> str:
    """A readable name for a row: its title (name, question…), else that of the row it belongs
    to (found in ``rows``, the tables of either copy), else its parent's key."""
    if row is None:
        return ""
    for name in ("title", "name", "question", "recommendation_id", "key", "series_slug"):
        if row.get(name):
            return str(row[name])
    for column, parent in spec.parents:
        parent_key = row.get(f"@{column}")
        if parent_key:
            found = next((r[parent][parent_key] for r in rows if parent_key in r[parent]), None)
            return _label(TRACKED[parent], found) if found else str(parent_key)
    return spec.table


def _edited(spec: Tracked, side: _Side, key: tuple[str, str], roots: dict[tuple[str, str], list[str]]) -> str:
    what = sorted(side.changed_fields(key, spec)) + sorted(set(roots.get(key, ())))
    return "(edited: " + ", ".join(what) + ")" if what else "(edited)"


def _order_conflict(
    table: str, mine_rows: dict[str, dict[str, Any]], theirs_rows: dict[str, dict[str, Any]]
) -> Conflict:
    def order(rows: dict[str, dict[str, Any]]) -> list[str]:
        return [_label(TRACKED[table], r) for r in sorted(rows.values(), key=lambda r: (r["position"], r["@id"]))]

    # Taking theirs puts every row both copies hold where the colleague's order has it.
    positions = {key: row["position"] for key, row in theirs_rows.items() if key in mine_rows}
    return Conflict(
        "order",
        table,
        "*",
        TRACKED[table].table,
        "position",
        " / ".join(order(mine_rows)),
        " / ".join(order(theirs_rows)),
        positions,
    )


# -- applying ----------------------------------------------------------------------------------
def merge(
    mine: Book,
    theirs_path: str | Path,
    *,
    passphrase: str | None = None,
    prefer: str | None = None,
    choices: dict[tuple[str, str, str | None], str] | None = None,
) -> tuple[MergePlan, MergeResult]:
    """Merge the copy at ``theirs_path`` into ``mine`` (opened read-only; it is not changed).

    ``prefer`` settles every conflict one way; ``choices`` (conflict key → "mine"/"theirs")
    settles some; the rest are left open in the book.
    """
    theirs_path = Path(theirs_path)
    if theirs_path.resolve() == Path(mine.path).resolve():
        raise MergeError(f"{theirs_path.name} is this book itself; choose a colleague's copy. Nothing was changed.")
    with Book.open(theirs_path, readonly=True, passphrase=passphrase, backup=False) as theirs:
        the_plan = plan(mine, theirs)
    return the_plan, apply(mine, the_plan, prefer=prefer, choices=choices)


def apply(
    mine: Book,
    the_plan: MergePlan,
    *,
    prefer: str | None = None,
    choices: dict[tuple[str, str, str | None], str] | None = None,
    backup: bool = True,
) -> MergeResult:
    """Carry out ``the_plan`` in one transaction (after a backup of the book)."""
    from briefingbook.core import backups

    if prefer is not None and prefer not in CHOICES:
        raise InvalidInputError(f"prefer must be one of: {', '.join(CHOICES)}")
    choices = dict(choices or {})
    for conflict in the_plan.conflicts:
        if prefer is not None:
            choices.setdefault(conflict.key, prefer)
    if the_plan.empty:
        return MergeResult(0, 0, 0, 0, [])
    made = backups.backup_before(mine, "merge") if backup else None
    skipped: list[str] = []
    resolved = left = 0
    other = the_plan.other_path.name
    with mine.transaction() as conn:
        mine._set_change_context(recording=False)
        for step in the_plan.steps:
            _apply_step(conn, step, skipped)
        columns = (
            "uuid",
            "txn",
            "changed_at",
            "author",
            "entity",
            "row_key",
            "action",
            "field",
            "old_value",
            "new_value",
            "label",
        )
        conn.executemany(
            f"INSERT OR IGNORE INTO change_log ({', '.join(columns)}, merged_from) VALUES ({', '.join('?' * 12)})",
            [(*(getattr(c, name) for name in columns), c.merged_from or other) for c in the_plan.new_changes],
        )
        # What the user decides is a change of this copy, recorded under their name.
        mine._set_change_context(recording=True)
        for conflict in the_plan.conflicts:
            choice = choices.get(conflict.key)
            if choice in CHOICES:
                _settle(conn, conflict, choice, skipped)
                resolved += 1
            else:
                _store_open(conn, conflict, other, the_plan.other_author)
                left += 1
        _renumber_ties(conn)
    return MergeResult(len(the_plan.steps), resolved, left, len(the_plan.new_changes), skipped, made)


def _row_id(conn: sqlite3.Connection, spec: Tracked, row_key: str) -> int | None:
    if spec.key == ("uuid",):
        r = conn.execute(f"SELECT rowid FROM {spec.table} WHERE uuid = ?", (row_key,)).fetchone()
        return r[0] if r else None
    if not spec.key:
        return 1
    r = conn.execute(f"SELECT rowid FROM {spec.table} r WHERE {spec.key_sql('r')} = ?", (row_key,)).fetchone()
    return r[0] if r else None


def _apply_step(conn: sqlite3.Connection, step: Step, skipped: list[str]) -> None:
    spec = TRACKED[step.entity]
    if step.action == "insert":
        _insert_snapshot(conn, cast(dict[str, Any], step.value), skipped)
        return
    rid = _row_id(conn, spec, step.row_key)
    if rid is None:
        return
    if step.action == "delete":
        conn.execute(f"DELETE FROM {spec.table} WHERE rowid = ?", (rid,))
    else:
        conn.execute(f"UPDATE {spec.table} SET {step.field} = ? WHERE rowid = ?", (_local(step.value), rid))
        if "updated_at" in _columns(conn, spec.table):
            conn.execute(f"UPDATE {spec.table} SET updated_at = ? WHERE rowid = ?", (_now(), rid))


def _insert_snapshot(conn: sqlite3.Connection, snap: dict[str, Any], skipped: list[str]) -> None:
    spec = TRACKED[snap["entity"]]
    row = {k: _local(v) for k, v in snap["row"].items()}
    if _row_id(conn, spec, cast(str, row["@key"])) is not None:
        pass  # already here (restored with its parent, or added on both sides)
    else:
        columns = [c for c in _columns(conn, spec.table) if c != "id" and c in row]
        values = {c: row[c] for c in columns}
        for column, parent in spec.parents:
            found = conn.execute(f"SELECT id FROM {parent} WHERE uuid = ?", (row.get(f"@{column}"),)).fetchone()
            if found is None:
                skipped.append(
                    f"{spec.table} {_label(spec, row)!r}: not added, the {parent} row it belongs to is not in this copy"
                )
                return
            values[column] = found[0]
        if spec.table == "book_series_vintages":
            values["vintage"] = conn.execute(
                "SELECT coalesce(max(vintage), 0) + 1 FROM book_series_vintages WHERE series_slug = ?",
                (row["series_slug"],),
            ).fetchone()[0]
        if (
            "uuid" in values
            and conn.execute(f"SELECT 1 FROM {spec.table} WHERE uuid = ?", (values["uuid"],)).fetchone()
        ):
            values["uuid"] = str(uuidlib.uuid4())
        conn.execute(
            f"INSERT INTO {spec.table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()),
        )
        if spec.table == "book_series_vintages":
            conn.executemany(
                "INSERT INTO book_observations (series_slug, vintage, period, country, value) VALUES (?, ?, ?, ?, ?)",
                [(row["series_slug"], values["vintage"], *obs) for obs in snap.get("observations", [])],
            )
    for child in snap.get("children", []):
        _insert_snapshot(conn, child, skipped)


def _settle(conn: sqlite3.Connection, conflict: Conflict, choice: str, skipped: list[str]) -> None:
    """Carry out a decision; choosing "mine" keeps this copy as it is."""
    spec = TRACKED[conflict.entity]
    if choice == "mine":
        if conflict.kind == "removed_theirs":
            # Keeping a row the colleague removed is recorded as adding it again, so that their
            # copy gets it back at the next merge instead of removing it here.
            rid = _row_id(conn, spec, conflict.row_key)
            if rid is not None:
                history.log_kept_row(conn, spec, rid)
        elif conflict.kind == "order":
            # Keeping this order: every row the colleague placed differently is recorded at its
            # place here, so their copy takes the whole order at the next merge.
            for row_key, position in cast(dict[str, Any], conflict.data).items():
                rid = _row_id(conn, spec, row_key)
                current = (
                    rid is not None
                    and conn.execute(f"SELECT position FROM {spec.table} WHERE rowid = ?", (rid,)).fetchone()[0]
                )
                if rid is not None and current != position:
                    history.log_kept_value(conn, spec, rid, "position", position)
        return
    if conflict.kind == "field":
        _apply_step(
            conn,
            Step("update", conflict.entity, conflict.row_key, conflict.label, conflict.field, conflict.data),
            skipped,
        )
    elif conflict.kind == "removed_mine":
        _insert_snapshot(conn, cast(dict[str, Any], conflict.data), skipped)
    elif conflict.kind == "removed_theirs":
        rid = _row_id(conn, spec, conflict.row_key)
        if rid is not None:
            conn.execute(f"DELETE FROM {spec.table} WHERE rowid = ?", (rid,))
    elif conflict.kind == "order":
        for row_key, position in cast(dict[str, Any], conflict.data).items():
            rid = _row_id(conn, spec, row_key)
            if rid is not None:
                conn.execute(f"UPDATE {spec.table} SET position = ? WHERE rowid = ?", (position, rid))


def _renumber_ties(conn: sqlite3.Connection) -> None:
    """Rows of ordered lists that now share a position are numbered again (both sides added)."""
    for spec in TRACKED.values():
        if not spec.position:
            continue
        tied = conn.execute(f"SELECT 1 FROM {spec.table} GROUP BY position HAVING count(*) > 1").fetchone()
        if tied:
            ids = [r[0] for r in conn.execute(f"SELECT id FROM {spec.table} ORDER BY position, created_at, uuid")]
            conn.executemany(
                f"UPDATE {spec.table} SET position = ? WHERE id = ?", [(pos, rid) for pos, rid in enumerate(ids)]
            )


def _store_open(conn: sqlite3.Connection, conflict: Conflict, other: str, other_author: str) -> None:
    exists = conn.execute(
        "SELECT 1 FROM merge_conflicts WHERE entity = ? AND row_key = ? AND field IS ? "
        "AND resolution IS NULL AND theirs = ?",
        (conflict.entity, conflict.row_key, conflict.field, _dump(conflict)),
    ).fetchone()
    if exists:
        return
    conn.execute(
        "INSERT INTO merge_conflicts (uuid, merged_at, other_file, other_author, entity, row_key, field, label, "
        "mine, theirs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuidlib.uuid4()),
            _now(),
            other,
            other_author,
            conflict.entity,
            conflict.row_key,
            conflict.field,
            conflict.label,
            json.dumps({"kind": conflict.kind, "text": conflict.mine}),
            _dump(conflict),
        ),
    )


def _dump(conflict: Conflict) -> str:
    return json.dumps({"kind": conflict.kind, "text": conflict.theirs, "data": conflict.data}, sort_keys=True)


# -- conflicts left open -----------------------------------------------------------------------
@dataclass(frozen=True)
class OpenConflict:
    id: int
    merged_at: str
    other_file: str
    other_author: str
    conflict: Conflict


def open_conflicts(book: Book) -> list[OpenConflict]:
    if not history.has_log(book.connection):
        return []
    out = []
    for r in book.connection.execute("SELECT * FROM merge_conflicts WHERE resolution IS NULL ORDER BY id"):
        mine, theirs = json.loads(r["mine"]), json.loads(r["theirs"])
        conflict = Conflict(
            theirs["kind"],
            r["entity"],
            r["row_key"],
            r["label"],
            r["field"],
            mine["text"],
            theirs["text"],
            theirs.get("data"),
        )
        out.append(OpenConflict(r["id"], r["merged_at"], r["other_file"], r["other_author"], conflict))
    return out


def resolve(book: Book, conflict_id: int, choice: str) -> None:
    """Settle a conflict a merge left open: keep this copy's side or take the colleague's."""
    if choice not in CHOICES:
        raise InvalidInputError(f"choose one of: {', '.join(CHOICES)}")
    found = [c for c in open_conflicts(book) if c.id == conflict_id]
    if not found:
        raise NotFoundError(f"no open conflict {conflict_id} in {book.path.name}")
    skipped: list[str] = []
    with book.transaction() as conn:
        _settle(conn, found[0].conflict, choice, skipped)
        conn.execute(
            "UPDATE merge_conflicts SET resolution = ?, resolved_at = ?, resolved_by = ? WHERE id = ?",
            (choice, _now(), book.author or "", conflict_id),
        )
        _renumber_ties(conn)


def save_copy_for_colleague(
    book: Book, target: str | Path, *, passphrase: str | None = None, overwrite: bool = False
) -> Path:
    """A copy of the book to hand over (same book uuid and history, so it can be merged back),
    encrypted with ``passphrase`` of its own when one is given."""
    from briefingbook.core import crypto
    from briefingbook.core.sqlitefile import atomic_write_file

    target = Path(target)
    if target.resolve() == Path(book.path).resolve():
        raise BookError(f"{target.name} is this book itself; choose another name (nothing was changed)")
    if passphrase is None:
        if book.encrypted:
            raise InvalidInputError("a copy of an encrypted book must be encrypted too: give it a passphrase")
        return book.save_copy(target, overwrite=overwrite)
    crypto.check_new_passphrase(passphrase)
    if target.exists() and not overwrite:
        raise BookError(f"{target} already exists; choose another name (nothing was changed)")
    if not target.parent.is_dir():
        raise BookError(f"{target.parent}: no such folder")
    key = crypto.BookKey.new(passphrase, book.uuid)
    try:
        atomic_write_file(target, key.seal(book.image()))
    except OSError as exc:
        raise BookError(f"{target}: the copy could not be written ({exc.strerror or exc})") from exc
    return target
