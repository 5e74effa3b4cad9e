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
