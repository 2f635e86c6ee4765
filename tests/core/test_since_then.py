"""Reference content a reader in 2026 can trust (issue 20): dated backgrounds, sourced "Since
then" points and milestones, the audit's fixes, and a demo that says it is one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from briefingbook.cli import main
from briefingbook.core import deliverables, demo
from briefingbook.core.book import Book
from briefingbook.core.packet import brief_rows, build_outline
from briefingbook.core.search import search

SPANISH_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The seed documents end in April 2009; a date after that cannot come from them.
SEED_END = "2009-04-30"


def _yaml(name: str):
    return yaml.safe_load((SOURCES / name).read_text(encoding="utf-8"))


def _assert_sourced(source: dict, where: str) -> None:
    assert source["publisher"] and source["title"], where
    assert str(source["url"]).startswith(("http://", "https://")), where
    assert ISO_DAY.match(str(source["retrieved"])), where
    assert str(source["retrieved"]) <= dt.date.today().isoformat(), where


# -- search ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["USMCA", "T-MEC"])
def test_cli_search_finds_the_trade_area_and_the_usmca_events(capsys, query):
    for lang in ("en", "es"):
        assert main(["search", query, "--lang", lang, "--limit", "50"]) == 0
        hits = {tuple(line.split("\t")[:2]) for line in capsys.readouterr().out.splitlines()}
        assert ("issue", "trade_facilitation") in hits, (query, lang)
        assert {("event", "usmca-signed"), ("event", "usmca-in-force"), ("event", "usmca-joint-review-due")} <= hits


def test_search_reaches_the_since_then_text(reference):
    """ "Bicentennial" appears in no background, only in the security area's "Since then"."""
    assert not any("Bicentennial" in a.summary_en for a in reference.issue_areas())
    hits = {(h.kind, h.id) for h in search("Bicentennial", reference=reference, limit=50)}
    assert ("issue", "public_security") in hits and ("event", "bicentennial-framework") in hits


# -- every dated statement has a source --------------------------------------------------------------
def test_every_event_has_a_seed_citation_or_sources_with_url_and_retrieval_date(reference):
    later = {s["id"]: s for s in _yaml("later_sources.yaml")}
    for source in later.values():
        _assert_sourced(source, source["id"])
    events = _yaml("events.yaml")
    for event in events:
        citation = event["citation"]
        if citation.get("source"):
            ids = [citation["source"], *(citation.get("also") or [])]
            for source_id in ids:
                _assert_sourced(later[source_id], event["id"])
        else:
            assert citation["document"] in {"wwc2005", "outline2009"} and citation["section"], event["id"]
            assert str(event["date"]) <= SEED_END, f"{event['id']}: a date after the seeds needs a looked-up source"
    # the built DB shows the URL and the retrieval date beside every looked-up event
    by_id = {e.id: e for e in reference.events()}
    for event in events:
        if event["citation"].get("source"):
            text = by_id[event["id"]].citation
            assert later[event["citation"]["source"]]["url"] in text and "(retrieved 20" in text, event["id"]
    wanted = {
        "usmca-signed": "2018-11-30",
        "usmca-in-force": "2020-07-01",
        "usmca-joint-review-due": "2026-07-01",
        "bicentennial-framework": "2021-10-08",
        "hled-relaunched": "2021-09-09",
        "spp-ends": "2009-08",
        "pandemic-land-border-restrictions": "2020-03-20",
        "land-border-reopens-vaccinated": "2021-11-08",
    }
    assert {k: by_id[k].date for k in wanted} == wanted


def test_every_issue_area_has_a_dated_sourced_since_then(reference):
    entries = {e["issue_area"]: e for e in _yaml("since_then.yaml")}
    later = {s["id"]: s for s in _yaml("later_sources.yaml")}
    assert set(entries) == {a.id for a in reference.issue_areas()}
    for area_id, entry in entries.items():
        assert ISO_DAY.match(str(entry["as_of"])), area_id
        for point in entry["points"]:
            assert point["en"].strip() and point["es"].strip() and point["en"] != point["es"], area_id
            assert point["sources"], area_id
            for source_id in point["sources"]:
                _assert_sourced(later[source_id], area_id)
        shown = reference.since_then(area_id)
        assert shown.as_of == str(entry["as_of"])
        assert len(shown.points) == len(entry["points"])
        # every point is followed by the numbers of its sources, and every number has its line
        for lang in ("en", "es"):
            text = shown.text(lang)
            assert text.count("[") == len(entry["points"]), (area_id, lang)
            lines = shown.source_lines(lang)
            assert all(s.url in line for s, line in zip(shown.sources, lines, strict=True))
    trade = reference.since_then("trade_facilitation")
    assert "USMCA" in trade.text("en") and "T-MEC" in trade.text("es")


