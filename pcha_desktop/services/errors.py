"""Errors that services raise for the user to read, in Thai and English."""

from __future__ import annotations

from pcha_desktop.domain.errors import BilingualError


class UserFacingError(BilingualError):
    """Bad input or an impossible state: nothing was changed. Carries the message in both languages."""

    def __init__(self, message_th: str, message_en: str, *, field: str | None = None) -> None:
        super().__init__(message_th)
        self.message_th = message_th
        self.message_en = message_en
        self.field = field
