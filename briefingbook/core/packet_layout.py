"""The packet outline as a layout tree: plain, JSON-ready data a typesetter lays out.

``layout(outline)`` turns the outline ``core/packet.py`` assembles into one dictionary:
document facts (title, language, marking, version, paper), the cover, and an ordered list of
sections, each a list of typed blocks (paragraph, bullet list, table, figure, person, change
line, side-by-side pairs). ``export/pdf.py`` writes it as JSON and the Typst template in
``resources/templates/packet.typ`` lays it out. Every text in it is the user's or the
reference's plain text: the template places strings as text, so nothing here is markup.

Adding a section is adding a function here (named as the section) that returns its blocks;
the template already knows every block kind. A new kind of block needs one case in the
template's ``block`` function.

Block kinds (``"t"``): ``p``, ``small``, ``meta``, ``prompt`` (a paragraph in that style),
``h2``/``h3`` (subheadings), ``list`` (bullets), ``table``, ``figure`` (a chart, by key: the
renderer adds the image, caption and alt text), ``person``, ``change``, ``pairs`` (two
languages side by side), ``keep`` (blocks kept on one page), ``lang`` (blocks in another
language than the packet's, e.g. a field written only in English in a Spanish packet) and
``speech`` (blocks set in a reading size: remarks to be spoken).

Figures and photos are referred to by name; ``assets`` (returned beside the tree) maps a
photo's file name to its bytes.
"""

from __future__ import annotations

from typing import Any

from briefingbook.core.packet import Block, Brief, PacketOutline, brief_rows, date_text
from briefingbook.core.packet_principal import EventEntry, FieldText, MemoEntry
from briefingbook.core.program import zone_city

# One node of the layout tree: a section, a block, a table cell line (plain JSON data).
Node = dict[str, Any]


def _text(kind: str, text: str) -> Node:
    return {"t": kind, "text": text}


def blocks_of(blocks: list[Block], empty: str | None = None) -> list[Node]:
    """User text blocks as layout blocks: consecutive bullets become one list."""
    out: list[Node] = []
    for block in blocks:
        if block.kind == "bullet":
            if out and out[-1]["t"] == "list":
                out[-1]["items"].append(block.text)
            else:
                out.append({"t": "list", "items": [block.text]})
        else:
            out.append(_text("p", block.text))
    if not out and empty is not None:
        out.append(_text("prompt", empty))
    return out


def _styled(parts: list[tuple[str, ...]]) -> list[Node]:
    """A table cell of several lines: (text, style) with style "", "b", "i", "small" or "red",
    optionally (text, style, lang) for a line in another language than the packet's (the book's
    own text: "" when it is the packet's), and (text, style, lang, join) for a part set on the
    line before, after ``join`` (e.g. " · "), instead of on a line of its own."""
    out: list[Node] = []
    for text, style, *rest in parts:
        if not text:
            continue
        line: Node = {"text": text, "style": style}
        if rest and rest[0]:
            line["lang"] = rest[0]
        if len(rest) > 1 and rest[1] and out:
            line["join"] = rest[1]
        out.append(line)
    return out


def _labelled(label: str, value: str, lang: str = "") -> Node:
    """A small "Label: value" line whose value may be in another language (``lang``)."""
    return {"t": "labelled", "label": label, "text": value, "value_lang": lang}


def _table(
    header: list[Any],
    rows: list[list[Any]],
    columns: list[str],
    numeric: set[int] | frozenset[int] = frozenset(),
    highlight: set[int] | frozenset[int] = frozenset(),
) -> Node:
    """A table; ``columns`` are Typst track sizes ("auto", "1fr", "2fr"); cells are strings or
    lists of styled lines (``_styled``). ``keep`` lists the runs of rows kept on one page
    (``keep_runs``)."""
    cells = [[c if isinstance(c, list) else str(c) for c in row] for row in rows]
    return {
        "t": "table",
        "header": header,
        "rows": cells,
        "columns": columns,
        "numeric": sorted(numeric),
        "highlight": sorted(highlight),
        "keep": keep_runs([sum(_cell_length(c) for c in row) for row in cells]),
    }


