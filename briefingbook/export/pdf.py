"""The packet as PDF (reportlab platypus).

Why reportlab rather than Qt's QPdfWriter: reportlab gives, in one library, a table of contents
with page numbers resolved over several layout passes (``multiBuild``), PDF bookmarks
(``addOutlineEntry``), headings kept with what follows them, tables that split across pages
with their header row repeated, and TrueType fonts embedded as subsets. Its text comes out of
``pdftotext`` as plain characters (it does no ligature shaping), so copy and search work.
QTextDocument would need a second PDF library for bookmarks and a hand-made TOC pass.

Layout: a cover page, then contents, then each section; every brief starts on a new page.
Every page carries the marking banner at top and bottom (when set), a footer with the packet
title, version and "Page X of Y" (Y is a form drawn once the page count is known), and the
optional DRAFT watermark. Fonts: DejaVu Sans (bundled under resources/fonts, embedded).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, Image, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.tableofcontents import TableOfContents

from briefingbook.core.packet import Block, PacketOutline, paired_rows, zone_city
from briefingbook.core.packet_changes import ChangeLine
from briefingbook.export.charts import PRINT_HEIGHT_CM as CHART_HEIGHT_CM
from briefingbook.export.charts import PRINT_WIDTH_CM as CHART_WIDTH_CM
from briefingbook.export.charts import RenderedChart

FONT = "BBSans"
NAVY = colors.HexColor("#1F3A5F")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#E8EDF3")
RULE = colors.HexColor("#B8C4D2")
MARKING_RED = colors.HexColor("#A11D1D")
# Word diffs in the changes section: removed words struck through, added words underlined, so
# they read in black-and-white print too; the colours only help on screen and in colour print.
REMOVED_COLOR = "#A11D1D"
ADDED_COLOR = "#1B6B3A"
PAPER_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 2.0 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.4 * cm
TOTAL_FORM = "bbPageTotal"



def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, italic, bold italic) once; reportlab embeds subsets."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    from reportlab.lib.fonts import addMapping

    from briefingbook.resources import resource_path

    faces = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
             f"{FONT}-Italic": "DejaVuSans-Oblique.ttf", f"{FONT}-BoldItalic": "DejaVuSans-BoldOblique.ttf"}
    for name, file_name in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("resources", "fonts", file_name))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, f"{FONT}-Bold")
    addMapping(FONT, 0, 1, f"{FONT}-Italic")
    addMapping(FONT, 1, 1, f"{FONT}-BoldItalic")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, bulletFontName=FONT, fontSize=9.5, leading=13.2, spaceAfter=4,
                          textColor=colors.black)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=GREY, spaceAfter=3),
        "meta": ParagraphStyle("meta", parent=base, fontSize=8.5, leading=11, textColor=GREY, spaceAfter=8),
        "prompt": ParagraphStyle("prompt", parent=base, fontName=f"{FONT}-Italic", textColor=GREY),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=14, bulletIndent=3, spaceAfter=2),
        "h1": ParagraphStyle("h1", parent=base, fontName=f"{FONT}-Bold", fontSize=17, leading=21, textColor=NAVY,
                             spaceBefore=0, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=f"{FONT}-Bold", fontSize=11.5, leading=14.5,
                             textColor=NAVY, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=f"{FONT}-Bold", fontSize=9.5, leading=12.5,
                             spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "caption": ParagraphStyle("caption", parent=base, fontName=f"{FONT}-Bold", fontSize=9, leading=11.5,
                                  spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.3, spaceAfter=0),
        "diff": ParagraphStyle("diff", parent=base, fontSize=8.8, leading=12, leftIndent=26, spaceAfter=1),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=f"{FONT}-Bold", fontSize=8.3, leading=10.3,
                                   spaceAfter=0, textColor=colors.white),
        "cover_kicker": ParagraphStyle("cover_kicker", parent=base, fontName=f"{FONT}-Bold", fontSize=12,
                                       leading=15, textColor=NAVY, spaceAfter=10),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontName=f"{FONT}-Bold", fontSize=26,
                                      leading=31, textColor=NAVY, spaceAfter=14),
        "cover_line": ParagraphStyle("cover_line", parent=base, fontSize=12, leading=16, spaceAfter=4),
        "cover_marking": ParagraphStyle("cover_marking", parent=base, fontName=f"{FONT}-Bold", fontSize=12,
                                        leading=15, alignment=TA_CENTER, textColor=MARKING_RED),
        "toc0": ParagraphStyle("toc0", parent=base, fontName=f"{FONT}-Bold", fontSize=10.5, leading=15,
                               leftIndent=0, firstLineIndent=0, spaceBefore=5),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=9.5, leading=13, leftIndent=16, firstLineIndent=0),
    }


def p(text: str, style: ParagraphStyle, **kwargs) -> Paragraph:
    """A Paragraph of plain text: reportlab parses markup, so everything is escaped here."""
    return Paragraph(escape(text), style, **kwargs)


def diff_markup(parts) -> str:
    """One line of a word diff as Paragraph markup (every text escaped): removed words struck
    through, added words underlined, left-out unchanged text as a grey ellipsis."""
    out = []
    for part in parts:
        text = escape(part.text)
        if part.kind == "removed":
            out.append(f'<strike><font color="{REMOVED_COLOR}">{text}</font></strike>')
        elif part.kind == "added":
            out.append(f'<u><font color="{ADDED_COLOR}">{text}</font></u>')
        elif part.kind == "gap":
            out.append(f'<font color="#555555">{text}</font>')
        else:
            out.append(text)
    return "".join(out)


class _Anchor(Flowable):
    """Zero-size flowable that carries TOC entries and bookmarks for the heading after it."""

    def __init__(self, entries: list[tuple[int, str, str]]) -> None:
        super().__init__()
        self.entries = entries  # (level, text, key)
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        pass


class _Heading(Paragraph):
    """A heading that registers itself in the TOC and the PDF outline when placed."""

    def __init__(self, text: str, style: ParagraphStyle, entries: list[tuple[int, str, str]]) -> None:
        super().__init__(escape(text), style)
        self.entries = entries  # (level, text, key): outline entries placed at this heading's page


class _Doc(BaseDocTemplate):
    def __init__(self, filename, outline: PacketOutline, **kwargs) -> None:
        super().__init__(filename, **kwargs)
        self.packet = outline

    def afterFlowable(self, flowable) -> None:
        entries = getattr(flowable, "entries", None)
        if not entries:
            return
        for level, text, key in entries:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)
            # The contents page parses its entries as markup: escape them ("Press Q&A", user titles).
            self.notify("TOCEntry", (level, escape(text), self.page, key))


class _Canvas(Canvas):
    """Draws the total page count into the form every footer refers to, once it is known."""

    def __init__(self, *args, **kwargs) -> None:
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT  # else Helvetica is referenced, unembedded
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        total = self.getPageNumber() - (0 if self._code else 1)
        self.beginForm(TOTAL_FORM)
        self.setFont(FONT, 7.5)
        self.setFillColor(GREY)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def _decorate(canvas: Canvas, doc: _Doc) -> None:
    outline = doc.packet
    labels = outline.labels
    width, height = doc.pagesize
    canvas.saveState()
    if outline.draft:
        canvas.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.35))
        canvas.setFont(f"{FONT}-Bold", 96)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -30, labels["draft"])
        canvas.rotate(-45)
        canvas.translate(-width / 2, -height / 2)
    if outline.marking:
        canvas.setFillColor(MARKING_RED)
        canvas.setFont(f"{FONT}-Bold", 9)
        canvas.drawCentredString(width / 2, height - 1.15 * cm, outline.marking)
        canvas.drawCentredString(width / 2, 0.85 * cm, outline.marking)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, MARGIN_BOTTOM - 0.55 * cm, width - MARGIN_X, MARGIN_BOTTOM - 0.55 * cm)
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, 7.5)
    y = MARGIN_BOTTOM - 0.95 * cm
    left = f"{outline.title} · {labels['packet']} {outline.version_label}"
    if outline.draft:
        left += f" · {labels['draft']}"
    canvas.drawString(MARGIN_X, y, left)
    # "Page X of " + the total-pages form, right-aligned with room for up to four digits.
    prefix = labels["page_of"].format(page=doc.page, pages="").rstrip() + " "
    total_width = pdfmetrics.stringWidth("0000", FONT, 7.5)
    x = width - MARGIN_X - total_width - pdfmetrics.stringWidth(prefix, FONT, 7.5)
    canvas.drawString(x, y, prefix)
    canvas.saveState()
    canvas.translate(x + pdfmetrics.stringWidth(prefix, FONT, 7.5), y)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()
    canvas.restoreState()


def _cover_band(canvas: Canvas, doc: _Doc) -> None:
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, height - 6.2 * cm, width, 3.2 * cm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(f"{FONT}-Bold", 20)
    canvas.drawString(MARGIN_X, height - 4.4 * cm, doc.packet.labels["packet"])
    canvas.setFont(FONT, 11)
    canvas.drawString(MARGIN_X, height - 5.3 * cm, f"{doc.packet.labels['version']} {doc.packet.version_label}"
                      f" · {doc.packet.labels['prepared']} {doc.packet.prepared.isoformat()}")
    canvas.restoreState()
    _decorate(canvas, doc)


class _Builder:
    def __init__(self, outline: PacketOutline, charts: dict[str, RenderedChart], width: float) -> None:
        self.o = outline
        self.labels = outline.labels
        self.charts = charts
        self.width = width
        self.s = _styles()
        self.story: list = []
        self.figure = 0

    # -- helpers ---------------------------------------------------------------------------
    def heading(self, text: str, level: int, key: str, outline_level: int | None = None,
                extra: list[tuple[int, str, str]] | None = None) -> None:
        entries = list(extra or [])
        entries.append((level if outline_level is None else outline_level, text, key))
        self.story.append(_Heading(text, self.s["h1"], entries))

    def blocks(self, blocks: list[Block]) -> None:
        if not blocks:
            self.story.append(p(self.labels["not_written"], self.s["prompt"]))
        for block in blocks:
            if block.kind == "bullet":
                self.story.append(Paragraph(escape(block.text), self.s["bullet"], bulletText="•"))
            else:
                self.story.append(p(block.text, self.s["body"]))

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], numeric: set[int] = frozenset(),
              highlight: list[int] | None = None) -> Table:
        data = [[p(h, self.s["cellhead"]) for h in header]]
        for row in rows:  # a cell is plain text (escaped here) or a Flowable built with escaped text
            data.append([v if isinstance(v, Flowable) else p(str(v), self.s["cell"]) for v in row])
        table = Table(data, colWidths=[w * self.width for w in widths], repeatRows=1, hAlign="LEFT")
        style = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),  # the default (Helvetica) would be referenced unembedded
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ]
        for col in numeric:
            style.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
        for row in highlight or []:
            style.append(("TEXTCOLOR", (0, row + 1), (-1, row + 1), MARKING_RED))
        table.setStyle(TableStyle(style))
        return table

    # -- sections --------------------------------------------------------------------------
    def cover(self) -> None:
        o, s = self.o, self.s
        self.story.append(Spacer(1, 5.2 * cm))
        self.story.append(p(o.title, s["cover_title"]))
        for label, value in o.overview:
            if value and label not in (self.labels["version"], self.labels["prepared"], self.labels["marking"],
                                       self.labels["agenda_items"]):
                self.story.append(Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", s["cover_line"]))
        self.story.append(Spacer(1, 1.2 * cm))
        if self.o.has("agenda") or self.o.has("briefs"):
            self.story.append(p(self.labels["agenda"], s["cover_kicker"]))
            for row in o.agenda:
                self.story.append(Paragraph(f"{row.number}. {escape(row.title)}", s["body"]))
        if o.marking:
            self.story.append(Spacer(1, 1 * cm))
            self.story.append(p(o.marking, s["cover_marking"]))
        self.story.append(NextPageTemplate("body"))
        self.story.append(PageBreak())

    def contents(self) -> None:
        self.story.append(p(self.labels["contents"], self.s["h1"]))
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.s["toc0"], self.s["toc1"]]
        toc.tableStyle = TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        self.story.append(toc)
        self.story.append(PageBreak())

    def overview(self) -> None:
        self.heading(self.labels["overview"], 0, "overview")
        rows = [[label, value] for label, value in self.o.overview if value]
        self.story.append(self.table([self.labels["title"], self.o.title], rows, [0.28, 0.72]))
        self.story.append(Spacer(1, 10))

    def changes(self) -> None:
        """What changed since the previous packet (issue 10), right after the overview."""
        s, summary = self.s, self.o.changes
        self.heading(summary.heading, 0, "changes")
        if summary.compared:
            self.story.append(p(summary.compared, s["meta"]))
        if summary.message:
            self.story.append(p(summary.message, s["prompt"]))
        if summary.legend:
            self.story.append(p(summary.legend, s["small"]))
        for group in summary.groups:
            self.story.append(p(group.heading, s["h2"]))
            for line in group.lines:
                self.change_line(line)

    def change_line(self, line: ChangeLine) -> None:
        text = f"<b>{escape(line.subject)}</b>" + (f" {escape(line.context)}" if line.context else "") + \
            (f": {escape(line.detail)}" if line.detail else "")
        head = Paragraph(text, self.s["bullet"], bulletText="•")
        diffs = [Paragraph(diff_markup(parts), self.s["diff"]) for parts in line.diff]
        if diffs:
            self.story.append(KeepTogether([head, diffs[0]]))
            self.story.extend(diffs[1:])
            self.story.append(Spacer(1, 3))
        else:
            self.story.append(head)

    def agenda(self) -> None:
        self.heading(self.labels["agenda"], 0, "agenda")
        if not self.o.agenda:
            self.story.append(p(self.labels["agenda_empty"], self.s["prompt"]))
        else:
            L = self.labels
            rows = [[str(r.number), r.title, r.issue_title, r.priority, r.status] for r in self.o.agenda]
            self.story.append(self.table([L["no"], L["title"], L["issue_area"], L["priority"], L["status"]], rows,
                                         [0.07, 0.38, 0.29, 0.12, 0.14], numeric={0}))
        self.story.append(PageBreak())

    def brief(self, brief, first: bool) -> None:
        L, s = self.labels, self.s
        extra = [(0, L["briefs"], "briefs")] if first else []
        self.heading(brief.title, 1, brief.key, outline_level=1, extra=extra)
        self.story.append(p(brief.meta, s["meta"]))
        if self.o.bilingual:
            self.bilingual_body(brief)
            return
        self.story.append(p(L["background"], s["h2"]))
        if brief.summary:
            self.story.append(p(brief.summary, s["body"]))
            self.story.append(p(f"{L['cited']}: {brief.summary_citation}", s["small"]))
        else:
            self.story.append(p(L["custom_item"], s["prompt"]))
        if brief.since_then:
            self.story += [p(brief.since_then_heading, s["h2"]), p(brief.since_then, s["body"])]
            self.story += [p(line, s["small"]) for line in brief.since_then_sources]
        for f in brief.fields:
            self.story.append(p(f.heading, s["h2"]))
            self.blocks(f.blocks)
        if brief.issue_area:
            self.story.append(p(L["recommendations"], s["h2"]))
            if not brief.recommendations:
                self.story.append(p(L["no_recommendations"], s["prompt"]))
            for rec in brief.recommendations:
                part = [p(rec.title, s["h3"]), p(rec.summary, s["body"]),
                        p(f"{L['cited']}: {rec.citation} · {L['our_status']}: {rec.status}", s["small"])]
                for day, note in rec.notes:
                    part.append(Paragraph(f"{day.isoformat()}: {escape(note)}", s["bullet"], bulletText="•"))
                self.story.append(KeepTogether(part))
        if brief.outlooks:
            self.story.append(p(L["outlook"], s["h2"]))
            for outlook in brief.outlooks:
                self.story.append(p(outlook.summary, s["body"]))
                self.story.append(p(f"{L['cited']}: {outlook.citation}", s["small"]))
        if brief.charts:
            self.story.append(CondPageBreak(CHART_HEIGHT_CM * cm + 3 * cm))
            self.story.append(p(L["key_charts"], s["h2"]))
            for ref in brief.charts:
                self.chart(self.charts[ref.key])
        self.story.append(PageBreak())

    def bilingual_body(self, brief) -> None:
        """English and Spanish side by side, row by row; charts once below."""
        s = self.s
        index = self.o.briefs.index(brief)
        other = self.o.parallel[index]
        styles = {"h": s["h3"], "p": s["body"], "small": s["small"], "prompt": s["prompt"]}

        def cell(parts):
            out = []
            for style, text in parts:
                if style == "bullet":
                    out.append(Paragraph(escape(text), s["bullet"], bulletText="•"))
                else:
                    out.append(p(text, styles[style]))
            return out

        head = [[p(brief.title, s["h3"]), p(other.title, s["h3"])]]
        rows = head + [[cell(a), cell(b)] for a, b in paired_rows(self.o, index)]
        half = self.width / 2
        table = Table(rows, colWidths=[half, half], repeatRows=1, splitByRow=True)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
            ("LINEAFTER", (0, 0), (0, -1), 0.25, colors.HexColor("#BBBBBB")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF5")),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]))
        self.story.append(table)
        if brief.charts:
            self.story.append(CondPageBreak(CHART_HEIGHT_CM * cm + 3 * cm))
            self.story.append(p(self.labels["key_charts"], s["h2"]))
            for ref in brief.charts:
                self.chart(self.charts[ref.key])
        self.story.append(PageBreak())

    def chart(self, chart: RenderedChart) -> None:
        self.figure += 1
        s, spec = self.s, chart.spec
        image = Image(io.BytesIO(chart.png), width=CHART_WIDTH_CM * cm, height=CHART_HEIGHT_CM * cm)
        part = [p(f"{self.labels['figure']} {self.figure}. {spec.caption}", s["caption"]), image]
        if spec.events:
            events = "; ".join(f"{n}: {e.label}" for n, e in enumerate(spec.events, start=1))
            part.append(p(f"{self.labels['events']}: {events}", s["small"]))
        for line in spec.source_lines:
            part.append(p(line, s["small"]))
        part.append(Spacer(1, 6))
        self.story.append(KeepTogether(part))

    def checklist(self) -> None:
        L, s = self.labels, self.s
        self.heading(L["checklist"], 0, "checklist")
        status = self.o.checklist
        if status is None:
            self.story.append(p(L["no_checklist"], s["prompt"]))
            self.story.append(PageBreak())
            return
        head = [L["done"], L["open"], L["overdue"], L["total"]]
        for title, rows, first in ((L["by_phase"], status.by_phase, L["phase"]),
                                   (L["by_owner"], status.by_owner, L["owner"])):
            self.story.append(p(title, s["h2"]))
            data = [[r.name, r.done, r.open, r.overdue, r.total] for r in rows]
            if title == L["by_phase"]:
                t = status.totals
                data.append([t.name, t.done, t.open, t.overdue, t.total])
            self.story.append(self.table([first, *head], data, [0.52, 0.12, 0.12, 0.12, 0.12], numeric={1, 2, 3, 4}))
        self.story.append(p(L["open_items"], s["h2"]))
        if not status.not_done:
            self.story.append(p(L["all_done"], s["prompt"]))
        else:
            rows = [[line.due.isoformat(), line.title, line.owner, line.status] for line in status.not_done]
            overdue = [i for i, line in enumerate(status.not_done) if line.overdue]
            self.story.append(self.table([L["due"], L["item"], L["owner"], L["status"]], rows,
                                         [0.14, 0.52, 0.2, 0.14], highlight=overdue))
        self.story.append(PageBreak())

    def annex(self) -> None:
        L = self.labels
        self.heading(L["annex"], 0, "annex")
        rows = [[r.name, r.unit, r.latest, r.year] for r in self.o.annex]
        self.story.append(self.table([L["series"], L["unit"], L["latest"], L["year"]], rows,
                                     [0.43, 0.25, 0.22, 0.10], numeric={2, 3}))
        self.story.append(PageBreak())

    def sources(self) -> None:
        L, s = self.labels, self.s
        self.heading(L["sources"], 0, "sources")
        self.story.append(p(L["reference_content"], s["h2"]))
        self.story.append(p(self.o.reference_line, s["body"]))
        for note in self.o.not_in_reference:
            self.story.append(p(note, s["body"]))
        self.story.append(p(L["documents"], s["h2"]))
        for doc in self.o.documents:
            self.story.append(p(doc.text, s["body"]))
        self.story.append(p(L["series_sources"], s["h2"]))
        for src in self.o.series_sources:
            self.story.append(KeepTogether([p(src.name, s["h3"]), p(src.line, s["small"]), p(src.citation, s["small"])]))
        if self.o.events and self.o.has("briefs"):
            self.story.append(p(L["events"], s["h2"]))
            for text in self.o.events.values():
                self.story.append(p(text, s["small"]))

    # -- program, who's who, deliverables, press Q&A (issue 11) ----------------------------
    def _cell(self, parts: list[tuple[str, str]]) -> Paragraph:
        """A table cell of several lines; each part is (plain text, style: "b", "i", "small", "red" or "")."""
        lines = []
        for text, style in parts:
            if not text:
                continue
            text = escape(text)
            if style == "b":
                text = f"<b>{text}</b>"
            elif style == "i":
                text = f'<i><font color="#555555">{text}</font></i>'
            elif style == "small":
                text = f'<font size="7.5" color="#555555">{text}</font>'
            elif style == "red":
                text = f'<font color="#A11D1D"><b>{text}</b></font>'
            lines.append(text)
        return Paragraph("<br/>".join(lines), self.s["cell"])

    def program(self) -> None:
        L, s = self.labels, self.s
        self.heading(L["program"], 0, "program")
        if not self.o.program:
            self.story.append(p(L["no_program"], s["prompt"]))
        summit_zone, home_zone = self.o.zones
        header = [L["local_time"].format(zone=zone_city(summit_zone)), L["home_time"].format(zone=zone_city(home_zone)), L["event"],
                  L["participants"]]
        if self.o.program:
            self.story.append(p(L["zones_note"].format(summit=summit_zone, home=home_zone), s["meta"]))
        for day in self.o.program:
            self.story.append(p(day.heading, s["h2"]))
            rows = []
            for r in day.rows:
                where = " · ".join(part for part in (r.kind, r.place) if part)
                covers = f"{L['covers']}: {r.agenda}" if r.agenda else ""
                event = self._cell([(r.title, "b"), (where, ""), (covers, "small"), (r.notes, "i"),
                                    (r.conflict, "red")])
                who = self._cell([(name, "") for name in r.participants.split("; ")])
                local, _, local_zone = r.local_time.rpartition(" ")
                home, _, home_abbr = r.home_time.rpartition(" ")
                rows.append([self._cell([(local, "b"), (local_zone, "small")]),
                             self._cell([(home, ""), (home_abbr, "small")]), event, who])
            self.story.append(self.table(header, rows, [0.15, 0.15, 0.40, 0.30]))
        self.story.append(PageBreak())

    def people(self) -> None:
        from reportlab.lib.utils import ImageReader

        L, s = self.labels, self.s
        self.heading(L["people"], 0, "people")
        if not self.o.people:
            self.story.append(p(L["no_people"], s["prompt"]))
        for group in self.o.people:
            self.story.append(p(group.side, s["h2"]))
            for person in group.people:
                text = [p(person.name, s["h3"])]
                line = " · ".join(x for x in (person.title, person.organisation) if x)
                if line:
                    text.append(p(line, s["body"]))
                if person.role:
                    text.append(p(f"{L['role']}: {person.role}", s["small"]))
                if person.pronunciation:
                    text.append(p(f"{L['pronunciation']}: {person.pronunciation}", s["small"]))
                for key, blocks in (("bio", person.bio), ("talking_notes", person.talking_notes)):
                    if blocks:
                        text.append(p(L[key], s["caption"]))
                        for block in blocks:
                            text.append(Paragraph(escape(block.text), s["bullet"], bulletText="•")
                                        if block.kind == "bullet" else p(block.text, s["body"]))
                if person.photo:
                    width, height = ImageReader(io.BytesIO(person.photo)).getSize()
                    shown = 2.4 * cm
                    image = Image(io.BytesIO(person.photo), width=shown, height=min(shown * height / width, 3.4 * cm))
                    row = Table([[image, text]], colWidths=[2.8 * cm, self.width - 2.8 * cm], hAlign="LEFT")
                    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("FONTNAME", (0, 0), (-1, -1), FONT)]))
                    self.story.append(KeepTogether([row, Spacer(1, 6)]))
                else:
                    self.story.append(KeepTogether(text + [Spacer(1, 4)]))
        self.story.append(PageBreak())

    def deliverables(self) -> None:
        L, s = self.labels, self.s
        self.heading(L["deliverables"], 0, "deliverables")
        if not self.o.deliverables:
            self.story.append(p(L["no_deliverables"], s["prompt"]))
        else:
            rows = [[self._cell([(d.title, "b"), (d.notes, "small")]), d.kind, d.status, d.owner, d.linked]
                    for d in self.o.deliverables]
            self.story.append(self.table([L["title"], L["kind"], L["status"], L["owner"], L["linked"]], rows,
                                         [0.34, 0.13, 0.10, 0.13, 0.30]))
        self.story.append(PageBreak())

    def press(self) -> None:
        L, s = self.labels, self.s
        self.heading(L["press"], 0, "press")
        if not self.o.press:
            self.story.append(p(L["no_press"], s["prompt"]))
        for group in self.o.press:
            self.story.append(p(group.title, s["h2"]))
            if group.top_lines:
                self.story.append(p(L["top_lines"], s["h3"]))
                self.blocks(group.top_lines)
            if group.questions:
                rows = []
                for q in group.questions:
                    question = self._cell([(q.question, "i" if q.prompt else ""), (L["prompt"] if q.prompt else "",
                                                                                   "small")])
                    answer = self._cell([(q.answer, "")] if q.answer else [(L["no_answer"], "i")])
                    rows.append([question, answer, q.marking])
                self.story.append(self.table([L["question"], L["answer"], L["answer_marking"]], rows,
                                             [0.42, 0.42, 0.16]))
        self.story.append(PageBreak())

    def build(self) -> list:
        o = self.o
        if o.has("cover"):
            self.cover()
        else:
            self.story.append(NextPageTemplate("body"))
        if o.has("contents"):
            self.contents()
        if o.has("overview"):
            self.overview()
        if o.has("changes") and o.changes is not None:
            self.changes()
            self.story.append(PageBreak())
        if o.has("agenda"):
            self.agenda()
        elif o.has("overview") and not o.has("changes"):
            self.story.append(PageBreak())
        if o.has("program"):
            self.program()
        if o.has("people"):
            self.people()
        if o.has("briefs"):
            for index, brief in enumerate(o.briefs):
                self.brief(brief, index == 0)
        if o.has("deliverables"):
            self.deliverables()
        if o.has("press"):
            self.press()
        if o.has("checklist"):
            self.checklist()
        if o.has("annex"):
            self.annex()
        if o.has("sources"):
            self.sources()
        while self.story and isinstance(self.story[-1], PageBreak):
            self.story.pop()
        return self.story


def render(outline: PacketOutline, charts: dict[str, RenderedChart], path: Path,
           step: Callable[[], None] | None = None) -> None:
    """Write the packet PDF to ``path`` (the caller owns the temporary-file-and-rename)."""
    register_fonts()
    pagesize = PAPER_SIZES[outline.paper]
    doc = _Doc(str(path), outline, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
               topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=f"{outline.title} — {outline.labels['packet']} "
               f"{outline.version_label}", author=outline.delegation or "BriefingBook", subject=outline.labels["packet"],
               creator="BriefingBook", lang="es-MX" if outline.lang == "es" else "en-US", invariant=1)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, pagesize[0] - 2 * MARGIN_X, pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    templates = [PageTemplate("cover", [frame], onPage=_cover_band), PageTemplate("body", [frame], onPage=_decorate)]
    if not outline.has("cover"):
        templates.reverse()  # the first template is the first page's
    doc.addPageTemplates(templates)
    story = _Builder(outline, charts, frame._width).build()
    if step:
        step()
    doc.multiBuild(story, canvasmaker=_Canvas, maxPasses=6)
