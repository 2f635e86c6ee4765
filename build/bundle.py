"""Builds the laptop bundle ``dist/BriefingBook/`` and smoke-tests it offline and read-only.

    pip install -e '.[bundle]'
    python build/bundle.py                 # build with briefingbook.spec, then smoke-test
    python build/bundle.py --skip-build    # smoke-test the bundle already in dist/
    python build/bundle.py --keep DIR      # also keep the smoke test's packet.pdf in DIR

Build: PyInstaller with ``--workpath .pyinstaller --distpath dist`` (both git-ignored), so
nothing of PyInstaller's lands in ``build/``, which holds only committed scripts.

Smoke test, on a copy of the bundle folder that is read-only (a read-only bind mount where
``unshare`` allows it, else ``chmod -R a-w``; either way the copy is compared file by file
before and after), with the network unavailable to the bundle (``unshare -rn``: a user and
network namespace with no interface up; where that does not work, proxy variables pointing
at a closed port, and the output says so), ``QT_QPA_PLATFORM=offscreen`` and
``BRIEFINGBOOK_HOME``/``HOME``/``TMPDIR`` in a temporary folder:

1. ``BriefingBook --version`` prints the package's version;
2. ``BriefingBook self-test`` passes;
3. ``BriefingBook new TMP/demo.bbook --title … --date … --demo`` then
   ``BriefingBook export TMP/demo.bbook -o TMP/packet.pdf`` write a valid PDF with pages
   (checked with pdfinfo when installed, else by its header, trailer and page objects).
4. reference packs (issue 22): ``BriefingBook reference keygen``, ``reference build`` from the
   repository's ``data/sources`` (the builder runs from the bundle), ``reference trust``,
   ``reference install``, ``reference info`` names the pack, ``reference remove`` returns to
   the bundled content.

Any non-zero exit, or any stderr line other than Qt's known harmless offscreen messages,
fails the run (exit 1, with the command and its output). Prints the bundle size (the limit on
Linux is 324 MiB, i.e. 340 MB), the build time, and the self-test's elapsed time bundled and from source
(``python -m briefingbook self-test``), for information: the benchmarks measure the ratio.
Works on Linux, Windows and macOS (where the network fallback is used).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "briefingbook.spec"
WORKPATH = ROOT / ".pyinstaller"
DISTPATH = ROOT / "dist"
APP_NAME = "BriefingBook"
# Linux (issue 5: 250 MiB; issue 18 allows 340 MB = 324 MiB, as the Typst compiler that typesets
# the packet PDF is one 80 MiB library); Windows and macOS bundles are reported, not gated.
SIZE_LIMIT_MIB = 324
COMMAND_TIMEOUT_S = 600

# Messages Qt's offscreen platform prints on every run: it cannot resize, raise or grab, and
# it notes a missing runtime directory. They are expected; any other stderr line fails.
HARMLESS_STDERR = (
    "propagateSizeHints",
    "does not support raise()",
    "grabbing the keyboard",
    "XDG_RUNTIME_DIR",
)
# Proxy variables for the fallback isolation: port 9 (discard) on loopback, which nothing
# listens on, so any proxied request fails at once.
CLOSED_PROXY = "http://127.0.0.1:9"
PROXY_VARIABLES = (
    "http_proxy",
    "https_proxy",
    "ftp_proxy",
    "all_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "FTP_PROXY",
    "ALL_PROXY",
)


class SmokeFailure(Exception):
    """The bundle failed a check; the message says which and why."""


PASSED: list[str] = []  # checks passed so far, for the closing "N passed, N failed" line


def ok(text: str) -> None:
    PASSED.append(text)
    print(f"ok  {text}", flush=True)


# -- helpers (unit-tested in tests/packaging/test_bundle_script.py) ---------------------------


# What the app itself says on stderr by design: `export` lists what is not ready in the book (the
# demo book has unwritten fields and unnamed people) and exports all the same.
EXPECTED_NOTES = ("briefingbook: not ready: ",)


def unexpected_stderr(text: str) -> list[str]:
    """The stderr lines that are neither Qt's known harmless offscreen messages nor the app's own
    notes (blank lines ignored)."""
    return [
        line
        for line in text.splitlines()
        if line.strip() and not any(h in line for h in HARMLESS_STDERR) and not line.startswith(EXPECTED_NOTES)
    ]


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path`` (symbolic links counted as links, not followed)."""
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            total += os.lstat(os.path.join(folder, name)).st_size
    return total


