"""The principal's book in the packet (issue 21): the scene-setter, each program event in order
with its scenario, meeting memo and remarks, and the staff profile's open items and readiness list.

Plain dataclasses the outline (``core/packet.py``) carries and the renderers lay out. A meeting
memo's agenda items are read from the briefs when the packet is built (``MemoPoints`` are made
from the outline's briefs, so they are in the packet's language where the book has that text):
change a brief and the next packet's memo says what the brief says. The book's own text (scene-
setter, memo, scenario, remarks) is printed as written; the outline's ``book_lang`` says which
language it is written in, so a renderer can mark it when the packet is in the other language.
No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from briefingbook.core import people as people_mod
from briefingbook.core import principal, program, readiness
from briefingbook.core.book import Book
from briefingbook.core.packet_labels import counted, date_text, short_date_text
from briefingbook.core.packet_text import Block, text_blocks


# -- scene-setter ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScenePart:
    heading: str
    blocks: list[Block]  # empty: not written


@dataclass(frozen=True)
class SceneSection:
    parts: list[ScenePart]
    length: str  # "412 words · about 3 min to read"
    empty: bool


# -- events ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScenarioLine:
    time: str  # "09:45" (with the date when the step falls on another day than the event)
    action: str
    who: str


@dataclass(frozen=True)
class FieldText:
    """A brief field as a memo pulls it: blocks in the packet's language, or the other
    language's text labelled (``lang``, ``note``) when only that exists."""

    blocks: list[Block]
    lang: str = ""
    note: str = ""


@dataclass(frozen=True)
class MemoPoints:
    """One agenda item to raise: the brief's points to make and press line, as the brief has them."""

    number: int  # the agenda position (the brief's number)
    title: str
    points: FieldText
    press_line: FieldText

    @property
    def unwritten(self) -> bool:
        """Neither the points to make nor the press line is written in the brief (in any language):
        the memo says so in one line instead of two empty headings."""
        return not (self.points.blocks or self.press_line.blocks)

    def heading(self, n: int, labels: Mapping[str, str]) -> str:
        """ "3. Migration", with the brief's number when the memo's order differs from the agenda's:
        "3. Migration (agenda item 4)"."""
        if n == self.number:
            return f"{n}. {self.title}"
        return f"{n}. {self.title} ({labels['memo_agenda_number'].format(n=self.number)})"


@dataclass(frozen=True)
class MemoPerson:
    name: str  # "Name to be confirmed (title)" for a person whose name is not known yet
    title: str  # "title · organisation" (the organisation alone when the name holds the title)
    role: str  # their role in this meeting
    to_be_confirmed: bool = False


@dataclass(frozen=True)
class MemoSide:
    side: str  # localized
    people: list[MemoPerson]


@dataclass(frozen=True)
class MemoDeliverableLine:
    title: str
    detail: str  # "Joint statement · Agreed"


@dataclass(frozen=True)
class MemoEntry:
    title: str  # "Meeting memo: Bilateral meeting"
    key: str
    sides: list[MemoSide]
    objectives: list[Block]
    agenda: list[MemoPoints]
    they_raise: list[Block]
    deliverables: list[MemoDeliverableLine]
    notes: list[Block]


@dataclass(frozen=True)
class RemarksEntry:
    title: str  # "Remarks: Arrival statement"
    key: str
    speaker: str
    words: int
    length: str  # "312 words · about 2 min 24 s to deliver at 130 words a minute"
    blocks: list[Block]


@dataclass(frozen=True)
class EventEntry:
    key: str
    title: str
    meta: str  # "Day 1 · 1 March 2027 · 10:00–11:00 CST · Bilateral meeting · Palacio Nacional"
    scenario_title: str  # "Scenario: Bilateral meeting"
    scenario_key: str
    scenario: list[ScenarioLine]
    memo: MemoEntry | None
    remarks: list[RemarksEntry] = field(default_factory=list)


# -- staff: open items and readiness -----------------------------------------------------------------
@dataclass(frozen=True)
class PendingGroup:
    heading: str
    lines: list[str]


def scene_section(book: Book, labels: Mapping[str, str]) -> SceneSection:
    scene = principal.scene_setter(book)
    parts = [ScenePart(labels[f"scene_{name}"], text_blocks(scene.parts[name])) for name in principal.SCENE_PARTS]
    length = counted(labels, "scene_length", scene.words, words=scene.words, minutes=scene.reading_minutes)
    return SceneSection(parts, length, scene.empty)


