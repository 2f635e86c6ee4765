"""All recommendations in a filterable table, with a detail view and linking to the agenda."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core.model import PILLARS, RECOMMENDATION_STATUSES
from briefingbook.ui import read_only
from briefingbook.ui.brief_pane import RecommendationCard
from briefingbook.ui.item_models import (
    RecommendationFilter,
    RecommendationsModel,
    pillar_label,
    recommendation_status_label,
)
from briefingbook.ui.nonnull import nonnull
from briefingbook.ui.session import BookSession
from briefingbook.ui.wrapping import wrap_rows


class RecommendationsPane(QWidget):
    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card: RecommendationCard | None = None
        lang = session.ref_lang
        self.model = RecommendationsModel(session, self)
        self.proxy = RecommendationFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filters: dict[str, QComboBox] = {}
        grid = QGridLayout()
        options = {
            "pillar": [(pillar_label(p), p) for p in PILLARS],
            "issue_area": [(a.title(lang), a.id) for a in session.reference.issue_areas()],
            "document": [(d.short_title, d.id) for d in session.reference.documents.values()],
            "outlook": [(self.tr("With a 2009 outlook"), "yes"), (self.tr("Without"), "no")],
            "status": [(recommendation_status_label(s), s) for s in RECOMMENDATION_STATUSES],
        }
        labels = {
            "pillar": self.tr("Pillar"),
            "issue_area": self.tr("Issue area"),
            "document": self.tr("Document"),
            "outlook": self.tr("2009 outlook"),
            "status": self.tr("Our status"),
        }
        for col, (name, choices) in enumerate(options.items()):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Filter by {what}").format(what=labels[name]))
            combo.addItem(self.tr("All"), "")
            for text, value in choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _=0, n=name, c=combo: self.proxy.set_filter(n, c.currentData()))
            grid.addWidget(QLabel(labels[name]), 0, col)
            grid.addWidget(combo, 1, col)
            self.filters[name] = combo
            read_only.view_only(combo)
        self.text_filter = QLineEdit()
        read_only.view_only(self.text_filter)
        self.text_filter.setPlaceholderText(self.tr("Filter by words…"))
        self.text_filter.setAccessibleName(self.tr("Filter recommendations by words"))
        self.text_filter.textChanged.connect(self.proxy.set_text)
        grid.addWidget(QLabel(self.tr("Words")), 0, len(options))
        grid.addWidget(self.text_filter, 1, len(options))
        self.count = QLabel()
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Recommendations"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        wrap_rows(self.table)  # a long recommendation wraps; its row grows to the text
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the recommendation takes the rest
        for col in range(1, self.model.columnCount()):  # short values, each column as wide as its longest
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.detail = QWidget()
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        link_row = QHBoxLayout()
        self.agenda_choice = QComboBox()
        self.agenda_choice.setAccessibleName(self.tr("Agenda item to link the recommendation to"))
        self.link_button = QPushButton(self.tr("Link to agenda item"))
        self.link_button.setAccessibleName(self.tr("Link the selected recommendation to the chosen agenda item"))
        self.link_button.clicked.connect(self.link_current)
        self.link_result = QLabel()
        # The count and linking share one line above the table, so the detail below is only
        # the recommendation's card and the table keeps the height.
        link_row.addWidget(self.count)
        link_row.addStretch(1)
        link_row.addWidget(self.link_result)
        link_row.addWidget(QLabel(self.tr("Agenda item:")))
        link_row.addWidget(self.agenda_choice, 1)
        link_row.addWidget(self.link_button)
        self.card_holder = QVBoxLayout()
        self.detail_layout.addLayout(self.card_holder)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)

        # The table takes the free height; the detail gets what its card needs (at most
        # 45 %), and the user can move the line between them.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setObjectName("recommendationsSplitter")
        self.splitter = splitter
        self._user_sized = False  # once the user moves the line, it stays where they put it
        splitter.splitterMoved.connect(self._splitter_moved)
        splitter.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(link_row)
        layout.addWidget(splitter, 1)

        self._fill_agenda_choice()
        self._update_count()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.fit_detail)  # once the new card and widths are laid out
        return super().eventFilter(watched, event)

    def _splitter_moved(self, *_args: object) -> None:
        self._user_sized = True

    def fit_detail(self) -> None:
        """Give the detail the height its card needs (at most 45 %), the table the rest; not
        once the user has moved the line between them."""
        total = self.splitter.height() - self.splitter.handleWidth()
        if total <= 0 or self._user_sized:
            return
        width = self.detail_scroll.viewport().width()
        wanted = self.detail.heightForWidth(width) if width > 0 else -1
        wanted = (wanted if wanted > 0 else self.detail.sizeHint().height()) + 2
        detail = min(wanted, total * 9 // 20)
        self.splitter.setSizes([total - detail, detail])

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of %n recommendations", "", self.model.rowCount()).format(shown=self.proxy.rowCount())
        )

    def _fill_agenda_choice(self) -> None:
        keep = self.agenda_choice.currentData()
        self.agenda_choice.clear()
        for item in self.session.book.agenda():
            self.agenda_choice.addItem(item.title, item.id)
        index = self.agenda_choice.findData(keep)
        self.agenda_choice.setCurrentIndex(max(0, index))
        self.link_button.setEnabled(self.agenda_choice.count() > 0)

    def current_recommendation(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.recommendation(self.proxy.mapToSource(index).row())

    def select_recommendation(self, rec_id: str) -> bool:
        row = self.model.row_of(rec_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: clear the filters so it can be shown
            for combo in self.filters.values():
                combo.setCurrentIndex(0)
            self.text_filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _show_detail(self) -> None:
        while self.card_holder.count():
            child = nonnull(self.card_holder.takeAt(0), "layout item")  # count() > 0
            widget = child.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.card = None
        rec = self.current_recommendation()
        self.link_result.clear()
        if rec is None:
            return
        self.card = RecommendationCard(self.session, rec, False, follow_changes=False)
        self.card_holder.addWidget(self.card)
        QTimer.singleShot(0, self, self.fit_detail)
        area_item = next((i for i in self.session.book.agenda() if i.issue_area == rec.issue_area), None)
        if area_item is not None:
            self.agenda_choice.setCurrentIndex(max(0, self.agenda_choice.findData(area_item.id)))

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if "recommendation_status" in entities:
            self.model.refresh_statuses()
        if entities & {"agenda_items", "agenda_links"}:
            self._fill_agenda_choice()
        if self.card is not None:
            self.card.book_changed(entities)

    def link_current(self) -> None:
        rec = self.current_recommendation()
        item_id = self.agenda_choice.currentData()
        if rec is None or item_id is None:
            return
        self.session.book.link_recommendation(item_id, rec.id)
        self.link_result.setText(self.tr("Linked to “{item}”.").format(item=self.agenda_choice.currentText()))
