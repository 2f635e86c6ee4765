"""The PDF packet typeset by Typst: tagged (PDF/UA-1), user text as data, fonts from resources only."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from packet_support import TODAY, export, squash

from briefingbook.core.packet import build_outline
from briefingbook.core.packet_layout import layout
from briefingbook.export.alt_text import chart_alt, number
from briefingbook.export.charts import build_spec

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")

# Typst markup and code in every shape a user could type it: none of it may act.
TYPST_HOSTILE = (
    '#panic("boom") ] [ $x^2$ <label> @ref \\ \\\\ #set page(width: 1cm) *bold* _it_ '
    '= Heading ```raw``` #import "@preview/cetz:0.3.0" // comment /* open'
)


def pdf_text(path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def struct_elements(reader, tag: str) -> list:
    """Every structure element of type ``tag`` in the structure tree, in document order."""
    found = []

    def walk(node) -> None:
        node = node.get_object()
        if node.get("/S") == tag:
            found.append(node)
        kids = node.get("/K")
        if kids is None:
            return
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if hasattr(kid, "get") and "/S" in kid:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


@pytest.fixture(scope="module")
def packets(packet_book, reference, qapp):
    from pypdf import PdfReader

    out = {}
    for lang in ("en", "es"):
        path = export(packet_book, reference, f"tagged-{lang}.pdf", lang=lang, marking="SENSITIVE", profile="staff")
        out[lang] = (path, PdfReader(str(path)))
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang, tag, title", [("en", "en-US", "Briefing packet"), ("es", "es-MX", "Paquete informativo")]
)
def test_tagged_pdf_ua_catalogue(packets, lang, tag, title):
    path, reader = packets[lang]
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == tag
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert "/StructTreeRoot" in root
    assert title in reader.metadata.title and "Cumbre" in reader.metadata.title
    metadata = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert "pdfuaid:part" in metadata  # declared PDF/UA-1 in its XMP metadata
    assert struct_elements(reader, "/H1") and struct_elements(reader, "/Table") and struct_elements(reader, "/TH")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_figure_has_alt_text_from_its_data(packets, packet_book, reference, lang):
    _, reader = packets[lang]
    figures = struct_elements(reader, "/Figure")
    outline = build_outline(packet_book, reference, lang=lang, today=TODAY)
    expected = [chart_alt(build_spec(reference, ref.slugs, lang)) for ref in outline.chart_refs]
    assert len(expected) >= 20
    assert [str(figure["/Alt"]) for figure in figures] == expected
    first = expected[0]
    spec = build_spec(reference, outline.chart_refs[0].slugs, lang)
    years = sorted(
        {
            int(obs.period[:4])
            for slug in outline.chart_refs[0].slugs
            for obs in reference.observations(slug)
            if obs.value is not None
        }
    )
    assert f"{years[0]}–{years[-1]}" in first and spec.unit_label in first
    assert first.startswith("Gráfica de líneas: " if lang == "es" else "Line chart: ")


def test_alt_text_names_series_period_unit_and_latest(reference):
    slug = "us_goods_trade_total_mexico"
    spec = build_spec(reference, [slug], "en")
    observed = sorted((obs.period, obs.value) for obs in reference.observations(slug) if obs.value is not None)
    first, last = observed[0], observed[-1]
    text = chart_alt(spec)
    assert text.startswith(
        f"Line chart: {spec.series[0].label}, {first[0][:4]}–{last[0][:4]}, {spec.unit_label}; rose from "
    )
    assert f"latest {last[0][:4]}" in text
    # the first and last values as the axis reads them (scaled to the unit label)
    assert f"rose from {number(first[1] / spec.scale)} to {number(last[1] / spec.scale)}" in text
    es = chart_alt(build_spec(reference, [slug], "es"))
    assert es.startswith("Gráfica de líneas: ") and "subió de" in es and "último dato" in es


@pytest.mark.slow
def test_bookmarks_and_marking_on_every_page(packets):
    path, reader = packets["es"]
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:2] == ["Resumen de la cumbre", "Cambios desde el último paquete"]
    assert titles[2:5] == ["Panorama", "Agenda", "Programa"]
    for page_no in range(1, len(reader.pages) + 1):
        page = pdf_text(path, page_no)
        assert page.count("SENSITIVE") >= 2, f"page {page_no}: marking at top and bottom"
        assert f"Página {page_no} de {len(reader.pages)}" in " ".join(page.split())


@pytest.mark.slow
def test_fonts_come_from_resources_only(packets):
    path, _ = packets["en"]
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    for row in fonts.strip().splitlines()[2:]:
        assert re.search(r"DejaVuSans|Symbola", row) and " yes yes " in row, row


def test_template_imports_nothing():
    from briefingbook.export.pdf import template_path

    source = template_path().read_text(encoding="utf-8")
    code = "\n".join(line.split("//")[0] for line in source.splitlines())
    assert "@preview" not in code and "#import" not in code and "#include" not in code
    assert "eval(" not in code  # strings are placed as text, never evaluated


@pytest.mark.slow
def test_typst_syntax_in_user_text_is_printed_literally(demo_book, reference, qapp):
    item = demo_book.agenda()[0]
    demo_book.update_agenda_item(
        item.id, title=TYPST_HOSTILE, objectives=TYPST_HOSTILE, talking_points=f"- {TYPST_HOSTILE}\n- second ] point"
    )
    demo_book.update_summit(title="Cumbre ] #panic()", delegation="$ <x> @y")
    path = export(demo_book, reference, "hostile.pdf", sections="cover,contents,agenda,briefs")
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    body = squash(pdf_text(path))
    assert body.count(squash(TYPST_HOSTILE)) >= 4  # cover agenda, contents, agenda table, brief title, fields
    assert squash("Cumbre ] #panic()") in body and squash("$ <x> @y") in body
    # "= Heading" and "#set page(width: 1cm)" did nothing: no new heading, pages keep their size
    assert [item.title for item in reader.outline if not isinstance(item, list)] == ["Agenda", "Briefs"]
    assert {tuple(round(float(v)) for v in page.mediabox[2:]) for page in reader.pages} == {(595, 842)}


@pytest.mark.slow
def test_any_unicode_arabic_in_order_emoji_with_a_glyph_controls_mapped(demo_book, reference, qapp):
    item = demo_book.agenda()[0]
    text = "مرحبا بالعالم then 🌮 ☃ and a\vvertical tab\x0bthen\x00nul\x1b[31m"
    demo_book.update_agenda_item(item.id, notes=text)
    path = export(demo_book, reference, "unicode.pdf", sections="briefs")
    body = pdf_text(path)
    assert "مرحبا بالعالم" in body  # logical order (a reversed run would read "ملاعلاب ابحرم")
    assert "🌮" in body and "☃" in body
    assert "a vertical tab then" in " ".join(body.split())
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Symbola" in fonts  # 🌮 (not in DejaVu) drawn from the bundled monochrome font, not an empty box


def test_layout_is_plain_json_in_packet_order(packet_book, reference):
    outline = build_outline(packet_book, reference, today=TODAY, profile="staff")
    tree, assets = layout(outline)
    assert json.loads(json.dumps(tree)) == tree
    keys = [s["key"] for s in tree["sections"]]
    # The demo's sample principal's book: the arrival's remarks, the bilateral meeting's scenario and memo.
    events = [e.key.removeprefix("event") for e in outline.events_in_order]
    assert len(events) == 2
    assert keys[:6] == ["overview", "changes", "scene", "agenda", "program", "events"]
    assert keys[6:13] == [
        f"event{events[0]}",
        next(k for k in keys if k.startswith("remarks")),
        f"event{events[1]}",
        f"scenario{events[1]}",
        f"memo{events[1]}",
        "briefs",
        outline.briefs[0].key,
    ]
    keys = keys[12:]
    assert keys[: len(outline.briefs)] == [b.key for b in outline.briefs]
    assert keys[len(outline.briefs) :] == [
        "people",
        "press",
        "deliverables",
        "checklist",
        "open_items",
        "readiness",
        "annex",
        "sources",
    ]
    kinds = {b["t"] for s in tree["sections"] for b in s["blocks"]}
    assert {"table", "figure", "list", "h2", "p"} <= kinds


@pytest.mark.slow
def test_side_by_side_with_a_very_long_field(demo_book, reference, qapp):
    """reportlab died (LayoutError) past ~380 words in one side-by-side field; Typst breaks the row."""
    item = demo_book.agenda()[0]
    words = " ".join(f"word{n}" for n in range(2500))
    demo_book.update_agenda_item(item.id, objectives=words + " FINAL")
    path = export(demo_book, reference, "both-long.pdf", lang="both", sections="briefs")
    body = pdf_text(path)
    assert "word1999" in body and "FINAL" in body


def test_a_section_that_only_says_it_is_empty_does_not_take_a_page(packet_book, reference):
    # The principal's book leaves out unanswered press questions: the demo's Press section then
    # only says none is written, and follows the bios instead of filling a page with one line.
    outline = build_outline(packet_book, reference, today=TODAY, profile="principal")
    tree, _ = layout(outline)
    sections = {s["key"]: s for s in tree["sections"]}
    press = sections["press"]
    assert [b["t"] for b in press["blocks"]] == ["prompt"]
    assert press["new_page"] is False
    # Sections with content still start on a page of their own.
    assert sections["people"]["new_page"] is True and sections["briefs"]["new_page"] is True
    assert sections["deliverables"]["new_page"] is True
