"""Bundles arrive by e-mail: every byte is hostile. Each bad bundle here is refused with its reason, and the
province's database is left exactly as it was."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcha_desktop.domain.bundle_format import BundleRejected, canonical_json
from pcha_desktop.services import bundle_container, bundles, province, signing_keys
from pcha_desktop.services.bundle_container import write_container
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A Kathu bundle (8302), its key, and a province folder with 8301's and 8302's keys registered."""
    base = tmp_path_factory.mktemp("hostile")
    user = base / "user"
    district = open_data_folder(base / "district")
    populate_demo(district.database, date(2025, 1, 10), district_code="8302")
    bundle = base / "8302.pcha"
    bundles.export_bundle(district.database, "2564Q1", bundle, "sec", user_folder=user)
    district.close()
    prov = open_data_folder(base / "province")
    province.init_province(prov.database, "83", "officer")
    for code in ("8301", "8302"):
        pem = base / f"{code}.pem"
        signing_keys.export_public_key(code, pem, user_folder=user)
        province.register_key(prov.database, code, pem, "officer")
    keys = {code: signing_keys.signing_key(code, user) for code in ("8301", "8302")}
    yield {"raw": bundle.read_bytes(), "keys": keys, "province": prov, "base": base}
    prov.close()


def _members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _resigned(world, *, data=None, manifest_changes=None, key_code="8302", extra=None, data_bytes=None) -> bytes:
    """A bundle made with care by someone who holds ``key_code``'s key: hashes right, signature right."""
    files = _members(world["raw"])
    manifest = json.loads(files.pop("manifest.json"))
    files.pop("manifest.sig")
    if data is not None:
        files["data.json"] = canonical_json(data)
    if data_bytes is not None:
        files["data.json"] = data_bytes
    files.update(extra or {})
    manifest["files"] = {name: hashlib.sha256(content).hexdigest() for name, content in files.items()}
    manifest.update(manifest_changes or {})
    manifest_bytes = canonical_json(manifest)
    files["manifest.json"] = manifest_bytes
    files["manifest.sig"] = world["keys"][key_code].sign(manifest_bytes) if key_code else b"\0" * 64
    return write_container(files)


def _data(world) -> dict:
    return json.loads(_members(world["raw"])["data.json"])


def _snapshot(world) -> tuple:
    path = world["province"].database_path
    with sqlite3.connect(path) as connection:
        return tuple(connection.execute(f"SELECT count(*), max(id) FROM {table}").fetchone()
                     for table in ("imported_bundle", "province_record", "registered_key", "audit_entry"))


def _refused(world, raw: bytes, reason: str, tmp_path: Path) -> BundleRejected:
    ring = province.key_ring(world["province"].database)
    with pytest.raises(BundleRejected) as refusal:
        province.verify_bundle(raw, ring)
    assert refusal.value.reason == reason, refusal.value.message_en
    assert refusal.value.message_th and refusal.value.message_en
    before = _snapshot(world)
    path = tmp_path / "bad.pcha"
    path.write_bytes(raw)
    outcome, = province.import_bundles(world["province"].database, [path], "officer")
    assert (outcome.status, outcome.reason) == ("rejected", reason)
    assert _snapshot(world) == before
    return refusal.value


def test_the_good_bundle_verifies(world) -> None:
    verified = province.verify_bundle(world["raw"], province.key_ring(world["province"].database))
    assert verified.manifest.district_code == "8302" and verified.manifest.sequence == 1


def test_a_changed_byte_in_data_is_refused(world, tmp_path: Path) -> None:
    raw = bytearray(world["raw"])
    raw[raw.index(b'"schema_version"') + 3] ^= 0x20  # inside data.json or the manifest
    error = _refused(world, bytes(raw), "changed_bytes", tmp_path)
    assert "changed" in error.message_en


def test_changed_data_with_a_good_zip_checksum_fails_its_hash(world, tmp_path: Path) -> None:
    files = _members(world["raw"])
    files["data.json"] = files["data.json"].replace("กะทู้".encode(), "ถลาง".encode(), 1)
    _refused(world, write_container(files), "changed_bytes", tmp_path)


def test_a_changed_manifest_breaks_the_signature(world, tmp_path: Path) -> None:
    files = _members(world["raw"])
    files["manifest.json"] = files["manifest.json"].replace(b'"sequence": 1', b'"sequence": 9')
    _refused(world, write_container(files), "bad_signature", tmp_path)


def test_a_key_the_province_does_not_know(world, tmp_path: Path) -> None:
    files = _members(world["raw"])
    files["manifest.sig"] = Ed25519PrivateKey.generate().sign(files["manifest.json"])
    _refused(world, write_container(files), "bad_signature", tmp_path)


