"""Alternative text for a packet chart, generated from the chart's data in the packet's language.

"Line chart: U.S. imports from Mexico, 1985–2023, USD billions; rose from 19.1 to 475.2;
latest 2023" — the series, the period covered with its years, the unit, how each series moved
and the latest year. PDF (the tagged figure's /Alt), DOCX (the picture's description) and
HTML (the img's alt) use the same sentence. Plain data, no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from briefingbook.export.charts import ChartSpec

_WORDS = {
    "en": {
        "chart": "Line chart",
        "rose": "rose from {a} to {b}",
        "fell": "fell from {a} to {b}",
        "flat": "unchanged at {a}",
        "latest": "latest {year}",
        "and": " and ",
        "no_data": "no data",
        "events": "{n} events marked",
        "event": "1 event marked",
        "transform": "transformation: {t}, computed by BriefingBook",
        "log": "logarithmic scale",
    },
    "es": {
        "chart": "Gráfica de líneas",
        "rose": "subió de {a} a {b}",
        "fell": "bajó de {a} a {b}",
        "flat": "sin cambio en {a}",
        "latest": "último dato {year}",
        "and": " y ",
        "no_data": "sin datos",
        "events": "{n} acontecimientos marcados",
        "event": "1 acontecimiento marcado",
        "transform": "transformación: {t}, calculada por BriefingBook",
        "log": "escala logarítmica",
    },
}


def number(value: float) -> str:
    """A scaled chart value as a reader says it: 475.2, 12,345, 3."""
    if value == int(value) and abs(value) >= 1:
        return f"{int(value):,}"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:,.1f}"
    return f"{value:.3g}"


def line_years(line) -> list[int]:
    """The year of each point of a series line: from its periods when the spec carries them (x is
    then a date position), else from x as a decimal year."""
    periods = getattr(line, "periods", None)
    if periods:
        return [int(period[:4]) for period in periods]
    return [int(x) for x in line.x]


def _years(spec: "ChartSpec") -> tuple[int, int] | None:
    years = [year for line in spec.series for year in line_years(line)]
    return (min(years), max(years)) if years else None


def chart_alt(spec: "ChartSpec") -> str:
    """The alt text of ``spec`` (its language is ``spec.lang``)."""
    words = _WORDS.get(spec.lang, _WORDS["en"])
    names = words["and"].join(line.label for line in spec.series) or spec.title
    years = _years(spec)
    if years is None:
        return f"{words['chart']}: {spec.title}, {spec.unit_label}; {words['no_data']}"
    period = f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])
    moves = []
    for line in spec.series:
        points = sorted(zip(line.x, line.y))
        if not points:
            continue
        first, last = points[0][1], points[-1][1]
        a, b = number(first), number(last)
        key = "flat" if a == b else ("rose" if last > first else "fell")
        move = words[key].format(a=a, b=b)
        moves.append(f"{line.label} {move}" if len(spec.series) > 1 else move)
    parts = [
        f"{words['chart']}: {names}, {period}, {spec.unit_label}",
        words["transform"].format(t=spec.transform_name) if spec.transform_name else "",
        words["log"] if getattr(spec, "log_y", False) else "",
        "; ".join(moves),
        words["latest"].format(year=years[1]),
    ]
    if spec.events:
        parts.append(words["event"] if len(spec.events) == 1 else words["events"].format(n=len(spec.events)))
    return "; ".join(part for part in parts if part)
