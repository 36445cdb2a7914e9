"""Register the bundled CJK font so Chinese renders even where the system has none."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core import paths

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"
CJK_FAMILY = "Droid Sans Fallback"


def install_fonts(app: QApplication) -> str | None:
    """Add the bundled font and put it behind the system font as the fallback for CJK."""
    font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([app.font().family(), families[0]])
    app.setFont(font)
    return families[0]
