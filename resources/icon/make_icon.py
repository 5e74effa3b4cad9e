"""Draws the application icon (offline, with Qt): resources/icon/pcha.png (256 px) and pcha.ico (16–256 px).

    python resources/icon/make_icon.py

A teal rounded square with a white sheet of paper (an order), three lines of text on it and a green seal
with a tick. Each size of the .ico is drawn at that size (not scaled down from 256), so 16 and 32 px stay
crisp. The .ico holds PNG images (Windows Vista and later read them).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen  # noqa: E402

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # drawn on a 256 grid

    background = QLinearGradient(0, 0, 0, 256)
    background.setColorAt(0, QColor("#14857a"))
    background.setColorAt(1, QColor("#0b5c55"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    sheet = QPainterPath()  # a sheet with its top right corner folded
    sheet.moveTo(60, 36)
    sheet.lineTo(160, 36)
    sheet.lineTo(200, 76)
    sheet.lineTo(200, 220)
    sheet.lineTo(60, 220)
    sheet.closeSubpath()
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(160, 36)
    fold.lineTo(160, 76)
    fold.lineTo(200, 76)
    fold.closeSubpath()
    painter.setBrush(QColor("#cfe3e0"))
    painter.drawPath(fold)

    thick = size < 40  # fewer, thicker lines where 1 px would vanish
    line_pen = QPen(QColor("#6b8f8a"), 14 if thick else 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(line_pen)
    lines = ((84, 90, 136), (84, 126, 176)) if thick else ((84, 80, 140), (84, 108, 176), (84, 136, 176))
    for x, y, end in lines:
        painter.drawLine(QPointF(x, y), QPointF(end, y))

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#f2b632"))  # the seal
    painter.drawEllipse(QPointF(172, 186), 46, 46)
    painter.setPen(QPen(QColor("#ffffff"), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    tick = QPainterPath()
    tick.moveTo(150, 186)
    tick.lineTo(166, 202)
    tick.lineTo(194, 170)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An .ico file of PNG images: ICONDIR, one ICONDIRENTRY per image, then the images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    (HERE / "pcha.png").write_bytes(png_bytes(draw(256)))
    (HERE / "pcha.ico").write_bytes(ico_bytes([png_bytes(draw(size)) for size in ICO_SIZES], ICO_SIZES))
    print(f"wrote {HERE / 'pcha.png'} and {HERE / 'pcha.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
