"""Reference packs from the command line (issue 22): keygen, build, trust, install, remove, info,
every refusal (one line, exit 1, nothing changed) and the round trip a data team and IT make."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import struct
from pathlib import Path

import pytest

from briefingbook.cli import main
from briefingbook.core import refbuild, refpack

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
SLUG = "border_crossings_pedestrians"
ADDED = ("2031", "MEX_TO_USA", "1234567")


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _info(text: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in text.strip().splitlines())


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """A data team's key, its sources (the repository's plus one observation) and its packs."""
    folder = tmp_path_factory.mktemp("team")
    key_file = folder / "team.key"
    refpack.keygen(key_file, PASSPHRASE)
    sources = folder / "sources"
    shutil.copytree(refbuild.SOURCES, sources)
    with (sources / "indicators" / f"{SLUG}.csv").open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow(ADDED)
    key = refpack.load_private_key(key_file, PASSPHRASE)
    packs = {}
    for version in ("2026.12", "2026.11"):
        packs[version] = folder / f"team-{version}.bbref"
        refbuild.build_pack(sources, packs[version], key=key, name="Data team", version=version, built="2026-12-04")
    return {
        "folder": folder,
        "key": key_file,
        "pub": refpack.public_key_path(key_file),
        "sources": sources,
        "packs": packs,
        "private": key,
    }


def _state(home: Path) -> dict[str, str]:
    """Every file under the user folder's reference/ and its sha256: "nothing changed" is equality."""
    folder = home / "reference"
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _refused(capsys, home, *args, match: str):
    before = _state(home)
    code, out, err = run(capsys, *args)
    assert code == 1, (out, err)
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and match in err, err
    assert _state(home) == before
    return err


def _series_csv(capsys, slug=SLUG) -> list[tuple[str, str, str]]:
    code, out, _ = run(capsys, "series", slug)
    assert code == 0
    return [tuple(row) for row in csv.reader(io.StringIO(out))][1:]


# -- the round trip ------------------------------------------------------------------------------
@pytest.mark.slow
def test_round_trip_build_trust_install_series_packet_remove(capsys, tmp_path, team, _isolated_home, monkeypatch):
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASSPHRASE)
    pack = tmp_path / "update.bbref"
    code, out, err = run(
        capsys,
        "reference",
        "build",
        str(team["sources"]),
        "-o",
        str(pack),
        "--key",
        str(team["key"]),
        "--name",
        "Data team",
        "--version",
        "2026.12",
        "--date",
        "2026-12-04",
    )
    assert code == 0, err
    assert out.startswith(f"built {pack}: Data team 2026.12 (2026-12-04)")
    # Deterministic: the same sources, key, name, version and date give the same bytes.
    assert pack.read_bytes() == team["packs"]["2026.12"].read_bytes()
    assert ADDED not in _series_csv(capsys)

    code, out, _ = run(capsys, "reference", "trust", str(team["pub"]))
    fingerprint = refpack.show_fingerprint(refpack.fingerprint_hex(team["private"].public_key()))
    assert (code, out.strip()) == (0, f"trusted: {fingerprint}")
    code, out, err = run(capsys, "reference", "install", str(pack))
    assert (code, out.strip(), err) == (0, "installed Data team 2026.12", "")

    code, out, _ = run(capsys, "reference", "info")
    info = _info(out)
    assert (info["name"], info["version"], info["built"], info["signed_by"]) == (
        "Data team",
        "2026.12",
        "2026-12-04",
        fingerprint,
    )
    assert int(info["observations"]) > 900 and int(info["series"]) == 23
    assert ADDED in _series_csv(capsys)

    book = tmp_path / "b.bbook"
    assert run(capsys, "new", str(book), "--title", "Cumbre", "--date", "2027-03-01", "--demo")[0] == 0
    packet = tmp_path / "packet.html"
    code, _, err = run(capsys, "export", str(book), "-o", str(packet), "--sections", "cover,sources")
    assert code == 0, err
    text = packet.read_text(encoding="utf-8")
    content_sha = refpack.read_pack(pack).manifest["content_sha256"]
    assert "Data team 2026.12; built 2026-12-04; signed by key " + fingerprint in text
    assert content_sha in text
    from briefingbook.core.book import Book
    from briefingbook.core.packet import export_log

    with Book.open(book, readonly=True) as opened:
        last = export_log(opened)[-1]
    assert (last.reference_name, last.reference_version, last.reference_sha256) == ("Data team", "2026.12", content_sha)

    code, out, _ = run(capsys, "reference", "remove")
    assert (code, out.strip()) == (0, "removed Data team 2026.12; using the bundled reference content")
    info = _info(run(capsys, "reference", "info")[1])
    assert (info["name"], info["signed_by"]) == (refpack.BUNDLED_NAME, "bundled")
    assert ADDED not in _series_csv(capsys)
    assert _state(_isolated_home) == {
        f"trusted/{refpack.fingerprint_hex(team['private'].public_key())}.pub": hashlib.sha256(
            team["pub"].read_bytes()
        ).hexdigest()
    }


