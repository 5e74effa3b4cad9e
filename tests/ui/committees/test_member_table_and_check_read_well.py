"""The member table's rows are as tall as their wrapped Thai with its marks, its column titles whole; the
composition check of a new district is one line per finding with the regulation cited once, folds away,
and leaves the table its room."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics

from pcha_desktop.domain.committee_rules import REGULATION
from pcha_desktop.services import district_profile
from pcha_desktop.services.data_folder import open_data_folder
from pcha_desktop.services.demo import DEMO_PROFILE
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.thai_wrap import display_text


def _needed_height(table, row: int, column: int) -> int:
    """Lines of the cell's text at its column's width, each 1.5 × the font's size apart (stacked Thai marks
    reach about 1.2 em above the baseline and lower vowels 0.35 em below)."""
    index = table.model().index(row, column)
    text = display_text(index.data() or "")
    font = table.font()
    metrics = QFontMetrics(font)
    width = table.columnWidth(column) - 8  # the cell's text margins
    wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
    lines = max(1, round(wrapped.height() / metrics.lineSpacing()))
    return math.ceil(lines * 1.5 * QFontInfo(font).pixelSize())


def test_rows_are_as_tall_as_their_wrapped_thai_and_titles_are_whole(qtbot, screen):
    table = screen.members_panel.table
    screen.resize(1030, 640)  # what a 1280×720 window leaves the screen
    qtbot.wait(10)
    proxy = table.model()
    assert any("ภูเก็ต" in (proxy.index(row, 2).data() or "") for row in range(proxy.rowCount()))
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            assert table.rowHeight(row) >= _needed_height(table, row, column), (row, proxy.index(row, column).data())
    header = table.horizontalHeader()
    for column in range(header.count()):
        title = proxy.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.sectionSizeHint(column), f"{title} is cut off"


def test_the_composition_check_of_a_new_district_reads_well_and_leaves_the_table_its_room(qtbot, pcha_qapp,
                                                                                          tmp_path):
    from pcha_desktop.ui.committees import CommitteeScreen

    folder = open_data_folder(tmp_path / "data")
    try:
        district_profile.save_profile(folder.database, DEMO_PROFILE, "สมศรี ใจดี")
        screen = CommitteeScreen(AppState(folder))
        qtbot.addWidget(screen)
        screen.resize(1030, 600)
        screen.show()
        panel = screen.members_panel
        assert panel.warnings_frame.isVisible() and len(panel.warnings) >= 5
        lines = panel.warnings_label.text().splitlines()
        assert len(lines) == len(panel.warnings), "one line per finding"
        assert not any(REGULATION in line for line in lines)
        assert panel.citation_label.text().count(REGULATION) == 1, "the regulation cited once"
        rows = panel.table.horizontalHeader().height() + 4 * panel.table.verticalHeader().defaultSectionSize()
        assert panel.table.height() >= rows, "the table keeps room for rows"
        assert panel.warnings_body.height() <= panel.warnings_body.maximumHeight() < panel.table.height()
        panel.warnings_title.click()
        assert not panel.warnings_body.isVisible() and panel.warnings_title.isVisible(), "folded away"
        panel.warnings_title.click()
        assert panel.warnings_body.isVisible()
    finally:
        folder.close()
