"""The one kind of error users read: a problem said in Thai and in English, after which nothing changed.

Every layer raises its own subclasses (ThaiDateError, StorageError, UserFacingError …); the UI and the CLI
catch this base and show ``message(language)``.
"""

from __future__ import annotations


class BilingualError(Exception):
    message_th: str
    message_en: str

    def message(self, language: str) -> str:
        return self.message_en if language == "en" else self.message_th
