"""Reference packs in the core (issue 22): the active content chosen at open, and a book that refers
to recommendations or series the active content no longer holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from briefingbook.core import refbuild, refpack
from briefingbook.core.book import Book
from briefingbook.core.packet import build_outline, missing_from_reference
from briefingbook.core.reference import Reference

DROPPED_REC = "wwc2005-strategic-partnership"
DROPPED_SERIES = "border_crossings_pedestrians"


@pytest.fixture(scope="module")
def thin_pack(tmp_path_factory) -> tuple[Path, Path]:
    """A pack without one recommendation and one series (a later edition dropped them)."""
    folder = tmp_path_factory.mktemp("thin")
    sources = folder / "sources"
    shutil.copytree(refbuild.SOURCES, sources)
    recs = yaml.safe_load((sources / "recommendations.yaml").read_text(encoding="utf-8"))
    assert any(r["id"] == DROPPED_REC for r in recs)
    (sources / "recommendations.yaml").write_text(
        yaml.safe_dump([r for r in recs if r["id"] != DROPPED_REC], allow_unicode=True), encoding="utf-8"
    )
    series = yaml.safe_load((sources / "indicators.yaml").read_text(encoding="utf-8"))
    (sources / "indicators.yaml").write_text(
        yaml.safe_dump([s for s in series if s["slug"] != DROPPED_SERIES], allow_unicode=True), encoding="utf-8"
    )
    (sources / "indicators" / f"{DROPPED_SERIES}.csv").unlink()
    key_file = folder / "k"
    refpack.keygen(key_file, "pass phrase")
    pack = folder / "thin.bbref"
    refbuild.build_pack(
        sources,
        pack,
        key=refpack.load_private_key(key_file, "pass phrase"),
        name="Thin",
        version="3.0",
        built="2026-12-01",
    )
    return pack, refpack.public_key_path(key_file)


def test_reference_opens_the_installed_pack_while_it_is_valid(thin_pack):
    pack, pub = thin_pack
    with Reference() as bundled:
        assert bundled.content.bundled and bundled.content.signed_by == "bundled"
        assert bundled.content.sha256 == refpack.bundled_content().sha256
    refpack.trust(pub)
    assert refpack.install(pack)["version"] == "3.0"
    with Reference() as active:
        assert (active.content.name, active.content.version, active.content.bundled) == ("Thin", "3.0", False)
        assert DROPPED_REC not in {r.id for r in active.recommendations()}
        assert active.build_info()["name"] == "Thin"
    refpack.remove()
    with Reference() as again:
        assert again.content.bundled


def test_a_book_referring_to_dropped_records_opens_and_exports_without_them(thin_pack, tmp_path, demo_book):
    pack, pub = thin_pack
    book = demo_book
    item = next(i for i in book.agenda() if i.issue_area == "debordering_border")
    book.set_recommendation_status(DROPPED_REC, "in_progress")
    book.link_recommendation(item.id, DROPPED_REC)
    from briefingbook.core import chart_selection

    chart_selection.save(
        book, chart_selection.ChartSelection(series=[DROPPED_SERIES, "remittances_received_mexico_banxico"])
    )
    refpack.trust(pub)
    refpack.install(pack)
    with Book.open(book.path, readonly=True) as reopened:  # the book still opens
        assert reopened.recommendation_statuses()[DROPPED_REC] == "in_progress"
    with Reference() as reference:
        missing = missing_from_reference(book, reference)
        assert missing["recommendations"] == [DROPPED_REC]
        assert missing["series"] == [DROPPED_SERIES]
        outline = build_outline(book, reference, lang="en")
        assert outline.not_in_reference == [
            f"Not in this reference content (version 3.0), so left out of this packet: recommendations {DROPPED_REC}; "
            f"indicator series {DROPPED_SERIES}."
        ]
        assert outline.reference_line.startswith("Thin 3.0; built 2026-12-01; signed by key ")
        charted = {slug for brief in outline.briefs for chart in brief.charts for slug in chart.slugs}
        assert DROPPED_SERIES not in charted and charted
        listed = {rec.id for brief in outline.briefs for rec in brief.recommendations}
        assert DROPPED_REC not in listed
        es = build_outline(book, reference, lang="es")
        assert es.not_in_reference[0].startswith("No está en este contenido de referencia (versión 3.0)")
        from briefingbook.export import export_packet

        out = export_packet(book, reference, tmp_path / "p.html", sections="cover,sources")  # no charts: no Qt
        text = out.read_text(encoding="utf-8")
        assert "Not in this reference content (version 3.0)" in text and "Thin 3.0" in text
        # The book keeps what the user recorded: nothing is deleted because the content lacks it.
        assert book.recommendation_statuses()[DROPPED_REC] == "in_progress"
        assert DROPPED_REC in book.linked_recommendations(item.id)
