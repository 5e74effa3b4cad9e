"""Where the files shipped beside the code live: fonts/, resources/.

In a source checkout or an editable install they are the project's top-level folders; in a frozen build
(PyInstaller) they sit under ``sys._MEIPASS``; ``PCHA_BUNDLE_DIR`` overrides both.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def bundle_root() -> Path:
    override = os.environ.get("PCHA_BUNDLE_DIR")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def font_path(file_name: str) -> Path:
    return bundle_root() / "fonts" / file_name


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


SARABUN_FILES = {
    "regular": "Sarabun-Regular.ttf",
    "bold": "Sarabun-Bold.ttf",
    "italic": "Sarabun-Italic.ttf",
    "bold_italic": "Sarabun-BoldItalic.ttf",
}
