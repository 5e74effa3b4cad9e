"""What the UCCARE screens share: terms in the user's language, result colours, the change kinds they show."""

from __future__ import annotations

import enum

from pcha_desktop.domain import uccare as u
from pcha_desktop.domain.uccare import Result
from pcha_desktop.ui.app_state import AppState
from pcha_desktop.ui.core import changes
from pcha_desktop.ui.tambons.common import digits

RESULT_STYLES = {  # text colour, background
    Result.PASS: ("#1b5e20", "#e3f4e4"),
    Result.FAIL: ("#b00020", "#fde7ea"),
    Result.INCOMPLETE: ("#5f6368", "#f1f3f4"),
}
RESULT_MARKS = {Result.PASS: "✓", Result.FAIL: "✗", Result.INCOMPLETE: "…"}
DISAGREEMENT_STYLE = "color: #8a4b00;"
SHOWN = (changes.UCCARE, changes.ISSUES, changes.SETTINGS)  # what the screen and the home card reload on


def term(state: AppState, value: enum.Enum) -> str:
    """A UCCARE term (component, phase, assessor, result …) in the user's language."""
    return u.label(value, state.language)


def result_style(result: Result) -> str:
    text, background = RESULT_STYLES[result]
    return f"color: {text}; background: {background}; border-radius: 3px; padding: 4px;"


def reason_text(state: AppState, text: str) -> str:
    """A reason as the domain wrote it, with the user's digits."""
    return digits(state, text)


