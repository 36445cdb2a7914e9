"""Where things live: the bundled resources and the user's data folder.

One place decides both, so a PyInstaller bundle (resources under ``sys._MEIPASS``) and a
source checkout behave the same, and tests can point everything at a temporary folder
through ``ZHANGGUI_HOME``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_NAME

DB_FILENAME = "zhanggui.sqlite3"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's local (not roaming) data folder, created on first use.

    Mirrors Qt's AppLocalDataLocation without importing Qt, so the headless commands
    agree with the GUI about where the database is.
    """
    override = os.environ.get("ZHANGGUI_HOME")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        path = Path(base) / APP_NAME
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(base) / APP_NAME
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    env = os.environ.get("ZHANGGUI_DB")
    return Path(env) if env else data_dir() / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database they belong to, in ``backups/``."""
    return Path(db_path).resolve().parent / "backups"


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
