"""Render the README's packet pictures: pages of the demo book's packets, chosen by what is on
them (not by page number, which moves as the content grows), at 100 dpi.

    python build/packet_pictures.py [--out docs] [--keep FOLDER]

Needs `pdftoppm` and `pdftotext` (poppler-utils). The demo book gets the few edits a staffer
makes first (one brief written in English and Spanish, a chart chosen in the Charts pane with a
real monthly import), so the pages are not all "Not yet written.". --keep writes the packets
there too, to read every page (`pdftoppm -r 50 -png`).

Pictures:
  packet-cover.png       principal's book (English): the cover
  packet-brief.png       principal's book (English): the first page of the written brief
  packet-memo.png        principal's book (English): the first meeting memo page, if the book has one
  packet-chart.png       staff book (English): the chart as chosen in the Charts pane
  packet-table-es.png    a Spanish book's principal book: the first page of the program table
  packet-bilingual.png   side-by-side packet (English and Spanish): the written brief
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REAL_MONTHLY = ROOT / "tests" / "fixtures" / "real" / "remesas_mensuales_ingresos.csv"

# One brief written by a staffer, in the product's own words (no figures, no quotations).
BRIEF = {
    "en": {
        "title": "Migration",
        "objectives": "- Agree to resume a regular, senior-level dialogue on migration\n"
        "- Keep labor mobility and legal pathways on the leaders' agenda",
        "talking_points": "- Raise: resume a regular, senior-level dialogue on migration\n"
        "- If raised: describe our visa-processing measures\n"
        "- Avoid: numbers we cannot source",
        "their_objectives": "- Recognition of Mexico's role on its southern border\n"
        "- Predictable rules for temporary workers",
        "press_line": "Both governments agreed to keep talking about migration at a senior level.",
    },
    "es": {
        "title": "Migración",
        "objectives": "- Acordar la reanudación de un diálogo regular de alto nivel sobre migración\n"
        "- Mantener la movilidad laboral y las vías legales en la agenda de los líderes",
        "talking_points": "- Plantear: reanudar un diálogo regular de alto nivel sobre migración\n"
        "- Si se plantea: describir nuestras medidas de trámite de visas\n"
        "- Evitar: cifras sin fuente verificable",
        "their_objectives": "- Reconocimiento del papel de México en su frontera sur\n"
        "- Reglas previsibles para los trabajadores temporales",
        "press_line": "Ambos gobiernos acordaron mantener un diálogo de alto nivel sobre migración.",
    },
}


def _pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext, layout kept)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    return out.stdout.split("\f")


def _find(pdf: Path, *needles: str) -> int | None:
    """The first page (1-based) holding every needle, or None."""
    for number, text in enumerate(_pages(pdf), start=1):
        flat = " ".join(text.split())
        if all(needle in flat for needle in needles):
            return number
    return None


def _render(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)],
        check=True,
    )
    print(f"{target}  (page {page} of {pdf.name})")


def _book(folder: Path, lang: str):
    from briefingbook.core import bilingual, book_series, chart_selection, importers
    from briefingbook.core.demo import create_demo_book
    from briefingbook.core.reference import Reference

    reference = Reference()
    book = create_demo_book(folder / f"demo-{lang}.bbook", reference, language=lang)
    item = next(i for i in book.agenda() if i.issue_area == "migration")
    book.update_agenda_item(item.id, priority="high", status="in_preparation", **BRIEF[lang])
    other = "es" if lang == "en" else "en"
    bilingual.set_texts(book, item.id, other, **BRIEF[other])
    preview = importers.read_file(REAL_MONTHLY, code="VALOR_USD", country="MEX")
    name = {
        "en": "Remittance inflows to Mexico, monthly (Banco de México)",
        "es": "Ingresos por remesas a México, mensuales (Banco de México)",
    }[lang]
    book_series.store(
        book,
        preview,
        name=name,
        unit={"en": "US dollars", "es": "dólares estadounidenses"}[lang],
        slug="remesas_mensuales",
        source="Banco de México, Sistema de Información Económica (SIE), cuadro CE81",
        as_of="2026-07-01",
    )
    chart_selection.save(
        book,
        chart_selection.ChartSelection(["remittances_received_mexico_banxico", "remesas_mensuales"], "pct_yoy"),
    )
    return book, reference, item


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--keep", type=Path, help="also keep the packets in this folder")
    args = parser.parse_args(argv)
    for tool in ("pdftoppm", "pdftotext"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} not found (install poppler-utils)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["BRIEFINGBOOK_HOME"] = tmp
        os.environ.setdefault("BRIEFINGBOOK_AUTHOR", "Ana Ruiz")
        from briefingbook.export import export_packet

        book, reference, item = _book(folder, "en")
        principal = export_packet(book, reference, folder / "principal-en.pdf", profile="principal")
        staff = export_packet(book, reference, folder / "staff-en.pdf", profile="staff")
        both = export_packet(book, reference, folder / "both.pdf", lang="both")
        book.close()
        book_es, reference, _ = _book(folder, "es")
        principal_es = export_packet(book_es, reference, folder / "principal-es.pdf", profile="principal")
        book_es.close()

        wanted = [
            (principal, ("Briefing packet",), "packet-cover.png"),
            (principal, ("Background", "Since then", "visa-processing"), "packet-brief.png"),
            (principal, ("Meeting memo",), "packet-memo.png"),
            (staff, ("Chart as chosen in the Charts pane",), "packet-chart.png"),
            (principal_es, ("Programa", "Hora local"), "packet-table-es.png"),
            (both, ("Points to make", "Puntos a tratar", "trámite de visas"), "packet-bilingual.png"),
        ]
        missing = []
        for pdf, needles, name in wanted:
            page = _find(pdf, *needles)
            if page is None:
                missing.append(f"{name}: no page of {pdf.name} holds {needles}")
                continue
            _render(pdf, page, args.out / name)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for pdf in (principal, staff, both, principal_es):
                shutil.copy2(pdf, args.keep / pdf.name)
        for line in missing:
            print(f"not rendered: {line}", file=sys.stderr)
    return 1 if any(not line.startswith("packet-memo") for line in missing) else 0


if __name__ == "__main__":
    sys.exit(main())
