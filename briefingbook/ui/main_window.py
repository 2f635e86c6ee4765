"""The main window: the summit header, the agenda and the selected item's brief.

This is the foundation's first window; the panes of the app issue replace its body.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefingbook import APP_NAME
from briefingbook.core.book import Book
from briefingbook.core.checklist import countdown_label, summarize
from briefingbook.core.reference import Reference


class MainWindow(QMainWindow):
    def __init__(self, book_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = Book.open(book_path)
        self.reference = Reference()
        summit = self.book.summit()
        self.lang = summit.language
        self.setWindowTitle(f"{summit.title} — {APP_NAME}")
        self.resize(1100, 720)

        today = dt.date.today()
        counts = summarize(self.book.checklist(), today)
        header = QLabel(
            self.tr("<b>{title}</b> · {place} · {date} ({countdown}) · checklist: {done} of {total} done, "
                    "{overdue} overdue").format(
                title=escape(summit.title), place=escape(summit.place), date=summit.date.isoformat(),
                countdown=countdown_label(summit.date, today), done=counts["done"], total=counts["total"],
                overdue=counts["overdue"]))
        header.setAccessibleName(self.tr("Summit summary"))

        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda"))
        for item in self.book.agenda():
            row = QListWidgetItem(item.title)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.agenda.addItem(row)
        self.brief = QTextBrowser()
        self.brief.setAccessibleName(self.tr("Brief"))
        self.agenda.currentItemChanged.connect(self._show_brief)

        splitter = QSplitter()
        splitter.addWidget(self.agenda)
        splitter.addWidget(self.brief)
        splitter.setSizes([300, 800])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(header)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)
        if self.agenda.count():
            self.agenda.setCurrentRow(0)

    def _show_brief(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is None:
            self.brief.clear()
            return
        item = self.book.agenda_item(current.data(Qt.ItemDataRole.UserRole))
        parts = [f"<h2>{escape(item.title)}</h2>"]
        if item.issue_area:
            area = self.reference.issue_area(item.issue_area)
            parts.append(f"<p>{escape(area.summary(self.lang))}</p>")
            parts.append(f"<h3>{self.tr('Recommendations')}</h3><ul>")
            for rec in self.reference.recommendations(item.issue_area):
                cite = self.reference.citation_label(rec.citation, self.lang)
                parts.append(f"<li><b>{escape(rec.title(self.lang))}</b> — {escape(rec.summary(self.lang))} "
                             f"<i>({escape(cite)})</i></li>")
            parts.append("</ul>")
        if item.objectives:
            parts.append(f"<h3>{self.tr('Objectives')}</h3><pre>{escape(item.objectives)}</pre>")
        self.brief.setHtml("".join(parts))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.book.close()
        self.reference.close()
        super().closeEvent(event)
