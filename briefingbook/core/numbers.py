"""Numbers as readers want them, in English and Spanish (shared by packets and charts).

Both languages use the convention of Mexico and the U.S. (comma for thousands, point for
decimals: 1,234.5); Banxico and INEGI publish that way, so one convention serves both readers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

_SCALES = (
    (1e12, "trillion", "billones"),
    (1e9, "billion", "miles de millones"),
    (1e6, "million", "millones"),
    (1e3, "thousand", "miles"),
)


def scale_for(values: Iterable[float | None]) -> tuple[float, str, str]:
    """(divisor, English word, Spanish word) for values this large (≥ a million); else (1, "", "")."""
    finite = [abs(v) for v in values if v is not None and math.isfinite(v)]
    biggest = max(finite, default=0.0)
    for divisor, en, es in _SCALES:
        if divisor > 1e3 and biggest >= divisor:
            return divisor, en, es
    return 1.0, "", ""


def format_value(value: float | None, unit: str, lang: str = "en") -> str:
    """A value as a reader wants it: ``USD 322.7 billion``, ``12,683,066``, ``18.3 %``, ``5.89×``."""
    if value is None or not math.isfinite(value):
        return "–"
    if unit == "percent":
        return f"{value:,.1f} %"
    if unit == "rank":
        return f"{value:,.0f}"
    if unit == "ratio":
        return f"{value:,.2f}×"
    if unit == "usd":
        divisor, en, es = scale_for([value])
        if divisor > 1:
            number = f"{value / divisor:,.1f}"
            return f"{number} {es} de USD" if lang == "es" else f"USD {number} {en}"
    if unit in ("usd", "usd_per_person"):
        return f"{value:,.0f} USD" if lang == "es" else f"USD {value:,.0f}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
