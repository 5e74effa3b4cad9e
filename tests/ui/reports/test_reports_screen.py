"""The reports screen on the demo district: the period labelled from its dates, its texts kept per period, the
documents made in the background, written to the exports folder and opened."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from pcha_desktop.domain.report_periods import ReportPeriod
from pcha_desktop.services import reports
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState

TODAY = date(2021, 1, 15)  # FY2564, quarter 2: quarter 1 has just closed


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=date(2025, 3, 3))  # the demo's FY2564 is complete
    app_state = AppState(folder, today=TODAY)
    app_state.user_name = "สมศรี ใจดี"
    yield app_state
    folder.close()


@pytest.fixture
def opened(monkeypatch):
    from pcha_desktop.ui.core import export_files

    urls: list = []
    monkeypatch.setattr(export_files, "open_url", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def screen(qtbot, state, opened):
    from pcha_desktop.ui.reports.reports_screen import ReportsScreen

    widget = ReportsScreen(state)
    qtbot.addWidget(widget)
    widget.resize(1030, 660)
    widget.show()
    return widget


def _choose(screen, period: ReportPeriod) -> None:
    screen.period_box.setCurrentIndex(screen.period_box.findData(period.code))


def test_the_last_closed_quarter_is_chosen_and_every_period_is_labelled_by_its_dates(screen) -> None:
    assert screen.period() == ReportPeriod.quarter(2564, 1)
    labels = [screen.period_box.itemText(i) for i in range(screen.period_box.count())]
    assert labels[0] == "ไตรมาส 1 ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 ธ.ค. 2563)"
    assert "รอบ 6 เดือน ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 มี.ค. 2564)" in labels
    assert labels[-1] == "ปีงบประมาณ 2564 (1 ต.ค. 2563 – 30 ก.ย. 2564)"


def test_texts_are_kept_per_period(qtbot, screen, state) -> None:
    q2 = ReportPeriod.quarter(2564, 2)
    _choose(screen, q2)
    assert screen.edits["situation"].toPlainText() == ""
    screen.edits["situation"].setPlainText("ไตรมาส 2: เริ่มฉีดวัคซีนเชิงรุก")
    screen.edits["support_requested"].setPlainText("ขอรถพยาบาล")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert reports.report_texts(state.database, q2).support_requested == "ขอรถพยาบาล"
    assert "บันทึกข้อความ" in screen.message_label.text()
    _choose(screen, ReportPeriod.quarter(2564, 1))
    assert screen.edits["situation"].toPlainText().startswith("ในปีงบประมาณ 2564")
    _choose(screen, q2)
    assert screen.edits["situation"].toPlainText() == "ไตรมาส 2: เริ่มฉีดวัคซีนเชิงรุก"
    screen.edits["obstacles"].setPlainText("พิมพ์แล้วเปลี่ยนช่วงโดยไม่กดบันทึก")
    _choose(screen, ReportPeriod.round(2564, 6))  # what was typed is kept with the period it was typed for
    assert reports.report_texts(state.database, q2).obstacles == "พิมพ์แล้วเปลี่ยนช่วงโดยไม่กดบันทึก"
    assert screen.edits["obstacles"].toPlainText() == ""


def test_a_refused_text_is_said_and_nothing_is_saved(qtbot, screen, state) -> None:
    before = reports.report_texts(state.database, ReportPeriod.quarter(2564, 1))
    screen.edits["obstacles"].setPlainText("มี\u202eอักขระ")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "ปัญหาอุปสรรค" in screen.message_label.text()
    assert reports.report_texts(state.database, ReportPeriod.quarter(2564, 1)) == before
    assert screen.make("pdf") is None  # nothing is made from texts that could not be saved


def test_the_report_pdf_and_workbook_are_made_and_opened(qtbot, screen, state, opened, finish_operations) -> None:
    screen.edits["suggestions"].setPlainText("ข้อเสนอจากหน้าจอรายงาน")
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    finish_operations()
    qtbot.mouseClick(screen.xlsx_button, Qt.MouseButton.LeftButton)
    finish_operations()
    pdf, xlsx = screen.last_files
    assert pdf.parent == state.data_folder.data_dir / "exports" and pdf.name.startswith("รายงาน พชอ. เมืองภูเก็ต ไตรมาส 1")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "ไตรมาส 1 ปีงบประมาณ 2564 (1 ต.ค. 2563 – 31 ธ.ค. 2563)" in text
    assert "ข้อเสนอจากหน้าจอรายงาน" in text  # typed, saved with the period, printed
    assert "ตัวชี้วัด" in load_workbook(xlsx).sheetnames
    assert [url.toLocalFile() for url in opened] == [str(pdf), str(xlsx)]


def test_the_brief_and_a_project_summary(qtbot, screen, state, opened, finish_operations) -> None:
    qtbot.mouseClick(screen.brief_button, Qt.MouseButton.LeftButton)
    finish_operations()
    screen.activity_box.setCurrentIndex(2)
    name = screen.activity_box.currentText()
    qtbot.mouseClick(screen.project_button, Qt.MouseButton.LeftButton)
    finish_operations()
    brief, project = screen.last_files
    assert len(PdfReader(brief).pages) <= 2
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(project).pages)
    assert "".join(f"รายงานสรุปผลตามโครงการ{name}".split()) in text
    assert len(opened) == 2


def test_english_labels(qtbot, state, opened) -> None:
    from pcha_desktop.ui.i18n import install_language
    from pcha_desktop.ui.reports.reports_screen import ReportsScreen

    install_language("en")
    state.language = "en"
    try:
        widget = ReportsScreen(state)
        qtbot.addWidget(widget)
        assert widget.period_box.itemText(0) == "Q1 FY2564 (1 Oct 2563 BE – 31 Dec 2563 BE)"
        assert widget.pdf_button.text() == "Report PDF"
    finally:
        install_language("th")


def test_saving_the_texts_can_be_undone_and_redone(qtbot, screen, state) -> None:
    q1 = ReportPeriod.quarter(2564, 1)
    before = reports.report_texts(state.database, q1)
    screen.edits["suggestions"].setPlainText("ข้อเสนอใหม่")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert reports.report_texts(state.database, q1).suggestions == "ข้อเสนอใหม่"
    state.undo_stack.undo()
    assert reports.report_texts(state.database, q1) == before
    assert screen.edits["suggestions"].toPlainText() == before.suggestions
    state.undo_stack.redo()
    assert reports.report_texts(state.database, q1).suggestions == "ข้อเสนอใหม่"
    assert screen.edits["suggestions"].toPlainText() == "ข้อเสนอใหม่"
