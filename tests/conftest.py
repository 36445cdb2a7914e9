"""Every test gets its own data folder, so nothing touches the user's real data."""

import json
import os
import tempfile
from pathlib import Path

# An offscreen screen as big as a real desktop: Qt's default (800x800) would clamp the window.
_screen = Path(tempfile.gettempdir()) / "zhanggui-test-screen.json"
_screen.write_text(json.dumps({"screens": [
    {"name": "screen0", "x": 0, "y": 0, "width": 1920, "height": 1080,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_screen}")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ZHANGGUI_HOME", str(home))
    monkeypatch.delenv("ZHANGGUI_DB", raising=False)
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    return home


@pytest.fixture
def db_path(data_home):
    return data_home / "zhanggui.sqlite3"
