"""Thai text that wraps between words on every platform.

Qt finds Thai word boundaries only where the system has libthai; on Windows a long Thai sentence in a
word-wrapped label or table cell does not wrap at all. We insert zero-width spaces between words at
display time (never in stored data) so Qt can break there.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pcha_desktop.domain.thai_text import with_break_hints


class WrappingLabel(QLabel):
    """A word-wrapped label whose Thai text breaks between words; `text()` returns what was set."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._plain = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._plain = text
        super().setText(with_break_hints(text))

    def text(self) -> str:
        return self._plain


class WrappingItemDelegate(QStyledItemDelegate):
    """For table/list views: shows cell text with break hints so Thai wraps inside narrow columns."""

    def initStyleOption(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = with_break_hints(option.text)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
