"""Text that every packet format can hold: control characters mapped or dropped.

A vertical tab is PowerPoint's line break inside copied text and a form feed a page break: both
become a space. Other C0 controls (but tab and newline), DEL and C1 controls are dropped; they
are not allowed in XML (DOCX) or HTML, and print as nothing anyway. Lone surrogates become
U+FFFD. ``clean_outline`` applies it to every string of a packet outline, so all three
renderers get the same text.
"""

from __future__ import annotations

import dataclasses
from typing import Any

_CONTROLS = {
    code: " " if code in (0x0B, 0x0C) else None
    for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))
}


def clean_text(text: str) -> str:
    """``text`` with control characters mapped or removed and lone surrogates replaced."""
    text = text.translate(_CONTROLS)
    if any("\ud800" <= c <= "\udfff" for c in text):
        text = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def clean(value: Any) -> Any:
    """``value`` with every string in it cleaned: dataclasses (frozen too), lists, tuples, dicts."""
    if isinstance(value, str):
        return clean_text(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: clean(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [clean(item) for item in value]
    if isinstance(value, tuple):
        return tuple(clean(item) for item in value)
    if isinstance(value, dict):
        return {clean(key): clean(item) for key, item in value.items()}
    return value


clean_outline = clean
