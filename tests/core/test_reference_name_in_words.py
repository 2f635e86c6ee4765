"""The bundled reference content is named once, in the packet's language: a Spanish packet's
Sources section and the About box do not print the English word 'bundled'."""

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
