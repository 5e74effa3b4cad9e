"""``StorageError``: the base of the storage errors a user has to read, each carrying its message in Thai
and in English. Its own module so that every storage module can import it without importing another's
code (``paths`` uses ``disk_problems``, whose errors are ``StorageError``s)."""

from __future__ import annotations

from pcha_desktop.domain.errors import BilingualError


class StorageError(BilingualError):
    """An error to show to the user: ``message_th`` for the window, ``message_en`` for logs and the CLI."""

    def __init__(self, message_th: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_th = message_th
        self.message_en = message_en
