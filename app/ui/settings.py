"""Per-PC preferences (window size, last tab, language) in an INI file in the data folder,
so tests pointed at a temporary ZHANGGUI_HOME never read or write the user's own."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.core import paths


def app_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)
