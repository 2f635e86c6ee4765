"""Indicator charts: the one module the charts pane, the brief's small charts, every packet format
and ``briefingbook chart`` use, so a chart looks the same on screen, on paper and in a file.

Stable API (the charts pane and the packet renderers import it; change it only together with them):

- ``build_spec(catalog, slugs, lang="en", title=None, transform="level", today=None,
  stale_years=3) -> ChartSpec`` — everything a chart shows, as plain data: title, unit label,
  one :class:`SeriesLine` per (series, country) with its periods, x positions (seconds since
  1970-01-01 UTC of each period's first day, see ``core/periods.py``) and values scaled to the
  unit label; event markers; source lines in plain words; the latest period and age of each
  series; sentences about periods a transformation could not compute. All slugs of one spec
  must share a unit (after the transformation); mixing raises :class:`MixedUnitsError`;
  ``build_specs`` splits a list of slugs into one spec per unit. A transformation that cannot
  be computed raises ``core.transforms.TransformError`` with one sentence.
- ``draw(layout, spec, row=0, ...) -> Drawing`` — draws a spec into a pyqtgraph
  ``GraphicsLayout``: the plot (date axis, labelled ticks on both axes), then *below* it the
  legend (never over the data) and the numbered key of the event flags. ``populate_plot``
  draws only the series and flags into an existing ``PlotItem`` (the benchmark uses it).
- ``render_png(spec, width_px, height_px, event_key=False)`` and ``render_svg(spec, width_cm,
  height_cm, event_key=False)`` — the same drawing offscreen (packets ask for ≥ 220 dpi at
  the printed size, PRINT_WIDTH_CM × PACKET_HEIGHT_CM; legend and tick text are ≥ 8 pt when
  printed at PRINT_WIDTH_CM). Needs a QApplication: call ``ensure_qt_app()`` first from the
  thread that owns Qt.
- ``readout_text(spec, x)`` — the hover read-out at axis position ``x``: each series' period as
  its frequency writes it ("March 2024", "2024 Q1", "2024"), name, value and unit.
- ``hovered_x(spec, x)`` — where the hover crosshair goes: the hovered period's first day.
- ``csv_rows(spec)`` — ``date,period,series,value`` rows: the dates are where points are drawn.
- ``format_value(value, unit, lang)`` and ``unit_scale(unit, values, lang)`` — numbers and
  unit labels as people read them.

Styling: :data:`PALETTE` is the Okabe–Ito palette for colour-blind readers (orange and sky
blue darkened so that every colour has a contrast ratio of at least 3:1 on white, WCAG 2.x
non-text contrast), each colour with its own Qt line style, so series also stay apart in
greyscale print. From the sixth series on colours repeat with a shifted style.

Number format: both languages use the Mexican and U.S. convention (comma for thousands, point
for decimals: ``1,234.5``); Words differ: "USD billions" / "miles de millones de USD".

Qt and pyqtgraph are imported inside the functions that draw, so building a spec (data only,
used by the command line's CSV output) does not load Qt.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefingbook.core import periods as P
from briefingbook.core import provenance
from briefingbook.core.errors import InvalidInputError
from briefingbook.core.numbers import format_value, scale_for
from briefingbook.core.transforms import Transform, TransformError, apply

if TYPE_CHECKING:  # pragma: no cover
    import pyqtgraph

# Okabe & Ito (2008), "Color Universal Design"; (colour, Qt.PenStyle name). Contrast on white ≥ 3:1 (tested).
PALETTE: tuple[tuple[str, str], ...] = (
    ("#0072B2", "SolidLine"),  # blue
    ("#D55E00", "DashLine"),  # vermillion
    ("#009E73", "DotLine"),  # bluish green
    ("#CC79A7", "DashDotLine"),  # reddish purple
    ("#9E6A00", "DashDotDotLine"),  # orange, darkened for contrast
)
# One symbol shape per palette position (greyscale print tells them apart too); see populate_plot.
SYMBOLS = ("o", "s", "t", "d", "+")
SYMBOLS_ON_EVERY_POINT = 400  # a series with isolated points and at most this many gets a symbol on every point
STALE_COLOUR = "#8A5A00"  # amber text (contrast on white ≥ 4.5:1, tested)
EVENT_COLOUR = "#555555"
# Printed size of a chart: 16 × 8 cm for ``briefingbook chart`` (its event key under the plot);
# 16 × 7 cm in a packet (all three formats), so two charts of a brief, each with its caption,
# numbered events and source line, share an A4 or Letter page. PNGs are rendered at ≥ 220 dpi.
PRINT_WIDTH_CM = 16.0
PRINT_HEIGHT_CM = 8.0
PACKET_HEIGHT_CM = 7.0
PRINT_LOGICAL_WIDTH = 760  # screen pixels a printed chart is laid out at (16 cm: 47.5 px per cm)
PRINT_TEXT_PX = 15  # 15 px at 47.5 px/cm is 3.2 mm: 9 pt
BACKGROUND = "#FFFFFF"
FOREGROUND = "#222222"
_DAY = 86400.0
_SPAN = {"annual": 365.25 * _DAY, "quarterly": 91.3 * _DAY, "monthly": 30.44 * _DAY, "daily": _DAY}


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
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
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
    "rank": ("rank, 1 = largest", "lugar, 1 = el mayor"),  # no brackets: captions put the unit in brackets
    "ratio": ("times", "veces"),
    "index": ("index", "índice"),
}
_SELF_DESCRIBING = {"usd", "usd_per_person", "percent", "ratio"}  # format_value writes the unit


def unit_scale(unit: str, values: list[float], lang: str = "en", unit_label: str | None = None) -> tuple[float, str]:
    """(divisor, axis label) for a series of ``unit`` with these values.

    USD becomes "USD billions" (es: "miles de millones de USD") when the values are that
    large; counts become "persons, millions"; percent, rank, ratio and index are never scaled.
    """
    if unit in ("percent", "rank", "ratio", "index"):
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


def value_text(value: float, unit: str, unit_word: str, lang: str = "en") -> str:
    """A value with its unit: ``USD 110.8 billion``, ``18.3 %``, ``4,805.20 USD millions``, ``12,683,066 persons``."""
    if unit == "index":
        return f"{value:,.1f}"
    text = format_value(value, unit, lang)
    if unit in _SELF_DESCRIBING or unit == "rank" or not unit_word:
        return text
    return f"{text} {unit_word}"


# -- the spec ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class SeriesLine:
    slug: str
    country: str
    label: str
    x: list[float]  # seconds since 1970-01-01 UTC of each period's first day
    y: list[float]  # divided by ChartSpec.scale
    colour: str
    style: str  # Qt.PenStyle name
    periods: list[str] = field(default_factory=list)  # as stored, one per point
    frequency: str = "annual"
    unit_word: str = ""  # the unit after a value in the read-out ("persons")
    derived: bool = False
    values: list[float] = field(default_factory=list)  # unscaled (raw, or transformed), one per point

    def breaks(self) -> list[int]:
        """Indexes ``i`` where the line must not join point i−1 to point i (periods missing between)."""
        if not self.periods:
            return []
        idx = [P.parse(p).index for p in self.periods]
        return [i for i in range(1, len(idx)) if idx[i] - idx[i - 1] > 1]

    def isolated(self) -> list[int]:
        """Indexes of points joined to no neighbour (a line would draw nothing there): gaps on both
        sides, or a series of one point. They are drawn as symbols."""
        n = len(self.x)
        cut = set(self.breaks())
        return [i for i in range(n) if (i == 0 or i in cut) and (i == n - 1 or i + 1 in cut)]


@dataclass(frozen=True)
class EventMarker:
    x: float
    label: str
    event_id: str
    date: str = ""

    def text(self, number: int, lang: str = "en") -> str:
        """``2. September 11 terrorist attacks on the United States (11 September 2001)``."""
        when = P.date_label(self.date, lang) if self.date else ""
        return f"{number}. {self.label}" + (f" ({when})" if when else "")


@dataclass(frozen=True)
class Freshness:
    label: str
    text: str  # "latest 2018 · 8 years old"
    stale: bool


@dataclass(frozen=True)
class ChartSpec:
    title: str
    unit: str  # the unit code shared by every series (after the transformation)
    unit_label: str  # axis label including the scale ("USD billions")
    scale: float  # raw value = y * scale
    series: list[SeriesLine]
    events: list[EventMarker] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)
    lang: str = "en"
    transform: str = "level"
    transform_name: str = ""
    notes: list[str] = field(default_factory=list)  # periods a transformation left out, and why
    freshness: list[Freshness] = field(default_factory=list)
    log_y: bool = False  # drawn on a logarithmic value axis (the caption says so)

    @property
    def caption(self) -> str:
        """Title, unit label and the data's age in one line (captions in packets):
        ``U.S. goods trade with Mexico (USD billions); latest 2023 · 3 years old``."""
        fresh = self.freshness_line(capitalise=False)
        log = ("; escala logarítmica" if self.lang == "es" else "; log scale") if self.log_y else ""
        unit = self.unit_label
        name = self.transform_name
        if name and self.title.endswith(name):  # the title names the transformation: the unit need not again
            unit = "" if unit == name else unit[len(name) + 2 : -1] if unit.startswith(f"{name} (") else unit
        return self.title + (f" ({unit})" if unit else "") + log + (f"; {fresh}" if fresh else "")

    @property
    def stale(self) -> bool:
        return any(f.stale for f in self.freshness)

    def freshness_line(self, capitalise: bool = True) -> str:
        """``U.S. goods trade: latest 2023 · 3 years old`` for each series, joined by ``; ``
        (one series: ``Latest 2023 · 3 years old``)."""
        if len(self.freshness) == 1:
            text = self.freshness[0].text
            return text[:1].upper() + text[1:] if capitalise else text
        return "; ".join(f"{f.label}: {f.text}" for f in self.freshness)

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


def source_line(info, lang: str = "en", catalog=None) -> str:
    """``Source: publisher, series code, as of …`` in plain words (core/provenance.py)."""
    return provenance.source_line(info, lang, catalog)


def _other_values(
    catalog, slug: str, country: str, wanted: str | None = None, lang: str = "en"
) -> tuple[list[str], list[float]]:
    """The denominator of per_capita/share_of: ``wanted`` country if given, else the same country as the
    series divided, else the other series' only country."""
    obs = [o for o in catalog.observations(slug) if o.value is not None]
    countries = sorted({o.country for o in obs})
    if wanted is not None and wanted not in countries:
        raise TransformError(
            f"{slug} has no values for {wanted}; it has {', '.join(countries)}"
            if lang != "es"
            else f"{slug} no tiene valores para {wanted}; tiene {', '.join(countries)}"
        )
    if wanted is not None:
        chosen = wanted
    elif country in countries:
        chosen = country
    elif len(countries) == 1:
        chosen = countries[0]
    else:
        info = catalog.series(slug)
        choices = ", ".join(f"{info.country_label(c, lang)} ({slug}:{c})" for c in countries)
        raise TransformError(
            f"{info.name(lang)} has no values for {country}; choose one of its countries: {choices}"
            if lang != "es"
            else f"{info.name(lang)} no tiene valores para {country}; elija uno de sus países: {choices}"
        )
    rows = [o for o in obs if o.country == chosen]
    return [o.period for o in rows], [float(o.value) for o in rows]


