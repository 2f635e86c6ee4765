"""What is not ready in a book before its packet leaves: the export dialog and ``export`` list it,
and ``export --strict`` refuses to export while anything remains.

Four kinds, each counted and named: brief fields not yet written (they print "Not yet
written."), press questions without an agreed answer or without a record status (a new question
has none until one is chosen: "Not chosen yet" in the packet), people without a name (empty, or the demo's "(name to be
confirmed)"), and checklist items past their due date. Plain data, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefingbook.core.book import Book
from briefingbook.core.checklist import status as checklist_status
from briefingbook.core.model import BRIEF_FIELDS
from briefingbook.core.packet_labels import plural

# The demo names people by role only, with this marker (core/demo.py); such a name is not a name.
UNNAMED_MARKERS = ("(name to be confirmed)", "(nombre por confirmar)")

_FIELD_NAMES = {
    "objectives": "objectives",
    "talking_points": "points to make",
    "their_objectives": "their objectives",
    "our_response": "our response",
    "press_line": "press line",
    "notes": "notes",
}


@dataclass(frozen=True)
class NotReady:
    kind: str  # "unwritten", "unanswered", "unnamed", "overdue"
    count: int
    detail: str  # one line: what and where

    def __str__(self) -> str:
        return self.detail


def unnamed(name: str) -> bool:
    text = (name or "").strip()
    return not text or any(marker in text for marker in UNNAMED_MARKERS)


def check(book: Book, today: dt.date | None = None) -> list[NotReady]:
    """What is not ready, one entry per kind that has anything (empty: ready)."""
    from briefingbook.core import people, press

    today = today or dt.date.today()
    out: list[NotReady] = []
    agenda = book.agenda()
    missing = []
    for item in agenda:
        empty = [
            _FIELD_NAMES[name] for name in BRIEF_FIELDS if name in _FIELD_NAMES and not getattr(item, name).strip()
        ]
        if empty:
            missing.append((item.title, empty))
    count = sum(len(fields) for _, fields in missing)
    if count:
        first = "; ".join(f"“{title}”: {', '.join(fields)}" for title, fields in missing[:3])
        more = (
            f"; and {len(missing) - 3} more {plural(len(missing) - 3, 'agenda item', 'agenda items')}"
            if len(missing) > 3
            else ""
        )
        out.append(
            NotReady(
                "unwritten",
                count,
                f"{count} {plural(count, 'brief field', 'brief fields')} not yet written in {len(missing)} "
                f"{plural(len(missing), 'agenda item', 'agenda items')} ({first}{more})",
            )
        )
    titles = {item.id: item.title for item in agenda}
    unready = [q for q in press.questions(book) if not q.answer.strip() or q.record_status == press.NOT_CHOSEN]
    if unready:
        no_answer = sum(1 for q in unready if not q.answer.strip())
        no_status = sum(1 for q in unready if q.record_status == press.NOT_CHOSEN)
        placeholders = sum(1 for q in unready if q.prompt)
        items = len({q.agenda_item_id for q in unready})
        first = titles.get(unready[0].agenda_item_id, "")
        out.append(
            NotReady(
                "unanswered",
                len(unready),
                f"{len(unready)} {plural(len(unready), 'press question', 'press questions')} without an answer "
                f"or a record status ({no_answer} without an answer, {no_status} without a status; {placeholders} "
                f"of them demo placeholders) in {items} {plural(items, 'agenda item', 'agenda items')}, "
                f"first under “{first}”",
            )
        )
    nameless = [p for p in people.people(book) if unnamed(p.name)]
    if nameless:
        roles = ", ".join(p.title or p.role or "?" for p in nameless[:3])
        more = f" and {len(nameless) - 3} more" if len(nameless) > 3 else ""
        out.append(
            NotReady(
                "unnamed",
                len(nameless),
                f"{len(nameless)} {plural(len(nameless), 'person', 'people')} without a name ({roles}{more})",
            )
        )
    overdue = [i for i in book.checklist() if checklist_status(i, today) == "overdue"]
    if overdue:
        first = ", ".join(f"“{i.title}” (due {i.due.isoformat()})" for i in overdue[:3])
        more = f" and {len(overdue) - 3} more" if len(overdue) > 3 else ""
        out.append(
            NotReady(
                "overdue",
                len(overdue),
                f"{len(overdue)} {plural(len(overdue), 'checklist item', 'checklist items')} overdue ({first}{more})",
            )
        )
    return out
