"""One function finds bundled files in a checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

import sys

import pytest

from briefingbook import resources


@pytest.fixture(autouse=True)
def _fresh_cache():
    resources.resource_root.cache_clear()
    yield
    resources.resource_root.cache_clear()


def test_checkout_layout():
    root = resources.resource_root()
    assert (root / "resources" / "templates" / "checklist.yaml").is_file()
    assert resources.reference_db_path().is_file()


def test_frozen_layout(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "reference.sqlite").write_bytes(b"x")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_root() == tmp_path
    assert resources.reference_db_path() == tmp_path / "data" / "reference.sqlite"


def test_wheel_layout(tmp_path, monkeypatch):
    package = tmp_path / "briefingbook"
    (package / "_bundled" / "resources").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", package)
    assert resources.resource_root() == package / "_bundled"


def test_missing_resource_names_the_path(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "briefingbook")
    with pytest.raises(resources.ResourceMissing, match="reference.sqlite"):
        resources.reference_db_path()
