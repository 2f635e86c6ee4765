"""History (issue 10): every change to the book from its change log, newest first, with filters;
the selected change before and after, word by word; the earlier texts of a note, any of which can
be put back (itself a logged change); and the conflicts a merge of a colleague's copy left open.

The pane reads the log through ``core.history`` and settles conflicts through ``core.merge``; it
runs no SQL. User text (labels, notes, names) is shown as plain text, or escaped piece by piece
where the word-by-word view needs rich text.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import history, merge
from briefingbook.core.errors import BriefingBookError
from briefingbook.ui import dialogs, read_only
from briefingbook.ui.history_names import (
    action_name,
    conflict_kind_name,
    entity_name,
    field_name,
    row_label,
    value_label,
)
from briefingbook.ui.i18n import moment_label, short_date
from briefingbook.ui.nonnull import top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.session import BookSession

PAGE = 200  # changes read at a time; more are read as the list is scrolled
SHORT = 60  # characters of a value shown in the list (the detail shows all of it)
ChangeIdRole = Qt.ItemDataRole.UserRole + 1
DATE_FIELDS = {"done_at", "noted_on", "date", "day", "as_of"}  # ISO days and moments, shown as dates
REMOVED_STYLE = "background-color:#F8D7D7; color:#7A1F1F; text-decoration:line-through;"
ADDED_STYLE = "background-color:#D4EDD6; color:#1E4620;"


def _number(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def text_of(value: object) -> str:
    """A logged value of a text field as text (None, for a row added without it, is "")."""
    return value if isinstance(value, str) else ""


def one_line(text: str, limit: int = SHORT) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def stamp_label(change: history.Change | dt.datetime, lang: str) -> str:
    """When a change was made (or a moment), in local time, as the interface language writes it."""
    return moment_label(change.when if isinstance(change, history.Change) else change, lang)


@dataclass(frozen=True)
class ChangeRow:
    """A change with the texts the list shows (made when read, so painting runs no query)."""

    change: history.Change
    when: str
    author: str
    what: str
    field: str
    summary: str


class ChangeLogModel(QAbstractTableModel):
    """The change log, a page at a time: ``fetch(limit, before_id)`` returns the newest ``limit``
    changes under the current filters older than ``before_id`` (None: from the newest);
    scrolling to the end reads the next page."""

    def __init__(self, prepare, parent=None) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._fetch: Callable[[int, int | None], list[history.Change]] | None = None
        self._rows: list[ChangeRow] = []
        self._more = False
        self._cursor: int | None = None  # the oldest change read (reorders show fewer rows than read)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Author"), self.tr("What"), self.tr("Field"), self.tr("Change")]

    def load(self, fetch) -> None:
        self.beginResetModel()
        self._fetch = fetch
        changes = fetch(PAGE + 1, None)
        self._more = len(changes) > PAGE
        self._cursor = changes[PAGE - 1].id if self._more else None
        self._rows = [self._prepare(c) for c in history.entries(changes[:PAGE])]
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or not self._more or self._cursor is None or self._fetch is None:
            return
        older = self._fetch(PAGE + 1, self._cursor)  # read on from the last change read, shown or not
        self._more = len(older) > PAGE
        older = older[:PAGE]
        self._cursor = older[-1].id if older else None
        older = history.entries(older)
        if older:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(older) - 1)
            self._rows += [self._prepare(c) for c in older]
            self.endInsertRows()

    @property
    def has_more(self) -> bool:
        return self._more

    def row(self, row: int) -> ChangeRow:
        return self._rows[row]

    def row_of(self, change_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.change.id == change_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        values = (r.when, r.author, r.what, r.field, r.summary)
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2, 4):
            return plain_tooltip(values[index.column()])
        if role == ChangeIdRole:
            return r.change.id
        return None


class HistoryPane(QWidget):
    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rec_titles: dict[str, str] | None = None
        self._versions: list[history.Change] = []
        self._version_change: history.Change | None = None
        self._row_exists = False
        self._current_text: str | None = None
        self._conflicts: list[merge.OpenConflict] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(250)
        self._text_timer.timeout.connect(self.refresh)

        title = QLabel(self.tr("History"))
        title.setObjectName("paneTitle")
        intro = QLabel(
            self.tr(
                "Every change to this book: when, by whom, and what it was before. Earlier texts of "
                "notes and briefs can be put back."
            )
        )
        intro.setWordWrap(True)
        self.readonly_note = QLabel()
        self.readonly_note.setTextFormat(Qt.TextFormat.PlainText)  # may quote the file's name
        self.readonly_note.setWordWrap(True)
        self.readonly_note.setStyleSheet("background: #FFF4CE; color: #3B2F00; padding: 4px;")

        # -- the list of changes ---------------------------------------------------------------
        self.entity_filter = QComboBox()
        self.entity_filter.setAccessibleName(self.tr("Show changes to this kind of row"))
        self.entity_filter.addItem(self.tr("All kinds"), None)
        for entity in history.TRACKED:
            self.entity_filter.addItem(entity_name(entity), entity)
        self.entity_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.author_filter = QComboBox()
        self.author_filter.setAccessibleName(self.tr("Show changes by this author"))
        self.author_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Filter by text…"))
        self.text_filter.setAccessibleName(self.tr("Show changes whose name or values contain this text"))
        self.text_filter.setClearButtonEnabled(True)
        read_only.view_only(self.entity_filter, self.author_filter, self.text_filter)
        self.text_filter.textChanged.connect(lambda _t: self._text_timer.start())
        filters = QHBoxLayout()
        for label_text, widget in ((self.tr("Kind"), self.entity_filter), (self.tr("Author"), self.author_filter)):
            label = QLabel(label_text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.text_filter, 1)

        self.model = ChangeLogModel(self._prepare, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Changes to the book, newest first"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 360)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        # -- the selected change -----------------------------------------------------------------
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # quotes names and labels the user wrote
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("The selected change"))
        self.diff_view = QTextBrowser()
        self.diff_view.setAccessibleName(self.tr("Before and after the selected change, word by word"))
        self.diff_view.setOpenLinks(False)
        self.diff_view.setOpenExternalLinks(False)
        change_box = QGroupBox(self.tr("Selected change"))
        change_layout = QVBoxLayout(change_box)
        change_layout.addWidget(self.summary)
        change_layout.addWidget(self.diff_view, 1)

        # -- earlier texts of the selected field --------------------------------------------------
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Earlier texts of this field, newest first"))
        self.versions.setAlternatingRowColors(True)
        self.versions.setSpacing(2)
        self.versions.currentRowChanged.connect(lambda _row: self._show_version())
        self.version_text = QPlainTextEdit()
        self.version_text.setReadOnly(True)
        self.version_text.setAccessibleName(self.tr("The selected earlier text"))
        self.restore_button = QPushButton(self.tr("Restore this text"))
        self.restore_button.setAccessibleName(self.tr("Put the selected earlier text back into the book"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_note = QLabel()
        self.restore_note.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_note.setWordWrap(True)
        texts_box = QGroupBox(self.tr("Earlier texts"))
        texts_layout = QVBoxLayout(texts_box)
        texts_split = QHBoxLayout()
        texts_split.addWidget(self.versions, 2)
        texts_split.addWidget(self.version_text, 3)
        texts_layout.addLayout(texts_split, 1)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_note, 1)
        restore_row.addWidget(self.restore_button)
        texts_layout.addLayout(restore_row)

        self.detail_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.detail_splitter.addWidget(change_box)
        self.detail_splitter.addWidget(texts_box)
        self.detail_splitter.setSizes([600, 600])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 300])

        changes_page = QWidget()
        changes_layout = QVBoxLayout(changes_page)
        changes_layout.addLayout(filters)
        changes_layout.addWidget(self.splitter, 1)
        changes_layout.addWidget(self.count_label)

        # -- conflicts a merge left open --------------------------------------------------------
        self.conflicts_note = QLabel()
        self.conflicts_note.setWordWrap(True)
        self.conflict_tree = QTreeWidget()
        self.conflict_tree.setAccessibleName(self.tr("Conflicts left open by merging a colleague's copy"))
        self.conflict_tree.setHeaderLabels(
            [self.tr("What"), self.tr("Field"), self.tr("Yours"), self.tr("Theirs"), self.tr("From")]
        )
        self.conflict_tree.setRootIsDecorated(False)
        self.conflict_tree.setAlternatingRowColors(True)
        self.conflict_tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.conflict_tree.setWordWrap(False)
        conflict_header = self.conflict_tree.header()
        conflict_header.setStretchLastSection(False)
        for column in (0, 2, 3):
            conflict_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 4):
            conflict_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_tree.currentItemChanged.connect(lambda *_: self._show_conflict())
        self.mine_text = QPlainTextEdit()
        self.mine_text.setReadOnly(True)
        self.mine_text.setAccessibleName(self.tr("Your version"))
        self.theirs_text = QPlainTextEdit()
        self.theirs_text.setReadOnly(True)
        self.theirs_text.setAccessibleName(self.tr("Your colleague's version"))
        self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        self.keep_mine_button.setAccessibleName(self.tr("Keep your version of the selected conflict"))
        self.keep_mine_button.clicked.connect(lambda: self.resolve_current("mine"))
        self.take_theirs_button = QPushButton(self.tr("Take theirs"))
        self.take_theirs_button.setAccessibleName(self.tr("Take your colleague's version of the selected conflict"))
        self.take_theirs_button.clicked.connect(lambda: self.resolve_current("theirs"))
        self.conflict_detail = QWidget()
        sides = QHBoxLayout(self.conflict_detail)
        sides.setContentsMargins(0, 0, 0, 0)
        for caption, editor, button in (
            (self.tr("Yours"), self.mine_text, self.keep_mine_button),
            (self.tr("Theirs"), self.theirs_text, self.take_theirs_button),
        ):
            side = QVBoxLayout()
            side.addWidget(QLabel(caption))
            side.addWidget(editor, 1)
            side.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            sides.addLayout(side)
        conflicts_page = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_page)
        conflicts_layout.addWidget(self.conflicts_note)
        conflicts_layout.addWidget(self.conflict_tree, 3)
        conflicts_layout.addWidget(self.conflict_detail, 2)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("History views"))
        self.tabs.addTab(changes_page, self.tr("Changes"))
        self.tabs.addTab(conflicts_page, self.tr("Open conflicts"))

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.readonly_note)
        layout.addWidget(self.tabs, 1)

        self.refresh()

    # -- reading the log -------------------------------------------------------------------------
    def book_changed(self, _entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        self._refresh_timer.start()  # several edits in a row make one refresh

    def _fetch(self, limit: int, before_id: int | None) -> list[history.Change]:
        return history.changes(
            self.session.book,
            entity=self.entity_filter.currentData(),
            author=self.author_filter.currentData(),
            text=self.text_filter.text().strip() or None,
            before_id=before_id,
            limit=limit,
        )

    def refresh(self) -> None:
        """Read the log again under the filters, keeping the selected change; and the conflicts."""
        self._refresh_timer.stop()
        self._text_timer.stop()
        if self.session.closed:
            return
        book = self.session.book
        readonly = book.readonly
        if readonly:
            self.readonly_note.setText(
                self.tr("Read-only: {reason} Earlier texts cannot be restored and conflicts cannot be settled.").format(
                    reason=self.session.read_only_reason() or self.tr("the book was opened read-only.")
                )
            )
        self.readonly_note.setVisible(readonly)
        self._fill_authors()
        keep = self.current_change_id()
        self.model.load(self._fetch)
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else 0)
        self._show_current()
        self._update_count()
        self.refresh_conflicts()

    def _fill_authors(self) -> None:
        keep = self.author_filter.currentData()
        self.author_filter.blockSignals(True)
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("All authors"), None)
        for name in history.authors(self.session.book):
            if name:
                self.author_filter.addItem(name, name)
        self.author_filter.setCurrentIndex(max(0, self.author_filter.findData(keep)) if keep else 0)
        self.author_filter.blockSignals(False)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if self.model.has_more:
            self.count_label.setText(self.tr("%n changes shown (scroll down for older ones)", "", count))
        else:
            self.count_label.setText(self.tr("%n changes shown", "", count))

    def _recommendation_title(self, rec_id: str) -> str:
        if self._rec_titles is None:
            lang = self.session.ref_lang
            self._rec_titles = {r.id: r.title(lang) for r in self.session.reference.recommendations()}
        return self._rec_titles.get(rec_id, rec_id)

    def _series_name(self, slug: str) -> str:
        from briefingbook.core import book_series

        names = {info.slug: info.name(self.session.lang) for info in book_series.imported_series(self.session.book)}
        return names.get(slug, slug)

    def what(self, entity: str, label: str) -> str:
        """A row as the list names it: its kind and its name at the time."""
        if entity in ("recommendation_status", "recommendation_notes"):
            label = self._recommendation_title(label)
        elif entity == "book_series_vintages":
            slug, _, number = (label or "").rpartition(" #")
            label = self.tr("{series}, vintage {number}").format(series=self._series_name(slug), number=number)
        else:
            label = row_label(entity, label)
        label = one_line(label or "", 200)
        return f"{entity_name(entity)} · {label}" if label else entity_name(entity)

    def value_text(self, change: history.Change, value) -> str:
        return self.value_of(change.entity, change.field, value)

    def value_of(self, entity: str, field: str | None, value) -> str:
        """A logged value as the user reads it: choices by name, moments and days as dates."""
        if field in DATE_FIELDS and isinstance(value, str) and value:
            try:
                moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                return value
            if len(value) == 10:
                return short_date(moment.date(), self.session.ui_lang)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.timezone.utc)
            return stamp_label(moment, self.session.ui_lang)
        return value_label(entity, field, value)

    def _prepare(self, change: history.Change) -> ChangeRow:
        author = change.author or self.tr("(no name)")
        if change.merged_from:
            author = self.tr("{author} (from {file})").format(author=author, file=change.merged_from)
        field = field_name(change.field)
        what = self.what(change.entity, change.label)
        if change.entity == "agenda_item_versions":
            field = self.version_field(change.row_key)
        if change.entity == "summit" and change.action == "insert":
            what = self.tr("Book created · {title}").format(title=one_line(change.label or "", 200))
            summary = self.tr("Created")
        elif change.action == "update" and change.field == "position":
            moved_up = _number(change.new_value) < _number(change.old_value)
            summary = self.tr("Moved up the list") if moved_up else self.tr("Moved down the list")
        elif change.action == "update":
            empty = self.tr("(empty)")
            summary = "{old} → {new}".format(
                old=one_line(self.value_text(change, change.old_value)) or empty,
                new=one_line(self.value_text(change, change.new_value)) or empty,
            )
        else:
            summary = action_name(change.action)
            values = {name: value for name, value in change.row_values().items() if name != "position"}
            if len(values) == 1:  # a status, a setting, a top line: say what it was
                ((name, value),) = values.items()
                text = one_line(self.value_of(change.entity, name, value))
                if text:
                    summary = self.tr("{action}: {value}").format(action=summary, value=text)
        return ChangeRow(change, stamp_label(change, self.session.ui_lang), author, what, field, summary)

    def version_field(self, row_key: str) -> str:
        """The field of a brief in the other language, named with its language: "Objectives (Spanish)"."""
        try:
            _item, lang, name = json.loads(row_key)
        except (ValueError, TypeError):
            return field_name("text")
        language = self.tr("Spanish") if lang == "es" else self.tr("English") if lang == "en" else str(lang)
        return self.tr("{field} ({language})").format(field=field_name(name), language=language)

    def current_change_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ChangeIdRole) if index.isValid() else None

    def current_change(self) -> history.Change | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()).change if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))

    def select_change(self, change_id: int) -> bool:
        row = self.model.row_of(change_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(change_id)
        self.select_row(row)
        self._update_count()
        return row >= 0

    # -- the selected change ------------------------------------------------------------------
    def _show_current(self) -> None:
        change = self.current_change()
        if change is None:
            self.summary.setText(
                self.tr("No change matches the filters.")
                if self.model.rowCount() == 0
                else self.tr("Select a change to see it in full.")
            )
            self.diff_view.clear()
            self._show_versions(None)
            return
        lang = self.session.ui_lang
        what = self.what(change.entity, change.label)
        author = change.author or self.tr("(no name)")
        when = stamp_label(change, lang)
        if change.action == "update":
            line = self.tr("{field}: changed by {author} on {when}").format(
                field=field_name(change.field), author=author, when=when
            )
        elif change.action == "insert":
            line = self.tr("Added by {author} on {when}").format(author=author, when=when)
        else:
            line = self.tr("Removed by {author} on {when}").format(author=author, when=when)
        lines = [what, line]
        if change.merged_from:
            lines.append(self.tr("Came with the merge of a colleague's copy ({file}).").format(file=change.merged_from))
        self.summary.setText("\n".join(lines))
        self.diff_view.setHtml(self.change_html(change))
        self._show_versions(change)

    def change_html(self, change: history.Change) -> str:
        """The change as rich text for the detail view; every piece of user text is escaped."""

        def block(text: str) -> str:
            return f'<div style="white-space:pre-wrap;">{text}</div>'

        def heading(text: str) -> str:
            return f"<p><b>{html.escape(text)}</b></p>"

        empty = f"<i>{html.escape(self.tr('(empty)'))}</i>"
        if change.action == "update" and change.field == "position":  # a move, not numbers
            return f"<p>{html.escape(self._prepare(change).summary)}</p>"
        if change.action == "update":
            old, new = self.value_text(change, change.old_value), self.value_text(change, change.new_value)
            parts = history.word_diff(old, new)
            before = "".join(
                html.escape(p.text)
                if p.kind == "same"
                else f'<span style="{REMOVED_STYLE}">{html.escape(p.text)}</span>'
                for p in parts
                if p.kind != "added"
            )
            after = "".join(
                html.escape(p.text) if p.kind == "same" else f'<span style="{ADDED_STYLE}">{html.escape(p.text)}</span>'
                for p in parts
                if p.kind != "removed"
            )
            return (
                heading(self.tr("Before"))
                + block(before if old else empty)
                + heading(self.tr("After"))
                + block(after if new else empty)
            )
        values = change.row_values()
        title = (
            self.tr("Its values when it was added")
            if change.action == "insert"
            else self.tr("Its values when it was removed")
        )
        rows = []
        for name, value in values.items():
            text = self.value_of(change.entity, name, value)
            if name == "position" or not text:
                continue
            rows.append(f"<b>{html.escape(field_name(name))}:</b> {html.escape(text)}")
        body = block("\n".join(rows)) if rows else f"<p>{html.escape(self.what(change.entity, change.label))}</p>"
        return heading(title) + body

    # -- earlier texts ------------------------------------------------------------------------
    def _text_field(self, change: history.Change | None) -> bool:
        return (
            change is not None
            and change.action == "update"
            and change.field in history.TEXT_FIELDS.get(change.entity, ())
        )

    def _show_versions(self, change: history.Change | None) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        self._versions = []
        change = change if self._text_field(change) else None  # an update of a text field, or none
        self._version_change = change
        self._row_exists = False
        self._current_text = None
        if change is not None and change.field is not None:
            book = self.session.book
            versions = history.text_versions(book, change.entity, change.row_key, change.field)
            self._versions = list(reversed(versions))  # newest first
            self._row_exists = history.row_id(book, change.entity, change.row_key) is not None
            current_value = history.current_value(book, change.entity, change.row_key, change.field)
            self._current_text = current_value if isinstance(current_value, str) else None  # a text field's
            current = next(
                (
                    i
                    for i, v in enumerate(self._versions)
                    if self._current_text is not None and (v.new_value or "") == self._current_text
                ),
                -1,
            )
            lang = self.session.ui_lang
            for number, version in enumerate(self._versions):
                author = version.author or self.tr("(no name)")
                if number == current:
                    text = self.tr("{when}\n{author} · current text")
                elif version.action == "insert":
                    text = self.tr("{when}\n{author} · first text")
                else:
                    text = self.tr("{when}\n{author}")
                item = QListWidgetItem(text.format(when=stamp_label(version, lang), author=author))
                item.setToolTip(plain_tooltip(one_line(text_of(version.new_value), 300)))
                self.versions.addItem(item)
        self.versions.blockSignals(False)
        if self._versions and change is not None:
            # The text the field had just before the selected change; the newest when none.
            before = next((i for i, v in enumerate(self._versions) if v.id < change.id), 0)
            self.versions.setCurrentRow(before)
        self._show_version()

    def selected_version(self) -> history.Change | None:
        row = self.versions.currentRow()
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def _show_version(self) -> None:
        version = self.selected_version()
        change = self._version_change
        self.version_text.setPlainText(text_of(version.new_value) if version is not None else "")
        enabled, note = False, ""
        if change is None:
            note = self.tr(
                "Earlier texts are kept for notes and brief texts: select a change to one of them to "
                "see every text it had."
            )
        elif version is None:
            note = self.tr("Select an earlier text.")
        elif self.session.book.readonly:
            note = self.tr("The book is open read-only: texts cannot be restored.")
        elif not self._row_exists:
            note = self.tr("This row is no longer in the book: its texts can be read but not restored.")
        elif (version.new_value or "") == self._current_text:
            note = self.tr("This is the current text.")
        else:
            enabled = True
        self.restore_button.setEnabled(enabled)
        self.restore_button.setToolTip(note)
        self.restore_note.setText(note)

    def restore_selected(self) -> bool:
        """Put the selected earlier text back (after a confirmation); True when it was."""
        change, version = self._version_change, self.selected_version()
        if change is None or change.field is None or version is None or not self.restore_button.isEnabled():
            return False
        field = field_name(change.field)
        what = self.what(change.entity, change.label)
        when = stamp_label(version, self.session.ui_lang)
        question = self.tr(
            "Put back the text of “{field}” of {what} as it was on {when}?\n\nThe current text "
            "stays in the history and can be restored in turn."
        ).format(field=field, what=what, when=when)
        if not dialogs.confirm(self, self.tr("Restore text"), question):
            return False
        try:
            history.restore_text(
                self.session.book, change.entity, change.row_key, change.field, text_of(version.new_value)
            )
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot restore the text"), str(exc))
            self.refresh()
            return False
        self.refresh()
        self.select_row(0)  # the restore itself, the newest change
        return True

    # -- open conflicts -----------------------------------------------------------------------
    def _side_text(self, conflict: merge.Conflict, text: str) -> str:
        """One side of a conflict as shown: choices by name, the merge's notes translated."""
        if text == "(removed)":
            return self.tr("(removed)")
        edited = re.fullmatch(r"\(edited(?:: (.*))?\)", text)
        if edited and conflict.kind in ("removed_mine", "removed_theirs"):
            if not edited.group(1):
                return self.tr("(edited)")
            names = [entity_name(n) if n in history.TRACKED else field_name(n) for n in edited.group(1).split(", ")]
            return self.tr("(edited: {fields})").format(fields=", ".join(names))
        if conflict.kind == "field":
            return value_label(conflict.entity, conflict.field, text)
        return text

    def refresh_conflicts(self) -> None:
        keep = self.current_conflict()
        keep_id = keep.id if keep is not None else None
        self._conflicts = merge.open_conflicts(self.session.book)
        count = len(self._conflicts)
        self.tabs.setTabText(
            1, self.tr("Open conflicts ({count})").format(count=count) if count else self.tr("Open conflicts")
        )
        if count:
            self.conflicts_note.setText(
                self.tr(
                    "Merging a colleague's copy left these for you to decide: each was "
                    "changed differently in both copies. Keep your version or take "
                    "theirs."
                )
            )
        else:
            self.conflicts_note.setText(
                self.tr(
                    "No open conflicts. When a colleague's copy changed the same thing "
                    "as you did, differently, the merge lists it here for you to decide."
                )
            )
        self.conflict_tree.setVisible(bool(count))
        self.conflict_detail.setVisible(bool(count))
        self.conflict_tree.clear()
        for oc in self._conflicts:
            c = oc.conflict
            what = entity_name(c.entity) if c.kind == "order" else self.what(c.entity, c.label)
            field = field_name(c.field) if c.kind == "field" else conflict_kind_name(c.kind)
            source = (
                oc.other_file
                if not oc.other_author
                else self.tr("{file} ({author})").format(file=oc.other_file, author=oc.other_author)
            )
            item = QTreeWidgetItem(
                [what, field, one_line(self._side_text(c, c.mine)), one_line(self._side_text(c, c.theirs)), source]
            )
            item.setData(0, ChangeIdRole, oc.id)
            self.conflict_tree.addTopLevelItem(item)
        index = next((i for i, oc in enumerate(self._conflicts) if oc.id == keep_id), 0)
        if count:
            self.conflict_tree.setCurrentItem(top_level_items(self.conflict_tree)[index])
        self._show_conflict()

    def current_conflict(self) -> merge.OpenConflict | None:
        item = self.conflict_tree.currentItem()
        if item is None:
            return None
        conflict_id = item.data(0, ChangeIdRole)
        return next((oc for oc in self._conflicts if oc.id == conflict_id), None)

    def _show_conflict(self) -> None:
        oc = self.current_conflict()
        self.mine_text.setPlainText(self._side_text(oc.conflict, oc.conflict.mine) if oc else "")
        self.theirs_text.setPlainText(self._side_text(oc.conflict, oc.conflict.theirs) if oc else "")
        readonly = self.session.book.readonly
        for button in (self.keep_mine_button, self.take_theirs_button):
            button.setEnabled(oc is not None and not readonly)
            button.setToolTip(self.tr("The book is open read-only: conflicts cannot be settled.") if readonly else "")

    def resolve_current(self, choice: str) -> bool:
        """Settle the selected conflict: ``mine`` keeps this copy's side, ``theirs`` takes the
        colleague's; then every pane redraws."""
        oc = self.current_conflict()
        if oc is None or self.session.book.readonly:
            return False
        try:
            merge.resolve(self.session.book, oc.id, choice)
        except BriefingBookError as exc:
            QMessageBox.warning(self, self.tr("Cannot settle the conflict"), str(exc))
            self.refresh()
            return False
        self.session.everything_changed()
        self.refresh()
        return True
