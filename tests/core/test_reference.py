"""The bundled reference database: content, provenance and the published figures."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from briefingbook.core import derived
from briefingbook.core.errors import NotFoundError, ReferenceDataError
from briefingbook.core.reference import Reference

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "data" / "sources" / "indicators"
SHARED = ROOT.parent / "shared" / "data" / "indicators"
SLUGS = sorted(p.stem for p in SOURCES.glob("*.csv"))


def _csv(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return sorted((r["year"], r["country"], r["value"]) for r in csv.DictReader(handle))


def test_twenty_published_series_plus_derived(reference):
    series = reference.series_list()
    published = [s.slug for s in series if not s.derived]
    assert sorted(published) == SLUGS and len(SLUGS) == 20
    assert {s.slug for s in series if s.derived} == set(derived.DERIVED_SERIES)


@pytest.mark.parametrize("slug", SLUGS)
def test_series_values_are_the_files_verbatim(reference, slug):
    stored = sorted((o.period, o.country, o.value_text) for o in reference.observations(slug))
    assert stored == _csv(SOURCES / f"{slug}.csv")
    if SHARED.is_dir():  # the product's copy is the shared data, unchanged
        assert _csv(SHARED / f"{slug}.csv") == stored


def test_every_series_has_provenance(reference):
    for s in reference.series_list():
        assert s.name_en and s.name_es and s.unit and s.unit_label_en and s.unit_label_es, s.slug
        assert s.publisher and s.citation and s.as_of and s.series_code, s.slug
        assert s.definition_en and s.definition_es, s.slug
        codes = {o.country for o in reference.observations(s.slug)}
        assert codes <= set(s.countries), s.slug


def test_derived_series_are_computed_from_their_inputs(reference):
    gdp_pc = {(o.period, o.country): o.value for o in reference.observations("gdp_per_capita_current_usd_derived")}
    gap = {o.period: o.value for o in reference.observations("development_gap")}
    assert gap["2000"] == pytest.approx(gdp_pc[("2000", "USA")] / gdp_pc[("2000", "MEX")], rel=1e-4)
    trade = {(o.period, o.country): o.value for o in reference.observations("us_goods_trade_mexico")}
    balance = {o.period: o.value for o in reference.observations("us_goods_trade_balance_mexico")}
    total = {o.period: o.value for o in reference.observations("us_goods_trade_total_mexico")}
    for year in ("1993", "2004", "2023"):
        assert balance[year] == trade[(year, "USA_TO_MEX")] - trade[(year, "MEX_TO_USA")]
        assert total[year] == trade[(year, "USA_TO_MEX")] + trade[(year, "MEX_TO_USA")]
    assert reference.series("development_gap").derived


def test_issue_areas_and_recommendations_are_bilingual_and_cited(reference):
    areas = reference.issue_areas()
    assert len(areas) >= 13
    for area in areas:
        assert area.title_en and area.title_es and area.summary_en and area.summary_es
        assert area.summary_en != area.summary_es
        assert area.citations
    recs = reference.recommendations()
    assert len(recs) >= 30
    area_ids = {a.id for a in areas}
    for rec in recs:
        assert rec.document in reference.documents and rec.section, rec.id
        assert rec.summary_en and rec.summary_es and rec.summary_en != rec.summary_es, rec.id
        assert rec.issue_area in area_ids, rec.id
        if rec.outlook_id:
            assert reference.outlook(rec.outlook_id).summary_es
    assert {r.document for r in recs} == {"wwc2005", "outline2009"}
    assert all(reference.recommendations(a.id) for a in areas), "an issue area without recommendations"


def test_recommendation_summaries_are_not_pasted_from_the_sources(reference):
    """Summaries are in the product's words: no run of 12 words copied from a seed document."""
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds not beside the checkout")
    import re

    def words(text):
        return re.findall(r"[a-z0-9']+", text.lower())

    source_words = []
    for path in seeds.glob("*.txt"):
        source_words += words(path.read_text(encoding="utf-8"))
    grams = {tuple(source_words[i : i + 12]) for i in range(len(source_words) - 11)}
    texts = [r.summary_en for r in reference.recommendations()] + [a.summary_en for a in reference.issue_areas()]
    for text in texts:
        w = words(text)
        copied = [" ".join(w[i : i + 12]) for i in range(len(w) - 11) if tuple(w[i : i + 12]) in grams]
        assert not copied, copied[0]