def snapshot(path: Path) -> dict[str, tuple[int, int]]:
    """Relative path → (size, mtime in ns) of every file and folder under ``path``."""
    result = {}
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            full = os.path.join(folder, name)
            info = os.lstat(full)
            size = 0 if stat.S_ISDIR(info.st_mode) else info.st_size
            result[os.path.relpath(full, path)] = (size, info.st_mtime_ns)
    return result


def snapshot_changes(before: dict, after: dict) -> list[str]:
    """What differs between two snapshots, one line per path."""
    changes = [f"added {p}" for p in sorted(after.keys() - before.keys())]
    changes += [f"removed {p}" for p in sorted(before.keys() - after.keys())]
    changes += [f"changed {p}" for p in sorted(before.keys() & after.keys()) if before[p] != after[p]]
    return changes


def pdf_pages_from_bytes(data: bytes) -> int:
    """Checks a PDF by its header and trailer and counts its page objects (no pdfinfo needed).

    Raises SmokeFailure when the file is not a complete PDF.
    """
    if not data.startswith(b"%PDF-"):
        raise SmokeFailure(f"not a PDF: it starts with {data[:8]!r}")
    if b"%%EOF" not in data[-1024:]:
        raise SmokeFailure("the PDF is truncated: no %%EOF trailer")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def pdf_pages(path: Path) -> tuple[int, str]:
    """(page count, how it was checked) for the PDF at ``path``."""
    pages = pdf_pages_from_bytes(path.read_bytes())
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        result = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise SmokeFailure(f"pdfinfo rejects the packet: {result.stderr.strip()}")
        match = re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE)
        if not match:
            raise SmokeFailure(f"pdfinfo printed no page count:\n{result.stdout}")
        return int(match.group(1)), "pdfinfo"
    return pages, "header, trailer and page objects (pdfinfo not installed)"


# -- network isolation and the read-only folder --------------------------------------------------

# Run inside `unshare -rnm`: bind the bundle copy onto itself read-only, then run the command.
_RO_MOUNT_SCRIPT = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'


@dataclass
class Isolation:
    """How commands are cut off from the network (and how the bundle folder is made read-only)."""

    name: str
    prefix: list[str] = field(default_factory=list)
    read_only_mount: bool = False
    env: dict[str, str] = field(default_factory=dict)

    def wrap(self, argv: list[str], read_only: Path | None = None) -> list[str]:
        if self.read_only_mount and read_only is not None:
            return self.prefix + ["-m", "sh", "-c", _RO_MOUNT_SCRIPT, "sh", str(read_only)] + argv
        return self.prefix + argv


def _works(argv: list[str]) -> bool:
    try:
        return subprocess.run(argv, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def choose_isolation(probe_dir: Path, allow_unshare: bool = True) -> Isolation:
    """``unshare -rn`` where it works (tested first), else the proxy fallback."""
    unshare = shutil.which("unshare") if sys.platform.startswith("linux") else None
    if allow_unshare and unshare and _works([unshare, "-rn", "true"]):
        isolation = Isolation("unshare -rn (user and network namespace, no interface up)", [unshare, "-rn"], True)
        # Can it also bind the bundle copy read-only (a mount namespace)? Then even root cannot write there.
        probe = probe_dir / "ro-probe"
        probe.mkdir(exist_ok=True)
        attempt = isolation.wrap(
            ["sh", "-c", 'if touch "$1/x" 2>/dev/null; then exit 1; fi', "sh", str(probe)], read_only=probe
        )
        isolation.read_only_mount = _works(attempt) and not (probe / "x").exists()
        return isolation
    if not allow_unshare:
        reason = "--network-fallback given"
    elif not sys.platform.startswith("linux"):
        reason = "unshare is Linux only"
    else:
        reason = "unshare is not installed" if not unshare else "`unshare -rn true` failed here"
    return Isolation(
        f"FALLBACK: {reason}; proxy variables point at a closed port ({CLOSED_PROXY}) — "
        f"this stops proxied requests only, not direct connections",
        env={name: CLOSED_PROXY for name in PROXY_VARIABLES} | {"no_proxy": "", "NO_PROXY": ""},
    )


def check_network_cut(isolation: Isolation, env: dict[str, str]) -> str:
    """Proves the isolation holds: a connection attempt under it must fail."""
    if not isolation.prefix:
        return "not verified (fallback)"
    code = (
        "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=3)\n"
        "except OSError as exc:\n    print(exc)\nelse:\n    raise SystemExit('connected')"
    )
    result = subprocess.run(
        isolation.wrap([sys.executable, "-c", code]), capture_output=True, text=True, env=env, timeout=60
    )
    if result.returncode != 0:
        raise SmokeFailure(f"the network is reachable under {isolation.prefix}: {result.stdout}{result.stderr}")
    return f"verified: a connection attempt fails with {result.stdout.strip()!r}"


def make_read_only(path: Path) -> None:
    """chmod -R a-w (files and folders), so a write inside the copy fails for a normal user."""
    for folder, dirs, files in os.walk(path, topdown=False):
        for name in dirs + files:
            full = os.path.join(folder, name)
            if not os.path.islink(full):
                os.chmod(full, stat.S_IMODE(os.lstat(full).st_mode) & ~0o222)
    os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) & ~0o222)


