"""The tambons' notable work as a secretary sees it on the demo: which tambons have notable work and which have
none yet; a new work with a photo shows in the overview at once, a file that is no photo is refused in the
dialog with nothing saved, and changing or deleting a work is undone with its photos."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from pcha_desktop.services import issues as issue_service
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import populate_demo
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.tambons.notable_work_tab import COUNT, TAMBON, TITLES, NotableWorkDialog, NotableWorkTab

TODAY = date(2025, 3, 3)


@pytest.fixture
def state(pcha_qapp, data_dir):
    folder = open_data_folder(data_dir)
    populate_demo(folder.database, today=TODAY)
    app_state = AppState(folder, today=TODAY)
    app_state.select_fiscal_year(2564)
    yield app_state
    folder.close()


@pytest.fixture
def tab(qtbot, state):
    widget = NotableWorkTab(state)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def overview(tab: NotableWorkTab) -> dict[str, tuple[str, str]]:
    model = tab.model
    return {model.index(r, TAMBON).data(): (model.index(r, COUNT).data(), model.index(r, TITLES).data())
            for r in range(model.rowCount())}


def select(tab: NotableWorkTab, tambon_name: str) -> None:
    row = list(overview(tab)).index(tambon_name)
    tab.table.selectRow(row)


def photo(tmp_path: Path) -> Path:
    path = tmp_path / "เยี่ยมบ้าน.png"
    Image.new("RGB", (60, 40), "orange").save(path)
    return path


def test_she_sees_which_tambons_have_notable_work_and_which_have_none(tab, state) -> None:
    expected = issue_service.notable_work_overview(state.database, 2564)
    shown = overview(tab)
    assert len(shown) == len(expected) == 8
    for row in expected:
        count, titles = shown[row.tambon.official_name]
        if row.works:
            assert count.startswith("✓") and all(work.title in titles for work in row.works)
        else:
            assert count == "ยังไม่มี" and titles == ""
    have = sum(1 for row in expected if row.works)
    assert f"มีผลงานเด่น {have} จาก 8 ตำบล" in tab.summary_label.text()


def test_a_new_work_with_a_photo_shows_at_once_and_undo_takes_it_away(tab, state, tmp_path) -> None:
    empty = next(name for name, (count, _) in overview(tab).items() if count == "ยังไม่มี")
    select(tab, empty)
    issue = issue_service.year_kpis(state.database, 2564).issues[1]

    def run(dialog: NotableWorkDialog) -> bool:
        dialog.title_edit.setText("ชุมชนปลอดขยะ")
        dialog.issue_box.setCurrentIndex(dialog.issue_box.findData(issue.id))
        dialog.description_edit.setPlainText("คัดแยกขยะต้นทางทุกครัวเรือน")
        dialog.add_photos([photo(tmp_path)])
        return dialog.save()

    tab.run_dialog = run
    tab.add_work()
    assert overview(tab)[empty] == ("✓ 1", "ชุมชนปลอดขยะ")
    assert issue.title in tab.detail_label.text() and tab.photo_list.count() == 1
    state.undo_stack.undo()
    assert overview(tab)[empty] == ("ยังไม่มี", "")
    state.undo_stack.redo()
    assert overview(tab)[empty] == ("✓ 1", "ชุมชนปลอดขยะ")
    select(tab, empty)
    assert tab.photo_list.count() == 1  # the photo came back with it


def test_a_file_that_is_no_photo_is_refused_in_the_dialog_and_nothing_is_saved(tab, state, tmp_path) -> None:
    select(tab, list(overview(tab))[0])
    before = overview(tab)
    dialog = tab.work_dialog(None)
    fake = tmp_path / "รูป.png"
    fake.write_bytes(b"not an image at all")
    dialog.title_edit.setText("ผลงาน")
    dialog.add_photos([fake])
    assert dialog.save() is False and dialog.error_label.text()
    tab.reload()
    assert overview(tab) == before
    dialog.deleteLater()


def test_changing_and_deleting_a_work_are_undone_with_its_photos(tab, state, tmp_path, monkeypatch) -> None:
    name, (count, title) = next((n, v) for n, v in overview(tab).items() if v[0] != "ยังไม่มี")
    select(tab, name)
    work = tab.current_work()
    issue_service.save_notable_work(state.workspace, 2564, work.id, issue_service.NotableWorkInput(
        tab.current_tambon().tambon.code, work.title, work.description, work.issue_id), "test",
        new_photos=[photo(tmp_path)])
    tab.reload()

    def run(dialog: NotableWorkDialog) -> bool:
        dialog.title_edit.setText("ชื่อใหม่")
        return dialog.save()

    tab.run_dialog = run
    tab.edit_work()
    assert overview(tab)[name][1] == "ชื่อใหม่"
    state.undo_stack.undo()
    assert overview(tab)[name][1] == title
    monkeypatch.setattr(tab, "confirm_delete", lambda work: True)
    select(tab, name)
    tab.delete_work()
    assert overview(tab)[name][0] == "ยังไม่มี"
    state.undo_stack.undo()
    assert overview(tab)[name] == (count, title)
    select(tab, name)
    assert tab.photo_list.count() == 1
