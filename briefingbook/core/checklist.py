"""The summit-preparation checklist: the default template and date arithmetic.

Every item is stored relative to the summit date (``offset_days``: negative before the
summit, 0 on the day, positive after), so moving the summit moves every due date. The
template is data in ``resources/templates/checklist.yaml`` in English and Spanish.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefingbook.core.errors import InvalidInputError
from briefingbook.core.model import ChecklistItem, pick

DUE_SOON_DAYS = 3


@dataclass(frozen=True)
class TemplatePhase:
    id: str
    offset_days: int
    title_en: str
    title_es: str

    def title(self, lang: str = "en") -> str:
        return pick(lang, self.title_en, self.title_es)


@dataclass(frozen=True)
class TemplateItem:
    id: str
    phase: str
    offset_days: int
    title_en: str
    title_es: str
    owner_en: str
    owner_es: str

    def title(self, lang: str = "en") -> str:
        return pick(lang, self.title_en, self.title_es)

    def owner(self, lang: str = "en") -> str:
        return pick(lang, self.owner_en, self.owner_es)


@dataclass(frozen=True)
class Template:
    phases: tuple[TemplatePhase, ...]
    items: tuple[TemplateItem, ...]

    def phase(self, phase_id: str) -> TemplatePhase:
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)


def load_template(path: Path | None = None) -> Template:
    """The default checklist template (bundled YAML), validated."""
    import yaml

    if path is None:
        from briefingbook.resources import resource_path

        path = resource_path("resources", "templates", "checklist.yaml")
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    try:
        phases = tuple(
            TemplatePhase(p["id"], int(p["offset_days"]), p["title_en"], p["title_es"]) for p in data["phases"]
        )
        phase_ids = {p.id for p in phases}
        items = []
        for entry in data["items"]:
            if entry["phase"] not in phase_ids:
                raise InvalidInputError(f"{path}: item {entry['id']!r} names unknown phase {entry['phase']!r}")
            items.append(
                TemplateItem(
                    entry["id"],
                    entry["phase"],
                    int(entry["offset_days"]),
                    entry["title_en"],
                    entry["title_es"],
                    entry.get("owner_en", ""),
                    entry.get("owner_es", ""),
                )
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInputError(f"{path}: malformed checklist template ({exc})") from exc
    return Template(phases, tuple(items))


def due_date(summit_date: dt.date, offset_days: int) -> dt.date:
    return summit_date + dt.timedelta(days=offset_days)


def status(item: ChecklistItem, today: dt.date) -> str:
    """done | overdue | due_soon (within DUE_SOON_DAYS) | open."""
    if item.done:
        return "done"
    if item.due < today:
        return "overdue"
    if (item.due - today).days <= DUE_SOON_DAYS:
        return "due_soon"
    return "open"


def summarize(items: list[ChecklistItem], today: dt.date) -> dict[str, int]:
    """Counts of items per status, plus the total."""
    counts = Counter(status(item, today) for item in items)
    return {
        "total": len(items),
        "done": counts["done"],
        "overdue": counts["overdue"],
        "due_soon": counts["due_soon"],
        "open": counts["open"],
    }


def countdown_label(summit_date: dt.date, today: dt.date) -> str:
    """``T-45`` before the summit, ``T0`` on the day, ``T+3`` after (the checklist's own notation)."""
    days = (today - summit_date).days
    return "T0" if days == 0 else f"T{days:+d}"