# -- backgrounds say whose finding it was, and when ---------------------------------------------------
# Phrases that present a framework of 2005 or 2009 as today's.
PRESENT_TENSE = [
    "built under NAFTA",
    "under the SPP",
    "the trade relationship built",
    "NAFTA's labor",
    "Mexico ranks",
    "is concerned above all",
    "after years of silence",
    "lives in the United States",
    "construida en el marco del",
    "en el marco del TLCAN",
    "le preocupan sobre",
    "México ocupa apenas",
    "tras años de silencio",
    "vive en Estados Unidos",
    "Washington is concerned",
]
FRAMEWORKS = re.compile(
    r"NAFTA|TLCAN|Security and Prosperity|ASPAN|\bSPP\b|M[ée]rida|Smart Border|Fronteras Inteligentes"
)
YEAR = re.compile(r"\b(19|20)\d\d\b")


def _sentences(text: str) -> list[str]:
    """Sentences (and clauses after ";"); "U.S." and "EE. UU." do not end one."""
    return [s for s in re.split(r"(?<!U\.S\.)(?<!EE\.)(?<!UU\.)(?<=[.;])\s+", " ".join(text.split())) if s]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_background_names_a_framework_in_the_present_without_a_date(reference, lang):
    for area in reference.issue_areas():
        text = area.summary(lang)
        for phrase in PRESENT_TENSE:
            assert phrase not in text, (area.id, phrase)
        for sentence in _sentences(text):
            if FRAMEWORKS.search(sentence):
                assert YEAR.search(sentence), (area.id, sentence)


def test_the_phrase_check_catches_the_old_wording():
    """The check above fails on the 2005-as-now sentences this issue rewrote."""
    old = (
        "This area covers the trade relationship built under NAFTA and the rules that shape it. "
        "It suggested treating the Security and Prosperity Partnership as a starting point."
    )
    assert any(p in old for p in PRESENT_TENSE)
    assert [s for s in _sentences(old) if FRAMEWORKS.search(s) and not YEAR.search(s)]


# -- the audit's findings ------------------------------------------------------------------------------
def test_audit_fixes(reference):
    events = {e.id: e for e in reference.events()}
    assert events["fox-bush-administrations-begin"].date == "2000-12-01"
    note = next(t for t in reference.seed_tables() if t["id"] == "foreign_policy_priorities_2004")["notes_en"]
    assert "asked about its own list" not in note
    outline = reference.documents["outline2009"]
    assert outline.short_title == "Presentation outline (2009), author not named"
    assert "Unnamed" not in outline.authors and "Unpublished" not in outline.publisher
    outline_texts = [o.summary_en for o in reference.outlooks()] + [
        r.summary_en for r in reference.recommendations() if r.document == "outline2009"
    ]
    assert not [t for t in outline_texts if re.search(r"\bHe\b|\bhis\b|the author", t)]
    assert "could be on the table" in reference.recommendation("wwc2005-mexico-southern-border").summary_en
    assert (
        reference.recommendation("wwc2005-north-american-development-fund").outlook_id
        == "outlook2009-development-fund-doubt"
    )
    assert "sceptical" in reference.outlook("outlook2009-development-fund-doubt").summary_en
    for rec_id in (
        "wwc2005-debordering-interior-inspection",
        "wwc2005-visa-criteria-threat-screening",
        "wwc2005-mutual-arrest-warrants",
    ):
        assert reference.recommendation(rec_id).outlook_id is None
    migration = {(c.document, c.section) for c in reference.issue_area("migration").citations}
    assert ("outline2009", "Dynamics of the U.S.-Mexico Relationship") in migration
    assert "after years of silence" not in reference.issue_area("migration").summary_en
    environment = {(c.document, c.section) for c in reference.issue_area("environment").citations}
    assert ("wwc2005", "Executive Summary") in environment
    infra = reference.recommendation("outline2009-border-infrastructure-investment")
    assert "Dynamics of the U.S.-Mexico Relationship" in infra.also_cited


