#!/usr/bin/env python3
"""BriefingBook benchmarks against baselines measured in the same run.

    python tests/benchmarks/run.py            # full run (about 1–2 minutes on a 2-core machine)
    python tests/benchmarks/run.py --quick    # CI: checks that every benchmark runs (≤ 2 minutes)

Prints a markdown table (what, baseline, ours, ratio, target, met?) and the growth curves, and
writes ``benchmarks.json`` at the repository root. The machine is shared and noisy, so every
figure is a median over repeated runs, with baseline and ours interleaved so both see the same
noise, and each target is a ratio to a baseline of the same run where the issue names one.

Exit status: 0 when every benchmark ran (whether or not its target was met; ``--strict`` makes
a missed target exit 3), 1 when a benchmark failed to run. Every child process has a timeout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # a source checkout works without installing
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

MB = 1024 * 1024


@dataclass
class Settings:
    quick: bool
    runs: int  # fresh-process runs per side (start-up, memory, bundle)
    search_reps: int  # passes over the 200 queries
    search_scales: tuple[int, ...]
    open_runs: int
    open_scales: tuple[int, ...]
    chart_frames: int
    packet_runs: int

    @classmethod
    def make(cls, quick: bool) -> "Settings":
        if quick:
            return cls(
                True,
                runs=3,
                search_reps=3,
                search_scales=(1, 10, 100),
                open_runs=3,
                open_scales=(1, 10, 100),
                chart_frames=60,
                packet_runs=3,
            )
        return cls(
            False,
            runs=7,
            search_reps=7,
            search_scales=(1, 10, 100),
            open_runs=7,
            open_scales=(1, 10, 100),
            chart_frames=300,
            packet_runs=5,
        )


@dataclass
class Row:
    key: str
    what: str
    baseline: str = "—"
    ours: str = "—"
    ratio: str = "—"
    target: str = ""
    met: bool | None = None  # None: not applicable (skipped, or failed to run)
    status: str = "ok"  # ok | skipped | error
    note: str = ""
    data: dict = field(default_factory=dict)

    def cells(self) -> list[str]:
        met = {True: "yes", False: "**no**", None: "—"}[self.met]
        if self.status == "skipped":
            met = "skipped"
        elif self.status == "error":
            met = "**error**"
        return [self.what, self.baseline, self.ours, self.ratio, self.target, met]


class BenchmarkError(RuntimeError):
    pass


# -- helpers ---------------------------------------------------------------------------------------
def median(values) -> float:
    return statistics.median(values)


def p95(values) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]  # nearest-rank


def secs(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


PYCACHE: Path | None = None  # set by main(): compiled bytecode for every child of this run


def child_env(home: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # An installed app runs from compiled bytecode (pip compiles at install); a shell with
    # PYTHONDONTWRITEBYTECODE would recompile every module at every start. Children write their
    # bytecode under this run's temporary folder instead (nothing is written into the checkout).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if PYCACHE is not None:
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    if home is not None:
        env["BRIEFINGBOOK_HOME"] = str(home)
    if not env.get("XDG_RUNTIME_DIR"):
        runtime = Path(tempfile.gettempdir()) / f"bb-bench-runtime-{os.getuid() if hasattr(os, 'getuid') else 0}"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def run_child(args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    try:
        proc = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise BenchmarkError(f"{' '.join(args[1:])} did not finish within {timeout:.0f} s") from exc
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-8:])
        raise BenchmarkError(f"{' '.join(args[1:])} exited {proc.returncode}: {tail}")
    return proc


def interleave(n: int, baseline, ours) -> tuple[list, list]:
    """n runs of each, alternating which goes first so drift and noise hit both alike."""
    base_values, our_values = [], []
    for i in range(n):
        if i % 2 == 0:
            base_values.append(baseline(i))
            our_values.append(ours(i))
        else:
            our_values.append(ours(i))
            base_values.append(baseline(i))
    return base_values, our_values


def worker(task: list[str], home: Path, timeout: float) -> dict:
    proc = run_child([sys.executable, str(HERE / "worker.py"), *task], child_env(home), timeout)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- 1 and 6: cold start and peak memory (fresh processes) ---------------------------------------
_STARTUP = re.compile(r"benchmark-startup: [\d.]+ s \(painted at ([\d.]+)\)")
_RSS = re.compile(r"benchmark-peak-rss: (\d+|None)")


def startup_and_memory(cfg: Settings, tmp: Path) -> list[Row]:
    from synthetic import demo_book

    from briefingbook.core.paths import DEMO_BOOK_NAME
    from briefingbook.core.reference import Reference

    template = tmp / "home-template"
    (template / "books").mkdir(parents=True)
    with Reference() as reference:
        demo_book(template / "books" / DEMO_BOOK_NAME, reference)

    def launch(args: list[str], n: int) -> tuple[float, int | None]:
        home = tmp / f"home-{n}-{time.monotonic_ns()}"
        shutil.copytree(template, home)  # a fresh user folder holding the demo book, every run
        started = time.time()
        proc = run_child(args, child_env(home), timeout=90)
        painted = _STARTUP.search(proc.stdout)
        rss = _RSS.search(proc.stdout)
        if painted is None:
            raise BenchmarkError(f"{args[1:]} printed no start-up time: {proc.stdout[-300:]}")
        shutil.rmtree(home, ignore_errors=True)
        return float(painted.group(1)) - started, (int(rss.group(1)) if rss and rss.group(1) != "None" else None)

    ours_cmd = [sys.executable, "-m", "briefingbook", "--no-crash-dialog", "--benchmark-startup"]
    base_cmd = [sys.executable, str(HERE / "baseline_window.py")]
    launch(base_cmd, -1)  # warm-up: the OS caches Qt's libraries for both sides alike
    launch(ours_cmd, -1)
    base, ours = interleave(cfg.runs, lambda n: launch(base_cmd, n), lambda n: launch(ours_cmd, n))
    base_t, ours_t = median([b[0] for b in base]), median([o[0] for o in ours])
    ratio = ours_t / base_t
    runs = f"median of {cfg.runs} fresh processes each" + (
        " (quick mode: fewer than the full run's 7)" if cfg.quick else ""
    )
    start_row = Row(
        "startup",
        "Cold start to first painted main window, demo book (offscreen)",
        secs(base_t),
        secs(ours_t),
        f"{ratio:.2f}×",
        "≤ 1.3×",
        ratio <= 1.3,
        note=f"{runs}; demo book created beforehand (not timed); process spawn → first paint",
        data={"baseline_s": [b[0] for b in base], "ours_s": [o[0] for o in ours]},
    )
    base_rss = [b[1] for b in base if b[1]]
    ours_rss = [o[1] for o in ours if o[1]]
    if not ours_rss or not base_rss:
        mem_row = Row(
            "memory",
            "Peak RSS, demo book open, every pane visited",
            target="≤ 250 MB",
            status="skipped",
            note="this OS does not report peak RSS",
        )
    else:
        b, o = median(base_rss), median(ours_rss)
        mem_row = Row(
            "memory",
            "Peak RSS, demo book open, every pane visited",
            f"{b / MB:.0f} MB",
            f"{o / MB:.0f} MB",
            f"{o / b:.2f}×",
            "≤ 250 MB",
            o <= 250 * MB,
            note=f"{runs}; ru_maxrss of the child",
            data={"baseline_bytes": base_rss, "ours_bytes": ours_rss},
        )
    return [start_row, mem_row]


# -- reference packs (issue 22): install time, and start-up with a pack against the bundled content ----
def refpack_benchmark(cfg: Settings, tmp: Path) -> list[Row]:
    from synthetic import demo_book

    from briefingbook.core import refbuild, refpack
    from briefingbook.core.paths import DEMO_BOOK_NAME
    from briefingbook.core.reference import Reference

    folder = tmp / "refpack"
    folder.mkdir()
    refpack.keygen(folder / "bench.key", "benchmark passphrase")
    pack = folder / "bench.bbref"  # the repository's sources: a pack of the bundled database's size
    refbuild.build_pack(
        refbuild.SOURCES,
        pack,
        key=refpack.load_private_key(folder / "bench.key", "benchmark passphrase"),
        name="Benchmark",
        version="1.0",
        built="2026-12-04",
    )
    saved_home = os.environ.get("BRIEFINGBOOK_HOME")

    def in_home(home: Path, action):
        os.environ["BRIEFINGBOOK_HOME"] = str(home)
        try:
            return action()
        finally:
            if saved_home is None:
                os.environ.pop("BRIEFINGBOOK_HOME", None)
            else:
                os.environ["BRIEFINGBOOK_HOME"] = saved_home

    def install(n: int) -> float:
        home = folder / f"install-{n}"
        in_home(home, lambda: refpack.trust(folder / "bench.key.pub"))
        started = time.perf_counter()
        in_home(home, lambda: refpack.install(pack))
        return time.perf_counter() - started

    times = [install(n) for n in range(cfg.runs)]
    size = pack.stat().st_size
    install_row = Row(
        "refpack_install",
        f"Install a reference pack of the bundled size ({size / MB:.1f} MB)",
        ours=secs(median(times)),
        target="≤ 2 s",
        met=median(times) <= 2.0,
        note=f"median of {cfg.runs} installs into fresh user folders (read, verify, write, rename)",
        data={"seconds": times, "bytes": size},
    )

    bundled_home, pack_home = tmp / "home-bundled", tmp / "home-pack"
    for home in (bundled_home, pack_home):
        (home / "books").mkdir(parents=True)
        with Reference() as reference:
            demo_book(home / "books" / DEMO_BOOK_NAME, reference)
    in_home(pack_home, lambda: (refpack.trust(folder / "bench.key.pub"), refpack.install(pack)))

    def launch(home: Path, n: int) -> float:
        run_home = tmp / f"{home.name}-{n}-{time.monotonic_ns()}"
        shutil.copytree(home, run_home)
        started = time.time()
        proc = run_child(
            [sys.executable, "-m", "briefingbook", "--no-crash-dialog", "--benchmark-startup"],
            child_env(run_home),
            timeout=90,
        )
        painted = _STARTUP.search(proc.stdout)
        if painted is None:
            raise BenchmarkError(f"--benchmark-startup printed no start-up time: {proc.stdout[-300:]}")
        shutil.rmtree(run_home, ignore_errors=True)
        return float(painted.group(1)) - started

    launch(bundled_home, -1)  # warm-up
    base, ours = interleave(cfg.runs, lambda n: launch(bundled_home, n), lambda n: launch(pack_home, n))
    ratio = median(ours) / median(base)
    start_row = Row(
        "refpack_startup",
        "Start-up with an installed reference pack vs the bundled content",
        secs(median(base)),
        secs(median(ours)),
        f"{ratio:.2f}×",
        "≤ 1.1×",
        ratio <= 1.1,
        note=f"median of {cfg.runs} fresh processes each, interleaved; the pack is verified at every start",
        data={"baseline_s": base, "ours_s": ours},
    )
    return [install_row, start_row]


# -- 2: search ------------------------------------------------------------------------------------
def _raw_fts(path: Path, reference_path: Path, book_path: Path) -> sqlite3.Connection:
    """A plain FTS5 table holding the same texts as the scaled reference and book."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE VIRTUAL TABLE raw USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("ATTACH DATABASE ? AS ref", (str(reference_path),))
    conn.execute(
        "INSERT INTO raw (title, body) SELECT coalesce(title_en, '') || ' ' || coalesce(title_es, ''), "
        "coalesce(body_en, '') || ' ' || coalesce(body_es, '') FROM ref.search"
    )
    conn.execute("DETACH DATABASE ref")
    conn.execute("ATTACH DATABASE ? AS book", (str(book_path),))
    conn.execute("INSERT INTO raw (title, body) SELECT title, body FROM book.book_fts")
    conn.execute("DETACH DATABASE book")
    conn.execute("INSERT INTO raw (raw) VALUES ('optimize')")
    return conn


