"""Series computed from other series, labelled as derived wherever they are shown.

The reference build stores their values beside the published series; the functions are
pure so the charts pane can also derive from series a user imports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# slug -> (input slug, output country code)
DERIVED_SERIES = {
    "development_gap": ("gdp_per_capita_current_usd_derived", "USA_OVER_MEX"),
    "us_goods_trade_balance_mexico": ("us_goods_trade_mexico", "BALANCE"),
    "us_goods_trade_total_mexico": ("us_goods_trade_mexico", "TOTAL"),
}

# slug -> the input's countries it is computed from (named in the source line)
INPUT_COUNTRIES = {
    "development_gap": ("USA", "MEX"),
    "us_goods_trade_balance_mexico": ("USA_TO_MEX", "MEX_TO_USA"),
    "us_goods_trade_total_mexico": ("USA_TO_MEX", "MEX_TO_USA"),
}


def _by_period(rows: Iterable[tuple[str, str, float]], country: str) -> dict[str, float]:
    return {period: value for period, code, value in rows if code == country}


def ratio(numerator: Mapping[str, float], denominator: Mapping[str, float], digits: int = 4) -> list[tuple[str, float]]:
    """numerator ÷ denominator for every period both have (a zero denominator is skipped)."""
    return [
        (period, round(numerator[period] / denominator[period], digits))
        for period in sorted(numerator.keys() & denominator.keys())
        if denominator[period]
    ]


def difference(a: Mapping[str, float], b: Mapping[str, float]) -> list[tuple[str, float]]:
    return [(period, a[period] - b[period]) for period in sorted(a.keys() & b.keys())]


def total(a: Mapping[str, float], b: Mapping[str, float]) -> list[tuple[str, float]]:
    return [(period, a[period] + b[period]) for period in sorted(a.keys() & b.keys())]


def compute(slug: str, rows: Iterable[tuple[str, str, float]]) -> list[tuple[str, str, float]]:
    """Values of derived series ``slug`` from its input rows ``(period, country, value)``.

    Returns ``(period, country, value)`` rows, sorted by period.
    """
    rows = list(rows)
    if slug == "development_gap":
        out = ratio(_by_period(rows, "USA"), _by_period(rows, "MEX"))
    elif slug == "us_goods_trade_balance_mexico":
        out = difference(_by_period(rows, "USA_TO_MEX"), _by_period(rows, "MEX_TO_USA"))
    elif slug == "us_goods_trade_total_mexico":
        out = total(_by_period(rows, "USA_TO_MEX"), _by_period(rows, "MEX_TO_USA"))
    else:
        raise KeyError(f"unknown derived series: {slug}")
    code = DERIVED_SERIES[slug][1]
    return [(period, code, value) for period, value in out]


def format_value(value: float) -> str:
    """Text of a computed value: whole numbers without a decimal point, others as Python prints them."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))
