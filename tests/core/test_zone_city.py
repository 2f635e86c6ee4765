"""Time zones in words: the IANA zone's city, in the packet's or interface's language, and
event times that name it (never by an abbreviation such as CST)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from briefingbook.core.program import city_time, time_span, utc_offset, zone_city


@pytest.mark.parametrize(
    ("zone", "en", "es"),
    [
        ("America/Mexico_City", "Mexico City", "Ciudad de México"),
        ("America/New_York", "New York", "Nueva York"),
        ("America/Los_Angeles", "Los Angeles", "Los Ángeles"),
        ("America/Cancun", "Cancun", "Cancún"),
        ("America/Monterrey", "Monterrey", "Monterrey"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires", "Buenos Aires"),
        ("UTC", "UTC", "UTC"),
    ],
)
def test_zone_city_in_each_language(zone, en, es):
    assert zone_city(zone) == en
    assert zone_city(zone, "en") == en
    assert zone_city(zone, "es") == es


@pytest.mark.parametrize(
    ("zone", "en", "es"),
    [
        ("America/Mexico_City", "11:00–12:30 Mexico City time", "11:00–12:30 hora de Ciudad de México"),
        ("America/New_York", "11:00–12:30 New York time", "11:00–12:30 hora de Nueva York"),
        ("UTC", "11:00–12:30 UTC", "11:00–12:30 UTC"),
    ],
)
def test_city_time_names_the_zone_by_city_in_each_language(zone, en, es):
    assert city_time("11:00–12:30", zone) == en
    assert city_time("11:00–12:30", zone, "es") == es


def test_times_never_carry_a_zone_abbreviation():
    mexico, new_york, delhi = ZoneInfo("America/Mexico_City"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")
    start = dt.datetime(2027, 3, 1, 11, 0, tzinfo=mexico)
    assert time_span(start, start + dt.timedelta(minutes=90)) == "11:00–12:30"
    assert city_time(time_span(start, start + dt.timedelta(minutes=90)), "America/Mexico_City", "es") == (
        "11:00–12:30 hora de Ciudad de México"
    )
    # across New York's spring-forward (02:00 → 03:00 on 14 March 2027): offsets, not EST/EDT
    night = dt.datetime(2027, 3, 14, 1, 30, tzinfo=new_york)
    later = (night.astimezone(dt.timezone.utc) + dt.timedelta(hours=1)).astimezone(new_york)
    assert time_span(night, later) == "01:30 (UTC−5)–03:30 (UTC−4)"
    assert [utc_offset(start), utc_offset(dt.datetime(2027, 3, 1, tzinfo=delhi))] == ["UTC−6", "UTC+5:30"]
    assert utc_offset(dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)) == "UTC"