def search_benchmark(cfg: Settings, tmp: Path) -> tuple[Row, list[dict]]:
    from synthetic import Text, mixed_queries, scaled_reference, scaled_search_book

    from briefingbook.core.book import Book
    from briefingbook.core.reference import Reference
    from briefingbook.core.search import _WORD, DEFAULT_LIMIT, fts_query, search

    queries = mixed_queries(200)
    curve = []
    for scale in cfg.search_scales:
        text = Text(seed=scale)
        ref_path = scaled_reference(tmp / f"reference-{scale}x.sqlite", scale, text)
        with Reference() as bundled:
            book_path = scaled_search_book(tmp / f"search-{scale}x.bbook", scale, bundled, text)
        raw = _raw_fts(tmp / f"raw-{scale}x.sqlite", ref_path, book_path)
        reference = Reference(ref_path)
        book = Book.open(book_path, readonly=True)
        rows = reference.connection.execute("SELECT count(*) FROM search").fetchone()[0]
        book_rows = book.connection.execute("SELECT count(*) FROM book_fts").fetchone()[0]

        def baseline(q: str) -> int:
            # The same MATCH (all words, then any word when that finds nothing), ranked, same LIMIT.
            for any_word in (False, True):
                match = fts_query(q, any_word)
                hits = raw.execute(
                    "SELECT rowid, title FROM raw WHERE raw MATCH ? ORDER BY rank LIMIT ?", (match, DEFAULT_LIMIT)
                ).fetchall()
                if hits or len(_WORD.findall(q)) < 2:
                    return len(hits)
            return 0

        def ours(q: str) -> int:
            return len(search(q, reference, book))

        for q in queries[:20]:  # warm the page cache and statement caches of both
            baseline(q), ours(q)
        base_p95, ours_p95, base_all, ours_all = [], [], [], []
        for rep in range(cfg.search_reps):
            b_times, o_times = [], []
            for i, q in enumerate(queries):
                pair = ((baseline, b_times), (ours, o_times))
                for fn, sink in pair if (i + rep) % 2 == 0 else pair[::-1]:
                    started = time.perf_counter()
                    fn(q)
                    sink.append(time.perf_counter() - started)
            base_p95.append(p95(b_times))
            ours_p95.append(p95(o_times))
            base_all += b_times
            ours_all += o_times
        point = {
            "scale": scale,
            "reference_rows": rows,
            "book_rows": book_rows,
            "baseline_p95_s": median(base_p95),
            "ours_p95_s": median(ours_p95),
            "baseline_median_s": median(base_all),
            "ours_median_s": median(ours_all),
        }
        point["ratio"] = point["ours_p95_s"] / point["baseline_p95_s"]
        curve.append(point)
        say(f"  search {scale}×: ours p95 {secs(point['ours_p95_s'])}, raw FTS5 {secs(point['baseline_p95_s'])}")
        book.close()
        reference.close()
        raw.close()
    top = curve[-1]
    reps = f"median over {cfg.search_reps} passes of the p95 of 200 queries" + (
        " (quick mode: fewer passes than the full run's 7)" if cfg.quick else ""
    )
    row = Row(
        "search",
        f"Search p95, 200 mixed queries, reference + book scaled {top['scale']}× "
        f"({top['reference_rows']:,} + {top['book_rows']:,} rows)",
        secs(top["baseline_p95_s"]),
        secs(top["ours_p95_s"]),
        f"{top['ratio']:.2f}×",
        "≤ 2×",
        top["ratio"] <= 2.0,
        note=f"{reps}; baseline: the same MATCH, ORDER BY rank LIMIT 20, on one raw FTS5 table holding the same texts",
        data={"curve": curve},
    )
    return row, curve