def build_spec(
    catalog,
    slugs: list[str] | tuple[str, ...],
    lang: str = "en",
    title: str | None = None,
    transform: Transform | str | None = None,
    today: dt.date | None = None,
    stale_years: int = provenance.DEFAULT_STALE_YEARS,
    period_from: str | None = None,
    period_to: str | None = None,
) -> ChartSpec:
    """The chart of ``slugs`` from ``catalog`` (a Reference or a SeriesCatalog); one line per series and country.

    Events are those whose issue areas overlap the series' issue areas and whose date falls in
    the plotted range. ``period_from``/``period_to`` keep periods whose first day is within them.
    """
    if not slugs:
        raise InvalidInputError("a chart needs at least one series")
    t = transform if isinstance(transform, Transform) else Transform.parse(transform)
    infos = [catalog.series(slug) for slug in slugs]
    units = {t.unit(info.unit) for info in infos}
    if len(units) > 1:
        raise MixedUnitsError(
            f"series {', '.join(slugs)} have different units ({', '.join(sorted(units))}); "
            f"chart them separately (build_specs splits them by unit)"
        )
    other_info = catalog.series(t.other_slug) if t.other_slug else None
    other_name = other_info.name(lang) if other_info else None
    if other_info is not None and t.other_country:
        other_name = f"{other_name}: {other_info.country_label(t.other_country, lang)}"
    lo = P.parse(period_from).start if period_from else None
    hi = P.parse(period_to).end if period_to else None
    raw: list[tuple] = []
    notes: list[str] = []
    fresh: list[Freshness] = []
    for info in infos:
        by_country: dict[str, tuple[list[str], list[float]]] = {}
        observations = [o for o in catalog.observations(info.slug) if o.value is not None]
        for obs in observations:
            periods, values = by_country.setdefault(obs.country, ([], []))
            periods.append(obs.period)
            values.append(float(obs.value))
        latest = provenance.latest_period(observations)
        if latest is not None:
            f = provenance.freshness(latest, today, stale_years)
            fresh.append(Freshness(info.name(lang), f.text(lang), f.stale))
        derived = provenance.is_derived(info)
        for country, (periods, values) in by_country.items():
            label = info.name(lang)
            if len(by_country) > 1 or len(infos) > 1 and len(info.countries) > 1:
                label = f"{label}: {info.country_label(country, lang)}"
            if derived:
                label += " (derivada)" if lang == "es" else " (derived)"
            other = _other_values(catalog, t.other_slug, country, t.other_country, lang) if t.other_slug else None
            result = apply(t, periods, values, lang=lang, series_name=label, other=other, other_name=other_name)
            notes.extend(result.notes)
            points = [
                (p, v)
                for p, v in zip(result.periods, result.values.tolist())
                if (lo is None or P.parse(p).start >= lo) and (hi is None or P.parse(p).start <= hi)
            ]
            if not points:
                continue
            frequency = P.parse(points[0][0]).frequency
            raw.append((info, country, label, [p for p, _ in points], [v for _, v in points], frequency))
    if not raw:
        span = " ".join(x for x in (period_from and f"from {period_from}", period_to and f"to {period_to}") if x)
        raise InvalidInputError(f"no values of {', '.join(slugs)} to chart{' ' + span if span else ''}")
    all_values = [v for r in raw for v in r[4]]
    unit = units.pop()
    base_label = infos[0].unit_label(lang) if t.kind in ("level", "change", "ma") else None
    divisor, unit_label = unit_scale(unit, all_values, lang, base_label)
    tname = "" if t.is_level else t.name(lang, other_name)
    if t.kind == "index":
        unit_label = tname
    elif t.kind == "per_capita" and infos[0].unit != "usd":
        unit_label = f"{infos[0].unit_label(lang)} " + ("por persona" if lang == "es" else "per person")
    elif tname:
        unit_label = f"{tname} ({unit_label})"
    unit_word = "" if unit in _SELF_DESCRIBING else (infos[0].unit_label(lang) if unit == infos[0].unit else unit_label)
    lines = []
    for index, (info, country, label, periods, values, frequency) in enumerate(raw):
        colour, style = series_style(index)
        if tname:
            label = f"{label}, {tname}"
        lines.append(
            SeriesLine(
                info.slug,
                country,
                label,
                [P.seconds(p) for p in periods],
                [v / divisor for v in values],
                colour,
                style,
                periods,
                frequency,
                unit_word,
                provenance.is_derived(info),
                list(values),
            )
        )
    areas = {area for info in infos for area in info.issue_areas}
    xs_all = [x for line in lines for x in line.x]
    events = []
    first, last = min(xs_all), max(xs_all) + max(_SPAN[ln.frequency] for ln in lines)
    for event in catalog.events():
        x = P.seconds(event.date)
        if areas & set(event.issue_areas) and first <= x <= last:
            events.append(EventMarker(x, event.title(lang), event.id, event.date))
    if title is None:
        title = " / ".join(info.name(lang) for info in infos)
        if tname:
            title += f" — {tname}"
    sources = []
    for info in infos:
        line = source_line(info, lang, catalog)
        if line not in sources:
            sources.append(line)
    if tname:
        done = (
            "transformación: {t}, calculada por BriefingBook"
            if lang == "es"
            else "transformation: {t}, computed by BriefingBook"
        ).format(t=tname)
        sources = [f"{line}; {done}" for line in sources]
        if other_info is not None:
            sources.append(source_line(other_info, lang, catalog))
    return ChartSpec(title, unit, unit_label, divisor, lines, events, sources, lang, t.code, tname, notes, fresh)


