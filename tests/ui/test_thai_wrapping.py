"""Long Thai text wraps between words in narrow widgets, also where Qt finds no Thai breaks (Windows)."""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from pcha_desktop.domain.thai_text import ZERO_WIDTH_SPACE, segment_words
from pcha_desktop.ui.thai_wrap import WrappingLabel

LONG_SENTENCE = (
    "คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอมีนายอำเภอเป็นประธานและสาธารณสุขอำเภอเป็นเลขานุการ"
    "ร่วมกันขับเคลื่อนประเด็นการดูแลผู้ป่วยติดเตียงและการป้องกันอุบัติเหตุทางถนน"
)


def _word_edges(text: str) -> set[int]:
    """Word edges by our segmenter, plus those the system's own Thai breaker (libthai, where present)
    reports: a line may end at either, never elsewhere."""
    edges, position = set(), 0
    for piece in segment_words(text):
        position += len(piece)
        edges.add(position)
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    while (boundary := finder.toNextBoundary()) != -1:
        edges.add(boundary)
    return edges


def test_long_thai_sentence_wraps_at_word_boundaries_in_a_narrow_label(qtbot, pcha_qapp):
    label = WrappingLabel(LONG_SENTENCE)
    qtbot.addWidget(label)
    label.setFixedWidth(180)
    label.show()
    assert label.text() == LONG_SENTENCE, "the stored text has no hidden characters"
    one_line = label.fontMetrics().height()
    assert label.heightForWidth(180) > 3 * one_line, "the label wraps into several lines"

    # Lay the displayed text out as the label does and check every line ends at a Thai word edge.
    shown = QLabel.text(label)  # what Qt displays: with break hints
    layout = QTextLayout(shown, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    breaks = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(180)
        breaks.append(line.textStart() + line.textLength())
    layout.endLayout()
    assert len(breaks) > 3
    edges = _word_edges(LONG_SENTENCE)
    for end in breaks:
        plain_end = len(shown[:end].replace(ZERO_WIDTH_SPACE, ""))
        assert plain_end in edges, f"line broken inside a word at {shown[:end][-10:]!r}"


def test_long_thai_sentence_wraps_in_a_narrow_table_cell(qtbot, pcha_qapp):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from pcha_desktop.ui.thai_wrap import WrappingItemDelegate

    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(LONG_SENTENCE))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = WrappingItemDelegate(view)
    view.setItemDelegate(delegate)
    view.setWordWrap(True)
    view.setColumnWidth(0, 160)
    view.resizeRowsToContents()
    view.show()
    one_line = view.fontMetrics().height()
    assert view.rowHeight(0) > 3 * one_line, "the cell grows to hold the wrapped lines"
    assert model.item(0, 0).text() == LONG_SENTENCE, "the data keeps no hidden characters"
    # What is drawn carries break hints at word edges, so it wraps where the system has no Thai breaker.
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, model.index(0, 0))
    assert option.text.replace(ZERO_WIDTH_SPACE, "") == LONG_SENTENCE
    assert option.text.count(ZERO_WIDTH_SPACE) >= 10
