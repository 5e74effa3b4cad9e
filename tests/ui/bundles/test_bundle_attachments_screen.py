"""The bundle screen's attachments: the period's signed scans offered ticked, files added and removed, each with
its size; above the e-mail limit (a setting) the size turns into a warning and exporting offers to shrink the
images; the bundle then carries smaller copies, the user's files unchanged, and it still verifies."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from pcha_desktop.cli.main import main
from pcha_desktop.services import appointment_orders, bundles, meetings, signing_keys
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.storage.models import AppointmentOrder, Meeting
from pcha_desktop.ui.app_state import AppState

TODAY = date(2025, 3, 3)


@pytest.fixture
def district(pcha_qapp, tmp_path, make_scan):
    """The demo district with order 245/2563's signed scan (PNG) and meeting 1/2564's signed minutes (PDF)."""
    folder = open_data_folder(tmp_path / "district")
    populate_demo(folder.database, today=TODAY)
    with folder.database.reader() as session:
        order = session.scalars(select(AppointmentOrder).order_by(AppointmentOrder.id)).first().id
        meeting = session.scalars(select(Meeting).order_by(Meeting.id)).first().id
    appointment_orders.attach_signed_copy(folder.workspace, order, make_scan(tmp_path / "order.png"), "sec")
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(b"%PDF-1.4\n" + b"7" * 400_000)
    meetings.attach_signed_minutes(folder.workspace, meeting, minutes, "sec")
    state = AppState(folder, today=TODAY)
    yield state
    folder.close()


def _screen(qtbot, state, monkeypatch, out: Path):  # type: ignore[no-untyped-def]
    from pcha_desktop.ui.bundles import bundle_screen

    screen = bundle_screen.BundleScreen(state)
    qtbot.addWidget(screen)
    monkeypatch.setattr(screen, "period", lambda: "2564Q1")  # the demo's year; the screen offers the current one
    monkeypatch.setattr(bundle_screen, "choose_export_path", lambda *args, **kwargs: out)
    screen.reload_status()
    return screen


def _rows(screen) -> list[tuple[bool, str, str, str]]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    table = screen.attachments.table
    return [(table.item(row, 0).checkState() == Qt.CheckState.Checked, table.item(row, 0).text(),
             table.item(row, 1).text(), table.item(row, 2).text()) for row in range(table.rowCount())]


def _members(bundle: Path) -> dict[str, int]:
    with zipfile.ZipFile(bundle) as archive:
        return {info.filename: info.file_size for info in archive.infolist()}


def test_held_scans_are_ticked_files_are_added_and_removed_and_the_bundle_carries_the_ticked(
        qtbot, district, tmp_path, monkeypatch, make_scan, finish_operations) -> None:
    from PySide6.QtCore import Qt

    from pcha_desktop.ui.bundles import attachments_panel

    out = tmp_path / "q1.pcha"
    screen = _screen(qtbot, district, monkeypatch, out)
    rows = _rows(screen)
    assert [(ticked, kind) for ticked, _name, kind, _size in rows] == [(True, "คำสั่ง"), (True, "รายงานการประชุม")]
    assert rows[0][1].startswith("คำสั่งที่ 245/2563") and rows[1][1].startswith("รายงานการประชุมครั้งที่ 1/2564")
    assert rows[0][3].endswith("MB") and rows[1][3] == "391 KB"
    photo, note = make_scan(tmp_path / "visit.png", size=(800, 600)), tmp_path / "note.pdf"
    note.write_bytes(b"%PDF-1.4\n" + b"n" * 2000)
    monkeypatch.setattr(attachments_panel, "ask_open_files", lambda parent: [photo, note])
    screen.attachments.add_button.click()
    screen.attachments.add_button.click()  # the same files twice: listed once
    assert [row[1:3] for row in _rows(screen)[2:]] == [("visit.png", "ไฟล์ที่เพิ่มเอง"), ("note.pdf", "ไฟล์ที่เพิ่มเอง")]
    before = screen.attachments.expected_bytes()
    screen.attachments.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert screen.attachments.expected_bytes() < before - 390_000  # the minutes unticked
    screen.attachments.table.selectRow(3)
    screen.attachments.remove_button.click()
    assert [row[1] for row in _rows(screen)][2:] == ["visit.png"]
    with_report = screen.attachments.expected_bytes()
    screen.attachments.report_check.setChecked(False)  # the report PDF and workbook left out
    expected = screen.attachments.expected_bytes()
    assert with_report - expected == attachments_panel.REPORT_ESTIMATE
    screen.export_bundle()
    finish_operations()
    members = _members(out)
    assert sorted(name for name in members if name.startswith("attachments/")) == [
        "attachments/01-signed-order-245-2563.png", "attachments/02-visit.png"]
    assert members["attachments/02-visit.png"] == photo.stat().st_size
    assert abs(out.stat().st_size - expected) < 600  # the size shown before is the size it has
    screen.reload_status()  # a change notice: the choices stay
    assert [row[0] for row in _rows(screen)] == [True, False, True]


def test_above_the_email_limit_the_screen_warns_and_shrinks_the_images_on_export(
        qtbot, district, tmp_path, monkeypatch, finish_operations) -> None:
    from pcha_desktop.ui.bundles import bundle_screen
    from pcha_desktop.ui.bundles.settings_page import BundleSettingsPage

    out = tmp_path / "q1.pcha"
    screen = _screen(qtbot, district, monkeypatch, out)
    label = screen.attachments.size_label
    assert "20 MB" in label.text() and "ใหญ่เกิน" not in label.text()
    page = BundleSettingsPage(district)
    qtbot.addWidget(page)
    assert page.limit_spin.value() == 20 and page.address_label.text() == "phuket.dhs@example.go.th"
    page.limit_spin.setValue(1)
    assert page.save()
    assert bundles.email_limit_bytes(district.database) == 1024 * 1024
    assert "ใหญ่เกินขนาดที่อีเมลรับได้ (1 MB)" in label.text()  # the screen follows the setting at once
    original = (tmp_path / "order.png").read_bytes()
    offers = []

    def cancel(parent, text):  # type: ignore[no-untyped-def]
        offers.append(text)
        return bundle_screen.CANCEL

    monkeypatch.setattr(bundle_screen, "ask_shrink_first", cancel)
    screen.export_bundle()
    assert not out.exists() and "ย่อขนาดรูปสแกนก่อนหรือไม่" in offers[0]
    monkeypatch.setattr(bundle_screen, "ask_shrink_first", lambda parent, text: bundle_screen.SHRINK)
    screen.export_bundle()
    finish_operations()
    finish_operations()  # the shrinking, then the export it leads to
    qtbot.waitUntil(out.exists, timeout=15000)
    members = _members(out)
    shrunk = members["attachments/01-signed-order-245-2563.jpg"]
    assert shrunk < len(original) / 4
    assert members["attachments/02-signed-minutes-1-2564.pdf"] == 400_009  # PDFs as they are
    assert members["report.pdf"] > 10_000 and members["workbook.xlsx"] > 5_000  # the period's report, made now
    size_cell = _rows(screen)[0][3]
    assert "→" in size_cell and size_cell.endswith("KB")
    assert "ใหญ่เกิน" not in label.text()
    assert (tmp_path / "order.png").read_bytes() == original
    signing_keys.export_public_key("8301", tmp_path / "key.pem")
    assert main(["verify", str(out), "--public-key", str(tmp_path / "key.pem")]) == 0
    screen.attachments.originals_button.click()  # back to the originals: over the limit again
    assert "ใหญ่เกิน" in label.text() and screen.attachments.shrink_button.isEnabled()
