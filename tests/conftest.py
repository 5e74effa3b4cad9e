"""Shared test set-up: Qt runs offscreen; the application font and Thai translation are installed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def pcha_qapp(qapp):
    """The QApplication with Sarabun as its font and Thai as its language (as the real start-up does)."""
    from pcha_desktop.ui.fonts import install_application_font
    from pcha_desktop.ui.i18n import install_language

    from pcha_desktop.domain.thai_text import warm_up_segmenter

    install_application_font(qapp)
    install_language("th")
    warm_up_segmenter()  # the app loads it in a thread after start-up; tests want it ready
    yield qapp
    install_language("th")


@pytest.fixture(autouse=True)
def user_dir(tmp_path_factory, monkeypatch):
    """Every test has its own per-user folder (preferences, keys): never the real user's."""
    folder = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("PCHA_USER_DIR", str(folder))
    return folder


@pytest.fixture
def old_data_dir(tmp_path):
    """``old_data_dir("0002")``: a data folder holding a copy of tests/storage/fixtures/schema_0002.sqlite,
    a database as an earlier release left it (not opened yet)."""
    import shutil
    from pathlib import Path

    from pcha_desktop.storage.paths import database_path

    def make(schema: str):
        folder = tmp_path / f"old-{schema}"
        folder.mkdir()
        fixture = Path(__file__).resolve().parent / "storage" / "fixtures" / f"schema_{schema}.sqlite"
        shutil.copyfile(fixture, database_path(folder))
        return folder

    return make


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An empty data folder used for this test only (and as PCHA_DATA_DIR)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("PCHA_DATA_DIR", str(folder))
    return folder


def _type_text(widget, text: str) -> None:
    """Type text into a widget key by key, Thai included (QTest.keyClicks only knows Latin-1 keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def type_text():
    return _type_text



class TooManyCalls(AssertionError):
    pass


def _python_calls(action, limit: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """How many Python and C functions ``action()`` calls: a deterministic measure of work for tests that
    guard against quadratic slow-downs (no wall clock). Stops with TooManyCalls past ``limit``, so that a
    quadratic regression fails quickly instead of running for minutes."""
    import sys

    calls = 0

    def profile(_frame, event, _arg):  # type: ignore[no-untyped-def]
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1
            if limit is not None and calls > limit:
                raise TooManyCalls(f"more than {limit} calls")

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


@pytest.fixture
def python_calls():
    return _python_calls
class Ticks:
    """A 20 ms timer on the GUI thread: the longest gap between its ticks is how long the window froze."""

    def __init__(self) -> None:
        import time

        from PySide6.QtCore import QTimer

        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()

    def stop(self) -> Ticks:
        self.timer.stop()
        return self

    def longest_gap(self, until: float | None = None) -> float:
        """The longest time between two ticks (before `until`, a time.monotonic())."""
        times = [t for t in self.times if until is None or t <= until]
        return max((b - a for a, b in zip(times, times[1:])), default=0.0)


@pytest.fixture
def ticks():
    """ticks() starts counting the event loop's ticks (see Ticks)."""
    return Ticks


@pytest.fixture
def finish_operations(qtbot):
    """Wait until every background operation (ui/core/operations.py) has delivered its result."""
    from pcha_desktop.ui.core import operations

    def wait(timeout: int = 20000) -> None:
        qtbot.waitUntil(lambda: operations.running() == 0, timeout=timeout)

    return wait



@pytest.fixture
def make_scan():
    """``make_scan(path, size=(2480, 3508), kind="PNG", seed=1)``: a page-like colour scan (paper grain, lines
    of 'text', a red stamp), as a 300-dpi A4 scan is: several MB as PNG."""
    import random

    from PIL import Image, ImageDraw

    def make(path, size=(2480, 3508), kind="PNG", seed=1):  # noqa: ANN001, ANN202
        rng = random.Random(seed)
        image = Image.effect_noise(size, 24).convert("RGB").point(lambda v: 200 + v // 5)
        draw = ImageDraw.Draw(image)
        for y in range(300, size[1] - 300, 70):
            x = 250
            while x < size[0] - 400:
                width = rng.randint(40, 180)
                draw.rectangle((x, y, x + width, y + 28), fill=(20, 20, 30))
                x += width + rng.randint(20, 40)
        draw.ellipse((size[0] - 900, size[1] - 900, size[0] - 400, size[1] - 400), outline=(200, 20, 20), width=14)
        image.save(path, kind, **({"quality": 95} if kind == "JPEG" else {}))
        return path

    return make
