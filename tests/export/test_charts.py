"""The shared chart module: styling, units, numbers, specs, pyqtgraph drawing and PNG output."""

from __future__ import annotations

import pytest

from briefingbook.export import charts


def test_palette_differs_by_colour_and_style_with_contrast():
    styles = [charts.series_style(i) for i in range(len(charts.PALETTE))]
    assert len({c for c, _ in styles}) == len(styles) and len({s for _, s in styles}) == len(styles)
    for colour, _ in charts.PALETTE:
        assert charts.contrast_ratio(colour) >= 3.0
    assert charts.series_style(5) != charts.series_style(0)


def test_units_and_numbers():
    assert charts.unit_scale("usd", [3.2e11], "en")[1] == "USD billions"
    assert charts.unit_scale("usd", [3.2e11], "es") == (1e9, "miles de millones de USD")
    assert charts.unit_scale("persons", [1.2e7], "en") == (1e6, "persons, millions")
    assert charts.unit_scale("percent", [18.0], "en") == (1.0, "%")
    assert charts.format_value(322742472406, "usd") == "USD 322.7 billion"
    assert charts.format_value(12683066, "persons") == "12,683,066"
    assert charts.format_value(1234.5, "crossings", "es") == "1,234.50"
    assert charts.format_value(18.27, "percent") == "18.3 %"


def test_build_spec_from_reference(reference):
    spec = charts.build_spec(reference, ["us_goods_trade_mexico"])
    assert spec.unit_label == "USD billions" and spec.scale == 1e9
    assert len(spec.series) == 2 and all(len(s.x) == len(s.y) > 30 for s in spec.series)
    assert spec.series[0].x == sorted(spec.series[0].x)
    assert "NAFTA enters into force" in [e.label for e in spec.events]
    assert spec.source_lines == [
        "Source: U.S. Census Bureau, Foreign Trade Division, series EYR/IYR, as of August 2024 (probable download date)"
    ]
    with pytest.raises(charts.MixedUnitsError):
        charts.build_spec(reference, ["us_goods_trade_mexico", "population"])
    assert [
        s.unit for s in charts.build_specs(reference, ["population", "gdp_current_usd", "us_goods_trade_mexico"])
    ] == ["persons", "usd"]


def test_populate_plot(qapp, reference):
    import pyqtgraph as pg

    spec = charts.build_spec(reference, ["gdp_current_usd"], lang="es")
    plot = pg.PlotItem()
    items = charts.populate_plot(plot, spec)
    plot.setLabel("left", spec.unit_label)
    assert len(items) == 2 and plot.legend is None  # no legend inside the plot: draw() puts it below
    for item, line in zip(items, spec.series):
        assert item.opts["pen"].widthF() == 1.0 and item.opts["clipToView"] is True
        assert item.opts["autoDownsample"] is True and item.opts["downsampleMethod"] == "peak"
        assert item.opts["pen"].color().name().upper() == line.colour
    assert plot.getAxis("left").labelText == spec.unit_label


def test_render_png(qapp, reference):
    from PySide6 import QtGui

    spec = charts.build_spec(reference, ["us_trade_partner_rank_mexico"])
    data = charts.render_png(spec, 1386, 572)
    assert data.startswith(b"\x89PNG")
    image = QtGui.QImage.fromData(data)
    assert (image.width(), image.height()) == (1386, 572)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1386, 7) for y in range(0, 572, 7)}
    assert len(colours) > 5  # something was drawn, not a blank image


# -- issue 17: dates, layout, transformations, provenance ------------------------------------------
import dataclasses  # noqa: E402
import datetime as dt  # noqa: E402

from briefingbook.core import periods  # noqa: E402
from briefingbook.core.model import Observation  # noqa: E402


class MonthlyCatalog:
    """The reference plus one monthly, one quarterly and one daily series (as an import would give)."""

    def __init__(self, reference):
        self.reference = reference
        base = reference.series("remittances_received_mexico_banxico")
        self.extra = {
            "remit_monthly": (
                dataclasses.replace(
                    base,
                    slug="remit_monthly",
                    name_en="Remittances (monthly)",
                    frequency="monthly",
                    unit="usd_millions",
                    unit_label_en="USD millions",
                    source="book",
                ),
                [("2023-01", 4805.2), ("2023-02", 4512.0), ("2023-03", 5200.0), ("2023-05", 5600.5)],
            ),
            "remit_quarterly": (
                dataclasses.replace(
                    base,
                    slug="remit_quarterly",
                    frequency="quarterly",
                    unit="usd_millions",
                    unit_label_en="USD millions",
                ),
                [("2023-Q1", 14517.2), ("2023-Q2", 16000.0)],
            ),
            "remit_daily": (
                dataclasses.replace(
                    base, slug="remit_daily", frequency="daily", unit="usd_millions", unit_label_en="USD millions"
                ),
                [("2023-03-15", 150.0), ("2023-03-16", 151.0)],
            ),
        }

    def series(self, slug):
        return self.extra[slug][0] if slug in self.extra else self.reference.series(slug)

    def observations(self, slug):
        if slug in self.extra:
            return [Observation(p, "MEX", v, str(v)) for p, v in self.extra[slug][1]]
        return self.reference.observations(slug)

    def events(self):
        return self.reference.events()


