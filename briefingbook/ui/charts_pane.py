"""The charts pane: pick indicators by issue area and compare them, with events, log scale,
a hover read-out, the source line under the plot, and PNG/CSV export.

Drawing goes through briefingbook.export.charts, the module packets use too, so a chart looks
the same on screen and on paper. Series of different units get one plot each (stacked), so no
axis ever mixes units.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefingbook.core import book_series
from briefingbook.core.catalog import SeriesCatalog
from briefingbook.core.csvsafe import safe_row
from briefingbook.export.charts import ChartSpec, build_spec, build_specs, format_value, populate_plot
from briefingbook.ui.session import BookSession

SlugRole = Qt.ItemDataRole.UserRole + 1
DEFAULT_SERIES = ("us_goods_trade_mexico",)


def _plot_widget_defaults() -> None:
    pg.setConfigOptions(antialias=False, background="w", foreground="#222222")


class ChartReadout:
    """A vertical crosshair on one plot and a text read-out of every series at that period."""

    def __init__(self, plot: pg.PlotItem, spec: ChartSpec, label: QLabel) -> None:
        self.plot, self.spec, self.label = plot, spec, label
        self.line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888888", width=1))
        self.line.setVisible(False)
        plot.addItem(self.line, ignoreBounds=True)

    def text_at(self, x: float) -> str | None:
        """The read-out for the period nearest ``x``: ``2004 — U.S. exports to Mexico: USD 110.8 billion; …``."""
        parts = []
        nearest = None
        for line in self.spec.series:
            if not line.x:
                continue
            i = min(range(len(line.x)), key=lambda k: abs(line.x[k] - x))
            if abs(line.x[i] - x) > 1.0:
                continue
            nearest = line.x[i] if nearest is None else nearest
            raw = line.y[i] * self.spec.scale
            parts.append(f"{line.label}: {format_value(raw, self.spec.unit, self.spec.lang)}")
        if nearest is None:
            return None
        return f"{int(nearest)} — " + "; ".join(parts)

    def mouse_moved(self, scene_pos) -> None:
        if not self.plot.sceneBoundingRect().contains(scene_pos):
            self.line.setVisible(False)
            return
        x = self.plot.getViewBox().mapSceneToView(scene_pos).x()
        text = self.text_at(x)
        self.line.setVisible(text is not None)
        if text is not None:
            self.line.setPos(round(x))
            self.label.setText(text)


class ChartsPane(QWidget):
    seriesShown = Signal(list)

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _plot_widget_defaults()
        self.session = session
        self.catalog = SeriesCatalog(session.reference, session.book)
        self.specs: list[ChartSpec] = []
        self.plot_items: list[pg.PlotItem] = []
        self.readouts: list[ChartReadout] = []
        self._filling = False

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Indicators by issue area")])
        self.tree.setAccessibleName(self.tr("Indicators by issue area"))
        self.tree.itemChanged.connect(self._checked)
        self.tree.currentItemChanged.connect(lambda *_: self._fill_vintages())
        self.vintage = QComboBox()
        self.vintage.setAccessibleName(self.tr("Vintage of the selected imported series"))
        self.vintage.activated.connect(self._vintage_chosen)
        self.vintage_label = QLabel(self.tr("Vintage:"))

        self.events_toggle = QCheckBox(self.tr("Events"))
        self.events_toggle.setChecked(True)
        self.events_toggle.setAccessibleName(self.tr("Show events as vertical markers"))
        self.events_toggle.toggled.connect(self.redraw)
        self.log_toggle = QCheckBox(self.tr("Log scale"))
        self.log_toggle.setAccessibleName(self.tr("Logarithmic value axis"))
        self.log_toggle.toggled.connect(self.redraw)
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.setAccessibleName(self.tr("Export the chart as a PNG image"))
        self.png_button.clicked.connect(self.export_png_dialog)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the charted data as CSV"))
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Remove every series from the chart"))
        self.clear_button.clicked.connect(lambda: self.show_series([]))
        tools = QHBoxLayout()
        for widget in (self.events_toggle, self.log_toggle):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.clear_button, self.png_button, self.csv_button):
            tools.addWidget(widget)

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

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.graphics, 1)
        right_layout.addWidget(self.readout)
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

        session.changed.connect(self._changed)
        self.fill_tree()
        self._fill_vintages()
        # The default series are ticked now but drawn when the pane is first shown: the pane is
        # hidden at start-up, and drawing cost ~20 ms of the cold start (issue 9 benchmarks).
        self._building, self._draw_pending = True, False
        self.show_series(list(DEFAULT_SERIES))
        self._building = False

    def _changed(self, entities: frozenset[str]) -> None:
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
        lang = self.session.lang
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
            slug for a in reference.issue_areas() for slug in a.key_indicators}
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
        suffix = self.tr(" (derived)") if info.derived else ""
        leaf = QTreeWidgetItem([info.name(lang) + suffix])
        leaf.setData(0, SlugRole, info.slug)
        leaf.setToolTip(0, f"{info.unit_label(lang)} · {info.publisher}")
        leaf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        leaf.setCheckState(0, Qt.CheckState.Unchecked)
        return leaf

    def leaves(self, slug: str | None = None) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for j in range(parent.childCount()):
                child = parent.child(j)
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

    # -- drawing -----------------------------------------------------------------------------
    def redraw(self) -> None:
        if self._building:
            self._draw_pending = True
            return
        self._draw_pending = False
        slugs = self.selected_slugs()
        self.graphics.clear()
        self.plot_items, self.readouts = [], []
        self.specs = build_specs(self.catalog, slugs, self.session.lang) if slugs else []
        for row, spec in enumerate(self.specs):
            plot = self.graphics.addPlot(row=row, col=0, title=spec.title)
            populate_plot(plot, spec, show_events=self.events_toggle.isChecked(), log_y=self.log_toggle.isChecked())
            self.plot_items.append(plot)
            self.readouts.append(ChartReadout(plot, spec, self.readout))
        if not self.specs:
            self.sources.setText(self.tr("Tick one or more indicators on the left to chart them."))
        else:
            self.sources.setText("\n".join(line for spec in self.specs for line in spec.source_lines))
        for button in (self.png_button, self.csv_button, self.clear_button):
            button.setEnabled(bool(self.specs))
        self.seriesShown.emit(slugs)

    def _series_changed(self) -> None:
        keep = self.selected_slugs()
        self.fill_tree()
        self.show_series([slug for slug in keep if self.leaves(slug)])

    def _fill_vintages(self) -> None:
        current = self.tree.currentItem()
        slug = current.data(0, SlugRole) if current is not None else None
        known = self.catalog.vintages(slug) if slug else []
        self.vintage.clear()
        for v in reversed(known):
            self.vintage.addItem(self.tr("{n}: {file} (imported {when})").format(
                n=v.vintage, file=v.file_name, when=v.imported_at[:10]), v.vintage)
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

        chart = self.graphics.grab()
        note = self.sources.grab()
        image = QPixmap(max(chart.width(), note.width()), chart.height() + note.height())
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawPixmap(0, 0, chart)
        painter.drawPixmap(0, chart.height(), note)
        painter.end()

        def write(tmp: Path) -> None:
            if not image.save(str(tmp), "PNG"):
                raise OSError(f"could not write {path}")

        return _atomic_write(path, write)

    def export_csv(self, path: Path) -> Path:
        """``period,series,country,value`` rows of every charted series, values as published."""
        self.ensure_drawn()
        catalog = self.catalog

        def write(tmp: Path) -> None:
            with tmp.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["period", "series", "country", "value", "unit", "source"])
                # Every cell passes through safe_row: a spreadsheet must never run CSV text as a formula.
                for slug in self.selected_slugs():
                    info = catalog.series(slug)
                    for obs in catalog.observations(slug):
                        writer.writerow(safe_row([obs.period, slug, obs.country, obs.value_text, info.unit_label("en"),
                                                  f"{info.publisher}; {info.series_code}; as of {info.as_of}"]))

        return _atomic_write(path, write)

    def export_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "chart.png", self.tr("PNG image (*.png)"))
        if path:
            self._report(lambda: self.export_png(Path(path)))

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export data"), "chart-data.csv", self.tr("CSV (*.csv)"))
        if path:
            self._report(lambda: self.export_csv(Path(path)))

    def _report(self, action) -> None:
        try:
            action()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), self.tr("Could not write the file: {error}").format(
                error=exc.strerror or exc))


def _atomic_write(path: Path, write) -> Path:
    """Write through a temporary file beside ``path`` and rename it into place."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


class SmallChart(QWidget):
    """A compact chart of one indicator with its source line, for the brief pane."""

    def __init__(self, session: BookSession, slug: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _plot_widget_defaults()
        self.spec = build_spec(session.reference, [slug], session.lang)
        self.plot = pg.PlotWidget(title=self.spec.title)
        self.plot.setAccessibleName(self.spec.title)
        self.plot.setMinimumHeight(220)
        self.plot.setMaximumHeight(260)
        self.plot.setMouseEnabled(x=False, y=False)
        self.items = populate_plot(self.plot.getPlotItem(), self.spec, show_events=False)
        source = QLabel("\n".join(self.spec.source_lines))
        source.setWordWrap(True)
        source.setStyleSheet("color: #333333")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        layout.addWidget(source)
