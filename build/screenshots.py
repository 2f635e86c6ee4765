"""Render the main window with each pane selected to PNG (offscreen, 1366×720: a 1366×768 laptop
screen less the window frame) for the README.

    python build/screenshots.py [--out docs/screenshots] [--lang en|es]

Uses a fresh demo book in a temporary folder (summit 60 days ahead), so the pictures show
what a new user sees, with a few realistic edits (by two named authors, so the History pane
has a revised text to show) so panes are not empty.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="en", choices=["en", "es"])
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFINGBOOK_HOME"] = tmp
        os.environ["BRIEFINGBOOK_AUTHOR"] = "Ana Ruiz"  # the name the demo's creation is recorded under
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from briefingbook.core.demo import create_demo_book
        from briefingbook.core.reference import Reference
        from briefingbook.ui import i18n
        from briefingbook.ui.app import make_app
        from briefingbook.ui.main_window import MainWindow

        app = make_app()
        i18n.install(args.lang)
        reference = Reference()
        path = Path(tmp) / "demo.bbook"
        book = create_demo_book(
            path, reference, language=args.lang, marking={"en": "CUI", "es": "INFORMACIÓN RESERVADA"}[args.lang]
        )
        item = book.agenda()[3]
        points = {
            "en": "- Raise: resume a regular, senior-level dialogue on migration\n"
            "- If raised: describe our visa-processing measures\n- Avoid: numbers we cannot source",
            "es": "- Plantear: reanudar un diálogo regular de alto nivel sobre migración\n"
            "- Si se plantea: describir nuestras medidas de trámite de visas\n"
            "- Evitar: cifras sin fuente verificable",
        }
        first_draft = {
            "en": "- Raise: resume a regular dialogue on migration\n- If raised: describe our visa measures",
            "es": "- Plantear: reanudar un diálogo regular sobre migración\n- Si se plantea: describir medidas de visas",
        }
        book.update_agenda_item(
            item.id, priority="high", status="in_preparation", talking_points=first_draft[args.lang]
        )
        rec = reference.recommendations(item.issue_area)[0]
        book.set_recommendation_status(rec.id, "in_progress")
        book.add_recommendation_note(
            rec.id,
            {"en": "Raised at the working-level meeting", "es": "Se planteó en la reunión de nivel técnico"}[args.lang],
        )
        for checklist_item in book.checklist()[:5]:
            book.set_checklist_done(checklist_item.id)
        book.author = "Luis Pérez"  # a colleague revises the points (the History pane shows the change)
        book.update_agenda_item(item.id, talking_points=points[args.lang])
        _import_real_monthly(book, Path(tmp), args.lang)
        meeting = _principal_parts(book, args.lang)
        book.close()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(i18n.SETTING, args.lang)
        settings.setValue("history/author", "Ana Ruiz")
        window = MainWindow(path, settings, reference)
        window.resize(1366, 720)
        window.show()
        window.agenda_pane.select_row(3)
        from briefingbook.core.chart_selection import ChartSelection

        # The charts pane with a monthly import and a transformation (issue 17).
        window.charts_pane.apply_selection(
            ChartSelection(["remittances_received_mexico_banxico", "remesas_mensuales"], "pct_yoy")
        )
        suffix = "" if args.lang == "en" else f"-{args.lang}"
        for pane in MainWindow.PANES:
            window.show_pane(pane)
            for _ in range(5):
                QApplication.processEvents()
            target = args.out / f"{pane}{suffix}.png"
            window.grab().save(str(target))
            print(target)
        # The meeting memo of the bilateral meeting, opened from the Program pane (issue 21).
        window.show_pane("program")
        window.program_pane.select_event(meeting)
        memo = window.program_pane.make_memo_dialog()
        memo.agenda.table.selectRow(0)
        memo.show()
        for _ in range(5):
            QApplication.processEvents()
        target = args.out / f"memo{suffix}.png"
        memo.grab().save(str(target))
        print(target)
        memo.close()
        window.close()
        reference.close()
        del app
    return 0


def _principal_parts(book, lang: str) -> int:
    """Fill what the demo leaves empty of the principal's book with text marked as a sample (no
    positions, quotes or figures): a scene-setter part, the bilateral meeting's memo and
    scenario, and a remark. Returns the meeting's event id."""
    from briefingbook.core import principal, program

    sample = {"en": "Sample text for the picture", "es": "Texto de ejemplo para la captura"}[lang]
    if principal.scene_setter(book).empty:
        principal.set_scene_setter(
            book,
            context=f"{sample}: where the relationship stands and why the meeting happens now.",
            our_aims=f"- {sample}: the results that would make the visit a success.",
        )
    meeting = next(e for e in program.events(book) if e.kind == "bilateral_meeting")
    if principal.memo(book, meeting.id) is None:
        principal.add_memo(book, meeting.id, objectives=f"{sample}: our objectives for this meeting.")
    memo = principal.memo(book, meeting.id)
    if not memo.agenda:
        principal.set_memo_agenda(book, meeting.id, [i.id for i in book.agenda()[:3]])
    if not principal.scenario(book, meeting.id):
        principal.add_step(book, meeting.id, f"{sample}: arrival", offset_minutes=-15)
        principal.add_step(book, meeting.id, f"{sample}: the meeting starts", offset_minutes=0)
    if not principal.remarks(book):
        occasion = {"en": "Arrival statement", "es": "Mensaje a la llegada"}[lang]
        principal.add_remark(book, occasion, text=f"{sample}.", event_id=program.events(book)[0].id)
    return meeting.id


def _import_real_monthly(book, folder: Path, lang: str) -> None:
    """Import a real monthly file as a user would: Banco de México's remittance inflows, January
    1995 to May 2026 (tests/fixtures/real/, with its provenance), the value column chosen by its
    header. The picture shows real data at its true months beside the annual reference series."""
    from briefingbook.core import book_series, importers

    real = ROOT / "tests" / "fixtures" / "real" / "remesas_mensuales_ingresos.csv"
    preview = importers.read_file(real, code="VALOR_USD", country="MEX")
    name = {
        "en": "Remittance inflows to Mexico, monthly (Banco de México)",
        "es": "Ingresos por remesas a México, mensuales (Banco de México)",
    }[lang]
    unit = {"en": "US dollars", "es": "dólares estadounidenses"}[lang]
    book_series.store(
        book,
        preview,
        name=name,
        unit=unit,
        slug="remesas_mensuales",
        source="Banco de México, Sistema de Información Económica (SIE), cuadro CE81",
        as_of="2026-07-01",
    )


if __name__ == "__main__":
    sys.exit(main())
