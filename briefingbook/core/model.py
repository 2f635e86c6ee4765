"""Plain records passed between the core, the UI, the exporters and the CLI.

Reference records carry both languages; ``text(lang)`` style helpers pick one. Book records
mirror rows of the user's book file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGUAGES = ("en", "es")

PILLARS = ("political_leadership", "mutual_security", "competitiveness", "new_opportunities")

AGENDA_PRIORITIES = ("high", "medium", "low")
AGENDA_STATUSES = ("not_started", "in_preparation", "ready", "done")
RECOMMENDATION_STATUSES = ("not_started", "in_progress", "achieved", "set_aside")
# How likely the 2009 outline judged an outlook: "likely" for its "What Is Likely" section,
# "possible" for what it only listed under "What Is Possible".
OUTLOOK_LIKELIHOODS = ("likely", "possible")

# Fields of an agenda item's brief the user writes (plain text; "- " lines are bullets).
BRIEF_FIELDS = (
    "objectives",
    "talking_points",
    "their_objectives",
    "our_response",
    "press_line",
    "notes",
)


def pick(lang: str, en: str, es: str) -> str:
    """The text in ``lang``, falling back to English when the Spanish is empty."""
    return es if lang == "es" and es else en


@dataclass(frozen=True)
class Citation:
    document: str
    section: str

    def label(self, documents: dict[str, "Document"] | None = None) -> str:
        name = documents[self.document].short_title if documents and self.document in documents else self.document
        return f"{name}, {self.section}"


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    short_title: str
    authors: str
    publisher: str
    year: int
    # Spanish wording of the descriptive authors/publisher text (titles stay as published);
    # empty in reference packs built before it existed, which then print the English.
    authors_es: str = ""
    publisher_es: str = ""

    def reference_line(self, lang: str = "en") -> str:
        """``Authors. Title. Publisher, year.`` for a packet's sources, in ``lang`` where given."""
        authors = pick(lang, self.authors, self.authors_es)
        publisher = pick(lang, self.publisher, self.publisher_es)
        return f"{authors}. {self.title}. {publisher}, {self.year}."


@dataclass(frozen=True)
class IssueArea:
    id: str
    position: int
    pillar: str
    title_en: str
    title_es: str
    summary_en: str
    summary_es: str
    citations: tuple[Citation, ...]
    key_indicators: tuple[str, ...]

    def title(self, lang: str = "en") -> str:
        return pick(lang, self.title_en, self.title_es)

    def summary(self, lang: str = "en") -> str:
        return pick(lang, self.summary_en, self.summary_es)


def section_likelihood(section: str) -> str:
    """The grading a section of the 2009 outline gives by its name ("What Is Likely",
    "What Is Possible — …"), or "" for another section."""
    words = section.casefold()
    for likelihood in OUTLOOK_LIKELIHOODS:
        if words.startswith(f"what is {likelihood}"):
            return likelihood
    return ""


@dataclass(frozen=True)
class Outlook:
    id: str
    issue_areas: tuple[str, ...]
    summary_en: str
    summary_es: str
    document: str
    section: str
    likelihood: str = ""  # one of OUTLOOK_LIKELIHOODS

    def summary(self, lang: str = "en") -> str:
        return pick(lang, self.summary_en, self.summary_es)


@dataclass(frozen=True)
class Recommendation:
    id: str
    position: int
    document: str
    year: int
    section: str
    also_cited: tuple[str, ...]
    issue_area: str
    pillar: str
    verb: str
    kind: str | None
    addressed_to: tuple[str, ...]
    title_en: str
    title_es: str
    summary_en: str
    summary_es: str
    outlook_id: str | None

    @property
    def citation(self) -> Citation:
        return Citation(self.document, self.section)

    def title(self, lang: str = "en") -> str:
        return pick(lang, self.title_en, self.title_es)

    def summary(self, lang: str = "en") -> str:
        return pick(lang, self.summary_en, self.summary_es)


@dataclass(frozen=True)
class SeriesInfo:
    slug: str
    position: int
    concept: str
    name_en: str
    name_es: str
    unit: str
    unit_label_en: str
    unit_label_es: str
    frequency: str
    countries: dict[str, dict[str, str]]
    publisher: str
    series_code: str
    citation: str
    as_of: str
    definition_en: str
    definition_es: str
    caveats_en: str
    caveats_es: str
    derived: bool
    inputs: tuple[str, ...]
    issue_areas: tuple[str, ...]
    source: str = "reference"  # "reference" or "book" (imported by the user)
    computed: bool = False  # values computed by the data preparer before they reached us (derived_in_file)
    code_plain_en: str = ""  # the publisher's series or table in plain words ("series EYR/IYR")
    code_plain_es: str = ""
    publisher_plain: str = ""  # the publisher alone, where ``publisher`` also describes processing
    as_of_kind: str = ""  # what "as of" means: download, snapshot, release, file, copy, last_data
    citation_es: str = ""  # the citation with its descriptive words in Spanish (empty: use ``citation``)

    def cited(self, lang: str = "en") -> str:
        """The full citation for ``lang`` (titles, publishers and URLs as published)."""
        return pick(lang, self.citation, self.citation_es)

    def name(self, lang: str = "en") -> str:
        return pick(lang, self.name_en, self.name_es)

    def unit_label(self, lang: str = "en") -> str:
        return pick(lang, self.unit_label_en, self.unit_label_es)

    def country_label(self, code: str, lang: str = "en") -> str:
        labels = self.countries.get(code, {})
        return labels.get(lang) or labels.get("en") or code

    def source_line(self) -> str:
        return f"{self.publisher}; {self.series_code}; as of {self.as_of}"