# -- 3: chart -------------------------------------------------------------------------------------
def chart_benchmark(cfg: Settings, tmp: Path) -> Row:
    result = worker(["chart", "--points", "1000000", "--frames", str(cfg.chart_frames)], tmp, timeout=180)
    fps = result["fps"]
    note = (
        f"{result['frames']} setXRange pans/zooms + synchronous repaint of a 1000×600 chart drawn as the pane "
        f"draws it (date axis, one 1,000,000-point line); median frame "
        f"{secs(result['median_frame_s'])}, p95 {secs(result['p95_frame_s'])}"
    )
    if cfg.quick:
        note += " (quick mode: fewer frames than the full run's 300)"
    return Row(
        "chart",
        "Chart pan/zoom redraws, 1,000,000-point series (charts.draw)",
        "—",
        f"{fps:.0f} fps",
        "—",
        "≥ 30 fps",
        fps >= 30,
        note=note,
        data=result,
    )


def chart_switch_benchmark(cfg: Settings, tmp: Path) -> Row:
    runs = 3 if cfg.quick else 10
    result = worker(["chart_switch", "--runs", str(runs)], tmp, timeout=240)
    p95_s = result["p95_s"]
    note = (
        f"{result['switches']} switches among {result['selections']} selections (series, transformation, range, "
        f"log scale, events) in the charts pane of the demo book at 1366×768, each until painted; "
        f"median {secs(result['median_s'])}"
    )
    return Row(
        "chart_switch",
        "Switching the chart (new selection), p95, demo book",
        "—",
        secs(p95_s),
        "—",
        "≤ 100 ms",
        p95_s <= 0.100,
        note=note,
        data=result,
    )


