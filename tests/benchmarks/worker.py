"""Child processes of the benchmarks that need Qt: each task prints one JSON object on stdout.

    python tests/benchmarks/worker.py open BOOK... --runs N        book open + every pane, per book
    python tests/benchmarks/worker.py chart --points N --frames N  pan/zoom redraw rate
    python tests/benchmarks/worker.py chart_switch --runs N        charts pane: new selection to painted
    python tests/benchmarks/worker.py packet BOOK --runs N         packet PDF vs QTextDocument PDF (both draw the charts)

run.py starts them with QT_QPA_PLATFORM=offscreen, a temporary BRIEFINGBOOK_HOME and a timeout.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _app():
    from briefingbook.ui.app import make_app

    return make_app([sys.argv[0]])


# -- book open and every pane ----------------------------------------------------------------------
def task_open(args) -> dict:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from briefingbook.core.reference import Reference
    from briefingbook.ui.main_window import MainWindow

    app = _app()
    reference = Reference()
    settings = QSettings(
        str(Path(tempfile.mkdtemp(prefix="bb-bench-settings-")) / "settings.ini"), QSettings.Format.IniFormat
    )

    def open_and_visit(path: str) -> float:
        started = time.perf_counter()
        window = MainWindow(Path(path), settings, reference)
        window.show()
        app.processEvents()
        for pane in MainWindow.PANES:
            window.show_pane(pane)
            app.processEvents()
        elapsed = time.perf_counter() - started
        window.close()
        window.deleteLater()
        app.processEvents()
        QApplication.sendPostedEvents(None, 0)
        del window
        gc.collect()
        return elapsed

    open_and_visit(args.books[0])  # warm-up: first use of every widget class, fonts, styles
    times: dict[str, list[float]] = {path: [] for path in args.books}
    for run in range(args.runs):
        order = args.books if run % 2 == 0 else list(reversed(args.books))
        for path in order:
            times[path].append(open_and_visit(path))
    reference.close()
    return {"times": times, "panes": list(MainWindow.PANES)}


# -- chart pan/zoom ------------------------------------------------------------------------------
def task_chart(args) -> dict:
    import numpy as np
    import pyqtgraph as pg

    from briefingbook.export.charts import ChartSpec, SeriesLine, draw

    app = _app()
    pg.setConfigOptions(antialias=False, background="w", foreground="#222222")  # as the charts pane does
    rng = np.random.default_rng(9)
    # 1900-01-01 to 2025-01-01 on the date axis (seconds since 1970, as the charts place periods)
    x = np.linspace(-2208988800.0, 1735689600.0, args.points)
    y = np.cumsum(rng.normal(0.0, 1.0, args.points))
    spec = ChartSpec(
        "Synthetic series",
        "usd",
        "USD",
        1.0,
        [SeriesLine("synthetic", "MEX", "Synthetic", x, y, "#0072B2", "SolidLine")],
    )
    # The charts pane's drawing: date axis, unit label, pen and downsampling as in the pane.
    widget = pg.GraphicsLayoutWidget()
    widget.resize(1000, 600)
    widget.show()
    drawing = draw(widget.ci, spec, show_events=False)
    plot, items = drawing.plot, drawing.items
    app.processEvents()
    widget.repaint()

    # A pan/zoom path: zoom from the whole century into one year and out again, panning as it goes.
    lo, hi = float(x[0]), float(x[-1])
    frames = []
    for i in range(args.frames):
        phase = (i % 100) / 100.0
        width = (hi - lo) * (1.0 - 0.99 * (1 - abs(2 * phase - 1)))  # full → 1 % → full
        centre = lo + (hi - lo) * (0.2 + 0.6 * phase)
        frames.append((max(lo, centre - width / 2), min(hi, centre + width / 2)))
    for a, b in frames[:5]:  # warm-up
        plot.setXRange(a, b, padding=0)
        app.processEvents()
        widget.repaint()
    started = time.perf_counter()
    per_frame = []
    for a, b in frames:
        t = time.perf_counter()
        plot.setXRange(a, b, padding=0)
        app.processEvents()
        widget.repaint()  # a synchronous paint of the whole plot
        per_frame.append(time.perf_counter() - t)
    elapsed = time.perf_counter() - started
    drawn = [len(item.curve.xData) if item.curve.xData is not None else 0 for item in items]
    widget.close()
    return {
        "frames": len(frames),
        "seconds": elapsed,
        "fps": len(frames) / elapsed,
        "median_frame_s": statistics.median(per_frame),
        "p95_frame_s": sorted(per_frame)[int(0.95 * len(per_frame)) - 1],
        "points": args.points,
        "points_drawn_last_frame": drawn,
    }


# -- switching the chart in the charts pane ---------------------------------------------------------
def task_chart_switch(args) -> dict:
    """Time from a new selection (series, transformation) to the charts pane painted, on the demo book."""
    from PySide6.QtCore import QSettings

    from briefingbook.core.chart_selection import ChartSelection
    from briefingbook.core.demo import create_demo_book
    from briefingbook.core.reference import Reference
    from briefingbook.ui.main_window import MainWindow

    app = _app()
    reference = Reference()
    folder = Path(tempfile.mkdtemp(prefix="bb-bench-switch-"))
    create_demo_book(folder / "demo.bbook", reference).close()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(folder / "demo.bbook", settings, reference)
    window.resize(1366, 768)
    window.show()
    window.show_pane("charts")
    app.processEvents()
    pane = window.charts_pane
    selections = [
        ChartSelection(["us_goods_trade_mexico", "us_goods_trade_balance_mexico"]),
        ChartSelection(["remittances_received_mexico_banxico", "remittances_received_mexico_wdi"], "pct_yoy"),
        ChartSelection(["gdp_current_usd", "population"], "index:2000"),
        ChartSelection(["border_crossings_trucks", "border_crossings_personal_vehicles"], "ma:3", log_y=True),
        ChartSelection(["remittances_received_mexico_wdi"], "share_of:gdp_current_usd", "1990", "2020"),
        ChartSelection(["gdp_current_usd"], "per_capita:population", events=False),
    ]
    for selection in selections:  # warm-up
        pane.apply_selection(selection)
        app.processEvents()
    times = []
    for run in range(args.runs):
        for selection in selections:
            started = time.perf_counter()
            pane.apply_selection(selection)
            pane.graphics.repaint()
            app.processEvents()
            times.append(time.perf_counter() - started)
    window.close()
    reference.close()
    ordered = sorted(times)
    return {
        "switches": len(times),
        "median_s": statistics.median(times),
        "p95_s": ordered[max(0, int(0.95 * len(ordered)) - 1)],
        "selections": len(selections),
    }


# -- packet ---------------------------------------------------------------------------------------
def pdf_text_and_pages(path: Path) -> tuple[list[str], int, int]:
    """(text of each page, page count, embedded images) of a PDF."""
    try:
        from pypdf import PdfReader
    except ImportError as exc:  # pragma: no cover - pypdf is in the test extra
        raise SystemExit(f"the packet benchmark needs pypdf (pip install -e '.[test]'): {exc}") from exc
    reader = PdfReader(str(path))
    texts, images = [], 0
    for page in reader.pages:
        texts.append(page.extract_text() or "")
        images += len(page.images)
    return texts, len(reader.pages), images


def baseline_pdf(texts: list[str], out: Path, book, reference) -> None:
    """The packet's text through QTextDocument → QPdfWriter (A4), with the same charts drawn the
    same way (the packet's outline read from the book, every chart rendered to PNG at 220 dpi and
    placed as an image): what a plain Qt packet would cost, charts included."""
    from html import escape

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QPageSize, QPdfWriter, QTextDocument

    from briefingbook.core.packet import build_outline
    from briefingbook.export import render_charts

    charts = render_charts(build_outline(book, reference), reference)
    doc = QTextDocument()
    for key, chart in charts.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), QImage.fromData(chart.png))
    html = "".join(f"<p>{escape(line)}</p>" for page in texts for line in page.splitlines() if line.strip())
    html += "".join(f'<p><img src="{key}" width="600"></p>' for key in charts)
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    doc.setHtml(html)
    doc.print_(writer)


def task_packet(args) -> dict:
    from briefingbook.core.book import Book
    from briefingbook.core.reference import Reference
    from briefingbook.export import export_packet

    _app()
    reference = Reference()
    tmp = Path(tempfile.mkdtemp(prefix="bb-bench-packet-"))
    book = Book.open(Path(args.book))

    def ours(n: int) -> float:
        started = time.perf_counter()
        export_packet(book, reference, tmp / f"packet-{n}.pdf")
        return time.perf_counter() - started

    first = ours(0)  # warm-up; its text is the baseline's input
    texts, pages, images = pdf_text_and_pages(tmp / "packet-0.pdf")
    (tmp / "packet-0.pdf").unlink()

    def base(n: int) -> float:
        started = time.perf_counter()
        baseline_pdf(texts, tmp / f"baseline-{n}.pdf", book, reference)
        return time.perf_counter() - started

    base(0)
    base_pages = pdf_text_and_pages(tmp / "baseline-0.pdf")[1]
    ours_times, base_times = [], []
    for n in range(1, args.runs + 1):
        if n % 2:
            base_times.append(base(n))
            ours_times.append(ours(n))
        else:
            ours_times.append(ours(n))
            base_times.append(base(n))
        (tmp / f"packet-{n}.pdf").unlink()
    book.close()
    reference.close()
    return {
        "ours": ours_times,
        "baseline": base_times,
        "warmup_ours": first,
        "pages": pages,
        "images": images,
        "baseline_pages": base_pages,
        "characters": sum(len(t) for t in texts),
    }


def task_import(args) -> dict:
    """Read (or refuse) one import file in this fresh process: seconds and peak RSS."""
    import resource

    from briefingbook.core import importers
    from briefingbook.core.errors import ImportFileError

    if args.file.endswith(".xlsx"):
        import openpyxl  # noqa: F401 - loaded before the clock, as the window has it loaded
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    started = time.perf_counter()
    try:
        preview = importers.read_file(args.file)
        outcome, rows = "read", len(preview.rows)
    except ImportFileError as exc:
        outcome, rows = f"refused: {exc}", 0
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"seconds": seconds, "peak_rss": peak, "rss_before": before, "outcome": outcome, "rows": rows}


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="task", required=True)
    p = sub.add_parser("open")
    p.add_argument("books", nargs="+")
    p.add_argument("--runs", type=int, default=5)
    p = sub.add_parser("chart")
    p.add_argument("--points", type=int, default=1_000_000)
    p.add_argument("--frames", type=int, default=200)
    p = sub.add_parser("chart_switch")
    p.add_argument("--runs", type=int, default=10)
    p = sub.add_parser("packet")
    p.add_argument("book")
    p.add_argument("--runs", type=int, default=5)
    p = sub.add_parser("import")
    p.add_argument("file")
    args = parser.parse_args()
    result = {
        "open": task_open,
        "chart": task_chart,
        "chart_switch": task_chart_switch,
        "packet": task_packet,
        "import": task_import,
    }[args.task](args)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