def test_keygen_writes_a_protected_key_and_its_public_key(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASSPHRASE)
    key = tmp_path / "signing.key"
    code, out, err = run(capsys, "reference", "keygen", "-o", str(key))
    assert code == 0, err
    assert b"ENCRYPTED PRIVATE KEY" in key.read_bytes()
    assert (tmp_path / "signing.key.pub").read_text().startswith("-----BEGIN PUBLIC KEY-----")
    public = refpack.load_public_key(tmp_path / "signing.key.pub")
    assert out.splitlines()[-1] == f"fingerprint: {refpack.show_fingerprint(refpack.fingerprint_hex(public))}"
    assert refpack.fingerprint_hex(refpack.load_private_key(key, PASSPHRASE).public_key()) == refpack.fingerprint_hex(
        public
    )
    with pytest.raises(refpack.PackError, match="wrong passphrase"):
        refpack.load_private_key(key, "not it")
    before = key.read_bytes()
    code, _, err = run(capsys, "reference", "keygen", "-o", str(key))
    assert code == 1 and "already exists" in err and key.read_bytes() == before


def test_build_refuses_a_wrong_passphrase_and_bad_sources(capsys, tmp_path, team, monkeypatch):
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", "wrong")
    out = tmp_path / "x.bbref"
    code, _, err = run(
        capsys,
        "reference",
        "build",
        str(team["sources"]),
        "-o",
        str(out),
        "--key",
        str(team["key"]),
        "--name",
        "N",
        "--version",
        "1",
    )
    assert code == 1 and "wrong passphrase" in err and not out.exists()
    monkeypatch.setenv("BRIEFINGBOOK_PASSPHRASE", PASSPHRASE)
    broken = tmp_path / "sources"
    shutil.copytree(team["sources"], broken)
    (broken / "events.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    code, _, err = run(
        capsys,
        "reference",
        "build",
        str(broken),
        "-o",
        str(out),
        "--key",
        str(team["key"]),
        "--name",
        "N",
        "--version",
        "1",
    )
    assert code == 1 and "events.yaml" in err and len(err.strip().splitlines()) == 1 and not out.exists()
    code, _, err = run(
        capsys,
        "reference",
        "build",
        str(team["sources"]),
        "-o",
        str(out),
        "--key",
        str(team["key"]),
        "--name",
        "N",
        "--version",
        "v2",
    )
    assert code == 1 and "numbers separated by dots" in err and not out.exists()


# -- refusals: one line, exit 1, nothing changed ------------------------------------------------------
@pytest.fixture
def trusted(capsys, team):
    assert run(capsys, "reference", "trust", str(team["pub"]))[0] == 0


def _parts(data: bytes) -> tuple[bytes, bytes, bytes]:
    """(manifest, database, signature) of a pack's bytes."""
    offset = len(refpack.MAGIC)
    (m,) = struct.unpack(">I", data[offset : offset + 4])
    manifest = data[offset + 4 : offset + 4 + m]
    offset += 4 + m
    (d,) = struct.unpack(">Q", data[offset : offset + 8])
    database = data[offset + 8 : offset + 8 + d]
    offset += 8 + d
    (s,) = struct.unpack(">H", data[offset : offset + 2])
    return manifest, database, data[offset + 2 : offset + 2 + s]


def _assemble(manifest: bytes, database: bytes, signature: bytes) -> bytes:
    return b"".join(
        [
            refpack.MAGIC,
            struct.pack(">I", len(manifest)),
            manifest,
            struct.pack(">Q", len(database)),
            database,
            struct.pack(">H", len(signature)),
            signature,
        ]
    )


def test_refuses_an_unsigned_pack(capsys, tmp_path, team, trusted, _isolated_home):
    manifest, database, _ = _parts(team["packs"]["2026.12"].read_bytes())
    pack = tmp_path / "unsigned.bbref"
    pack.write_bytes(_assemble(manifest, database, b""))
    _refused(capsys, _isolated_home, "reference", "install", str(pack), match="is not signed")


def test_refuses_a_pack_from_an_unknown_key(capsys, team, _isolated_home):
    _refused(
        capsys,
        _isolated_home,
        "reference",
        "install",
        str(team["packs"]["2026.12"]),
        match="signed by a key this computer does not trust",
    )


@pytest.mark.parametrize("where", ["database", "manifest", "signature"])
def test_refuses_a_pack_with_one_flipped_byte(capsys, tmp_path, team, trusted, _isolated_home, where):
    data = bytearray(team["packs"]["2026.12"].read_bytes())
    manifest, database, signature = _parts(bytes(data))
    start = {
        "manifest": len(refpack.MAGIC) + 4 + manifest.index(b'"Data team"') + 3,
        "database": len(refpack.MAGIC) + 4 + len(manifest) + 8 + len(database) // 2,
        "signature": len(data) - 10,
    }[where]
    data[start] ^= 0x01
    pack = tmp_path / "flipped.bbref"
    pack.write_bytes(bytes(data))
    _refused(capsys, _isolated_home, "reference", "install", str(pack), match="altered after signing")


