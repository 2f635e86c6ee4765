"""The open book and the reference, shared by every pane, with signals saying what changed.

Panes call the core through this object and redraw only for the signals that concern them
(as Anki's operations report what changed). The UI holds no SQL.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from briefingbook.core.book import Book
from briefingbook.core.reference import Reference


class BookSession(QObject):
    summitChanged = Signal()
    agendaChanged = Signal()  # items added, removed or reordered
    agendaItemChanged = Signal(int)  # one item's fields (title, priority, status, brief text)
    recommendationChanged = Signal(str)  # status or notes of one recommendation
    checklistChanged = Signal()
    seriesChanged = Signal()  # imported series added or replaced
    bookChanged = Signal()  # anything may have changed (a merge, a settled conflict); sent by everything_changed

    def __init__(self, book: Book, reference: Reference, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.reference = reference
        # Cached: item models read it in data(), which must never run SQL (a paint after the
        # book closed would raise inside a Qt virtual call).
        self.lang = book.summit().language
        self.closed = False
        self.ui_lang = "en"  # the interface language (dates in panes); the window sets it
        self.summitChanged.connect(self._summit_changed)

    def everything_changed(self) -> None:
        """Tell every pane to redraw: after a merge or a settled conflict, which can touch any
        row of the book (the specific signals first, then ``bookChanged``)."""
        if self.closed:
            return
        self.summitChanged.emit()
        self.agendaChanged.emit()
        self.checklistChanged.emit()
        self.seriesChanged.emit()
        for rec_id in self.book.recommendation_statuses():
            self.recommendationChanged.emit(rec_id)
        self.bookChanged.emit()

    def _summit_changed(self) -> None:
        self.lang = self.book.summit().language

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
