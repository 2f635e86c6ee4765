"""The demo book: every issue area on the agenda and the default checklist.

The brief of each agenda item starts from the study group's recommendations for that area,
marked as suggestions with their citation; the product never invents positions of real
governments or statements of real people.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from briefingbook.core.book import Book
from briefingbook.core.checklist import Template, load_template
from briefingbook.core.reference import Reference

DEMO_DAYS_AHEAD = 45
SUGGESTIONS_PER_ITEM = 3

_SUGGESTED = {"en": "Suggested by", "es": "Sugerido por"}


def suggested_objectives(reference: Reference, issue_area: str, lang: str) -> str:
    """Bullet lines ("- …") drawn from the area's recommendations, each with its citation."""
    lines = []
    for rec in reference.recommendations(issue_area)[:SUGGESTIONS_PER_ITEM]:
        cite = reference.citation_label(rec.citation, lang)
        lines.append(f"- {rec.title(lang)} ({_SUGGESTED[lang]} {cite})")
    return "\n".join(lines)


def fill_demo(book: Book, reference: Reference, template: Template | None = None) -> None:
    """Put every issue area on the agenda (reference order) and apply the default checklist."""
    lang = book.summit().language
    present = {item.issue_area for item in book.agenda()}
    for area in reference.issue_areas():
        if area.id in present:
            continue
        book.add_agenda_item(area.title(lang), issue_area=area.id,
                             objectives=suggested_objectives(reference, area.id, lang))
    book.apply_checklist_template(template or load_template(), lang)


def create_demo_book(path: str | os.PathLike, reference: Reference, *, title: str | None = None,
                     date: str | dt.date | None = None, place: str = "Mexico City",
                     delegation: str = "Demo delegation", marking: str = "DEMO - FOR TRAINING ONLY",
                     language: str = "en", today: dt.date | None = None) -> Book:
    """A new demo book at ``path``; by default the summit is DEMO_DAYS_AHEAD days from today."""
    today = today or dt.date.today()
    if title is None:
        title = "Cumbre México–Estados Unidos (demostración)" if language == "es" else "U.S.–Mexico Summit (demo)"
    return Book.create(Path(path), title=title, date=date or today + dt.timedelta(days=DEMO_DAYS_AHEAD),
                       place=place, delegation=delegation, marking=marking, language=language,
                       populate=lambda draft: fill_demo(draft, reference))
