"""The packet as a Word document (python-docx).

Heading styles, chosen so Word's navigation pane is useful *and* the Heading 1 list is exactly
the agenda: each brief's title is "Heading 1"; the other top sections (contents, overview,
agenda, checklist, annex, sources) use "Packet Section", a style based on Heading 1 (same look,
same outline level, so they appear in the navigation pane too); program, who's who, deliverables
and the press Q&A annex are such sections too but with its own name. Parts
inside a section or brief are "Heading 2"/"Heading 3". Charts are inline pictures with a
"Caption" paragraph and the source line under each; the marking is in every page's header and
footer; the footer also carries "Page X of Y" as Word fields. The contents list is plain text
(Word paginates the document itself, so it has no page numbers). The DRAFT mark goes into the
header text.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from briefingbook.core.packet import Block, PacketOutline, paired_rows
from briefingbook.core.packet_layout import keep_runs
from briefingbook.core.program import zone_city
from briefingbook.export.alt_text import chart_alt
from briefingbook.export.charts import PACKET_HEIGHT_CM, PRINT_WIDTH_CM, RenderedChart

SECTION_STYLE = "Packet Section"
PAPER = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
RED = RGBColor(0xA1, 0x1D, 0x1D)
GREY = RGBColor(0x55, 0x55, 0x55)
GREEN = RGBColor(0x1B, 0x6B, 0x3A)


def _field(paragraph, instruction: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to ``paragraph``."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate, text, end):
        run._r.append(element)


# A table cell: a plain value, or lines of (text, language) parts ("" language: the packet's)
# written as runs, so the book's own text carries its language (w:lang) beside the packet's words.
Line = list[tuple[str, str]]


def cell_text(value: object) -> str:
    """A cell as plain text (for column widths and row lengths)."""
    if isinstance(value, list):
        return "\n".join("".join(text for text, _ in line) for line in value)
    return str(value)


# A word's width in a table cell, from the widths (in em) of DejaVu Sans Bold, the widest a
# table's text is set (10 pt: 1 em = 0.353 cm), by class of character, each the widest of its class
# (read from the bundled font; tests measure words with the font itself); Word and LibreOffice pad a
# cell by 0.19 cm on each side.
EM_CM = 10 / 72 * 2.54
NARROW = frozenset("fijlrtIJíìïî:;.,!|()[]–-/'\"")
WIDE = frozenset("mwMW")


def word_cm(word: str) -> float:
    """The width of ``word`` in a table cell (bold, 10 pt), in cm, on the wide side."""
    ems = 0.0
    for char in word:
        if char in NARROW:
            ems += 0.50
        elif char in WIDE:
            ems += 1.11
        elif char.isdigit():
            ems += 0.70
        elif char.isupper():
            ems += 0.85
        elif char.isalpha() and ord(char) < 0x250:  # Latin letters, accented too
            ems += 0.72
        else:  # symbols (%, @, &) and other scripts: a full em
            ems += 1.0
    return ems * EM_CM


CELL_PAD_CM = 0.4
WORD_SHARE = 0.4  # no column's longest word (a URL) takes more than this share of the width


def column_widths(header: list[str], rows: Sequence[Sequence[object]], total_cm: float) -> list[float]:
    """Column widths (cm) sized to content. Each column first gets room for its longest word
    (a time range, "Responsable"), so no word breaks inside; what is left goes to the columns
    whose typical text is longer than that, in proportion (a number column stays narrow, a text
    column takes the rest). Counting characters alone gave a time column 1.4 cm, and LibreOffice,
    which keeps the widths it is given, broke "08:30–09:30" into four lines."""
    floors, wants = [], []
    for column, head in enumerate(header):
        texts = [cell_text(row[column]) for row in rows if column < len(row)] + [head]
        widest_word = max((word_cm(word) for text in texts for word in text.split()), default=0.5)
        typical = sorted(len(text) for text in texts)[len(texts) // 2] if texts else 1
        floor = min(widest_word + CELL_PAD_CM, WORD_SHARE * total_cm)
        floors.append(floor)
        wants.append(max(min(typical, 60) * 0.72 * EM_CM + CELL_PAD_CM - floor, 0.0))
    if sum(floors) >= total_cm:
        # Too many long words (a URL, a path): the widest floors give way first, down to a common
        # cap, so the narrow columns (times, numbers) keep their words whole.
        cap = _cap(floors, total_cm)
        return [round(min(floor, cap), 2) for floor in floors]
    rest = total_cm - sum(floors)
    if sum(wants) == 0:
        return [round(floor + rest / len(floors), 2) for floor in floors]
    return [round(floor + rest * want / sum(wants), 2) for floor, want in zip(floors, wants)]


def _cap(floors: list[float], total: float) -> float:
    """The width ``c`` at which ``sum(min(f, c) for f in floors) == total`` (floors sum past it)."""
    ordered = sorted(floors)
    used = 0.0
    for i, floor in enumerate(ordered):
        cap = (total - used) / (len(ordered) - i)
        if floor >= cap:
            return cap
        used += floor
    return ordered[-1]


def _set_lang(element, lang: str) -> None:
    """``w:lang`` on a run's or style's properties (Word's proofing language)."""
    r_pr = element.get_or_add_rPr()
    for old in r_pr.findall(qn("w:lang")):
        r_pr.remove(old)
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), lang)
    tag.set(qn("w:bidi"), "ar-SA")
    r_pr.append(tag)


