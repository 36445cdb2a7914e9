"""Every test gets its own data folder, so nothing touches the user's real data."""

import atexit
import json
import os
import tempfile
from pathlib import Path

# An offscreen screen as big as a real desktop: Qt's default (800x800) would clamp the window.
# One file per test run: two runs writing one shared file could hand Qt a half-written one.
_fd, _name = tempfile.mkstemp(prefix="zhanggui-test-screen-", suffix=".json")
os.close(_fd)
_screen = Path(_name)
_screen.write_text(json.dumps({"screens": [
    {"name": "screen0", "x": 0, "y": 0, "width": 1920, "height": 1080,
     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
atexit.register(_screen.unlink, missing_ok=True)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_screen}")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ZHANGGUI_HOME", str(home))
    monkeypatch.delenv("ZHANGGUI_DB", raising=False)
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.setenv("ZHANGGUI_NO_DUE_POPUP", "1")  # the 今日待跟进 reminder; tests that want it unset this
    return home


@pytest.fixture
def db_path(data_home):
    return data_home / "zhanggui.sqlite3"
