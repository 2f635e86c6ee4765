"""The "Changes since <previous packet>" section of a briefing packet (issue 10).

Each export records where the book's change log stood (``packet_exports.change_log_id``);
``changes_summary`` lists the net changes after the previous export — rows added, removed or
moved, fields changed (old → new), brief text as word-level differences — grouped for the
principal (agenda, briefs, recommendations, checklist, summit details, other) in the packet's
language. Plain dataclasses, no Qt: the renderers in ``briefingbook/export/`` lay it out.

Bilingual packets (``lang="both"``) have the section once, in the book's language: it lists
changes to both languages' briefs (the other language's texts are ``agenda_item_versions``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from briefingbook.core import history
from briefingbook.core.book import Book
from briefingbook.core.errors import NotFoundError
from briefingbook.core.history import DiffPart
from briefingbook.core.model import BRIEF_FIELDS
from briefingbook.core.packet_labels import LABELS, date_text
from briefingbook.core.packet_log import PacketExport, export_log, next_version
from briefingbook.core.reference import Reference


# -- changes since the previous packet (issue 10) ------------------------------------------------
@dataclass(frozen=True)
class NetChange:
    """What one row's changes after the previous packet add up to.

    ``action``: "insert" (the row is new since), "delete" (it was in the previous packet and is
    gone) or "update". ``fields`` (updates only): field -> (value at the previous packet, value
    now), for the fields whose value differs. ``values``: the row's values now (insert) or at
    the previous packet (delete), as far as the log tells them.
    """

    entity: str
    row_key: str
    action: str
    label: str
    fields: dict[str, tuple[object, object]]
    values: dict[str, object]


def _same(a: object, b: object) -> bool:
    return a == b or (a in (None, "") and b in (None, ""))


def net_changes(changes: Iterable[history.Change]) -> list[NetChange]:
    """Net changes per row of ``changes`` (``history.Change``, oldest first), in the order each row
    was first touched. A field edited and put back, and a row added and removed again, are
    left out."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for change in changes:
        key = (change.entity, change.row_key)
        state = rows.get(key)
        if state is None:
            state = rows[key] = {
                "existed": change.action != "insert",
                "exists": True,
                "before": {},
                "after": {},
                "label": change.label,
            }
        before, after = state["before"], state["after"]
        if change.action == "update":
            before.setdefault(change.field, change.old_value)
            after[change.field] = change.new_value
        elif change.action == "insert":
            after.clear()
            after.update(change.row_values())
            state["exists"] = True
        else:
            for name, value in change.row_values().items():
                before.setdefault(name, value)
            after.clear()
            state["exists"] = False
        state["label"] = change.label or state["label"]
    out = []
    for (entity, row_key), state in rows.items():
        existed, exists, before, after = state["existed"], state["exists"], state["before"], state["after"]
        if not existed and not exists:
            continue
        if not existed:
            out.append(NetChange(entity, row_key, "insert", state["label"], {}, dict(after)))
        elif not exists:
            out.append(NetChange(entity, row_key, "delete", state["label"], {}, dict(before)))
        else:
            fields = {
                name: (before.get(name), after.get(name))
                for name in after
                if not _same(before.get(name), after.get(name))
            }
            if fields:
                out.append(NetChange(entity, row_key, "update", state["label"], fields, {}))
    return out


def diff_lines(old: str, new: str, context: int = 8) -> tuple[tuple[DiffPart, ...], ...]:
    """A word diff of two texts (``history.word_diff``), line by line, for print.

    Only the lines with a changed word are kept; unchanged lines left out, and long unchanged
    runs inside a kept line, become a part of kind ``"gap"`` ("…"). Empty when the texts differ
    only in spacing.
    """
    lines: list[list[DiffPart]] = [[]]
    for part in _coalesce(history.word_diff(old or "", new or "")):
        for index, piece in enumerate(part.text.split("\n")):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(DiffPart(part.kind, piece))

    def changed(line: list[DiffPart]) -> bool:
        return any(part.kind != "same" and part.text.strip() for part in line)

    out: list[tuple[DiffPart, ...]] = []
    skipped = False
    for line in lines:
        if changed(line):
            if skipped:
                out.append((DiffPart("gap", "…"),))
            out.append(_trim_line(line, context))
            skipped = False
        elif any(part.text.strip() for part in line):
            skipped = True
    if not out:
        return ()
    if skipped:
        out.append((DiffPart("gap", "…"),))
    return tuple(out)