def word_lang(lang: str) -> str:
    return "es-MX" if lang == "es" else "en-US"


def _field_char(paragraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _field_start(paragraph, instruction: str) -> None:
    """Begin a field whose result (the runs that follow, up to ``_field_end``) may span paragraphs."""
    _field_char(paragraph, "begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    run._r.append(instr)
    _field_char(paragraph, "separate")


def _field_end(paragraph) -> None:
    _field_char(paragraph, "end")


class _Writer:
    def __init__(self, outline: PacketOutline, charts: dict[str, RenderedChart]) -> None:
        self.o = outline
        self.L = outline.labels
        self.charts = charts
        self.doc = Document()
        self.figure = 0
        self.follow_on: list = []  # headings of sections that only say they are empty
        self._setup()

    def _setup(self) -> None:
        doc, o = self.doc, self.o
        normal = doc.styles["Normal"]
        normal.font.name = "DejaVu Sans"
        normal.font.size = Pt(10)
        section_style = doc.styles.add_style(SECTION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        section_style.base_style = doc.styles["Heading 1"]
        section_style.next_paragraph_style = normal
        for name in ("Heading 1", SECTION_STYLE, "Heading 2", "Heading 3"):
            doc.styles[name].paragraph_format.keep_with_next = True
        section = doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAPER[o.paper]
        section.left_margin = section.right_margin = Cm(2)
        self.text_width_cm = (section.page_width - section.left_margin - section.right_margin) / 360000
        # The document's language, so Word proof-reads a Spanish packet as Spanish.
        _set_lang(normal.element, word_lang(o.lang))
        settings = doc.settings.element
        update = OxmlElement("w:updateFields")  # Word fills the contents' page numbers on opening
        update.set(qn("w:val"), "true")
        settings.append(update)
        section.top_margin = section.bottom_margin = Cm(2.2)
        props = doc.core_properties
        props.title = f"{o.title} — {self.L['packet']} {o.version_label}"
        props.subject = self.L["packet"]
        props.author = o.delegation or "BriefingBook"
        props.language = "es-MX" if o.lang == "es" else "en-US"
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        top = " · ".join(t for t in (o.marking, self.L["draft"] if o.draft else "") if t)
        if top:
            run = header.add_run(top)
            run.bold = True
            run.font.color.rgb = RED
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        small = footer.add_run(f"{o.title} · {self.L['packet']} {o.version_label} · ")
        small.font.size = Pt(8)
        before, _, after = self.L["page_of"].partition("{page}")
        middle, _, tail = after.partition("{pages}")
        footer.add_run(before).font.size = Pt(8)
        _field(footer, "PAGE")
        footer.add_run(middle).font.size = Pt(8)
        _field(footer, "NUMPAGES")
        if tail:
            footer.add_run(tail).font.size = Pt(8)
        if o.marking:
            line = section.footer.add_paragraph()
            line.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = line.add_run(o.marking)
            run.bold = True
            run.font.color.rgb = RED

    # -- helpers ---------------------------------------------------------------------------
    def para(self, text: str, style: str | None = None, italic: bool = False, small: bool = False, bold=False):
        paragraph = self.doc.add_paragraph(style=style)
        run = paragraph.add_run(text)  # python-docx writes text nodes: no markup is interpreted
        run.italic = italic
        run.bold = bold
        if small:
            run.font.size = Pt(8)
            run.font.color.rgb = GREY
        return paragraph

    def empty_section(self, text: str) -> None:
        """The line of a section that has nothing to show ("No press questions have been
        written."): the section follows what came before instead of taking a page of its own,
        as in the PDF (packet_layout)."""
        self.para(text, italic=True)
        heading = next(
            (p for p in reversed(self.doc.paragraphs) if p.style is not None and p.style.name == SECTION_STYLE), None
        )
        if heading is not None:
            self.follow_on.append(heading._p)

    # -- the book's own text in a packet of the other language ------------------------------
    def note(self, section: str) -> None:
        """The note under a section's heading when its entries are the book's own text in the
        other language (``PacketOutline.book_note``)."""
        note = self.o.book_note(section)
        if note:
            self.para(note, italic=True)

    def own(self, text: str) -> list[Line]:
        """A table cell of the book's own text (tagged with its language when it differs)."""
        return [[(text, self.o.own_lang)]]

    def own_para(self, text: str, style: str | None = None, small: bool = False):
        paragraph = self.para(text, style, small=small)
        if self.o.own_lang:
            for run in paragraph.runs:
                _set_lang(run._r, word_lang(self.o.own_lang))
        return paragraph

    def blocks(self, blocks: list[Block]) -> None:
        if not blocks:
            self.para(self.L["not_written"], italic=True)
        for block in blocks:
            self.para(block.text, "List Bullet" if block.kind == "bullet" else None)

    def table(self, header: Sequence[object], rows: Sequence[Sequence[object]]) -> None:
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = "Light Grid Accent 1"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for cell, value in zip(table.rows[0].cells, header):
            self.fill(cell, value)
        # Repeat the header row on each page the table runs over.
        tr_pr = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row):
                self.fill(cell, value)
        for row in table.rows:  # a row never splits across pages
            cant_split = OxmlElement("w:cantSplit")
            cant_split.set(qn("w:val"), "true")
            row._tr.get_or_add_trPr().append(cant_split)
        # No lone row at a page foot or top: the first two and the last two rows stay together
        # (Word keeps a row whose paragraphs are "keep with next" on the page of the next row).
        for first, count in keep_runs([sum(len(cell_text(value)) for value in row) for row in rows]):
            for body_row in table.rows[1 + first : first + count]:
                for cell in body_row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
        widths = column_widths([cell_text(h) for h in header], rows, self.text_width_cm)
        table.autofit = False
        for column, width in zip(table.columns, widths):
            column.width = Cm(width)
            for cell in column.cells:
                cell.width = Cm(width)
        self.doc.add_paragraph()

    def fill(self, cell, value: object) -> None:
        """A cell's text: a plain value, or lines of (text, language) parts as runs (``Line``)."""
        if not isinstance(value, list):
            cell.text = str(value)
            return
        paragraph = cell.paragraphs[0]
        first = True
        for line in value:
            parts = [(text, lang) for text, lang in line if text]
            if not parts:
                continue
            if not first:
                paragraph.add_run().add_break()
            first = False
            for text, lang in parts:
                run = paragraph.add_run(text)
                if lang:
                    _set_lang(run._r, word_lang(lang))

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- sections --------------------------------------------------------------------------
    def cover(self) -> None:
        o = self.o
        self.doc.add_paragraph(f"{self.L['packet']} {o.version_label}", style="Subtitle")
        title = self.doc.add_paragraph(o.title, style="Title")
        own = {self.L["place"], self.L["delegation"]}
        if o.own_lang:
            _set_lang(title.runs[0]._r, word_lang(o.own_lang))
        for label, value in o.overview:
            if value:
                paragraph = self.doc.add_paragraph()
                paragraph.add_run(f"{label}: ").bold = True
                run = paragraph.add_run(value)
                if o.own_lang and label in own:
                    _set_lang(run._r, word_lang(o.own_lang))
        self.page_break()

    def contents(self) -> None:
        """A Word TOC field (levels 1–2, with page numbers, filled when Word opens the file); its
        shown result until then is the list of sections and briefs."""
        self.doc.add_paragraph(self.L["contents"], style=SECTION_STYLE)
        entries: list[tuple[str, bool]] = []
        for section in self.o.sections:
            if section in ("cover", "contents") or (section == "changes" and self.o.changes is None):
                continue
            entries.append((self.o.section_title(section), True))
            if section == "briefs":
                entries += [(f"{brief.number}. {brief.title}", False) for brief in self.o.briefs]
            if section == "events":
                entries += [(event.title, False) for event in self.o.events_in_order]
        paragraphs = []
        for text, top in entries or [(self.L["contents"], True)]:
            paragraph = self.doc.add_paragraph()
            # Close lines, so the list of a 13-item agenda with its events fits one page (with
            # Normal's spacing the last entry fell on a page of its own).
            paragraph.paragraph_format.space_before = Pt(0)
            paragraph.paragraph_format.space_after = Pt(2)
            if not top:
                paragraph.paragraph_format.left_indent = Cm(0.8)
            paragraphs.append((paragraph, text, top))
        first, last = paragraphs[0][0], paragraphs[-1][0]
        _field_start(first, 'TOC \\o "1-2" \\h \\z \\u')
        for paragraph, text, top in paragraphs:
            paragraph.add_run(text).bold = top
        _field_end(last)
        self.page_break()

    def overview(self) -> None:
        self.doc.add_paragraph(self.L["overview"], style=SECTION_STYLE)
        self.note("overview")
        own = {self.L["place"], self.L["delegation"]}
        self.table(
            [self.L["title"], self.own(self.o.title)],
            [[label, self.own(value) if label in own else value] for label, value in self.o.overview if value],
        )

    def changes(self) -> None:
        """What changed since the previous packet (issue 10): removed words are struck-through
        runs, added words underlined runs (readable in black-and-white print)."""
        summary = self.o.changes
        if summary is None:  # never: the section is left out of a packet without a summary
            return
        self.doc.add_paragraph(summary.heading, style=SECTION_STYLE)
        if summary.compared:
            self.para(summary.compared, small=True)
        if summary.message:
            self.para(summary.message, italic=True)
        if summary.legend:
            self.para(summary.legend, small=True)
        for group in summary.groups:
            self.doc.add_paragraph(group.heading, style="Heading 2")
            for line in group.lines:
                paragraph = self.doc.add_paragraph(style="List Bullet")
                paragraph.add_run(line.subject).bold = True
                if line.context:
                    paragraph.add_run(f" {line.context}")
                if line.detail:
                    paragraph.add_run(f": {line.detail}")
                if line.diff:
                    paragraph.paragraph_format.keep_with_next = True
                for parts in line.diff:
                    self.diff_paragraph(parts)
        self.page_break()

    def diff_paragraph(self, parts) -> None:
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(1.2)
        paragraph.paragraph_format.space_after = Pt(1)
        for part in parts:
            if part.kind in ("removed", "added"):  # a label for screen readers and black-and-white print
                label = paragraph.add_run(self.L["deleted" if part.kind == "removed" else "added"] + " ")
                label.font.size = Pt(7)
                label.font.color.rgb = GREY
            run = paragraph.add_run(part.text)
            run.font.size = Pt(9)
            if part.kind == "removed":
                run.font.strike = True
                run.font.color.rgb = RED
            elif part.kind == "added":
                run.font.underline = True
                run.font.color.rgb = GREEN
            elif part.kind == "gap":
                run.font.color.rgb = GREY

    def agenda(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["agenda"], style=SECTION_STYLE)
        if not self.o.agenda:
            self.para(L["agenda_empty"], italic=True)
        else:
            self.table(
                [L["no"], L["title"], L["issue_area"], L["priority"], L["status"]],
                [[r.number, r.title, r.issue_title, r.priority, r.status] for r in self.o.agenda],
            )
        self.page_break()

    def brief(self, brief) -> None:
        L = self.L
        self.doc.add_paragraph(brief.title, style="Heading 1")
        self.para(brief.meta, small=True)
        if self.o.bilingual:
            self.bilingual_body(brief)
            return
        self.doc.add_paragraph(L["background"], style="Heading 2")
        if brief.summary:
            self.para(brief.summary)
            self.para(f"{L['cited']}: {brief.summary_citation}", small=True)
        else:
            self.para(L["custom_item"], italic=True)
        if brief.since_then:
            self.doc.add_paragraph(brief.since_then_heading, style="Heading 2")
            self.para(brief.since_then)
            for line in brief.since_then_sources:
                self.para(line, small=True)
        for f in brief.fields:
            self.doc.add_paragraph(f.heading, style="Heading 2")
            if f.note:
                self.para(f.note, italic=True)
            start = len(self.doc.paragraphs)
            self.blocks(f.blocks)
            if f.note:
                for paragraph in self.doc.paragraphs[start:]:
                    for run in paragraph.runs:
                        _set_lang(run._r, word_lang(f.lang))
        if brief.issue_area:
            self.doc.add_paragraph(L["recommendations"], style="Heading 2")
            if not brief.recommendations:
                self.para(L["no_recommendations"], italic=True)
            for rec in brief.recommendations:
                self.doc.add_paragraph(rec.title, style="Heading 3")
                self.para(rec.summary)
                self.para(f"{L['cited']}: {rec.citation} · {L['our_status']}: {rec.status}", small=True)
                for day, note in rec.notes:
                    self.para(f"{day.isoformat()}: {note}", "List Bullet")
        if brief.outlooks:
            self.doc.add_paragraph(L["outlook"], style="Heading 2")
            for outlook in brief.outlooks:
                self.para(outlook.summary)
                self.para(f"{L['cited']}: {outlook.citation}", small=True)
        if brief.charts:
            self.doc.add_paragraph(L["key_charts"], style="Heading 2")
            for ref in brief.charts:
                self.chart(self.charts[ref.key])
        self.page_break()

    def bilingual_body(self, brief) -> None:
        """The two languages in a two-column table, row by row; charts once below."""
        index = self.o.briefs.index(brief)
        other = self.o.parallel[index]
        pairs = paired_rows(self.o, index)
        table = self.doc.add_table(rows=1 + len(pairs), cols=2)
        table.style = "Table Grid"
        for column, title in enumerate((brief.title, other.title)):
            cell = table.rows[0].cells[column]
            cell.paragraphs[0].add_run(title).bold = True
        for r, (first, second) in enumerate(pairs, start=1):
            for column, parts in enumerate((first, second)):
                cell = table.rows[r].cells[column]
                cell.paragraphs[0].text = ""
                for n, (style, text) in enumerate(parts):
                    paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                    run = paragraph.add_run(("• " if style == "bullet" else "") + text)
                    _set_lang(run._r, word_lang(self.o.lang if column == 0 else self.o.second_lang))
                    run.bold = style == "h"
                    run.italic = style == "prompt"
                    if style == "small":
                        run.font.size = Pt(8)
        if brief.charts:
            self.doc.add_paragraph(self.L["key_charts"], style="Heading 2")
            for ref in brief.charts:
                self.chart(self.charts[ref.key])
        self.page_break()

    def chart(self, chart: RenderedChart) -> None:
        """The picture, its caption, numbered events and source lines, kept on one page (each
        paragraph but the last keeps with the next, none splits): no page break, so two charts
        of a brief share a page when they fit, as in the PDF. A heading before keeps with it."""
        self.figure += 1
        spec = chart.spec
        picture = self.doc.add_paragraph()
        shape = picture.add_run().add_picture(
            io.BytesIO(chart.png), width=Cm(PRINT_WIDTH_CM), height=Cm(PACKET_HEIGHT_CM)
        )
        # The same alt text as the PDF's tagged figure, generated from the chart's data.
        shape._inline.docPr.set("descr", chart_alt(spec))
        shape._inline.docPr.set("title", spec.caption)
        parts = [picture]
        parts.append(self.doc.add_paragraph(f"{self.L['figure']} {self.figure}. {spec.caption}", style="Caption"))
        if spec.events:
            events = "; ".join(f"{n}: {e.label}" for n, e in enumerate(spec.events, start=1))
            parts.append(self.para(f"{self.L['events']}: {events}", small=True))
        for line in spec.source_lines:
            parts.append(self.para(line, small=True))
        for n, paragraph in enumerate(parts):
            paragraph.paragraph_format.keep_together = True
            paragraph.paragraph_format.keep_with_next = n < len(parts) - 1

    def checklist(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["checklist"], style=SECTION_STYLE)
        status = self.o.checklist
        if status is None:
            self.empty_section(L["no_checklist"])
            self.page_break()
            return
        self.note("checklist")
        head = [L["done"], L["open"], L["overdue"], L["total"]]
        self.doc.add_paragraph(L["by_phase"], style="Heading 2")
        t = status.totals
        # phases, owners and items are the book's text ("Total", "Unassigned" the packet's words)
        self.table(
            [L["phase"], *head],
            [[self.own(r.name), r.done, r.open, r.overdue, r.total] for r in status.by_phase]
            + [[t.name, t.done, t.open, t.overdue, t.total]],
        )
        self.doc.add_paragraph(L["by_owner"], style="Heading 2")
        self.table(
            [L["owner"], *head],
            [
                [r.name if r.name == L["unassigned"] else self.own(r.name), r.done, r.open, r.overdue, r.total]
                for r in status.by_owner
            ],
        )
        self.doc.add_paragraph(L["open_items"], style="Heading 2")
        if not status.not_done:
            self.para(L["all_done"], italic=True)
        else:
            self.table(
                [L["due"], L["item"], L["owner"], L["status"]],
                [
                    [line.due.isoformat(), self.own(line.title), self.own(line.owner), line.status]
                    for line in status.not_done
                ],
            )
        self.page_break()

    def annex(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["annex"], style=SECTION_STYLE)
        self.table(
            [L["series"], L["unit"], L["latest"], L["year"]], [[r.name, r.unit, r.latest, r.year] for r in self.o.annex]
        )
        if self.o.pane_charts:
            self.doc.add_paragraph(L["pane_chart"], style="Heading 2")
            for ref in self.o.pane_charts:
                self.chart(self.charts[ref.key])
        self.page_break()

    def sources(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["sources"], style=SECTION_STYLE)
        self.doc.add_paragraph(L["reference_content"], style="Heading 2")
        self.para(self.o.reference_line)
        for note in self.o.not_in_reference:
            self.para(note, italic=True)
        self.doc.add_paragraph(L["documents"], style="Heading 2")
        for doc in self.o.documents:
            self.para(doc.text)
        self.doc.add_paragraph(L["series_sources"], style="Heading 2")
        for src in self.o.series_sources:
            self.para(src.name, bold=True)
            self.para(src.line, small=True)
            self.para(src.citation, small=True)
        if self.o.events and self.o.has("briefs"):
            self.doc.add_paragraph(L["events"], style="Heading 2")
            for text in self.o.events.values():
                self.para(text, small=True)

    # -- program, who's who, deliverables, press Q&A (issue 11) ----------------------------
    def program(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["program"], style=SECTION_STYLE)
        self.note("program")
        if not self.o.program:
            self.empty_section(L["no_program"])
        summit_zone, home_zone = self.o.zones
        if self.o.program:
            self.para(
                L["zones_note"].format(
                    summit=zone_city(summit_zone, self.o.lang), home=zone_city(home_zone, self.o.lang)
                ),
                small=True,
            )
        for day in self.o.program:
            self.doc.add_paragraph(day.heading, style="Heading 2")
            rows = []
            own = self.o.own_lang
            for r in day.rows:
                # the event's title, place, notes and participants are the book's text
                event: list[Line] = [
                    [(r.title, own)],
                    [(r.kind, ""), (" · " if r.kind and r.place else "", ""), (r.place, own)],
                    [(f"{L['covers']}: {r.agenda}" if r.agenda else "", "")],
                    [(r.notes, own)],
                    [(r.conflict, "")],
                ]
                rows.append([r.local_time, r.home_time, event, [[(name, own)] for name in r.participants.split("; ")]])
            self.table(
                [
                    L["local_time"].format(zone=zone_city(summit_zone, self.o.lang)),
                    L["home_time"].format(zone=zone_city(home_zone, self.o.lang)),
                    L["event"],
                    L["participants"],
                ],
                rows,
            )
        self.page_break()

    def people(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["people"], style=SECTION_STYLE)
        self.note("people")
        if not self.o.people:
            self.empty_section(L["no_people"])
        for group in self.o.people:
            self.doc.add_paragraph(group.side, style="Heading 2")
            for person in group.people:
                name = self.doc.add_paragraph(person.name, style="Heading 3")
                if self.o.own_lang:
                    _set_lang(name.runs[0]._r, word_lang(self.o.own_lang))
                if person.photo:
                    picture = self.doc.add_paragraph()
                    shape = picture.add_run().add_picture(io.BytesIO(person.photo), width=Cm(2.5))
                    shape._inline.docPr.set("descr", L["photo_of"].format(name=person.name))
                    shape._inline.docPr.set("title", person.name)
                line = " · ".join(x for x in (person.title, person.organisation) if x)
                if line:
                    self.own_para(line)
                for key, value in (
                    ("role", person.role),
                    ("pronunciation", person.pronunciation),
                    ("last_met", person.last_met),
                ):
                    if value:
                        paragraph = self.para(f"{L[key]}: ", small=True)
                        run = paragraph.add_run(value)
                        run.font.size = Pt(8)
                        run.font.color.rgb = GREY
                        if self.o.own_lang:
                            _set_lang(run._r, word_lang(self.o.own_lang))
                for key, blocks in (("bio", person.bio), ("talking_notes", person.talking_notes)):
                    if blocks:
                        self.para(L[key], bold=True)
                        self.book_blocks(blocks)
        self.page_break()

    def deliverables(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["deliverables"], style=SECTION_STYLE)
        if not self.o.deliverables:
            self.empty_section(L["no_deliverables"])
        else:
            self.note("deliverables")
            own = self.o.own_lang
            self.table(
                [L["title"], L["kind"], L["status"], L["owner"], L["linked"]],
                [
                    [[[(d.title, own)], [(d.notes, own)]], d.kind, d.status, self.own(d.owner), d.linked]
                    for d in self.o.deliverables
                ],
            )
        self.page_break()

    def press(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["press"], style=SECTION_STYLE)
        self.note("press")
        if not self.o.press:
            self.empty_section(L["no_press"])
        own = self.o.own_lang
        for group in self.o.press:
            self.doc.add_paragraph(group.title, style="Heading 2")
            if group.top_lines:
                self.doc.add_paragraph(L["top_lines"], style="Heading 3")
                self.book_blocks(group.top_lines)
            if group.questions:
                self.table(
                    [L["question"], L["answer"], L["answer_marking"]],
                    [
                        [
                            [[(q.question, own)], [(f"({L['prompt']})" if q.prompt else "", "")]],
                            self.own(q.answer) if q.answer else L["no_answer"],
                            q.marking,
                        ]
                        for q in group.questions
                    ],
                )
        self.page_break()

    # -- the principal's book (issue 21) ---------------------------------------------------
    def book_blocks(self, blocks: list[Block], empty: str | None = None) -> None:
        """The book's own text, with its proofing language when the packet is in the other one."""
        if not blocks:
            if empty is not None:
                self.para(empty, italic=True)
            return
        start = len(self.doc.paragraphs)
        for block in blocks:
            self.para(block.text, "List Bullet" if block.kind == "bullet" else None)
        self.mark_book_lang(start)

    def mark_book_lang(self, start: int) -> None:
        if self.o.book_lang and self.o.book_lang != self.o.lang:
            for paragraph in self.doc.paragraphs[start:]:
                for run in paragraph.runs:
                    _set_lang(run._r, word_lang(self.o.book_lang))

    def field_text(self, f) -> None:
        """A brief field a meeting memo pulls, as the brief prints it."""
        if f.note:
            self.para(f.note, italic=True)
        start = len(self.doc.paragraphs)
        self.blocks(f.blocks)
        if f.note:
            for paragraph in self.doc.paragraphs[start:]:
                for run in paragraph.runs:
                    _set_lang(run._r, word_lang(f.lang))

    def scene(self) -> None:
        L = self.L
        scene = self.o.scene
        self.doc.add_paragraph(L["scene"], style=SECTION_STYLE)
        self.note("scene")
        if scene is None or scene.empty:
            self.empty_section(L["no_scene"])
        else:
            self.para(scene.length, small=True)
            for part in scene.parts:
                self.doc.add_paragraph(part.heading, style="Heading 2")
                self.book_blocks(part.blocks, L["not_written"])
        self.page_break()

    def events(self) -> None:
        L = self.L
        if not self.o.events_in_order:
            self.doc.add_paragraph(L["event_pages"], style=SECTION_STYLE)
            self.empty_section(L["no_events"])
            self.page_break()
            return
        for event in self.o.events_in_order:  # each event a top section, like each brief
            title = self.doc.add_paragraph(event.title, style=SECTION_STYLE)
            if self.o.own_lang:
                _set_lang(title.runs[0]._r, word_lang(self.o.own_lang))
            self.note("events")
            self.para(event.meta, small=True)
            if event.scenario:
                self.doc.add_paragraph(event.scenario_title, style="Heading 2")
                start = len(self.doc.tables)
                self.table(
                    [L["step_time"], L["step_action"], L["step_who"]],
                    [[step.time, step.action, step.who] for step in event.scenario],
                )
                if self.o.book_lang and self.o.book_lang != self.o.lang:
                    for table in self.doc.tables[start:]:
                        for row in table.rows[1:]:
                            for cell in row.cells:
                                for paragraph in cell.paragraphs:
                                    for run in paragraph.runs:
                                        _set_lang(run._r, word_lang(self.o.book_lang))
            if event.memo is not None:
                self.memo(event.memo)
            for remarks in event.remarks:
                self.doc.add_paragraph(remarks.title, style="Heading 2")
                line = " · ".join(
                    x for x in (remarks.speaker and f"{L['speaker']}: {remarks.speaker}", remarks.length) if x
                )
                self.para(line, small=True)
                start = len(self.doc.paragraphs)
                self.book_blocks(remarks.blocks, L["not_written"])
                if remarks.blocks:  # read aloud: a reading size
                    for paragraph in self.doc.paragraphs[start:]:
                        for run in paragraph.runs:
                            run.font.size = Pt(12)
            self.page_break()

    def memo(self, memo) -> None:
        L = self.L
        self.doc.add_paragraph(memo.title, style="Heading 2")
        self.doc.add_paragraph(L["memo_participants"], style="Heading 3")
        if not memo.sides:
            self.para(L["memo_no_participants"], italic=True)
        for side in memo.sides:
            self.para(side.side, bold=True).paragraph_format.keep_with_next = True
            start = len(self.doc.paragraphs)
            for p in side.people:
                who = ", ".join(x for x in (p.name, p.title) if x)
                self.para(" — ".join(x for x in (who, p.role) if x), "List Bullet", italic=p.to_be_confirmed)
            self.mark_book_lang(start)
        self.doc.add_paragraph(L["memo_objectives"], style="Heading 3")
        self.book_blocks(memo.objectives, L["not_written"])
        self.doc.add_paragraph(L["memo_agenda"], style="Heading 3")
        if not memo.agenda:
            self.para(L["memo_no_agenda"], italic=True)
        for n, item in enumerate(memo.agenda, start=1):
            self.para(item.heading(n, L), bold=True).paragraph_format.keep_with_next = True
            if item.unwritten:
                self.para(L["memo_points_unwritten"], italic=True)
                continue
            self.para(L["talking_points"], italic=True).paragraph_format.keep_with_next = True
            self.field_text(item.points)
            self.para(L["press_line"], italic=True).paragraph_format.keep_with_next = True
            self.field_text(item.press_line)
        self.doc.add_paragraph(L["memo_they_raise"], style="Heading 3")
        self.book_blocks(memo.they_raise, L["not_written"])
        if memo.deliverables:
            self.doc.add_paragraph(L["memo_deliverables"], style="Heading 3")
            start = len(self.doc.paragraphs)
            for d in memo.deliverables:
                self.para(f"{d.title} ({d.detail})", "List Bullet")
            self.mark_book_lang(start)
        if memo.notes:
            self.doc.add_paragraph(L["memo_notes"], style="Heading 3")
            self.book_blocks(memo.notes)

    def open_items(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["pending"], style=SECTION_STYLE)
        if not self.o.pending:
            self.empty_section(L["no_pending"])
        for group in self.o.pending:
            self.doc.add_paragraph(group.heading, style="Heading 2")
            for line in group.lines:
                self.para(line, "List Bullet")
        self.page_break()

    def readiness(self) -> None:
        L = self.L
        self.doc.add_paragraph(L["readiness"], style=SECTION_STYLE)
        if not self.o.readiness:
            self.para(L["ready_all"], italic=True)
        for line in self.o.readiness:
            self.para(line, "List Bullet")
        self.page_break()

    def build(self):
        o = self.o
        for section in o.sections:  # in the outline's order (the profile's)
            if section == "briefs":
                for brief in o.briefs:
                    self.brief(brief)
            elif section != "changes" or o.changes is not None:
                getattr(self, section)()
        _breaks_before(self.doc, self.follow_on)
        return self.doc


def _is_page_break(element) -> bool:
    """A paragraph holding nothing but a page break (what ``page_break`` writes)."""
    if element.tag != qn("w:p") or "".join(element.itertext()).strip():
        return False
    breaks = element.findall(f".//{qn('w:br')}")
    return len(breaks) == 1 and breaks[0].get(qn("w:type")) == "page" and not element.findall(f".//{qn('w:drawing')}")


def _is_blank(element) -> bool:
    """An empty paragraph (the space ``table`` leaves after a table)."""
    return (
        element.tag == qn("w:p")
        and not "".join(element.itertext()).strip()
        and not element.findall(f".//{qn('w:br')}")
        and not element.findall(f".//{qn('w:drawing')}")
    )


def _breaks_before(document, follow_on: list) -> None:
    """Turn each page-break paragraph into "page break before" on the paragraph after it, and drop
    a blank paragraph just before it. A table that filled its page pushed the blank paragraph and
    the break onto a page of their own: LibreOffice showed an empty page after the checklist.
    The headings in ``follow_on`` (sections that only say they are empty) get no break."""
    body = document.element.body
    for element in list(body):
        if not _is_page_break(element):
            continue
        following = element.getnext()
        if following is None or following.tag != qn("w:p"):
            continue  # before a table or at the end: the break paragraph stays
        if not any(following is heading for heading in follow_on):
            Paragraph(following, document).paragraph_format.page_break_before = True
        previous = element.getprevious()
        body.remove(element)
        if previous is not None and _is_blank(previous):
            body.remove(previous)


def render(
    outline: PacketOutline, charts: dict[str, RenderedChart], path: Path, step: Callable[[], None] | None = None
) -> None:
    """Write the packet DOCX to ``path`` (the caller owns the temporary-file-and-rename)."""
    document = _Writer(outline, charts).build()
    if step:
        step()
    document.save(str(path))