# -- 4: packet ------------------------------------------------------------------------------------
PACKET_PARAGRAPHS = 3  # notes paragraphs per brief: gives a packet of about 50 pages


def packet_benchmark(cfg: Settings, tmp: Path) -> Row:
    from synthetic import Text, packet_book

    from briefingbook.core.reference import Reference

    with Reference() as reference:
        path, charts = packet_book(tmp / "packet.bbook", reference, Text(), PACKET_PARAGRAPHS)
    result = worker(["packet", str(path), "--runs", str(cfg.packet_runs)], tmp, timeout=300)
    b, o = median(result["baseline"]), median(result["ours"])
    ratio = o / b
    note = (
        f"{result['pages']} pages, {charts} charts ({result['images']} embedded images); median of "
        f"{cfg.packet_runs} interleaved runs after a warm-up; baseline: the packet's extracted text "
        f"({result['characters']:,} characters, {result['baseline_pages']} pages) through QTextDocument → "
        f"QPdfWriter, drawing the same {charts} charts at 220 dpi"
    )
    if cfg.quick:
        note += " (quick mode: fewer runs than the full run's 5)"
    return Row(
        "packet",
        f"Packet to PDF, {result['pages']} pages with {charts} charts",
        secs(b),
        secs(o),
        f"{ratio:.1f}×",
        "≤ 3 s (ratio reported)",
        o <= 3.0,
        note=note,
        data=result,
    )