_WORDS = history._TOKEN


def _coalesce(parts: list[DiffPart]) -> list[DiffPart]:
    """Print-friendly runs: a replaced phrase as one removed run then one added run ("~~joint
    working group~~ __binational task force__"), not alternating words, with a space between
    the two so they stay two words in extracted text; spaces at either end of a run are left
    unmarked (no struck or underlined blanks)."""
    out: list[DiffPart] = []

    def emit(kind: str, text: str) -> None:
        core = text.strip()
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :] if core else ""
        for k, t in (("same", lead), (kind, core), ("same", trail)):
            history.append_part(out, k, t)

    i = 0
    while i < len(parts):
        if parts[i].kind == "same":
            emit("same", parts[i].text)
            i += 1
            continue
        removed, added = [], []
        while i < len(parts):
            part = parts[i]
            if part.kind == "removed":
                removed.append(part.text)
            elif part.kind == "added":
                added.append(part.text)
            elif part.text.isspace() and "\n" not in part.text and i + 1 < len(parts) and parts[i + 1].kind != "same":
                removed.append(part.text)  # a space between two changed words belongs to both sides
                added.append(part.text)
            else:
                break
            i += 1
        gone, new = "".join(removed), "".join(added)
        emit("removed", gone)
        if new.strip() and out and out[-1].kind == "removed" and not new[:1].isspace():
            emit("same", " ")
        emit("added", new)
    return out


def _head_tokens(tokens: list[str], n: int) -> list[str]:
    """The tokens up to the ``n``-th word of ``tokens`` (words and the spaces between them)."""
    taken, seen = [], 0
    for token in tokens:
        if not token.isspace():
            if seen == n:
                break
            seen += 1
        taken.append(token)
    return taken


def _trim_line(line: list[DiffPart], context: int) -> tuple[DiffPart, ...]:
    """Shorten long unchanged runs of a line to ``context`` words next to each change."""
    out: list[DiffPart] = []
    last = len(line) - 1
    for index, part in enumerate(line):
        tokens = _WORDS.findall(part.text)
        words = sum(1 for t in tokens if not t.isspace())
        if part.kind != "same" or words <= (context if index in (0, last) else 2 * context) + 2:
            out.append(part)
            continue
        if index != 0:
            out.append(DiffPart("same", "".join(_head_tokens(tokens, context)).rstrip() + " "))
        out.append(DiffPart("gap", "…"))
        if index != last:
            out.append(DiffPart("same", " " + "".join(reversed(_head_tokens(tokens[::-1], context))).lstrip()))
    return tuple(out)


@dataclass(frozen=True)
class ChangeLine:
    """One entry of the changes section: what changed (``subject``, shown bold), what happened to
    it (``detail``), and for an edited text its word diff (``diff``, see ``diff_lines``)."""

    subject: str
    detail: str = ""
    diff: tuple[tuple[DiffPart, ...], ...] = ()
    context: str = ""  # shown after the subject, not bold: "(source)"


@dataclass(frozen=True)
class ChangeGroup:
    key: str  # agenda, briefs, recommendations, checklist, summit, other
    heading: str
    lines: list[ChangeLine]


