"""The issue's radar chart on screen: the drawing of ``exports/charts/radar.py`` (the same one the PDF prints)
rendered as SVG and shown by QtSvg; Qt shapes its Thai labels with the application's Sarabun."""

from __future__ import annotations

import sys
import threading
from collections.abc import Mapping

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QSizePolicy, QWidget

from pcha_desktop.domain.uccare import Component
from pcha_desktop.ui.app_state import AppState

CHART_MODULE = "pcha_desktop.exports.charts.radar"
SCREEN_FONT_SIZE = 11  # the chart's labels on screen (it is drawn smaller than on paper)
AFTER_PAINT_MS = 50


class _SvgRelay(QObject):
    made = Signal(int, bytes)


class RadarChart(QSvgWidget):
    """The issue's radar chart on screen: the drawing of ``exports/charts/radar.py`` (the same one the PDF
    prints) rendered as SVG; Qt shapes its Thai labels with the application's Sarabun.

    The drawing is made in a worker thread (ReportLab's first import alone takes half a second): the screen
    shows at once and the chart follows; only the latest request is shown (``svg``, ``ready``)."""

    ASPECT = 420 / 330

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uccareRadar")
        self.setMinimumSize(300, 236)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.svg = b""
        self._request = 0
        self._relay = _SvgRelay(self)
        self._relay.made.connect(self._made)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt naming)
        return int(width / self.ASPECT)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(420, 330)

    @property
    def ready(self) -> bool:
        """The chart shows the levels last asked for."""
        return self._shown == self._request

    _shown = 0

    def show_levels(self, state: AppState, before: Mapping[Component, int] | None,
                    after: Mapping[Component, int] | None) -> None:
        self._request += 1
        request, relay = self._request, self._relay
        language, thai_digits = state.language, state.thai_digits and state.language != "en"
        before, after = dict(before or {}), dict(after or {})

        def make() -> bytes:
            from pcha_desktop.exports.charts.radar import drawing_svg, uccare_radar

            return drawing_svg(uccare_radar(before or None, after or None, language=language,
                                            font_size=SCREEN_FONT_SIZE, thai_digits=thai_digits))

        if CHART_MODULE in sys.modules:  # a few milliseconds: drawn at once
            self._made(request, make())
            return

        def in_background() -> None:  # the first time: ReportLab loads off the GUI thread
            try:
                svg = make()
            except Exception:  # a bug: logged by the hook; the chart stays as it was
                sys.excepthook(*sys.exc_info())
                return
            if shiboken6.isValid(relay):
                relay.made.emit(request, svg)

        # started once the screen has painted, so that loading ReportLab does not slow the paint down
        QTimer.singleShot(AFTER_PAINT_MS, self, lambda: threading.Thread(
            target=in_background, name="uccare-chart", daemon=True).start())

    def _made(self, request: int, svg: bytes) -> None:
        if request != self._request:
            return  # a newer request is on its way
        self.svg, self._shown = svg, request
        self.load(QByteArray(svg))
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
