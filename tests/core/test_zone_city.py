"""Time zones in words: the IANA zone's city, in the packet's or interface's language."""

from __future__ import annotations

import pytest

from briefingbook.core.program import zone_city


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
