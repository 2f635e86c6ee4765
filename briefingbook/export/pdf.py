"""The packet as PDF, typeset by Typst (the ``typst`` package: the Typst compiler as a Python module).

The outline ``core/packet.py`` assembles is turned into a layout tree (``core/packet_layout.py``)
and written as JSON beside a copy of the template ``resources/templates/packet.typ``, with each
chart's PNG; Typst lays it out. User text is data, never markup: the template places every
string as text, so nothing typed in a book can inject Typst code or change the layout.

Why Typst (it replaced reportlab): embedded OpenType fonts with real text shaping (right-to-left
scripts in the right order), hyphenation by language (Spanish words break at syllables, with a
hyphen), justified text with widow and orphan control, headings kept with what follows, table
columns sized to their content with header rows repeated on every page, a contents page and
bookmarks from the headings, and tagged PDF: it compiles with the PDF/UA-1 standard on, so the
packet has a structure tree, a document title and language, and refuses an image without alt
text. Fonts come from ``resources/fonts`` only (system fonts ignored), so a packet looks the same
on every laptop; the template imports no package, so nothing is downloaded.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import typst

from briefingbook.core.packet import PacketOutline
from briefingbook.core.packet_layout import layout
from briefingbook.core.plaintext import clean
from briefingbook.export.alt_text import chart_alt
from briefingbook.export.charts import RenderedChart
from briefingbook.export.fontcover import covered, name_missing

# Word diffs in the changes section: removed words struck through (after a "deleted:" label),
# added words underlined (after "added:"), so they read in black-and-white print and aloud too;
# the colours only help on screen and in colour print.
REMOVED_COLOR = "#A11D1D"
ADDED_COLOR = "#1B6B3A"
PDF_STANDARDS: tuple[Literal["ua-1"], ...] = ("ua-1",)  # the values typst.compile accepts are literals
TEMPLATE = "packet.typ"


class TypesetError(RuntimeError):
    """Typst refused the packet (a bug in the template or the layout, never the user's text)."""


def font_folder() -> Path:
    from briefingbook.resources import resource_path

    return resource_path("resources", "fonts")


def template_path() -> Path:
    from briefingbook.resources import resource_path

    return resource_path("resources", "templates", TEMPLATE)


def figure_data(outline: PacketOutline, charts: dict[str, RenderedChart]) -> dict[str, dict]:
    """Caption, alt text and notes (numbered events, source lines) of every chart in the packet."""
    figures = {}
    for ref in outline.chart_refs:
        spec = charts[ref.key].spec
        notes = []
        if spec.events:
            notes.append(
                f"{outline.labels['events']}: "
                + "; ".join(f"{n}: {e.label}" for n, e in enumerate(spec.events, start=1))
            )
        notes += spec.source_lines
        figures[ref.key] = {"image": f"{ref.key}.png", "alt": chart_alt(spec), "caption": spec.caption, "notes": notes}
    return figures


def packet_data(outline: PacketOutline, charts: dict[str, RenderedChart]) -> tuple[dict, dict[str, bytes]]:
    """The JSON the template reads and the files (name -> bytes) it refers to."""
    tree, files = layout(outline)
    tree["figures"] = figure_data(outline, charts)
    tree.update(
        removed_colour=REMOVED_COLOR,
        added_colour=ADDED_COLOR,
        deleted_label=outline.labels["deleted"],
        added_label=outline.labels["added"],
    )
    files = dict(files)
    for ref in outline.chart_refs:
        files[f"{ref.key}.png"] = charts[ref.key].png
    points = covered(str(font_folder()))
    return _named(clean(tree), points), files


def _named(value, points: frozenset[int]):
    """Every string of the layout tree with characters no bundled font has named ("[U+0980 …]")."""
    if isinstance(value, str):
        return name_missing(value, points)
    if isinstance(value, dict):
        return {key: _named(item, points) for key, item in value.items()}
    if isinstance(value, list):
        return [_named(item, points) for item in value]
    return value


def typeset(data: dict, files: dict[str, bytes], timestamp: dt.datetime | None = None) -> bytes:
    """Compile the template with ``data`` (and ``files`` beside it) to PDF bytes."""
    with tempfile.TemporaryDirectory(prefix="briefingbook-packet-") as tmp:
        folder = Path(tmp)
        shutil.copyfile(template_path(), folder / TEMPLATE)
        (folder / "packet.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        for name, content in files.items():
            (folder / name).write_bytes(content)
        empty = folder / "no-packages"  # a package import would find nothing and download nothing
        empty.mkdir()
        try:
            return typst.compile(
                str(folder / TEMPLATE),
                root=str(folder),
                font_paths=[str(font_folder())],
                ignore_system_fonts=True,
                pdf_standards=list(PDF_STANDARDS),
                package_path=str(empty),
                package_cache_path=str(empty),
                timestamp=timestamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
            )
        except RuntimeError as exc:  # typst raises TypstError (a RuntimeError) with its diagnostics
            raise TypesetError(f"the packet could not be typeset: {exc}") from exc


def render(
    outline: PacketOutline, charts: dict[str, RenderedChart], path: Path, step: Callable[[], None] | None = None
) -> None:
    """Write the packet PDF to ``path`` (the caller owns the temporary-file-and-rename)."""
    data, files = packet_data(outline, charts)
    if step:
        step()
    Path(path).write_bytes(typeset(data, files))
