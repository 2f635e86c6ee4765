"""Where a series comes from and how old it is, in plain words (charts, packets, the CLI).

- ``source_line(info, lang, catalog)``: "U.S. Census Bureau, Foreign Trade Division, series
  EYR/IYR, as of August 2024 (download date)"; a series BriefingBook derives says "derived by
  BriefingBook from U.S. exports to Mexico and U.S. imports from Mexico" with the inputs'
  publishers; a series the data preparer computed says "computed from …".
- ``is_derived(info)``: computed rather than published (the reference DB's ``derived`` flag for
  BriefingBook's own series, ``derived_in_file`` for values computed before they reached us).
- ``freshness(latest, today, lang)``: "latest 2018 · 8 years old" ("latest May 2026 · 7 months
  old" for monthly, quarterly or daily data less than a year old); ``stale`` compares the age in
  years with the threshold the user sets in Preferences (default 3 years).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from briefingbook.core import periods as P
from briefingbook.core.derived import DERIVED_SERIES, INPUT_COUNTRIES
from briefingbook.core.errors import InvalidInputError
from briefingbook.core.model import Observation, SeriesInfo

DEFAULT_STALE_YEARS = 3

_AS_OF_KIND = {
    # what "as of" means for a series (indicators.yaml ``as_of_kind``)
    "download": ("probable download date", "fecha probable de descarga"),
    "snapshot": ("date of the publisher's data snapshot", "fecha de la versión de los datos"),
    "release": ("release", "publicación"),
    "file": ("date the data file last changed", "última modificación del archivo de datos"),
    "copy": ("date of the copy read", "fecha de la copia consultada"),
    "last_data": ("last year of data", "último año con datos"),
    "given": ("as given at import", "según la importación"),
    "imported": ("date imported", "fecha de importación"),
}


class SeriesSource(Protocol):
    """What ``source_line`` asks of a catalogue (a Reference or a SeriesCatalog): the inputs' details."""

    def series(self, slug: str) -> SeriesInfo: ...


def is_derived(info: SeriesInfo) -> bool:
    return bool(info.derived or getattr(info, "computed", False))


def as_of_words(info: SeriesInfo, lang: str = "en") -> str:
    """``as of August 2024 (download date)`` / ``fecha de corte agosto de 2024 (fecha de descarga)``."""
    text = info.as_of or ""
    try:
        when = P.period_label(text[:10] if len(text) >= 10 else text, lang)
    except InvalidInputError:
        when = text
    kind = _AS_OF_KIND.get(info.as_of_kind)
    word = "fecha de corte" if lang == "es" else "as of"
    if kind:
        return f"{word} {when} ({kind[1] if lang == 'es' else kind[0]})"
    return f"{word} {when}"


def publisher_words(info: SeriesInfo) -> str:
    """The publisher alone, for a short label (the Charts tree's tooltip): ``publisher_plain``
    where ``publisher`` also describes processing in English ("share computed by the data
    preparer"), "BriefingBook" for the series it derives; the source line says the rest."""
    if info.derived:
        return "BriefingBook"
    return info.publisher_plain or info.publisher


def _published(info: SeriesInfo, lang: str) -> str:
    plain = info.code_plain_es if lang == "es" else info.code_plain_en
    code = plain or info.code_plain_en or info.series_code
    parts = [info.publisher_plain or info.publisher]
    if code:
        parts.append(code)
    parts.append(as_of_words(info, lang))
    return ", ".join(parts)


def _join(names: list[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + (" y " if lang == "es" else " and ") + names[-1]


def source_line(info: SeriesInfo, lang: str = "en", catalog: SeriesSource | None = None) -> str:
    """The series' source in plain words (see the module docstring)."""
    word = "Fuente" if lang == "es" else "Source"
    if info.derived and info.inputs and catalog is not None:
        names: list[str] = []
        sources: list[str] = []
        countries = INPUT_COUNTRIES.get(info.slug, ())
        for slug in info.inputs:
            inp = catalog.series(slug)
            if countries:
                labels = [inp.country_label(c, lang) for c in countries if c in inp.countries]
                # bare countries ("Mexico") need the input's name; "U.S. exports to Mexico" does not
                if any(len(label.split()) <= 2 for label in labels):
                    names.append(f"{inp.name(lang)}: {_join(labels, lang)}")
                else:
                    names += labels
            else:
                names.append(inp.name(lang))
            line = _published(inp, lang)
            if line not in sources:
                sources.append(line)
        lead = "derivada por BriefingBook a partir de " if lang == "es" else "derived by BriefingBook from "
        return f"{word}: {lead}{_join(names, lang)} — {'; '.join(sources)}"
    line = _published(info, lang)
    if getattr(info, "computed", False):
        lead = "calculada por quien preparó los datos; " if lang == "es" else "computed by the data preparer; "
        return f"{word}: {lead}{line}"
    return f"{word}: {line}"


@dataclass(frozen=True)
class Freshness:
    latest: str  # the latest period as stored
    age: int  # calendar years
    stale: bool
    # months since the period's last month, for a month, quarter or day less than a year old
    # (May 2026 in December 2026 is "7 months old", not "0 years old"); None otherwise
    months: int | None = None

    def text(self, lang: str = "en") -> str:
        """``latest 2018 · 8 years old`` / ``último dato 2018 · 8 años de antigüedad``."""
        return f"{'último dato' if lang == 'es' else 'latest'} {self.period_and_age(lang)}"

    def period_and_age(self, lang: str = "en") -> str:
        """``2018 · 8 years old``, ``May 2026 · 7 months old`` (the packet's indicator annex)."""
        label = P.period_label(self.latest, lang)
        if self.months is not None:
            n = self.months
            if lang == "es":
                words = "menos de un mes" if n == 0 else f"{n} {'mes' if n == 1 else 'meses'}"
                return f"{label} · {words} de antigüedad"
            words = "less than a month" if n == 0 else f"{n} {'month' if n == 1 else 'months'}"
            return f"{label} · {words} old"
        if lang == "es":
            return f"{label} · {self.age} {'año' if self.age == 1 else 'años'} de antigüedad"
        return f"{label} · {self.age} {'year' if self.age == 1 else 'years'} old"


def freshness(latest: str, today: dt.date | None = None, threshold: int = DEFAULT_STALE_YEARS) -> Freshness:
    today = today or dt.date.today()
    age = P.age_years(latest, today)
    months = None
    if P.frequency_of(latest) != "annual":
        elapsed = P.age_months(latest, today)
        months = elapsed if elapsed < 12 else None
    return Freshness(latest, age, age > threshold, months)


def latest_period(observations: Iterable[Observation]) -> str | None:
    periods = [o.period for o in observations if o.value is not None]
    if not periods:
        return None
    latest: str = max(periods, key=lambda t: P.parse(t).start)
    return latest


__all__ = [
    "DEFAULT_STALE_YEARS",
    "DERIVED_SERIES",
    "Freshness",
    "as_of_words",
    "freshness",
    "is_derived",
    "latest_period",
    "publisher_words",
    "source_line",
]
