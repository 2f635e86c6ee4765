"""The charts pane: pick indicators by issue area and compare them on a date axis, with a
transformation (FRED's "Units"), a period range, events, log scale, a hover read-out, the
source lines and each series' age under the plot, and PNG/CSV export.

Drawing goes through briefingbook.export.charts, the module packets use too, so a chart looks
the same on screen and on paper. Series of different units get one plot each (stacked, x axes
linked), so no axis ever mixes units. The selection is kept in the book (core/chart_selection.py).
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import book_series, chart_selection, provenance
from briefingbook.core import periods as P
from briefingbook.core.catalog import SeriesCatalog
from briefingbook.core.chart_selection import ChartSelection
from briefingbook.core.csvsafe import safe_row
from briefingbook.core.errors import InvalidInputError
from briefingbook.core.fsutil import document_mode
from briefingbook.core.transforms import Transform
from briefingbook.export.charts import (
    STALE_COLOUR,
    ChartSpec,
    build_spec,
    build_specs,
    csv_rows,
    draw,
    hovered_x,
    readout_text,
)
from briefingbook.ui import file_dialogs, history_names, read_only
from briefingbook.ui.nonnull import child_items, top_level_items
from briefingbook.ui.plain import plain_tooltip
from briefingbook.ui.session import BookSession

SlugRole = Qt.ItemDataRole.UserRole + 1
DEFAULT_SERIES = ("us_goods_trade_mexico",)


def _plot_widget_defaults() -> None:
    pg.setConfigOptions(antialias=False, background="w", foreground="#222222")


class ChartReadout:
    """A vertical crosshair on one plot and a text read-out of every series at that date."""

    def __init__(self, plot: pg.PlotItem, spec: ChartSpec, label: QLabel) -> None:
        self.plot, self.spec, self.label = plot, spec, label
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self.line.setVisible(False)
        plot.addItem(self.line, ignoreBounds=True)

    def text_at(self, x: float) -> str | None:
        """The read-out at date axis position ``x``: ``March 2024 — Remittances: 4,805.20 USD millions``."""
        return readout_text(self.spec, x)

    def mouse_moved(self, scene_pos) -> None:
        if not self.plot.getViewBox().sceneBoundingRect().contains(scene_pos):
            self.line.setVisible(False)
            return
        x = self.plot.getViewBox().mapSceneToView(scene_pos).x()
        text = self.text_at(x)
        self.line.setVisible(text is not None)
        if text is not None:
            self.line.setPos(hovered_x(self.spec, x))  # on the period the read-out names, not the pointer
            self.label.setText(text)


# (code, label) of the transformations offered; the label is translated where it is shown.
TRANSFORMS = ("level", "change", "pct_yoy", "pct_prev", "cagr", "index", "per_capita", "share_of", "ma")


class ChartsPane(QWidget):
    seriesShown = Signal(list)

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _plot_widget_defaults()
        self.session = session
        # Charting changes only the view (on a read-only book the selection is simply not kept).
        read_only.view_only(self)
        self.catalog = SeriesCatalog(session.reference, session.book)
        self.specs: list[ChartSpec] = []
        self.drawings: list = []
        self.plot_items: list[pg.PlotItem] = []
        self.readouts: list[ChartReadout] = []
        self._filling = False

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Indicators by issue area"), self.tr("Latest")])
        self.tree.setColumnCount(2)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("Indicators by issue area"))
        self.tree.setMinimumWidth(280)
        self.tree.itemChanged.connect(self._checked)
        self.tree.currentItemChanged.connect(lambda *_: self._fill_vintages())
        self.vintage = QComboBox()
        self.vintage.setAccessibleName(self.tr("Vintage of the selected imported series"))
        self.vintage.activated.connect(self._vintage_chosen)
        self.vintage_label = QLabel(self.tr("Vintage:"))

        self.events_toggle = QCheckBox(self.tr("Events"))
        self.events_toggle.setChecked(True)
        self.events_toggle.setAccessibleName(self.tr("Show events as numbered flags"))
        self.events_toggle.toggled.connect(self.redraw)
        self.log_toggle = QCheckBox(self.tr("Log scale"))
        self.log_toggle.setAccessibleName(self.tr("Logarithmic value axis"))
        self.log_toggle.toggled.connect(self.redraw)
        self.transform = QComboBox()
        self.transform.setAccessibleName(self.tr("Transformation of the charted values"))
        names = {
            "level": self.tr("Level"),
            "change": self.tr("Change"),
            "pct_yoy": self.tr("% change from a year ago"),
            "pct_prev": self.tr("% change from the previous period"),
            "cagr": self.tr("Compound annual rate of change"),
            "index": self.tr("Index (base period = 100)"),
            "per_capita": self.tr("Per person (divided by a population)"),
            "share_of": self.tr("Share of another series"),
            "ma": self.tr("Moving average"),
        }
        for code in TRANSFORMS:
            self.transform.addItem(names[code], code)
        self.transform.activated.connect(self._transform_chosen)
        # As wide as its longest name in the interface's language (42 characters in Spanish): the
        # row has room for it beside the indicator tree at 1280 px, and a cut name ("% de cambio
        # respecto a un año ante") hid which change was charted.
        self.transform.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.base = QLineEdit()
        self.base.setAccessibleName(self.tr("Base period of the index (e.g. 2010 or 2024-03)"))
        self.base.setPlaceholderText(self.tr("base, e.g. 2010"))
        self.base.setMaximumWidth(110)
        self.base.editingFinished.connect(self.redraw)
        self.other = QComboBox()
        self.other.setAccessibleName(self.tr("Series to divide by"))
        self.other.activated.connect(self.redraw)
        self.other.setMinimumContentsLength(14)
        self.other.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ma_length = QSpinBox()
        self.ma_length.setRange(2, 1000)
        self.ma_length.setValue(12)
        self.ma_length.setAccessibleName(self.tr("Periods in the moving average"))
        self.ma_length.setSuffix(self.tr(" periods"))
        self.ma_length.editingFinished.connect(self.redraw)
        self.period_from = QLineEdit()
        self.period_from.setAccessibleName(self.tr("First period to chart (e.g. 2000 or 2020-01); empty: all"))
        self.period_from.setPlaceholderText(self.tr("from"))
        self.period_from.setMaximumWidth(90)
        self.period_from.setMinimumWidth(64)
        self.period_from.editingFinished.connect(self.redraw)
        self.period_to = QLineEdit()
        self.period_to.setAccessibleName(self.tr("Last period to chart (e.g. 2023 or 2024-06); empty: all"))
        self.period_to.setPlaceholderText(self.tr("to"))
        self.period_to.setMaximumWidth(90)
        self.period_to.setMinimumWidth(64)
        self.period_to.editingFinished.connect(self.redraw)
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.setAccessibleName(self.tr("Export the chart as a PNG image"))
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the charted data as CSV"))
        self.csv_button.clicked.connect(self.export_csv_dialog)
        # Zooming (wheel) and panning (drag) are the chart's own; this undoes them. pyqtgraph's
        # menu, whose "View All" did the same, is off (English only; see export/charts.draw).
        self.fit_button = QPushButton(self.tr("Show all"))
        self.fit_button.setAccessibleName(self.tr("Show every period and value of the chart again after zooming"))
        self.fit_button.clicked.connect(self.show_all)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Remove every series from the chart"))
        self.clear_button.clicked.connect(lambda: self.show_series([]))
        # Two rows, so the pane fits a 1366-pixel screen beside the indicator tree.
        tools = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        widget: QWidget
        for widget in (self.transform, self.base, self.other, self.ma_length, self.period_from, self.period_to):
            first.addWidget(widget)
        first.addStretch(1)
        for widget in (self.events_toggle, self.log_toggle):
            second.addWidget(widget)
        second.addStretch(1)
        for widget in (self.fit_button, self.clear_button, self.png_button, self.csv_button):
            second.addWidget(widget)
        tools.addLayout(first)
        tools.addLayout(second)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Chart"))
        self.graphics.setMinimumHeight(300)
        self.graphics.scene().sigMouseMoved.connect(self._mouse_moved)
        self.readout = QLabel(self.tr("Hover over the chart to read values."))
        self.readout.setAccessibleName(self.tr("Value under the pointer"))
        self.readout.setWordWrap(True)
        self.sources = QLabel()
        self.sources.setAccessibleName(self.tr("Sources of the charted series"))
        self.sources.setWordWrap(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources.setStyleSheet("color: #333333")
        self.freshness = QLabel()
        self.freshness.setAccessibleName(self.tr("Latest period and age of the charted series"))
        self.freshness.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setAccessibleName(self.tr("Periods the transformation could not compute"))
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {STALE_COLOUR}")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.graphics, 1)
        right_layout.addWidget(self.readout)
        right_layout.addWidget(self.notes)
        right_layout.addWidget(self.freshness)
        right_layout.addWidget(self.sources)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        vintage_row = QHBoxLayout()
        vintage_row.addWidget(self.vintage_label)
        vintage_row.addWidget(self.vintage, 1)
        left_layout.addLayout(vintage_row)
        splitter = QSplitter()
        splitter.setObjectName("chartsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 900])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.fill_tree()
        self._fill_vintages()
        # The default series are ticked now but drawn when the pane is first shown: the pane is
        # hidden at start-up, and drawing cost ~20 ms of the cold start (issue 9 benchmarks).
        self._building, self._draw_pending = True, False
        saved = chart_selection.load(session.book)
        if saved is not None:
            self.apply_selection(saved)
        else:
            self.show_series(list(DEFAULT_SERIES))
        self._building = False

    def show_all(self) -> None:
        """Undo zooming and panning: the chart is drawn again as it first showed."""
        self.redraw()

    def book_changed(self, entities: frozenset[str]) -> None:
        """The book changed (called by the window: see main_window.Pane)."""
        if entities & {"book_series", "book_series_vintages"}:
            self._series_changed()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.ensure_drawn()
        super().showEvent(event)

    def ensure_drawn(self) -> None:
        """Draw the chart if its first drawing was deferred (see __init__)."""
        if self._draw_pending:
            self.redraw()

    # -- the indicator tree ------------------------------------------------------------------
    def fill_tree(self) -> None:
        lang = self.session.ref_lang
        reference = self.session.reference
        self._filling = True
        self.tree.clear()
        series = reference.series_list()
        for area in reference.issue_areas():
            members = [s for s in series if area.id in s.issue_areas or s.slug in area.key_indicators]
            if not members:
                continue
            parent = QTreeWidgetItem([area.title(lang)])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for info in members:
                parent.addChild(self._leaf(info, lang))
        grouped = {s.slug for s in series if s.issue_areas} | {
            slug for a in reference.issue_areas() for slug in a.key_indicators
        }
        others = [s for s in series if s.slug not in grouped]
        imported = [self.catalog.series(info.slug) for info in book_series.imported_series(self.session.book)]
        if imported:
            parent = QTreeWidgetItem([self.tr("Imported into this book")])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for info in imported:
                parent.addChild(self._leaf(info, lang))
            parent.setExpanded(True)
        if others:
            parent = QTreeWidgetItem([self.tr("Other indicators")])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for info in others:
                parent.addChild(self._leaf(info, lang))
        self._filling = False

    def _leaf(self, info, lang: str) -> QTreeWidgetItem:
        suffix = self.tr(" (derived)") if provenance.is_derived(info) else ""
        latest = provenance.latest_period(self.catalog.observations(info.slug))
        age = ""
        fresh = None
        if latest is not None:
            fresh = provenance.freshness(latest, threshold=self.session.stale_years)
            # Short in the tree (its width is the series names'); the tooltip says it in full.
            if fresh.months is not None:  # monthly or quarterly data under a year old: in months
                age = self.tr("{period} · %n mo", "", fresh.months).format(period=latest)
            else:
                age = self.tr("{period} · %n yrs", "", fresh.age).format(period=latest)
        leaf = QTreeWidgetItem([info.name(lang) + suffix, age])
        leaf.setData(0, SlugRole, info.slug)
        # the publisher alone (its processing notes are English; the source line says them in words)
        leaf.setToolTip(0, plain_tooltip(f"{info.unit_label(lang)} · {provenance.publisher_words(info)}"))
        leaf.setToolTip(1, fresh.text(lang) if fresh is not None else "")
        if fresh is not None and fresh.stale:
            leaf.setForeground(1, QBrush(QColor(STALE_COLOUR)))
        leaf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        leaf.setCheckState(0, Qt.CheckState.Unchecked)
        return leaf

    def leaves(self, slug: str | None = None) -> list[QTreeWidgetItem]:
        found = []
        for parent in top_level_items(self.tree):
            for child in child_items(parent):
                if slug is None or child.data(0, SlugRole) == slug:
                    found.append(child)
        return found

    def selected_slugs(self) -> list[str]:
        slugs: list[str] = []
        for leaf in self.leaves():
            slug = leaf.data(0, SlugRole)
            if leaf.checkState(0) == Qt.CheckState.Checked and slug not in slugs:
                slugs.append(slug)
        return slugs

    def _checked(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._filling or item.data(0, SlugRole) is None:
            return
        slug = item.data(0, SlugRole)
        state = item.checkState(0)
        self._filling = True
        for twin in self.leaves(slug):  # a series listed under several areas stays in step
            twin.setCheckState(0, state)
        self._filling = False
        self.redraw()

    def show_series(self, slugs: list[str]) -> None:
        """Chart exactly ``slugs`` (ticking them in the tree)."""
        self._filling = True
        for leaf in self.leaves():
            leaf.setCheckState(0, Qt.CheckState.Checked if leaf.data(0, SlugRole) in slugs else Qt.CheckState.Unchecked)
        self._filling = False
        for slug in slugs:
            leaves = self.leaves(slug)
            if leaves:
                leaves[0].parent().setExpanded(True)
                self.tree.scrollToItem(leaves[0])
        self.redraw()

    # -- the selection -----------------------------------------------------------------------
    def transform_code(self) -> str:
        """The chosen transformation as text (``pct_yoy``, ``index:2010``, ``ma:12``…)."""
        code = self.transform.currentData() or "level"
        if code == "index":
            return f"index:{self.base.text().strip()}" if self.base.text().strip() else "level"
        if code in ("per_capita", "share_of"):
            other = self.other.currentData()
            return f"{code}:{other}" if other else "level"
        if code == "ma":
            return f"ma:{self.ma_length.value()}"
        return code

    def selection(self) -> ChartSelection:
        return ChartSelection(
            self.selected_slugs(),
            self.transform_code(),
            self.period_from.text().strip(),
            self.period_to.text().strip(),
            self.log_toggle.isChecked(),
            self.events_toggle.isChecked(),
        )

    def apply_selection(self, selection: ChartSelection) -> None:
        """Show ``selection`` (series, transformation, range, log scale, events)."""
        building, self._building = self._building, True
        try:
            t = Transform.parse(selection.transform)
        except InvalidInputError:
            t = Transform()
        self.transform.setCurrentIndex(max(0, self.transform.findData(t.kind)))
        self._fill_other(t.kind)
        if t.kind == "index":
            self.base.setText(t.arg or "")
        elif t.kind == "ma":
            if t.arg is not None:  # always: Transform.parse refuses a moving average without its length
                self.ma_length.setValue(int(t.arg))
        elif t.other_slug:
            self.other.setCurrentIndex(max(0, self.other.findData(t.arg)))
        self._show_arguments(t.kind)
        self.period_from.setText(selection.period_from)
        self.period_to.setText(selection.period_to)
        for toggle, value in ((self.log_toggle, selection.log_y), (self.events_toggle, selection.events)):
            toggle.blockSignals(True)
            toggle.setChecked(value)
            toggle.blockSignals(False)
        self._building = building
        self.show_series([slug for slug in selection.series if self.leaves(slug)])

    def _fill_other(self, kind: str) -> None:
        keep = self.other.currentData()
        self.other.clear()
        lang = self.session.lang
        for info in self.catalog.series_list():
            if kind == "per_capita" and info.unit != "persons":
                continue
            if len(info.countries) > 1:  # one entry per country ("Gross domestic product: Mexico")
                for code in info.countries:
                    self.other.addItem(f"{info.name(lang)}: {info.country_label(code, lang)}", f"{info.slug}:{code}")
            else:
                self.other.addItem(info.name(lang), info.slug)
        if keep is not None:
            self.other.setCurrentIndex(max(0, self.other.findData(keep)))
        elif kind == "per_capita":
            self.other.setCurrentIndex(max(0, self.other.findData("population:MEX")))
        elif kind == "share_of":
            self.other.setCurrentIndex(max(0, self.other.findData("gdp_current_usd:MEX")))

    def _show_arguments(self, kind: str) -> None:
        self.base.setVisible(kind == "index")
        self.other.setVisible(kind in ("per_capita", "share_of"))
        self.ma_length.setVisible(kind == "ma")

    def _transform_chosen(self) -> None:
        kind = self.transform.currentData()
        if kind in ("per_capita", "share_of"):
            self.other.clear()
            self._fill_other(kind)
        if kind == "index" and not self.base.text().strip():
            first = [p for spec in self.specs for line in spec.series for p in line.periods[:1]]
            if first:
                self.base.setText(min(first, key=lambda t: P.parse(t).start))
        self._show_arguments(kind)
        self.redraw()

    # -- drawing -----------------------------------------------------------------------------
    def redraw(self) -> None:
        if self._building:
            self._draw_pending = True
            return
        self._draw_pending = False
        self._show_arguments(self.transform.currentData())
        slugs = self.selected_slugs()
        self.graphics.clear()
        self.plot_items, self.readouts, self.drawings = [], [], []
        self.readout.setText(self.tr("Hover over the chart to read values."))
        self.notes.clear()
        error = None
        lang = self.session.ref_lang
        options = dict(
            transform=self.transform_code(),
            stale_years=self.session.stale_years,
            period_from=self.period_from.text().strip() or None,
            period_to=self.period_to.text().strip() or None,
        )
        try:
            self.specs = build_specs(self.catalog, slugs, lang, **options) if slugs else []
        except InvalidInputError as exc:
            self.specs, error = [], str(exc)
        row = 0
        first_plot = None
        for spec in self.specs:
            drawing = draw(
                self.graphics.ci,
                spec,
                row,
                show_events=self.events_toggle.isChecked(),
                log_y=self.log_toggle.isChecked(),
            )
            row = self.graphics.ci.layout.rowCount()
            plot = drawing.plot
            if first_plot is None:
                first_plot = plot
            else:
                plot.setXLink(first_plot)
            self.drawings.append(drawing)
            self.plot_items.append(plot)
            self.readouts.append(ChartReadout(plot, spec, self.readout))
        if error is not None:
            self.sources.setText(error)
        elif not self.specs:
            self.sources.setText(self.tr("Tick one or more indicators on the left to chart them."))
        else:
            self.sources.setText("\n".join(line for spec in self.specs for line in spec.source_lines))
        notes = [note for spec in self.specs for note in spec.notes]
        self.notes.setText(
            "\n".join(notes[:4] + ([self.tr("… and {n} more.").format(n=len(notes) - 4)] if len(notes) > 4 else []))
        )
        self.notes.setVisible(bool(notes))
        fresh = [f for spec in self.specs for f in spec.freshness]
        self.freshness.setText("; ".join(f"{f.label}: {f.text}" for f in fresh))
        stale = any(f.stale for f in fresh)
        self.freshness.setStyleSheet(f"color: {STALE_COLOUR}; font-weight: bold" if stale else "color: #333333")
        self.freshness.setVisible(bool(fresh))
        for button in (self.png_button, self.csv_button, self.clear_button):
            button.setEnabled(bool(self.specs))
        if not self._building and not self.session.closed:
            chart_selection.save(self.session.book, self.selection())
        self.seriesShown.emit(slugs)

    def _series_changed(self) -> None:
        self.fill_tree_keeping_selection()

    def fill_tree_keeping_selection(self) -> None:
        """Refill the tree (after an import, or a new age threshold) and chart the same selection."""
        keep = self.selected_slugs()
        self.fill_tree()
        self.show_series([slug for slug in keep if self.leaves(slug)])

    def _fill_vintages(self) -> None:
        current = self.tree.currentItem()
        slug = current.data(0, SlugRole) if current is not None else None
        known = self.catalog.vintages(slug) if slug else []
        self.vintage.clear()
        for v in reversed(known):
            self.vintage.addItem(
                self.tr("{n}: {vintage}").format(
                    n=v.vintage, vintage=history_names.vintage_label(v.file_name, v.imported_at, self.session.ui_lang)
                ),
                v.vintage,
            )
        chosen = self.catalog.chosen_vintage(slug) if slug else None
        if chosen is not None:
            self.vintage.setCurrentIndex(self.vintage.findData(chosen))
        self.vintage.setEnabled(len(known) > 1)
        self.vintage.setVisible(bool(known))
        self.vintage_label.setVisible(bool(known))

    def _vintage_chosen(self) -> None:
        current = self.tree.currentItem()
        slug = current.data(0, SlugRole) if current is not None else None
        if not slug:
            return
        latest = self.catalog.vintages(slug)[-1].vintage
        chosen = self.vintage.currentData()
        self.catalog.use_vintage(slug, None if chosen == latest else chosen)
        self.redraw()

    def _mouse_moved(self, scene_pos) -> None:
        for readout in self.readouts:
            readout.mouse_moved(scene_pos)

    # -- export ------------------------------------------------------------------------------
    def export_png(self, path: Path) -> Path:
        """The chart as shown, with its source lines, written atomically."""
        self.ensure_drawn()
        from PySide6.QtGui import QPainter, QPixmap

        parts = [self.graphics.grab()] + [
            label.grab()
            for label in (self.notes, self.freshness, self.sources)
            if label.isVisible() or not self.isVisible() and label.text()
        ]
        image = QPixmap(max(p.width() for p in parts), sum(p.height() for p in parts))
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        top = 0
        for part in parts:
            painter.drawPixmap(0, top, part)
            top += part.height()
        painter.end()

        def write(tmp: Path) -> None:
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"could not write {path}")

        return _atomic_write(path, write)

    def export_csv(self, path: Path) -> Path:
        """``date,period,series,value`` rows of every charted line as drawn (transformed values; the
        date is the first day of the period, where the point sits), written atomically."""
        self.ensure_drawn()
        specs = list(self.specs)

        def write(tmp: Path) -> None:
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["date", "period", "series", "value"])
                # Every cell passes through safe_row: a spreadsheet must never run CSV text as a formula.
                for spec in specs:
                    for row in csv_rows(spec):
                        writer.writerow(safe_row(list(row)))

        return _atomic_write(path, write)

    def export_png_dialog(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Export chart"), "chart.png", self.tr("PNG image (*.png)")
        )
        if path:
            self._report(lambda: self.export_png(Path(path)))

    def export_csv_dialog(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Export data"), "chart-data.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self._report(lambda: self.export_csv(Path(path)))

    def _report(self, action) -> None:
        try:
            action()
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write the file: {error}").format(error=exc.strerror or exc),
            )


def _atomic_write(path: Path, write) -> Path:
    """Write through a temporary file beside ``path`` and rename it into place."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, document_mode())  # mkstemp's 0600 would hide the chart from colleagues
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


class SmallChart(QWidget):
    """A compact chart of one indicator with its age and source line, for the brief pane."""

    def __init__(self, session: BookSession, slug: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _plot_widget_defaults()
        self.spec = build_spec(session.reference, [slug], session.ref_lang, stale_years=session.stale_years)
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setAccessibleName(self.spec.title)
        self.plot.setMinimumHeight(240)
        self.plot.setMaximumHeight(300)
        self.drawing = draw(self.plot.ci, self.spec, show_events=False, text_px=12)
        self.drawing.plot.setMouseEnabled(x=False, y=False)
        self.items = self.drawing.items
        fresh = QLabel(self.spec.freshness_line())
        fresh.setStyleSheet(f"color: {STALE_COLOUR}; font-weight: bold" if self.spec.stale else "color: #333333")
        source = QLabel("\n".join(self.spec.source_lines))
        source.setWordWrap(True)
        source.setStyleSheet("color: #333333")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(fresh)
        layout.addWidget(source)
