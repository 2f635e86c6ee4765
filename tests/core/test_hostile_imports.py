"""Hostile and unusual import files: XLSX bombs and lying dimensions, mixed-encoding CSV, huge CSV.

"Refused after reading little" is tested by what was parsed (openpyxl is never asked to load
a bomb) and by running the refusal in a child process under a memory limit (RLIMIT_AS); the
time it takes is in the benchmarks (``tests/benchmarks/run.py``), never asserted here.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from briefingbook.core import importers
from briefingbook.core.errors import ImportFileError

ROOT = Path(__file__).resolve().parents[2]


def _workbook(rows: list[list]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _rewrite(data: bytes, part: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info.filename, change(body) if info.filename == part else body)
    return out.getvalue()


def bomb_xlsx(cells: int, per_row: int = 1000) -> bytes:
    """A small workbook whose one sheet holds ``cells`` numeric cells (rows without cell refs,
    which compress to almost nothing)."""
    base = _workbook([["year", "value"], [2020, 1]])
    row = b"<row>" + b"<c><v>1</v></c>" * per_row + b"</row>"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, src.read(info))
                continue
            with dst.open("xl/worksheets/sheet1.xml", "w") as sheet:
                sheet.write(
                    b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
                    b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                )
                for _ in range(cells // per_row):
                    sheet.write(row)
                sheet.write(b"</sheetData></worksheet>")
    return out.getvalue()


def test_dimension_that_understates_the_sheet_hides_no_rows():
    rows = [["year", "value"]] + [[2000 + i, float(i)] for i in range(20)]
    data = _workbook(rows)
    lying = _rewrite(
        data,
        "xl/worksheets/sheet1.xml",
        lambda body: body.replace(b'<dimension ref="A1:B21"/>', b'<dimension ref="A1:B4"/>'),
    )
    assert b'ref="A1:B4"' in zipfile.ZipFile(io.BytesIO(lying)).read("xl/worksheets/sheet1.xml")
    preview = importers.read_bytes(lying, "lying.xlsx")
    assert len(preview.rows) == 20
    assert preview.rows[-1].period == "2019"


@pytest.mark.slow
def test_cell_bomb_is_refused_before_openpyxl_parses_anything(monkeypatch):
    data = bomb_xlsx(5_000_000)
    assert len(data) < 400_000  # a small file…
    import openpyxl

    def never(*args, **kwargs):
        raise AssertionError("openpyxl was asked to load a bomb")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    read = []
    real_count = importers._count_cells

    def counting(block):
        read.append(len(block))
        return real_count(block)

    monkeypatch.setattr(importers, "_count_cells", counting)
    with pytest.raises(ImportFileError, match="over 3,000,000 cells"):
        importers.read_bytes(data, "bomb.xlsx")
    unpacked = 5_000_000 * len(b"<c><v>1</v></c>")
    assert sum(read) < 0.7 * unpacked  # stopped once the limit was passed, not at the end


def test_shared_strings_bomb_is_refused_from_its_size():
    base = _workbook([["year", "value"], [2020, 1]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        with dst.open("xl/sharedStrings.xml", "w") as part:
            part.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            for _ in range(64):
                part.write(b"A" * (1024 * 1024))
            part.write(b"</t></si></sst>")
    data = out.getvalue()
    assert len(data) < 1_000_000
    with pytest.raises(ImportFileError, match="MB of shared text"):
        importers.read_bytes(data, "strings.xlsx")


@pytest.mark.slow
def test_unpacked_size_limit():
    base = _workbook([["year", "value"], [2020, 1]])
    data = _rewrite(base, "docProps/app.xml", lambda body: body + b" " * (300 * 1024 * 1024))
    with pytest.raises(ImportFileError, match="unpacks to"):
        importers.read_bytes(data, "big.xlsx")


def test_padded_rows_count_against_the_cell_limit(monkeypatch):
    # A row with a cell in column A and one in XFD: openpyxl fills the 16,382 cells between.
    monkeypatch.setattr(importers, "MAX_XLSX_CELLS", 100_000)
    base = _workbook([["year", "value"], [2020, 1]])
    row = b'<row r="%d"><c r="A%d"><v>1</v></c><c r="XFD%d"><v>1</v></c></row>'
    body = b"".join(row % (i, i, i) for i in range(3, 40))

    def change(xml):
        xml = xml.replace(b"</sheetData>", body + b"</sheetData>")
        return xml.replace(b'<dimension ref="A1:B2"/>', b'<dimension ref="A1:B2"/>')

    data = _rewrite(base, "xl/worksheets/sheet1.xml", change)
    with pytest.raises(ImportFileError, match="empty ones between filled cells"):
        importers.read_bytes(data, "wide.xlsx")


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="RLIMIT_AS is POSIX")
def test_bomb_refusal_fits_in_a_small_memory_limit(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(bomb_xlsx(5_000_000))
    code = textwrap.dedent(f"""
        import resource, sys
        from briefingbook.cli import main
        import openpyxl  # loaded before the limit: its import is not the import's cost
        limit = 400 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        sys.exit(main(["import", {str(tmp_path / "book.bbook")!r}, {str(path)!r}, "--name", "B", "--unit", "u", "--source", "s"]))
    """)
    from briefingbook.core.book import Book

    Book.create(tmp_path / "book.bbook", title="T", date="2027-01-01").close()
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "BRIEFINGBOOK_HOME": str(tmp_path / "home")},
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "over 3,000,000 cells" in lines[0]


# -- CSV -------------------------------------------------------------------------------------------
def test_mixed_utf8_and_latin1_is_refused_naming_the_first_bad_row():
    data = (
        "year,country,value\n2020,MEX,1\n".encode("utf-8")
        + "2021,MEX,2 # México\n".encode("utf-8")
        + "2022,MEX,3 # Perú\n".encode("latin-1")
        + "2023,MEX,4 # Japón\n".encode("utf-8")
    )
    with pytest.raises(ImportFileError, match=r"row 4: mixes text encodings") as refused:
        importers.read_bytes(data, "mixed.csv")
    assert "Ã" not in str(refused.value)


def test_latin1_throughout_is_still_read():
    data = "año;país;valor\n2020;MEX;1,5\n2021;PER;2,5\n".encode("cp1252")
    preview = importers.read_bytes(data, "latin.csv")
    assert preview.encoding == "cp1252" and len(preview.rows) == 2


@pytest.mark.slow
def test_row_cap_is_checked_while_streaming(monkeypatch):
    over = importers.MAX_ROWS + 1
    lines = ["date,country,value"]
    lines += [f"{1000 + i // 12}-{i % 12 + 1:02d},MEX,1" for i in range(over)]
    data = ("\n".join(lines) + "\n").encode()
    del lines

    def never(*args, **kwargs):
        raise AssertionError("the rows were parsed before the cap was checked")

    monkeypatch.setattr(importers, "_parse_table", never)
    monkeypatch.setattr(importers, "_parse_world_bank", never)
    with pytest.raises(ImportFileError, match=r"row 1000002: has over 1,000,000 data rows"):
        importers.read_bytes(data, "long.csv")


def test_exactly_the_cap_is_not_refused_by_the_streaming_check():
    rows = importers._csv_rows("h\n" + "1\n\n" * 5, ",", "x", "x", max_filled=6)  # blank lines do not count
    assert sum(1 for _, cells in rows if cells) == 6


@pytest.mark.slow
def test_cell_count_is_exact_across_chunk_boundaries(monkeypatch):
    # 1 MiB chunks: cells whose start tag straddles a boundary are counted once
    monkeypatch.setattr(importers, "MAX_XLSX_CELLS", 10**9)
    for per_row in (1, 7, 1000):
        cells = 300_000 - 300_000 % per_row
        assert importers.xlsx_bomb_check(bomb_xlsx(cells, per_row), "b.xlsx") == cells
