"""Errors that services raise for the user to read, in Thai and English."""

from __future__ import annotations

from pcha_desktop.domain.errors import BilingualError
from pcha_desktop.domain.text_input import TextInputError, clean_text


class UserFacingError(BilingualError):
    """Bad input or an impossible state: nothing was changed. Carries the message in both languages."""

    def __init__(self, message_th: str, message_en: str, *, field: str | None = None) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en
        self.field = field


def clean_user_text(value: str, field: str) -> str:
    """``domain.text_input.clean_text`` for a service: the text to store, or UserFacingError naming the field."""
    try:
        return clean_text(value, field)
    except TextInputError as refusal:
        raise UserFacingError(refusal.message_th, refusal.message_en, field=refusal.field) from refusal
