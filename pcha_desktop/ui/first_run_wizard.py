"""First run: the district (picked from the official list), the office, who chairs and who writes, and the
user's own name (recorded with every change)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pcha_desktop.domain.admin_areas import AdminAreas, District, Province, load_admin_areas
from pcha_desktop.domain.text_input import max_length
from pcha_desktop.services import district_profile
from pcha_desktop.services.district_profile import DistrictProfileData
from pcha_desktop.services.errors import UserFacingError
from pcha_desktop.ui.thai_wrap import WrappingLabel


SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # "ภูเก็ต Phuket": what typing searches


def _searchable(combo: QComboBox) -> None:
    """Let the user type part of a name, Thai or English in any case, to find it (ค้นหา), while still only
    allowing listed values."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    # The completer writes what it searched ("ภูเก็ต Phuket") into the field: show the chosen name instead.
    completer.activated.connect(
        lambda _text: QTimer.singleShot(0, combo, lambda: combo.setEditText(combo.itemText(combo.currentIndex()))))


def _add_area(combo: QComboBox, area: Province | District) -> None:
    combo.addItem(area.name_th, area.code)
    combo.setItemData(combo.count() - 1, f"{area.name_th} {area.name_en}", SEARCH_ROLE)


class _ErrorLabel(WrappingLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #b00020;")
        self.setObjectName("errorLabel")


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to PCHA Desktop"))
        intro = WrappingLabel(
            self.tr(
                "This program keeps the paperwork of the District Quality-of-Life Development Committee: its "
                "members and appointment orders, the year's quality-of-life issues and their subcommittees, the "
                "tambon committees and the district's visits to them. Everything is stored on this computer "
                "and works without the internet."
            )
        )
        self.user_name_edit = QLineEdit()
        self.user_name_edit.setMaxLength(max_length("user_name"))
        self.user_name_edit.setObjectName("userNameEdit")
        self.user_name_edit.setPlaceholderText(self.tr("e.g. Somsri Jaidee"))
        self.registerField("user_name*", self.user_name_edit)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.user_name_edit)
        hint = WrappingLabel(self.tr("Your name is recorded with every change you make, so others can see who changed what."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)


class DistrictPage(QWizardPage):
    def __init__(self, areas: AdminAreas) -> None:
        super().__init__()
        self._areas = areas
        self.setTitle(self.tr("Your district"))
        self.setSubTitle(self.tr("Choose the province, then the district. Type part of a name to search."))
        self.province_combo = QComboBox()
        self.province_combo.setObjectName("provinceCombo")
        self.district_combo = QComboBox()
        self.district_combo.setObjectName("districtCombo")
        _searchable(self.province_combo)
        _searchable(self.district_combo)
        self.province_combo.addItem(self.tr("— choose a province —"), "")
        for province in areas.provinces():
            _add_area(self.province_combo, province)
        self.province_combo.currentIndexChanged.connect(self._fill_districts)
        self.district_combo.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())
        self.tambon_count_label = WrappingLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Province"), self.province_combo)
        form.addRow(self.tr("District"), self.district_combo)
        form.addRow(self.tambon_count_label)
        self._fill_districts()

    def _fill_districts(self) -> None:
        self.district_combo.blockSignals(True)
        self.district_combo.clear()
        province_code = self.province_combo.currentData()
        if province_code:
            self.district_combo.addItem(self.tr("— choose a district —"), "")
            for district in self._areas.districts_of(province_code):
                _add_area(self.district_combo, district)
        self.district_combo.setEnabled(bool(province_code))
        self.district_combo.blockSignals(False)
        self.completeChanged.emit()

    def district_code(self) -> str:
        return self.district_combo.currentData() or ""

    def isComplete(self) -> bool:  # noqa: N802 (Qt naming)
        code = self.district_code()
        if code:
            count = len(self._areas.tambons_of(code))
            self.tambon_count_label.setText(self.tr("Tambons in this district: %1").replace("%1", str(count)))
        else:
            self.tambon_count_label.setText("")
        return bool(code)


class PeoplePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Office and committee"))
        self.setSubTitle(self.tr("You can change these later on the home screen."))
        self.editors: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        labels = {
            "office_name": self.tr("Office (secretariat)"),
            "district_chief_name": self.tr("District chief (chairs the committee)"),
            "secretary_name": self.tr("District public health officer (secretary)"),
            "provincial_office_email": self.tr("Provincial health office e-mail"),
        }
        for field_name, label in labels.items():
            editor = QLineEdit()
            editor.setMaxLength(max_length(field_name))
            editor.setObjectName(f"edit_{field_name}")
            editor.textChanged.connect(lambda _text: self.completeChanged.emit())
            self.editors[field_name] = editor
            form.addRow(label, editor)
        self.editors["district_chief_name"].setPlaceholderText(self.tr("e.g. Mr. Somchai Rakdee"))
        self.editors["provincial_office_email"].setPlaceholderText("saraban@province.go.th")
        self.error_label = _ErrorLabel()
        form.addRow(self.error_label)

    def initializePage(self) -> None:  # noqa: N802 (Qt naming)
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        district = wizard.chosen_district_name()
        office = self.editors["office_name"]
        if district and not office.text():
            office.setText(self.tr("District Public Health Office %1").replace("%1", district))

    def isComplete(self) -> bool:  # noqa: N802 (Qt naming)
        wizard = self.wizard()
        language = wizard.language if isinstance(wizard, FirstRunWizard) else "th"
        complete, message = True, ""
        for field_name, editor in self.editors.items():
            try:
                district_profile.validate_field(field_name, editor.text())
            except UserFacingError as error:
                complete = False
                # Speak up about fields the user has typed in, not about empty ones still ahead.
                if editor.text() and not message:
                    message = error.message(language)
        self.error_label.setText(message)
        return complete


class FirstRunWizard(QWizard):
    def __init__(self, language: str = "th", parent: QWidget | None = None, areas: AdminAreas | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.language = language
        self._areas = areas or load_admin_areas()
        self.setWindowTitle(self.tr("PCHA Desktop — first-time setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.welcome_page = WelcomePage()
        self.district_page = DistrictPage(self._areas)
        self.people_page = PeoplePage()
        for page in (self.welcome_page, self.district_page, self.people_page):
            self.addPage(page)
        self.resize(720, 520)

    def chosen_district_name(self) -> str:
        code = self.district_page.district_code()
        return self._areas.district(code).name_th if code else ""

    def profile(self) -> DistrictProfileData:
        district = self._areas.district(self.district_page.district_code())
        province = self._areas.province(district.province_code)
        editors = self.people_page.editors
        return DistrictProfileData(
            province_code=province.code,
            province_name=province.name_th,
            district_code=district.code,
            district_name=district.name_th,
            office_name=editors["office_name"].text().strip(),
            district_chief_name=editors["district_chief_name"].text().strip(),
            secretary_name=editors["secretary_name"].text().strip(),
            provincial_office_email=editors["provincial_office_email"].text().strip(),
        )

    def user_name(self) -> str:
        return self.welcome_page.user_name_edit.text().strip()

