"""Tables in the packet never leave a lone row at a page foot or top: the first two and the last
two rows of a table that continues stay on one page (PDF: Typst rows kept by an unbreakable span;
DOCX: rows that never split, the header repeated, "keep with next" on the first and last-but-one
rows); header rows repeat on every page."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from briefingbook.core import packet_layout
from briefingbook.core.book import Book
from briefingbook.core.packet import build_outline
from briefingbook.export.pdf import packet_data, typeset

TODAY = dt.date(2027, 1, 15)
TASK = re.compile(r"Task (\d\d) ")


def checklist_book(tmp_path, tasks: int, owners: int) -> Book:
    """A book whose staff checklist has ``tasks`` open items (each row one line, "Task NN …")
    spread over ``owners`` owners: the owner table above the open items grows with ``owners``,
    so the long table starts lower on its page."""
    book = Book.create(tmp_path / f"c{tasks}-{owners}.bbook", title="Checklist summit", date="2027-03-01")
    for item in book.checklist():
        book.remove_checklist_item(item.id)
    for n in range(tasks):
        book.add_checklist_item(f"Task {n:02d} to do", -10 - n % 5, owner=f"Owner {n % owners}")
    return book


def pages_of_rows(book) -> list[list[int]]:
    """The open-items rows (task numbers) on each page of the book's checklist packet, read back."""
    from pypdf import PdfReader

    outline = build_outline(book, None, sections=("checklist",), today=TODAY, version=1)
    data, files = packet_data(outline, {})
    pdf = typeset(data, files, timestamp=dt.datetime(2027, 1, 15, tzinfo=dt.timezone.utc))
    return [[int(n) for n in TASK.findall(page.extract_text())] for page in PdfReader(io.BytesIO(pdf)).pages]


def lone_rows(pages: list[list[int]]) -> list[str]:
    """Pages that begin or end the table with a single row while the table continues."""
    on = [rows for rows in pages if rows]
    found = []
    for i, rows in enumerate(on):
        if len(rows) == 1 and len(on) > 1:
            found.append(
                f"page with only row {rows[0]} ({'first' if i == 0 else 'last' if i == len(on) - 1 else 'middle'})"
            )
    return found


@pytest.fixture
def in_book_folder(tmp_path, reference, monkeypatch):
    """``build_outline`` with the test's reference content."""
    import test_table_rows as me

    real = me.build_outline
    monkeypatch.setattr(me, "build_outline", lambda book, _ref, **kw: real(book, reference, **kw))
    return tmp_path


def test_keep_runs():
    assert packet_layout.keep_runs([]) == [] and packet_layout.keep_runs([10]) == []
    assert packet_layout.keep_runs([10, 10]) == [[0, 2]] and packet_layout.keep_runs([1, 2, 3]) == [[0, 3]]
    assert packet_layout.keep_runs([5] * 9) == [[0, 2], [7, 2]]
    # two long rows may break apart (each row still never splits)
    assert packet_layout.keep_runs([900, 900, 5, 5]) == [[2, 2]]


# (open items, owners): 40 items on one owner leave one row for page 2 (a widow row); 39 owners put
# the open-items table at the foot of page 1 with room for one row (an orphan row).
CASES = [(40, 1), (45, 39)]


@pytest.mark.parametrize("tasks, owners", CASES)
def test_no_page_begins_or_ends_with_a_lone_row(in_book_folder, tasks, owners):
    book = checklist_book(in_book_folder, tasks, owners)
    try:
        pages = pages_of_rows(book)
    finally:
        book.close()
    assert sorted(n for rows in pages for n in rows) == list(range(tasks))  # every row, once
    assert lone_rows(pages) == []
    assert all(len(rows) >= 2 for rows in pages if rows)


@pytest.mark.parametrize("tasks, owners", CASES)
def test_without_kept_rows_these_tables_would_leave_a_lone_row(in_book_folder, monkeypatch, tasks, owners):
    """The cases above really put a row alone when rows are not kept together (so the test bites)."""
    monkeypatch.setattr(packet_layout, "keep_runs", lambda lengths: [])
    book = checklist_book(in_book_folder, tasks, owners)
    try:
        assert len(lone_rows(pages_of_rows(book))) == 1
    finally:
        book.close()


def test_header_row_repeats_on_every_page(in_book_folder, reference):
    from pypdf import PdfReader

    book = checklist_book(in_book_folder, 90, 1)
    try:
        outline = build_outline(book, reference, sections=("checklist",), today=TODAY, version=1)
        pdf = typeset(*packet_data(outline, {}))
    finally:
        book.close()
    header = re.compile(rf"{outline.labels['due']}\s*{outline.labels['item']}\s*{outline.labels['owner']}")
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    with_rows = [text for text in pages if TASK.search(text)]
    assert len(with_rows) >= 2
    assert all(header.search(text) for text in with_rows)


def test_docx_rows_never_split_repeat_the_header_and_keep_first_and_last_two_together(in_book_folder, reference):
    from docx import Document
    from docx.oxml.ns import qn

    from briefingbook.export import export_packet

    book = checklist_book(in_book_folder, 12, 1)
    try:
        path = export_packet(book, reference, in_book_folder / "c.docx", sections=("checklist",), today=TODAY)
    finally:
        book.close()
    table = next(t for t in Document(str(path)).tables if TASK.search(t.rows[1].cells[1].text + " "))
    rows = table.rows
    assert len(rows) == 13
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    kept = [all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs) for row in rows[1:]]
    # the first row keeps with the second, the last-but-one with the last; the rest may break
    assert kept == [True] + [False] * 9 + [True, False]
