"""Add or edit one committee member: checked as the user types, with the reason next to the field."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.committee_rules import (
    PERSON_TITLES,
    ROLE_LABELS_EN,
    ROLE_LABELS_TH,
    ROLE_ORDER,
    SECTOR_LABELS_EN,
    SECTOR_LABELS_TH,
)
from pcha_desktop.domain.text_input import max_length
from pcha_desktop.services.committees import MemberInput, MemberRow, validate_member_input
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.storage.models import CommitteeRole, Sector
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.committees.common import ERROR_STYLE
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_date_edit import ThaiDateEdit

COMMON_TITLES = ("นาย", "นาง", "นางสาว")
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")  # as the import checks it
TEXT_FIELDS = ("first_name", "last_name", "position", "organisation", "phone", "email")


def title_choices() -> list[str]:
    """The usual three first, then the other titles alphabetically."""
    rest = sorted(title for title in PERSON_TITLES if title not in COMMON_TITLES)
    return [*COMMON_TITLES, *rest]


def role_label(state: AppState, role: CommitteeRole) -> str:
    return ROLE_LABELS_EN[role] if state.language == "en" else ROLE_LABELS_TH[role]


def sector_label(state: AppState, sector: Sector) -> str:
    return SECTOR_LABELS_EN[sector] if state.language == "en" else SECTOR_LABELS_TH[sector]


class MemberDialog(QDialog):
    """`member()` is what the dialog holds now (None while something is wrong); `errors` maps a field
    name to the message shown next to it."""

    def __init__(self, parent: QWidget | None, state: AppState, initial: MemberRow | None = None, *,
                 replacing: MemberRow | None = None, default_start: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self._state = state
        self.errors: dict[str, str] = {}
        if replacing is not None:
            self.setWindowTitle(self.tr("Replace a member"))
            intro = self.tr("A new person takes this seat from the date below; {name}'s membership ends that "
                            "day and stays in the history.").format(name=replacing.full_name)
        elif initial is not None:
            self.setWindowTitle(self.tr("Edit member"))
            intro = self.tr("Correct the details of this member. For a different person in the seat, use "
                            "Replace instead.")
        else:
            self.setWindowTitle(self.tr("Add member"))
            intro = self.tr("The member is added at the end of the list of the same role; move them up or down "
                            "afterwards if needed.")
        self.setMinimumWidth(620)

        self.title_combo = QComboBox()
        self.title_combo.setEditable(True)
        self.title_combo.addItems(title_choices())
        self.title_combo.setMaxVisibleItems(15)
        self.editors: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        for name, editor in self.editors.items():
            editor.setMaxLength(max_length(name))
        self.editors["email"].setPlaceholderText("name@example.go.th")
        self.editors["phone"].setPlaceholderText(self.tr("optional"))
        self.sector_combo = QComboBox()
        for sector in Sector:
            self.sector_combo.addItem(sector_label(state, sector), sector)
        self.role_combo = QComboBox()
        for role in ROLE_ORDER:
            self.role_combo.addItem(role_label(state, role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(CommitteeRole.MEMBER))
        self.start_edit = ThaiDateEdit(default_start or state.today(), language=state.language,
                                       thai_digits=state.thai_digits)

        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {
            "title": self.tr("Title"), "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "position": self.tr("Position"), "organisation": self.tr("Organisation"),
            "sector": self.tr("Sector"), "role": self.tr("Role in the committee"),
            "start_date": self.tr("Takes over on") if replacing is not None else self.tr("Member from"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"),
        }
        widgets: dict[str, QWidget] = {
            "title": self.title_combo, **self.editors, "sector": self.sector_combo, "role": self.role_combo,
            "start_date": self.start_edit,
        }
        for name in ("title", "first_name", "last_name", "position", "organisation", "sector", "role",
                     "start_date", "phone", "email"):
            form.addRow(labels[name], widgets[name])
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            self.error_labels[name] = error
            form.addRow("", error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(WrappingLabel(intro))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._fill(initial, replacing)
        # A new member's empty fields are not errors yet: a field speaks up once the user has typed in it
        # (an existing member's details are checked at once).
        self.touched: set[str] = set(labels) if initial is not None else set()
        self.title_combo.lineEdit().textEdited.connect(lambda _text: self.touched.add("title"))
        for name, editor in self.editors.items():
            editor.textEdited.connect(lambda _text, name=name: self.touched.add(name))
        self.start_edit.textEdited.connect(lambda _text: self.touched.add("start_date"))
        self.title_combo.editTextChanged.connect(self.revalidate)
        for editor in self.editors.values():
            editor.textChanged.connect(self.revalidate)
        self.sector_combo.currentIndexChanged.connect(self.revalidate)
        self.role_combo.currentIndexChanged.connect(self.revalidate)
        self.start_edit.textChanged.connect(self.revalidate)
        self.revalidate()
        self.editors["first_name"].setFocus()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _fill(self, initial: MemberRow | None, replacing: MemberRow | None) -> None:
        source = initial or replacing
        if source is None:
            self.title_combo.setEditText("")
            return
        self.sector_combo.setCurrentIndex(self.sector_combo.findData(source.sector))
        self.role_combo.setCurrentIndex(self.role_combo.findData(source.role))
        self.editors["position"].setText(source.position)
        self.editors["organisation"].setText(source.organisation)
        if initial is None:  # replacing: the seat, not the person
            self.title_combo.setEditText("")
            return
        self.title_combo.setEditText(initial.title)
        for name in ("first_name", "last_name", "phone", "email"):
            self.editors[name].setText(getattr(initial, name))
        self.start_edit.set_date(initial.start_date)

    def _raw(self) -> MemberInput:
        return MemberInput(
            title=self.title_combo.currentText(),
            first_name=self.editors["first_name"].text(), last_name=self.editors["last_name"].text(),
            position=self.editors["position"].text(), organisation=self.editors["organisation"].text(),
            phone=self.editors["phone"].text(), email=self.editors["email"].text(),
            sector=self.sector_combo.currentData(), role=self.role_combo.currentData(),
            start_date=self.start_edit.date() or date.today(),
        )

    def revalidate(self, *_args: object) -> None:
        self.errors = {}
        try:
            validate_member_input(self._raw())
        except UserFacingError as error:
            self.errors[error.field or "first_name"] = error.message(self._state.language)
        email = self.editors["email"].text().strip()
        if "email" not in self.errors and email and not EMAIL.fullmatch(email):
            self.errors["email"] = self.tr("“{email}” is not an e-mail address (e.g. name@example.go.th)").format(
                email=email)
        if not self.start_edit.is_valid():
            self.errors["start_date"] = self.start_edit.error()
        for name, label in self.error_labels.items():
            label.setText(self.errors.get(name, ""))
            label.setVisible(name in self.errors and name in self.touched)
        self.ok_button.setEnabled(not self.errors)

    def member(self) -> MemberInput | None:
        if self.errors:
            return None
        return validate_member_input(self._raw())

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, initial: MemberRow | None = None, *,
            replacing: MemberRow | None = None, default_start: date | None = None) -> MemberInput | None:
        dialog = cls(parent, state, initial, replacing=replacing, default_start=default_start)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.member()
            return None
        finally:
            dialog.deleteLater()
