"""Briefing packet renderers (PDF, DOCX, HTML) from the outline core/packet.py assembles.

``export_packet`` is the one entry point (CLI and UI): it builds the outline, draws the charts,
runs one renderer into a temporary file beside the target, renames it into place and only then
logs the export in the book, with the last change of the book's change log the packet contains
(the next packet's "changes" section starts after it). A failure or a cancel leaves no partial
file and never touches an existing packet at the target path.

Threading: chart drawing uses Qt (pyqtgraph scenes painted into a QImage). The app's export
dialog should call it with a QApplication running; the CLI creates an offscreen one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefingbook.core.catalog import SeriesCatalog
from briefingbook.core.errors import BookError, InvalidInputError
from briefingbook.core.plaintext import clean_outline

if TYPE_CHECKING:  # pragma: no cover
    from briefingbook.core.book import Book
    from briefingbook.core.packet import PacketOutline
    from briefingbook.core.reference import Reference

FORMATS = ("pdf", "docx", "html")
_SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}
CHART_DPI = 220

__all__ = ["FORMATS", "ExportCancelled", "PacketError", "export_packet", "format_from_path", "render_charts"]


def __getattr__(name: str):
    # The packet outline module is loaded on first use, not when the charts pane imports
    # export.charts at start-up.
    if name in ("ExportCancelled", "PacketError"):
        from briefingbook.core import packet

        return getattr(packet, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def format_from_path(path: Path, format: str | None = None) -> str:
    """The format asked for, or the one the file extension names; PacketError otherwise."""
    from briefingbook.core.packet import PacketError

    if format:
        fmt = format.lower().lstrip(".")
        if fmt not in FORMATS:
            raise PacketError(f"unknown packet format {format!r} (choose from {', '.join(FORMATS)})")
        return fmt
    by_suffix = _SUFFIXES.get(path.suffix.lower())
    if by_suffix is None:
        raise PacketError(
            f"cannot tell the packet format from {path.name!r}; end the name with .pdf, .docx or "
            f".html, or give --format"
        )
    return by_suffix


def render_charts(
    outline: "PacketOutline", catalog, dpi: int = CHART_DPI, tick: Callable[[], None] | None = None
) -> dict:
    """PNG of every chart the outline refers to, keyed by ChartRef.key.

    ``catalog`` is a Reference or a SeriesCatalog (the book's imported series too). Each chart
    is drawn with its ref's transformation, range, log scale and events (the pane's chart).
    """
    from briefingbook.core.packet import PacketError
    from briefingbook.export import charts

    refs = outline.chart_refs
    if not refs:
        return {}
    charts.ensure_qt_app()
    width_px = round(charts.PRINT_WIDTH_CM / 2.54 * dpi)
    height_px = round(charts.PACKET_HEIGHT_CM / 2.54 * dpi)
    rendered = {}
    for ref in refs:
        try:
            spec = charts.build_spec(
                catalog,
                ref.slugs,
                outline.lang,
                transform=ref.transform,
                period_from=ref.period_from or None,
                period_to=ref.period_to or None,
            )
        except InvalidInputError as exc:
            raise PacketError(
                f"the chart chosen in the Charts pane cannot be drawn ({exc}); change it there, or leave out "
                f"the indicator annex; no packet was written"
            ) from exc
        if not ref.events or ref.log_y:
            spec = dataclasses.replace(spec, events=spec.events if ref.events else [], log_y=ref.log_y)
        rendered[ref.key] = charts.RenderedChart(
            spec, charts.render_png(spec, width_px, height_px), width_px, height_px
        )
        if tick:
            tick()
    return rendered


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _renderer(fmt: str):
    if fmt == "pdf":
        from briefingbook.export import pdf

        return pdf.render
    if fmt == "docx":
        from briefingbook.export import docx

        return docx.render
    from briefingbook.export import html

    return html.render


def export_packet(
    book: "Book",
    reference: "Reference",
    out_path: str | os.PathLike,
    format: str | None = None,
    lang: str | None = None,
    marking: str | None = None,
    sections=None,
    paper: str = "a4",
    draft: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    today: dt.date | None = None,
    profile: str | None = None,
) -> Path:
    """Export the book's packet to ``out_path`` and log it; returns the path written.

    ``profile`` is "principal" (the default: the principal's book) or "staff" (everything,
    with the checklist, open items and readiness list); ``sections`` overrides its sections.

    A book open read-only is exported too, but the packet's version cannot be logged in it
    (callers tell the user so; ``book.readonly`` says whether it was).

    ``progress(done, total)`` is called as work advances; ``cancel()`` returning true stops the
    export with ExportCancelled before anything is renamed into place.
    """
    from briefingbook.core.packet import ExportCancelled, build_outline, log_export

    out_path = Path(out_path)
    fmt = format_from_path(out_path, format)
    if not out_path.parent.is_dir():
        raise BookError(f"{out_path.parent}: no such folder; the packet was not written")
    if out_path.is_dir():
        raise BookError(f"{out_path} is a folder; give a file name for the packet")
    # Every string as all three formats can hold it (a vertical tab, NUL or escape codes in a
    # pasted note must not crash DOCX or break HTML).
    outline = clean_outline(
        build_outline(
            book,
            reference,
            lang=lang,
            sections=sections,
            marking=marking,
            draft=draft,
            paper=paper,
            today=today,
            profile=profile,
        )
    )
    total = len(outline.chart_refs) + 3
    done = 0

    def tick() -> None:
        nonlocal done
        if cancel is not None and cancel():
            raise ExportCancelled("export cancelled; no packet was written")
        done += 1
        if progress is not None:
            progress(min(done, total), total)

    tick()
    charts = render_charts(outline, SeriesCatalog(reference, book), tick=tick)
    render = _renderer(fmt)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.stem}-", suffix=f"{out_path.suffix}.tmp", dir=out_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        render(outline, charts, tmp, tick)
        if cancel is not None and cancel():
            raise ExportCancelled("export cancelled; no packet was written")
        digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600 files; a packet is an ordinary document
        os.replace(tmp, out_path)
    except OSError as exc:
        raise BookError(
            f"{out_path}: the packet could not be written ({exc.strerror or exc}); nothing was changed"
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    if book.readonly:  # a read-only book (a share, another window's) cannot log the version: the caller says so
        done = total - 1
        tick()
        return out_path
    log_export(
        book,
        version=outline.version,
        format=fmt,
        language=f"{outline.lang}+{outline.second_lang}" if outline.bilingual else outline.lang,
        sections=outline.sections,
        marking=outline.marking,
        file_name=out_path.name,
        sha256=digest,
        change_log_id=outline.change_log_id,
        reference=(reference.content.name, reference.content.version, reference.content.sha256),
    )
    done = total - 1
    tick()
    return out_path
