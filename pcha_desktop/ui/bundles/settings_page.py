"""Settings › Report to the province: the e-mail limit (MB) above which the bundle screen warns and offers to
shrink the images; where "Send to province" sends (the provincial office's e-mail, kept in the district
profile and edited there)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.services import bundles as bundle_service
from pcha_desktop.services.district_profile import load_profile
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import ERROR_STYLE
from pcha_desktop.ui.thai_wrap import WrappingLabel
from pcha_desktop.ui.widgets.thai_digits_spin_box import ThaiDigitsSpinBox

translate = QCoreApplication.translate
MEGABYTE = 1024 * 1024



class BundleSettingsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bundleSettingsPage")
        self.state = state
        self.limit_spin = ThaiDigitsSpinBox(state.thai_digits and state.language != "en")
        self.limit_spin.setObjectName("emailLimit")
        self.limit_spin.setRange(1, 1000)
        self.limit_spin.setSuffix(" MB")
        self.limit_spin.setMaximumWidth(160)
        self.limit_spin.setValue(bundle_service.email_limit_bytes(state.database) // MEGABYTE)
        profile = load_profile(state.database)
        address = profile.provincial_office_email if profile is not None else ""
        self.address_label = QLabel(address or translate("BundleSettingsPage", "(not entered yet)"))
        self.address_label.setObjectName("provinceAddress")
        form = QFormLayout()
        form.addRow(translate("BundleSettingsPage", "E-mail limit:"), self.limit_spin)
        form.addRow(translate("BundleSettingsPage", "Send to province writes to:"), self.address_label)
        self.message_label = WrappingLabel()
        self.save_button = QPushButton(translate("BundleSettingsPage", "Save"))
        self.save_button.setObjectName("saveEmailLimit")
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(translate("BundleSettingsPage", "Back to the default (20 MB)"))
        self.default_button.clicked.connect(
            lambda: self.limit_spin.setValue(bundle_service.DEFAULT_EMAIL_LIMIT_BYTES // MEGABYTE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(WrappingLabel(translate("BundleSettingsPage", 
            "The largest attachment the provincial office's e-mail accepts. Above it, the report bundle screen"
            " warns before exporting and offers to shrink the image scans (PDFs stay as they are).")))
        layout.addLayout(form)
        layout.addWidget(WrappingLabel(translate("BundleSettingsPage", 
            "The provincial office's e-mail address is part of the district profile: change it on the home"
            " screen.")))
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def save(self) -> bool:
        try:
            bundle_service.set_email_limit_mb(self.state.database, self.limit_spin.value(), self.state.user_name or "pcha")
        except BilingualError as refusal:
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.setText(refusal.message(self.state.language))
            return False
        self.message_label.setStyleSheet("")
        self.message_label.setText(translate("BundleSettingsPage", "Saved."))
        self.state.notify(changes.SETTINGS)
        return True
