"""The briefing packet outline: what a packet says, in which order, in which language.

``build_outline`` reads a book and the reference DB and returns plain dataclasses; the
renderers in ``briefingbook/export/`` (PDF, DOCX, HTML) only lay that outline out, so the three
formats say the same thing. Everything in the outline is either the user's own text or
reference content with its citation: nothing is invented here.

The packet's words are in ``core/packet_labels.py``, the export log (version numbers, the log
position each packet contains) in ``core/packet_log.py``, and the "changes since the previous
packet" section in ``core/packet_changes.py``; their names stay importable from here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefingbook.core import book_series, history, packet_changes, packet_principal, provenance
from briefingbook.core import periods as P
from briefingbook.core.book import Book
from briefingbook.core.catalog import SeriesCatalog
from briefingbook.core.checklist import countdown_label
from briefingbook.core.checklist import status as checklist_status
from briefingbook.core.errors import BriefingBookError, InvalidInputError
from briefingbook.core.model import LANGUAGES, AgendaItem, Citation, IssueArea, Outlook

# Re-exported ("x as x"): part of this module's API.
from briefingbook.core.numbers import format_value as format_value
from briefingbook.core.numbers import scale_for as scale_for
from briefingbook.core.packet_labels import LABELS as LABELS
from briefingbook.core.packet_labels import counted, short_date_text
from briefingbook.core.packet_labels import date_text as date_text
from briefingbook.core.packet_log import PacketExport as PacketExport
from briefingbook.core.packet_log import export_log as export_log
from briefingbook.core.packet_log import log_export as log_export
from briefingbook.core.packet_log import next_version as next_version
from briefingbook.core.packet_text import Block as Block
from briefingbook.core.packet_text import text_blocks as text_blocks
from briefingbook.core.reference import Reference

# Sections a packet can hold, in packet order: the principal's book (issue 21) runs cover,
# scene-setter ("scene"), schedule ("program"), each event with its scenario, meeting memo and
# remarks ("events"), the issue papers ("briefs"), bios ("people"), press guidance, deliverables
# and sources; the staff book adds the summit overview, the changes since the previous packet
# (issue 10), the agenda table, the checklist, open items ("open_items"), the export readiness
# list ("readiness") and the indicator annex.
SECTIONS = (
    "cover",
    "contents",
    "overview",
    "changes",
    "scene",
    "agenda",
    "program",
    "events",
    "briefs",
    "people",
    "press",
    "deliverables",
    "checklist",
    "open_items",
    "readiness",
    "annex",
    "sources",
)
# Two packet profiles. The principal's book (the default) is what the principal reads on a
# plane: short, in order, nothing internal (no checklist, no open items, no staff-only notes:
# people's talking notes and press questions still without an answer stay out). The staff book
# is everything.
PROFILES: dict[str, tuple[str, ...]] = {
    "principal": (
        "cover",
        "contents",
        "scene",
        "program",
        "events",
        "briefs",
        "people",
        "press",
        "deliverables",
        "sources",
    ),
    "staff": SECTIONS,
}
DEFAULT_PROFILE = "principal"
DEFAULT_SECTIONS = PROFILES[DEFAULT_PROFILE]
# Sections whose title is not the label of the same name (that label is taken by a table heading).
_SECTION_LABELS = {"events": "event_pages", "open_items": "pending"}
PAPERS = ("a4", "letter")


class PacketError(InvalidInputError):
    """A packet option (section, language, paper, format) is not acceptable."""


class ExportCancelled(BriefingBookError):
    """The user cancelled an export; nothing was written."""


# -- the outline ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class BriefField:
    key: str  # one of model.BRIEF_FIELDS
    heading: str
    blocks: list[Block]  # empty: the user has not written it yet
    # When the field is written only in the book's other language, the packet prints that text
    # under the packet language's heading, labelled: ``lang`` is the text's language and ``note``
    # says so in the packet's language ("(solo en inglés)"); both empty otherwise.
    lang: str = ""
    note: str = ""


@dataclass(frozen=True)
class RecommendationEntry:
    id: str
    title: str
    summary: str
    citation: str
    status: str  # localized label of the user's status
    notes: list[tuple[dt.date, str]]


@dataclass(frozen=True)
class OutlookEntry:
    id: str
    summary: str
    citation: str


@dataclass(frozen=True)
class ChartRef:
    """A chart of indicator series; the export layer draws it (export/charts.py).

    A brief's key chart is one series in levels; the chart chosen in the Charts pane (in the
    indicator annex) carries the pane's transformation, period range, log scale and events.
    """

    key: str  # unique in the packet, e.g. "brief3-chart1"
    slugs: tuple[str, ...]
    transform: str = "level"  # a core.transforms code ("pct_yoy", "index:2000", …)
    period_from: str = ""
    period_to: str = ""
    log_y: bool = False
    events: bool = True


@dataclass(frozen=True)
class Brief:
    number: int  # 1-based agenda position
    key: str  # anchor / bookmark key
    title: str  # the agenda item's title, exactly
    issue_area: str | None
    issue_title: str
    meta: str  # "Agenda item 2 of 13 · priority: high · status: ready"
    summary: str
    summary_citation: str
    fields: list[BriefField]
    recommendations: list[RecommendationEntry]
    outlooks: list[OutlookEntry]
    charts: list[ChartRef]
    # "Since then": what changed after the 2009 outline, dated, each point numbered to its sources
    since_then_heading: str = ""
    since_then: str = ""
    since_then_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistRow:
    name: str
    done: int
    open: int
    overdue: int

    @property
    def total(self) -> int:
        return self.done + self.open + self.overdue


@dataclass(frozen=True)
class ChecklistLine:
    due: dt.date
    title: str
    owner: str
    status: str  # localized
    overdue: bool


@dataclass(frozen=True)
class ChecklistStatus:
    by_phase: list[ChecklistRow]
    by_owner: list[ChecklistRow]
    totals: ChecklistRow
    not_done: list[ChecklistLine]


@dataclass(frozen=True)
class AnnexRow:
    slug: str
    name: str
    unit: str
    latest: str
    year: str


@dataclass(frozen=True)
class SeriesSource:
    name: str
    line: str  # publisher; series code; as of …
    citation: str


@dataclass(frozen=True)
class DocumentSource:
    id: str
    text: str


@dataclass(frozen=True)
class AgendaRow:
    number: int
    title: str
    issue_title: str
    priority: str
    status: str


@dataclass(frozen=True)
class ProgramRow:
    local_time: str  # "11:00–12:30" (the column names the summit zone's city; program.time_span)
    home_time: str  # "12:00–13:30" (the home zone's column; with the date when it differs from the event's day)
    kind: str  # localized
    title: str
    place: str
    participants: str
    agenda: str
    notes: str
    conflict: str  # "" when the event has no conflict


@dataclass(frozen=True)
class ProgramDay:
    heading: str  # "Day 1 · 1 March 2027"
    rows: list[ProgramRow]


@dataclass(frozen=True)
class PersonEntry:
    name: str
    title: str
    organisation: str
    role: str
    pronunciation: str
    bio: list[Block]
    talking_notes: list[Block]
    photo: bytes | None
    photo_type: str | None
    last_met: str = ""


@dataclass(frozen=True)
class PeopleGroup:
    side: str  # localized side label
    people: list[PersonEntry]


@dataclass(frozen=True)
class PressEntry:
    question: str
    answer: str
    marking: str  # localized marking label
    prompt: bool  # a placeholder still to be written


@dataclass(frozen=True)
class PressGroup:
    title: str  # the agenda item's title
    top_lines: list[Block]
    questions: list[PressEntry]


@dataclass(frozen=True)
class DeliverableRow:
    title: str
    kind: str
    status: str
    owner: str
    linked: str  # agenda items and recommendations, "; "-separated
    notes: str  # the user's notes, then "Suggested by …" when the demo suggested it


@dataclass(frozen=True)
class PacketOutline:
    lang: str
    labels: dict[str, str]
    sections: tuple[str, ...]
    title: str
    place: str
    date: dt.date
    date_text: str
    delegation: str
    marking: str
    draft: bool
    paper: str
    version: int
    prepared: dt.date
    countdown: str  # "T-45"
    countdown_text: str  # "T-45 · 45 days to the summit"
    overview: list[tuple[str, str]]
    agenda: list[AgendaRow]
    briefs: list[Brief]
    checklist: ChecklistStatus | None
    annex: list[AnnexRow]
    series_sources: list[SeriesSource]
    documents: list[DocumentSource]
    events: dict[str, str] = field(default_factory=dict)  # event id -> citation (events on charts)
    # Bilingual packets: the briefs again in the other language, in the same order, rendered
    # side by side with ``briefs`` (``second_labels`` are that language's labels).
    parallel: list[Brief] = field(default_factory=list)
    second_lang: str = ""
    second_labels: dict[str, str] = field(default_factory=dict)
    program: list[ProgramDay] = field(default_factory=list)
    zones: tuple[str, str] = ("", "")  # (summit zone, home zone), IANA names
    people: list[PeopleGroup] = field(default_factory=list)
    press: list[PressGroup] = field(default_factory=list)
    deliverables: list[DeliverableRow] = field(default_factory=list)
    # What changed since the previous packet (None unless the "changes" section is chosen), and
    # the last change in the book's log when this outline was read (logged with the export).
    changes: packet_changes.ChangesSummary | None = None  # the "changes" section (core/packet_changes.py)
    change_log_id: int | None = None
    # Sources: the reference content this packet was built from, and what the book refers to that
    # this content does not hold (left out of the packet).
    reference_line: str = ""
    not_in_reference: list[str] = field(default_factory=list)
    # The chart as chosen in the Charts pane (saved in the book), one per unit, in the indicator annex.
    pane_charts: list[ChartRef] = field(default_factory=list)
    # The principal's book (issue 21, core/packet_principal.py): the profile this packet was
    # built for, the scene-setter, the events with their scenario, meeting memo and remarks, and
    # the staff book's open items and readiness list.
    profile: str = DEFAULT_PROFILE
    book_lang: str = ""  # the language the book's own text is written in
    scene: packet_principal.SceneSection | None = None
    events_in_order: list[packet_principal.EventEntry] = field(default_factory=list)
    pending: list[packet_principal.PendingGroup] = field(default_factory=list)
    readiness: list[str] = field(default_factory=list)

    @property
    def bilingual(self) -> bool:
        return bool(self.parallel)

    @property
    def own_lang(self) -> str:
        """The language to tag the book's own text with: the book's language when the packet is
        in the other one, "" when the packet is in the book's language (nothing to tag)."""
        return self.book_lang if self.book_lang and self.book_lang != self.lang else ""

    def book_note(self, section: str) -> str:
        """The note under a section's heading saying its entries are the book's own text in the
        other language (untranslated): "" unless the packet is in the other language and the
        section has such entries. Sections whose text is the book's: the scene-setter, program,
        event pages (scenario, memo, remarks), people, press guidance, deliverables and
        checklist; the overview's title, place and delegation have a note of their own."""
        if not self.own_lang:
            return ""
        if section == "overview":
            return self.labels[f"summit_text_in_{self.own_lang}"]
        entries = {
            "scene": self.scene is not None and not self.scene.empty,
            "program": bool(self.program),
            "events": bool(self.events_in_order),
            "people": bool(self.people),
            "press": bool(self.press),
            "deliverables": bool(self.deliverables),
            "checklist": self.checklist is not None,
        }
        return self.labels[f"book_text_in_{self.own_lang}"] if entries.get(section) else ""

    def has(self, section: str) -> bool:
        return section in self.sections

    @property
    def version_label(self) -> str:
        return f"v{self.version}"

    def section_title(self, section: str) -> str:
        if section == "changes" and self.changes is not None:
            return self.changes.heading
        return self.labels[_SECTION_LABELS.get(section, section)]

    @property
    def chart_refs(self) -> list[ChartRef]:
        """Every chart the packet prints, in order: the briefs' key charts, then the annex's pane charts."""
        refs = [chart for brief in self.briefs for chart in brief.charts] if self.has("briefs") else []
        return refs + (self.pane_charts if self.has("annex") else [])