# Two rows kept together longer than this (characters) could leave most of a page empty or not
# fit one page: such a pair may break (each row still never splits).
KEEP_LIMIT = 1500


def _cell_length(cell: Any) -> int:
    return len(cell) if isinstance(cell, str) else sum(len(line["text"]) for line in cell)


def keep_runs(lengths: list[int]) -> list[list[int]]:
    """Runs ``[first row, count]`` of a table's rows kept on one page so no page begins or ends
    with a single row of a table that continues: the first two rows (no lone row at a page foot)
    and the last two (none alone at the top of the next page); a table of two or three rows is one
    run. A run whose rows are longer than ``KEEP_LIMIT`` characters is left out."""
    n = len(lengths)
    if n < 2:
        return []
    runs = [[0, n]] if n <= 3 else [[0, 2], [n - 2, 2]]
    return [[first, count] for first, count in runs if sum(lengths[first : first + count]) <= KEEP_LIMIT]


class _Layout:
    def __init__(self, outline: PacketOutline) -> None:
        self.o = outline
        self.L = outline.labels
        self.assets: dict[str, bytes] = {}

    def section(
        self, key: str, title: str, blocks: list[Node], level: int = 1, new_page: bool = True, lang: str | None = None
    ) -> Node:
        if level == 1 and blocks and all(b.get("t") in ("prompt", "meta") for b in blocks):
            # A section that only says it is empty ("No press questions have been written.")
            # follows what came before instead of taking a page of its own.
            new_page = False
        return {
            "key": key,
            "title": title,
            "level": level,
            "new_page": new_page,
            "blocks": blocks,
            "lang": lang or self.o.lang,
        }

    # -- the book's own text in a packet of the other language ----------------------------------
    def note(self, section: str) -> list[Node]:
        """The note under a section's heading when its entries are the book's own text in the
        other language (``PacketOutline.book_note``)."""
        note = self.o.book_note(section)
        return [_text("prompt", note)] if note else []

    def own(self, text: str, style: str = "", join: str = "") -> tuple[str, str, str, str]:
        """A table-cell line of the book's own text (tagged with its language when it differs)."""
        return (text, style, self.o.own_lang, join)

    def own_values(self) -> set[str]:
        """The overview's labels whose values are the book's own text (place, delegation)."""
        return {self.L["place"], self.L["delegation"]}

    # -- sections ------------------------------------------------------------------------------
    def overview(self) -> list[Node]:
        own = self.own_values()
        rows: list[list[Any]] = [
            [label, _styled([self.own(value)]) if label in own else value] for label, value in self.o.overview if value
        ]
        table = _table([self.L["title"], _styled([self.own(self.o.title)])], rows, ["auto", "1fr"])
        return [self.section("overview", self.L["overview"], [*self.note("overview"), table])]

    def changes(self) -> list[Node]:
        summary = self.o.changes
        if summary is None:
            return []
        blocks: list[Node] = []
        if summary.compared:
            blocks.append(_text("meta", summary.compared))
        if summary.message:
            blocks.append(_text("prompt", summary.message))
        if summary.legend:
            blocks.append(_text("small", summary.legend))
        for group in summary.groups:
            blocks.append(_text("h2", group.heading))
            for line in group.lines:
                blocks.append(
                    {
                        "t": "change",
                        "subject": line.subject,
                        "context": line.context,
                        "detail": line.detail,
                        "diffs": [[{"kind": part.kind, "text": part.text} for part in parts] for parts in line.diff],
                    }
                )
        # Right under the overview: a first packet's changes are one sentence, not a page.
        return [self.section("changes", summary.heading, blocks, new_page=not self.o.has("overview"))]

    def agenda(self) -> list[Node]:
        L = self.L
        if not self.o.agenda:
            blocks = [_text("prompt", L["agenda_empty"])]
        else:
            rows = [[r.number, r.title, r.issue_title, r.priority, r.status] for r in self.o.agenda]
            blocks = [
                _table(
                    [L["no"], L["title"], L["issue_area"], L["priority"], L["status"]],
                    rows,
                    ["auto", "2fr", "1.4fr", "auto", "auto"],
                    numeric={0},
                )
            ]
        return [self.section("agenda", L["agenda"], blocks)]

    def program(self) -> list[Node]:
        L = self.L
        blocks: list[Node] = self.note("program")
        if not self.o.program:
            blocks.append(_text("prompt", L["no_program"]))
        summit_zone, home_zone = self.o.zones
        header = [
            L["local_time"].format(zone=zone_city(summit_zone, self.o.lang)),
            L["home_time"].format(zone=zone_city(home_zone, self.o.lang)),
            L["event"],
            L["participants"],
        ]
        if self.o.program:
            blocks.append(
                _text(
                    "meta",
                    L["zones_note"].format(
                        summit=zone_city(summit_zone, self.o.lang), home=zone_city(home_zone, self.o.lang)
                    ),
                )
            )
        for day in self.o.program:
            blocks.append(_text("h2", day.heading))
            rows = []
            for r in day.rows:
                covers = f"{L['covers']}: {r.agenda}" if r.agenda else ""
                # The event's title, place, notes and participants are the book's text; its kind,
                # the "covers" line and a conflict are the packet's words.
                rows.append(
                    [
                        # the times only: the column's heading names the zone's city
                        _styled([(r.local_time, "b")]),
                        _styled([(r.home_time, "")]),
                        _styled(
                            [
                                self.own(r.title, "b"),
                                (r.kind, ""),
                                self.own(r.place, "", " · " if r.kind else ""),
                                (covers, "small"),
                                self.own(r.notes, "i"),
                                (r.conflict, "red"),
                            ]
                        ),
                        _styled([self.own(name) for name in r.participants.split("; ")]),
                    ]
                )
            blocks.append(_table(header, rows, ["0.75fr", "0.75fr", "1.5fr", "1.4fr"]))
        return [self.section("program", L["program"], blocks)]

    def people(self) -> list[Node]:
        L = self.L
        own = self.o.own_lang
        blocks: list[Node] = self.note("people")
        if not self.o.people:
            blocks.append(_text("prompt", L["no_people"]))
        for group in self.o.people:
            blocks.append(_text("h2", group.side))
            for person in group.people:
                body: list[Node] = []
                line = " · ".join(x for x in (person.title, person.organisation) if x)
                if line:
                    body += self.book_text([_text("p", line)])
                if person.role:
                    body.append(_labelled(L["role"], person.role, own))
                if person.pronunciation:
                    body.append(_labelled(L["pronunciation"], person.pronunciation, own))
                if person.last_met:
                    body.append(_labelled(L["last_met"], person.last_met, own))
                for key, text_blocks in (("bio", person.bio), ("talking_notes", person.talking_notes)):
                    if text_blocks:
                        body.append(_text("caption", L[key]))
                        body.extend(self.book_text(blocks_of(text_blocks)))
                photo = None
                if person.photo:
                    photo = f"photo{len(self.assets) + 1}" + (
                        ".png" if person.photo[:8] == b"\x89PNG\r\n\x1a\n" else ".jpg"
                    )
                    self.assets[photo] = person.photo
                blocks.append(
                    {
                        "t": "person",
                        "name": person.name,
                        "name_lang": own,
                        "photo": photo,
                        "alt": L["photo_of"].format(name=person.name),
                        "blocks": body,
                    }
                )
        return [self.section("people", L["people"], blocks)]

    def briefs(self) -> list[Node]:
        out = [self.section("briefs", self.L["briefs"], [], new_page=True)]
        for index, brief in enumerate(self.o.briefs):
            out.append(self.brief(index, brief, new_page=index > 0))
        return out

    def brief(self, index: int, brief: Brief, new_page: bool) -> Node:
        L = self.L
        blocks: list[Node] = [_text("meta", brief.meta)]
        if self.o.bilingual:
            other = self.o.parallel[index]

            def side(parts: list[tuple[str, str]]) -> list[Node]:
                out: list[Node] = []
                for style, text in parts:
                    kind = {"h": "h4", "bullet": "bullet"}.get(style, style)
                    if kind == "bullet" and out and out[-1]["t"] == "list":
                        out[-1]["items"].append(text)
                    elif kind == "bullet":
                        out.append({"t": "list", "items": [text]})
                    else:
                        out.append(_text(kind, text))
                return out

            rows = [
                [side(a), side(b)]
                for a, b in zip(brief_rows(brief, L), brief_rows(other, self.o.second_labels), strict=True)
            ]
            blocks.append(
                {
                    "t": "pairs",
                    "head": [brief.title, other.title],
                    "langs": [self.o.lang, self.o.second_lang],
                    "rows": rows,
                }
            )
        else:
            blocks.append(_text("h2", L["background"]))
            if brief.summary:
                blocks += [_text("p", brief.summary), _text("small", f"{L['cited']}: {brief.summary_citation}")]
            else:
                blocks.append(_text("prompt", L["custom_item"]))
            if brief.since_then:
                blocks += [_text("h2", brief.since_then_heading), _text("p", brief.since_then)]
                blocks += [_text("small", line) for line in brief.since_then_sources]
            for f in brief.fields:
                blocks.append(_text("h2", f.heading))
                if f.note:
                    blocks.append(_text("prompt", f.note))
                    blocks.append({"t": "lang", "lang": f.lang, "blocks": blocks_of(f.blocks)})
                else:
                    blocks += blocks_of(f.blocks, L["not_written"])
            if brief.issue_area:
                blocks.append(_text("h2", L["recommendations"]))
                if not brief.recommendations:
                    blocks.append(_text("prompt", L["no_recommendations"]))
                for rec in brief.recommendations:
                    part = [
                        _text("h3", rec.title),
                        _text("p", rec.summary),
                        _text("small", f"{L['cited']}: {rec.citation} · {L['our_status']}: {rec.status}"),
                    ]
                    if rec.notes:
                        part.append({"t": "list", "items": [f"{day.isoformat()}: {note}" for day, note in rec.notes]})
                    blocks.append({"t": "keep", "blocks": part})
            if brief.outlooks:
                blocks.append(_text("h2", L["outlook"]))
                for outlook in brief.outlooks:
                    blocks += [_text("p", outlook.summary), _text("small", f"{L['cited']}: {outlook.citation}")]
        if brief.charts:
            blocks.append(_text("h2", L["key_charts"]))
            blocks += [{"t": "figure", "key": ref.key} for ref in brief.charts]
        return self.section(brief.key, brief.title, blocks, level=2, new_page=new_page)

    # -- the principal's book (issue 21) ------------------------------------------------------
    def book_text(self, blocks: list[Node]) -> list[Node]:
        """The book's own text, marked with its language when the packet is in the other one."""
        if blocks and self.o.book_lang and self.o.book_lang != self.o.lang:
            return [{"t": "lang", "lang": self.o.book_lang, "blocks": blocks}]
        return blocks

    def field_text(self, f: FieldText) -> list[Node]:
        """A brief field a memo pulls: as the brief prints it (labelled when in the other language)."""
        if f.note:
            return [_text("prompt", f.note), {"t": "lang", "lang": f.lang, "blocks": blocks_of(f.blocks)}]
        return blocks_of(f.blocks, self.L["not_written"])

    def scene(self) -> list[Node]:
        L = self.L
        scene = self.o.scene
        blocks: list[Node] = self.note("scene")
        if scene is None or scene.empty:
            blocks.append(_text("prompt", L["no_scene"]))
        else:
            blocks.append(_text("meta", scene.length))
            for part in scene.parts:
                blocks.append(_text("h2", part.heading))
                blocks += self.book_text(blocks_of(part.blocks)) or [_text("prompt", L["not_written"])]
        return [self.section("scene", L["scene"], blocks)]

    def events(self) -> list[Node]:
        L = self.L
        if not self.o.events_in_order:
            return [self.section("events", L["event_pages"], [_text("prompt", L["no_events"])])]
        out = [self.section("events", L["event_pages"], self.note("events"))]
        for index, event in enumerate(self.o.events_in_order):
            out += self.event(event, new_page=index > 0)
        return out

    def event(self, event: EventEntry, new_page: bool) -> list[Node]:
        L = self.L
        out = [
            self.section(
                event.key, event.title, [_text("meta", event.meta)], level=2, new_page=new_page, lang=self.o.own_lang
            )
        ]
        if event.scenario:
            # The steps are the book's text; the header is the packet's words.
            rows = [
                [_styled([(s.time, "b")]), _styled([self.own(s.action)]), _styled([self.own(s.who)])]
                for s in event.scenario
            ]
            table = _table([L["step_time"], L["step_action"], L["step_who"]], rows, ["auto", "2.2fr", "1fr"])
            out.append(self.section(event.scenario_key, event.scenario_title, [table], 3, new_page=False))
        if event.memo is not None:
            out.append(self.memo(event.memo))
        for remarks in event.remarks:
            blocks: list[Node] = [
                _text(
                    "meta",
                    " · ".join(
                        x for x in (remarks.speaker and f"{L['speaker']}: {remarks.speaker}", remarks.length) if x
                    ),
                )
            ]
            # The text to be spoken in a reading size (a "speech" block), the rest as elsewhere.
            spoken = self.book_text(blocks_of(remarks.blocks))
            blocks += [{"t": "speech", "blocks": spoken}] if spoken else [_text("prompt", L["not_written"])]
            out.append(self.section(remarks.key, remarks.title, blocks, 3, new_page=False))
        return out

    def memo(self, memo: MemoEntry) -> Node:
        L = self.L
        blocks: list[Node] = [_text("h2", L["memo_participants"])]
        if not memo.sides:
            blocks.append(_text("prompt", L["memo_no_participants"]))
        for side in memo.sides:
            blocks.append(_text("caption", side.side))
            items = [
                " — ".join(x for x in (", ".join(y for y in (p.name, p.title) if y), p.role) if x) for p in side.people
            ]
            blocks += self.book_text([{"t": "list", "items": items}])
        blocks.append(_text("h2", L["memo_objectives"]))
        blocks += self.book_text(blocks_of(memo.objectives)) or [_text("prompt", L["not_written"])]
        blocks.append(_text("h2", L["memo_agenda"]))
        if not memo.agenda:
            blocks.append(_text("prompt", L["memo_no_agenda"]))
        for n, item in enumerate(memo.agenda, start=1):
            part: list[Node] = [_text("h4", item.heading(n, L))]
            if item.unwritten:
                part.append(_text("prompt", L["memo_points_unwritten"]))
            else:
                part += [_text("caption", L["talking_points"]), *self.field_text(item.points)]
                part += [_text("caption", L["press_line"]), *self.field_text(item.press_line)]
            blocks += part
        blocks.append(_text("h2", L["memo_they_raise"]))
        blocks += self.book_text(blocks_of(memo.they_raise)) or [_text("prompt", L["not_written"])]
        if memo.deliverables:
            blocks.append(_text("h2", L["memo_deliverables"]))
            blocks += self.book_text([{"t": "list", "items": [f"{d.title} ({d.detail})" for d in memo.deliverables]}])
        if memo.notes:
            blocks.append(_text("h2", L["memo_notes"]))
            blocks += self.book_text(blocks_of(memo.notes))
        return self.section(memo.key, memo.title, blocks, 3, new_page=False)

    def open_items(self) -> list[Node]:
        L = self.L
        blocks: list[Node] = []
        if not self.o.pending:
            blocks.append(_text("prompt", L["no_pending"]))
        for group in self.o.pending:
            blocks += [_text("h2", group.heading), {"t": "list", "items": list(group.lines)}]
        return [self.section("open_items", L["pending"], blocks)]

    def readiness(self) -> list[Node]:
        L = self.L
        if not self.o.readiness:
            blocks = [_text("prompt", L["ready_all"])]
        else:
            blocks = [{"t": "list", "items": list(self.o.readiness)}]
        # A few lines: right under the open items rather than a page of its own.
        return [self.section("readiness", L["readiness"], blocks, new_page=not self.o.has("open_items"))]

    def deliverables(self) -> list[Node]:
        L = self.L
        if not self.o.deliverables:
            blocks = [_text("prompt", L["no_deliverables"])]
        else:
            # The title, notes and owner are the book's text; kind and status the packet's words;
            # the linked agenda items and recommendations are the agenda's and the reference's titles.
            rows = [
                [
                    _styled([self.own(d.title, "b"), self.own(d.notes, "small")]),
                    d.kind,
                    d.status,
                    _styled([self.own(d.owner)]),
                    d.linked,
                ]
                for d in self.o.deliverables
            ]
            blocks = [
                *self.note("deliverables"),
                _table(
                    [L["title"], L["kind"], L["status"], L["owner"], L["linked"]],
                    rows,
                    ["2fr", "auto", "auto", "auto", "1.6fr"],
                ),
            ]
        return [self.section("deliverables", L["deliverables"], blocks)]

    def press(self) -> list[Node]:
        L = self.L
        blocks: list[Node] = self.note("press")
        if not self.o.press:
            blocks.append(_text("prompt", L["no_press"]))
        for group in self.o.press:
            blocks.append(_text("h2", group.title))
            if group.top_lines:
                blocks.append(_text("h3", L["top_lines"]))
                blocks += self.book_text(blocks_of(group.top_lines))
            if group.questions:
                rows = []
                for q in group.questions:
                    question = _styled(
                        [self.own(q.question, "i" if q.prompt else ""), (L["prompt"] if q.prompt else "", "small")]
                    )
                    answer = _styled([self.own(q.answer)] if q.answer else [(L["no_answer"], "i")])
                    rows.append([question, answer, q.marking])
                blocks.append(_table([L["question"], L["answer"], L["answer_marking"]], rows, ["1fr", "1fr", "auto"]))
        return [self.section("press", L["press"], blocks)]

    def checklist(self) -> list[Node]:
        L = self.L
        status = self.o.checklist
        if status is None:
            return [self.section("checklist", L["checklist"], [_text("prompt", L["no_checklist"])])]
        blocks: list[Node] = self.note("checklist")
        head = [L["done"], L["open"], L["overdue"], L["total"]]
        for title, rows, first in (
            (L["by_phase"], status.by_phase, L["phase"]),
            (L["by_owner"], status.by_owner, L["owner"]),
        ):
            blocks.append(_text("h2", title))
            # phases and owners are the book's text ("Unassigned" is the packet's word)
            data: list[list[Any]] = [
                [
                    r.name if r.name == L["unassigned"] else _styled([self.own(r.name)]),
                    r.done,
                    r.open,
                    r.overdue,
                    r.total,
                ]
                for r in rows
            ]
            if title == L["by_phase"]:
                t = status.totals
                data.append([t.name, t.done, t.open, t.overdue, t.total])
            blocks.append(_table([first, *head], data, ["1fr", "auto", "auto", "auto", "auto"], numeric={1, 2, 3, 4}))
        blocks.append(_text("h2", L["open_items"]))
        if not status.not_done:
            blocks.append(_text("prompt", L["all_done"]))
        else:
            lines: list[list[Any]] = [
                [line.due.isoformat(), _styled([self.own(line.title)]), _styled([self.own(line.owner)]), line.status]
                for line in status.not_done
            ]
            overdue = {i for i, line in enumerate(status.not_done) if line.overdue}
            blocks.append(
                _table(
                    [L["due"], L["item"], L["owner"], L["status"]],
                    lines,
                    ["auto", "2fr", "1fr", "auto"],
                    highlight=overdue,
                )
            )
        return [self.section("checklist", L["checklist"], blocks)]

    def annex(self) -> list[Node]:
        L = self.L
        rows = [[r.name, r.unit, r.latest, r.year] for r in self.o.annex]
        return [
            self.section(
                "annex",
                L["annex"],
                [
                    _table(
                        [L["series"], L["unit"], L["latest"], L["year"]],
                        rows,
                        ["2fr", "1fr", "auto", "auto"],
                        numeric={2, 3},
                    ),
                    *self.pane_charts(),
                ],
            )
        ]

    def pane_charts(self) -> list[Node]:
        """The chart chosen in the Charts pane (its transformation named in caption and source line)."""
        if not self.o.pane_charts:
            return []
        return [_text("h2", self.L["pane_chart"])] + [{"t": "figure", "key": ref.key} for ref in self.o.pane_charts]

    def sources(self) -> list[Node]:
        L = self.L
        blocks: list[Node] = [_text("h2", L["reference_content"]), _text("p", self.o.reference_line)]
        blocks += [_text("p", note) for note in self.o.not_in_reference]
        blocks.append(_text("h2", L["documents"]))
        blocks += [_text("p", doc.text) for doc in self.o.documents]
        blocks.append(_text("h2", L["series_sources"]))
        for src in self.o.series_sources:
            blocks.append(
                {"t": "keep", "blocks": [_text("h3", src.name), _text("small", src.line), _text("small", src.citation)]}
            )
        if self.o.events and self.o.has("briefs"):
            blocks.append(_text("h2", L["events"]))
            blocks += [_text("small", text) for text in self.o.events.values()]
        return [self.section("sources", L["sources"], blocks)]

    def cover(self) -> Node:
        o, L = self.o, self.L
        hidden = (L["version"], L["prepared"], L["marking"], L["agenda_items"])
        own = self.own_values()
        return {
            "kicker": L["packet"],
            "version_line": f"{L['version']} {o.version_label} · {L['prepared']} {date_text(o.prepared, o.lang)}",
            "title": o.title,
            "title_lang": o.own_lang,
            # [label, value, the value's language when it is the book's text in the other language]
            "lines": [
                [label, value, o.own_lang if label in own else ""]
                for label, value in o.overview
                if value and label not in hidden
            ],
            "agenda_heading": L["agenda"] if (o.has("agenda") or o.has("briefs")) else "",
            "agenda": [f"{row.number}. {row.title}" for row in o.agenda]
            if (o.has("agenda") or o.has("briefs"))
            else [],
        }


def layout(outline: PacketOutline) -> tuple[Node, dict[str, bytes]]:
    """The layout tree of ``outline`` and the photo files it refers to (name -> bytes)."""
    builder = _Layout(outline)
    L = outline.labels
    sections: list[Node] = []
    for name in outline.sections:  # in the outline's order (the profile's); cover and contents are the template's
        if name not in ("cover", "contents"):
            sections += getattr(builder, name)()
    tree = {
        "lang": outline.lang,
        "region": "MX" if outline.lang == "es" else "US",
        "title": outline.title,
        "doc_title": f"{outline.title} — {L['packet']} {outline.version_label}",
        "author": outline.delegation or "BriefingBook",
        "marking": outline.marking,
        "draft": L["draft"] if outline.draft else "",
        "paper": "us-letter" if outline.paper == "letter" else "a4",
        "footer": f"{outline.title} · {L['packet']} {outline.version_label}"
        + (f" · {L['draft']}" if outline.draft else ""),
        "page_of": L["page_of"],
        "contents": L["contents"] if outline.has("contents") else "",
        "figure": L["figure"],
        "events": L["events"],
        "cover": builder.cover() if outline.has("cover") else None,
        "sections": sections,
    }
    return tree, builder.assets
