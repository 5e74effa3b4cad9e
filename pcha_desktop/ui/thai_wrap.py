"""Thai text that wraps between words on every platform.

Qt finds Thai word boundaries only where the system has libthai; on Windows a long Thai sentence in a
word-wrapped label or table cell does not wrap at all. We insert zero-width spaces between words at
display time (never in stored data) so Qt can break there.

Loading the word dictionary takes about a second, so it happens in a worker thread after start-up; until
it is ready, text is shown as it is, and every wrapping label and view is refreshed once it is.
"""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
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
            if hasattr(view, "resizeRowsToContents"):
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


class WrappingItemDelegate(QStyledItemDelegate):
    """For table/list views: shows cell text with break hints so Thai wraps inside narrow columns."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        segmenter_loader().views.add(view)

    def initStyleOption(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = display_text(option.text)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
