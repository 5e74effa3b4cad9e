"""District visits (the dialog, a future date refused, photos) and the home-screen alerts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from pcha_desktop.domain.thai_calendar import ce_to_be
from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.ui.tambons.tambon_alerts import TambonAlerts
from pcha_desktop.ui.tambons.tambon_screen import TambonScreen
from pcha_desktop.ui.tambons.visit_dialog import VisitDialog

SHOTS = Path("/tmp/ui_shots")
KO_KAEO, RATSADA, CHALONG = "830103", "830104", "830106"


def _png(path: Path) -> Path:
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(path), "PNG")
    return path


def _numeric(day) -> str:
    return f"{day.day}/{day.month}/{ce_to_be(day.year)}"


def _visible_dialog() -> VisitDialog | None:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, VisitDialog) and w.isVisible()]
    return dialogs[0] if dialogs else None


def _save_button(dialog: VisitDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_recording_a_visit_through_the_dialog(qtbot, demo_state, type_text, tmp_path, monkeypatch):
    screen = TambonScreen(demo_state)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    alerts = TambonAlerts(demo_state)
    qtbot.addWidget(alerts)
    assert KO_KAEO in [t.code for t in alerts.not_visited]
    photo = _png(tmp_path / "ประชุม.png")
    not_a_photo = tmp_path / "notes.txt"
    not_a_photo.write_text("not an image", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(photo), str(not_a_photo)], "")))
    today = demo_state.today()
    seen: dict = {}

    def fill_in() -> None:
        dialog = _visible_dialog()
        if dialog is None:
            QTimer.singleShot(20, fill_in)
            return
        try:
            dialog.date_edit.clear()
            type_text(dialog.date_edit, "31/2/2568")
            seen["bad date"] = dialog.message_label.text()
            seen["save enabled for a bad date"] = _save_button(dialog).isEnabled()
            dialog.date_edit.clear()
            type_text(dialog.date_edit, _numeric(today + timedelta(days=30)))
            seen["save enabled without tambon"] = _save_button(dialog).isEnabled()
            dialog.tambon_combo.setCurrentIndex(dialog.tambon_combo.findData(KO_KAEO))
            type_text(dialog.team_edit, "สาธารณสุขอำเภอ ปลัดอำเภอ")
            type_text(dialog.findings_edit, "มีคณะกรรมการแล้ว ยังไม่มีแผนพัฒนาคุณภาพชีวิต")
            type_text(dialog.follow_ups_edit, "จัดทำแผนให้เสร็จภายในไตรมาสหน้า")
            QTest.mouseClick(dialog.add_photos_button, Qt.MouseButton.LeftButton)
            seen["photo message"] = dialog.message_label.text()
            seen["thumbnails"] = dialog.photo_list.count()
            seen["thumbnail icon"] = not dialog.photo_list.item(0).icon().isNull()
            QTest.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)  # future date: refused
            seen["future"] = dialog.message_label.text()
            seen["still open"] = dialog.isVisible()
            dialog.date_edit.clear()
            type_text(dialog.date_edit, _numeric(today))
            dialog.grab().save(str(SHOTS / "visit_dialog.png"))
            QTest.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    visit_id = screen.visits_tab.add_visit()

    assert seen["bad date"] and not seen["save enabled for a bad date"], "the date is checked as it is typed"
    assert not seen["save enabled without tambon"]
    assert "notes.txt" in seen["photo message"], "the text file is refused, by name"
    assert seen["thumbnails"] == 1 and seen["thumbnail icon"]
    assert seen["future"] == "วันที่ลงพื้นที่ต้องไม่อยู่ในอนาคต" and seen["still open"]
    assert visit_id is not None
    visit = next(v for v in tambon_service.visits(demo_state.database, demo_state.fiscal_year) if v.id == visit_id)
    assert (visit.tambon.code, visit.visit_date) == (KO_KAEO, today)
    assert visit.findings == "มีคณะกรรมการแล้ว ยังไม่มีแผนพัฒนาคุณภาพชีวิต"
    assert visit.follow_ups == "จัดทำแผนให้เสร็จภายในไตรมาสหน้า"
    assert [p.attachment.original_name for p in visit.photos] == ["ประชุม.png"]
    assert screen.visits_tab.model.rowCount() == 3
    assert KO_KAEO not in [t.code for t in alerts.not_visited], "the home alert follows"
    assert screen.committees_tab.proxy_index(KO_KAEO, 6).data() != ""

    screen.visits_tab.filter_edit.setText("ไตรมาสหน้า")
    assert screen.visits_tab.proxy.rowCount() == 1
    screen.visits_tab.filter_edit.clear()
    screen.tabs.setCurrentIndex(1)
    screen.grab().save(str(SHOTS / "tambon_visits_tab.png"))


def test_photos_added_to_an_existing_visit_and_shown_as_thumbnails(qtbot, demo_state, tmp_path):
    visit = next(v for v in tambon_service.visits(demo_state.database, demo_state.fiscal_year) if v.tambon.code == RATSADA)
    dialog = VisitDialog(demo_state, visit)
    qtbot.addWidget(dialog)
    assert dialog.photo_list.count() == 0
    fake = tmp_path / "scan.png"
    fake.write_bytes(b"%PDF-1.4 not a png at all")
    assert dialog.add_photos([fake]) == []
    assert "scan.png" in dialog.message_label.text() and dialog.message_label.isVisibleTo(dialog)
    assert dialog.add_photos([_png(tmp_path / "a.png"), _png(tmp_path / "b.png")]) == [tmp_path / "a.png", tmp_path / "b.png"]
    assert dialog.save()
    stored = next(v for v in tambon_service.visits(demo_state.database, demo_state.fiscal_year) if v.id == visit.id)
    assert len(stored.photos) == 2

    again = VisitDialog(demo_state, stored)
    qtbot.addWidget(again)
    assert again.photo_list.count() == 2
    assert all(not again.photo_list.item(i).icon().isNull() for i in range(2)), "thumbnails from the stored files"
    assert again.findings_edit.toPlainText() == visit.findings


def test_editing_a_visit_to_a_future_date_is_refused_and_nothing_changes(qtbot, demo_state, type_text):
    visit = next(v for v in tambon_service.visits(demo_state.database, demo_state.fiscal_year) if v.tambon.code == CHALONG)
    dialog = VisitDialog(demo_state, visit)
    qtbot.addWidget(dialog)
    dialog.date_edit.clear()
    type_text(dialog.date_edit, _numeric(demo_state.today() + timedelta(days=1)))
    dialog.findings_edit.setPlainText("เปลี่ยนแล้ว")
    assert not dialog.save()
    assert dialog.message_label.text() == "วันที่ลงพื้นที่ต้องไม่อยู่ในอนาคต"
    stored = next(v for v in tambon_service.visits(demo_state.database) if v.id == visit.id)
    assert stored == visit


def test_the_alerts_list_the_right_tambons_and_say_when_all_is_well(qtbot, demo_state):
    alerts = TambonAlerts(demo_state)
    qtbot.addWidget(alerts)
    alerts.setFixedWidth(320)
    alerts.show()
    assert alerts.without_committee_block.names == ["ตำบลเกาะแก้ว"]
    expected = {"ตำบลตลาดใหญ่", "ตำบลตลาดเหนือ", "ตำบลเกาะแก้ว", "ตำบลวิชิต", "ตำบลราไวย์", "ตำบลกะรน"}
    assert set(alerts.not_visited_block.names) == expected
    assert "6" in alerts.not_visited_block.intro_label.text()
    assert not alerts.all_well_label.isVisibleTo(alerts)
    alerts.resize(320, alerts.heightForWidth(320) if alerts.hasHeightForWidth() else alerts.sizeHint().height())
    QApplication.processEvents()
    alerts.grab().save(str(SHOTS / "tambon_alerts.png"))

    # give every tambon a committee and a visit: it says all is well
    tambon_service.ensure_tambon_committee(demo_state.database, KO_KAEO, demo_state.user_name)
    for tambon in tambon_service.tambons_not_visited(demo_state.database, demo_state.fiscal_year):
        tambon_service.record_visit(
            demo_state.database, tambon_service.VisitInput(demo_state.today(), tambon.code), demo_state.user_name)
    demo_state.notify("tambons", "visits")
    assert alerts.without_committee == [] and alerts.not_visited == []
    assert not alerts.without_committee_block.isVisibleTo(alerts) and not alerts.not_visited_block.isVisibleTo(alerts)
    assert alerts.all_well_label.text() == QCoreApplication.translate(
        "TambonAlerts", "Every tambon has its committee and has been visited in fiscal year %1."
    ).replace("%1", str(demo_state.fiscal_year))
    alerts.resize(320, alerts.heightForWidth(320) if alerts.hasHeightForWidth() else alerts.sizeHint().height())
    QApplication.processEvents()
    alerts.grab().save(str(SHOTS / "tambon_alerts_all_well.png"))
