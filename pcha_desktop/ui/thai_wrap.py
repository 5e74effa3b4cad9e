"""Thai text that wraps between words on every platform.

Qt finds Thai word boundaries only where the system has libthai; on Windows a long Thai sentence in a
word-wrapped label or table cell does not wrap at all. We insert zero-width spaces between words at
display time (never in stored data) so Qt can break there.

Loading the word dictionary takes about a second, so it happens in a worker thread after start-up; until
it is ready, text is shown as it is, and every wrapping label and view is refreshed once it is.
"""

from __future__ import annotations

import math
import threading
import weakref

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontInfo, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pcha_desktop.domain.thai_text import is_segmenter_ready, warm_up_segmenter, with_break_hints


class _SegmenterLoader(QObject):
    ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._started = False
        self.labels: weakref.WeakSet[WrappingLabel] = weakref.WeakSet()
        self.views: weakref.WeakSet[QAbstractItemView] = weakref.WeakSet()
        self.ready.connect(self._refresh, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self._started or is_segmenter_ready():
            return
        self._started = True
        threading.Thread(target=self._load, name="thai-segmenter").start()  # joined at exit

    def _load(self) -> None:
        warm_up_segmenter()
        self.ready.emit()

    def _refresh(self) -> None:
        for label in list(self.labels):
            label.setText(label.text())
        for view in list(self.views):
            view.viewport().update()
            lazy = view.findChild(LazyRowHeights)
            if lazy is not None:
                lazy.invalidate()
            elif hasattr(view, "resizeRowsToContents"):
                view.resizeRowsToContents()


_loader: _SegmenterLoader | None = None


def segmenter_loader() -> _SegmenterLoader:
    global _loader
    if _loader is None:
        _loader = _SegmenterLoader()
    return _loader


def display_text(text: str) -> str:
    """The text with word-break hints once the segmenter is ready (see `segmenter_loader().start()`,
    which the application calls after start-up); until then the text as it is."""
    return with_break_hints(text) if is_segmenter_ready() else text


class WrappingLabel(QLabel):
    """A word-wrapped label whose Thai text breaks between words; `text()` returns what was set."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._plain = ""
        segmenter_loader().labels.add(self)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._plain = text
        super().setText(display_text(text))

    def text(self) -> str:
        return self._plain


# Thai stacks a vowel and a tone mark above a letter (ปั่น) and hangs vowels below it (ภู): they reach about
# 1.2 em above the baseline and 0.35 em below: more than a font's ascent and descent, so wrapped lines set at
# the font's own line spacing touch or are cut off. Lines in tables are set this far apart instead.
THAI_LINE_SPACING_EM = 1.5
CELL_VERTICAL_PADDING = 3


_line_heights: dict[str, int] = {}  # by QFont.key(): a table asks for every cell it measures


def thai_line_height(font: QFont) -> int:
    """Pixels from one wrapped line to the next with room for Thai marks above and below."""
    key = font.key()
    height = _line_heights.get(key)
    if height is None:
        from PySide6.QtGui import QFontMetrics

        height = _line_heights[key] = max(QFontMetrics(font).lineSpacing(),
                                          math.ceil(THAI_LINE_SPACING_EM * QFontInfo(font).pixelSize()))
    return height


def wrapped_layout(text: str, font: QFont, width: float,
                   alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> tuple[QTextLayout, int]:
    """``text`` laid out in lines of at most ``width`` pixels (breaking between words where it can), the
    lines ``thai_line_height`` apart; and the height of the block."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption(alignment)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    step = thai_line_height(font)
    top = 0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, top + (step - line.height()) / 2))
        top += step
    layout.endLayout()
    return layout, top


