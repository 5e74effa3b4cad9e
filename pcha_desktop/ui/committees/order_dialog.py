"""Edit a draft appointment order: number, date, texts, signer; checked as the user types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.committee_rules import order_be_year
from pcha_desktop.services import appointment_orders as orders_service
from pcha_desktop.services.appointment_orders import OrderDetail, OrderDraftChanges
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees import common
from pcha_desktop.ui.committees.common import ERROR_STYLE
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit


class OrderDialog(QDialog):
    """`errors` maps a field to the message shown under it; `changes()` is None while anything is wrong."""

    def __init__(self, parent: QWidget | None, state: AppState, order_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("orderDialog")
        self._state = state
        self.detail: OrderDetail = orders_service.get_order(state.database, order_id)
        summary = self.detail.summary
        self.errors: dict[str, str] = {}
        self.setWindowTitle(self.tr("Edit the draft order"))
        self.resize(820, 640)

        self.number_edit = QLineEdit(str(summary.running_number or ""))
        self.number_edit.setValidator(QIntValidator(1, 99999, self))
        self.number_edit.setMaximumWidth(120)
        self.year_label = QLabel()
        self.suggestion_label = QLabel()
        self.date_edit = ThaiDateEdit(summary.order_date, language=state.language,
                                      thai_digits=state.thai_digits)
        self.subject_edit = QLineEdit(summary.subject)
        self.preamble_edit = QPlainTextEdit(self.detail.preamble)
        self.preamble_edit.setMinimumHeight(130)
        self.cancellation_edit = QPlainTextEdit(self.detail.cancellation_text)
        self.cancellation_edit.setFixedHeight(80)
        self.duties_heading_edit = QLineEdit(self.detail.duties_heading)
        self.duties_edit = QPlainTextEdit("\n".join(self.detail.duties))
        self.duties_edit.setMinimumHeight(170)
        self.effective_edit = QLineEdit(self.detail.effective_clause)
        self.signer_name_edit = QLineEdit(summary.signer_name)
        self.signer_position_edit = QLineEdit(summary.signer_position)
        for editor in (self.preamble_edit, self.cancellation_edit, self.duties_edit):
            # Thai has no spaces between words: where the system cannot find word breaks (Windows), wrap anyway
            editor.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            editor.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        year_orders = [o for o in orders_service.all_orders(state.database) if o.is_issued and o.id != order_id]
        self._issued_numbers = {(o.be_year, o.running_number) for o in year_orders if o.running_number}

        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        number_row = QWidget()
        number_layout = QHBoxLayout(number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.addWidget(QLabel(self.tr("Order No.")))
        number_layout.addWidget(self.number_edit)
        number_layout.addWidget(self.year_label)
        number_layout.addWidget(self.suggestion_label, 1)

        def add(name: str, label: str, widget: QWidget) -> None:
            form.addRow(label, widget)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            self.error_labels[name] = error
            form.addRow("", error)

        add("running_number", self.tr("Order number"), number_row)
        add("order_date", self.tr("Order date"), self.date_edit)
        add("subject", self.tr("Subject"), self.subject_edit)
        add("preamble", self.tr("Preamble"), self.preamble_edit)
        if summary.replaces_order_id is not None:
            add("cancellation_text", self.tr("Cancels the earlier order"), self.cancellation_edit)
        add("duties_heading", self.tr("Duties heading"), self.duties_heading_edit)
        add("duties", self.tr("Duties (one per line)"), self.duties_edit)
        add("effective_clause", self.tr("Effective clause"), self.effective_edit)
        add("signer_name", self.tr("Signed by"), self.signer_name_edit)
        add("signer_position", self.tr("Signer's position"), self.signer_position_edit)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(WrappingLabel(self.tr(
            "The members are not typed here: the order lists the members on the committee on the order date, "
            "in the traditional order of roles. A draft can be changed freely; once issued, it never changes.")))
        content_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("Save the draft"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

        for editor in (self.number_edit, self.subject_edit, self.duties_heading_edit, self.effective_edit,
                       self.signer_name_edit, self.signer_position_edit, self.date_edit):
            editor.textChanged.connect(self.revalidate)
        for editor in (self.preamble_edit, self.duties_edit, self.cancellation_edit):
            editor.textChanged.connect(self.revalidate)
        self.revalidate()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def revalidate(self, *_args: object) -> None:
        errors: dict[str, str] = {}
        number_text = self.number_edit.text().strip()
        if not number_text.isdigit() or int(number_text) <= 0:
            errors["running_number"] = self.tr("Please enter the order number (a whole number, e.g. 245)")
        if not self.date_edit.is_valid():
            errors["order_date"] = self.date_edit.error()
        day = self.date_edit.date()
        if day is not None:
            self.year_label.setText("/" + common.digits(self._state, str(order_be_year(day))))
            be_year = order_be_year(day)
            suggested = max((n for y, n in self._issued_numbers if y == be_year), default=0) + 1
            self.suggestion_label.setText(self.tr("(next free number in the register of this program: {number})")
                                          .format(number=common.digits(self._state, str(suggested))))
            if number_text.isdigit() and (be_year, int(number_text)) in self._issued_numbers:
                errors["running_number"] = self.tr("Number {number} is already used by another issued order").format(
                    number=common.digits(self._state, f"{int(number_text)}/{be_year}"))
        if not self.subject_edit.text().strip():
            errors["subject"] = self.tr("Please enter the subject")
        if not self.preamble_edit.toPlainText().strip():
            errors["preamble"] = self.tr("Please enter the preamble")
        if not [line for line in self.duties_edit.toPlainText().splitlines() if line.strip()]:
            errors["duties"] = self.tr("Please enter at least one duty")
        if not self.signer_name_edit.text().strip():
            errors["signer_name"] = self.tr("Please enter the signer's name")
        if not self.signer_position_edit.text().strip():
            errors["signer_position"] = self.tr("Please enter the signer's position")
        self.errors = errors
        for name, label in self.error_labels.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        self.ok_button.setEnabled(not errors)

    def changes(self) -> OrderDraftChanges | None:
        if self.errors:
            return None
        has_cancellation = self.detail.summary.replaces_order_id is not None
        return OrderDraftChanges(
            running_number=int(self.number_edit.text()), order_date=self.date_edit.date(),
            subject=self.subject_edit.text(), preamble=self.preamble_edit.toPlainText(),
            cancellation_text=self.cancellation_edit.toPlainText() if has_cancellation else None,
            duties_heading=self.duties_heading_edit.text(),
            duties=tuple(line.strip() for line in self.duties_edit.toPlainText().splitlines() if line.strip()),
            effective_clause=self.effective_edit.text(), signer_name=self.signer_name_edit.text(),
            signer_position=self.signer_position_edit.text(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, order_id: int) -> OrderDraftChanges | None:
        dialog = cls(parent, state, order_id)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.changes()
            return None
        finally:
            dialog.deleteLater()