def test_a_district_without_a_registered_key(world, tmp_path: Path) -> None:
    data = _data(world)
    data["district"]["code"] = "8303"
    raw = _resigned(world, data=data, manifest_changes={"district_code": "8303"})
    error = _refused(world, raw, "wrong_district", tmp_path)  # signed by 8302's key, says 8303
    assert "8302" in error.message_en
    other = Ed25519PrivateKey.generate()
    files = _members(raw)
    files["manifest.sig"] = other.sign(files["manifest.json"])
    _refused(world, write_container(files), "unregistered_key", tmp_path)


def test_a_district_code_that_is_not_the_keys(world, tmp_path: Path) -> None:
    raw = _resigned(world, key_code="8301")  # Mueang's key signing Kathu's bundle
    error = _refused(world, raw, "wrong_district", tmp_path)
    assert "8301" in error.message_en


def test_data_of_another_district_than_the_manifest(world, tmp_path: Path) -> None:
    data = _data(world)
    data["district"]["code"] = "8301"
    _refused(world, _resigned(world, data=data), "wrong_district", tmp_path)


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]], compression=zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for info, content in entries:
            archive.writestr(info, content)
    return buffer.getvalue()


def _good_entries(world) -> list[tuple[str, bytes]]:
    return list(_members(world["raw"]).items())


@pytest.mark.parametrize("name, reason", [
    ("../evil.txt", "unsafe_path"),
    ("attachments/../../evil.txt", "unsafe_path"),
    ("/etc/passwd", "unsafe_path"),
    ("C:/Windows/evil.dll", "unsafe_path"),
    ("attachments\\..\\evil.txt", "unsafe_path"),
    ("attachments/", "unsafe_path"),
    ("other.exe", "unsafe_path"),
])
def test_paths_that_escape_or_are_absolute(world, tmp_path: Path, name: str, reason: str) -> None:
    _refused(world, _zip([*_good_entries(world), (name, b"x")]), reason, tmp_path)


