"""The selected row of a list pane read in full below the list (press questions, deliverables):
each field as a bold label and its text, wrapped, scrolling when long. User text is escaped
(never rendered as markup)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class DetailPanel(QScrollArea):
    """Read-only fields of one record; ``show_fields([])`` shows ``empty_text``."""

    def __init__(self, accessible_name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)  # reads as a page, not as a grey gap
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)  # the fields are escaped in show_fields
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(accessible_name)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setWidget(holder)
        self.setAccessibleName(accessible_name)
        self.show_fields([])

    def show_fields(
        self, fields: list[tuple[str, str]], inline: list[tuple[str, str]] | None = None, title: str = ""
    ) -> None:
        """Show ``title`` in bold, then the short ``inline`` pairs on one line ("Kind: Agreement ·
        Status: Draft"), then the ``(label, text)`` pairs, each label above its text. Empty texts
        are left out."""
        shown = [(label, text) for label, text in fields if text and text.strip()]
        short = [(label, text) for label, text in inline or [] if text and text.strip()]
        if not shown and not short and not title.strip():
            self.label.setText(f"<i>{html.escape(self.empty_text)}</i>")
            return
        parts = []
        if title.strip():
            parts.append(f"<p style='margin: 0 0 6px 0; white-space: pre-wrap'><b>{html.escape(title.strip())}</b></p>")
        if short:
            line = " · ".join(f"<b>{html.escape(label)}:</b> {html.escape(text.strip())}" for label, text in short)
            parts.append(f"<p style='margin: 0 0 6px 0'>{line}</p>")
        parts += [
            f"<p style='margin: 0 0 6px 0'><b>{html.escape(label)}</b><br>"
            f"<span style='white-space: pre-wrap'>{html.escape(text.strip())}</span></p>"
            for label, text in shown
        ]
        self.label.setText("".join(parts))

    def plain_text(self) -> str:
        """What the panel shows, without markup (for tests and screen readers)."""
        document = QTextDocument()
        document.setHtml(self.label.text())
        return document.toPlainText()