@dataclass(frozen=True)
class Observation:
    period: str
    country: str
    value: float
    value_text: str


@dataclass(frozen=True)
class LaterSource:
    """Public material found after the seed documents (data/sources/later_sources.yaml)."""

    id: str
    publisher: str
    title: str
    url: str
    retrieved: str  # YYYY-MM-DD, the day it was read
    publisher_es: str = ""  # its descriptive words ("via", "archived") in Spanish; "" = as published

    def label(self, lang: str = "en") -> str:
        word = "consultado el" if lang == "es" else "retrieved"
        publisher = pick(lang, self.publisher, self.publisher_es)
        return f"{publisher}, {self.title}, {self.url} ({word} {self.retrieved})"


@dataclass(frozen=True)
class SinceThenPoint:
    text_en: str
    text_es: str
    sources: tuple[str, ...]  # ids of LaterSource

    def text(self, lang: str = "en") -> str:
        return pick(lang, self.text_en, self.text_es)


@dataclass(frozen=True)
class SinceThen:
    """What changed for an issue area after the 2009 outline, checked on ``as_of``."""

    issue_area: str
    as_of: str
    points: tuple[SinceThenPoint, ...]
    sources: tuple[LaterSource, ...]  # every source the points rest on, numbered from 1 in this order

    def text(self, lang: str = "en") -> str:
        """The points as one paragraph, each followed by the numbers of its sources: "… [1, 2]"."""
        number = {s.id: n for n, s in enumerate(self.sources, start=1)}
        return " ".join(f"{p.text(lang)} [{', '.join(str(number[i]) for i in p.sources)}]" for p in self.points)

    def source_lines(self, lang: str = "en") -> list[str]:
        return [f"[{n}] {s.label(lang)}" for n, s in enumerate(self.sources, start=1)]


@dataclass(frozen=True)
class Event:
    id: str
    date: str  # ISO with the precision the source supports: YYYY, YYYY-MM or YYYY-MM-DD
    title_en: str
    title_es: str
    issue_areas: tuple[str, ...]
    citation: str  # as built, in English ("Publisher, Title, URL (retrieved 2026-12-04)")
    note_en: str
    note_es: str
    sources: tuple[LaterSource, ...] = ()  # the later sources it cites, to word them per language
    citation_es: str = ""  # a seed document's citation with its Spanish short title ("" in older packs)

    def title(self, lang: str = "en") -> str:
        return pick(lang, self.title_en, self.title_es)

    def citation_in(self, lang: str = "en") -> str:
        """The citation in ``lang``: later sources say "consultado el …" in Spanish; a seed
        document's section is cited as built."""
        if self.sources:
            return "; ".join(source.label(lang) for source in self.sources)
        return pick(lang, self.citation, self.citation_es)

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def decimal_year(self) -> float:
        """Position on an annual chart axis (mid-month when the month is known)."""
        parts = self.date.split("-")
        if len(parts) == 1:
            return float(parts[0])
        month = int(parts[1])
        return int(parts[0]) + (month - 0.5) / 12


@dataclass(frozen=True)
class Summit:
    title: str
    place: str
    date: dt.date
    delegation: str
    marking: str
    language: str

    def days_until(self, today: dt.date) -> int:
        return (self.date - today).days


@dataclass(frozen=True)
class AgendaItem:
    id: int
    uuid: str
    position: int
    issue_area: str | None
    title: str
    priority: str
    status: str
    objectives: str = ""
    talking_points: str = ""
    their_objectives: str = ""
    our_response: str = ""
    press_line: str = ""
    notes: str = ""


@dataclass(frozen=True)
class RecommendationNote:
    id: int
    recommendation_id: str
    noted_on: dt.date
    note: str


@dataclass(frozen=True)
class RecommendationState:
    recommendation_id: str
    status: str
    notes: tuple[RecommendationNote, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    uuid: str
    template_id: str | None
    phase: str
    phase_title: str
    offset_days: int
    title: str
    owner: str
    position: int
    done_at: str | None
    notes: str
    due: dt.date

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def is_overdue(self, today: dt.date) -> bool:
        return not self.done and self.due < today


@dataclass(frozen=True)
class SearchHit:
    kind: str  # issue | recommendation | series | event | outlook | agenda | checklist | note
    id: str
    title: str
    snippet: str
    score: float
