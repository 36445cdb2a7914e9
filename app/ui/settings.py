"""Per-PC preferences (window size, last tab, language) in an INI file in the data folder,
so tests pointed at a temporary ZHANGGUI_HOME never read or write the user's own."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.core import paths


def app_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def staff_name() -> str:
    """Who is working at this PC, recorded with every check and follow-up they make."""
    import getpass

    name = app_settings().value("staff/name")
    if name:
        return str(name)
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some service accounts, containers)
        return ""


def set_staff_name(name: str) -> None:
    app_settings().setValue("staff/name", name.strip())
