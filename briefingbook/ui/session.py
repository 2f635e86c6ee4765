"""The open book and the reference, shared by every pane, with one signal saying what changed.

After each committed transaction (whoever made it: a pane, a dialog, a core call as the CLI makes
it) the session reads the change log's new rows and emits ``changed`` with the set of entities
(tracked tables, ``core/history.TRACKED``) they touch, as Anki's operations report OpChanges.
Panes redraw only when that set meets the entities they show. The UI holds no SQL.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from briefingbook.core import history
from briefingbook.core.book import Book
from briefingbook.core.reference import Reference

EVERYTHING = frozenset(history.TRACKED)


class BookSession(QObject):
    changed = Signal(object)  # frozenset[str]: the entities (history.TRACKED tables) an edit touched

    def __init__(self, book: Book, reference: Reference, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.reference = reference
        # Cached: item models read it in data(), which must never run SQL (a paint after the
        # book closed would raise inside a Qt virtual call).
        self.lang = book.summit().language
        self.closed = False
        self.ui_lang = "en"  # the interface language (dates in panes); the window sets it
        self._log_position = self._newest_position()
        book.commit_listeners.append(self._committed)
        self.stale_years = 3  # series older than this are flagged (Preferences); the window sets it

    def _newest_position(self) -> int:
        conn = self.book.connection
        return history.last_change_id(conn) if history.has_log(conn) else 0

    def _committed(self) -> None:
        """After each transaction: tell the panes which entities the log's new rows touch."""
        if self.closed:
            return
        entities, self._log_position = history.entities_changed_since(self.book, self._log_position)
        if entities:
            self._announce(entities)

    @property
    def ref_lang(self) -> str:
        """The language the reference content (issue areas, recommendations, outlooks, series)
        is shown in: the interface's, as both languages exist (issue 19: one language per line;
        the book's own text shows as written, packets use the book's language)."""
        return self.ui_lang

    @property
    def read_only(self) -> bool:
        """Whether the book is open read-only: the one place panes and dialogs ask (the window
        then disables every editing control, ``MainWindow.apply_read_only``)."""
        return self.book.readonly

    def read_only_reason(self) -> str:
        """Why the book is read-only, in the interface language, ending in a full stop ("" when
        the read-only open was asked for)."""
        from briefingbook.ui import import_messages

        reason = self.book.readonly_reason
        if not reason:
            return ""
        text = import_messages.text(reason)
        return text if text.endswith((".", "!", "?")) else text + "."

    def everything_changed(self) -> None:
        """Tell every pane to redraw: after a settled conflict or a merge, which can touch any row."""
        if not self.closed:
            self._log_position = self._newest_position()
            self._announce(EVERYTHING)

    def _announce(self, entities: frozenset[str]) -> None:
        if "summit" in entities:
            self.lang = self.book.summit().language
        self.changed.emit(entities)

    def retire(self) -> None:
        """Stop listening to the book (another session takes over the same open book)."""
        self.closed = True
        if self._committed in self.book.commit_listeners:
            self.book.commit_listeners.remove(self._committed)

    @classmethod
    def open(cls, path: Path, reference: Reference | None = None) -> "BookSession":
        return cls(Book.open(path), reference or Reference())

    @property
    def path(self) -> Path:
        return self.book.path

    def today(self) -> dt.date:
        return dt.date.today()

    def close(self) -> None:
        self.closed = True
        self.book.close()
        self.retire()
