"""Draws the application icon and writes it for every OS the bundle is built on.

    python build/make_icon.py            # writes resources/icons/briefingbook.{png,ico,icns}
    python build/make_icon.py --check    # exit 1 when the committed files differ from a fresh drawing

The icon is an open book with a red ribbon on a navy rounded square, drawn with QPainter
offscreen from shapes only (no fonts, so the drawing does not depend on the machine). Each
size is drawn at its own resolution rather than scaled down, so small sizes stay crisp.

The ``.ico`` (Windows) and ``.icns`` (macOS) containers are written here by hand with PNG
entries: both formats are a short header and a directory of images, so no Pillow (not a
dependency) and no Qt image plugin (the ICO plugin writes a single size) is needed.
briefingbook.spec picks the file for the OS it builds on.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
NAME = "briefingbook"

PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (Apple's "ic07"… types; 16/32 via icp4/icp5).
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"), (512, b"ic09"))

NAVY_TOP = "#24598A"
NAVY_BOTTOM = "#163A5C"
PAGE = "#FBF8F1"
PAGE_SHADE = "#E4DED0"
TEXT_LINE = "#9AA6B2"
RIBBON = "#C0392B"
RIBBON_DARK = "#922B21"


def draw_png(size: int) -> bytes:
    """The icon drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256.0, size / 256.0)  # designed on a 256 grid

    # Background: a navy rounded square with a soft vertical gradient.
    gradient = QLinearGradient(0, 8, 0, 248)
    gradient.setColorAt(0.0, QColor(NAVY_TOP))
    gradient.setColorAt(1.0, QColor(NAVY_BOTTOM))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)

    def page(outer_x: float) -> QPainterPath:
        """One page of the open book: straight outer edge, curved top and bottom to the spine."""
        path = QPainterPath(QPointF(128, 78))
        path.cubicTo(
            QPointF(128 + (outer_x - 128) * 0.35, 62), QPointF(128 + (outer_x - 128) * 0.75, 60), QPointF(outer_x, 66)
        )
        path.lineTo(QPointF(outer_x, 182))
        path.cubicTo(
            QPointF(128 + (outer_x - 128) * 0.75, 176), QPointF(128 + (outer_x - 128) * 0.35, 178), QPointF(128, 194)
        )
        path.closeSubpath()
        return path

    # A shadow-coloured edge under the pages gives the book some thickness.
    painter.setBrush(QColor(PAGE_SHADE))
    for outer in (46, 210):
        painter.drawPath(page(outer).translated(0, 7))
    painter.setBrush(QColor(PAGE))
    for outer in (50, 206):
        painter.drawPath(page(outer))

    # Text lines on both pages (left out at tiny sizes, where they would only blur).
    if size >= 32:
        painter.setPen(QPen(QColor(TEXT_LINE), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for i, y in enumerate((92, 110, 128, 146, 164)):
            shorten = 14 if i == 4 else 0
            painter.drawLine(QPointF(66, y), QPointF(112 - shorten, y + 4))
            painter.drawLine(QPointF(144, y + 4), QPointF(190 - shorten, y))
        painter.setPen(Qt.PenStyle.NoPen)

    # The spine.
    painter.setPen(QPen(QColor(PAGE_SHADE), 3))
    painter.drawLine(QPointF(128, 78), QPointF(128, 194))
    painter.setPen(Qt.PenStyle.NoPen)

    # The red ribbon bookmark hanging from the spine past the bottom of the book.
    ribbon = QPainterPath(QPointF(134, 72))
    ribbon.lineTo(QPointF(154, 70))
    ribbon.lineTo(QPointF(154, 222))
    ribbon.lineTo(QPointF(144, 210))
    ribbon.lineTo(QPointF(134, 222))
    ribbon.closeSubpath()
    painter.setBrush(QColor(RIBBON))
    painter.drawPath(ribbon)
    painter.setBrush(QColor(RIBBON_DARK))
    painter.drawRect(QRectF(134, 190, 20, 5))  # where the ribbon leaves the pages
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode the icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the given PNG images (PNG entries: Windows Vista and later).

    Layout: ICONDIR (reserved 0, type 1, count), then one 16-byte ICONDIRENTRY per image
    (width and height as one byte each, 0 meaning 256), then the image data.
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"ICO images are 1–256 px, not {size}")
        blob = pngs[size]
        dim = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS .icns: the magic ``icns``, the total length, then (type, length, data) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all() -> dict[str, bytes]:
    """File name → content for every icon file, drawn fresh."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage wants an app
    sizes = sorted(set(ICO_SIZES) | {size for size, _ in ICNS_TYPES} | {PNG_SIZE})
    pngs = {size: draw_png(size) for size in sizes}
    return {
        f"{NAME}.png": pngs[PNG_SIZE],
        f"{NAME}.ico": ico_bytes({size: pngs[size] for size in ICO_SIZES}),
        f"{NAME}.icns": icns_bytes({kind: pngs[size] for size, kind in ICNS_TYPES}),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files; write nothing")
    args = parser.parse_args(argv)
    files = render_all()
    if args.check:
        stale = [
            name
            for name, blob in files.items()
            if not (ICON_DIR / name).is_file() or (ICON_DIR / name).read_bytes() != blob
        ]
        for name in stale:
            print(f"stale: {os.path.join('resources', 'icons', name)}", file=sys.stderr)
        return 1 if stale else 0
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    for name, blob in files.items():
        (ICON_DIR / name).write_bytes(blob)
        print(f"wrote {os.path.join('resources', 'icons', name)} ({len(blob):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