@dataclass(frozen=True)
class ChangesSummary:
    """The "Changes since <date>" section: the net changes after the previous packet, grouped."""

    heading: str  # "Changes since 12 January 2027" / "Changes since the last packet"
    previous: PacketExport | None
    compared: str  # "Compared with packet v1, exported …" ("" without a previous packet)
    message: str  # one sentence when nothing is listed ("" when ``groups`` are listed)
    groups: list[ChangeGroup]
    legend: str = ""  # how to read the word diffs ("" when there are none)

    @property
    def diffs(self) -> bool:
        return any(line.diff for group in self.groups for line in group.lines)


def previous_export(book: Book, version: int | None = None) -> PacketExport | None:
    """The newest logged export made before packet ``version`` (default: the next one)."""
    version = next_version(book) if version is None else version
    earlier = [e for e in export_log(book) if e.version < version]
    return earlier[-1] if earlier else None


def _local(stamp: str) -> dt.datetime:
    """A logged UTC time stamp in this computer's time zone (as the user dates their packets)."""
    when = dt.datetime.fromisoformat(stamp)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone()


def changes_summary(
    book: Book,
    reference: Reference,
    *,
    lang: str = "en",
    version: int | None = None,
    previous: PacketExport | None | bool = True,
) -> ChangesSummary:
    """What changed in ``book`` after the previous packet (the newest logged export before packet
    ``version``), for the "changes" section in ``lang``. ``previous`` may name the export to
    compare with instead (None: as if there were none)."""
    labels = LABELS[lang]
    if isinstance(previous, bool):
        previous = previous_export(book, version) if previous else None
    if previous is None:
        return ChangesSummary(labels["changes"], None, "", labels["changes_first"], [])
    when = _local(previous.exported_at)
    day = date_text(when.date(), lang)
    heading = labels["changes_since"].format(date=day)
    if previous.change_log_id is None or not history.has_log(book.connection):
        return ChangesSummary(
            heading, previous, "", labels["changes_no_log"].format(version=f"v{previous.version}", date=day), []
        )
    compared = labels["changes_compared"].format(
        version=f"v{previous.version}", date=day, time=f"{when:%H:%M}", format=previous.format.upper()
    )
    net = net_changes(history.changes(book, since_id=previous.change_log_id, newest_first=False))
    groups = _ChangeGrouper(book, reference, labels, lang, net).groups()
    summary = ChangesSummary(heading, previous, compared, "" if groups else labels["changes_none"], groups)
    return dataclasses.replace(summary, legend=labels["changes_legend"]) if summary.diffs else summary


