"""What the charts pane shows, kept in the book so it survives an import, a language switch and
a restart: the series, the transformation, the period range, log scale and events on/off.

It is stored as JSON under the key ``chart_selection`` of the book's ``book_info`` key/value
table (no format change). That table is outside the change log on purpose: which chart is on
screen is a view of this copy of the book, not an edit to merge into a colleague's copy.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from briefingbook.core.errors import BookReadOnlyError, InvalidInputError
from briefingbook.core.transforms import Transform

if TYPE_CHECKING:
    from briefingbook.core.book import Book

KEY = "chart_selection"


@dataclass(frozen=True)
class ChartSelection:
    series: list[str] = field(default_factory=list)
    transform: str = "level"
    period_from: str = ""
    period_to: str = ""
    log_y: bool = False
    events: bool = True


def load(book: Book) -> ChartSelection | None:
    """The stored selection, or None when there is none (or it cannot be read: the default chart then)."""
    row = book.connection.execute("SELECT value FROM book_info WHERE key = ?", (KEY,)).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
        selection = ChartSelection(
            series=[str(s) for s in data.get("series", [])],
            transform=str(data.get("transform", "level")),
            period_from=str(data.get("period_from", "")),
            period_to=str(data.get("period_to", "")),
            log_y=bool(data.get("log_y", False)),
            events=bool(data.get("events", True)),
        )
        Transform.parse(selection.transform)
    except (ValueError, TypeError, AttributeError, InvalidInputError):
        return None
    return selection


def save(book: Book, selection: ChartSelection) -> bool:
    """Store ``selection`` (one transaction); False when the book is read-only (nothing is written)."""
    text = json.dumps(asdict(selection), ensure_ascii=False, sort_keys=True)
    current = book.connection.execute("SELECT value FROM book_info WHERE key = ?", (KEY,)).fetchone()
    if current is not None and current[0] == text:
        return True
    try:
        with book.transaction() as conn:
            conn.execute(
                "INSERT INTO book_info (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                "value = excluded.value",
                (KEY, text),
            )
    except BookReadOnlyError:
        return False
    return True