def make_writable(path: Path) -> None:
    os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) | stat.S_IWUSR)
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            full = os.path.join(folder, name)
            if not os.path.islink(full):
                os.chmod(full, stat.S_IMODE(os.lstat(full).st_mode) | stat.S_IWUSR)


# -- build and smoke test ------------------------------------------------------------------------


def executable(bundle: Path) -> Path:
    return bundle / (f"{APP_NAME}.exe" if sys.platform.startswith("win") else APP_NAME)


def build() -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SmokeFailure("PyInstaller is not installed: pip install -e '.[bundle]'") from None
    WORKPATH.mkdir(exist_ok=True)
    log = WORKPATH / "pyinstaller.log"
    argv = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(WORKPATH),
        "--distpath",
        str(DISTPATH),
        str(SPEC),
    ]
    print(
        f"building {os.path.relpath(DISTPATH / APP_NAME, ROOT)} with PyInstaller "
        f"(log: {os.path.relpath(log, ROOT)}) ...",
        flush=True,
    )
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as handle:
        result = subprocess.run(argv, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        tail = "".join(log.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)[-40:])
        raise SmokeFailure(f"PyInstaller failed (exit {result.returncode}); end of {log}:\n{tail}")
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("briefingbook.spec:"):
            print(f"  {line}")
    return elapsed


def check_layout(bundle: Path) -> None:
    """The files briefingbook/resources.py expects under sys._MEIPASS are there."""
    exe = executable(bundle)
    if not exe.is_file():
        raise SmokeFailure(f"no executable at {exe}")
    contents = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    required = [
        ("data", "reference.sqlite"),
        ("resources", "templates", "checklist.yaml"),
        ("resources", "fonts", "DejaVuSans.ttf"),
        ("resources", "icons", "briefingbook.png"),
    ]
    missing = [os.path.join(*parts) for parts in required if not contents.joinpath(*parts).is_file()]
    if missing:
        raise SmokeFailure(f"the bundle lacks {', '.join(missing)} under {contents}")
    ok(
        f"bundle layout: {APP_NAME} executable, data/reference.sqlite and resources/ under "
        f"{os.path.relpath(contents, bundle.parent)}"
    )


def run_checked(label: str, argv: list[str], env: dict[str, str], cwd: Path) -> tuple[str, float]:
    """Runs a command; fails on a non-zero exit or unexpected stderr. Returns (stdout, seconds)."""
    started = time.perf_counter()
    try:
        result = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            timeout=COMMAND_TIMEOUT_S,
            encoding="utf-8",
            errors="replace",
        )
    except subprocess.TimeoutExpired:
        raise SmokeFailure(f"{label}: no answer after {COMMAND_TIMEOUT_S} s") from None
    elapsed = time.perf_counter() - started
    unexpected = unexpected_stderr(result.stderr)
    if result.returncode != 0 or unexpected:
        why = f"exit {result.returncode}" if result.returncode != 0 else "unexpected stderr"
        raise SmokeFailure(
            f"{label}: {why}\n  command: {' '.join(argv)}\n--- stdout ---\n{result.stdout}"
            f"--- stderr ---\n{result.stderr}"
        )
    return result.stdout, elapsed


