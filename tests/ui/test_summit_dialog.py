"""Summit details and New book (issue 19): current markings, CUI category, Mexico's classes for a
Spanish book, the user's own text, a new book must choose its marking, DRAFT is a watermark."""

from __future__ import annotations

import datetime as dt

from briefingbook.core.model import Summit
from briefingbook.ui.dialogs import SummitDialog


def _summit(marking: str, language: str = "en") -> Summit:
    return Summit("Cumbre", "Monterrey", dt.date(2027, 1, 18), "", marking, language)


def _choices(dialog) -> list:
    return [dialog.marking.itemData(i) for i in range(dialog.marking.count())]


def test_a_new_book_must_choose_its_marking(qtbot, monkeypatch):
    dialog = SummitDialog(None, new_book=True)
    qtbot.addWidget(dialog)
    dialog.title.setText("Cumbre")
    assert _choices(dialog) == ["choose", "UNCLASSIFIED", "CUI", "none", "other"]
    dialog.accept()
    assert dialog.result() == 0 and "Choose the book's handling marking" in dialog.error.text()
    dialog.marking.setCurrentIndex(dialog.marking.findData("UNCLASSIFIED"))
    dialog.accept()
    assert dialog.result() == 1 and dialog.values()["marking"] == "UNCLASSIFIED"


def test_cui_with_a_category_and_the_spanish_books_classes(qtbot):
    dialog = SummitDialog(None, new_book=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.marking.setCurrentIndex(dialog.marking.findData("CUI"))
    assert dialog.cui_category.isVisible() and not dialog.custom_marking.isVisible()
    dialog.cui_category.setText("sp-prvcy")
    assert dialog.marking_text() == "CUI//SP-PRVCY"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))  # the choice is kept
    assert _choices(dialog)[1:3] == ["INFORMACIÓN RESERVADA", "INFORMACIÓN CONFIDENCIAL"]
    assert dialog.marking_text() == "CUI//SP-PRVCY"
    dialog.marking.setCurrentIndex(dialog.marking.findData("INFORMACIÓN RESERVADA"))
    assert dialog.marking_text() == "INFORMACIÓN RESERVADA" and not dialog.cui_category.isVisible()


def test_existing_markings_open_as_they_are(qtbot):
    for marking, choice, text in (
        ("DEMO - FOR TRAINING ONLY", "other", "DEMO - FOR TRAINING ONLY"),
        ("CUI//SP-CTI", "CUI", "CUI//SP-CTI"),
        ("", "none", ""),
        ("INFORMACIÓN CONFIDENCIAL", "INFORMACIÓN CONFIDENCIAL", "INFORMACIÓN CONFIDENCIAL"),
    ):
        dialog = SummitDialog(_summit(marking, "es"))
        qtbot.addWidget(dialog)
        assert dialog.marking.currentData() == choice and dialog.marking_text() == text
        assert "choose" not in _choices(dialog)


def test_draft_is_not_accepted_as_a_marking(qtbot):
    dialog = SummitDialog(_summit("UNCLASSIFIED"))
    qtbot.addWidget(dialog)
    dialog.marking.setCurrentIndex(dialog.marking.findData("other"))
    dialog.custom_marking.setText("DRAFT")
    dialog.accept()
    assert dialog.result() == 0 and "DRAFT watermark" in dialog.error.text()
    assert "DRAFT" not in [dialog.marking.itemText(i) for i in range(dialog.marking.count())]
