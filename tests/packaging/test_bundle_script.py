"""The helpers of build/bundle.py and build/make_icon.py, and the committed icons.

Building the bundle itself is slow and runs in CI through ``python build/bundle.py``; these
tests cover its checks (stderr filter, PDF check, read-only snapshot, isolation wrapper) fast.
"""

from __future__ import annotations

import importlib.util
import os
import re
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "build" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look the module up while the class is created
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


@pytest.fixture(scope="module")
def bundle():
    return _load("bundle")


@pytest.fixture(scope="module")
def make_icon():
    return _load("make_icon")


# -- build/bundle.py ------------------------------------------------------------------------------


def test_known_qt_offscreen_messages_are_ignored_and_anything_else_is_kept(bundle):
    stderr = (
        "This plugin does not support propagateSizeHints()\n"
        "This plugin does not support raise()\n\n"
        "This plugin does not support grabbing the keyboard\n"
        "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-root'\n"
        "briefingbook: not ready: 8 people without a name (Head of delegation)\n"
        "QFont::fromString: Invalid description\n"
        "warning: briefingbook: not ready: is not at the start\n"
        "Traceback (most recent call last):\n"
    )
    assert bundle.unexpected_stderr(stderr) == [
        "QFont::fromString: Invalid description",
        "warning: briefingbook: not ready: is not at the start",
        "Traceback (most recent call last):",
    ]
    assert bundle.unexpected_stderr("") == []


def _pdf(path: Path, pages: int) -> bytes:
    import typst

    source = "#pagebreak()\n".join(f"page {number + 1}\n" for number in range(pages))
    path.write_bytes(typst.compile(source.encode("utf-8"), ignore_system_fonts=True))
    return path.read_bytes()


def test_pdf_check_counts_pages_and_refuses_broken_files(bundle, tmp_path):
    data = _pdf(tmp_path / "three.pdf", 3)
    assert bundle.pdf_pages_from_bytes(data) == 3
    with pytest.raises(bundle.SmokeFailure, match="not a PDF"):
        bundle.pdf_pages_from_bytes(b"<html>" + data)
    with pytest.raises(bundle.SmokeFailure, match="truncated"):
        bundle.pdf_pages_from_bytes(data[: len(data) // 2])


def test_pdf_pages_of_a_file(bundle, tmp_path):
    _pdf(tmp_path / "two.pdf", 2)
    pages, how = bundle.pdf_pages(tmp_path / "two.pdf")
    assert pages == 2
    assert how


def test_snapshot_sees_files_added_changed_and_removed(bundle, tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.so").write_bytes(b"a")
    (tmp_path / "b.txt").write_text("b")
    before = bundle.snapshot(tmp_path)
    assert bundle.snapshot_changes(before, bundle.snapshot(tmp_path)) == []
    (tmp_path / "lib" / "a.so").write_bytes(b"aa")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "new.log").write_text("x")
    assert bundle.snapshot_changes(before, bundle.snapshot(tmp_path)) == [
        "added new.log",
        "removed b.txt",
        f"changed {os.path.join('lib', 'a.so')}",
    ]


def test_read_only_copy_and_back(bundle, tmp_path):
    folder = tmp_path / "BriefingBook"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "x").write_text("x")
    bundle.make_read_only(folder)
    assert not os.stat(folder / "_internal" / "x").st_mode & 0o222
    assert not os.stat(folder / "_internal").st_mode & 0o222
    bundle.make_writable(folder)
    assert os.stat(folder / "_internal" / "x").st_mode & 0o200
    assert os.stat(folder).st_mode & 0o200


def test_isolation_wraps_commands(bundle, tmp_path):
    plain = bundle.Isolation("unshare", ["unshare", "-rn"])
    assert plain.wrap(["app", "self-test"], read_only=tmp_path) == ["unshare", "-rn", "app", "self-test"]
    mounted = bundle.Isolation("unshare", ["unshare", "-rn"], read_only_mount=True)
    argv = mounted.wrap(["app", "self-test"], read_only=tmp_path)
    assert argv[:4] == ["unshare", "-rn", "-m", "sh"]
    assert argv[-3:] == [str(tmp_path), "app", "self-test"]
    fallback = bundle.Isolation("fallback", env={"https_proxy": bundle.CLOSED_PROXY})
    assert fallback.wrap(["app"]) == ["app"]


def test_folder_size_counts_files(bundle, tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "b").write_bytes(b"x" * 24)
    assert bundle.folder_size(tmp_path) == 1024


# -- the spec and the icons ------------------------------------------------------------------------


def test_spec_bundles_every_resource_folder():
    """A new folder under resources/ must be added to briefingbook.spec's datas (with its reason)."""
    spec = (ROOT / "briefingbook.spec").read_text(encoding="utf-8")
    listed = set(re.findall(r'_resource\("resources", "([^"]+)"', spec))
    folders = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert folders <= listed, f"resources/ folders missing from briefingbook.spec: {sorted(folders - listed)}"
    assert '_resource("data", "reference.sqlite")' in spec
    assert "strip=True" not in spec  # it breaks numpy's bundled OpenBLAS


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_committed_icons_are_complete(make_icon):
    icons = ROOT / "resources" / "icons"
    assert _png_size((icons / "briefingbook.png").read_bytes()) == (256, 256)

    ico = (icons / "briefingbook.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icon.ICO_SIZES))
    for index, size in enumerate(make_icon.ICO_SIZES):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", ico[6 + 16 * index : 22 + 16 * index])
        assert (width or 256, height or 256) == (size, size)
        assert _png_size(ico[offset : offset + length]) == (size, size)

    icns = (icons / "briefingbook.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kind, length = icns[position : position + 4], struct.unpack(">I", icns[position + 4 : position + 8])[0]
        kinds.append(kind)
        assert icns[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        position += length
    assert position == len(icns)
    assert kinds == [kind for _size, kind in make_icon.ICNS_TYPES]


def test_icon_containers(make_icon):
    pngs = {16: b"\x89PNG-16", 256: b"\x89PNG-256"}
    ico = make_icon.ico_bytes(pngs)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    assert ico[6] == 16 and ico[22] == 0  # 256 is stored as 0
    assert ico.endswith(b"\x89PNG-16\x89PNG-256")
    with pytest.raises(ValueError):
        make_icon.ico_bytes({512: b"x"})
    icns = make_icon.icns_bytes({b"ic08": b"data"})
    assert icns == b"icns" + struct.pack(">I", 20) + b"ic08" + struct.pack(">I", 12) + b"data"
