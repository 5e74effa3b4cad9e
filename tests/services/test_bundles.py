"""The signed report bundle, end to end: the district exports, the province imports and rolls up seed 000's
table; keys, sequence numbers, reported marks and the history of imports."""

from __future__ import annotations

import json
import os
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from pcha_desktop.cli.main import main
from pcha_desktop.services import bundles, province, signing_keys
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.storage.models import ImportedBundle, ProvinceRecord, QualityOfLifeIssue

TODAY = date(2025, 1, 10)


def _make_demo(tmp_path: Path, code: str) -> Path:
    folder = tmp_path / f"d{code}"
    assert main(["demo", "--district", code, "--data-dir", str(folder)]) == 0
    return folder


def test_three_phuket_bundles_reproduce_seed_000_table(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for code in ("8301", "8302", "8303"):
        folder = _make_demo(tmp_path, code)
        assert main(["export-bundle", "--period", "2564Q1", "--out", str(out / f"{code}.pcha"),
                     "--data-dir", str(folder)]) == 0
        assert main(["key", "--export", str(out / f"{code}.pem"), "--data-dir", str(folder)]) == 0
    prov = tmp_path / "province"
    assert main(["init", "--province", "83", "--data-dir", str(prov)]) == 0
    capsys.readouterr()
    for code in ("8301", "8302", "8303"):
        assert main(["register-key", "--district", code, "--public-key", str(out / f"{code}.pem"),
                     "--data-dir", str(prov)]) == 0
        printed = capsys.readouterr().out
        expected = signing_keys.fingerprint(signing_keys.read_public_key_file(out / f"{code}.pem"))
        assert expected in printed  # the officer reads it back to the district
    assert main(["import-bundle", *(str(out / f"{c}.pcha") for c in ("8301", "8302", "8303")),
                 "--data-dir", str(prov)]) == 0
    capsys.readouterr()
    pdf, xlsx = tmp_path / "province.pdf", tmp_path / "province.xlsx"
    assert main(["province-report", "--period", "2564Q1", "--pdf", str(pdf), "--xlsx", str(xlsx), "--json",
                 "--data-dir", str(prov)]) == 0
    document = json.loads(capsys.readouterr().out)
    rows = {row["code"]: row for row in document["districts"]}
    assert [rows[c]["name"] for c in ("8301", "8302", "8303")] == ["เมืองภูเก็ต", "กะทู้", "ถลาง"]
    for code in ("8301", "8302", "8303"):
        assert (rows[code]["target"], rows[code]["result"], rows[code]["percent"]) == (1, 1, 100.0)
    assert document["baseline_years"] == [2561, 2562, 2563]
    assert rows["8301"]["baselines"] == [1, 1, 1]
    assert rows["8302"]["baselines"] == [0, 1, 1]
    assert rows["8303"]["baselines"] == [1, 1, 1]
    assert document["total"] == {"target": 3, "result": 3, "percent": 100.0, "baselines": [66.67, 100.0, 100.0]}
    assert document["not_sent"] == []
    assert "To be No.1" in rows["8303"]["issues"]
    assert any("นัดประชุม" in text for text in rows["8302"]["obstacles"])
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    for word in ("กะทู้", "ถลาง", "66.67", "รวม", "ปัญหาอุปสรรค", "ไตรมาส 1 ปีงบประมาณ 2564"):
        assert word in text
    assert "2564Q1" not in text, "the period is named in words, never by its code"
    sheet = load_workbook(xlsx)["สรุปจังหวัด"]
    assert sheet["A1"].value == "ผลการดำเนินงาน พชอ. จังหวัดภูเก็ต ไตรมาส 1 ปีงบประมาณ 2564"
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
    assert values[-1][:8] == ["รวม", None, 3, 3, 100, 66.67, 100, 100]
    assert values[1][:8] == ["กะทู้", "8302", 1, 1, 100, 0, 1, 1]


def test_key_is_made_once_private_and_read_aloud(tmp_path: Path, user_dir: Path) -> None:
    key = signing_keys.signing_key("8301")
    path = signing_keys.key_path("8301")
    assert path.is_relative_to(user_dir)
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    again = signing_keys.signing_key("8301")
    shown = signing_keys.fingerprint(signing_keys.public_raw(again))
    assert shown == signing_keys.fingerprint(signing_keys.public_raw(key))
    groups = shown.split(" ")
    assert len(groups) == 5 and all(len(group) == 4 and group.isdigit() for group in groups)
    thai = signing_keys.fingerprint(signing_keys.public_raw(key), thai_digits=True)
    assert thai.replace(" ", "")[0] in "๐๑๒๓๔๕๖๗๘๙" and len(thai) == len(shown)
    other = signing_keys.signing_key("8302")
    assert signing_keys.public_raw(other) != signing_keys.public_raw(key)


def test_key_file_outside_database_and_backups(tmp_path: Path, user_dir: Path) -> None:
    folder = open_data_folder(tmp_path / "data")
    try:
        populate_demo(folder.database, TODAY, district_code="8302")
        bundles.export_bundle(folder.database, "2564Q1", tmp_path / "a.pcha", "tester")
        data_files = [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
        assert not any(p.name.endswith(".pem") for p in data_files)
        raw = (tmp_path / "data" / "pcha.sqlite").read_bytes()
        assert b"PRIVATE KEY" not in raw
    finally:
        folder.close()


@pytest.fixture
def district(tmp_path: Path):
    folder = open_data_folder(tmp_path / "district")
    populate_demo(folder.database, TODAY, district_code="8302")
    yield folder
    folder.close()


@pytest.fixture
def province_folder(tmp_path: Path):
    folder = open_data_folder(tmp_path / "province")
    province.init_province(folder.database, "83", "officer")
    yield folder
    folder.close()


def _register(district_folder, province_folder, tmp_path: Path, code: str = "8302") -> None:
    pem = tmp_path / f"{code}.pem"
    signing_keys.export_public_key(code, pem)
    province.register_key(province_folder.database, code, pem, "officer")


def test_reported_marks_sequence_and_history(district, province_folder, tmp_path: Path) -> None:
    _register(district, province_folder, tmp_path)
    database = district.database
    first = bundles.export_bundle(database, "2564Q1", tmp_path / "s1.pcha", "sec")
    assert first.sequence == 1 and not bundles.period_status(database, "2564Q1").reported
    bundles.mark_sent(database, "2564Q1", "sec")
    status = bundles.period_status(database, "2564Q1")
    assert status.reported and status.sent_sequence == 1 and status.changes == ()
    with database.unit_of_work("sec") as session:  # a later change is allowed …
        issue = session.scalars(select(QualityOfLifeIssue).where(QualityOfLifeIssue.fiscal_year == 2564)).first()
        issue.title = "การพัฒนาคุณภาพชีวิตและอาชีพ"
        changed_uuid = issue.uuid
    status = bundles.period_status(database, "2564Q1")  # … but visible
    assert [(c.uuid, c.change) for c in status.changes] == [(changed_uuid, "changed")]
    second = bundles.export_bundle(database, "2564Q1", tmp_path / "s2.pcha", "sec")
    assert second.sequence == 2
    assert [c.uuid for c in second.changes] == [changed_uuid]
    with zipfile.ZipFile(tmp_path / "s2.pcha") as archive:
        data = json.loads(archive.read("data.json"))
    assert data["changes_since_sent"]["sent_sequence"] == 1
    assert data["changes_since_sent"]["changed"][0]["uuid"] == changed_uuid

    prov = province_folder.database
    paths = [tmp_path / "s1.pcha"]
    assert [o.status for o in province.import_bundles(prov, paths, "officer")] == ["imported"]
    assert [o.status for o in province.import_bundles(prov, paths, "officer")] == ["unchanged"]
    assert [o.status for o in province.import_bundles(prov, [tmp_path / "s2.pcha"], "officer")] == ["replaced"]
    assert [o.status for o in province.import_bundles(prov, paths, "officer")] == ["unchanged"]
    with prov.reader() as session:
        history = session.execute(select(ImportedBundle.sequence, ImportedBundle.is_current)
                                  .order_by(ImportedBundle.sequence)).all()
        merged = session.scalars(select(ProvinceRecord.payload).where(ProvinceRecord.record_uuid == changed_uuid)).one()
    assert [tuple(row) for row in history] == [(1, False), (2, True)]
    assert "อาชีพ" in json.loads(merged)["label"]  # merged by uuid: the newer record won
    rollup = province.province_rollup(prov, "2564Q1")
    kathu = next(row for row in rollup.districts if row.code == "8302")
    assert kathu.sequence == 2 and "การพัฒนาคุณภาพชีวิตและอาชีพ" in kathu.issues
    assert [row.code for row in rollup.not_sent] == ["8301", "8303"]


def test_an_older_bundle_after_a_newer_is_kept_in_history_only(district, province_folder, tmp_path: Path) -> None:
    _register(district, province_folder, tmp_path)
    bundles.export_bundle(district.database, "2564Q1", tmp_path / "s1.pcha", "sec")
    bundles.export_bundle(district.database, "2564Q1", tmp_path / "s2.pcha", "sec")
    prov = province_folder.database
    assert province.import_bundles(prov, [tmp_path / "s2.pcha"], "officer")[0].status == "imported"
    assert province.import_bundles(prov, [tmp_path / "s1.pcha"], "officer")[0].status == "older"
    current = [row for row in province.imported_bundles(prov, "2564Q1") if row.is_current]
    assert [row.sequence for row in current] == [2]


def test_the_same_bundle_with_different_names_and_periods(district, province_folder, tmp_path: Path) -> None:
    _register(district, province_folder, tmp_path)
    year = bundles.export_bundle(district.database, "2564", tmp_path / "y.pcha", "sec")
    half = bundles.export_bundle(district.database, "2564r6", tmp_path / "h.pcha", "sec")
    assert (year.period, year.sequence, half.period, half.sequence) == ("2564", 1, "2564R6", 1)
    outcomes = province.import_bundles(province_folder.database, [tmp_path / "y.pcha", tmp_path / "h.pcha"], "o")
    assert [o.status for o in outcomes] == ["imported", "imported"]


def test_key_registration_rules(district, province_folder, tmp_path: Path) -> None:
    from pcha_desktop.services.errors import UserFacingError

    _register(district, province_folder, tmp_path)
    prov = province_folder.database
    pem = tmp_path / "8302.pem"
    assert province.register_key(prov, "8302", pem, "officer")  # the same key again: nothing changes
    with pytest.raises(UserFacingError) as refusal:
        province.register_key(prov, "8301", pem, "officer")
    assert "already registered for district 8302" in refusal.value.message_en
    signing_keys.new_signing_key("8302")
    new_pem = tmp_path / "new.pem"
    signing_keys.export_public_key("8302", new_pem)
    with pytest.raises(UserFacingError) as refusal:
        province.register_key(prov, "8302", new_pem, "officer")
    assert "--replace" in refusal.value.message_en
    province.register_key(prov, "8302", new_pem, "officer", replace=True)
    keys = province.registered_keys(prov)
    assert [(k.district_code, k.retired_at is None) for k in keys] == [("8302", True), ("8302", False)]
    with pytest.raises(UserFacingError) as refusal:
        province.register_key(prov, "5407", new_pem, "officer")
    assert "not a district of this province" in refusal.value.message_en


def test_province_mode_needs_its_own_folder(district) -> None:
    from pcha_desktop.services.errors import UserFacingError

    with pytest.raises(UserFacingError) as refusal:
        province.init_province(district.database, "83", "officer")
    assert "belongs to a district" in refusal.value.message_en
    assert province.province_of(district.database) is None


def test_cli_init_without_district_or_province_says_what_is_missing(tmp_path: Path, capsys) -> None:
    assert main(["init", "--data-dir", str(tmp_path / "x")]) == 2
    assert "--district-code" in capsys.readouterr().err


def test_pcha_verify_tells_intact_from_a_flipped_byte(district, tmp_path: Path, capsys) -> None:
    bundles.export_bundle(district.database, "2564Q1", tmp_path / "k.pcha", "sec")
    signing_keys.export_public_key("8302", tmp_path / "k.pem")
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "k.pcha"), "--public-key", str(tmp_path / "k.pem")]) == 0
    printed = capsys.readouterr().out
    assert "Verified" in printed and "8302" in printed and "data.json" in printed
    raw = bytearray((tmp_path / "k.pcha").read_bytes())
    raw[len(raw) // 3] ^= 0x04
    (tmp_path / "bad.pcha").write_bytes(bytes(raw))
    assert main(["verify", str(tmp_path / "bad.pcha"), "--public-key", str(tmp_path / "k.pem"), "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["ok"] is False
    assert "Rejected:" in captured.err and "Traceback" not in captured.err


def test_a_national_roll_up_keeps_the_text_in_the_workbook(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from pcha_desktop.domain.province_rollup import DistrictRollup, ProvinceRollup
    from pcha_desktop.exports.province_report_pdf import NARRATIVE_LIMIT

    rows = tuple(DistrictRollup(f"{1000 + index}", f"อำเภอที่{index}", True, 1, 1, index % 2, (1, 0, None),
                                (f"ประเด็นของอำเภอที่{index}", "=HYPERLINK(\"http://x\")"), ("นัดประชุมยาก",),
                                ("ประชุมกลุ่มย่อย",))
                 for index in range(NARRATIVE_LIMIT + 1))
    rollup = ProvinceRollup("00", "ทุกจังหวัด", "2564Q1", 2564, "2020-10-01", "2020-12-31", rows, (2561, 2562, 2563))
    province.write_province_report(rollup, pdf=tmp_path / "r.pdf", xlsx=tmp_path / "r.xlsx")
    text = "".join(page.extract_text() for page in PdfReader(str(tmp_path / "r.pdf")).pages)
    assert "อำเภอที่60" in text and "ไฟล์ Excel" in text and "นัดประชุมยาก" not in text
    book = load_workbook(tmp_path / "r.xlsx")
    assert book["ประเด็น"].max_row == 2 * (NARRATIVE_LIMIT + 1) + 1
    hostile = book["ประเด็น"]["C3"]  # a district's text is never a formula in the province's workbook
    assert hostile.value == '=HYPERLINK("http://x")' and hostile.data_type == "s" and hostile.quotePrefix
    assert book["ปัญหาอุปสรรค"]["C2"].value == "นัดประชุมยาก"
    total = [cell.value for cell in list(book["สรุปจังหวัด"].iter_rows())[-1]]
    assert total[:5] == ["รวม", None, NARRATIVE_LIMIT + 1, (NARRATIVE_LIMIT + 1) // 2, round(100 * 30 / 61, 2)]
    assert total[5:8] == [100, 0, None]  # a year no district recorded: no percentage


def test_the_province_sees_each_districts_year_steps(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The bundle carries the year's fifteen steps as of the period's end; the roll-up gives steps done and
    late per district (issue 14), the same counts the district's own guide gives."""
    from pcha_desktop.services.year_guide import year_guide

    folder = _make_demo(tmp_path, "8302")
    out = tmp_path / "kathu.pcha"
    assert main(["export-bundle", "--period", "2564Q2", "--out", str(out), "--data-dir", str(folder)]) == 0
    assert main(["key", "--export", str(tmp_path / "kathu.pem"), "--data-dir", str(folder)]) == 0
    with zipfile.ZipFile(out) as bundle:
        steps = json.loads(bundle.read("data.json"))["year_guide"]
    with open_data_folder(folder, create=False) as district:
        expected = year_guide(district.database, 2564, date(2021, 3, 31)).done_and_late
    assert (steps["steps_done"], steps["steps_late"]) == expected and len(steps["steps"]) == 15
    prov = tmp_path / "province"
    assert main(["init", "--province", "83", "--data-dir", str(prov)]) == 0
    assert main(["register-key", "--district", "8302", "--public-key", str(tmp_path / "kathu.pem"),
                 "--data-dir", str(prov)]) == 0
    assert main(["import-bundle", str(out), "--data-dir", str(prov)]) == 0
    capsys.readouterr()
    assert main(["province-report", "--period", "2564Q2", "--json", "--data-dir", str(prov)]) == 0
    document = json.loads(capsys.readouterr().out)
    kathu = next(row for row in document["districts"] if row["code"] == "8302")
    assert kathu["year_steps"] == {"done": expected[0], "late": expected[1]}
    pdf = tmp_path / "province.pdf"
    assert main(["province-report", "--period", "2564Q2", "--pdf", str(pdf), "--data-dir", str(prov)]) == 0
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages)
    assert "ขั้นตอนการดำเนินงาน พชอ. ประจำปี" in text


def test_the_email_to_the_province_needs_its_address(tmp_path: Path) -> None:
    from pcha_desktop.services.errors import UserFacingError
    from pcha_desktop.storage.models import DistrictProfile

    folder = _make_demo(tmp_path, "8303")
    with open_data_folder(folder, create=False) as district:
        bundles.export_bundle(district.database, "2564Q1", tmp_path / "b.pcha", "sec", user_folder=tmp_path / "u")
        with district.database.unit_of_work("sec") as session:
            session.scalars(select(DistrictProfile)).one().provincial_office_email = ""
        with pytest.raises(UserFacingError):
            bundles.write_bundle_email(district.database, tmp_path / "b.pcha", "2564Q1", tmp_path / "b.eml")
    assert not (tmp_path / "b.eml").exists()


def test_a_changed_uccare_rule_shows_as_a_change_since_the_bundle_sent(tmp_path: Path) -> None:
    """The year's pass result is computed from the assessments under the rules (a setting): when the rules
    change it, the figures reported change, and the secretary must see it."""
    from pcha_desktop.domain.uccare import DecidingAssessors, DistrictRule
    from pcha_desktop.services import uccare

    folder = open_data_folder(tmp_path / "mueang")
    try:
        database = folder.database
        populate_demo(database, TODAY)
        assert uccare.year_result(database, 2564).passed is True
        bundles.export_bundle(database, "2564Q1", tmp_path / "q1.pcha", "sec")
        bundles.mark_sent(database, "2564Q1", "sec")
        assert bundles.period_status(database, "2564Q1").changes == ()
        uccare.set_uccare_rules(database, DecidingAssessors.SELF_PROVINCIAL_AND_REGIONAL, DistrictRule.ALL_ISSUES, "sec")
        assert uccare.year_result(database, 2564).passed is False  # the regional visitors did not pass one issue
        changes = bundles.period_status(database, "2564Q1").changes
        shown = [(c.kind, c.label, c.change) for c in changes]
        assert ("assessment", "2564: ไม่ผ่าน", "changed") in shown
        assert {kind for kind, _label, _change in shown} == {"assessment"}  # the earlier years lack regional visits
    finally:
        folder.close()