def smoke(bundle: Path, keep: Path | None, allow_unshare: bool = True) -> dict[str, float]:
    from briefingbook import __version__

    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="briefingbook-bundle-") as tmp_name:
        tmp = Path(tmp_name)
        isolation = choose_isolation(tmp, allow_unshare)
        print(f"network isolation: {isolation.name}")
        copy = tmp / "ro" / APP_NAME
        shutil.copytree(bundle, copy, symlinks=True)
        make_read_only(copy)
        print(
            "bundle folder: a read-only copy ("
            + ("read-only bind mount and chmod -R a-w" if isolation.read_only_mount else "chmod -R a-w")
            + "), compared file by file afterwards"
        )
        before = snapshot(copy)
        work = tmp / "work"
        for name in ("home", "user-home", "tmp", "xdg-runtime", "out"):
            (work / name).mkdir(parents=True)
        os.chmod(work / "xdg-runtime", 0o700)
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in PROXY_VARIABLES and not key.startswith(("BRIEFINGBOOK_", "QT_"))
        }
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                "BRIEFINGBOOK_HOME": str(work / "home"),
                "HOME": str(work / "user-home"),
                "USERPROFILE": str(work / "user-home"),
                "LOCALAPPDATA": str(work / "user-home"),
                "APPDATA": str(work / "user-home"),
                "XDG_DATA_HOME": str(work / "user-home"),
                "XDG_CONFIG_HOME": str(work / "user-home"),
                "XDG_CACHE_HOME": str(work / "user-home"),
                "XDG_RUNTIME_DIR": str(work / "xdg-runtime"),
                "TMPDIR": str(work / "tmp"),
                "TEMP": str(work / "tmp"),
                "TMP": str(work / "tmp"),
            }
        )
        env.update(isolation.env)
        verdict = check_network_cut(isolation, env)
        if isolation.prefix:
            ok(f"network cut off: {verdict}")
        else:
            print(f"network check: {verdict}")
        exe = str(executable(copy))
        out = work / "out"

        def bundled(label: str, *args: str) -> tuple[str, float]:
            return run_checked(label, isolation.wrap([exe, *args], read_only=copy), env, cwd=out)

        try:
            stdout, _ = bundled("--version", "--version")
            if __version__ not in stdout:
                raise SmokeFailure(f"--version printed {stdout.strip()!r}, expected {__version__}")
            ok(stdout.strip())
            stdout, times["bundled self-test"] = bundled("self-test", "self-test")
            if "self-test passed" not in stdout:
                raise SmokeFailure(f"self-test exited 0 without saying it passed:\n{stdout}")
            ok(f"self-test ({stdout.strip().splitlines()[-1]})")
            book, packet = out / "demo.bbook", out / "packet.pdf"
            summit = (dt.date.today() + dt.timedelta(days=45)).isoformat()
            stdout, _ = bundled(
                "new --demo",
                "new",
                str(book),
                "--title",
                "Bundle smoke summit",
                "--date",
                summit,
                "--place",
                "Monterrey",
                "--demo",
            )
            ok(stdout.strip())
            stdout, times["bundled export"] = bundled("export", "export", str(book), "-o", str(packet))
            if not packet.is_file():
                raise SmokeFailure(f"export said {stdout.strip()!r} but wrote no {packet}")
            pages, how = pdf_pages(packet)
            if pages < 2:
                raise SmokeFailure(f"the packet has {pages} page(s); the demo packet has dozens")
            ok(
                f"{stdout.strip()}: a valid PDF of {pages} pages ({packet.stat().st_size / 1e6:.1f} MB, "
                f"checked with {how})"
            )
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy2(packet, keep / packet.name)
                print(f"    kept {keep / packet.name}")
            smoke_reference_pack(bundled, out, env)
            changes = snapshot_changes(before, snapshot(copy))
            if changes:
                raise SmokeFailure("the bundle wrote inside its own folder:\n  " + "\n  ".join(changes[:20]))
            ok(f"nothing was written inside the bundle folder ({len(before)} entries unchanged)")
            written = sorted(p.name + ("/" if p.is_dir() else "") for p in (work / "home").iterdir())
            print(
                f"    what was written went to the user data folder (BRIEFINGBOOK_HOME): {' '.join(written) or 'nothing'}"
            )
            # The same self-test from source, for information (the benchmarks compare medians).
            _, times["source self-test"] = run_checked(
                "source self-test", isolation.wrap([sys.executable, "-m", "briefingbook", "self-test"]), env, cwd=ROOT
            )
            ok("the same self-test from source (python -m briefingbook self-test), for the timing")
        finally:
            make_writable(copy)
    return times


