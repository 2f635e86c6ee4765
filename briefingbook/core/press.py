"""Press guidance per agenda item: anticipated questions with the agreed answer, and top lines.

Each question carries a marking for its answer (its record status): ``on_record``, ``background``
or ``do_not_raise``, or ``""`` (``NOT_CHOSEN``) until the user chooses one — a new question has no
record status (book format 11; before, every question defaulted to "on the record"). Questions are
ordered per agenda item. A question marked ``prompt`` is a placeholder the demo book puts in (an
empty answer for the user to write), never a position.
Each agenda item has one "top lines" text. Tables of book schema step 6; every edit is its own
transaction. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuidlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefingbook.core.errors import InvalidInputError, NotFoundError
from briefingbook.core.sqlitefile import inserted_id

if TYPE_CHECKING:
    from briefingbook.core.book import Book

MARKINGS = ("on_record", "background", "do_not_raise")
NOT_CHOSEN = ""  # no record status chosen yet: the default of a new question


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Question:
    id: int
    uuid: str
    agenda_item_id: int
    position: int
    question: str
    answer: str
    marking: str
    prompt: bool  # a placeholder from the demo book: to be written by the user

    @property
    def record_status(self) -> str:
        """The record status the user chose, or ``NOT_CHOSEN`` ("") while none is chosen."""
        return self.marking


def _question(r: sqlite3.Row) -> Question:
    return Question(
        r["id"],
        r["uuid"],
        r["agenda_item_id"],
        r["position"],
        r["question"],
        r["answer"],
        r["marking"],
        bool(r["prompt"]),
    )


def _check_item(conn: sqlite3.Connection, item_id: int) -> None:
    if conn.execute("SELECT 1 FROM agenda_items WHERE id = ?", (item_id,)).fetchone() is None:
        raise NotFoundError(f"no agenda item {item_id}")


def _check_marking(marking: str) -> str:
    if marking != NOT_CHOSEN and marking not in MARKINGS:
        raise InvalidInputError(f"marking {marking!r} must be one of: {', '.join(MARKINGS)} (or empty: not chosen yet)")
    return marking


def questions(book: Book, agenda_item_id: int | None = None) -> list[Question]:
    """The questions of one agenda item (or of all, in agenda order), in the user's order."""
    from briefingbook.core.program import schema_ready

    if not schema_ready(book):
        return []
    if agenda_item_id is None:
        rows = book.connection.execute(
            "SELECT q.* FROM press_qa q JOIN agenda_items a ON a.id = q.agenda_item_id "
            "ORDER BY a.position, a.id, q.position, q.id"
        )
    else:
        rows = book.connection.execute(
            "SELECT * FROM press_qa WHERE agenda_item_id = ? ORDER BY position, id", (agenda_item_id,)
        )
    return [_question(r) for r in rows]


def question(book: Book, question_id: int) -> Question:
    r = book.connection.execute("SELECT * FROM press_qa WHERE id = ?", (question_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no press question {question_id}")
    return _question(r)


def insert_question(
    conn: sqlite3.Connection,
    agenda_item_id: int,
    question: str,
    answer: str = "",
    marking: str = NOT_CHOSEN,
    prompt: bool = False,
) -> int:
    """Append a question to an agenda item inside the caller's transaction."""
    if not question.strip():
        raise InvalidInputError("a press question cannot be empty")
    _check_marking(marking)
    _check_item(conn, agenda_item_id)
    now = _now()
    position = conn.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM press_qa WHERE agenda_item_id = ?", (agenda_item_id,)
    ).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO press_qa (uuid, agenda_item_id, position, question, answer, marking, prompt, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            str(uuidlib.uuid4()),
            agenda_item_id,
            position,
            question.strip(),
            answer.strip(),
            marking,
            int(prompt),
            now,
            now,
        ),
    )
    return inserted_id(cur)


def add_question(
    book: Book, agenda_item_id: int, question_text: str, answer: str = "", marking: str = NOT_CHOSEN
) -> Question:
    with book.transaction() as conn:
        question_id = insert_question(conn, agenda_item_id, question_text, answer, marking)
    return question(book, question_id)


def update_question(
    book: Book,
    question_id: int,
    *,
    question_text: str | None = None,
    answer: str | None = None,
    marking: str | None = None,
) -> Question:
    """Change a question; once the user edits it, it is no longer a demo prompt."""
    question(book, question_id)
    values: dict[str, object] = {}
    if question_text is not None:
        if not question_text.strip():
            raise InvalidInputError("a press question cannot be empty")
        values["question"] = question_text.strip()
    if answer is not None:
        values["answer"] = answer.strip()
    if marking is not None:
        values["marking"] = _check_marking(marking)
    if values:
        values["prompt"] = 0
        assignments = ", ".join(f"{name} = ?" for name in values)
        with book.transaction() as conn:
            conn.execute(
                f"UPDATE press_qa SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), _now(), question_id),
            )
    return question(book, question_id)


def remove_question(book: Book, question_id: int) -> None:
    item_id = question(book, question_id).agenda_item_id
    with book.transaction() as conn:
        conn.execute("DELETE FROM press_qa WHERE id = ?", (question_id,))
        ids = [
            r[0]
            for r in conn.execute("SELECT id FROM press_qa WHERE agenda_item_id = ? ORDER BY position, id", (item_id,))
        ]
        conn.executemany("UPDATE press_qa SET position = ? WHERE id = ?", [(pos, i) for pos, i in enumerate(ids)])


def move_question(book: Book, question_id: int, new_index: int) -> list[Question]:
    """Put the question at ``new_index`` (0-based, clamped) among its agenda item's questions."""
    item_id = question(book, question_id).agenda_item_id
    order = [q.id for q in questions(book, item_id)]
    order.remove(question_id)
    order.insert(max(0, min(int(new_index), len(order))), question_id)
    now = _now()
    with book.transaction() as conn:
        conn.executemany(
            "UPDATE press_qa SET position = ?, updated_at = ? WHERE id = ?",
            [(pos, now, i) for pos, i in enumerate(order)],
        )
    return questions(book, item_id)


# -- top lines -------------------------------------------------------------------------------------
def top_lines(book: Book, agenda_item_id: int) -> str:
    r = book.connection.execute(
        "SELECT text FROM press_top_lines WHERE agenda_item_id = ?", (agenda_item_id,)
    ).fetchone()
    return r[0] if r else ""


def all_top_lines(book: Book) -> dict[int, str]:
    from briefingbook.core.program import schema_ready

    if not schema_ready(book):
        return {}
    return {r[0]: r[1] for r in book.connection.execute("SELECT agenda_item_id, text FROM press_top_lines")}


def set_top_lines(book: Book, agenda_item_id: int, text: str) -> str:
    """Store the agenda item's top lines (plain text; "- " lines are bullets in packets)."""
    now = _now()
    _check_item(book.connection, agenda_item_id)
    stored = book.connection.execute(
        "SELECT text FROM press_top_lines WHERE agenda_item_id = ?", (agenda_item_id,)
    ).fetchone()
    if (stored[0] if stored else "") == text:
        return text  # saving what is there is no change, and no entry in the book's history
    with book.transaction() as conn:
        _check_item(conn, agenda_item_id)
        conn.execute(
            "INSERT INTO press_top_lines (uuid, agenda_item_id, text, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (agenda_item_id) DO UPDATE SET text = excluded.text, "
            "updated_at = excluded.updated_at",
            (str(uuidlib.uuid4()), agenda_item_id, text, now, now),
        )
    return top_lines(book, agenda_item_id)
