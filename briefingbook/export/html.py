"""The packet as one self-contained HTML file.

Everything is inside the file: CSS in a <style> element, charts as ``data:image/png`` URIs,
links only to anchors in the same page. No src, href or CSS url() names any http:, https: or
file: resource, so opening the packet loads nothing from anywhere. All text, the user's and
the reference's, is escaped with ``html.escape``. The print CSS repeats the marking at the top
and bottom of every printed page and starts each brief on a new page.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from html import escape
from pathlib import Path

from briefingbook.core.packet import Block, PacketOutline, paired_rows
from briefingbook.core.program import zone_city
from briefingbook.export.alt_text import chart_alt
from briefingbook.export.charts import RenderedChart

CSS = """
:root { --navy: #1F3A5F; --grey: #555; --rule: #B8C4D2; --light: #E8EDF3; --red: #A11D1D; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45;
       color: #111; max-width: 50em; margin: 0 auto; padding: 2.5em 1.5em; overflow-wrap: anywhere; }
td, th { overflow-wrap: anywhere; }
h1 { color: var(--navy); font-size: 1.6em; margin: 1.6em 0 .3em; }
h2 { color: var(--navy); font-size: 1.15em; margin: 1.2em 0 .3em; }
h3 { font-size: 1em; margin: .9em 0 .2em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
.marking { color: var(--red); font-weight: bold; text-align: center; letter-spacing: .03em; }
.marking.top { margin-bottom: 1em; } .marking.bottom { margin-top: 2em; }
.meta, .small { color: var(--grey); font-size: .85em; }
.prompt { color: var(--grey); font-style: italic; }
.tbc { font-style: italic; }
.speech { font-size: 1.25em; line-height: 1.6; }
.cover { border-top: 1.2em solid var(--navy); padding-top: 1em; }
.cover .title { font-size: 2.2em; color: var(--navy); font-weight: bold; margin: .3em 0; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: .9em; }
th { background: var(--navy); color: #fff; text-align: left; padding: .3em .5em; }
td { border-bottom: 1px solid var(--rule); padding: .25em .5em; vertical-align: top; }
tr:nth-child(even) td { background: var(--light); }
td.num { text-align: right; } tr.overdue td { color: var(--red); }
.conflict { color: var(--red); font-weight: bold; } td .title { font-weight: bold; }
.person { display: flex; gap: 1em; break-inside: avoid; page-break-inside: avoid; }
.person img { width: 6em; height: auto; object-fit: cover; border: 1px solid var(--rule); align-self: flex-start; }
figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figure img { width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { font-weight: bold; margin-bottom: .3em; }
nav ol { padding-left: 1.4em; } nav a { color: var(--navy); text-decoration: none; }
.draft { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 8em; font-weight: bold;
         color: rgba(160, 160, 160, .25); transform: rotate(-30deg); pointer-events: none; z-index: -1; }
.brief, .section { break-before: page; page-break-before: always; }
del { color: var(--red); text-decoration: line-through; }
ins { color: #1B6B3A; text-decoration: underline; }
.diff { margin: .1em 0 .1em 2.2em; font-size: .92em; }
.diff .gap { color: var(--grey); } .diff .label { color: var(--grey); font-size: .75em; }
ul.changes { margin-top: .2em; } ul.changes > li { margin-bottom: .3em; }
@page { margin: 2.2cm 2cm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav a::after { content: ""; }
  /* A chart prints 16 cm wide as in the PDF, its notes small and close, so two charts of a
     brief share a Letter or A4 page (a figure never splits; no page break between charts). */
  figure { margin: .5em 0 1em; }
  figure img { width: 16cm; max-width: 100%; }
  figcaption { font-size: 9pt; }
  figure .small { font-size: 7.5pt; line-height: 1.3; margin: .25em 0; }
}
"""

# Printed, the marking runs in the page margins (CSS paged-media margin boxes), on every page
# including the last, so it can never sit on top of text; a browser without margin boxes prints
# the in-flow marking at the start and end instead (never a fixed box over the text).
PRINT_CSS = """
@media print {{
  .marking.top, .marking.bottom {{ display: none; }}
}}
@page {{
  @top-center {{ content: {marking}; color: #A11D1D; font-weight: bold; font-size: 9pt; }}
  @bottom-center {{ content: {marking}; color: #A11D1D; font-weight: bold; font-size: 9pt; }}
  @bottom-right {{ content: {page_of}; color: #555; font-size: 8pt; }}
}}
"""


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string: every character but letters, digits and spaces as a CSS
    escape, so nothing in it can end the string or the style element."""
    return '"' + "".join(c if (c.isascii() and c.isalnum()) or c == " " else f"\\{ord(c):06X}" for c in text) + '"'


def page_of_css(label: str) -> str:
    """ "Page {page} of {pages}" as CSS content with the page counters."""
    before, _, after = label.partition("{page}")
    middle, _, tail = after.partition("{pages}")
    return " ".join(
        part
        for part in (
            css_string(before),
            "counter(page)",
            css_string(middle),
            "counter(pages)",
            css_string(tail) if tail else "",
        )
        if part
    )


class _Writer:
    def __init__(self, outline: PacketOutline, charts: dict[str, RenderedChart]) -> None:
        self.o = outline
        self.L = outline.labels
        self.charts = charts
        self.out: list[str] = []
        self.figure = 0

    def w(self, html: str) -> None:
        self.out.append(html)

    def text(self, tag: str, text: str, cls: str | None = None, id: str | None = None, lang: str = "") -> None:
        attrs = (f' class="{cls}"' if cls else "") + (f' id="{escape(id)}"' if id else "")
        attrs += f' lang="{escape(lang)}"' if lang else ""
        self.w(f"<{tag}{attrs}>{escape(text)}</{tag}>")

    # -- the book's own text in a packet of the other language ------------------------------
    def note(self, section: str) -> None:
        """The note under a section's heading when its entries are the book's own text in the
        other language (``PacketOutline.book_note``)."""
        note = self.o.book_note(section)
        if note:
            self.text("p", note, "prompt")

    def own(self, text: str) -> str:
        """The book's own text, escaped, in a span with its language when the packet is in the other one."""
        if self.o.own_lang and text:
            return f'<span lang="{escape(self.o.own_lang)}">{escape(text)}</span>'
        return escape(text)

    def blocks(self, blocks: list[Block]) -> None:
        if not blocks:
            self.text("p", self.L["not_written"], "prompt")
            return
        in_list = False
        for block in blocks:
            if block.kind == "bullet" and not in_list:
                self.w("<ul>")
                in_list = True
            elif block.kind != "bullet" and in_list:
                self.w("</ul>")
                in_list = False
            self.text("li" if block.kind == "bullet" else "p", block.text)
        if in_list:
            self.w("</ul>")

    def table(
        self,
        header: list[str],
        rows: list[list],
        numeric: AbstractSet[int] = frozenset(),
        highlight: AbstractSet[int] = frozenset(),
        own_cells: AbstractSet[tuple[int, int]] = frozenset(),
    ) -> None:
        """A table of plain values; ``own_cells`` ((row, column)) are the book's own text, tagged
        with its language."""
        own = f' lang="{escape(self.o.own_lang)}"' if self.o.own_lang else ""
        self.w("<table><thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr></thead><tbody>")
        for index, row in enumerate(rows):
            cls = ' class="overdue"' if index in highlight else ""
            cells = "".join(
                "<td"
                + (' class="num"' if i in numeric else "")
                + (own if (index, i) in own_cells else "")
                + f">{escape(str(v))}</td>"
                for i, v in enumerate(row)
            )
            self.w(f"<tr{cls}>{cells}</tr>")
        self.w("</tbody></table>")

    # -- sections --------------------------------------------------------------------------
    def cover(self) -> None:
        o = self.o
        self.w('<section class="cover" id="cover">')
        self.text("p", f"{self.L['packet']} {o.version_label}", "meta")
        self.text("p", o.title, "title", lang=o.own_lang)
        own = {self.L["place"], self.L["delegation"]}
        self.w(
            "<p>"
            + "<br>".join(
                f"<b>{escape(label)}:</b> {self.own(value) if label in own else escape(value)}"
                for label, value in o.overview
                if value
            )
            + "</p>"
        )
        self.w("</section>")

    def contents(self) -> None:
        self.w('<nav id="contents">')
        self.text("h1", self.L["contents"])
        self.w("<ol>")
        for section in self.o.sections:
            if section in ("cover", "contents") or (section == "changes" and self.o.changes is None):
                continue
            target = self.o.briefs[0].key if section == "briefs" and self.o.briefs else section
            self.w(f'<li><a href="#{escape(target)}">{escape(self.o.section_title(section))}</a>')
            if section == "briefs":
                self.w(
                    "<ol>"
                    + "".join(f'<li><a href="#{escape(b.key)}">{escape(b.title)}</a></li>' for b in self.o.briefs)
                    + "</ol>"
                )
            if section == "events" and self.o.events_in_order:
                self.w(
                    "<ol>"
                    + "".join(
                        f'<li><a href="#{escape(e.key)}">{escape(e.title)}</a></li>' for e in self.o.events_in_order
                    )
                    + "</ol>"
                )
            self.w("</li>")
        self.w("</ol></nav>")

    def overview(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["overview"], id="overview")
        self.note("overview")
        own = {L["place"], L["delegation"]}  # the book's text (the title is the header)
        self.rich_table(
            [escape(L["title"]), self.own(self.o.title)],
            [
                [escape(label), self.own(value) if label in own else escape(value)]
                for label, value in self.o.overview
                if value
            ],
            escaped=True,
        )
        self.w("</section>")

    def changes(self) -> None:
        """What changed since the previous packet (issue 10): word diffs as <del>/<ins>."""
        summary = self.o.changes
        if summary is None:  # never: the section is left out of a packet without a summary
            return
        self.w("<section>")
        self.text("h1", summary.heading, id="changes")
        if summary.compared:
            self.text("p", summary.compared, "meta")
        if summary.message:
            self.text("p", summary.message, "prompt")
        if summary.legend:
            self.text("p", summary.legend, "small")
        for group in summary.groups:
            self.text("h2", group.heading)
            self.w('<ul class="changes">')
            for line in group.lines:
                detail = (f" {escape(line.context)}" if line.context else "") + (
                    f": {escape(line.detail)}" if line.detail else ""
                )
                diff = "".join(f'<div class="diff">{self.diff_html(parts)}</div>' for parts in line.diff)
                self.w(f"<li><b>{escape(line.subject)}</b>{detail}{diff}</li>")
            self.w("</ul>")
        self.w("</section>")

    def diff_html(self, parts) -> str:
        """Removed words as <del>, added as <ins>, each after a small "deleted:"/"added:" label
        (screen readers do not announce <del>/<ins>; black-and-white print keeps the word)."""
        out = []
        deleted, added = escape(self.L["deleted"]), escape(self.L["added"])
        for part in parts:
            text = escape(part.text)
            if part.kind == "removed":
                out.append(f'<span class="label">{deleted}</span> <del>{text}</del>')
            elif part.kind == "added":
                out.append(f'<span class="label">{added}</span> <ins>{text}</ins>')
            elif part.kind == "gap":
                out.append(f'<span class="gap">{text}</span>')
            else:
                out.append(text)
        return "".join(out)

    def agenda(self) -> None:
        L = self.L
        self.w('<section class="section">' if self.o.has("changes") else "<section>")
        self.text("h1", L["agenda"], id="agenda")
        if not self.o.agenda:
            self.text("p", L["agenda_empty"], "prompt")
        else:
            self.table(
                [L["no"], L["title"], L["issue_area"], L["priority"], L["status"]],
                [[r.number, r.title, r.issue_title, r.priority, r.status] for r in self.o.agenda],
                {0},
            )
        self.w("</section>")

    def brief(self, brief) -> None:
        L = self.L
        self.w('<article class="brief">')
        self.text("h1", brief.title, id=brief.key)
        self.text("p", brief.meta, "meta")
        if self.o.bilingual:
            self.bilingual_body(brief)
            return
        self.text("h2", L["background"])
        if brief.summary:
            self.text("p", brief.summary)
            self.text("p", f"{L['cited']}: {brief.summary_citation}", "small")
        else:
            self.text("p", L["custom_item"], "prompt")
        if brief.since_then:
            self.text("h2", brief.since_then_heading)
            self.text("p", brief.since_then)
            for line in brief.since_then_sources:
                self.text("p", line, "small")
        for f in brief.fields:
            self.text("h2", f.heading)
            if f.note:
                self.text("p", f.note, "prompt")
                self.w(f'<div lang="{escape(f.lang)}">')
                self.blocks(f.blocks)
                self.w("</div>")
            else:
                self.blocks(f.blocks)
        if brief.issue_area:
            self.text("h2", L["recommendations"])
            if not brief.recommendations:
                self.text("p", L["no_recommendations"], "prompt")
            for rec in brief.recommendations:
                self.text("h3", rec.title)
                self.text("p", rec.summary)
                self.text("p", f"{L['cited']}: {rec.citation} · {L['our_status']}: {rec.status}", "small")
                if rec.notes:
                    self.w(
                        "<ul>"
                        + "".join(f"<li>{escape(day.isoformat())}: {escape(note)}</li>" for day, note in rec.notes)
                        + "</ul>"
                    )
        if brief.outlooks:
            self.text("h2", L["outlook"])
            for outlook in brief.outlooks:
                self.text("p", outlook.summary)
                self.text("p", f"{L['cited']}: {outlook.citation}", "small")
        if brief.charts:
            self.text("h2", L["key_charts"])
            for ref in brief.charts:
                self.chart(self.charts[ref.key])
        self.w("</article>")

    def bilingual_body(self, brief) -> None:
        index = self.o.briefs.index(brief)
        other = self.o.parallel[index]
        tags = {"h": "h3", "p": "p", "small": "p", "prompt": "p", "bullet": "p"}
        classes = {"small": "small", "prompt": "prompt", "bullet": "bullet"}

        def cell(parts, lang):
            body = "".join(
                f"<{tags[st]}{' class=' + chr(34) + classes[st] + chr(34) if st in classes else ''}>"
                f"{'• ' if st == 'bullet' else ''}{escape(text)}</{tags[st]}>"
                for st, text in parts
            )
            return f'<td lang="{lang}">{body}</td>'

        self.w(
            '<table class="bilingual"><thead><tr>'
            f'<th lang="{self.o.lang}">{escape(brief.title)}</th><th lang="{self.o.second_lang}">{escape(other.title)}</th>'
            "</tr></thead><tbody>"
        )
        for first, second in paired_rows(self.o, index):
            self.w(f"<tr>{cell(first, self.o.lang)}{cell(second, self.o.second_lang)}</tr>")
        self.w("</tbody></table>")
        if brief.charts:
            self.text("h2", self.L["key_charts"])
            for ref in brief.charts:
                self.chart(self.charts[ref.key])
        self.w("</article>")

    def chart(self, chart: RenderedChart) -> None:
        self.figure += 1
        spec = chart.spec
        data = base64.b64encode(chart.png).decode("ascii")
        caption = f"{self.L['figure']} {self.figure}. {spec.caption}"
        self.w(
            f"<figure><figcaption>{escape(caption)}</figcaption>"
            f'<img src="data:image/png;base64,{data}" alt="{escape(chart_alt(spec), quote=True)}" '
            f'width="{chart.width_px}" height="{chart.height_px}">'
        )
        if spec.events:
            events = "; ".join(f"{n}: {e.label}" for n, e in enumerate(spec.events, start=1))
            self.text("p", f"{self.L['events']}: {events}", "small")
        for line in spec.source_lines:
            self.text("p", line, "small")
        self.w("</figure>")

    def checklist(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["checklist"], id="checklist")
        status = self.o.checklist
        if status is None:
            self.text("p", L["no_checklist"], "prompt")
        else:
            self.note("checklist")
            head = [L["done"], L["open"], L["overdue"], L["total"]]
            t = status.totals
            # phases, owners and items are the book's text ("Total", "Unassigned" the packet's words)
            own = {0} if self.o.own_lang else set()
            self.text("h2", L["by_phase"])
            self.table(
                [L["phase"], *head],
                [[r.name, r.done, r.open, r.overdue, r.total] for r in status.by_phase]
                + [[t.name, t.done, t.open, t.overdue, t.total]],
                {1, 2, 3, 4},
                own_cells={(i, 0) for i in range(len(status.by_phase))} if own else set(),
            )
            self.text("h2", L["by_owner"])
            self.table(
                [L["owner"], *head],
                [[r.name, r.done, r.open, r.overdue, r.total] for r in status.by_owner],
                {1, 2, 3, 4},
                own_cells={(i, 0) for i, r in enumerate(status.by_owner) if r.name != L["unassigned"]}
                if own
                else set(),
            )
            self.text("h2", L["open_items"])
            if not status.not_done:
                self.text("p", L["all_done"], "prompt")
            else:
                self.table(
                    [L["due"], L["item"], L["owner"], L["status"]],
                    [[x.due.isoformat(), x.title, x.owner, x.status] for x in status.not_done],
                    highlight={i for i, x in enumerate(status.not_done) if x.overdue},
                    own_cells={(i, c) for i in range(len(status.not_done)) for c in (1, 2)} if own else set(),
                )
        self.w("</section>")

    def annex(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["annex"], id="annex")
        self.table(
            [L["series"], L["unit"], L["latest"], L["year"]],
            [[r.name, r.unit, r.latest, r.year] for r in self.o.annex],
            {2, 3},
        )
        if self.o.pane_charts:
            self.text("h2", L["pane_chart"])
            for ref in self.o.pane_charts:
                self.chart(self.charts[ref.key])
        self.w("</section>")

    def sources(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["sources"], id="sources")
        self.text("h2", L["reference_content"])
        self.text("p", self.o.reference_line)
        for note in self.o.not_in_reference:
            self.text("p", note)
        self.text("h2", L["documents"])
        for doc in self.o.documents:
            self.text("p", doc.text)
        self.text("h2", L["series_sources"])
        for src in self.o.series_sources:
            self.text("h3", src.name)
            self.text("p", src.line, "small")
            self.text("p", src.citation, "small")
        if self.o.events and self.o.has("briefs"):
            self.text("h2", L["events"])
            for text in self.o.events.values():
                self.text("p", text, "small")
        self.w("</section>")

    # -- program, who's who, deliverables, press Q&A (issue 11) ----------------------------
    def _lines(self, parts: list[tuple[str, ...]]) -> str:
        """Escaped lines joined by <br>; each part is (text, CSS class or ""), or (text, class,
        lang) for the book's own text (``lang`` "" when it is the packet's language), or (text,
        class, lang, join) for a part on the line before, after ``join``."""
        out = ""
        for text, cls, *rest in parts:
            if not text:
                continue
            lang = rest[0] if rest else ""
            join = rest[1] if len(rest) > 1 else ""
            attrs = (f' class="{cls}"' if cls else "") + (f' lang="{escape(lang)}"' if lang else "")
            line = f"<span{attrs}>{escape(text)}</span>" if attrs else escape(text)
            out += (escape(join) if join else "<br>") + line if out else line
        return out

    def mine(self, text: str, cls: str = "", join: str = "") -> tuple[str, str, str, str]:
        """A ``_lines`` part of the book's own text."""
        return (text, cls, self.o.own_lang, join)

    def rich_table(self, header: list[str], rows: list[list[str]], escaped: bool = False) -> None:
        """A table whose cells are already-escaped HTML (built with ``_lines``); ``escaped``: so is the header."""
        heads = header if escaped else [escape(h) for h in header]
        self.w("<table><thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead><tbody>")
        for row in rows:
            self.w("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
        self.w("</tbody></table>")

    def program(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["program"], id="program")
        self.note("program")
        if not self.o.program:
            self.text("p", L["no_program"], "prompt")
        summit_zone, home_zone = self.o.zones
        if self.o.program:
            self.text(
                "p",
                L["zones_note"].format(
                    summit=zone_city(summit_zone, self.o.lang), home=zone_city(home_zone, self.o.lang)
                ),
                "meta",
            )
        for day in self.o.program:
            self.text("h2", day.heading)
            rows = []
            for r in day.rows:
                covers = f"{L['covers']}: {r.agenda}" if r.agenda else ""
                event = self._lines(
                    [
                        self.mine(r.title, "title"),
                        (r.kind, ""),
                        self.mine(r.place, "", " · " if r.kind else ""),
                        (covers, "small"),
                        self.mine(r.notes, "prompt"),
                        (r.conflict, "conflict"),
                    ]
                )
                rows.append(
                    [
                        f"<b>{escape(r.local_time)}</b>",
                        escape(r.home_time),
                        event,
                        self._lines([self.mine(name) for name in r.participants.split("; ")]),
                    ]
                )
            self.rich_table(
                [
                    L["local_time"].format(zone=zone_city(summit_zone, self.o.lang)),
                    L["home_time"].format(zone=zone_city(home_zone, self.o.lang)),
                    L["event"],
                    L["participants"],
                ],
                rows,
            )
        self.w("</section>")

    def people(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["people"], id="people")
        self.note("people")
        if not self.o.people:
            self.text("p", L["no_people"], "prompt")
        for group in self.o.people:
            self.text("h2", group.side)
            for person in group.people:
                self.w('<div class="person">')
                if person.photo:
                    data = base64.b64encode(person.photo).decode("ascii")
                    self.w(
                        f'<img src="data:{escape(person.photo_type or "image/png", quote=True)};base64,{data}" '
                        f'alt="{escape(L["photo_of"].format(name=person.name), quote=True)}">'
                    )
                self.w("<div>")
                own = self.o.own_lang
                self.text("h3", person.name, lang=own)
                line = " · ".join(x for x in (person.title, person.organisation) if x)
                if line:
                    self.text("p", line, lang=own)
                for key, value in (
                    ("role", person.role),
                    ("pronunciation", person.pronunciation),
                    ("last_met", person.last_met),
                ):
                    if value:
                        self.w(f'<p class="small">{escape(L[key])}: {self.own(value)}</p>')
                for key, blocks in (("bio", person.bio), ("talking_notes", person.talking_notes)):
                    if blocks:
                        self.w(f"<p><b>{escape(L[key])}</b></p>")
                        self.book_blocks(blocks)
                self.w("</div></div>")
        self.w("</section>")

    def deliverables(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["deliverables"], id="deliverables")
        if not self.o.deliverables:
            self.text("p", L["no_deliverables"], "prompt")
        else:
            self.note("deliverables")
            self.rich_table(
                [L["title"], L["kind"], L["status"], L["owner"], L["linked"]],
                [
                    [
                        self._lines([self.mine(d.title, "title"), self.mine(d.notes, "small")]),
                        escape(d.kind),
                        escape(d.status),
                        self.own(d.owner),
                        escape(d.linked),
                    ]
                    for d in self.o.deliverables
                ],
            )
        self.w("</section>")

    def press(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["press"], id="press")
        self.note("press")
        if not self.o.press:
            self.text("p", L["no_press"], "prompt")
        for group in self.o.press:
            self.text("h2", group.title)
            if group.top_lines:
                self.text("h3", L["top_lines"])
                self.book_blocks(group.top_lines)
            if group.questions:
                self.rich_table(
                    [L["question"], L["answer"], L["answer_marking"]],
                    [
                        [
                            self._lines(
                                [
                                    self.mine(q.question, "prompt" if q.prompt else ""),
                                    (L["prompt"] if q.prompt else "", "small"),
                                ]
                            ),
                            self._lines([self.mine(q.answer)] if q.answer else [(L["no_answer"], "prompt")]),
                            escape(q.marking),
                        ]
                        for q in group.questions
                    ],
                )
        self.w("</section>")

    # -- the principal's book (issue 21) ---------------------------------------------------
    def book_open(self) -> str:
        """A lang attribute for the book's own text when the packet is in the other language."""
        o = self.o
        return f' lang="{escape(o.book_lang)}"' if o.book_lang and o.book_lang != o.lang else ""

    def book_blocks(self, blocks: list[Block], empty: str | None = None) -> None:
        if not blocks:
            if empty is not None:
                self.text("p", empty, "prompt")
            return
        self.w(f"<div{self.book_open()}>")
        self.blocks(blocks)
        self.w("</div>")

    def field_text(self, f) -> None:
        if f.note:
            self.text("p", f.note, "prompt")
            self.w(f'<div lang="{escape(f.lang)}">')
            self.blocks(f.blocks)
            self.w("</div>")
        else:
            self.blocks(f.blocks)

    def scene(self) -> None:
        L = self.L
        scene = self.o.scene
        self.w('<section class="section">')
        self.text("h1", L["scene"], id="scene")
        self.note("scene")
        if scene is None or scene.empty:
            self.text("p", L["no_scene"], "prompt")
        else:
            self.text("p", scene.length, "meta")
            for part in scene.parts:
                self.text("h2", part.heading)
                self.book_blocks(part.blocks, L["not_written"])
        self.w("</section>")

    def events(self) -> None:
        L = self.L
        if not self.o.events_in_order:
            self.w('<section class="section">')
            self.text("h1", L["event_pages"], id="events")
            self.text("p", L["no_events"], "prompt")
            self.w("</section>")
            return
        for index, event in enumerate(self.o.events_in_order):
            self.w('<section class="section">')
            if index == 0:
                self.w('<span id="events"></span>')
            self.text("h1", event.title, id=event.key, lang=self.o.own_lang)
            self.note("events")
            self.text("p", event.meta, "meta")
            if event.scenario:
                self.text("h2", event.scenario_title, id=event.scenario_key)
                self.w(
                    "<table><thead><tr>"
                    + "".join(f"<th>{escape(h)}</th>" for h in (L["step_time"], L["step_action"], L["step_who"]))
                    + f"</tr></thead><tbody{self.book_open()}>"
                )
                for step in event.scenario:
                    self.w(
                        f"<tr><td><b>{escape(step.time)}</b></td><td>{escape(step.action)}</td>"
                        f"<td>{escape(step.who)}</td></tr>"
                    )
                self.w("</tbody></table>")
            if event.memo is not None:
                self.memo(event.memo)
            for remarks in event.remarks:
                self.text("h2", remarks.title, id=remarks.key)
                line = " · ".join(
                    x for x in (remarks.speaker and f"{L['speaker']}: {remarks.speaker}", remarks.length) if x
                )
                self.text("p", line, "meta")
                if remarks.blocks:  # read aloud: a reading size
                    self.w('<div class="speech">')
                    self.book_blocks(remarks.blocks)
                    self.w("</div>")
                else:
                    self.text("p", L["not_written"], "prompt")
            self.w("</section>")

    def memo(self, memo) -> None:
        L = self.L
        self.text("h2", memo.title, id=memo.key)
        self.text("h3", L["memo_participants"])
        if not memo.sides:
            self.text("p", L["memo_no_participants"], "prompt")
        for side in memo.sides:
            self.w(f"<p><b>{escape(side.side)}</b></p><ul{self.book_open()}>")
            for p in side.people:
                who = ", ".join(x for x in (p.name, p.title) if x)
                self.text("li", " — ".join(x for x in (who, p.role) if x), "tbc" if p.to_be_confirmed else None)
            self.w("</ul>")
        self.text("h3", L["memo_objectives"])
        self.book_blocks(memo.objectives, L["not_written"])
        self.text("h3", L["memo_agenda"])
        if not memo.agenda:
            self.text("p", L["memo_no_agenda"], "prompt")
        self.w("<ol>")
        for n, item in enumerate(memo.agenda, start=1):
            title = item.heading(n, L).removeprefix(f"{n}. ")  # the list numbers it
            self.w(f"<li><p><b>{escape(title)}</b></p>")
            if item.unwritten:
                self.text("p", L["memo_points_unwritten"], "prompt")
            else:
                self.text("p", L["talking_points"], "small")
                self.field_text(item.points)
                self.text("p", L["press_line"], "small")
                self.field_text(item.press_line)
            self.w("</li>")
        self.w("</ol>")
        self.text("h3", L["memo_they_raise"])
        self.book_blocks(memo.they_raise, L["not_written"])
        if memo.deliverables:
            self.text("h3", L["memo_deliverables"])
            self.w(f"<ul{self.book_open()}>")
            for d in memo.deliverables:
                self.text("li", f"{d.title} ({d.detail})")
            self.w("</ul>")
        if memo.notes:
            self.text("h3", L["memo_notes"])
            self.book_blocks(memo.notes)

    def open_items(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["pending"], id="open_items")
        if not self.o.pending:
            self.text("p", L["no_pending"], "prompt")
        for group in self.o.pending:
            self.text("h2", group.heading)
            self.w("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in group.lines) + "</ul>")
        self.w("</section>")

    def readiness(self) -> None:
        L = self.L
        self.w('<section class="section">')
        self.text("h1", L["readiness"], id="readiness")
        if not self.o.readiness:
            self.text("p", L["ready_all"], "prompt")
        else:
            self.w("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in self.o.readiness) + "</ul>")
        self.w("</section>")

    def build(self) -> str:
        o = self.o
        lang = "es-MX" if o.lang == "es" else "en"
        title = f"{o.title} — {self.L['packet']} {o.version_label}"
        self.w(
            f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}"
            f"{PRINT_CSS.format(marking=css_string(o.marking), page_of=page_of_css(self.L['page_of']))}"
            f"</style></head><body>"
        )
        if o.marking:
            self.text("div", o.marking, "marking top")
        if o.draft:
            self.text("div", self.L["draft"], "draft")
        for section in o.sections:  # in the outline's order (the profile's)
            if section == "briefs":
                for brief in o.briefs:
                    self.brief(brief)
            elif section != "changes" or o.changes is not None:
                getattr(self, section)()
        footer = f"{o.title} · {self.L['packet']} {o.version_label}"
        self.text("p", footer, "meta")
        if o.marking:
            self.text("div", o.marking, "marking bottom")
        self.w("</body></html>\n")
        return "\n".join(self.out)


def render(
    outline: PacketOutline, charts: dict[str, RenderedChart], path: Path, step: Callable[[], None] | None = None
) -> None:
    """Write the packet HTML to ``path`` (the caller owns the temporary-file-and-rename)."""
    text = _Writer(outline, charts).build()
    if step:
        step()
    Path(path).write_text(text, encoding="utf-8")
