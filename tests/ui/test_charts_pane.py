"""The charts pane and the shared chart module on screen."""

from __future__ import annotations

import csv
import os
import stat

import pytest
from PySide6.QtCore import Qt


def test_several_series_legend_units_and_sources(window, reference):
    pane = window.charts_pane
    pane.show_series(["us_goods_trade_mexico", "remittances_received_mexico_banxico", "population"])
    assert set(pane.selected_slugs()) == {"us_goods_trade_mexico", "remittances_received_mexico_banxico", "population"}
    units = [spec.unit for spec in pane.specs]
    assert len(units) == len(set(units)) == 2  # one plot per unit, never mixed on one axis
    for drawing, spec in zip(pane.drawings, pane.specs):
        assert drawing.plot.getAxis("left").labelText == spec.unit_label
        if len(spec.series) > 1:
            names = [label.text for _sample, label in drawing.legend.items]
            assert names == [line.label for line in spec.series]
        else:
            assert drawing.legend is None  # one series: the title names it
    for slug in pane.selected_slugs():
        assert reference.series(slug).publisher in pane.sources.text()


def test_readout_has_period_value_and_units(window):
    pane = window.charts_pane
    pane.show_series(["us_goods_trade_mexico"])
    from briefingbook.core import periods

    text = pane.readouts[0].text_at(periods.seconds("2004-03-10"))
    assert text.startswith("2004 — ")
    assert "USD" in text and "billion" in text


def test_ticking_in_the_tree_charts_the_series(window, qtbot):
    pane = window.charts_pane
    pane.show_series([])
    leaf = pane.leaves("mexican_students_in_us")[0]
    leaf.setCheckState(0, Qt.CheckState.Checked)
    assert pane.selected_slugs() == ["mexican_students_in_us"]
    assert len(pane.plot_items) == 1
    assert all(twin.checkState(0) == Qt.CheckState.Checked for twin in pane.leaves("mexican_students_in_us"))


def test_event_and_log_toggles(window):
    import pyqtgraph as pg

    pane = window.charts_pane
    pane.show_series(["us_goods_trade_mexico"])
    lines = [
        i for i in pane.plot_items[0].items if isinstance(i, pg.InfiniteLine) and getattr(i, "label", None) is not None
    ]
    assert lines, "events drawn as labelled vertical markers"
    pane.events_toggle.setChecked(False)
    lines = [
        i for i in pane.plot_items[0].items if isinstance(i, pg.InfiniteLine) and getattr(i, "label", None) is not None
    ]
    assert lines == []
    pane.log_toggle.setChecked(True)
    assert pane.plot_items[0].ctrl.logYCheck.isChecked()


