"""The outline (core/packet.py), DOCX and HTML renderers, safety of the export, the log and the CLI."""

from __future__ import annotations

import re
import zipfile

import pytest
from packet_support import HOSTILE, MARKING, TODAY, export

from briefingbook.core import packet
from briefingbook.core.errors import BriefingBookError


def test_outline_follows_the_book(packet_book, reference):
    outline = packet.build_outline(packet_book, reference, today=TODAY)
    agenda = packet_book.agenda()
    assert [b.title for b in outline.briefs] == [i.title for i in agenda]
    assert outline.countdown == "T-45" and outline.marking == MARKING and outline.sections == packet.DEFAULT_SECTIONS
    assert "checklist" not in outline.sections and "checklist" in packet.SECTIONS
    first = outline.briefs[0]
    assert [f.key for f in first.fields][:2] == ["objectives", "talking_points"]
    points = first.fields[1].blocks
    assert points[0] == packet.Block("bullet", "Raise the office file workflow") and points[1].text == HOSTILE
    rec = first.recommendations[0]
    assert rec.status == "in progress" and rec.notes[0][1].endswith(HOSTILE)
    assert [c.slugs[0] for c in first.charts] == list(reference.issue_area(first.issue_area).key_indicators)
    assert {row.slug for row in outline.annex} == {s.slug for s in reference.series_list()}
    assert outline.checklist.totals.total == len(packet_book.checklist())
    es = packet.build_outline(packet_book, reference, lang="es", sections="briefs, agenda", marking="", today=TODAY)
    assert es.sections == ("agenda", "briefs") and es.marking == ""
    assert (
        es.labels["recommendations"] == "Recomendaciones"
        and es.briefs[0].summary == reference.issue_area(first.issue_area).summary_es
    )


def test_bad_options_are_one_clear_error(packet_book, reference):
    from briefingbook.export import export_packet

    with pytest.raises(packet.PacketError, match="unknown packet section"):
        packet.build_outline(packet_book, reference, sections="briefs,gossip")
    with pytest.raises(packet.PacketError, match="paper"):
        packet.build_outline(packet_book, reference, paper="a3")
    with pytest.raises(packet.PacketError, match="format"):
        export_packet(packet_book, reference, packet_book.path.parent / "x.txt")
    assert not (packet_book.path.parent / "x.txt").exists()


def test_text_blocks():
    assert packet.text_blocks("one\ntwo\n\n- a\n-  b \nthree") == [
        packet.Block("para", "one two"),
        packet.Block("bullet", "a"),
        packet.Block("bullet", "b"),
        packet.Block("para", "three"),
    ]


@pytest.fixture(scope="module")
def docx_path(packet_book, reference, qapp):
    return export(packet_book, reference, "packet.docx", sections="cover,contents,agenda,briefs,checklist")


@pytest.fixture(scope="module")
def html_path(packet_book, reference, qapp):
    return export(packet_book, reference, "packet.html")


@pytest.mark.slow
def test_docx_headings_marking_pictures(docx_path, packet_book):
    import docx

    document = docx.Document(str(docx_path))
    heading1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert heading1 == [item.title for item in packet_book.agenda()]
    section = document.sections[0]
    assert MARKING in section.header.paragraphs[0].text
    assert MARKING in "\n".join(p.text for p in section.footer.paragraphs)
    assert len(document.inline_shapes) >= 20
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert len(captions) == len(document.inline_shapes) and captions[0].startswith("Figure 1. ")
    texts = [p.text for p in document.paragraphs]
    assert HOSTILE in texts and any(t.startswith("Source: ") for t in texts)
    assert len(document.tables) >= 3
    with zipfile.ZipFile(docx_path) as archive:
        assert "<script>" not in archive.read("word/document.xml").decode()