def test_every_citation_a_summary_rests_on_is_shown(reference):
    for rec_id in (
        "wwc2005-strategic-partnership",
        "wwc2005-guest-worker-legalization",
        "outline2009-security-follow-through",
        "wwc2005-creative-initiatives",
        "wwc2005-public-security-program",
    ):
        rec = reference.recommendation(rec_id)
        label = reference.recommendation_citation(rec, "en")
        assert rec.also_cited and all(section in label for section in (rec.section, *rec.also_cited)), rec_id


# -- packets carry the "Since then" as data -------------------------------------------------------------
def test_packet_outline_carries_since_then_with_sources(demo_book, reference):
    for lang in ("en", "es"):
        outline = build_outline(demo_book, reference, lang=lang)
        brief = next(b for b in outline.briefs if b.issue_area == "trade_facilitation")
        assert brief.since_then == reference.since_then("trade_facilitation").text(lang)
        as_of = dt.date.fromisoformat(reference.since_then("trade_facilitation").as_of)
        # The date in the packet's words, not ISO: "(as of 4 December 2026)", "(al 4 de diciembre de 2026)".
        month = as_of.strftime("%B") if lang == "en" else SPANISH_MONTHS[as_of.month - 1]
        words = f"{as_of.day} {month} {as_of.year}" if lang == "en" else f"{as_of.day} de {month} de {as_of.year}"
        assert brief.since_then_heading.endswith(f"{words})"), brief.since_then_heading
        assert as_of.isoformat() not in brief.since_then_heading
        assert brief.since_then_sources and all("http" in line for line in brief.since_then_sources)
        rows = brief_rows(brief, outline.labels)
        assert rows[1][0] == ("h", brief.since_then_heading)
        cited = next(r for r in brief.recommendations if r.id == "wwc2005-harmonize-regulations").citation
        assert "Concluding Remarks" in cited  # an also-cited section is shown


# -- the demo is demo --------------------------------------------------------------------------------------
def test_demo_suggestions_say_they_are_not_positions(demo_book, reference):
    for item in demo_book.agenda():
        lines = [line for line in item.objectives.splitlines() if line.strip()]
        assert lines, item.title
        for line in lines:
            assert "— not a position" in line and "Suggested from the 20" in line, line
    suggested = deliverables.deliverables(demo_book)
    assert suggested
    for deliverable in suggested:
        assert "not a position" in deliverable.suggested_by and "not a position" in deliverable.notes
    assert "wwc2005-energy-for-infrastructure-task-force" not in {r for d in suggested for r in d.recommendations}


def test_spanish_demo_suggestions(tmp_path, reference):
    with demo.create_demo_book(tmp_path / "es.bbook", reference, language="es", title="Cumbre real") as book:
        first = book.agenda()[0].objectives.splitlines()[0]
        assert "Sugerido a partir del grupo de estudio de 2005 — no es una posición" in first
        assert book.summit().marking == "DEMOSTRACIÓN - SOLO PARA CAPACITACIÓN"


def test_new_demo_book_carries_the_demo_marking_unless_another_is_given(capsys, tmp_path):
    plain = tmp_path / "demo.bbook"
    assert main(["new", str(plain), "--title", "Real summit title", "--date", "2027-03-01", "--demo"]) == 0
    marked = tmp_path / "marked.bbook"
    assert (
        main(
            [
                "new",
                str(marked),
                "--title",
                "Real summit title",
                "--date",
                "2027-03-01",
                "--demo",
                "--marking",
                "OFFICIAL USE ONLY",
            ]
        )
        == 0
    )
    spanish = tmp_path / "es.bbook"
    assert main(["new", str(spanish), "--title", "Cumbre", "--date", "2027-03-01", "--demo", "--lang", "es"]) == 0
    not_demo = tmp_path / "plain.bbook"
    assert main(["new", str(not_demo), "--title", "T", "--date", "2027-03-01"]) == 0
    capsys.readouterr()
    markings = {}
    for path in (plain, marked, spanish, not_demo):
        with Book.open(path, readonly=True) as book:
            markings[path.name] = book.summit().marking
    assert markings == {
        "demo.bbook": "DEMO - FOR TRAINING ONLY",
        "marked.bbook": "OFFICIAL USE ONLY",
        "es.bbook": "DEMOSTRACIÓN - SOLO PARA CAPACITACIÓN",
        "plain.bbook": "",
    }
