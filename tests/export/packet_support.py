"""Constants and helpers the packet tests share (a plain module: test files import it by name)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

TODAY = dt.date(2027, 1, 15)  # the demo summit is 2027-03-01: T-45
HOSTILE = '<img src="file:///etc/passwd"> <script>alert(1)</script> & <b>bold</b>'
MARKING = "DEMO - FOR TRAINING ONLY"


def poppler(tool: str, *args: str) -> str:
    """The output of a poppler-utils tool (``pdftotext``, ``pdffonts``, ``pdfinfo``). Without
    poppler-utils the calling test alone is skipped; the module's other tests still run."""
    if shutil.which(tool) is None:
        pytest.skip(f"needs poppler-utils ({tool})")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def pdftotext(path, *options: str) -> str:
    """The PDF's text as ``pdftotext`` gives it (UTF-8)."""
    return poppler("pdftotext", "-enc", "UTF-8", *options, str(path), "-")


def prepare(book, reference) -> None:
    """User text that must come out literally, and a talking point with ligature-prone words."""
    first = book.agenda()[0]
    book.update_agenda_item(first.id, talking_points="- Raise the office file workflow\n- " + HOSTILE, notes=HOSTILE)
    rec = reference.recommendations(first.issue_area)[0]
    book.add_recommendation_note(rec.id, "Note " + HOSTILE, noted_on="2027-01-10")
    book.set_recommendation_status(rec.id, "in_progress")


def export(book, reference, name: str, **options):
    from briefingbook.export import export_packet

    options.setdefault("today", TODAY)
    return export_packet(book, reference, book.path.parent / name, **options)


def squash(text: str) -> str:
    """Text as pdftotext gives it, with line breaks undone: no whitespace and no soft hyphens (a
    hyphenated word comes out as "ex\u00ad" + newline + "cluding"; a long URL may break after "/")."""
    return "".join(text.replace("\u00ad", "").split())