def test_export_png_and_csv(window, tmp_path, reference):
    pane = window.charts_pane
    pane.show_series(["us_goods_trade_mexico", "us_goods_trade_balance_mexico"])
    png = pane.export_png(tmp_path / "chart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    data = pane.export_csv(tmp_path / "chart.csv")
    with data.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    trade = [r for r in rows if r["series"].startswith("us_goods_trade_mexico:")]
    assert {(r["date"], r["period"], r["series"].split(":")[1], r["value"]) for r in trade} == {
        (f"{o.period}-01-01", o.period, o.country, o.value_text)
        for o in reference.observations("us_goods_trade_mexico")
    }
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    if os.name == "posix":  # readable as any saved document is (not mkstemp's 0600)
        old = os.umask(0o022)
        try:
            png = pane.export_png(tmp_path / "shared.png")
            data = pane.export_csv(tmp_path / "shared.csv")
        finally:
            os.umask(old)
        assert stat.S_IMODE(png.stat().st_mode) == stat.S_IMODE(data.stat().st_mode) == 0o644


@pytest.mark.slow
def test_a_three_series_chart_survives_a_thousand_repaints(window, qtbot):
    """Guards the PySide6 6.12 refcount abort (none_dealloc in PlotCurveItem.paint) seen here."""
    from PySide6.QtWidgets import QApplication

    pane = window.charts_pane
    window.show_pane("charts")
    pane.show_series(["us_goods_trade_mexico", "us_goods_trade_total_mexico"])
    assert sum(len(spec.series) for spec in pane.specs) == 3
    pane.graphics.resize(500, 300)
    for _ in range(1000):
        pane.graphics.viewport().repaint()
    QApplication.processEvents()
    assert pane.graphics.isVisible()


def test_default_chart_is_drawn_when_the_pane_is_first_shown(window):
    # Drawing is deferred while the window is built (start-up time, issue 9 benchmarks).
    pane = window.charts_pane
    assert not pane.isVisible() and pane.plot_items == []
    assert pane.selected_slugs() == ["us_goods_trade_mexico"]
    window.show_pane("charts")
    assert [spec.series[0].slug for spec in pane.specs] == ["us_goods_trade_mexico"]
    assert len(pane.plot_items) == 1


# -- issue 17 ----------------------------------------------------------------------------------------
def _choose(pane, transform_code, base=None):
    pane.transform.setCurrentIndex(pane.transform.findData(transform_code))
    if base is not None:
        pane.base.setText(base)
    pane._transform_chosen()


def test_selection_survives_restart_and_language_switch(qtbot, window, book_path, settings, reference):
    from briefingbook.ui.main_window import MainWindow

    pane = window.charts_pane
    window.show_pane("charts")
    pane.show_series(["gdp_current_usd", "remittances_received_mexico_wdi"])
    _choose(pane, "pct_yoy")
    pane.period_from.setText("2000")
    pane.period_from.editingFinished.emit()
    pane.log_toggle.setChecked(False)
    pane.events_toggle.setChecked(False)
    assert pane.specs[0].transform == "pct_yoy" and pane.specs[0].series[0].periods[0] == "2000"
    window.set_ui_language("es")
    pane = window.charts_pane
    window.show_pane("charts")
    assert set(pane.selected_slugs()) == {"gdp_current_usd", "remittances_received_mexico_wdi"}
    assert pane.transform_code() == "pct_yoy" and pane.period_from.text() == "2000"
    assert not pane.events_toggle.isChecked()
    window.close()
    again = MainWindow(book_path, settings, reference)
    qtbot.addWidget(again)
    again.show_pane("charts")
    pane = again.charts_pane
    pane.ensure_drawn()
    assert set(pane.selection().series) == {"gdp_current_usd", "remittances_received_mexico_wdi"}
    assert pane.selection().transform == "pct_yoy" and pane.specs[0].transform_name.startswith("%")
    again.close()
    from briefingbook.ui import i18n

    i18n.install("en")  # the translator is process-wide: later tests read English


def _hover(pane, plot_index: int, x: float) -> None:
    """Move the pointer over plot ``plot_index`` at date axis position ``x`` (mid-height), as the scene's
    mouse-move signal delivers it."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # lay out a chart drawn just now
    view = pane.plot_items[plot_index].getViewBox()
    y_mid = sum(view.viewRange()[1]) / 2
    scene_pos = view.mapViewToScene(QPointF(x, y_mid))
    assert view.sceneBoundingRect().contains(scene_pos)
    pane.graphics.scene().sigMouseMoved.emit(scene_pos)


def test_hover_is_cleared_when_the_chart_changes_and_stacked_plots_share_x(window):
    import shiboken6

    from briefingbook.core import periods

    pane = window.charts_pane
    window.show_pane("charts")
    pane.resize(1200, 800)
    pane.show_series(["us_goods_trade_mexico", "population"])
    assert len(pane.plot_items) == 2
    assert pane.plot_items[1].getViewBox().linkedView(0) is pane.plot_items[0].getViewBox()
    _hover(pane, 0, periods.seconds("2004-06-20"))
    assert pane.readout.text().startswith("2004 — ")
    crosshair = pane.readouts[0].line
    # The crosshair sits on the hovered period (2004 starts at 2004-01-01), not under the pointer.
    assert crosshair.isVisible() and crosshair.value() == periods.seconds("2004-01-01") == 1072915200
    assert not pane.readouts[1].line.isVisible()  # the other plot is not under the pointer
    _hover(pane, 1, periods.seconds("1999-11-02"))
    assert pane.readout.text().startswith("1999 — ") and not crosshair.isVisible()
    assert pane.readouts[1].line.value() == periods.seconds("1999-01-01")
    old_lines = [readout.line for readout in pane.readouts]
    pane.show_series(["population"])
    assert "1999" not in pane.readout.text() and "2004" not in pane.readout.text()
    # The old crosshairs went with their chart (deleted, or at least out of the scene).
    assert all(not shiboken6.isValid(line) or line.scene() is None for line in old_lines)
    assert [readout.line.isVisible() for readout in pane.readouts] == [False]
    _hover(pane, 0, periods.seconds("2010-03-01"))
    assert pane.readouts[0].line.isVisible() and pane.readouts[0].line.value() == periods.seconds("2010-01-01")


def test_index_transformation_and_a_clear_message_for_a_short_series(window):
    pane = window.charts_pane
    window.show_pane("charts")
    pane.show_series(["us_goods_trade_mexico"])
    _choose(pane, "index", base="2000")
    spec = pane.specs[0]
    assert spec.unit_label == "index, 2000 = 100" and "index, 2000 = 100" in spec.title
    assert any(abs(v - 100.0) < 1e-9 for v in spec.series[0].values)
    assert "computed by BriefingBook" in pane.sources.text()
    _choose(pane, "index", base="1900")
    assert pane.specs == [] and "the base period 1900 is not in" in pane.sources.text()


def test_old_series_are_flagged_in_amber_in_the_tree_and_under_the_chart(window):
    from briefingbook.export.charts import STALE_COLOUR

    pane = window.charts_pane
    window.show_pane("charts")
    leaf = pane.leaves("border_crossings_trucks")[0]
    import datetime as dt

    age = dt.date.today().year - 2018  # the series ends in 2018
    assert leaf.text(1) == f"2018 · {age} yrs" and leaf.toolTip(1) == f"latest 2018 · {age} years old"
    assert leaf.foreground(1).color().name().upper() == STALE_COLOUR.upper()
    fresh = pane.leaves("population")[0]
    assert fresh.foreground(1).color().name().upper() != STALE_COLOUR.upper()
    pane.show_series(["border_crossings_trucks"])
    assert "latest 2018" in pane.freshness.text() and STALE_COLOUR in pane.freshness.styleSheet()
    window.set_stale_years(50)
    pane = window.charts_pane
    assert pane.leaves("border_crossings_trucks")[0].foreground(1).color().name().upper() != STALE_COLOUR.upper()


def test_recent_monthly_data_is_aged_in_months_in_the_tree(window):
    # monthly data ending three months ago is "3 mo" old, not "0 yrs" (or "1 yr" in January)
    import datetime as dt

    from briefingbook.core import book_series, importers

    today = dt.date.today()
    index = today.year * 12 + today.month - 1 - 3
    months = [index - 2, index - 1, index]
    body = "period,value\n" + "".join(f"{m // 12:04d}-{m % 12 + 1:02d},{k + 1}\n" for k, m in enumerate(months))
    preview = importers.read_bytes(body.encode(), "remesas.csv")
    stored = book_series.store(window.session.book, preview, name="Remesas", unit="dólares", source="Banxico")
    window.show_pane("charts")
    leaf = window.charts_pane.leaves(stored.slug)[0]
    last = f"{months[-1] // 12:04d}-{months[-1] % 12 + 1:02d}"
    assert leaf.text(1) == f"{last} · 3 mo"
    assert leaf.toolTip(1).endswith("· 3 months old")


def test_spanish_tree_tooltips_and_source_lines_name_publishers_without_english_notes(window):
    """Issue #19 item 3: the tree's tooltip names the publisher alone (not "BriefingBook
    (derived)" or "share computed by the data preparer"); the source lines are in Spanish."""
    window.set_ui_language("es")
    try:
        _check_spanish_tree_and_sources(window)
    finally:
        window.set_ui_language("en")  # the next tests expect the English interface


def _check_spanish_tree_and_sources(window):
    pane = window.charts_pane
    window.show_pane("charts")
    slugs = ["development_gap", "hispanic_share_us_population_acs", "gdp_per_capita_current_usd_derived"]
    tips = [pane.leaves(slug)[0].toolTip(0) for slug in slugs]
    assert "BriefingBook" in tips[0] and "U.S. Census Bureau, American Community Survey (ACS)" in tips[1]
    assert "World Bank" in tips[2]
    for tip in tips:
        assert "derived" not in tip and "data preparer" not in tip
    pane.show_series(slugs[:2])
    sources = pane.sources.text()
    assert "derivada por BriefingBook a partir de" in sources and "calculada por quien preparó los datos" in sources
    for english in ("Source:", "derived by", "computed by", "as of"):
        assert english not in sources


def test_a_right_click_on_a_chart_opens_no_english_pyqtgraph_menu(window, qtbot):
    """pyqtgraph's own context menu (View All, Plot Options, Export…) is English only and writes
    files past the product's export: no chart of the app offers it."""
    from PySide6.QtWidgets import QApplication

    def right_click(view) -> None:
        qtbot.waitUntil(view.isVisible)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=view.viewport().rect().center())
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        assert popup is None, [a.text() for a in popup.actions()]

    window.agenda_pane.select_row(0)
    assert window.brief_pane.charts
    for chart in window.brief_pane.charts:
        right_click(chart.plot)
    window.show_pane("charts")
    window.charts_pane.show_series(["us_goods_trade_mexico"])
    right_click(window.charts_pane.graphics)


def test_show_all_undoes_a_zoom(window, qtbot):
    pane = window.charts_pane
    window.show_pane("charts")
    pane.show_series(["us_goods_trade_mexico"])

    def widths() -> tuple[float, float]:
        (x0, x1), (y0, y1) = pane.drawings[0].plot.getViewBox().viewRange()
        return x1 - x0, y1 - y0

    qtbot.waitUntil(lambda: widths()[0] > 1e8)  # seconds: the automatic range is set when shown
    qtbot.wait(50)
    drawn = widths()
    pane.drawings[0].plot.getViewBox().scaleBy((0.25, 0.25))  # what the mouse wheel does
    assert widths()[0] < drawn[0] / 2
    pane.fit_button.click()
    # Drawn again: the ranges of the first drawing (within the pixel or two the layout settles by).
    qtbot.waitUntil(lambda: all(abs(w - d) < 0.02 * d for w, d in zip(widths(), drawn)))
