"""The "Orders" tab of a committee: its appointment orders (drafts and issued ones, which replaces which),
and the order actions: draft, edit, issue, record the copy sent to the province, signed scan, PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.exports import file_names
from pcha_desktop.services import appointment_orders as orders_service
from pcha_desktop.services.appointment_orders import OrderSummary
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.committees.common import ERROR_STYLE, ConfirmDialog, DatePromptDialog, error_text, show_date
from pcha_desktop.ui.committees.order_dialog import OrderDialog
from pcha_desktop.ui.core import changes, export_files
from pcha_desktop.ui.core.operations import Operation, Progress, user_message
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.filtered_table import filtered_table, keep_headers_whole
from pcha_desktop.ui.widgets.flow_layout import wrapping_button_row
from pcha_desktop.ui.widgets.record_table_model import RecordTableModel

ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole
MEDIA_SUFFIXES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif"}


def number_text(state: AppState, order: OrderSummary) -> str:
    if not order.number:
        return QCoreApplication.translate("OrdersModel", "(no number yet)")
    return common.digits(state, f"ที่ {order.number}")


class OrdersModel(RecordTableModel[OrderSummary]):
    COLUMNS = ("number", "date", "subject", "status", "replaced_by", "sent", "signed")

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self._state = state

    @property
    def orders(self) -> list[OrderSummary]:
        return self.records

    def order(self, order_id: int | None) -> OrderSummary | None:
        return next((order for order in self.records if order.id == order_id), None)

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("OrdersModel", "Number"),
            QCoreApplication.translate("OrdersModel", "Dated"),
            QCoreApplication.translate("OrdersModel", "Subject"),
            QCoreApplication.translate("OrdersModel", "Status"),
            QCoreApplication.translate("OrdersModel", "Replaced by"),
            QCoreApplication.translate("OrdersModel", "Copy sent to the provincial health office"),
            QCoreApplication.translate("OrdersModel", "Signed copy"),
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        order = self.record(index.row())
        column = self.COLUMNS[index.column()]
        if role == ORDER_ID_ROLE:
            return order.id
        if role == SORT_ROLE:
            if column in ("number", "date"):
                return f"{order.order_date.isoformat()}-{order.running_number or 0:06d}-{order.id:06d}"
            if column == "sent":
                return order.sent_to_province_on.isoformat() if order.sent_to_province_on else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and order.replaced_by_order_id is not None:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "signed":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "signed" and order.signed_copy is not None:
            return order.signed_copy.original_name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "number":
            return number_text(self._state, order)
        if column == "date":
            return show_date(self._state, order.order_date)
        if column == "subject":
            return order.subject
        if column == "status":
            if not order.is_issued:
                return QCoreApplication.translate("OrdersModel", "Draft")
            if order.replaced_by_order_id is not None:
                return QCoreApplication.translate("OrdersModel", "Issued, replaced")
            return QCoreApplication.translate("OrdersModel", "Issued, in force")
        if column == "replaced_by":
            replacing = self.order(order.replaced_by_order_id)
            return number_text(self._state, replacing) if replacing is not None else ""
        if column == "sent":
            return show_date(self._state, order.sent_to_province_on)
        return "✓" if order.signed_copy is not None else ""

    def row_of(self, order_id: int) -> int | None:
        return next((row for row, order in enumerate(self.records) if order.id == order_id), None)


class OrdersPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPanel")
        self._state = state
        self.committee_id: int | None = None
        self.last_pdf: Path | None = None

        self.model = OrdersModel(state)
        self.proxy, self.filter_edit, self.table = filtered_table(
            self.model, sort_role=SORT_ROLE, parent=self, clear_button=True,
            filter_placeholder=self.tr("Filter by number, subject, status…"))

        self.message_label = WrappingLabel()
        self.message_label.setObjectName("ordersMessage")
        self.message_label.hide()

        self.table.setObjectName("ordersTable")
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_draft() if self._selected_is_draft() else None)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((2, 300), (4, 110), (5, 130), (6, 110)):  # the subject keeps a readable width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        keep_headers_whole(self.table)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.new_button = QPushButton(self.tr("New draft order"))
        self.edit_button = QPushButton(self.tr("Edit draft…"))
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.issue_button = QPushButton(self.tr("Issue the order…"))
        self.sent_button = QPushButton(self.tr("Copy sent to the provincial health office…"))
        self.attach_button = QPushButton(self.tr("Attach signed scan…"))
        self.open_signed_button = QPushButton(self.tr("Open signed scan"))
        self.pdf_button = QPushButton(self.tr("Open PDF"))
        self.new_button.clicked.connect(self.new_draft)
        self.edit_button.clicked.connect(self.edit_draft)
        self.delete_button.clicked.connect(self.delete_draft)
        self.issue_button.clicked.connect(self.issue)
        self.sent_button.clicked.connect(self.record_sent)
        self.attach_button.clicked.connect(self.attach_signed)
        self.open_signed_button.clicked.connect(self.open_signed)
        self.pdf_button.clicked.connect(self.open_pdf)

        buttons = wrapping_button_row(
            self.new_button, self.edit_button, self.delete_button, self.issue_button,
            self.pdf_button, self.sent_button, self.attach_button, self.open_signed_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------------------

    def set_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.show_message("")
        self.reload()

    def reload(self) -> None:
        selected = self.selected_order_id()
        orders = orders_service.orders_of(self._state.database, self.committee_id) if self.committee_id else []
        self.model.set_records(orders)
        if selected is None or not self.select_order(selected):
            if self.proxy.rowCount():
                self.table.selectRow(0)
        self._update_buttons()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "color: #1d6b2a;")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def selected_order_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ORDER_ID_ROLE) if rows else None

    def selected_order(self) -> OrderSummary | None:
        return self.model.order(self.selected_order_id())

    def _selected_is_draft(self) -> bool:
        order = self.selected_order()
        return order is not None and not order.is_issued

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def has_draft(self) -> bool:
        return any(not order.is_issued for order in self.model.orders)

    def has_issued(self) -> bool:
        return any(order.is_issued for order in self.model.orders)

    def _update_buttons(self) -> None:
        order = self.selected_order()
        draft = order is not None and not order.is_issued
        issued = order is not None and order.is_issued
        self.new_button.setText(self.tr("Prepare the revised order") if self.has_issued() else self.tr("New draft order"))
        self.new_button.setEnabled(self.committee_id is not None and not self.has_draft())
        for button in (self.edit_button, self.delete_button, self.issue_button):
            button.setEnabled(draft)
        for button in (self.sent_button, self.attach_button):
            button.setEnabled(issued)
        self.open_signed_button.setEnabled(issued and order.signed_copy is not None)
        self.pdf_button.setEnabled(order is not None)

    # --- writing ---------------------------------------------------------------------------------------

    def _write(self, action, done: str):  # noqa: ANN001, ANN202
        try:
            result = action()
        except BilingualError as error:  # a refusal: nothing changed
            self.show_message(error_text(self._state, error), error=True)
            return None
        self.show_message(done)
        self._state.notify(changes.ORDERS)
        return result if result is not None else True

    def new_draft(self) -> int | None:
        """A draft dated today (a revision of the latest issued order if there is one); selected."""
        if self.committee_id is None:
            return None
        committee_id, today = self.committee_id, self._state.today()
        if self.has_issued():
            action = lambda: orders_service.prepare_revision(  # noqa: E731
                self._state.database, committee_id, today, self._state.user_name)
            done = self.tr("A draft of the revised order was prepared; it cancels and replaces the order in force. "
                           "Check it with Edit draft and Open PDF, then issue it.")
        else:
            action = lambda: orders_service.draft_order(  # noqa: E731
                self._state.database, committee_id, today, self._state.user_name)
            done = self.tr("A draft order was prepared with the usual texts. Check it with Edit draft and Open PDF, "
                           "then issue it.")
        order_id = self._write(action, done)
        if isinstance(order_id, int):
            self.select_order(order_id)
            return order_id
        return None

    def edit_draft(self) -> None:
        order = self.selected_order()
        if order is None or order.is_issued:
            return
        changes = OrderDialog.ask(self, self._state, order.id)
        if changes is None:
            return
        self._write(lambda: orders_service.edit_draft(self._state.database, order.id, changes, self._state.user_name),
                    self.tr("The draft was saved."))

    def delete_draft(self) -> None:
        order = self.selected_order()
        if order is None or order.is_issued:
            return
        if not ConfirmDialog.ask(self, self.tr("Delete the draft"),
                                 self.tr("Delete this draft order? Issued orders are not affected."),
                                 self.tr("Delete the draft")):
            return
        self._write(lambda: orders_service.delete_draft(self._state.database, order.id, self._state.user_name),
                    self.tr("The draft was deleted."))

    def issue(self) -> None:
        order = self.selected_order()
        if order is None or order.is_issued:
            return
        text = self.tr(
            "Issue order {number} dated {date}?\n\nThe members on the committee on that date are written into "
            "the order, and an issued order never changes. If the members change later, you prepare a new order "
            "that replaces it.").format(number=number_text(self._state, order), date=show_date(self._state, order.order_date))
        if not ConfirmDialog.ask(self, self.tr("Issue the order"), text, self.tr("Issue the order")):
            return
        self._write(lambda: orders_service.issue_order(self._state.database, order.id, self._state.user_name),
                    self.tr("Order {number} was issued. Print it (Open PDF) for signing; afterwards record the "
                            "copy sent to the provincial health office and attach the signed scan.")
                    .format(number=number_text(self._state, order)))

    def record_sent(self) -> None:
        order = self.selected_order()
        if order is None or not order.is_issued:
            return
        answer = DatePromptDialog.ask(
            self, self._state, self.tr("Copy sent to the provincial health office"),
            self.tr("The date a copy of order {number} was sent to the provincial health office. Leave it empty "
                    "if it was not sent.").format(number=number_text(self._state, order)),
            self.tr("Sent on"), order.sent_to_province_on or self._state.today(), allow_empty=True,
        )
        if answer is None:
            return
        sent_on: date | None = answer[0]
        self._write(lambda: orders_service.record_sent_to_province(self._state.database, order.id, sent_on,
                                                                  self._state.user_name),
                    self.tr("The date was saved."))

    def attach_signed(self) -> Operation | None:
        order = self.selected_order()
        if order is None or not order.is_issued:
            return
        path = common.choose_open_file(self, self.tr("Choose the scan of the signed order"),
                                       self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path is None:
            return None
        workspace, user_name = self._state.workspace, self._state.user_name
        return Operation(  # a scan may be large: checked and copied in the background
            self, self._state,
            lambda _progress: orders_service.attach_signed_copy(workspace, order.id, path, user_name),
            label=self.tr("Attaching the signed scan…"), changes=(changes.ORDERS,), expected=(OSError,),
            success=lambda _result: self.show_message(
                self.tr("The signed scan {name} was attached.").format(name=path.name)),
            failure=lambda text: self.show_message(text, error=True),
        ).run_in_background()

    # --- opening ---------------------------------------------------------------------------------------

    def exports_dir(self) -> Path:
        return export_files.export_folder(self._state)

    def pdf_name(self, order: OrderSummary) -> str:
        return file_names.order_pdf_name(order.number, order.subject, order.order_date, order.is_issued)

    def _free_path(self, path: Path) -> Path:
        return export_files.free_path(path)

    def open_pdf(self) -> Operation | None:
        """Make the order's PDF in the background (Cancel: it is not opened), then open it."""
        order = self.selected_order()
        if order is None:
            return None
        workspace, thai_digits = self._state.workspace, self._state.thai_digits
        exports_dir, name = self.exports_dir, self.pdf_name(order)

        def make(_progress: Progress) -> Path:
            path = self._free_path(exports_dir() / name)
            orders_service.render_order_pdf(workspace, order.id, path, thai_digits=thai_digits)
            return path

        def made(path: Path) -> None:
            self.last_pdf = path
            self.show_message(self.tr("Saved as {path}").format(path=path))
            export_files.add_open_folder_link(self.message_label, path)
            export_files.open_file(path)

        return Operation(
            self, self._state, make, label=self.tr("Making the PDF of the order…"), cancellable=True,
            success=made, expected=(OSError,),
            failure=lambda text: self.show_message(self.tr("The PDF could not be made: {reason}").format(reason=text),
                                                   error=True),
        ).run_in_background()

    def open_signed(self) -> Path | None:
        order = self.selected_order()
        if order is None or order.signed_copy is None:
            return None
        try:
            info, content = orders_service.signed_copy_content(self._state.workspace, order.id)
            suffix = MEDIA_SUFFIXES.get(info.media_type, Path(info.original_name).suffix)
            path = self._free_path(self.exports_dir() / file_names.signed_copy_name(order.number, suffix))
            path.write_bytes(content)
        except (BilingualError, OSError) as error:
            self.show_message(user_message(error, self._state.language), error=True)
            return None
        self.show_message(self.tr("Saved as {path}").format(path=path))
        export_files.add_open_folder_link(self.message_label, path)
        export_files.open_file(path)
        return path
