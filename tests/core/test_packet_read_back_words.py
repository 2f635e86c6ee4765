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


def test_checklist_statuses_are_of_one_form_in_both_languages(demo_book, reference):
    # The packet's checklist gave 'Vencido', 'Pendiente' and 'próxima' side by side: each status
    # is now capitalised and of the same form, and 'due soon' reads as the Checklist pane says it.
    from briefingbook.core import checklist

    items = demo_book.checklist()
    due = sorted(item.due for item in items)
    # a day with items overdue, due soon and further off
    today = next(
        day
        for day in (due[0] + dt.timedelta(days=n) for n in range((due[-1] - due[0]).days))
        if {checklist.status(item, day) for item in items} >= {"overdue", "due_soon", "open"}
    )
    for lang, expected in (("en", {"Overdue", "Due soon", "Open"}), ("es", {"Vencido", "Por vencer", "Pendiente"})):
        outline = build_outline(demo_book, reference, lang=lang, sections="checklist", today=today)
        assert outline.checklist is not None
        assert {line.status for line in outline.checklist.not_done} == expected
