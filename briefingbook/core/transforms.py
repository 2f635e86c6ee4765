"""Transformations of a series, as FRED's "Units" menu offers them, computed on numpy.

A transformation is written as text (the chart CLI's ``--transform`` and what a book stores):

======================  ==================================================================
``level``               the values as published
``change``              x(t) − x(t−1)
``pct_yoy``             % change from a year ago: 100 × (x(t) / x(t − one year) − 1)
``pct_prev``            % change from the previous period: 100 × (x(t) / x(t−1) − 1)
``cagr``                compound annual rate: 100 × ((x(t) / x(t−1)) ^ n − 1), n periods a year
``index:PERIOD``        100 × x(t) / x(PERIOD)
``per_capita:SLUG``     x(t) / population(t) (the population series of the same country)
``share_of:SLUG``       100 × x(t) / y(t) (both in the same unit, e.g. of GDP)
                        (``per_capita:SLUG:COUNTRY``, ``share_of:SLUG:COUNTRY`` pick the country)
``ma:N``                mean of the N periods ending at t
======================  ==================================================================

"Previous period" and "a year ago" are calendar periods, not the previous row: in a monthly
series missing April, May's change from the previous period is not computed (there is no
April), and the result says so in a sentence instead of drawing a line through the gap. A
division by zero is likewise left out and named; a series too short for the transformation,
an unknown base period or two series that never overlap are refused with one clear sentence.
Per capita and share of divide by the other series' value for the period that contains the
observation (an annual population divides each month of that year); the other series must not
be more frequent than the one divided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from briefingbook.core import periods as P
from briefingbook.core.errors import InvalidInputError

KINDS = ("level", "change", "pct_yoy", "pct_prev", "cagr", "index", "per_capita", "share_of", "ma")
_WITH_ARGUMENT = {"index", "per_capita", "share_of", "ma"}
_FREQUENCY_RANK = {f: i for i, f in enumerate(P.FREQUENCIES)}


class TransformError(InvalidInputError):
    """A transformation that cannot be computed for this series (the message says why)."""


_NAMES = {
    "level": ("level", "nivel"),
    "change": ("change from the previous period", "cambio respecto al periodo anterior"),
    "pct_yoy": ("% change from a year ago", "% de cambio respecto a un año antes"),
    "pct_prev": ("% change from the previous period", "% de cambio respecto al periodo anterior"),
    "cagr": ("compound annual rate of change", "tasa anual compuesta de cambio"),
    "index": ("index, {arg} = 100", "índice, {arg} = 100"),
    "per_capita": ("per person (divided by {arg})", "por persona (dividido entre {arg})"),
    "share_of": ("share of {arg}", "proporción de {arg}"),
    "ma": ("{arg}-period moving average", "promedio móvil de {arg} periodos"),
}

_MESSAGES = {
    "short": (
        "{name} needs at least {need} values; {series} has {have}.",
        "{name} necesita al menos {need} valores; {series} tiene {have}.",
    ),
    "none": (
        "{name} could not be computed for any period of {series}: {why}",
        "{name} no se pudo calcular para ningún periodo de {series}: {why}",
    ),
    "gap": (
        "{name} is not computed for {periods}: {series} has no value for {missing}.",
        "{name} no se calcula para {periods}: {series} no tiene valor para {missing}.",
    ),
    "zero": (
        "{name} is not computed for {periods}: division by zero ({what} is 0).",
        "{name} no se calcula para {periods}: división entre cero ({what} es 0).",
    ),
    "sign": (
        "{name} is not computed for {periods}: the value changes sign, so there is no compound rate.",
        "{name} no se calcula para {periods}: el valor cambia de signo y no hay tasa compuesta.",
    ),
    "other_gap": (
        "{name} is not computed for {periods}: {other} has no value for them.",
        "{name} no se calcula para {periods}: {other} no tiene valor para esos periodos.",
    ),
}


def _msg(key: str, lang: str, **values: object) -> str:
    en, es = _MESSAGES[key]
    return (es if lang == "es" else en).format(**values)


def _list(labels: list[str], lang: str, limit: int = 4) -> str:
    shown = labels[:limit]
    more = len(labels) - len(shown)
    if more:
        shown.append(f"{more} more" if lang != "es" else f"{more} más")
    if len(shown) == 1:
        return shown[0]
    joiner = " y " if lang == "es" else " and "
    return ", ".join(shown[:-1]) + joiner + shown[-1]


@dataclass(frozen=True)
class Transform:
    kind: str = "level"
    arg: str | None = None  # index: base period; per_capita/share_of: series slug; ma: N

    @classmethod
    def parse(cls, text: str | None) -> "Transform":
        """``level``, ``pct_yoy``, ``index:2010``, ``per_capita:population``, ``ma:12`` …; one sentence when wrong."""
        text = (text or "level").strip()
        kind, _, arg_text = text.partition(":")
        kind = kind.strip().lower()
        arg = arg_text.strip() or None
        if kind not in KINDS:
            raise TransformError(
                f"unknown transformation {text!r}: use one of level, change, pct_yoy, pct_prev, cagr, "
                "index:PERIOD, per_capita:SLUG, share_of:SLUG, ma:N"
            )
        if kind not in _WITH_ARGUMENT:
            if arg is not None:
                raise TransformError(f"transformation {kind} takes no value (got {text!r})")
            return cls(kind, arg)
        if arg is None:
            raise TransformError(
                f"transformation {kind} needs a value after the colon ({kind}:"
                f"{ {'index': 'PERIOD', 'ma': 'N'}.get(kind, 'SLUG') })"
            )
        if kind == "ma":
            if not re.fullmatch(r"\d{1,4}", arg) or not 2 <= int(arg) <= 1000:
                raise TransformError(f"moving average length {arg!r} must be a whole number from 2 to 1000")
            arg = str(int(arg))
        if kind == "index":
            P.parse(arg)  # refuses a malformed base period
        return cls(kind, arg)

    @property
    def required_arg(self) -> str:
        """``arg`` of a transformation that takes one (index, per_capita, share_of, ma); ``parse``
        guarantees it, so a TransformError here means a Transform was built by hand without it."""
        if self.arg is None:
            raise TransformError(f"transformation {self.kind} needs a value after the colon")
        return self.arg

    @property
    def code(self) -> str:
        return self.kind if self.arg is None else f"{self.kind}:{self.arg}"

    @property
    def is_level(self) -> bool:
        return self.kind == "level"

    @property
    def other_slug(self) -> str | None:
        """The series divided by (per_capita, share_of): ``share_of:gdp_current_usd:MEX`` → ``gdp_current_usd``."""
        return self.arg.split(":")[0] if self.kind in ("per_capita", "share_of") and self.arg else None

    @property
    def other_country(self) -> str | None:
        """The country of the series divided by, when given (``share_of:gdp_current_usd:MEX`` → ``MEX``)."""
        if self.kind in ("per_capita", "share_of") and self.arg and ":" in self.arg:
            return self.arg.split(":", 1)[1] or None
        return None

    def name(self, lang: str = "en", other_name: str | None = None) -> str:
        """The transformation in words: ``% change from a year ago``, ``index, 2010 = 100``."""
        en, es = _NAMES[self.kind]
        arg = self.arg
        if self.kind == "index" and arg:
            arg = P.period_label(arg, lang)
        elif self.other_slug:
            arg = other_name or arg
        return (es if lang == "es" else en).format(arg=arg)

    def unit(self, unit: str) -> str:
        """The unit code of the result, from the unit of the series transformed."""
        if self.kind in ("pct_yoy", "pct_prev", "cagr", "share_of"):
            return "percent"
        if self.kind == "index":
            return "index"
        if self.kind == "per_capita":
            return "usd_per_person" if unit == "usd" else f"{unit}_per_person"
        return unit


@dataclass
class Result:
    """Transformed values (only the periods that could be computed) and sentences about the rest."""

    periods: list[str]
    values: np.ndarray
    notes: list[str] = field(default_factory=list)


def _prepare(periods: Sequence[str], values: Sequence[float]) -> tuple[list[P.Period], np.ndarray]:
    parsed = [P.parse(p) for p in periods]
    frequencies = {p.frequency for p in parsed}
    if len(frequencies) > 1:
        raise TransformError(f"a series mixes frequencies ({', '.join(sorted(frequencies))}); transform one at a time")
    order = sorted(range(len(parsed)), key=lambda i: parsed[i].start)
    return [parsed[i] for i in order], np.asarray([values[i] for i in order], dtype=float)


def _lag_positions(parsed: list[P.Period], lags: list[str]) -> np.ndarray:
    """For each period, the position of the lagged period in ``parsed`` (−1 when absent)."""
    where = {p.text: i for i, p in enumerate(parsed)}
    return np.array([where.get(text, -1) for text in lags], dtype=int)


def apply(
    transform: Transform,
    periods: Sequence[str],
    values: Sequence[float],
    *,
    lang: str = "en",
    series_name: str = "the series",
    other: tuple[Sequence[str], Sequence[float]] | None = None,
    other_name: str | None = None,
) -> Result:
    """``transform`` applied to one series (``periods`` as stored, any order; ``values`` as floats).

    ``other`` is the denominator series of ``per_capita`` and ``share_of``. Raises
    :class:`TransformError` when nothing can be computed; leaves out (and names in
    ``Result.notes``) periods whose inputs are missing or whose division is by zero.
    """
    if len(periods) != len(values):
        raise ValueError("periods and values differ in length")
    name = transform.name(lang, other_name)
    label = name[:1].upper() + name[1:]
    parsed, x = _prepare(periods, values)
    texts = [p.text for p in parsed]
    if transform.kind == "level":
        return Result(texts, x.copy())
    frequency = parsed[0].frequency if parsed else "annual"
    need = {"index": 1, "per_capita": 1, "share_of": 1}.get(transform.kind, 2)
    if transform.kind == "ma":
        need = int(transform.required_arg)
    if transform.kind == "pct_yoy" and frequency != "daily":
        need = P.PERIODS_PER_YEAR[frequency] + 1
    if len(parsed) < need:
        raise TransformError(_msg("short", lang, name=label, need=need, series=series_name, have=len(parsed)))
    notes: list[str] = []
    kind = transform.kind

    def labels(mask: np.ndarray) -> str:
        return _list([P.period_label(texts[i], lang) for i in np.flatnonzero(mask)], lang)

    if kind in ("change", "pct_yoy", "pct_prev", "cagr"):
        if kind == "pct_yoy":
            if frequency == "daily":
                lags = [_year_before(p) for p in parsed]
            else:
                lags = [p.shifted(-P.PERIODS_PER_YEAR[frequency]) for p in parsed]
        else:
            lags = [p.shifted(-1) for p in parsed]
        pos = _lag_positions(parsed, lags)
        present = pos >= 0
        base = np.where(present, x[np.where(present, pos, 0)], np.nan)
        # A missing earlier period is a gap only after the series has begun.
        first = parsed[0].start
        gap = ~present & np.array([P.parse(lag).start >= first for lag in lags])
        if gap.any():
            lagged = sorted({lags[i] for i in np.flatnonzero(gap)}, key=lambda t: P.parse(t).start)
            missing = _list([P.period_label(t, lang) for t in lagged], lang)
            notes.append(_msg("gap", lang, name=label, periods=labels(gap), series=series_name, missing=missing))
        if kind == "change":
            ok = present
            out = x - base
        else:
            zero = present & (base == 0)
            if zero.any():
                what = _list([P.period_label(lags[i], lang) for i in np.flatnonzero(zero)], lang)
                what = f"el valor de {what}" if lang == "es" else f"the value for {what}"
                notes.append(_msg("zero", lang, name=label, periods=labels(zero), what=what))
            ok = present & ~zero
            with np.errstate(divide="ignore", invalid="ignore"):
                ratio = x / base
            if kind == "cagr":
                n = P.PERIODS_PER_YEAR[frequency]
                negative = ok & (ratio < 0)
                if negative.any():
                    notes.append(_msg("sign", lang, name=label, periods=labels(negative)))
                ok = ok & ~negative
                with np.errstate(invalid="ignore", over="ignore"):
                    out = 100.0 * (np.power(np.where(ok, ratio, 1.0), n) - 1.0)
            else:
                out = 100.0 * (ratio - 1.0)
        keep = ok
    elif kind == "index":
        base_text = P.parse(transform.required_arg).text
        if base_text not in texts:
            raise TransformError(
                f"the base period {P.period_label(base_text, lang)} is not in {series_name} "
                f"(it runs from {P.period_label(texts[0], lang)} to {P.period_label(texts[-1], lang)})"
                if lang != "es"
                else f"el periodo base {P.period_label(base_text, lang)} no está en {series_name} "
                f"(va de {P.period_label(texts[0], lang)} a {P.period_label(texts[-1], lang)})"
            )
        base_value = x[texts.index(base_text)]
        if base_value == 0:
            base_label = P.period_label(base_text, lang)
            raise TransformError(
                _msg(
                    "zero",
                    lang,
                    name=label,
                    periods=series_name,
                    what=f"el valor de {base_label}" if lang == "es" else f"the value for {base_label}",
                )
            )
        out = 100.0 * x / base_value
        keep = np.ones(len(x), dtype=bool)
    elif kind == "ma":
        n = int(transform.required_arg)
        idx = np.array([p.index for p in parsed])
        out = np.full(len(x), np.nan)
        keep = np.zeros(len(x), dtype=bool)
        gap = np.zeros(len(x), dtype=bool)
        csum = np.concatenate([[0.0], np.cumsum(x)])
        for i in range(n - 1, len(x)):
            if idx[i] - idx[i - n + 1] == n - 1:
                out[i] = (csum[i + 1] - csum[i - n + 1]) / n
                keep[i] = True
            elif idx[i] - idx[0] >= n - 1:
                gap[i] = True
        if gap.any():
            notes.append(
                _msg(
                    "gap",
                    lang,
                    name=label,
                    periods=labels(gap),
                    series=series_name,
                    missing=_missing_between(parsed, lang),
                )
            )
    else:  # per_capita, share_of
        if other is None:
            raise TransformError(f"{label} needs the series to divide by")
        other_parsed, y = _prepare(*other)
        if not other_parsed:
            raise TransformError(
                _msg("none", lang, name=label, series=series_name, why=f"{other_name or transform.arg} has no values")
            )
        other_frequency = other_parsed[0].frequency
        if _FREQUENCY_RANK[other_frequency] > _FREQUENCY_RANK[frequency]:
            raise TransformError(
                f"{label}: {other_name or transform.arg} is {other_frequency} and {series_name} is "
                f"{frequency}; divide only by a series that is as frequent or less"
                if lang != "es"
                else f"{label}: {other_name or transform.arg} es {other_frequency} y {series_name} es "
                f"{frequency}; solo se divide entre una serie igual o menos frecuente"
            )
        where = {p.text: i for i, p in enumerate(other_parsed)}
        containing = [_containing(p, other_frequency) for p in parsed]
        pos = np.array([where.get(c, -1) for c in containing], dtype=int)
        present = pos >= 0
        denominator = np.where(present, y[np.where(present, pos, 0)], np.nan)
        if not present.any():
            raise TransformError(
                _msg(
                    "none",
                    lang,
                    name=label,
                    series=series_name,
                    why=(
                        f"{other_name or transform.arg} has no value for any of its periods"
                        if lang != "es"
                        else f"{other_name or transform.arg} no tiene valor para ninguno de sus periodos"
                    ),
                )
            )
        if (~present).any():
            notes.append(
                _msg("other_gap", lang, name=label, periods=labels(~present), other=other_name or transform.arg)
            )
        zero = present & (denominator == 0)
        if zero.any():
            notes.append(_msg("zero", lang, name=label, periods=labels(zero), what=other_name or transform.arg))
        keep = present & ~zero
        with np.errstate(divide="ignore", invalid="ignore"):
            out = x / denominator * (100.0 if kind == "share_of" else 1.0)
    keep = keep & np.isfinite(out)
    if not keep.any():
        why = (
            notes[0]
            if notes
            else (
                "no period has the values it needs" if lang != "es" else "ningún periodo tiene los valores necesarios"
            )
        )
        raise TransformError(_msg("none", lang, name=label, series=series_name, why=why))
    return Result([t for t, k in zip(texts, keep) if k], out[keep], notes)


def _year_before(p: P.Period) -> str:
    d = p.start
    try:
        return d.replace(year=d.year - 1).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28).isoformat()


def _containing(p: P.Period, frequency: str) -> str:
    """The text of the ``frequency`` period that contains the first day of ``p``."""
    d = p.start
    if frequency == "annual":
        return f"{d.year:04d}"
    if frequency == "quarterly":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if frequency == "monthly":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _missing_between(parsed: list[P.Period], lang: str) -> str:
    """The periods absent between the first and last of ``parsed`` (same frequency)."""
    have = {p.index for p in parsed}
    missing = []
    first = parsed[0]
    for i in range(parsed[0].index, parsed[-1].index + 1):
        if i not in have:
            missing.append(P.period_label(first.shifted(i - first.index), lang))
    return _list(missing, lang)
