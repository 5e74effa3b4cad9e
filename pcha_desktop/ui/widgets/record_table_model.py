"""A table model over a list of plain records (one row each): the row and column counts, the column headers
and the reset on reload, shared by the app's tables. A subclass gives ``headers()`` and ``data()``.

Views ask for the column count and titles tens of thousands of times while they lay out a table, so the
titles are translated once per language (`titles()`), not on each call."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pcha_desktop.ui.i18n import translation_generation

RecordT = TypeVar("RecordT")


class RecordTableModel(QAbstractTableModel, Generic[RecordT]):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[RecordT] = []
        self._titles: tuple[int, tuple[str, ...]] | None = None  # (translation generation, titles)

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated (keep each a literal in its own ``QCoreApplication.translate`` call,
        so that the translation tool sees it)."""
        raise NotImplementedError

    def titles(self) -> tuple[str, ...]:
        """`headers()`, translated once per installed language."""
        generation = translation_generation()
        if self._titles is None or self._titles[0] != generation:
            self._titles = (generation, self.headers())
        return self._titles[1]

    def set_records(self, records: Iterable[RecordT]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.records_replaced()
        self.endResetModel()

    def records_replaced(self) -> None:
        """Called with the new records in place, before the views see them: a subclass drops here what it
        made from the old ones (e.g. texts kept for display)."""

    def record(self, row: int) -> RecordT:
        return self.records[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.titles())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[section]
