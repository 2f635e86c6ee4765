"""Baseline for the start-up and memory benchmarks: a bare PySide6 window holding one pyqtgraph plot.

Prints the same two lines as ``briefingbook --benchmark-startup`` (time from process start to the
first paint, then peak RSS) and exits. Self-contained on purpose: it imports nothing from
briefingbook, so it measures only what any PySide6 + pyqtgraph window costs.
"""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.time()


def process_start_time() -> float:
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat", encoding="ascii") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return _IMPORTED_AT


def peak_rss() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def main() -> int:
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    plot = pg.PlotWidget(background="w")
    plot.plot([2000, 2001, 2002, 2003], [3.0, 1.0, 2.0, 4.0], pen=pg.mkPen("#1F4E79"))
    window.setCentralWidget(plot)
    window.resize(1400, 900)

    def finish() -> None:
        now = time.time()
        print(f"benchmark-startup: {now - process_start_time():.3f} s (painted at {now:.6f})", flush=True)
        print(f"benchmark-peak-rss: {peak_rss()}", flush=True)
        window.close()
        app.quit()

    # As in briefingbook.ui.app.exit_after_first_paint: the first paint of any widget of the
    # window (the plot covers the whole window, so the window itself may get none).
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.window() is window:
                app.removeEventFilter(self)
                QTimer.singleShot(0, finish)
            return False

    first_paint = FirstPaint(window)
    app.installEventFilter(first_paint)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
