"""Plain-text boxes that grow with their text, so a box never scrolls inside a scrolling page
(issue 19, item 5): the brief's fields, the scene-setter's parts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

EDITOR_MIN_HEIGHT = 70


def fit_height(editor: QPlainTextEdit) -> None:
    """Make a plain-text box as tall as its text (its lines, wrapped, at the font's spacing)."""
    lines = max(1, int(editor.document().documentLayout().documentSize().height()))
    margins = editor.contentsMargins()
    height = (
        lines * editor.fontMetrics().lineSpacing()
        + 2 * int(editor.document().documentMargin())
        + margins.top()
        + margins.bottom()
        + 4
    )
    editor.setFixedHeight(max(EDITOR_MIN_HEIGHT, height))


def growing_editor(accessible_name: str, placeholder: str = "") -> QPlainTextEdit:
    """A plain-text box (never rich text) that grows with its text; Tab moves to the next field."""
    editor = QPlainTextEdit()
    editor.setAccessibleName(accessible_name)
    editor.setPlaceholderText(placeholder)
    editor.setTabChangesFocus(True)
    editor.setMinimumHeight(EDITOR_MIN_HEIGHT)
    editor.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    editor.document().documentLayout().documentSizeChanged.connect(lambda _size, e=editor: fit_height(e))
    editor.textChanged.connect(lambda e=editor: fit_height(e))
    fit_height(editor)
    return editor
