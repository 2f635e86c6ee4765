"""One registry, every reader agrees (issue 16): what the change log tracks (``history.TRACKED``)
is what the text fields, the packet's "changes since" section and the History pane's names know.

A tracked table or field added without its readable names fails here, not in front of a user.
"""

from __future__ import annotations

import pytest

from briefingbook.core import history, packet, packet_changes
from briefingbook.ui import history_names


def tracked_fields() -> set[tuple[str, str]]:
    return {(table, field) for table, spec in history.TRACKED.items() for field in spec.fields}


def test_text_and_summarised_fields_are_tracked_fields():
    text = {(table, field) for table, fields in history.TEXT_FIELDS.items() for field in fields}
    assert text - tracked_fields() == set()
    assert history.SUMMARISED - tracked_fields() == set()


def test_every_tracked_table_and_field_has_a_name_in_the_history_pane(qapp):
    unnamed_tables = [t for t in history.TRACKED if history_names.entity_name(t) == t]
    unnamed_fields = sorted({f for _, f in tracked_fields() if history_names.field_name(f) == f})
    assert (unnamed_tables, unnamed_fields) == ([], [])
    names = list(history_names.entity_names().values())
    assert len(names) == len(set(names)), "two kinds of rows share a name"
    assert set(history_names.entity_names()) == set(history.TRACKED)


@pytest.mark.parametrize("lang", sorted(packet.LABELS))
def test_every_tracked_table_and_field_has_a_packet_label(lang):
    labels = packet.LABELS[lang]
    assert set(labels) == set(packet.LABELS["en"])
    assert packet_changes.SHOWN_ENTITIES == set(history.TRACKED), "the changes section must show every tracked table"
    unlabelled = sorted((t, f) for t, f in tracked_fields() if not (labels.get(f"field_{f}") or labels.get(f)))
    assert unlabelled == []
    listed = set(packet_changes._OTHER)  # listed by kind ("Person “Ana Pérez” added")
    assert sorted(t for t in listed if not labels.get(f"entity_{t}")) == []
