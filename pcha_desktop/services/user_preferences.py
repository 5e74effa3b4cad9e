"""The user's own preferences: their name (recorded with every change), language, digit style, window
geometry and the folders they last used. They belong to the person at this PC, not to the district, so
they live in a small JSON file in the per-user folder (``services/workspace.user_dir()``), not in the
audited district database (no Qt here: the CLI and services read them too).

    preferences = load_preferences()            # or load_preferences(path) in tests
    preferences.language; preferences.set_language("en")

Writes are atomic (a temporary file moved over the old one); an unreadable or damaged file counts as
empty (defaults), never as an error that stops the program. Databases made before this release kept
name, language and digits in their ``setting`` table: ``services/settings.move_preferences_out_of``
moves them here on the first start.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pcha_desktop.services.workspace import user_dir

FILE_NAME = "preferences.json"

USER_NAME = "user_name"
LANGUAGE = "language"
THAI_DIGITS = "thai_digits"
WINDOW_GEOMETRY = "window_geometry"
LAST_FOLDERS = "last_folders"

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
# What databases before this release kept in their setting table (values as stored there: text).
FORMERLY_IN_DATABASE = (USER_NAME, LANGUAGE, THAI_DIGITS)


def preferences_path() -> Path:
    return user_dir() / FILE_NAME


class UserPreferences:
    """The preferences file of one user; every ``set_*`` saves at once."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else preferences_path()
        self._values: dict[str, Any] = _read(self.path)

    def has(self, key: str) -> bool:
        return key in self._values

    # --- the user's name ------------------------------------------------------------------------------
    @property
    def user_name(self) -> str:
        value = self._values.get(USER_NAME, "")
        return value.strip() if isinstance(value, str) else ""

    def set_user_name(self, name: str) -> None:
        self._set(USER_NAME, name.strip())

    # --- language and digits --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self._values.get(LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._set(LANGUAGE, language)

    @property
    def thai_digits(self) -> bool:
        return self._values.get(THAI_DIGITS) is True

    def set_thai_digits(self, enabled: bool) -> None:
        self._set(THAI_DIGITS, bool(enabled))

    # --- window and folders ---------------------------------------------------------------------------
    @property
    def window_geometry(self) -> str:
        """The main window's geometry as the UI saved it (e.g. QWidget.saveGeometry() in base64); "" if none."""
        value = self._values.get(WINDOW_GEOMETRY, "")
        return value if isinstance(value, str) else ""

    def set_window_geometry(self, geometry: str) -> None:
        self._set(WINDOW_GEOMETRY, geometry)

    def last_folder(self, purpose: str) -> Path | None:
        """The folder last used for ``purpose`` (e.g. "exports", "import"), if it still exists."""
        folders = self._values.get(LAST_FOLDERS)
        value = folders.get(purpose) if isinstance(folders, dict) else None
        if not isinstance(value, str) or not value:
            return None
        folder = Path(value)
        return folder if folder.is_dir() else None

    def set_last_folder(self, purpose: str, folder: Path) -> None:
        folders = self._values.get(LAST_FOLDERS)
        folders = dict(folders) if isinstance(folders, dict) else {}
        folders[purpose] = str(Path(folder).absolute())
        self._set(LAST_FOLDERS, folders)

    # --- storage --------------------------------------------------------------------------------------
    def adopt(self, values: dict[str, str]) -> list[str]:
        """Take name, language and digits as an older database stored them (text), where this file has
        none yet, and save; returns the keys taken. A value this file already has wins (it is newer)."""
        taken = self.adopt_in_memory(values)
        if taken:
            self._save()
        return taken

    def adopt_in_memory(self, values: dict[str, str]) -> list[str]:
        """``adopt`` without saving (a read-only look, e.g. at start-up before the move)."""
        taken = []
        for key, text in values.items():
            if key not in FORMERLY_IN_DATABASE or self.has(key):
                continue
            if key == THAI_DIGITS:
                self._values[key] = text == "1"
            elif key == LANGUAGE and text not in LANGUAGES:
                continue
            else:
                self._values[key] = text.strip()
            taken.append(key)
        return taken

    def _set(self, key: str, value: Any) -> None:
        if self._values.get(key) == value and key in self._values:
            return
        self._values[key] = value
        self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self._values, ensure_ascii=False, indent=2, sort_keys=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".preferences-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _read(path: Path) -> dict[str, Any]:
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable or damaged: start from the defaults
        return {}
    return values if isinstance(values, dict) else {}


def load_preferences(path: Path | None = None) -> UserPreferences:
    return UserPreferences(path)


__all__ = [
    "LANGUAGES",
    "UserPreferences",
    "load_preferences",
    "preferences_path",
]
