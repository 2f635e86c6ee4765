"""A Spanish packet's sources say their descriptive words in Spanish (issue #19 item 3): the
documents' authors, the series' citations ("Calculado por BriefingBook a partir de …") and
the later sources' descriptions ("vía archive.org", "archivado"),
while titles of works, publisher names and URLs stay as published. The English packet is
unchanged, and a reference pack built before the Spanish fields existed prints the English."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from packet_support import TODAY, export, squash

from briefingbook.core.packet import build_outline
from briefingbook.core.reference import Reference

ENGLISH = [
    "Author not named (written weeks after",
    "(co-chairs), with",
    "Presentation outline; refers to",
    "Computed from World Bank",
    "Computed by BriefingBook from",
    "figures read as republished in the stevedata R package",
    "(inbound crossings at U.S. land ports of entry)",
    "(republishing the U.S.-Mexico joint statement)",
    "Office of the Press Secretary (archived)",
    "(9/11 Commission), via archive.org",
    "Study Group report (2005), Strengthening Competitiveness",
]
SPANISH = [
    "Autor no identificado (escrito semanas después de la visita del presidente Obama a México en abril de 2009)",
    "Andrés Rozental y Peter H. Smith (copresidentes), con Rafael Fernández de Castro y Andrew Selee",
    "Calculado a partir de World Bank, World Development Indicators",
    "Calculado por BriefingBook a partir de U.S. Census Bureau",
    "cifras tomadas de su reedición en el paquete de R stevedata",
    "ILW.COM (reproduce la declaración conjunta de EE. UU. y México)",
    "Office of the Press Secretary (archivado)",
    "(9/11 Commission), vía archive.org",
    "Informe del Grupo de Estudio (2005), Strengthening Competitiveness",
    # titles and URLs as published
    "Is Strategic Partnership Possible between the US and Mexico? (outline of a presentation)",
    "https://data.census.gov/",
]


def _sources_text(book, reference, lang):
    outline = build_outline(book, reference, lang=lang, today=TODAY, profile="staff")
    return "\n".join(
        [
            *(d.text for d in outline.documents),
            *(s.citation for s in outline.series_sources),
            *outline.events.values(),  # events marked on charts, with their sources
        ]
    )


def test_spanish_sources_have_spanish_descriptions_and_english_ones_are_unchanged(demo_book, reference):
    spanish = _sources_text(demo_book, reference, "es")
    for phrase in ENGLISH:
        assert phrase not in spanish
    for phrase in SPANISH:
        assert phrase in spanish
    english = _sources_text(demo_book, reference, "en")
    for phrase in ENGLISH:
        assert phrase in english
    assert "Calculado" not in english and "copresidentes" not in english


def test_a_pack_without_the_spanish_fields_prints_the_english(demo_book, reference, tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copy(reference.path, old)
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE documents DROP COLUMN authors_es")
    conn.execute("ALTER TABLE documents DROP COLUMN publisher_es")
    conn.execute("ALTER TABLE series DROP COLUMN citation_es")
    conn.execute("ALTER TABLE later_sources DROP COLUMN publisher_es")
    conn.execute("ALTER TABLE events DROP COLUMN citation_es")
    conn.commit()
    conn.close()
    reference = Reference(old)
    try:
        spanish = _sources_text(demo_book, reference, "es")
    finally:
        reference.close()
    assert "Author not named (written weeks after" in spanish
    assert "Computed by BriefingBook from U.S. Census Bureau" in spanish
    assert "Office of the Press Secretary (archived)" in spanish
    assert "Study Group report (2005), Strengthening Competitiveness" in spanish


@pytest.mark.slow
def test_spanish_html_packet_sources(demo_book, reference):
    html = export(demo_book, reference, "es.html", lang="es", profile="staff").read_text(encoding="utf-8")
    text = squash(html.replace("&#x27;", "'"))
    # (the last phrase also opens a demo suggestion in the English-only brief fields, labelled so)
    for phrase in ENGLISH[:-1]:
        assert squash(phrase) not in text
    for phrase in SPANISH[:9]:
        assert squash(phrase) in text
