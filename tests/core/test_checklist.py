"""The default checklist template and the countdown arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from briefingbook.core.checklist import countdown_label, due_date, load_template, status, summarize
from briefingbook.core.errors import InvalidInputError


def test_template_is_complete_in_both_languages():
    template = load_template()
    assert len(template.items) >= 15
    offsets = [p.offset_days for p in template.phases]
    assert offsets == sorted(offsets) and offsets[0] <= -60 and offsets[-1] >= 7
    assert 0 in offsets
    ids = [i.id for i in template.items]
    assert len(ids) == len(set(ids))
    for item in template.items:
        assert item.title_en and item.title_es and item.title_en != item.title_es
        assert item.owner_en and item.owner_es
    for phase in template.phases:
        assert phase.title_en and phase.title_es
        assert any(i.phase == phase.id for i in template.items), phase.id


def test_due_date_and_countdown():
    summit = dt.date(2027, 3, 1)
    assert due_date(summit, -60) == dt.date(2026, 12, 31)
    assert due_date(summit, 7) == dt.date(2027, 3, 8)
    assert countdown_label(summit, dt.date(2027, 1, 15)) == "T-45"
    assert countdown_label(summit, summit) == "T0"
    assert countdown_label(summit, dt.date(2027, 3, 3)) == "T+2"


def test_status_and_summary(demo_book):
    items = demo_book.checklist()
    today = dt.date(2027, 2, 1)  # T-28
    statuses = {status(i, today) for i in items}
    assert {"overdue", "open"} <= statuses
    counts = summarize(items, today)
    assert counts["total"] == len(items)
    assert counts["overdue"] == sum(1 for i in items if i.due < today)
    assert counts["done"] + counts["overdue"] + counts["due_soon"] + counts["open"] == counts["total"]


def test_malformed_template_is_reported(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text(
        "phases:\n  - id: a\n    offset_days: -3\n    title_en: A\n    title_es: A\n"
        "items:\n  - id: x\n    phase: zzz\n    offset_days: 1\n    title_en: X\n    title_es: X\n"
    )
    with pytest.raises(InvalidInputError, match="unknown phase 'zzz'"):
        load_template(bad)