# -- 5: open a big book and show every pane ---------------------------------------------------------
OPEN_BASE = (50, 2)  # checklist items, agenda items at 1×


def open_benchmark(cfg: Settings, tmp: Path) -> tuple[Row, list[dict]]:
    from synthetic import Text, open_book

    from briefingbook.core.reference import Reference

    books = {}
    with Reference() as reference:
        for scale in cfg.open_scales:
            checklist, agenda = OPEN_BASE[0] * scale, OPEN_BASE[1] * scale
            books[scale] = (
                open_book(tmp / f"open-{scale}x.bbook", checklist, agenda, reference, Text(scale)),
                checklist,
                agenda,
            )
    result = worker(["open", *(str(b[0]) for b in books.values()), "--runs", str(cfg.open_runs)], tmp, timeout=300)
    curve = []
    for scale, (path, checklist, agenda) in books.items():
        times = result["times"][str(path)]
        curve.append(
            {"scale": scale, "checklist": checklist, "agenda": agenda, "median_s": median(times), "times_s": times}
        )
        say(f"  open {scale}×: {checklist} checklist / {agenda} agenda items: {secs(median(times))}")
    top = curve[-1]
    note = (
        f"median of {cfg.open_runs} runs in one process after a warm-up: MainWindow on the book, show, "
        f"show_pane + processEvents for each of the {len(result['panes'])} panes"
    )
    if cfg.quick:
        note += " (quick mode: fewer runs than the full run's 7)"
    row = Row(
        "open",
        f"Open a book with {top['checklist']:,} checklist and {top['agenda']} agenda items, show every pane",
        "—",
        secs(top["median_s"]),
        "—",
        "≤ 1 s",
        top["median_s"] <= 1.0,
        note=note,
        data={"curve": curve},
    )
    return row, curve


# -- 7: bundle ------------------------------------------------------------------------------------
def bundle_benchmark(cfg: Settings, tmp: Path) -> Row:
    exe = ROOT / "dist" / "BriefingBook" / ("BriefingBook.exe" if os.name == "nt" else "BriefingBook")
    what = "Bundle self-test vs source self-test"
    if not exe.exists():
        return Row(
            "bundle",
            what,
            target="≤ 1.1×",
            status="skipped",
            note=f"{exe.relative_to(ROOT)} is absent (build it with build/bundle.py)",
        )

    def timed(args: list[str]) -> float:
        home = Path(tempfile.mkdtemp(prefix="bb-bench-home-", dir=tmp))
        started = time.perf_counter()
        run_child(args, child_env(home), timeout=240)
        return time.perf_counter() - started

    source = [sys.executable, "-m", "briefingbook", "self-test"]
    bundle = [str(exe), "self-test"]
    timed(source), timed(bundle)  # warm-up
    base, ours = interleave(cfg.runs, lambda n: timed(source), lambda n: timed(bundle))
    b, o = median(base), median(ours)
    note = f"median of {cfg.runs} interleaved fresh runs each" + (
        " (quick mode: fewer than the full run's 7)" if cfg.quick else ""
    )
    return Row(
        "bundle",
        what,
        secs(b),
        secs(o),
        f"{o / b:.2f}×",
        "≤ 1.1×",
        o / b <= 1.1,
        note=note,
        data={"source_s": base, "bundle_s": ours},
    )


# -- 8: history and merge (issue 10) -------------------------------------------------------------
MERGE_EDITS = 500  # edits on each side: agenda notes and checklist ticks, a tenth of them on the same rows


