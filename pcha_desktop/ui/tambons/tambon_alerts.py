"""For the home screen: tambons without a committee and tambons not visited in the fiscal year."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import digits, fiscal_year_in_view
from pcha_desktop.ui.thai_wrap import WrappingLabel

WARNING_STYLE = "color: #8a4b00;"
NAME_STYLE = "QLabel { background: #fff4e0; border: 1px solid #e8c48a; border-radius: 3px; padding: 0px 4px; }"


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line when the width runs out (Qt's flow layout example):
    names go whole to the next line, whatever line breaker the platform has for Thai."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        spacing = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y, line_height = rect.x(), y + line_height + spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class NamesBlock(QWidget):
    """"Intro:" (wrapping between Thai words) above the names, each kept whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro_label = WrappingLabel()
        self.intro_label.setStyleSheet(WARNING_STYLE)
        self._names_widget = QWidget()
        self._flow = FlowLayout(self._names_widget)
        self.names: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.intro_label)
        layout.addWidget(self._names_widget)

    def set_names(self, intro: str, names: list[str]) -> None:
        self.intro_label.setText(intro)
        self.names = list(names)
        while (item := self._flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for name in names:
            label = QLabel(name)
            label.setStyleSheet(NAME_STYLE)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._flow.addWidget(label)
        self._flow.invalidate()

    def text(self) -> str:
        return f"{self.intro_label.text()} {', '.join(self.names)}"


class TambonAlerts(QFrame):
    """The tambons section's home card: compact; reloads when the tambons, the visits or the settings change
    and with the fiscal year. Says so when all is well."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tambonAlerts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = state
        self.title_label = WrappingLabel(self.tr("Tambon committees (พชต.)"))
        self.title_label.setStyleSheet("font-weight: bold;")
        self.without_committee_block = NamesBlock()
        self.without_committee_block.setObjectName("tambonsWithoutCommittee")
        self.not_visited_block = NamesBlock()
        self.not_visited_block.setObjectName("tambonsNotVisited")
        self.all_well_label = WrappingLabel()
        self.all_well_label.setObjectName("tambonsAllWell")
        self.all_well_label.setStyleSheet("color: #1b5e20;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.without_committee_block)
        layout.addWidget(self.not_visited_block)
        layout.addWidget(self.all_well_label)
        layout.addStretch(1)
        state.on_change(self, (changes.TAMBONS, changes.VISITS, changes.SETTINGS), self.reload)
        state.fiscal_year_changed.connect(self._fiscal_year_changed)
        self.reload()

    def _fiscal_year_changed(self, _year: int) -> None:
        self.reload()

    @staticmethod
    def _names(tambons: list[tambon_service.TambonRef]) -> list[str]:
        return [tambon.official_name for tambon in tambons]

    def reload(self) -> None:
        database = self._state.database
        fiscal_year = fiscal_year_in_view(self._state)
        self.without_committee = tambon_service.tambons_without_committee(database)
        self.not_visited = tambon_service.tambons_not_visited(database, fiscal_year)
        self.without_committee_block.set_names(
            self.tr("Tambons without a committee (%1):")
            .replace("%1", digits(self._state, str(len(self.without_committee)))),
            self._names(self.without_committee),
        )
        self.not_visited_block.set_names(
            self.tr("Tambons not visited in fiscal year %1 (%2):")
            .replace("%1", digits(self._state, str(fiscal_year)))
            .replace("%2", digits(self._state, str(len(self.not_visited)))),
            self._names(self.not_visited),
        )
        self.without_committee_block.setVisible(bool(self.without_committee))
        self.not_visited_block.setVisible(bool(self.not_visited))
        if not self.without_committee and not self.not_visited:
            text = (self.tr("Every tambon has its committee and has been visited in fiscal year %1.")
                    .replace("%1", digits(self._state, str(fiscal_year))))
        elif not self.without_committee:
            text = self.tr("Every tambon has its committee.")
        elif not self.not_visited:
            text = (self.tr("Every tambon has been visited in fiscal year %1.")
                    .replace("%1", digits(self._state, str(fiscal_year))))
        else:
            text = ""
        self.all_well_label.setText(text)
        self.all_well_label.setVisible(bool(text))
