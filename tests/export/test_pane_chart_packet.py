"""The chart chosen in the Charts pane (saved in the book) is printed in the packet's indicator
annex with its transformation, range, log scale and events; the briefs' key charts stay levels."""

from __future__ import annotations

import re
import zipfile

import pytest
from packet_support import TODAY, export, pdftotext, squash

from briefingbook.core import chart_selection
from briefingbook.core.catalog import SeriesCatalog
from briefingbook.core.chart_selection import ChartSelection
from briefingbook.core.packet import ChartRef, PacketError, build_outline
from briefingbook.export import render_charts

# U.S. goods trade with Mexico as published (U.S. Census Bureau), the values the test computes from.
IMPORTS_2003, IMPORTS_2004 = 138059990668.0, 155901520879.0  # MEX_TO_USA
EXPORTS_2003, EXPORTS_2004 = 97411793347.0, 110731284870.0  # USA_TO_MEX
NAME_EN = "% change from a year ago"
NAME_ES = "% de cambio respecto a un año antes"


@pytest.fixture
def yoy_book(demo_book):
    chart_selection.save(
        demo_book, ChartSelection(series=["us_goods_trade_mexico"], transform="pct_yoy", period_from="1995")
    )
    return demo_book


@pytest.mark.slow  # draws every chart of the staff packet
def test_the_outline_carries_the_saved_selection_and_the_values_are_transformed(yoy_book, reference, qapp):
    outline = build_outline(yoy_book, reference, today=TODAY, profile="staff")  # the annex is in the staff book
    assert outline.pane_charts == [ChartRef("annex-chart1", ("us_goods_trade_mexico",), "pct_yoy", "1995", "", False)]
    assert outline.chart_refs[-1] is outline.pane_charts[0]
    brief_refs = [ref for ref in outline.chart_refs if ref.key.startswith("brief")]
    assert brief_refs and all(ref.transform == "level" for ref in brief_refs)
    charts = render_charts(outline, SeriesCatalog(reference, yoy_book))
    spec = charts["annex-chart1"].spec
    assert spec.transform == "pct_yoy" and spec.unit == "percent" and spec.transform_name == NAME_EN
    lines = {line.country: line for line in spec.series}
    imports, exports = lines["MEX_TO_USA"], lines["USA_TO_MEX"]
    assert imports.periods[0] == "1995"  # the saved range
    at = imports.periods.index("2004")
    assert imports.values[at] == pytest.approx((IMPORTS_2004 / IMPORTS_2003 - 1) * 100)
    assert imports.values[at] == pytest.approx(12.9230, abs=1e-4)
    at = exports.periods.index("2004")
    assert exports.values[at] == pytest.approx(13.6734, abs=1e-4)
    # The brief's chart of the same series is drawn in levels (USD).
    brief_chart = next(charts[ref.key].spec for ref in brief_refs if ref.slugs == ("us_goods_trade_mexico",))
    assert brief_chart.transform == "level" and brief_chart.unit == "usd"


def test_no_saved_selection_no_pane_chart_and_no_annex_no_pane_chart(demo_book, reference):
    assert chart_selection.load(demo_book) is None
    assert build_outline(demo_book, reference, today=TODAY, sections="overview,annex").pane_charts == []
    chart_selection.save(demo_book, ChartSelection(series=["us_goods_trade_mexico", "population"], transform="ma:3"))
    outline = build_outline(demo_book, reference, today=TODAY, sections="overview,annex")
    assert [(ref.slugs, ref.transform) for ref in outline.pane_charts] == [
        (("us_goods_trade_mexico",), "ma:3"),
        (("population",), "ma:3"),
    ]  # one chart per unit, as the pane stacks them
    assert build_outline(demo_book, reference, today=TODAY, sections="overview,briefs").pane_charts == []


def test_pdf_docx_html_name_the_transformation_in_caption_source_and_alt_text(yoy_book, reference, qapp):
    from pypdf import PdfReader
    from test_pdf_typst import struct_elements

    done = f"transformation: {NAME_EN}, computed by BriefingBook"
    pdf = export(yoy_book, reference, "yoy.pdf", sections="overview,annex")
    text = squash(pdftotext(pdf))
    assert squash("Chart as chosen in the Charts pane") in text
    assert squash(f"U.S. goods trade with Mexico — {NAME_EN} (%); latest 2023") in text  # caption: title (unit)
    assert squash(done) in text  # the source line
    figures = struct_elements(PdfReader(str(pdf)), "/Figure")
    assert len(figures) == 1 and done in str(figures[0]["/Alt"]) and NAME_EN in str(figures[0]["/Alt"])

    docx = export(yoy_book, reference, "yoy.docx", sections="overview,annex")
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    descr = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', xml)
    assert len(descr) == 1 and done in descr[0]
    assert "Chart as chosen in the Charts pane" in xml and f"{done}</w:t>" in xml.replace("&amp;", "&")

    html = export(yoy_book, reference, "yoy.html", sections="overview,annex").read_text("utf-8")
    alts = re.findall(r'<img [^>]*alt="([^"]*)"', html)
    assert len(alts) == 1 and done in alts[0]
    assert f"Mexico — {NAME_EN} (%); latest" in re.search(r"<figcaption>(.*?)</figcaption>", html).group(1)
    assert f"{done}</p>" in html


def test_spanish_packet_names_it_in_spanish(yoy_book, reference, qapp):
    pdf = export(yoy_book, reference, "yoy-es.pdf", lang="es", sections="overview,annex")
    text = squash(pdftotext(pdf))
    assert squash("Gráfica como se eligió en el panel de gráficas") in text
    assert squash(f"transformación: {NAME_ES}, calculada por BriefingBook") in text


def test_log_scale_and_events_off_are_kept(demo_book, reference, qapp):
    chart_selection.save(demo_book, ChartSelection(series=["us_goods_trade_mexico"], log_y=True, events=False))
    outline = build_outline(demo_book, reference, today=TODAY, sections="annex")
    spec = render_charts(outline, SeriesCatalog(reference, demo_book))["annex-chart1"].spec
    assert (
        spec.log_y
        and spec.events == []
        and spec.caption.startswith("U.S. goods trade with Mexico (USD billions); log scale")
    )
    from briefingbook.export.alt_text import chart_alt

    assert "logarithmic scale" in chart_alt(spec)


def test_a_selection_that_cannot_be_drawn_stops_the_export_with_one_sentence(demo_book, reference, qapp):
    chart_selection.save(demo_book, ChartSelection(series=["us_goods_trade_mexico"], transform="index:1900"))
    target = demo_book.path.parent / "bad.html"
    with pytest.raises(PacketError, match=r"^the chart chosen in the Charts pane cannot be drawn \(.*1900"):
        export(demo_book, reference, "bad.html", sections="annex")
    assert not target.exists()


def test_caption_names_the_transformation_once(reference):
    from briefingbook.export.charts import build_spec

    spec = build_spec(reference, ["us_goods_trade_mexico"], transform="pct_yoy")
    assert spec.caption.startswith(f"U.S. goods trade with Mexico — {NAME_EN} (%); latest 2023")
    spec = build_spec(reference, ["us_goods_trade_mexico"], transform="index:2000")
    assert spec.caption.startswith("U.S. goods trade with Mexico — index, 2000 = 100; latest 2023")
    spec = build_spec(reference, ["us_goods_trade_mexico"])
    assert spec.caption.startswith("U.S. goods trade with Mexico (USD billions); latest 2023")
