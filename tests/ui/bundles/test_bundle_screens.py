"""The report bundle on screen: the district exports (size shown, fingerprint shown, sent marks); the province
imports dropped files (each refused one with its reason), registers keys after confirming the fingerprint,
and sees seed 000's table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from pcha_desktop.services import bundles, province, signing_keys
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.domain.thai_calendar import to_arabic_digits as to_arabic
from pcha_desktop.ui.app_state import AppState

TODAY = date(2025, 3, 3)


@pytest.fixture
def kathu(pcha_qapp, tmp_path):
    folder = open_data_folder(tmp_path / "kathu")
    populate_demo(folder.database, today=TODAY, district_code="8302")
    state = AppState(folder, today=TODAY)
    yield state
    folder.close()


def _operations_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    from pcha_desktop.ui.core import operations

    qtbot.waitUntil(lambda: not operations._running, timeout=15000)


def test_the_district_exports_its_bundle_and_marks_it_sent(qtbot, kathu, tmp_path, monkeypatch) -> None:
    from pcha_desktop.ui.bundles import bundle_screen

    screen = bundle_screen.BundleScreen(kathu)
    qtbot.addWidget(screen)
    expected = signing_keys.fingerprint(signing_keys.public_raw(signing_keys.signing_key("8302")))
    assert screen.fingerprint_label.text() in (expected, signing_keys.fingerprint(
        signing_keys.public_raw(signing_keys.signing_key("8302")), thai_digits=True))
    monkeypatch.setattr(screen, "period", lambda: "2564Q1")  # the demo's year; the screen offers the current one
    out = tmp_path / "kathu.pcha"
    monkeypatch.setattr(bundle_screen, "choose_export_path", lambda *args, **kwargs: out)
    monkeypatch.setattr(bundle_screen.bundle_service, "email_limit_bytes", lambda database: 1000)
    screen.export_bundle()
    _operations_done(qtbot)
    assert out.is_file()
    message = screen.message_label.text()
    assert "KB" in message and str(out) in message
    assert "อีเมล" in message  # over the (tiny) e-mail limit: the warning shows
    screen.reload_status()
    assert not bundles.period_status(kathu.database, "2564Q1").reported
    opened = []
    monkeypatch.setattr(bundle_screen, "open_file_or_folder", opened.append)
    assert screen.email_button.isEnabled()
    screen.send_to_province()
    _operations_done(qtbot)
    import email
    from email import policy

    draft = email.message_from_bytes(out.with_suffix(".eml").read_bytes(), policy=policy.default)
    assert opened == [out.with_suffix(".eml")] and draft["X-Unsent"] == "1"
    assert "กะทู้" in draft["Subject"] and draft["To"]
    attached = next(part for part in draft.iter_attachments())
    assert attached.get_filename() == out.name and attached.get_content() == out.read_bytes()
    assert not bundles.period_status(kathu.database, "2564Q1").reported  # written is not sent
    screen.mark_sent()
    _operations_done(qtbot)
    assert bundles.period_status(kathu.database, "2564Q1").sent_sequence == 1


def test_the_province_imports_dropped_files_and_refuses_a_changed_one(qtbot, kathu, tmp_path, monkeypatch) -> None:
    from pcha_desktop.ui.province.province_screen import ProvinceScreen

    bundles.export_bundle(kathu.database, "2564Q1", tmp_path / "good.pcha", "sec")
    signing_keys.export_public_key("8302", tmp_path / "kathu.pem")
    raw = bytearray((tmp_path / "good.pcha").read_bytes())
    raw[200] ^= 0x10
    (tmp_path / "bad.pcha").write_bytes(bytes(raw))
    folder = open_data_folder(tmp_path / "province")
    try:
        province.init_province(folder.database, "83", "officer")
        state = AppState(folder, today=TODAY)
        screen = ProvinceScreen(state)
        qtbot.addWidget(screen)
        assert screen.keys_table.rowCount() == 3  # Phuket's three districts, none with a key yet
        asked = []

        def answer(parent, title, text):  # type: ignore[no-untyped-def]
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        assert screen.confirm_and_register("8302", tmp_path / "kathu.pem", ask=answer)
        shown = signing_keys.fingerprint(signing_keys.read_public_key_file(tmp_path / "kathu.pem"))
        from pcha_desktop.domain.thai_calendar import to_thai_digits

        assert shown in asked[0] or to_thai_digits(shown) in asked[0]  # read back before it is saved
        assert "8302" in screen.keys_table.item(1, 0).text() and shown[:4] in to_arabic(screen.keys_table.item(1, 2).text())
        screen.import_files([tmp_path / "good.pcha", tmp_path / "bad.pcha"])
        _operations_done(qtbot)
        lines = [screen.outcomes_list.item(index).text() for index in range(screen.outcomes_list.count())]
        assert lines[0].startswith("good.pcha") and "8302" in lines[0]
        assert lines[1].startswith("bad.pcha") and ("ไม่รับ" in lines[1] or "REFUSED" in lines[1])
        screen.reload()
        assert screen.rollup_table.rowCount() == 2  # Kathu and the total
        assert screen.rollup_table.item(0, 0).text() == "กะทู้"
        assert "เมืองภูเก็ต" in screen.not_sent_label.text()
    finally:
        folder.close()


def test_a_double_clicked_bundle_is_imported_in_province_mode(qtbot, kathu, tmp_path) -> None:
    """`pcha-desktop "<file>.pcha"` on the province's folder: the window shows its province section and
    imports the file there (the installer's file association; ui/bundle_file.py)."""
    from pcha_desktop.ui.bundle_file import open_bundle_file
    from pcha_desktop.ui.main_window import MainWindow

    bundles.export_bundle(kathu.database, "2564Q1", tmp_path / "กะทู้ ไตรมาส 1.pcha", "sec")
    signing_keys.export_public_key("8302", tmp_path / "kathu.pem")
    folder = open_data_folder(tmp_path / "province")
    try:
        province.init_province(folder.database, "83", "officer")
        province.register_key(folder.database, "8302", tmp_path / "kathu.pem", "officer")
        state = AppState(folder, today=TODAY)
        window = MainWindow(state)
        qtbot.addWidget(window)
        window.show()
        assert open_bundle_file(window, tmp_path / "กะทู้ ไตรมาส 1.pcha") is None
        _operations_done(qtbot)
        assert window.current_section_key() == "province"
        screen = window.section("province")
        assert screen.outcomes_list.count() == 1 and "8302" in screen.outcomes_list.item(0).text()
        assert [row.code for row in province.province_rollup(folder.database, "2564Q1").sent] == ["8302"]
    finally:
        folder.close()