def test_every_frequency_is_placed_at_the_first_day_of_its_period(reference):
    catalog = MonthlyCatalog(reference)
    spec = charts.build_spec(catalog, ["remit_monthly", "remit_quarterly", "remit_daily"])
    by_slug = {line.slug: line for line in spec.series}
    day = lambda iso: (dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days * 86400.0  # noqa: E731
    assert by_slug["remit_monthly"].x == [day("2023-01-01"), day("2023-02-01"), day("2023-03-01"), day("2023-05-01")]
    assert by_slug["remit_quarterly"].x == [day("2023-01-01"), day("2023-04-01")]
    assert by_slug["remit_daily"].x == [day("2023-03-15"), day("2023-03-16")]
    annual = charts.build_spec(reference, ["population"])
    assert annual.series[0].x[0] == day(f"{annual.series[0].periods[0]}-01-01")
    # The missing April breaks the monthly line rather than joining March to May.
    assert by_slug["remit_monthly"].breaks() == [3]
    rows = charts.csv_rows(spec)
    assert ("2023-03-01", "2023-03", "remit_monthly", "5200") in rows
    assert ("2023-04-01", "2023-Q2", "remit_quarterly", "16000") in rows
    assert ("2023-01-01", "2023-01", "remit_monthly", "4805.2") in rows


def test_hover_writes_each_period_the_way_its_frequency_does(reference):
    catalog = MonthlyCatalog(reference)
    spec = charts.build_spec(catalog, ["remit_monthly", "remit_quarterly"])
    text = charts.readout_text(spec, periods.seconds("2023-03-20"))
    assert "March 2023 — Remittances (monthly): 5,200 USD millions" in text
    assert "2023 Q1 — " in text and "14,517.20 USD millions" in text
    es = charts.build_spec(catalog, ["remit_monthly"], lang="es")
    assert charts.readout_text(es, periods.seconds("2023-01-02")).startswith("enero de 2023 — ")
    assert charts.readout_text(spec, periods.seconds("1990-01-01")) is None


def test_transformation_is_named_in_title_axis_legend_and_source(reference):
    spec = charts.build_spec(reference, ["us_goods_trade_mexico"], transform="pct_yoy")
    assert spec.title.endswith("— % change from a year ago")
    assert spec.unit == "percent" and spec.unit_label == "% change from a year ago (%)"
    assert all(line.label.endswith(", % change from a year ago") for line in spec.series)
    assert spec.source_lines[0].endswith("; transformation: % change from a year ago, computed by BriefingBook")
    exports = next(line for line in spec.series if line.country == "USA_TO_MEX")
    raw = {o.period: o.value for o in reference.observations("us_goods_trade_mexico") if o.country == "USA_TO_MEX"}
    i = exports.periods.index("2009")
    assert abs(exports.values[i] - 100 * (raw["2009"] / raw["2008"] - 1)) < 1e-9
    share = charts.build_spec(reference, ["remittances_received_mexico_wdi"], transform="share_of:gdp_current_usd")
    gdp = {o.period: o.value for o in reference.observations("gdp_current_usd") if o.country == "MEX"}
    rem = {o.period: o.value for o in reference.observations("remittances_received_mexico_wdi")}
    line = share.series[0]
    assert abs(line.values[line.periods.index("2010")] - 100 * rem["2010"] / gdp["2010"]) < 1e-9
    assert any("World Bank" in s for s in share.source_lines[1:])  # the denominator's source too


def test_derived_and_computed_series_say_so(reference):
    balance = charts.build_spec(reference, ["us_goods_trade_balance_mexico"])
    assert balance.series[0].label.endswith("(derived)")
    assert balance.source_lines[0] == (
        "Source: derived by BriefingBook from U.S. exports to Mexico and U.S. imports "
        "from Mexico — U.S. Census Bureau, Foreign Trade Division, series EYR/IYR, "
        "as of August 2024 (probable download date)"
    )
    assert "us_goods_trade_mexico" not in balance.source_lines[0] and "USA_TO_MEX" not in balance.source_lines[0]
    rank = charts.build_spec(reference, ["us_trade_partner_rank_mexico"])
    assert rank.series[0].derived and rank.series[0].label.endswith("(derived)")
    assert rank.source_lines[0].startswith("Source: computed by the data preparer; U.S. Census Bureau")
    gap = charts.build_spec(reference, ["development_gap"], lang="es")
    assert "a partir de PIB per cápita" in gap.source_lines[0] and "Estados Unidos y México — " in gap.source_lines[0]
    # No internal codes or notes about the preparation in any source line.
    for info in reference.series_list():
        for lang in ("en", "es"):
            line = charts.source_line(info, lang, reference)
            for internal in ("etl.py", "derived:", "division done", "_mexico", "USA_TO_MEX", "country.xlsx"):
                assert internal not in line, (info.slug, line)
            assert ("as of " if lang == "en" else "fecha de corte ") in line


def test_staleness_of_each_series(reference):
    spec = charts.build_spec(reference, ["border_crossings_trucks"], today=dt.date(2026, 12, 4))
    assert spec.freshness[0].text == "latest 2018 · 8 years old" and spec.stale
    fresh = charts.build_spec(reference, ["population"], today=dt.date(2026, 12, 4))
    assert not fresh.stale
    es = charts.build_spec(reference, ["border_crossings_trucks"], lang="es", today=dt.date(2026, 12, 4))
    assert es.freshness[0].text == "último dato 2018 · 8 años de antigüedad"


def test_okabe_ito_palette_contrast():
    assert charts.PALETTE[0][0] == "#0072B2" and charts.PALETTE[1][0] == "#D55E00"
    assert charts.contrast_ratio(charts.STALE_COLOUR) >= 4.5
    assert len({style for _, style in charts.PALETTE[:5]}) == 5


@pytest.mark.parametrize(
    "slugs",
    [
        ["us_goods_trade_mexico", "us_goods_trade_balance_mexico", "us_goods_trade_total_mexico"],
        ["gdp_current_usd"],
        [
            "border_crossings_trucks",
            "border_crossings_personal_vehicles",
            "border_crossings_pedestrians",
            "border_crossings_bus_passengers",
            "border_crossings_personal_vehicle_passengers",
        ],
    ],
)
@pytest.mark.parametrize("size", [(1366, 420), (700, 360), (420, 300)])
def test_legend_and_event_key_never_intersect_the_plot_area(qapp, reference, slugs, size):
    import pyqtgraph as pg

    spec = charts.build_specs(reference, slugs)[0]
    widget = pg.GraphicsLayoutWidget()
    widget.resize(*size)
    drawing = charts.draw(widget.ci, spec)
    widget.show()
    qapp.processEvents()
    view = drawing.plot.getViewBox().sceneBoundingRect()
    assert view.width() > 50 and view.height() > 20
    if len(spec.series) > 1:
        legend = drawing.legend.sceneBoundingRect()
        assert legend.height() > 0 and not legend.intersects(view), (legend, view)
        assert legend.top() >= view.bottom()
        for _sample, label in drawing.legend.items:
            assert not label.sceneBoundingRect().intersects(view)
    if spec.events:
        key = drawing.key.sceneBoundingRect()
        assert not key.intersects(view) and key.top() >= view.bottom()
        assert drawing.key.text().startswith("1. ")
    widget.close()


def test_render_svg_and_png_with_key(qapp, reference):
    spec = charts.build_spec(reference, ["us_goods_trade_mexico"])
    svg = charts.render_svg(spec, event_key=True)
    assert svg.lstrip().startswith(b"<?xml") and b"<svg" in svg
    assert b"NAFTA" in svg  # the key under the plot is text, not pixels
    png = charts.render_png(spec, 1386, 693, event_key=True)
    assert png.startswith(b"\x89PNG")


def test_packet_annex_and_sources_say_derived_and_how_old(demo_book, reference):
    from briefingbook.core.packet import build_outline

    outline = build_outline(demo_book, reference, today=dt.date(2026, 12, 4))
    rows = {row.slug: row for row in outline.annex}
    assert rows["border_crossings_trucks"].year == "2018 · 8 years old"
    assert rows["us_trade_partner_rank_mexico"].name.endswith("(derived)")
    assert rows["hispanic_share_us_population_acs"].name.endswith("(derived)")
    sources = {s.name: s for s in outline.series_sources}
    gdp_pc = next(s for name, s in sources.items() if name.startswith("GDP per capita"))
    assert gdp_pc.name.endswith("(derived)") and "division done" not in gdp_pc.line
    spec = charts.build_spec(reference, ["border_crossings_trucks"], today=dt.date(2026, 12, 4))
    assert spec.caption.endswith("; latest 2018 · 8 years old")


@pytest.mark.slow
def test_every_demo_chart_prints_tick_labels_on_both_axes(qapp, reference):
    """Issue 18: four printed charts once had no y-axis numbers. Every key chart of the demo book,
    laid out as render_png lays it out and painted once, draws at least two labels on each axis."""
    from PySide6 import QtCore, QtGui

    width = charts.PRINT_LOGICAL_WIDTH
    height = round(width * charts.PACKET_HEIGHT_CM / charts.PRINT_WIDTH_CM)
    slugs = [slug for area in reference.issue_areas() for slug in area.key_indicators]
    assert len(slugs) >= 20
    for slug in slugs:
        widget, drawing = charts._offscreen_layout(charts.build_spec(reference, [slug]), width, height, False)
        try:
            image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
            painter = QtGui.QPainter(image)
            widget.scene().render(painter, QtCore.QRectF(0, 0, width, height), widget.ci.sceneBoundingRect())
            for name in ("left", "bottom"):
                specs = drawing.plot.getAxis(name).generateDrawSpecs(painter)
                labels = [text for _, _, text in specs[2]] if specs else []
                assert len(labels) >= 2, (slug, name, labels)
            painter.end()
        finally:
            widget.hide()
            widget.close()


def test_isolated_points_are_found_from_the_periods():
    line = charts.SeriesLine("s", "X", "s", [0.0, 1.0, 2.0, 3.0], [1.0] * 4, "#000000", "SolidLine")
    assert line.isolated() == []  # no periods: nothing known to be missing
    periods = ["2000", "2010", "2011", "2017"]
    line = charts.SeriesLine("s", "X", "s", [0.0, 1.0, 2.0, 3.0], [1.0] * 4, "#000000", "SolidLine", periods)
    assert line.breaks() == [1, 3] and line.isolated() == [0, 3]
    one = charts.SeriesLine("s", "X", "s", [0.0], [1.0], "#000000", "SolidLine", ["2000"])
    assert one.isolated() == [0]


def _segments(item) -> int:
    """Line segments a PlotDataItem draws: consecutive points both finite."""
    import numpy as np

    _x, y = item.getData()
    if item.opts["pen"] is None or y is None or len(y) < 2:
        return 0
    finite = np.isfinite(y)
    return int(np.count_nonzero(finite[1:] & finite[:-1]))


@pytest.mark.slow  # draws every series of the reference DB at print size
def test_every_reference_series_draws_something_visible(qapp, reference):
    """A series whose points all sit between gaps (us_born_population_mexico_undesa: 2000, 2010,
    2017) once drew nothing. Every series of the reference DB, drawn as a packet draws it, has a
    line segment or a symbol for each line, and its colour shows in the plot area of the picture."""
    import numpy as np
    from PySide6 import QtCore, QtGui

    width = charts.PRINT_LOGICAL_WIDTH
    height = round(width * charts.PACKET_HEIGHT_CM / charts.PRINT_WIDTH_CM)
    infos = reference.series_list()
    assert "us_born_population_mexico_undesa" in {info.slug for info in infos}
    for info in infos:
        spec = charts.build_spec(reference, [info.slug])
        widget, drawing = charts._offscreen_layout(spec, width, height, False)
        try:
            data_items = drawing.plot.listDataItems()
            for item, line in zip(drawing.items, spec.series):
                symbols = [
                    i
                    for i in data_items
                    if i.opts.get("symbol")
                    and i.opts["symbolBrush"] is not None
                    and i.opts["symbolPen"].color().name().upper() == line.colour
                    and len(i.getData()[0]) >= 1
                ]
                assert _segments(item) >= 1 or symbols, (info.slug, line.label)
                if line.isolated():
                    assert symbols, (info.slug, line.label, "isolated points need symbols")
            image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
            image.fill(QtGui.QColor(charts.BACKGROUND))
            painter = QtGui.QPainter(image)
            widget.scene().render(painter, QtCore.QRectF(0, 0, width, height), widget.ci.sceneBoundingRect())
            painter.end()
            view = drawing.plot.getViewBox().sceneBoundingRect().adjusted(2, 2, -2, -2)
            origin = widget.ci.sceneBoundingRect().topLeft()
            pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(height, width, 4)  # B, G, R, A
            plot_area = pixels[
                int(view.top() - origin.y()) : int(view.bottom() - origin.y()),
                int(view.left() - origin.x()) : int(view.right() - origin.x()),
                2::-1,
            ].astype(int)
            for line in spec.series:
                colour = QtGui.QColor(line.colour)
                wanted = np.array([colour.red(), colour.green(), colour.blue()])
                hits = int(np.count_nonzero(np.abs(plot_area - wanted).sum(axis=2) < 40))
                assert hits >= 10, (info.slug, line.label, hits)
        finally:
            widget.hide()
            widget.close()