def smoke_reference_pack(bundled, out: Path, env: dict[str, str]) -> None:
    """Build a signed pack with the bundle from the repository's sources, install it, check
    that it is the active content, and remove it (issue 22)."""
    env["BRIEFINGBOOK_PASSPHRASE"] = "bundle smoke test passphrase"  # the key's, read by keygen and build
    key, pack = out / "smoke.key", out / "smoke.bbref"
    stdout, _ = bundled("reference keygen", "reference", "keygen", "-o", str(key))
    if not (out / "smoke.key.pub").is_file():
        raise SmokeFailure(f"reference keygen wrote no public key:\n{stdout}")
    stdout, _ = bundled(
        "reference build",
        "reference",
        "build",
        str(ROOT / "data" / "sources"),
        "-o",
        str(pack),
        "--key",
        str(key),
        "--name",
        "Bundle smoke pack",
        "--version",
        "1.0",
        "--date",
        "2026-12-04",
    )
    ok(stdout.strip())
    bundled("reference trust", "reference", "trust", str(out / "smoke.key.pub"))
    stdout, _ = bundled("reference install", "reference", "install", str(pack))
    if stdout.strip() != "installed Bundle smoke pack 1.0":
        raise SmokeFailure(f"reference install printed {stdout.strip()!r}")
    stdout, _ = bundled("reference info", "reference", "info")
    if "name: Bundle smoke pack" not in stdout or "signed_by: bundled" in stdout:
        raise SmokeFailure(f"reference info does not name the installed pack:\n{stdout}")
    ok("reference pack built, trusted and installed: " + " · ".join(stdout.strip().splitlines()[:4]))
    bundled("reference remove", "reference", "remove")
    stdout, _ = bundled("reference info", "reference", "info")
    if "signed_by: bundled" not in stdout:
        raise SmokeFailure(f"after reference remove, info does not say bundled:\n{stdout}")
    ok("reference remove: back to the bundled content")
    del env["BRIEFINGBOOK_PASSPHRASE"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/BriefingBook with PyInstaller and smoke-test it offline.")
    parser.add_argument("--skip-build", action="store_true", help="smoke-test the bundle already in dist/")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="copy the smoke test's packet.pdf into DIR")
    parser.add_argument(
        "--network-fallback",
        action="store_true",
        help="use the proxy fallback even where unshare works (to test the fallback)",
    )
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress lines in order with stderr, also in CI logs
    bundle = DISTPATH / APP_NAME
    sys.path.insert(0, str(ROOT))  # the version to expect comes from the package
    try:
        build_seconds = None if args.skip_build else build()
        check_layout(bundle)
        size_mib = folder_size(bundle) / 2**20
        times = smoke(bundle, args.keep, allow_unshare=not args.network_fallback)
    except SmokeFailure as exc:
        print(f"\nbundle FAILED: {exc}", file=sys.stderr, flush=True)
        print(f"bundle: {len(PASSED)} passed, 1 failed")
        return 1
    print()
    if build_seconds is not None:
        print(f"build time:        {build_seconds:.0f} s")
    print(f"bundle size:       {size_mib:.1f} MiB ({os.path.relpath(bundle, ROOT)})")
    print(f"self-test bundled: {times['bundled self-test']:.2f} s")
    print(
        f"self-test source:  {times['source self-test']:.2f} s   "
        f"(one run each, for information; the benchmarks measure medians)"
    )
    print(f"packet export (bundled): {times['bundled export']:.2f} s")
    if sys.platform.startswith("linux") and size_mib > SIZE_LIMIT_MIB:
        print(
            f"\nbundle FAILED: {size_mib:.1f} MiB is over the {SIZE_LIMIT_MIB} MiB limit on Linux",
            file=sys.stderr,
            flush=True,
        )
        print(f"bundle: {len(PASSED)} passed, 1 failed")
        return 1
    if sys.platform.startswith("linux"):
        ok(f"bundle size {size_mib:.1f} MiB is within the {SIZE_LIMIT_MIB} MiB limit")
    print(f"bundle: {len(PASSED)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
