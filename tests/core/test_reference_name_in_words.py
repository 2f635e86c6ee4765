"""Reference content worded in the packet's language: the bundled content is named once (a
Spanish packet's Sources and the About box do not print the English word 'bundled'), and the
chart events' sources say "consultado el" in Spanish."""

from __future__ import annotations

from briefingbook import __version__
from briefingbook.core.packet import reference_line
from briefingbook.core.packet_labels import LABELS
from briefingbook.core.reference import Reference


def test_sources_line_of_the_bundled_content_in_each_language():
    reference = Reference()
    assert reference.content.bundled
    es = reference_line(reference, LABELS["es"])
    en = reference_line(reference, LABELS["en"])
    assert es.startswith(f"BriefingBook {__version__}; incluido en la aplicación; sha256 ")
    assert "bundled" not in es
    assert en.startswith(f"BriefingBook {__version__}; bundled with the application; sha256 ")
    assert en.count("bundled") == 1


def test_event_citations_in_spanish_say_consultado_el():
    # the chart events' sources were built as English text ("(retrieved 2026-12-04)"); a Spanish
    # packet words them from the sources themselves
    events = [event for event in Reference().events() if event.sources]
    assert len(events) > 10
    for event in events:
        assert event.citation_in("en") == event.citation  # the same words as built
        spanish = event.citation_in("es")
        assert "retrieved" not in spanish and "(consultado el " in spanish
        assert all(source.url in spanish for source in event.sources)