def build_specs(catalog, slugs: list[str] | tuple[str, ...], lang: str = "en", **options) -> list[ChartSpec]:
    """One spec per unit among ``slugs`` (order of first appearance); options as build_spec."""
    t = options.get("transform")
    t = t if isinstance(t, Transform) else Transform.parse(t)
    groups: dict[str, list[str]] = {}
    for slug in slugs:
        groups.setdefault(t.unit(catalog.series(slug).unit), []).append(slug)
    return [build_spec(catalog, group, lang, **options) for group in groups.values()]


# -- read-out and CSV (no Qt) ------------------------------------------------------------------
def _point_at(line: SeriesLine, x: float) -> int | None:
    """The point whose period contains ``x``, else the nearest within half a period."""
    if not line.x:
        return None
    i = bisect.bisect_right(line.x, x) - 1
    span = _SPAN.get(line.frequency, _SPAN["annual"])
    if i >= 0 and line.periods:
        end = P.parse(line.periods[i]).end
        if x < P.seconds(end.isoformat()) + _DAY:
            return i
    candidates = [k for k in (i, i + 1) if 0 <= k < len(line.x)]
    k = min(candidates, key=lambda k: abs(line.x[k] - x))
    return k if abs(line.x[k] - x) <= span / 2 else None


def hovered_x(spec: ChartSpec, x: float) -> float | None:
    """Where the hover crosshair goes for axis position ``x``: the first day of the period the
    read-out names (of the first series that has a point there), or None when none has."""
    for line in spec.series:
        i = _point_at(line, x)
        if i is not None:
            return line.x[i]
    return None