def _stayed(a: list[str], b: list[str], shift: dict[str, int]) -> set[str]:
    """The items that kept their relative order from ``a`` to ``b`` (both hold the same items): a
    longest common subsequence, and of those the one whose items moved least (``shift``), so a
    single item moved from 4 to 2 is the one said to have moved, not its neighbours."""
    big = 1 + 2 * (max(shift.values(), default=0) + 1) * (len(a) + 1)
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            best = max(table[i + 1][j], table[i][j + 1])
            if a[i] == b[j]:
                best = max(best, big - shift[a[i]] + table[i + 1][j + 1])
            table[i][j] = best
    kept, i, j = set(), 0, 0
    while i < len(a) and j < len(b):
        if a[i] == b[j] and table[i][j] == big - shift[a[i]] + table[i + 1][j + 1]:
            kept.add(a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return kept


def _key_parts(row_key: str) -> list[Any]:
    try:
        parts = json.loads(row_key)
    except ValueError:
        return [row_key]
    return parts if isinstance(parts, list) else [parts]


# Rows that are links between two rows: shown as a change of the first row (entity, field name).
_LINKS = {
    "program_event_people": ("program_events", "participants"),
    "program_event_agenda": ("program_events", "covers"),
    "deliverable_agenda": ("deliverables", "linked"),
    "deliverable_recommendations": ("deliverables", "linked"),
    # the principal's book (format 8): a memo and its links are a change of their event's memo
    "meeting_memos": ("program_events", "meeting_memo"),
    "meeting_memo_people": ("program_events", "meeting_memo"),
    "meeting_memo_agenda": ("program_events", "meeting_memo"),
    "meeting_memo_deliverables": ("program_events", "meeting_memo"),
    "remark_events": ("remarks", "event"),
}
# Entities listed under "Other": their order in the listing, and the section naming their order.
_OTHER = (
    "program_events",
    "people",
    "deliverables",
    "press_top_lines",
    "press_qa",
    "book_series",
    "book_series_vintages",
    "scene_setter",
    "scenario_steps",
    "remarks",
)
_ORDER_SECTIONS = {
    "people": "people",
    "program_events": "program",
    "deliverables": "deliverables",
    "press_qa": "press",
    "remarks": "entity_remarks",
}
# Every tracked entity the section shows: the groups above plus those with a group of their own
# (agenda, briefs, recommendations, checklist, summit). A test ties this to ``history.TRACKED``.
SHOWN_ENTITIES = frozenset(
    {
        "summit",
        "summit_settings",
        "agenda_items",
        "agenda_item_versions",
        "agenda_links",
        "recommendation_status",
        "recommendation_notes",
        "checklist_items",
        *_LINKS,
        *_OTHER,
    }
)


class _ChangeGrouper:
    """Turns net changes into the section's groups, in the packet language."""

    def __init__(
        self, book: Book, reference: Reference, labels: dict[str, str], lang: str, net: list[NetChange]
    ) -> None:
        self.book, self.reference, self.L, self.lang = book, reference, labels, lang
        self.net = net
        self.agenda = book.agenda()
        self.agenda_titles = {item.uuid: item.title for item in self.agenda}
        self.agenda_net = {c.row_key: c for c in net if c.entity == "agenda_items"}
        for change in self.agenda_net.values():
            if change.row_key not in self.agenda_titles:
                self.agenda_titles[change.row_key] = str(change.values.get("title") or change.label)
        self.recs = {rec.id: rec for rec in reference.recommendations()}

    # -- words -----------------------------------------------------------------------------
    def q(self, text: object) -> str:
        return self.L["ch_quote"].format(text=text)

    def field_name(self, name: str) -> str:
        text = self.L.get(f"field_{name}") or self.L.get(name) or name.replace("_", " ")
        return text[:1].lower() + text[1:]

    def value(self, entity: str, name: str, value: object) -> str:
        if name == "issue_area" and value in (None, ""):
            return self.L["ch_custom"]
        if value is None or value == "":
            return self.L["ch_blank"]
        if name in ("status", "priority"):
            return self.L.get(str(value), str(value))
        if name == "issue_area":
            try:
                return self.reference.issue_area(str(value)).title(self.lang)
            except NotFoundError:  # an issue area the reference no longer has: its id
                return str(value)
        if entity == "summit" and name == "date":
            try:
                return date_text(dt.date.fromisoformat(str(value)), self.lang)
            except ValueError:
                return str(value)
        if entity == "summit" and name == "language":
            return self.L.get(f"lang_{value}", str(value))
        return str(value)

    def from_to(self, entity: str, name: str, old: object, new: object) -> str:
        return self.L["ch_from_to"].format(
            field=self.field_name(name), old=self.value(entity, name, old), new=self.value(entity, name, new)
        )

    def edited(self, names: Iterable[str]) -> str:
        return self.L["ch_edited"].format(fields=", ".join(dict.fromkeys(self.field_name(n) for n in names)))

    def rec_line(self, rec_id: str, detail: str, diff: tuple[tuple[DiffPart, ...], ...] = ()) -> ChangeLine:
        rec = self.recs.get(rec_id)
        if rec is None:
            return ChangeLine(self.q(rec_id), detail, diff)
        return ChangeLine(
            self.q(rec.title(self.lang)), detail, diff, f"({self.reference.recommendation_citation(rec, self.lang)})"
        )

    def agenda_gone_or_new(self, uuid: str) -> bool:
        change = self.agenda_net.get(uuid)
        return change is not None and change.action in ("insert", "delete")

    # -- groups ----------------------------------------------------------------------------
    def groups(self) -> list[ChangeGroup]:
        out = []
        for key, lines in (
            ("agenda", self.agenda_lines()),
            ("briefs", self.brief_lines()),
            ("recommendations", self.recommendation_lines()),
            ("checklist", self.checklist_lines()),
            ("summit", self.summit_lines()),
            ("other", self.other_lines()),
        ):
            if lines:
                out.append(ChangeGroup(key, self.L[f"ch_{key}"], lines))
        return out

    def agenda_lines(self) -> list[ChangeLine]:
        L = self.L
        new_order = [item.uuid for item in self.agenda]
        old_position = {}
        for item in self.agenda:
            change = self.agenda_net.get(item.uuid)
            if change is not None and change.action == "insert":
                continue
            if change is not None and "position" in change.fields:
                old_position[item.uuid] = change.fields["position"][0]
            else:
                old_position[item.uuid] = item.position
        for change in self.agenda_net.values():
            if change.action == "delete":
                old_position[change.row_key] = change.values.get("position")
        old_order = sorted(old_position, key=lambda u: (old_position[u] is None, old_position[u] or 0, u))
        old_number = {u: n for n, u in enumerate(old_order, start=1)}
        new_number = {u: n for n, u in enumerate(new_order, start=1)}
        common_old = [u for u in old_order if u in new_number]
        common_new = [u for u in new_order if u in old_number]
        stayed = _stayed(common_old, common_new, {u: abs(old_number[u] - new_number[u]) for u in common_old})
        lines = []
        for item in self.agenda:
            change = self.agenda_net.get(item.uuid)
            details = []
            if change is not None and change.action == "insert":
                details.append(L["ch_added_as"].format(n=new_number[item.uuid]))
            else:
                if item.uuid not in stayed:
                    details.append(L["ch_moved"].format(old=old_number[item.uuid], new=new_number[item.uuid]))
                fields = change.fields if change is not None else {}
                if "title" in fields:
                    details.append(L["ch_renamed"].format(old=self.q(fields["title"][0])))
                for name in ("priority", "status", "issue_area"):
                    if name in fields:
                        details.append(self.from_to("agenda_items", name, *fields[name]))
            if details:
                lines.append(ChangeLine(self.q(item.title), "; ".join(details)))
        for change in self.agenda_net.values():
            if change.action == "delete":
                lines.append(
                    ChangeLine(
                        self.q(self.agenda_titles[change.row_key]),
                        L["ch_removed_was"].format(n=old_number[change.row_key]),
                    )
                )
        return lines

    def brief_lines(self) -> list[ChangeLine]:
        L = self.L
        by_item: dict[str, list[ChangeLine]] = {}
        for change in self.net:
            if change.entity == "agenda_items" and change.action == "update":
                for name in BRIEF_FIELDS:
                    if name in change.fields:
                        old, new = change.fields[name]
                        diff = diff_lines(str(old or ""), str(new or ""))
                        if diff:
                            by_item.setdefault(change.row_key, []).append(
                                ChangeLine(f"{self.q(self.agenda_titles[change.row_key])} — {L[name]}", "", diff)
                            )
            elif change.entity == "agenda_item_versions":
                parts = _key_parts(change.row_key)
                if len(parts) != 3 or self.agenda_gone_or_new(parts[0]) or parts[0] not in self.agenda_titles:
                    continue
                uuid, language, name = parts
                if change.action == "update":
                    old, new = change.fields.get("text", ("", ""))
                elif change.action == "insert":
                    old, new = "", change.values.get("text")
                else:
                    old, new = change.values.get("text"), ""
                diff = diff_lines(str(old or ""), str(new or ""))
                if diff:
                    heading = L["ch_version"].format(
                        field=L.get(name, name), language=L.get(f"lang_{language}", language)
                    )
                    by_item.setdefault(uuid, []).append(
                        ChangeLine(f"{self.q(self.agenda_titles[uuid])} — {heading}", "", diff)
                    )
        order = [item.uuid for item in self.agenda]
        return [line for uuid in order for line in by_item.get(uuid, [])]

    def recommendation_lines(self) -> list[ChangeLine]:
        """One line per recommendation (status, notes added or removed, links), plus one per edited
        note with its word diff."""
        L = self.L
        entries: list[tuple[str, str, tuple[tuple[DiffPart, ...], ...]]] = []  # (recommendation id, detail, diff)
        for change in self.net:
            if change.entity == "recommendation_status":
                rec_id = str(_key_parts(change.row_key)[0])
                if change.action == "update":
                    old, new = change.fields.get("status", (None, None))
                elif change.action == "insert":
                    old, new = "not_started", change.values.get("status")
                else:
                    old, new = change.values.get("status"), "not_started"
                if not _same(old, new):
                    entries.append((rec_id, self.from_to("recommendation_status", "status", old, new), ()))
            elif change.entity == "recommendation_notes":
                values = change.values
                if change.action in ("insert", "delete"):
                    key = "ch_note_added" if change.action == "insert" else "ch_note_removed"
                    note = f"{values.get('noted_on')}: {values.get('note')}"
                    entries.append((str(values.get("recommendation_id")), L[key].format(note=note), ()))
                else:
                    rec_id = cast(str, change.fields.get("recommendation_id", (None, change.label))[1])
                    old, new = change.fields.get("note", ("", ""))
                    diff = diff_lines(str(old or ""), str(new or "")) if "note" in change.fields else ()
                    detail = L["ch_note_edited"]
                    others = [n for n in change.fields if n != "note"]
                    if others:
                        detail = f"{detail} ({', '.join(self.field_name(n) for n in others)})"
                    entries.append((str(rec_id), detail, diff))
            elif change.entity == "agenda_links":
                parts = _key_parts(change.row_key)
                if len(parts) != 2 or change.action == "update" or self.agenda_gone_or_new(parts[0]):
                    continue
                item = self.q(self.agenda_titles.get(parts[0], change.label))
                key = "ch_linked" if change.action == "insert" else "ch_unlinked"
                entries.append((str(parts[1]), L[key].format(item=item), ()))
        lines = []
        for rec_id in dict.fromkeys(rec for rec, _, _ in entries):
            plain = [detail for rec, detail, diff in entries if rec == rec_id and not diff]
            if plain:
                lines.append(self.rec_line(rec_id, "; ".join(plain)))
            lines += [self.rec_line(rec_id, detail, diff) for rec, detail, diff in entries if rec == rec_id and diff]
        return lines

    def checklist_lines(self) -> list[ChangeLine]:
        L = self.L
        items = self.book.checklist()
        net = {c.row_key: c for c in self.net if c.entity == "checklist_items"}
        lines = []
        for item in items:
            change = net.get(item.uuid)
            if change is None:
                continue
            if change.action == "insert":
                details = [L["ch_added"], L["ch_due"].format(date=date_text(item.due, self.lang))]
                if item.done_at:
                    details.append(L["ch_completed"])
                lines.append(ChangeLine(self.q(item.title), "; ".join(details)))
                continue
            details = []
            if "done_at" in change.fields:
                old, new = change.fields["done_at"]
                if not old and new:
                    details.append(L["ch_completed"])
                elif old and not new:
                    details.append(L["ch_reopened"])
            if "title" in change.fields:
                details.append(L["ch_renamed"].format(old=self.q(change.fields["title"][0])))
            others = [n for n in change.fields if n not in ("done_at", "title", "position")]
            if others:
                details.append(self.edited(others))
            if details:
                lines.append(ChangeLine(self.q(item.title), "; ".join(details)))
        for change in net.values():
            if change.action == "delete":
                lines.append(ChangeLine(self.q(change.values.get("title") or change.label), L["ch_removed"]))
        return lines

    def summit_lines(self) -> list[ChangeLine]:
        from briefingbook.core import program

        L = self.L
        lines = []
        for change in self.net:
            if change.entity == "summit" and change.action == "update":
                for name in history.TRACKED["summit"].fields:
                    if name not in change.fields:
                        continue
                    old, new = change.fields[name]
                    subject = L.get(name) or self.field_name(name)
                    subject = subject[:1].upper() + subject[1:]
                    if name in history.TEXT_FIELDS.get("summit", ()):
                        diff = diff_lines(str(old or ""), str(new or ""))
                        if diff:
                            lines.append(ChangeLine(subject, "", diff))
                    else:
                        lines.append(
                            ChangeLine(
                                subject, f"{self.value('summit', name, old)} → {self.value('summit', name, new)}"
                            )
                        )
            elif change.entity == "summit_settings":
                key = str(_key_parts(change.row_key)[0])
                default = {"summit_zone": program.DEFAULT_SUMMIT_ZONE, "home_zone": program.DEFAULT_HOME_ZONE}.get(
                    key, ""
                )
                if change.action == "update":
                    old, new = change.fields.get("value", (None, None))
                elif change.action == "insert":
                    old, new = default, change.values.get("value")
                else:
                    old, new = change.values.get("value"), default
                if not _same(old, new):
                    lines.append(
                        ChangeLine(
                            L.get(f"setting_{key}", key),
                            f"{self.value('summit_settings', 'value', old)} → "
                            f"{self.value('summit_settings', 'value', new)}",
                        )
                    )
        return lines

    def other_lines(self) -> list[ChangeLine]:
        L = self.L
        rows: dict[tuple[str, str], dict[str, Any]] = {}
        reordered: list[str] = []
        for change in self.net:
            entity, row_key = change.entity, change.row_key
            if entity in _LINKS:
                parent, name = _LINKS[entity]
                parts = _key_parts(row_key)
                parent_change = next((c for c in self.net if c.entity == parent and c.row_key == parts[0]), None)
                if parent_change is not None and parent_change.action != "update":
                    continue  # the parent's own line (added/removed) says it
                row = rows.setdefault(
                    (parent, str(parts[0])), {"label": change.label, "action": "update", "fields": []}
                )
                row["fields"].append(name)
                continue
            if entity not in _OTHER:
                continue
            if entity == "press_top_lines" and change.action != "update":
                # adding or clearing an item's top lines is an edit of that item's top lines
                change = dataclasses.replace(change, action="update", fields={"text": ("", "")})
            fields = [n for n in change.fields if n != "position"]
            if change.action == "update" and "position" in change.fields and entity not in reordered:
                reordered.append(entity)
            if change.action == "update" and not fields:
                continue
            row = rows.setdefault((entity, row_key), {"label": change.label, "action": change.action, "fields": []})
            row["label"] = change.label or row["label"]
            row["action"] = change.action if row["action"] == "update" else row["action"]
            row["fields"] = fields + row["fields"]
        lines = []
        rank = {entity: n for n, entity in enumerate(_OTHER)}
        for (entity, row_key), row in sorted(rows.items(), key=lambda kv: rank.get(kv[0][0], len(rank))):
            name = L.get(f"entity_{entity}", entity.replace("_", " "))
            label = row["label"]
            if entity == "press_top_lines":
                label = self.agenda_titles.get(str(_key_parts(row_key)[0]), label)
            if entity == "scene_setter":  # a part of the scene-setter, by its heading
                label = L.get(f"scene_{_key_parts(row_key)[0]}", label)
            detail = {"insert": L["ch_added"], "delete": L["ch_removed"]}.get(row["action"]) or self.edited(
                row["fields"]
            )
            lines.append(ChangeLine(f"{name} {self.q(label)}" if label else name, detail))
        for entity in reordered:
            lines.append(ChangeLine(L.get(_ORDER_SECTIONS.get(entity, ""), entity), L["ch_order"]))
        return lines
