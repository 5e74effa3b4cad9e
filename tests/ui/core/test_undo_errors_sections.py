"""One undo style (a refusal rewinds the stack), the error hooks and their log, sections that plug in,
Ctrl+Y for redo."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from pcha_desktop.services import district_profile
from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.ui import sections
from pcha_desktop.ui.core import errors
from pcha_desktop.ui.main_window import MainWindow
from pcha_desktop.ui.tambons.committees_tab import MEETINGS
from pcha_desktop.ui.tambons.tambon_screen import TambonScreen

RATSADA = "830104"


def _meetings(state) -> int:
    overview = tambon_service.tambon_overview(state.database, state.fiscal_year or 2568, state.today())
    return next(status for status in overview if status.tambon.code == RATSADA).meetings_held


def test_a_refused_undo_of_a_tambon_cell_keeps_the_stack_and_says_why(qtbot, state, monkeypatch):
    state.select_fiscal_year(2568)
    screen = TambonScreen(state)
    qtbot.addWidget(screen)
    screen.show()
    tab = screen.committees_tab
    before = _meetings(state)
    assert tab.model.setData(tab.proxy.mapToSource(tab.proxy_index(RATSADA, MEETINGS)), str(before + 3))
    assert _meetings(state) == before + 3 and state.undo_stack.index() == 1

    # Meanwhile the data moved on so that the service refuses to write the old value back.
    refusal = UserFacingError("ข้อมูลของตำบลนี้เปลี่ยนไปแล้ว จึงเลิกทำไม่ได้", "This tambon's data changed since: cannot undo")
    monkeypatch.setattr(tambon_service, "set_tambon_year", lambda *args, **kwargs: (_ for _ in ()).throw(refusal))
    state.undo_stack.undo()
    qtbot.waitUntil(lambda: state.undo_stack.index() == 1, timeout=2000)
    qtbot.wait(50)
    assert state.undo_stack.index() == 1 and state.undo_stack.canUndo(), "the stack does not claim it undid"
    assert tab.message_label.isVisibleTo(tab) and tab.message_label.text() == refusal.message_th
    assert _meetings(state) == before + 3, "nothing changed"

    monkeypatch.undo()  # the refusal is gone: the same undo now works, and says so
    state.undo_stack.undo()
    assert state.undo_stack.index() == 0 and _meetings(state) == before
    assert tab.status_label.text().startswith("เลิกทำแล้ว:")


def test_a_profile_edit_is_saved_at_once_and_undone_through_the_same_base(qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    home = window.sections["home"]
    editor = home.editor("secretary_name")
    old = editor.text()
    editor.setText("นายใหม่ ทดสอบ")
    editor.editingFinished.emit()
    assert district_profile.load_profile(state.database).secretary_name == "นายใหม่ ทดสอบ"
    window.actions_by_name["undo"].trigger()
    assert district_profile.load_profile(state.database).secretary_name == old == editor.text()
    window.actions_by_name["redo"].trigger()
    assert editor.text() == "นายใหม่ ทดสอบ"


def test_ctrl_y_redoes_everywhere(qtbot, state):
    window = MainWindow(state)
    qtbot.addWidget(window)
    shortcuts = window.actions_by_name["redo"].shortcuts()
    assert QKeySequence("Ctrl+Y") in shortcuts
    for sequence in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert sequence in shortcuts, "the platform's own redo keys stay"


def test_an_unexpected_error_is_logged_and_the_user_told_where(qtbot, pcha_qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = errors.install_error_handling(tmp_path / "data")
    try:
        log_file = tmp_path / "data" / "logs" / "pcha.log"
        assert reporter.log_file == log_file
        try:
            {}["missing"]
        except KeyError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(lambda: reporter.message_box is not None and reporter.message_box.isVisible(), timeout=2000)
        text = reporter.message_box.text()
        assert str(log_file) in text and "ข้อผิดพลาด" in text, "a short message in Thai with where the log is"
        reporter.message_box.close()
        logged = log_file.read_text(encoding="utf-8")
        assert "Traceback" in logged and "KeyError: 'missing'" in logged

        def crash() -> None:
            raise RuntimeError("in a worker")

        worker = threading.Thread(target=crash, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: reporter.message_box.isVisible(), timeout=2000)
        assert "RuntimeError: in a worker" in log_file.read_text(encoding="utf-8")
        reporter.message_box.close()
    finally:
        errors.uninstall_error_handling()
    assert not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in logging.getLogger("pcha").handlers)


def test_the_log_rotates(qtbot, pcha_qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(errors, "MAX_LOG_BYTES", 2000)
    reporter = errors.install_error_handling(tmp_path)
    try:
        for number in range(40):
            try:
                raise ValueError(f"bug {number}")
            except ValueError:
                reporter.logger.error("Unexpected error", exc_info=sys.exc_info())
        logs = sorted(path.name for path in (tmp_path / "logs").iterdir())
        assert logs[0] == "pcha.log" and "pcha.log.1" in logs and len(logs) <= 1 + errors.LOG_BACKUPS
    finally:
        errors.uninstall_error_handling()


class _Notes(QLabel):
    def __init__(self, state) -> None:
        super().__init__(f"บันทึก {state.user_name}")
        self.setObjectName("notesCard")


NOTES = sections.Section(
    key="notes",
    title=lambda: "บันทึกประชุม",
    factory=lambda window: QLabel("หน้าจอบันทึกประชุม"),
    home_cards=(sections.HomeCard("notes_card", lambda: "บันทึก", __name__, "_Notes"),),
    settings_page=lambda state, parent: QLabel("ตั้งค่าบันทึกประชุม", parent),
)


def test_a_new_section_is_one_package_and_one_line(qtbot, state, monkeypatch):
    import types

    package = types.ModuleType("pcha_desktop.ui.notes")
    package.__path__ = []
    module = types.ModuleType("pcha_desktop.ui.notes.section")
    module.SECTION = NOTES
    monkeypatch.setitem(sys.modules, "pcha_desktop.ui.notes", package)
    monkeypatch.setitem(sys.modules, "pcha_desktop.ui.notes.section", module)
    monkeypatch.setattr(sections, "SECTION_PACKAGES", [*sections.SECTION_PACKAGES, "pcha_desktop.ui.notes"])

    window = MainWindow(state)
    qtbot.addWidget(window)
    window.show()
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles[-1] == "บันทึกประชุม" and titles[0] == "หน้าหลัก"
    assert window.show_section("notes").text() == "หน้าจอบันทึกประชุม"
    home = window.show_section("home")
    assert home.cards["notes_card"].objectName() == "notesCard", "the home screen shows the section's card"
    window.findChild(QAction, "settings_notes").trigger()
    page = window.findChild(QWidget, "settingsDialog_notes")
    assert page is not None and page.findChild(QLabel).text() == "ตั้งค่าบันทึกประชุม"
    page.close()


def test_the_home_screen_imports_no_section():
    import ast
    from pathlib import Path

    import pcha_desktop.ui.home_screen as home_module

    tree = ast.parse(Path(home_module.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    section_packages = {package for package in sections.SECTION_PACKAGES if not package.endswith(".home")}
    assert not {name for name in imported for package in section_packages if name.startswith(package)}


def test_reading_the_section_list_imports_no_screen():
    """Start-up reads the list (for the sidebar and the home cards) but builds only home: no other screen's
    module and no database layer is imported by it."""
    import subprocess

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['x', '-platform', 'offscreen'])\n"
        "from pcha_desktop.ui.main_window import MainWindow\n"
        "from pcha_desktop.ui.sections import home_cards\n"
        "cards = home_cards(MainWindow().section_list())  # as start-up does, before the data layers\n"
        "heavy = [m for m in sys.modules if m.startswith(('sqlalchemy', 'cryptography', 'pcha_desktop.ui.committees.',\n"
        "         'pcha_desktop.ui.tambons.', 'pcha_desktop.ui.issues.', 'pcha_desktop.ui.uccare.', 'pcha_desktop.ui.meetings.',\n"
        "         'pcha_desktop.ui.history_screen', 'pcha_desktop.ui.backups_screen'))\n"
        "         and not m.endswith('.section')]\n"
        "print(len(cards), heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "5 []"  # the year guide's, the tambons', the issues', the meetings' and UCCARE's cards
