"""Qt item models over core records: the agenda (reorderable) and the recommendations table."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from briefingbook.core.model import AgendaItem, Outlook, Recommendation
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.session import BookSession

AGENDA_MIME = "application/x-briefingbook-agenda-item"
ItemIdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2


# Every label is a literal QCoreApplication.translate("labels", …) call so pyside6-lupdate finds it.
def priority_label(value: str) -> str:
    return {
        "high": QCoreApplication.translate("labels", "High"),
        "medium": QCoreApplication.translate("labels", "Medium"),
        "low": QCoreApplication.translate("labels", "Low"),
    }.get(value, value)


def agenda_status_label(value: str) -> str:
    return {
        "not_started": QCoreApplication.translate("labels", "Not started"),
        "in_preparation": QCoreApplication.translate("labels", "In preparation"),
        "ready": QCoreApplication.translate("labels", "Ready"),
        "done": QCoreApplication.translate("labels", "Done"),
    }.get(value, value)


def recommendation_status_label(value: str) -> str:
    return {
        "not_started": QCoreApplication.translate("labels", "Not started"),
        "in_progress": QCoreApplication.translate("labels", "In progress"),
        "achieved": QCoreApplication.translate("labels", "Achieved"),
        "set_aside": QCoreApplication.translate("labels", "Set aside"),
    }.get(value, value)


def pillar_label(value: str) -> str:
    return {
        "political_leadership": QCoreApplication.translate("labels", "Political leadership"),
        "mutual_security": QCoreApplication.translate("labels", "Mutual security"),
        "competitiveness": QCoreApplication.translate("labels", "Competitiveness"),
        "new_opportunities": QCoreApplication.translate("labels", "New opportunities"),
    }.get(value, value)


def outlook_label(likelihood: str) -> str:
    """How likely the 2009 outline judged an outlook, in words."""
    return {
        "likely": QCoreApplication.translate("labels", "Likely"),
        "possible": QCoreApplication.translate("labels", "Possible"),
    }.get(likelihood, likelihood)


class AgendaModel(QAbstractListModel):
    """The agenda in order; drag and drop (and the pane's keys) reorder it in the book at once."""

    def __init__(self, session: BookSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._items: list[AgendaItem] = []
        self.reload()

    def reload(self) -> bool:
        """Read the agenda again. The same items in the same order are updated in place (the
        selection stays); otherwise the model is reset. Returns whether it was reset."""
        items = self.session.book.agenda()
        if [i.id for i in items] == [i.id for i in self._items]:
            self._items = items
            if items:
                self.dataChanged.emit(self.index(0), self.index(len(items) - 1))
            return False
        self.beginResetModel()
        self._items = items
        self.endResetModel()
        return True

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {item.title}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return QCoreApplication.translate("labels", "Priority: {priority} · Status: {status}").format(
                priority=priority_label(item.priority), status=agenda_status_label(item.status)
            )
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "done":
            return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.FontRole and item.priority == "high":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == ItemIdRole:
            return item.id
        if role == RecordRole:
            return item
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def mimeTypes(self):  # noqa: N802 - Qt API
        return [AGENDA_MIME]

    def mimeData(self, indexes):  # noqa: N802 - Qt API
        mime = QMimeData()
        ids = [str(self._items[i.row()].id) for i in indexes if i.isValid()]
        mime.setData(AGENDA_MIME, QByteArray(",".join(ids).encode()))
        return mime

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802 - Qt API
        """Move the dropped item in the book. Returns False so the view does not also
        remove the source row: the model reloads itself from the book instead."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(AGENDA_MIME):
            return False
        ids = [int(x) for x in bytes(data.data(AGENDA_MIME)).decode().split(",") if x]
        if not ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        source_row = self.row_of(ids[0])
        target = row - 1 if source_row < row else row
        self.move(ids[0], target)
        return False

    def move(self, item_id: int, new_index: int) -> None:
        self.session.book.move_agenda_item(item_id, new_index)  # the session's ``changed`` reloads the model


class RecommendationsModel(QAbstractTableModel):
    COLUMNS = ("title", "issue_area", "pillar", "document", "outlook", "status")

    def __init__(self, session: BookSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._recs: list[Recommendation] = []
        self._statuses: dict[str, str] = {}
        self._areas: dict[str, str] = {}
        self._outlooks: dict[str, Outlook] = {}
        self.reload()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("labels", "Recommendation"),
            QCoreApplication.translate("labels", "Issue area"),
            QCoreApplication.translate("labels", "Pillar"),
            QCoreApplication.translate("labels", "Document"),
            QCoreApplication.translate("labels", "2009 outlook"),
            QCoreApplication.translate("labels", "Status"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        lang = self.session.ref_lang
        self._recs = self.session.reference.recommendations()
        self._statuses = self.session.book.recommendation_statuses()
        self._areas = {a.id: a.title(lang) for a in self.session.reference.issue_areas()}
        self._outlooks = {o.id: o for o in self.session.reference.outlooks()}
        self.endResetModel()

    def refresh_statuses(self) -> None:
        self._statuses = self.session.book.recommendation_statuses()
        col = self.COLUMNS.index("status")
        if self._recs:
            self.dataChanged.emit(self.index(0, col), self.index(len(self._recs) - 1, col))

    def recommendation(self, row: int) -> Recommendation:
        return self._recs[row]

    def row_of(self, rec_id: str) -> int:
        return next((row for row, rec in enumerate(self._recs) if rec.id == rec_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._recs)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def value(self, rec: Recommendation, column: str) -> str:
        """The raw (filterable) value of a column."""
        if column == "status":
            return self._statuses.get(rec.id, "not_started")
        if column == "outlook":
            return "yes" if rec.outlook_id else "no"
        return getattr(rec, column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rec = self._recs[index.row()]
        column = self.COLUMNS[index.column()]
        lang = self.session.ref_lang
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return rec.title(lang)
            if column == "issue_area":
                return self._areas.get(rec.issue_area, rec.issue_area)
            if column == "pillar":
                return pillar_label(rec.pillar)
            if column == "document":  # the chapter; the full section is in the tooltip and the detail
                return f"{rec.year} · {rec.section.split(' — ')[0]}"
            if column == "outlook":
                outlook = self._outlooks.get(rec.outlook_id or "")
                return outlook_label(outlook.likelihood) if outlook is not None else ""
            if column == "status":
                return recommendation_status_label(self.value(rec, "status"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return plain_tooltip(rec.summary(lang))
        if role == Qt.ItemDataRole.ToolTipRole and column == "outlook" and rec.outlook_id in self._outlooks:
            return plain_tooltip(self._outlooks[rec.outlook_id].summary(lang))
        if role == Qt.ItemDataRole.ToolTipRole and column == "document":
            return plain_tooltip(f"{rec.year} · {rec.section}")
        if role == RecordRole:
            return rec
        return None


class RecommendationFilter(QSortFilterProxyModel):
    """Filters on exact column values plus free text over title and summary."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filters: dict[str, str] = {}
        self._text = ""

    def set_filter(self, column: str, value: str | None) -> None:
        if value:
            self._filters[column] = value
        else:
            self._filters.pop(column, None)
        self.invalidate()

    def set_text(self, text: str) -> None:
        self._text = text.casefold().strip()
        self.invalidate()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 - Qt API
        model = cast(RecommendationsModel, self.sourceModel())
        rec = model.recommendation(source_row)
        for column, wanted in self._filters.items():
            if model.value(rec, column) != wanted:
                return False
        if self._text:
            lang = model.session.ref_lang
            haystack = f"{rec.title(lang)} {rec.summary(lang)} {rec.id}".casefold()
            return self._text in haystack
        return True
