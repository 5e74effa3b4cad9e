"""Windows has no libthai, so Qt finds no place to break a Thai line; the zero-width spaces of
ui/thai_wrap.py must make long Thai text wrap between words all the same. Here libthai is hidden from Qt
(a library without its functions stands first on LD_LIBRARY_PATH) in a process of its own."""

from __future__ import annotations

import _ctypes
import json
import os
import shutil
import subprocess
import sys

import pytest

CHILD = r"""
import json, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pcha_desktop.ui.fonts import install_application_font
from pcha_desktop.domain.thai_text import ZERO_WIDTH_SPACE, segment_words, warm_up_segmenter
from pcha_desktop.ui.thai_wrap import WrappingLabel

SENTENCE = ("คณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอมีนายอำเภอเป็นประธานและสาธารณสุขอำเภอเป็นเลขานุการ"
            "ร่วมกันขับเคลื่อนประเด็นการดูแลผู้ป่วยติดเตียงและการป้องกันอุบัติเหตุทางถนน")
WIDTH = 180
app = QApplication([])
install_application_font(app)
warm_up_segmenter()

def qt_breaks(text):
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    while (boundary := finder.toNextBoundary()) not in (-1, len(text)):
        found.append(boundary)
    return found

def line_ends(label):
    shown = QLabel.text(label)
    layout = QTextLayout(shown, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    ends = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(WIDTH)
        ends.append(len(shown[:line.textStart() + line.textLength()].replace(ZERO_WIDTH_SPACE, "")))
    layout.endLayout()
    return ends

edges, position = [], 0
for piece in segment_words(SENTENCE):
    position += len(piece)
    edges.append(position)
wrapping = WrappingLabel(SENTENCE)
plain = QLabel(SENTENCE)
plain.setWordWrap(True)
for label in (wrapping, plain):
    label.setFixedWidth(WIDTH)
print(json.dumps({"qt_breaks": qt_breaks(SENTENCE), "edges": edges, "wrapping": line_ends(wrapping),
                  "plain": line_ends(plain), "stored": wrapping.text() == SENTENCE}))
"""


def _run_without_libthai(tmp_path) -> dict:
    hidden = tmp_path / "no-libthai"
    hidden.mkdir()
    # A real shared library that has none of libthai's functions: Qt loads it, finds no th_brk_*, gives up.
    shutil.copy(_ctypes.__file__, hidden / "libthai.so.0")
    shutil.copy(_ctypes.__file__, hidden / "libthai.so")
    environment = dict(os.environ, LD_LIBRARY_PATH=f"{hidden}:{os.environ.get('LD_LIBRARY_PATH', '')}")
    done = subprocess.run([sys.executable, "-c", CHILD], check=False, env=environment, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hides libthai the Linux way")
def test_thai_wraps_between_words_where_qt_has_no_thai_breaker(tmp_path):
    seen = _run_without_libthai(tmp_path)
    assert seen["qt_breaks"] == [], "libthai is hidden: Qt itself finds no break in Thai (as on Windows)"
    assert len(seen["plain"]) == 1, "a plain word-wrapped QLabel then cannot wrap the sentence at all"
    assert len(seen["wrapping"]) > 3, "the WrappingLabel wraps it into several lines"
    for end in seen["wrapping"]:
        assert end in seen["edges"], f"a line ends inside a word (at {end})"
    assert seen["stored"], "the zero-width spaces are only on the screen, never in the text"
