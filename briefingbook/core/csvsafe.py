"""CSV cells that spreadsheets will not run as formulas (OWASP "CSV injection").

A text cell starting with ``= + - @``, a tab or a carriage return gets a leading ``'``;
numbers (including negative ones such as a trade deficit) are left exactly as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if text.startswith(DANGEROUS_FIRST) and not _is_number(text):
        return "'" + text
    return text


def safe_row(values: Iterable[object]) -> list[str]:
    return [safe_cell(v) for v in values]