def readout_text(spec: ChartSpec, x: float) -> str | None:
    """``March 2024 — Remittances: 4,805.20 USD millions; 2024 — GDP: USD 1.8 trillion`` at axis position ``x``."""
    groups: dict[str, list[str]] = {}
    for line in spec.series:
        i = _point_at(line, x)
        if i is None:
            continue
        raw = line.values[i] if line.values else line.y[i] * spec.scale
        period = P.period_label(line.periods[i], spec.lang) if line.periods else str(int(line.x[i]))
        groups.setdefault(period, []).append(f"{line.label}: {value_text(raw, spec.unit, line.unit_word, spec.lang)}")
    if not groups:
        return None
    return "; ".join(f"{period} — " + "; ".join(parts) for period, parts in groups.items())


def csv_rows(spec: ChartSpec) -> list[tuple[str, str, str, str]]:
    """``(date, period, series, value)`` for every point: ISO date where it is drawn, period as stored, the
    value unscaled at full precision (as published for ``level``; whole numbers without a point)."""
    rows = []
    for line in spec.series:
        lines_of_slug = sum(1 for other in spec.series if other.slug == line.slug)
        series = line.slug if lines_of_slug == 1 else f"{line.slug}:{line.country}"
        values = line.values or [y * spec.scale for y in line.y]
        for period, value in zip(line.periods, values):
            if float(value).is_integer() and abs(value) < 1e15:
                text = str(int(value))
            else:
                text = repr(float(value))
            rows.append((P.start_date(period).isoformat(), period, series, text))
    return rows


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


