"""Periods as dates: where an observation sits on a time axis and how a reader writes it.

A stored period is text whose shape gives its frequency: ``2024`` (a year), ``2024-Q1`` (a
quarter), ``2024-03`` (a month) or ``2024-03-15`` (a day). Every period is drawn at the first
day of the period (2024-03-01 for March 2024, 2024-01-01 for 2024 Q1 and for 2024), so series of
different frequencies share one date axis, and the chart CSV's ``date`` column is exactly where
the point is drawn. Positions on the axis are seconds since 1970-01-01 UTC (what pyqtgraph's
date axis reads); no time zone is involved.

Plain Python (no Qt), shared by the charts, the packets and the command line.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from briefingbook.core.errors import InvalidInputError

FREQUENCIES = ("annual", "quarterly", "monthly", "daily")
PERIODS_PER_YEAR = {"annual": 1, "quarterly": 4, "monthly": 12, "daily": 365}

_PATTERNS = (
    (re.compile(r"(\d{4})"), "annual"),
    (re.compile(r"(\d{4})-Q([1-4])"), "quarterly"),
    (re.compile(r"(\d{4})-(\d{2})"), "monthly"),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "daily"),
)

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}


@dataclass(frozen=True, order=True)
class Period:
    """One parsed period: its frequency, first day and position in its frequency's sequence."""

    start: dt.date
    frequency: str
    text: str

    @property
    def index(self) -> int:
        """Consecutive periods of one frequency have consecutive indexes (gaps show as jumps)."""
        if self.frequency == "annual":
            return self.start.year
        if self.frequency == "quarterly":
            return self.start.year * 4 + (self.start.month - 1) // 3
        if self.frequency == "monthly":
            return self.start.year * 12 + self.start.month - 1
        return self.start.toordinal()

    @property
    def end(self) -> dt.date:
        """The period's last day."""
        d = self.start
        if self.frequency == "annual":
            return dt.date(d.year, 12, 31)
        if self.frequency == "quarterly":
            month = d.month + 2
            return dt.date(d.year, month, calendar.monthrange(d.year, month)[1])
        if self.frequency == "monthly":
            return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
        return d

    @property
    def seconds(self) -> float:
        """Position on a date axis: the first day, in seconds since 1970-01-01 UTC."""
        return float(calendar.timegm(self.start.timetuple()))

    def label(self, lang: str = "en") -> str:
        """The period as its frequency writes it: ``2024``, ``2024 Q1``, ``March 2024``, ``15 March 2024``."""
        return period_label(self.text, lang)

    def shifted(self, steps: int) -> str:
        """The text of the period ``steps`` periods later (earlier when negative), same frequency."""
        if self.frequency == "daily":
            return (self.start + dt.timedelta(days=steps)).isoformat()
        i = self.index + steps
        if self.frequency == "annual":
            return f"{i:04d}"
        if self.frequency == "quarterly":
            return f"{i // 4:04d}-Q{i % 4 + 1}"
        return f"{i // 12:04d}-{i % 12 + 1:02d}"


def parse(text: str) -> Period:
    """The period ``text`` (``2024``, ``2024-Q1``, ``2024-03`` or ``2024-03-15``); anything else is refused."""
    cleaned = str(text).strip()
    for pattern, frequency in _PATTERNS:
        match = pattern.fullmatch(cleaned)
        if not match:
            continue
        year = int(match.group(1))
        try:
            if frequency == "annual":
                start = dt.date(year, 1, 1)
            elif frequency == "quarterly":
                start = dt.date(year, 3 * int(match.group(2)) - 2, 1)
            elif frequency == "monthly":
                start = dt.date(year, int(match.group(2)), 1)
            else:
                start = dt.date(year, int(match.group(2)), int(match.group(3)))
        except ValueError:
            break
        return Period(start, frequency, cleaned)
    raise InvalidInputError(
        f"period {text!r} is not a year (2024), quarter (2024-Q1), month (2024-03) or day (2024-03-15)"
    )


def frequency_of(text: str) -> str:
    return parse(text).frequency


def start_date(text: str) -> dt.date:
    """The first day of the period: where it is drawn and what the chart CSV writes."""
    return parse(text).start


def seconds(text: str) -> float:
    return parse(text).seconds


def period_label(text: str, lang: str = "en") -> str:
    """``2024`` · ``2024 Q1`` (es ``T1 2024``) · ``March 2024`` (es ``marzo de 2024``) · ``15 March 2024``."""
    p = parse(text)
    d = p.start
    if p.frequency == "annual":
        return f"{d.year}"
    if p.frequency == "quarterly":
        q = (d.month - 1) // 3 + 1
        return f"T{q} {d.year}" if lang == "es" else f"{d.year} Q{q}"
    month = _MONTHS["es" if lang == "es" else "en"][d.month - 1]
    if p.frequency == "monthly":
        return f"{month} de {d.year}" if lang == "es" else f"{month} {d.year}"
    return f"{d.day} de {month} de {d.year}" if lang == "es" else f"{d.day} {month} {d.year}"


def date_label(text: str, lang: str = "en") -> str:
    """A date of any precision (``2001``, ``2004-01``, ``2001-09-11``) written for readers."""
    return period_label(text, lang)


def age_months(latest: str, today: dt.date) -> int:
    """Whole months from the last month of the period ``latest`` to ``today``'s month (May 2026
    on 5 December 2026: 7; 2026-Q2, which ends in June: 6; the current month: 0)."""
    end = parse(latest).end
    return max(0, (today.year - end.year) * 12 + today.month - end.month)


def age_years(latest: str, today: dt.date) -> int:
    """How old the period ``latest`` is in calendar years: ``today``'s year minus its year (2018 in 2026: 8)."""
    return max(0, today.year - parse(latest).start.year)
