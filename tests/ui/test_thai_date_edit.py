"""Typing Buddhist-Era dates the ways secretaries do."""

from __future__ import annotations

from datetime import date

import pytest

from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit


@pytest.mark.parametrize("typed", ["1/10/2563", "01-10-2563", "1 ต.ค. 63", "1 ตุลาคม 2563", "๑/๑๐/๒๕๖๓"])
def test_typed_dates_are_read_in_the_buddhist_era(qtbot, pcha_qapp, type_text, typed):
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    type_text(edit, typed)
    assert edit.date() == date(2020, 10, 1)
    assert edit.is_valid()
    edit.editingFinished.emit()
    assert edit.text() == "1 ตุลาคม 2563"


def test_an_impossible_date_is_explained_and_gives_no_date(qtbot, pcha_qapp, type_text):
    edit = ThaiDateEdit(date(2020, 10, 1))
    qtbot.addWidget(edit)
    edit.clear()
    type_text(edit, "29/2/2564")
    assert edit.date() is None
    assert "กุมภาพันธ์" in edit.error()
    assert "กุมภาพันธ์" in edit.toolTip()