def _drawn_xy(line: SeriesLine):
    """x and y as numpy arrays, with a NaN between points that have missing periods between them."""
    import numpy as np

    x = np.asarray(line.x, dtype=float)
    y = np.asarray(line.y, dtype=float)
    breaks = line.breaks()
    if breaks:
        x = np.insert(x, breaks, (x[np.array(breaks) - 1] + x[breaks]) / 2)
        y = np.insert(y, breaks, np.nan)
    return x, y, bool(breaks)


def populate_plot(
    plot_item: "pyqtgraph.PlotItem",
    spec: ChartSpec,
    show_events: bool = True,
    log_y: bool = False,
    numbered_events: bool = True,
    legend=None,
    pen_width: float = 1.0,
) -> list["pyqtgraph.PlotDataItem"]:
    """Draw the series and event flags of ``spec`` into ``plot_item`` (cleared first).

    One PlotDataItem per series (returned; update with ``setData``), with clip-to-view and
    'peak' downsampling. Lines break where periods are missing. Event flags are dotted lines
    numbered 1, 2, … in ``spec.events`` order, with the full text as their tooltip. Series are
    named in ``legend`` when one is given (a legend outside the plot: see ``draw``).
    """
    import pyqtgraph as pg
    from PySide6 import QtCore

    plot_item.clear()
    items = []
    for index, line in enumerate(spec.series):
        x, y, broken = _drawn_xy(line)
        item = pg.PlotDataItem(
            x, y, pen=make_pen(line.colour, line.style, pen_width), connect="finite" if broken else "all"
        )
        # A point with no neighbour is invisible as a line: such points get a symbol. A short series
        # with any isolated point gets one on every point (and in its legend sample); a long one
        # only on the isolated points, as a separate item (symbols on 1M points would be slow).
        isolated = line.isolated()
        if isolated:
            symbol, size = SYMBOLS[index % len(SYMBOLS)], 6 + 2 * pen_width
            symbol_pen, symbol_brush = make_pen(line.colour, "SolidLine"), pg.mkBrush(line.colour)
            if len(line.x) <= SYMBOLS_ON_EVERY_POINT:
                item.setSymbol(symbol)
                item.setSymbolSize(size)
                item.setSymbolPen(symbol_pen)
                item.setSymbolBrush(symbol_brush)
            else:
                dots = pg.PlotDataItem(  # a PlotDataItem, not a ScatterPlotItem: it follows log mode
                    [line.x[i] for i in isolated],
                    [line.y[i] for i in isolated],
                    pen=None,
                    symbol=symbol,
                    symbolSize=size,
                    symbolPen=symbol_pen,
                    symbolBrush=symbol_brush,
                )
                plot_item.addItem(dots)
        plot_item.addItem(item)
        # After addItem: clip-to-view needs the item's ViewBox.
        item.setClipToView(True)
        item.setDownsampling(auto=True, method="peak")
        items.append(item)
        if legend is not None:
            legend.addItem(item, html.escape(line.label))  # LabelItem renders HTML: user text stays plain
            legend.items[-1][1].text = line.label
    inverted = spec.unit == "rank"
    plot_item.getViewBox().invertY(inverted)
    if show_events:
        for number, event in enumerate(spec.events, start=1):
            marker = pg.InfiniteLine(
                pos=event.x,
                angle=90,
                movable=False,
                pen=pg.mkPen(EVENT_COLOUR, width=1, style=QtCore.Qt.PenStyle.DotLine),
                label=str(number),
                labelOpts={
                    "position": 0.04 if inverted else 0.96,
                    "color": EVENT_COLOUR,
                    "fill": pg.mkBrush(255, 255, 255, 230),
                    "anchors": [(0.5, 0.5), (0.5, 0.5)],
                },
            )
            tip = event.text(number, spec.lang)
            marker.setToolTip(tip)
            marker.label.setToolTip(tip)
            plot_item.addItem(marker, ignoreBounds=True)
    plot_item.setLogMode(x=False, y=log_y)
    plot_item.showGrid(x=False, y=True, alpha=0.15)  # vertical grid lines would compete with the event flags
    if spec.unit == "rank":
        plot_item.getAxis("left").setTickSpacing(major=1, minor=1)
    return items


