"""KPI progress bars drawn as vector graphics (a ReportLab flowable: rectangles and shaped text, no image).

A bar shows the result as a percent of the target: filled to the percent (capped at the bar's end, with the
figure printed beside it so 130 % still reads as such), a tick at 100 %, a colour by status. A lower-is-better
KPI (deaths, cases) reads the other way: the bar is full while the result stays at or under the target.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable

from pcha_desktop.domain.kpis import KpiStatus
from pcha_desktop.exports.pdf.fonts import REGULAR, draw_text
from pcha_desktop.exports.pdf.thai_paragraphs import apply_digits

STATUS_COLOURS = {
    KpiStatus.MET: colors.Color(0.20, 0.55, 0.30),
    KpiStatus.ON_TRACK: colors.Color(0.25, 0.45, 0.75),
    KpiStatus.BEHIND: colors.Color(0.85, 0.45, 0.15),
    KpiStatus.NO_DATA: colors.Color(0.6, 0.6, 0.6),
}
TRACK_GREY = colors.Color(0.9, 0.9, 0.9)
BAR_HEIGHT = 8.0
FIGURE_WIDTH = 40.0  # room right of the bar for "130.5%"


def format_percent(percent: Decimal | None, thai_digits: bool = False) -> str:
    if percent is None:
        return "-"
    text = f"{percent:,.2f}".rstrip("0").rstrip(".") + "%"
    return apply_digits(text, thai_digits)


def bar_fraction(percent: Decimal | None) -> float:
    """How much of the bar is filled, 0–1 (None: nothing)."""
    if percent is None:
        return 0.0
    return max(0.0, min(1.0, float(percent) / 100.0))


class ProgressBar(Flowable):
    """A horizontal bar as wide as its cell (or ``width``), ``BAR_HEIGHT`` high, with the percent beside it."""

    def __init__(self, percent: Decimal | None, status: KpiStatus, *, width: float | None = None,
                 thai_digits: bool = False, font_size: float = 9.0) -> None:
        super().__init__()
        self.percent = percent
        self.status = status
        self.fixed_width = width
        self.thai_digits = thai_digits
        self.font_size = font_size
        self.width = width or 0.0
        self.height = max(BAR_HEIGHT, font_size * 1.5)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = self.fixed_width or availWidth
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        track = max(10.0, self.width - FIGURE_WIDTH)
        y = (self.height - BAR_HEIGHT) / 2
        canvas.saveState()
        canvas.setStrokeColor(colors.Color(0.5, 0.5, 0.5))
        canvas.setLineWidth(0.4)
        canvas.setFillColor(TRACK_GREY)
        canvas.rect(0, y, track, BAR_HEIGHT, stroke=1, fill=1)
        filled = bar_fraction(self.percent) * track
        if filled > 0:
            canvas.setFillColor(STATUS_COLOURS[self.status])
            canvas.rect(0, y, filled, BAR_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        draw_text(canvas, track + 3, y + 1, format_percent(self.percent, self.thai_digits), REGULAR, self.font_size)
        canvas.restoreState()


__all__ = ["ProgressBar", "STATUS_COLOURS", "bar_fraction", "format_percent"]
