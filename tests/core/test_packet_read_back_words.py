"""Words a reader found wrong reading the demo's packets back (QA pass): the events marked on
charts cite their sources and dates in the packet's language, a demo deliverable prints its
'suggested from' line once, and the PDF cover writes the prepared date in words."""

from __future__ import annotations

import datetime as dt

from briefingbook.core.packet import build_outline
from briefingbook.core.packet_layout import layout


def test_marked_events_in_a_spanish_packet_are_worded_in_spanish(demo_book, reference):
    outline = build_outline(demo_book, reference, lang="es", profile="staff", today=dt.date(2026, 12, 5))
    assert outline.events  # the demo's briefs chart series with marked events
    for text in outline.events.values():
        assert "retrieved" not in text
    nafta = next(text for text in outline.events.values() if "TLCAN" in text and "Entrada en vigor" in text)
    assert "(1 de enero de 1994): " in nafta and "(consultado el " in nafta
    english = build_outline(demo_book, reference, lang="en", profile="staff", today=dt.date(2026, 12, 5))
    assert any("(1 January 1994): " in text and "(retrieved " in text for text in english.events.values())


def test_a_demo_deliverable_prints_its_suggestion_once(demo_book, reference):
    for lang, words in (("en", "Suggested from the 2005 study group"), ("es", "Sugerido a partir del grupo")):
        rows = build_outline(demo_book, reference, lang=lang, profile="staff").deliverables
        assert rows
        for row in rows:
            assert row.notes.count(words) <= 1, row.notes


def test_pdf_cover_writes_the_prepared_date_in_the_packets_language(demo_book, reference):
    for lang, written in (("es", "Preparado 5 de diciembre de 2026"), ("en", "Prepared 5 December 2026")):
        outline = build_outline(demo_book, reference, lang=lang, sections="cover", today=dt.date(2026, 12, 5))
        tree, _ = layout(outline)
        assert written in str(tree) and "2026-12-05" not in str(tree)
