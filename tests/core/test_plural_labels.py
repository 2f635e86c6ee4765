"""Counts in the core's words (packet labels, readiness, import messages, CLI lines) take the
singular for exactly 1 and the plural otherwise, in English and Spanish (0 is plural in both)."""

from __future__ import annotations

import pytest

from briefingbook.core.import_messages import ENGLISH, Message
from briefingbook.core.packet_labels import LABELS, counted, plural


def test_plural_is_one_only_for_one():
    assert [plural(n, "day", "days") for n in (0, 1, 2, 11, 21, -1)] == ["days", "day", "days", "days", "days", "days"]


@pytest.mark.parametrize(
    ("lang", "key", "param", "expected"),
    [
        ("en", "days_to_go", "days", ("0 days to the summit", "1 day to the summit", "2 days to the summit")),
        (
            "es",
            "days_to_go",
            "days",
            ("faltan 0 días para la cumbre", "falta 1 día para la cumbre", "faltan 2 días para la cumbre"),
        ),
        ("en", "ready_unnamed", "n", ("0 people without a name", "1 person without a name", "2 people without a name")),
        ("es", "ready_unnamed", "n", ("0 personas sin nombre", "1 persona sin nombre", "2 personas sin nombre")),
        (
            "es",
            "ready_overdue",
            "n",
            (
                "0 tareas de la lista de verificación vencidas",
                "1 tarea de la lista de verificación vencida",
                "2 tareas de la lista de verificación vencidas",
            ),
        ),
    ],
)
def test_counted_labels_zero_one_two(lang, key, param, expected):
    assert tuple(counted(LABELS[lang], key, n, **{param: n}) for n in (0, 1, 2)) == expected


def test_every_singular_label_has_its_plural_and_the_same_placeholders():
    from briefingbook.core.import_messages import placeholders

    for lang, labels in LABELS.items():
        singular = [key for key in labels if key.endswith("_one")]
        assert len(singular) >= 8, lang
        for key in singular:
            plural_key = key.removesuffix("_one")
            assert plural_key in labels, key
            assert placeholders(labels[key]) == placeholders(labels[plural_key]), key


def test_import_messages_count_one_and_many():
    one = Message("skipped_missing", count=1, markers="NA")
    two = Message("skipped_missing", count=2, markers="NA")
    assert (one, two) == ("1 empty or missing value (NA) was skipped", "2 empty or missing values (NA) were skipped")
    assert one.code == "skipped_missing"  # the code stays; the wording follows the count
    spanish = {
        "skipped_missing": "se omitieron {count} valores vacíos o faltantes ({markers})",
        "skipped_missing_one": "se omitió {count} valor vacío o faltante ({markers})",
    }
    assert one.text(spanish) == "se omitió 1 valor vacío o faltante (NA)"
    assert Message("skipped_missing", count=0, markers="NA").text(spanish).startswith("se omitieron 0 valores")
    assert Message("all_missing", rows=1, markers="NA") == "has no values: 1 data row, empty or marked missing (NA)"
    assert "all 3 data rows" in Message("all_missing", rows=3, markers="NA")
    assert {"skipped_missing_one", "all_missing_one"} <= set(ENGLISH)


def test_readiness_lines_name_one_person_in_the_singular(tmp_path):
    import datetime as dt

    from briefingbook.core import people, readiness
    from briefingbook.core.book import Book
    from briefingbook.core.packet_principal import readiness_lines

    with Book.create(tmp_path / "b.bbook", title="Plurals", date=dt.date(2027, 3, 1)) as book:
        people.add_person(book, name="(name to be confirmed)", title="Head of delegation")
        entry = next(e for e in readiness.check(book, dt.date(2027, 1, 1)) if e.kind == "unnamed")
        assert entry.count == 1 and entry.detail.startswith("1 person without a name (")
        assert "1 persona sin nombre" in readiness_lines(book, LABELS["es"], dt.date(2027, 1, 1))
        assert "1 person without a name" in readiness_lines(book, LABELS["en"], dt.date(2027, 1, 1))
        people.add_person(book, name="(nombre por confirmar)", title="Adviser")
        assert "2 people without a name" in readiness_lines(book, LABELS["en"], dt.date(2027, 1, 1))
