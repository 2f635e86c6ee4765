"""Indicator charts: the one module both the app's charts pane and the packet renderers use.

Stable API (the charts pane imports it; change it only together with that pane):

- ``build_spec(reference, slugs, lang="en", title=None) -> ChartSpec`` — everything a chart
  shows, as plain data: title, unit label, one :class:`SeriesLine` per (series, country) with
  years as floats and values already scaled to the unit label, event markers and source lines.
  All slugs of one spec must share a unit (one y axis, one honest label); mixing units raises
  :class:`MixedUnitsError`. ``build_specs`` splits a list of slugs into one spec per unit, in
  order of first appearance.
- ``populate_plot(plot_item, spec, show_events=True, log_y=False) -> list[PlotDataItem]`` —
  draws a spec into a pyqtgraph ``PlotItem`` (legend first; one ``PlotDataItem`` per series,
  pen width 1, clip-to-view and automatic 'peak' downsampling for fast redraws).
- ``render_png(spec, width_px, height_px) -> bytes`` — the same drawing rendered offscreen to
  a PNG (packets ask for ≥ 200 dpi at the printed size). Needs a QApplication: call
  ``ensure_qt_app()`` first from the thread that owns Qt (the GUI thread in the app).
- ``format_value(value, unit, lang)`` and ``unit_scale(unit, values, lang)`` — numbers and
  unit labels as people read them.

Styling: :data:`PALETTE` gives each series a colour *and* a Qt line style, so series stay
distinguishable in greyscale print and for colour-blind readers; every colour has a contrast
ratio of at least 3:1 against white (WCAG 2.x non-text contrast). Series 0–4 differ in both
colour and style; from the sixth series on colours repeat with a shifted style.

Number format: both languages use the Mexican and U.S. convention (comma for thousands, point
for decimals: ``1,234.5``); Mexico's official norm (NOM-008-SCFI) also allows a thin space, but
newspapers and Banxico publications use the comma, so one convention serves both readers.
Words differ: "USD billions" / "miles de millones de USD".

Qt and pyqtgraph are imported inside the functions that draw, so building a spec (data only)
does not load Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefingbook.core.errors import InvalidInputError
from briefingbook.core.numbers import format_value, scale_for  # noqa: F401 - part of this module's API
from briefingbook.core.reference import Reference

if TYPE_CHECKING:  # pragma: no cover
    import pyqtgraph

# (colour, Qt.PenStyle name). Contrast against white ≥ 3:1 for each colour (tested).
PALETTE: tuple[tuple[str, str], ...] = (
    ("#1F4E79", "SolidLine"),       # dark blue
    ("#B03A2E", "DashLine"),        # brick red
    ("#1E7B4B", "DotLine"),         # green
    ("#7D3C98", "DashDotLine"),     # purple
    ("#9A5B00", "DashDotDotLine"),  # brown
)
EVENT_COLOUR = "#555555"
# Printed size of a packet chart (all three formats); PNGs are rendered for it at ≥ 200 dpi.
PRINT_WIDTH_CM = 16.0
PRINT_HEIGHT_CM = 6.6
BACKGROUND = "#FFFFFF"
FOREGROUND = "#222222"


class MixedUnitsError(InvalidInputError):
    """The slugs given to build_spec have different units (use build_specs to split them)."""


def series_style(index: int) -> tuple[str, str]:
    """(colour, Qt.PenStyle name) of the ``index``-th series of a chart."""
    n = len(PALETTE)
    colour = PALETTE[index % n][0]
    style = PALETTE[(index + index // n) % n][1]
    return colour, style


def contrast_ratio(colour: str, other: str = BACKGROUND) -> float:
    """WCAG 2.x contrast ratio of two ``#RRGGBB`` colours."""
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    a, b = sorted((luminance(colour), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# -- numbers and units -------------------------------------------------------------------------
# format_value and scale_for live in the core (the packet annex uses them without Qt).
_UNIT_WORDS = {
    # unit: (en, es) axis words
    "usd": ("USD", "USD"),
    "usd_per_person": ("USD per person", "USD por persona"),
    "persons": ("persons", "personas"),
    "percent": ("%", "%"),
    "rank": ("rank (1 = largest)", "lugar (1 = el mayor)"),
    "ratio": ("times", "veces"),
}


def unit_scale(unit: str, values: list[float], lang: str = "en", unit_label: str | None = None) -> tuple[float, str]:
    """(divisor, axis label) for a series of ``unit`` with these values.

    USD becomes "USD billions" (es: "miles de millones de USD") when the values are that
    large; counts become "persons, millions"; percent, rank and ratio are never scaled.
    """
    if unit in ("percent", "rank", "ratio"):
        en, es = _UNIT_WORDS[unit]
        return 1.0, es if lang == "es" else en
    divisor, word_en, word_es = scale_for(values) if unit != "usd_per_person" else (1.0, "", "")
    word_en = f"{word_en}s" if word_en else ""
    base_en, base_es = _UNIT_WORDS.get(unit, (unit_label or unit, unit_label or unit))
    if unit_label and unit not in _UNIT_WORDS:
        base_en = base_es = unit_label
    if lang == "es":
        if not word_es:
            return divisor, base_es
        return divisor, f"{word_es} de {base_es}" if unit == "usd" else f"{base_es}, {word_es}"
    if not word_en:
        return divisor, base_en
    return divisor, f"{base_en} {word_en}" if unit == "usd" else f"{base_en}, {word_en}"


# -- the spec ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SeriesLine:
    slug: str
    country: str
    label: str
    x: list[float]
    y: list[float]          # divided by ChartSpec.scale
    colour: str
    style: str              # Qt.PenStyle name


@dataclass(frozen=True)
class EventMarker:
    x: float
    label: str
    event_id: str


@dataclass(frozen=True)
class ChartSpec:
    title: str
    unit: str               # the reference unit code shared by every series
    unit_label: str         # axis label including the scale ("USD billions")
    scale: float            # raw value = y * scale
    series: list[SeriesLine]
    events: list[EventMarker] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)
    lang: str = "en"

    @property
    def caption(self) -> str:
        """Title and unit label in one line (for captions in text formats)."""
        return f"{self.title} ({self.unit_label})"

    @property
    def x_range(self) -> tuple[float, float]:
        xs = [x for line in self.series for x in line.x]
        return (min(xs), max(xs)) if xs else (0.0, 1.0)


@dataclass(frozen=True)
class RenderedChart:
    """A spec with its PNG, as the packet renderers receive it."""
    spec: ChartSpec
    png: bytes
    width_px: int
    height_px: int


_SOURCE_WORD = {"en": "Source", "es": "Fuente"}
_AS_OF = {"en": "as of", "es": "al"}


def source_line(info, lang: str = "en") -> str:
    """``Source: publisher; series code; as of …`` for one series."""
    return f"{_SOURCE_WORD[lang]}: {info.publisher}; {info.series_code}; {_AS_OF[lang]} {info.as_of}"


def _year(period: str) -> float | None:
    try:
        return float(int(period[:4])) + (0.0 if len(period) <= 4 else 0.5)
    except ValueError:
        return None


def build_spec(reference: Reference, slugs: list[str] | tuple[str, ...], lang: str = "en",
               title: str | None = None) -> ChartSpec:
    """The chart of ``slugs`` (same unit) from the reference DB; one line per series and country.

    Events are those whose issue areas overlap the series' issue areas and whose date falls in
    the plotted years.
    """
    if not slugs:
        raise InvalidInputError("a chart needs at least one series")
    infos = [reference.series(slug) for slug in slugs]
    units = {info.unit for info in infos}
    if len(units) > 1:
        raise MixedUnitsError(f"series {', '.join(slugs)} have different units ({', '.join(sorted(units))}); "
                              f"chart them separately (build_specs splits them by unit)")
    raw: list[tuple[str, str, str, list[float], list[float]]] = []
    for info in infos:
        by_country: dict[str, tuple[list[float], list[float]]] = {}
        for obs in reference.observations(info.slug):
            x = _year(obs.period)
            if x is None or obs.value is None:
                continue
            xs, ys = by_country.setdefault(obs.country, ([], []))
            xs.append(x)
            ys.append(float(obs.value))
        for country, (xs, ys) in by_country.items():
            label = info.name(lang)
            if len(by_country) > 1 or len(infos) > 1 and len(info.countries) > 1:
                label = f"{label}: {info.country_label(country, lang)}"
            raw.append((info.slug, country, label, xs, ys))
    all_values = [v for *_, ys in raw for v in ys]
    unit = infos[0].unit
    divisor, unit_label = unit_scale(unit, all_values, lang, infos[0].unit_label(lang))
    lines = []
    for index, (slug, country, label, xs, ys) in enumerate(raw):
        colour, style = series_style(index)
        lines.append(SeriesLine(slug, country, label, xs, [v / divisor for v in ys], colour, style))
    areas = {area for info in infos for area in info.issue_areas}
    xs_all = [x for line in lines for x in line.x]
    events = []
    if xs_all:
        lo, hi = min(xs_all), max(xs_all) + 1
        for event in reference.events():
            if areas & set(event.issue_areas) and lo <= event.decimal_year <= hi:
                events.append(EventMarker(event.decimal_year, event.title(lang), event.id))
    if title is None:
        title = " / ".join(info.name(lang) for info in infos)
    sources = []
    for info in infos:
        line = source_line(info, lang)
        if line not in sources:
            sources.append(line)
    return ChartSpec(title, unit, unit_label, divisor, lines, events, sources, lang)


def build_specs(reference: Reference, slugs: list[str] | tuple[str, ...], lang: str = "en") -> list[ChartSpec]:
    """One spec per unit among ``slugs`` (order of first appearance)."""
    groups: dict[str, list[str]] = {}
    for slug in slugs:
        groups.setdefault(reference.series(slug).unit, []).append(slug)
    return [build_spec(reference, group, lang) for group in groups.values()]


# -- Qt drawing --------------------------------------------------------------------------------
_qt_app = None


def ensure_qt_app():
    """The running QApplication, or a new one (offscreen unless a platform was chosen)."""
    global _qt_app
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _qt_app = QtWidgets.QApplication([])
    return app


def make_pen(colour: str, style: str, width: float = 1):
    import pyqtgraph as pg
    from PySide6 import QtCore

    return pg.mkPen(colour, width=width, style=getattr(QtCore.Qt.PenStyle, style))


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def populate_plot(plot_item: "pyqtgraph.PlotItem", spec: ChartSpec, show_events: bool = True,
                  log_y: bool = False, numbered_events: bool = False) -> list["pyqtgraph.PlotDataItem"]:
    """Draw ``spec`` into ``plot_item`` (cleared first); returns one PlotDataItem per series.

    Keep the returned items and update them with ``setData`` rather than re-populating.
    Event markers are dotted vertical lines labelled with the event's (shortened) title, or
    with its number (1, 2, …, in ``spec.events`` order) when ``numbered_events`` is true —
    print uses numbers and lists the events under the chart, so labels never cover data.
    """
    import pyqtgraph as pg
    from PySide6 import QtCore

    plot_item.clear()
    if plot_item.legend is None:
        plot_item.addLegend(offset=(8, 8), labelTextColor=FOREGROUND, labelTextSize="10pt",
                            brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen("#BBBBBB"))
    else:
        plot_item.legend.clear()
    items = []
    for line in spec.series:
        item = pg.PlotDataItem(line.x, line.y, pen=make_pen(line.colour, line.style, 1), name=line.label)
        plot_item.addItem(item)
        # After addItem: clip-to-view needs the item's ViewBox.
        item.setClipToView(True)
        item.setDownsampling(auto=True, method="peak")
        items.append(item)
    inverted = spec.unit == "rank"
    plot_item.getViewBox().invertY(inverted)
    if show_events:
        for number, event in enumerate(spec.events, start=1):
            text = str(number) if numbered_events else _short(event.label)
            position = 0.97 if numbered_events else 0.95 - 0.12 * ((number - 1) % 4)
            marker = pg.InfiniteLine(
                pos=event.x, angle=90, movable=False,
                pen=pg.mkPen(EVENT_COLOUR, width=1, style=QtCore.Qt.PenStyle.DotLine),
                label=text, labelOpts={"position": 1 - position if inverted else position, "color": EVENT_COLOUR,
                                       "anchors": [(0, 0.5), (0, 0.5)]})
            plot_item.addItem(marker, ignoreBounds=True)
    plot_item.setLogMode(x=False, y=log_y)
    plot_item.setLabel("left", spec.unit_label)
    plot_item.showGrid(x=True, y=True, alpha=0.15)
    if spec.unit == "rank":
        plot_item.getAxis("left").setTickSpacing(major=1, minor=1)
    return items


def render_png(spec: ChartSpec, width_px: int, height_px: int, *, logical_width: int = 760) -> bytes:
    """The chart as PNG bytes of ``width_px`` × ``height_px``.

    It is laid out at ``logical_width`` screen pixels (so text is a readable size when the
    image is printed about 16 cm wide) and painted scaled up, so text and lines are sharp.
    """
    import pyqtgraph as pg
    from PySide6 import QtCore, QtGui

    ensure_qt_app()
    if width_px < 10 or height_px < 10:
        raise InvalidInputError(f"chart size {width_px}×{height_px} px is too small")
    scale = max(1.0, width_px / logical_width)
    w, h = width_px / scale, height_px / scale
    widget = pg.PlotWidget(background=BACKGROUND)
    try:
        widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
        widget.resize(int(round(w)), int(round(h)))
        widget.show()
        plot = widget.getPlotItem()
        items = populate_plot(plot, spec, numbered_events=True)
        for item, line in zip(items, spec.series):
            # Cosmetic pens are device pixels: widen them so the printed line is ~0.3 mm.
            item.setPen(make_pen(line.colour, line.style, max(1.0, 1.4 * scale)))
        # Print: the caption above the image names the units, so the rotated axis title (which
        # can collide with wide tick labels) is left out; one series needs no legend.
        plot.getAxis("left").showLabel(False)
        if len(spec.series) == 1:
            plot.legend.hide()
        else:
            plot.legend.setLabelTextSize("15pt")
        for axis in ("left", "bottom"):
            ax = plot.getAxis(axis)
            ax.setPen(pg.mkPen(FOREGROUND, width=max(1.0, scale * 0.8)))
            ax.setTextPen(pg.mkPen(FOREGROUND))
        source = plot.sceneBoundingRect()
        image = QtGui.QImage(width_px, height_px, QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor(BACKGROUND))
        scene = widget.scene()
        if hasattr(scene, "prepareForPaint"):
            scene.prepareForPaint()
        painter = QtGui.QPainter(image)
        try:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
            scene.render(painter, QtCore.QRectF(0, 0, width_px, height_px), source)
        finally:
            painter.end()
        buffer = QtCore.QBuffer()
        buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise RuntimeError("Qt could not encode the chart as PNG")
        return bytes(buffer.data())
    finally:
        widget.hide()
        widget.close()  # no parent: Python owns it and frees it here, not at a later event loop turn
