"""Errors that services raise for the user to read, in Thai and English."""

from __future__ import annotations


class UserFacingError(Exception):
    """Bad input or an impossible state: nothing was changed. Carries the message in both languages."""

    def __init__(self, message_th: str, message_en: str, *, field: str | None = None) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en
        self.field = field

    def message(self, language: str) -> str:
        return self.message_en if language == "en" else self.message_th