class WrappingItemDelegate(QStyledItemDelegate):
    """For table/list views: shows cell text with break hints so Thai wraps inside narrow columns, its
    lines far enough apart for Thai marks (`thai_line_height`), and asks for rows as tall as that."""

    MAX_CACHED_SIZES = 50_000

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        segmenter_loader().views.add(view)
        # Measuring a cell lays its text out (and segments Thai words): the sizes are kept per text, width
        # and font, so that laying a table out again (a reload, a sort, a filter) measures nothing new.
        self._sizes: dict[tuple, QSize] = {}

    def initStyleOption(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = display_text(option.text)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText

    @staticmethod
    def _style(option: QStyleOptionViewItem) -> QStyle:
        return option.widget.style() if option.widget is not None else QApplication.style()

    def _text_margin(self, option: QStyleOptionViewItem) -> int:
        return self._style(option).pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,  # noqa: D102
              index: QModelIndex | QPersistentModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        style = self._style(item)
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        if not text:
            return
        item.text = text
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        margin = self._text_margin(item)
        rect.adjust(margin, 0, -margin, 0)
        horizontal = item.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        layout, height = wrapped_layout(text, item.font, rect.width(), Qt.AlignmentFlag(horizontal))
        group = QPalette.ColorGroup.Normal if item.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        role = (QPalette.ColorRole.HighlightedText if item.state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        painter.save()
        painter.setPen(item.palette.color(group, role))
        painter.setClipRect(item.rect)
        top = rect.top()
        if item.displayAlignment & Qt.AlignmentFlag.AlignVCenter:
            top += (rect.height() - height) / 2
        elif item.displayAlignment & Qt.AlignmentFlag.AlignBottom:
            top += rect.height() - height
        layout.draw(painter, QPointF(rect.left(), max(rect.top() - CELL_VERTICAL_PADDING, top)))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt naming)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        key = (index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.CheckStateRole),
               option.rect.width(), option.font.key(), is_segmenter_ready())
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.MAX_CACHED_SIZES:
                self._sizes.clear()
            size = self._sizes[key] = self._measure(option, index)
        return QSize(size)

    def _measure(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        item = QStyleOptionViewItem(option)
        if option.rect.width() > 0:
            self.initStyleOption(item, index)
        else:  # a column's width is asked (nothing wraps): the break hints, which have no width, are not needed
            QStyledItemDelegate.initStyleOption(self, item, index)
            item.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        # What QStyledItemDelegate.sizeHint gives (the break hints have no width), without a second
        # initStyleOption.
        hint = index.data(Qt.ItemDataRole.SizeHintRole)
        size = hint if isinstance(hint, QSize) else self._style(item).sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, item, QSize(), item.widget)
        if not item.text:
            return size
        width = option.rect.width() if option.rect.width() > 0 else size.width()
        _layout, height = wrapped_layout(item.text, item.font, width - 2 * self._text_margin(item))
        return QSize(size.width(), max(size.height(), height + 2 * CELL_VERTICAL_PADDING))


class LazyRowHeights(QObject):
    """Rows as tall as their wrapped text (what ``QHeaderView.ResizeToContents`` gives), but measured only
    when they come into view, just before they are painted: a table of thousands of rows opens as fast as
    one of twenty. A row is measured again after the data, the order, the filter or a column's width
    changed. Rows not yet seen are one line tall. Use `fit_rows_lazily`."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._sized: set[int] = set()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(thai_line_height(view.font()) + 2 * CELL_VERTICAL_PADDING)
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self.invalidate)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.rowsMoved, model.dataChanged):
            signal.connect(self.invalidate)

    def invalidate(self, *_args: object) -> None:
        """Measure the rows in view again before the next paint."""
        self._sized.clear()
        self._view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Paint and watched is self._view.viewport():
            self.fit_rows_in_view()
        return False

    def fit_rows_in_view(self) -> None:
        view = self._view
        first = view.rowAt(0)
        if first < 0:
            return
        rows = view.verticalHeader()
        bar = view.verticalScrollBar()
        at_end = 0 < bar.maximum() == bar.value()
        bottom = view.viewport().height()
        count = view.model().rowCount()
        row = first
        while row < count and rows.sectionViewportPosition(row) < bottom:
            self._fit(row)
            row += 1
        if at_end:  # scrolled to the end: the last rows, as tall as they are, stay in view
            row, filled, fitted = count - 1, 0, False
            while row >= 0 and filled < bottom:
                fitted = self._fit(row) or fitted
                filled += rows.sectionSize(row)
                row -= 1
            if fitted:
                QTimer.singleShot(0, view, view.scrollToBottom)

    def _fit(self, row: int) -> bool:
        """Measure the row if it was not yet; whether it was."""
        if row in self._sized:
            return False
        self._sized.add(row)
        if not self._view.isRowHidden(row):
            self._view.resizeRowToContents(row)
        return True


def fit_rows_lazily(view: QAbstractItemView) -> LazyRowHeights:
    """Size ``view``'s rows to their contents as they come into view (call after ``view.setModel``)."""
    return LazyRowHeights(view)