def parse_profile(profile: str | None) -> str:
    """A packet profile's name (None: the principal's book)."""
    name = (profile or DEFAULT_PROFILE).strip().lower()
    if name not in PROFILES:
        raise PacketError(f"unknown packet profile {profile!r} (choose from {', '.join(PROFILES)})")
    return name


def parse_sections(sections: str | list[str] | tuple[str, ...] | None, profile: str | None = None) -> tuple[str, ...]:
    """Validated sections in packet order (None: the profile's sections; the principal's book
    by default). Accepts a comma-separated string."""
    profile = parse_profile(profile)
    if sections is None:
        return PROFILES[profile]
    if isinstance(sections, str):
        sections = [part.strip() for part in sections.split(",")]
    chosen = [s.strip().lower() for s in sections if s and s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        raise PacketError(f"unknown packet section(s): {', '.join(unknown)} (choose from {', '.join(SECTIONS)})")
    if not chosen:
        raise PacketError(f"choose at least one packet section ({', '.join(SECTIONS)})")
    return tuple(s for s in SECTIONS if s in chosen)


def build_outline(
    book: Book,
    reference: Reference,
    *,
    lang: str | None = None,
    sections: str | list[str] | tuple[str, ...] | None = None,
    marking: str | None = None,
    draft: bool = False,
    paper: str = "a4",
    today: dt.date | None = None,
    version: int | None = None,
    profile: str | None = None,
) -> PacketOutline:
    """The packet outline for ``book``; ``version`` defaults to the next number in the export log.
    ``profile`` ("principal", the default, or "staff") chooses the sections when ``sections`` is
    None, and what the principal's book leaves out (staff-only notes)."""
    summit = book.summit()
    lang = lang or summit.language
    bilingual_packet = lang == "both"
    if bilingual_packet:
        lang = summit.language
    if lang not in LANGUAGES:
        raise PacketError(f"packet language {lang!r} must be one of: {', '.join(LANGUAGES)}, or both")
    if paper not in PAPERS:
        raise PacketError(f"paper {paper!r} must be one of: {', '.join(PAPERS)}")
    profile = parse_profile(profile)
    chosen = parse_sections(sections, profile)
    labels = LABELS[lang]
    today = today or dt.date.today()
    marking = summit.marking if marking is None else marking.strip()
    version = next_version(book) if version is None else version
    log_position = history.last_change_id(book.connection) if history.has_log(book.connection) else None

    countdown = countdown_label(summit.date, today)
    days = (summit.date - today).days
    if days > 0:
        countdown_text = f"{countdown} · {counted(labels, 'days_to_go', days, days=days)}"
    elif days < 0:
        countdown_text = f"{countdown} · {counted(labels, 'days_after', -days, days=-days)}"
    else:
        countdown_text = f"{countdown} · {labels['summit_day']}"

    areas = {area.id: area for area in reference.issue_areas()}
    agenda = book.agenda()
    agenda_rows = []
    briefs = []
    for number, item in enumerate(agenda, start=1):
        area = areas.get(item.issue_area) if item.issue_area else None
        issue_title = area.title(lang) if area else ""
        agenda_rows.append(
            AgendaRow(
                number,
                item.title,
                issue_title,
                labels.get(item.priority, item.priority),
                labels.get(item.status, item.status),
            )
        )
        if lang == summit.language:
            briefs.append(_brief(book, reference, item, area, number, len(agenda), labels, lang))
        else:
            # A packet in the language the book is not written in: the brief text written in
            # that language, and where a field exists only in the book's language, that text
            # labelled "(solo en inglés)" / "(Spanish only)".
            from briefingbook.core import bilingual

            texts = bilingual.texts(book, item.id, lang)
            written: dict[str, Any] = {k: v for k, v in texts.items() if k != "title"}
            translated = dataclasses.replace(item, **written, title=texts["title"].strip() or item.title)
            original = {name: getattr(item, name) for name in bilingual.VERSION_FIELDS}
            briefs.append(
                _brief(
                    book,
                    reference,
                    translated,
                    area,
                    number,
                    len(agenda),
                    labels,
                    lang,
                    fallback=(summit.language, original),
                )
            )
            agenda_rows[-1] = dataclasses.replace(agenda_rows[-1], title=translated.title)
    parallel: list[Brief] = []
    second = ""
    if bilingual_packet:
        from briefingbook.core import bilingual

        second = bilingual.other_language(lang)
        for number, item in enumerate(agenda, start=1):
            area = areas.get(item.issue_area) if item.issue_area else None
            texts = bilingual.texts(book, item.id, second)
            fields: dict[str, Any] = {k: v for k, v in texts.items() if k != "title"}
            translated = dataclasses.replace(item, **fields, title=texts["title"] or item.title)
            brief = _brief(book, reference, translated, area, number, len(agenda), LABELS[second], second)
            parallel.append(dataclasses.replace(brief, key=f"brief{number}-{second}", charts=[]))

    overview = [
        (labels["date"], date_text(summit.date, lang)),
        (labels["place"], summit.place),
        (labels["delegation"], summit.delegation),
        (labels["countdown"], countdown_text),
        (labels["agenda_items"], str(len(agenda))),
        (labels["version"], f"v{version}"),
        (labels["prepared"], date_text(today, lang)),
    ]
    if marking:
        overview.append((labels["marking"], marking))

    series = reference.series_list()
    annex = []
    for info in series:
        latest: dict[str, tuple[str, float]] = {}
        for obs in reference.observations(info.slug):
            if obs.value is not None and (obs.country not in latest or obs.period >= latest[obs.country][0]):
                latest[obs.country] = (obs.period, obs.value)
        derived = f" ({labels['derived']})" if provenance.is_derived(info) else ""
        for country, (period, value) in latest.items():
            name = info.name(lang)
            if len(latest) > 1:
                name = f"{name}: {info.country_label(country, lang)}"
            # The latest period with its age ("2018 · 8 years old"): the annex says how old each figure is.
            age = provenance.freshness(period, today).period_and_age(lang)
            annex.append(
                AnnexRow(info.slug, name + derived, info.unit_label(lang), format_value(value, info.unit, lang), age)
            )
    series_sources = [
        SeriesSource(
            info.name(lang) + (f" ({labels['derived']})" if provenance.is_derived(info) else ""),
            provenance.source_line(info, lang, reference).split(": ", 1)[1],
            info.cited(lang),
        )
        for info in series
    ]
    documents = [DocumentSource(doc.id, doc.reference_line(lang)) for doc in reference.documents.values()]
    catalog = SeriesCatalog(reference, book)
    pane_charts = _pane_charts(book, catalog) if "annex" in chosen else []
    chart_slugs = {slug for chart in [*(c for b in briefs for c in b.charts), *pane_charts] for slug in chart.slugs}
    chart_areas = {area for slug in chart_slugs for area in catalog.series(slug).issue_areas}
    events = {
        event.id: f"{event.title(lang)} ({P.date_label(event.date, lang)}): {event.citation_in(lang)}"
        for event in reference.events()
        if chart_areas & set(event.issue_areas)
    }

    people_groups = _people(book, labels)
    press_groups = _press(book, labels)
    if profile != "staff":  # staff-only notes stay out of the principal's book
        people_groups = [
            PeopleGroup(g.side, [dataclasses.replace(p, talking_notes=[]) for p in g.people]) for g in people_groups
        ]
        press_groups = [
            PressGroup(g.title, g.top_lines, answered)
            for g in press_groups
            if (answered := [q for q in g.questions if q.answer.strip()]) or g.top_lines
        ]
    # A meeting memo pulls each agenda item's points to make and press line from its brief, in
    # the packet's language (the brief as the outline has it now: linked, not copied).
    points = {}
    unwritten = {}
    for item, brief in zip(agenda, briefs, strict=True):
        by_key = {f.key: packet_principal.FieldText(f.blocks, f.lang, f.note) for f in brief.fields}
        points[item.id] = packet_principal.MemoPoints(
            brief.number, brief.title, by_key["talking_points"], by_key["press_line"]
        )
        unwritten[brief.title] = [f.heading for f in brief.fields if not f.blocks]

    return PacketOutline(
        lang=lang,
        labels=labels,
        sections=chosen,
        title=summit.title,
        place=summit.place,
        date=summit.date,
        date_text=date_text(summit.date, lang),
        delegation=summit.delegation,
        marking=marking,
        draft=draft,
        paper=paper,
        version=version,
        prepared=today,
        countdown=countdown,
        countdown_text=countdown_text,
        overview=overview,
        agenda=agenda_rows,
        briefs=briefs,
        checklist=_checklist(book, today, labels),
        annex=annex,
        series_sources=series_sources,
        documents=documents,
        events=events,
        program=_program(book, labels, lang),
        zones=_zones(book),
        people=people_groups,
        press=press_groups,
        deliverables=_deliverables(book, reference, labels, lang),
        parallel=parallel,
        second_lang=second,
        second_labels=LABELS[second] if second else {},
        changes=(
            packet_changes.changes_summary(book, reference, lang=lang, version=version) if "changes" in chosen else None
        ),
        change_log_id=log_position,
        reference_line=reference_line(reference, labels),
        not_in_reference=not_in_reference(book, reference, labels),
        pane_charts=pane_charts,
        profile=profile,
        book_lang=summit.language,
        scene=packet_principal.scene_section(book, labels) if "scene" in chosen else None,
        events_in_order=packet_principal.event_entries(book, labels, lang, points) if "events" in chosen else [],
        pending=packet_principal.pending(book, labels, lang, unwritten) if "open_items" in chosen else [],
        readiness=packet_principal.readiness_lines(book, labels, today) if "readiness" in chosen else [],
    )


def reference_line(reference: Reference, labels: dict[str, str]) -> str:
    """``Name version; built …; signed by key …; sha256 …`` for the Sources section."""
    content = reference.content
    parts = [content.label()]
    if content.built:
        parts.append(labels["ref_built"].format(date=content.built))
    parts.append(
        labels["ref_bundled"] if content.bundled else labels["ref_signed"].format(fingerprint=content.signed_by)
    )
    parts.append(f"sha256 {content.sha256}")
    return "; ".join(parts)


def _pane_charts(book: Book, catalog: SeriesCatalog) -> list[ChartRef]:
    """The chart chosen in the Charts pane, as the pane draws it: one chart per unit (after the
    transformation) of the saved series this catalogue knows, with the saved transformation,
    range, log scale and events. None when nothing is saved."""
    from briefingbook.core import chart_selection  # loads numpy (transforms): only on export
    from briefingbook.core.transforms import Transform

    saved = chart_selection.load(book)
    if saved is None:
        return []
    known = {info.slug for info in catalog.series_list()}
    transform = Transform.parse(saved.transform)
    groups: dict[str, list[str]] = {}
    for slug in saved.series:
        if slug in known:
            groups.setdefault(transform.unit(catalog.series(slug).unit), []).append(slug)
    return [
        ChartRef(
            f"annex-chart{i}",
            tuple(slugs),
            transform.code,
            saved.period_from,
            saved.period_to,
            saved.log_y,
            saved.events,
        )
        for i, slugs in enumerate(groups.values(), start=1)
    ]


def missing_from_reference(book: Book, reference: Reference) -> dict[str, list[str]]:
    """What the book refers to that the active reference content does not hold: recommendations
    (statuses, notes, links to agenda items, deliverables), issue areas of agenda items, and
    the key series of the issue areas and the charts pane's saved selection (a pack may drop one)."""
    from briefingbook.core import chart_selection, deliverables  # chart_selection loads numpy: only on export

    known_recs = {rec.id for rec in reference.recommendations()}
    wanted = set(book.recommendation_statuses())
    for item in book.agenda():
        wanted.update(book.linked_recommendations(item.id))
    for d in deliverables.deliverables(book):
        wanted.update(d.recommendations)
    areas = {area.id: area for area in reference.issue_areas()}
    known_series = {info.slug for info in reference.series_list()}
    series = {slug for area in areas.values() for slug in area.key_indicators if slug not in known_series}
    saved = chart_selection.load(book)  # the series the charts pane keeps in the book
    if saved is not None:
        imported = {info.slug for info in book_series.imported_series(book)}
        series |= {slug for slug in saved.series if slug not in known_series and slug not in imported}
    return {
        "recommendations": sorted(wanted - known_recs),
        "series": sorted(series),
        "areas": sorted({i.issue_area for i in book.agenda() if i.issue_area and i.issue_area not in areas}),
    }


def not_in_reference(book: Book, reference: Reference, labels: dict[str, str]) -> list[str]:
    missing = missing_from_reference(book, reference)
    parts = [
        labels[f"missing_{kind}"].format(ids=", ".join(ids))
        for kind, ids in (
            ("recommendations", missing["recommendations"]),
            ("series", missing["series"]),
            ("areas", missing["areas"]),
        )
        if ids
    ]
    if not parts:
        return []
    return [labels["not_in_reference"].format(version=reference.content.version, items="; ".join(parts))]


# -- program, people, press, deliverables (issue 11) ---------------------------------------------
def _zones(book: Book) -> tuple[str, str]:
    from briefingbook.core import program

    return program.zones(book)


def _span(start: dt.datetime, end: dt.datetime, day: dt.date | None = None, lang: str = "en") -> str:
    """A schedule cell: the times only, as the column names the zone's city (``program.time_span``),
    after the home day when it is not the event's ``day`` ("2 Mar 2027 00:30–01:30")."""
    from briefingbook.core import program

    text = program.time_span(start, end)
    if day is not None and start.date() != day:
        text = f"{short_date_text(start.date(), lang)} {text}"
    return text


def _program(book: Book, labels: dict[str, str], lang: str) -> list[ProgramDay]:
    from briefingbook.core import people, program

    summit_zone, home_zone = program.zones(book)
    names = {p.id: p.name for p in people.people(book)}
    agenda = {item.id: item.title for item in book.agenda()}
    events = program.events(book)
    clashes = program.conflicts(events, summit_zone)
    by_id = {e.id: e for e in events}
    days: list[ProgramDay] = []
    for number, day in enumerate(sorted({e.day for e in events}), start=1):
        rows = []
        for e in (e for e in events if e.day == day):
            home_start, home_end = e.in_zone(summit_zone, home_zone)
            conflict = "; ".join(
                labels["conflict"].format(
                    names=", ".join(names.get(p, "?") for p in program.shared_participants(e, by_id[other])),
                    other=by_id[other].title,
                )
                for other in sorted(clashes.get(e.id, ()))
            )
            rows.append(
                ProgramRow(
                    _span(e.start(summit_zone), e.end(summit_zone)),
                    _span(home_start, home_end, e.day, lang),
                    labels[f"kind_{e.kind}"],
                    e.title,
                    e.place,
                    "; ".join(names[p] for p in e.participants if p in names),
                    "; ".join(agenda[a] for a in e.agenda_items if a in agenda),
                    e.notes,
                    conflict,
                )
            )
        days.append(ProgramDay(labels["day_n"].format(n=number, date=date_text(day, lang)), rows))
    return days


def _people(book: Book, labels: dict[str, str]) -> list[PeopleGroup]:
    from briefingbook.core import people

    groups: list[PeopleGroup] = []
    everyone = people.people(book)
    for side in people.SIDES:
        entries = []
        for person in (p for p in everyone if p.side == side):
            photo = people.photo(book, person.id) if person.has_photo else None
            entries.append(
                PersonEntry(
                    person.name,
                    person.title,
                    person.organisation,
                    person.role,
                    person.pronunciation,
                    text_blocks(person.bio),
                    text_blocks(person.talking_notes),
                    photo[0] if photo else None,
                    photo[1] if photo else None,
                    person.last_met,
                )
            )
        if entries:
            groups.append(PeopleGroup(labels[f"side_{side}"], entries))
    return groups


def _press(book: Book, labels: dict[str, str]) -> list[PressGroup]:
    from briefingbook.core import press

    lines = press.all_top_lines(book)
    everything = press.questions(book)
    groups = []
    for item in book.agenda():
        questions = [
            PressEntry(q.question, q.answer, labels[f"mark_{q.record_status}"], q.prompt)
            for q in everything
            if q.agenda_item_id == item.id
        ]
        top = text_blocks(lines.get(item.id, ""))
        if questions or top:
            groups.append(PressGroup(item.title, top, questions))
    return groups


def _deliverables(book: Book, reference: Reference, labels: dict[str, str], lang: str) -> list[DeliverableRow]:
    from briefingbook.core import deliverables

    agenda = {item.id: item.title for item in book.agenda()}
    recs = {rec.id: rec for rec in reference.recommendations()}
    rows = []
    for d in deliverables.deliverables(book):
        linked = [agenda[a] for a in d.agenda_items if a in agenda]
        missing = labels["not_in_reference_short"].format(version=reference.content.version)
        linked += [
            f"{recs[r].title(lang)} ({reference.recommendation_citation(recs[r], lang)})"
            if r in recs
            else f"{r} ({missing})"
            for r in d.recommendations
        ]
        # "Suggested by …" only where it says more than the notes (the demo's notes are that line)
        suggested = d.suggested_by if d.suggested_by.strip().rstrip(".") != d.notes.strip().rstrip(".") else ""
        notes = " ".join(part for part in (d.notes, suggested and f"{suggested}.") if part)
        rows.append(
            DeliverableRow(
                d.title, labels[f"dkind_{d.kind}"], labels[f"dstatus_{d.status}"], d.owner, "; ".join(linked), notes
            )
        )
    return rows


def _brief(
    book: Book,
    reference: Reference,
    item: AgendaItem,
    area: IssueArea | None,
    number: int,
    total: int,
    labels: dict[str, str],
    lang: str,
    fallback: tuple[str, dict[str, str]] | None = None,
) -> Brief:
    """One brief; ``fallback`` (language, texts) fills a field left empty in ``lang`` with the
    other language's text, labelled (a packet in the language the book is not written in)."""
    meta = " · ".join(
        [
            labels["item_of"].format(n=number, total=total),
            f"{labels['priority']}: {labels.get(item.priority, item.priority)}",
            f"{labels['status']}: {labels.get(item.status, item.status)}",
        ]
    )
    fields = []
    for name in ("objectives", "talking_points", "their_objectives", "our_response", "press_line", "notes"):
        blocks = text_blocks(getattr(item, name))
        if not blocks and fallback is not None and text_blocks(fallback[1].get(name, "")):
            fields.append(
                BriefField(
                    name, labels[name], text_blocks(fallback[1][name]), fallback[0], labels[f"only_in_{fallback[0]}"]
                )
            )
        else:
            fields.append(BriefField(name, labels[name], blocks))
    recommendations: list[RecommendationEntry] = []
    outlooks: list[OutlookEntry] = []
    charts: list[ChartRef] = []
    summary = citation = since_heading = since_text = ""
    since_sources: tuple[str, ...] = ()
    if area is not None:
        later = reference.since_then(area.id)
        if later is not None:
            since_heading = labels["since_then"].format(date=date_text(dt.date.fromisoformat(later.as_of), lang))
            since_text, since_sources = later.text(lang), tuple(later.source_lines(lang))
        summary = area.summary(lang)
        citation = "; ".join(reference.citation_label(c, lang) for c in area.citations)
        for rec in reference.recommendations(area.id):
            state = book.recommendation_state(rec.id)
            recommendations.append(
                RecommendationEntry(
                    rec.id,
                    rec.title(lang),
                    rec.summary(lang),
                    reference.recommendation_citation(rec, lang),
                    labels.get(state.status, state.status),
                    [(note.noted_on, note.note) for note in state.notes],
                )
            )
        for outlook in reference.outlooks():
            if area.id in outlook.issue_areas:
                outlooks.append(
                    OutlookEntry(outlook.id, outlook.summary(lang), reference.citation_label(_cite(outlook), lang))
                )
        known = {info.slug for info in reference.series_list()}
        charts = [
            ChartRef(f"brief{number}-chart{i}", (slug,))
            for i, slug in enumerate((s for s in area.key_indicators if s in known), start=1)
        ]
    return Brief(
        number,
        f"brief{number}",
        item.title,
        item.issue_area,
        area.title(lang) if area else "",
        meta,
        summary,
        citation,
        fields,
        recommendations,
        outlooks,
        charts,
        since_heading,
        since_text,
        since_sources,
    )


def _cite(outlook: Outlook) -> Citation:
    return Citation(outlook.document, outlook.section)


def _checklist(book: Book, today: dt.date, labels: dict[str, str]) -> ChecklistStatus | None:
    items = book.checklist()
    if not items:
        return None
    phases: dict[str, list[int]] = {}
    owners: dict[str, list[int]] = {}
    lines = []

    def bucket(state: str) -> int:
        return {"done": 0, "overdue": 2}.get(state, 1)

    for item in items:
        state = checklist_status(item, today)
        for table, name in ((phases, item.phase_title or item.phase), (owners, item.owner or labels["unassigned"])):
            counts = table.setdefault(name, [0, 0, 0])
            counts[bucket(state)] += 1
        if state != "done":
            lines.append(ChecklistLine(item.due, item.title, item.owner, labels[state], state == "overdue"))
    by_phase = [ChecklistRow(name, *counts) for name, counts in phases.items()]
    by_owner = [ChecklistRow(name, *counts) for name, counts in sorted(owners.items())]
    totals = ChecklistRow(
        labels["total"], sum(r.done for r in by_phase), sum(r.open for r in by_phase), sum(r.overdue for r in by_phase)
    )
    return ChecklistStatus(by_phase, by_owner, totals, lines)


# -- bilingual briefs ----------------------------------------------------------------------------
def brief_rows(brief: Brief, labels: dict[str, str]) -> list[list[tuple[str, str]]]:
    """A brief's body as rows of ``(style, text)`` parts — styles ``h``, ``p``, ``bullet``,
    ``small``, ``prompt`` — so a bilingual renderer can set two languages' rows side by side.

    Both languages' briefs of one agenda item have the same rows in the same order (the same
    fields, recommendations and outlooks), which is what pairs them.
    """
    rows: list[list[tuple[str, str]]] = []
    background = [("h", labels["background"])]
    if brief.summary:
        background += [("p", brief.summary), ("small", f"{labels['cited']}: {brief.summary_citation}")]
    else:
        background.append(("prompt", labels["custom_item"]))
    rows.append(background)
    if brief.since_then:  # one row per source line, so no side-by-side row outgrows a page
        rows.append([("h", brief.since_then_heading), ("p", brief.since_then)])
        rows += [[("small", line)] for line in brief.since_then_sources]
    for f in brief.fields:
        parts = [("h", f.heading)]
        parts += [("bullet" if b.kind == "bullet" else "p", b.text) for b in f.blocks] or [
            ("prompt", labels["not_written"])
        ]
        rows.append(parts)
    for index, rec in enumerate(brief.recommendations):
        parts = [("h", labels["recommendations"])] if index == 0 else []
        parts += [
            ("h", rec.title),
            ("p", rec.summary),
            ("small", f"{labels['cited']}: {rec.citation} · {labels['our_status']}: {rec.status}"),
        ]
        parts += [("bullet", f"{day.isoformat()}: {note}") for day, note in rec.notes]
        rows.append(parts)
    if brief.outlooks:
        parts = [("h", labels["outlook"])]
        for outlook in brief.outlooks:
            parts += [("p", outlook.summary), ("small", f"{labels['cited']}: {outlook.citation}")]
        rows.append(parts)
    return rows


def paired_rows(outline: "PacketOutline", index: int) -> list[tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    """Rows of brief ``index`` in both languages, side by side (primary, second)."""
    first = brief_rows(outline.briefs[index], outline.labels)
    second = brief_rows(outline.parallel[index], outline.second_labels)
    return list(zip(first, second, strict=True))
