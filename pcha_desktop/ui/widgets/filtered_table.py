"""A filterable table, as the app's list screens show it: a filter box over a sortable, word-wrapping table.

`filtered_table()` makes the three parts and wires them; the screen lays them out, names them and sizes
the columns. Pass the placeholder as a literal ``self.tr("…")`` so that the translation tool sees it.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from pcha_desktop.ui.thai_wrap import WrappingItemDelegate, fit_rows_lazily


class FilteredTable(NamedTuple):
    proxy: QSortFilterProxyModel
    filter_edit: QLineEdit
    table: QTableView


def filtered_table(
    model: QAbstractItemModel,
    *,
    sort_role: int = Qt.ItemDataRole.UserRole,
    filter_placeholder: str,
    parent: QObject,
    table: QTableView | None = None,
    clear_button: bool = False,
    select_rows: bool = True,
    selection_mode: QAbstractItemView.SelectionMode | None = QAbstractItemView.SelectionMode.SingleSelection,
    editable: bool = False,
    hide_row_header: bool = True,
) -> FilteredTable:
    """The proxy (child of ``parent``; case-insensitive filter on every column, sorted by ``sort_role``),
    the filter box and the table (a new QTableView, or ``table`` when a screen needs its own class); the
    box and the table have no parent until the screen lays them out.

    ``selection_mode`` None and ``editable`` True leave the table's own selection mode and edit triggers;
    ``select_rows`` False keeps cell selection; ``hide_row_header`` False keeps the row numbers."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    proxy.setSortRole(sort_role)

    filter_edit = QLineEdit()
    filter_edit.setPlaceholderText(filter_placeholder)
    if clear_button:
        filter_edit.setClearButtonEnabled(True)
    filter_edit.textChanged.connect(proxy.setFilterFixedString)

    view = QTableView() if table is None else table
    view.setModel(proxy)
    view.setItemDelegate(WrappingItemDelegate(view))
    view.setSortingEnabled(True)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    if select_rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if selection_mode is not None:
        view.setSelectionMode(selection_mode)
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    fit_rows_lazily(view)  # rows as tall as their text, measured as they come into view
    if hide_row_header:
        view.verticalHeader().hide()
    return FilteredTable(proxy, filter_edit, view)


def keep_headers_whole(view: QTableView) -> None:
    """Widen every column whose title (with the sort arrow) would be cut off (e.g. "ภาคส่" for ภาคส่วน)."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        needed = header.sectionSizeHint(column)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)
