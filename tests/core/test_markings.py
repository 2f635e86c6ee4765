"""Handling markings (core/markings.py): current markings, CUI categories, DRAFT is a watermark."""

from __future__ import annotations

import pytest

from briefingbook.core import markings
from briefingbook.core.book import Book
from briefingbook.core.errors import InvalidInputError


def test_choices_follow_the_books_language():
    assert markings.choices("en") == ("UNCLASSIFIED", "CUI")
    assert markings.choices("es") == ("INFORMACIÓN RESERVADA", "INFORMACIÓN CONFIDENCIAL", "UNCLASSIFIED", "CUI")
    assert not {"SENSITIVE BUT UNCLASSIFIED", "FOR OFFICIAL USE ONLY", "DRAFT"} & set(markings.choices("es"))


def test_cui_with_and_without_a_category():
    assert markings.cui() == "CUI" and markings.cui("  ") == "CUI"
    assert markings.cui(" sp prvcy ") == "CUI//SP-PRVCY"
    assert markings.cui_category("CUI//SP-CTI") == "SP-CTI" and markings.cui_category("CUI") == ""
    assert markings.cui_category("UNCLASSIFIED") is None and markings.cui_category("CUIDADO") is None


@pytest.mark.parametrize("text", ["DRAFT", " draft ", "Borrador"])
def test_a_draft_is_refused_as_a_marking_in_one_sentence(tmp_path, text):
    with pytest.raises(InvalidInputError, match="not a handling marking: a draft is marked by the watermark"):
        Book.create(tmp_path / "d.bbook", title="T", date="2027-01-18", marking=text)
    assert not (tmp_path / "d.bbook").exists()
    with Book.create(tmp_path / "ok.bbook", title="T", date="2027-01-18") as book:
        assert book.summit().marking == ""  # no marking unless one is given
        with pytest.raises(InvalidInputError):
            book.update_summit(marking=text)
        assert book.update_summit(marking="  CUI//SP-PRVCY ").marking == "CUI//SP-PRVCY"


def test_a_marking_too_long_for_a_banner_is_refused():
    with pytest.raises(InvalidInputError, match="at most 120"):
        markings.check("X" * 121)