_ES_MONTHS = {
    "Jan": "ene",
    "Feb": "feb",
    "Mar": "mar",
    "Apr": "abr",
    "May": "may",
    "Jun": "jun",
    "Jul": "jul",
    "Aug": "ago",
    "Sep": "sep",
    "Oct": "oct",
    "Nov": "nov",
    "Dec": "dic",
}


def date_axis(lang: str = "en"):
    """A bottom axis with date-aware ticks (years, then months, then days as one zooms in), in UTC."""
    import pyqtgraph as pg

    class DateAxis(pg.DateAxisItem):
        def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph API
            strings = super().tickStrings(values, scale, spacing)
            if lang == "es":
                strings = [" ".join(_ES_MONTHS.get(w, w) for w in s.split(" ")) for s in strings]
            return strings

    return DateAxis(orientation="bottom", utcOffset=0)


def _text_block_class():
    import pyqtgraph as pg
    from PySide6 import QtGui, QtWidgets

    class TextBlock(pg.GraphicsWidget):
        """Plain text that wraps to the width the layout gives it (the key of the event flags)."""

        def __init__(self, text: str, pixel_size: int, colour: str = FOREGROUND) -> None:
            super().__init__()
            self.item = QtWidgets.QGraphicsTextItem(self)
            self.item.setPlainText(text)
            font = QtGui.QFont()
            font.setPixelSize(pixel_size)
            self.item.setFont(font)
            self.item.setDefaultTextColor(QtGui.QColor(colour))
            self.item.document().setDocumentMargin(2)
            self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)
            self._fit(600)

        def _fit(self, width: float) -> None:
            self.item.setTextWidth(max(50.0, width))
            height = self.item.boundingRect().height()
            if abs(self.preferredHeight() - height) > 0.5:
                self.setMinimumHeight(height)
                self.setPreferredHeight(height)
                self.setMaximumHeight(height)
                self.updateGeometry()

        def setGeometry(self, rect) -> None:  # noqa: N802 - Qt API
            super().setGeometry(rect)
            if abs(self.item.textWidth() - rect.width()) > 0.5:
                self._fit(rect.width())

        def text(self) -> str:
            return self.item.toPlainText()

    return TextBlock


