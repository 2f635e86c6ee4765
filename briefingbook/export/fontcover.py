"""Which characters the packet's bundled fonts can draw, and a name for those they cannot.

The PDF is PDF/UA-1, where Typst refuses text no font can display (good: an empty box would say
nothing to a reader). So before typesetting, every character that no bundled font covers is
replaced by its name in brackets ("[U+0980 BENGALI ANJI]"): the reader learns what was there.

Coverage is read from the fonts' ``cmap`` tables (formats 4 and 12; the standard library's
``struct`` is enough, no font library needed). A character counts as covered when any bundled
face has it: Typst falls back from a face that lacks a glyph (Arabic in DejaVu Sans Oblique) to
one that has it. Format characters (bidi marks, joiners) need no glyph and are kept.
"""

from __future__ import annotations

import functools
import struct
import unicodedata
from pathlib import Path

DEJAVU_FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
FALLBACK_FACES = ("Symbola.ttf",)


def cmap_codepoints(path: Path) -> frozenset[int]:
    """Every code point the font's Unicode cmap subtable maps to a glyph."""
    data = path.read_bytes()
    num_tables = struct.unpack_from(">H", data, 4)[0]
    cmap_offset = None
    for i in range(num_tables):
        tag, _, offset, _ = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"cmap":
            cmap_offset = offset
    if cmap_offset is None:
        return frozenset()
    count = struct.unpack_from(">H", data, cmap_offset + 2)[0]
    subtables: list[tuple[int, int]] = []
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap_offset + 4 + 8 * i)
        fmt = struct.unpack_from(">H", data, cmap_offset + offset)[0]
        if (platform, encoding) in ((3, 10), (0, 4), (0, 6)) and fmt == 12:
            subtables.insert(0, (fmt, cmap_offset + offset))
        elif (platform, encoding) in ((3, 1), (0, 3), (0, 1), (0, 0)) and fmt == 4:
            subtables.append((fmt, cmap_offset + offset))
    points: set[int] = set()
    for fmt, start in subtables[:1] + [t for t in subtables[1:] if t[0] == 4][:1]:
        if fmt == 12:
            groups = struct.unpack_from(">I", data, start + 12)[0]
            for g in range(groups):
                first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * g)
                if glyph or first != last:
                    points.update(range(first, last + 1))
        else:
            segments = struct.unpack_from(">H", data, start + 6)[0] // 2
            ends = struct.unpack_from(f">{segments}H", data, start + 14)
            starts = struct.unpack_from(f">{segments}H", data, start + 16 + 2 * segments)
            deltas = struct.unpack_from(f">{segments}h", data, start + 16 + 4 * segments)
            range_base = start + 16 + 6 * segments
            offsets = struct.unpack_from(f">{segments}H", data, range_base)
            for s in range(segments):
                for code in range(starts[s], ends[s] + 1):
                    if code == 0xFFFF:
                        continue
                    if offsets[s] == 0:
                        glyph = (code + deltas[s]) & 0xFFFF
                    else:
                        where = range_base + 2 * s + offsets[s] + 2 * (code - starts[s])
                        glyph = struct.unpack_from(">H", data, where)[0]
                        glyph = (glyph + deltas[s]) & 0xFFFF if glyph else 0
                    if glyph:
                        points.add(code)
    return frozenset(points)


@functools.cache
def covered(folder: str) -> frozenset[int]:
    """Code points the packet can draw with the fonts in ``folder``."""
    base = Path(folder)
    points: frozenset[int] = frozenset()
    for name in DEJAVU_FACES + FALLBACK_FACES:
        if (base / name).exists():
            points |= cmap_codepoints(base / name)
    return points


def name_missing(text: str, points: frozenset[int]) -> str:
    """``text`` with each character the fonts lack replaced by ``[U+XXXX NAME]``."""
    if all(ord(c) in points or c in "\n\t\r " for c in text):
        return text
    out = []
    for c in text:
        if ord(c) in points or c in "\n\t\r " or unicodedata.category(c) == "Cf":
            out.append(c)
        else:
            name = unicodedata.name(c, "")
            out.append(f"[U+{ord(c):04X}{' ' + name if name else ''}]")
    return "".join(out)
