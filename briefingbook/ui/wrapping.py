"""Rows that grow to their text: item views (tables and trees) whose long cells wrap at word
breaks instead of ending in "…", so a full question or title is readable without a tooltip.

Qt's own word wrap in item views does not size a row to its wrapped text (the row keeps one
line and the text is elided), so ``wrap_rows`` installs a delegate that measures each cell at
its column's current width and re-lays the rows out whenever a column is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    assert isinstance(view, QTreeView)
    return view.header()


def text_height(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex, width: int) -> int:
    """The height the cell's text needs when wrapped at word breaks within ``width`` pixels."""
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
    text = index.data(Qt.ItemDataRole.DisplayRole)
    text = "" if text is None else str(text)
    style = view.style() or QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # as Qt's styles
    room = max(1, width - 2 * margin)
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    return metrics.boundingRect(QRect(0, 0, room, 100000), flags, text).height()


class WrapDelegate(QStyledItemDelegate):
    """Sizes each cell to its text wrapped at its column's width (see ``wrap_rows``)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        # A view re-measures every cell several times while it is laid out (each column sized to
        # its contents, then the rows): the same text at the same width measures the same, so
        # each is measured once.
        self._sizes: dict[tuple[object, ...], QSize] = {}

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = _header(self.view).sectionSize(index.column())
        font = index.data(Qt.ItemDataRole.FontRole)
        key = (
            index.data(Qt.ItemDataRole.DisplayRole),
            None if font is None else font.key(),
            index.data(Qt.ItemDataRole.DecorationRole) is not None,
            width,
            option.font.key(),
        )
        cached = self._sizes.get(key)
        if cached is not None:
            return QSize(cached)
        hint = super().sizeHint(option, index)
        if width > 0:
            style = self.view.style() or QApplication.style()
            frame = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, self.view) * 2
            hint = QSize(hint.width(), max(hint.height(), text_height(self.view, index, width) + frame + 4))
        if len(self._sizes) > 20000:
            self._sizes.clear()
        self._sizes[key] = QSize(hint)
        return hint

    def initStyleOption(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone


def wrap_rows(view: QAbstractItemView) -> WrapDelegate:
    """Make ``view``'s rows grow to their wrapped text, and follow column resizes."""
    delegate = WrapDelegate(view)
    view.setItemDelegate(delegate)
    # Re-lay the rows out once per burst of column resizes (a stretch column and columns sized to
    # their contents resize one after another while a pane is laid out: re-measuring every row
    # for each of them made the Recommendations pane take half a second to show).
    relayout = QTimer(view)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if isinstance(view, QTreeView):
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_: relayout.start())
    elif isinstance(view, QTableView):
        view.setWordWrap(True)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        relayout.timeout.connect(rows.resizeSections)
        view.horizontalHeader().sectionResized.connect(lambda *_: relayout.start())
    return delegate
