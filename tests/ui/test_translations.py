"""Every user-visible string has its Thai translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pcha_desktop.bundled_files import resource_path

TOOL = resource_path("translations", "update_translations.py")


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def refreshed_ts(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("ts") / "pcha_th.ts"
    shutil.copy(resource_path("translations", "pcha_th.ts"), copy)
    _load_tool().run_lupdate(copy, "th")
    return copy


def test_every_string_in_the_code_is_translated_to_thai(refreshed_ts):
    untranslated = [
        message.findtext("source")
        for message in ET.parse(refreshed_ts).iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert untranslated == [], "run resources/translations/update_translations.py and translate these"


def test_compiled_translation_is_up_to_date(refreshed_ts, tmp_path):
    compiled = tmp_path / "pcha_th.qm"
    _load_tool().run_lrelease(resource_path("translations", "pcha_th.ts"), compiled)
    assert compiled.read_bytes() == resource_path("translations", "pcha_th.qm").read_bytes()