def test_refuses_a_pack_of_another_schema_version(capsys, tmp_path, team, trusted, _isolated_home):
    import json

    manifest, database, _ = _parts(team["packs"]["2026.12"].read_bytes())
    fields = json.loads(manifest)
    fields["schema_version"] = refpack.SCHEMA_VERSION + 1
    text = refpack.manifest_bytes(fields)
    pack = tmp_path / "schema.bbref"  # signed by the trusted key: the schema is what is wrong
    pack.write_bytes(_assemble(text, database, team["private"].sign(refpack.SIGNED_PREFIX + text)))
    _refused(
        capsys,
        _isolated_home,
        "reference",
        "install",
        str(pack),
        match=f"holds reference schema {refpack.SCHEMA_VERSION + 1}; this BriefingBook reads schema",
    )


@pytest.mark.parametrize("keep", [3, 100, 5000, -1])
def test_refuses_a_truncated_pack(capsys, tmp_path, team, trusted, _isolated_home, keep):
    data = team["packs"]["2026.12"].read_bytes()
    pack = tmp_path / "short.bbref"
    pack.write_bytes(data[:keep])
    _refused(capsys, _isolated_home, "reference", "install", str(pack), match="is truncated")


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 a zip file", b"SQLite format 3\x00" + b"\x00" * 200])
def test_refuses_a_file_that_is_not_a_pack(capsys, tmp_path, trusted, _isolated_home, content):
    pack = tmp_path / "other.bbref"
    pack.write_bytes(content)
    _refused(capsys, _isolated_home, "reference", "install", str(pack), match="is not a BriefingBook reference pack")


def test_refuses_bytes_after_the_end(capsys, tmp_path, team, trusted, _isolated_home):
    pack = tmp_path / "longer.bbref"
    pack.write_bytes(team["packs"]["2026.12"].read_bytes() + b"\0")
    _refused(capsys, _isolated_home, "reference", "install", str(pack), match="bytes after the end")


def test_refuses_an_older_version_unless_allowed(capsys, team, trusted, _isolated_home):
    assert run(capsys, "reference", "install", str(team["packs"]["2026.12"]))[0] == 0
    _refused(
        capsys,
        _isolated_home,
        "reference",
        "install",
        str(team["packs"]["2026.11"]),
        match="older than the installed Data team 2026.12; add --allow-older",
    )
    code, out, _ = run(capsys, "reference", "install", str(team["packs"]["2026.11"]), "--allow-older")
    assert (code, out.strip()) == (0, "installed Data team 2026.11")
    assert _info(run(capsys, "reference", "info")[1])["version"] == "2026.11"
    # Only the active pack's database is kept.
    assert len([n for n in _state(_isolated_home) if n.startswith("pack-")]) == 1


def test_untrusting_the_publisher_falls_back_to_the_bundled_content(capsys, team, trusted, _isolated_home):
    assert run(capsys, "reference", "install", str(team["packs"]["2026.12"]))[0] == 0
    fingerprint = refpack.fingerprint_hex(team["private"].public_key())
    code, out, _ = run(capsys, "reference", "untrust", fingerprint[:12])
    assert code == 0 and out.startswith(f"no longer trusted: {refpack.show_fingerprint(fingerprint)}")
    code, out, err = run(capsys, "reference", "info")
    assert _info(out)["signed_by"] == "bundled"
    assert "the installed reference pack is not used" in err and "does not trust" in err
    _refused(capsys, _isolated_home, "reference", "untrust", fingerprint, match="no trusted key has the fingerprint")


def test_a_pack_database_changed_on_disk_is_not_used(capsys, team, trusted, _isolated_home):
    assert run(capsys, "reference", "install", str(team["packs"]["2026.12"]))[0] == 0
    [db] = (_isolated_home / "reference").glob("pack-*.sqlite")
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    os.chmod(db, 0o644)
    db.write_bytes(bytes(data))
    code, out, err = run(capsys, "reference", "info")
    assert code == 0 and _info(out)["name"] == refpack.BUNDLED_NAME and "changed after it was installed" in err


def test_remove_without_a_pack_and_trust_of_a_non_key_are_refused(capsys, tmp_path, _isolated_home):
    _refused(capsys, _isolated_home, "reference", "remove", match="no reference pack is installed")
    not_key = tmp_path / "x.pub"
    not_key.write_text("hello", encoding="utf-8")
    _refused(capsys, _isolated_home, "reference", "trust", str(not_key), match="is not a public key file")