@pytest.mark.slow
def test_html_is_self_contained_and_escaped(html_path, packet_book):
    page = html_path.read_text(encoding="utf-8")
    references = re.findall(r'(?:src|href)\s*=\s*["\']?([^"\'\s>]*)', page, re.IGNORECASE)
    references += re.findall(r"url\(\s*['\"]?([^'\")]*)", page, re.IGNORECASE)
    assert references
    for value in references:
        assert not value.lower().startswith(("http:", "https:", "file:", "//")), value
    images = re.findall(r'<img src="([^"]*)"', page)
    assert len(images) >= 20 and all(v.startswith("data:image/png;base64,") for v in images)
    assert "<script" not in page.lower()
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt; &lt;script&gt;alert(1)&lt;/script&gt;" in page
    for item in packet_book.agenda():
        assert f">{item.title}</h1>" in page
    assert page.count(MARKING) >= 2 and "@media print" in page


def test_export_log_versions_and_failed_export_keeps_old_packet(demo_book, reference, qapp, monkeypatch):
    from briefingbook.export import html

    first = export(demo_book, reference, "brief.html", sections="agenda,annex")
    demo_book.update_agenda_item(demo_book.agenda()[0].id, notes="A change of content")
    second = export(demo_book, reference, "brief.html", sections="agenda,annex", lang="es")
    log = packet.export_log(demo_book)
    assert [e.version for e in log] == [1, 2]
    assert log[1].language == "es" and log[1].sections == ("agenda", "annex") and log[1].file_name == "brief.html"
    import hashlib

    good = second.read_bytes()
    assert log[1].sha256 == hashlib.sha256(good).hexdigest() and first == second
    assert "v2" in second.read_text(encoding="utf-8")

    def broken(outline, charts, path, step=None):
        path.write_text("half a packet")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(html, "render", broken)
    with pytest.raises(BriefingBookError, match="No space left"):
        export(demo_book, reference, "brief.html", sections="agenda")
    with pytest.raises(BriefingBookError):
        export(demo_book, reference, "new.html", sections="agenda")
    assert second.read_bytes() == good
    assert sorted(p.name for p in second.parent.iterdir() if not p.name.startswith("demo.bbook")) == ["brief.html"]
    assert [e.version for e in packet.export_log(demo_book)] == [1, 2]


@pytest.mark.slow
def test_cancel_and_progress(demo_book, reference, qapp):
    seen = []
    with pytest.raises(packet.ExportCancelled):
        export(demo_book, reference, "c.html", progress=lambda d, t: seen.append((d, t)), cancel=lambda: len(seen) >= 3)
    assert not (demo_book.path.parent / "c.html").exists() and packet.export_log(demo_book) == []
    seen.clear()
    export(demo_book, reference, "c.html", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.slow
def test_cli_export(demo_template, tmp_path, capsys):
    import shutil

    from briefingbook.cli import main

    book = tmp_path / "b.bbook"
    shutil.copyfile(demo_template, book)
    assert main(["export", str(book), "-o", str(tmp_path / "p.docx"), "--lang", "es", "--marking", "SOLO USO"]) == 0
    assert capsys.readouterr().out.strip() == f"exported {tmp_path / 'p.docx'} (v1)"
    assert main(["export", str(book), "-o", str(tmp_path / "p.html"), "--sections", "agenda,nope"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("briefingbook: error: unknown packet section(s): nope") and "\n" not in err
    assert main(["export", str(book), "-o", str(tmp_path / "p.odt")]) == 1
    assert not (tmp_path / "p.html").exists() and not (tmp_path / "p.odt").exists()


def test_version_counts_content_not_exports(demo_book, reference, qapp):
    """The same content in another format or language keeps its version; an edit makes the next."""
    export(demo_book, reference, "p.html", sections="agenda")
    export(demo_book, reference, "p.docx", sections="agenda,annex")
    export(demo_book, reference, "p-es.html", sections="agenda", lang="es")
    assert [e.version for e in packet.export_log(demo_book)] == [1, 1, 1]
    demo_book.update_agenda_item(demo_book.agenda()[0].id, notes="New thinking")
    assert packet.next_version(demo_book) == 2
    pdf = export(demo_book, reference, "p.pdf", sections="cover,agenda")
    export(demo_book, reference, "p2.docx", sections="agenda")
    assert [e.version for e in packet.export_log(demo_book)] == [1, 1, 1, 2, 2]
    import subprocess

    cover = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Version v2" in cover
