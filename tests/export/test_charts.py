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
    info = reference.series("us_goods_trade_mexico")
    assert spec.source_lines == [f"Source: {info.publisher}; {info.series_code}; as of {info.as_of}"]
    with pytest.raises(charts.MixedUnitsError):
        charts.build_spec(reference, ["us_goods_trade_mexico", "population"])
    assert [s.unit for s in charts.build_specs(reference, ["population", "gdp_current_usd", "us_goods_trade_mexico"])] \
        == ["persons", "usd"]


def test_populate_plot(qapp, reference):
    import pyqtgraph as pg

    spec = charts.build_spec(reference, ["gdp_current_usd"], lang="es")
    plot = pg.PlotItem()
    items = charts.populate_plot(plot, spec)
    assert len(items) == 2 and plot.legend is not None
    for item, line in zip(items, spec.series):
        assert item.opts["pen"].width() == 1 and item.opts["clipToView"] is True
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
