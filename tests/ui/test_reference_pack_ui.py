"""Installing a reference pack while the window is open (issue 22): the window switches to the
new content at once, on the same open book, and keeps what the user typed."""

from __future__ import annotations

import csv
import shutil

import pytest

from briefingbook import __version__
from briefingbook.core import refbuild, refpack
from briefingbook.core.book import Book
from briefingbook.ui.reference_pack import about_text, install_reference_pack

pytestmark = pytest.mark.gui
SLUG = "border_crossings_pedestrians"


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("uipack")
    sources = folder / "sources"
    shutil.copytree(refbuild.SOURCES, sources)
    with (sources / "indicators" / f"{SLUG}.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(["2031", "MEX_TO_USA", "7654321"])
    refpack.keygen(folder / "k", "pass phrase")
    path = folder / "window.bbref"
    refbuild.build_pack(
        sources,
        path,
        key=refpack.load_private_key(folder / "k", "pass phrase"),
        name="Window team",
        version="2027.1",
        built="2026-12-02",
    )
    return path, folder / "k.pub"


@pytest.mark.slow
def test_installing_a_pack_switches_content_live_and_keeps_typed_text(window, qtbot, book_path, pack):
    path, pub = pack
    assert f"Reference content: BriefingBook {__version__}\n" in about_text(window)
    assert "bundled" not in about_text(window).split("\n")[2]  # said once, on the Source line
    editor = window.brief_pane.editors["notes"]
    editor.setFocus()
    qtbot.keyClicks(editor, "typed just before the update")  # not yet saved by the pane's timer
    item_id = window.brief_pane.item_id

    assert "does not trust" in install_reference_pack(window, path)  # refused: nothing changes
    assert window.reference.content.bundled

    refpack.trust(pub)
    before = window.reference
    assert install_reference_pack(window, path) is None
    assert window.reference is not before and window.session.reference is window.reference
    assert (window.reference.content.name, window.reference.content.version) == ("Window team", "2027.1")
    assert ("2031", "MEX_TO_USA") in {(o.period, o.country) for o in window.reference.observations(SLUG)}
    text = about_text(window)
    assert "Reference content: Window team 2027.1" in text and "Built: 2026-12-02" in text
    assert "signed by key " + window.reference.content.signed_by in text
    # The typed text is in the book and on screen, on the same item, in the same open book.
    assert window.brief_pane.item_id == item_id
    assert window.brief_pane.editors["notes"].toPlainText().endswith("typed just before the update")
    window.show_pane("charts")
    charts = window.pane("charts")
    assert charts.catalog.reference is window.reference
    window.close()
    with Book.open(book_path, readonly=True) as book:
        assert next(i for i in book.agenda() if i.id == item_id).notes.endswith("typed just before the update")