def _edit_side(path: Path, author: str, seed: int) -> None:
    """MERGE_EDITS one-row edits through the core, each its own transaction (as the panes make them)."""
    import random

    from briefingbook.core.book import Book

    rng = random.Random(seed)
    with Book.open(path, backup=False) as book:
        book.author = author
        agenda = [i.id for i in book.agenda()]
        checklist = [r[0] for r in book.connection.execute("SELECT id FROM checklist_items ORDER BY id")]
        shared = checklist[: MERGE_EDITS // 10]
        for n in range(MERGE_EDITS):
            if n % 2:
                book.update_agenda_item(rng.choice(agenda), notes=f"{author} note {n}")
            else:
                target = shared[n % len(shared)] if n % 10 == 0 else rng.choice(checklist)
                book.update_checklist_item(target, notes=f"{author} {n}")


def _edit_cost(book_path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds per edit (one UPDATE of a brief field, committed) with the change log, and on a copy
    whose log triggers were dropped (the same book as it was before issue 10), interleaved."""
    import sqlite3

    from briefingbook.core.book import Book

    bare = book_path.with_name("no-log.bbook")
    shutil.copyfile(book_path, bare)
    conn = sqlite3.connect(bare)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_log_%'"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE change_context")  # the core then sets no edit context either
    conn.commit()
    conn.close()
    edits = 200

    def timed(path: Path) -> float:
        with Book.open(path, backup=False) as book:
            ids = [i.id for i in book.agenda()]
            start = time.perf_counter()
            for n in range(edits):
                with book.transaction() as c:
                    c.execute(
                        "UPDATE agenda_items SET notes = ?, updated_at = ? WHERE id = ?",
                        (f"edit {n}", "2027-01-01", ids[n % len(ids)]),
                    )
            return (time.perf_counter() - start) / edits

    return interleave(runs, lambda _: timed(bare), lambda _: timed(book_path))


def history_benchmark(cfg: Settings, tmp: Path) -> list[Row]:
    from synthetic import Text, open_book

    from briefingbook.core import merge
    from briefingbook.core.book import Book
    from briefingbook.core.reference import Reference

    checklist, agenda = OPEN_BASE[0] * 100, OPEN_BASE[1] * 100
    with Reference() as reference:
        base = open_book(tmp / "merge-base.bbook", checklist, agenda, reference, Text(100))
    mine, theirs = tmp / "merge-mine.bbook", tmp / "merge-theirs.bbook"
    with Book.open(base, backup=False) as book:
        book.save_copy(mine)
        book.save_copy(theirs)
    _edit_side(mine, "Ana", 1)
    _edit_side(theirs, "Beto", 2)
    runs = max(3, cfg.runs)
    counts = {}

    def copy_book(_run: int) -> float:  # baseline: Save a copy as… of the same book (a verified full copy)
        target = tmp / "copy.bbook"
        target.unlink(missing_ok=True)
        with Book.open(mine, readonly=True) as book:
            start = time.perf_counter()
            book.save_copy(target)
            return time.perf_counter() - start

    def merge_copy(_run: int) -> float:  # ours: plan + backup + apply, on a fresh copy of mine each run
        work = tmp / "merge-work.bbook"
        work.unlink(missing_ok=True)
        shutil.copyfile(mine, work)
        with Book.open(work, backup=False) as book:
            start = time.perf_counter()
            with Book.open(theirs, readonly=True, backup=False) as other:
                plan = merge.plan(book, other)
            result = merge.apply(book, plan)
            elapsed = time.perf_counter() - start
        counts.update(steps=len(plan.steps), conflicts=len(plan.conflicts), imported=result.imported_changes)
        return elapsed

    base_times, ours_times = interleave(runs, copy_book, merge_copy)
    b, o = median(base_times), median(ours_times)
    quick = " (quick mode: fewer runs than the full run's 7)" if cfg.quick else ""
    merge_row = Row(
        "merge",
        f"Merge a colleague's copy, {checklist:,}-item book, {MERGE_EDITS} edits a side",
        secs(b),
        secs(o),
        f"{o / b:.1f}×",
        "≤ 2 s (ratio reported)",
        o <= 2.0,
        note=f"plan + backup + one-transaction apply: {counts['steps']} changes applied, "
        f"{counts['conflicts']} conflicts, {counts['imported']} log entries imported; baseline: "
        f"Save a copy as… of the same book; median of {runs} interleaved runs{quick}",
        data={"baseline_s": base_times, "ours_s": ours_times, **counts},
    )
    bare_times, log_times = _edit_cost(base, runs)
    b, o = median(bare_times), median(log_times)
    edit_row = Row(
        "edit",
        "One committed edit with the change log (vs the same book without it)",
        secs(b),
        secs(o),
        f"{o / b:.2f}×",
        "≤ 2×",
        o / b <= 2.0,
        note=f"200 single-field UPDATEs of agenda items, each its own transaction, {agenda} agenda and "
        f"{checklist:,} checklist items; baseline: a copy with the log triggers dropped; median of "
        f"{runs} interleaved runs{quick}",
        data={"baseline_s": bare_times, "ours_s": log_times},
    )
    return [merge_row, edit_row]


# -- report ---------------------------------------------------------------------------------------
# -- 8: hostile and huge imports (issue 15) --------------------------------------------------------
def _csv_file(path: Path, rows: int) -> Path:
    import itertools
    import string

    codes = ["".join(p) for p in itertools.product(string.ascii_uppercase, repeat=3)][:1000]
    months = [f"{1900 + m // 12}-{m % 12 + 1:02d}" for m in range(max(1, rows // len(codes)))]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("date,country,value\n")
        for code in codes[: max(1, rows // len(months))]:
            for month in months:
                handle.write(f"{month},{code},{len(month)}.5\n")
    return path


def import_benchmark(cfg: Settings, tmp: Path) -> list[Row]:
    sys.path.insert(0, str(ROOT / "tests" / "core"))
    from test_hostile_imports import _workbook, bomb_xlsx

    small_xlsx = tmp / "small.xlsx"
    small_xlsx.write_bytes(_workbook([["year", "value"]] + [[2000 + i, float(i)] for i in range(20)]))
    bomb = tmp / "bomb.xlsx"
    bomb.write_bytes(bomb_xlsx(5_000_000))
    runs = 1 if cfg.quick else 3
    base, ours = interleave(
        runs, lambda i: worker(["import", str(small_xlsx)], tmp, 300), lambda i: worker(["import", str(bomb)], tmp, 300)
    )
    assert all(r["outcome"].startswith("refused") for r in ours), ours[0]["outcome"]
    b_t, o_t = median([r["seconds"] for r in base]), median([r["seconds"] for r in ours])
    o_rss = max(r["peak_rss"] for r in ours)
    xlsx_row = Row(
        "xlsx-bomb",
        f"Refuse an XLSX bomb ({bomb.stat().st_size // 1024} KB, 5,000,000 cells) vs reading a 20-row workbook",
        secs(b_t),
        f"{secs(o_t)}, {o_rss / MB:.0f} MB",
        f"{o_t / b_t:.1f}×",
        "≤ 2 s, ≤ 200 MB",
        o_t <= 2 and o_rss <= 200 * MB,
        note=f"fresh process each (openpyxl loaded first); median of {runs}; peak RSS of the process",
        data={"baseline": base, "ours": ours},
    )
    big = _csv_file(tmp / "million.csv", 10_000 if cfg.quick else 1_000_000)
    small = _csv_file(tmp / "small.csv", 10_000)
    base, ours = interleave(
        1, lambda i: worker(["import", str(small)], tmp, 900), lambda i: worker(["import", str(big)], tmp, 900)
    )
    b, o = base[0], ours[0]
    assert o["outcome"] == "read", o["outcome"]
    csv_row = Row(
        "csv-1m",
        f"Read a {o['rows']:,}-row CSV for import (peak RSS) vs a 10,000-row one",
        f"{b['peak_rss'] / MB:.0f} MB, {secs(b['seconds'])}",
        f"{o['peak_rss'] / MB:.0f} MB, {secs(o['seconds'])}",
        f"{o['peak_rss'] / b['peak_rss']:.1f}×",
        "≤ 400 MB",
        o["peak_rss"] <= 400 * MB,
        note="peak RSS of a fresh process reading the file into a validated preview"
        + (" (quick mode: 10,000 rows)" if cfg.quick else ""),
        data={"baseline": base, "ours": ours},
    )
    return [xlsx_row, csv_row]


def table(rows: list[Row]) -> str:
    lines = ["| what | baseline | ours | ratio | target | met? |", "| --- | --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def growth_tables(search_curve: list[dict], open_curve: list[dict]) -> str:
    out = []
    if search_curve:
        base = search_curve[0]
        out += [
            "Search p95 by scale (200 queries):",
            "",
            "| scale | reference rows | book rows | raw FTS5 p95 | ours p95 | ratio | ours vs 1× |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        out += [
            f"| {p['scale']}× | {p['reference_rows']:,} | {p['book_rows']:,} | {secs(p['baseline_p95_s'])} | "
            f"{secs(p['ours_p95_s'])} | {p['ratio']:.2f}× | {p['ours_p95_s'] / base['ours_p95_s']:.1f}× |"
            for p in search_curve
        ]
        out.append("")
    if open_curve:
        base = open_curve[0]
        out += [
            "Book open + every pane by scale:",
            "",
            "| scale | checklist items | agenda items | median | vs 1× |",
            "| --- | --- | --- | --- | --- |",
        ]
        out += [
            f"| {p['scale']}× | {p['checklist']:,} | {p['agenda']} | {secs(p['median_s'])} | "
            f"{p['median_s'] / base['median_s']:.1f}× |"
            for p in open_curve
        ]
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (CI): checks the benchmarks run")
    parser.add_argument(
        "--only",
        metavar="KEYS",
        help="comma-separated subset: startup,search,chart,packet,open,history,imports,refpack,bundle",
    )
    parser.add_argument("--strict", action="store_true", help="exit 3 when a target is missed")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks.json", help="JSON results file")
    args = parser.parse_args(argv)
    cfg = Settings.make(args.quick)
    only = set(args.only.split(",")) if args.only else None
    started = time.perf_counter()
    rows: list[Row] = []
    curves: dict[str, list[dict]] = {"search": [], "open": []}

    global PYCACHE
    tmp = Path(tempfile.mkdtemp(prefix="bb-bench-"))
    PYCACHE = tmp / "pycache"
    try:
        steps = [
            (
                "startup",
                "start-up and memory",
                lambda: startup_and_memory(cfg, tmp),
                [
                    ("startup", "Cold start to first painted main window, demo book"),
                    ("memory", "Peak RSS, demo book open, every pane visited"),
                ],
            ),
            ("search", "search", lambda: search_benchmark(cfg, tmp), [("search", "Search p95, scaled 100×")]),
            ("chart", "chart", lambda: chart_benchmark(cfg, tmp), [("chart", "Chart pan/zoom, 1,000,000 points")]),
            (
                "chart",
                "chart switch",
                lambda: chart_switch_benchmark(cfg, tmp),
                [("chart_switch", "Switching the chart, p95, demo book")],
            ),
            (
                "packet",
                "packet",
                lambda: packet_benchmark(cfg, tmp),
                [("packet", "Packet to PDF, ~50 pages, 20 charts")],
            ),
            ("open", "book open", lambda: open_benchmark(cfg, tmp), [("open", "Open a 5,000-item book, every pane")]),
            (
                "history",
                "history and merge",
                lambda: history_benchmark(cfg, tmp),
                [("merge", "Merge a colleague's copy"), ("edit", "One edit with the change log")],
            ),
            (
                "imports",
                "hostile and huge imports",
                lambda: import_benchmark(cfg, tmp),
                [("xlsx-bomb", "Refuse an XLSX bomb"), ("csv-1m", "Read a 1,000,000-row CSV")],
            ),
            (
                "refpack",
                "reference packs",
                lambda: refpack_benchmark(cfg, tmp),
                [
                    ("refpack_install", "Install a reference pack"),
                    ("refpack_startup", "Start-up with a reference pack"),
                ],
            ),
            ("bundle", "bundle", lambda: bundle_benchmark(cfg, tmp), [("bundle", "Bundle self-test vs source")]),
        ]
        for key, label, step, placeholders in steps:
            if only and key not in only:
                continue
            say(f"[{time.perf_counter() - started:5.1f} s] {label}…")
            try:
                result = step()
            except Exception as exc:  # noqa: BLE001 - one failed benchmark must not hide the others
                traceback.print_exc()
                rows += [Row(k, w, status="error", note=f"{type(exc).__name__}: {exc}") for k, w in placeholders]
                continue
            if key == "search":
                row, curves["search"] = result
                rows.append(row)
            elif key == "open":
                row, curves["open"] = result
                rows.append(row)
            elif isinstance(result, list):
                rows += result
            else:
                rows.append(result)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    elapsed = time.perf_counter() - started
    mode = "quick" if cfg.quick else "full"
    print(
        f"## BriefingBook benchmarks ({mode} run, {elapsed:.0f} s, {platform.python_version()}, "
        f"{os.cpu_count()} CPUs)\n"
    )
    print(table(rows))
    print()
    for row in rows:
        if row.note:
            print(f"- {row.what}: {row.note}")
    print()
    print(growth_tables(curves["search"], curves["open"]))
    if cfg.quick:
        print(
            "Quick mode: fewer repetitions than a full run (see each row); it checks that the benchmarks run, "
            "not the targets."
        )

    report = {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "mode": mode,
        "seconds": round(elapsed, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "settings": asdict(cfg),
        "rows": [asdict(row) for row in rows],
        "growth": curves,
    }
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    say(f"wrote {args.output}")
    if any(row.status == "error" for row in rows):
        return 1
    if args.strict and any(row.met is False for row in rows):
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
