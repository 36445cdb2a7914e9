"""Draw the app icon: a red rounded square with 掌 in white, in the bundled CJK font.

    python resources/icons/make_icons.py

Writes zhanggui.png (256 px, the window icon), zhanggui.ico (Windows, 16-256 px) and
zhanggui.icns (macOS, 16-1024 px) beside this script. Every size is drawn by Qt at that size,
so the small ones stay sharp. Pillow only packs the .ico and .icns: it is a one-off tool here,
not a dependency of the app (matplotlib brings it in anyway).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

HERE = Path(__file__).resolve().parent
FONT = HERE.parent / "fonts" / "DroidSansFallbackFull.ttf"
CHAR = "掌"
TOP, BOTTOM = QColor("#ef4b3f"), QColor("#c1272d")  # a warm shop-sign red
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024]


def draw(size: int, family: str) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    margin = max(1.0, size * 0.06)
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = box.width() * 0.22
    gradient = QLinearGradient(box.topLeft(), box.bottomLeft())
    gradient.setColorAt(0.0, TOP)
    gradient.setColorAt(1.0, BOTTOM)
    path = QPainterPath()
    path.addRoundedRect(box, radius, radius)
    p.fillPath(path, gradient)
    if size >= 48:  # a thin light rim, like an enamel sign; lost in the noise below that
        p.setPen(QColor(255, 255, 255, 70))
        rim = box.width() * 0.035
        inner = box.adjusted(rim * 2, rim * 2, -rim * 2, -rim * 2)
        pen = p.pen()
        pen.setWidthF(rim)
        p.setPen(pen)
        p.drawRoundedRect(inner, radius * 0.8, radius * 0.8)
    font = QFont(family)
    font.setPixelSize(round(box.height() * 0.68))
    font.setWeight(QFont.Weight.Bold)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, CHAR)
    p.end()
    return image


def to_pil(image: QImage) -> Image.Image:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need an application object
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        print(f"cannot load {FONT}", file=sys.stderr)
        return 1
    family = families[0]
    drawn = {size: to_pil(draw(size, family)) for size in sorted(set(ICO_SIZES + ICNS_SIZES))}

    drawn[256].save(HERE / "zhanggui.png", optimize=True)
    ico = [drawn[s] for s in ICO_SIZES]
    ico[-1].save(HERE / "zhanggui.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    icns = [drawn[s] for s in ICNS_SIZES]
    icns[-1].save(HERE / "zhanggui.icns", append_images=icns[:-1])
    for name in ("zhanggui.png", "zhanggui.ico", "zhanggui.icns"):
        print(f"wrote {HERE / name} ({(HERE / name).stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
