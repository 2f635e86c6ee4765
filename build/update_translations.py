"""Refresh the translation files from the sources and compile them.

    python build/update_translations.py          # lupdate (sources → .ts), then lrelease (.ts → .qm)
    python build/update_translations.py --check  # exit 1 when a .ts misses strings or a .qm is stale

Two files: resources/translations/briefingbook_es.ts (every string, in Spanish) and
briefingbook_en.ts, made with ``lupdate -pluralonly``: only the strings with a count
(``self.tr("%n people without a name", "", n)``), whose English singular ("1 person without a
name") and plural forms it gives (Qt's "Handling Plurals"). New strings arrive in both as
"unfinished"; translate them (Qt Linguist, or by editing the XML: one <numerusform> per form,
singular first), then run this again to compile the .qm files. All four files are committed;
tests/ui/test_translations.py fails on any unfinished, missing or obsolete string and on a
stale .qm.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "briefingbook_es.ts"
QM = TS.with_suffix(".qm")
# English needs only the plural forms of strings with a count ("%n days" → "1 day").
EN_TS = ROOT / "resources" / "translations" / "briefingbook_en.ts"
EN_QM = EN_TS.with_suffix(".qm")
# (.ts, target language, plural forms only)
FILES = ((TS, "es_MX", False), (EN_TS, "en_US", True))


def sources() -> list[Path]:
    """Every module whose strings go through Qt's translation system."""
    return sorted((ROOT / "briefingbook" / "ui").glob("*.py"))


def _tool(name: str) -> str:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / name, scripts / f"{name}.exe", Path(sys.executable).parent / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def lupdate(ts: Path, language: str = "es_MX", plural_only: bool = False) -> str:
    result = subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, sources()),
            *(["-pluralonly"] if plural_only else []),
            "-source-language",
            "en_US",
            "-target-language",
            language,
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(ts),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if not args.check:
        for ts, language, plural_only in FILES:
            print(lupdate(ts, language, plural_only).strip())
            lrelease(ts, ts.with_suffix(".qm"))
            print(f"wrote {ts.with_suffix('.qm').relative_to(ROOT)}")
        return 0
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for source, language, plural_only in FILES:
            ts, qm = Path(tmp) / source.name, Path(tmp) / source.with_suffix(".qm").name
            if not source.exists():
                problems.append(f"{source.name} is missing (run build/update_translations.py)")
                continue
            shutil.copyfile(source, ts)
            lupdate(ts, language, plural_only)
            lrelease(source, qm)
            if ts.read_bytes() != source.read_bytes():
                problems.append(f"{source.name} is not current with the sources (run build/update_translations.py)")
            compiled = source.with_suffix(".qm")
            if not compiled.exists() or not filecmp.cmp(qm, compiled, shallow=False):
                problems.append(f"{compiled.name} is stale (run build/update_translations.py)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