def test_links_are_refused(world, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("attachments/link.pdf")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    _refused(world, _zip([*_good_entries(world), (link, b"/etc/passwd")]), "link", tmp_path)


def test_duplicate_names_are_refused(world, tmp_path: Path) -> None:
    entries = _good_entries(world)
    with pytest.warns(UserWarning):
        raw = _zip([*entries, ("data.json", b"{}")])
    _refused(world, raw, "duplicate_name", tmp_path)
    _refused(world, _zip([*entries, ("DATA.JSON", b"{}")]), "duplicate_name", tmp_path)


def test_too_many_files(world, tmp_path: Path) -> None:
    extra = [(f"attachments/{index:03d}.txt", b"x") for index in range(70)]
    _refused(world, _zip([*_good_entries(world), *extra]), "too_many_files", tmp_path)


def test_a_zip_bomb_is_not_opened(world, tmp_path: Path) -> None:
    bomb = _zip([*_good_entries(world), ("attachments/bomb.txt", b"\0" * 5_000_000)], zipfile.ZIP_DEFLATED)
    _refused(world, bomb, "compressed_too_well", tmp_path)


def test_members_or_a_total_too_large(world, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(bundle_container, "MAX_MEMBER_BYTES", 100_000)
    big = _zip([*_good_entries(world), ("attachments/big.pdf", b"%PDF" + bytes(range(256)) * 400)])
    _refused(world, big, "too_large", tmp_path)
    monkeypatch.setattr(bundle_container, "MAX_MEMBER_BYTES", 10_000_000)
    monkeypatch.setattr(bundle_container, "MAX_TOTAL_BYTES", 150_000)
    parts = [(f"attachments/p{index}.pdf", bytes(range(256)) * 200) for index in range(3)]
    _refused(world, _zip([*_good_entries(world), *parts]), "too_large", tmp_path)


def test_a_size_the_zip_lies_about(world, tmp_path: Path) -> None:
    raw = bytearray(world["raw"])
    central = raw.rindex(b"PK\x01\x02" + raw[raw.rindex(b"PK\x01\x02") + 4:raw.rindex(b"PK\x01\x02") + 6])
    raw[central + 24] ^= 0x01  # the uncompressed size in the central directory
    with pytest.raises(BundleRejected):
        province.verify_bundle(bytes(raw), province.key_ring(world["province"].database))


def test_not_a_zip_at_all(world, tmp_path: Path) -> None:
    _refused(world, b"%PDF-1.7 not a bundle", "not_a_bundle", tmp_path)
    _refused(world, b"", "not_a_bundle", tmp_path)


def test_malformed_json(world, tmp_path: Path) -> None:
    _refused(world, _resigned(world, data_bytes=b'{"schema": "pcha-bundle-data",'), "malformed_json", tmp_path)
    _refused(world, _resigned(world, data_bytes=b'{"a": 1, "a": 2}'), "malformed_json", tmp_path)
    _refused(world, _resigned(world, data_bytes=b'{"a": NaN}'), "malformed_json", tmp_path)
    _refused(world, _resigned(world, data_bytes=b"[" * 100_000), "malformed_json", tmp_path)
    _refused(world, _resigned(world, data_bytes="{}".encode("utf-16")), "malformed_json", tmp_path)


def test_wrong_versions(world, tmp_path: Path) -> None:
    data = _data(world)
    data["schema_version"] = 2
    error = _refused(world, _resigned(world, data=data), "wrong_version", tmp_path)
    assert "version" in error.message_en
    _refused(world, _resigned(world, manifest_changes={"schema_version": "1"}), "wrong_version", tmp_path)


def _with(world, change) -> bytes:  # type: ignore[no-untyped-def]
    data = _data(world)
    change(data)
    return _resigned(world, data=data)


@pytest.mark.parametrize("change", [
    lambda d: d["assessment"].update(fiscal_year=3000),
    lambda d: d["assessment"].update(passed="yes"),
    lambda d: d["assessment"]["years"][0].update(fiscal_year=True),
    lambda d: d["assessment"]["years"].append(dict(d["assessment"]["years"][0])),
    lambda d: d["issues"][0].update(title=""),
    lambda d: d["issues"][0].update(title="x" * 301),
    lambda d: d["issues"][0].update(uuid="not-a-uuid"),
    lambda d: d["issues"][0].update(updated_at="yesterday"),
    lambda d: d["issues"][0]["notes"][0].update(quarter=5),
    lambda d: d["issues"][0]["notes"][0].update(obstacles=7),
    lambda d: d["issues"][0]["notes"][0].update(obstacles="a\x00b"),
    lambda d: d["issues"][0].update(surprise=1),
    lambda d: d.pop("committee"),
    lambda d: d.update(tambon_committees={}),
    lambda d: d["committee"]["members"][0].update(phone="0812345678"),
    lambda d: d["period"].update(code="2564Q2"),
    lambda d: d["period"].update(fiscal_year=2565),
    lambda d: d["assessment"].update(fiscal_year=2563),
    lambda d: d["district"].update(province_code="81"),
    lambda d: d.update(issues=[d["issues"][0]] * 5001),
    lambda d: d.update(uccare={"deep": [[[[[[[[[[1]]]]]]]]]]}),
    lambda d: d["year_guide"].update(steps_done=99),
    lambda d: d["year_guide"].update(steps_done=d["year_guide"]["steps_done"] + 1),  # not the steps' states
    lambda d: d["year_guide"]["steps"][0].update(state="finished"),
    lambda d: d["year_guide"]["steps"][0].update(done=10**6, total=1),
    lambda d: d["year_guide"]["steps"].pop(),
    lambda d: d["year_guide"]["steps"][3].update(number=1),
], ids=lambda change: "")
def test_values_out_of_range_or_of_the_wrong_type(world, tmp_path: Path, change) -> None:
    error = _refused(world, _with(world, change), "bad_value", tmp_path)
    assert error.message_en.startswith("The value")


def test_a_bundle_of_another_province(world, tmp_path: Path) -> None:
    data = _data(world)
    data["district"].update(code="5407", province_code="54")
    other_key = Ed25519PrivateKey.generate()
    world["keys"]["5407"] = other_key
    raw = _resigned(world, data=data, manifest_changes={"district_code": "5407", "province_code": "54"},
                    key_code="5407")
    before = _snapshot(world)
    path = tmp_path / "x.pcha"
    path.write_bytes(raw)
    outcome, = province.import_bundles(world["province"].database, [path], "officer")
    assert outcome.status == "rejected" and outcome.reason in ("unregistered_key", "wrong_province")
    assert _snapshot(world) == before


def test_every_single_byte_flip_of_a_bundle_is_refused(world) -> None:
    """Exhaustive: each byte of the bundle flipped in turn (one bit), every one refused."""
    ring = province.key_ring(world["province"].database)
    raw = world["raw"]
    for position in range(len(raw)):
        flipped = bytearray(raw)
        flipped[position] ^= 0x01
        with pytest.raises(BundleRejected):
            province.verify_bundle(bytes(flipped), ring)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(data=st.data())
def test_random_byte_flips_are_refused_and_change_nothing(world, tmp_path_factory, data) -> None:
    raw = bytearray(world["raw"])
    flips = data.draw(st.lists(st.tuples(st.integers(0, len(raw) - 1), st.integers(1, 255)), min_size=1, max_size=4))
    for position, mask in flips:
        raw[position] ^= mask
    if bytes(raw) == world["raw"]:
        return  # two flips of one byte that cancel out: the same bundle
    before = _snapshot(world)
    path = world["base"] / "flipped.pcha"
    path.write_bytes(bytes(raw))
    outcome, = province.import_bundles(world["province"].database, [path], "officer")
    assert outcome.status == "rejected" and outcome.message_en
    assert _snapshot(world) == before
