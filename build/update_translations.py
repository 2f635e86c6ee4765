"""Refresh the Spanish translation file from the sources and compile it.

    python build/update_translations.py          # lupdate (sources → .ts), then lrelease (.ts → .qm)
    python build/update_translations.py --check  # exit 1 when the .ts misses strings or the .qm is stale

New strings arrive in resources/translations/briefingbook_es.ts as "unfinished"; translate
them (Qt Linguist, or by editing the XML), then run this again to compile the .qm. Both
files are committed; tests/ui/test_translations.py fails on any unfinished, missing or
obsolete string and on a stale .qm.
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


def lupdate(ts: Path) -> str:
    result = subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, sources()),
            "-source-language",
            "en_US",
            "-target-language",
            "es_MX",
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
        print(lupdate(TS).strip())
        lrelease(TS, QM)
        print(f"wrote {QM.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ts, qm = Path(tmp) / TS.name, Path(tmp) / QM.name
        shutil.copyfile(TS, ts)
        lupdate(ts)
        lrelease(TS, qm)
        problems = []
        if ts.read_bytes() != TS.read_bytes():
            problems.append(f"{TS.name} is not current with the sources (run build/update_translations.py)")
        if not filecmp.cmp(qm, QM, shallow=False):
            problems.append(f"{QM.name} is stale (run build/update_translations.py)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
