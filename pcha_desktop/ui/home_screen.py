"""Home: the district profile (edited in place, saved at once, undoable), where we are in the fiscal year,
and the cards the sections provide (ui/sections.py: `HomeCard`; this module imports none of them).

At start-up the home screen is first built from the start summary (services/start_summary.py), before the
database layers have loaded: it shows the district with the profile read-only and each card's title with
"loading…". `attach(state)` then makes it live. This module imports no database layer for that reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pcha_desktop.domain import thai_calendar
from pcha_desktop.domain.text_input import max_length
from pcha_desktop.services import district_profile
from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.core.undo import SavedChange
from pcha_desktop.ui.thai_wrap import WrappingLabel

if TYPE_CHECKING:
    from pcha_desktop.services.district_profile import DistrictProfileData
    from pcha_desktop.services.start_summary import StartSummary
    from pcha_desktop.ui.app_state import AppState
    from pcha_desktop.ui.sections import HomeCard


class ProfileFieldEdit(SavedChange):
    """One profile field, already saved; undo writes the previous value back (each in its own transaction)."""

    changes = (changes.PROFILE,)

    def __init__(self, state: AppState, field_name: str, old_value: str, new_value: str, label: str,
                 screen: HomeScreen | None = None) -> None:
        super().__init__(state, label, owner=screen, tell=screen.show_undo_message if screen is not None else None)
        self._field_name = field_name
        self._old_value = old_value
        self._new_value = new_value

    def _write(self, value: str) -> None:
        district_profile.update_profile_field(self._state.database, self._field_name, value, self._state.user_name)

    def apply(self) -> None:
        self._write(self._new_value)

    def revert(self) -> None:
        self._write(self._old_value)


class HomeScreen(QWidget):
    """Built with the state, or with `start_summary` only (read-only until `attach(state)`)."""

    def __init__(
        self,
        state: AppState | None = None,
        parent: QWidget | None = None,
        *,
        start_summary: StartSummary | None = None,
        cards: Sequence[HomeCard] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("homeScreen")
        self._cards = tuple(cards)
        self.cards: dict[str, QWidget] = {}  # by HomeCard.key: a placeholder until the state is attached
        self._state: AppState | None = None
        self._start_summary = start_summary
        self._editors: dict[str, QLineEdit] = {}

        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.subtitle_label = WrappingLabel()

        self.fiscal_year_label = WrappingLabel()
        self.fiscal_year_label.setObjectName("fiscalYearLabel")
        self.quarter_label = WrappingLabel()
        self.quarter_label.setObjectName("quarterLabel")
        self.today_label = WrappingLabel()
        calendar_box = QGroupBox(self.tr("Fiscal year and quarter"))
        calendar_layout = QVBoxLayout(calendar_box)
        for label in (self.fiscal_year_label, self.quarter_label, self.today_label):
            calendar_layout.addWidget(label)

        profile_box = QGroupBox(self.tr("District profile (a change is saved when you leave the field; Ctrl+Z undoes it)"))
        form = QFormLayout(profile_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.codes_label = QLabel()
        form.addRow(self.tr("Province / district"), self.codes_label)
        field_labels = {
            "office_name": self.tr("Office"),
            "district_chief_name": self.tr("District chief (committee chair)"),
            "secretary_name": self.tr("Committee secretary"),
            "provincial_office_email": self.tr("Provincial health office e-mail"),
        }
        self._field_labels = field_labels
        for field_name, text in field_labels.items():
            editor = QLineEdit()
            editor.setMaxLength(max_length(field_name))
            editor.setObjectName(f"edit_{field_name}")
            editor.setReadOnly(True)  # until the state is attached
            editor.editingFinished.connect(lambda name=field_name: self._commit_field(name))
            self._editors[field_name] = editor
            form.addRow(text, editor)
        self.error_label = WrappingLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form.addRow(self.error_label)

        # The page scrolls rather than squeezing: the cards the sections add may not all fit 720 px.
        content = QWidget()
        content.setObjectName("homeContent")
        self.content = content  # what is painted (the screen itself is covered by its scroll area)
        layout = QVBoxLayout(content)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never resized below what it needs
        self._content_layout = layout
        scroll = QScrollArea()
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(calendar_box)
        for card in self._cards:
            self.cards[card.key] = self._card_placeholder(card)
            layout.addWidget(self.cards[card.key])
        layout.addWidget(profile_box)
        layout.addStretch(1)

        if state is not None:
            self.attach(state)
        elif start_summary is not None:
            self._show_profile(start_summary.profile)
        else:
            raise ValueError("HomeScreen needs the state or the start summary")

    def _card_placeholder(self, card: HomeCard) -> QWidget:
        frame = QFrame()
        frame.setObjectName(f"{card.key}_loading")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        title = WrappingLabel(card.title())
        title.setStyleSheet("font-weight: bold;")
        frame_layout = QVBoxLayout(frame)
        frame_layout.addWidget(title)
        frame_layout.addWidget(QLabel(self.tr("Loading…")))
        return frame

    def attach(self, state: AppState) -> None:
        """Make the screen live: the sections' cards, editing with undo, reloading when the profile changes."""
        self._state = state
        self._start_summary = None
        for card in self._cards:
            widget = card.build(state)
            self._content_layout.replaceWidget(self.cards[card.key], widget)
            self.cards[card.key].hide()  # until it is deleted
            self.cards[card.key].deleteLater()
            self.cards[card.key] = widget
        for editor in self._editors.values():
            editor.setReadOnly(False)
        state.on_change(self, (changes.PROFILE, changes.SETTINGS), self.reload)
        state.fiscal_year_changed.connect(lambda _year: self._show_calendar())
        self.reload()

    def is_live(self) -> bool:
        """False while it shows the start summary only (read-only)."""
        return self._state is not None

    @property
    def _language(self) -> str:
        return self._state.language if self._state is not None else self._start_summary.language

    @property
    def _thai_digits(self) -> bool:
        return self._state.thai_digits if self._state is not None else self._start_summary.thai_digits

    def _today(self) -> date:
        return self._state.today() if self._state is not None else date.today()

    def editor(self, field_name: str) -> QLineEdit:
        return self._editors[field_name]

    def reload(self) -> None:
        profile = district_profile.load_profile(self._state.database)
        if profile is not None:
            self._show_profile(profile)

    def _show_profile(self, profile: DistrictProfileData) -> None:
        self._profile = profile
        from pcha_desktop.domain.admin_areas import load_admin_areas

        areas = load_admin_areas()
        district = areas.district(profile.district_code)
        province = areas.province(profile.province_code)
        if self._language == "en":
            self.title_label.setText(f"{district.name_en or district.name_th}, {province.name_en or province.name_th}")
        else:
            self.title_label.setText(district.official_name)
        self.subtitle_label.setText(
            self.tr("District Quality-of-Life Development Committee of %1, %2")
            .replace("%1", district.official_name)
            .replace("%2", province.official_name)
        )
        self.codes_label.setText(self._digits(
            f"{profile.province_name} ({profile.province_code}) / {profile.district_name} ({profile.district_code})"
        ))
        for field_name, editor in self._editors.items():
            value = getattr(profile, field_name)
            if editor.text() != value:
                editor.setText(value)
        self._show_calendar()

    def _digits(self, text: str) -> str:
        return thai_calendar.to_thai_digits(text) if self._thai_digits else text

    def _show_calendar(self) -> None:
        today = self._today()
        chosen = self._state.fiscal_year if self._state is not None else 0
        fiscal_year = chosen or thai_calendar.fiscal_year_of(today)
        english = self._language == "en"
        if english:
            start, end = thai_calendar.fiscal_year_range(fiscal_year)
            self.fiscal_year_label.setText(
                f"Fiscal year {fiscal_year} ({thai_calendar.format_english_date(start)} – "
                f"{thai_calendar.format_english_date(end)})"
            )
        else:
            self.fiscal_year_label.setText(self._digits(thai_calendar.fiscal_year_label(fiscal_year)))
        current = thai_calendar.fiscal_quarter_of(today)
        if current.fiscal_year == fiscal_year:
            quarter_text = current.label_en() if english else current.label(thai_digits=self._thai_digits)
            self.quarter_label.setText(self.tr("Current quarter: %1").replace("%1", quarter_text))
        else:
            self.quarter_label.setText(self.tr("This fiscal year is not the current one."))
        full = thai_calendar.DateStyle.FULL
        date_text = thai_calendar.format_date(today, self._language, self._thai_digits, full)
        self.today_label.setText(self.tr("Today: %1").replace("%1", date_text))

    def _commit_field(self, field_name: str) -> None:
        if self._state is None:  # read-only until the state is attached
            return
        editor = self._editors[field_name]
        new_value = editor.text().strip()
        old_value = getattr(self._profile, field_name)
        if new_value == old_value:
            self.error_label.hide()
            return
        try:  # saved at once (validated first), then undoable
            district_profile.update_profile_field(self._state.database, field_name, new_value, self._state.user_name)
        except BilingualError as error:
            self.error_label.setText(error.message(self._state.language))
            self.error_label.show()
            editor.setFocus()
            return
        self.error_label.hide()
        label = self.tr("Change %1").replace("%1", self._field_labels[field_name])
        self._state.undo_stack.push(ProfileFieldEdit(self._state, field_name, old_value, new_value, label, self))
        self._state.notify(changes.PROFILE)

    def show_undo_message(self, text: str, error: bool) -> None:
        """After an undo or redo of a profile field: a refusal in red (the rest needs no word: it shows)."""
        self.error_label.setText(text)
        self.error_label.setVisible(error)
