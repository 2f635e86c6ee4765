"""Shared scaffolding for the panes that list rows of one kind with Add, Edit, Delete and Up/Down
(checklist, program, people, press questions, deliverables): every edit goes through
``ListEditor.attempt``, so a refused edit (a read-only book, bad input) shows one message and
leaves the list as the book has it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from briefingbook.core.errors import BriefingBookError
from briefingbook.ui import dialogs

T = TypeVar("T")


class ListEditor:
    """The edits of one list pane: ``refresh`` redraws the pane's list from the book."""

    def __init__(self, pane: QWidget, refresh: Callable[[], None]) -> None:
        self.pane = pane
        self.refresh = refresh

    def attempt(self, failure_title: str, operation: Callable[[], T]) -> T | None:
        """Run one edit; if the core refuses it, say why in one message and show the list as it
        is in the book. Returns the edit's result, or None when it was refused."""
        try:
            return operation()
        except BriefingBookError as exc:
            QMessageBox.warning(self.pane, failure_title, str(exc))
            self.refresh()
            return None

    def delete(
        self, row_id: int, title: str, question: str, remove: Callable[[int], object], failure_title: str
    ) -> bool:
        """Delete a row after the user confirms ``question``; True when it was deleted."""
        if row_id < 0 or not dialogs.confirm(self.pane, title, question):
            return False
        if self.attempt(failure_title, lambda: remove(row_id) or True) is None:
            return False
        self.refresh()
        return True
