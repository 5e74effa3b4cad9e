"""The district's report bundle: the key's fingerprint to read to the province, the period, the attachments
(the period's signed scans ticked, files added; attachments_panel.py) with the bundle's expected size against
the e-mail limit and the offer to shrink the images, "Export bundle…" (the real size shown after), "Mark as
sent", and what changed since the bundle that was sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain.thai_calendar import fiscal_year_of, to_thai_digits
from pcha_desktop.exports.file_names import safe_file_name
from pcha_desktop.services import bundle_attachments as attachment_service
from pcha_desktop.services import bundles as bundle_service
from pcha_desktop.services import signing_keys
from pcha_desktop.services.district_profile import load_profile
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.export_files import add_open_folder_link, choose_export_path, open_file_or_folder
from pcha_desktop.ui.core.operations import Operation
from pcha_desktop.ui.bundles.attachments_panel import BundleAttachments, size_text
from pcha_desktop.ui.thai_wrap import WrappingLabel

SHRINK, AS_IT_IS, CANCEL = "shrink", "as it is", "cancel"


def ask_shrink_first(parent: QWidget, text: str) -> str:
    """The offer to shrink the images of a bundle above the e-mail limit (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("BundleScreen", "Larger than the e-mail limit"),
                      text, QMessageBox.StandardButton.NoButton, parent)
    shrink = box.addButton(QCoreApplication.translate("BundleScreen", "Shrink the images"), QMessageBox.ButtonRole.AcceptRole)
    as_it_is = box.addButton(QCoreApplication.translate("BundleScreen", "Export as it is"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("BundleScreen", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(shrink)
    box.exec()
    clicked = box.clickedButton()
    return SHRINK if clicked is shrink else AS_IT_IS if clicked is as_it_is else CANCEL


class BundleScreen(QWidget):
    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        intro = WrappingLabel(QCoreApplication.translate("BundleScreen", 
            "A report bundle is one file (.pcha) holding the period's figures, signed with this district's key."
            " The province checks that nothing was changed and that it comes from you, and adds your figures"
            " to its table without retyping them."))
        layout.addWidget(intro)
        key_box = QGroupBox(QCoreApplication.translate("BundleScreen", "This district's key"))
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(WrappingLabel(QCoreApplication.translate("BundleScreen", 
            "Fingerprint: read it to the provincial office by phone when they register your key.")))
        self.fingerprint_label = QLabel()
        font = QFont(self.fingerprint_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.export_key_button = QPushButton(QCoreApplication.translate("BundleScreen", "Save the public key for the province…"))
        self.export_key_button.clicked.connect(self.export_public_key)
        key_row = QHBoxLayout()  # the fingerprint and its button on one line: room for the attachments
        key_row.addWidget(self.fingerprint_label)
        key_row.addSpacing(24)
        key_row.addWidget(self.export_key_button)
        key_row.addStretch(1)
        key_layout.addLayout(key_row)
        layout.addWidget(key_box)

        period_row = QHBoxLayout()
        period_row.addWidget(QLabel(QCoreApplication.translate("BundleScreen", "Report period:")))
        self.period_combo = QComboBox()
        self.period_combo.currentIndexChanged.connect(self.reload_status)
        period_row.addWidget(self.period_combo, 1)
        self.export_button = QPushButton(QCoreApplication.translate("BundleScreen", "Export bundle…"))
        self.export_button.clicked.connect(self.export_bundle)
        self.email_button = QPushButton(QCoreApplication.translate("BundleScreen", "Send to province…"))
        self.email_button.setToolTip(QCoreApplication.translate(
            "BundleScreen", "An e-mail to the provincial office with the bundle just exported, opened in your mail"
            " program (or its folder)"))
        self.email_button.clicked.connect(self.send_to_province)
        self.email_button.setEnabled(False)
        self.sent_button = QPushButton(QCoreApplication.translate("BundleScreen", "Mark as sent"))
        self.sent_button.clicked.connect(self.mark_sent)
        period_row.addWidget(self.export_button)
        period_row.addWidget(self.email_button)
        period_row.addWidget(self.sent_button)
        self.last_bundle: tuple[str, Path] | None = None  # (period, file) of the bundle exported here last
        layout.addLayout(period_row)
        self.status_label = WrappingLabel()
        layout.addWidget(self.status_label)
        self.message_label = WrappingLabel()
        self.attachments = BundleAttachments(state, self.digits, self.message_label.setText)
        changes_box = QGroupBox(QCoreApplication.translate("BundleScreen", "Changed since the bundle that was sent"))
        changes_layout = QVBoxLayout(changes_box)
        self.changes_list = QListWidget()
        changes_layout.addWidget(self.changes_list)
        middle = QHBoxLayout()
        middle.addWidget(self.attachments, 2)
        middle.addWidget(changes_box, 1)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message_label)
        self.reload()
        state.on_change(self, {changes.BUNDLES, changes.ISSUES, changes.SETTINGS}, self.reload)
        state.fiscal_year_changed.connect(lambda _year: self.reload())

    def digits(self, text: str) -> str:
        return to_thai_digits(text) if self.state.thai_digits and self.state.language != "en" else text

    def district_code(self) -> str | None:
        profile = load_profile(self.state.database)
        return profile.district_code if profile else None

    def reload(self) -> None:
        code = self.district_code()
        if code is not None:
            key = signing_keys.signing_key(code)  # made here the first time
            self.fingerprint_label.setText(self.digits(signing_keys.fingerprint(signing_keys.public_raw(key))))
        year = self.state.fiscal_year or fiscal_year_of(self.state.today())
        current = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for quarter in (1, 2, 3, 4):
            self.period_combo.addItem(self.digits(QCoreApplication.translate("BundleScreen", "Quarter %1, FY %2").replace("%1", str(quarter))
                                                  .replace("%2", str(year))), f"{year}Q{quarter}")
        self.period_combo.addItem(self.digits(QCoreApplication.translate("BundleScreen", "Whole fiscal year %1").replace("%1", str(year))), str(year))
        index = self.period_combo.findData(current)
        self.period_combo.setCurrentIndex(max(index, 0))
        self.period_combo.blockSignals(False)
        self.reload_status()

    def period(self) -> str:
        return str(self.period_combo.currentData())

    def reload_status(self) -> None:
        status = bundle_service.period_status(self.state.database, self.period())
        self.changes_list.clear()
        if status.last_sequence is None:
            text = QCoreApplication.translate("BundleScreen", "No bundle of this period has been exported yet.")
        elif not status.reported:
            text = QCoreApplication.translate("BundleScreen", "Exported %1 time(s); not marked as sent yet.").replace("%1", str(status.last_sequence))
        else:
            text = QCoreApplication.translate("BundleScreen", "Reported: bundle %1 was sent. Later changes are allowed; the next bundle lists them.").replace(
                "%1", str(status.sent_sequence))
        self.status_label.setText(self.digits(text))
        for change in status.changes:
            word = {"added": QCoreApplication.translate("BundleScreen", "added"), "changed": QCoreApplication.translate("BundleScreen", "changed"), "removed": QCoreApplication.translate("BundleScreen", "removed")}[change.change]
            self.changes_list.addItem(f"{word}: {change.label}")
        self.sent_button.setEnabled(status.last_sequence is not None)
        if self.district_code() is not None:
            database, period = self.state.database, self.period()
            self.attachments.set_period(period, attachment_service.held_attachments(database, period),
                                        attachment_service.data_size(database, period),
                                        bundle_service.email_limit_bytes(database))

    def export_public_key(self) -> None:
        code = self.district_code()
        if code is None:
            return
        path = choose_export_path(self, self.state, QCoreApplication.translate("BundleScreen", "Save the public key"), f"district-{code}.pem",
                                  QCoreApplication.translate("BundleScreen", "Public key (*.pem)"))
        if path is None:
            return
        signing_keys.export_public_key(code, path)
        self.message_label.setText(QCoreApplication.translate("BundleScreen", "Public key saved: %1").replace("%1", str(path)))
        add_open_folder_link(self.message_label, path)

    def export_bundle(self) -> None:
        """Above the e-mail limit with images not shrunk yet, first the offer to shrink them."""
        if self.attachments.over_limit() and self.attachments.can_shrink():
            text = QCoreApplication.translate(
                "BundleScreen", "The bundle would be about %1, larger than the e-mail limit of %2. Shrink the image"
                " scans first? The bundle then carries smaller copies; your files are not changed. PDFs are attached"
                " as they are.").replace("%1", size_text(self.attachments.expected_bytes())).replace(
                "%2", size_text(self.attachments.limit_bytes))
            answer = ask_shrink_first(self, self.digits(text))
            if answer == CANCEL:
                return
            if answer == SHRINK:
                self.attachments.shrink(then=self.export_bundle)
                return
        code = self.district_code() or "district"
        period = self.period()
        path = choose_export_path(self, self.state, QCoreApplication.translate("BundleScreen", "Save the report bundle"),
                                  safe_file_name(f"{code}-{period}", ".pcha"), QCoreApplication.translate("BundleScreen", "Report bundle (*.pcha)"))
        if path is None:
            return
        database, user = self.state.database, self.state.user_name or "pcha"
        attachments, include_report = self.attachments, self.attachments.report_check.isChecked()
        Operation(self, self.state, lambda _progress: bundle_service.export_bundle(
                      database, period, path, user, files=attachments.files(include_report)),
                  label=QCoreApplication.translate("BundleScreen", "Making the signed bundle…"), changes=(changes.BUNDLES,),
                  success=self.exported, expected=(OSError,),
                  failure=lambda text: self.message_label.setText(text)).run_in_background()

    def send_to_province(self) -> None:
        """The e-mail draft with the bundle exported last, next to it, opened with the mail program."""
        if self.last_bundle is None:
            return
        period, bundle = self.last_bundle
        database = self.state.database
        draft = bundle.with_suffix(".eml")

        def opened(path: Path) -> None:
            self.message_label.setText(QCoreApplication.translate(
                "BundleScreen", "E-mail draft written: %1. Send it from your mail program, then mark the bundle as"
                " sent.").replace("%1", str(path)))
            add_open_folder_link(self.message_label, path)
            open_file_or_folder(path)

        Operation(self, self.state, lambda _progress: bundle_service.write_bundle_email(database, bundle, period, draft),
                  label=QCoreApplication.translate("BundleScreen", "Writing the e-mail…"), success=opened,
                  expected=(OSError,), failure=lambda text: self.message_label.setText(text)).run_in_background()

    def exported(self, result: bundle_service.ExportResult) -> None:
        self.last_bundle = (result.period, Path(result.path))
        self.email_button.setEnabled(True)
        self.attachments.show_size()  # the report's real size from now on
        text = QCoreApplication.translate("BundleScreen", "Bundle %1 saved (%2): %3").replace("%1", str(result.sequence)).replace(
            "%2", size_text(result.size_bytes)).replace("%3", str(result.path))
        if result.over_email_limit:
            text += "\n" + QCoreApplication.translate(
                "BundleScreen", "Warning: it is larger than the e-mail limit (%1); shrink the images or untick some"
                " files, then export again.").replace("%1", size_text(self.attachments.limit_bytes))
        self.message_label.setText(self.digits(text))
        add_open_folder_link(self.message_label, Path(result.path))

    def mark_sent(self) -> None:
        database, user, period = self.state.database, self.state.user_name or "pcha", self.period()
        Operation(self, self.state, lambda _progress: bundle_service.mark_sent(database, period, user),
                  label=QCoreApplication.translate("BundleScreen", "Saving…"), changes=(changes.BUNDLES,),
                  success=lambda sequence: self.message_label.setText(self.digits(
                      QCoreApplication.translate("BundleScreen", "Bundle %1 marked as sent to the province.").replace("%1", str(sequence)))),
                  failure=lambda text: self.message_label.setText(text)).run_in_background()