def _legend_class():
    import pyqtgraph as pg

    class OutsideLegend(pg.LegendItem):
        """A legend that is a cell of the chart's layout (below the plot), sized by that layout."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            # pyqtgraph's legend floats over a plot at screen size; this one is part of the
            # drawing and scales with it when printed.
            self.setFlag(self.GraphicsItemFlag.ItemIgnoresTransformations, False)

        def setGeometry(self, rect) -> None:  # noqa: N802 - Qt API
            super().setGeometry(rect)
            self._wrap(rect.width())

        def _wrap(self, width: float) -> None:
            """Labels longer than their column wrap onto more lines (a long Spanish name would
            otherwise run past the picture's edge)."""
            columns = max(1, min(self.columnCount, len(self.items)))
            room = max(80.0, width / columns - 40)  # the sample and the spacing take about 40 px
            changed = False
            for _sample, label in self.items:
                current = label.item.textWidth()
                label.item.setTextWidth(-1)
                wanted = room if label.item.boundingRect().width() > room + 0.5 else -1.0
                label.item.setTextWidth(wanted)
                if abs(wanted - current) > 0.5:
                    label.updateMin()
                    changed = True
            if changed:
                self.updateSize()

        def updateSize(self) -> None:  # noqa: N802 - pyqtgraph API
            width = height = 0.0
            for row in range(self.layout.rowCount()):
                row_height = col_width = 0.0
                for col in range(self.layout.columnCount()):
                    item = self.layout.itemAt(row, col)
                    if item:
                        # A label just wrapped has its new minimum before the layout resizes it.
                        col_width += max(item.width(), item.minimumWidth()) + 3
                        row_height = max(row_height, item.height(), item.minimumHeight())
                width = max(width, col_width)
                height += row_height
            height += self.layout.getContentsMargins()[1]  # rows start below the layout's top margin
            # The layout may give less than the natural width (labels then wrap: setGeometry).
            self.setMinimumSize(min(width, 120.0), height)
            self.setPreferredSize(width, height)
            self.setMaximumHeight(height)
            self.updateGeometry()

    return OutsideLegend


def _value_axis():
    """A left axis whose label wraps onto two lines when it is longer than the axis is high (a
    transformation's name in Spanish: "% de cambio respecto a un año antes (%)")."""
    import pyqtgraph as pg
    from PySide6 import QtCore, QtGui

    class ValueAxis(pg.AxisItem):
        def resizeEvent(self, ev=None) -> None:  # noqa: N802 - Qt API
            if self.label is not None:
                room = self.size().height() - 8
                current = self.label.textWidth()
                self.label.setTextWidth(-1)
                wanted = room if room > 40 and self.label.boundingRect().width() > room else -1.0
                self.label.setTextWidth(wanted)
                option = QtGui.QTextOption(QtCore.Qt.AlignmentFlag.AlignHCenter)
                option.setWrapMode(QtGui.QTextOption.WrapMode.WordWrap)
                self.label.document().setDefaultTextOption(option)
                if abs(wanted - current) > 0.5:
                    self._updateWidth()
            super().resizeEvent(ev)

    return ValueAxis(orientation="left")


@dataclass
class Drawing:
    """What ``draw`` put into a layout: keep it to update or inspect the chart."""

    plot: pyqtgraph.PlotItem
    legend: object | None
    items: list
    key: object | None


def draw(
    layout,
    spec: ChartSpec,
    row: int = 0,
    *,
    show_events: bool = True,
    log_y: bool = False,
    text_px: int = 13,
    event_key: bool = True,
    title: bool = True,
    pen_width: float = 1.0,
    legend_columns: int | None = None,
    title_chars: int = 110,
) -> Drawing:
    """Draw ``spec`` into the pyqtgraph GraphicsLayout ``layout`` from ``row`` down.

    Rows: the plot (date axis at the bottom, unit label on the left), the legend (when there
    is more than one series), then the key of the numbered event flags (when ``event_key``).
    The caller reads how many rows were used from ``layout``'s row count.
    """
    import pyqtgraph as pg
    from PySide6 import QtGui

    font = QtGui.QFont()
    font.setPixelSize(text_px)
    plot = layout.addPlot(
        row=row,
        col=0,
        axisItems={"bottom": date_axis(spec.lang), "left": _value_axis()},
        title=html.escape(spec.title) if title else None,
        # No pyqtgraph context menu: it is English only, and its Export… writes files past the
        # product's own export (write-then-rename, citations). Building it was also a third of
        # the cost of a chart.
        enableMenu=False,
    )
    if title:
        # A title wider than the plot would widen the whole layout past its window: long ones are
        # shortened (the legend names every series; the tooltip has the full title).
        shown = spec.title if len(spec.title) <= title_chars else spec.title[: title_chars - 1].rstrip() + "…"
        plot.titleLabel.setText(html.escape(shown), size=f"{text_px + 1}px", color=FOREGROUND)
        plot.titleLabel.setToolTip(spec.title)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.setPen(pg.mkPen(FOREGROUND))
    plot.setLabel("left", html.escape(spec.unit_label), **{"font-size": f"{text_px}px", "color": FOREGROUND})
    legend = None
    next_row = row + 1
    if len(spec.series) > 1:
        longest = max(len(line.label) for line in spec.series)
        columns = legend_columns or (1 if longest > 48 else 2 if longest > 26 else 3)
        legend = _legend_class()(
            labelTextColor=FOREGROUND,
            labelTextSize=f"{text_px * 0.75:g}pt",
            frame=False,
            colCount=min(columns, len(spec.series)),
            horSpacing=16,
        )
        layout.addItem(legend, row=next_row, col=0)
        next_row += 1
    items = populate_plot(plot, spec, show_events=show_events, log_y=log_y, legend=legend, pen_width=pen_width)
    if legend is not None:
        # Plain text in a pixel size of our own (LabelItem's HTML sizing is not honoured when printed).
        for (_sample, label), line in zip(legend.items, spec.series):
            label.item.setPlainText(line.label)
            label.item.setFont(font)
            label.item.setDefaultTextColor(QtGui.QColor(FOREGROUND))
            label.updateMin()
        legend.updateSize()
    key = None
    if show_events and event_key and spec.events:
        text = "   ".join(event.text(n, spec.lang) for n, event in enumerate(spec.events, start=1))
        key = _text_block_class()(text, text_px - 1, EVENT_COLOUR)
        layout.addItem(key, row=next_row, col=0)
    return Drawing(plot, legend, items, key)


def _offscreen_layout(spec: ChartSpec, width: int, height: int, event_key: bool):
    import pyqtgraph as pg
    from PySide6 import QtCore

    widget = pg.GraphicsLayoutWidget()
    widget.setBackground(BACKGROUND)
    widget.setAttribute(QtCore.Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(width, height)
    widget.ci.setContentsMargins(6, 6, 12, 6)
    drawing = draw(
        widget.ci, spec, text_px=PRINT_TEXT_PX, event_key=event_key, title=False, pen_width=2.0, log_y=spec.log_y
    )
    widget.show()
    app = ensure_qt_app()
    for _ in range(3):  # wrapped legend labels or axis label ask for one more layout pass
        app.processEvents()
    return widget, drawing


def render_png(
    spec: ChartSpec, width_px: int, height_px: int, *, logical_width: int = PRINT_LOGICAL_WIDTH, event_key: bool = False
) -> bytes:
    """The chart as PNG bytes of ``width_px`` × ``height_px``.

    It is laid out at ``logical_width`` screen pixels (so text is ≥ 8 pt when the image is
    printed PRINT_WIDTH_CM wide) and painted scaled up, so text and lines are sharp. The title
    is left to the caption around the image; ``event_key`` puts the key of the event flags
    under the plot (packets print it as text instead).
    """
    from PySide6 import QtCore, QtGui

    ensure_qt_app()
    if width_px < 10 or height_px < 10:
        raise InvalidInputError(f"chart size {width_px}×{height_px} px is too small")
    scale = max(1.0, width_px / logical_width)
    widget, _drawing = _offscreen_layout(spec, int(round(width_px / scale)), int(round(height_px / scale)), event_key)
    try:
        image = QtGui.QImage(width_px, height_px, QtGui.QImage.Format.Format_RGB32)
        image.fill(QtGui.QColor(BACKGROUND))
        scene = widget.scene()
        if hasattr(scene, "prepareForPaint"):
            scene.prepareForPaint()
        painter = QtGui.QPainter(image)
        try:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing, True)
            scene.render(painter, QtCore.QRectF(0, 0, width_px, height_px), widget.ci.sceneBoundingRect())
        finally:
            painter.end()
        buffer = QtCore.QBuffer()
        buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        # PySide takes the format as str here (bytes raise ValueError), though its stub says bytes.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise RuntimeError("Qt could not encode the chart as PNG")
        return bytes(buffer.data().data())
    finally:
        widget.hide()
        widget.close()  # no parent: Python owns it and frees it here, not at a later event loop turn


def render_svg(
    spec: ChartSpec, width_cm: float = PRINT_WIDTH_CM, height_cm: float = PRINT_HEIGHT_CM, *, event_key: bool = False
) -> bytes:
    """The chart as SVG (vector lines and text) of ``width_cm`` × ``height_cm``, laid out as render_png."""
    from PySide6 import QtCore, QtGui
    from PySide6.QtSvg import QSvgGenerator

    ensure_qt_app()
    width = PRINT_LOGICAL_WIDTH
    height = int(round(width * height_cm / width_cm))
    widget, _drawing = _offscreen_layout(spec, width, height, event_key)
    try:
        buffer = QtCore.QBuffer()
        buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QtCore.QSize(width, height))
        generator.setViewBox(QtCore.QRect(0, 0, width, height))
        generator.setResolution(int(round(width / (width_cm / 2.54))))
        generator.setTitle(spec.title)
        scene = widget.scene()
        if hasattr(scene, "prepareForPaint"):
            scene.prepareForPaint()
        painter = QtGui.QPainter(generator)
        try:
            scene.render(painter, QtCore.QRectF(0, 0, width, height), widget.ci.sceneBoundingRect())
        finally:
            painter.end()
        return bytes(buffer.data().data())
    finally:
        widget.hide()
        widget.close()
