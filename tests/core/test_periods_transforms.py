"""Periods placed at their true dates, and every transformation against hand-computed values."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from briefingbook.core import periods as P
from briefingbook.core.errors import InvalidInputError
from briefingbook.core.transforms import Transform, TransformError, apply


# -- date placement --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, frequency, start, en, es",
    [
        ("2024", "annual", dt.date(2024, 1, 1), "2024", "2024"),
        ("2024-Q1", "quarterly", dt.date(2024, 1, 1), "2024 Q1", "T1 2024"),
        ("2024-Q3", "quarterly", dt.date(2024, 7, 1), "2024 Q3", "T3 2024"),
        ("2024-03", "monthly", dt.date(2024, 3, 1), "March 2024", "marzo de 2024"),
        ("2023-12", "monthly", dt.date(2023, 12, 1), "December 2023", "diciembre de 2023"),
        ("2024-02-29", "daily", dt.date(2024, 2, 29), "29 February 2024", "29 de febrero de 2024"),
    ],
)
def test_each_frequency_sits_at_the_first_day_of_its_period(text, frequency, start, en, es):
    p = P.parse(text)
    assert (p.frequency, p.start) == (frequency, start)
    # seconds since 1970-01-01 UTC, computed by hand: days × 86,400
    assert p.seconds == (start - dt.date(1970, 1, 1)).days * 86400
    assert P.period_label(text, "en") == en and P.period_label(text, "es") == es


def test_march_2024_is_drawn_after_february_and_before_april_not_at_mid_year():
    xs = [P.seconds(t) for t in ("2024-02", "2024-03", "2024-04")]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert P.seconds("2024-03") == 1709251200.0  # 2024-03-01T00:00:00Z
    # Series of different frequencies share the axis: 2024, 2024 Q1 and January 2024 start together.
    assert P.seconds("2024") == P.seconds("2024-Q1") == P.seconds("2024-01") == P.seconds("2024-01-01")


@pytest.mark.parametrize("bad", ["2024-13", "2024-Q5", "24", "2024/03", "March 2024", "2023-02-29", ""])
def test_malformed_periods_are_refused_in_one_sentence(bad):
    with pytest.raises(InvalidInputError, match="is not a year"):
        P.parse(bad)


def test_shifting_and_age():
    assert P.parse("2024-01").shifted(-1) == "2023-12"
    assert P.parse("2024-Q1").shifted(-4) == "2023-Q1"
    assert P.parse("2024").shifted(2) == "2026"
    assert P.parse("2024-03-01").shifted(-1) == "2024-02-29"
    assert P.age_years("2018", dt.date(2026, 12, 4)) == 8
    assert P.age_years("2026-06", dt.date(2026, 12, 4)) == 0


# -- transformations, hand-computed ---------------------------------------------------------------
# A monthly series with a gap: April 2023 is missing.
MONTHS = [
    "2022-01",
    "2022-02",
    "2022-03",
    "2022-04",
    "2022-05",
    "2022-06",
    "2022-07",
    "2022-08",
    "2022-09",
    "2022-10",
    "2022-11",
    "2022-12",
    "2023-01",
    "2023-02",
    "2023-03",
    "2023-05",
    "2023-06",
]
VALUES = [100, 110, 121, 100, 80, 90, 95, 100, 105, 110, 115, 120, 125, 130, 132, 150, 180]


def run(code, periods=MONTHS, values=VALUES, **kw):
    return apply(Transform.parse(code), periods, values, series_name="Remittances", **kw)


def test_level_is_the_values_as_given():
    r = run("level")
    assert r.periods == MONTHS and r.values.tolist() == VALUES and r.notes == []


def test_change_skips_the_month_after_the_gap_and_says_so():
    r = run("change")
    assert r.periods == MONTHS[1:15] + ["2023-06"]
    assert r.values.tolist() == [10, 11, -21, -20, 10, 5, 5, 5, 5, 5, 5, 5, 5, 2, 30]
    assert r.notes == [
        "Change from the previous period is not computed for May 2023: Remittances has no value for April 2023."
    ]


def test_percent_change_from_previous_period():
    r = run("pct_prev")
    assert r.periods[:3] == ["2022-02", "2022-03", "2022-04"]
    np.testing.assert_allclose(r.values[:3], [10.0, 10.0, 100 * (100 / 121 - 1)])
    np.testing.assert_allclose(r.values[-1], 20.0)  # June 2023: 180 / 150
    assert "2023-05" not in r.periods


def test_percent_change_from_a_year_ago_uses_the_same_month_of_the_year_before():
    r = run("pct_yoy")
    # Jan 2023: 125/100; Feb: 130/110; Mar: 132/121; May: 150/80; Jun: 180/90. April 2023 is missing.
    assert r.periods == ["2023-01", "2023-02", "2023-03", "2023-05", "2023-06"]
    np.testing.assert_allclose(r.values, [25.0, 100 * (130 / 110 - 1), 100 * (132 / 121 - 1), 87.5, 100.0])
    assert r.notes == []  # the months before January 2023 have no year-ago value: not a gap


def test_compound_annual_rate_of_monthly_series():
    r = run("cagr")
    np.testing.assert_allclose(r.values[0], 100 * (1.1**12 - 1))  # Feb 2022
    np.testing.assert_allclose(r.values[-1], 100 * (1.2**12 - 1))  # Jun 2023
    assert "2023-05" not in r.periods and r.notes


def test_annual_cagr_equals_percent_change_and_quarterly_compounds_four_times():
    annual = apply(Transform.parse("cagr"), ["2020", "2021"], [200, 210])
    np.testing.assert_allclose(annual.values, [5.0])
    quarterly = apply(Transform.parse("cagr"), ["2020-Q4", "2021-Q1"], [100, 102])
    np.testing.assert_allclose(quarterly.values, [100 * (1.02**4 - 1)])


def test_index_with_a_chosen_base_period():
    r = run("index:2022-02")
    np.testing.assert_allclose(r.values[:3], [100 / 110 * 100, 100.0, 110.0])
    assert r.periods == MONTHS
    with pytest.raises(TransformError, match="the base period April 2023 is not in Remittances"):
        run("index:2023-04")


def test_moving_average_needs_n_consecutive_periods():
    r = run("ma:3")
    assert r.periods[0] == "2022-03"
    np.testing.assert_allclose(r.values[0], (100 + 110 + 121) / 3)
    # May and June 2023 windows would span the missing April: not computed, and said.
    assert "2023-05" not in r.periods and "2023-06" not in r.periods
    np.testing.assert_allclose(r.values[-1], (125 + 130 + 132) / 3)  # March 2023
    assert r.notes == [
        "3-period moving average is not computed for May 2023 and June 2023: Remittances has no value for April 2023."
    ]


def test_per_capita_divides_each_month_by_the_population_of_its_year():
    population = (["2022", "2023"], [4.0, 5.0])
    r = run("per_capita:population", other=population, other_name="Population")
    np.testing.assert_allclose(r.values[0], 25.0)  # 100 / 4
    np.testing.assert_allclose(r.values[-1], 36.0)  # 180 / 5
    assert Transform.parse("per_capita:population").unit("usd") == "usd_per_person"


def test_share_of_another_series_in_percent_with_a_missing_denominator_year():
    gdp = (["2022"], [1000.0])
    r = run("share_of:gdp", other=gdp, other_name="GDP")
    assert r.periods == MONTHS[:12]
    np.testing.assert_allclose(r.values[:2], [10.0, 11.0])
    assert r.notes[0].startswith("Share of GDP is not computed for January 2023, February 2023, March 2023")


def test_division_by_zero_is_named_not_drawn():
    r = apply(
        Transform.parse("pct_prev"), ["2019", "2020", "2021", "2022"], [5.0, 0.0, 4.0, 6.0], series_name="Exports"
    )
    assert r.periods == ["2020", "2022"]
    np.testing.assert_allclose(r.values, [-100.0, 50.0])
    assert r.notes == [
        "% change from the previous period is not computed for 2021: division by zero (the value for 2020 is 0)."
    ]
    with pytest.raises(TransformError, match="division by zero"):
        apply(Transform.parse("index:2020"), ["2019", "2020"], [5.0, 0.0])
    r = apply(
        Transform.parse("share_of:x"),
        ["2020", "2021"],
        [1.0, 2.0],
        other=(["2020", "2021"], [0.0, 4.0]),
        other_name="GDP",
    )
    assert r.periods == ["2021"] and r.values.tolist() == [50.0]
    assert "division by zero (GDP is 0)" in r.notes[0]


def test_too_short_series_are_refused_in_one_sentence():
    with pytest.raises(TransformError, match=r"% change from a year ago needs at least 13 values; Remittances has 5\."):
        run("pct_yoy", periods=MONTHS[:5], values=VALUES[:5])
    with pytest.raises(TransformError, match="needs at least 2 values"):
        apply(Transform.parse("change"), ["2020"], [1.0])
    with pytest.raises(TransformError, match="at least 4 values"):
        apply(Transform.parse("ma:4"), ["2020", "2021", "2022"], [1.0, 2.0, 3.0])


def test_a_more_frequent_denominator_is_refused():
    with pytest.raises(TransformError, match="as frequent or less"):
        apply(Transform.parse("per_capita:x"), ["2020"], [1.0], other=(["2020-01"], [1.0]), other_name="Monthly")


def test_spanish_names_and_messages():
    t = Transform.parse("pct_yoy")
    assert t.name("es") == "% de cambio respecto a un año antes"
    assert Transform.parse("index:2010").name("en") == "index, 2010 = 100"
    r = run("change", lang="es")
    assert r.notes == [
        "Cambio respecto al periodo anterior no se calcula para mayo de 2023: Remittances no tiene "
        "valor para abril de 2023."
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("pct", "unknown transformation"),
        ("index", "needs a value"),
        ("ma:1", "from 2 to 1000"),
        ("ma:x", "from 2 to 1000"),
        ("level:3", "takes no value"),
        ("index:2024-13", "is not a year"),
    ],
)
def test_bad_transformation_text(text, message):
    with pytest.raises(InvalidInputError, match=message):
        Transform.parse(text)