def duration_text(seconds: int, labels: Mapping[str, str]) -> str:
    """``2 min 24 s`` (``45 s`` under a minute)."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return labels["seconds"].format(s=rest)
    return labels["minutes_seconds"].format(m=minutes, s=rest) if rest else labels["minutes"].format(m=minutes)


def remarks_entry(remark: principal.Remark, labels: Mapping[str, str]) -> RemarksEntry:
    length = counted(
        labels,
        "remarks_length",
        remark.words,
        words=remark.words,
        time=duration_text(remark.speaking_seconds, labels),
        wpm=principal.SPEAKING_WORDS_PER_MINUTE,
    )
    return RemarksEntry(
        labels["remarks_of"].format(occasion=remark.occasion),
        f"remarks{remark.id}",
        remark.speaker,
        remark.words,
        length,
        text_blocks(remark.text),
    )


def _memo(
    book: Book,
    memo: principal.MeetingMemo,
    title: str,
    labels: Mapping[str, str],
    points: Mapping[int, MemoPoints],
) -> MemoEntry:
    everyone = {p.id: p for p in people_mod.people(book)}

    def person(m: principal.MemoParticipant) -> MemoPerson:
        organisation = everyone[m.person_id].organisation if m.person_id in everyone else ""
        if readiness.unnamed(m.name):  # a flag in words, not the stored placeholder
            name = labels["name_tbc"].format(title=m.title or m.role).replace(" ()", "")
            return MemoPerson(name, organisation, m.role, True)
        return MemoPerson(m.name, " · ".join(x for x in (m.title, organisation) if x), m.role)

    sides = []
    for side in people_mod.SIDES:
        found = [person(m) for m in memo.participants if m.side == side]
        if found:
            sides.append(MemoSide(labels[f"side_{side}"], found))
    agenda = [points[item.agenda_item_id] for item in memo.agenda if item.agenda_item_id in points]
    deliverables = [
        MemoDeliverableLine(d.title, f"{labels[f'dkind_{d.kind}']} · {labels[f'dstatus_{d.status}']}")
        for d in memo.deliverables
    ]
    return MemoEntry(
        labels["memo_of"].format(title=title),
        f"memo{memo.event_id}",
        sides,
        text_blocks(memo.objectives),
        agenda,
        text_blocks(memo.they_raise),
        deliverables,
        text_blocks(memo.notes),
    )


def event_entries(
    book: Book, labels: Mapping[str, str], lang: str, points: Mapping[int, MemoPoints]
) -> list[EventEntry]:
    """Every program event that has a scenario, a meeting memo or remarks, in program order
    (an event with none of them is only in the schedule)."""
    if not principal.schema_ready(book):
        return []
    summit_zone, _ = program.zones(book)
    events = program.events(book)
    days = {day: n for n, day in enumerate(sorted({e.day for e in events}), start=1)}
    memos = {m.event_id: m for m in principal.memos(book)}
    remarks: dict[int, list[principal.Remark]] = {}
    for remark in principal.remarks(book):
        if remark.event_id is not None:
            remarks.setdefault(remark.event_id, []).append(remark)
    out = []
    for e in events:
        steps = principal.scenario(book, e.id)
        memo = memos.get(e.id)
        said = remarks.get(e.id, [])
        if not (steps or memo or said):
            continue
        meta = " · ".join(
            part
            for part in (
                labels["day_n"].format(n=days[e.day], date=date_text(e.day, lang)),
                program.city_time(program.time_span(e.start(summit_zone), e.end(summit_zone)), summit_zone, lang),
                labels[f"kind_{e.kind}"],
                e.place,
            )
            if part
        )
        lines = [
            ScenarioLine(
                s.time_text if s.at.date() == e.day else f"{short_date_text(s.at.date(), lang)} {s.time_text}",
                s.action,
                s.who,
            )
            for s in steps
        ]
        out.append(
            EventEntry(
                f"event{e.id}",
                e.title,
                meta,
                labels["scenario_of"].format(title=e.title),
                f"scenario{e.id}",
                lines,
                _memo(book, memo, e.title, labels, points) if memo is not None else None,
                [remarks_entry(r, labels) for r in said],
            )
        )
    return out


def pending(book: Book, labels: Mapping[str, str], lang: str, unwritten: Mapping[str, list[str]]) -> list[PendingGroup]:
    """The staff book's open items, one group per kind with anything in it: press questions
    without an answer or a record status (as the readiness list counts them), meetings without a meeting memo, brief fields not yet written
    (``unwritten``: agenda item title -> the packet's names of its empty fields), and
    deliverables still in draft. A meeting is its day, its time with the summit zone's city
    (no heading says it here) and its title, in ``lang``."""
    from briefingbook.core import deliverables, press

    titles = {item.id: item.title for item in book.agenda()}
    groups = []
    questions = [
        f"{titles.get(q.agenda_item_id, '?')}: {q.question}"
        for q in press.questions(book)
        if not q.answer.strip() or q.record_status == press.NOT_CHOSEN
    ]
    if questions:
        groups.append(PendingGroup(labels["pending_press"], questions))
    if principal.schema_ready(book):
        with_memo = {m.event_id for m in principal.memos(book)}
        summit_zone, _ = program.zones(book)
        meetings = [
            f"{date_text(e.day, lang)} · {program.city_time(f'{e.start_time:%H:%M}', summit_zone, lang)} · {e.title}"
            for e in program.events(book)
            if e.kind in principal.MEETING_KINDS and e.id not in with_memo
        ]
        if meetings:
            groups.append(PendingGroup(labels["pending_memos"], meetings))
    fields = [f"{title}: {', '.join(names)}" for title, names in unwritten.items() if names]
    if fields:
        groups.append(PendingGroup(labels["pending_fields"], fields))
    drafts = [d.title for d in deliverables.deliverables(book) if d.status == "draft"]
    if drafts:
        groups.append(PendingGroup(labels["pending_deliverables"], drafts))
    return groups


def readiness_lines(book: Book, labels: Mapping[str, str], today: dt.date) -> list[str]:
    """The export readiness list (``core/readiness.py``) in the packet's language: one line per
    kind of item not ready, with its count (empty: ready)."""
    from briefingbook.core import readiness

    return [
        counted(labels, f"ready_{entry.kind}", entry.count, n=entry.count) for entry in readiness.check(book, today)
    ]
