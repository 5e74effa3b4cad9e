"""Language switching through Qt's translation system.

Source strings are English; Thai (the default) comes from resources/translations/pcha_th.qm, made from
pcha_th.ts with `python resources/translations/update_translations.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from pcha_desktop.bundled_files import resource_path

SUPPORTED_LANGUAGES = ("th", "en")
_installed: QTranslator | None = None


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_language(language: str) -> str:
    """Make `language` ("th" or "en") the language of every tr() string from now on; returns it."""
    global _installed
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language not in SUPPORTED_LANGUAGES:
        language = "th"
    if language != "en":
        translator = QTranslator(app)
        if not translator.load(f"pcha_{language}", translations_dir()):
            raise FileNotFoundError(f"translation pcha_{language}.qm missing in {translations_dir()}")
        app.installTranslator(translator)
        _installed = translator
    return language


def current_language() -> str:
    return "th" if _installed is not None else "en"