def test_events_are_dated_and_cited(reference):
    events = reference.events()
    assert len(events) >= 8
    ids = {e.id for e in events}
    assert {"dhs-created"} <= ids
    for event in events:
        assert event.citation and event.title_es and 1990 <= event.year <= 2026


def test_seed_tables(reference):
    tables = {t["id"]: t for t in reference.seed_tables()}
    assert set(tables) == {"foreign_policy_priorities_2004", "students_abroad"}
    assert all(t["source"] for t in tables.values())
    priorities = reference.foreign_policy_priorities()
    assert sum(1 for r in priorities if r["country"] == "MEX") == 10
    assert sum(1 for r in priorities if r["country"] == "USA") == 14
    top_mex = next(r for r in priorities if r["country"] == "MEX" and r["rank"] == 1)
    assert top_mex["percent"] == 88
    students = {r["id"]: r for r in reference.students_abroad()}
    assert any(r["value_text"] == "12518" for r in students.values())


def test_unknown_records_give_clear_errors(reference):
    with pytest.raises(NotFoundError, match="no series 'nope'"):
        reference.observations("nope")
    with pytest.raises(NotFoundError):
        reference.issue_area("nope")


def test_reference_is_opened_read_only(reference):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
        reference.connection.execute("DELETE FROM events")


def test_missing_reference_is_reported(tmp_path):
    with pytest.raises(ReferenceDataError, match="not found"):
        Reference(tmp_path / "missing.sqlite")


def test_all_content_is_bilingual(reference):
    """Issue areas, recommendations, indicator names and units, events and the checklist have
    Spanish text of their own (not a copy of the English)."""
    from briefingbook.core.checklist import load_template

    for info in reference.series_list():
        assert info.name_es and info.name_es != info.name_en, info.slug
        assert info.unit_label_es, info.slug
        for code, labels in info.countries.items():
            assert labels.get("es"), (info.slug, code)
    for event in reference.events():
        assert event.title_es and event.title_es != event.title_en, event.id
    for outlook in reference.outlooks():
        assert outlook.summary_es and outlook.summary_es != outlook.summary_en
    for rec in reference.recommendations():
        assert rec.title_es and rec.title_es != rec.title_en, rec.id
    template = load_template()
    assert all(i.title_es != i.title_en for i in template.items)
    for table in reference.seed_tables():
        assert table["title_es"] and table["title_es"] != table["title_en"]


def test_outlooks_carry_the_outlines_own_grading(reference):
    """Each 2009 outlook says how likely the outline judged it, as its section does: the
    bullets of "What Is Likely" are likely, the development-fund doubt (listed only under
    "What Is Possible — Development") is possible."""
    from briefingbook.core.model import section_likelihood

    outlooks = {o.id: o for o in reference.outlooks()}
    for outlook in outlooks.values():
        assert outlook.likelihood == section_likelihood(outlook.section) != "", outlook.id
    assert outlooks["outlook2009-security"].likelihood == "likely"
    assert outlooks["outlook2009-development-fund-doubt"].likelihood == "possible"


def test_an_outlook_graded_against_its_section_is_refused(tmp_path):
    import shutil

    from briefingbook.core import refbuild

    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "data" / "sources", sources)
    path = sources / "outlooks.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("likelihood: possible", "likelihood: likely", 1), encoding="utf-8")
    with pytest.raises(refbuild.SourceError, match="development-fund-doubt.*says 'possible'"):
        refbuild.load_outlooks({a["id"] for a in refbuild.load_issue_areas(sources)}, sources)
    path.write_text(text.replace("likelihood: possible", "likelihood: doubtful", 1), encoding="utf-8")
    with pytest.raises(refbuild.SourceError, match="'doubtful' is not one of"):
        refbuild.load_outlooks({a["id"] for a in refbuild.load_issue_areas(sources)}, sources)
