"""Ask which tambon and which รพ.สต. area a new tambon-level committee covers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from pcha_desktop.services import tambon_committees as tambon_service
from pcha_desktop.services.tambon_committees import MAX_AREA_NAME
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.thai_wrap import WrappingLabel


class AreaCommitteeDialog(QDialog):
    """The tambon (the selected row's by default) and the name of the รพ.สต. whose area the committee covers;
    OK only once a name is typed."""

    def __init__(self, state: AppState, tambon_code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaCommitteeDialog")
        self.setWindowTitle(self.tr("Committee for a รพ.สต. area"))
        self.setMinimumWidth(520)
        self.tambon_combo = QComboBox()
        self.tambon_combo.setObjectName("areaTambon")
        for tambon in tambon_service.district_tambons(state.database):
            self.tambon_combo.addItem(tambon.official_name, tambon.code)
        self.tambon_combo.setCurrentIndex(max(self.tambon_combo.findData(tambon_code), 0))
        self.area_edit = QLineEdit()
        self.area_edit.setObjectName("areaName")
        self.area_edit.setMaxLength(MAX_AREA_NAME)
        self.area_edit.setPlaceholderText(self.tr("e.g. รพ.สต.บ้านแม่ลาน"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Tambon"), self.tambon_combo)
        form.addRow(self.tr("รพ.สต. (its area)"), self.area_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(WrappingLabel(self.tr(
            "A tambon-level committee may cover the area of one tambon health promoting hospital (รพ.สต.) "
            "instead of the whole tambon; a tambon can have several."
        )))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.area_edit.textChanged.connect(self._check)
        self._check()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _check(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.area_edit.text().strip()))

    def answer(self) -> tuple[str, str]:
        return str(self.tambon_combo.currentData()), " ".join(self.area_edit.text().split())

    @classmethod
    def ask(cls, parent: QWidget | None, state: AppState, tambon_code: str | None) -> tuple[str, str] | None:
        """(tambon code, area name) when OK was pressed, else None."""
        dialog = cls(state, tambon_code, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
