"""A packet in one language says everything in it: the brief's text in that language where written,
the other language's text labelled where only that exists, and every fixed string translated."""

from __future__ import annotations

import subprocess

import docx
import pytest
from packet_support import TODAY, export, squash

from briefingbook.core import bilingual
from briefingbook.core.packet import LABELS, build_outline


@pytest.fixture
def half_translated(demo_book):
    item = demo_book.agenda()[3]
    demo_book.update_agenda_item(
        item.id,
        objectives="Reach a joint statement on legal pathways",
        talking_points="- Raise: resume the senior-level dialogue",
    )
    bilingual.set_texts(
        demo_book,
        item.id,
        "es",
        title="Migración ordenada",
        talking_points="- Plantear: reanudar el diálogo de alto nivel",
    )
    return demo_book, item


def test_spanish_outline_uses_spanish_text_and_labels_english_only_fields(half_translated, reference):
    book, item = half_translated
    outline = build_outline(book, reference, lang="es", today=TODAY)
    brief = outline.briefs[3]
    assert brief.title == "Migración ordenada" and outline.agenda[3].title == "Migración ordenada"
    fields = {f.key: f for f in brief.fields}
    assert [b.text for b in fields["talking_points"].blocks] == ["Plantear: reanudar el diálogo de alto nivel"]
    assert fields["talking_points"].note == ""
    assert [b.text for b in fields["objectives"].blocks] == ["Reach a joint statement on legal pathways"]
    assert (fields["objectives"].lang, fields["objectives"].note) == ("en", "(solo en inglés)")
    assert fields["notes"].blocks == [] and fields["notes"].note == ""  # written in neither: "Aún sin redactar."
    # the English packet of the same book is unchanged
    english = {f.key: f for f in build_outline(book, reference, lang="en", today=TODAY).briefs[3].fields}
    assert english["talking_points"].blocks[0].text == "Raise: resume the senior-level dialogue"
    assert english["objectives"].note == ""


def test_mirror_for_an_english_packet_of_a_spanish_book(demo_book, reference):
    demo_book.update_summit(language="es")
    item = demo_book.agenda()[0]
    demo_book.update_agenda_item(item.id, objectives="Acordar una declaración conjunta")
    fields = {f.key: f for f in build_outline(demo_book, reference, lang="en", today=TODAY).briefs[0].fields}
    assert fields["objectives"].note == "(Spanish only)" and fields["objectives"].lang == "es"
    assert fields["objectives"].blocks[0].text == "Acordar una declaración conjunta"


@pytest.mark.slow
def test_all_three_formats_print_the_spanish_text_and_the_label(half_translated, reference, qapp):
    book, _ = half_translated
    pdf = export(book, reference, "es.pdf", lang="es", sections="agenda,briefs,sources")
    body = squash(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)
    for text in (
        "Migración ordenada",
        "Plantear: reanudar el diálogo de alto nivel",
        "(solo en inglés)",
        "Reach a joint statement on legal pathways",
        "Aún sin redactar.",
    ):
        assert squash(text) in body, text
    assert squash("Raise: resume the senior-level dialogue") not in body
    html = export(book, reference, "es.html", lang="es", sections="briefs").read_text(encoding="utf-8")
    assert "Plantear: reanudar el diálogo de alto nivel" in html and "(solo en inglés)" in html
    assert '<div lang="en">' in html and "Raise: resume" not in html
    document = docx.Document(str(export(book, reference, "es.docx", lang="es", sections="briefs")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Plantear: reanudar el diálogo de alto nivel" in text and "(solo en inglés)" in text
    assert "Raise: resume" not in text


def test_every_label_exists_in_both_languages():
    assert set(LABELS["en"]) == set(LABELS["es"])
    assert all(LABELS["es"][key] for key in LABELS["es"])
